//! The shift journal: an append-only, crash-safe log of the actions a trainee applied.
//!
//! Format (UTF-8 text, `\n` line ends):
//! ```text
//! (format:1,engine:"motcua-engine/…",scenario_id:"…",scenario_hash:"…",seed:42,mode:Practice,trainee:"…",session:None)
//! 0→<h_1 hex>→CallNext
//! 1→<h_2 hex>→Ask(question:Purpose)
//! ```
//! (`→` stands for a tab.)
//! Line 1 is the single-line RON of a [`JournalHeader`]; each further line is
//! `<index>\t<chain hash>\t<single-line RON of the action>`, with the chain of
//! [`super::chain_start`] / [`super::chain_next`]. Each line is written with one `write_all`,
//! flushed and `sync_data`-ed before [`Journal::append`] returns, so after a crash the file
//! holds every applied action except, at worst, a torn last line. [`recover`] drops such a
//! line (with a note), and reports damage anywhere else as an error naming the line.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{RecordError, chain_next, chain_start, read_limited, ron_line, ron_options};
use crate::scenario::{Mode, Scenario};
use crate::sim::{Action, ENGINE_VERSION, Shift};

/// Version of the journal format this build writes and reads.
pub const JOURNAL_FORMAT: u32 = 1;

/// The first line of a journal: everything needed to restart the shift.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JournalHeader {
    /// Journal format version ([`JOURNAL_FORMAT`]).
    pub format: u32,
    /// Engine version that produced the run ([`ENGINE_VERSION`]).
    pub engine: String,
    /// Scenario id.
    pub scenario_id: String,
    /// Scenario content hash ([`Scenario::content_hash`]).
    pub scenario_hash: String,
    /// Seed of the shift.
    pub seed: u64,
    /// Practice or exam.
    pub mode: Mode,
    /// Trainee's name.
    pub trainee: String,
    /// Training session or class, if any.
    pub session: Option<String>,
}

impl JournalHeader {
    /// The header for a shift of this build.
    pub fn for_shift(shift: &Shift, trainee: &str, session: Option<&str>) -> Self {
        Self {
            format: JOURNAL_FORMAT,
            engine: ENGINE_VERSION.to_owned(),
            scenario_id: shift.scenario.id().to_owned(),
            scenario_hash: shift.scenario.content_hash.clone(),
            seed: shift.seed,
            mode: shift.mode,
            trainee: trainee.to_owned(),
            session: session.map(str::to_owned),
        }
    }

    /// The header line as written (single-line RON, no newline).
    pub fn to_line(&self, path: &Path) -> Result<String, RecordError> {
        ron_line(path, self)
    }
}

/// An open journal, ready for [`Journal::append`].
#[derive(Debug)]
pub struct Journal {
    path: PathBuf,
    file: File,
    next: usize,
    chain: String,
    len: u64,
}

impl Journal {
    /// Creates a new journal and writes its header durably. Fails if `path` exists: a
    /// journal is never overwritten (resume it with [`Journal::open_existing`] or remove it).
    pub fn create(path: &Path, header: &JournalHeader) -> Result<Self, RecordError> {
        let line = header.to_line(path)?;
        let mut file = OpenOptions::new()
            .append(true)
            .create_new(true)
            .open(path)
            .map_err(|e| RecordError::io(path, "create", e))?;
        let text = format!("{line}\n");
        if let Err(e) = file
            .write_all(text.as_bytes())
            .and_then(|()| file.flush())
            .and_then(|()| file.sync_data())
        {
            // Nothing was recorded yet: leave no half-written journal behind.
            drop(file);
            let _ = std::fs::remove_file(path);
            return Err(RecordError::io(path, "write", e));
        }
        super::sync_folder_of(path);
        Ok(Self {
            path: path.to_path_buf(),
            file,
            next: 0,
            chain: chain_start(&line),
            len: text.len() as u64,
        })
    }

    /// Opens a journal to continue appending after [`resume`]: recovers it, cuts off a torn
    /// last line (reported by [`recover`] as `dropped_tail`) and positions at the end.
    pub fn open_existing(path: &Path) -> Result<Self, RecordError> {
        let recovered = recover(path)?;
        let file = OpenOptions::new()
            .append(true)
            .open(path)
            .map_err(|e| RecordError::io(path, "open", e))?;
        let size = file
            .metadata()
            .map_err(|e| RecordError::io(path, "read", e))?
            .len();
        if size != recovered.kept_bytes {
            file.set_len(recovered.kept_bytes)
                .and_then(|()| file.sync_data())
                .map_err(|e| RecordError::io(path, "truncate", e))?;
        }
        Ok(Self {
            path: path.to_path_buf(),
            file,
            next: recovered.actions.len(),
            chain: recovered.chain,
            len: recovered.kept_bytes,
        })
    }

    /// Appends one applied action: writes its line, flushes and syncs the data to disk
    /// before returning. On failure the partial line is cut off again (best effort) and
    /// the journal still ends at the previous action.
    pub fn append(&mut self, action: &Action) -> Result<(), RecordError> {
        let ron = ron_line(&self.path, action)?;
        let hash = chain_next(&self.chain, &ron);
        let line = format!("{}\t{hash}\t{ron}\n", self.next);
        let written = self
            .file
            .write_all(line.as_bytes())
            .and_then(|()| self.file.flush())
            .and_then(|()| self.file.sync_data());
        if let Err(e) = written {
            let _ = self.file.set_len(self.len);
            return Err(RecordError::io(&self.path, "write", e));
        }
        self.len += line.len() as u64;
        self.next += 1;
        self.chain = hash;
        Ok(())
    }

    /// Number of actions in the journal.
    pub fn len(&self) -> usize {
        self.next
    }

    /// True when no action was appended yet.
    pub fn is_empty(&self) -> bool {
        self.next == 0
    }

    /// The current chain hash (of the header when empty).
    pub fn chain(&self) -> &str {
        &self.chain
    }

    /// The journal's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// What [`recover`] read from a journal.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    /// The header.
    pub header: JournalHeader,
    /// Every intact action, in order.
    pub actions: Vec<Action>,
    /// A note about the torn last line that was dropped, if any.
    pub dropped_tail: Option<String>,
    /// The chain hash after the last intact action.
    pub chain: String,
    /// Length in bytes of the intact part of the file.
    kept_bytes: u64,
}

/// A journal line checked against the chain.
fn check_line(text: &str, index: usize, previous: &str) -> Result<(String, Action), String> {
    let mut parts = text.splitn(3, '\t');
    let (Some(idx), Some(hash), Some(ron)) = (parts.next(), parts.next(), parts.next()) else {
        return Err("not `<index>\\t<hash>\\t<action>`".to_owned());
    };
    if idx != index.to_string() {
        return Err(format!("index `{idx}` where {index} was expected"));
    }
    let expected = chain_next(previous, ron);
    if hash != expected {
        return Err("chain hash does not match (the line was changed)".to_owned());
    }
    let action = ron_options()
        .from_str::<Action>(ron)
        .map_err(|e| format!("not an action: {}", e.code))?;
    Ok((expected, action))
}

fn shorten(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut short: String = text.chars().take(120).collect();
    if text.chars().count() > 120 {
        short.push('…');
    }
    short
}

/// Reads a journal after a crash or a normal exit.
///
/// A torn last line — no trailing newline, or a bad index, hash or action on the last line
/// — is dropped, and `dropped_tail` says so: it is the action that was in flight. A bad
/// line before the last one, or a bad header, is an error naming the file and line.
pub fn recover(path: &Path) -> Result<Recovered, RecordError> {
    let bytes = read_limited(path)?;
    let corrupt = |line: usize, message: String| RecordError::Corrupt {
        path: path.to_path_buf(),
        line,
        message,
    };
    let Some(header_end) = bytes.iter().position(|b| *b == b'\n') else {
        return Err(corrupt(1, "no complete header line".to_owned()));
    };
    let header_text = std::str::from_utf8(&bytes[..header_end])
        .map_err(|_| corrupt(1, "header is not UTF-8".to_owned()))?;
    let header: JournalHeader = ron_options().from_str(header_text).map_err(|e| {
        corrupt(
            1,
            format!(
                "not a journal header (col {}): {}",
                e.span.start.col, e.code
            ),
        )
    })?;
    if header.format != JOURNAL_FORMAT {
        return Err(RecordError::Format {
            path: path.to_path_buf(),
            message: format!(
                "journal format {} is not supported (this build reads {JOURNAL_FORMAT})",
                header.format
            ),
        });
    }
    let mut chain = chain_start(header_text);
    let mut actions = Vec::new();
    let mut kept = header_end + 1;
    let mut dropped_tail = None;
    let mut start = kept;
    let mut line_no = 1;
    while start < bytes.len() {
        line_no += 1;
        let (end, complete) = match bytes[start..].iter().position(|b| *b == b'\n') {
            Some(p) => (start + p, true),
            None => (bytes.len(), false),
        };
        let last = end + 1 >= bytes.len();
        let raw = &bytes[start..end];
        let checked = std::str::from_utf8(raw)
            .map_err(|_| "not UTF-8".to_owned())
            .and_then(|text| check_line(text, actions.len(), &chain));
        match (checked, complete, last) {
            (Ok((hash, action)), true, _) => {
                chain = hash;
                actions.push(action);
                kept = end + 1;
            }
            (result, _, true) => {
                let why = match (result, complete) {
                    (_, false) => "torn (no newline at the end)".to_owned(),
                    (Err(e), _) => e,
                    (Ok(_), _) => "incomplete".to_owned(),
                };
                dropped_tail = Some(format!(
                    "{}:{line_no}: last line dropped, {why}: `{}`",
                    path.display(),
                    shorten(raw)
                ));
                break;
            }
            (Err(e), _, false) => return Err(corrupt(line_no, e)),
            (Ok(_), false, false) => return Err(corrupt(line_no, "incomplete line".to_owned())),
        }
        start = end + 1;
    }
    Ok(Recovered {
        header,
        actions,
        dropped_tail,
        chain,
        kept_bytes: kept as u64,
    })
}

/// Recovers a journal and replays it into a shift that continues where it stopped.
///
/// The header must name this scenario with its current content hash and this engine
/// version (otherwise the replay could silently differ); an action that no longer applies
/// is an error naming its line.
pub fn resume(path: &Path, scenario: Arc<Scenario>) -> Result<(Shift, Recovered), RecordError> {
    let recovered = recover(path)?;
    let h = &recovered.header;
    if h.scenario_id != scenario.id() {
        return Err(RecordError::ScenarioMismatch {
            path: path.to_path_buf(),
            message: format!(
                "journal is for scenario `{}`, not `{}`",
                h.scenario_id,
                scenario.id()
            ),
        });
    }
    if h.scenario_hash != scenario.content_hash {
        return Err(RecordError::ScenarioMismatch {
            path: path.to_path_buf(),
            message: format!(
                "scenario `{}` changed since this run (journal {}, now {})",
                h.scenario_id,
                short_hash(&h.scenario_hash),
                short_hash(&scenario.content_hash)
            ),
        });
    }
    if h.engine != ENGINE_VERSION {
        return Err(RecordError::EngineMismatch {
            path: path.to_path_buf(),
            recorded: h.engine.clone(),
            current: ENGINE_VERSION.to_owned(),
        });
    }
    let mut shift = Shift::new(scenario, h.seed, h.mode);
    for (index, action) in recovered.actions.iter().enumerate() {
        shift
            .apply(action.clone())
            .map_err(|error| RecordError::Replay {
                path: path.to_path_buf(),
                line: index + 2,
                index,
                action: action.name(),
                error,
            })?;
    }
    Ok((shift, recovered))
}

/// The first 12 hex digits of a hash, for messages.
pub(crate) fn short_hash(hash: &str) -> &str {
    hash.get(..12).unwrap_or(hash)
}
