//! Writes a folder of result files, for measuring `motcua grade` by hand.
//!
//! ```sh
//! cargo run --release --example make_results -- scenarios /tmp/class 350
//! /usr/bin/time -f '%e s %M KB' target/release/motcua grade /tmp/class --scenarios scenarios
//! cargo run --release --example make_results -- scenarios /tmp/hostile --hostile 2 4
//! /usr/bin/time -f '%e s %M KB' target/release/motcua grade /tmp/hostile --scenarios scenarios
//! ```
//!
//! The class: genuine runs of the shipped paths (see `benches/support/class.rs`), trainees
//! numbered. With `--hostile M N` it writes N hostile files instead: a genuine start of
//! `tutorial-birth` (call the first citizen) followed by M million hints, one per line, with
//! the chain recomputed and the file resealed — what a forger who wants to exhaust the grader
//! sends. (Its fingerprint and score are those of the short genuine run: no build replays
//! more than `MAX_ACTIONS_PER_SHIFT` actions, so no true ones exist.)

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use motcua::record::result::{ResultBody, encode_result};
use motcua::record::{sha256_hex, write_atomic};
use motcua::scenario::load::load_pack;
use motcua::scenario::{Mode, Scenario};
use motcua::sim::{Action, Shift};

#[path = "../benches/support/class.rs"]
mod class;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(pack), Some(out)) = (args.first(), args.get(1)) else {
        eprintln!(
            "usage: make_results <pack> <out-dir> [count] | <pack> <out-dir> --hostile <millions> [files]"
        );
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
    let written = if args.get(2).is_some_and(|a| a == "--hostile") {
        let millions: f64 = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(2.0);
        let files: usize = args.get(4).and_then(|n| n.parse().ok()).unwrap_or(4);
        hostile(&scenarios, &out, millions, files)
    } else {
        let count: usize = args.get(2).and_then(|n| n.parse().ok()).unwrap_or(350);
        realistic(&scenarios, &out, count)
    };
    match written {
        Ok(summary) => {
            eprintln!("{summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}

fn realistic(scenarios: &[Arc<Scenario>], out: &Path, count: usize) -> Result<String, String> {
    let runs = class::realistic_runs(scenarios, count);
    for (i, (stem, shift)) in runs.iter().enumerate() {
        let path = out.join(format!("{stem}.motcua"));
        let trainee = format!("Học viên {:03}", i + 1);
        let body =
            ResultBody::from_shift(shift, &trainee, Some("lop-K12")).map_err(|e| e.to_string())?;
        let text = encode_result(&path, &body).map_err(|e| e.to_string())?;
        write_atomic(&path, text.as_bytes()).map_err(|e| e.to_string())?;
    }
    Ok(format!(
        "{} result files written to {}",
        runs.len(),
        out.display()
    ))
}

fn hostile(
    scenarios: &[Arc<Scenario>],
    out: &Path,
    millions: f64,
    files: usize,
) -> Result<String, String> {
    let s = scenarios
        .iter()
        .find(|s| s.id() == "tutorial-birth")
        .ok_or("the pack has no tutorial-birth scenario")?;
    let mut shift = Shift::new(s.clone(), 1, Mode::Practice);
    for a in [Action::CallNext, Action::Hint, Action::EndShift] {
        shift.apply(a).map_err(|e| e.to_string())?;
    }
    let label = out.join("hostile.motcua");
    let mut body = ResultBody::from_shift(&shift, "Kẻ giả mạo", None).map_err(|e| e.to_string())?;
    let hints = (millions * 1_000_000.0) as usize;
    body.actions = std::iter::once(Action::CallNext)
        .chain(std::iter::repeat_n(Action::Hint, hints))
        .chain(std::iter::once(Action::EndShift))
        .collect();
    body.chain = body.compute_chain(&label).map_err(|e| e.to_string())?;
    // The pretty layout indents each action by 8: indent by 4 to pack more in, then reseal.
    let pretty = encode_result(&label, &body).map_err(|e| e.to_string())?;
    let sealed_end = pretty
        .trim_end_matches('\n')
        .rfind('\n')
        .map_or(0, |p| p + 1);
    let compact = pretty[..sealed_end].replace("\n        Hint,", "\n    Hint,");
    let text = format!("{compact}SEAL {}\n", sha256_hex(compact.as_bytes()));
    for n in 1..=files {
        let path = out.join(format!("hostile-{n}.motcua"));
        write_atomic(&path, text.as_bytes()).map_err(|e| e.to_string())?;
    }
    Ok(format!(
        "{files} hostile files of {} actions, {} bytes each, written to {}",
        body.actions.len(),
        text.len(),
        out.display()
    ))
}
