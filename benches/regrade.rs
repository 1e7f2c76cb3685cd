//! Re-grading benchmark: verify a class's worth of result files by re-simulation.
//!
//! Setup (not measured): 350 genuine runs of the shipped scenarios — their expert and careless
//! paths with varied seeds and modes, and the expert policy on fresh seeds (see
//! `support/class.rs`) — written as sealed result files to a temporary folder. Measured:
//! [`grade_folder`] over the folder on all cores (target ≤ 0.5 s on 2 cores), then each phase
//! of verifying the longest file, to show where the time goes.
//!
//! `cargo bench --no-default-features --bench regrade` (the GUI is not needed).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use motcua::record::result::{ResultBody, read_result};
use motcua::record::verify::{ScenarioSource, grade_folder, verify_file};
use motcua::record::write_result;
use motcua::scenario::Scenario;
use motcua::scenario::load::load_pack;
use motcua::score::grade;
use motcua::sim::Shift;

#[path = "support/class.rs"]
mod class;

/// Files in the folder.
const FILES: usize = 350;

fn pack() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))
}

fn scenarios() -> Vec<Arc<Scenario>> {
    let pack = load_pack(&pack());
    let problems = pack.problems();
    assert!(problems.is_empty(), "the shipped pack loads: {problems:?}");
    pack.loaded().into_iter().cloned().map(Arc::new).collect()
}

/// Writes the class; returns the folder and its longest file.
fn write_folder(scenarios: &[Arc<Scenario>]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut longest = (0, PathBuf::new());
    for (i, (stem, shift)) in class::realistic_runs(scenarios, FILES).iter().enumerate() {
        let path = dir.path().join(format!("{stem}.motcua"));
        write_result(
            &path,
            shift,
            &format!("Học viên {:03}", i + 1),
            Some("bench"),
        )
        .expect("result written");
        if shift.actions.len() > longest.0 {
            longest = (shift.actions.len(), path);
        }
    }
    (dir, longest.1)
}

fn regrade(c: &mut Criterion) {
    let scenarios = scenarios();
    let (dir, sample) = write_folder(&scenarios);
    let source = ScenarioSource::new(pack());

    // Sanity: every file is authentic; the class is realistic.
    let reports = grade_folder(dir.path(), &source, 0).expect("graded");
    assert_eq!(reports.len(), FILES);
    for r in &reports {
        assert!(r.authentic, "{}: {:?}", r.file.display(), r.differences);
    }
    let bodies: Vec<ResultBody> = reports
        .iter()
        .map(|r| read_result(&r.file).expect("readable"))
        .collect();
    let actions: usize = bodies.iter().map(|b| b.actions.len()).sum();
    let bytes: u64 = reports
        .iter()
        .filter_map(|r| std::fs::metadata(&r.file).ok())
        .map(|m| m.len())
        .sum();
    let scenario_count = bodies
        .iter()
        .map(|b| b.scenario_id.as_str())
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    eprintln!(
        "regrade: {FILES} files of {scenario_count} scenarios, {actions} actions ({} per file on average), {} KiB in total, {} threads",
        actions / FILES,
        bytes / 1024,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    drop(bodies);

    let mut group = c.benchmark_group("regrade");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(15));
    group.bench_function("grade_folder_350", |b| {
        b.iter(|| grade_folder(dir.path(), &source, 0).expect("graded"))
    });
    group.finish();

    // Where the time of the longest file goes.
    let body: ResultBody = read_result(&sample).expect("readable");
    let scenario = source.get(&body.scenario_id).expect("its scenario");
    let mut phases = c.benchmark_group("verify_longest_file");
    phases.sample_size(30);
    phases.bench_function("read_and_parse", |b| {
        b.iter(|| read_result(&sample).expect("readable"))
    });
    phases.bench_function("chain", |b| {
        b.iter(|| body.compute_chain(&sample).expect("chain"))
    });
    phases.bench_function("shift_new", |b| {
        b.iter(|| Shift::new(scenario.clone(), body.seed, body.mode))
    });
    phases.bench_function("replay_actions", |b| {
        b.iter_batched(
            || Shift::new(scenario.clone(), body.seed, body.mode),
            |mut shift| {
                for a in &body.actions {
                    shift.apply(a.clone()).expect("replays");
                }
                shift
            },
            criterion::BatchSize::SmallInput,
        )
    });
    let replayed = {
        let mut shift = Shift::new(scenario.clone(), body.seed, body.mode);
        for a in &body.actions {
            shift.apply(a.clone()).expect("replays");
        }
        shift
    };
    phases.bench_function("fingerprint", |b| b.iter(|| replayed.fingerprint()));
    phases.bench_function("grade", |b| b.iter(|| grade(&replayed)));
    phases.bench_function("verify_file", |b| b.iter(|| verify_file(&sample, &source)));
    phases.finish();
}

criterion_group!(benches, regrade);
criterion_main!(benches);
