//! The records layer: journal crash safety, result files, seal, verification by
//! re-simulation, folder grading and the CSV export. Uses `tests/fixtures/mini-pack`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use motcua::record::csv_text;
use motcua::record::journal::{Journal, JournalHeader, recover, resume};
use motcua::record::result::{ResultBody, decode_result, encode_result, read_result, write_body};
use motcua::record::verify::{
    ScenarioSource, VerifyReport, grade_folder, verify_bytes, verify_file,
};
use motcua::record::{
    Difference, MAX_RECORD_BYTES, Note, Outcome, RecordError, ScoreField, SealProblem, SourceError,
    sha256_hex, temp_path, write_result,
};
use motcua::scenario::Scenario;
use motcua::scenario::load::{content_hash, open_scenario, read_ron};
use motcua::score::grade;
use motcua::sim::{Action, ActionError, ENGINE_VERSION, MAX_ACTIONS_PER_SHIFT, Shift};

mod common;
use common::copy_dir;

fn pack() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini-pack")
}

fn scenario() -> Arc<Scenario> {
    let dir = pack().join("first-morning");
    match open_scenario(&dir) {
        Ok(s) => Arc::new(s),
        Err(problems) => panic!("fixture does not load:\n{problems}"),
    }
}

fn script(name: &str) -> Vec<Action> {
    read_ron(&pack().join("first-morning").join(name)).expect("fixture script parses")
}

fn source() -> ScenarioSource {
    ScenarioSource::from_scenarios([scenario()])
}

fn play(scenario: &Arc<Scenario>, actions: &[Action]) -> Shift {
    let mut shift = Shift::new(scenario.clone(), 42, motcua::scenario::Mode::Practice);
    for (i, a) in actions.iter().enumerate() {
        if let Err(e) = shift.apply(a.clone()) {
            panic!("action {i} ({}) failed: {e}", a.name());
        }
    }
    shift
}

/// Writes a journal of `actions` (applied one by one, as the app does).
fn journal_of(path: &Path, scenario: &Arc<Scenario>, actions: &[Action]) -> (Shift, Journal) {
    let mut shift = Shift::new(scenario.clone(), 42, motcua::scenario::Mode::Practice);
    let header = JournalHeader::for_shift(&shift, "Lê Văn Học", Some("K12"));
    let mut journal = Journal::create(path, &header).expect("journal created");
    for a in actions {
        shift.apply(a.clone()).expect("action applies");
        journal.append(a).expect("appended");
    }
    (shift, journal)
}

/// Replaces the seal of a file's text (as a forger who knows the format would).
fn reseal(text: &str) -> String {
    let body_end = text
        .trim_end_matches('\n')
        .rfind('\n')
        .expect("has a seal line")
        + 1;
    let sealed = &text[..body_end];
    format!("{sealed}SEAL {}\n", sha256_hex(sealed.as_bytes()))
}

fn expert_result() -> (Shift, ResultBody, String) {
    let s = scenario();
    let shift = play(&s, &script("expert.ron"));
    let body = ResultBody::from_shift(&shift, "Lê Văn Học", Some("K12")).expect("body");
    let text = encode_result(Path::new("expert.motcua"), &body).expect("encoded");
    (shift, body, text)
}

/// Encodes `body` as the result file `label` and verifies those bytes.
fn verify_encoded(label: &Path, body: &ResultBody, source: &ScenarioSource) -> VerifyReport {
    let text = encode_result(label, body).expect("encoded");
    verify_bytes(label, text.as_bytes(), source)
}

#[test]
fn journal_round_trip_and_resume_reproduce_fingerprint_and_score() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("shift.journal");
    let s = scenario();
    let actions = script("expert.ron");
    let (shift, journal) = journal_of(&path, &s, &actions);
    assert_eq!(journal.len(), actions.len());

    let text = std::fs::read_to_string(&path).expect("readable");
    assert_eq!(
        text.lines().count(),
        actions.len() + 1,
        "header + one line per action"
    );
    assert!(text.ends_with('\n'));

    let recovered = recover(&path).expect("recovers");
    assert_eq!(recovered.actions, actions);
    assert_eq!(recovered.dropped_tail, None);
    assert_eq!(recovered.header.trainee, "Lê Văn Học");
    assert_eq!(recovered.chain, journal.chain());

    let (resumed, _) = resume(&path, s).expect("resumes");
    assert_eq!(resumed.fingerprint(), shift.fingerprint());
    assert_eq!(grade(&resumed), grade(&shift));

    // The result file of the same run ends on the same chain hash as the journal.
    let body = ResultBody::from_shift(&shift, "Lê Văn Học", Some("K12")).expect("body");
    assert_eq!(body.chain, journal.chain());
}

#[test]
fn a_torn_last_line_is_dropped_and_the_shift_resumes_at_the_previous_action() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("shift.journal");
    let s = scenario();
    let actions = script("expert.ron");
    let (first, rest) = actions.split_at(10);
    let (shift_at_10, journal) = journal_of(&path, &s, first);
    drop(journal);

    // Power cut in the middle of writing action 10.
    let mut bytes = std::fs::read(&path).expect("readable");
    let intact = bytes.len() as u64;
    bytes.extend_from_slice(b"10\t0123abcd\tAsk(quest");
    std::fs::write(&path, &bytes).expect("writable");

    let recovered = recover(&path).expect("a torn tail is not an error");
    assert_eq!(recovered.actions, first);
    let note = recovered.dropped_tail.expect("the torn line is reported");
    assert!(note.contains(":12:"), "{note}");
    let (resumed, _) = resume(&path, s.clone()).expect("resumes");
    assert_eq!(resumed.fingerprint(), shift_at_10.fingerprint());

    // Continue the shift: the torn tail is cut off, new lines chain on.
    let mut journal = Journal::open_existing(&path).expect("reopens");
    assert_eq!(journal.len(), 10);
    assert_eq!(
        std::fs::metadata(&path).expect("exists").len(),
        intact,
        "the file is cut back to its intact part"
    );
    let mut shift = resumed;
    for a in rest {
        shift.apply(a.clone()).expect("applies");
        journal.append(a).expect("appends");
    }
    let recovered = recover(&path).expect("clean again");
    assert_eq!(recovered.dropped_tail, None);
    assert_eq!(recovered.actions, actions);
    let full = play(&s, &actions);
    let (resumed, _) = resume(&path, s).expect("resumes");
    assert_eq!(resumed.fingerprint(), full.fingerprint());
}

#[test]
fn a_complete_last_line_with_a_bad_hash_is_dropped_too() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("shift.journal");
    let actions = script("expert.ron");
    journal_of(&path, &scenario(), &actions[..5]);
    let mut text = std::fs::read_to_string(&path).expect("readable");
    text.push_str(&format!("5\t{}\tDismiss\n", "0".repeat(64)));
    std::fs::write(&path, text).expect("writable");
    let recovered = recover(&path).expect("recovers");
    assert_eq!(recovered.actions, &actions[..5]);
    let note = recovered.dropped_tail.expect("reported");
    assert!(note.contains("chain hash"), "{note}");
}

#[test]
fn cutting_the_journal_at_any_byte_recovers_a_prefix() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("shift.journal");
    let actions = script("expert.ron");
    journal_of(&path, &scenario(), &actions);
    let bytes = std::fs::read(&path).expect("readable");
    let header_len = bytes.iter().position(|b| *b == b'\n').expect("header") + 1;
    let cut_path = dir.path().join("cut.journal");
    for len in header_len..=bytes.len() {
        std::fs::write(&cut_path, &bytes[..len]).expect("writable");
        let recovered = match recover(&cut_path) {
            Ok(r) => r,
            Err(e) => panic!("cut at {len}: {e}"),
        };
        let complete_lines = bytes[header_len..len]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        assert_eq!(
            recovered.actions,
            &actions[..complete_lines],
            "cut at {len}"
        );
        let at_boundary = bytes[len - 1] == b'\n';
        assert_eq!(
            recovered.dropped_tail.is_some(),
            !at_boundary,
            "cut at {len}"
        );
    }
}

#[test]
fn a_corrupt_middle_line_is_an_error_naming_the_file_and_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("shift.journal");
    journal_of(&path, &scenario(), &script("expert.ron"));
    let text = std::fs::read_to_string(&path).expect("readable");
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    // Line 3 is action 1: `Ask(question:Purpose)` → another question.
    assert!(lines[2].ends_with("Ask(question:Purpose)"), "{}", lines[2]);
    lines[2] = lines[2].replace("Purpose", "Residence");
    std::fs::write(&path, lines.join("\n") + "\n").expect("writable");
    match recover(&path) {
        Err(e @ RecordError::Corrupt { line: 3, .. }) => {
            let shown = e.to_string();
            assert!(shown.contains("shift.journal:3:"), "{shown}");
        }
        other => panic!("expected a corrupt line 3, got {other:?}"),
    }
    // A broken header is an error too.
    std::fs::write(&path, "(format:1,\n").expect("writable");
    assert!(matches!(
        recover(&path),
        Err(RecordError::Corrupt { line: 1, .. })
    ));
}

#[test]
fn a_journal_is_never_overwritten() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("shift.journal");
    let (shift, _journal) = journal_of(&path, &scenario(), &[]);
    let header = JournalHeader::for_shift(&shift, "x", None);
    assert!(matches!(
        Journal::create(&path, &header),
        Err(RecordError::Io { .. })
    ));
}

#[test]
fn resume_refuses_a_changed_scenario_and_a_log_that_no_longer_replays() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("shift.journal");
    let actions = script("expert.ron");
    journal_of(&path, &scenario(), &actions);
    let mut changed = (*scenario()).clone();
    changed.file.shift.minutes += 1;
    changed.content_hash = content_hash(&changed.file, &changed.catalog);
    match resume(&path, Arc::new(changed)) {
        Err(RecordError::ScenarioMismatch { message, .. }) => {
            assert!(message.contains("changed since this run"), "{message}")
        }
        other => panic!("expected a scenario mismatch, got {:?}", other.map(|_| ())),
    }

    // A journal whose chain is intact but whose action cannot apply (forged with the
    // public chain algorithm) fails on replay, naming the line.
    let forged = dir.path().join("forged.journal");
    let mut shift = Shift::new(scenario(), 42, motcua::scenario::Mode::Practice);
    let header = JournalHeader::for_shift(&shift, "x", None);
    let mut journal = Journal::create(&forged, &header).expect("created");
    journal.append(&Action::CallNext).expect("appended");
    shift.apply(Action::CallNext).expect("applies");
    journal.append(&Action::CallNext).expect("appended");
    match resume(&forged, scenario()) {
        Err(RecordError::Replay {
            line: 3, index: 1, ..
        }) => {}
        other => panic!(
            "expected a replay error on line 3, got {:?}",
            other.map(|_| ())
        ),
    }
}

#[test]
fn result_file_round_trip_and_verification() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("expert.motcua");
    let s = scenario();
    let shift = play(&s, &script("expert.ron"));
    let written = write_result(&path, &shift, "Lê Văn Học", Some("K12")).expect("written");
    let read = read_result(&path).expect("read back");
    assert_eq!(read, written);
    assert_eq!(read.actions, script("expert.ron"));
    assert_eq!(read.fingerprint, shift.fingerprint());
    assert_eq!(read.score, grade(&shift));
    assert!(
        read.score.total >= 95.0,
        "expert path scores {}",
        read.score.total
    );

    let text = std::fs::read_to_string(&path).expect("text");
    assert!(text.starts_with("MOTCUA-RESULT 1\n("));
    let last = text.lines().last().expect("lines");
    assert!(last.starts_with("SEAL ") && last.len() == 69, "{last}");

    let report = verify_file(&path, &source());
    assert!(report.authentic, "{:?}", report.differences);
    assert_eq!(report.trainee, "Lê Văn Học");
    assert_eq!(report.scenario_id, "first-morning");
    assert_eq!(report.stored_total, report.recomputed_total);
    assert!(report.notes.is_empty(), "{:?}", report.notes);

    // The careless path raises its critical error, and that survives the round trip.
    let careless = play(&s, &script("careless.ron"));
    let path = dir.path().join("careless.motcua");
    write_result(&path, &careless, "B", None).expect("written");
    let report = verify_file(&path, &source());
    assert!(report.authentic, "{:?}", report.differences);
    assert_eq!(
        report.critical_errors,
        vec!["accepted-defective".to_owned()]
    );
}

#[test]
fn every_flipped_byte_makes_verification_fail() {
    let (_, _, text) = expert_result();
    let bytes = text.into_bytes();
    let src = source();
    let label = Path::new("x.motcua");
    assert!(verify_bytes(label, &bytes, &src).authentic);
    for i in 0..bytes.len() {
        for mask in [0x01u8, 0x20, 0x80] {
            if mask != 0x01 && i % 7 != 0 {
                continue; // every position with one bit, a dense sample with the others
            }
            let mut flipped = bytes.clone();
            flipped[i] ^= mask;
            let report = verify_bytes(label, &flipped, &src);
            assert!(
                !report.authentic && !report.differences.is_empty(),
                "flipping byte {i} with {mask:#04x} went unnoticed"
            );
        }
    }
    // Cutting the file short or adding a byte is caught as well.
    for cut in [bytes.len() - 1, bytes.len() / 2, 0] {
        assert!(!verify_bytes(label, &bytes[..cut], &src).authentic);
    }
    let mut longer = bytes.clone();
    longer.push(b'\n');
    assert!(!verify_bytes(label, &longer, &src).authentic);
}

#[test]
fn an_edited_and_resealed_log_is_caught_by_re_simulation() {
    let (_, body, _) = expert_result();
    let src = source();
    let label = Path::new("edited.motcua");
    let verify_body = |body: &ResultBody| verify_encoded(label, body, &src);

    // 1. A forger edits the appointment date, recomputes the chain and reseals, keeping the
    //    stored fingerprint and score: the replay tells.
    let mut edited = body.clone();
    let receipt = edited
        .actions
        .iter_mut()
        .find_map(|a| match a {
            Action::IssueReceipt { appointment, .. } => Some(appointment),
            _ => None,
        })
        .expect("the expert issues a receipt");
    *receipt = receipt.succ_opt().expect("a date");
    edited.chain = edited.compute_chain(label).expect("chain");
    let report = verify_body(&edited);
    assert_eq!(report.outcome(), Outcome::NotAuthentic);
    assert_eq!(
        report.differences[0],
        Difference::FingerprintMismatch {
            outside_scenario: vec![]
        }
    );
    let Difference::ScoreMismatch(fields) = &report.differences[1] else {
        panic!("expected a score mismatch: {:?}", report.differences);
    };
    assert_eq!(fields[0].field, "total");
    assert_eq!(fields[0].stored, body.score.total.to_string());
    assert!(
        fields.iter().any(|f| f.field == "critical errors"
            && f.stored == "[]"
            && f.recomputed == "[wrong-deadline]"),
        "{fields:?}"
    );
    assert_eq!(report.critical_errors, vec!["wrong-deadline".to_owned()]);

    // 2. Editing the log without fixing the chain is named as such.
    let mut edited = body.clone();
    edited.actions.pop();
    let report = verify_body(&edited);
    assert!(
        report.differences.contains(&Difference::ChainEdited),
        "{:?}",
        report.differences
    );

    // 3. An action that cannot have happened names its index.
    let mut edited = body.clone();
    edited.actions.insert(
        3,
        Action::ReturnResult {
            dossier: "000.00.00.H99-260310-0099".into(),
        },
    );
    edited.chain = edited.compute_chain(label).expect("chain");
    let report = verify_body(&edited);
    assert!(!report.authentic);
    assert!(
        matches!(
            &report.differences[..],
            [Difference::ActionNotReplayable {
                index: 3,
                action: "return-result",
                ..
            }]
        ),
        "{:?}",
        report.differences
    );
    assert!(
        report.differences[0]
            .to_string()
            .starts_with("action 3 (return-result) cannot be replayed: "),
        "{}",
        report.differences[0]
    );

    // 4. Inflating a careless score and resealing the text by hand.
    let s = scenario();
    let careless = play(&s, &script("careless.ron"));
    let body = ResultBody::from_shift(&careless, "B", None).expect("body");
    let text = encode_result(label, &body).expect("encoded");
    let real = body.score.total;
    assert!(real < 100.0, "the careless path loses points");
    let inflated = reseal(&text.replacen(
        &format!("    score: (\n        total: {real:?},"),
        "    score: (\n        total: 100.0,",
        1,
    ));
    assert_ne!(inflated, text, "the edit applies");
    assert!(
        decode_result(label, inflated.as_bytes()).is_ok(),
        "the reseal is valid"
    );
    let report = verify_bytes(label, inflated.as_bytes(), &src);
    assert!(!report.authentic);
    assert_eq!(report.stored_total, Some(100.0));
    assert_eq!(report.recomputed_total, Some(real));
    let expected = ScoreField {
        field: "total".into(),
        stored: "100".into(),
        recomputed: real.to_string(),
    };
    match &report.differences[..] {
        [Difference::ScoreMismatch(fields)] => assert_eq!(fields[0], expected),
        other => panic!("expected only a score mismatch, got {other:?}"),
    }
    assert_eq!(
        report.differences[0].to_string(),
        format!(
            "the stored score is not what these actions earn: total: stored 100, recomputed {real}"
        )
    );

    // 5. A genuine run recorded by another build of a ranked engine generation is
    // authentic, with a note.
    let mut other_engine = body.clone();
    other_engine.engine = "motcua-engine/0.0.9/4".into();
    other_engine.chain = other_engine.compute_chain(label).expect("chain");
    let report = verify_body(&other_engine);
    assert!(report.authentic, "{:?}", report.differences);
    assert_eq!(report.notes.len(), 1);
}

#[test]
fn a_changed_or_missing_scenario_is_reported() {
    let (_, body, text) = expert_result();
    let mut changed = (*scenario()).clone();
    changed.file.shift.minutes += 30;
    changed.content_hash = content_hash(&changed.file, &changed.catalog);
    let src = ScenarioSource::from_scenarios([Arc::new(changed)]);
    let report = verify_bytes(Path::new("a.motcua"), text.as_bytes(), &src);
    assert!(!report.authentic);
    assert!(
        matches!(report.differences[..], [Difference::ScenarioChanged { .. }]),
        "{:?}",
        report.differences
    );
    assert!(
        report.differences[0]
            .to_string()
            .starts_with("scenario changed since this run (file "),
        "{}",
        report.differences[0]
    );
    assert_eq!(report.trainee, body.trainee);

    let empty = ScenarioSource::from_scenarios([]);
    let report = verify_bytes(Path::new("a.motcua"), text.as_bytes(), &empty);
    assert_eq!(
        report.differences,
        [Difference::Scenario(SourceError::ScenarioNotFound {
            id: "first-morning".into(),
            root: None
        })]
    );
    assert_eq!(report.outcome(), Outcome::NotChecked);

    // Loading from a pack root works the same way.
    let report = verify_bytes(
        Path::new("a.motcua"),
        text.as_bytes(),
        &ScenarioSource::new(pack()),
    );
    assert!(report.authentic, "{:?}", report.differences);
}

#[test]
fn parse_errors_carry_the_file_line_and_column() {
    let (_, _, text) = expert_result();
    // Line 6 of the file is `    seed: 42,` (the body starts on line 2).
    assert_eq!(text.lines().nth(5), Some("    seed: 42,"));
    let broken = reseal(&text.replacen("    seed: 42,", "    seed: forty,", 1));
    match decode_result(Path::new("run.motcua"), broken.as_bytes()) {
        Err(e @ RecordError::Parse { line: 6, col, .. }) => {
            assert!(col > 1);
            assert!(e.to_string().starts_with("run.motcua:6:"), "{e}");
        }
        other => panic!("expected a parse error on line 6, got {other:?}"),
    }
    match decode_result(Path::new("x"), b"hello\n") {
        Err(e @ RecordError::NotAResultFile { .. }) => assert_eq!(
            e.to_string(),
            "x: not a Một Cửa result file (it must start with `MOTCUA-RESULT 1`)"
        ),
        other => panic!("expected `not a result file`, got {other:?}"),
    }
    let future = reseal(&text.replacen("MOTCUA-RESULT 1\n", "MOTCUA-RESULT 2\n", 1));
    match decode_result(Path::new("x"), future.as_bytes()) {
        Err(e @ RecordError::UnsupportedFormat { .. }) => assert_eq!(
            e.to_string(),
            "x: result format `2` is not supported (this build reads `MOTCUA-RESULT 1`)"
        ),
        other => panic!("expected an unsupported format, got {other:?}"),
    }
}

#[test]
fn the_temporary_file_never_remains() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("run.motcua");
    let (shift, body, _) = expert_result();
    // A stale temporary file from an earlier crash is replaced, then renamed away.
    std::fs::write(temp_path(&path), b"stale").expect("writable");
    write_result(&path, &shift, "Lê Văn Học", Some("K12")).expect("written");
    assert!(path.is_file());
    assert!(!temp_path(&path).exists());
    // Writing again replaces the file atomically.
    write_body(&path, &body).expect("rewritten");
    assert!(!temp_path(&path).exists());
    assert_eq!(read_result(&path).expect("readable"), body);

    // A failure is a clean error naming the path, and leaves nothing behind.
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, b"x").expect("writable");
    let bad = blocker.join("run.motcua");
    match write_body(&bad, &body) {
        Err(e @ RecordError::Io { .. }) => {
            assert!(e.to_string().contains("not-a-folder"), "{e}")
        }
        other => panic!("expected an I/O error, got {other:?}"),
    }
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .expect("listable")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let mut left = left;
    left.sort();
    assert_eq!(
        left,
        vec!["not-a-folder".to_owned(), "run.motcua".to_owned()]
    );
}

#[test]
fn grade_folder_gives_sorted_rows_and_a_quoted_csv() {
    let dir = tempfile::tempdir().expect("tempdir");
    let s = scenario();
    let expert = play(&s, &script("expert.ron"));
    let careless = play(&s, &script("careless.ron"));
    write_result(
        &dir.path().join("b.motcua"),
        &expert,
        "Nguyễn \"Bé\", lớp 2",
        None,
    )
    .expect("written");
    write_result(
        &dir.path().join("a.motcua"),
        &careless,
        "=HYPERLINK(\"x\")",
        None,
    )
    .expect("written");
    write_result(&dir.path().join("c.motcua"), &expert, "Trần C", None).expect("written");
    let c = dir.path().join("c.motcua");
    let tampered = std::fs::read_to_string(&c)
        .expect("readable")
        .replacen("Trần C", "Trần D", 1);
    std::fs::write(&c, tampered).expect("writable");
    std::fs::write(dir.path().join("notes.txt"), "not a result").expect("writable");

    let reports = grade_folder(dir.path(), &source(), 2).expect("graded");
    let names: Vec<_> = reports
        .iter()
        .map(|r| {
            r.file
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(names, ["a.motcua", "b.motcua", "c.motcua"]);
    assert!(reports[0].authentic && reports[1].authentic && !reports[2].authentic);
    assert_eq!(reports[2].trainee, "Trần D", "what the broken file claims");
    assert_eq!(reports[2].score(), None, "no grade for a broken file");

    // Same rows whatever the thread count.
    assert_eq!(
        grade_folder(dir.path(), &source(), 1).expect("graded"),
        reports
    );

    let (careless_total, expert_total) = (grade(&careless).total, grade(&expert).total);
    let csv = csv_text(&reports);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "file,trainee,scenario,score,result,authentic,critical_errors,differences,stored_score,notes"
    );
    assert_eq!(
        lines[1],
        format!(
            "a.motcua,\"'=HYPERLINK(\"\"x\"\")\",first-morning,{careless_total:.1},not passed,yes,accepted-defective,,{careless_total:.1},"
        )
    );
    assert_eq!(
        lines[2],
        format!(
            "b.motcua,\"Nguyễn \"\"Bé\"\", lớp 2\",first-morning,{expert_total:.1},passed,yes,,,{expert_total:.1},"
        )
    );
    assert_eq!(
        lines[3],
        format!(
            "c.motcua,Trần D,first-morning,,,no,,seal check failed: the content does not match its seal: the file was changed after it was written,{expert_total:.1},"
        )
    );
    assert_eq!(lines[4], "", "CRLF after the last row");
    assert_eq!(lines.len(), 5);

    // An unreadable folder is an error, not an empty grade sheet.
    assert!(grade_folder(&dir.path().join("missing"), &source(), 0).is_err());
}

#[test]
fn a_result_with_crlf_line_ends_is_read_as_written_with_a_note() {
    let (_, body, text) = expert_result();
    let label = Path::new("mailed.motcua");
    let crlf = text.replace('\n', "\r\n");
    assert_eq!(
        decode_result(label, crlf.as_bytes()).expect("readable"),
        body
    );
    let report = verify_bytes(label, crlf.as_bytes(), &source());
    assert!(report.authentic, "{:?}", report.differences);
    assert_eq!(report.notes, [Note::LineEndsConverted]);
    assert!(
        report.notes[0].to_string().contains("converted to CRLF"),
        "{}",
        report.notes[0]
    );

    // A CR that is not part of a line end is an edit like any other.
    let stray = text.replacen("    seed: 42,", "    seed: 4\r2,", 1);
    assert_ne!(stray, text);
    let report = verify_bytes(label, stray.as_bytes(), &source());
    assert_eq!(
        report.differences,
        [Difference::SealBroken(SealProblem::Mismatch)]
    );
}

#[test]
fn a_journal_with_crlf_line_ends_recovers_resumes_and_continues() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("shift.journal");
    let s = scenario();
    let actions = script("expert.ron");
    let (first, rest) = actions.split_at(10);
    let (_, journal) = journal_of(&path, &s, first);
    let chain = journal.chain().to_owned();
    drop(journal);
    let text = std::fs::read_to_string(&path).expect("readable");
    std::fs::write(&path, text.replace('\n', "\r\n")).expect("writable");

    let recovered = recover(&path).expect("recovers");
    assert_eq!(recovered.actions, first);
    assert_eq!(recovered.dropped_tail, None);
    assert_eq!(recovered.chain, chain);
    let (mut shift, _) = resume(&path, s.clone()).expect("resumes");
    let mut journal = Journal::open_existing(&path).expect("reopens");
    for a in rest {
        shift.apply(a.clone()).expect("applies");
        journal.append(a).expect("appends");
    }
    let recovered = recover(&path).expect("mixed line ends read too");
    assert_eq!(recovered.actions, actions);
    assert_eq!(shift.fingerprint(), play(&s, &actions).fingerprint());
}

#[test]
fn a_shift_holds_at_most_the_cap_of_actions_and_can_still_be_ended() {
    let mut shift = Shift::new(scenario(), 42, motcua::scenario::Mode::Practice);
    shift
        .apply(Action::CallNext)
        .expect("the first citizen comes");
    while shift.actions.len() < MAX_ACTIONS_PER_SHIFT - 1 {
        shift.apply(Action::Hint).expect("a hint at the counter");
    }
    assert_eq!(
        shift.apply(Action::Hint),
        Err(ActionError::TooManyActions(MAX_ACTIONS_PER_SHIFT))
    );
    assert_eq!(
        shift.actions.len(),
        MAX_ACTIONS_PER_SHIFT - 1,
        "nothing changed"
    );
    shift
        .apply(Action::EndShift)
        .expect("ending is always possible");
    assert_eq!(shift.actions.len(), MAX_ACTIONS_PER_SHIFT);
}

#[test]
fn a_log_longer_than_any_shift_is_refused_while_parsing() {
    let (_, body, _) = expert_result();
    let label = Path::new("long.motcua");
    let with_actions = |n: usize| {
        let mut long = body.clone();
        long.actions = vec![Action::Hint; n];
        long.chain = long.compute_chain(label).expect("chain");
        encode_result(label, &long).expect("encoded")
    };
    let report = verify_bytes(
        label,
        with_actions(MAX_ACTIONS_PER_SHIFT + 1).as_bytes(),
        &source(),
    );
    assert_eq!(
        report.differences,
        [Difference::TooManyActions {
            limit: MAX_ACTIONS_PER_SHIFT
        }]
    );
    assert_eq!(report.outcome(), Outcome::NotAuthentic);
    // At the cap the list is read, and the replay tells (a hint with nobody at the counter).
    let report = verify_bytes(
        label,
        with_actions(MAX_ACTIONS_PER_SHIFT).as_bytes(),
        &source(),
    );
    assert!(
        matches!(
            report.differences[..],
            [Difference::ActionNotReplayable { index: 0, .. }]
        ),
        "{:?}",
        report.differences
    );
}

#[test]
fn a_file_larger_than_any_record_is_refused_from_its_size() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.motcua");
    let file = std::fs::File::create(&path).expect("created");
    // Sparse: nothing is written, only the size is set.
    file.set_len(MAX_RECORD_BYTES + 1).expect("sized");
    drop(file);
    let report = verify_file(&path, &source());
    assert_eq!(
        report.differences,
        [Difference::FileTooLarge {
            size: MAX_RECORD_BYTES + 1,
            limit: MAX_RECORD_BYTES
        }]
    );
    assert!(matches!(recover(&path), Err(RecordError::TooLarge { .. })));
}

#[test]
fn another_engine_s_run_is_authentic_when_it_replays_and_not_checked_when_it_does_not() {
    let (_, body, _) = expert_result();
    let src = source();
    let label = Path::new("old.motcua");
    let verify_body = |body: &ResultBody| verify_encoded(label, body, &src);
    let old_engine = "motcua-engine/0.0.9/4".to_owned();

    // The rubric changed since: the stored score is another one, the log is genuine.
    let mut old = body.clone();
    old.engine = old_engine.clone();
    old.score.total -= 7.5;
    old.chain = old.compute_chain(label).expect("chain");
    let report = verify_body(&old);
    assert_eq!(
        report.outcome(),
        Outcome::Authentic,
        "{:?}",
        report.differences
    );
    assert_eq!(report.score(), Some(body.score.total), "today's score");
    assert_eq!(report.stored_total, Some(body.score.total - 7.5));
    assert_eq!(
        report.notes,
        [
            Note::OtherEngine {
                recorded: old_engine.clone(),
                current: ENGINE_VERSION.to_owned()
            },
            Note::Rescored {
                recorded: old_engine.clone(),
                stored: body.score.total - 7.5,
                current: body.score.total
            }
        ]
    );
    assert_eq!(
        report.notes[1].to_string(),
        format!(
            "its stored score {:.1} was computed by engine `{old_engine}`; today's rubric gives {:.1}",
            body.score.total - 7.5,
            body.score.total
        )
    );

    // The engine changed what the actions do: not checked, and no score.
    let mut moved = old.clone();
    moved.fingerprint = "0".repeat(64);
    let report = verify_body(&moved);
    assert_eq!(report.outcome(), Outcome::NotChecked);
    assert_eq!(report.score(), None);
    assert_eq!(
        report.differences,
        [Difference::EngineMismatch {
            recorded: old_engine.clone(),
            current: ENGINE_VERSION.to_owned(),
            failure: Box::new(Difference::FingerprintMismatch {
                outside_scenario: vec![]
            })
        }]
    );
    assert!(
        report.differences[0].to_string().starts_with(&format!(
            "recorded with engine `{old_engine}`, which this build"
        )),
        "{}",
        report.differences[0]
    );

    // An edited log stays an edit whatever the engine.
    let mut edited = moved.clone();
    edited.actions.pop();
    let report = verify_body(&edited);
    assert!(
        report.differences.contains(&Difference::ChainEdited),
        "{:?}",
        report.differences
    );
    assert_eq!(report.outcome(), Outcome::NotAuthentic);

    // The same file under this build's engine is plainly not authentic.
    let mut same = body.clone();
    same.fingerprint = "0".repeat(64);
    let report = verify_body(&same);
    assert_eq!(report.outcome(), Outcome::NotAuthentic);
    assert_eq!(
        report.differences,
        [Difference::FingerprintMismatch {
            outside_scenario: vec![]
        }]
    );
}

#[test]
fn a_broken_or_missing_pack_is_named_precisely() {
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = dir.path().join("pack");
    copy_dir(&pack(), &copy);
    let persona = copy.join("shared/personas/nguyen-thi-lan.ron");
    let text = std::fs::read_to_string(&persona).expect("readable");
    assert_eq!(text.lines().nth(8), Some("    smartphone: false,"));
    std::fs::write(&persona, text.replace("smartphone:", "smartfone:")).expect("writable");

    let src = ScenarioSource::new(&copy);
    let Err(e @ SourceError::PackDoesNotLoad { .. }) = src.get("first-morning") else {
        panic!("expected the pack not to load");
    };
    let SourceError::PackDoesNotLoad { problem, .. } = &e else {
        unreachable!()
    };
    assert_eq!(
        (problem.file.as_path(), problem.line),
        (persona.as_path(), Some(9))
    );
    let shown = e.to_string();
    let expected = format!(
        "the scenario pack {} does not load: {}:9:",
        copy.display(),
        persona.display()
    );
    assert!(shown.starts_with(&expected), "{shown}");
    assert!(!shown.contains('\n'), "one line: {shown}");
    assert_eq!(src.check(), Err(e));

    let nope = dir.path().join("nope");
    assert_eq!(
        ScenarioSource::new(&nope).check(),
        Err(SourceError::PackNotFound { root: nope.clone() })
    );
    let (_, _, text) = expert_result();
    let report = verify_bytes(
        Path::new("a.motcua"),
        text.as_bytes(),
        &ScenarioSource::new(&nope),
    );
    assert_eq!(report.outcome(), Outcome::NotChecked);
}

#[test]
fn editing_a_shared_file_the_scenario_does_not_use_keeps_its_results_verifiable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = dir.path().join("scenarios");
    copy_dir(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios")),
        &copy,
    );
    let tutorial = match open_scenario(&copy.join("tutorial-birth")) {
        Ok(s) => Arc::new(s),
        Err(e) => panic!("the tutorial loads: {e}"),
    };
    let actions = motcua::sim::read_script(&tutorial, "expert.ron").expect("shipped");
    let mut shift = Shift::new(tutorial, 1, motcua::scenario::Mode::Practice);
    for a in actions {
        shift.apply(a).expect("the expert path applies");
    }
    let result = dir.path().join("expert.motcua");
    write_result(&result, &shift, "Lê Văn Học", None).expect("written");

    // A procedure the tutorial never uses gets a new legal source note.
    let edit = |file: &Path| {
        let text = std::fs::read_to_string(file).expect("readable");
        let edited = text.replacen("source: \"", "source: \"(edited) ", 1);
        assert_ne!(edited, text, "{} has a source note", file.display());
        std::fs::write(file, edited).expect("writable");
    };
    edit(&copy.join("shared/procedures/land-dispute-mediation.ron"));
    let report = verify_file(&result, &ScenarioSource::new(&copy));
    assert!(report.authentic, "{:?}", report.differences);

    // The birth registration it uses: its results are now for another scenario.
    edit(&copy.join("shared/procedures/birth-registration.ron"));
    let report = verify_file(&result, &ScenarioSource::new(&copy));
    assert!(
        matches!(report.differences[..], [Difference::ScenarioChanged { .. }]),
        "{:?}",
        report.differences
    );
}

#[test]
fn results_of_an_engine_generation_before_perception_scoring_are_refused_not_ranked() {
    let (_, body, _) = expert_result();
    let src = source();
    let label = Path::new("old.motcua");
    let verify_body = |body: &ResultBody| verify_encoded(label, body, &src);
    for retired in [
        "motcua-engine/0.1.0/3",
        "motcua-engine/0.1.0/2",
        "motcua-engine/0.1.0/1",
        "motcua-engine/0.1.0",
    ] {
        let mut old = body.clone();
        old.engine = retired.to_owned();
        old.chain = old.compute_chain(label).expect("chain");
        let report = verify_body(&old);
        assert_eq!(report.outcome(), Outcome::NotChecked, "{retired}");
        assert_eq!(report.score(), None, "{retired}: never ranked");
        assert_eq!(report.standing, None);
        assert_eq!(
            report.differences,
            [Difference::EngineRetired {
                recorded: retired.to_owned(),
                current: ENGINE_VERSION.to_owned()
            }]
        );
        assert!(
            report.differences[0].to_string().starts_with(&format!(
                "recorded with engine `{retired}`, whose scores this version"
            )),
            "{}",
            report.differences[0]
        );
        // An edit of an old log is still an edit.
        let mut edited = old.clone();
        edited.actions.pop();
        let report = verify_body(&edited);
        assert_eq!(report.outcome(), Outcome::NotAuthentic, "{retired}");
        assert!(report.differences.contains(&Difference::ChainEdited));
    }
}
