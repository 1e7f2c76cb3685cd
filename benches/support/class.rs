//! A class's worth of genuine runs of the shipped scenarios, for the re-grading benchmark and
//! the `make_results` example (included by both with `#[path]`).
//!
//! Each run is a shipped path: the expert and careless scripts of every scenario (with their
//! own seed, and with other seeds where the scenario generates no citizens, so the script
//! still fits), and the expert policy ([`motcua::expert::play`]) on fresh seeds. Modes
//! alternate where the script allows.

use std::sync::Arc;

use motcua::scenario::{Mode, Scenario};
use motcua::sim::{Action, Shift};

/// A run of `actions` from the start, or None when one of them does not apply.
fn replay(scenario: &Arc<Scenario>, seed: u64, mode: Mode, actions: &[Action]) -> Option<Shift> {
    let mut shift = Shift::new(scenario.clone(), seed, mode);
    for a in actions {
        shift.apply(a.clone()).ok()?;
    }
    Some(shift)
}

/// `count` finished runs, each with a file-name stem (`run-007-exam-shift`).
pub fn realistic_runs(scenarios: &[Arc<Scenario>], count: usize) -> Vec<(String, Shift)> {
    let mut paths = Vec::new();
    for s in scenarios {
        for test in s.file.tests.expert.iter().chain(&s.file.tests.careless) {
            if let Ok(script) = motcua::sim::read_script(s, &test.script) {
                paths.push((s.clone(), script, test.seed, s.file.generated.is_none()));
            }
        }
    }
    let mut runs = Vec::new();
    let mut round = 0u64;
    while runs.len() < count && round < 1_000 {
        for (s, script, seed, any_seed) in &paths {
            if runs.len() >= count || (round > 0 && !*any_seed) {
                continue;
            }
            let seed = seed + round * 7;
            let mode = if (runs.len() as u64 + round).is_multiple_of(3) {
                Mode::Exam
            } else {
                Mode::Practice
            };
            if let Some(shift) =
                replay(s, seed, mode, script).or_else(|| replay(s, seed, Mode::Practice, script))
            {
                runs.push((format!("run-{:03}-{}", runs.len() + 1, s.id()), shift));
            }
        }
        for s in scenarios {
            if runs.len() >= count {
                break;
            }
            let mode = if round.is_multiple_of(2) {
                Mode::Practice
            } else {
                Mode::Exam
            };
            match motcua::expert::play(s.clone(), 1_000 + round, mode) {
                Ok((shift, _)) => {
                    runs.push((format!("run-{:03}-{}-bot", runs.len() + 1, s.id()), shift))
                }
                Err(e) => panic!("the expert policy failed on {}: {e}", s.id()),
            }
        }
        round += 1;
    }
    runs
}
