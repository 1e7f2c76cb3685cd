//! Invariants that must hold for any sequence of clerk actions:
//! nothing panics; a rejected action changes nothing; replaying the log reproduces the state
//! and the score exactly; scores stay between 0 and 100; the expert wins generated shifts.

use std::collections::BTreeSet;
use std::sync::Arc;

use motcua::portal::Status;
use motcua::scenario::{Department, FaultResponse, Mode, Question};
use motcua::score::grade;
use motcua::sim::{
    Action, ColorMode, DossierField, FieldRef, GuideTopic, PaymentMethod, ScanSettings, Shift,
};
use proptest::prelude::*;

mod common;
use common::{generated_shift, tutorial};

/// Picks an action relevant to the current state from a choice byte, so that random
/// sequences explore deep states instead of failing at the first step.
fn pick(shift: &Shift, choice: (u8, u8, u8)) -> Action {
    let (kind, a, b) = choice;
    let docs: Vec<String> = shift
        .at_counter()
        .map(|c| c.arrival.documents.iter().map(|d| d.id.clone()).collect())
        .unwrap_or_default();
    let doc = |n: u8| {
        docs.get(n as usize % docs.len().max(1))
            .cloned()
            .unwrap_or_else(|| "nope".into())
    };
    let dossiers: Vec<String> = shift.portal.dossiers.keys().cloned().collect();
    let dossier = |n: u8| {
        dossiers
            .get(n as usize % dossiers.len().max(1))
            .cloned()
            .unwrap_or_else(|| "nope".into())
    };
    let components = [
        "declaration",
        "birth_notice",
        "applicant_id",
        "parents_marriage",
        "bogus",
    ];
    let date = shift.scenario().file.shift.date + chrono::Duration::days(i64::from(a % 4));
    match kind % 24 {
        0 | 1 => Action::CallNext,
        2 => Action::Ask {
            question: Question::ALL[a as usize % Question::ALL.len()],
        },
        3 => Action::Inspect { document: doc(a) },
        4 => Action::CompareFields {
            a: FieldRef {
                document: doc(a),
                field: "mother.full_name".into(),
            },
            b: FieldRef {
                document: doc(b),
                field: "mother.full_name".into(),
            },
        },
        5 => Action::CheckIdentity { document: doc(a) },
        6 => Action::CreateDossier {
            procedure: if a % 5 == 0 {
                "nope".into()
            } else {
                "birth-registration".into()
            },
        },
        7 => Action::FillField {
            dossier: dossier(a),
            field: DossierField::ALL[b as usize % 3],
            value: format!("Nguyễn {a}"),
        },
        8 => Action::Scan {
            document: doc(a),
            settings: ScanSettings {
                dpi: [100, 150, 200, 300, 600, 123][b as usize % 6],
                color: [ColorMode::Color, ColorMode::Gray, ColorMode::BlackWhite][a as usize % 3],
                duplex: b % 2 == 0,
            },
        },
        9 => Action::Attach {
            dossier: dossier(a),
            scan: u32::from(b % 6),
            component: components[a as usize % 5].into(),
        },
        10 => Action::SetFee {
            dossier: dossier(a),
            amount: u64::from(b) * 1000,
        },
        11 => Action::CollectFee {
            dossier: dossier(a),
            method: if b % 2 == 0 {
                PaymentMethod::Cash
            } else {
                PaymentMethod::EPayment
            },
        },
        12 => Action::IssueReceipt {
            dossier: dossier(a),
            appointment: date,
        },
        13 => Action::RequestSupplement {
            dossier: if b % 3 == 0 { Some(dossier(a)) } else { None },
            components: components
                .iter()
                .take(1 + (a as usize % 4))
                .map(|c| c.to_string())
                .collect(),
        },
        14 => Action::Refuse {
            dossier: None,
            procedure: "birth-registration".into(),
            ground: ["already-registered", "forged", "x"][b as usize % 3].into(),
        },
        15 => Action::Transfer {
            dossier: dossier(a),
            department: Department::ALL[b as usize % Department::ALL.len()],
        },
        16 => Action::Sync {
            dossier: dossier(a),
        },
        17 => Action::ReturnResult {
            dossier: dossier(a),
        },
        18 => Action::SendApology {
            dossier: dossier(a),
            new_date: date,
        },
        19 => Action::Guide {
            topic: GuideTopic::ALL[a as usize % GuideTopic::ALL.len()],
        },
        20 => Action::RespondToFault {
            response: [FaultResponse::InformQueue, FaultResponse::RestartComputer][a as usize % 2],
        },
        21 => Action::Dismiss,
        22 => Action::Wait {
            minutes: u32::from(a % 30),
        },
        _ => {
            if a == 255 {
                Action::EndShift
            } else {
                Action::LookUpStateRecords
            }
        }
    }
}

fn check_report(shift: &Shift) {
    let r = grade(shift);
    assert!((0.0..=100.0).contains(&r.total), "total {}", r.total);
    for d in &r.dimensions {
        assert!(
            (0.0..=100.0).contains(&d.percent),
            "{:?} {}",
            d.dimension,
            d.percent
        );
    }
    for k in [
        r.kpis.on_time,
        r.kpis.online_submission,
        r.kpis.digitization,
        r.kpis.online_payment,
        r.kpis.sync,
        r.kpis.satisfaction,
        r.kpis.index,
    ] {
        assert!((0.0..=100.0).contains(&k), "kpi {k}");
    }
    if !r.critical.is_empty() {
        assert!(r.total <= motcua::score::CRITICAL_CAP);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_sessions_never_panic_and_replay_exactly(
        seed in 0u64..1000,
        exam in any::<bool>(),
        choices in proptest::collection::vec((any::<u8>(), any::<u8>(), any::<u8>()), 1..160),
    ) {
        let scenario = generated_shift();
        let mode = if exam { Mode::Exam } else { Mode::Practice };
        let mut shift = Shift::new(scenario.clone(), seed, mode);
        for choice in choices {
            let action = pick(&shift, choice);
            let before = shift.fingerprint();
            if shift.apply(action.clone()).is_err() {
                prop_assert_eq!(before, shift.fingerprint(), "a rejected {:?} changed the state", action);
            }
            check_report(&shift);
        }
        let mut replay = Shift::new(scenario, seed, mode);
        for (_, action) in shift.actions.clone() {
            prop_assert!(replay.apply(action).is_ok());
        }
        prop_assert_eq!(replay.fingerprint(), shift.fingerprint());
        prop_assert_eq!(grade(&replay), grade(&shift));
    }

    #[test]
    fn the_expert_wins_generated_shifts(seed in 0u64..10_000) {
        let (shift, actions) = motcua::expert::play(generated_shift(), seed, Mode::Exam);
        prop_assert!(shift.ended, "the expert did not finish");
        let report = grade(&shift);
        // The queue is random: a citizen may give up while the expert serves others. That is
        // the load, not a mistake; every other feedback item would be the expert's error.
        let gave_up: BTreeSet<String> = shift
            .citizens
            .iter()
            .filter(|c| c.leave_reason == Some(motcua::sim::LeaveReason::Impatient))
            .map(|c| c.arrival.id.clone())
            .collect();
        let mistakes: Vec<_> = report
            .feedback
            .iter()
            .filter(|f| f.message != "fb-long-wait" && !f.citizen.as_ref().is_some_and(|c| gave_up.contains(c)))
            .map(|f| (&f.message, &f.args))
            .collect();
        prop_assert!(mistakes.is_empty(), "seed {}: expert mistakes {:?}", seed, mistakes);
        if gave_up.is_empty() {
            prop_assert!(report.total >= 95.0, "seed {}: expert scored {}", seed, report.total);
        }
        prop_assert!(report.critical.is_empty());
        // Every dossier an expert received reached the national portal.
        for d in shift.portal.dossiers.values().filter(|d| !d.draft && d.status != Status::SupplementRequested) {
            prop_assert_eq!(d.sync, motcua::portal::SyncState::Synced, "{} not synced", d.code);
        }
        prop_assert!(actions.len() < motcua::expert::MAX_ACTIONS);
    }
}

#[test]
fn garbage_actions_are_errors_not_panics() {
    let mut shift = Shift::new(tutorial(), 1, Mode::Practice);
    let garbage = [
        Action::Inspect {
            document: "\u{0}".into(),
        },
        Action::Attach {
            dossier: "x".into(),
            scan: u32::MAX,
            component: "y".into(),
        },
        Action::FillField {
            dossier: "x".into(),
            field: DossierField::Phone,
            value: "9".repeat(10_000),
        },
        Action::Wait { minutes: 0 },
        Action::Wait { minutes: u32::MAX },
        Action::SetFee {
            dossier: "x".into(),
            amount: u64::MAX,
        },
        Action::ReturnResult {
            dossier: String::new(),
        },
        Action::Dismiss,
        Action::Hint,
    ];
    for g in garbage {
        let before = shift.fingerprint();
        assert!(shift.apply(g).is_err());
        assert_eq!(before, shift.fingerprint());
    }
}

#[test]
fn hints_are_refused_in_exam_mode_and_cost_in_practice() {
    let mut exam = Shift::new(tutorial(), 1, Mode::Exam);
    exam.apply(Action::CallNext).unwrap();
    assert!(exam.apply(Action::Hint).is_err());
    let mut practice = Shift::new(tutorial(), 1, Mode::Practice);
    practice.apply(Action::CallNext).unwrap();
    let before = grade(&practice).dimensions[0].penalties;
    practice.apply(Action::Hint).unwrap();
    assert!(grade(&practice).dimensions[0].penalties > before);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// A damaged or hostile scenario file gives problems, never a panic or a hang.
    #[test]
    fn damaged_scenario_files_are_errors_not_panics(
        cuts in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..40, "[\\[\\](){}\"a-z0-9:, ]{0,6}"), 1..6),
    ) {
        let tutorial = common::tutorial();
        let original = std::fs::read_to_string(tutorial.dir.join("scenario.ron")).unwrap();
        let mut text = original.clone();
        for (at, len, insert) in cuts {
            let mut start = at.index(text.len().max(1));
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + len).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.replace_range(start..end, &insert);
        }
        let dir = tempfile::tempdir().unwrap();
        let scenario_dir = dir.path().join("tutorial-birth");
        std::fs::create_dir_all(&scenario_dir).unwrap();
        std::fs::write(scenario_dir.join("scenario.ron"), &text).unwrap();
        let result = motcua::scenario::load::load_scenario(&scenario_dir, tutorial.catalog.clone());
        match result {
            Err(problems) => {
                prop_assert!(!problems.0.is_empty());
                for p in &problems.0 {
                    prop_assert!(!p.message.is_empty());
                }
            }
            // A mutation that still validates must still simulate.
            Ok(scenario) => {
                let (shift, _) = motcua::expert::play(Arc::new(scenario), 3, Mode::Practice);
                check_report(&shift);
            }
        }
    }
}
