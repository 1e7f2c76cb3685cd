//! Every shipped scenario loads, validates, and its declared paths behave as declared:
//! expert paths score at least their minimum, careless paths raise their critical errors.

use std::path::Path;
use std::sync::Arc;

use motcua::scenario::load::{builtin_pack, load_pack};

fn pack_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))
}

#[test]
fn the_shipped_pack_has_no_problems() {
    let pack = load_pack(pack_root());
    let problems: Vec<String> = pack.problems().iter().map(|p| p.to_string()).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(pack.loaded().len() >= 3, "at least three scenarios ship");
}

#[test]
fn the_built_in_pack_is_the_shipped_folder() {
    let disk = load_pack(pack_root());
    let builtin = builtin_pack();
    assert!(builtin.problems().is_empty(), "{:?}", builtin.problems());
    let hashes = |p: &motcua::scenario::load::Pack| {
        p.loaded()
            .iter()
            .map(|s| (s.id().to_owned(), s.content_hash.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        hashes(&disk),
        hashes(&builtin),
        "rebuild: the embedded pack is stale"
    );
    for s in builtin.loaded() {
        for path in &s.file.tests.expert {
            assert!(
                motcua::sim::read_script(s, &path.script).is_ok(),
                "{}: {}",
                s.id(),
                path.script
            );
        }
    }
}

#[test]
fn every_declared_path_behaves_as_declared() {
    let pack = load_pack(pack_root());
    assert!(!pack.loaded().is_empty(), "no scenario loaded");
    let mut failures = Vec::new();
    let mut played = 0;
    for scenario in pack.loaded() {
        let scenario = Arc::new(scenario.clone());
        for run in motcua::pack_check::run_paths(&scenario) {
            played += 1;
            failures.extend(run.problems.iter().map(ToString::to_string));
            if run.problems.is_empty() {
                assert!(
                    run.report.is_some(),
                    "{}/{} was graded",
                    scenario.id(),
                    run.name
                );
            }
        }
    }
    assert!(
        played >= 2 * pack.loaded().len(),
        "every scenario declares paths"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_path_that_no_longer_behaves_is_reported_at_its_declaration() {
    let pack = load_pack(pack_root());
    let mut scenario = pack
        .loaded()
        .into_iter()
        .find(|s| s.id() == "tutorial-birth")
        .expect("the tutorial ships")
        .clone();
    // Ask the careless path for an error it never makes, and the expert for more than 100.
    scenario.file.tests.careless[0]
        .expect_critical
        .push("privacy-breach".into());
    scenario.file.tests.expert[0].min_score = Some(100.5);
    let problems: Vec<String> = motcua::pack_check::check_paths(&Arc::new(scenario))
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        problems.iter().any(|p| p
            .contains("tests.careless[careless]: critical error `privacy-breach` is not raised")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("tests.expert[expert]: scored")
                && p.contains("below its min_score 100.5")),
        "{problems:?}"
    );
}

#[test]
fn every_shipped_scenario_has_its_own_session_tag() {
    // A session code names its scenario by a 14-bit tag; two scenarios with one tag would
    // need the session file to tell them apart.
    let pack = builtin_pack();
    let mut seen = std::collections::BTreeMap::new();
    for s in pack.loaded() {
        let tag = motcua::session::scenario_tag(s.id());
        if let Some(other) = seen.insert(tag, s.id().to_owned()) {
            panic!("{} and {other} share the session tag {tag}", s.id());
        }
    }
}
