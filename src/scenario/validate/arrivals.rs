//! One scripted citizen: id, persona, arrival time, papers, and what they want.

use std::collections::BTreeSet;

use super::super::truth::Case;
use super::super::{Arrival, Channel, Expected, Want};
use super::case::{check_case, check_documents};
use super::*;

pub(super) fn check_arrival(
    ctx: &mut Ctx<'_>,
    a: &Arrival,
    open: u32,
    close: u32,
    existing: &BTreeSet<&str>,
    arrival_ids: &mut Sightings,
    doc_ids: &mut Sightings,
) {
    let item = format!("arrivals[{}]", a.id);
    let needle = format!("\"{}\"", a.id);
    let catalog = &ctx.scenario.catalog;
    if let Some(nth) = arrival_ids.see(&a.id) {
        ctx.problem_at_field(
            &item,
            ("id", &a.id, nth),
            format!("duplicate arrival id `{}`", a.id),
            Some("arrival ids must be unique in a scenario"),
        );
    }
    if ctx
        .scenario
        .file
        .generated
        .as_ref()
        .is_some_and(|g| g.count > 0)
        && crate::scenario::generate::is_generated_id(&a.id)
    {
        ctx.problem_at_field(
            &item,
            ("id", &a.id, 0),
            format!(
                "arrival id `{}` is of the form generated citizens get (g0, g1, …)",
                a.id
            ),
            Some("dossiers and slips name citizens by arrival id: give scripted arrivals another id, e.g. `c1`"),
        );
    }
    if let Some(identity) = &a.identity
        && let Some(problem) = date_out_of_range(identity.birth_date)
    {
        ctx.problem(
            &item,
            &identity.birth_date.to_string(),
            format!("identity.birth_date {problem}"),
            None,
        );
    }
    if !catalog.personas.contains_key(&a.persona) {
        ctx.problem(
            &item,
            &format!("\"{}\"", a.persona),
            format!("unknown persona `{}`", a.persona),
            Some("personas live in shared/personas/<id>.ron"),
        );
    }
    if a.at.minutes() < open || a.at.minutes() >= close {
        ctx.problem(
            &item,
            &a.at.to_string(),
            format!("arrives at {} outside the shift: unreachable", a.at),
            Some("arrivals must fall within the shift hours"),
        );
    }
    check_documents(ctx, &item, &a.documents, doc_ids);
    match &a.wants {
        Want::Submit { procedure, copies } => {
            check_submission(ctx, a, procedure, *copies, &item, &needle)
        }
        Want::Collect { dossier } | Want::Withdraw { dossier } => {
            check_collection(ctx, a, dossier, existing, &item, &needle)
        }
        Want::BringSupplement { dossier } => {
            super::send_back::check_bring_supplement(ctx, a, dossier, &item, &needle)
        }
    }
}

/// A citizen who submits: a known procedure, a bounded number of copies, one disposition.
fn check_submission(
    ctx: &mut Ctx<'_>,
    a: &Arrival,
    procedure: &str,
    copies: u32,
    item: &str,
    needle: &str,
) {
    if copies > MAX_COPIES {
        ctx.problem(
            item,
            "copies",
            format!("{copies} copies asked; at most {MAX_COPIES}"),
            None,
        );
    }
    let catalog = ctx.scenario.catalog.clone();
    match catalog.procedures.get(procedure) {
        None => ctx.problem(
            item,
            &format!("\"{procedure}\""),
            format!("unknown procedure code `{procedure}`"),
            Some("procedures live in shared/procedures/<code>.ron"),
        ),
        Some(p) => {
            let case = Case {
                procedure: p,
                documents: &a.documents,
                facts: &a.facts,
                state_holds: &a.state_holds,
                channel: Channel::Counter,
                copies,
                same_person: &a.same_person,
            };
            check_case(ctx, item, needle, case, a.expect.as_ref(), &a.documents);
        }
    }
}

/// A citizen who collects a result or withdraws a dossier: a dossier of the portal, and the
/// author's intent matching the rule (no authorisation → declined).
fn check_collection(
    ctx: &mut Ctx<'_>,
    a: &Arrival,
    dossier: &str,
    existing: &BTreeSet<&str>,
    item: &str,
    needle: &str,
) {
    if !existing.contains(dossier) {
        ctx.problem(
            item,
            &format!("\"{dossier}\""),
            format!("unknown dossier `{dossier}`"),
            Some("list it under existing_dossiers"),
        );
    }
    let truth = match &a.wants {
        Want::Withdraw { .. } => Expected::Withdraw,
        _ if a.facts.contains("no_authorization") => Expected::Decline,
        _ => Expected::Return,
    };
    if let Some(expect) = &a.expect
        && *expect != truth
    {
        ctx.problem(
            item,
            needle,
            format!("expected disposition {expect:?}, but the rules give {truth:?}"),
            Some("a collector without authorisation (fact `no_authorization`) is declined"),
        );
    }
}
