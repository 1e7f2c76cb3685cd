//! Writes a folder of realistic result files, for measuring `motcua grade` by hand.
//!
//! ```sh
//! cargo run --release --example make_results -- scenarios /tmp/class 350
//! /usr/bin/time -f '%e s %M KB' target/release/motcua grade /tmp/class --scenarios scenarios
//! ```
//!
//! Each file is a genuine run of a shipped path: the expert and careless scripts of every
//! scenario of the pack (replayed with their own seed, and with other seeds where the
//! scenario generates no citizens, so the script still fits), and the expert policy
//! ([`motcua::expert::play`]) on varied seeds. Modes alternate, trainees are numbered.
//!
//! With `--hostile N` it writes N hostile files instead: a genuine start (call the first
//! citizen of `tutorial-birth`) followed by N million hints, one per line, resealed with the
//! true chain, fingerprint and score — what a forger who wants to exhaust the grader sends.
//! Writing them replays every action, so it takes a while and a lot of memory.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use motcua::record::result::{ResultBody, encode_result};
use motcua::record::{sha256_hex, write_atomic};
use motcua::scenario::load::load_pack;
use motcua::scenario::{Mode, Scenario};
use motcua::sim::{Action, Shift};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: make_results <pack> <out-dir> [count] | <pack> <out-dir> --hostile <millions> [files]";
    let (Some(pack), Some(out)) = (args.first(), args.get(1)) else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let out = PathBuf::from(out);
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("{}: {e}", out.display());
        return ExitCode::from(2);
    }
    let pack = load_pack(Path::new(pack));
    let scenarios: Vec<Arc<Scenario>> = pack.loaded().into_iter().cloned().map(Arc::new).collect();
    if scenarios.is_empty() {
        eprintln!("no scenario loads from that pack");
        return ExitCode::from(1);
    }
    if args.get(2).is_some_and(|a| a == "--hostile") {
        let millions: f64 = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(6.5);
        let files: usize = args.get(4).and_then(|n| n.parse().ok()).unwrap_or(4);
        return hostile(&scenarios, &out, millions, files);
    }
    let count: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(350);
    realistic(&scenarios, &out, count)
}

/// A run of `actions` from the start, or None when one of them does not apply.
fn replay(scenario: &Arc<Scenario>, seed: u64, mode: Mode, actions: &[Action]) -> Option<Shift> {
    let mut shift = Shift::new(scenario.clone(), seed, mode);
    for a in actions {
        shift.apply(a.clone()).ok()?;
    }
    Some(shift)
}

fn write(path: &Path, shift: &Shift, trainee: &str) -> Result<(), String> {
    let body =
        ResultBody::from_shift(shift, trainee, Some("lop-K12")).map_err(|e| e.to_string())?;
    let text = encode_result(path, &body).map_err(|e| e.to_string())?;
    write_atomic(path, text.as_bytes()).map_err(|e| e.to_string())
}

fn realistic(scenarios: &[Arc<Scenario>], out: &Path, count: usize) -> ExitCode {
    // Every (scenario, script, seed) the shipped tests name.
    let mut paths = Vec::new();
    for s in scenarios {
        for test in s.file.tests.expert.iter().chain(&s.file.tests.careless) {
            match s.read_script(&test.script) {
                Ok(script) => {
                    paths.push((s.clone(), script, test.seed, s.file.generated.is_none()))
                }
                Err(p) => eprintln!("skipped: {p}"),
            }
        }
    }
    let mut written = 0;
    let mut round = 0u64;
    while written < count && round < 1_000 {
        for (s, script, seed, any_seed) in &paths {
            if written >= count {
                break;
            }
            let seed = if *any_seed { seed + round * 7 } else { *seed };
            if !*any_seed && round > 0 {
                continue;
            }
            let mode = if (written + round as usize).is_multiple_of(3) {
                Mode::Exam
            } else {
                Mode::Practice
            };
            let Some(shift) =
                replay(s, seed, mode, script).or_else(|| replay(s, seed, Mode::Practice, script))
            else {
                continue;
            };
            written += 1;
            let path = out.join(format!("run-{written:03}-{}.motcua", s.id()));
            if let Err(e) = write(&path, &shift, &format!("Học viên {written:03}")) {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        }
        // The expert policy on a fresh seed of every scenario.
        for s in scenarios {
            if written >= count {
                break;
            }
            let seed = 1_000 + round;
            let mode = if round.is_multiple_of(2) {
                Mode::Practice
            } else {
                Mode::Exam
            };
            let (shift, _) = motcua::expert::play(s.clone(), seed, mode);
            written += 1;
            let path = out.join(format!("run-{written:03}-{}-bot.motcua", s.id()));
            if let Err(e) = write(&path, &shift, &format!("Học viên {written:03}")) {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        }
        round += 1;
    }
    eprintln!("{written} result files written to {}", out.display());
    ExitCode::SUCCESS
}

fn hostile(scenarios: &[Arc<Scenario>], out: &Path, millions: f64, files: usize) -> ExitCode {
    let Some(s) = scenarios.iter().find(|s| s.id() == "tutorial-birth") else {
        eprintln!("the pack has no tutorial-birth scenario");
        return ExitCode::from(1);
    };
    let hints = (millions * 1_000_000.0) as usize;
    let mut shift = Shift::new(s.clone(), 1, Mode::Practice);
    let mut actions = vec![Action::CallNext];
    actions.extend(std::iter::repeat_n(Action::Hint, hints));
    actions.push(Action::EndShift);
    for (i, a) in actions.iter().enumerate() {
        if let Err(e) = shift.apply(a.clone()) {
            eprintln!("action {i} does not apply: {e}");
            return ExitCode::from(1);
        }
    }
    let label = out.join("hostile.motcua");
    let body = match ResultBody::from_shift(&shift, "Kẻ giả mạo", None) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    drop(shift);
    // The pretty layout puts each action on its own line, indented by 8: shorten the indent
    // to 4 so the file stays under the old 64 MiB read limit, then reseal.
    let pretty = match encode_result(&label, &body) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let sealed_end = pretty
        .trim_end_matches('\n')
        .rfind('\n')
        .map_or(0, |p| p + 1);
    let compact = pretty[..sealed_end].replace("\n        Hint,", "\n    Hint,");
    let text = format!("{compact}SEAL {}\n", sha256_hex(compact.as_bytes()));
    for n in 1..=files {
        let path = out.join(format!("hostile-{n}.motcua"));
        if let Err(e) = write_atomic(&path, text.as_bytes()) {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    }
    eprintln!(
        "{files} hostile files of {} actions, {} bytes each, written to {}",
        actions.len(),
        text.len(),
        out.display()
    );
    ExitCode::SUCCESS
}
