//! Finding and loading the scenario pack shipped with the app.
//!
//! The built-in pack is the `scenarios/` folder: found through `MOTCUA_SCENARIOS`, next to
//! the executable (installed copies), two levels up (`target/release/`), the crate folder
//! (`cargo run`), or the current folder. Loading goes scenario by scenario so the home screen
//! can show progress.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::scenario::Scenario;
use crate::scenario::load::{load_catalog, load_scenario};

use super::jobs::Reporter;

/// Environment variable naming a scenario pack folder.
pub const PACK_ENV: &str = "MOTCUA_SCENARIOS";

/// A loaded pack: the scenarios that loaded, in curriculum order, and every problem found.
#[derive(Debug, Clone, Default)]
pub struct LoadedPack {
    /// Pack folder.
    pub root: PathBuf,
    /// Scenarios sorted by (meta.order, difficulty, id).
    pub scenarios: Vec<Arc<Scenario>>,
    /// Problems as text (file:line: message).
    pub problems: Vec<String>,
}

impl LoadedPack {
    /// A scenario by id.
    pub fn get(&self, id: &str) -> Option<&Arc<Scenario>> {
        self.scenarios.iter().find(|s| s.id() == id)
    }
}

/// The folder of the built-in pack, if one is found.
pub fn locate() -> Option<PathBuf> {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(p) = std::env::var_os(PACK_ENV) {
        candidates.push(PathBuf::from(p));
    }
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(Path::to_path_buf))
    {
        candidates.push(dir.join("scenarios"));
        candidates.push(dir.join("../../scenarios"));
    }
    candidates.push(PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios"
    )));
    candidates.push(PathBuf::from("scenarios"));
    candidates.into_iter().find(|c| c.join("shared").is_dir())
}

/// Loads a pack, reporting progress per scenario.
pub fn load(root: &Path, reporter: &Reporter<LoadedPack>) -> LoadedPack {
    let mut pack = LoadedPack {
        root: root.to_path_buf(),
        ..LoadedPack::default()
    };
    reporter.report(0.05, "progress-loading-shared");
    let catalog = match load_catalog(&root.join("shared")) {
        Ok(c) => Arc::new(c),
        Err(problems) => {
            pack.problems = problems.0.iter().map(ToString::to_string).collect();
            return pack;
        }
    };
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.join("scenario.ron").is_file())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    let n = dirs.len().max(1) as f32;
    for (i, dir) in dirs.iter().enumerate() {
        reporter.report(0.1 + 0.9 * i as f32 / n, "progress-loading-scenarios");
        match load_scenario(dir, catalog.clone()) {
            Ok(s) => pack.scenarios.push(Arc::new(s)),
            Err(problems) => pack
                .problems
                .extend(problems.0.iter().map(ToString::to_string)),
        }
    }
    pack.scenarios.sort_by(|a, b| {
        (a.file.meta.order, a.file.meta.difficulty, a.id()).cmp(&(
            b.file.meta.order,
            b.file.meta.difficulty,
            b.id(),
        ))
    });
    reporter.report(1.0, "progress-loading-scenarios");
    pack
}
