//! Parsing one RON file: nesting checked before parsing, `deny_unknown_fields`, NFC, and
//! messages that say why a date or time is impossible and where.

use std::path::Path;

use serde::de::DeserializeOwned;

use super::MAX_NESTING;
use super::problem::Problem;
use super::problem::line_col;
use super::source::{read_text, strip_bom};
use crate::text;

/// Checks bracket nesting outside strings and comments.
fn check_nesting(path: &Path, source: &str) -> Result<(), Problem> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = source.char_indices().peekable();
    while let Some((i, ch)) = chars.next() {
        if in_string {
            match ch {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match ch {
            '"' => in_string = true,
            '/' if chars.peek().is_some_and(|(_, c)| *c == '/') => {
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '(' | '[' | '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    let (line, col) = line_col(source, i);
                    return Err(Problem::new(
                        path,
                        format!("nesting deeper than {MAX_NESTING} levels"),
                    )
                    .at(line, col)
                    .hint("scenario data never needs this much nesting; is the file damaged?"));
                }
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

fn syntax_hint(message: &str) -> Option<String> {
    if message.contains("Unexpected field") || message.contains("unknown field") {
        Some("check the spelling; the accepted field names are listed in README.md → Scenario format".into())
    } else if message.contains("Expected") && message.contains("string") {
        Some("text values need double quotes".into())
    } else if message.contains("missing field") || message.contains("Unexpected missing field") {
        Some("add the field; see the example in README.md".into())
    } else if message.contains("premature end") || message.contains("Unexpected end") {
        Some("a bracket or parenthesis is not closed".into())
    } else if message.contains("Integer is out of bounds") {
        Some("this field takes a whole number in its range (counts have no minus sign)".into())
    } else if message.contains("Expected integer") {
        Some("this field takes a whole number such as 30".into())
    } else {
        None
    }
}

/// What chrono says about a date or moment it cannot read (via `Display` of its
/// `ParseError`, which is all that reaches us through serde).
const CHRONO_MESSAGES: [&str; 6] = [
    "input is out of range",
    "no possible date and time matching input",
    "input is not enough for unique date and time",
    "input contains invalid characters",
    "premature end of input",
    "trailing input",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The text of the string literal whose content starts at (`line`, `col`), as ron reports
/// the span of a string value.
fn string_at(source: &str, line: usize, col: usize) -> Option<&str> {
    let line_start = if line <= 1 {
        0
    } else {
        source.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let line_text = &source[line_start..];
    let offset = line_start
        + line_text
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(line_text.len(), |(i, _)| i);
    let open = source[..offset].rfind('"')?;
    let content = &source[open + 1..];
    let close = content.find('"')?;
    Some(&content[..close])
}

/// Why `text` (`YYYY-MM-DD`) is not a date, when there is a reason to give beyond "it is
/// not written as a date".
fn date_reason(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.trim().splitn(3, '-').collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let (Ok(year), Ok(month), Ok(day)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>())
    else {
        return None;
    };
    if chrono::NaiveDate::from_ymd_opt(year, 1, 1).is_none() {
        return Some(format!("the year {year} is out of range"));
    }
    if !(1..=12).contains(&month) {
        return Some(format!("there is no month {month}"));
    }
    let days = (28..=31u32)
        .rev()
        .find(|&n| chrono::NaiveDate::from_ymd_opt(year, month, n).is_some())
        .unwrap_or(28);
    let name = MONTHS
        .get((month - 1) as usize)
        .copied()
        .unwrap_or_default();
    (day == 0 || day > days).then(|| format!("{name} {year} has {days} days"))
}

/// Why `text` (`HH:MM` or `HH:MM:SS`) is not a time of day, when there is a reason to give.
fn time_reason(text: &str) -> Option<String> {
    let parts: Vec<Option<u32>> = text.trim().split(':').map(|p| p.parse().ok()).collect();
    match parts.as_slice() {
        [Some(h), ..] if *h > 23 => Some("hours go from 00 to 23".into()),
        [Some(_), Some(m), ..] if *m > 59 => Some("minutes go from 00 to 59".into()),
        [Some(_), Some(_), Some(s)] if *s > 59 => Some("seconds go from 00 to 59".into()),
        _ => None,
    }
}

/// "`text` is not WHAT" with the reason after a colon when there is one.
fn not_a(text: &str, what: &str, reason: Option<String>) -> String {
    match reason {
        Some(reason) => format!("`{text}` is not {what}: {reason}"),
        None => format!("`{text}` is not {what}"),
    }
}

/// A clear message and hint for a date, moment or time that does not parse, or `None` when
/// `message` is about something else.
fn explain_date_or_time(
    message: &str,
    source: &str,
    line: usize,
    col: usize,
) -> Option<(String, String)> {
    if let Some(rest) = message.strip_prefix('`')
        && let Some((text, tail)) = rest.split_once('`')
        && tail.starts_with(" is not a time of day")
    {
        return Some((
            not_a(text, "a time of day", time_reason(text)),
            "write times of day as HH:MM, e.g. \"07:30\"".into(),
        ));
    }
    if !CHRONO_MESSAGES.contains(&message) {
        return None;
    }
    let text = string_at(source, line, col)?;
    Some(match text.split_once(['T', ' ']) {
        Some((date, time)) => (
            not_a(
                text,
                "a date and time",
                date_reason(date).or_else(|| time_reason(time)),
            ),
            "write a date and time as YYYY-MM-DDTHH:MM:SS, e.g. \"2026-11-20T09:30:00\"".into(),
        ),
        None => (
            not_a(text, "a date", date_reason(text)),
            "write dates as YYYY-MM-DD, e.g. \"2026-11-23\"".into(),
        ),
    })
}

/// Parses RON text into `T`, NFC-normalizing strings, with positions on error.
pub fn parse_ron<T: DeserializeOwned>(path: &Path, source: &str) -> Result<T, Problem> {
    let source = strip_bom(source);
    check_nesting(path, source)?;
    let options = crate::codec::ron_options();
    let parsed: T = options.from_str(source).map_err(|e| {
        let message = e.code.to_string();
        let (line, col) = (e.span.start.line, e.span.start.col);
        if let Some((message, hint)) = explain_date_or_time(&message, source, line, col) {
            return Problem::new(path, message).at(line, col).hint(hint);
        }
        let mut p = Problem::new(path, message.clone()).at(line, col);
        p.hint = syntax_hint(&message);
        p
    })?;
    if text::is_nfc(source) {
        return Ok(parsed);
    }
    // Only string contents can change under NFC (RON syntax is ASCII), so the normalized
    // text parses the same way; positions above refer to the file as written.
    options
        .from_str(&text::nfc(source))
        .map_err(|e| Problem::new(path, e.code.to_string()))
}

/// Reads and parses one RON file.
pub fn read_ron<T: DeserializeOwned>(path: &Path) -> Result<T, Problem> {
    let source = read_text(path)?;
    parse_ron(path, &source)
}
