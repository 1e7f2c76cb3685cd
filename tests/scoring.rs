//! A score is earned: a result covers the whole shift, dimensions without work drop out, and
//! a pass read off the practice hints is not a pass.

use std::sync::Arc;

use motcua::expert;
use motcua::record::verify::Standing;
use motcua::scenario::load::builtin_pack;
use motcua::scenario::{Mode, Scenario};
use motcua::score::{PASS_MARK, grade};
use motcua::sim::{Action, Shift};

mod common;

fn shipped(id: &str) -> Arc<Scenario> {
    let pack = builtin_pack();
    match pack.loaded().into_iter().find(|s| s.id() == id) {
        Some(s) => Arc::new(s.clone()),
        None => panic!("no shipped scenario `{id}`"),
    }
}

fn shipped_ids() -> Vec<String> {
    builtin_pack()
        .loaded()
        .into_iter()
        .map(|s| s.id().to_owned())
        .collect()
}

/// The expert's whole run, then its actions replayed up to (not including) `keep`.
fn expert_prefix(scenario: &Arc<Scenario>, mode: Mode, keep: usize) -> Shift {
    let (_, actions) = expert::play(scenario.clone(), 1, mode).expect("the expert plays");
    let mut shift = Shift::new(scenario.clone(), 1, mode);
    for action in actions.into_iter().take(keep) {
        shift.apply(action).expect("the expert's actions replay");
    }
    shift
}

#[test]
fn a_shift_with_no_action_at_all_scores_nothing_and_is_unfinished() {
    for id in ["normal-morning", "tutorial-birth", "exam-shift"] {
        let scenario = shipped(id);
        for mode in [Mode::Practice, Mode::Exam] {
            let report = grade(&Shift::new(scenario.clone(), 1, mode));
            assert!(!report.finished, "{id}");
            assert!(!report.passed, "{id}");
            assert_eq!(Standing::of(&report), Standing::Unfinished, "{id}");
            assert!(
                report.total < 10.0,
                "{id} {mode:?}: nothing done earns nearly nothing, got {}",
                report.total
            );
        }
    }
}

#[test]
fn ending_the_shift_at_once_leaves_every_citizen_unserved() {
    let scenario = shipped("normal-morning");
    let mut shift = Shift::new(scenario.clone(), 1, Mode::Exam);
    shift.apply(Action::EndShift).expect("a shift can end");
    let report = grade(&shift);
    assert!(report.finished);
    assert!(!report.passed);
    assert_eq!(Standing::of(&report), Standing::NotPassed);
    assert!(report.total < 10.0, "{}", report.total);
    let unserved = report
        .feedback
        .iter()
        .filter(|f| f.message == "fb-not-served" || f.message == "fb-case-not-handled")
        .count();
    assert!(
        unserved >= scenario.file.arrivals.len(),
        "every scripted citizen is named as not served: {unserved}"
    );
}

#[test]
fn an_expert_run_stopped_before_the_end_is_unfinished_whatever_its_total() {
    let scenario = shipped("tutorial-birth");
    let (_, actions) = expert::play(scenario.clone(), 1, Mode::Exam).expect("plays");
    assert_eq!(actions.last(), Some(&Action::EndShift));
    let whole = expert_prefix(&scenario, Mode::Exam, actions.len());
    assert!(grade(&whole).passed, "the expert's whole shift passes");
    let cut = expert_prefix(&scenario, Mode::Exam, actions.len() - 1);
    let report = grade(&cut);
    assert!(!report.finished);
    assert!(!report.passed, "an unfinished shift never passes");
    assert_eq!(Standing::of(&report), Standing::Unfinished);
}

#[test]
fn dimensions_without_work_drop_out_and_the_others_make_a_hundred() {
    for id in shipped_ids() {
        let scenario = shipped(&id);
        let (shift, _) = expert::play(scenario.clone(), 2, Mode::Exam).expect("plays");
        let report = grade(&shift);
        let out_of: f64 = report.counted_dimensions().map(|d| d.out_of).sum();
        assert!(
            (out_of - 100.0).abs() < 1e-6,
            "{id}: the counted weights are scaled to 100, got {out_of}"
        );
        for d in report.dropped_dimensions() {
            assert_eq!(
                d.opportunities, 0.0,
                "{id}: only a dimension without work drops"
            );
            assert_eq!(d.points, 0.0);
        }
        let points: f64 = report.dimensions.iter().map(|d| d.points).sum();
        if report.critical.is_empty() {
            assert!(
                (points - report.total).abs() < 0.06,
                "{id}: the total is the sum of the counted points ({points} vs {})",
                report.total
            );
        }
    }
}

#[test]
fn a_shift_without_any_work_scores_zero() {
    // The tutorial with every citizen removed: no work at all, so nothing is earned.
    let mut empty = (*common::tutorial()).clone();
    empty.file.arrivals.clear();
    empty.file.existing_dossiers.clear();
    empty.file.generated = None;
    let mut shift = Shift::new(Arc::new(empty), 1, Mode::Exam);
    shift.apply(Action::EndShift).expect("ends");
    let report = grade(&shift);
    assert_eq!(report.counted_dimensions().count(), 0);
    assert_eq!(report.total, 0.0, "no work offered, nothing earned");
    assert!(!report.passed);
}

#[test]
fn a_pass_read_off_the_hints_does_not_count_as_a_pass() {
    let scenario = shipped("tutorial-birth");
    let (_, actions) = expert::play(scenario.clone(), 1, Mode::Practice).expect("plays");
    let mut shift = Shift::new(scenario.clone(), 1, Mode::Practice);
    let mut hinted = false;
    for action in actions {
        let at_counter = shift.counter.is_some();
        shift.apply(action).expect("replays");
        if at_counter && !hinted && shift.counter.is_some() {
            shift.apply(Action::Hint).expect("a hint in practice");
            hinted = true;
        }
    }
    assert!(hinted);
    let report = grade(&shift);
    assert!(report.finished);
    assert_eq!(report.hints_used, 1);
    assert!(!report.passed, "a hint-read run does not pass");
    if report.total >= PASS_MARK && report.critical.is_empty() {
        assert!(report.passed_with_hints());
        assert_eq!(Standing::of(&report), Standing::PassedWithHints);
    }
}

#[test]
fn a_generated_shift_always_has_dossiers_that_must_not_be_received() {
    use motcua::scenario::truth::Disposition;
    // Difficulty 0 plants no defect at all: left alone, every generated dossier could be
    // received and "accept everything" would be right all day.
    // Only generated citizens: the tutorial's own cases already include dossiers to
    // supplement.
    let mut s = (*common::generated_shift()).clone();
    s.file.arrivals.clear();
    s.file.existing_dossiers.clear();
    if let Some(g) = s.file.generated.as_mut() {
        g.difficulty = 0.0;
    }
    let scenario = Arc::new(s);
    for seed in 1..=6 {
        let shift = Shift::new(scenario.clone(), seed, Mode::Exam);
        let dispositions: Vec<&Disposition> = shift
            .citizens
            .iter()
            .filter_map(|c| c.analysis.as_ref().map(|a| &a.disposition))
            .collect();
        let not_to_receive = dispositions
            .iter()
            .filter(|d| !matches!(d, Disposition::Accept))
            .count();
        assert!(
            not_to_receive > dispositions.len() / 10,
            "seed {seed}: {not_to_receive} of {} dossiers must not be received",
            dispositions.len()
        );
    }
}
