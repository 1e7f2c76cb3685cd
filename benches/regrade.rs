//! Re-grading benchmark: verify a class's worth of result files by re-simulation.
//!
//! Setup (not measured): the fixture scenario `tests/fixtures/mini-pack/first-morning` with a
//! generated queue of citizens added, 350 runs with different seeds and modes, each of at
//! least 200 applied actions (cheap counter work: questions, inspections, comparisons,
//! procedure look-ups, calling and dismissing citizens), written as sealed result files to a
//! temporary folder. Measured: [`grade_folder`] over the folder on all cores (target ≤ 0.5 s
//! on 2 cores), then each phase of verifying one file, to show where the time goes.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use motcua::calendar::ClockTime;
use motcua::record::result::{ResultBody, read_result};
use motcua::record::verify::{ScenarioSource, grade_folder};
use motcua::record::write_result;
use motcua::scenario::load::{content_hash, open_scenario};
use motcua::scenario::{ArrivalTemplate, DefectKind, Generated, Mode, Question, Scenario};
use motcua::score::grade;
use motcua::sim::{Action, FieldRef, Shift};

/// Files in the folder.
const FILES: u64 = 350;
/// Actions per run before `EndShift`.
const ACTIONS: usize = 210;

fn scenario() -> Arc<Scenario> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini-pack/first-morning");
    let mut s = match open_scenario(&dir) {
        Ok(s) => s,
        Err(problems) => panic!("fixture does not load:\n{problems}"),
    };
    let t = |h, m| ClockTime::hm(h, m).expect("valid time");
    s.file.meta.id = "bench-queue".into();
    s.file.generated = Some(Generated {
        count: 24,
        from: t(7, 40),
        until: t(10, 30),
        difficulty: 0.5,
        templates: vec![ArrivalTemplate {
            procedure: "residence-confirmation".into(),
            weight: 1,
            personas: vec!["nguyen-thi-lan".into(), "tran-van-minh".into()],
            fact_sets: vec![],
            defects: vec![
                (DefectKind::Expired, 2),
                (DefectKind::NameMismatch, 1),
                (DefectKind::MissingSignature, 1),
            ],
            copies: 0,
        }],
    });
    s.content_hash = content_hash(&s.file, &s.catalog);
    Arc::new(s)
}

/// The next cheap action: serve each citizen with a dozen checks, then dismiss them.
fn next_action(shift: &Shift, step: usize) -> Action {
    let Some(citizen) = shift.at_counter() else {
        return Action::CallNext;
    };
    let docs: Vec<&str> = citizen
        .arrival
        .documents
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    let first = docs.first().copied().unwrap_or_default().to_owned();
    let second = docs.get(1).copied().unwrap_or(&first).to_owned();
    match step % 12 {
        11 => Action::Dismiss,
        0 | 4 | 8 => Action::Ask {
            question: Question::ALL[(step / 4) % Question::ALL.len()],
        },
        1 | 5 => Action::Inspect { document: first },
        2 | 9 => Action::Inspect { document: second },
        3 | 6 => Action::CompareFields {
            a: FieldRef {
                document: first,
                field: "full_name".into(),
            },
            b: FieldRef {
                document: second,
                field: "full_name".into(),
            },
        },
        _ => Action::LookUpProcedure {
            procedure: "residence-confirmation".into(),
        },
    }
}

fn run(scenario: &Arc<Scenario>, seed: u64) -> Shift {
    let mode = if seed.is_multiple_of(3) {
        Mode::Exam
    } else {
        Mode::Practice
    };
    let mut shift = Shift::new(scenario.clone(), seed, mode);
    let mut step = 0;
    while shift.actions.len() < ACTIONS {
        let action = next_action(&shift, step);
        step += 1;
        if shift.apply(action).is_err() {
            // Nobody left to call (or the paper is not there): keep working at the desk.
            let fallback = Action::LookUpProcedure {
                procedure: "residence-confirmation".into(),
            };
            shift
                .apply(fallback)
                .expect("a procedure look-up always applies");
        }
    }
    shift.apply(Action::EndShift).expect("the shift ends");
    shift
}

fn write_folder(scenario: &Arc<Scenario>) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut sample = PathBuf::new();
    for seed in 1..=FILES {
        let shift = run(scenario, seed);
        let path = dir.path().join(format!("run-{seed:03}.motcua"));
        write_result(&path, &shift, &format!("Học viên {seed}"), Some("bench"))
            .expect("result written");
        if seed == 1 {
            sample = path;
        }
    }
    (dir, sample)
}

fn regrade(c: &mut Criterion) {
    let scenario = scenario();
    let (dir, sample) = write_folder(&scenario);
    let source = ScenarioSource::from_scenarios([scenario.clone()]);

    // Sanity: every file is authentic and long enough.
    let reports = grade_folder(dir.path(), &source, 0).expect("graded");
    assert_eq!(reports.len() as u64, FILES);
    for r in &reports {
        assert!(r.authentic, "{}: {:?}", r.file.display(), r.differences);
    }
    let body: ResultBody = read_result(&sample).expect("readable");
    assert!(body.actions.len() > 200, "{} actions", body.actions.len());
    let bytes: u64 = reports
        .iter()
        .filter_map(|r| std::fs::metadata(&r.file).ok())
        .map(|m| m.len())
        .sum();
    eprintln!(
        "regrade: {FILES} files, {} actions each, {} KiB in total, {} threads",
        body.actions.len(),
        bytes / 1024,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );

    let mut group = c.benchmark_group("regrade");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(15));
    group.bench_function("grade_folder_350", |b| {
        b.iter(|| grade_folder(dir.path(), &source, 0).expect("graded"))
    });
    group.finish();

    // Where the time of one file goes.
    let mut phases = c.benchmark_group("verify_one_file");
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
    phases.bench_function("verify_file", |b| {
        b.iter(|| motcua::record::verify::verify_file(&sample, &source))
    });
    phases.finish();
}

criterion_group!(benches, regrade);
criterion_main!(benches);
