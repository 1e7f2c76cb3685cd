//! Plays a scenario script and prints the timeline and score: a tool for scenario authors.
//!
//! `cargo run --example trace -- scenarios/tutorial-birth scenarios/tutorial-birth/expert.ron [seed] [exam]`
//!
//! With `--bot` instead of a script, the expert policy plays the shift and the script it
//! played is printed as RON (to save as an expert path after review):
//! `cargo run --example trace -- scenarios/tutorial-birth --bot [seed] [exam]`

use std::path::Path;
use std::sync::Arc;

use motcua::scenario::load::{open_scenario, read_ron};
use motcua::sim::{Action, Shift};

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: trace <scenario-dir> <script.ron> [seed] [exam]");
        return std::process::ExitCode::from(2);
    }
    let scenario = match open_scenario(Path::new(&args[1])) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            eprintln!("{e}");
            return std::process::ExitCode::from(1);
        }
    };
    let seed = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(1);
    let mode = if args.get(4).is_some_and(|m| m == "exam") {
        motcua::scenario::Mode::Exam
    } else {
        motcua::scenario::Mode::Practice
    };
    if args[2] == "--bot" {
        let (shift, actions) = match motcua::expert::play(scenario, seed, mode) {
            Ok(played) => played,
            Err(e) => {
                eprintln!("{e}");
                return std::process::ExitCode::from(1);
            }
        };
        let pretty = ron::ser::PrettyConfig::new()
            .depth_limit(1)
            .struct_names(false);
        match ron::ser::to_string_pretty(&actions, pretty) {
            Ok(text) => {
                println!("// Expert path played by the expert policy (seed {seed}).\n{text}")
            }
            Err(e) => eprintln!("{e}"),
        }
        let report = motcua::score::grade(&shift);
        eprintln!(
            "TOTAL {} passed={} critical={:?}",
            report.total,
            report.passed,
            report.critical_ids()
        );
        for line in feedback_lines(&report) {
            eprintln!("{line}");
        }
        return std::process::ExitCode::SUCCESS;
    }
    let script: Vec<Action> = match read_ron(Path::new(&args[2])) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return std::process::ExitCode::from(1);
        }
    };
    let mut shift = Shift::new(scenario, seed, mode);
    for (i, c) in shift.citizens.iter().enumerate() {
        println!(
            "citizen {i} {} at {} wants {:?} -> {:?}",
            c.arrival.id,
            c.arrival.at,
            c.arrival.wants,
            c.analysis.as_ref().map(|a| &a.disposition)
        );
    }
    for (i, action) in script.into_iter().enumerate() {
        let at = shift.clock().format("%H:%M:%S");
        match shift.apply(action.clone()) {
            Ok(events) => println!("{i:3} {at} {action:?}\n      -> {events:?}"),
            Err(e) => {
                println!("{i:3} {at} {action:?}\n      !! {e}");
                break;
            }
        }
    }
    let report = motcua::score::grade(&shift);
    println!(
        "\nTOTAL {} passed={} critical={:?}",
        report.total,
        report.passed,
        report.critical_ids()
    );
    for d in &report.dimensions {
        println!(
            "  {:?} {:.1}% ({:.1}/{}) opp {} pen {}",
            d.dimension, d.percent, d.points, d.weight, d.opportunities, d.penalties
        );
    }
    for line in feedback_lines(&report) {
        println!("{line}");
    }
    println!("  KPIs {:?}", report.kpis);
    std::process::ExitCode::SUCCESS
}

/// One line per feedback item: dimension, rule, message id, arguments, units, critical error.
fn feedback_lines(report: &motcua::score::ScoreReport) -> Vec<String> {
    report
        .feedback
        .iter()
        .map(|f| {
            format!(
                "  - [{:?}] {} {} {:?} -{} {:?}",
                f.dimension,
                f.rule.id(),
                f.message,
                f.args,
                f.units,
                f.critical
            )
        })
        .collect()
}
