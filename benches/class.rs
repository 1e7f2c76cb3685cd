//! Class benchmark: a conference of 350 trainees imported, verified and summarized.
//!
//! Setup (not measured): one exam session of `exam-shift` with per-seat seeds; 350 seats,
//! each playing its own day as `support/conference.rs` mixes them (careful trainees with
//! their own habits, careless clerks, partial runs), written as sealed result files to a
//! temporary folder. Measured: [`import`] of the folder (each file read lazily, verified by
//! re-simulation on all cores, verdicts, summary), then the same with the report and the
//! gradebook. Goal: ≤ 1 s on 2 cores (release). Then where the time of one file goes.
//!
//! `cargo bench --no-default-features --bench class` (the GUI is not needed);
//! `MOTCUA_CLASS_KEEP=/tmp/session cargo bench …` also keeps the files, for
//! `/usr/bin/time motcua class /tmp/session --session <code>`.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use motcua::class::{
    ClassOptions, Item, Progress, Verdict, collect_folder, gradebook_csv, import, report_html,
};
use motcua::i18n::Locale;
use motcua::record::result::{ResultBody, read_result, write_body};
use motcua::record::verify::{ScenarioSource, verify_file};
use motcua::scenario::load::load_pack;
use motcua::scenario::{Mode, Scenario};
use motcua::session::{Seeding, SessionPlan};
use motcua::text::Lang;

#[path = "../tests/support/mod.rs"]
mod support;

#[path = "support/conference.rs"]
mod conference;

/// Seats in the session.
const SEATS: usize = 350;
/// The session's scenario.
const SCENARIO: &str = "exam-shift";

fn pack() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))
}

fn scenario() -> Arc<Scenario> {
    let pack = load_pack(&pack());
    let problems = pack.problems();
    assert!(problems.is_empty(), "the shipped pack loads: {problems:?}");
    pack.loaded()
        .into_iter()
        .find(|s| s.id() == SCENARIO)
        .cloned()
        .map(Arc::new)
        .expect("the session's scenario is shipped")
}

/// Writes the session's results; returns the folder and the plan. With
/// `MOTCUA_CLASS_KEEP=<dir>` the files are also copied there, to time `motcua class` by hand.
fn write_session(scenario: &Arc<Scenario>) -> (tempfile::TempDir, SessionPlan) {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = SessionPlan::new(SCENARIO, Mode::Exam, Seeding::PerSeat, 4_242);
    let code = plan.code();
    for i in 0..SEATS {
        let trainee = conference::trainee_name(i);
        let shift = conference::seat_run(scenario, plan.seed_for(&trainee), Mode::Exam, i);
        // Everyone starts at 08:00; they finish over the morning.
        let finished = format!(
            "2026-11-30T{:02}:{:02}:{:02}Z",
            10 + i / 120,
            (i / 2) % 60,
            i % 60
        );
        let body = ResultBody::from_run(
            &shift,
            &trainee,
            Some(code.as_str()),
            Some("2026-11-30T08:00:00Z".to_owned()),
            Some(finished),
        )
        .expect("a body");
        let path = dir.path().join(format!("seat-{:03}.motcua", i + 1));
        write_body(&path, &body).expect("result written");
    }
    if let Some(keep) = std::env::var_os("MOTCUA_CLASS_KEEP") {
        let keep = PathBuf::from(keep);
        std::fs::create_dir_all(&keep).expect("the folder to keep");
        for file in collect_folder(dir.path()).expect("listed") {
            let name = file.file_name().expect("a file name");
            std::fs::copy(&file, keep.join(name)).expect("copied");
        }
        eprintln!(
            "class: the session {} kept in {}",
            plan.code().as_str(),
            keep.display()
        );
    }
    (dir, plan)
}

fn class(c: &mut Criterion) {
    let scenario = scenario();
    let setup = Instant::now();
    let (dir, plan) = write_session(&scenario);
    eprintln!(
        "class: {SEATS} results written in {:.1} s",
        setup.elapsed().as_secs_f64()
    );
    let source = ScenarioSource::new(pack());
    let options = ClassOptions {
        session: Some(plan.code()),
        threads: 0,
    };
    let items = || -> Vec<Item> {
        collect_folder(dir.path())
            .expect("listed")
            .into_iter()
            .map(Item::file)
            .collect()
    };

    // Sanity: every result is counted; the class is realistic.
    let progress = Progress::new();
    let imported = import(items(), &source, &options, &progress);
    assert_eq!(imported.entries.len(), SEATS);
    for e in &imported.entries {
        assert_eq!(
            e.verdict,
            Verdict::Counted,
            "{}: {:?}",
            e.origin,
            e.report.differences
        );
    }
    assert_eq!(progress.fraction(), 1.0);
    let bodies: Vec<&ResultBody> = imported
        .entries
        .iter()
        .filter_map(|e| e.body.as_ref())
        .collect();
    let actions: usize = bodies.iter().map(|b| b.actions.len()).sum();
    let bytes: u64 = imported
        .entries
        .iter()
        .filter_map(|e| std::fs::metadata(e.origin.path()).ok())
        .map(|m| m.len())
        .sum();
    let s = &imported.summary;
    eprintln!(
        "class: {SEATS} results, {actions} actions ({} per file on average), {} KiB in total, {} threads; passed {}, mean {:.1}, median {:.1}, distribution {:?}",
        actions / SEATS,
        bytes / 1024,
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        s.passed,
        s.mean.unwrap_or(0.0),
        s.median.unwrap_or(0.0),
        s.distribution
    );
    let locale = Locale::new(Lang::Vi);

    let mut group = c.benchmark_group("class");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("import_350", |b| {
        b.iter(|| import(items(), &source, &options, &Progress::new()))
    });
    group.bench_function("import_report_gradebook_350", |b| {
        b.iter(|| {
            let class = import(items(), &source, &options, &Progress::new());
            let html = report_html(&class, &locale, "Phiên thi");
            let csv = gradebook_csv(&class);
            (html.len(), csv.len())
        })
    });
    group.bench_function("report_and_gradebook_only", |b| {
        b.iter(|| {
            (
                report_html(&imported, &locale, "Phiên thi").len(),
                gradebook_csv(&imported).len(),
            )
        })
    });
    group.finish();

    // One file: verification alone and a whole import of one (the import's own cost).
    let sample = imported.entries[0].origin.path();
    let mut one = c.benchmark_group("class_one_file");
    one.sample_size(20);
    one.bench_function("read_result", |b| {
        b.iter(|| read_result(&sample).expect("readable"))
    });
    one.bench_function("verify_file", |b| b.iter(|| verify_file(&sample, &source)));
    one.bench_function("import_one", |b| {
        b.iter(|| {
            import(
                vec![Item::file(sample.clone())],
                &source,
                &ClassOptions {
                    session: options.session.clone(),
                    threads: 1,
                },
                &Progress::new(),
            )
        })
    });
    one.finish();
}

criterion_group!(benches, class);
criterion_main!(benches);
