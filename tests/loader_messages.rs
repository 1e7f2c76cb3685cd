//! What an instructor reads when a scenario pack is wrong: each message word for word, at
//! the file, line and column of the mistake. Every test edits a copy of the fixture pack
//! (`tests/fixtures/mini-pack`) the way an author might have, and loads it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use motcua::scenario::Mode;
use motcua::scenario::load::{Pack, Problem, load_pack};

mod common;
use common::copy_dir;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini-pack")
}

/// A writable copy of the fixture pack.
struct Copy {
    _dir: tempfile::TempDir,
    root: PathBuf,
}

impl Copy {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("pack");
        copy_dir(&fixture(), &root);
        Self { _dir: dir, root }
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).expect("readable")
    }

    fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().expect("has a parent")).expect("created");
        std::fs::write(path, bytes).expect("writable");
    }

    /// Replaces the `nth` (0-based) occurrence of `from` in a file.
    fn edit_nth(&self, rel: &str, from: &str, to: &str, nth: usize) {
        let text = self.read(rel);
        let (at, _) = text
            .match_indices(from)
            .nth(nth)
            .unwrap_or_else(|| panic!("{rel} has no occurrence {nth} of {from:?}"));
        let mut out = text.clone();
        out.replace_range(at..at + from.len(), to);
        self.write(rel, out);
    }

    fn edit(&self, rel: &str, from: &str, to: &str) {
        self.edit_nth(rel, from, to, 0);
    }

    fn load(&self) -> Pack {
        load_pack(&self.root)
    }

    /// `file:line:col: ` as problems print it.
    fn at(&self, rel: &str, line: usize, col: usize) -> String {
        format!("{}:{line}:{col}: ", self.path(rel).display())
    }
}

fn printed(pack: &Pack) -> Vec<String> {
    pack.problems().iter().map(|p| p.to_string()).collect()
}

fn assert_has(problems: &[String], expected: &str) {
    assert!(
        problems.iter().any(|p| p == expected),
        "expected the problem\n{expected}\namong\n{}",
        problems.join("\n")
    );
}

const SCENARIO: &str = "first-morning/scenario.ron";
const PERSONA: &str = "shared/personas/nguyen-thi-lan.ron";
const PROCEDURE: &str = "shared/procedures/residence-confirmation.ron";

#[test]
fn the_fixture_pack_loads_clean() {
    let pack = Copy::new().load();
    assert!(pack.problems().is_empty(), "{:?}", printed(&pack));
}

#[test]
fn an_invalid_byte_is_reported_at_its_line_and_column() {
    let copy = Copy::new();
    // A Latin-1 "é" (one byte 0xE9) right after the Vietnamese text of line 13: the column
    // counts characters, not bytes, and the line is the real line.
    let text = copy.read(PERSONA);
    let line = text.lines().nth(12).expect("line 13");
    let (before, after) = line
        .split_once("công.\"")
        .expect("line 13 ends the vi text");
    let prefix = format!("{before}công.");
    let col = prefix.chars().count() + 1;
    let mut bytes = Vec::new();
    for (i, l) in text.lines().enumerate() {
        if i == 12 {
            bytes.extend_from_slice(prefix.as_bytes());
            bytes.push(0xE9);
            bytes.extend_from_slice(format!("\"{after}").as_bytes());
        } else {
            bytes.extend_from_slice(l.as_bytes());
        }
        bytes.push(b'\n');
    }
    copy.write(PERSONA, bytes);
    let pack = copy.load();
    assert_eq!(
        pack.catalog_problems.first().map(Problem::to_string),
        Some(format!(
            "{}file is not valid UTF-8 (byte 0xE9)\n  hint: save the file with the UTF-8 encoding (Notepad: Save As → Encoding: UTF-8)",
            copy.at(PERSONA, 13, col)
        ))
    );
}

#[test]
fn files_saved_with_a_byte_order_mark_load_and_keep_their_positions() {
    let copy = Copy::new();
    for rel in [
        SCENARIO,
        PERSONA,
        PROCEDURE,
        "shared/rules.ron",
        "shared/calendars/vn-civil-service.ron",
        "first-morning/expert.ron",
        "first-morning/careless.ron",
    ] {
        let text = copy.read(rel);
        copy.write(rel, format!("\u{feff}{text}"));
    }
    let pack = copy.load();
    assert!(pack.problems().is_empty(), "{:?}", printed(&pack));
    let scenario = pack.loaded()[0].clone();
    let script = motcua::sim::read_script(&scenario, "expert.ron").expect("the script reads");
    assert!(!script.is_empty());

    // A mistake on line 9 of a file with a mark is still on line 9, same column.
    copy.edit(PERSONA, "smartphone:", "smartfone:");
    let with_mark = copy.load().catalog_problems[0].clone();
    let text = copy.read(PERSONA);
    copy.write(PERSONA, text.trim_start_matches('\u{feff}'));
    let without_mark = copy.load().catalog_problems[0].clone();
    assert_eq!(with_mark, without_mark);
    assert_eq!((with_mark.line, with_mark.col), (Some(9), Some(5)));

    // On line 1 the mark takes no column either.
    copy.write(PERSONA, "\u{feff}(id: 1)");
    let with_mark = copy.load().catalog_problems[0].clone();
    copy.write(PERSONA, "(id: 1)");
    let without_mark = copy.load().catalog_problems[0].clone();
    assert_eq!(with_mark, without_mark);
    assert_eq!(with_mark.line, Some(1));
}

#[test]
fn an_impossible_date_says_why() {
    let copy = Copy::new();
    copy.edit(SCENARIO, "\"2026-03-10\"", "\"2026-02-30\"");
    // Line 15 is `        date: "2026-02-30",`: the value starts in column 16.
    assert_eq!(
        printed(&copy.load()),
        vec![format!(
            "{}`2026-02-30` is not a date: February 2026 has 28 days\n  hint: write dates as YYYY-MM-DD, e.g. \"2026-11-23\"",
            copy.at(SCENARIO, 15, 16)
        )]
    );
    copy.edit(SCENARIO, "\"2026-02-30\"", "\"2026-13-01\"");
    assert_has(
        &printed(&copy.load()),
        &format!(
            "{}`2026-13-01` is not a date: there is no month 13\n  hint: write dates as YYYY-MM-DD, e.g. \"2026-11-23\"",
            copy.at(SCENARIO, 15, 16)
        ),
    );
}

#[test]
fn an_impossible_time_says_why() {
    let copy = Copy::new();
    copy.edit(SCENARIO, "start: \"07:30\"", "start: \"25:00\"");
    // Line 16 is `        start: "25:00",`: the value starts in column 17.
    assert_eq!(
        printed(&copy.load()),
        vec![format!(
            "{}`25:00` is not a time of day: hours go from 00 to 23\n  hint: write times of day as HH:MM, e.g. \"07:30\"",
            copy.at(SCENARIO, 16, 17)
        )]
    );
}

#[test]
fn a_duplicate_arrival_id_points_at_the_duplicate() {
    let copy = Copy::new();
    // Line 57 is `            id: "c2",` (the second arrival); its value is in column 17.
    copy.edit(SCENARIO, "id: \"c2\"", "id: \"c1\"");
    assert_has(
        &printed(&copy.load()),
        &format!(
            "{}arrivals[c1]: duplicate arrival id `c1`\n  hint: arrival ids must be unique in a scenario",
            copy.at(SCENARIO, 57, 17)
        ),
    );
}

#[test]
fn a_duplicate_document_id_points_at_the_duplicate() {
    let copy = Copy::new();
    // Line 64 is `                    id: "c2-id",`; its value is in column 25.
    copy.edit(SCENARIO, "id: \"c2-id\"", "id: \"c1-id\"");
    assert_has(
        &printed(&copy.load()),
        &format!(
            "{}arrivals[c2].documents[0]: duplicate document id `c1-id`\n  hint: document ids must be unique in a scenario",
            copy.at(SCENARIO, 64, 25)
        ),
    );
}

#[test]
fn a_duplicate_component_id_in_a_shared_file_points_at_the_duplicate() {
    let copy = Copy::new();
    // Line 14 is `            id: "id_card",` (the second component); value in column 17.
    copy.edit(PROCEDURE, "id: \"id_card\"", "id: \"request_form\"");
    let pack = copy.load();
    assert_eq!(
        pack.catalog_problems
            .iter()
            .map(Problem::to_string)
            .collect::<Vec<_>>(),
        vec![format!(
            "{}components[1]: duplicate component id `request_form`",
            copy.at(PROCEDURE, 14, 17)
        )]
    );
}

#[test]
fn a_broken_shared_file_is_named_by_every_scenario_it_stops() {
    let copy = Copy::new();
    copy.edit(PERSONA, "smartphone:", "smartfone:");
    let pack = copy.load();
    let first = &pack.catalog_problems[0];
    let (line, col) = (first.line.expect("a line"), first.col.expect("a column"));
    assert_eq!(
        printed(&pack)[1..].to_vec(),
        vec![format!(
            "{}: not checked: the shared data failed to load (shared/personas/nguyen-thi-lan.ron:{line}:{col})\n  hint: fix the shared files first; then this scenario is checked",
            copy.path(SCENARIO).display()
        )]
    );
}

/// Adds a scenario `id` to the copy: the fixture scenario under another id, requiring
/// `requires`.
fn add_scenario(copy: &Copy, id: &str, requires: &str) {
    let text = copy
        .read(SCENARIO)
        .replace("id: \"first-morning\"", &format!("id: \"{id}\""))
        .replace(
            "        difficulty: 1,\n",
            &format!("        difficulty: 1,\n        requires: Some(\"{requires}\"),\n"),
        );
    copy.write(&format!("{id}/scenario.ron"), text);
    for script in ["expert.ron", "careless.ron"] {
        copy.write(
            &format!("{id}/{script}"),
            copy.read(&format!("first-morning/{script}")),
        );
    }
}

fn problems_of(pack: &Pack, id: &str) -> Vec<String> {
    pack.scenarios
        .iter()
        .filter(|(dir, _)| dir.ends_with(id))
        .flat_map(|(_, r)| r.as_ref().err().map(|p| p.0.clone()).unwrap_or_default())
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn requiring_a_broken_scenario_says_it_is_broken_once_and_unknown_stays_unknown() {
    let copy = Copy::new();
    add_scenario(&copy, "second-morning", "first-morning");
    add_scenario(&copy, "third-morning", "second-morning");
    add_scenario(&copy, "lost-morning", "no-such-morning");
    let pack = copy.load();
    assert!(pack.problems().len() == 1, "{:?}", printed(&pack));
    // Line 12 is `        requires: Some("no-such-morning"),`: the value is in column 24.
    assert_eq!(
        problems_of(&pack, "lost-morning"),
        vec![format!(
            "{}meta.requires: requires unknown scenario `no-such-morning`\n  hint: name the folder of the scenario to pass first",
            copy.at("lost-morning/scenario.ron", 12, 24)
        )]
    );

    copy.edit(
        SCENARIO,
        "kind: \"citizen-id-card\"",
        "kind: \"citizen-id-kard\"",
    );
    let pack = copy.load();
    assert_eq!(
        problems_of(&pack, "second-morning"),
        vec![format!(
            "{}meta.requires: requires `first-morning`, which does not load (see its own problems)\n  hint: fix `first-morning` first; this scenario unlocks after it",
            copy.at("second-morning/scenario.ron", 12, 24)
        )]
    );
    assert_eq!(
        problems_of(&pack, "third-morning"),
        vec![format!(
            "{}meta.requires: requires `second-morning`, which does not load (see its own problems)\n  hint: fix `second-morning` first; this scenario unlocks after it",
            copy.at("third-morning/scenario.ron", 12, 24)
        )]
    );
    assert!(
        problems_of(&pack, "first-morning")
            .iter()
            .all(|p| !p.contains("requires")),
        "{:?}",
        problems_of(&pack, "first-morning")
    );
}

/// Inserts `block` (fields of the scenario) before `tests:`.
fn add_fields(copy: &Copy, block: &str) {
    copy.edit(SCENARIO, "    tests: (", &format!("{block}\n    tests: ("));
}

fn items(pack: &Pack) -> Vec<String> {
    pack.problems()
        .iter()
        .map(|p| format!("{}: {}", p.item.clone().unwrap_or_default(), p.message))
        .collect()
}

#[test]
fn rubric_weights_are_bounded_and_summed_without_wrapping() {
    let copy = Copy::new();
    // 4294967295 + 101 wraps to 100 in u32.
    add_fields(
        &copy,
        "    rubric: (intake: 4294967295, digitization: 101, compliance: 0, guidance: 0, service: 0),",
    );
    assert_eq!(
        items(&copy.load()),
        vec![
            "rubric.intake: rubric weight intake is 4294967295; each weight is 0 to 100",
            "rubric.digitization: rubric weight digitization is 101; each weight is 0 to 100",
            "rubric: rubric weights sum to 4294967396, not 100",
        ]
    );
}

const EXISTING: &str = r#"    existing_dossiers: [
        (code: "H99-0001", procedure: "residence-confirmation", applicant: "nguyen-thi-lan",
         channel: Counter, status: Processing, received: "2026-03-09T08:00:00", paid: true),
    ],"#;

fn delay(extra_days: &str) -> String {
    format!(
        r#"{EXISTING}
    department_events: [
        (at: "07:40", dossier: "H99-0001", kind: Delay(reason: (vi: "Cần xác minh", en: "Needs checking"), extra_days: {extra_days})),
    ],"#
    )
}

#[test]
fn a_delay_of_years_is_rejected_and_the_largest_allowed_one_plays() {
    let copy = Copy::new();
    add_fields(&copy, &delay("4294967295"));
    assert_eq!(
        items(&copy.load()),
        vec![
            "department_events[0]: a delay of 4294967295 extra working days is not realistic; at most 365"
        ]
    );
    let copy = Copy::new();
    add_fields(&copy, &delay("365"));
    let pack = copy.load();
    assert!(pack.problems().is_empty(), "{:?}", printed(&pack));
    let scenario = Arc::new(pack.loaded()[0].clone());
    let (shift, _) =
        motcua::expert::play(scenario, 42, Mode::Practice).expect("the expert plays it");
    let d = &shift.portal.dossiers["H99-0001"];
    let (_, new_date) = d.apology.expect("the expert apologised");
    let due = d.due.expect("a due moment").date();
    // 365 working days is more than a year later.
    assert!((new_date - due).num_days() > 365, "{due} → {new_date}");
    let report = motcua::score::grade(&shift);
    assert!((0.0..=100.0).contains(&report.total));
}

#[test]
fn a_generated_block_that_is_not_a_number_is_a_problem_not_a_panic() {
    for (difficulty, shown) in [("NaN", "NaN"), ("inf", "inf"), ("-1.0", "-1")] {
        let copy = Copy::new();
        add_fields(
            &copy,
            &format!(
                r#"    generated: Some((count: 3, from: "08:00", until: "09:00", difficulty: {difficulty},
        templates: [(procedure: "residence-confirmation", personas: ["nguyen-thi-lan"])])),"#
            ),
        );
        assert_eq!(
            items(&copy.load()),
            vec![format!(
                "generated.difficulty: difficulty is {shown}; it is a number from 0.0 to 1.0"
            )]
        );
    }
}

#[test]
fn counts_copies_and_weights_are_bounded() {
    let copy = Copy::new();
    add_fields(
        &copy,
        r#"    generated: Some((count: 4294967295, from: "08:00", until: "09:00", difficulty: 0.5,
        templates: [(procedure: "residence-confirmation", weight: 4294967295, copies: 4294967295,
                     personas: ["nguyen-thi-lan"], defects: [(Expired, 4294967295)])])),"#,
    );
    copy.edit(
        SCENARIO,
        "Submit(procedure: \"residence-confirmation\")",
        "Submit(procedure: \"residence-confirmation\", copies: 4294967295)",
    );
    assert_eq!(
        items(&copy.load()),
        vec![
            "arrivals[c1]: 4294967295 copies asked; at most 10",
            "generated.count: 4294967295 generated arrivals asked; at most 400",
            "generated.templates[0]: template weight 4294967295 is above 1000",
            "generated.templates[0]: 4294967295 copies asked; at most 10",
            "generated.templates[0]: defect `expired` has weight 4294967295, above 1000",
        ]
    );
}

#[test]
fn shared_numbers_are_bounded_with_their_position() {
    let copy = Copy::new();
    copy.edit(
        PROCEDURE,
        "processing_days: 2",
        "processing_days: 4294967295",
    );
    copy.edit(PROCEDURE, "fee: Free", "fee: PerPage(first_price: 18446744073709551615, first_pages: 4294967295, later_price: 1, cap_per_copy: 5)");
    copy.edit(PERSONA, "patience_minutes: 45", "patience_minutes: 0");
    let pack = copy.load();
    let text = |rel: &str, needle: &str| {
        let source = copy.read(rel);
        let offset = source.find(needle).expect("present");
        let line = source[..offset].matches('\n').count() + 1;
        let col = source[..offset]
            .rsplit('\n')
            .next()
            .map_or(0, |l| l.chars().count())
            + 1;
        copy.at(rel, line, col)
    };
    let problems: Vec<String> = pack
        .catalog_problems
        .iter()
        .map(Problem::to_string)
        .collect();
    assert_eq!(
        problems,
        vec![
            format!(
                "{}processing_days: processing_days is 4294967295; it is at most 365",
                text(PROCEDURE, "processing_days")
            ),
            format!(
                "{}fee.first_pages: first_pages is 4294967295; it is at most 1000",
                text(PROCEDURE, "first_pages")
            ),
            format!(
                "{}fee.first_price: fee first_price is 18446744073709551615 đồng; it is at most 10000000",
                text(PROCEDURE, "first_price:")
            ),
            format!(
                "{}patience_minutes: patience_minutes is 0; it must be 1 to 480",
                text(PERSONA, "patience_minutes")
            ),
        ]
    );
}

#[test]
fn a_shift_outside_the_calendar_data_is_named() {
    let copy = Copy::new();
    let calendar = "shared/calendars/vn-civil-service.ron";
    copy.edit(
        calendar,
        "    days_off: [",
        "    covers: Some((\"2026-01-01\", \"2026-02-28\")),\n    days_off: [",
    );
    let problems = printed(&copy.load());
    assert!(
        problems.iter().any(|p| p.contains(
            "2026-03-10 is outside 2026-01-01 – 2026-02-28, the dates for which calendar `vn-civil-service` lists every day off"
        ) && p.contains("hint: add that year's days off")),
        "{problems:?}"
    );
    copy.edit(
        calendar,
        "\"2026-01-01\", \"2026-02-28\"",
        "\"2026-12-31\", \"2026-01-01\"",
    );
    let problems = printed(&copy.load());
    assert!(
        problems
            .iter()
            .any(|p| p.contains("covers 2026-12-31 – 2026-01-01: the first date is after the last")),
        "{problems:?}"
    );
}

#[test]
fn a_fault_response_that_cannot_apply_is_named_with_the_ones_that_can() {
    let copy = Copy::new();
    copy.edit(
        SCENARIO,
        "    tests: (",
        "    faults: [(at: \"08:00\", kind: ScannerJam, expected: [RestartComputer])],\n    tests: (",
    );
    let problems = printed(&copy.load());
    assert!(
        problems.iter().any(|p| p.contains(
            "faults[0]: RestartComputer does not apply to ScannerJam: the clerk could never give it"
        ) && p
            .contains("hint: ScannerJam allows ClearScannerJam, ReportToHelpdesk, InformQueue")),
        "{problems:?}"
    );
}

#[test]
fn a_scripted_arrival_may_not_take_a_generated_citizens_id() {
    let copy = Copy::new();
    copy.edit(SCENARIO, "id: \"c2\"", "id: \"g1\"");
    copy.edit(
        SCENARIO,
        "    tests: (",
        "    generated: Some((count: 1, from: \"08:00\", until: \"09:00\", difficulty: 0.0, templates: [(procedure: \"residence-confirmation\", personas: [\"nguyen-thi-lan\"])])),\n    tests: (",
    );
    let problems = printed(&copy.load());
    assert!(
        problems.iter().any(
            |p| p.contains("arrival id `g1` is of the form generated citizens get (g0, g1, …)")
        ),
        "{problems:?}"
    );
}
