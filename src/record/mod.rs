//! Records: the crash-safe shift journal, the sealed result file, and verification by
//! re-simulation.
//!
//! A run of the simulator is fully described by its scenario (identified by its
//! [`content_hash`](crate::scenario::Scenario::content_hash)), the engine version
//! ([`ENGINE_VERSION`](crate::sim::ENGINE_VERSION)), a seed, a mode and the list of actions
//! the trainee applied: replaying the actions on a new [`Shift`](crate::sim::Shift) gives the
//! same state, byte for byte, and so the same score. This layer stores runs and checks them.
//!
//! - [`journal`] — the **shift journal**, written while the trainee plays. A header line
//!   ([`journal::JournalHeader`]) and then one line per *applied* action, each written,
//!   flushed and `sync_data`-ed before the next action starts: a power cut loses at most the
//!   action in flight. [`journal::recover`] drops a torn last line with a note and rejects
//!   damage anywhere else, naming the file and line; [`journal::resume`] replays the journal
//!   into a shift that continues where the trainee stopped.
//! - [`result`] — the **result file** (`.motcua`) handed in at the end: the magic line
//!   `MOTCUA-RESULT 1`, a pretty RON body ([`result::ResultBody`]: who, which scenario, seed,
//!   mode, the actions, the chain, the state fingerprint and the score), and a last line
//!   `SEAL <sha256>` over every byte before it. Files are written atomically (temporary file,
//!   `sync_all`, rename, folder sync): a reader sees the old file or the new one, never half.
//! - The **chain**: `h_0 = sha256(header line)`, `h_i = sha256(h_{i-1} hex ‖ "\n" ‖ action
//!   RON)`. The journal stores each `h_i` on its line; the result file stores the last one.
//!   For the same run both end on the same hash ([`chain_start`], [`chain_next`]).
//! - [`verify`] — **verification**, two questions kept apart. *Is this log authentic?* The
//!   seal, the scenario hash, the chain, then a full re-simulation: every action must apply
//!   and the final state fingerprint must be the stored one; for a file of this build's
//!   engine, grading the replayed shift must also give the stored score. *What does it score
//!   today?* The recomputed score, always — a file of another engine version whose replay
//!   still reaches its fingerprint is authentic, with a note comparing its stored score with
//!   today's. Differences are typed ([`Difference`]) so that callers choose exit codes and
//!   wording. [`grade_folder`] does this for a folder of files on all cores; [`csv_text`] /
//!   [`write_csv`] export the grades.
//! - [`source`] — the scenario packs verification looks scenarios up in.
//!
//! ## Line ends
//! Records are written with `\n`. A Windows tool or a mail client may turn every line end
//! into `\r\n`; such files are read as written (`\r\n` → `\n`) before the seal and the
//! chain are checked. That cannot hide an edit: RON escapes CR and LF inside strings, so a
//! genuine record never holds a raw `\r`, and the conversion only undoes the tool's. The
//! verification report says so in a note.
//!
//! ## Bounds
//! A shift holds at most [`MAX_ACTIONS_PER_SHIFT`] actions, so a record is at most
//! [`MAX_RECORD_BYTES`] long. Larger files are refused from their metadata, before they
//! are read; a list of more actions is refused while it is parsed, before it is replayed.
//!
//! ## Guarantees, and what they are not
//! - Any change to any byte of a result file breaks its seal (turning its `\n` line ends
//!   into `\r\n` is read back as written, see *Line ends*).
//! - A file edited *and* resealed (the algorithm is public, so anyone can reseal) is still
//!   caught unless its action log is itself a genuine run: the stored score, fingerprint and
//!   chain are recomputed from the actions, never trusted.
//! - The seal is an integrity check, not a signature: it proves that the score is what those
//!   actions earn on that scenario, not who typed the actions.

pub mod csv;
pub mod difference;
pub mod journal;
pub mod result;
pub mod source;
pub mod verify;

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::sim::{ActionError, MAX_ACTIONS_PER_SHIFT};

pub use csv::{csv_text, write_csv};
pub use difference::{Difference, Note, Outcome, ScoreField, SealProblem, SessionMismatch};
pub use journal::{Journal, JournalHeader, Recovered, recover, resume};
pub use result::{ResultBody, read_result, write_result};
pub use source::{ScenarioSource, SourceError};
pub use verify::{VerifyReport, grade_folder, verify_file};

/// Most bytes one action takes in a record: the pretty RON of the longest action (a form
/// field of 200 characters, 4 bytes each at worst, with ids of a few dozen characters and
/// the indentation) with room to spare.
pub const MAX_ACTION_BYTES: u64 = 2 * 1024;
/// Bytes of a record that are not actions: the header, the chain, the fingerprint and the
/// score report with its feedback.
pub const RECORD_OVERHEAD_BYTES: u64 = 2 * 1024 * 1024;
/// Largest journal or result file read, in bytes: derived from the action cap
/// ([`MAX_ACTIONS_PER_SHIFT`]), about 22 MiB.
pub const MAX_RECORD_BYTES: u64 =
    RECORD_OVERHEAD_BYTES + MAX_ACTIONS_PER_SHIFT as u64 * MAX_ACTION_BYTES;

pub use crate::codec::{hex, sha256_hex};

/// First link of the chain: the hash of the header line (without its newline).
pub fn chain_start(header_line: &str) -> String {
    sha256_hex(header_line.as_bytes())
}

/// Next link of the chain: `sha256(previous hex ‖ "\n" ‖ action RON)`.
pub fn chain_next(previous: &str, action_ron: &str) -> String {
    let mut h = Sha256::new();
    h.update(previous.as_bytes());
    h.update(b"\n");
    h.update(action_ron.as_bytes());
    hex(&h.finalize())
}

/// An error of the records layer. Every variant names the file concerned.
#[derive(Debug, Error)]
pub enum RecordError {
    /// Reading, writing, renaming or syncing failed.
    #[error("{}: cannot {action}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What was being done (`read`, `write`, `create`…).
        action: &'static str,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// The file is larger than [`MAX_RECORD_BYTES`].
    #[error("{}: file is {size} bytes; a record of a real shift is at most {limit}", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The content does not parse (RON syntax or structure).
    #[error("{}:{line}:{col}: {message}", path.display())]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line in the file.
        line: usize,
        /// 1-based column.
        col: usize,
        /// What is wrong.
        message: String,
    },
    /// A journal line before the last one is damaged.
    #[error("{}:{line}: {message}", path.display())]
    Corrupt {
        /// The journal.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The record holds more actions than a shift can ([`MAX_ACTIONS_PER_SHIFT`]).
    #[error("{}: {}", path.display(), Difference::TooManyActions { limit: *limit })]
    TooManyActions {
        /// The file.
        path: PathBuf,
        /// The cap.
        limit: usize,
    },
    /// Not a result file at all (wrong first line).
    #[error("{}: {}", path.display(), Difference::NotAResultFile)]
    NotAResultFile {
        /// The file.
        path: PathBuf,
    },
    /// A record of a format version this build does not read.
    #[error("{}: {}", path.display(), Difference::UnsupportedFormat { found: found.clone() })]
    UnsupportedFormat {
        /// The file.
        path: PathBuf,
        /// The version it names.
        found: String,
    },
    /// Not a file of the expected kind or version.
    #[error("{}: {message}", path.display())]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The seal does not match the content: the file was changed after it was written.
    #[error("{}: {}", path.display(), Difference::SealBroken(*problem))]
    Seal {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        problem: SealProblem,
    },
    /// Writing a journal line failed, and cutting the partial line off failed too: the
    /// journal now ends with a damaged line and takes no more actions.
    #[error(
        "{}: cannot write: {write}; cutting the partial line off failed too: {rollback}; the journal takes no more actions (resuming the shift recovers it)",
        path.display()
    )]
    Rollback {
        /// The journal.
        path: PathBuf,
        /// Why the write failed.
        write: std::io::Error,
        /// Why the rollback failed.
        #[source]
        rollback: std::io::Error,
    },
    /// An append after a failed rollback: the journal ends with a damaged line.
    #[error(
        "{}: the journal ends with a damaged line after a failed write; it takes no more actions (resuming the shift recovers it)",
        path.display()
    )]
    Damaged {
        /// The journal.
        path: PathBuf,
    },
    /// The record belongs to another scenario, or the scenario changed since the run.
    #[error("{}: {message}", path.display())]
    ScenarioMismatch {
        /// The record.
        path: PathBuf,
        /// What differs.
        message: String,
    },
    /// The record was made by another engine version; replaying it could differ.
    #[error("{}: recorded with engine `{recorded}`, this build is `{current}`", path.display())]
    EngineMismatch {
        /// The record.
        path: PathBuf,
        /// Engine version stored in the record.
        recorded: String,
        /// This build's engine version.
        current: String,
    },
    /// A recorded action cannot be applied again: the log was tampered with or belongs to
    /// another scenario.
    #[error("{}:{line}: action {index} ({action}) cannot be replayed: {error}", path.display())]
    Replay {
        /// The record.
        path: PathBuf,
        /// 1-based line of the action in the journal.
        line: usize,
        /// 0-based index of the action.
        index: usize,
        /// Short name of the action.
        action: &'static str,
        /// Why it failed.
        error: ActionError,
    },
    /// A value could not be encoded (should not happen with the crate's own types).
    #[error("{}: cannot encode: {message}", path.display())]
    Encode {
        /// The file being written.
        path: PathBuf,
        /// The encoder's message.
        message: String,
    },
}

impl RecordError {
    /// The error without the file name, for reports that already name the file.
    pub fn message(&self) -> String {
        match self {
            RecordError::Io { action, source, .. } => format!("cannot {action}: {source}"),
            RecordError::TooLarge { size, limit, .. } => {
                format!("file is {size} bytes; a record of a real shift is at most {limit}")
            }
            RecordError::TooManyActions { limit, .. } => {
                Difference::TooManyActions { limit: *limit }.to_string()
            }
            RecordError::NotAResultFile { .. } => Difference::NotAResultFile.to_string(),
            RecordError::UnsupportedFormat { found, .. } => Difference::UnsupportedFormat {
                found: found.clone(),
            }
            .to_string(),
            RecordError::Parse {
                line, col, message, ..
            } => format!("line {line}, column {col}: {message}"),
            RecordError::Corrupt { line, message, .. } => format!("line {line}: {message}"),
            RecordError::Format { message, .. } | RecordError::ScenarioMismatch { message, .. } => {
                message.clone()
            }
            RecordError::Seal { problem, .. } => Difference::SealBroken(*problem).to_string(),
            RecordError::Rollback {
                write, rollback, ..
            } => format!(
                "cannot write: {write}; cutting the partial line off failed too: {rollback}; the journal takes no more actions (resuming the shift recovers it)"
            ),
            RecordError::Damaged { .. } => "the journal ends with a damaged line after a failed write; it takes no more actions (resuming the shift recovers it)".to_owned(),
            RecordError::EngineMismatch {
                recorded, current, ..
            } => format!("recorded with engine `{recorded}`, this build is `{current}`"),
            RecordError::Replay {
                line,
                index,
                action,
                error,
                ..
            } => format!("line {line}: action {index} ({action}) cannot be replayed: {error}"),
            RecordError::Encode { message, .. } => format!("cannot encode: {message}"),
        }
    }

    pub(crate) fn io(path: &Path, action: &'static str, source: std::io::Error) -> Self {
        RecordError::Io {
            path: path.to_path_buf(),
            action,
            source,
        }
    }
}

/// Single-line RON of a value (strings keep their newlines escaped).
pub(crate) fn ron_line<T: serde::Serialize>(path: &Path, value: &T) -> Result<String, RecordError> {
    ron::to_string(value).map_err(|e| RecordError::Encode {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

/// RON options used to read records: recursion limited, no normalization (records are
/// hashed as written, so their strings must come back byte for byte).
pub(crate) fn ron_options() -> ron::Options {
    crate::codec::ron_options()
}

/// Reads a record file with the size limit.
pub(crate) fn read_limited(path: &Path) -> Result<Vec<u8>, RecordError> {
    use std::io::Read;
    let file = File::open(path).map_err(|e| RecordError::io(path, "open", e))?;
    let size = file
        .metadata()
        .map_err(|e| RecordError::io(path, "read", e))?
        .len();
    if size > MAX_RECORD_BYTES {
        return Err(RecordError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit: MAX_RECORD_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_RECORD_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| RecordError::io(path, "read", e))?;
    if bytes.len() as u64 > MAX_RECORD_BYTES {
        return Err(RecordError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit: MAX_RECORD_BYTES,
        });
    }
    Ok(bytes)
}

/// The temporary file used while writing `path` atomically: `<path>.tmp`, same folder.
pub fn temp_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".tmp");
    path.with_file_name(name)
}

/// Makes a folder entry (a created or renamed file) durable, where the platform allows.
/// Best effort: some file systems refuse to sync a folder, which is not an error here.
pub(crate) fn sync_folder_of(path: &Path) {
    #[cfg(unix)]
    {
        let folder = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        if let Ok(dir) = File::open(folder) {
            let _ = dir.sync_all();
        }
    }
    #[cfg(not(unix))]
    {
        let _ = path;
    }
}

/// Renames `from` over `to` (an existing `to` is replaced in one step on every OS).
///
/// On Windows a virus scanner, the search indexer or a backup tool often holds a file that
/// was just written for a moment, and the replace then fails with "access denied" or "used
/// by another process" (a sharing violation). Such a failure is retried for up to about two
/// seconds before it is reported; any other failure is reported at once.
pub(crate) fn replace_file(from: &Path, to: &Path) -> std::io::Result<()> {
    let mut pause = std::time::Duration::from_millis(10);
    let mut waited = std::time::Duration::ZERO;
    loop {
        match std::fs::rename(from, to) {
            Err(e) if is_transient_lock(&e) && waited < REPLACE_PATIENCE => {
                std::thread::sleep(pause);
                waited += pause;
                pause = (pause * 2).min(std::time::Duration::from_millis(250));
            }
            other => return other,
        }
    }
}

/// How long [`replace_file`] waits for a file another program holds.
const REPLACE_PATIENCE: std::time::Duration = std::time::Duration::from_secs(2);

/// True for the errors a briefly held file gives on Windows: access denied (5), sharing
/// violation (32), lock violation (33). Never on other systems, where a replace that fails
/// fails for good.
fn is_transient_lock(e: &std::io::Error) -> bool {
    cfg!(windows) && matches!(e.raw_os_error(), Some(5 | 32 | 33))
}

/// Writes `bytes` to `path` atomically: `<path>.tmp` in the same folder, `write_all`,
/// `sync_all`, rename over `path`, then sync the folder. On any error the temporary file is
/// removed and the error names the path; an existing `path` is left untouched.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), RecordError> {
    let tmp = temp_path(path);
    let result = (|| {
        let mut file = File::create(&tmp).map_err(|e| RecordError::io(path, "create", e))?;
        file.write_all(bytes)
            .map_err(|e| RecordError::io(path, "write", e))?;
        file.sync_all()
            .map_err(|e| RecordError::io(path, "sync", e))?;
        drop(file);
        replace_file(&tmp, path).map_err(|e| RecordError::io(path, "replace", e))
    })();
    match result {
        Ok(()) => {
            sync_folder_of(path);
            Ok(())
        }
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_temporary_file_sits_beside_the_target() {
        assert_eq!(
            temp_path(Path::new("out/run.motcua")),
            Path::new("out/run.motcua.tmp")
        );
    }
}
