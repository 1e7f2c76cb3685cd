//! The layers drawn in ARCHITECTURE.md are the layers of the code: every `crate::…` path in
//! `src/` (in `use` lines and in code; comments are prose and do not count) names a module of
//! a strictly lower level than the module it is written in, or the module itself. The levels
//! are read from the "Layers" table of ARCHITECTURE.md, so the document and the code cannot
//! drift apart: a new module must be placed in the table before it can be used.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Module name → level, from the rows `| N | `a`, `b` | …` of the Layers table.
fn levels() -> BTreeMap<String, u32> {
    let text = std::fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let section = text
        .split("## Layers")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("a Layers section");
    let mut levels = BTreeMap::new();
    for line in section.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let (Some(level), Some(modules)) = (cells.get(1), cells.get(2)) else {
            continue;
        };
        let Ok(level) = level.parse::<u32>() else {
            continue;
        };
        for name in modules.split('`').skip(1).step_by(2) {
            assert!(
                levels.insert(name.to_owned(), level).is_none(),
                "`{name}` is placed twice in the Layers table"
            );
        }
    }
    assert!(
        levels.len() >= 10,
        "the Layers table lists the modules: {levels:?}"
    );
    levels
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is listable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to (`src/sim/apply.rs` → `sim`), or `None` for the
/// crate roots (`lib.rs`, `main.rs`), which sit above every layer.
fn module_of(file: &Path) -> Option<String> {
    let rel = file.strip_prefix(root().join("src")).ok()?;
    let first = rel.components().next()?.as_os_str().to_string_lossy();
    let name = first.trim_end_matches(".rs").to_owned();
    (name != "lib" && name != "main").then_some(name)
}

/// Every module named by a `crate::` path on a line of code: `crate::sim::Shift`,
/// `crate::{portal, sim}`, `use crate::{score::grade, sim::Shift}`.
fn crate_paths(code: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue; // e.g. `my_crate::`
        }
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let name: String = item
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    names.push(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                names.push(name);
            }
        }
    }
    names
}

/// The code of a line: without its `//` comment (outside strings, roughly) and nothing when
/// the whole line is a comment or doc comment.
fn code_of(line: &str) -> &str {
    let trimmed = line.trim_start();
    if trimmed.starts_with("//") || trimmed.starts_with("*") {
        return "";
    }
    let mut in_string = false;
    let bytes = line.as_bytes();
    for i in 0..bytes.len() {
        match bytes[i] {
            b'"' if i == 0 || bytes[i - 1] != b'\\' => in_string = !in_string,
            b'/' if !in_string && bytes.get(i + 1) == Some(&b'/') => return &line[..i],
            _ => {}
        }
    }
    line
}

#[test]
fn no_module_uses_one_of_its_own_level_or_above() {
    let levels = levels();
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    files.sort();
    let mut wrong = Vec::new();
    let mut edges = 0;
    for file in &files {
        let Some(module) = module_of(file) else {
            continue;
        };
        let Some(&level) = levels.get(&module) else {
            wrong.push(format!(
                "{}: module `{module}` is not placed in the Layers table of ARCHITECTURE.md",
                file.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(file).expect("readable source");
        for (n, line) in text.lines().enumerate() {
            for target in crate_paths(code_of(line)) {
                if target == module {
                    continue;
                }
                edges += 1;
                match levels.get(&target) {
                    None => wrong.push(format!(
                        "{}:{}: `crate::{target}` is not placed in the Layers table",
                        file.display(),
                        n + 1
                    )),
                    Some(&t) if t >= level => wrong.push(format!(
                        "{}:{}: `{module}` (level {level}) uses `crate::{target}` (level {t})",
                        file.display(),
                        n + 1
                    )),
                    Some(_) => {}
                }
            }
        }
    }
    assert!(
        edges > 100,
        "the scan found only {edges} uses: is it reading the code?"
    );
    assert!(
        wrong.is_empty(),
        "{} layer violations:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn the_scanner_sees_every_form_of_path() {
    assert_eq!(crate_paths("use crate::sim::{Action, Shift};"), ["sim"]);
    assert_eq!(
        crate_paths("use crate::{portal::Status, score::grade};"),
        ["portal", "score"]
    );
    assert_eq!(
        crate_paths("let s = crate::score::rescheduled_date(x, crate::calendar::f());"),
        ["score", "calendar"]
    );
    assert_eq!(crate_paths("use my_crate::sim;"), Vec::<String>::new());
    assert_eq!(code_of("/// see [`crate::sim::Shift`]"), "");
    assert_eq!(code_of("let a = 1; // crate::sim"), "let a = 1; ");
    assert_eq!(
        code_of("let s = \"http://x\"; crate::sim::f()"),
        "let s = \"http://x\"; crate::sim::f()"
    );
}
