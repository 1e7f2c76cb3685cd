//! The grade sheet of a class as CSV: one row per result file, safe to open in an office
//! spreadsheet (formula-looking text guarded, UTF-8 with a byte-order mark).

use std::fmt::Write as _;
use std::path::Path;

use super::difference::Outcome;
use super::verify::{Standing, VerifyReport};
use super::{RecordError, write_atomic};

/// One CSV field: quoted when it holds a comma, quote, line break or edge spaces (quotes
/// doubled, RFC 4180). Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
/// tab or carriage return first) gets a leading `'`.
pub(crate) fn csv_field(out: &mut String, text: &str, is_text: bool) {
    let guarded;
    let text = if is_text && text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        guarded = format!("'{text}");
        guarded.as_str()
    } else {
        text
    };
    let needs_quotes =
        text.contains([',', '"', '\n', '\r']) || text.starts_with(' ') || text.ends_with(' ');
    if needs_quotes {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

/// One CSV row of `(text, is_text)` fields (see [`csv_field`]), ended by CRLF.
pub(crate) fn csv_row(out: &mut String, fields: &[(&str, bool)]) {
    for (i, (text, is_text)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        csv_field(out, text, *is_text);
    }
    out.push_str("\r\n");
}

/// The CSV word for an outcome.
fn outcome_word(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Authentic => "yes",
        Outcome::NotAuthentic => "no",
        Outcome::NotChecked => "not checked",
    }
}

fn joined<T: std::fmt::Display>(items: &[T]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        let _ = write!(out, "{item}");
    }
    out
}

/// The grades as CSV (UTF-8, CRLF line ends). Columns: `file, trainee, scenario, score,
/// result, authentic, critical_errors, differences, stored_score, notes`. `score` is today's
/// recomputed score (empty when it could not be recomputed); `result` is `passed`,
/// `with hints`, `not passed` or `unfinished` ([`Standing`]); `authentic` is `yes`, `no` or
/// `not checked`; `stored_score` is what the file claims; lists are joined with `; `.
pub fn csv_text(reports: &[VerifyReport]) -> String {
    let mut out = String::from(
        "file,trainee,scenario,score,result,authentic,critical_errors,differences,stored_score,notes\r\n",
    );
    for r in reports {
        let file = r
            .file
            .file_name()
            .unwrap_or(r.file.as_os_str())
            .to_string_lossy();
        let score = r.score().map(|s| format!("{s:.1}")).unwrap_or_default();
        let stored = r
            .stored_total
            .map(|s| format!("{s:.1}"))
            .unwrap_or_default();
        let result = r.standing.map(Standing::word).unwrap_or_default();
        let fields: [(&str, bool); 10] = [
            (&file, true),
            (&r.trainee, true),
            (&r.scenario_id, true),
            (&score, false),
            (result, false),
            (outcome_word(r.outcome()), false),
            (&r.critical_errors.join("; "), true),
            (&joined(&r.differences), true),
            (&stored, false),
            (&joined(&r.notes), true),
        ];
        csv_row(&mut out, &fields);
    }
    out
}

/// Writes [`csv_text`] to `path` atomically.
///
/// The file starts with a UTF-8 byte-order mark so that spreadsheet programs used in offices
/// (Excel in particular) show Vietnamese names with their diacritics instead of guessing a
/// legacy code page.
pub fn write_csv(path: &Path, reports: &[VerifyReport]) -> Result<(), RecordError> {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(csv_text(reports).as_bytes());
    write_atomic(path, &bytes)
}
