//! Reading scenario packs from disk: the syntactic pass.
//!
//! Every file is read with a size limit, checked for nesting depth before parsing (a hostile
//! file gets an error, never a stack overflow or a hang), parsed as RON with
//! `deny_unknown_fields`, and NFC-normalized. Problems carry the file, line and column.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::de::DeserializeOwned;

use super::{Catalog, LegalRule, Scenario, ScenarioFile};
use crate::text;

/// Largest data file accepted, in bytes.
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;
/// Deepest bracket nesting accepted.
pub const MAX_NESTING: usize = 48;
/// Most files read from one folder.
pub const MAX_FILES_PER_FOLDER: usize = 2_000;

/// One problem found while loading or validating, located as precisely as possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file.
    pub file: PathBuf,
    /// 1-based line, when known.
    pub line: Option<u32>,
    /// 1-based column, when known.
    pub col: Option<u32>,
    /// Path of the offending item (e.g. `arrivals[c2].documents[1].kind`), for semantic problems.
    pub item: Option<String>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
}

impl Problem {
    /// A problem with a file and message only.
    pub fn new(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            line: None,
            col: None,
            item: None,
            message: message.into(),
            hint: None,
        }
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds the item path.
    pub fn at_item(mut self, item: impl Into<String>) -> Self {
        self.item = Some(item.into());
        self
    }

    /// Adds line and column.
    pub fn at(mut self, line: usize, col: usize) -> Self {
        self.line = Some(u32::try_from(line).unwrap_or(u32::MAX));
        self.col = Some(u32::try_from(col).unwrap_or(u32::MAX));
        self
    }

    /// Locates the first occurrence of `needle` in `source` when no position is known yet.
    pub fn locate_in(self, source: &str, needle: &str) -> Self {
        if self.line.is_none()
            && !needle.is_empty()
            && let Some(offset) = source.find(needle)
        {
            let (line, col) = line_col(source, offset);
            return self.at(line, col);
        }
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}:{}", self.col.unwrap_or(1))?;
        }
        write!(f, ": ")?;
        if let Some(item) = &self.item {
            write!(f, "{item}: ")?;
        }
        write!(f, "{}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// Problems of one load, as an error value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))]
pub struct Problems(pub Vec<Problem>);

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_pack.rs"));
}

/// The virtual folder of the pack built into the binary.
pub const BUILTIN_ROOT: &str = "<built-in>/scenarios";

/// Where scenario files come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Source {
    /// Folders and files on disk.
    #[default]
    Disk,
    /// The shipped pack compiled into the binary (paths under [`BUILTIN_ROOT`]).
    Builtin,
}

impl Source {
    fn builtin_rel(path: &Path) -> Option<String> {
        let rel = path.strip_prefix(BUILTIN_ROOT).ok()?;
        Some(rel.to_string_lossy().replace('\\', "/"))
    }

    /// Reads a text file with the size limit.
    pub fn read_text(self, path: &Path) -> Result<String, Problem> {
        match self {
            Source::Disk => read_text(path),
            Source::Builtin => Source::builtin_rel(path)
                .and_then(|rel| builtin::FILES.iter().find(|(p, _)| *p == rel))
                .map(|(_, text)| (*text).to_owned())
                .ok_or_else(|| Problem::new(path, "cannot read: not in the built-in pack")),
        }
    }

    /// True when the folder exists.
    pub fn is_dir(self, path: &Path) -> bool {
        match self {
            Source::Disk => path.is_dir(),
            Source::Builtin => Source::builtin_rel(path).is_some_and(|rel| {
                let prefix = if rel.is_empty() {
                    String::new()
                } else {
                    format!("{rel}/")
                };
                builtin::FILES.iter().any(|(p, _)| p.starts_with(&prefix))
            }),
        }
    }

    /// True when the file exists.
    pub fn is_file(self, path: &Path) -> bool {
        match self {
            Source::Disk => path.is_file(),
            Source::Builtin => Source::builtin_rel(path)
                .is_some_and(|rel| builtin::FILES.iter().any(|(p, _)| *p == rel)),
        }
    }

    /// The `.ron` files directly in a folder, sorted.
    pub fn ron_files(self, dir: &Path) -> Result<Vec<PathBuf>, Problem> {
        match self {
            Source::Disk => ron_files(dir),
            Source::Builtin => {
                let rel = Source::builtin_rel(dir).unwrap_or_default();
                let prefix = if rel.is_empty() {
                    String::new()
                } else {
                    format!("{rel}/")
                };
                let mut files: Vec<PathBuf> = builtin::FILES
                    .iter()
                    .filter_map(|(p, _)| p.strip_prefix(&prefix))
                    .filter(|name| !name.contains('/') && name.ends_with(".ron"))
                    .map(|name| dir.join(name))
                    .collect();
                files.sort();
                Ok(files)
            }
        }
    }

    /// The sub-folders of a pack root that hold a `scenario.ron`, sorted.
    pub fn scenario_dirs(self, root: &Path) -> Result<Vec<PathBuf>, Problem> {
        let mut dirs: Vec<PathBuf> = match self {
            Source::Disk => std::fs::read_dir(root)
                .map_err(|e| Problem::new(root, format!("cannot list folder: {e}")))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.join("scenario.ron").is_file())
                .collect(),
            Source::Builtin => builtin::FILES
                .iter()
                .filter_map(|(p, _)| p.strip_suffix("/scenario.ron"))
                .filter(|d| !d.contains('/'))
                .map(|d| root.join(d))
                .collect(),
        };
        dirs.sort();
        dirs.truncate(MAX_FILES_PER_FOLDER);
        Ok(dirs)
    }

    /// Reads and parses one RON file.
    pub fn read_ron<T: DeserializeOwned>(self, path: &Path) -> Result<T, Problem> {
        let text = self.read_text(path)?;
        parse_ron(path, &text)
    }
}

fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Reads a text file with the size limit.
pub fn read_text(path: &Path) -> Result<String, Problem> {
    let meta =
        std::fs::metadata(path).map_err(|e| Problem::new(path, format!("cannot read: {e}")))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(Problem::new(
            path,
            format!(
                "file is {} bytes; the limit is {MAX_FILE_BYTES}",
                meta.len()
            ),
        )
        .hint("split the content into several files"));
    }
    let bytes = std::fs::read(path).map_err(|e| Problem::new(path, format!("cannot read: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        Problem::new(path, "file is not valid UTF-8")
            .hint("save the file as UTF-8")
            .at(1, offset + 1)
    })
}

/// Checks bracket nesting outside strings and comments.
fn check_nesting(path: &Path, source: &str) -> Result<(), Problem> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = source.char_indices().peekable();
    while let Some((i, ch)) = chars.next() {
        if in_string {
            match ch {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match ch {
            '"' => in_string = true,
            '/' if chars.peek().is_some_and(|(_, c)| *c == '/') => {
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '(' | '[' | '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    let (line, col) = line_col(source, i);
                    return Err(Problem::new(
                        path,
                        format!("nesting deeper than {MAX_NESTING} levels"),
                    )
                    .at(line, col)
                    .hint("scenario data never needs this much nesting; is the file damaged?"));
                }
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

fn syntax_hint(message: &str) -> Option<String> {
    if message.contains("Unexpected field") || message.contains("unknown field") {
        Some("check the spelling; the accepted field names are listed in README.md → Scenario format".into())
    } else if message.contains("Expected") && message.contains("string") {
        Some("text values need double quotes".into())
    } else if message.contains("missing field") || message.contains("Unexpected missing field") {
        Some("add the field; see the example in README.md".into())
    } else if message.contains("premature end") || message.contains("Unexpected end") {
        Some("a bracket or parenthesis is not closed".into())
    } else {
        None
    }
}

/// Parses RON text into `T`, NFC-normalizing strings, with positions on error.
pub fn parse_ron<T: DeserializeOwned>(path: &Path, source: &str) -> Result<T, Problem> {
    check_nesting(path, source)?;
    let options = ron::Options::default().with_recursion_limit(MAX_NESTING + 16);
    let parsed: T = options.from_str(source).map_err(|e| {
        let message = e.code.to_string();
        let mut p = Problem::new(path, message.clone()).at(e.span.start.line, e.span.start.col);
        p.hint = syntax_hint(&message);
        p
    })?;
    if text::is_nfc(source) {
        return Ok(parsed);
    }
    // Only string contents can change under NFC (RON syntax is ASCII), so the normalized
    // text parses the same way; positions above refer to the file as written.
    options
        .from_str(&text::nfc(source))
        .map_err(|e| Problem::new(path, e.code.to_string()))
}

/// Reads and parses one RON file.
pub fn read_ron<T: DeserializeOwned>(path: &Path) -> Result<T, Problem> {
    let source = read_text(path)?;
    parse_ron(path, &source)
}

fn ron_files(dir: &Path) -> Result<Vec<PathBuf>, Problem> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Problem::new(dir, format!("cannot list folder: {e}")))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Problem::new(dir, format!("cannot list folder: {e}")))?;
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "ron") && path.is_file() {
            files.push(path);
            if files.len() > MAX_FILES_PER_FOLDER {
                return Err(Problem::new(
                    dir,
                    format!("more than {MAX_FILES_PER_FOLDER} files"),
                ));
            }
        }
    }
    files.sort();
    Ok(files)
}

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
    let rules_path = shared.join("rules.ron");
    let mut rules = BTreeMap::new();
    if source.is_file(&rules_path) {
        match source.read_ron::<Vec<LegalRule>>(&rules_path) {
            Ok(list) => {
                for rule in list {
                    if rules.insert(rule.id.clone(), rule.clone()).is_some() {
                        problems.push(Problem::new(
                            &rules_path,
                            format!("rule `{}` is defined twice", rule.id),
                        ));
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
    };
    problems.extend(super::validate::check_catalog(&catalog, shared));
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
    for dir in dirs {
        let result = match &catalog {
            Some(c) => load_scenario_in(source, &dir, c.clone()),
            None => Err(Problems(vec![Problem::new(
                dir.join("scenario.ron"),
                "not checked: the shared data failed to load",
            )])),
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

/// `meta.requires` must name another scenario of the pack, and the chain must not loop.
fn check_prerequisites(files: Source, scenarios: &mut [(PathBuf, Result<Scenario, Problems>)]) {
    let ids: std::collections::BTreeMap<String, Option<String>> = scenarios
        .iter()
        .filter_map(|(_, r)| r.as_ref().ok())
        .map(|s| (s.id().to_owned(), s.file.meta.requires.clone()))
        .collect();
    for (dir, result) in scenarios.iter_mut() {
        let Ok(scenario) = result else { continue };
        let Some(required) = scenario.file.meta.requires.clone() else {
            continue;
        };
        let path = dir.join("scenario.ron");
        let source = files.read_text(&path).unwrap_or_default();
        let needle = format!("\"{required}\"");
        let problem = if !ids.contains_key(&required) {
            Some(format!("requires unknown scenario `{required}`"))
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
            looped.then(|| format!("`requires` loops back to `{}`", scenario.id()))
        };
        if let Some(message) = problem {
            let p = Problem::new(&path, message)
                .at_item("meta.requires")
                .hint("name the folder of the scenario to pass first")
                .locate_in(&source, &needle);
            *result = Err(Problems(vec![p]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Small {
        name: String,
        count: u32,
    }

    #[test]
    fn syntax_errors_carry_line_and_column() {
        let src = "(\n  name: \"a\",\n  cont: 3,\n)";
        let err = parse_ron::<Small>(Path::new("x.ron"), src).unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(err.to_string().starts_with("x.ron:3:"), "{err}");
        assert!(err.hint.is_some());
    }

    #[test]
    fn hostile_nesting_is_an_error_not_a_crash() {
        let src = "[".repeat(100_000);
        let err = parse_ron::<Small>(Path::new("deep.ron"), &src).unwrap_err();
        assert!(err.message.contains("nesting"));
    }

    #[test]
    fn brackets_inside_strings_do_not_count() {
        let src = format!("(name: \"{}\", count: 1)", "(".repeat(500));
        assert!(parse_ron::<Small>(Path::new("s.ron"), &src).is_ok());
    }

    #[test]
    fn text_is_nfc_normalized_on_load() {
        let src = "(name: \"Nguye\u{302}\u{303}n\", count: 1)";
        let s: Small = parse_ron(Path::new("n.ron"), src).unwrap();
        assert_eq!(s.name, "Nguyễn");
    }

    #[test]
    fn truncated_input_is_an_error() {
        assert!(parse_ron::<Small>(Path::new("t.ron"), "(name: \"a").is_err());
        assert!(parse_ron::<Small>(Path::new("t.ron"), "").is_err());
    }
}
