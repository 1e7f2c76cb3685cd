//! Result files written by this engine, committed, must keep verifying against the shipped
//! scenarios: an expert and a careless run of `tutorial-birth` (practice) and `exam-shift`
//! (exam), in `tests/fixtures/results/`.
//!
//! A change that makes them fail is either a bug (a replay that drifted, a fingerprint or a
//! hash that moved by accident) or an intended change of the engine or of those scenarios.
//! For an intended one: bump `ENGINE_VERSION` if the engine's semantics changed, then
//! regenerate and review the diff:
//!
//! ```sh
//! UPDATE_FIXTURES=1 cargo test --test result_fixtures
//! ```
//!
//! A fixture written by another engine version is refused on purpose, with that advice: the
//! fixtures pin this build's engine. (How a file of another engine is verified is tested in
//! `tests/records.rs`.)

use std::path::{Path, PathBuf};
use std::sync::Arc;

use motcua::record::result::read_result;
use motcua::record::verify::{ScenarioSource, verify_file};
use motcua::record::write_result;
use motcua::scenario::load::open_scenario;
use motcua::scenario::{PathTest, Scenario};
use motcua::sim::{ENGINE_VERSION, Shift};

/// (file, scenario, name of the scenario's test path it plays)
const FIXTURES: [(&str, &str, &str); 4] = [
    (
        "tutorial-birth-expert-practice.motcua",
        "tutorial-birth",
        "expert",
    ),
    (
        "tutorial-birth-careless-practice.motcua",
        "tutorial-birth",
        "careless",
    ),
    ("exam-shift-expert-exam.motcua", "exam-shift", "expert-exam"),
    ("exam-shift-careless-exam.motcua", "exam-shift", "careless"),
];

const REGENERATE: &str = "if the change is intended, regenerate with `UPDATE_FIXTURES=1 cargo test --test result_fixtures` and review the diff";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn fixture(file: &str) -> PathBuf {
    root().join("tests/fixtures/results").join(file)
}

fn scenario(id: &str) -> Arc<Scenario> {
    match open_scenario(&root().join("scenarios").join(id)) {
        Ok(s) => Arc::new(s),
        Err(e) => panic!("shipped scenario {id} does not load: {e}"),
    }
}

/// The scenario's own test path of that name (expert or careless).
fn path_test(scenario: &Scenario, name: &str) -> PathTest {
    let tests = &scenario.file.tests;
    match tests
        .expert
        .iter()
        .chain(&tests.careless)
        .find(|t| t.name == name)
    {
        Some(t) => t.clone(),
        None => panic!("{} has no test path `{name}`", scenario.id()),
    }
}

fn regenerate() {
    std::fs::create_dir_all(root().join("tests/fixtures/results")).expect("fixture folder");
    for (file, id, name) in FIXTURES {
        let s = scenario(id);
        let test = path_test(&s, name);
        let actions = match motcua::sim::read_script(&s, &test.script) {
            Ok(a) => a,
            Err(p) => panic!("{p}"),
        };
        let mut shift = Shift::new(s, test.seed, test.mode);
        for (i, a) in actions.into_iter().enumerate() {
            if let Err(e) = shift.apply(a) {
                panic!("{id}/{}: action {i}: {e}", test.script);
            }
        }
        write_result(&fixture(file), &shift, "Học viên mẫu", Some("fixtures"))
            .unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn committed_results_keep_verifying() {
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        regenerate();
    }
    let source = ScenarioSource::new(root().join("scenarios"));
    for (file, id, name) in FIXTURES {
        let path = fixture(file);
        let body = match read_result(&path) {
            Ok(b) => b,
            Err(e) => panic!("{e}; {REGENERATE}"),
        };
        assert_eq!(
            body.engine, ENGINE_VERSION,
            "{file} was written by engine `{}`, this build is `{ENGINE_VERSION}`: the fixtures pin this build's engine; {REGENERATE}",
            body.engine
        );
        let report = verify_file(&path, &source);
        let differences: Vec<String> = report.differences.iter().map(ToString::to_string).collect();
        assert!(
            report.authentic,
            "{file} no longer verifies: {}; {REGENERATE}",
            differences.join("; ")
        );
        assert!(report.notes.is_empty(), "{file}: {:?}", report.notes);
        assert_eq!(report.scenario_id, id);
        assert_eq!(report.stored_total, report.recomputed_total, "{file}");

        // What the scenario says of the path the file plays.
        let test = path_test(&scenario(id), name);
        assert_eq!(body.mode, test.mode, "{file}");
        assert_eq!(body.seed, test.seed, "{file}");
        let total = report.score().unwrap_or_default();
        if let Some(min) = test.min_score {
            assert!(total >= min, "{file}: {total} < {min}");
        }
        if let Some(max) = test.max_score {
            assert!(total <= max, "{file}: {total} > {max}");
        }
        for critical in &test.expect_critical {
            assert!(
                report.critical_errors.contains(critical),
                "{file}: {critical} not raised ({:?})",
                report.critical_errors
            );
        }
    }
}

/// Result files written by engines `/1` (before appointment dates followed the law), `/2`
/// (before a score covered the whole shift) and `/3` (before the trainee had to find and
/// flag defects: looking at a paper listed them), kept as they were handed in: a later engine
/// never calls them forged, and never ranks them — it refuses them with a message naming the
/// engine that wrote them.
#[test]
fn results_of_an_older_engine_are_never_called_forged() {
    use motcua::record::Outcome;
    let source = ScenarioSource::new(root().join("scenarios"));
    for generation in ["1", "2", "3"] {
        let folder = root().join(format!("tests/fixtures/results-engine-{generation}"));
        let mut seen = 0;
        for (file, id, _) in FIXTURES {
            let path = folder.join(file);
            let report = verify_file(&path, &source);
            seen += 1;
            assert_eq!(report.scenario_id, id, "{}", path.display());
            assert!(
                report.engine.ends_with(&format!("/{generation}")),
                "{file} is a fixture of engine /{generation}, not {}",
                report.engine
            );
            let text: Vec<String> = report.differences.iter().map(ToString::to_string).collect();
            assert_eq!(
                report.outcome(),
                Outcome::NotChecked,
                "{file} of engine /{generation}: refused, neither ranked nor called forged: {text:?}"
            );
            assert_eq!(report.score(), None, "{file}: an old score is not ranked");
            assert!(
                text.iter().any(|t| t.contains(&report.engine)
                    && t.contains("does not rank")
                    && t.contains("play the scenario again")),
                "{file}: refused with a message naming the engine: {text:?}"
            );
        }
        assert_eq!(seen, FIXTURES.len());
    }
}
