//! The outbox: statements waiting for the LRS, on disk, one JSON file per result.
//!
//! Layout of the folder (by default `<data>/outbox/`):
//! ```text
//! outbox/
//!   <shift statement id>.json        a batch waiting: the JSON array of its statements
//!   sent/<shift statement id>        an empty mark: this batch was acknowledged
//!   rejected/<id>.json, <id>.txt     a batch the LRS refused, with the LRS's message
//! ```
//! A batch is written atomically ([`write_atomic`]): after a crash or a power cut the file
//! is whole or absent, never half. Its name is the shift statement's id, which is derived
//! from the result's seal, so enqueuing the same result twice — or again after it was
//! sent — changes nothing. The oldest batch (by modification time, then name) goes first.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde_json::Value;
use thiserror::Error;

use super::client::LrsConfig;
use super::statements::statements_for;
use crate::record::{RecordError, ResultBody, write_atomic};

/// Extension of a waiting batch.
const BATCH_EXTENSION: &str = "json";
/// Most bytes of one batch file (a result file is at most a few MB; its statements add
/// little).
const MAX_BATCH_BYTES: u64 = 64 * 1024 * 1024;

/// Why the outbox could not do something. Every variant names the file or folder.
#[derive(Debug, Error)]
pub enum OutboxError {
    /// Creating, reading, listing, writing or moving failed.
    #[error("{}: cannot {action}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What was being done.
        action: &'static str,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// A batch file that is not a JSON array of statements (damaged outside this program).
    #[error("{}:{line}:{column}: not a batch of statements: {message}", path.display())]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// 1-based line (0 when the file is not JSON-shaped at all).
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// A batch file larger than any real one.
    #[error("{}: {size} bytes is more than a batch of statements can be ({limit})", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// Writing a batch failed.
    #[error(transparent)]
    Write(#[from] RecordError),
}

impl OutboxError {
    fn io(path: &Path, action: &'static str, source: std::io::Error) -> Self {
        Self::Io {
            path: path.to_path_buf(),
            action,
            source,
        }
    }
}

/// The outbox folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outbox {
    dir: PathBuf,
}

/// What [`Outbox::enqueue`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Enqueued {
    /// A new batch was written.
    Written {
        /// The shift statement's id (the batch's name).
        id: String,
        /// How many statements it holds.
        statements: usize,
        /// Its size in bytes.
        bytes: usize,
    },
    /// The batch is waiting already, or was acknowledged already: nothing written.
    AlreadyThere {
        /// The shift statement's id.
        id: String,
    },
}

impl Enqueued {
    /// The batch's id (the shift statement's id).
    pub fn id(&self) -> &str {
        match self {
            Self::Written { id, .. } | Self::AlreadyThere { id } => id,
        }
    }
}

/// A batch waiting in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingBatch {
    /// The shift statement's id.
    pub id: String,
    /// The batch's file.
    pub path: PathBuf,
    modified: Option<SystemTime>,
}

impl PendingBatch {
    /// Reads the batch's statements. A damaged file is [`OutboxError::Corrupt`], naming the
    /// file, the line and the column.
    pub fn load(&self) -> Result<Vec<Value>, OutboxError> {
        let size = std::fs::metadata(&self.path)
            .map_err(|e| OutboxError::io(&self.path, "read", e))?
            .len();
        if size > MAX_BATCH_BYTES {
            return Err(OutboxError::TooLarge {
                path: self.path.clone(),
                size,
                limit: MAX_BATCH_BYTES,
            });
        }
        let bytes =
            std::fs::read(&self.path).map_err(|e| OutboxError::io(&self.path, "read", e))?;
        let corrupt = |line, column, message: String| OutboxError::Corrupt {
            path: self.path.clone(),
            line,
            column,
            message,
        };
        let value: Value = serde_json::from_slice(&bytes)
            .map_err(|e| corrupt(e.line(), e.column(), e.to_string()))?;
        match value {
            Value::Array(statements)
                if !statements.is_empty() && statements.iter().all(Value::is_object) =>
            {
                Ok(statements)
            }
            _ => Err(corrupt(
                1,
                1,
                "expected a non-empty list of statements".to_owned(),
            )),
        }
    }
}

impl Outbox {
    /// Opens the outbox in `dir`, creating the folder (and its parents) if needed.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Self, OutboxError> {
        let dir = dir.into();
        std::fs::create_dir_all(&dir).map_err(|e| OutboxError::io(&dir, "create", e))?;
        Ok(Self { dir })
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn batch_path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.{BATCH_EXTENSION}"))
    }

    fn sent_mark(&self, id: &str) -> PathBuf {
        self.dir.join("sent").join(id)
    }

    fn rejected_dir(&self) -> PathBuf {
        self.dir.join("rejected")
    }

    /// Puts the statements of a sealed result in the outbox (see
    /// [`statements_for`]). Enqueuing a result whose batch is waiting or was acknowledged
    /// writes nothing.
    pub fn enqueue(
        &self,
        body: &ResultBody,
        sealed: &str,
        cfg: &LrsConfig,
    ) -> Result<Enqueued, OutboxError> {
        let statements = statements_for(body, sealed, cfg);
        self.enqueue_statements(&statements)
    }

    /// Puts a batch of statements in the outbox, named by the first statement's id.
    pub fn enqueue_statements(&self, statements: &[Value]) -> Result<Enqueued, OutboxError> {
        let id = statements
            .first()
            .and_then(|s| s.get("id"))
            .and_then(Value::as_str)
            .filter(|id| is_uuid(id))
            .ok_or_else(|| OutboxError::Corrupt {
                path: self.dir.clone(),
                line: 0,
                column: 0,
                message: "a batch must start with a statement whose id is a UUID".to_owned(),
            })?
            .to_owned();
        let path = self.batch_path(&id);
        if path.exists() || self.sent_mark(&id).exists() {
            return Ok(Enqueued::AlreadyThere { id });
        }
        let bytes = serde_json::to_vec(statements).map_err(|e| OutboxError::Corrupt {
            path: path.clone(),
            line: 0,
            column: 0,
            message: e.to_string(),
        })?;
        write_atomic(&path, &bytes)?;
        Ok(Enqueued::Written {
            id,
            statements: statements.len(),
            bytes: bytes.len(),
        })
    }

    /// The batches waiting, oldest first (modification time, then name). Temporary files
    /// of an interrupted write are not batches.
    pub fn pending(&self) -> Result<Vec<PendingBatch>, OutboxError> {
        let entries =
            std::fs::read_dir(&self.dir).map_err(|e| OutboxError::io(&self.dir, "list", e))?;
        let mut out = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| OutboxError::io(&self.dir, "list", e))?;
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some(BATCH_EXTENSION) {
                continue;
            }
            let Some(id) = path.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            if !is_uuid(id) {
                continue;
            }
            let modified = entry.metadata().ok().and_then(|m| m.modified().ok());
            out.push(PendingBatch {
                id: id.to_owned(),
                path: path.clone(),
                modified,
            });
        }
        out.sort_by(|a, b| (a.modified, &a.id).cmp(&(b.modified, &b.id)));
        Ok(out)
    }

    /// True once the batch of this id was acknowledged by the LRS.
    pub fn is_sent(&self, id: &str) -> bool {
        is_uuid(id) && self.sent_mark(id).exists()
    }

    /// How many batches wait (0 when the folder cannot be read).
    pub fn waiting(&self) -> usize {
        self.pending().map_or(0, |p| p.len())
    }

    /// Marks a batch acknowledged: the mark is written first, then the batch removed, so a
    /// crash in between leaves a batch that is sent again (the LRS answers 409) — never a
    /// batch lost.
    pub fn mark_sent(&self, batch: &PendingBatch) -> Result<(), OutboxError> {
        let mark = self.sent_mark(&batch.id);
        if let Some(parent) = mark.parent() {
            std::fs::create_dir_all(parent).map_err(|e| OutboxError::io(parent, "create", e))?;
        }
        write_atomic(&mark, b"")?;
        match std::fs::remove_file(&batch.path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(OutboxError::io(&batch.path, "remove", e)),
        }
    }

    /// Sets a batch aside that the LRS refused (or that cannot be read), with the reason
    /// beside it: it no longer blocks the others, and nothing is lost.
    pub fn set_aside(&self, batch: &PendingBatch, reason: &str) -> Result<PathBuf, OutboxError> {
        let dir = self.rejected_dir();
        std::fs::create_dir_all(&dir).map_err(|e| OutboxError::io(&dir, "create", e))?;
        let target = dir.join(format!("{}.{BATCH_EXTENSION}", batch.id));
        write_atomic(&dir.join(format!("{}.txt", batch.id)), reason.as_bytes())?;
        crate::record::replace_file(&batch.path, &target)
            .map_err(|e| OutboxError::io(&batch.path, "move", e))?;
        Ok(target)
    }

    /// How many batches were set aside.
    pub fn rejected(&self) -> usize {
        std::fs::read_dir(self.rejected_dir()).map_or(0, |entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().extension().and_then(|x| x.to_str()) == Some(BATCH_EXTENSION))
                .count()
        })
    }
}

/// True for a UUID in canonical form (8-4-4-4-12 hex digits): only such names are batches.
fn is_uuid(s: &str) -> bool {
    let lens: Vec<usize> = s.split('-').map(str::len).collect();
    lens == [8, 4, 4, 4, 12] && s.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn batch(n: u8) -> Vec<Value> {
        vec![
            json!({ "id": format!("0000000{n}-0000-5000-8000-000000000000"), "n": n }),
            json!({ "id": format!("0000000{n}-0000-5000-8000-000000000001") }),
        ]
    }

    #[test]
    fn enqueuing_twice_writes_once_and_a_reopened_outbox_still_holds_it() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let outbox = Outbox::open(dir.path().join("data/outbox")).expect("opens");
        let first = outbox.enqueue_statements(&batch(1)).expect("enqueued");
        assert!(matches!(first, Enqueued::Written { statements: 2, .. }));
        let second = outbox.enqueue_statements(&batch(1)).expect("enqueued");
        assert_eq!(
            second,
            Enqueued::AlreadyThere {
                id: "00000001-0000-5000-8000-000000000000".to_owned()
            }
        );
        drop(outbox);
        let reopened = Outbox::open(dir.path().join("data/outbox")).expect("reopens");
        let pending = reopened.pending().expect("lists");
        assert_eq!(pending.len(), 1);
        assert_eq!(pending[0].id, "00000001-0000-5000-8000-000000000000");
        assert_eq!(pending[0].load().expect("loads"), batch(1));
    }

    #[test]
    fn a_batch_once_sent_is_not_enqueued_again() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let outbox = Outbox::open(dir.path()).expect("opens");
        outbox.enqueue_statements(&batch(1)).expect("enqueued");
        let pending = outbox.pending().expect("lists");
        outbox.mark_sent(&pending[0]).expect("marked");
        assert_eq!(outbox.waiting(), 0);
        assert!(matches!(
            outbox.enqueue_statements(&batch(1)),
            Ok(Enqueued::AlreadyThere { .. })
        ));
        assert_eq!(outbox.waiting(), 0);
    }

    #[test]
    fn the_oldest_batch_comes_first_and_leftovers_of_a_torn_write_are_not_batches() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let outbox = Outbox::open(dir.path()).expect("opens");
        for n in [3, 1, 2] {
            outbox.enqueue_statements(&batch(n)).expect("enqueued");
        }
        let base = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
        for (n, age) in [(3, 0), (1, 20), (2, 10)] {
            let path = dir
                .path()
                .join(format!("0000000{n}-0000-5000-8000-000000000000.json"));
            let file = std::fs::File::options()
                .write(true)
                .open(&path)
                .expect("opens");
            file.set_modified(base + std::time::Duration::from_secs(age))
                .expect("dated");
        }
        std::fs::write(
            dir.path()
                .join("00000009-0000-5000-8000-000000000000.json.tmp"),
            "[",
        )
        .expect("written");
        let order: Vec<String> = outbox
            .pending()
            .expect("lists")
            .into_iter()
            .map(|b| b.id[..8].to_owned())
            .collect();
        assert_eq!(order, ["00000003", "00000002", "00000001"]);
    }

    #[test]
    fn a_damaged_batch_is_a_message_naming_the_file_line_and_column() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let outbox = Outbox::open(dir.path()).expect("opens");
        let path = dir.path().join("00000001-0000-5000-8000-000000000000.json");
        std::fs::write(&path, "[{\"id\": \"x\"},\n  {oops}]").expect("written");
        let pending = outbox.pending().expect("lists");
        let err = pending[0].load().expect_err("damaged");
        assert_eq!(
            err.to_string(),
            format!(
                "{}:2:4: not a batch of statements: key must be a string at line 2 column 4",
                path.display()
            )
        );
        std::fs::write(&path, "{}").expect("written");
        let err = pending[0].load().expect_err("not a list");
        assert_eq!(
            err.to_string(),
            format!(
                "{}:1:1: not a batch of statements: expected a non-empty list of statements",
                path.display()
            )
        );
    }

    #[test]
    fn a_batch_set_aside_keeps_its_statements_and_its_reason() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let outbox = Outbox::open(dir.path()).expect("opens");
        outbox.enqueue_statements(&batch(1)).expect("enqueued");
        let pending = outbox.pending().expect("lists");
        let moved = outbox
            .set_aside(&pending[0], "HTTP 400: bad verb")
            .expect("moved");
        assert_eq!(outbox.waiting(), 0);
        assert_eq!(outbox.rejected(), 1);
        let kept: Vec<Value> =
            serde_json::from_slice(&std::fs::read(moved).expect("kept")).expect("JSON");
        assert_eq!(kept, batch(1));
        let reason = std::fs::read_to_string(
            dir.path()
                .join("rejected/00000001-0000-5000-8000-000000000000.txt"),
        )
        .expect("reason kept");
        assert_eq!(reason, "HTTP 400: bad verb");
    }

    #[test]
    fn a_batch_without_a_uuid_is_refused() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let outbox = Outbox::open(dir.path()).expect("opens");
        assert!(
            outbox
                .enqueue_statements(&[json!({ "id": "../../etc" })])
                .is_err()
        );
        assert!(outbox.enqueue_statements(&[]).is_err());
        assert_eq!(outbox.waiting(), 0);
    }
}
