//! The class, level 9 of the core: the instructor's view of a conference.
//!
//! Results come in as [`Item`]s — a file of a results folder (read lazily, when its turn
//! comes) or the bytes of a result read back from the LRS — and [`import`] verifies each by
//! re-simulation ([`crate::record::verify::verify_bytes`]) on a few threads, counting them in
//! a [`Progress`] a progress bar can read. Each result then gets a [`Verdict`]:
//!
//! - **not authentic** (an edited byte, a renamed per-seat result) and **not checked** (its
//!   scenario is missing, another engine) are set apart;
//! - **foreign session**: when the class is a session, a result of another session (or of
//!   none) is set apart;
//! - **duplicates**: two results of the same scenario and seed under different names whose
//!   action logs are (nearly) the same are both set apart, listed together for the
//!   instructor to decide (see [`duplicates`] for the measure and its threshold);
//! - **superseded**: a seat with two results of one scenario (a retry, or the same result
//!   from the folder and from the LRS) counts once: the one finished last.
//!
//! Only [`Verdict::Counted`] results reach the [`Summary`]: the score distribution, the
//! per-dimension averages, the mistakes ranked by the rule they break, the cases most trainees
//! got wrong, and one row per trainee. [`gradebook_csv`] writes the rows for Moodle's grade
//! import; [`report_html`] the printable class report.
//!
//! The class never reaches the network: the xAPI layer reads statements and hands their
//! result bytes here, as [`Origin::Lrs`] items.
//!
//! Files: `mod.rs` (the types, [`import`]), `duplicates.rs` (action-log similarity),
//! `summary.rs` (the numbers), `gradebook.rs` (CSV), `report.rs` (HTML).

pub mod duplicates;
mod gradebook;
mod report;
mod summary;

use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use gradebook::{GRADEBOOK_COLUMNS, gradebook_csv, write_gradebook};
pub use report::{report_html, write_report};
pub use summary::{BUCKETS, CaseRow, DimensionAverage, MistakeRow, Summary, TraineeRow, summarize};

use crate::record::difference::Outcome;
use crate::record::result::ResultBody;
use crate::record::verify::{ScenarioSource, VerifyReport, verify_bytes_keeping_body, verify_file};
use crate::record::{RecordError, read_limited};
use crate::score::ScoreReport;
use crate::session::{SessionCode, seat_key};
use crate::sim::{ENGINE_VERSION, Shift};

/// Where one result came from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Origin {
    /// A `.motcua` file.
    File(PathBuf),
    /// A statement read back from the Learning Record Store.
    Lrs {
        /// The statement id.
        statement: String,
    },
}

impl Origin {
    /// The path verification reports name: the file, or `lrs:<statement id>`.
    pub fn path(&self) -> PathBuf {
        match self {
            Origin::File(path) => path.clone(),
            Origin::Lrs { statement } => PathBuf::from(format!("lrs:{statement}")),
        }
    }

    /// A short label for tables: the file name, or `LRS <statement id>`.
    pub fn label(&self) -> String {
        match self {
            Origin::File(path) => path
                .file_name()
                .unwrap_or(path.as_os_str())
                .to_string_lossy()
                .into_owned(),
            Origin::Lrs { statement } => format!("LRS {statement}"),
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::File(path) => write!(f, "{}", path.display()),
            Origin::Lrs { statement } => write!(f, "LRS statement {statement}"),
        }
    }
}

/// One result to import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Where it came from.
    pub origin: Origin,
    /// The bytes of the result file; `None` for a file read when its turn comes (so that a
    /// large class never sits in memory as bytes at once).
    pub bytes: Option<Vec<u8>>,
}

impl Item {
    /// A result file, read lazily.
    pub fn file(path: impl Into<PathBuf>) -> Self {
        Self {
            origin: Origin::File(path.into()),
            bytes: None,
        }
    }

    /// A result already in memory (read back from the LRS, or from anywhere else).
    pub fn bytes(origin: Origin, bytes: Vec<u8>) -> Self {
        Self {
            origin,
            bytes: Some(bytes),
        }
    }
}

/// Why a folder cannot be imported.
#[derive(Debug, thiserror::Error)]
pub enum ClassError {
    /// The folder cannot be listed.
    #[error("{}: cannot list the folder: {source}", dir.display())]
    Folder {
        /// The folder.
        dir: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The path is not a folder.
    #[error("{}: not a folder", dir.display())]
    NotAFolder {
        /// The path given.
        dir: PathBuf,
    },
    /// A file (the gradebook, the report) cannot be written; the error names it.
    #[error(transparent)]
    Write(#[from] RecordError),
}

/// The `*.motcua` files of a folder (one level, no sub-folders), sorted by file name.
pub fn collect_folder(dir: &Path) -> Result<Vec<PathBuf>, ClassError> {
    let folder_error = |source| ClassError::Folder {
        dir: dir.to_path_buf(),
        source,
    };
    let metadata = std::fs::metadata(dir).map_err(folder_error)?;
    if !metadata.is_dir() {
        return Err(ClassError::NotAFolder {
            dir: dir.to_path_buf(),
        });
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(folder_error)? {
        let path = entry.map_err(folder_error)?.path();
        if path.extension().is_some_and(|e| e == "motcua") && path.is_file() {
            files.push(path);
        }
    }
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    Ok(files)
}

/// How far an import has come: shared with a progress bar on another thread.
#[derive(Debug, Default)]
pub struct Progress {
    done: AtomicUsize,
    total: AtomicUsize,
}

impl Progress {
    /// Nothing to do yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Results verified so far.
    pub fn done(&self) -> usize {
        self.done.load(Ordering::Relaxed)
    }

    /// Results to verify.
    pub fn total(&self) -> usize {
        self.total.load(Ordering::Relaxed)
    }

    /// Done as a fraction of the total, 0–1 (1 when there is nothing to do).
    pub fn fraction(&self) -> f32 {
        let total = self.total();
        if total == 0 {
            1.0
        } else {
            (self.done().min(total) as f32) / total as f32
        }
    }

    /// True when every result is verified.
    pub fn finished(&self) -> bool {
        self.done() >= self.total()
    }

    fn start(&self, total: usize) {
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
    }

    fn step(&self) {
        self.done.fetch_add(1, Ordering::Relaxed);
    }
}

/// How to import a class.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClassOptions {
    /// The session the class is: results of another session, or of none, are set apart.
    /// `None`: every result belongs.
    pub session: Option<SessionCode>,
    /// Threads verifying results (0 = all cores).
    pub threads: usize,
}

/// Why a result is, or is not, counted.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// Authentic, of this session, the seat's latest result, no copy: in the summary.
    Counted,
    /// Checked and found not authentic: edited, forged, renamed from another seat, damaged.
    Tampered,
    /// Could not be checked: unreadable, its scenario missing, another engine's run.
    NotChecked,
    /// Of another session than the one imported (or of none).
    ForeignSession {
        /// The session code the result names, if any.
        session: Option<String>,
    },
    /// Its action log is the same, or nearly, as another seat's of the same scenario and
    /// seed: every member of such a group is set apart.
    Duplicate {
        /// The entry (index in [`Class::entries`]) it is most similar to.
        of: usize,
        /// The similarity to it, 0–1 (see [`duplicates::similarity`]).
        similarity: f64,
    },
    /// The same seat has a later result of the same scenario (a retry, or the same result
    /// imported twice, from the folder and from the LRS): only the later one counts.
    Superseded {
        /// The entry (index in [`Class::entries`]) that counts instead.
        by: usize,
    },
}

impl Verdict {
    /// True for [`Verdict::Counted`].
    pub fn counted(&self) -> bool {
        matches!(self, Verdict::Counted)
    }

    /// Stable identifier, for CSV files and locale keys (`class-verdict-<id>`).
    pub fn id(&self) -> &'static str {
        match self {
            Verdict::Counted => "counted",
            Verdict::Tampered => "tampered",
            Verdict::NotChecked => "not-checked",
            Verdict::ForeignSession { .. } => "foreign-session",
            Verdict::Duplicate { .. } => "duplicate",
            Verdict::Superseded { .. } => "superseded",
        }
    }
}

/// One imported result.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Where it came from.
    pub origin: Origin,
    /// What verification by re-simulation found.
    pub report: VerifyReport,
    /// The result as written, when its seal holds (None when unreadable or broken).
    pub body: Option<ResultBody>,
    /// Today's score of an authentic result: the stored one when this build's engine
    /// reproduced it exactly, else recomputed under today's rubric. None when not authentic.
    pub score: Option<ScoreReport>,
    /// Counted, or why not.
    pub verdict: Verdict,
}

impl Entry {
    /// The trainee's name the result claims.
    pub fn trainee(&self) -> &str {
        &self.report.trainee
    }

    /// The trainee's seat ([`seat_key`] of the name).
    pub fn seat(&self) -> String {
        seat_key(&self.report.trainee)
    }

    /// The session code the result names.
    pub fn session(&self) -> Option<&str> {
        self.body.as_ref().and_then(|b| b.session.as_deref())
    }

    /// When the shift was finished (RFC 3339), when the result says.
    pub fn finished(&self) -> Option<&str> {
        self.body.as_ref().and_then(|b| b.finished.as_deref())
    }

    /// When the shift was started (RFC 3339), when the result says.
    pub fn started(&self) -> Option<&str> {
        self.body.as_ref().and_then(|b| b.started.as_deref())
    }
}

/// An imported class: every entry in import order, and the summary of the counted ones.
#[derive(Debug, Clone, PartialEq)]
pub struct Class {
    /// Every result imported, in the order given.
    pub entries: Vec<Entry>,
    /// The numbers over the counted results.
    pub summary: Summary,
}

impl Class {
    /// The entries set apart (every verdict but counted), in import order.
    pub fn set_apart(&self) -> impl Iterator<Item = (usize, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !e.verdict.counted())
    }

    /// The groups of duplicates: each a list of entry indices, in import order.
    pub fn duplicate_groups(&self) -> Vec<Vec<usize>> {
        duplicates::groups(&self.entries)
    }
}

/// Verifies every item on `options.threads` threads (each reads one file at a time), gives
/// each a [`Verdict`] and summarizes the counted ones. `progress` counts verified items.
pub fn import(
    items: Vec<Item>,
    source: &ScenarioSource,
    options: &ClassOptions,
    progress: &Progress,
) -> Class {
    progress.start(items.len());
    let verified = verify_all(items, source, options.threads, progress);
    let mut entries = Vec::with_capacity(verified.len());
    let mut logs = Vec::with_capacity(verified.len());
    for (entry, log) in verified {
        entries.push(entry);
        logs.push(log);
    }
    judge(&mut entries, &logs, options.session.as_ref());
    let summary = summarize(&entries, source);
    Class { entries, summary }
}

/// Imports `items` again for a dashboard that refreshes while a session runs: an item
/// whose origin `previous` already holds is not read or verified again (the app writes each
/// result once, under a name of its own, and never changes it), only the new ones are (and
/// counted in `progress`). The verdicts that compare results and the summary are computed
/// again over all of them, in the order of `items`.
pub fn import_again(
    previous: &Class,
    items: Vec<Item>,
    source: &ScenarioSource,
    options: &ClassOptions,
    progress: &Progress,
) -> Class {
    let known: std::collections::BTreeMap<&Origin, &Entry> =
        previous.entries.iter().map(|e| (&e.origin, e)).collect();
    let mut slots: Vec<Option<Verified>> = Vec::with_capacity(items.len());
    let mut fresh = Vec::new();
    for item in items {
        match known.get(&item.origin) {
            Some(entry) => slots.push(Some(reused(entry))),
            None => {
                slots.push(None);
                fresh.push(item);
            }
        }
    }
    progress.start(fresh.len());
    let mut verified = verify_all(fresh, source, options.threads, progress).into_iter();
    let mut entries = Vec::with_capacity(slots.len());
    let mut logs = Vec::with_capacity(slots.len());
    for slot in slots {
        if let Some((entry, log)) = slot.or_else(|| verified.next()) {
            entries.push(entry);
            logs.push(log);
        }
    }
    judge(&mut entries, &logs, options.session.as_ref());
    let summary = summarize(&entries, source);
    Class { entries, summary }
}

/// An entry verified before, with the verdict its own verification gave (before any
/// comparison with the others).
fn reused(entry: &Entry) -> Verified {
    let mut entry = entry.clone();
    entry.verdict = match (entry.report.outcome(), &entry.score) {
        (Outcome::Authentic, Some(_)) => Verdict::Counted,
        (Outcome::NotAuthentic, _) => Verdict::Tampered,
        _ => Verdict::NotChecked,
    };
    let log = match (&entry.body, entry.verdict.counted()) {
        (Some(body), true) => duplicates::shingles(&body.actions),
        _ => duplicates::Shingles::default(),
    };
    (entry, log)
}

/// One verified item and the shingles of its action log (empty when not authentic).
type Verified = (Entry, duplicates::Shingles);

fn thread_count(threads: usize, items: usize) -> usize {
    let threads = if threads == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        threads
    };
    threads.clamp(1, items.max(1))
}

fn verify_all(
    items: Vec<Item>,
    source: &ScenarioSource,
    threads: usize,
    progress: &Progress,
) -> Vec<Verified> {
    let threads = thread_count(threads, items.len());
    let count = items.len();
    // Each worker takes the next item out of its slot, so a file's bytes live only while
    // that worker verifies it.
    let queue: Vec<Mutex<Option<Item>>> = items.into_iter().map(|i| Mutex::new(Some(i))).collect();
    let next = AtomicUsize::new(0);
    let done: Vec<Mutex<Option<Verified>>> = (0..count).map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(slot) = queue.get(index) else { break };
                    let item = slot.lock().ok().and_then(|mut s| s.take());
                    if let Some(item) = item {
                        let verified = verify_item(item, source);
                        if let Ok(mut out) = done[index].lock() {
                            *out = Some(verified);
                        }
                    }
                    progress.step();
                }
            });
        }
    });
    done.into_iter()
        .filter_map(|slot| slot.into_inner().ok().flatten())
        .collect()
}

/// Verifies one item: reads it (if a file), re-simulates it, keeps its body and shingles.
fn verify_item(item: Item, source: &ScenarioSource) -> Verified {
    let path = item.origin.path();
    let bytes = match item.bytes {
        Some(bytes) => Ok(bytes),
        None => read_limited(&path),
    };
    let (report, body) = match bytes {
        Ok(bytes) => verify_bytes_keeping_body(&path, &bytes, source),
        // Unreadable or too large: verification words why, from the file itself.
        Err(_) => (verify_file(&path, source), None),
    };
    let mut verdict = match report.outcome() {
        Outcome::Authentic => Verdict::Counted,
        Outcome::NotAuthentic => Verdict::Tampered,
        Outcome::NotChecked => Verdict::NotChecked,
    };
    let counted = match (&body, verdict.counted()) {
        (Some(body), true) => catch_unwind(AssertUnwindSafe(|| {
            todays_score(body, source).map(|score| (score, duplicates::shingles(&body.actions)))
        }))
        .ok()
        .flatten(),
        _ => None,
    };
    let (score, shingles) = match counted {
        Some((score, shingles)) => (Some(score), shingles),
        None => {
            // An authentic run whose score cannot be had again (never seen): not counted.
            if verdict.counted() {
                verdict = Verdict::NotChecked;
            }
            (None, duplicates::Shingles::default())
        }
    };
    let entry = Entry {
        origin: item.origin,
        report,
        body,
        score,
        verdict,
    };
    (entry, shingles)
}

/// Today's score of an authentic body: the stored one when this engine wrote it
/// (verification found them equal), else a replay graded under today's rubric.
fn todays_score(body: &ResultBody, source: &ScenarioSource) -> Option<ScoreReport> {
    if body.engine == ENGINE_VERSION {
        return Some(body.score.clone());
    }
    let scenario = source.get(&body.scenario_id).ok()?;
    let mut shift = Shift::new(scenario, body.seed, body.mode);
    for action in &body.actions {
        shift.apply(action.clone()).ok()?;
    }
    Some(crate::score::grade(&shift))
}

/// Gives the verdicts that compare results: foreign session, duplicates, superseded.
fn judge(entries: &mut [Entry], logs: &[duplicates::Shingles], session: Option<&SessionCode>) {
    if let Some(code) = session {
        for entry in entries.iter_mut() {
            if entry.verdict.counted() && entry.session() != Some(code.as_str()) {
                let named = entry.session().map(str::to_owned);
                // A code typed in another form (lower case, no dashes) is the same session.
                let same = named
                    .as_deref()
                    .and_then(|s| SessionCode::parse(s).ok())
                    .is_some_and(|c| c == *code);
                if !same {
                    entry.verdict = Verdict::ForeignSession { session: named };
                }
            }
        }
    }
    supersede(entries);
    duplicates::mark(entries, logs);
}

/// A seat with several counted results of one scenario keeps the one finished last (by the
/// finished time the result records; without one, the later in import order).
fn supersede(entries: &mut [Entry]) {
    let mut latest: std::collections::BTreeMap<(String, String), usize> =
        std::collections::BTreeMap::new();
    for i in 0..entries.len() {
        if !entries[i].verdict.counted() {
            continue;
        }
        let key = (entries[i].report.scenario_id.clone(), entries[i].seat());
        match latest.get(&key).copied() {
            None => {
                latest.insert(key, i);
            }
            Some(kept) => {
                let (winner, loser) = if finished_later(&entries[i], &entries[kept]) {
                    (i, kept)
                } else {
                    (kept, i)
                };
                entries[loser].verdict = Verdict::Superseded { by: winner };
                latest.insert(key, winner);
            }
        }
    }
    // A result superseded by one that was itself superseded later points at the last one.
    for i in 0..entries.len() {
        if let Verdict::Superseded { by } = entries[i].verdict {
            let mut last = by;
            while let Verdict::Superseded { by } = entries[last].verdict {
                last = by;
            }
            entries[i].verdict = Verdict::Superseded { by: last };
        }
    }
}

/// True when `a` was finished after `b` (a later index wins a tie or a missing time).
fn finished_later(a: &Entry, b: &Entry) -> bool {
    match (a.finished(), b.finished()) {
        (Some(x), Some(y)) if x != y => x > y,
        _ => true,
    }
}
