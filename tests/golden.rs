//! Golden files pin behaviour that must only change on purpose: the citizens a seed
//! generates, and the whole transcript of a scripted run. When a change is intended,
//! regenerate with `UPDATE_GOLDEN=1 cargo test --test golden` and review the diff.

use std::fmt::Write;
use std::path::PathBuf;

use motcua::scenario::Mode;
use motcua::scenario::load::read_ron;
use motcua::score::grade;
use motcua::sim::{Action, Shift};

mod common;

fn golden(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden")).join(name)
}

fn check(name: &str, actual: &str) {
    let path = golden(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run with UPDATE_GOLDEN=1 to create it",
            path.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        panic!(
            "{} differs from the run (first difference at line {}):\n  expected: {:?}\n  actual:   {:?}\nrerun with UPDATE_GOLDEN=1 if the change is intended",
            path.display(),
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

#[test]
fn seed_42_generates_the_same_citizens() {
    let shift = Shift::new(common::generated_shift(), 42, Mode::Practice);
    let mut out = String::new();
    for c in &shift.citizens {
        let _ = writeln!(
            out,
            "{} at {} — {} ({}) {:?}",
            c.arrival.id, c.arrival.at, c.persona.name, c.persona.id_number, c.arrival.facts
        );
        let _ = writeln!(out, "  expect {:?}", c.arrival.expect);
        for d in &c.arrival.documents {
            let _ = writeln!(
                out,
                "  {} [{}] {:?} signed={} stamped={} {:?}",
                d.id, d.kind, d.copy, d.signed, d.stamped, d.legibility
            );
            for (k, v) in &d.fields {
                let _ = writeln!(out, "    {k} = {v}");
            }
            for p in &d.defects {
                let _ = writeln!(out, "    defect {:?} {:?}", p.kind, p.field);
            }
        }
    }
    check("generated-seed-42.txt", &out);
}

#[test]
fn the_tutorial_expert_run_transcript_is_stable() {
    let scenario = common::tutorial();
    let script: Vec<Action> =
        read_ron(&scenario.dir.join("expert.ron")).unwrap_or_else(|e| panic!("{e}"));
    let mut shift = Shift::new(scenario, 1, Mode::Practice);
    for action in script {
        if let Err(e) = shift.apply(action.clone()) {
            panic!("{action:?}: {e}");
        }
    }
    let mut out = String::new();
    for t in &shift.timeline {
        let _ = writeln!(
            out,
            "{} #{:?} {:?}",
            shift.moment(t.at).format("%H:%M:%S"),
            t.action,
            t.event
        );
    }
    let report = grade(&shift);
    let _ = writeln!(
        out,
        "total {} passed {} critical {:?}",
        report.total,
        report.passed,
        report.critical_ids()
    );
    for d in &report.dimensions {
        let _ = writeln!(out, "{:?} {:.2}%", d.dimension, d.percent);
    }
    for f in &report.feedback {
        let _ = writeln!(
            out,
            "feedback {} {} {:?} {}",
            f.rule.id(),
            f.message,
            f.args,
            f.units
        );
    }
    let _ = writeln!(out, "kpis {:?}", report.kpis);
    check("tutorial-expert-transcript.txt", &out);
}

/// The appointment date of every dossier received on the expert paths of the scenarios that
/// teach counting (working days across 24/11, the cut-off, calendar days), with the moment of
/// receipt and the due moment the engine holds: a change to how dates are counted shows here.
#[test]
fn appointment_dates_of_the_counting_scenarios_are_stable() {
    let mut out = String::new();
    for (folder, script, seed) in [
        ("culture-day-counting", "expert.ron", 1),
        ("social-support", "expert.ron", 1),
        ("residence-and-business", "expert.ron", 1),
    ] {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scenarios")
            .join(folder);
        let scenario = std::sync::Arc::new(
            motcua::scenario::load::open_scenario(&dir).unwrap_or_else(|e| panic!("{e}")),
        );
        let actions: Vec<Action> = read_ron(&dir.join(script)).unwrap_or_else(|e| panic!("{e}"));
        let mut shift = Shift::new(scenario, seed, Mode::Practice);
        for action in actions {
            if let Err(e) = shift.apply(action.clone()) {
                panic!("{folder}: {action:?}: {e}");
            }
        }
        let _ = writeln!(out, "{folder} ({script}, seed {seed})");
        for d in shift.portal.dossiers.values() {
            let (Some(received), Some(due)) = (d.received_at, d.due) else {
                continue;
            };
            let _ = writeln!(
                out,
                "  {} {} received {} due {} slip {}",
                d.code,
                d.procedure,
                received.format("%a %Y-%m-%d %H:%M"),
                due.format("%a %Y-%m-%d %H:%M"),
                d.appointment
                    .map_or_else(|| "-".to_owned(), |a| a.to_string())
            );
        }
    }
    check("appointment-dates.txt", &out);
}
