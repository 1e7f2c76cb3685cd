//! Verification of result files by re-simulation, folder grading and the CSV export.
//!
//! [`verify_file`] trusts nothing a result file claims, and answers two questions apart:
//!
//! 1. **Is this log authentic?** The seal; the scenario found by id with the same content
//!    hash; the chain recomputed from the actions; every action replayed on a fresh
//!    [`Shift`]; the final fingerprint equal to the stored one; and, when the file was
//!    written by this build's engine ([`ENGINE_VERSION`]), the recomputed score equal to
//!    the stored one ([`Difference::ScoreMismatch`] otherwise).
//! 2. **What does it score today?** The recomputed score ([`VerifyReport::score`]), always.
//!    A file of another engine version whose replay still reaches its fingerprint is
//!    authentic: a rubric fix must not make honest files look forged. Its notes say which
//!    engine computed the stored score and what today's rubric gives ([`Note::Rescored`]).
//!    A file of another engine that no longer replays is *not checked*
//!    ([`Difference::EngineMismatch`]), never scored.
//!
//! [`grade_folder`] verifies every `*.motcua` file of a folder on a few threads, in
//! file-name order; each thread holds one file at a time, and no file larger than
//! [`super::MAX_RECORD_BYTES`] is read.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::difference::{Difference, Note, Outcome, ScoreField, SessionMismatch};
use super::result::{ResultBody, decode_result, decode_unsealed, has_crlf};
use super::{RecordError, read_limited};
use crate::scenario::Scenario;
use crate::scenario::hash::Uses;
use crate::score::{ScoreReport, grade};
use crate::session::{Seeding, SessionCode, seat_key};
use crate::sim::{Action, ENGINE_VERSION, FIRST_RANKED_GENERATION, Shift, engine_generation};

pub use super::source::{ScenarioSource, SourceError};

/// The outcome of verifying one result file.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifyReport {
    /// The file.
    pub file: PathBuf,
    /// Trainee named in the file (what it claims, even when not authentic).
    pub trainee: String,
    /// Scenario id named in the file.
    pub scenario_id: String,
    /// Engine version named in the file.
    pub engine: String,
    /// Total stored in the file.
    pub stored_total: Option<f64>,
    /// Total recomputed by re-simulation under today's rubric, when it could run.
    pub recomputed_total: Option<f64>,
    /// True when every check passed: the log is a genuine run of the scenario.
    pub authentic: bool,
    /// Why it is not authentic or could not be checked (empty when authentic).
    pub differences: Vec<Difference>,
    /// Observations that do not affect authenticity (line ends converted, another engine
    /// version that still reproduces the run, a stored score from an older rubric).
    pub notes: Vec<Note>,
    /// Critical error ids of the recomputed score (empty when it could not be recomputed).
    pub critical_errors: Vec<String>,
    /// Where the recomputed score leaves the trainee (none when it could not be recomputed).
    pub standing: Option<Standing>,
}

/// Where a recomputed score leaves the trainee: what a class list shows beside the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Ended the shift, no critical error, at or above the pass mark, no hint read.
    Passed,
    /// Would pass, but practice hints were read: not a pass.
    PassedWithHints,
    /// Ended the shift below the pass mark or with a critical error.
    NotPassed,
    /// The log stops before the shift was ended: never a pass, whatever its score.
    Unfinished,
}

impl Standing {
    /// The standing of a score report.
    pub fn of(report: &ScoreReport) -> Self {
        if !report.finished {
            Standing::Unfinished
        } else if report.passed {
            Standing::Passed
        } else if report.passed_with_hints() {
            Standing::PassedWithHints
        } else {
            Standing::NotPassed
        }
    }

    /// The word a table or CSV shows.
    pub fn word(self) -> &'static str {
        match self {
            Standing::Passed => "passed",
            Standing::PassedWithHints => "with hints",
            Standing::NotPassed => "not passed",
            Standing::Unfinished => "unfinished",
        }
    }
}

impl VerifyReport {
    fn new(file: &Path) -> Self {
        Self {
            file: file.to_path_buf(),
            trainee: String::new(),
            scenario_id: String::new(),
            engine: String::new(),
            stored_total: None,
            recomputed_total: None,
            authentic: false,
            differences: Vec::new(),
            notes: Vec::new(),
            critical_errors: Vec::new(),
            standing: None,
        }
    }

    /// The score to show and rank by: the one recomputed by re-simulation under today's
    /// rubric (what the actions earn). A claimed score that could not be recomputed is never
    /// shown as a grade.
    pub fn score(&self) -> Option<f64> {
        self.recomputed_total
    }

    /// The verdict: authentic; not authentic when any check found something wrong (an
    /// edited chain beside another engine's run is still an edit); otherwise not checked
    /// (see [`Difference::is_unchecked`]).
    pub fn outcome(&self) -> Outcome {
        if self.authentic {
            Outcome::Authentic
        } else if self.differences.iter().all(Difference::is_unchecked) {
            Outcome::NotChecked
        } else {
            Outcome::NotAuthentic
        }
    }

    fn claims(&mut self, body: &ResultBody) {
        self.trainee = body.trainee.clone();
        self.scenario_id = body.scenario_id.clone();
        self.engine = body.engine.clone();
        self.stored_total = Some(body.score.total);
    }

    fn refused(path: &Path, difference: Difference) -> Self {
        let mut report = Self::new(path);
        report.differences.push(difference);
        report
    }
}

/// The difference that a records error stands for.
fn difference_of(e: &RecordError) -> Difference {
    match e {
        RecordError::Io { action, source, .. } => Difference::Unreadable {
            action,
            error: source.to_string(),
        },
        RecordError::TooLarge { size, limit, .. } => Difference::FileTooLarge {
            size: *size,
            limit: *limit,
        },
        RecordError::TooManyActions { limit, .. } => Difference::TooManyActions { limit: *limit },
        RecordError::NotAResultFile { .. } => Difference::NotAResultFile,
        RecordError::UnsupportedFormat { found, .. } => Difference::UnsupportedFormat {
            found: found.clone(),
        },
        RecordError::Parse {
            line, col, message, ..
        } => Difference::Malformed {
            line: *line,
            col: *col,
            message: message.clone(),
        },
        RecordError::Seal { problem, .. } => Difference::SealBroken(*problem),
        other => Difference::Internal(other.message()),
    }
}

fn critical_ids(score: &ScoreReport) -> Vec<String> {
    score.critical.iter().map(|c| c.id().to_owned()).collect()
}

/// Verifies one result file (see the module documentation for the checks). The file's bytes
/// are dropped once parsed, before the replay.
pub fn verify_file(path: &Path, source: &ScenarioSource) -> VerifyReport {
    let bytes = match read_limited(path) {
        Ok(bytes) => bytes,
        Err(e) => return VerifyReport::refused(path, difference_of(&e)),
    };
    let mut report = VerifyReport::new(path);
    let Some(body) = decode(path, &bytes, &mut report) else {
        return report;
    };
    drop(bytes);
    replay_checks(path, &body, source, report)
}

/// Verifies the bytes of a result file (`path` names it in the report).
pub fn verify_bytes(path: &Path, bytes: &[u8], source: &ScenarioSource) -> VerifyReport {
    let mut report = VerifyReport::new(path);
    match decode(path, bytes, &mut report) {
        Some(body) => replay_checks(path, &body, source, report),
        None => report,
    }
}

/// [`verify_bytes`], keeping the decoded body (None when it does not decode under its seal),
/// for a caller that reads the result after verifying it (the class import) without parsing
/// it twice.
pub fn verify_bytes_keeping_body(
    path: &Path,
    bytes: &[u8],
    source: &ScenarioSource,
) -> (VerifyReport, Option<ResultBody>) {
    let mut report = VerifyReport::new(path);
    match decode(path, bytes, &mut report) {
        Some(body) => (replay_checks(path, &body, source, report), Some(body)),
        None => (report, None),
    }
}

/// Decodes and seal-checks the body, noting converted line ends; on failure the report
/// holds the difference (and what a file with a broken seal claims).
fn decode(path: &Path, bytes: &[u8], report: &mut VerifyReport) -> Option<ResultBody> {
    let decoded = match catch_unwind(AssertUnwindSafe(|| decode_result(path, bytes))) {
        Ok(decoded) => decoded,
        Err(panic) => {
            report
                .differences
                .push(Difference::Internal(panic_text(&*panic)));
            return None;
        }
    };
    match decoded {
        Ok(body) => {
            if has_crlf(bytes) {
                report.notes.push(Note::LineEndsConverted);
            }
            report.claims(&body);
            Some(body)
        }
        Err(e) => {
            if matches!(e, RecordError::Seal { .. })
                && let Ok(claimed) = decode_unsealed(path, bytes)
            {
                report.claims(&claimed);
            }
            report.differences.push(difference_of(&e));
            None
        }
    }
}

fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("unknown")
        .to_owned()
}

/// The checks after decoding, with a panic in the engine turned into a difference.
fn replay_checks(
    path: &Path,
    body: &ResultBody,
    source: &ScenarioSource,
    report: VerifyReport,
) -> VerifyReport {
    let fallback = report.clone();
    catch_unwind(AssertUnwindSafe(|| check_body(path, body, source, report))).unwrap_or_else(
        |panic| {
            let mut report = fallback;
            report.authentic = false;
            report
                .differences
                .push(Difference::Internal(panic_text(&*panic)));
            report
        },
    )
}

/// What a replay of the actions gave.
enum Replay {
    /// Every action applied; the shift after the last one.
    Done(Box<Shift>),
    /// An action did not apply.
    Failed(Difference),
}

fn replay(scenario: &std::sync::Arc<Scenario>, body: &ResultBody) -> Replay {
    let mut shift = Shift::new(scenario.clone(), body.seed, body.mode);
    for (index, action) in body.actions.iter().enumerate() {
        if let Err(error) = shift.apply(action.clone()) {
            return Replay::Failed(Difference::ActionNotReplayable {
                index,
                action: action.name(),
                error,
            });
        }
    }
    Replay::Done(Box::new(shift))
}

/// Procedures the actions name that the scenario does not use: they are not covered by its
/// content hash (see [`crate::scenario::hash`]).
pub fn outside_procedures(scenario: &Scenario, actions: &[Action]) -> Vec<String> {
    let used = Uses::of(&scenario.file, &scenario.catalog).procedures;
    let mut out: Vec<String> = actions
        .iter()
        .filter_map(|a| match a {
            Action::LookUpProcedure { procedure }
            | Action::CreateDossier { procedure }
            | Action::Refuse { procedure, .. } => Some(procedure),
            _ => None,
        })
        .filter(|p| !used.contains(*p))
        .cloned()
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Recomputes the hash chain over the actions: an edited log is reported as one.
fn check_chain(path: &Path, body: &ResultBody, report: &mut VerifyReport) {
    match body.compute_chain(path) {
        Ok(chain) if chain == body.chain => {}
        Ok(_) => report.differences.push(Difference::ChainEdited),
        Err(e) => report.differences.push(difference_of(&e)),
    }
}

fn check_body(
    path: &Path,
    body: &ResultBody,
    source: &ScenarioSource,
    mut report: VerifyReport,
) -> VerifyReport {
    // An engine generation whose scores meant something else is refused before anything
    // else; an edit of its log is still reported as one.
    if engine_generation(&body.engine).is_none_or(|g| g < FIRST_RANKED_GENERATION) {
        check_chain(path, body, &mut report);
        report.differences.push(Difference::EngineRetired {
            recorded: body.engine.clone(),
            current: ENGINE_VERSION.to_owned(),
        });
        return report;
    }
    let scenario = match source.get(&body.scenario_id) {
        Ok(s) => s,
        Err(e) => {
            report.differences.push(Difference::Scenario(e));
            return report;
        }
    };
    if scenario.content_hash != body.scenario_hash {
        report.differences.push(Difference::ScenarioChanged {
            recorded: body.scenario_hash.clone(),
            current: scenario.content_hash.clone(),
        });
        return report;
    }
    check_chain(path, body, &mut report);
    if let Some(mismatch) = session_mismatch(body) {
        report.differences.push(Difference::NotOfSession(mismatch));
    }

    let same_engine = body.engine == ENGINE_VERSION;
    let other_engine = |failure: Difference| Difference::EngineMismatch {
        recorded: body.engine.clone(),
        current: ENGINE_VERSION.to_owned(),
        failure: Box::new(failure),
    };
    let shift = match replay(&scenario, body) {
        Replay::Done(shift) => shift,
        Replay::Failed(failure) => {
            report.differences.push(if same_engine {
                failure
            } else {
                other_engine(failure)
            });
            return report;
        }
    };
    if shift.fingerprint() != body.fingerprint {
        let mismatch = Difference::FingerprintMismatch {
            outside_scenario: outside_procedures(&scenario, &body.actions),
        };
        if !same_engine {
            report.differences.push(other_engine(mismatch));
            return report;
        }
        // Still graded below: what the edited actions earn is worth showing.
        report.differences.push(mismatch);
    }
    let recomputed = grade(&shift);
    drop(shift);
    report.recomputed_total = Some(recomputed.total);
    report.critical_errors = critical_ids(&recomputed);
    report.standing = Some(Standing::of(&recomputed));
    let fields = score_differences(&body.score, &recomputed);
    if same_engine {
        if !fields.is_empty() {
            report.differences.push(Difference::ScoreMismatch(fields));
        }
    } else {
        report.notes.push(Note::OtherEngine {
            recorded: body.engine.clone(),
            current: ENGINE_VERSION.to_owned(),
        });
        if !fields.is_empty() {
            report.notes.push(Note::Rescored {
                recorded: body.engine.clone(),
                stored: body.score.total,
                current: recomputed.total,
            });
        }
    }
    report.authentic = report.differences.is_empty();
    report
}

/// How the run differs from the session code it names, if it names one (free text from
/// before session codes is not checked).
pub fn session_mismatch(body: &ResultBody) -> Option<SessionMismatch> {
    let code = body
        .session
        .as_deref()
        .and_then(|s| SessionCode::parse(s).ok())?;
    let plan = code.plan();
    if !plan.fits(&body.scenario_id) {
        Some(SessionMismatch::Scenario)
    } else if plan.mode != body.mode {
        Some(SessionMismatch::Mode)
    } else if body.seed != plan.seed_for(&body.trainee) {
        Some(match plan.seeding {
            Seeding::Shared => SessionMismatch::SharedSeed,
            Seeding::PerSeat => SessionMismatch::SeatSeed,
        })
    } else if body
        .seat
        .as_ref()
        .is_some_and(|seat| *seat != seat_key(&body.trainee))
    {
        Some(SessionMismatch::Seat)
    } else {
        None
    }
}

fn differs(a: f64, b: f64) -> bool {
    a.to_bits() != b.to_bits() && a != b
}

fn field(name: impl Into<String>, stored: impl ToString, recomputed: impl ToString) -> ScoreField {
    ScoreField {
        field: name.into(),
        stored: stored.to_string(),
        recomputed: recomputed.to_string(),
    }
}

/// The fields of two score reports that differ (stored first); empty when they are equal.
pub fn score_differences(stored: &ScoreReport, recomputed: &ScoreReport) -> Vec<ScoreField> {
    let mut out = Vec::new();
    if stored == recomputed {
        return out;
    }
    if differs(stored.total, recomputed.total) {
        out.push(field("total", stored.total, recomputed.total));
    }
    if stored.passed != recomputed.passed {
        out.push(field("passed", stored.passed, recomputed.passed));
    }
    if stored.finished != recomputed.finished {
        out.push(field("finished", stored.finished, recomputed.finished));
    }
    if stored.hints_used != recomputed.hints_used {
        out.push(field(
            "hints used",
            stored.hints_used,
            recomputed.hints_used,
        ));
    }
    if stored.mode != recomputed.mode {
        out.push(field(
            "mode",
            format!("{:?}", stored.mode),
            format!("{:?}", recomputed.mode),
        ));
    }
    if stored.critical != recomputed.critical {
        let ids = |s: &ScoreReport| format!("[{}]", critical_ids(s).join(", "));
        out.push(field("critical errors", ids(stored), ids(recomputed)));
    }
    let dims = stored.dimensions.len().max(recomputed.dimensions.len());
    for i in 0..dims {
        match (stored.dimensions.get(i), recomputed.dimensions.get(i)) {
            (Some(a), Some(b)) if a == b => {}
            (Some(a), Some(b)) => {
                let name = format!("dimension {}", b.dimension.id());
                if a.dimension != b.dimension {
                    out.push(field(name.clone(), a.dimension.id(), b.dimension.id()));
                }
                for (part, x, y) in [
                    ("percent", a.percent, b.percent),
                    ("points", a.points, b.points),
                    ("opportunities", a.opportunities, b.opportunities),
                    ("penalties", a.penalties, b.penalties),
                ] {
                    if differs(x, y) {
                        out.push(field(format!("{name} {part}"), x, y));
                    }
                }
                if a.weight != b.weight {
                    out.push(field(format!("{name} weight"), a.weight, b.weight));
                }
            }
            (Some(a), None) => out.push(field(
                format!("dimension {}", a.dimension.id()),
                "present",
                "absent",
            )),
            (None, Some(b)) => out.push(field(
                format!("dimension {}", b.dimension.id()),
                "absent",
                "present",
            )),
            (None, None) => {}
        }
    }
    if stored.feedback != recomputed.feedback {
        let (a, b) = (stored.feedback.len(), recomputed.feedback.len());
        let suffix = if a == b { " (contents differ)" } else { "" };
        out.push(field(
            "feedback",
            format!("{a} item(s)"),
            format!("{b} item(s){suffix}"),
        ));
    }
    for ((name, x), (_, y)) in stored
        .kpis
        .entries()
        .into_iter()
        .zip(recomputed.kpis.entries())
    {
        if differs(x, y) {
            out.push(field(format!("KPI {name}"), x, y));
        }
    }
    if out.is_empty() {
        out.push(field("score report", "one value", "another"));
    }
    out
}

/// Verifies every `*.motcua` file of `dir` (not its sub-folders), sorted by file name, on
/// `threads` threads (0 = [`std::thread::available_parallelism`]). One report per file, in
/// file-name order whatever the scheduling. Each thread reads, verifies and drops one file
/// at a time, so at most `threads` files are in memory. Only listing the folder can fail.
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
                VerifyReport::refused(
                    file,
                    Difference::Internal("the file was not verified".to_owned()),
                )
            })
        })
        .collect())
}
