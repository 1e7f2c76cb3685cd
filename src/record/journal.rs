//! The shift journal: an append-only, crash-safe log of the actions a trainee applied.
//!
//! Format (UTF-8 text, `\n` line ends; `\r\n` is read too, see the [parent module](super)):
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
//!
//! The file is opened for writing, not in append mode, and every line is written at the
//! position the journal keeps: cutting a torn tail or a partial line off (`set_len`) then
//! works on every OS (Windows refuses `set_len` on a handle opened for appending). A failed
//! cut is reported ([`RecordError::Rollback`]) and the journal takes no more lines.

use std::fs::{File, OpenOptions};
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{RecordError, chain_next, chain_start, read_limited, ron_line, ron_options};
use crate::scenario::{Mode, Scenario};
use crate::sim::{Action, ENGINE_VERSION, MAX_ACTIONS_PER_SHIFT, Shift};

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
    /// Training session or class, if any: a session code ([`crate::session::SessionCode`])
    /// for a conference run; free text in files written before session codes.
    pub session: Option<String>,
    /// The trainee's seat in the session ([`crate::session::seat_key`]); none outside one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seat: Option<String>,
    /// When the shift was started, wall-clock, RFC 3339 UTC (none in files written before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<String>,
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
            seat: session.map(|_| crate::session::seat_key(trainee)),
            started: None,
        }
    }

    /// The same header, stamped with the wall-clock time the shift started.
    pub fn started_at(mut self, started: Option<String>) -> Self {
        self.started = started;
        self
    }

    /// The header line as written (single-line RON, no newline).
    pub fn to_line(&self, path: &Path) -> Result<String, RecordError> {
        ron_line(path, self)
    }
}

/// The file operations a journal needs (a trait so that tests can simulate a failing disk).
trait Storage {
    /// Writes the bytes at the current position, flushes and syncs them to disk.
    fn write_durably(&mut self, bytes: &[u8]) -> std::io::Result<()>;
    /// Cuts the file to `len` bytes, syncs, and moves the position to its end.
    fn cut(&mut self, len: u64) -> std::io::Result<()>;
}

impl Storage for File {
    fn write_durably(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.write_all(bytes)?;
        self.flush()?;
        self.sync_data()
    }

    fn cut(&mut self, len: u64) -> std::io::Result<()> {
        self.set_len(len)?;
        self.sync_data()?;
        self.seek(SeekFrom::Start(len)).map(|_| ())
    }
}

/// Why [`append_line`] failed.
#[derive(Debug)]
enum AppendFailure {
    /// The write failed; the partial line was cut off, the file ends at the previous line.
    Write(std::io::Error),
    /// The write failed and so did the cut: the file may end with a partial line.
    Rollback {
        write: std::io::Error,
        rollback: std::io::Error,
    },
}

/// Writes one line at the end of a file that is `len` bytes long; on failure cuts the file
/// back to `len`.
fn append_line(storage: &mut impl Storage, len: u64, line: &[u8]) -> Result<(), AppendFailure> {
    match storage.write_durably(line) {
        Ok(()) => Ok(()),
        Err(write) => match storage.cut(len) {
            Ok(()) => Err(AppendFailure::Write(write)),
            Err(rollback) => Err(AppendFailure::Rollback { write, rollback }),
        },
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
    /// A write and its rollback failed: the file may end with a partial line.
    damaged: bool,
}

impl Journal {
    /// Creates a new journal and writes its header durably. Fails if `path` exists: a
    /// journal is never overwritten (resume it with [`Journal::open_existing`] or remove it).
    pub fn create(path: &Path, header: &JournalHeader) -> Result<Self, RecordError> {
        let line = header.to_line(path)?;
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .map_err(|e| RecordError::io(path, "create", e))?;
        let text = format!("{line}\n");
        if let Err(e) = file.write_durably(text.as_bytes()) {
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
            damaged: false,
        })
    }

    /// Opens a journal to continue appending after [`resume`]: recovers it, cuts off a torn
    /// last line (reported by [`recover`] as `dropped_tail`) and positions at the end.
    pub fn open_existing(path: &Path) -> Result<Self, RecordError> {
        let recovered = recover(path)?;
        let mut file = OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(|e| RecordError::io(path, "open", e))?;
        let size = file
            .metadata()
            .map_err(|e| RecordError::io(path, "read", e))?
            .len();
        if size != recovered.kept_bytes {
            file.cut(recovered.kept_bytes)
                .map_err(|e| RecordError::io(path, "truncate", e))?;
        } else {
            file.seek(SeekFrom::End(0))
                .map_err(|e| RecordError::io(path, "seek", e))?;
        }
        Ok(Self {
            path: path.to_path_buf(),
            file,
            next: recovered.actions.len(),
            chain: recovered.chain,
            len: recovered.kept_bytes,
            damaged: false,
        })
    }

    /// Appends one applied action: writes its line, flushes and syncs the data to disk
    /// before returning. On failure the partial line is cut off again and the journal still
    /// ends at the previous action; if that cut fails too, the error says so
    /// ([`RecordError::Rollback`]) and every later append is refused
    /// ([`RecordError::Damaged`]) rather than written after a damaged line.
    pub fn append(&mut self, action: &Action) -> Result<(), RecordError> {
        if self.damaged {
            return Err(RecordError::Damaged {
                path: self.path.clone(),
            });
        }
        let ron = ron_line(&self.path, action)?;
        let hash = chain_next(&self.chain, &ron);
        let line = format!("{}\t{hash}\t{ron}\n", self.next);
        match append_line(&mut self.file, self.len, line.as_bytes()) {
            Ok(()) => {}
            Err(AppendFailure::Write(e)) => return Err(RecordError::io(&self.path, "write", e)),
            Err(AppendFailure::Rollback { write, rollback }) => {
                self.damaged = true;
                return Err(RecordError::Rollback {
                    path: self.path.clone(),
                    write,
                    rollback,
                });
            }
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

/// A complete line without the CR of a CRLF line end (a journal copied through a Windows
/// tool); the chain covers the line as written, without it.
fn without_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
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
    let header_text = std::str::from_utf8(without_cr(&bytes[..header_end]))
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
        let raw = if complete {
            without_cr(&bytes[start..end])
        } else {
            &bytes[start..end]
        };
        let checked = std::str::from_utf8(raw)
            .map_err(|_| "not UTF-8".to_owned())
            .and_then(|text| check_line(text, actions.len(), &chain));
        match (checked, complete, last) {
            (Ok(_), true, _) if actions.len() == MAX_ACTIONS_PER_SHIFT => {
                return Err(RecordError::TooManyActions {
                    path: path.to_path_buf(),
                    limit: MAX_ACTIONS_PER_SHIFT,
                });
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A disk that stores what it is given, fails writes after `room` bytes (keeping the
    /// part that fitted, as a torn write does), and can refuse to cut.
    struct FlakyDisk {
        bytes: Vec<u8>,
        room: usize,
        cut_fails: bool,
    }

    impl Storage for FlakyDisk {
        fn write_durably(&mut self, bytes: &[u8]) -> std::io::Result<()> {
            let fits = bytes.len().min(self.room.saturating_sub(self.bytes.len()));
            self.bytes.extend_from_slice(&bytes[..fits]);
            if fits < bytes.len() {
                return Err(std::io::Error::other("disk full"));
            }
            Ok(())
        }

        fn cut(&mut self, len: u64) -> std::io::Result<()> {
            if self.cut_fails {
                return Err(std::io::Error::other("read-only now"));
            }
            self.bytes.truncate(len as usize);
            Ok(())
        }
    }

    #[test]
    fn a_failed_write_is_cut_off_and_the_file_ends_at_the_previous_line() {
        let mut disk = FlakyDisk {
            bytes: b"header\n".to_vec(),
            room: 12,
            cut_fails: false,
        };
        assert!(append_line(&mut disk, 7, b"0\tab\n").is_ok());
        assert_eq!(disk.bytes, b"header\n0\tab\n");
        match append_line(&mut disk, 12, b"1\tcd\tEndShift\n") {
            Err(AppendFailure::Write(e)) => assert_eq!(e.to_string(), "disk full"),
            other => panic!("expected a write failure, got {other:?}"),
        }
        assert_eq!(disk.bytes, b"header\n0\tab\n", "the partial line is gone");
    }

    #[test]
    fn a_failed_rollback_is_an_error_not_a_silence() {
        let mut disk = FlakyDisk {
            bytes: b"header\n".to_vec(),
            room: 10,
            cut_fails: true,
        };
        match append_line(&mut disk, 7, b"0\tab\tCallNext\n") {
            Err(AppendFailure::Rollback { write, rollback }) => {
                assert_eq!(write.to_string(), "disk full");
                assert_eq!(rollback.to_string(), "read-only now");
            }
            other => panic!("expected a rollback failure, got {other:?}"),
        }
        assert_eq!(
            disk.bytes, b"header\n0\ta",
            "the partial line is still there"
        );
    }

    #[test]
    fn a_crlf_line_end_is_read_without_its_cr() {
        assert_eq!(without_cr(b"0\tab\tCallNext\r"), b"0\tab\tCallNext");
        assert_eq!(without_cr(b"0\tab\tCallNext"), b"0\tab\tCallNext");
    }
}
