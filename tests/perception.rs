//! Find it, don't be told: looking at a paper never says what is wrong with it; the trainee
//! flags what they see, and the flags — not the clicks — are scored.

use std::sync::Arc;

use motcua::i18n::Locale;
use motcua::scenario::load::builtin_pack;
use motcua::scenario::{DefectKind, Mode, Scenario};
use motcua::score::{Rule, grade};
use motcua::sim::{
    Action, ActionError, Claim, Event, FieldRef, Line, LookTool, Shift, claim_finds,
};
use motcua::text::Lang;

fn shipped(id: &str) -> Arc<Scenario> {
    match builtin_pack().loaded().into_iter().find(|s| s.id() == id) {
        Some(s) => Arc::new(s.clone()),
        None => panic!("no shipped scenario `{id}`"),
    }
}

fn ok(shift: &mut Shift, action: Action) -> Vec<Event> {
    match shift.apply(action.clone()) {
        Ok(events) => events,
        Err(e) => panic!("{action:?} refused: {e}"),
    }
}

fn on_paper(document: &str, field: Option<&str>, defect: DefectKind) -> Claim {
    Claim::OnPaper {
        document: document.into(),
        field: field.map(str::to_owned),
        defect,
    }
}

fn field(document: &str, field: &str) -> FieldRef {
    FieldRef {
        document: document.into(),
        field: field.into(),
    }
}

/// Every way a defect could be said: its id, its name in each language, and what the
/// scenario wrote about it (the planted note).
fn defect_words(scenario: &Scenario) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for lang in [Lang::Vi, Lang::En, Lang::Bn] {
        let locale = Locale::new(lang);
        for kind in DefectKind::ALL {
            words.push(kind.id().to_owned());
            words.push(locale.tr(&format!("defect-{}", kind.id())));
        }
    }
    let papers = scenario
        .file
        .arrivals
        .iter()
        .flat_map(|a| &a.documents)
        .chain(
            scenario
                .file
                .existing_dossiers
                .iter()
                .flat_map(|e| &e.documents),
        );
    for doc in papers {
        for d in &doc.defects {
            if let Some(note) = &d.note {
                words.push(note.vi.clone());
                words.push(note.en.clone());
            }
        }
    }
    words.retain(|w| w.chars().count() > 3);
    words
}

/// The words an event puts on screen: its lines in every language, and its debug form (ids
/// and values).
fn event_text(event: &Event) -> String {
    let mut text = format!("{event:?}");
    let lines: Vec<&Line> = match event {
        Event::Answered { answer, .. } => vec![answer],
        Event::HintGiven { text } => vec![text],
        _ => vec![],
    };
    for line in lines {
        for lang in [Lang::Vi, Lang::En, Lang::Bn] {
            text.push('\n');
            text.push_str(&line.text(&Locale::new(lang)));
        }
    }
    text
}

/// Looks at every paper of every citizen of a shift in every way the counter allows —
/// magnifier, light, every page, every pair of fields side by side, the population
/// database — and returns what the engine said.
fn look_at_everything(scenario: &Arc<Scenario>, seed: u64) -> Vec<Event> {
    let mut shift = Shift::new(scenario.clone(), seed, Mode::Exam);
    let mut said = Vec::new();
    while let Ok(events) = shift.apply(Action::CallNext) {
        said.extend(events);
        let Some(c) = shift.at_counter() else { break };
        let papers = c.arrival.documents.clone();
        for doc in &papers {
            for tool in [LookTool::Magnifier, LookTool::AgainstLight] {
                if let Ok(events) = shift.apply(Action::Inspect {
                    document: doc.id.clone(),
                    tool,
                }) {
                    said.extend(events);
                }
            }
            for page in 1..=doc.pages.max(3) {
                if let Ok(events) = shift.apply(Action::TurnPage {
                    document: doc.id.clone(),
                    page,
                }) {
                    said.extend(events);
                }
            }
            if let Ok(events) = shift.apply(Action::CheckIdentity {
                document: doc.id.clone(),
            }) {
                said.extend(events);
            }
            for other in &papers {
                for key in doc.fields.keys() {
                    for other_key in other.fields.keys().filter(|k| k.ends_with(key.as_str())) {
                        if let Ok(events) = shift.apply(Action::CompareFields {
                            a: field(&doc.id, key),
                            b: field(&other.id, other_key),
                        }) {
                            said.extend(events);
                        }
                    }
                }
            }
        }
        assert_eq!(
            shift.apply(Action::Hint),
            Err(ActionError::HintsDisabled),
            "an exam gives no hint"
        );
        if shift.apply(Action::Dismiss).is_err() {
            break;
        }
    }
    said
}

#[test]
fn in_an_exam_nothing_the_engine_says_about_looking_names_a_defect() {
    let pack = builtin_pack();
    let mut looked = 0;
    for s in pack.loaded() {
        let scenario = Arc::new(s.clone());
        let words = defect_words(&scenario);
        for seed in [1, 7] {
            for event in look_at_everything(&scenario, seed) {
                if matches!(
                    event,
                    Event::Inspected { .. }
                        | Event::Compared { .. }
                        | Event::PageTurned { .. }
                        | Event::IdentityChecked { .. }
                ) {
                    looked += 1;
                }
                let text = event_text(&event);
                for w in &words {
                    assert!(
                        !text.contains(w.as_str()),
                        "{} seed {seed}: {event:?} says `{w}`",
                        scenario.id()
                    );
                }
            }
        }
    }
    assert!(looked > 500, "only {looked} looks: the walk did not look");
}

#[test]
fn the_words_a_look_must_not_say_are_the_ones_a_telling_engine_would_say() {
    // The check above would catch the old oracle: an event listing the planted defect.
    let s = shipped("tutorial-birth");
    let words = defect_words(&s);
    let telling = format!("{:?}", DefectKind::PhotocopyOnly);
    let old_oracle = format!(
        "Inspected {{ visible: [{telling}] }} {}",
        DefectKind::PhotocopyOnly.id()
    );
    assert!(words.iter().any(|w| old_oracle.contains(w.as_str())));
}

/// The tutorial up to citizen c2 (the photocopied birth notice) at the counter.
fn tutorial_at_c2(mode: Mode) -> Shift {
    let s = shipped("tutorial-birth");
    let mut shift = Shift::new(s, 1, mode);
    ok(&mut shift, Action::CallNext);
    ok(&mut shift, Action::Dismiss);
    ok(&mut shift, Action::CallNext);
    assert_eq!(
        shift.at_counter().map(|c| c.arrival.id.as_str()),
        Some("c2")
    );
    shift
}

fn feedback_ids(shift: &Shift) -> Vec<(String, Rule)> {
    grade(shift)
        .feedback
        .iter()
        .map(|f| (f.message.clone(), f.rule))
        .collect()
}

#[test]
fn a_flag_on_the_defect_finds_it_a_wrong_flag_costs_and_a_missed_defect_cites_its_rule() {
    // Nothing flagged: the photocopy is missed, citing the rule on valid components.
    let shift = tutorial_at_c2(Mode::Exam);
    let missed = feedback_ids(&shift);
    assert!(
        missed.contains(&("fb-defect-missed".into(), Rule::ProcedureComponents)),
        "{missed:?}"
    );
    let c2_missed = |shift: &Shift| {
        grade(shift)
            .feedback
            .iter()
            .filter(|f| {
                f.message == "fb-defect-missed"
                    && f.args
                        .iter()
                        .any(|(k, v)| k == "paper" && v == "c2-notice-copy")
            })
            .count()
    };
    assert_eq!(c2_missed(&shift), 1);

    // The right flag finds it; nothing is said at the counter about whether it is right.
    let mut right = tutorial_at_c2(Mode::Exam);
    let claim = on_paper("c2-notice-copy", None, DefectKind::PhotocopyOnly);
    let events = ok(
        &mut right,
        Action::Flag {
            claim: claim.clone(),
        },
    );
    assert_eq!(events, [Event::Flagged { claim }]);
    assert_eq!(c2_missed(&right), 0);
    assert!(
        !feedback_ids(&right)
            .iter()
            .any(|(m, _)| m.starts_with("fb-false-flag"))
    );

    // The wrong kind in the right place: a false flag, and the defect still missed.
    let mut wrong = tutorial_at_c2(Mode::Exam);
    ok(
        &mut wrong,
        Action::Flag {
            claim: on_paper("c2-notice-copy", None, DefectKind::Forged),
        },
    );
    assert_eq!(c2_missed(&wrong), 1);
    assert!(feedback_ids(&wrong).contains(&("fb-false-flag".into(), Rule::ProcedureComponents)));
    let intake_lost = |shift: &Shift| -> f64 {
        grade(shift)
            .feedback
            .iter()
            .filter(|f| f.dimension.id() == "intake")
            .map(|f| f.units)
            .sum()
    };
    assert!(intake_lost(&right) < intake_lost(&shift));
    assert!(
        intake_lost(&wrong) > intake_lost(&shift),
        "a false flag costs on top of the miss"
    );

    // A flag taken back counts for nothing.
    let mut cleared = tutorial_at_c2(Mode::Exam);
    let claim = on_paper("c2-notice-copy", None, DefectKind::PhotocopyOnly);
    ok(
        &mut cleared,
        Action::Flag {
            claim: claim.clone(),
        },
    );
    assert_eq!(
        cleared.apply(Action::Flag {
            claim: claim.clone()
        }),
        Err(ActionError::AlreadyFlagged)
    );
    ok(
        &mut cleared,
        Action::ClearFlag {
            claim: claim.clone(),
        },
    );
    assert_eq!(
        cleared.apply(Action::ClearFlag { claim }),
        Err(ActionError::NotFlagged)
    );
    assert_eq!(c2_missed(&cleared), 1);
}

#[test]
fn a_discrepancy_is_judged_on_the_values_not_on_being_claimed() {
    let s = shipped("tutorial-birth");
    // c1: the mother's name agrees on the form and the notice — claiming it differs is false.
    let mut shift = Shift::new(s.clone(), 1, Mode::Exam);
    ok(&mut shift, Action::CallNext);
    let events = ok(
        &mut shift,
        Action::CompareFields {
            a: field("c1-form", "mother.full_name"),
            b: field("c1-notice", "mother.full_name"),
        },
    );
    // Side by side: the two values, no verdict.
    assert!(matches!(
        &events[..],
        [Event::Compared { value_a, value_b, .. }] if value_a == value_b
    ));
    ok(
        &mut shift,
        Action::Flag {
            claim: Claim::Discrepancy {
                a: field("c1-form", "mother.full_name"),
                b: field("c1-notice", "mother.full_name"),
            },
        },
    );
    let c1 = &shift.citizens[0];
    let truth = c1.analysis.as_ref().expect("c1 has a truth");
    assert!(truth.visible_defects().is_empty(), "c1 is a clean case");
    let report = grade(&shift);
    assert!(report.feedback.iter().any(|f| f.message == "fb-false-flag"));
    assert_eq!(report.kpis.perception.false_flags, 1);

    // c3: one diacritic differs; flagging the two fields finds it, in either order.
    let mut shift = Shift::new(s, 1, Mode::Exam);
    for _ in 0..2 {
        ok(&mut shift, Action::CallNext);
        ok(&mut shift, Action::Dismiss);
    }
    ok(&mut shift, Action::CallNext);
    let claim = Claim::Discrepancy {
        a: field("c3-notice", "mother.full_name"),
        b: field("c3-form", "mother.full_name"),
    };
    let c3 = shift.at_counter().expect("c3 at the counter");
    let truth = c3.analysis.as_ref().expect("c3 has a truth");
    let [mismatch] = &truth.visible_defects()[..] else {
        panic!("c3 has one visible defect: {:?}", truth.visible_defects())
    };
    assert!(claim_finds(&claim, mismatch, &c3.arrival.documents));
    ok(&mut shift, Action::Flag { claim });
    let report = grade(&shift);
    assert_eq!(report.kpis.perception.false_flags, 0);
    assert_eq!(report.kpis.perception.found, 1);
}

#[test]
fn a_refusal_on_a_defect_cites_a_flag_the_trainee_raised() {
    let s = shipped("exam-shift");
    let mut shift = Shift::new(s, 1, Mode::Exam);
    ok(&mut shift, Action::CallNext);
    ok(&mut shift, Action::Dismiss);
    ok(&mut shift, Action::CallNext);
    let refuse = Action::Refuse {
        dossier: None,
        procedure: "signature-certification".into(),
        ground: "expired".into(),
    };
    let before = shift.fingerprint();
    assert_eq!(
        shift.apply(refuse.clone()),
        Err(ActionError::GroundNotFlagged("expired".into()))
    );
    assert_eq!(
        shift.fingerprint(),
        before,
        "a refused action changes nothing"
    );
    ok(
        &mut shift,
        Action::Flag {
            claim: on_paper("e2-id", Some("expiry"), DefectKind::Expired),
        },
    );
    ok(&mut shift, refuse);
    let report = grade(&shift);
    assert!(
        !report.feedback.iter().any(
            |f| f.citizen.as_deref() == Some("e2") && f.message.starts_with("fb-defect-missed")
        ),
        "{:?}",
        report.feedback
    );
}

#[test]
fn a_false_flag_that_led_to_a_demand_costs_more_than_one_left_on_the_desk() {
    let s = shipped("tutorial-birth");
    let play = |demand: bool| {
        let mut shift = Shift::new(s.clone(), 1, Mode::Exam);
        ok(&mut shift, Action::CallNext);
        ok(
            &mut shift,
            Action::Flag {
                claim: on_paper("c1-notice", None, DefectKind::MissingStamp),
            },
        );
        if demand {
            ok(
                &mut shift,
                Action::RequestSupplement {
                    dossier: None,
                    components: ["birth_notice".to_owned()].into(),
                },
            );
        }
        grade(&shift)
    };
    let left = play(false);
    let demanded = play(true);
    assert!(left.feedback.iter().any(|f| f.message == "fb-false-flag"));
    let f = demanded
        .feedback
        .iter()
        .find(|f| f.message == "fb-false-flag-demanded")
        .expect("the demand made on a false flag is named");
    let plain = left
        .feedback
        .iter()
        .find(|f| f.message == "fb-false-flag")
        .expect("the false flag left on the desk costs");
    assert!(f.units > plain.units, "{} vs {}", f.units, plain.units);
    // The demand itself is charged by the disposition checks.
    assert!(
        demanded
            .feedback
            .iter()
            .any(|f| f.message == "fb-supplement-for-complete")
    );
}

#[test]
fn a_practice_hint_points_at_where_to_look_never_at_what_is_wrong() {
    let mut shift = tutorial_at_c2(Mode::Practice);
    let words = defect_words(&shift.scenario);
    let events = ok(&mut shift, Action::Hint);
    let [Event::HintGiven { text }] = &events[..] else {
        panic!("{events:?}")
    };
    for lang in [Lang::Vi, Lang::En, Lang::Bn] {
        let said = text.text(&Locale::new(lang));
        for w in &words {
            assert!(!said.contains(w.as_str()), "{lang:?}: `{said}` says `{w}`");
        }
    }
    let vi = text.text(&Locale::new(Lang::Vi));
    assert!(
        vi.contains("GIẤY CHỨNG SINH"),
        "it names the paper to look at: {vi}"
    );
    // Once the trainee has found what is there, the hint says what to do about it.
    ok(
        &mut shift,
        Action::Flag {
            claim: on_paper("c2-notice-copy", None, DefectKind::PhotocopyOnly),
        },
    );
    let events = ok(&mut shift, Action::Hint);
    let [Event::HintGiven { text: next }] = &events[..] else {
        panic!("{events:?}")
    };
    assert_ne!(next, text);
    assert_eq!(grade(&shift).hints_used, 2, "each hint is costed");
}

#[test]
fn the_expert_flags_exactly_the_visible_defects_of_every_shipped_scenario() {
    for s in builtin_pack().loaded() {
        let scenario = Arc::new(s.clone());
        for mode in [Mode::Practice, Mode::Exam] {
            let (shift, _) = motcua::expert::play(scenario.clone(), 1, mode).expect("plays");
            let p = grade(&shift).kpis.perception;
            let served_visible: u32 = motcua::score::perception::review(&shift)
                .iter()
                .map(|r| r.sightings.len() as u32)
                .sum();
            assert_eq!(p.visible, served_visible, "{}", scenario.id());
            assert_eq!(
                p.found,
                p.visible,
                "{} {mode:?}: every defect flagged",
                scenario.id()
            );
            assert_eq!(p.false_flags, 0, "{} {mode:?}: nothing else", scenario.id());
        }
    }
}

#[test]
fn looking_and_turning_pages_take_time_and_are_checked() {
    let s = shipped("hard-shift");
    let mut shift = Shift::new(s, 1, Mode::Exam);
    ok(&mut shift, Action::CallNext);
    let c = shift.at_counter().expect("someone at the counter");
    let doc = c.arrival.documents[0].id.clone();
    let before = shift.now;
    ok(
        &mut shift,
        Action::Inspect {
            document: doc.clone(),
            tool: LookTool::AgainstLight,
        },
    );
    assert!(shift.now > before, "looking takes time");
    assert_eq!(
        shift.apply(Action::TurnPage {
            document: doc.clone(),
            page: 0
        }),
        Err(ActionError::NoSuchPage(doc.clone(), 0))
    );
    assert_eq!(
        shift.apply(Action::TurnPage {
            document: doc.clone(),
            page: 200
        }),
        Err(ActionError::NoSuchPage(doc, 200))
    );
}
