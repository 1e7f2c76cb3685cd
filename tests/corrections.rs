//! On-the-spot corrections (issue 13, item 6), told as the trainee's story: a one-letter slip
//! on a form the citizen filled in themselves is corrected and initialled at the counter where
//! the rules allow it (rule `on-the-spot-correction`, unconfirmed, by analogy with Circular
//! 04/2020/TT-BTP Art. 35), instead of a supplement request and a second trip; a paper issued
//! by an authority never is.
//!
//! Expected values come from the rule and the scenarios' data: which paper a citizen wrote
//! (a form), which paper an authority issued (a hospital's notice, an ID card), what the paper
//! they disagree with says.

mod support;

use std::collections::BTreeSet;
use std::sync::Arc;

use motcua::expert;
use motcua::scenario::load::builtin_pack;
use motcua::scenario::truth::Disposition;
use motcua::scenario::{DefectKind, Layout, Mode, Scenario};
use motcua::score::{Rule, ScoreReport, grade};
use motcua::sim::{
    Action, ActionError, CORRECTION_SECONDS, Event, NOTHING_TO_CORRECT_SECONDS, Shift, read_script,
};

const RULE: &str = "on-the-spot-correction";

fn shipped(id: &str) -> Arc<Scenario> {
    let pack = builtin_pack();
    match pack.loaded().into_iter().find(|s| s.id() == id) {
        Some(s) => Arc::new(s.clone()),
        None => panic!("no shipped scenario `{id}`"),
    }
}

/// The scenario with the correction rule taken out of force (what an instructor does who
/// finds that the rule does not hold).
fn without_rule(scenario: &Arc<Scenario>) -> Arc<Scenario> {
    let mut s = (**scenario).clone();
    s.file.rules_in_force.retain(|r| r.rule != RULE);
    Arc::new(s)
}

fn apply(shift: &mut Shift, action: Action) -> Vec<Event> {
    match shift.apply(action.clone()) {
        Ok(events) => events,
        Err(e) => panic!("{action:?} refused: {e}"),
    }
}

/// The shift with the citizen `arrival` at the counter, reached by the expert's own path.
fn at_counter(scenario: &Arc<Scenario>, arrival: &str) -> Shift {
    let mut shift = Shift::new(scenario.clone(), 1, Mode::Exam);
    for _ in 0..2_000 {
        if shift.at_counter().is_some_and(|c| c.arrival.id == arrival) {
            return shift;
        }
        let Some(action) = expert::next_action(&shift) else {
            break;
        };
        apply(&mut shift, action);
    }
    panic!("{arrival} never reached the counter");
}

fn disposition(shift: &Shift, arrival: &str) -> Disposition {
    let i = shift
        .citizen_index(arrival)
        .unwrap_or_else(|| panic!("no citizen {arrival}"));
    match &shift.citizens[i].analysis {
        Some(a) => a.disposition.clone(),
        None => panic!("{arrival} submits nothing"),
    }
}

fn supplement(components: &[&str]) -> Disposition {
    Disposition::Supplement(components.iter().map(|c| (*c).to_owned()).collect())
}

fn feedback_of<'a>(report: &'a ScoreReport, message: &str) -> Vec<&'a motcua::score::Feedback> {
    report
        .feedback
        .iter()
        .filter(|f| f.message == message)
        .collect()
}

fn field(name: &str) -> Option<String> {
    Some(name.to_owned())
}

#[test]
fn a_slip_on_the_citizens_own_form_asks_for_no_supplement_where_the_rule_is_in_force() {
    // Each of these is a form the citizen filled in, with a name, date, number or blank box
    // that a paper issued by an authority contradicts: corrected at the counter, received.
    for (scenario, arrival) in [
        ("tutorial-birth", "c3"),
        ("exam-shift", "e1"),
        ("hard-shift", "h1"),
        ("hard-shift", "h2"),
        ("hard-shift", "h5"),
        ("corrections-at-the-counter", "k1"),
        ("corrections-at-the-counter", "k4"),
    ] {
        let s = shipped(scenario);
        assert!(s.rule_in_force(RULE), "{scenario}");
        let shift = Shift::new(s.clone(), 1, Mode::Practice);
        assert_eq!(
            disposition(&shift, arrival),
            Disposition::Accept,
            "{scenario} {arrival}"
        );
        // Without the rule the same slip sends the citizen home for a new declaration.
        let shift = Shift::new(without_rule(&s), 1, Mode::Practice);
        assert_eq!(
            disposition(&shift, arrival),
            supplement(&["declaration"]),
            "{scenario} {arrival} without the rule"
        );
    }
}

#[test]
fn a_paper_issued_by_an_authority_still_goes_back_to_its_issuer() {
    let s = shipped("corrections-at-the-counter");
    let shift = Shift::new(s, 1, Mode::Practice);
    // The hospital's notice carries a wrong number: only the hospital can issue it again.
    assert_eq!(disposition(&shift, "k2"), supplement(&["birth_notice"]));
    // A photocopy needs the original; the slip on the form beside it is corrected there.
    assert_eq!(disposition(&shift, "k5"), supplement(&["birth_notice"]));
    // The online dossier's citizen is not at the counter: their form needs a supplement.
    let exam = Shift::new(shipped("exam-shift"), 1, Mode::Practice);
    let online = exam
        .online_truth
        .get("H50.12-261207-0015")
        .map(|a| a.disposition.clone());
    assert_eq!(online, Some(supplement(&["declaration"])));
}

#[test]
fn only_forms_the_citizen_fills_in_are_correctable_and_the_rule_says_it_is_unconfirmed() {
    let s = shipped("tutorial-birth");
    let catalog = &s.catalog;
    let mut correctable = 0;
    for kind in catalog.document_kinds.values() {
        let Some(c) = &kind.correctable_at_counter else {
            continue;
        };
        correctable += 1;
        assert_eq!(kind.layout, Layout::Form, "{}", kind.id);
        assert!(kind.issuer.is_empty(), "{} has an issuer", kind.id);
        assert!(!kind.identity && !kind.needs_stamp, "{}", kind.id);
        assert_eq!(c.rule, RULE, "{}", kind.id);
        for defect in &c.defects {
            assert!(
                !defect.always_refused() && !defect.needs_inspection(),
                "{}: {defect:?} cannot be corrected by the citizen",
                kind.id
            );
        }
    }
    assert!(correctable > 0);
    for id in [
        "birth-notice",
        "citizen-id-card",
        "death-notice",
        "birth-certificate",
    ] {
        let kind = catalog.document_kinds.get(id);
        assert!(
            kind.is_some_and(|k| k.correctable_at_counter.is_none()),
            "{id}"
        );
    }
    let Some(rule) = catalog.rules.get(RULE) else {
        panic!("no rule `{RULE}` in rules.ron")
    };
    assert!(!rule.confirmed, "only an analogy: it must say so");
    assert!(rule.source.contains("Art. 35"), "{}", rule.source);
    assert!(Rule::OnTheSpotCorrection.cite().contains("04/2020/TT-BTP"));
}

#[test]
fn the_citizen_writes_the_value_of_the_paper_that_disagrees_and_initials_it() {
    let s = shipped("tutorial-birth");
    let mut shift = at_counter(&s, "c3");
    let before = shift.now;
    let events = apply(
        &mut shift,
        Action::CorrectOnTheSpot {
            document: "c3-form".into(),
            field: field("mother.full_name"),
        },
    );
    assert!(
        events.iter().any(
            |e| matches!(e, Event::CorrectedOnTheSpot { document, .. } if document == "c3-form")
        )
    );
    let c = shift.at_counter().map(|c| c.corrections.clone());
    let Some([correction]) = c.as_deref() else {
        panic!("one correction expected: {c:?}")
    };
    // The hospital's notice says "Hương"; the father wrote "Hường".
    assert_eq!(correction.old, "Nguyễn Thị Thu Hường");
    assert_eq!(correction.new.as_deref(), Some("Nguyễn Thị Thu Hương"));
    // Lê Văn Hùng initials it.
    assert_eq!(correction.initials, "L.V.H.");
    assert!(shift.now >= before + CORRECTION_SECONDS);
    // The paper itself is not rewritten: what was there stays there, struck through.
    let paper = shift
        .paper("c3-form")
        .and_then(|d| d.fields.get("mother.full_name"));
    assert_eq!(paper.map(String::as_str), Some("Nguyễn Thị Thu Hường"));
}

#[test]
fn asking_to_correct_a_right_field_costs_time_and_is_scored_as_a_false_claim() {
    let s = shipped("tutorial-birth");
    let mut shift = at_counter(&s, "c3");
    let before = shift.now;
    let events = apply(
        &mut shift,
        Action::CorrectOnTheSpot {
            document: "c3-form".into(),
            field: field("father.full_name"),
        },
    );
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::NothingToCorrect { .. })),
        "{events:?}"
    );
    assert!(shift.now >= before + NOTHING_TO_CORRECT_SECONDS);
    while let Some(action) = expert::next_action(&shift) {
        apply(&mut shift, action);
    }
    let report = grade(&shift);
    let items = feedback_of(&report, "fb-false-correction");
    assert_eq!(items.len(), 1, "{:#?}", report.feedback);
    assert_eq!(items[0].rule, Rule::OnTheSpotCorrection);
}

#[test]
fn nothing_changes_on_an_issued_paper_without_a_citizen_or_on_an_unknown_field() {
    let s = shipped("corrections-at-the-counter");
    // Nobody at the counter yet.
    let mut shift = Shift::new(s.clone(), 1, Mode::Exam);
    let fingerprint = shift.fingerprint();
    let e = shift.apply(Action::CorrectOnTheSpot {
        document: "k1-form".into(),
        field: field("child.birth_date"),
    });
    assert_eq!(e, Err(ActionError::NoCitizenAtCounter));
    assert_eq!(shift.fingerprint(), fingerprint);
    // The hospital's notice.
    let mut shift = at_counter(&s, "k2");
    let fingerprint = shift.fingerprint();
    let e = shift.apply(Action::CorrectOnTheSpot {
        document: "k2-notice".into(),
        field: field("mother.id_number"),
    });
    assert_eq!(
        e,
        Err(ActionError::NotCorrectableAtCounter("k2-notice".into()))
    );
    // The ID card.
    let e = shift.apply(Action::CorrectOnTheSpot {
        document: "k2-id".into(),
        field: field("id_number"),
    });
    assert_eq!(e, Err(ActionError::NotCorrectableAtCounter("k2-id".into())));
    // A field the form does not have.
    let e = shift.apply(Action::CorrectOnTheSpot {
        document: "k2-form".into(),
        field: field("child.shoe_size"),
    });
    assert_eq!(
        e,
        Err(ActionError::UnknownField(
            "k2-form".into(),
            "child.shoe_size".into()
        ))
    );
    assert_eq!(shift.fingerprint(), fingerprint);
}

#[test]
fn a_paper_of_an_online_dossier_cannot_be_corrected_at_the_counter() {
    let s = shipped("exam-shift");
    let mut shift = at_counter(&s, "e1");
    let online_form = s
        .file
        .existing_dossiers
        .iter()
        .find(|d| d.code == "H50.12-261207-0015")
        .and_then(|d| d.documents.first())
        .map(|d| d.id.clone());
    let Some(online_form) = online_form else {
        panic!("the exam's online dossier has no paper");
    };
    let e = shift.apply(Action::CorrectOnTheSpot {
        document: online_form.clone(),
        field: field("mother.full_name"),
    });
    assert_eq!(e, Err(ActionError::CitizenNotHereToCorrect(online_form)));
}

#[test]
fn without_the_rule_in_force_the_engine_refuses_the_correction() {
    let s = without_rule(&shipped("tutorial-birth"));
    let mut shift = at_counter(&s, "c3");
    let e = shift.apply(Action::CorrectOnTheSpot {
        document: "c3-form".into(),
        field: field("mother.full_name"),
    });
    assert_eq!(
        e,
        Err(ActionError::NotCorrectableAtCounter("c3-form".into()))
    );
}

/// The expert's play of a scenario, with its score.
fn expert_play(id: &str, mode: Mode) -> (Shift, Vec<Action>) {
    match expert::play(shipped(id), 1, mode) {
        Ok(played) => played,
        Err(e) => panic!("{id}: {e}"),
    }
}

#[test]
fn the_expert_corrects_exactly_what_the_citizens_wrote_wrong_and_passes() {
    let (shift, actions) = expert_play("corrections-at-the-counter", Mode::Exam);
    let report = grade(&shift);
    assert!(report.passed, "{} {:#?}", report.total, report.feedback);
    let corrected: BTreeSet<(String, Option<String>)> = actions
        .iter()
        .filter_map(|a| match a {
            Action::CorrectOnTheSpot { document, field } => Some((document.clone(), field.clone())),
            _ => None,
        })
        .collect();
    // k1: the date; k4: the blank purpose and the signature; k5: the mother's name (beside
    // the photocopy the grandmother must replace). Not k2's notice, not k3's address.
    let expected: BTreeSet<(String, Option<String>)> = [
        ("k1-form", field("child.birth_date")),
        ("k4-form", field("applicant.purpose")),
        ("k4-form", None),
        ("k5-form", field("mother.full_name")),
    ]
    .into_iter()
    .map(|(d, f)| (d.to_owned(), f))
    .collect();
    assert_eq!(corrected, expected);
    assert!(
        !report
            .feedback
            .iter()
            .any(|f| f.rule == Rule::OnTheSpotCorrection),
        "{:#?}",
        report.feedback
    );
}

#[test]
fn a_supplement_slip_for_a_correctable_slip_costs_the_citizen_a_second_trip() {
    let s = shipped("tutorial-birth");
    let mut shift = at_counter(&s, "c3");
    apply(
        &mut shift,
        Action::RequestSupplement {
            dossier: None,
            components: BTreeSet::from(["declaration".to_owned()]),
        },
    );
    apply(&mut shift, Action::Dismiss);
    while let Some(action) = expert::next_action(&shift) {
        apply(&mut shift, action);
    }
    let report = grade(&shift);
    let slip = feedback_of(&report, "fb-slip-instead-of-correction");
    assert_eq!(slip.len(), 1, "{:#?}", report.feedback);
    assert_eq!(slip[0].rule, Rule::OnTheSpotCorrection);
    assert!(slip[0].wrong_decision);
    let trip = feedback_of(&report, "fb-unnecessary-trip");
    assert!(
        trip.iter().any(|f| f.rule == Rule::OnTheSpotCorrection),
        "{:#?}",
        report.feedback
    );
}

#[test]
fn a_dossier_received_with_the_slip_uncorrected_is_accepted_defective() {
    let scenario = shipped("corrections-at-the-counter");
    let careless = match read_script(&scenario, "careless.ron") {
        Ok(actions) => actions,
        Err(e) => panic!("{e}"),
    };
    let mut shift = Shift::new(scenario, 1, Mode::Exam);
    for action in careless {
        apply(&mut shift, action);
    }
    let report = grade(&shift);
    assert!(!report.passed);
    assert!(report.critical_ids().contains("accepted-defective"));
    for message in [
        // k1's date, received uncorrected
        "fb-received-uncorrected",
        // k3's address was right
        "fb-false-correction",
        // k4 sent home for a blank box and a signature
        "fb-slip-instead-of-correction",
    ] {
        let items = feedback_of(&report, message);
        assert!(
            items.iter().any(|f| f.rule == Rule::OnTheSpotCorrection),
            "{message}: {:#?}",
            report.feedback
        );
    }
}

/// A clerk who asks every citizen to "correct" every field of every correctable form, then
/// receives every dossier: the corrections cure the slips, but not the issuer's errors nor the
/// photocopy, and the false claims cost. It must not pass.
fn correct_everything_accept_all(shift: &Shift) -> Option<Action> {
    if let Some(c) = shift.at_counter() {
        let kinds = &shift.scenario.catalog.document_kinds;
        for doc in &c.arrival.documents {
            let Some(kind) = kinds.get(&doc.kind) else {
                continue;
            };
            let allowed = kind
                .correctable_at_counter
                .as_ref()
                .is_some_and(|r| shift.scenario.rule_in_force(&r.rule));
            if !allowed {
                continue;
            }
            let fields = kind.fields.iter().map(|f| Some(f.key.clone()));
            for field in fields.chain([None]) {
                let asked = c
                    .corrections
                    .iter()
                    .any(|k| k.document == doc.id && k.field == field);
                if !asked {
                    return Some(Action::CorrectOnTheSpot {
                        document: doc.id.clone(),
                        field,
                    });
                }
            }
        }
    }
    support::clerks::Policy::AcceptAll.next_action(shift)
}

#[test]
fn a_clerk_who_corrects_everything_and_receives_everything_does_not_pass() {
    for id in ["corrections-at-the-counter", "tutorial-birth", "hard-shift"] {
        let mut shift = Shift::new(shipped(id), 1, Mode::Exam);
        for _ in 0..support::clerks::ACTION_LIMIT {
            let Some(action) = correct_everything_accept_all(&shift) else {
                break;
            };
            if shift.apply(action.clone()).is_err() {
                if shift.counter.is_some() {
                    let _ = shift.apply(Action::Dismiss);
                } else {
                    let _ = shift.apply(Action::EndShift);
                }
            }
        }
        let report = grade(&shift);
        assert!(!report.passed, "{id}: {}", report.total);
        assert!(
            !feedback_of(&report, "fb-false-correction").is_empty(),
            "{id}: {:#?}",
            report.feedback
        );
    }
}

#[test]
fn the_rule_and_the_defects_it_covers_are_in_the_data() {
    let s = shipped("corrections-at-the-counter");
    let form = s.catalog.document_kinds.get("birth-registration-form");
    let covered = form
        .and_then(|k| k.correctable_at_counter.as_ref())
        .map(|c| c.defects.clone())
        .unwrap_or_default();
    for defect in [
        DefectKind::NameMismatch,
        DefectKind::DateMismatch,
        DefectKind::FieldMismatch,
        DefectKind::MissingField,
        DefectKind::MissingSignature,
    ] {
        assert!(covered.contains(&defect), "{defect:?}");
    }
    // An erasure is suspicious, a superseded form must be filled in anew: neither is a slip.
    assert!(!covered.contains(&DefectKind::Altered));
    assert!(!covered.contains(&DefectKind::WrongFormVersion));
}
