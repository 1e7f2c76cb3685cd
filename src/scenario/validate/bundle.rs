//! Inter-agency bundles (issue 13, item 4): a bundle's lead is one of its members, its
//! member procedures are in the catalogue, each body handles one member, and its deadlines
//! are real; a scenario's bundle dossier names a bundle of its own procedure, and a body's
//! result comes from one of that bundle's bodies.

use std::collections::BTreeSet;
use std::path::Path;

use super::super::load::{Problem, Source};
use super::super::{Catalog, DepartmentEvent, DepartmentEventKind};
use super::{Ctx, MAX_PROCESSING_DAYS};

/// Checks every bundle of the catalogue, each problem located in its own file.
pub(super) fn check_bundles(catalog: &Catalog, shared: &Path, source: Source) -> Vec<Problem> {
    let mut out = Vec::new();
    for (id, b) in &catalog.bundles {
        let path = shared.join("bundles").join(format!("{id}.ron"));
        let text = source.read_text(&path).unwrap_or_default();
        let problem =
            |needle: &str, message: String| Problem::new(&path, message).locate_in(&text, needle);
        if !b
            .members
            .iter()
            .any(|m| m.procedure.as_deref() == Some(b.lead.as_str()))
        {
            out.push(
                problem(
                    "lead",
                    format!("lead `{}` is not the procedure of a member", b.lead),
                )
                .hint("the bundle's dossier is received under one of its member procedures"),
            );
        }
        if !catalog.rules.contains_key(&b.rule) {
            out.push(
                problem(
                    &format!("\"{}\"", b.rule),
                    format!("unknown rule `{}`", b.rule),
                )
                .hint("a bundle names the legal rule of shared/rules.ron it exists under"),
            );
        }
        for code in b.members.iter().filter_map(|m| m.procedure.as_deref()) {
            if !catalog.procedures.contains_key(code) {
                out.push(problem(
                    &format!("\"{code}\""),
                    format!("unknown procedure `{code}`"),
                ));
            }
        }
        let mut seen = BTreeSet::new();
        for m in &b.members {
            if !seen.insert(m.department) {
                out.push(problem(
                    &format!("{:?}", m.department),
                    format!(
                        "body {:?} handles two members; each body of a bundle handles one",
                        m.department
                    ),
                ));
            }
        }
        if b.members.len() < 2 {
            out.push(problem(
                "members",
                "a bundle links at least two procedures".to_owned(),
            ));
        }
        if b.working_days == 0 || b.working_days > MAX_PROCESSING_DAYS {
            out.push(problem(
                "working_days",
                format!(
                    "working_days is {}; it must be 1 to {MAX_PROCESSING_DAYS}",
                    b.working_days
                ),
            ));
        }
        if b.verification_days < b.working_days || b.verification_days > MAX_PROCESSING_DAYS {
            out.push(problem(
                "verification_days",
                format!(
                    "verification_days is {}; it must be from working_days ({}) to {MAX_PROCESSING_DAYS}",
                    b.verification_days, b.working_days
                ),
            ));
        }
    }
    out
}

/// Checks the bundle of each existing dossier that names one.
pub(super) fn check_existing_bundles(ctx: &mut Ctx<'_>) {
    let f = &ctx.scenario.file;
    let mut problems = Vec::new();
    for d in &f.existing_dossiers {
        let Some(id) = &d.bundle else { continue };
        let item = format!("existing_dossiers[{}]", d.code);
        match ctx.scenario.bundle(id) {
            None => problems.push((item, format!("\"{id}\""), format!("unknown bundle `{id}`"))),
            Some(b) if b.lead != d.procedure => problems.push((
                item,
                format!("\"{id}\""),
                format!(
                    "bundle `{id}` is received under procedure `{}`, not `{}`",
                    b.lead, d.procedure
                ),
            )),
            Some(_) => {}
        }
    }
    for (item, needle, message) in problems {
        ctx.problem(item, &needle, message, None);
    }
}

/// Checks a body's result (department event `i`): its dossier is an existing bundle dossier
/// and the body is one of the bundle's.
pub(super) fn check_body_result(ctx: &mut Ctx<'_>, i: usize, e: &DepartmentEvent) {
    let DepartmentEventKind::BodyResult { department } = &e.kind else {
        return;
    };
    let f = &ctx.scenario.file;
    let Some(existing) = f.existing_dossiers.iter().find(|d| d.code == e.dossier) else {
        return; // an unknown dossier is reported by the department-event check
    };
    let item = format!("department_events[{i}]");
    let message = match existing
        .bundle
        .as_deref()
        .map(|id| (id, ctx.scenario.bundle(id)))
    {
        None => Some(format!(
            "dossier `{}` is not a bundle: only a bundle's bodies report a body result",
            e.dossier
        )),
        Some((id, Some(b))) if !b.bodies().contains(department) => Some(format!(
            "body {department:?} is not a body of bundle `{id}`"
        )),
        Some(_) => None,
    };
    if let Some(message) = message {
        ctx.problem(
            item,
            &format!("{department:?}"),
            message,
            Some("a body result names a dossier with `bundle: Some(...)` and one of its bodies"),
        );
    }
}
