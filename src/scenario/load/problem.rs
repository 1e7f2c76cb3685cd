//! A problem found while loading or validating a pack, located by file, line and column.

use std::fmt;
use std::path::PathBuf;

/// One problem found while loading or validating, located as precisely as possible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file.
    pub file: PathBuf,
    /// 1-based line, when known.
    pub line: Option<u32>,
    /// 1-based column, when known.
    pub col: Option<u32>,
    /// Path of the offending item (e.g. `arrivals[c2].documents[1].kind`), for semantic problems.
    pub item: Option<String>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
}

impl Problem {
    /// A problem with a file and message only.
    pub fn new(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            line: None,
            col: None,
            item: None,
            message: message.into(),
            hint: None,
        }
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds the item path.
    pub fn at_item(mut self, item: impl Into<String>) -> Self {
        self.item = Some(item.into());
        self
    }

    /// Adds line and column.
    pub fn at(mut self, line: usize, col: usize) -> Self {
        self.line = Some(u32::try_from(line).unwrap_or(u32::MAX));
        self.col = Some(u32::try_from(col).unwrap_or(u32::MAX));
        self
    }

    /// Locates the first occurrence of `needle` in `source` when no position is known yet.
    pub fn locate_in(self, source: &str, needle: &str) -> Self {
        if self.line.is_none()
            && !needle.is_empty()
            && let Some(offset) = source.find(needle)
        {
            let (line, col) = line_col(source, offset);
            return self.at(line, col);
        }
        self
    }

    /// Locates the `nth` (0-based) `field: "value"` in `source` when no position is known
    /// yet (the last one when there are fewer; the first `"value"` anywhere when there is
    /// none), pointing at the value.
    pub fn locate_field(self, source: &str, field: &str, value: &str, nth: usize) -> Self {
        let offsets = field_offsets(source, field, value);
        match offsets.get(nth).or(offsets.last()) {
            Some(&offset) if self.line.is_none() => {
                let (line, col) = line_col(source, offset);
                self.at(line, col)
            }
            _ => self.locate_in(source, &format!("\"{value}\"")),
        }
    }
}

/// Byte offsets of the string values in `field: "value"` pairs of RON `source` (any spacing
/// around the colon), in file order.
pub fn field_offsets(source: &str, field: &str, value: &str) -> Vec<usize> {
    let quoted = format!("\"{value}\"");
    let is_ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    source
        .match_indices(&quoted)
        .map(|(offset, _)| offset)
        .filter(|&offset| {
            let before = source[..offset].trim_end();
            let Some(before) = before.strip_suffix(':') else {
                return false;
            };
            let before = before.trim_end();
            before
                .strip_suffix(field)
                .is_some_and(|rest| !rest.ends_with(is_ident))
        })
        .collect()
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}:{}", self.col.unwrap_or(1))?;
        }
        write!(f, ": ")?;
        if let Some(item) = &self.item {
            write!(f, "{item}: ")?;
        }
        write!(f, "{}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// Problems of one load, as an error value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))]
pub struct Problems(pub Vec<Problem>);

/// 1-based line and column (in characters) of a byte offset.
pub(super) fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}
