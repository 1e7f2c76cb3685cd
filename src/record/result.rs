//! The result file (`.motcua`): a finished run, sealed.
//!
//! Layout (UTF-8 text, `\n` line ends; `\r\n` is read too, see the [parent module](super)):
//! ```text
//! MOTCUA-RESULT 1
//! (
//!     engine: "motcua-engine/…",
//!     …                          ← pretty RON of a ResultBody
//! )
//! SEAL <sha256 hex of every byte before this line>
//! ```
//! The body holds the run (scenario id and hash, seed, mode, trainee, actions) and what it
//! produced (the chain hash, the state fingerprint, the score). [`read_result`] checks the
//! seal before anything else; [`super::verify`] recomputes everything the body claims.
//! The action list is read with a cap ([`MAX_ACTIONS_PER_SHIFT`]): a longer list stops the
//! parse with [`RecordError::TooManyActions`].

use std::borrow::Cow;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::journal::{JOURNAL_FORMAT, JournalHeader};
use super::{
    RecordError, SealProblem, chain_next, chain_start, read_limited, ron_line, ron_options,
    sha256_hex, write_atomic,
};
use crate::scenario::Mode;
use crate::score::{ScoreReport, grade};
use crate::sim::{Action, ENGINE_VERSION, MAX_ACTIONS_PER_SHIFT, Shift};

/// The first line of every result file of this format.
pub const RESULT_MAGIC: &str = "MOTCUA-RESULT 1";
/// What every result file starts with, whatever its version.
const MAGIC_PREFIX: &str = "MOTCUA-RESULT ";
/// The last line's prefix.
const SEAL_PREFIX: &str = "SEAL ";

/// The content of a result file between the magic line and the seal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultBody {
    /// Engine version that produced the run.
    pub engine: String,
    /// Scenario id.
    pub scenario_id: String,
    /// Scenario content hash at the time of the run.
    pub scenario_hash: String,
    /// Seed.
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
    /// When the shift was started, wall-clock, RFC 3339 UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<String>,
    /// When the shift was finished (the result sealed), wall-clock, RFC 3339 UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished: Option<String>,
    /// Every applied action, in order (at most [`MAX_ACTIONS_PER_SHIFT`]).
    #[serde(deserialize_with = "capped_actions")]
    pub actions: Vec<Action>,
    /// Final chain hash (see [`super::chain_next`]); equals the journal's last hash.
    pub chain: String,
    /// [`Shift::fingerprint`] after the last action.
    pub fingerprint: String,
    /// The score of the run.
    pub score: ScoreReport,
}

/// The parser's message for a list longer than the cap; turned into
/// [`RecordError::TooManyActions`].
const TOO_MANY_ACTIONS: &str = "more actions than a shift can hold";

/// Reads the action list, stopping at the first action beyond [`MAX_ACTIONS_PER_SHIFT`], so a
/// hostile list costs no more than a real one.
fn capped_actions<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Action>, D::Error> {
    struct Capped;
    impl<'de> serde::de::Visitor<'de> for Capped {
        type Value = Vec<Action>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "a list of at most {MAX_ACTIONS_PER_SHIFT} actions")
        }

        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
            while let Some(action) = seq.next_element::<Action>()? {
                if out.len() == MAX_ACTIONS_PER_SHIFT {
                    return Err(serde::de::Error::custom(TOO_MANY_ACTIONS));
                }
                out.push(action);
            }
            Ok(out)
        }
    }
    d.deserialize_seq(Capped)
}

impl ResultBody {
    /// The body of a shift's result: its actions, chain, fingerprint and [`grade`].
    pub fn from_shift(
        shift: &Shift,
        trainee: &str,
        session: Option<&str>,
    ) -> Result<Self, RecordError> {
        Self::from_run(shift, trainee, session, None, None)
    }

    /// The body of a shift's result with its wall-clock start and finish times (RFC 3339;
    /// see [`now_rfc3339`]). The seat is the trainee's [`crate::session::seat_key`] when
    /// the run belongs to a session.
    pub fn from_run(
        shift: &Shift,
        trainee: &str,
        session: Option<&str>,
        started: Option<String>,
        finished: Option<String>,
    ) -> Result<Self, RecordError> {
        let mut body = Self {
            engine: ENGINE_VERSION.to_owned(),
            scenario_id: shift.scenario.id().to_owned(),
            scenario_hash: shift.scenario.content_hash.clone(),
            seed: shift.seed,
            mode: shift.mode,
            trainee: trainee.to_owned(),
            session: session.map(str::to_owned),
            seat: session.map(|_| crate::session::seat_key(trainee)),
            started,
            finished,
            actions: shift.actions.iter().map(|(_, a)| a.clone()).collect(),
            chain: String::new(),
            fingerprint: shift.fingerprint(),
            score: grade(shift),
        };
        body.chain = body.compute_chain(Path::new(""))?;
        Ok(body)
    }

    /// The journal header of this run.
    pub fn header(&self) -> JournalHeader {
        JournalHeader {
            format: JOURNAL_FORMAT,
            engine: self.engine.clone(),
            scenario_id: self.scenario_id.clone(),
            scenario_hash: self.scenario_hash.clone(),
            seed: self.seed,
            mode: self.mode,
            trainee: self.trainee.clone(),
            session: self.session.clone(),
            seat: self.seat.clone(),
            started: self.started.clone(),
        }
    }

    /// Recomputes the chain from the header fields and the actions (`path` only names the
    /// file in an error).
    pub fn compute_chain(&self, path: &Path) -> Result<String, RecordError> {
        let mut chain = chain_start(&self.header().to_line(path)?);
        for action in &self.actions {
            chain = chain_next(&chain, &ron_line(path, action)?);
        }
        Ok(chain)
    }
}

/// The wall clock now, RFC 3339 UTC to the second (`2026-11-30T16:45:00Z`).
pub fn now_rfc3339() -> String {
    let now: chrono::DateTime<chrono::Utc> = std::time::SystemTime::now().into();
    now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The complete text of a result file for `body`, sealed.
pub fn encode_result(path: &Path, body: &ResultBody) -> Result<String, RecordError> {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n".to_owned())
        .indentor("    ".to_owned());
    let pretty = ron::ser::to_string_pretty(body, config).map_err(|e| RecordError::Encode {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    let mut text = format!("{RESULT_MAGIC}\n{pretty}\n");
    let seal = sha256_hex(text.as_bytes());
    text.push_str(SEAL_PREFIX);
    text.push_str(&seal);
    text.push('\n');
    Ok(text)
}

/// Writes the result of a shift to `path`, atomically (see [`super::write_atomic`]).
/// Returns the body written.
pub fn write_result(
    path: &Path,
    shift: &Shift,
    trainee: &str,
    session: Option<&str>,
) -> Result<ResultBody, RecordError> {
    let body = ResultBody::from_shift(shift, trainee, session)?;
    write_body(path, &body)?;
    Ok(body)
}

/// Writes an already built body to `path`, sealed and atomically.
pub fn write_body(path: &Path, body: &ResultBody) -> Result<(), RecordError> {
    let text = encode_result(path, body)?;
    write_atomic(path, text.as_bytes())
}

/// Reads a result file: magic line, seal, then the body. Parse errors carry the file's own
/// line and column.
pub fn read_result(path: &Path) -> Result<ResultBody, RecordError> {
    let bytes = read_limited(path)?;
    decode_result(path, &bytes)
}

/// True when the bytes hold a CRLF line end (the file went through a Windows tool or a mail
/// client).
pub fn has_crlf(bytes: &[u8]) -> bool {
    bytes.windows(2).any(|w| w == b"\r\n")
}

/// The bytes with every `\r\n` turned back into `\n`, as the file was written. A lone `\r`
/// stays (it was never a line end, and breaks the seal as any edit does).
pub fn normalize_line_ends(bytes: &[u8]) -> Cow<'_, [u8]> {
    if !has_crlf(bytes) {
        return Cow::Borrowed(bytes);
    }
    let mut out = Vec::with_capacity(bytes.len());
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            continue;
        }
        out.push(*b);
    }
    Cow::Owned(out)
}

/// Decodes the bytes of a result file (`path` names it in errors); CRLF line ends are read
/// as LF.
pub fn decode_result(path: &Path, bytes: &[u8]) -> Result<ResultBody, RecordError> {
    let bytes = normalize_line_ends(bytes);
    let sealed = check_seal(path, &bytes)?;
    parse_sealed(path, sealed)
}

/// Decodes a result file without checking its seal, to show what a broken file claims.
/// Never use the result as evidence.
pub fn decode_unsealed(path: &Path, bytes: &[u8]) -> Result<ResultBody, RecordError> {
    let bytes = normalize_line_ends(bytes);
    let bytes: &[u8] = &bytes;
    check_magic(path, bytes)?;
    let sealed = match split_seal(bytes) {
        Ok((sealed, _)) => sealed,
        Err(_) => {
            // A damaged seal line: leave it out if it still looks like one.
            let end = bytes.strip_suffix(b"\n").unwrap_or(bytes);
            let start = end.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
            if end[start..].starts_with(b"SEAL") {
                &bytes[..start]
            } else {
                bytes
            }
        }
    };
    parse_sealed(path, sealed)
}

fn check_magic(path: &Path, bytes: &[u8]) -> Result<(), RecordError> {
    if bytes.starts_with(MAGIC_PREFIX.as_bytes()) {
        Ok(())
    } else {
        Err(RecordError::NotAResultFile {
            path: path.to_path_buf(),
        })
    }
}

/// Splits a file into (sealed part, seal hex); the seal line must be the last line,
/// `SEAL ` and 64 lower-case hex digits, ending with a newline.
fn split_seal(bytes: &[u8]) -> Result<(&[u8], &str), SealProblem> {
    let Some((&b'\n', rest)) = bytes.split_last() else {
        return Err(SealProblem::NoFinalNewline);
    };
    let start = rest.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
    let line = &rest[start..];
    let Some(hex) = line.strip_prefix(SEAL_PREFIX.as_bytes()) else {
        return Err(SealProblem::NotASealLine);
    };
    if hex.len() != 64 || !hex.iter().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        return Err(SealProblem::NotHex);
    }
    let hex = std::str::from_utf8(hex).map_err(|_| SealProblem::NotHex)?;
    Ok((&bytes[..start], hex))
}

/// Checks magic and seal; returns the sealed part.
fn check_seal<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a [u8], RecordError> {
    check_magic(path, bytes)?;
    let seal_error = |problem| RecordError::Seal {
        path: path.to_path_buf(),
        problem,
    };
    let (sealed, seal) = split_seal(bytes).map_err(seal_error)?;
    if sha256_hex(sealed) != seal {
        return Err(seal_error(SealProblem::Mismatch));
    }
    Ok(sealed)
}

/// Parses the magic line and the body of the sealed part.
fn parse_sealed(path: &Path, sealed: &[u8]) -> Result<ResultBody, RecordError> {
    let text = std::str::from_utf8(sealed).map_err(|e| {
        let before = &sealed[..e.valid_up_to()];
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let col = before.len()
            - before
                .iter()
                .rposition(|b| *b == b'\n')
                .map_or(0, |p| p + 1)
            + 1;
        RecordError::Parse {
            path: path.to_path_buf(),
            line,
            col,
            message: "not valid UTF-8".to_owned(),
        }
    })?;
    let (magic, body) = text.split_once('\n').unwrap_or((text, ""));
    if magic != RESULT_MAGIC {
        let version = magic.strip_prefix(MAGIC_PREFIX).unwrap_or(magic);
        return Err(RecordError::UnsupportedFormat {
            path: path.to_path_buf(),
            found: version.to_owned(),
        });
    }
    ron_options()
        .from_str::<ResultBody>(body)
        .map_err(|e| match &e.code {
            ron::Error::Message(m) if m == TOO_MANY_ACTIONS => RecordError::TooManyActions {
                path: path.to_path_buf(),
                limit: MAX_ACTIONS_PER_SHIFT,
            },
            code => RecordError::Parse {
                path: path.to_path_buf(),
                // The body starts on line 2 of the file.
                line: e.span.start.line + 1,
                col: e.span.start.col,
                message: code.to_string(),
            },
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_line_ends_are_read_as_written_and_a_lone_cr_stays() {
        assert_eq!(&*normalize_line_ends(b"a\r\nb\r\n"), b"a\nb\n");
        assert_eq!(&*normalize_line_ends(b"a\rb\n"), b"a\rb\n");
        assert!(matches!(normalize_line_ends(b"a\nb\n"), Cow::Borrowed(_)));
        assert!(!has_crlf(b"a\rb\n") && has_crlf(b"\r\n"));
    }

    #[test]
    fn ron_never_writes_a_raw_line_break_inside_a_string() {
        // What makes reading CRLF files as LF safe: a genuine body has no raw CR.
        let text = ron::ser::to_string_pretty(
            &("Lê\r\nVăn\rHọc\n".to_owned(), vec!["x\ry".to_owned()]),
            ron::ser::PrettyConfig::new(),
        )
        .expect("plain data serializes");
        assert!(!text.contains('\r'), "{text:?}");
        let back: (String, Vec<String>) = ron::from_str(&text).expect("parses back");
        assert_eq!(back.0, "Lê\r\nVăn\rHọc\n");
    }
}
