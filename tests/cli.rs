//! The `motcua` binary end to end: validate, play → verify → grade.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod common;
use common::copy_dir;

fn motcua(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_motcua"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn pack() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini-pack")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 test paths")
}

#[test]
fn validate_accepts_the_fixture_pack_and_its_scenario() {
    let out = motcua(&["validate", s(&pack())]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("1 scenario, 1 procedure, 2 document kinds, 2 personas"),
        "{stdout}"
    );
    let out = motcua(&["validate", s(&pack().join("first-morning"))]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}

#[test]
fn validate_reports_file_line_and_column_on_a_broken_copy() {
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = dir.path().join("pack");
    copy_dir(&pack(), &copy);
    let persona = copy.join("shared/personas/nguyen-thi-lan.ron");
    let source = std::fs::read_to_string(&persona).expect("readable");
    assert_eq!(source.lines().nth(8), Some("    smartphone: false,"));
    std::fs::write(&persona, source.replace("smartphone:", "smartfone:")).expect("writable");

    let out = motcua(&["validate", s(&copy)]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let expected = format!("{}:9:", persona.display());
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(stderr.contains("hint:"), "{stderr}");

    // A semantic problem in the scenario itself is located too.
    std::fs::write(&persona, source).expect("restored");
    let scenario = copy.join("first-morning/scenario.ron");
    let source = std::fs::read_to_string(&scenario).expect("readable");
    std::fs::write(
        &scenario,
        source.replacen("kind: \"citizen-id-card\"", "kind: \"citizen-id-kard\"", 1),
    )
    .expect("writable");
    let out = motcua(&["validate", s(&copy)]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("unknown document kind `citizen-id-kard`"),
        "{stderr}"
    );
    assert!(stderr.contains("scenario.ron:"), "{stderr}");
}

#[test]
fn play_then_verify_then_grade() {
    let dir = tempfile::tempdir().expect("tempdir");
    let results = dir.path().join("results");
    std::fs::create_dir(&results).expect("created");
    let scenario = pack().join("first-morning");
    let expert = results.join("expert.motcua");
    let journal = dir.path().join("expert.journal");

    let out = motcua(&[
        "play",
        s(&scenario),
        "--script",
        s(&scenario.join("expert.ron")),
        "--seed",
        "42",
        "--mode",
        "practice",
        "--trainee",
        "Lê Văn Học",
        "--out",
        s(&expert),
        "--journal",
        s(&journal),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("/ 100 — PASSED"), "{stdout}");
    assert!(stdout.contains("Critical errors: none"), "{stdout}");
    assert!(stdout.contains("KPIs:"), "{stdout}");
    assert!(expert.is_file() && journal.is_file());

    let careless = results.join("careless.motcua");
    let out = motcua(&[
        "play",
        s(&scenario),
        "--script",
        s(&scenario.join("careless.ron")),
        "--mode",
        "exam",
        "--out",
        s(&careless),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("Critical errors: accepted-defective"),
        "{stdout}"
    );
    assert!(
        stdout.contains("[intake] procedure-components ("),
        "feedback cites its rule: {stdout}"
    );
    assert!(stdout.contains("exam mode"), "{stdout}");

    let pack = pack();
    let out = motcua(&["verify", s(&expert), "--scenarios", s(&pack)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("authentic"));

    let tampered = results.join("tampered.motcua");
    let edited = std::fs::read_to_string(&expert)
        .expect("readable")
        .replacen("Lê Văn Học", "Lê Văn Hóc", 1);
    std::fs::write(&tampered, edited).expect("writable");
    let out = motcua(&["verify", s(&tampered), "--scenarios", s(&pack)]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("NOT authentic") && stdout.contains("seal"),
        "{stdout}"
    );

    let out = motcua(&["verify", s(&results.join("missing.motcua"))]);
    assert_eq!(out.status.code(), Some(2));

    let csv = dir.path().join("grades.csv");
    let out = motcua(&[
        "grade",
        s(&results),
        "--csv",
        s(&csv),
        "--scenarios",
        s(&pack),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let rows: Vec<&str> = stdout.lines().collect();
    assert!(rows[0].starts_with("FILE"), "{stdout}");
    assert!(rows[1].starts_with("careless.motcua"), "{stdout}");
    assert!(rows[2].starts_with("expert.motcua"), "{stdout}");
    assert!(
        rows[3].starts_with("tampered.motcua") && rows[3].contains("NO"),
        "{stdout}"
    );
    // Columns are aligned: every row puts the scenario at the header's column.
    let col = rows[0].find("SCENARIO").expect("header");
    for row in &rows[1..4] {
        let chars: String = row.chars().skip(rows[0][..col].chars().count()).collect();
        assert!(chars.starts_with("first-morning"), "{row}");
    }
    assert!(
        stdout.contains("3 files, 2 authentic, 1 not authentic"),
        "{stdout}"
    );
    let sheet = std::fs::read_to_string(&csv).expect("CSV written");
    assert!(
        sheet.starts_with('\u{feff}'),
        "a BOM lets spreadsheets read Vietnamese names"
    );
    assert_eq!(sheet.lines().count(), 4, "{sheet}");
    let expert_row: Vec<&str> = sheet
        .lines()
        .find(|l| l.starts_with("expert.motcua,"))
        .expect("a row for the expert run")
        .split(',')
        .collect();
    // file, trainee, scenario, score, result, authentic, critical_errors, differences,
    // stored, notes
    assert_eq!(
        expert_row[..3],
        ["expert.motcua", "Lê Văn Học", "first-morning"]
    );
    assert_eq!(expert_row[4..8], ["passed", "yes", "", ""], "{sheet}");
    assert_eq!(
        expert_row[3], expert_row[8],
        "today's score is the stored one"
    );
    assert!(sheet.contains("\r\n"), "CRLF rows");

    let out = motcua(&[
        "grade",
        s(&dir.path().join("nope")),
        "--scenarios",
        s(&pack),
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_failing_script_stops_with_its_index_and_a_partial_score() {
    let dir = tempfile::tempdir().expect("tempdir");
    let script = dir.path().join("script.ron");
    std::fs::write(&script, "[CallNext, Ask(question: Purpose), CallNext]").expect("writable");
    let out_file = dir.path().join("run.motcua");
    let scenario = pack().join("first-morning");
    let out = motcua(&[
        "play",
        s(&scenario),
        "--script",
        s(&script),
        "--out",
        s(&out_file),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let expected = format!(
        "{}:2: call-next: a citizen is already at the counter",
        script.display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(text(&out.stdout).contains("Partial score after 2 of 3 actions"));
    assert!(
        !out_file.exists(),
        "no result file for a script that stopped"
    );

    // A script that does not parse is located like any RON problem.
    std::fs::write(&script, "[CallNext,\n Bogus]").expect("writable");
    let out = motcua(&["play", s(&scenario), "--script", s(&script)]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!("{}:2:", script.display())),
        "{stderr}"
    );
}

#[test]
fn help_and_bad_arguments() {
    let out = motcua(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("validate"));
    let out = motcua(&["play"]);
    assert_eq!(out.status.code(), Some(2));
    let out = motcua(&["play", "x", "--script", "y", "--mode", "sometimes"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn play_prints_the_trainee_report_in_the_chosen_language() {
    let scenarios = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios");
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/scenarios/tutorial-birth/careless.ron"
    );
    let run = |lang: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_motcua"))
            .args([
                "play",
                &format!("{scenarios}/tutorial-birth"),
                "--script",
                script,
                "--seed",
                "1",
                "--lang",
                lang,
            ])
            .output()
            .expect("the binary runs")
    };
    let vi = String::from_utf8_lossy(&run("vi").stdout).into_owned();
    assert!(
        vi.contains("Tổng điểm") && vi.contains("Ghi sai ngày hẹn trả kết quả"),
        "{vi}"
    );
    assert!(
        vi.contains("24/11/2026"),
        "dates are written the Vietnamese way: {vi}"
    );
    let en = String::from_utf8_lossy(&run("en").stdout).into_owned();
    assert!(
        en.contains("Wrong return date on the appointment slip"),
        "{en}"
    );
    assert!(!run("fr").status.success());
}

#[test]
fn exit_codes_tell_could_not_check_from_not_authentic() {
    let out = motcua(&["--help"]);
    let help = text(&out.stdout);
    assert!(help.contains("Exit codes:"), "{help}");
    assert!(
        help.contains("2  the command could not do its work"),
        "{help}"
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let result = dir.path().join("expert.motcua");
    let scenario = pack().join("first-morning");
    let out = motcua(&[
        "play",
        s(&scenario),
        "--script",
        s(&scenario.join("expert.ron")),
        "--out",
        s(&result),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    // A pack folder that does not exist: the result could not be checked.
    let nope = dir.path().join("nope");
    let out = motcua(&["verify", s(&result), "--scenarios", s(&nope)]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stdout));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("NOT CHECKED"), "{stdout}");
    assert!(
        stdout.contains(&format!("scenario pack {} not found", nope.display())),
        "{stdout}"
    );
    let out = motcua(&["grade", s(dir.path()), "--scenarios", s(&nope)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains(&format!("scenario pack {} not found", nope.display())),
        "{}",
        text(&out.stderr)
    );

    // A broken shared file is named with its line.
    let copy = dir.path().join("pack");
    copy_dir(&pack(), &copy);
    let persona = copy.join("shared/personas/nguyen-thi-lan.ron");
    let source = std::fs::read_to_string(&persona).expect("readable");
    std::fs::write(&persona, source.replace("smartphone:", "smartfone:")).expect("writable");
    let out = motcua(&["verify", s(&result), "--scenarios", s(&copy)]);
    assert_eq!(out.status.code(), Some(2));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(&format!("does not load: {}:9:", persona.display())),
        "{stdout}"
    );

    // Converted line ends are read as written; an edit is not authentic (exit 1).
    let crlf = dir.path().join("crlf.motcua");
    let written = std::fs::read_to_string(&result).expect("readable");
    std::fs::write(&crlf, written.replace('\n', "\r\n")).expect("writable");
    let out = motcua(&["verify", s(&crlf), "--scenarios", s(&pack())]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("note: the line ends were converted to CRLF"));
    std::fs::write(&crlf, written.replacen("seed: 42", "seed: 43", 1)).expect("writable");
    let out = motcua(&["verify", s(&crlf), "--scenarios", s(&pack())]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn grade_rescore_shows_the_stored_score_beside_today_s() {
    let dir = tempfile::tempdir().expect("tempdir");
    let results = dir.path().join("results");
    std::fs::create_dir(&results).expect("created");
    let scenario = pack().join("first-morning");
    let out = motcua(&[
        "play",
        s(&scenario),
        "--script",
        s(&scenario.join("careless.ron")),
        "--out",
        s(&results.join("careless.motcua")),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = motcua(&["grade", s(&results), "--scenarios", s(&pack()), "--rescore"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let rows: Vec<&str> = stdout.lines().collect();
    let header: Vec<&str> = rows[0].split_whitespace().collect();
    assert_eq!(
        header,
        [
            "FILE",
            "TRAINEE",
            "SCENARIO",
            "STORED",
            "SCORE",
            "RESULT",
            "AUTHENTIC",
            "CRITICAL"
        ]
    );
    let row: Vec<&str> = rows[1].split_whitespace().collect();
    // careless.motcua anonymous first-morning <stored> <score> not passed yes accepted-defective
    assert_eq!(row[0], "careless.motcua");
    assert_eq!(
        row[3], row[4],
        "same engine: stored and today's score agree"
    );
    assert_eq!(row[5..8], ["not", "passed", "yes"]);
}

#[test]
fn play_resume_continues_a_crashed_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    let scenario = pack().join("first-morning");
    let script = scenario.join("expert.ron");
    let journal = dir.path().join("run.journal");
    let full = dir.path().join("full.motcua");
    let resumed = dir.path().join("resumed.motcua");
    let play = |extra: &[&str]| {
        let mut args = vec![
            "play",
            s(&scenario),
            "--script",
            s(&script),
            "--trainee",
            "Lan",
        ];
        args.extend_from_slice(extra);
        motcua(&args)
    };
    let out = play(&["--journal", s(&journal), "--out", s(&full)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    // The machine died after action 6, in the middle of writing action 7.
    let bytes = std::fs::read(&journal).expect("readable");
    let line_ends: Vec<usize> = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .map(|(i, _)| i)
        .collect();
    let mut crashed = bytes[..=line_ends[7]].to_vec();
    crashed.extend_from_slice(b"7\t00ff\tInsp");
    std::fs::write(&journal, &crashed).expect("writable");

    // Without --resume the journal is not touched.
    let out = play(&["--journal", s(&journal)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--resume"),
        "{}",
        text(&out.stderr)
    );

    // With other values than the journal's, nothing is applied.
    let out = play(&["--journal", s(&journal), "--resume", "--seed", "7"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("recorded with seed 42, mode practice, trainee \"Lan\""),
        "{}",
        text(&out.stderr)
    );

    // A script that does not start with the journal's actions is named at its first
    // differing index.
    let actions = std::fs::read_to_string(&script).expect("readable");
    let other = dir.path().join("other.ron");
    let parsed: Vec<motcua::sim::Action> = ron::from_str(&actions).expect("script");
    let mut changed = parsed.clone();
    changed[3] = motcua::sim::Action::Wait { minutes: 1 };
    std::fs::write(&other, ron::to_string(&changed).expect("encodes")).expect("writable");
    let out = motcua(&[
        "play",
        s(&scenario),
        "--script",
        s(&other),
        "--trainee",
        "Lan",
        "--journal",
        s(&journal),
        "--resume",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "{}:3: wait differs from action 3 of the journal",
            other.display()
        )),
        "{stderr}"
    );

    let out = play(&["--journal", s(&journal), "--resume", "--out", s(&resumed)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("7 actions already applied, continuing with action 7"),
        "{}",
        text(&out.stdout)
    );
    assert!(
        text(&out.stderr).contains("last line dropped"),
        "{}",
        text(&out.stderr)
    );
    // The resumed run is the same run: same chain, fingerprint and score as the full one.
    let a = motcua::record::read_result(&full).expect("readable");
    let b = motcua::record::read_result(&resumed).expect("readable");
    assert_eq!(
        (a.chain, a.fingerprint, a.score),
        (b.chain, b.fingerprint, b.score)
    );
    let recovered = motcua::record::recover(&journal).expect("journal intact");
    assert_eq!(recovered.actions, parsed);
    assert_eq!(recovered.dropped_tail, None);
}
