//! A trainee joins a conference session: a name and the code the instructor read out, or
//! the session file the instructor sent.
//!
//! The code carries the plan ([`SessionPlan`]): the scenario's tag, the mode and the seeding.
//! The scenario is the one of the installed pack whose tag the code carries; a code whose tag
//! no scenario has, or several have, cannot start alone (the session file names the
//! scenario). The shift starts on [`SessionPlan::seed_for`] the trainee's name, in the plan's
//! mode, with the code in the journal and the result. Every refusal is a [`JoinProblem`],
//! worded in the trainee's language where it is shown.

use std::path::PathBuf;
use std::sync::Arc;

use crate::i18n::Locale;
use crate::scenario::Scenario;
use crate::session::{CodeError, SessionCode, SessionFile, SessionFileError};

/// A session file the trainee opened, read and checked.
#[derive(Debug, Clone)]
pub struct OpenedSession {
    /// Where it was read from.
    pub path: PathBuf,
    /// Its contents.
    pub file: SessionFile,
    /// Its code, checked.
    pub code: SessionCode,
}

/// Why a conference shift cannot start with what the trainee gave.
#[derive(Debug, Clone)]
pub enum JoinProblem {
    /// The typed code is not a session code.
    Code(CodeError),
    /// No scenario of the pack has the code's tag.
    NoScenario,
    /// Several scenarios of the pack have the code's tag: the session file decides.
    Ambiguous,
    /// The session file names a scenario (this id) the pack does not have.
    FileScenario(String),
    /// The session file cannot be used.
    File(Arc<SessionFileError>),
    /// No trainee name.
    NameRequired,
    /// The system has no file dialog: the code must be typed.
    NoDialog,
}

/// The extension of session files, without the dot.
pub const SESSION_FILE_EXTENSION: &str = "motcua-session";

/// What a conference shift starts with.
#[derive(Debug, Clone)]
pub struct Joining {
    /// The scenario the code was made for.
    pub scenario: Arc<Scenario>,
    /// The session code.
    pub code: SessionCode,
    /// The trainee's name, trimmed.
    pub trainee: String,
}

impl Joining {
    /// The seed this trainee plays.
    pub fn seed(&self) -> u64 {
        self.code.plan().seed_for(&self.trainee)
    }
}

/// The scenario a code starts, and the code: a session file whose code is the one typed
/// names the scenario; otherwise the code's tag finds it in the pack.
pub fn find_scenario(
    typed: &str,
    opened: Option<&OpenedSession>,
    scenarios: &[Arc<Scenario>],
) -> Result<(Arc<Scenario>, SessionCode), JoinProblem> {
    let code = SessionCode::parse(typed).map_err(JoinProblem::Code)?;
    let scenario = match opened.filter(|o| o.code == code) {
        Some(o) => scenarios
            .iter()
            .find(|s| s.id() == o.file.scenario)
            .cloned()
            .ok_or_else(|| JoinProblem::FileScenario(o.file.scenario.clone()))?,
        None => {
            let mut fitting = scenarios.iter().filter(|s| code.plan().fits(s.id()));
            match (fitting.next(), fitting.next()) {
                (Some(s), None) => s.clone(),
                (None, _) => return Err(JoinProblem::NoScenario),
                (Some(_), Some(_)) => return Err(JoinProblem::Ambiguous),
            }
        }
    };
    Ok((scenario, code))
}

/// The scenario, code and name a conference shift starts with, or why it cannot.
pub fn resolve(
    name: &str,
    typed: &str,
    opened: Option<&OpenedSession>,
    scenarios: &[Arc<Scenario>],
) -> Result<Joining, JoinProblem> {
    let (scenario, code) = find_scenario(typed, opened, scenarios)?;
    let trainee = name.trim().to_owned();
    if trainee.is_empty() {
        return Err(JoinProblem::NameRequired);
    }
    Ok(Joining {
        scenario,
        code,
        trainee,
    })
}

impl JoinProblem {
    /// The problem in the interface language.
    pub fn text(&self, locale: &Locale) -> String {
        match self {
            JoinProblem::Code(e) => code_error_text(locale, e),
            JoinProblem::NoScenario => locale.tr("join-no-scenario"),
            JoinProblem::Ambiguous => locale.tr("join-ambiguous"),
            JoinProblem::FileScenario(id) => {
                locale.tr_args("join-file-scenario", &[("scenario", id.clone())])
            }
            JoinProblem::File(e) => file_error_text(locale, e),
            JoinProblem::NameRequired => locale.tr("home-name-required"),
            JoinProblem::NoDialog => locale.tr("join-no-dialog"),
        }
    }
}

/// A code error in the interface language: how long a code is, which character is never
/// used (and which look-alikes codes avoid), or that a character was misheard.
pub fn code_error_text(locale: &Locale, e: &CodeError) -> String {
    match e {
        CodeError::Length { found } => locale.tr_args(
            "join-code-length",
            &[
                ("expected", crate::session::CODE_LENGTH.to_string()),
                ("found", found.to_string()),
            ],
        ),
        CodeError::Character {
            position,
            character,
        } => locale.tr_args(
            "join-code-character",
            &[
                ("position", position.to_string()),
                ("character", character.to_string()),
            ],
        ),
        CodeError::Check => locale.tr("join-code-check"),
        CodeError::Unknown => locale.tr("join-code-unknown"),
    }
}

/// A session file error in the interface language, naming the file (and line and column
/// where the file is malformed).
pub fn file_error_text(locale: &Locale, e: &SessionFileError) -> String {
    match e {
        SessionFileError::Io { path, error, .. } => locale.tr_args(
            "join-file-unreadable",
            &[("file", path.clone()), ("error", error.to_string())],
        ),
        SessionFileError::Malformed {
            path,
            line,
            col,
            message,
        } => locale.tr_args(
            "join-file-malformed",
            &[
                ("file", path.clone()),
                ("line", line.to_string()),
                ("col", col.to_string()),
                ("error", message.clone()),
            ],
        ),
        SessionFileError::Format { path, found } => locale.tr_args(
            "join-file-format",
            &[
                ("file", path.clone()),
                ("found", found.to_string()),
                ("supported", crate::session::SESSION_FILE_FORMAT.to_string()),
            ],
        ),
        SessionFileError::Code { path, error, .. } => locale.tr_args(
            "join-file-code",
            &[
                ("file", path.clone()),
                ("error", code_error_text(locale, error)),
            ],
        ),
        SessionFileError::Mismatch { path, scenario, .. } => locale.tr_args(
            "join-file-mismatch",
            &[("file", path.clone()), ("scenario", scenario.clone())],
        ),
    }
}

/// Reads a session file the trainee chose.
pub fn open(path: PathBuf) -> Result<OpenedSession, JoinProblem> {
    let (file, code) = SessionFile::read(&path).map_err(|e| JoinProblem::File(Arc::new(e)))?;
    Ok(OpenedSession { path, file, code })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    #[test]
    fn every_code_error_is_worded_in_every_language_with_its_details() {
        for lang in Lang::ALL {
            let locale = Locale::new(lang);
            let length = code_error_text(&locale, &CodeError::Length { found: 6 });
            assert!(length.contains('9') && length.contains('6'), "{length}");
            let character = code_error_text(
                &locale,
                &CodeError::Character {
                    position: 4,
                    character: 'O',
                },
            );
            assert!(
                character.contains('4') && character.contains('O'),
                "{character}"
            );
            for e in [CodeError::Check, CodeError::Unknown] {
                let text = code_error_text(&locale, &e);
                assert!(!text.starts_with('['), "{lang:?}: {text}");
            }
        }
    }

    #[test]
    fn a_malformed_session_file_is_named_with_line_and_column() {
        let err = SessionFile::parse("buoi.motcua-session", "(\n  format: 1,\n  code: 12,\n)")
            .unwrap_err();
        let text = file_error_text(&Locale::new(Lang::Vi), &err);
        assert!(text.contains("buoi.motcua-session:3:"), "{text}");
    }
}
