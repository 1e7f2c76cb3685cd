//! Inter-agency (liên thông) bundles (issue 13, item 4): one intake, several handling
//! bodies, the bundle's own deadline. The deadline counted as the law says (3 working days
//! after a full dossier, 5 with verification, the 15:00 cut-off, days off skipped); one
//! transfer per body and none to a body outside the bundle; the result ready only when every
//! body's is back; and the rubric's penalties, each citing its rule.

use std::path::Path;
use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};
use motcua::portal::Status;
use motcua::scenario::load::{builtin_pack, load_catalog};
use motcua::scenario::{Department, Mode, Scenario};
use motcua::score::{CriticalKind, Feedback, Rule, grade};
use motcua::sim::{Action, ActionError, Event, Shift};

mod common;
use common::copy_dir;

const SCENARIO: &str = "inter-agency-bundles";
/// The birth bundle received on Tuesday; its bodies report at 13:35, 14:05 and 14:50.
const EXISTING: &str = "H50.12-261201-0004";

fn scenario() -> Arc<Scenario> {
    let pack = builtin_pack();
    match pack.loaded().into_iter().find(|s| s.id() == SCENARIO) {
        Some(s) => Arc::new(s.clone()),
        None => panic!("no shipped scenario `{SCENARIO}`"),
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

fn at(day: NaiveDate, h: u32, min: u32) -> NaiveDateTime {
    day.and_hms_opt(h, min, 0).expect("a real time")
}

fn apply(shift: &mut Shift, action: Action) -> Vec<Event> {
    match shift.apply(action.clone()) {
        Ok(events) => events,
        Err(e) => panic!("{action:?} was refused: {e}"),
    }
}

/// The shift with citizen `id` called to the counter (everyone before them dismissed).
fn at_counter(id: &str) -> Shift {
    let mut shift = Shift::new(scenario(), 1, Mode::Exam);
    loop {
        apply(&mut shift, Action::CallNext);
        let i = shift.counter.expect("someone at the counter");
        if shift.citizens[i].arrival.id == id {
            return shift;
        }
        apply(&mut shift, Action::Dismiss);
    }
}

/// The code of the dossier just created for the citizen at the counter.
fn created(events: &[Event]) -> String {
    events
        .iter()
        .find_map(|e| match e {
            Event::DossierCreated { dossier } => Some(dossier.clone()),
            _ => None,
        })
        .expect("a dossier was created")
}

/// Citizen `id` received as `bundle` (or as a plain dossier when `None`) with `appointment`
/// on the receipt; returns the shift and the dossier's code.
fn received(id: &str, bundle: Option<&str>, appointment: NaiveDate) -> (Shift, String) {
    let mut shift = at_counter(id);
    let i = shift.counter.expect("at the counter");
    let procedure = match &shift.citizens[i].arrival.wants {
        motcua::scenario::Want::Submit { procedure, .. } => procedure.clone(),
        other => panic!("{id} wants {other:?}"),
    };
    let action = match bundle {
        Some(b) => Action::CreateBundle {
            bundle: b.to_owned(),
        },
        None => Action::CreateDossier { procedure },
    };
    let code = created(&apply(&mut shift, action));
    apply(
        &mut shift,
        Action::IssueReceipt {
            dossier: code.clone(),
            appointment,
        },
    );
    (shift, code)
}

fn transfer(dossier: &str, department: Department) -> Action {
    Action::Transfer {
        dossier: dossier.to_owned(),
        department,
    }
}

/// The feedback on `dossier` once the shift is ended.
fn feedback_on(mut shift: Shift, dossier: &str) -> Vec<Feedback> {
    apply(&mut shift, Action::EndShift);
    grade(&shift)
        .feedback
        .into_iter()
        .filter(|f| f.dossier.as_deref() == Some(dossier))
        .collect()
}

fn citing(items: &[Feedback], rule: Rule) -> Vec<&Feedback> {
    items.iter().filter(|f| f.rule == rule).collect()
}

// --- the deadline -----------------------------------------------------------------------

#[test]
fn the_bundle_is_due_three_working_days_after_the_day_of_receipt_or_five_with_verification() {
    let s = scenario();
    let bundle = s
        .bundle("birth-bundle")
        .expect("the birth bundle is shipped");
    let calendar = s.working_calendar();
    let friday = date(2026, 12, 4);
    let plain = bundle.processing_time(&Default::default());
    // Friday 13:45: Monday 7, Tuesday 8, Wednesday 9.
    assert_eq!(
        calendar.due(at(friday, 13, 45), plain).date(),
        date(2026, 12, 9)
    );
    // Verification: five working days, Friday 11.
    let verify = bundle.processing_time(&["needs_verification".to_owned()].into());
    assert_eq!(
        calendar.due(at(friday, 13, 45), verify).date(),
        date(2026, 12, 11)
    );
}

#[test]
fn received_at_or_after_15_00_the_bundle_counts_from_the_next_working_day() {
    let s = scenario();
    let bundle = s
        .bundle("death-bundle")
        .expect("the death bundle is shipped");
    let calendar = s.working_calendar();
    let time = bundle.processing_time(&Default::default());
    let friday = date(2026, 12, 4);
    // 15:00 on Friday: the day of receipt is Monday 7, then Tuesday, Wednesday, Thursday 10.
    assert_eq!(
        calendar.due(at(friday, 15, 0), time).date(),
        date(2026, 12, 10)
    );
    assert_eq!(
        calendar.due(at(friday, 14, 59), time).date(),
        date(2026, 12, 9)
    );
}

#[test]
fn new_year_s_day_is_not_a_working_day_of_the_bundle() {
    let s = scenario();
    let bundle = s
        .bundle("birth-bundle")
        .expect("the birth bundle is shipped");
    let time = bundle.processing_time(&Default::default());
    // Wednesday 30/12/2026 at 10:00: Thursday 31, (Friday 1/1 is a holiday), Monday 4,
    // Tuesday 5/1/2027.
    let due = s
        .working_calendar()
        .due(at(date(2026, 12, 30), 10, 0), time);
    assert_eq!(due.date(), date(2027, 1, 5));
}

#[test]
fn the_bundle_receipt_is_due_on_the_bundle_s_deadline_not_the_lead_procedure_s() {
    // Birth registration alone is returned the same day; as a bundle, 3 working days.
    let (shift, code) = received("b1", Some("birth-bundle"), date(2026, 12, 9));
    let d = &shift.portal.dossiers[&code];
    assert_eq!(d.procedure, "birth-registration");
    assert_eq!(d.due.map(|t| t.date()), Some(date(2026, 12, 9)));
    let (shift, code) = received("b2", None, date(2026, 12, 4));
    assert_eq!(
        shift.portal.dossiers[&code].due.map(|t| t.date()),
        Some(date(2026, 12, 4))
    );
}

// --- the transfers and the results ------------------------------------------------------

#[test]
fn a_bundle_goes_to_each_of_its_bodies_once_and_to_no_other() {
    let (mut shift, code) = received("b1", Some("birth-bundle"), date(2026, 12, 9));
    apply(&mut shift, transfer(&code, Department::JusticeCivilStatus));
    assert_eq!(shift.portal.dossiers[&code].status, Status::Processing);
    assert_eq!(
        shift.apply(transfer(&code, Department::Economic)),
        Err(ActionError::NotABundleBody(
            code.clone(),
            Department::Economic
        ))
    );
    assert_eq!(
        shift.apply(transfer(&code, Department::JusticeCivilStatus)),
        Err(ActionError::AlreadyTransferred(
            code.clone(),
            Department::JusticeCivilStatus
        ))
    );
    apply(&mut shift, transfer(&code, Department::CommunePolice));
    apply(&mut shift, transfer(&code, Department::SocialInsurance));
    let d = &shift.portal.dossiers[&code];
    let bodies: Vec<&str> = d.control_sheet.iter().map(|h| h.to.as_str()).collect();
    assert_eq!(bodies, ["justice", "police", "social-insurance"]);
    assert!(d.bundle.as_ref().is_some_and(|b| b.all_transferred()));
}

#[test]
fn a_bundle_not_in_force_does_not_exist_at_the_counter() {
    let mut shift = Shift::new(common::tutorial(), 1, Mode::Exam);
    apply(&mut shift, Action::CallNext);
    assert_eq!(
        shift.apply(Action::CreateBundle {
            bundle: "birth-bundle".into()
        }),
        Err(ActionError::UnknownBundle("birth-bundle".into()))
    );
}

#[test]
fn the_bundle_s_result_is_ready_only_when_every_body_s_result_is_back() {
    let mut shift = Shift::new(scenario(), 1, Mode::Exam);
    // 13:30 + 10 min: the civil-status officer's result is back (13:35), not the others.
    apply(&mut shift, Action::Wait { minutes: 10 });
    let d = &shift.portal.dossiers[EXISTING];
    assert_eq!(d.status, Status::Processing);
    let record = d.bundle.as_ref().expect("a bundle dossier");
    assert!(
        record.bodies[&Department::JusticeCivilStatus]
            .result_at
            .is_some()
    );
    assert!(
        record.bodies[&Department::CommunePolice]
            .result_at
            .is_none()
    );
    // 14:49: two of three.
    apply(&mut shift, Action::Wait { minutes: 69 });
    assert_eq!(shift.portal.dossiers[EXISTING].status, Status::Processing);
    // 14:50: the police's result, the last one: the bundle's result is ready.
    let events = apply(&mut shift, Action::Wait { minutes: 1 });
    assert!(events.iter().any(|e| matches!(
        e,
        Event::BodyResultBack { dossier, department: Department::CommunePolice } if dossier == EXISTING
    )));
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::ResultReady { dossier } if dossier == EXISTING))
    );
    assert_eq!(shift.portal.dossiers[EXISTING].status, Status::Processed);
}

// --- the rubric ---------------------------------------------------------------------------

#[test]
fn a_citizen_who_qualifies_received_on_a_plain_dossier_is_a_wrong_decision() {
    let (mut shift, code) = received("b1", None, date(2026, 12, 4));
    apply(&mut shift, transfer(&code, Department::JusticeCivilStatus));
    let items = feedback_on(shift, &code);
    let bundle = citing(&items, Rule::BundleIntake);
    assert_eq!(bundle.len(), 1, "{items:#?}");
    assert_eq!(bundle[0].message, "fb-bundle-not-offered");
    assert!(bundle[0].wrong_decision);
}

#[test]
fn members_received_as_separate_dossiers_ask_the_citizen_twice() {
    let (mut shift, code) = received("b1", Some("birth-bundle"), date(2026, 12, 9));
    let other = created(&apply(
        &mut shift,
        Action::CreateDossier {
            procedure: "permanent-residence".into(),
        },
    ));
    // No fee entered: the receipt is not held up by one (not what is judged here).
    apply(
        &mut shift,
        Action::IssueReceipt {
            dossier: other.clone(),
            appointment: date(2026, 12, 15),
        },
    );
    let items = feedback_on(shift, &other);
    let split = citing(&items, Rule::BundleIntake);
    assert_eq!(split.len(), 1, "{items:#?}");
    assert_eq!(split[0].message, "fb-bundle-split");
    assert!(!code.is_empty());
}

#[test]
fn a_citizen_who_does_not_qualify_is_not_bundled() {
    let (shift, code) = received("b2", Some("birth-bundle"), date(2026, 12, 9));
    let items = feedback_on(shift, &code);
    let bundle = citing(&items, Rule::BundleIntake);
    assert_eq!(bundle.len(), 1, "{items:#?}");
    assert_eq!(bundle[0].message, "fb-bundle-not-eligible");
    assert!(bundle[0].wrong_decision);
}

#[test]
fn the_lead_procedure_s_same_day_date_on_a_bundle_is_a_critical_wrong_deadline() {
    let (shift, code) = received("b1", Some("birth-bundle"), date(2026, 12, 4));
    let items = feedback_on(shift, &code);
    let wrong = citing(&items, Rule::BundleDeadline);
    assert_eq!(wrong.len(), 1, "{items:#?}");
    assert_eq!(wrong[0].message, "fb-wrong-deadline");
    assert_eq!(wrong[0].critical, Some(CriticalKind::WrongDeadline));
}

#[test]
fn every_body_not_transferred_to_is_a_lapse_citing_the_transfer_rule() {
    let (mut shift, code) = received("b1", Some("birth-bundle"), date(2026, 12, 9));
    apply(&mut shift, transfer(&code, Department::JusticeCivilStatus));
    let items = feedback_on(shift, &code);
    let missing: Vec<String> = citing(&items, Rule::BundleTransfer)
        .iter()
        .map(|f| f.message.clone())
        .collect();
    assert_eq!(
        missing,
        [
            "fb-bundle-body-not-transferred",
            "fb-bundle-body-not-transferred"
        ]
    );
    assert!(citing(&items, Rule::BundleIntake).is_empty(), "{items:#?}");
}

#[test]
fn the_expert_bundles_who_qualifies_and_no_one_else() {
    let (shift, _) = motcua::expert::play(scenario(), 1, Mode::Exam).expect("the expert plays");
    let report = grade(&shift);
    assert!(report.passed, "{:#?}", report.feedback);
    let bundles: Vec<(String, Option<String>)> = ["b1", "b2", "b3"]
        .iter()
        .map(|id| {
            let i = shift
                .citizens
                .iter()
                .position(|c| c.arrival.id == *id)
                .expect("a citizen");
            let d = shift.dossier_of(i).expect("received");
            ((*id).to_owned(), d.bundle.as_ref().map(|b| b.id.clone()))
        })
        .collect();
    assert_eq!(
        bundles,
        [
            ("b1".to_owned(), Some("birth-bundle".to_owned())),
            ("b2".to_owned(), None),
            ("b3".to_owned(), Some("death-bundle".to_owned())),
        ]
    );
}

// --- the data -----------------------------------------------------------------------------

#[test]
fn a_bundle_whose_lead_is_not_a_member_is_reported_in_its_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let shared = dir.path().join("shared");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/shared"),
        &shared,
    );
    let file = shared.join("bundles/birth-bundle.ron");
    let text = std::fs::read_to_string(&file).expect("readable");
    let text = text
        .replace(
            "lead: \"birth-registration\"",
            "lead: \"marriage-registration\"",
        )
        .replace("working_days: 3", "working_days: 0");
    std::fs::write(&file, text).expect("writable");
    let problems = match load_catalog(&shared) {
        Ok(_) => panic!("the broken bundle loaded"),
        Err(p) => p.0,
    };
    let printed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let name = file.display().to_string();
    assert!(
        printed.iter().any(|p| p.starts_with(&name)
            && p.contains(": lead `marriage-registration` is not the procedure of a member")),
        "{printed:#?}"
    );
    assert!(
        printed.iter().any(|p| p.starts_with(&name)
            && p.contains(": working_days is 0; it must be 1 to 365")),
        "{printed:#?}"
    );
    // Located at the line of the field.
    assert!(
        problems
            .iter()
            .all(|p| p.line.is_some_and(|l| l > 1) && p.col.is_some()),
        "{printed:#?}"
    );
}
