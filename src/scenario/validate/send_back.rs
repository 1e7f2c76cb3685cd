//! A department's send-back (issue 13, item 5): it names a dossier being processed, asks
//! for components of that dossier's procedure or cites one of its refusal grounds, and
//! gives the counter some time to inform the citizen.

use super::super::{Arrival, DepartmentEvent, DepartmentEventKind, Expected, SendBackDecision};
use super::Ctx;
use crate::vocabulary::Status;

/// The longest time a scenario may give the counter to inform the citizen: a working week
/// of minutes (no legal limit was found; this keeps a typo from meaning "never late").
pub const MAX_INFORM_MINUTES: u32 = 5 * 24 * 60;

/// A citizen who brings a supplement: a department sent that dossier back for a
/// supplement before they come; the intended disposition, if written, is to receive it.
pub(super) fn check_bring_supplement(
    ctx: &mut Ctx<'_>,
    a: &Arrival,
    dossier: &str,
    item: &str,
    needle: &str,
) {
    let asked = ctx.scenario.file.department_events.iter().any(|e| {
        e.dossier == dossier
            && e.at.minutes() < a.at.minutes()
            && matches!(
                &e.kind,
                DepartmentEventKind::SendBack {
                    decision: SendBackDecision::Supplement { .. },
                    ..
                }
            )
    });
    if !asked {
        ctx.problem(
            item,
            &format!("\"{dossier}\""),
            format!(
                "nobody asked for a supplement of dossier `{dossier}` before {}: add a department send-back of it with Supplement(...) earlier in the shift",
                a.at
            ),
            None,
        );
    }
    if let Some(expect) = &a.expect
        && *expect != Expected::Accept
    {
        ctx.problem(
            item,
            needle,
            "a citizen bringing a supplement is received (expect: Some(Accept))",
            None,
        );
    }
}

/// Checks the send-back of department event `i` (other kinds are left alone).
pub(super) fn check_send_back(ctx: &mut Ctx<'_>, i: usize, e: &DepartmentEvent) {
    let DepartmentEventKind::SendBack {
        decision,
        inform_within_minutes,
        ..
    } = &e.kind
    else {
        return;
    };
    let item = format!("department_events[{i}]");
    if *inform_within_minutes == 0 || *inform_within_minutes > MAX_INFORM_MINUTES {
        ctx.problem(
            item.clone(),
            "inform_within_minutes",
            format!(
                "inform_within_minutes is {inform_within_minutes}; give the counter 1 to {MAX_INFORM_MINUTES} minutes to inform the citizen"
            ),
            Some("e.g. 60: the citizen hears of the department's decision within the hour"),
        );
    }
    let f = &ctx.scenario.file;
    let Some(existing) = f.existing_dossiers.iter().find(|d| d.code == e.dossier) else {
        return; // an unknown dossier is reported by the department-event check
    };
    if existing.status != Status::Processing {
        ctx.problem(
            item.clone(),
            &format!("\"{}\"", e.dossier),
            format!(
                "dossier `{}` is not being processed (status {}): only a department handling it can send it back",
                e.dossier,
                existing.status.id()
            ),
            Some("give the dossier status: Processing in existing_dossiers"),
        );
    }
    let Some(p) = ctx.scenario.procedure(&existing.procedure) else {
        return;
    };
    let code = p.code.clone();
    match decision {
        SendBackDecision::Supplement { components } => {
            if components.is_empty() {
                ctx.problem(
                    item.clone(),
                    "Supplement",
                    "a send-back for a supplement must name at least one component",
                    None,
                );
            }
            let unknown: Vec<String> = components
                .iter()
                .filter(|c| p.component(c).is_none())
                .cloned()
                .collect();
            for c in unknown {
                ctx.problem(
                    item.clone(),
                    &format!("\"{c}\""),
                    format!("procedure `{code}` has no component `{c}`"),
                    None,
                );
            }
        }
        SendBackDecision::Refuse { ground } => {
            if !p.refusals.iter().any(|r| &r.id == ground) {
                ctx.problem(
                    item,
                    &format!("\"{ground}\""),
                    format!("`{ground}` is not a refusal ground of procedure `{code}`"),
                    Some("a department refuses on one of the procedure's refusal rules"),
                );
            }
        }
    }
}
