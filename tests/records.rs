//! The records layer: journal crash safety, result files, seal, verification by
//! re-simulation, folder grading and the CSV export. Uses `tests/fixtures/mini-pack`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use motcua::record::journal::{Journal, JournalHeader, recover, resume};
use motcua::record::result::{ResultBody, decode_result, encode_result, read_result, write_body};
use motcua::record::verify::{ScenarioSource, csv_text, grade_folder, verify_bytes, verify_file};
use motcua::record::{
    Difference, Note, Outcome, RecordError, ScoreField, SourceError, sha256_hex, temp_path,
    write_result,
};
use motcua::scenario::Scenario;
use motcua::scenario::load::{content_hash, open_scenario, read_ron};
use motcua::score::grade;
use motcua::sim::{Action, Shift};

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
    let verify_body = |body: &ResultBody| {
        let text = encode_result(label, body).expect("encoded");
        verify_bytes(label, text.as_bytes(), &src)
    };

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

    // 5. A genuine run recorded by another engine version is authentic, with a note.
    let mut other_engine = body.clone();
    other_engine.engine = "motcua-engine/0.0.9/1".into();
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
        "file,trainee,scenario,score,authentic,critical_errors,differences,stored_score,notes"
    );
    assert_eq!(
        lines[1],
        format!(
            "a.motcua,\"'=HYPERLINK(\"\"x\"\")\",first-morning,{careless_total:.1},yes,accepted-defective,,{careless_total:.1},"
        )
    );
    assert_eq!(
        lines[2],
        format!(
            "b.motcua,\"Nguyễn \"\"Bé\"\", lớp 2\",first-morning,{expert_total:.1},yes,,,{expert_total:.1},"
        )
    );
    assert_eq!(
        lines[3],
        format!(
            "c.motcua,Trần D,first-morning,,no,,seal check failed: the content does not match its seal: the file was changed after it was written,{expert_total:.1},"
        )
    );
    assert_eq!(lines[4], "", "CRLF after the last row");
    assert_eq!(lines.len(), 5);

    // An unreadable folder is an error, not an empty grade sheet.
    assert!(grade_folder(&dir.path().join("missing"), &source(), 0).is_err());
}
