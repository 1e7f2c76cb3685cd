//! Residence dossiers on the commune police's own forms (issue 13 item 9): at the
//! `police-residence-desk`, the expert prints CT04, CT05 and CT06 for the residence
//! dossiers and the one-stop slip for the signature certification in between; a clerk who
//! leaves the portal on the one-stop slips, or prints the police forms for everything, is
//! charged under `Rule::SlipForms` once for each slip on the wrong set.

use std::path::Path;
use std::sync::Arc;

use motcua::portal::SlipKind;
use motcua::scenario::load::open_scenario;
use motcua::scenario::{Mode, Scenario, SlipFamily};
use motcua::score::{Rule, grade};
use motcua::sim::{Action, Shift, read_script};

fn desk() -> Arc<Scenario> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/police-residence-desk");
    Arc::new(open_scenario(&dir).unwrap_or_else(|e| panic!("{e}")))
}

/// Plays `actions` from the start of seed 1, each one accepted.
fn play(scenario: &Arc<Scenario>, actions: &[Action]) -> Shift {
    let mut shift = Shift::new(Arc::clone(scenario), 1, Mode::Practice);
    for (k, a) in actions.iter().enumerate() {
        if let Err(e) = shift.apply(a.clone()) {
            panic!("action {k} ({}) refused: {e}", a.name());
        }
    }
    shift
}

fn expert_actions(scenario: &Scenario) -> Vec<Action> {
    read_script(scenario, "expert-bot-seed1.ron").unwrap_or_else(|e| panic!("{e}"))
}

/// The slip forms rule's feedback of a shift.
fn slip_form_mistakes(shift: &Shift) -> usize {
    grade(shift)
        .feedback
        .iter()
        .filter(|f| f.rule == Rule::SlipForms)
        .count()
}

/// Slips that have a police form (receipt, supplement request, refusal), with the
/// procedure's slip family and the family printed.
fn form_slips(shift: &Shift) -> Vec<(String, SlipKind, SlipFamily, SlipFamily)> {
    shift
        .portal
        .slips
        .iter()
        .filter(|s| s.kind.police_form().is_some())
        .map(|s| {
            let wanted = shift
                .scenario
                .procedure(&s.procedure)
                .map(|p| p.slips)
                .unwrap_or_default();
            (s.procedure.clone(), s.kind, wanted, s.family)
        })
        .collect()
}

#[test]
fn the_expert_prints_every_slip_on_its_procedures_forms() {
    let scenario = desk();
    let shift = play(&scenario, &expert_actions(&scenario));
    let slips = form_slips(&shift);
    // The scripted citizens give the three police forms and one one-stop receipt.
    for kind in [
        SlipKind::Receipt,
        SlipKind::SupplementRequest,
        SlipKind::Refusal,
    ] {
        assert!(
            slips
                .iter()
                .any(|(_, k, _, printed)| *k == kind && *printed == SlipFamily::Police),
            "no {kind:?} on the police forms: {slips:?}"
        );
    }
    assert!(
        slips
            .iter()
            .any(|(p, _, _, printed)| p == "signature-certification"
                && *printed == SlipFamily::OneStop),
        "{slips:?}"
    );
    for (procedure, kind, wanted, printed) in &slips {
        assert_eq!(wanted, printed, "{procedure} {kind:?}");
    }
    assert_eq!(slip_form_mistakes(&shift), 0);
    assert!(grade(&shift).passed);
}

#[test]
fn a_clerk_who_never_switches_is_charged_for_each_residence_slip() {
    let scenario = desk();
    let lazy: Vec<Action> = expert_actions(&scenario)
        .into_iter()
        .filter(|a| !matches!(a, Action::UseSlipForms { .. }))
        .collect();
    let shift = play(&scenario, &lazy);
    let police_slips = form_slips(&shift)
        .iter()
        .filter(|(_, _, wanted, _)| *wanted == SlipFamily::Police)
        .count();
    // Counted from the slips the law wants on police forms, not from the grader.
    assert!(police_slips >= 3, "{police_slips}");
    assert_eq!(slip_form_mistakes(&shift), police_slips);
    let report = grade(&shift);
    let item = report
        .feedback
        .iter()
        .find(|f| f.rule == Rule::SlipForms)
        .unwrap_or_else(|| panic!("a slip-forms item"));
    assert_eq!(item.message, "fb-wrong-slip-forms");
    assert!(
        item.args.iter().any(|(k, v)| k == "forms" && v == "police"),
        "{:?}",
        item.args
    );
}

#[test]
fn a_clerk_who_prints_police_forms_for_everything_is_charged_for_the_one_stop_slip() {
    let scenario = desk();
    let mut blanket = vec![Action::UseSlipForms {
        family: SlipFamily::Police,
    }];
    blanket.extend(
        expert_actions(&scenario)
            .into_iter()
            .filter(|a| !matches!(a, Action::UseSlipForms { .. })),
    );
    let shift = play(&scenario, &blanket);
    let one_stop_slips = form_slips(&shift)
        .iter()
        .filter(|(_, _, wanted, _)| *wanted == SlipFamily::OneStop)
        .count();
    assert_eq!(one_stop_slips, 1, "the signature certification's receipt");
    assert_eq!(slip_form_mistakes(&shift), one_stop_slips);
}

#[test]
fn choosing_the_forms_takes_a_moment_and_changes_nothing_else() {
    let scenario = desk();
    let mut shift = Shift::new(Arc::clone(&scenario), 1, Mode::Practice);
    let before = shift.now;
    let events = shift
        .apply(Action::UseSlipForms {
            family: SlipFamily::Police,
        })
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(events.is_empty(), "{events:?}");
    assert_eq!(shift.portal.slip_forms, SlipFamily::Police);
    assert_eq!(shift.now, before + 5);
    assert!(shift.portal.slips.is_empty());
    assert!(shift.portal.dossiers.is_empty());
    assert_eq!(
        Action::UseSlipForms {
            family: SlipFamily::OneStop
        }
        .name(),
        "use-slip-forms"
    );
}
