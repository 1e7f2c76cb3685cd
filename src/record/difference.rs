//! What verification finds, as values: why a result file is not authentic ([`Difference`]),
//! what is worth knowing about an authentic one ([`Note`]), and the verdict ([`Outcome`]).
//!
//! Each is an enum with a `Display` in plain English for the command line and the CSV;
//! callers match on the variants to choose exit codes, icons or their own wording.

use std::fmt;

use super::journal::short_hash;
use super::source::SourceError;
use crate::sim::ActionError;

/// What is wrong with a seal line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SealProblem {
    /// The file does not end with a line break after its seal line.
    NoFinalNewline,
    /// The last line is not `SEAL <hex>`.
    NotASealLine,
    /// The seal is not 64 lower-case hex digits.
    NotHex,
    /// The content does not hash to the seal.
    Mismatch,
}

impl fmt::Display for SealProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SealProblem::NoFinalNewline => "the file does not end with its seal line",
            SealProblem::NotASealLine => "the last line is not a seal",
            SealProblem::NotHex => "the seal is not 64 lower-case hex digits",
            SealProblem::Mismatch => {
                "the content does not match its seal: the file was changed after it was written"
            }
        })
    }
}

/// One field of a score report that differs between the file and the re-simulation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreField {
    /// Which field (`total`, `critical errors`, `dimension intake percent`, `KPI on_time`…).
    pub field: String,
    /// The value stored in the file.
    pub stored: String,
    /// The value recomputed today.
    pub recomputed: String,
}

impl fmt::Display for ScoreField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: stored {}, recomputed {}",
            self.field, self.stored, self.recomputed
        )
    }
}

/// Why a result file is not authentic, or why it could not be checked.
#[derive(Debug, Clone, PartialEq)]
pub enum Difference {
    /// The file could not be read (not checked).
    Unreadable {
        /// What was being done (`open`, `read`).
        action: &'static str,
        /// The operating system's message.
        error: String,
    },
    /// Larger than any record of a real shift; refused before reading.
    FileTooLarge {
        /// Its size in bytes.
        size: u64,
        /// The limit ([`super::MAX_RECORD_BYTES`]).
        limit: u64,
    },
    /// Not a result file (wrong first line).
    NotAResultFile,
    /// A result format this build does not read.
    UnsupportedFormat {
        /// The version the file names.
        found: String,
    },
    /// The body does not parse.
    Malformed {
        /// 1-based line in the file.
        line: usize,
        /// 1-based column.
        col: usize,
        /// The parser's message.
        message: String,
    },
    /// More actions than a shift can hold; refused before replaying.
    TooManyActions {
        /// The cap ([`crate::sim::MAX_ACTIONS_PER_SHIFT`]).
        limit: usize,
    },
    /// The seal is missing, malformed or does not match.
    SealBroken(SealProblem),
    /// The scenario could not be looked up (not checked).
    Scenario(SourceError),
    /// The scenario (its file or a shared entry it uses) changed since the run (not
    /// checked: the pack the run was played on can verify it).
    ScenarioChanged {
        /// Hash stored in the file.
        recorded: String,
        /// Hash of the scenario today.
        current: String,
    },
    /// The chain does not match the actions: the log was edited.
    ChainEdited,
    /// An action does not apply on replay.
    ActionNotReplayable {
        /// 0-based index of the action.
        index: usize,
        /// Short name of the action.
        action: &'static str,
        /// Why it does not apply.
        error: ActionError,
    },
    /// The replay ends in another state than the stored fingerprint.
    FingerprintMismatch {
        /// Procedures the run names that its scenario does not use: not covered by the
        /// scenario hash, so an edit of them since the run is a possible honest cause.
        outside_scenario: Vec<String>,
    },
    /// The stored score is not what the actions earn (same engine version).
    ScoreMismatch(Vec<ScoreField>),
    /// Recorded by another engine version, whose run this build does not reproduce
    /// (not checked: a build of that engine can verify it).
    EngineMismatch {
        /// Engine named in the file.
        recorded: String,
        /// This build's engine.
        current: String,
        /// What did not reproduce: [`Difference::ActionNotReplayable`] or
        /// [`Difference::FingerprintMismatch`].
        failure: Box<Difference>,
    },
    /// Recorded by an engine generation older than [`FIRST_RANKED_GENERATION`], whose
    /// scores meant something else: not ranked (not checked: nothing says it is forged).
    EngineRetired {
        /// Engine named in the file.
        recorded: String,
        /// This build's engine.
        current: String,
    },
    /// The run does not belong to the session its code names: another scenario or mode
    /// than the code carries, or a seed that is not the seat's (a result renamed to
    /// another trainee, or played outside the session).
    NotOfSession(SessionMismatch),
    /// Verification itself failed (a bug; not checked).
    Internal(String),
}

/// How a run differs from the session code it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionMismatch {
    /// The code was made for another scenario.
    Scenario,
    /// The code says practice and the run is an exam, or the reverse.
    Mode,
    /// The seed is not the session's shared seed.
    SharedSeed,
    /// The seed is not the one of the trainee named (per-seat session): the result was
    /// renamed, or played under another name.
    SeatSeed,
    /// The seat recorded is not the trainee named.
    Seat,
}

impl fmt::Display for SessionMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SessionMismatch::Scenario => "its session code was made for another scenario",
            SessionMismatch::Mode => "its mode (practice/exam) is not the session's",
            SessionMismatch::SharedSeed => "its day (seed) is not the session's shared day",
            SessionMismatch::SeatSeed => {
                "its day (seed) is not the one of the trainee it names: it was renamed or played under another name"
            }
            SessionMismatch::Seat => "the seat it records is not the trainee it names",
        })
    }
}

impl Difference {
    /// True when the file could not be checked (as opposed to checked and found wrong):
    /// unreadable, scenario unavailable or changed since the run, another engine's run, an
    /// internal error.
    pub fn is_unchecked(&self) -> bool {
        matches!(
            self,
            Difference::Unreadable { .. }
                | Difference::Scenario(_)
                | Difference::ScenarioChanged { .. }
                | Difference::EngineMismatch { .. }
                | Difference::EngineRetired { .. }
                | Difference::Internal(_)
        )
    }
}

fn quoted_list(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Difference::Unreadable { action, error } => write!(f, "cannot {action}: {error}"),
            Difference::FileTooLarge { size, limit } => write!(
                f,
                "the file is {size} bytes; a result of a real shift is at most {limit}"
            ),
            Difference::NotAResultFile => write!(
                f,
                "not a Một Cửa result file (it must start with `{}`)",
                super::result::RESULT_MAGIC
            ),
            Difference::UnsupportedFormat { found } => write!(
                f,
                "result format `{found}` is not supported (this build reads `{}`)",
                super::result::RESULT_MAGIC
            ),
            Difference::Malformed { line, col, message } => {
                write!(f, "line {line}, column {col}: {message}")
            }
            Difference::TooManyActions { limit } => write!(
                f,
                "the log holds more than {limit} actions, more than a shift can hold; it was not replayed"
            ),
            Difference::SealBroken(problem) => write!(f, "seal check failed: {problem}"),
            Difference::Scenario(e) => write!(f, "{e}"),
            Difference::ScenarioChanged { recorded, current } => write!(
                f,
                "scenario changed since this run (file {}, now {}): its file or a shared entry it uses was edited; verify it with the pack it was played on",
                short_hash(recorded),
                short_hash(current)
            ),
            Difference::ChainEdited => write!(
                f,
                "the action chain does not match the actions (the log was edited)"
            ),
            Difference::ActionNotReplayable {
                index,
                action,
                error,
            } => write!(
                f,
                "action {index} ({action}) cannot be replayed: {error}; the action log was tampered with"
            ),
            Difference::FingerprintMismatch { outside_scenario } => {
                write!(
                    f,
                    "the final state differs from the recorded one (fingerprint mismatch)"
                )?;
                if !outside_scenario.is_empty() {
                    write!(
                        f,
                        "; the run used procedure(s) {} outside its scenario, whose definition may have changed since",
                        quoted_list(outside_scenario)
                    )?;
                }
                Ok(())
            }
            Difference::ScoreMismatch(fields) => {
                write!(f, "the stored score is not what these actions earn: ")?;
                let shown: Vec<String> = fields.iter().map(ToString::to_string).collect();
                write!(f, "{}", shown.join("; "))
            }
            Difference::EngineRetired { recorded, current } => write!(
                f,
                "recorded with engine `{recorded}`, whose scores this version (`{current}`) does not rank: since then a score covers the whole shift, an unfinished shift never passes, and intake is scored on the defects the trainee finds on the papers — the trainee should play the scenario again"
            ),
            Difference::EngineMismatch {
                recorded,
                current,
                failure,
            } => {
                let failure = match failure.as_ref() {
                    // The tampering remark does not apply: the rules changed, not the log.
                    Difference::ActionNotReplayable {
                        index,
                        action,
                        error,
                    } => format!("action {index} ({action}) no longer applies: {error}"),
                    other => other.to_string(),
                };
                write!(
                    f,
                    "recorded with engine `{recorded}`, which this build (`{current}`) does not reproduce: {failure}; verify it with a build of that engine"
                )
            }
            Difference::NotOfSession(mismatch) => {
                write!(f, "not a run of the session it names: {mismatch}")
            }
            Difference::Internal(what) => write!(
                f,
                "internal error while replaying this file ({what}); it cannot be verified"
            ),
        }
    }
}

/// Something worth knowing about a file that does not make it less authentic.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// The file's line ends were turned into CRLF after it was written; it was read as
    /// written (LF).
    LineEndsConverted,
    /// Recorded by another engine version; the replay still reaches the stored state.
    OtherEngine {
        /// Engine named in the file.
        recorded: String,
        /// This build's engine.
        current: String,
    },
    /// The stored score was computed by another engine's rubric; today's differs.
    Rescored {
        /// Engine named in the file.
        recorded: String,
        /// Total stored in the file.
        stored: f64,
        /// Total under today's rubric.
        current: f64,
    },
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Note::LineEndsConverted => write!(
                f,
                "the line ends were converted to CRLF after the file was written (a Windows tool or mail client); it was read with LF line ends, as written"
            ),
            Note::OtherEngine { recorded, current } => write!(
                f,
                "recorded with engine `{recorded}`, replayed with `{current}` to the same final state"
            ),
            Note::Rescored {
                recorded,
                stored,
                current,
            } => write!(
                f,
                "its stored score {stored:.1} was computed by engine `{recorded}`; today's rubric gives {current:.1}"
            ),
        }
    }
}

/// The verdict on one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every check passed: the log is a genuine run of the scenario.
    Authentic,
    /// Checked and found wrong: edited, forged or damaged.
    NotAuthentic,
    /// Could not be checked: unreadable, scenario unavailable, another engine's run that
    /// this build does not reproduce.
    NotChecked,
}
