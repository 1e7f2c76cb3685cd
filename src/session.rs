//! A conference session: what an instructor hands a room of trainees.
//!
//! An instructor creates a [`SessionPlan`]: a scenario, a mode (exam by default) and a
//! [`Seeding`] — one shared seed, so every result is comparable, or a seed per seat, derived
//! from the session and the trainee's name, so a result renamed to another trainee no longer
//! verifies. The plan travels as a [`SessionCode`] read aloud over a video link, or as a
//! [`SessionFile`].
//!
//! **The code.** Nine characters in three groups, `K7M-4QX-PZ2`, from an alphabet without
//! `0`/`O` and `1`/`I`/`L` ([`ALPHABET`], 31 symbols): eight carry the plan in base 31
//! (scenario tag 14 bits, mode 1, seeding 1, nonce 23), the ninth is a check character
//! (weighted sum modulo 31, the prime size of the alphabet), so any one mistyped character and
//! any swap of two neighbours is caught. Typing is forgiving: lower case, spaces and dashes
//! anywhere are accepted.
//!
//! **The scenario tag** is 14 bits of the SHA-256 of the scenario id: the code does not name
//! the scenario, the trainee's pack finds the scenario whose tag it is
//! ([`SessionPlan::fits`]). Two scenarios of one pack sharing a tag would make a code
//! ambiguous: the session file (which names the scenario) then decides.
//!
//! Glossary: *seat* — one trainee's place in a session, keyed by the trainee's name folded
//! ([`seat_key`]); *nonce* — the random part of a code that makes each session its own.

use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::codec::sha256;
use crate::vocabulary::Mode;

/// The symbols of a session code, in value order: no `0`, `O`, `1`, `I` or `L`.
pub const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
/// Characters of a code, without the dashes: eight of data and the check character.
pub const CODE_LENGTH: usize = 9;
const DATA_LENGTH: usize = CODE_LENGTH - 1;
const BASE: u64 = ALPHABET.len() as u64;
const TAG_BITS: u32 = 14;
const NONCE_BITS: u32 = 23;

/// Largest nonce a code can carry.
pub const MAX_NONCE: u32 = (1 << NONCE_BITS) - 1;

/// How the seats of a session get their seeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Seeding {
    /// Every trainee plays the same day: results compare directly.
    Shared,
    /// Each trainee plays a day of their own, derived from the session and their name.
    PerSeat,
}

/// What a session code carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionPlan {
    /// 14 bits of the scenario id's hash ([`scenario_tag`]).
    pub scenario_tag: u16,
    /// Practice or exam.
    pub mode: Mode,
    /// Shared or per-seat seeds.
    pub seeding: Seeding,
    /// The random part (at most [`MAX_NONCE`]).
    pub nonce: u32,
}

/// A session code, checked: its canonical text (`K7M-4QX-PZ2`) and the plan it carries.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SessionCode {
    text: String,
    plan: SessionPlan,
}

/// Why typed text is not a session code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    /// Not nine characters once spaces and dashes are dropped.
    #[error("a session code has {CODE_LENGTH} characters; this one has {found}")]
    Length {
        /// Characters found.
        found: usize,
    },
    /// A character that codes never use (`0`, `O`, `1`, `I`, `L`, punctuation…).
    #[error("character {position} ('{character}') is not used in session codes")]
    Character {
        /// 1-based position among the code's characters.
        position: usize,
        /// The character typed.
        character: char,
    },
    /// The check character does not match: a character was misheard or mistyped.
    #[error("the check character does not match: a character was misheard or mistyped")]
    Check,
    /// The data does not decode to a plan (a value no code of this version carries).
    #[error("this code was not made by a Một Cửa session")]
    Unknown,
}

/// 14 bits of the SHA-256 of a scenario id.
pub fn scenario_tag(scenario_id: &str) -> u16 {
    let digest = sha256(scenario_id.as_bytes());
    (u16::from_be_bytes([digest[0], digest[1]])) >> (16 - TAG_BITS)
}

/// A trainee's seat: the name in NFC, lower case, spaces collapsed. "Nguyễn Văn An" and
/// "  nguyễn  văn an " sit on the same seat.
pub fn seat_key(trainee: &str) -> String {
    let folded: String = trainee.nfc().collect::<String>().to_lowercase();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn value_of(symbol: u8) -> Option<u64> {
    ALPHABET.iter().position(|&s| s == symbol).map(|p| p as u64)
}

/// The check value that makes Σ (i+1)·vᵢ ≡ 0 (mod 31) over the nine values.
fn check_value(data: &[u64]) -> u64 {
    let sum: u64 = data
        .iter()
        .enumerate()
        .map(|(i, v)| (i as u64 + 1) * v)
        .sum();
    // The check sits at position 9 (weight 9): 9·c ≡ −sum. 9⁻¹ mod 31 = 7 (63 = 2·31 + 1).
    let inverse_of_weight = 7;
    ((BASE - sum % BASE) % BASE * inverse_of_weight) % BASE
}

impl SessionPlan {
    /// A plan for a scenario. The nonce is cut to [`MAX_NONCE`].
    pub fn new(scenario_id: &str, mode: Mode, seeding: Seeding, nonce: u32) -> Self {
        Self {
            scenario_tag: scenario_tag(scenario_id),
            mode,
            seeding,
            nonce: nonce & MAX_NONCE,
        }
    }

    /// A plan with a fresh nonce from the clock.
    pub fn fresh(scenario_id: &str, mode: Mode, seeding: Seeding) -> Self {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let digest = sha256(format!("{scenario_id}\0{now}").as_bytes());
        let nonce = u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]);
        Self::new(scenario_id, mode, seeding, nonce)
    }

    /// True when the code was made for this scenario id.
    pub fn fits(&self, scenario_id: &str) -> bool {
        scenario_tag(scenario_id) == self.scenario_tag
    }

    fn packed(&self) -> u64 {
        let mode = u64::from(self.mode == Mode::Exam);
        let seeding = u64::from(self.seeding == Seeding::PerSeat);
        (u64::from(self.scenario_tag) << (2 + NONCE_BITS))
            | (mode << (1 + NONCE_BITS))
            | (seeding << NONCE_BITS)
            | u64::from(self.nonce & MAX_NONCE)
    }

    fn unpacked(value: u64) -> Option<Self> {
        if value >> (TAG_BITS + 2 + NONCE_BITS) != 0 {
            return None;
        }
        let tag = (value >> (2 + NONCE_BITS)) as u16;
        let mode = if (value >> (1 + NONCE_BITS)) & 1 == 1 {
            Mode::Exam
        } else {
            Mode::Practice
        };
        let seeding = if (value >> NONCE_BITS) & 1 == 1 {
            Seeding::PerSeat
        } else {
            Seeding::Shared
        };
        Some(Self {
            scenario_tag: tag,
            mode,
            seeding,
            nonce: (value & u64::from(MAX_NONCE)) as u32,
        })
    }

    /// The code that carries this plan.
    pub fn code(&self) -> SessionCode {
        let mut value = self.packed();
        let mut data = [0u64; DATA_LENGTH];
        for slot in data.iter_mut().rev() {
            *slot = value % BASE;
            value /= BASE;
        }
        let check = check_value(&data);
        let symbols: Vec<u8> = data
            .iter()
            .chain(std::iter::once(&check))
            .map(|&v| ALPHABET[v as usize])
            .collect();
        let mut text = String::with_capacity(CODE_LENGTH + 2);
        for (i, s) in symbols.iter().enumerate() {
            if i > 0 && i % 3 == 0 {
                text.push('-');
            }
            text.push(char::from(*s));
        }
        SessionCode { text, plan: *self }
    }

    /// The seed a trainee plays: the session's own (shared), or one derived from the session
    /// and the trainee's seat (per seat). Below 10⁹, so it reads as a number.
    pub fn seed_for(&self, trainee: &str) -> u64 {
        let code = self.code();
        let input = match self.seeding {
            Seeding::Shared => format!("motcua-session-seed\0{}", code.text),
            Seeding::PerSeat => {
                format!("motcua-seat-seed\0{}\0{}", code.text, seat_key(trainee))
            }
        };
        let digest = sha256(input.as_bytes());
        let mut eight = [0u8; 8];
        eight.copy_from_slice(&digest[..8]);
        u64::from_be_bytes(eight) % 1_000_000_000
    }
}

impl SessionCode {
    /// Reads a typed code: case, spaces and dashes do not matter.
    pub fn parse(typed: &str) -> Result<Self, CodeError> {
        let symbols: Vec<char> = typed
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect();
        if symbols.len() != CODE_LENGTH {
            return Err(CodeError::Length {
                found: symbols.len(),
            });
        }
        let mut values = [0u64; CODE_LENGTH];
        for (i, c) in symbols.iter().enumerate() {
            let upper = c.to_ascii_uppercase();
            let value = u8::try_from(upper).ok().and_then(value_of);
            values[i] = value.ok_or(CodeError::Character {
                position: i + 1,
                character: *c,
            })?;
        }
        if check_value(&values[..DATA_LENGTH]) != values[DATA_LENGTH] {
            return Err(CodeError::Check);
        }
        let packed = values[..DATA_LENGTH]
            .iter()
            .fold(0u64, |acc, v| acc * BASE + v);
        let plan = SessionPlan::unpacked(packed).ok_or(CodeError::Unknown)?;
        Ok(plan.code())
    }

    /// True when the text is a session code of this format (old results carry free text).
    pub fn is_code(text: &str) -> bool {
        Self::parse(text).is_ok()
    }

    /// The canonical text, `K7M-4QX-PZ2`.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The plan the code carries.
    pub fn plan(&self) -> SessionPlan {
        self.plan
    }
}

impl fmt::Display for SessionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// A session file (`.motcua-session`): the code and the scenario it was made for, for a
/// trainee who opens a file instead of typing, and for a pack whose tags collide.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionFile {
    /// Format version ([`SESSION_FILE_FORMAT`]).
    pub format: u32,
    /// The session code.
    pub code: String,
    /// The scenario id.
    pub scenario: String,
    /// The session's title, as the instructor wrote it (may be empty).
    #[serde(default)]
    pub title: String,
}

/// The session file format this build writes and reads.
pub const SESSION_FILE_FORMAT: u32 = 1;

/// Why a session file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum SessionFileError {
    /// The file could not be read or written.
    #[error("{path}: cannot {action}: {error}")]
    Io {
        /// The file.
        path: String,
        /// `read` or `write`.
        action: &'static str,
        /// The operating system's message.
        error: std::io::Error,
    },
    /// The file is not a session file.
    #[error("{path}:{line}:{col}: not a session file: {message}")]
    Malformed {
        /// The file.
        path: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        col: usize,
        /// The parser's message.
        message: String,
    },
    /// The format version is not one this build reads.
    #[error(
        "{path}: session file format {found} is not supported (this build reads {SESSION_FILE_FORMAT})"
    )]
    Format {
        /// The file.
        path: String,
        /// The version found.
        found: u32,
    },
    /// The code in the file is not a valid code.
    #[error("{path}: the code {code:?} is not valid: {error}")]
    Code {
        /// The file.
        path: String,
        /// The code found.
        code: String,
        /// Why.
        error: CodeError,
    },
    /// The code was not made for the scenario the file names.
    #[error("{path}: the code {code} was not made for scenario {scenario}")]
    Mismatch {
        /// The file.
        path: String,
        /// The code.
        code: String,
        /// The scenario named.
        scenario: String,
    },
}

/// Largest session file read (a real one is under 1 KiB).
const MAX_SESSION_FILE: u64 = 64 * 1024;

impl SessionFile {
    /// The file for a code made for `scenario`.
    pub fn new(code: &SessionCode, scenario: &str, title: &str) -> Self {
        Self {
            format: SESSION_FILE_FORMAT,
            code: code.as_str().to_owned(),
            scenario: scenario.to_owned(),
            title: title.to_owned(),
        }
    }

    /// The file's text (pretty RON, `\n` line ends).
    pub fn to_text(&self) -> String {
        let config = ron::ser::PrettyConfig::new().new_line("\n".to_owned());
        // A struct of strings and a number always serializes.
        ron::ser::to_string_pretty(self, config).unwrap_or_default() + "\n"
    }

    /// Reads and checks a session file: format, code, and that the code fits the scenario.
    pub fn read(path: &Path) -> Result<(Self, SessionCode), SessionFileError> {
        let shown = path.display().to_string();
        let io = |action, error| SessionFileError::Io {
            path: shown.clone(),
            action,
            error,
        };
        let file = std::fs::File::open(path).map_err(|e| io("read", e))?;
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::Read::take(file, MAX_SESSION_FILE), &mut text)
            .map_err(|e| io("read", e))?;
        Self::parse(&shown, &text)
    }

    /// Parses the text of a session file (`path` names it in errors).
    pub fn parse(path: &str, text: &str) -> Result<(Self, SessionCode), SessionFileError> {
        let file: Self = crate::codec::ron_options().from_str(text).map_err(|e| {
            SessionFileError::Malformed {
                path: path.to_owned(),
                line: e.span.start.line,
                col: e.span.start.col,
                message: e.code.to_string(),
            }
        })?;
        if file.format != SESSION_FILE_FORMAT {
            return Err(SessionFileError::Format {
                path: path.to_owned(),
                found: file.format,
            });
        }
        let code = SessionCode::parse(&file.code).map_err(|error| SessionFileError::Code {
            path: path.to_owned(),
            code: file.code.clone(),
            error,
        })?;
        if !code.plan().fits(&file.scenario) {
            return Err(SessionFileError::Mismatch {
                path: path.to_owned(),
                code: code.to_string(),
                scenario: file.scenario.clone(),
            });
        }
        Ok((file, code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(seeding: Seeding) -> SessionPlan {
        SessionPlan::new("tutorial-birth", Mode::Exam, seeding, 4_242_424)
    }

    #[test]
    fn a_code_carries_its_plan_and_reads_back() {
        for seeding in [Seeding::Shared, Seeding::PerSeat] {
            for mode in [Mode::Practice, Mode::Exam] {
                for nonce in [0, 1, 77, MAX_NONCE] {
                    let plan = SessionPlan::new("hard-shift", mode, seeding, nonce);
                    let code = plan.code();
                    assert_eq!(code.as_str().len(), CODE_LENGTH + 2, "{code}");
                    assert_eq!(SessionCode::parse(code.as_str()), Ok(code.clone()));
                    assert_eq!(code.plan(), plan);
                }
            }
        }
    }

    #[test]
    fn the_alphabet_has_no_look_alikes() {
        for c in b"01OIL" {
            assert!(!ALPHABET.contains(c), "{}", char::from(*c));
        }
        let mut sorted = ALPHABET.to_vec();
        sorted.dedup();
        assert_eq!(sorted.len(), 31);
    }

    #[test]
    fn typing_is_forgiving_about_case_spaces_and_dashes() {
        let code = plan(Seeding::Shared).code();
        let typed = code.as_str().to_lowercase().replace('-', " ");
        assert_eq!(SessionCode::parse(&format!("  {typed} ")), Ok(code.clone()));
        let squashed = code.as_str().replace('-', "");
        assert_eq!(SessionCode::parse(&squashed), Ok(code));
    }

    #[test]
    fn every_single_substitution_is_caught() {
        let code = plan(Seeding::PerSeat).code();
        let symbols: Vec<u8> = code.as_str().bytes().filter(|&b| b != b'-').collect();
        for i in 0..CODE_LENGTH {
            for &other in ALPHABET.iter().filter(|&&s| s != symbols[i]) {
                let mut typed = symbols.clone();
                typed[i] = other;
                let typed = String::from_utf8_lossy(&typed).into_owned();
                assert!(SessionCode::parse(&typed).is_err(), "{typed}");
            }
        }
    }

    #[test]
    fn every_swap_of_neighbours_is_caught() {
        for nonce in 0..200 {
            let code = SessionPlan::new("x", Mode::Exam, Seeding::Shared, nonce * 9973).code();
            let symbols: Vec<u8> = code.as_str().bytes().filter(|&b| b != b'-').collect();
            for i in 0..CODE_LENGTH - 1 {
                if symbols[i] == symbols[i + 1] {
                    continue;
                }
                let mut typed = symbols.clone();
                typed.swap(i, i + 1);
                let typed = String::from_utf8_lossy(&typed).into_owned();
                assert_eq!(SessionCode::parse(&typed), Err(CodeError::Check), "{typed}");
            }
        }
    }

    #[test]
    fn look_alikes_are_named_not_guessed() {
        let code = plan(Seeding::Shared).code();
        let mut typed: Vec<char> = code.as_str().chars().collect();
        typed[0] = '0';
        let typed: String = typed.into_iter().collect();
        assert_eq!(
            SessionCode::parse(&typed),
            Err(CodeError::Character {
                position: 1,
                character: '0'
            })
        );
        assert_eq!(
            SessionCode::parse("ABC-DEF"),
            Err(CodeError::Length { found: 6 })
        );
    }

    #[test]
    fn per_seat_seeds_follow_the_name_and_shared_seeds_do_not() {
        let shared = plan(Seeding::Shared);
        assert_eq!(
            shared.seed_for("Nguyễn Văn An"),
            shared.seed_for("Trần Thị Bình")
        );
        let seat = plan(Seeding::PerSeat);
        assert_ne!(
            seat.seed_for("Nguyễn Văn An"),
            seat.seed_for("Trần Thị Bình")
        );
        assert_eq!(
            seat.seed_for("Nguyễn Văn An"),
            seat.seed_for("  nguyễn   VĂN an ")
        );
        // Decomposed (NFD) input types the same seat as composed.
        let decomposed: String = "Nguyễn Văn An".nfd().collect();
        assert_eq!(seat.seed_for("Nguyễn Văn An"), seat.seed_for(&decomposed));
        // Another session gives other seeds.
        let other = SessionPlan::new("tutorial-birth", Mode::Exam, Seeding::PerSeat, 1);
        assert_ne!(
            seat.seed_for("Nguyễn Văn An"),
            other.seed_for("Nguyễn Văn An")
        );
        assert!(seat.seed_for("x") < 1_000_000_000);
    }

    #[test]
    fn a_code_fits_only_its_scenario() {
        let p = plan(Seeding::Shared);
        assert!(p.fits("tutorial-birth"));
        assert!(!p.fits("hard-shift"));
    }

    #[test]
    fn a_session_file_round_trips_and_errors_name_line_and_column() {
        let code = plan(Seeding::PerSeat).code();
        let file = SessionFile::new(&code, "tutorial-birth", "Hội nghị tập huấn");
        let (back, parsed) = SessionFile::parse("s.motcua-session", &file.to_text()).unwrap();
        assert_eq!(back, file);
        assert_eq!(parsed, code);
        let broken = "(\n    format: 1,\n    code: 12,\n)";
        let err = SessionFile::parse("s.motcua-session", broken).unwrap_err();
        assert!(err.to_string().starts_with("s.motcua-session:3:"), "{err}");
        let wrong = SessionFile::new(&code, "hard-shift", "");
        let err = SessionFile::parse("s", &wrong.to_text()).unwrap_err();
        assert!(matches!(err, SessionFileError::Mismatch { .. }), "{err}");
    }
}
