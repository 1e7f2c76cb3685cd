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
pub use crate::codec::MAX_NESTING;
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

    /// Locates the `nth` (0-based) `field: "value"` in `source` when no position is known
    /// yet (the last one when there are fewer; the first `"value"` anywhere when there is
    /// none), pointing at the value.
    pub fn locate_field(self, source: &str, field: &str, value: &str, nth: usize) -> Self {
        let offsets = field_offsets(source, field, value);
        match offsets.get(nth).or(offsets.last()) {
            Some(&offset) if self.line.is_none() => {
                let (line, col) = line_col(source, offset);
                self.at(line, col)
            }
            _ => self.locate_in(source, &format!("\"{value}\"")),
        }
    }
}

/// Byte offsets of the string values in `field: "value"` pairs of RON `source` (any spacing
/// around the colon), in file order.
pub fn field_offsets(source: &str, field: &str, value: &str) -> Vec<usize> {
    let quoted = format!("\"{value}\"");
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    source
        .match_indices(&quoted)
        .map(|(offset, _)| offset)
        .filter(|&offset| {
            let before = source[..offset].trim_end();
            let Some(before) = before.strip_suffix(':') else {
                return false;
            };
            let before = before.trim_end();
            before
                .strip_suffix(field)
                .is_some_and(|rest| !rest.ends_with(is_ident))
        })
        .collect()
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
                .map(|(_, text)| strip_bom(text).to_owned())
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
    decode_utf8(path, bytes)
}

/// The byte-order mark some editors (Windows Notepad) write at the start of UTF-8 files.
const BOM: char = '\u{feff}';

/// `text` without a leading UTF-8 byte-order mark.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix(BOM).unwrap_or(text)
}

/// Decodes a file's bytes as UTF-8 without its byte-order mark; an invalid byte is reported
/// at its line and column (counted in characters, as editors do).
fn decode_utf8(path: &Path, bytes: Vec<u8>) -> Result<String, Problem> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(match text.strip_prefix(BOM) {
            Some(rest) => rest.to_owned(),
            None => text,
        }),
        Err(e) => {
            let bytes = e.as_bytes();
            let offset = e.utf8_error().valid_up_to();
            let valid = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
            let (line, col) = line_col(strip_bom(valid), strip_bom(valid).len());
            let byte = bytes.get(offset).copied().unwrap_or_default();
            Err(
                Problem::new(path, format!("file is not valid UTF-8 (byte 0x{byte:02X})"))
                    .hint("save the file with the UTF-8 encoding (Notepad: Save As → Encoding: UTF-8)")
                    .at(line, col),
            )
        }
    }
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
    } else if message.contains("Integer is out of bounds") {
        Some("this field takes a whole number in its range (counts have no minus sign)".into())
    } else if message.contains("Expected integer") {
        Some("this field takes a whole number such as 30".into())
    } else {
        None
    }
}

/// What chrono says about a date or moment it cannot read (via `Display` of its
/// `ParseError`, which is all that reaches us through serde).
const CHRONO_MESSAGES: [&str; 6] = [
    "input is out of range",
    "no possible date and time matching input",
    "input is not enough for unique date and time",
    "input contains invalid characters",
    "premature end of input",
    "trailing input",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The text of the string literal whose content starts at (`line`, `col`), as ron reports
/// the span of a string value.
fn string_at(source: &str, line: usize, col: usize) -> Option<&str> {
    let line_start = if line <= 1 {
        0
    } else {
        source.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let line_text = &source[line_start..];
    let offset = line_start
        + line_text
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(line_text.len(), |(i, _)| i);
    let open = source[..offset].rfind('"')?;
    let content = &source[open + 1..];
    let close = content.find('"')?;
    Some(&content[..close])
}

/// Why `text` (`YYYY-MM-DD`) is not a date, when there is a reason to give beyond "it is
/// not written as a date".
fn date_reason(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.trim().splitn(3, '-').collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let (Ok(year), Ok(month), Ok(day)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>())
    else {
        return None;
    };
    if chrono::NaiveDate::from_ymd_opt(year, 1, 1).is_none() {
        return Some(format!("the year {year} is out of range"));
    }
    if !(1..=12).contains(&month) {
        return Some(format!("there is no month {month}"));
    }
    let days = (28..=31u32)
        .rev()
        .find(|&n| chrono::NaiveDate::from_ymd_opt(year, month, n).is_some())
        .unwrap_or(28);
    let name = MONTHS
        .get((month - 1) as usize)
        .copied()
        .unwrap_or_default();
    (day == 0 || day > days).then(|| format!("{name} {year} has {days} days"))
}

/// Why `text` (`HH:MM` or `HH:MM:SS`) is not a time of day, when there is a reason to give.
fn time_reason(text: &str) -> Option<String> {
    let parts: Vec<Option<u32>> = text.trim().split(':').map(|p| p.parse().ok()).collect();
    match parts.as_slice() {
        [Some(h), ..] if *h > 23 => Some("hours go from 00 to 23".into()),
        [Some(_), Some(m), ..] if *m > 59 => Some("minutes go from 00 to 59".into()),
        [Some(_), Some(_), Some(s)] if *s > 59 => Some("seconds go from 00 to 59".into()),
        _ => None,
    }
}

/// "`text` is not WHAT" with the reason after a colon when there is one.
fn not_a(text: &str, what: &str, reason: Option<String>) -> String {
    match reason {
        Some(reason) => format!("`{text}` is not {what}: {reason}"),
        None => format!("`{text}` is not {what}"),
    }
}

/// A clear message and hint for a date, moment or time that does not parse, or `None` when
/// `message` is about something else.
fn explain_date_or_time(
    message: &str,
    source: &str,
    line: usize,
    col: usize,
) -> Option<(String, String)> {
    if let Some(rest) = message.strip_prefix('`')
        && let Some((text, tail)) = rest.split_once('`')
        && tail.starts_with(" is not a time of day")
    {
        return Some((
            not_a(text, "a time of day", time_reason(text)),
            "write times of day as HH:MM, e.g. \"07:30\"".into(),
        ));
    }
    if !CHRONO_MESSAGES.contains(&message) {
        return None;
    }
    let text = string_at(source, line, col)?;
    Some(match text.split_once(['T', ' ']) {
        Some((date, time)) => (
            not_a(
                text,
                "a date and time",
                date_reason(date).or_else(|| time_reason(time)),
            ),
            "write a date and time as YYYY-MM-DDTHH:MM:SS, e.g. \"2026-11-20T09:30:00\"".into(),
        ),
        None => (
            not_a(text, "a date", date_reason(text)),
            "write dates as YYYY-MM-DD, e.g. \"2026-11-23\"".into(),
        ),
    })
}

/// Parses RON text into `T`, NFC-normalizing strings, with positions on error.
pub fn parse_ron<T: DeserializeOwned>(path: &Path, source: &str) -> Result<T, Problem> {
    let source = strip_bom(source);
    check_nesting(path, source)?;
    let options = crate::codec::ron_options();
    let parsed: T = options.from_str(source).map_err(|e| {
        let message = e.code.to_string();
        let (line, col) = (e.span.start.line, e.span.start.col);
        if let Some((message, hint)) = explain_date_or_time(&message, source, line, col) {
            return Problem::new(path, message).at(line, col).hint(hint);
        }
        let mut p = Problem::new(path, message.clone()).at(line, col);
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

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Dated {
        date: Option<chrono::NaiveDate>,
        moment: Option<chrono::NaiveDateTime>,
    }

    fn date_problem(src: &str) -> String {
        let err = parse_ron::<Dated>(Path::new("d.ron"), src).unwrap_err();
        format!("{}:{} {}", err.line.unwrap(), err.col.unwrap(), err.message)
    }

    #[test]
    fn impossible_dates_and_moments_say_why() {
        // The column is where the value's text starts (after the quote).
        assert_eq!(
            date_problem("(date: Some(\"2028-02-30\"))"),
            "1:14 `2028-02-30` is not a date: February 2028 has 29 days"
        );
        assert_eq!(
            date_problem("(\n date: Some(\"2026-04-31\"))"),
            "2:14 `2026-04-31` is not a date: April 2026 has 30 days"
        );
        assert_eq!(
            date_problem("(date: Some(\"2026-00-10\"))"),
            "1:14 `2026-00-10` is not a date: there is no month 0"
        );
        assert_eq!(
            date_problem("(date: Some(\"2026-11-00\"))"),
            "1:14 `2026-11-00` is not a date: November 2026 has 30 days"
        );
        assert_eq!(
            date_problem("(date: Some(\"23/11/2026\"))"),
            "1:14 `23/11/2026` is not a date"
        );
        assert_eq!(
            date_problem("(moment: Some(\"2026-11-20T24:00:00\"))"),
            "1:16 `2026-11-20T24:00:00` is not a date and time: hours go from 00 to 23"
        );
        assert_eq!(
            date_problem("(moment: Some(\"2026-02-29T08:00:00\"))"),
            "1:16 `2026-02-29T08:00:00` is not a date and time: February 2026 has 28 days"
        );
        assert_eq!(
            date_problem("(moment: Some(\"2026-11-20T09:00\"))"),
            "1:16 `2026-11-20T09:00` is not a date and time"
        );
    }

    #[test]
    fn an_invalid_byte_counts_lines_and_characters_before_it() {
        let mut bytes = "(\n  name: \"Nguyễn".as_bytes().to_vec();
        bytes.push(0xFF);
        bytes.extend_from_slice(b"\")\n");
        let err = decode_utf8(Path::new("b.ron"), bytes).unwrap_err();
        // Line 2: two spaces, `name: "` and the six characters of "Nguyễn" come first.
        assert_eq!((err.line, err.col), (Some(2), Some(16)));
        assert_eq!(err.message, "file is not valid UTF-8 (byte 0xFF)");
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_text() {
        let text =
            decode_utf8(Path::new("m.ron"), "\u{feff}(name: \"a\", count: 1)".into()).unwrap();
        assert!(text.starts_with('('));
        let s: Small = parse_ron(Path::new("m.ron"), "\u{feff}(name: \"a\", count: 1)").unwrap();
        assert_eq!(s.count, 1);
    }

    #[test]
    fn field_values_are_found_in_order_whatever_the_spacing() {
        let src = "(id: \"a\", x: \"a\", list: [(id:\"a\"), (id :  \"a\")], hid: \"a\")";
        let offsets = field_offsets(src, "id", "a");
        assert_eq!(offsets.len(), 3, "{offsets:?}");
        assert_eq!(&src[offsets[2]..offsets[2] + 3], "\"a\"");
        let p = Problem::new("f.ron", "dup").locate_field(src, "id", "a", 1);
        assert_eq!(p.col, Some(u32::try_from(offsets[1] + 1).unwrap()));
    }

    #[test]
    fn truncated_input_is_an_error() {
        assert!(parse_ron::<Small>(Path::new("t.ron"), "(name: \"a").is_err());
        assert!(parse_ron::<Small>(Path::new("t.ron"), "").is_err());
    }
}
