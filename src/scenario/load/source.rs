//! Where a pack's files come from (disk or the pack built into the binary) and how their
//! bytes become text: the size limit, UTF-8 with a clear message, the byte order mark.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::parse::parse_ron;
use super::problem::Problem;
use super::problem::line_col;
use super::{MAX_FILE_BYTES, MAX_FILES_PER_FOLDER};

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_pack.rs"));
}

/// The virtual folder of the pack built into the binary.
pub const BUILTIN_ROOT: &str = "<built-in>/scenarios";

/// Where scenario files come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Source {
    /// Folders and files on disk.
    #[default]
    Disk,
    /// The shipped pack compiled into the binary (paths under [`BUILTIN_ROOT`]).
    Builtin,
}

impl Source {
    fn builtin_rel(path: &Path) -> Option<String> {
        let rel = path.strip_prefix(BUILTIN_ROOT).ok()?;
        Some(rel.to_string_lossy().replace('\\', "/"))
    }

    /// Reads a text file with the size limit.
    pub fn read_text(self, path: &Path) -> Result<String, Problem> {
        match self {
            Source::Disk => read_text(path),
            Source::Builtin => Source::builtin_rel(path)
                .and_then(|rel| builtin::FILES.iter().find(|(p, _)| *p == rel))
                .map(|(_, text)| strip_bom(text).to_owned())
                .ok_or_else(|| Problem::new(path, "cannot read: not in the built-in pack")),
        }
    }

    /// True when the folder exists.
    pub fn is_dir(self, path: &Path) -> bool {
        match self {
            Source::Disk => path.is_dir(),
            Source::Builtin => Source::builtin_rel(path).is_some_and(|rel| {
                let prefix = if rel.is_empty() {
                    String::new()
                } else {
                    format!("{rel}/")
                };
                builtin::FILES.iter().any(|(p, _)| p.starts_with(&prefix))
            }),
        }
    }

    /// True when the file exists.
    pub fn is_file(self, path: &Path) -> bool {
        match self {
            Source::Disk => path.is_file(),
            Source::Builtin => Source::builtin_rel(path)
                .is_some_and(|rel| builtin::FILES.iter().any(|(p, _)| *p == rel)),
        }
    }

    /// The `.ron` files directly in a folder, sorted.
    pub fn ron_files(self, dir: &Path) -> Result<Vec<PathBuf>, Problem> {
        match self {
            Source::Disk => ron_files(dir),
            Source::Builtin => {
                let rel = Source::builtin_rel(dir).unwrap_or_default();
                let prefix = if rel.is_empty() {
                    String::new()
                } else {
                    format!("{rel}/")
                };
                let mut files: Vec<PathBuf> = builtin::FILES
                    .iter()
                    .filter_map(|(p, _)| p.strip_prefix(&prefix))
                    .filter(|name| !name.contains('/') && name.ends_with(".ron"))
                    .map(|name| dir.join(name))
                    .collect();
                files.sort();
                Ok(files)
            }
        }
    }

    /// The sub-folders of a pack root that hold a `scenario.ron`, sorted.
    pub fn scenario_dirs(self, root: &Path) -> Result<Vec<PathBuf>, Problem> {
        let mut dirs: Vec<PathBuf> = match self {
            Source::Disk => std::fs::read_dir(root)
                .map_err(|e| Problem::new(root, format!("cannot list folder: {e}")))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.join("scenario.ron").is_file())
                .collect(),
            Source::Builtin => builtin::FILES
                .iter()
                .filter_map(|(p, _)| p.strip_suffix("/scenario.ron"))
                .filter(|d| !d.contains('/'))
                .map(|d| root.join(d))
                .collect(),
        };
        dirs.sort();
        dirs.truncate(MAX_FILES_PER_FOLDER);
        Ok(dirs)
    }

    /// Reads and parses one RON file.
    pub fn read_ron<T: DeserializeOwned>(self, path: &Path) -> Result<T, Problem> {
        let text = self.read_text(path)?;
        parse_ron(path, &text)
    }
}

/// Reads a text file with the size limit.
pub fn read_text(path: &Path) -> Result<String, Problem> {
    let meta =
        std::fs::metadata(path).map_err(|e| Problem::new(path, format!("cannot read: {e}")))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(Problem::new(
            path,
            format!(
                "file is {} bytes; the limit is {MAX_FILE_BYTES}",
                meta.len()
            ),
        )
        .hint("split the content into several files"));
    }
    let bytes = std::fs::read(path).map_err(|e| Problem::new(path, format!("cannot read: {e}")))?;
    decode_utf8(path, bytes)
}

/// The byte-order mark some editors (Windows Notepad) write at the start of UTF-8 files.
const BOM: char = '\u{feff}';

/// `text` without a leading UTF-8 byte-order mark.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix(BOM).unwrap_or(text)
}

/// Decodes a file's bytes as UTF-8 without its byte-order mark; an invalid byte is reported
/// at its line and column (counted in characters, as editors do).
pub(super) fn decode_utf8(path: &Path, bytes: Vec<u8>) -> Result<String, Problem> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(match text.strip_prefix(BOM) {
            Some(rest) => rest.to_owned(),
            None => text,
        }),
        Err(e) => {
            let bytes = e.as_bytes();
            let offset = e.utf8_error().valid_up_to();
            let valid = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
            let (line, col) = line_col(strip_bom(valid), strip_bom(valid).len());
            let byte = bytes.get(offset).copied().unwrap_or_default();
            Err(
                Problem::new(path, format!("file is not valid UTF-8 (byte 0x{byte:02X})"))
                    .hint("save the file with the UTF-8 encoding (Notepad: Save As → Encoding: UTF-8)")
                    .at(line, col),
            )
        }
    }
}

/// The `.ron` files of a folder on disk, sorted, at most [`MAX_FILES_PER_FOLDER`].
fn ron_files(dir: &Path) -> Result<Vec<PathBuf>, Problem> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Problem::new(dir, format!("cannot list folder: {e}")))?;
    let mut files = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Problem::new(dir, format!("cannot list folder: {e}")))?;
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "ron") && path.is_file() {
            files.push(path);
            if files.len() > MAX_FILES_PER_FOLDER {
                return Err(Problem::new(
                    dir,
                    format!("more than {MAX_FILES_PER_FOLDER} files"),
                ));
            }
        }
    }
    files.sort();
    Ok(files)
}
