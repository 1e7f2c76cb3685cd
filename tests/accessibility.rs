//! Citizens who need help to be served (issue 13, item 8), told as the trainee's story in
//! the shipped scenario `helping-every-citizen`: a K'Ho farmer with halting Vietnamese, a
//! retired teacher with low vision, a Chu Ru mother who speaks no Vietnamese and came with
//! her daughter, among ordinary citizens.

use std::sync::Arc;

use motcua::expert;
use motcua::i18n::Message;
use motcua::scenario::load::builtin_pack;
use motcua::scenario::{Mode, Question, Scenario};
use motcua::score::{Feedback, Rule, grade};
use motcua::sim::{Action, Event, Help, Line, Shift, read_script};

const ID: &str = "helping-every-citizen";

fn shipped() -> Arc<Scenario> {
    let pack = builtin_pack();
    match pack.loaded().into_iter().find(|s| s.id() == ID) {
        Some(s) => Arc::new(s.clone()),
        None => panic!("no shipped scenario `{ID}`"),
    }
}

fn play(scenario: &Arc<Scenario>, mode: Mode, actions: &[Action]) -> Shift {
    let mut shift = Shift::new(scenario.clone(), 1, mode);
    for (n, action) in actions.iter().enumerate() {
        if let Err(e) = shift.apply(action.clone()) {
            panic!("action {n} {action:?} refused: {e}");
        }
    }
    shift
}

fn script(scenario: &Arc<Scenario>, file: &str) -> Vec<Action> {
    match read_script(scenario, file) {
        Ok(actions) => actions,
        Err(e) => panic!("{file}: {e}"),
    }
}

fn access_feedback(feedback: &[Feedback]) -> Vec<&Feedback> {
    feedback
        .iter()
        .filter(|f| matches!(f.rule, Rule::LanguageSupport | Rule::AccessibleService))
        .collect()
}

/// The citizen named `name` at the counter, reached by the expert's own path.
fn at_counter(scenario: &Arc<Scenario>, name: &str) -> Shift {
    let mut shift = Shift::new(scenario.clone(), 1, Mode::Exam);
    for _ in 0..500 {
        if shift.at_counter().is_some_and(|c| c.name() == name) {
            return shift;
        }
        let Some(action) = expert::next_action(&shift) else {
            break;
        };
        if let Err(e) = shift.apply(action) {
            panic!("the expert's action was refused: {e}");
        }
    }
    panic!("{name} never reached the counter");
}

#[test]
fn the_expert_finds_help_for_each_who_needs_it_and_passes() {
    let scenario = shipped();
    for mode in [Mode::Practice, Mode::Exam] {
        let (shift, actions) = match expert::play(scenario.clone(), 1, mode) {
            Ok(played) => played,
            Err(e) => panic!("{e}"),
        };
        let report = grade(&shift);
        assert!(report.passed, "{mode:?}: {}", report.total);
        assert!(access_feedback(&report.feedback).is_empty());
        let helps: Vec<Help> = actions
            .iter()
            .filter_map(|a| match a {
                Action::Accommodate { help } => Some(*help),
                _ => None,
            })
            .collect();
        // The K'Ho speaker gets the colleague, the Chu Ru mother her daughter (nobody at the
        // centre speaks Chu Ru), the teacher his papers read aloud; nobody else any help.
        assert_eq!(
            helps,
            vec![Help::Interpreter, Help::ReadAloud, Help::FamilyHelp]
        );
    }
}

#[test]
fn without_help_the_careless_clerk_is_charged_under_both_rules() {
    let scenario = shipped();
    let shift = play(&scenario, Mode::Exam, &script(&scenario, "careless.ron"));
    let report = grade(&shift);
    assert!(!report.passed);
    let items: Vec<(&str, Option<&str>, f64)> = access_feedback(&report.feedback)
        .into_iter()
        .map(|f| (f.message.as_str(), f.citizen.as_deref(), f.units))
        .collect();
    // Two citizens with little Vietnamese served with no help at all: the whole visit (12
    // units) each; the teacher handed his receipt and his result unread: 6 units each.
    assert!(items.contains(&("fb-no-language-help", Some("c2"), 12.0)));
    assert!(items.contains(&("fb-no-language-help", Some("c5"), 12.0)));
    assert!(items.contains(&("fb-paper-not-read", Some("c3"), 12.0)));
    assert_eq!(items.len(), 3, "{items:?}");
}

#[test]
fn a_clerk_who_gives_nobody_help_does_not_pass_even_with_every_dossier_right() {
    let scenario = shipped();
    // The careless path with its one wrong date put right: every decision, date and fee is
    // right; only the help is missing.
    let actions: Vec<Action> = script(&scenario, "careless.ron")
        .into_iter()
        .map(|a| match a {
            Action::IssueReceipt {
                dossier,
                appointment: _,
            } => Action::IssueReceipt {
                dossier,
                appointment: scenario.file.shift.date,
            },
            other => other,
        })
        .collect();
    for mode in [Mode::Practice, Mode::Exam] {
        let report = grade(&play(&scenario, mode, &actions));
        assert!(report.critical.is_empty(), "{mode:?}");
        assert!(!report.passed, "{mode:?}: {}", report.total);
        // 36 service units lost (12 + 12 + 12) of 48 offered (5 citizens × 6 and 3 needs
        // × 6): service falls under the 50 % floor.
        assert!(report.dimensions_below_floor().count() == 1, "{mode:?}");
    }
}

#[test]
fn a_citizen_with_little_vietnamese_answers_unclearly_until_the_interpreter_comes() {
    let scenario = shipped();
    let mut shift = at_counter(&scenario, "Ka Huyền");
    let answer = |events: Vec<Event>| {
        events.into_iter().find_map(|e| match e {
            Event::Answered { answer, .. } => Some(answer),
            _ => None,
        })
    };
    let ask = Action::Ask {
        question: Question::EventDate,
    };
    let before = shift.apply(ask.clone()).map(answer);
    assert_eq!(before, Ok(Some(Line::Said(Message::new("answer-unclear")))));
    let helped = shift.apply(Action::Accommodate {
        help: Help::Interpreter,
    });
    assert!(helped.is_ok_and(|events| events.iter().any(|e| matches!(
        e,
        Event::Accommodated {
            help: Help::Interpreter,
            available: true,
            ..
        }
    ))));
    let after = shift.apply(ask).map(answer);
    assert!(
        matches!(after, Ok(Some(Line::Written(_)))),
        "the scenario's own answer once she follows: {after:?}"
    );
    if let Err(e) = expert::finish(&mut shift) {
        panic!("{e}");
    }
    let report = grade(&shift);
    let late: Vec<_> = access_feedback(&report.feedback)
        .into_iter()
        .map(|f| (f.message.as_str(), f.units))
        .collect();
    // One question before the interpreter came: one unit (a minor mistake, exam mode).
    assert_eq!(late, vec![("fb-language-help-late", 1.0)]);
}

#[test]
fn nobody_at_the_centre_speaks_chu_ru_but_her_daughter_can_interpret() {
    let scenario = shipped();
    let mut shift = at_counter(&scenario, "Touneh Hương");
    let t0 = shift.now;
    let busy = shift.apply(Action::Accommodate {
        help: Help::Interpreter,
    });
    assert!(busy.is_ok_and(|events| events.iter().any(|e| matches!(
        e,
        Event::Accommodated {
            available: false,
            ..
        }
    ))));
    assert_eq!(shift.now - t0, Help::Interpreter.seconds_unavailable());
    assert!(shift.at_counter().is_some_and(|c| !c.follows_talk()));
    assert!(
        shift
            .apply(Action::Accommodate {
                help: Help::FamilyHelp
            })
            .is_ok()
    );
    assert!(shift.at_counter().is_some_and(|c| c.follows_talk()));
}

#[test]
fn help_nobody_needed_keeps_the_queue_waiting() {
    let scenario = shipped();
    let mut shift = at_counter(&scenario, "Lê Văn Hùng");
    let t0 = shift.now;
    assert!(
        shift
            .apply(Action::Accommodate {
                help: Help::Interpreter
            })
            .is_ok()
    );
    assert_eq!(shift.now - t0, Help::Interpreter.seconds());
    if let Err(e) = expert::finish(&mut shift) {
        panic!("{e}");
    }
    let report = grade(&shift);
    let extra: Vec<_> = report
        .feedback
        .iter()
        .filter(|f| f.message == "fb-help-not-needed")
        .map(|f| (f.citizen.as_deref(), f.rule, f.units))
        .collect();
    assert_eq!(extra, vec![(Some("c1"), Rule::ServeInTime, 1.0)]);
}

#[test]
fn where_the_rule_is_not_in_force_the_rubric_expects_no_help() {
    let mut edited = (*shipped()).clone();
    edited
        .file
        .rules_in_force
        .retain(|r| r.rule != "accessible-service");
    let scenario = Arc::new(edited);
    let shift = play(&scenario, Mode::Exam, &script(&scenario, "careless.ron"));
    assert!(access_feedback(&grade(&shift).feedback).is_empty());
    // The expert then serves as before the rule: no help asked for.
    let (_, actions) = match expert::play(scenario, 1, Mode::Exam) {
        Ok(played) => played,
        Err(e) => panic!("{e}"),
    };
    assert!(
        !actions
            .iter()
            .any(|a| matches!(a, Action::Accommodate { .. }))
    );
}
