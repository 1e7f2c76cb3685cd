//! Hostile numbers in shipped scenario files: loading, validation, the expert and grading
//! must never panic.
//!
//! Every number in the RON text of every shipped scenario (`scenarios/*/scenario.ron`) and
//! shared file (`scenarios/shared/**.ron`) — counts, minutes, weights, amounts, and the
//! digits inside dates, times and ID numbers — is a mutation site. Sites are grouped by the
//! field they belong to (`extra_days`, `difficulty`, `date`, `minutes`…), and each group gets
//! several mutations drawn from a seeded generator: the number is replaced by a hostile value
//! (0, -1, huge, `u32::MAX`, `u64::MAX`, NaN, inf, 1e308, a fraction where an integer is
//! expected…); some mutations change several numbers of a file at once. Each mutated pack is
//! loaded and validated; a scenario that still loads is played by the expert policy and
//! graded. A panic anywhere is a failure, reported with the mutation that caused it so it
//! can be replayed.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use motcua::scenario::Mode;
use motcua::scenario::load::{load_catalog, load_scenario};
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

mod common;
use common::copy_dir;

/// Seed of the whole run; change it to explore other mutations.
const SEED: u64 = 0x6d6f_7463_7561;
/// Extra mutations that change several numbers of one file at once.
const MULTI: usize = 40;

/// Hostile values for a number written as a number: zero and negative, huge (`u32::MAX`,
/// `u64::MAX` and beyond), not finite, a fraction where an integer is expected, and the
/// first values past `u8` and `u16`. Each field gets every one of them.
const HOSTILE: &[&str] = &[
    "0",
    "-1",
    "4294967295",
    "18446744073709551615",
    "99999999999999999999999",
    "NaN",
    "inf",
    "1e308",
    "0.5",
    "256",
    "65536",
];

/// Hostile values for the digits inside a date, time or number string: impossible days,
/// months, hours and minutes, huge years and the first years outside those allowed.
const HOSTILE_IN_TEXT: &[&str] = &[
    "00",
    "-1",
    "13",
    "29",
    "31",
    "60",
    "9999",
    "99999999999",
    "1899",
    "2200",
];

fn values(site: &Site) -> &'static [&'static str] {
    if site.in_string {
        HOSTILE_IN_TEXT
    } else {
        HOSTILE
    }
}

fn pack_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

/// A number in a file: where it is and the field it belongs to.
#[derive(Debug, Clone)]
struct Site {
    /// File relative to the pack root.
    file: String,
    /// Byte range of the number.
    start: usize,
    end: usize,
    /// File kind and field (`scenario.minutes`, `personas.birth_date (text)`,
    /// `scenario.difficulty (fraction)`…): the groups that each get every hostile value.
    field: String,
    /// Inside a date, time or ID-number string.
    in_string: bool,
}

/// A number found in RON text.
#[derive(Debug, Clone, PartialEq)]
struct Number {
    start: usize,
    end: usize,
    /// The field it belongs to: the last `name:` (or map key `"a.name":`, as `name`) before
    /// it outside strings.
    field: String,
    /// Inside a date, time or ID-number string such as `"2026-11-23"`.
    in_string: bool,
}

/// True for string contents that are a date, time, moment or number: the numbers inside
/// are data, unlike those in free text ("Số 118, quyển 01/2026").
fn numeric_string(content: &str) -> bool {
    !content.is_empty()
        && content
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | ':' | 'T' | '/' | '.'))
}

/// The numbers of `text` outside comments and free text: maximal runs of digits with an
/// optional fractional part, in numeric values and in date/time/number strings.
fn numbers(text: &str) -> Vec<Number> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut field = String::from("?");
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'"' {
            let start = i + 1;
            let mut end = start;
            while end < bytes.len() && bytes[end] != b'"' {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            let end = end.min(bytes.len());
            let content = &text[start..end];
            let after = text[(end + 1).min(text.len())..].trim_start();
            if after.starts_with(':') && !numeric_string(content) {
                // A map key such as "child.birth_date": the field is its last part.
                field = content.rsplit('.').next().unwrap_or(content).to_owned();
            } else if numeric_string(content) {
                let mut j = start;
                while j < end {
                    if bytes[j].is_ascii_digit() {
                        let from = j;
                        while j < end && bytes[j].is_ascii_digit() {
                            j += 1;
                        }
                        out.push(Number {
                            start: from,
                            end: j,
                            field: field.clone(),
                            in_string: true,
                        });
                    } else {
                        j += 1;
                    }
                }
            }
            i = end + 1;
            continue;
        }
        if b == b'/' && bytes.get(i + 1) == Some(&b'/') {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if b.is_ascii_alphabetic() || b == b'_' {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            if text[i..].trim_start().starts_with(':') {
                field = text[start..i].to_owned();
            }
            continue;
        }
        if b.is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
            }
            out.push(Number {
                start,
                end: i,
                field: field.clone(),
                in_string: false,
            });
            continue;
        }
        i += 1;
    }
    out
}

fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ron"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Every mutation site of the shipped pack, with the original text of each file.
fn sites(root: &Path) -> (Vec<Site>, BTreeMap<String, String>) {
    let mut files: Vec<(String, String)> = Vec::new();
    for kind in ["procedures", "documents", "personas", "calendars"] {
        for path in ron_files(&root.join("shared").join(kind)) {
            let rel = path.strip_prefix(root).expect("inside").to_string_lossy();
            files.push((rel.replace('\\', "/"), kind.to_owned()));
        }
    }
    files.push(("shared/rules.ron".into(), "rules".into()));
    let mut scenario_dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("the pack is listable")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("scenario.ron").is_file())
        .collect();
    scenario_dirs.sort();
    for dir in scenario_dirs {
        let name = dir
            .file_name()
            .expect("named")
            .to_string_lossy()
            .into_owned();
        files.push((format!("{name}/scenario.ron"), "scenario".into()));
    }
    let mut texts = BTreeMap::new();
    let mut out = Vec::new();
    for (rel, kind) in files {
        let text = std::fs::read_to_string(root.join(&rel)).expect("readable");
        for n in numbers(&text) {
            out.push(Site {
                file: rel.clone(),
                start: n.start,
                end: n.end,
                field: format!(
                    "{kind}.{}{}",
                    n.field,
                    if n.in_string {
                        " (text)"
                    } else if text[n.start..n.end].contains('.') {
                        " (fraction)"
                    } else {
                        ""
                    }
                ),
                in_string: n.in_string,
            });
        }
        texts.insert(rel, text);
    }
    (out, texts)
}

/// One mutation: in one file, numbers replaced by hostile values.
#[derive(Debug, Clone)]
struct Mutation {
    file: String,
    /// (start, end, replacement), sorted by start, not overlapping.
    edits: Vec<(usize, usize, &'static str)>,
    /// Scenario folders to load and play afterwards.
    targets: Vec<String>,
}

impl Mutation {
    fn apply(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for (start, end, value) in self.edits.iter().rev() {
            out.replace_range(*start..*end, value);
        }
        out
    }

    fn describe(&self, text: &str) -> String {
        let parts: Vec<String> = self
            .edits
            .iter()
            .map(|(start, end, value)| {
                let line = text[..*start].matches('\n').count() + 1;
                format!("line {line}: {} → {value}", &text[*start..*end])
            })
            .collect();
        format!("{}: {}", self.file, parts.join(", "))
    }
}

/// Most scenarios played after a mutation of a shared file (those that use the file).
const SCENARIOS_PER_SHARED_FILE: usize = 2;

/// The scenarios to play after mutating `file`: that scenario, or for a shared file up to
/// [`SCENARIOS_PER_SHARED_FILE`] of those naming it (any scenario for rules and calendars).
fn targets(file: &str, texts: &BTreeMap<String, String>, rng: &mut ChaCha8Rng) -> Vec<String> {
    if let Some(dir) = file.strip_suffix("/scenario.ron") {
        return vec![dir.to_owned()];
    }
    let stem = Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let everywhere = file.starts_with("shared/calendars/") || file == "shared/rules.ron";
    let users: Vec<String> = texts
        .iter()
        .filter_map(|(rel, text)| {
            let dir = rel.strip_suffix("/scenario.ron")?;
            (everywhere || text.contains(&format!("\"{stem}\""))).then(|| dir.to_owned())
        })
        .collect();
    // A document kind is named by procedures, not scenarios: any scenario may use it.
    let pool = if users.is_empty() {
        texts
            .keys()
            .filter_map(|rel| rel.strip_suffix("/scenario.ron").map(str::to_owned))
            .collect()
    } else {
        users
    };
    pool.choose_multiple(rng, SCENARIOS_PER_SHARED_FILE)
        .cloned()
        .collect()
}

fn mutations(
    sites: &[Site],
    texts: &BTreeMap<String, String>,
    rng: &mut ChaCha8Rng,
) -> Vec<Mutation> {
    let mut by_field: BTreeMap<&str, Vec<&Site>> = BTreeMap::new();
    for s in sites {
        by_field.entry(&s.field).or_default().push(s);
    }
    let mut out = Vec::new();
    for group in by_field.values() {
        for value in values(group[0]) {
            let site = group.choose(rng).expect("groups are not empty");
            out.push(Mutation {
                file: site.file.clone(),
                edits: vec![(site.start, site.end, value)],
                targets: targets(&site.file, texts, rng),
            });
        }
    }
    let mut by_file: BTreeMap<&str, Vec<&Site>> = BTreeMap::new();
    for s in sites {
        by_file.entry(&s.file).or_default().push(s);
    }
    let files: Vec<&Vec<&Site>> = by_file.values().collect();
    for _ in 0..MULTI {
        let file = files.choose(rng).expect("files");
        let n = rng.random_range(2..=4).min(file.len());
        let mut chosen: Vec<&Site> = file.choose_multiple(rng, n).copied().collect();
        chosen.sort_by_key(|s| s.start);
        let edits = chosen
            .iter()
            .map(|s| (s.start, s.end, *values(s).choose(rng).expect("values")))
            .collect();
        out.push(Mutation {
            file: chosen[0].file.clone(),
            edits,
            targets: targets(&chosen[0].file, texts, rng),
        });
    }
    out
}

/// What one mutation led to.
#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    rejected: usize,
    loaded: usize,
    played: usize,
    expert_refused: usize,
}

/// Loads the mutated pack in `work` (a copy of the shipped one with `mutation` applied),
/// then plays and grades the mutation's target scenarios that load.
fn run(work: &Path, mutation: &Mutation, tally: &mut Tally, notes: &mut Vec<String>) {
    let catalog = match load_catalog(&work.join("shared")) {
        Ok(c) => Arc::new(c),
        Err(_) => {
            tally.rejected += 1;
            return;
        }
    };
    for dir in mutation.targets.iter().map(|d| work.join(d)) {
        let scenario = match load_scenario(&dir, catalog.clone()) {
            Ok(s) => Arc::new(s),
            Err(problems) => {
                assert!(!problems.0.is_empty());
                tally.rejected += 1;
                continue;
            }
        };
        tally.loaded += 1;
        let seed = scenario.file.tests.expert.first().map_or(1, |p| p.seed);
        match motcua::expert::play(scenario.clone(), seed, Mode::Practice) {
            Ok((shift, _)) => {
                tally.played += 1;
                let report = motcua::score::grade(&shift);
                assert!(
                    (0.0..=100.0).contains(&report.total),
                    "total {}",
                    report.total
                );
            }
            Err(e) => {
                tally.expert_refused += 1;
                notes.push(format!("{}: {e}", scenario.id()));
                // Grading a shift the expert could not finish must not panic either.
                let mut shift = motcua::sim::Shift::new(scenario, seed, Mode::Practice);
                let _ = motcua::expert::finish(&mut shift);
                let _ = motcua::score::grade(&shift);
            }
        }
    }
}

#[test]
fn hostile_numbers_in_shipped_scenarios_never_panic() {
    let root = pack_root();
    let (sites, texts) = sites(&root);
    let fields: std::collections::BTreeSet<&str> = sites.iter().map(|s| s.field.as_str()).collect();
    let mut rng = ChaCha8Rng::seed_from_u64(SEED);
    let mutations = mutations(&sites, &texts, &mut rng);
    let dir = tempfile::tempdir().expect("tempdir");
    let work = dir.path().join("scenarios");
    copy_dir(&root, &work);

    let started = std::time::Instant::now();
    let mut tally = Tally::default();
    let mut panics = Vec::new();
    let mut notes = Vec::new();
    for mutation in &mutations {
        let original = &texts[&mutation.file];
        let path = work.join(&mutation.file);
        std::fs::write(&path, mutation.apply(original)).expect("writable");
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let mut t = tally;
            let mut n = Vec::new();
            run(&work, mutation, &mut t, &mut n);
            (t, n)
        }));
        match outcome {
            Ok((t, n)) => {
                tally = t;
                notes.extend(n);
            }
            Err(payload) => {
                let why = payload
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                panics.push(format!(
                    "{}\n    panicked: {why}",
                    mutation.describe(original)
                ));
            }
        }
        std::fs::write(&path, original).expect("restored");
    }
    eprintln!(
        "{} mutations over {} sites in {} field groups, {} files: {} rejected loads, {} loaded, {} played, {} expert refusals, {} panics, {:.1} s",
        mutations.len(),
        sites.len(),
        fields.len(),
        texts.len(),
        tally.rejected,
        tally.loaded,
        tally.played,
        tally.expert_refused,
        panics.len(),
        started.elapsed().as_secs_f64()
    );
    for note in &notes {
        eprintln!("  expert: {note}");
    }
    assert!(
        panics.is_empty(),
        "{} mutations panicked:\n{}",
        panics.len(),
        panics.join("\n")
    );
    // What validation lets through, the expert must be able to play (a fee above what the
    // portal accepts, say, is a validation gap).
    assert!(
        notes.is_empty(),
        "the expert was refused:\n{}",
        notes.join("\n")
    );
    // The run must have reached the engine, not only the loader.
    assert!(tally.played > mutations.len() / 4, "{tally:?}");
}

#[test]
fn the_number_scanner_finds_numbers_and_their_fields() {
    let text = "(\n    minutes: 120, // 30 in a comment\n    date: \"2026-11-23\",\n    note: \"Số 118\",\n    fields: {\"child.birth_date\": \"2026-11-10\"},\n    difficulty: 0.6,\n)";
    let numbers = numbers(text);
    let found: Vec<(&str, &str, bool)> = numbers
        .iter()
        .map(|n| (&text[n.start..n.end], n.field.as_str(), n.in_string))
        .collect();
    assert_eq!(
        found,
        vec![
            ("120", "minutes", false),
            ("2026", "date", true),
            ("11", "date", true),
            ("23", "date", true),
            ("2026", "birth_date", true),
            ("11", "birth_date", true),
            ("10", "birth_date", true),
            ("0.6", "difficulty", false),
        ]
    );
}
