//! The gradebook CSV: one row per counted result, for Moodle's grade import (Site
//! administration → Grades → Import → CSV file) or a spreadsheet.
//!
//! Moodle reads the file with its CSV reader, which drops a UTF-8 byte-order mark and reads
//! CRLF line ends; the instructor picks the encoding "UTF-8" and the separator "comma". The
//! mark stays because Excel, without it, shows Vietnamese names in a legacy code page.
//! Columns are described in [`GRADEBOOK_COLUMNS`] and in `docs/gradebook.md`.

use std::path::Path;

use super::{Class, ClassError};
use crate::record::csv::csv_row;
use crate::record::write_atomic;
use crate::score::Dimension;

/// The header of the gradebook, in order:
///
/// - `trainee`: the name the trainee typed;
/// - `seat`: the name folded (lower case, single spaces, NFC) — map it to Moodle's
///   "Username" when trainees joined under their Moodle username, the identifier Moodle
///   matches users by (or map `trainee` to "Email address"/"ID number" when they typed that);
/// - `score`: today's recomputed score, 0–100 with one decimal (a point): the grade item;
/// - `standing`: `passed`, `with hints`, `not passed` or `unfinished` (map it to the grade
///   item's feedback, or ignore it);
/// - `intake`, `digitization`, `compliance`, `guidance`, `service`: each dimension's
///   percent, 0–100, empty when the shift had no work in it (one grade item each, if wanted);
/// - `critical_errors`: ids joined with `; `;
/// - `finished`: when the shift was finished, RFC 3339 UTC (empty when not recorded);
/// - `session`: the session code;
/// - `scenario`: the scenario id.
pub const GRADEBOOK_COLUMNS: [&str; 13] = [
    "trainee",
    "seat",
    "score",
    "standing",
    "intake",
    "digitization",
    "compliance",
    "guidance",
    "service",
    "critical_errors",
    "finished",
    "session",
    "scenario",
];

fn number(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.1}")).unwrap_or_default()
}

/// The gradebook of the counted results (UTF-8 without the byte-order mark, CRLF line ends;
/// [`write_gradebook`] adds the mark). Text fields are quoted as RFC 4180 wants and guarded
/// against being run as spreadsheet formulas.
pub fn gradebook_csv(class: &Class) -> String {
    let mut out = String::new();
    for (i, column) in GRADEBOOK_COLUMNS.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(column);
    }
    out.push_str("\r\n");
    for row in &class.summary.rows {
        let dimensions: Vec<String> = Dimension::ALL
            .iter()
            .enumerate()
            .map(|(i, _)| number(row.dimensions.get(i).copied().flatten()))
            .collect();
        let score = number(Some(row.score));
        let critical = row.critical_errors.join("; ");
        let mut fields: Vec<(&str, bool)> = vec![
            (&row.trainee, true),
            (&row.seat, true),
            (&score, false),
            (row.standing.word(), false),
        ];
        fields.extend(dimensions.iter().map(|d| (d.as_str(), false)));
        fields.extend([
            (critical.as_str(), true),
            (row.finished.as_deref().unwrap_or(""), true),
            (row.session.as_deref().unwrap_or(""), true),
            (row.scenario_id.as_str(), true),
        ]);
        csv_row(&mut out, &fields);
    }
    out
}

/// Writes [`gradebook_csv`] to `path` atomically, with a UTF-8 byte-order mark.
pub fn write_gradebook(path: &Path, class: &Class) -> Result<(), ClassError> {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(gradebook_csv(class).as_bytes());
    Ok(write_atomic(path, &bytes)?)
}
