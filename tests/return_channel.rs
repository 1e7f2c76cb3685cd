//! How the result is returned (issue 13, item 3), played on `e-results`: the citizen says
//! how they want the result only when asked; the clerk records the channel the procedure and
//! the citizen allow (an e-result only for a procedure that gives one, to a citizen with a
//! VNeID level-2 account; otherwise the counter) and returns each ready result by it. The
//! expected values below come from the scenario's data and the rule, not from a run.

use std::sync::Arc;

use motcua::expert;
use motcua::portal::Status;
use motcua::scenario::load::builtin_pack;
use motcua::scenario::{Mode, Question, ResultChannel, Scenario, VneidLevel, Want};
use motcua::score::{Feedback, Rule, grade};
use motcua::sim::{
    Action, ActionError, Event, FACT_RESULT_ELECTRONIC, FACT_RESULT_POST, Line, Shift, read_script,
    wanted_channel,
};

fn shipped(id: &str) -> Arc<Scenario> {
    let pack = builtin_pack();
    match pack.loaded().into_iter().find(|s| s.id() == id) {
        Some(s) => Arc::new(s.clone()),
        None => panic!("no shipped scenario `{id}`"),
    }
}

fn day() -> Arc<Scenario> {
    shipped("e-results")
}

fn citing(shift: &Shift, rule: Rule) -> Vec<Feedback> {
    grade(shift)
        .feedback
        .into_iter()
        .filter(|f| f.rule == rule)
        .collect()
}

/// The expert path with each action passed through `change` (`None` drops it).
fn replay(change: impl Fn(Action) -> Option<Action>) -> Shift {
    let scenario = day();
    let mut shift = Shift::new(scenario.clone(), 1, Mode::Exam);
    for action in read_script(&scenario, "expert.ron").expect("expert path") {
        if let Some(a) = change(action) {
            shift
                .apply(a.clone())
                .unwrap_or_else(|e| panic!("{a:?}: {e}"));
        }
    }
    shift
}

/// The channel the rule expects for a walk-in: the one asked for when the procedure offers
/// it and, for an e-result, the citizen has a level-2 account; else the counter.
fn rule_channel(s: &Scenario, arrival: &str) -> ResultChannel {
    let a = s
        .file
        .arrivals
        .iter()
        .find(|a| a.id == arrival)
        .expect("arrival");
    let Want::Submit { procedure, .. } = &a.wants else {
        panic!("{arrival} submits")
    };
    let p = s.procedure(procedure).expect("procedure");
    let persona = &s.catalog.personas[&a.persona];
    let wanted = if a.facts.contains(FACT_RESULT_ELECTRONIC) {
        ResultChannel::Electronic
    } else if a.facts.contains(FACT_RESULT_POST) {
        ResultChannel::Post
    } else {
        ResultChannel::Counter
    };
    let offered = p
        .result_channels
        .as_ref()
        .is_some_and(|r| r.channels.contains(&wanted));
    match wanted {
        ResultChannel::Counter => ResultChannel::Counter,
        ResultChannel::Electronic if persona.vneid != VneidLevel::Level2 => ResultChannel::Counter,
        _ if offered => wanted,
        _ => ResultChannel::Counter,
    }
}

/// The dossiers received before today that wait to leave by post or electronically.
fn promised_away(s: &Scenario) -> Vec<(String, ResultChannel)> {
    s.file
        .existing_dossiers
        .iter()
        .map(|e| (e.code.clone(), wanted_channel(&e.facts)))
        .filter(|(_, c)| !c.is_counter())
        .collect()
}

#[test]
fn the_scenario_holds_every_case_the_rule_distinguishes() {
    let s = day();
    assert!(s.rule_in_force(motcua::sim::RETURN_CHANNEL_RULE));
    // A walk-in wanting the post of a procedure that posts, and one wanting an e-result of a
    // procedure whose result is paper only.
    assert_eq!(rule_channel(&s, "e2"), ResultChannel::Post);
    let e3 = s.file.arrivals.iter().find(|a| a.id == "e3").expect("e3");
    assert!(e3.facts.contains(FACT_RESULT_ELECTRONIC));
    assert_eq!(rule_channel(&s, "e3"), ResultChannel::Counter);
    let away = promised_away(&s);
    assert!(away.iter().any(|(_, c)| *c == ResultChannel::Post));
    assert!(away.iter().any(|(_, c)| *c == ResultChannel::Electronic));
}

#[test]
fn the_citizen_says_how_they_want_the_result_only_when_asked() {
    let mut shift = Shift::new(day(), 1, Mode::Practice);
    let script = read_script(&shift.scenario, "expert.ron").expect("expert path");
    let mut answers = Vec::new();
    for action in script {
        let asks = action
            == Action::Ask {
                question: Question::ResultChannel,
            };
        let events = shift.apply(action).expect("expert path");
        if asks {
            let who = shift.at_counter().expect("someone at the counter");
            let said = events.iter().find_map(|e| match e {
                Event::Answered { answer, .. } => Some(answer.clone()),
                _ => None,
            });
            answers.push((who.arrival.id.clone(), said.expect("an answer")));
        }
    }
    let id = |line: &Line| match line {
        Line::Said(m) => m.id.clone(),
        Line::Written(_) => "written".to_owned(),
    };
    let got: Vec<(String, String)> = answers.iter().map(|(a, l)| (a.clone(), id(l))).collect();
    assert_eq!(
        got,
        vec![
            ("e2".to_owned(), "answer-result-post".to_owned()),
            ("e3".to_owned(), "answer-result-electronic".to_owned()),
        ]
    );
}

#[test]
fn the_expert_records_each_channel_returns_by_it_and_passes() {
    let s = day();
    let (shift, actions) = expert::play(s.clone(), 1, Mode::Exam).expect("the expert plays");
    let report = grade(&shift);
    assert!(report.passed, "{:#?}", report.feedback);
    assert!(citing(&shift, Rule::ResultChannel).is_empty());
    // Walk-ins: the channel the rule expects.
    for arrival in ["e2", "e3"] {
        let i = shift.citizen_index(arrival).expect("came");
        let d = shift.dossier_of(i).expect("received");
        assert_eq!(d.return_channel, rule_channel(&s, arrival), "{arrival}");
    }
    // Results promised by post or electronically left that way, none handed over.
    let away = promised_away(&s);
    for (code, channel) in &away {
        let d = &shift.portal.dossiers[code];
        assert_eq!(d.status, Status::Returned, "{code}");
        assert_eq!(d.returned_via, Some(*channel), "{code}");
        assert_eq!(d.returned_to, None, "{code}");
    }
    // Each e-result was digitized before it left.
    assert!(
        actions
            .iter()
            .any(|a| matches!(a, Action::ReturnElectronically { .. }))
    );
    // The KPI: e-results of all results returned in the shift.
    let returned = shift
        .portal
        .dossiers
        .values()
        .filter(|d| d.status == Status::Returned)
        .count();
    let electronic = away
        .iter()
        .filter(|(_, c)| *c == ResultChannel::Electronic)
        .count();
    let expected = 100.0 * electronic as f64 / returned as f64;
    let kpi = report
        .kpis
        .e_results_issued
        .expect("the scenario asks for it");
    assert!((kpi - expected).abs() < 1e-9, "{kpi} vs {expected}");
    assert!(
        report
            .kpis
            .entries()
            .iter()
            .any(|(id, _)| *id == "kpi-e-results-issued")
    );
}

#[test]
fn not_asking_is_feedback_for_each_dossier_received() {
    let shift = replay(|a| match a {
        Action::Ask {
            question: Question::ResultChannel,
        } => Some(Action::Ask {
            question: Question::OtherPapers,
        }),
        other => Some(other),
    });
    let missed: Vec<Feedback> = citing(&shift, Rule::ResultChannel)
        .into_iter()
        .filter(|f| f.message == "fb-result-channel-not-asked")
        .collect();
    // Every walk-in whose dossier was received: e2 and e3.
    assert_eq!(missed.len(), 2, "{missed:#?}");
}

#[test]
fn recording_a_channel_the_rule_does_not_allow_is_a_wrong_decision() {
    let s = day();
    // e2's post recorded as an e-result (his procedure gives none).
    let shift = replay(|a| match a {
        Action::SetReturnChannel { dossier, .. } => Some(Action::SetReturnChannel {
            dossier,
            channel: ResultChannel::Electronic,
        }),
        other => Some(other),
    });
    let wrong: Vec<Feedback> = citing(&shift, Rule::ResultChannel)
        .into_iter()
        .filter(|f| f.message == "fb-result-channel-wrong")
        .collect();
    assert_eq!(wrong.len(), 1, "{wrong:#?}");
    assert!(wrong[0].wrong_decision);
    let expected = rule_channel(&s, "e2").id().to_owned();
    assert!(
        wrong[0]
            .args
            .iter()
            .any(|(k, v)| k == "expected" && *v == expected)
    );
}

#[test]
fn results_promised_away_and_left_at_the_centre_are_feedback() {
    let s = day();
    let shift = replay(|a| match a {
        Action::ReturnElectronically { .. } | Action::SendByPost { .. } => {
            Some(Action::Wait { minutes: 1 })
        }
        other => Some(other),
    });
    let left: Vec<String> = citing(&shift, Rule::ResultChannel)
        .into_iter()
        .filter(|f| f.message == "fb-result-left-waiting")
        .filter_map(|f| f.dossier)
        .collect();
    let mut expected: Vec<String> = promised_away(&s).into_iter().map(|(c, _)| c).collect();
    expected.sort();
    let mut left = left;
    left.sort();
    assert_eq!(left, expected);
    // A result that never reaches the citizen is a wrong decision on its dossier.
    let report = grade(&shift);
    assert!(
        report
            .feedback
            .iter()
            .filter(|f| f.message == "fb-result-left-waiting")
            .all(|f| f.wrong_decision)
    );
    assert!(!report.passed);
}

#[test]
fn a_result_returned_by_another_channel_than_chosen_is_a_wrong_decision() {
    let s = day();
    let electronic: Vec<String> = promised_away(&s)
        .into_iter()
        .filter(|(_, c)| *c == ResultChannel::Electronic)
        .map(|(code, _)| code)
        .collect();
    // Every procedure of those e-results also posts: post them instead.
    let shift = replay(|a| match a {
        Action::ReturnElectronically { dossier } => Some(Action::SendByPost { dossier }),
        other => Some(other),
    });
    let wrong: Vec<Feedback> = citing(&shift, Rule::ResultChannel)
        .into_iter()
        .filter(|f| f.message == "fb-result-wrong-channel")
        .collect();
    assert_eq!(wrong.len(), electronic.len(), "{wrong:#?}");
    assert!(wrong.iter().all(|f| f.wrong_decision));
}

#[test]
fn the_engine_refuses_returns_it_cannot_make_and_changes_nothing() {
    let mut shift = Shift::new(day(), 1, Mode::Practice);
    shift.apply(Action::LogIn).expect("log in");
    let refused = |shift: &mut Shift, action: Action, expected: ActionError| {
        let before = shift.fingerprint();
        let now = shift.now;
        assert_eq!(shift.apply(action.clone()), Err(expected), "{action:?}");
        assert_eq!(shift.fingerprint(), before, "{action:?} changed the state");
        assert_eq!(shift.now, now);
    };
    let e_result = "H50.12-261127-0007";
    // Not digitized yet.
    refused(
        &mut shift,
        Action::ReturnElectronically {
            dossier: e_result.into(),
        },
        ActionError::ResultNotDigitized(e_result.into()),
    );
    // Not ready: still at its department.
    let processing = "H50.12-261127-0009";
    refused(
        &mut shift,
        Action::SendByPost {
            dossier: processing.into(),
        },
        ActionError::ResultNotReady(processing.into()),
    );
    shift
        .apply(Action::DigitizeResult {
            dossier: e_result.into(),
        })
        .expect("digitize");
    let events = shift
        .apply(Action::ReturnElectronically {
            dossier: e_result.into(),
        })
        .expect("returned electronically");
    assert!(events.contains(&Event::ResultSent {
        dossier: e_result.into(),
        via: ResultChannel::Electronic,
    }));
    // Closed: the channel cannot change any more, nor can it leave twice.
    refused(
        &mut shift,
        Action::SetReturnChannel {
            dossier: e_result.into(),
            channel: ResultChannel::Post,
        },
        ActionError::DossierClosed(e_result.into()),
    );
    refused(
        &mut shift,
        Action::SendByPost {
            dossier: e_result.into(),
        },
        ActionError::ResultNotReady(e_result.into()),
    );
}

#[test]
fn a_paper_only_result_neither_leaves_electronically_nor_by_post() {
    let s = day();
    // e3's procedure lists no channel besides the counter.
    let e3 = s.file.arrivals.iter().find(|a| a.id == "e3").expect("e3");
    let Want::Submit { procedure, .. } = &e3.wants else {
        panic!("e3 submits")
    };
    let p = s.procedure(procedure).expect("procedure");
    assert!(p.result_channels.is_none());
    assert!(!p.offers_result(ResultChannel::Electronic));
    assert!(!p.offers_result(ResultChannel::Post));
    assert!(p.offers_result(ResultChannel::Counter));
    // Played: the expert hands it over at the counter; posting it is refused.
    let (shift, _) = expert::play(s.clone(), 1, Mode::Exam).expect("the expert plays");
    let i = shift.citizen_index("e3").expect("came");
    let code = shift.citizens[i]
        .dossiers
        .first()
        .expect("her dossier")
        .clone();
    let d = &shift.portal.dossiers[&code];
    assert_eq!(d.returned_via, None);
    let mut shift = Shift::new(s.clone(), 1, Mode::Exam);
    for a in read_script(&s, "expert.ron").expect("expert path") {
        if a == (Action::ReturnResult {
            dossier: code.clone(),
        }) {
            let before = shift.fingerprint();
            assert_eq!(
                shift.apply(Action::SendByPost {
                    dossier: code.clone()
                }),
                Err(ActionError::NoPostalReturn(procedure.clone()))
            );
            assert_eq!(
                shift.apply(Action::ReturnElectronically {
                    dossier: code.clone()
                }),
                Err(ActionError::NoEResult(procedure.clone()))
            );
            assert_eq!(shift.fingerprint(), before);
            return;
        }
        shift.apply(a).expect("expert path");
    }
    panic!("the expert hands e3's result over at the counter");
}

#[test]
fn scenarios_that_do_not_ask_for_the_channel_judge_nothing_of_it() {
    let (shift, _) =
        expert::play(shipped("collecting-results"), 1, Mode::Exam).expect("expert plays");
    assert!(citing(&shift, Rule::ResultChannel).is_empty());
    assert_eq!(grade(&shift).kpis.e_results_issued, None);
    assert!(
        shift
            .portal
            .dossiers
            .values()
            .all(|d| d.return_channel.is_counter() && d.returned_via.is_none())
    );
}
