//! A department sends a dossier back after reception (issue 13, item 5): the status
//! changes when the department decides, the counter tells the citizen once — exactly what
//! the department asked, in time — and syncs; the rubric judges each step against the
//! department's decision and cites its rule.

use std::collections::BTreeSet;
use std::sync::Arc;

use motcua::portal::{SlipKind, Status, SyncState};
use motcua::scenario::load::builtin_pack;
use motcua::scenario::{Mode, Scenario};
use motcua::score::{Feedback, Rule, grade};
use motcua::sim::{Action, ActionError, Event, Shift};

/// The scenario of the send-backs.
const SCENARIO: &str = "department-send-backs";
/// Sent back at 07:50 for a supplement of two components.
const SUPPLEMENT: &str = "H50.12-261127-0008";
/// Sent back at 08:40: refused on the minimum floor area.
const REFUSED: &str = "H50.12-261128-0002";
/// The scenario gives the counter this long to inform the citizen.
const INFORM_WITHIN_MINUTES: u32 = 60;

fn scenario() -> Arc<Scenario> {
    let pack = builtin_pack();
    match pack.loaded().into_iter().find(|s| s.id() == SCENARIO) {
        Some(s) => Arc::new(s.clone()),
        None => panic!("no shipped scenario `{SCENARIO}`"),
    }
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

/// A shift at `minutes` after opening (07:30), nobody served.
fn shift_at(minutes: u32) -> Shift {
    let mut shift = Shift::new(scenario(), 1, Mode::Exam);
    shift
        .apply(Action::Wait { minutes })
        .expect("waiting is always possible");
    shift
}

fn notify(dossier: &str, components: &[&str], ground: Option<&str>) -> Action {
    Action::NotifySendBack {
        dossier: dossier.to_owned(),
        components: set(components),
        ground: ground.map(str::to_owned),
    }
}

/// The feedback items about `dossier` once the shift is ended.
fn feedback_on(mut shift: Shift, dossier: &str) -> Vec<Feedback> {
    shift.apply(Action::EndShift).expect("the shift ends");
    grade(&shift)
        .feedback
        .into_iter()
        .filter(|f| f.dossier.as_deref() == Some(dossier))
        .collect()
}

/// The items about the department's send-back of `dossier` and the counter's notice (not
/// about the citizen who brings the supplement at 10:00, a case of their own).
fn notice_feedback(shift: Shift, dossier: &str) -> Vec<Feedback> {
    feedback_on(shift, dossier)
        .into_iter()
        .filter(|f| f.citizen.is_none())
        .collect()
}

fn messages(items: &[Feedback]) -> Vec<(&str, Rule)> {
    items.iter().map(|f| (f.message.as_str(), f.rule)).collect()
}

#[test]
fn the_department_s_decision_changes_the_status_and_leaves_the_national_copy_out_of_date() {
    let before = shift_at(19);
    let d = &before.portal.dossiers[SUPPLEMENT];
    assert_eq!(d.status, Status::Processing);
    assert!(d.sent_back.is_none());

    let shift = shift_at(20);
    let d = &shift.portal.dossiers[SUPPLEMENT];
    assert_eq!(d.status, Status::SupplementRequested);
    assert_eq!(d.sync, SyncState::NotSent);
    let sent = d
        .sent_back
        .as_ref()
        .expect("the send-back is on the dossier");
    assert!(sent.notices.is_empty());
    assert!(shift.timeline.iter().any(|t| matches!(
        &t.event,
        Event::SentBack { dossier, refusal: false, .. } if dossier == SUPPLEMENT
    )));

    let shift = shift_at(70);
    assert_eq!(shift.portal.dossiers[REFUSED].status, Status::Refused);
}

#[test]
fn the_notice_goes_by_phone_and_lists_what_the_clerk_chose() {
    let mut shift = shift_at(20);
    shift
        .apply(notify(
            SUPPLEMENT,
            &["declaration", "disability_certificate"],
            None,
        ))
        .expect("the notice is sent");
    let slip = shift.portal.slips.last().expect("a slip");
    assert_eq!(slip.kind, SlipKind::SupplementRequest);
    assert_eq!(slip.dossier.as_deref(), Some(SUPPLEMENT));
    assert_eq!(
        slip.components,
        vec!["declaration", "disability_certificate"]
    );
    assert!(slip.electronic, "nobody is at the counter: by phone/SMS");
    let sent = shift.portal.dossiers[SUPPLEMENT].sent_back.as_ref();
    assert_eq!(sent.map(|s| s.notices.clone()), Some(vec![slip.number]));
}

#[test]
fn a_notice_that_cannot_be_sent_changes_nothing() {
    let cases = [
        // Not sent back (yet).
        (
            notify(REFUSED, &[], Some("below-minimum-area")),
            ActionError::NotSentBack(REFUSED.into()),
        ),
        (
            notify(SUPPLEMENT, &["declaration"], Some("not-a-beneficiary")),
            ActionError::NoticeMixed,
        ),
        (notify(SUPPLEMENT, &[], None), ActionError::EmptySupplement),
        (
            notify(SUPPLEMENT, &[], Some("below-minimum-area")),
            ActionError::UnknownGround("below-minimum-area".into()),
        ),
        (
            notify(SUPPLEMENT, &["lease"], None),
            ActionError::UnknownComponent("social-allowance".into(), "lease".into()),
        ),
    ];
    for (action, error) in cases {
        let mut shift = shift_at(20);
        let (now, slips) = (shift.now, shift.portal.slips.len());
        assert_eq!(shift.apply(action.clone()), Err(error), "{action:?}");
        assert_eq!(shift.now, now, "{action:?}: no time passes");
        assert_eq!(shift.portal.slips.len(), slips, "{action:?}: no slip");
    }
}

#[test]
fn told_once_exactly_and_synced_is_no_mistake() {
    let mut shift = shift_at(20);
    shift
        .apply(notify(
            SUPPLEMENT,
            &["declaration", "disability_certificate"],
            None,
        ))
        .expect("notice");
    shift
        .apply(Action::Sync {
            dossier: SUPPLEMENT.into(),
        })
        .expect("sync");
    assert_eq!(notice_feedback(shift, SUPPLEMENT), vec![]);
}

#[test]
fn never_telling_the_citizen_costs_the_whole_send_back() {
    // One item, for all the units the send-back offered (the sync is not charged twice).
    let items = notice_feedback(shift_at(20), SUPPLEMENT);
    assert_eq!(
        messages(&items),
        vec![("fb-send-back-not-told", Rule::SendBackNotice)]
    );
    let mut told = shift_at(20);
    told.apply(notify(SUPPLEMENT, &["declaration"], None))
        .expect("notice");
    let lapses = notice_feedback(told, SUPPLEMENT);
    let worst: f64 = lapses.iter().map(|f| f.units).sum();
    assert!(
        items[0].units > worst,
        "telling nobody costs more than a wrong, unsynced notice"
    );
}

#[test]
fn asking_for_more_than_the_department_did_is_telling_what_it_did_not_say() {
    let mut shift = shift_at(20);
    shift
        .apply(notify(
            SUPPLEMENT,
            &["declaration", "disability_certificate", "residence_proof"],
            None,
        ))
        .expect("notice");
    shift
        .apply(Action::Sync {
            dossier: SUPPLEMENT.into(),
        })
        .expect("sync");
    let items = notice_feedback(shift, SUPPLEMENT);
    assert_eq!(
        messages(&items),
        vec![("fb-send-back-misinformed", Rule::SendBackNotice)]
    );
    assert!(items[0].wrong_decision);
}

#[test]
fn a_refusal_told_as_a_supplement_is_wrong_and_a_second_notice_asks_again() {
    let mut shift = shift_at(70);
    // A residence dossier: its notices go on the police's forms (rule slip-forms).
    shift
        .apply(Action::UseSlipForms {
            family: motcua::scenario::SlipFamily::Police,
        })
        .expect("police forms");
    shift
        .apply(notify(REFUSED, &["lease"], None))
        .expect("first notice");
    shift
        .apply(notify(REFUSED, &[], Some("below-minimum-area")))
        .expect("second notice");
    shift
        .apply(Action::Sync {
            dossier: REFUSED.into(),
        })
        .expect("sync");
    assert_eq!(
        messages(&notice_feedback(shift, REFUSED)),
        vec![
            ("fb-send-back-asked-again", Rule::AskOnce),
            ("fb-send-back-misinformed", Rule::SendBackNotice),
        ]
    );
}

#[test]
fn a_notice_after_the_time_allowed_is_late() {
    // Sent back at 07:50 (20 minutes in): on time up to 60 minutes later, late after.
    for (minutes, late) in [
        (20 + INFORM_WITHIN_MINUTES, false),
        (20 + INFORM_WITHIN_MINUTES + 1, true),
    ] {
        let mut shift = shift_at(minutes);
        shift
            .apply(notify(
                SUPPLEMENT,
                &["declaration", "disability_certificate"],
                None,
            ))
            .expect("notice");
        shift
            .apply(Action::Sync {
                dossier: SUPPLEMENT.into(),
            })
            .expect("sync");
        let expected = if late {
            vec![("fb-send-back-late", Rule::SendBackNotice)]
        } else {
            vec![]
        };
        assert_eq!(
            messages(&notice_feedback(shift, SUPPLEMENT)),
            expected,
            "{minutes}"
        );
    }
}

#[test]
fn the_rule_cites_decree_118_article_11() {
    assert!(
        Rule::SendBackNotice
            .cite()
            .contains("118/2025/NĐ-CP, Điều 11")
    );
    assert!(Rule::ALL.contains(&Rule::SendBackNotice));
}

mod common;

/// The fixture pack with one dossier being processed and a send-back of it, written as
/// `decision` with `minutes` to inform the citizen; the problems it loads with, as
/// `item: message`.
fn send_back_problems(status: &str, decision: &str, minutes: &str) -> Vec<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("pack");
    common::copy_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini-pack"),
        &root,
    );
    let path = root.join("first-morning/scenario.ron");
    let text = std::fs::read_to_string(&path).expect("readable");
    let block = format!(
        r#"    existing_dossiers: [
        (code: "H99-0001", procedure: "residence-confirmation", applicant: "nguyen-thi-lan",
         channel: Counter, status: {status}, received: "2026-03-09T08:00:00", paid: true),
    ],
    department_events: [
        (at: "07:40", dossier: "H99-0001", kind: SendBack(reason: (vi: "Thiếu chữ ký", en: "Not signed", bn: Some("সই নেই")), decision: {decision}, inform_within_minutes: {minutes})),
    ],
    tests: ("#
    );
    std::fs::write(&path, text.replacen("    tests: (", &block, 1)).expect("writable");
    motcua::scenario::load::load_pack(&root)
        .problems()
        .iter()
        .map(|p| format!("{}: {}", p.item.clone().unwrap_or_default(), p.message))
        .collect()
}

#[test]
fn a_well_written_send_back_loads_clean() {
    assert_eq!(
        send_back_problems(
            "Processing",
            r#"Supplement(components: ["request_form"])"#,
            "60"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn a_send_back_that_cannot_happen_says_why() {
    assert_eq!(
        send_back_problems("Processed", r#"Refuse(ground: "too-far")"#, "0"),
        vec![
            "department_events[0]: inform_within_minutes is 0; give the counter 1 to 7200 minutes to inform the citizen",
            "department_events[0]: dossier `H99-0001` is not being processed (status processed): only a department handling it can send it back",
            "department_events[0]: `too-far` is not a refusal ground of procedure `residence-confirmation`",
        ]
    );
    assert_eq!(
        send_back_problems(
            "Processing",
            r#"Supplement(components: ["lease"])"#,
            "4294967295"
        ),
        vec![
            "department_events[0]: inform_within_minutes is 4294967295; give the counter 1 to 7200 minutes to inform the citizen",
            "department_events[0]: procedure `residence-confirmation` has no component `lease`",
        ]
    );
}

/// The expert path of the scenario up to (not including) its first action matching `stop`.
fn expert_until(stop: impl Fn(&Action) -> bool) -> Shift {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(SCENARIO)
        .join("expert.ron");
    let script: Vec<Action> =
        motcua::scenario::load::read_ron(&path).expect("the expert path reads");
    let mut shift = Shift::new(scenario(), 1, Mode::Exam);
    for a in script.into_iter().take_while(|a| !stop(a)) {
        shift.apply(a).expect("the expert path plays");
    }
    shift
}

fn receive(appointment: &str) -> Action {
    Action::ReceiveSupplement {
        dossier: SUPPLEMENT.into(),
        appointment: appointment.parse().expect("a date"),
    }
}

/// Social allowance: 12 working days. Received back on Tuesday 1 December 2026 before
/// 15:00, the day itself not counted: 2–4, 7–11, 14–17 December → Thursday 17 December.
const RESTARTED_DUE: &str = "2026-12-17";

#[test]
fn the_supplement_brought_resumes_the_dossier_and_restarts_its_deadline() {
    let mut shift = expert_until(|a| matches!(a, Action::ReceiveSupplement { .. }));
    let before = shift.portal.dossiers[SUPPLEMENT].due;
    shift.apply(receive(RESTARTED_DUE)).expect("received");
    let d = &shift.portal.dossiers[SUPPLEMENT];
    assert_eq!(d.status, Status::Processing);
    assert_eq!(
        d.due.map(|t| t.date().to_string()).as_deref(),
        Some(RESTARTED_DUE)
    );
    assert_ne!(d.due, before, "the deadline restarted");
    assert!(d.sent_back.as_ref().is_some_and(|s| s.resumed_at.is_some()));
    let slip = shift.portal.slips.last().expect("a new receipt");
    assert_eq!(slip.kind, SlipKind::Receipt);
    assert_eq!(
        slip.date.map(|d| d.to_string()).as_deref(),
        Some(RESTARTED_DUE)
    );
    // Once resumed, it cannot be received again.
    assert_eq!(
        shift.apply(receive(RESTARTED_DUE)),
        Err(ActionError::NotSentBack(SUPPLEMENT.into()))
    );
}

#[test]
fn only_the_dossier_s_own_citizen_brings_its_supplement() {
    // a1, who came for her marital-status certificate, is at the counter.
    let mut shift = expert_until(|a| matches!(a, Action::Guide { .. }));
    let at_counter = shift.counter.map(|i| shift.citizens[i].arrival.id.clone());
    assert_eq!(at_counter.as_deref(), Some("a1"));
    assert_eq!(
        shift.apply(receive(RESTARTED_DUE)),
        Err(ActionError::NotTheirDossier(SUPPLEMENT.into()))
    );
}

#[test]
fn a_wrong_new_date_is_a_wrong_deadline_and_a_supplement_left_waiting_is_missed() {
    let mut shift = expert_until(|a| matches!(a, Action::ReceiveSupplement { .. }));
    shift.apply(receive("2026-12-18")).expect("received");
    let items = feedback_on(shift, SUPPLEMENT);
    assert_eq!(
        messages(&items),
        vec![
            ("fb-send-back-not-synced", Rule::NationalSync),
            ("fb-supplement-wrong-date", Rule::WorkingDays)
        ]
    );
    assert_eq!(
        items[1].critical,
        Some(motcua::score::CriticalKind::WrongDeadline)
    );

    let mut shift = expert_until(|a| matches!(a, Action::ReceiveSupplement { .. }));
    shift.apply(Action::Dismiss).expect("sent away");
    assert_eq!(
        messages(&feedback_on(shift, SUPPLEMENT)),
        vec![("fb-supplement-not-received", Rule::SendBackNotice)]
    );
}
