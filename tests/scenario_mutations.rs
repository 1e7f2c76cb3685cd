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

/// Seed of the whole run; change it to explore other mutations.
const SEED: u64 = 0x6d6f_7463_7561;
/// Mutations per field group.
const PER_FIELD: usize = 3;
/// Extra mutations that change several numbers of one file at once.
const MULTI: usize = 40;

const HOSTILE: &[&str] = &[
    "0",
    "-1",
    "1",
    "255",
    "256",
    "65535",
    "65536",
    "2147483647",
    "4294967295",
    "4294967296",
    "18446744073709551615",
    "99999999999999999999999",
    "NaN",
    "inf",
    "-inf",
    "1e308",
    "-1e308",
    "0.5",
    "2.5",
    "-0.0",
    "00",
    "99",
    "24",
    "60",
    "29",
    "31",
    "9999",
];

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
    /// The field name before it on its line (`minutes`, `date`…), or the file kind.
    field: String,
}

/// The numbers of `text` outside comments: maximal runs of digits with an optional
/// fractional part.
fn numbers(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut in_string = false;
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' => in_string = false,
                _ => {}
            }
        } else if b == b'"' {
            in_string = true;
        } else if b == b'/' && bytes.get(i + 1) == Some(&b'/') {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if b.is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
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
            if !bytes
                .get(i)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
            {
                out.push((start, i));
            }
            continue;
        }
        i += 1;
    }
    out
}

/// The field a number belongs to: the last `name:` before it on its line, else `kind`.
fn field_of(text: &str, at: usize, kind: &str) -> String {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..at];
    let mut field = None;
    for (i, _) in before.match_indices(':') {
        let name: String = before[..i]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if !name.is_empty() && !name.chars().all(|c| c.is_ascii_digit()) {
            field = Some(name);
        }
    }
    format!("{kind}.{}", field.unwrap_or_else(|| "?".into()))
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
        for (start, end) in numbers(&text) {
            out.push(Site {
                file: rel.clone(),
                start,
                end,
                field: field_of(&text, start, &kind),
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
        for _ in 0..PER_FIELD {
            let site = group.choose(rng).expect("groups are not empty");
            let value = HOSTILE.choose(rng).expect("values");
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
            .map(|s| (s.start, s.end, *HOSTILE.choose(rng).expect("values")))
            .collect();
        out.push(Mutation {
            file: chosen[0].file.clone(),
            edits,
            targets: targets(&chosen[0].file, texts, rng),
        });
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("created");
    for entry in std::fs::read_dir(from).expect("listable") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copied");
        }
    }
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
    // The run must have reached the engine, not only the loader.
    assert!(tally.played > mutations.len() / 4, "{tally:?}");
}

#[test]
fn the_number_scanner_finds_numbers_and_their_fields() {
    let text = "(\n    minutes: 120, // 30 in a comment\n    date: \"2026-11-23\",\n    code: \"H50.12\",\n    difficulty: 0.6,\n)";
    let found: Vec<(&str, String)> = numbers(text)
        .into_iter()
        .map(|(a, b)| (&text[a..b], field_of(text, a, "k")))
        .collect();
    assert_eq!(
        found,
        vec![
            ("120", "k.minutes".to_owned()),
            ("2026", "k.date".to_owned()),
            ("11", "k.date".to_owned()),
            ("23", "k.date".to_owned()),
            ("12", "k.code".to_owned()),
            ("0.6", "k.difficulty".to_owned()),
        ]
    );
}
