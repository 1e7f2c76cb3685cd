//! Reading scenario packs from disk: the syntactic pass.
//!
//! Every file is read with a size limit, checked for nesting depth before parsing (a hostile
//! file gets an error, never a stack overflow or a hang), parsed as RON with
//! `deny_unknown_fields`, and NFC-normalized. Problems carry the file, line and column.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::de::DeserializeOwned;

use super::{Catalog, LegalRule, Scenario, ScenarioFile};

/// Largest data file accepted, in bytes.
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;
/// Deepest bracket nesting accepted.
pub use crate::codec::MAX_NESTING;
/// Most files read from one folder.
pub const MAX_FILES_PER_FOLDER: usize = 2_000;

mod parse;
mod problem;
mod source;

pub use parse::{parse_ron, read_ron};
pub use problem::{Problem, Problems, field_offsets};
pub use source::{BUILTIN_ROOT, Source, read_text, strip_bom};

/// Loads one kind of shared definition: one RON file per item, id equal to the file stem.
fn load_folder<T: DeserializeOwned>(
    source: Source,
    dir: &Path,
    id_of: impl Fn(&T) -> &str,
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, T> {
    let mut out = BTreeMap::new();
    if !source.is_dir(dir) {
        return out;
    }
    let files = match source.ron_files(dir) {
        Ok(f) => f,
        Err(p) => {
            problems.push(p);
            return out;
        }
    };
    for path in files {
        match source.read_ron::<T>(&path) {
            Ok(item) => {
                let id = id_of(&item).to_owned();
                let stem = path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or_default();
                if id != stem {
                    problems.push(
                        Problem::new(
                            &path,
                            format!("id `{id}` differs from the file name `{stem}.ron`"),
                        )
                        .hint("name each file after the id it defines")
                        .locate_in(
                            &source.read_text(&path).unwrap_or_default(),
                            &format!("\"{id}\""),
                        ),
                    );
                }
                out.insert(id, item);
            }
            Err(p) => problems.push(p),
        }
    }
    out
}

/// Loads the shared data of a pack (`<pack>/shared`).
pub fn load_catalog(shared: &Path) -> Result<Catalog, Problems> {
    load_catalog_in(Source::Disk, shared)
}

/// Loads the shared data of a pack from a [`Source`].
pub fn load_catalog_in(source: Source, shared: &Path) -> Result<Catalog, Problems> {
    let mut problems = Vec::new();
    if !source.is_dir(shared) {
        return Err(Problems(vec![
            Problem::new(shared, "shared data folder not found")
                .hint("a scenario pack holds `shared/` beside its scenario folders"),
        ]));
    }
    let procedures = load_folder(
        source,
        &shared.join("procedures"),
        |p: &super::Procedure| &p.code,
        &mut problems,
    );
    let document_kinds = load_folder(
        source,
        &shared.join("documents"),
        |d: &super::DocumentKind| &d.id,
        &mut problems,
    );
    let personas = load_folder(
        source,
        &shared.join("personas"),
        |p: &super::Persona| &p.id,
        &mut problems,
    );
    let calendars = load_folder(
        source,
        &shared.join("calendars"),
        |c: &crate::calendar::Calendar| &c.id,
        &mut problems,
    );
    let bundles = load_folder(
        source,
        &shared.join("bundles"),
        |b: &super::Bundle| &b.id,
        &mut problems,
    );
    let rules_path = shared.join("rules.ron");
    let mut rules = BTreeMap::new();
    if source.is_file(&rules_path) {
        match source.read_ron::<Vec<LegalRule>>(&rules_path) {
            Ok(list) => {
                let text = source.read_text(&rules_path).unwrap_or_default();
                let mut seen: BTreeMap<String, usize> = BTreeMap::new();
                for rule in list {
                    let count = seen.entry(rule.id.clone()).or_insert(0);
                    *count += 1;
                    if rules.insert(rule.id.clone(), rule.clone()).is_some() {
                        problems.push(
                            Problem::new(
                                &rules_path,
                                format!("rule `{}` is defined twice", rule.id),
                            )
                            .locate_field(
                                &text,
                                "id",
                                &rule.id,
                                *count - 1,
                            ),
                        );
                    }
                }
            }
            Err(p) => problems.push(p),
        }
    }
    let catalog = Catalog {
        procedures,
        document_kinds,
        personas,
        calendars,
        rules,
        bundles,
    };
    problems.extend(super::validate::check_catalog(&catalog, shared, source));
    if problems.is_empty() {
        Ok(catalog)
    } else {
        Err(Problems(problems))
    }
}

pub use super::hash::content_hash;

/// Loads and validates one scenario folder against an already loaded catalog.
pub fn load_scenario(dir: &Path, catalog: Arc<Catalog>) -> Result<Scenario, Problems> {
    load_scenario_in(Source::Disk, dir, catalog)
}

/// Loads and validates one scenario folder of a [`Source`].
pub fn load_scenario_in(
    source: Source,
    dir: &Path,
    catalog: Arc<Catalog>,
) -> Result<Scenario, Problems> {
    let path = dir.join("scenario.ron");
    let text = source.read_text(&path).map_err(|p| Problems(vec![p]))?;
    let file: ScenarioFile = parse_ron(&path, &text).map_err(|p| Problems(vec![p]))?;
    let content_hash = content_hash(&file, &catalog);
    let scenario = Scenario {
        file,
        catalog,
        dir: dir.to_path_buf(),
        content_hash,
        source,
    };
    let problems = super::validate::check_scenario(&scenario, &path, &text);
    if problems.is_empty() {
        Ok(scenario)
    } else {
        Err(Problems(problems))
    }
}

/// Opens a scenario folder, loading the catalog from the pack it belongs to (`../shared`).
///
/// A folder that does not exist on disk but names a scenario of the built-in pack (e.g.
/// `tutorial-birth`, or `scenarios/tutorial-birth` run from another folder) opens the
/// built-in one.
pub fn open_scenario(dir: &Path) -> Result<Scenario, Problems> {
    let (source, dir) = match dir.file_name() {
        Some(name)
            if !dir.is_dir()
                && Source::Builtin
                    .is_file(&Path::new(BUILTIN_ROOT).join(name).join("scenario.ron")) =>
        {
            (Source::Builtin, Path::new(BUILTIN_ROOT).join(name))
        }
        _ => (Source::Disk, dir.to_path_buf()),
    };
    let pack = dir.parent().unwrap_or(Path::new("."));
    let catalog = load_catalog_in(source, &pack.join("shared"))?;
    load_scenario_in(source, &dir, Arc::new(catalog))
}

/// The result of loading a whole pack.
#[derive(Debug)]
pub struct Pack {
    /// Shared data (None when it failed to load).
    pub catalog: Option<Arc<Catalog>>,
    /// Problems in the shared data.
    pub catalog_problems: Vec<Problem>,
    /// Each scenario folder with its load result, sorted by folder name.
    pub scenarios: Vec<(PathBuf, Result<Scenario, Problems>)>,
}

impl Pack {
    /// Every problem in the pack.
    pub fn problems(&self) -> Vec<&Problem> {
        let mut all: Vec<&Problem> = self.catalog_problems.iter().collect();
        for (_, result) in &self.scenarios {
            if let Err(Problems(ps)) = result {
                all.extend(ps.iter());
            }
        }
        all
    }

    /// The scenarios that loaded, in curriculum order.
    pub fn loaded(&self) -> Vec<&Scenario> {
        let mut list: Vec<&Scenario> = self
            .scenarios
            .iter()
            .filter_map(|(_, r)| r.as_ref().ok())
            .collect();
        list.sort_by(|a, b| (a.file.meta.order, a.id()).cmp(&(b.file.meta.order, b.id())));
        list
    }
}

/// Loads every scenario of a pack on disk: each sub-folder holding a `scenario.ron`.
/// The path [`BUILTIN_ROOT`] loads the built-in pack.
pub fn load_pack(root: &Path) -> Pack {
    if root == Path::new(BUILTIN_ROOT) {
        return builtin_pack();
    }
    load_pack_in(Source::Disk, root)
}

/// Loads the pack built into the binary (the shipped `scenarios/` folder).
pub fn builtin_pack() -> Pack {
    load_pack_in(Source::Builtin, Path::new(BUILTIN_ROOT))
}

/// Loads every scenario of a pack from a [`Source`].
pub fn load_pack_in(source: Source, root: &Path) -> Pack {
    let (catalog, catalog_problems) = match load_catalog_in(source, &root.join("shared")) {
        Ok(c) => (Some(Arc::new(c)), vec![]),
        Err(Problems(ps)) => (None, ps),
    };
    let mut scenarios = Vec::new();
    let dirs = match source.scenario_dirs(root) {
        Ok(dirs) => dirs,
        Err(p) => {
            return Pack {
                catalog,
                catalog_problems: vec![p],
                scenarios,
            };
        }
    };
    let not_checked = (catalog.is_none()).then(|| {
        format!(
            "not checked: the shared data failed to load ({})",
            failed_files(root, &catalog_problems)
        )
    });
    for dir in dirs {
        let result = match (&catalog, &not_checked) {
            (Some(c), _) => load_scenario_in(source, &dir, c.clone()),
            (None, message) => Err(Problems(vec![
                Problem::new(
                    dir.join("scenario.ron"),
                    message.clone().unwrap_or_default(),
                )
                .hint("fix the shared files first; then this scenario is checked"),
            ])),
        };
        scenarios.push((dir, result));
    }
    check_prerequisites(source, &mut scenarios);
    Pack {
        catalog,
        catalog_problems,
        scenarios,
    }
}

/// The shared files named by `problems` with the position of their first problem, relative
/// to the pack root: `shared/personas/x.ron:3:5, shared/rules.ron`.
fn failed_files(root: &Path, problems: &[Problem]) -> String {
    const SHOWN: usize = 3;
    let mut files: Vec<String> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for p in problems {
        if !seen.insert(p.file.clone()) {
            continue;
        }
        let rel = p.file.strip_prefix(root).unwrap_or(&p.file);
        let mut name = rel.to_string_lossy().replace('\\', "/");
        if let Some(line) = p.line {
            name.push_str(&format!(":{line}:{}", p.col.unwrap_or(1)));
        }
        files.push(name);
    }
    let more = files.len().saturating_sub(SHOWN);
    files.truncate(SHOWN);
    let mut out = files.join(", ");
    if more > 0 {
        out.push_str(&format!(" and {more} more"));
    }
    out
}

/// `meta.requires` must name another scenario of the pack that loads, and the chain must
/// not loop. A scenario requiring one that does not load (its folder is there but it has
/// problems) says so once, pointing to that scenario's own problems; it then does not load
/// either, so what requires it says the same.
fn check_prerequisites(files: Source, scenarios: &mut [(PathBuf, Result<Scenario, Problems>)]) {
    let folder_id = |dir: &Path| {
        dir.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let mut ids: std::collections::BTreeMap<String, Option<String>> = scenarios
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok())
        .map(|s| (s.id().to_owned(), s.file.meta.requires.clone()))
        .collect();
    let mut broken: std::collections::BTreeSet<String> = scenarios
        .iter()
        .filter(|(_, r)| r.is_err())
        .map(|(dir, _)| folder_id(dir))
        .collect();
    // Each pass rejects the scenarios whose prerequisite does not load; a rejection can
    // reject what requires it, so repeat until nothing changes (at most once per scenario).
    for _ in 0..=scenarios.len() {
        let rejected = prerequisite_pass(files, scenarios, &ids, &broken);
        if rejected.is_empty() {
            break;
        }
        for id in rejected {
            ids.remove(&id);
            broken.insert(id);
        }
    }
}

/// One pass of [`check_prerequisites`]; returns the ids it rejected.
fn prerequisite_pass(
    files: Source,
    scenarios: &mut [(PathBuf, Result<Scenario, Problems>)],
    ids: &std::collections::BTreeMap<String, Option<String>>,
    broken: &std::collections::BTreeSet<String>,
) -> Vec<String> {
    let mut rejected = Vec::new();
    for (dir, result) in scenarios.iter_mut() {
        let Ok(scenario) = result else { continue };
        let Some(required) = scenario.file.meta.requires.clone() else {
            continue;
        };
        let path = dir.join("scenario.ron");
        let source = files.read_text(&path).unwrap_or_default();
        let needle = format!("\"{required}\"");
        let (problem, hint) = if broken.contains(&required) {
            (
                Some(format!(
                    "requires `{required}`, which does not load (see its own problems)"
                )),
                "fix `{required}` first; this scenario unlocks after it",
            )
        } else if !ids.contains_key(&required) {
            (
                Some(format!("requires unknown scenario `{required}`")),
                "name the folder of the scenario to pass first",
            )
        } else {
            let mut seen = std::collections::BTreeSet::from([scenario.id().to_owned()]);
            let mut next = Some(required.clone());
            let mut looped = false;
            while let Some(id) = next {
                if !seen.insert(id.clone()) {
                    looped = true;
                    break;
                }
                next = ids.get(&id).cloned().flatten();
            }
            (
                looped.then(|| format!("`requires` loops back to `{}`", scenario.id())),
                "name the folder of the scenario to pass first",
            )
        };
        if let Some(message) = problem {
            let p = Problem::new(&path, message)
                .at_item("meta.requires")
                .hint(hint.replace("{required}", &required))
                .locate_in(&source, &needle);
            rejected.push(scenario.id().to_owned());
            *result = Err(Problems(vec![p]));
        }
    }
    rejected
}

#[cfg(test)]
mod tests;
