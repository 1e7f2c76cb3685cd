//! Every shipped scenario loads, validates, and its declared paths behave as declared:
//! expert paths score at least their minimum, careless paths raise their critical errors.

use std::path::Path;
use std::sync::Arc;

use motcua::scenario::load::{builtin_pack, load_pack};
use motcua::score::grade;
use motcua::sim::{Action, Shift};

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
                s.read_script(&path.script).is_ok(),
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
    for scenario in pack.loaded() {
        let scenario = Arc::new(scenario.clone());
        let tests = scenario.file.tests.clone();
        for path in tests.expert.iter().chain(&tests.careless) {
            let label = format!("{}/{}", scenario.id(), path.name);
            let script: Vec<Action> = match scenario.read_script(&path.script) {
                Ok(s) => s,
                Err(p) => {
                    failures.push(format!("{label}: {p}"));
                    continue;
                }
            };
            let mut shift = Shift::new(scenario.clone(), path.seed, path.mode);
            for (i, action) in script.iter().enumerate() {
                if let Err(e) = shift.apply(action.clone()) {
                    failures.push(format!("{label}: action {i} {action:?}: {e}"));
                    break;
                }
            }
            let report = grade(&shift);
            let explain = || {
                report
                    .feedback
                    .iter()
                    .map(|f| {
                        format!(
                            "    {:?} {} {:?} -{}",
                            f.dimension, f.message, f.args, f.units
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            if let Some(min) = path.min_score
                && report.total < min
            {
                failures.push(format!(
                    "{label}: scored {} < {min}\n{}",
                    report.total,
                    explain()
                ));
            }
            if let Some(max) = path.max_score
                && report.total > max
            {
                failures.push(format!("{label}: scored {} > {max}", report.total));
            }
            for id in &path.expect_critical {
                if !report.critical_ids().contains(id.as_str()) {
                    failures.push(format!(
                        "{label}: critical error `{id}` not raised (got {:?})\n{}",
                        report.critical_ids(),
                        explain()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
