//! Verification of result files by re-simulation, folder grading and the CSV export.
//!
//! [`verify_file`] trusts nothing a result file claims: it checks the seal, finds the
//! scenario by id and compares its content hash, recomputes the chain from the actions,
//! replays every action on a fresh [`Shift`], and compares the final fingerprint and the
//! score it recomputes with the stored ones. [`grade_folder`] verifies every `*.motcua` file
//! of a folder on all cores, in file-name order.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use super::journal::short_hash;
use super::result::{ResultBody, decode_result, decode_unsealed};
use super::{RecordError, read_limited, write_atomic};
use crate::scenario::Scenario;
use crate::scenario::load::load_pack;
use crate::score::{ScoreReport, grade};
use crate::sim::{ENGINE_VERSION, Shift};

/// Scenarios looked up by id: a pack root loaded once on first use (thread-safe), or a
/// fixed set given up front.
#[derive(Debug)]
pub struct ScenarioSource {
    root: Option<PathBuf>,
    loaded: OnceLock<Loaded>,
}

#[derive(Debug, Default)]
struct Loaded {
    by_id: BTreeMap<String, Arc<Scenario>>,
    failed: BTreeMap<String, String>,
    pack_problem: Option<String>,
}

impl ScenarioSource {
    /// Scenarios of the pack at `root` (a folder holding `shared/` and scenario folders).
    /// The pack is loaded and validated once, on the first lookup.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self {
            root: Some(root.into()),
            loaded: OnceLock::new(),
        }
    }

    /// A fixed set of already loaded scenarios.
    pub fn from_scenarios(scenarios: impl IntoIterator<Item = Arc<Scenario>>) -> Self {
        let by_id = scenarios
            .into_iter()
            .map(|s| (s.id().to_owned(), s))
            .collect();
        let loaded = OnceLock::new();
        let _ = loaded.set(Loaded {
            by_id,
            ..Loaded::default()
        });
        Self { root: None, loaded }
    }

    /// The pack root, when loading from disk.
    pub fn root(&self) -> Option<&Path> {
        self.root.as_deref()
    }

    fn loaded(&self) -> &Loaded {
        self.loaded.get_or_init(|| {
            let Some(root) = &self.root else {
                return Loaded::default();
            };
            let pack = load_pack(root);
            let mut loaded = Loaded::default();
            if pack.catalog.is_none() {
                let first = pack
                    .catalog_problems
                    .first()
                    .map(ToString::to_string)
                    .unwrap_or_default();
                loaded.pack_problem = Some(format!(
                    "the scenario pack {} does not load: {first}",
                    root.display()
                ));
            }
            for (dir, result) in pack.scenarios {
                let folder = dir
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                match result {
                    Ok(s) => {
                        loaded.by_id.insert(s.id().to_owned(), Arc::new(s));
                    }
                    Err(problems) => {
                        let count = problems.0.len();
                        let first = problems.0.first().map(ToString::to_string);
                        loaded.failed.insert(
                            folder,
                            format!("{count} problem(s), first: {}", first.unwrap_or_default()),
                        );
                    }
                }
            }
            loaded
        })
    }

    /// The scenario with this id, or why it is not available.
    pub fn get(&self, id: &str) -> Result<Arc<Scenario>, String> {
        let loaded = self.loaded();
        if let Some(s) = loaded.by_id.get(id) {
            return Ok(s.clone());
        }
        if let Some(why) = loaded.failed.get(id) {
            return Err(format!("scenario `{id}` does not load: {why}"));
        }
        if let Some(why) = &loaded.pack_problem {
            return Err(why.clone());
        }
        Err(match &self.root {
            Some(root) => format!("scenario `{id}` not found in {}", root.display()),
            None => format!("scenario `{id}` not found"),
        })
    }
}

/// The outcome of verifying one result file.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifyReport {
    /// The file.
    pub file: PathBuf,
    /// Trainee named in the file (what it claims, even when not authentic).
    pub trainee: String,
    /// Scenario id named in the file.
    pub scenario_id: String,
    /// Total stored in the file.
    pub stored_total: Option<f64>,
    /// Total recomputed by re-simulation, when it could run.
    pub recomputed_total: Option<f64>,
    /// True when every check passed: the stored score is what these actions earn.
    pub authentic: bool,
    /// Why it is not authentic (empty when authentic).
    pub differences: Vec<String>,
    /// Observations that do not affect authenticity (e.g. another engine version that
    /// still reproduces the run exactly).
    pub notes: Vec<String>,
    /// Critical error ids of the recomputed score (empty when it could not be recomputed).
    pub critical_errors: Vec<String>,
}

impl VerifyReport {
    fn new(file: &Path) -> Self {
        Self {
            file: file.to_path_buf(),
            trainee: String::new(),
            scenario_id: String::new(),
            stored_total: None,
            recomputed_total: None,
            authentic: false,
            differences: Vec::new(),
            notes: Vec::new(),
            critical_errors: Vec::new(),
        }
    }

    /// The score to show: the one recomputed by re-simulation (what the actions earn).
    /// A claimed score that could not be recomputed is never shown as a grade.
    pub fn score(&self) -> Option<f64> {
        self.recomputed_total
    }

    fn claims(&mut self, body: &ResultBody) {
        self.trainee = body.trainee.clone();
        self.scenario_id = body.scenario_id.clone();
        self.stored_total = Some(body.score.total);
    }
}

fn critical_ids(score: &ScoreReport) -> Vec<String> {
    score.critical.iter().map(|c| c.id().to_owned()).collect()
}

/// Verifies one result file (see the module documentation for the checks).
pub fn verify_file(path: &Path, source: &ScenarioSource) -> VerifyReport {
    match read_limited(path) {
        Ok(bytes) => verify_bytes(path, &bytes, source),
        Err(e) => {
            let mut report = VerifyReport::new(path);
            report.differences.push(e.message());
            report
        }
    }
}

/// Verifies the bytes of a result file (`path` names it in the report).
pub fn verify_bytes(path: &Path, bytes: &[u8], source: &ScenarioSource) -> VerifyReport {
    let checked = catch_unwind(AssertUnwindSafe(|| verify_inner(path, bytes, source)));
    checked.unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| panic.downcast_ref::<&str>().copied())
            .unwrap_or("unknown");
        let mut report = VerifyReport::new(path);
        if let Ok(body) = decode_unsealed(path, bytes) {
            report.claims(&body);
        }
        report.differences.push(format!(
            "internal error while replaying this file ({what}); it cannot be verified"
        ));
        report
    })
}

fn verify_inner(path: &Path, bytes: &[u8], source: &ScenarioSource) -> VerifyReport {
    let mut report = VerifyReport::new(path);
    let body = match decode_result(path, bytes) {
        Ok(body) => body,
        Err(e) => {
            if matches!(e, RecordError::Seal { .. })
                && let Ok(claimed) = decode_unsealed(path, bytes)
            {
                report.claims(&claimed);
            }
            report.differences.push(e.message());
            return report;
        }
    };
    report.claims(&body);
    let d = &mut report.differences;

    let scenario = match source.get(&body.scenario_id) {
        Ok(s) => s,
        Err(why) => {
            d.push(why);
            return report;
        }
    };
    if scenario.content_hash != body.scenario_hash {
        d.push(format!(
            "scenario changed since this run (file {}, now {})",
            short_hash(&body.scenario_hash),
            short_hash(&scenario.content_hash)
        ));
        return report;
    }
    if body.engine != ENGINE_VERSION {
        report.notes.push(format!(
            "recorded with engine `{}`, replayed with `{ENGINE_VERSION}`",
            body.engine
        ));
    }
    match body.compute_chain(path) {
        Ok(chain) if chain == body.chain => {}
        Ok(_) => d.push("the action chain does not match the actions (the log was edited)".into()),
        Err(e) => d.push(e.message()),
    }

    let mut shift = Shift::new(scenario, body.seed, body.mode);
    for (index, action) in body.actions.iter().enumerate() {
        if let Err(e) = shift.apply(action.clone()) {
            d.push(format!(
                "action {index} ({}) cannot be replayed: {e}; the action log was tampered with",
                action.name()
            ));
            return report;
        }
    }
    if shift.fingerprint() != body.fingerprint {
        d.push("the final state differs from the recorded one (fingerprint mismatch)".into());
    }
    let recomputed = grade(&shift);
    report.recomputed_total = Some(recomputed.total);
    report.critical_errors = critical_ids(&recomputed);
    report
        .differences
        .extend(score_differences(&body.score, &recomputed));
    report.authentic = report.differences.is_empty();
    report
}

fn differs(a: f64, b: f64) -> bool {
    a.to_bits() != b.to_bits() && a != b
}

/// The fields of two score reports that differ, as readable lines (stored first).
pub fn score_differences(stored: &ScoreReport, recomputed: &ScoreReport) -> Vec<String> {
    let mut out = Vec::new();
    if stored == recomputed {
        return out;
    }
    if differs(stored.total, recomputed.total) {
        out.push(format!(
            "total: stored {}, recomputed {}",
            stored.total, recomputed.total
        ));
    }
    if stored.passed != recomputed.passed {
        out.push(format!(
            "passed: stored {}, recomputed {}",
            stored.passed, recomputed.passed
        ));
    }
    if stored.mode != recomputed.mode {
        out.push(format!(
            "mode: stored {:?}, recomputed {:?}",
            stored.mode, recomputed.mode
        ));
    }
    if stored.critical != recomputed.critical {
        let ids = |s: &ScoreReport| critical_ids(s).join(", ");
        out.push(format!(
            "critical errors: stored [{}], recomputed [{}]",
            ids(stored),
            ids(recomputed)
        ));
    }
    let dims = stored.dimensions.len().max(recomputed.dimensions.len());
    for i in 0..dims {
        match (stored.dimensions.get(i), recomputed.dimensions.get(i)) {
            (Some(a), Some(b)) if a == b => {}
            (Some(a), Some(b)) => {
                let mut line = format!("dimension {}:", b.dimension.id());
                if a.dimension != b.dimension {
                    let _ = write!(line, " stored as {}", a.dimension.id());
                }
                for (name, x, y) in [
                    ("percent", a.percent, b.percent),
                    ("points", a.points, b.points),
                    ("opportunities", a.opportunities, b.opportunities),
                    ("penalties", a.penalties, b.penalties),
                ] {
                    if differs(x, y) {
                        let _ = write!(line, " {name} stored {x}, recomputed {y};");
                    }
                }
                if a.weight != b.weight {
                    let _ = write!(
                        line,
                        " weight stored {}, recomputed {};",
                        a.weight, b.weight
                    );
                }
                out.push(line.trim_end_matches(';').to_owned());
            }
            (Some(a), None) => out.push(format!(
                "dimension {}: stored but not recomputed",
                a.dimension.id()
            )),
            (None, Some(b)) => out.push(format!(
                "dimension {}: recomputed but not stored",
                b.dimension.id()
            )),
            (None, None) => {}
        }
    }
    if stored.feedback != recomputed.feedback {
        out.push(format!(
            "feedback: stored {} item(s), recomputed {} item(s), contents differ",
            stored.feedback.len(),
            recomputed.feedback.len()
        ));
    }
    if stored.kpis != recomputed.kpis {
        let (a, b) = (&stored.kpis, &recomputed.kpis);
        let mut names = Vec::new();
        for (name, x, y) in [
            ("on_time", a.on_time, b.on_time),
            (
                "online_submission",
                a.online_submission,
                b.online_submission,
            ),
            ("digitization", a.digitization, b.digitization),
            ("online_payment", a.online_payment, b.online_payment),
            ("sync", a.sync, b.sync),
            ("satisfaction", a.satisfaction, b.satisfaction),
            ("index", a.index, b.index),
        ] {
            if differs(x, y) {
                names.push(format!("{name} stored {x}, recomputed {y}"));
            }
        }
        out.push(format!("KPIs: {}", names.join("; ")));
    }
    if out.is_empty() {
        out.push("score: stored and recomputed reports differ".to_owned());
    }
    out
}

/// Verifies every `*.motcua` file of `dir` (not its sub-folders), sorted by file name, on
/// `threads` threads (0 = [`std::thread::available_parallelism`]). One report per file, in
/// file-name order whatever the scheduling. Only listing the folder can fail.
pub fn grade_folder(
    dir: &Path,
    source: &ScenarioSource,
    threads: usize,
) -> Result<Vec<VerifyReport>, RecordError> {
    let entries = std::fs::read_dir(dir).map_err(|e| RecordError::io(dir, "list", e))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| RecordError::io(dir, "list", e))?;
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "motcua") && path.is_file() {
            files.push(path);
        }
    }
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    if files.is_empty() {
        return Ok(Vec::new());
    }
    let threads = if threads == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        threads
    }
    .clamp(1, files.len());
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<VerifyReport>> = vec![None; files.len()];
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(file) = files.get(i) else { break };
                        done.push((i, verify_file(file, source)));
                    }
                    done
                })
            })
            .collect();
        for worker in workers {
            // verify_file catches panics itself; a worker can only fail outside it.
            if let Ok(done) = worker.join() {
                for (i, report) in done {
                    slots[i] = Some(report);
                }
            }
        }
    });
    Ok(slots
        .into_iter()
        .zip(&files)
        .map(|(slot, file)| {
            slot.unwrap_or_else(|| {
                let mut r = VerifyReport::new(file);
                r.differences
                    .push("internal error: the file was not verified".to_owned());
                r
            })
        })
        .collect())
}

/// One CSV field: quoted when it holds a comma, quote, line break or edge spaces (quotes
/// doubled, RFC 4180). Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
/// tab or carriage return first) gets a leading `'`.
fn csv_field(out: &mut String, text: &str, is_text: bool) {
    let guarded;
    let text = if is_text && text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        guarded = format!("'{text}");
        guarded.as_str()
    } else {
        text
    };
    let needs_quotes =
        text.contains([',', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ');
    if needs_quotes {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

/// The grades as CSV (UTF-8, CRLF line ends). Columns: `file, trainee, scenario, score,
/// authentic, critical_errors, differences`; lists are joined with `; `.
pub fn csv_text(reports: &[VerifyReport]) -> String {
    let mut out =
        String::from("file,trainee,scenario,score,authentic,critical_errors,differences\r\n");
    for r in reports {
        let file = r
            .file
            .file_name()
            .unwrap_or(r.file.as_os_str())
            .to_string_lossy();
        let score = r.score().map(|s| format!("{s:.1}")).unwrap_or_default();
        let fields: [(&str, bool); 7] = [
            (&file, true),
            (&r.trainee, true),
            (&r.scenario_id, true),
            (&score, false),
            (if r.authentic { "yes" } else { "no" }, false),
            (&r.critical_errors.join("; "), true),
            (&r.differences.join("; "), true),
        ];
        for (i, (text, is_text)) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            csv_field(&mut out, text, *is_text);
        }
        out.push_str("\r\n");
    }
    out
}

/// Writes [`csv_text`] to `path` atomically.
///
/// The file starts with a UTF-8 byte-order mark so that spreadsheet programs used in offices
/// (Excel in particular) show Vietnamese names with their diacritics instead of guessing a
/// legacy code page.
pub fn write_csv(path: &Path, reports: &[VerifyReport]) -> Result<(), RecordError> {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(csv_text(reports).as_bytes());
    write_atomic(path, &bytes)
}
