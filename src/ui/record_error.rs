//! Record errors as the trainee reads them. The shift journal that cannot be written or
//! resumed and the result file that cannot be saved stay typed ([`RecordError`]) up to the
//! screen that shows them; there each becomes one sentence in the interface language that
//! names the file and says what went wrong. Only what the operating system or the record
//! layer words itself (the reason of an I/O error, the detail of a damaged line) stays as
//! they word it.

use std::path::Path;

use crate::i18n::Locale;
use crate::record::RecordError;

use super::describe;

/// What the app was doing with a record when it failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordTask {
    /// Creating the shift journal or appending an action to it.
    WriteJournal,
    /// Reading back the journal of an unfinished shift.
    ResumeJournal,
    /// Writing the sealed result file automatically when the shift ends.
    SaveResult,
    /// Writing a copy of the sealed result file where the trainee chose ("Export").
    ExportResult,
    /// Writing a session file where the instructor chose.
    SaveSessionFile,
    /// Writing the class's gradebook or report where the instructor chose.
    ExportClass,
}

/// The error as one sentence in the interface language, naming the file.
pub fn record_error_text(locale: &Locale, task: RecordTask, e: &RecordError) -> String {
    let id = match task {
        RecordTask::WriteJournal => "status-journal-error",
        RecordTask::ResumeJournal => "resume-journal-error",
        RecordTask::SaveResult => "debrief-save-failed",
        RecordTask::ExportResult => "debrief-export-failed",
        RecordTask::SaveSessionFile => "instructor-save-failed",
        RecordTask::ExportClass => "instructor-export-failed",
    };
    locale.tr_args(
        id,
        &[
            ("file", file_of(e).display().to_string()),
            ("error", problem(locale, e)),
        ],
    )
}

/// The file an error is about (every variant names one).
fn file_of(e: &RecordError) -> &Path {
    match e {
        RecordError::Io { path, .. }
        | RecordError::TooLarge { path, .. }
        | RecordError::Parse { path, .. }
        | RecordError::Corrupt { path, .. }
        | RecordError::TooManyActions { path, .. }
        | RecordError::NotAResultFile { path }
        | RecordError::UnsupportedFormat { path, .. }
        | RecordError::Format { path, .. }
        | RecordError::Seal { path, .. }
        | RecordError::Rollback { path, .. }
        | RecordError::Damaged { path }
        | RecordError::ScenarioMismatch { path, .. }
        | RecordError::EngineMismatch { path, .. }
        | RecordError::Replay { path, .. }
        | RecordError::Encode { path, .. } => path,
    }
}

/// What went wrong, without the file name.
fn problem(locale: &Locale, e: &RecordError) -> String {
    match e {
        RecordError::Io { action, source, .. } => locale.tr_args(
            "record-error-io",
            &[
                ("action", (*action).to_owned()),
                ("reason", source.to_string()),
            ],
        ),
        RecordError::Rollback {
            write, rollback, ..
        } => locale.tr_args(
            "record-error-rollback",
            &[
                ("reason", write.to_string()),
                ("rollback", rollback.to_string()),
            ],
        ),
        RecordError::Damaged { .. } => locale.tr("record-error-damaged"),
        RecordError::TooLarge { size, limit, .. } => locale.tr_args(
            "record-error-too-large",
            &[("size", size.to_string()), ("limit", limit.to_string())],
        ),
        RecordError::Corrupt { line, message, .. } => locale.tr_args(
            "record-error-line",
            &[("line", line.to_string()), ("message", message.clone())],
        ),
        RecordError::Parse {
            line, col, message, ..
        } => locale.tr_args(
            "record-error-line-column",
            &[
                ("line", line.to_string()),
                ("column", col.to_string()),
                ("message", message.clone()),
            ],
        ),
        RecordError::EngineMismatch {
            recorded, current, ..
        } => locale.tr_args(
            "record-error-engine",
            &[("recorded", recorded.clone()), ("current", current.clone())],
        ),
        RecordError::Replay {
            line,
            index,
            action,
            error,
            ..
        } => locale.tr_args(
            "record-error-replay",
            &[
                ("line", line.to_string()),
                ("number", (index + 1).to_string()),
                ("action", (*action).to_owned()),
                ("error", describe::error(error, locale)),
            ],
        ),
        other => other.message(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;
    use std::path::PathBuf;

    /// Checks the sentence shown for `e` during `task` in each language given.
    fn assert_worded(task: RecordTask, e: &RecordError, expected: &[(Lang, &str)]) {
        for (lang, text) in expected {
            let locale = Locale::new(*lang);
            assert_eq!(record_error_text(&locale, task, e), *text, "{lang:?}");
        }
    }

    fn io(path: &str, action: &'static str, reason: &str) -> RecordError {
        RecordError::Io {
            path: PathBuf::from(path),
            action,
            source: std::io::Error::other(reason.to_owned()),
        }
    }

    #[test]
    fn a_journal_that_cannot_be_written_is_named_in_every_language() {
        let e = io("/data/current-shift.journal", "write", "no space left");
        assert_worded(
            RecordTask::WriteJournal,
            &e,
            &[
                (
                    Lang::Vi,
                    "Không ghi được nhật ký ca /data/current-shift.journal: không ghi được vào tệp (no space left)",
                ),
                (
                    Lang::En,
                    "Cannot write the shift journal /data/current-shift.journal: cannot write to the file (no space left)",
                ),
                (
                    Lang::Bn,
                    "শিফটের জার্নাল /data/current-shift.journal লেখা যাচ্ছে না: ফাইলে লেখা যায়নি (no space left)",
                ),
            ],
        );
    }

    #[test]
    fn a_result_file_that_cannot_be_saved_is_named() {
        let e = io(
            "results/tutorial-birth-1-5.motcua",
            "create",
            "permission denied",
        );
        assert_worded(
            RecordTask::ExportResult,
            &e,
            &[(
                Lang::En,
                "Cannot save the result file results/tutorial-birth-1-5.motcua: cannot create the file (permission denied)",
            )],
        );
    }

    #[test]
    fn a_damaged_journal_line_names_the_file_and_the_line() {
        let e = RecordError::Corrupt {
            path: PathBuf::from("j.journal"),
            line: 7,
            message: "chain hash does not follow".to_owned(),
        };
        assert_worded(
            RecordTask::ResumeJournal,
            &e,
            &[(
                Lang::Vi,
                "Không mở lại được nhật ký ca j.journal: dòng 7: chain hash does not follow",
            )],
        );
    }

    #[test]
    fn a_journal_line_that_does_not_parse_names_its_line_and_column() {
        let e = RecordError::Parse {
            path: PathBuf::from("current-shift.journal"),
            line: 3,
            col: 12,
            message: "expected `)`".to_owned(),
        };
        assert_worded(
            RecordTask::ResumeJournal,
            &e,
            &[
                (
                    Lang::Vi,
                    "Không mở lại được nhật ký ca current-shift.journal: dòng 3, cột 12: expected `)`",
                ),
                (
                    Lang::En,
                    "Cannot resume the shift journal current-shift.journal: line 3, column 12: expected `)`",
                ),
            ],
        );
    }

    #[test]
    fn an_action_of_unknown_kind_still_reads_as_a_sentence() {
        assert_worded(
            RecordTask::WriteJournal,
            &io("x", "lock", "busy"),
            &[(
                Lang::En,
                "Cannot write the shift journal x: cannot lock (busy)",
            )],
        );
    }
}
