//! Finding and loading the scenario pack shipped with the app.
//!
//! The shipped `scenarios/` folder is compiled into the binary, so the app needs nothing
//! else. An instructor can override it with a pack folder named by `MOTCUA_SCENARIOS` or a
//! `scenarios/` folder next to the executable. Loading goes scenario by scenario so the home
//! screen can show progress.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::scenario::Scenario;
use crate::scenario::load::{
    BUILTIN_ROOT, Problem, Problems, Source, load_catalog_in, load_scenario_in,
};

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

/// The pack to load: an instructor's folder (`MOTCUA_SCENARIOS`, or `scenarios/` next to
/// the executable) when there is one, else the pack built into the binary.
pub fn locate() -> (Source, PathBuf) {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(p) = std::env::var_os(PACK_ENV) {
        candidates.push(PathBuf::from(p));
    }
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(Path::to_path_buf))
    {
        candidates.push(dir.join("scenarios"));
    }
    match candidates.into_iter().find(|c| c.join("shared").is_dir()) {
        Some(dir) => (Source::Disk, dir),
        None => (Source::Builtin, PathBuf::from(BUILTIN_ROOT)),
    }
}

/// The pack a loading job gave, or an empty pack whose one problem says why loading
/// stopped (shown on the home screen like any other pack problem).
pub fn loaded_or_failed(result: Result<LoadedPack, super::jobs::JobFailed>) -> LoadedPack {
    result.unwrap_or_else(|e| LoadedPack {
        problems: vec![format!("loading the scenario pack stopped: {e}")],
        ..LoadedPack::default()
    })
}

/// Runs one step of loading, turning a panic (a bug: loading must never panic) into a
/// problem naming `file`, so one broken scenario does not take the whole pack down.
fn guarded<T>(file: &Path, step: impl FnOnce() -> Result<T, Problems>) -> Result<T, Problems> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(step)).unwrap_or_else(|payload| {
        let why = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(Problems(vec![Problem::new(
            file,
            format!("loading stopped on an internal error: {why}"),
        )]))
    })
}

/// Loads a pack, reporting progress per scenario.
pub fn load(source: Source, root: &Path, reporter: &Reporter<LoadedPack>) -> LoadedPack {
    let mut pack = LoadedPack {
        root: root.to_path_buf(),
        ..LoadedPack::default()
    };
    reporter.report(0.05, "progress-loading-shared");
    let shared = root.join("shared");
    let catalog = match guarded(&shared, || load_catalog_in(source, &shared)) {
        Ok(c) => Arc::new(c),
        Err(problems) => {
            pack.problems = problems.0.iter().map(ToString::to_string).collect();
            return pack;
        }
    };
    let dirs: Vec<PathBuf> = match source.scenario_dirs(root) {
        Ok(dirs) => dirs,
        Err(problem) => {
            pack.problems.push(problem.to_string());
            Vec::new()
        }
    };
    let n = dirs.len().max(1) as f32;
    for (i, dir) in dirs.iter().enumerate() {
        reporter.report(0.1 + 0.9 * i as f32 / n, "progress-loading-scenarios");
        let file = dir.join("scenario.ron");
        match guarded(&file, || load_scenario_in(source, dir, catalog.clone())) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_load_becomes_a_problem_on_the_home_screen() {
        let pack = loaded_or_failed(Err(super::super::jobs::JobFailed(
            "p=NaN is outside range [0.0, 1.0]".into(),
        )));
        assert!(pack.scenarios.is_empty());
        assert_eq!(
            pack.problems,
            vec!["loading the scenario pack stopped: p=NaN is outside range [0.0, 1.0]"]
        );
    }

    #[test]
    fn a_panicking_step_becomes_a_problem_naming_the_file() {
        let result: Result<(), Problems> = guarded(Path::new("s/x/scenario.ron"), || {
            panic!("attempt to add with overflow")
        });
        assert_eq!(
            result.unwrap_err().to_string(),
            "s/x/scenario.ron: loading stopped on an internal error: attempt to add with overflow"
        );
    }
}
