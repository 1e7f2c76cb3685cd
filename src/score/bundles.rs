//! Inter-agency (liên thông) bundles (issue 13, item 4). A citizen asking for a bundle's lead
//! procedure either qualifies for the bundle (the case's facts: a child under 6, residence
//! at the commune…) or not; the trainee finds out by asking and reading the papers.
//!
//! - intake: a qualifying citizen gets ONE bundle dossier, not separate dossiers and
//!   receipts for each member (asking them twice); a citizen who does not qualify is not
//!   put in a bundle (`Rule::BundleIntake`);
//! - compliance: the bundle dossier goes to EVERY body of the bundle
//!   (`Rule::BundleTransfer`). A wrong date on the bundle's receipt is the critical
//!   `wrong-deadline`, judged with the other receipts in `compliance.rs` under
//!   `Rule::BundleDeadline`. Returning before every body's result is back cannot happen:
//!   the engine makes the result ready only then.

use super::cases::Submission;
use super::{Dimension, Grader, Rule};
use crate::portal::{Dossier, Status};
use crate::scenario::Bundle;

/// Units the bundle decision is worth (intake): one intake or separate ones.
const BUNDLE_DECISION: f64 = 6.0;
/// Units each body's transfer is worth (compliance).
const BODY_TRANSFER: f64 = 2.0;
/// Units each extra dossier of a bundle's member costs (intake).
const SPLIT: f64 = 3.0;

/// The bundles led by the procedure of `case`: those it qualifies for, and whether any is
/// in force in the scenario (only then is the bundle decision judged — unless the trainee
/// made a bundle dossier anyway).
fn bundles_for<'a>(g: &Grader<'a>, case: &Submission<'_>) -> (Vec<&'a Bundle>, bool) {
    let shift = g.shift;
    let rule = |r: &str| shift.scenario.rule_in_force(r);
    let led: Vec<&Bundle> = shift
        .scenario
        .catalog
        .bundles
        .values()
        .filter(|b| b.lead == case.procedure.code)
        .collect();
    let any = led.iter().any(|b| shift.scenario.rule_in_force(&b.rule));
    let offered = led
        .into_iter()
        .filter(|b| b.offered_to(&case.procedure.code, &case.person.arrival.facts, &rule))
        .collect();
    (offered, any)
}

/// A walk-in submission whose procedure leads a bundle: received as the bundle when the
/// citizen qualifies (one dossier, one receipt), as a plain dossier when not; a bundle
/// dossier transferred to every body.
pub(super) fn bundle_intake(g: &mut Grader<'_>, case: &Submission<'_>) {
    let (offered, any) = bundles_for(g, case);
    let bundled = case.received.is_some_and(|d| d.bundle.is_some());
    if !(any || bundled) || !case.should_receive() {
        return;
    }
    g.offer(Dimension::Intake, BUNDLE_DECISION);
    let Some(d) = case.received else {
        return; // nothing received: the disposition's own penalty says so
    };
    let taken = d.bundle.as_ref().map(|r| r.id.as_str());
    match (offered.first(), taken) {
        (Some(b), Some(id)) if id == b.id => split_members(g, case, b, d),
        (Some(b), _) => {
            g.penalty(
                Dimension::Intake,
                Rule::BundleIntake,
                "fb-bundle-not-offered",
            )
            .arg("citizen", &case.who)
            .arg("bundle", b.id.as_str())
            .units(BUNDLE_DECISION)
            .wrong_decision()
            .citizen(case.citizen)
            .dossier(&d.code)
            .record();
            split_members(g, case, b, d);
        }
        (None, Some(id)) => {
            g.penalty(
                Dimension::Intake,
                Rule::BundleIntake,
                "fb-bundle-not-eligible",
            )
            .arg("citizen", &case.who)
            .arg("bundle", id)
            .units(BUNDLE_DECISION)
            .wrong_decision()
            .citizen(case.citizen)
            .dossier(&d.code)
            .record();
        }
        (None, None) => {}
    }
    bodies_transferred(g, case, d);
}

/// Other received dossiers of the citizen for the bundle's member procedures: each is the
/// citizen asked again, with a receipt of its own.
fn split_members(g: &mut Grader<'_>, case: &Submission<'_>, b: &Bundle, kept: &Dossier) {
    let shift = g.shift;
    let extra: Vec<String> = case
        .person
        .dossiers
        .iter()
        .filter(|code| **code != kept.code)
        .filter_map(|code| shift.portal.dossiers.get(code))
        .filter(|d| {
            !d.draft
                && b.members
                    .iter()
                    .any(|m| m.procedure.as_deref() == Some(d.procedure.as_str()))
        })
        .map(|d| d.code.clone())
        .collect();
    for code in extra {
        g.penalty(Dimension::Intake, Rule::BundleIntake, "fb-bundle-split")
            .arg("citizen", &case.who)
            .arg("dossier", code.as_str())
            .units(SPLIT)
            .citizen(case.citizen)
            .dossier(&code)
            .record();
    }
}

/// A received bundle dossier: transferred to each body of its bundle. A dossier transferred
/// nowhere is charged once, by the compliance check of every receipt.
fn bodies_transferred(g: &mut Grader<'_>, case: &Submission<'_>, d: &Dossier) {
    let Some(record) = &d.bundle else { return };
    g.offer(
        Dimension::Compliance,
        BODY_TRANSFER * record.bodies.len() as f64,
    );
    if d.status == Status::Accepted {
        return;
    }
    for department in record.not_transferred() {
        g.penalty(
            Dimension::Compliance,
            Rule::BundleTransfer,
            "fb-bundle-body-not-transferred",
        )
        .arg("dossier", &d.code)
        .arg("department", department.id())
        .units(BODY_TRANSFER)
        .citizen(case.citizen)
        .dossier(&d.code)
        .record();
    }
}
