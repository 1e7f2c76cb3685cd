//! A scenario file as a whole: its meta, shift, rules in force, rubric, existing dossiers,
//! department events and faults; then each arrival, the generated block and the declared
//! test paths (their own files).

use std::collections::BTreeSet;
use std::path::Path;

use super::super::truth::Case;
use super::super::{FORMAT_VERSION, ScenarioFile};
use super::arrivals::check_arrival;
use super::case::{check_case, check_documents};
use super::generated::check_generated;
use super::paths::check_tests;
use super::*;

/// Checks a loaded scenario; `path` and `source` are its `scenario.ron`.
pub fn check_scenario(scenario: &Scenario, path: &Path, source: &str) -> Vec<Problem> {
    let mut ctx = Ctx {
        scenario,
        file: path,
        source,
        out: Vec::new(),
    };
    let f = &scenario.file;
    check_meta(&mut ctx);
    let Some((open, close)) = check_shift(&mut ctx) else {
        return ctx.out;
    };
    check_rules(&mut ctx);
    check_rubric(&mut ctx, &f.rubric);
    let existing: BTreeSet<&str> = f
        .existing_dossiers
        .iter()
        .map(|d| d.code.as_str())
        .collect();
    let mut doc_ids = Sightings::default();
    check_existing(&mut ctx, &mut doc_ids);
    let mut arrival_ids = Sightings::default();
    for a in &f.arrivals {
        check_arrival(
            &mut ctx,
            a,
            open,
            close,
            &existing,
            &mut arrival_ids,
            &mut doc_ids,
        );
    }
    check_department_events(&mut ctx, &existing, open, close);
    super::bundle::check_existing_bundles(&mut ctx);
    check_faults(&mut ctx, open, close);
    check_staff_system(&mut ctx);
    if let Some(g) = &f.generated {
        check_generated(&mut ctx, g, open, close);
    }
    if nobody_comes(f) {
        ctx.problem(
            "arrivals",
            "arrivals",
            "nobody comes to the counter in this scenario",
            None,
        );
    }
    check_tests(&mut ctx);
    ctx.out
}

fn nobody_comes(f: &ScenarioFile) -> bool {
    f.arrivals.is_empty()
        && f.generated.as_ref().is_none_or(|g| g.count == 0)
        && f.existing_dossiers.is_empty()
}

/// Format version, id = folder, difficulty, English title and briefing.
fn check_meta(ctx: &mut Ctx<'_>) {
    let scenario = ctx.scenario;
    let f = &scenario.file;
    if f.meta.version != FORMAT_VERSION {
        ctx.problem(
            "meta.version",
            "version",
            format!(
                "format version {} is not supported (this build reads {FORMAT_VERSION})",
                f.meta.version
            ),
            None,
        );
    }
    let folder = scenario
        .dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    if f.meta.id != folder {
        ctx.problem(
            "meta.id",
            &format!("\"{}\"", f.meta.id),
            format!("id `{}` differs from the folder name `{folder}`", f.meta.id),
            None,
        );
    }
    if !(1..=5).contains(&f.meta.difficulty) {
        ctx.problem(
            "meta.difficulty",
            "difficulty",
            "difficulty must be 1 to 5",
            None,
        );
    }
    if f.meta.title.lacks_english() || f.meta.briefing.lacks_english() {
        ctx.problem(
            "meta",
            "title",
            "title and briefing need English text",
            None,
        );
    }
}

/// The calendar, the date (in range, covered by the calendar's data, a working day) and the
/// length; returns the shift's opening and closing minute, or `None` when the date cannot be
/// checked further.
fn check_shift(ctx: &mut Ctx<'_>) -> Option<(u32, u32)> {
    let scenario = ctx.scenario;
    let f = &scenario.file;
    let catalog = &scenario.catalog;
    let Some(_) = catalog.calendars.get(&f.shift.calendar) else {
        ctx.problem(
            "shift.calendar",
            &format!("\"{}\"", f.shift.calendar),
            format!("unknown calendar `{}`", f.shift.calendar),
            Some("calendars live in shared/calendars/<id>.ron"),
        );
        return None;
    };
    if let Some(problem) = date_out_of_range(f.shift.date) {
        ctx.problem(
            "shift.date",
            &f.shift.date.to_string(),
            format!("shift date {problem}"),
            None,
        );
        return None;
    }
    let cal = scenario.working_calendar();
    if cal.is_outside_coverage(f.shift.date)
        && let Some((first, last)) = cal.covers()
    {
        ctx.problem(
            "shift.date",
            &f.shift.date.to_string(),
            format!(
                "{} is outside {first} – {last}, the dates for which calendar `{}` lists every day off",
                f.shift.date, f.shift.calendar
            ),
            Some("add that year's days off and make-up days to the calendar and extend its `covers`"),
        );
    }
    if !cal.is_working_day(f.shift.date) {
        ctx.problem(
            "shift.date",
            &f.shift.date.to_string(),
            format!("{} is not a working day", f.shift.date),
            Some("pick a weekday that is not a day off, or a make-up Saturday"),
        );
    }
    if f.shift.minutes == 0 || f.shift.minutes > MAX_SHIFT_MINUTES {
        ctx.problem(
            "shift.minutes",
            "minutes",
            format!(
                "a shift lasts 1 to {MAX_SHIFT_MINUTES} minutes, not {}",
                f.shift.minutes
            ),
            None,
        );
    }
    let open = f.shift.start.minutes();
    Some((
        open,
        open.saturating_add(f.shift.minutes.min(MAX_SHIFT_MINUTES)),
    ))
}

/// Each rule in force exists and takes effect on a date in range.
fn check_rules(ctx: &mut Ctx<'_>) {
    let f = &ctx.scenario.file;
    let catalog = &ctx.scenario.catalog;
    for (i, r) in f.rules_in_force.iter().enumerate() {
        if let Some(problem) = date_out_of_range(r.from) {
            ctx.problem(
                format!("rules_in_force[{i}].from"),
                &r.from.to_string(),
                format!("in force from {problem}"),
                None,
            );
        }
        if !catalog.rules.contains_key(&r.rule) {
            ctx.problem(
                format!("rules_in_force[{i}]"),
                &format!("\"{}\"", r.rule),
                format!("unknown rule `{}`", r.rule),
                Some("rules are listed in shared/rules.ron"),
            );
        }
    }
}

/// Each weight is 0 to 100 and they sum to 100 (summed in `u64`, so no weight can wrap
/// the sum around to 100).
fn check_rubric(ctx: &mut Ctx<'_>, rubric: &crate::scenario::Rubric) {
    let names = [
        "intake",
        "digitization",
        "compliance",
        "guidance",
        "service",
    ];
    let mut each_ok = true;
    for (name, weight) in names.into_iter().zip(rubric.weights()) {
        if weight > 100 {
            each_ok = false;
            ctx.problem(
                format!("rubric.{name}"),
                &format!("{name}:"),
                format!("rubric weight {name} is {weight}; each weight is 0 to 100"),
                None,
            );
        }
    }
    let total = rubric.total();
    if total != 100 {
        ctx.problem(
            "rubric",
            "rubric",
            format!("rubric weights sum to {total}, not 100"),
            each_ok.then_some("the five weights are percentages of the total score"),
        );
    }
}

/// Dossiers already in the portal: unique codes, known personas and procedures, received
/// before the shift; an online one awaiting acceptance is a case with one disposition.
fn check_existing(ctx: &mut Ctx<'_>, doc_ids: &mut Sightings) {
    let scenario = ctx.scenario;
    let f = &scenario.file;
    let catalog = &scenario.catalog;
    let mut dossier_codes = Sightings::default();
    for d in &f.existing_dossiers {
        let item = format!("existing_dossiers[{}]", d.code);
        let needle = format!("\"{}\"", d.code);
        if let Some(nth) = dossier_codes.see(&d.code) {
            ctx.problem_at_field(
                &item,
                ("code", &d.code, nth),
                format!("duplicate dossier code `{}`", d.code),
                Some("dossier codes must be unique in a scenario"),
            );
        }
        if let Some(problem) = date_out_of_range(d.received.date()) {
            ctx.problem(&item, &needle, format!("received {problem}"), None);
        }
        if !catalog.personas.contains_key(&d.applicant) {
            ctx.problem(
                &item,
                &format!("\"{}\"", d.applicant),
                format!("unknown persona `{}`", d.applicant),
                None,
            );
        }
        if d.received > scenario.start() {
            ctx.problem(
                &item,
                &needle,
                "received after the shift starts",
                Some("existing dossiers were received before the shift"),
            );
        }
        check_documents(ctx, &item, &d.documents, doc_ids);
        match catalog.procedures.get(&d.procedure) {
            None => ctx.problem(
                &item,
                &format!("\"{}\"", d.procedure),
                format!("unknown procedure code `{}`", d.procedure),
                Some("procedures live in shared/procedures/<code>.ron"),
            ),
            Some(procedure) if d.status == crate::vocabulary::Status::NewOnline => {
                let case = Case {
                    procedure,
                    documents: &d.documents,
                    facts: &d.facts,
                    state_holds: &d.state_holds,
                    channel: d.channel,
                    copies: 0,
                    same_person: &d.same_person,
                };
                check_case(ctx, &item, &needle, case, d.expect.as_ref(), &d.documents);
            }
            Some(_) => {}
        }
    }
}

/// Department events name existing dossiers, happen during the shift, and ask for a
/// realistic delay.
fn check_department_events(ctx: &mut Ctx<'_>, existing: &BTreeSet<&str>, open: u32, close: u32) {
    let f = &ctx.scenario.file;
    for (i, e) in f.department_events.iter().enumerate() {
        super::send_back::check_send_back(ctx, i, e);
        super::bundle::check_body_result(ctx, i, e);
        if let crate::scenario::DepartmentEventKind::Delay { extra_days, .. } = &e.kind
            && *extra_days > MAX_EXTRA_DAYS
        {
            ctx.problem(
                format!("department_events[{i}]"),
                "extra_days",
                format!(
                    "a delay of {extra_days} extra working days is not realistic; at most {MAX_EXTRA_DAYS}"
                ),
                Some("a department asks for a few more working days, not years"),
            );
        }
        if !existing.contains(e.dossier.as_str()) {
            ctx.problem(
                format!("department_events[{i}]"),
                &format!("\"{}\"", e.dossier),
                format!("unknown dossier `{}`", e.dossier),
                Some("department events name dossiers listed in existing_dossiers"),
            );
        }
        if e.at.minutes() < open || e.at.minutes() >= close {
            ctx.problem(
                format!("department_events[{i}]"),
                &e.at.to_string(),
                format!("at {} is outside the shift: it would never happen", e.at),
                None,
            );
        }
    }
}

/// Issue 13: a staff session lasts at least a minute and at most a working day without
/// portal work.
fn check_staff_system(ctx: &mut Ctx<'_>) {
    let Some(system) = &ctx.scenario.file.staff_system else {
        return;
    };
    let minutes = system.session_timeout_minutes;
    if !(1..=MAX_SESSION_TIMEOUT_MINUTES).contains(&minutes) {
        ctx.problem(
            "staff_system".to_owned(),
            &minutes.to_string(),
            format!(
                "session_timeout_minutes must be 1 to {MAX_SESSION_TIMEOUT_MINUTES}, not {minutes}"
            ),
            None,
        );
    }
}

/// Faults happen during the shift, last a bounded time and expect responses that apply.
fn check_faults(ctx: &mut Ctx<'_>, open: u32, close: u32) {
    let f = &ctx.scenario.file;
    for (i, fault) in f.faults.iter().enumerate() {
        if fault.at.minutes() < open || fault.at.minutes() >= close {
            ctx.problem(
                format!("faults[{i}]"),
                &fault.at.to_string(),
                format!("fault at {} is outside the shift: unreachable", fault.at),
                None,
            );
        }
        if fault.minutes > MAX_FAULT_MINUTES {
            ctx.problem(
                format!("faults[{i}]"),
                "minutes",
                format!(
                    "a fault lasts at most {MAX_FAULT_MINUTES} minutes, not {}",
                    fault.minutes
                ),
                None,
            );
        }
        if fault.expected.is_empty() {
            ctx.problem(
                format!("faults[{i}]"),
                "expected",
                "a fault needs at least one expected response",
                None,
            );
        }
        for response in &fault.expected {
            if !response.applies_to(fault.kind) {
                let allowed: Vec<String> = fault
                    .kind
                    .responses()
                    .iter()
                    .map(|r| format!("{r:?}"))
                    .collect();
                ctx.problem(
                    format!("faults[{i}]"),
                    &format!("{response:?}"),
                    format!(
                        "{response:?} does not apply to {:?}: the clerk could never give it",
                        fault.kind
                    ),
                    Some(&format!("{:?} allows {}", fault.kind, allowed.join(", "))),
                );
            }
        }
    }
}
