//! Delivery to a real Learning Record Store: the statements of real results pass an
//! independent xAPI validator; a result goes outbox → sender → LRS and reads back the same;
//! a retry never duplicates; the LRS stopped or refusing the password loses nothing; and a
//! room of 350 trainees delivers through an LRS crash, every statement stored exactly once.
//!
//! The LRS is ralph-malph's, started per test on 127.0.0.1 (see `lrs_support`); the
//! validator is Learning Locker's. `.ci/lrs-tools` installs both; without them these tests
//! fail and say what to install.

mod lrs_support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use lrs_support::{Lrs, validate};
use motcua::record::ResultBody;
use motcua::record::ScenarioSource;
use motcua::record::result::{decode_result, encode_result};
use motcua::record::verify::verify_bytes;
use motcua::scenario::load::{load_pack, open_scenario};
use motcua::scenario::{Mode, Scenario};
use motcua::session::{Seeding, SessionCode, SessionPlan};
use motcua::sim::{Shift, read_script};
use motcua::xapi::sender::Backoff;
use motcua::xapi::{
    DeliveryError, LrsConfig, LrsError, Outbox, Sender, fetch_session, flush_once, post_statements,
    statements_for, test_connection,
};
use serde_json::Value;

fn scenarios_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios")
}

fn shipped(id: &str) -> Arc<Scenario> {
    match open_scenario(&scenarios_root().join(id)) {
        Ok(s) => Arc::new(s),
        Err(e) => panic!("{id} does not load: {e}"),
    }
}

/// A result as the app seals it: the body and the complete text of its file.
#[derive(Clone)]
struct Sealed {
    body: ResultBody,
    text: String,
}

impl Sealed {
    fn of(body: ResultBody) -> Self {
        let text = encode_result(Path::new("result.motcua"), &body).expect("a result encodes");
        Self { body, text }
    }

    fn read(path: &Path) -> Self {
        let text = std::fs::read_to_string(path).expect("the result file reads");
        let body = decode_result(path, text.as_bytes()).expect("the result file decodes");
        Self { body, text }
    }

    fn statements(&self, cfg: &LrsConfig) -> Vec<Value> {
        statements_for(&self.body, &self.text, cfg)
    }
}

/// When every test shift starts (wall clock).
const STARTED: &str = "2026-11-30T08:00:00Z";

/// Plays the first `keep` actions (all when `None`) of a scenario's script in-process and
/// seals the result.
fn run(
    scenario: &Arc<Scenario>,
    script: &str,
    seed: u64,
    mode: Mode,
    keep: Option<usize>,
    trainee: &str,
    session: Option<&SessionCode>,
) -> Sealed {
    let actions = read_script(scenario, script).unwrap_or_else(|p| panic!("{script}: {p}"));
    let keep = keep.unwrap_or(actions.len());
    let mut shift = Shift::new(scenario.clone(), seed, mode);
    for (i, action) in actions.into_iter().take(keep).enumerate() {
        if let Err(e) = shift.apply(action) {
            panic!("{script}: action {i} is refused with seed {seed}: {e}");
        }
    }
    // Wall-clock times as the app writes them: from 08:00, about 20 s an action.
    let seconds = 20 * shift.actions.len() as i64;
    let finished = chrono::DateTime::parse_from_rfc3339(STARTED)
        .map(|t| t + chrono::Duration::seconds(seconds))
        .expect("a valid start")
        .to_utc()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let body = ResultBody::from_run(
        &shift,
        trainee,
        session.map(SessionCode::as_str),
        Some(STARTED.to_owned()),
        Some(finished),
    )
    .expect("the result body builds");
    Sealed::of(body)
}

/// The tutorial's expert (or careless) path played in a shared-seed session: a short,
/// real result that verifies.
fn tutorial_result(trainee: &str, careless: bool) -> (Sealed, SessionCode) {
    let scenario = shipped("tutorial-birth");
    let path = if careless {
        &scenario.file.tests.careless[0]
    } else {
        &scenario.file.tests.expert[0]
    };
    let plan = SessionPlan::new(scenario.id(), path.mode, Seeding::Shared, 7);
    let code = plan.code();
    let sealed = run(
        &scenario,
        &path.script,
        plan.seed_for(trainee),
        path.mode,
        None,
        trainee,
        Some(&code),
    );
    (sealed, code)
}

/// Fields an LRS adds to what it stores (xAPI 1.0.3, 2.4.8–2.4.10): `stored`, `authority`,
/// `version`, and `timestamp` when the statement had none.
fn as_sent(stored: &Value, sent: &Value) -> Value {
    let mut copy = stored.clone();
    if let Some(map) = copy.as_object_mut() {
        map.remove("stored");
        map.remove("authority");
        if sent.get("version").is_none() {
            map.remove("version");
        }
        if sent.get("timestamp").is_none() {
            map.remove("timestamp");
        }
    }
    copy
}

/// How many times each statement id is stored.
fn id_counts(statements: &[Value]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for s in statements {
        let id = s["id"].as_str().expect("a stored statement has an id");
        *counts.entry(id.to_owned()).or_insert(0) += 1;
    }
    counts
}

/// Fails unless the LRS holds exactly the `expected` ids, each once.
fn assert_each_once(stored: &[Value], expected: &BTreeSet<String>) {
    let counts = id_counts(stored);
    let twice: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "stored more than once: {twice:?}");
    let held: BTreeSet<String> = counts.into_keys().collect();
    let lost: Vec<_> = expected.difference(&held).collect();
    let extra: Vec<_> = held.difference(expected).collect();
    assert!(
        lost.is_empty() && extra.is_empty(),
        "{} statement(s) lost, e.g. {:?}; {} never sent, e.g. {:?}",
        lost.len(),
        lost.iter().take(3).collect::<Vec<_>>(),
        extra.len(),
        extra.iter().take(3).collect::<Vec<_>>()
    );
}

fn ids(statements: &[Value]) -> BTreeSet<String> {
    statements
        .iter()
        .map(|s| s["id"].as_str().expect("a statement has an id").to_owned())
        .collect()
}

/// Waits until `done` holds, checking every 50 ms; fails after `limit` saying `what`.
fn wait_until(limit: Duration, what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < limit, "not within {limit:?}: {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Short waits between failed passes, so that a test sees several in a few seconds.
fn quick_backoff() -> Backoff {
    Backoff {
        first: Duration::from_millis(100),
        cap: Duration::from_millis(800),
    }
}

fn mode_word(mode: Mode) -> &'static str {
    match mode {
        Mode::Practice => "practice",
        Mode::Exam => "exam",
    }
}

#[test]
fn statements_of_every_shipped_path_pass_an_independent_validator() {
    let pack = load_pack(&scenarios_root());
    let dir = tempfile::tempdir().expect("tempdir");
    // Only the actor's home page comes from the settings; the rest is the result's.
    let cfg = LrsConfig::default();
    let mut jobs = Vec::new();
    for scenario in pack.loaded() {
        let tests = &scenario.file.tests;
        for (kind, path) in tests
            .expert
            .iter()
            .map(|p| ("expert", p))
            .chain(tests.careless.iter().map(|p| ("careless", p)))
        {
            // Expert runs belong to a session (registration, grouping), careless ones not.
            let session = (kind == "expert").then(|| {
                SessionPlan::new(scenario.id(), path.mode, Seeding::Shared, 3)
                    .code()
                    .as_str()
                    .to_owned()
            });
            jobs.push((
                scenario.dir.clone(),
                scenario.file_path(&path.script),
                path.seed,
                path.mode,
                session,
                dir.path()
                    .join(format!("{}-{kind}-{}.motcua", scenario.id(), path.name)),
            ));
        }
    }
    assert!(
        jobs.len() >= 2 * pack.loaded().len(),
        "every shipped scenario declares an expert and a careless path"
    );
    // `motcua play`, two at a time (two cores).
    let chunks: Vec<_> = jobs
        .chunks(jobs.len().div_ceil(2))
        .map(<[_]>::to_vec)
        .collect();
    std::thread::scope(|s| {
        for chunk in chunks {
            s.spawn(move || {
                for (scenario, script, seed, mode, session, out) in chunk {
                    let mut cmd = Command::new(env!("CARGO_BIN_EXE_motcua"));
                    cmd.arg("play")
                        .arg(&scenario)
                        .arg("--script")
                        .arg(&script)
                        .args(["--seed", &seed.to_string(), "--mode", mode_word(mode)])
                        .args(["--trainee", "Phạm Thị Thu Hà", "--out"])
                        .arg(&out);
                    if let Some(code) = &session {
                        cmd.args(["--session", code]);
                    }
                    let done = cmd.output().expect("motcua play runs");
                    assert!(
                        done.status.success(),
                        "{}: {}",
                        script.display(),
                        String::from_utf8_lossy(&done.stderr)
                    );
                }
            });
        }
    });

    let mut all = Vec::new();
    let mut per_result = Vec::new();
    for (_, script, _, _, _, out) in &jobs {
        let sealed = Sealed::read(out);
        let statements = sealed.statements(&cfg);
        assert!(!statements.is_empty(), "{}: no statement", script.display());
        assert_eq!(
            statements,
            sealed.statements(&cfg),
            "{}: the same result gives the same statements",
            script.display()
        );
        per_result.push(statements.len());
        all.extend(statements);
    }
    assert_eq!(ids(&all).len(), all.len(), "statement ids are unique");
    if let Err(problems) = validate(&all) {
        panic!("xAPI 1.0.3 problems (statement, path, kind, expected, value):\n{problems}");
    }
    println!(
        "{} results, {} statements valid (per result: {per_result:?})",
        jobs.len(),
        all.len()
    );

    // The validator is not blind: a statement without its actor, or with a verb that is
    // not an IRI, is refused, and the problem is named.
    let mut broken = all[0].clone();
    broken.as_object_mut().expect("an object").remove("actor");
    broken["verb"]["id"] = Value::from("passed");
    let problems = validate(&[broken]).expect_err("a broken statement is refused");
    assert!(problems.contains("statement.actor"), "{problems}");
    assert!(problems.contains("statement.verb.id"), "{problems}");
}

#[test]
fn a_result_goes_through_outbox_sender_and_lrs_and_reads_back_the_same() {
    let lrs = Lrs::start();
    let cfg = lrs.config();
    let (sealed, code) = tutorial_result("Nguyễn Thị Mai", false);
    let dir = tempfile::tempdir().expect("tempdir");
    let outbox = Outbox::open(dir.path().join("outbox")).expect("the outbox opens");
    let sender = Sender::start_with(cfg.clone(), outbox, quick_backoff());
    sender
        .enqueue(&sealed.body, &sealed.text)
        .expect("the result is enqueued");
    wait_until(Duration::from_secs(30), "the batch delivered", || {
        let s = sender.status();
        s.waiting == 0 && s.delivered == 1
    });
    let status = sender.status();
    assert!(status.last_error.is_none(), "{:?}", status.last_error);
    sender.stop();

    let sent = sealed.statements(&cfg);
    let stored = lrs.all_statements();
    assert_each_once(&stored, &ids(&sent));
    for statement in &sent {
        let held = stored
            .iter()
            .find(|s| s["id"] == statement["id"])
            .expect("every sent statement is stored");
        assert_eq!(&as_sent(held, statement), statement, "stored as sent");
    }
    if let Err(problems) = validate(&stored) {
        panic!("the stored statements are not valid xAPI:\n{problems}");
    }

    // The instructor reads the session back: the one result, byte for byte, authentic.
    let fetched = fetch_session(&cfg, &code).expect("the session reads back");
    assert_eq!(fetched.len(), 1);
    assert_eq!(
        Some(fetched[0].statement_id.as_str()),
        sent[0]["id"].as_str()
    );
    assert_eq!(fetched[0].result_file, sealed.text.as_bytes());
    let report = verify_bytes(
        Path::new("from-the-lrs.motcua"),
        &fetched[0].result_file,
        &ScenarioSource::new(scenarios_root()),
    );
    assert!(report.authentic, "{:?}", report.differences);
    assert_eq!(report.trainee, "Nguyễn Thị Mai");

    // `motcua class --lrs` reads the same result back and counts it.
    let out = Command::new(env!("CARGO_BIN_EXE_motcua"))
        .args(["class", "--session", code.as_str(), "--lrs", &cfg.endpoint])
        .arg("--scenarios")
        .arg(scenarios_root())
        .env("MOTCUA_LRS_USER", &cfg.username)
        .env("MOTCUA_LRS_PASSWORD", &cfg.password)
        .output()
        .expect("motcua class runs");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(
        stderr.contains(&format!("Read 1 result of session {code} from the LRS")),
        "{stderr}"
    );
    assert!(stdout.contains("Nguyễn Thị Mai"), "{stdout}");
    // Without the password the LRS refuses, and the command says so.
    let out = Command::new(env!("CARGO_BIN_EXE_motcua"))
        .args(["class", "--session", code.as_str(), "--lrs", &cfg.endpoint])
        .env("MOTCUA_LRS_USER", &cfg.username)
        .env_remove("MOTCUA_LRS_PASSWORD")
        .output()
        .expect("motcua class runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("refused the user name or password"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Another session's code reads nothing.
    let other = SessionPlan::new("tutorial-birth", Mode::Practice, Seeding::Shared, 8).code();
    assert!(
        fetch_session(&cfg, &other)
            .expect("an empty session reads back")
            .is_empty()
    );
}

#[test]
fn a_retry_after_a_lost_answer_stores_each_statement_once() {
    let lrs = Lrs::start();
    let cfg = lrs.config();
    let (sealed, _) = tutorial_result("Trần Văn Bình", false);
    let dir = tempfile::tempdir().expect("tempdir");
    let outbox = Outbox::open(dir.path().join("outbox")).expect("the outbox opens");
    outbox
        .enqueue(&sealed.body, &sealed.text, &cfg)
        .expect("the result is enqueued");
    let pending = outbox.pending().expect("the outbox lists");
    assert_eq!(pending.len(), 1);
    let batch = pending[0].load().expect("the batch loads");
    assert_eq!(batch, sealed.statements(&cfg));

    // The first try reached the LRS, but its answer was lost: the statements are stored
    // and the batch still waits.
    post_statements(&cfg, &batch).expect("the first try is stored");
    assert_eq!(outbox.waiting(), 1);

    // The retry is acknowledged and stores nothing twice.
    let report = flush_once(&cfg, &outbox).expect("the retry goes through");
    assert_eq!(report.delivered, 1);
    assert!(report.set_aside.is_empty(), "{:?}", report.set_aside);
    assert_eq!(outbox.waiting(), 0);

    // Enqueued again (the debrief reopened, the app restarted): nothing new goes out.
    let again = outbox
        .enqueue(&sealed.body, &sealed.text, &cfg)
        .expect("enqueue again");
    assert_eq!(again.id(), batch[0]["id"].as_str().expect("an id"));
    assert_eq!(outbox.waiting(), 0);
    let report = flush_once(&cfg, &outbox).expect("nothing to send");
    assert_eq!(report.delivered, 0);

    // And a client that posts the batch yet again is told it is stored.
    post_statements(&cfg, &batch).expect("a third post is acknowledged");

    assert_each_once(&lrs.all_statements(), &ids(&batch));
}

#[test]
fn with_the_lrs_down_the_outbox_keeps_everything_and_delivers_after_a_restart() {
    let mut lrs = Lrs::start();
    let cfg = lrs.config();
    let dir = tempfile::tempdir().expect("tempdir");
    let outbox = Outbox::open(dir.path().join("outbox")).expect("the outbox opens");
    let sender = Sender::start_with(cfg.clone(), outbox.clone(), quick_backoff());
    let results = [
        tutorial_result("Lê Thị Hoa", false).0,
        tutorial_result("Võ Minh Tuấn", true).0,
    ];
    // The LRS hangs: it takes the connection and answers nothing. The sender waits for it
    // on its own thread; the app goes on — enqueuing and reading the status never wait
    // for the network.
    lrs.freeze();
    for sealed in &results {
        let start = Instant::now();
        sender
            .enqueue(&sealed.body, &sealed.text)
            .expect("enqueued while the LRS hangs");
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "enqueue took {:?}",
            start.elapsed()
        );
        std::thread::sleep(Duration::from_millis(500));
    }
    let start = Instant::now();
    let status = sender.status();
    assert!(start.elapsed() < Duration::from_millis(500));
    assert_eq!((status.waiting, status.delivered), (2, 0));

    // Then it dies: every pass fails, the batches wait.
    lrs.kill();
    wait_until(Duration::from_secs(40), "two failed passes", || {
        sender.status().failures >= 2
    });
    let status = sender.status();
    assert_eq!(status.waiting, 2);
    assert_eq!(status.delivered, 0);
    assert!(
        matches!(
            status.last_error,
            Some(DeliveryError::Lrs(LrsError::Unreachable { .. }))
        ),
        "{:?}",
        status.last_error
    );
    let batches = std::fs::read_dir(outbox.dir())
        .expect("the outbox folder lists")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "json"))
        })
        .count();
    assert_eq!(batches, 2, "both batches wait on disk");

    lrs.restart();
    wait_until(
        Duration::from_secs(30),
        "delivery after the restart",
        || {
            let s = sender.status();
            s.waiting == 0 && s.delivered == 2
        },
    );
    sender.stop();
    let sent: Vec<Value> = results.iter().flat_map(|r| r.statements(&cfg)).collect();
    assert_each_once(&lrs.all_statements(), &ids(&sent));
}

#[test]
fn wrong_credentials_are_a_clear_error_and_nothing_is_lost() {
    let lrs = Lrs::start();
    let cfg = lrs.config();
    let wrong = LrsConfig {
        password: "not-the-password".to_owned(),
        ..cfg.clone()
    };
    let url = format!("{}statements", lrs.endpoint());
    let (sealed, _) = tutorial_result("Đặng Quốc Việt", false);
    let dir = tempfile::tempdir().expect("tempdir");
    let outbox = Outbox::open(dir.path().join("outbox")).expect("the outbox opens");
    outbox
        .enqueue(&sealed.body, &sealed.text, &cfg)
        .expect("the result is enqueued");

    let error = flush_once(&wrong, &outbox).expect_err("the LRS refuses the password");
    match &error {
        DeliveryError::Lrs(LrsError::BadCredentials { status, .. }) => assert_eq!(*status, 401),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        error.to_string(),
        format!("{url}: the LRS refused the user name or password (HTTP 401)")
    );
    assert_eq!(outbox.waiting(), 1, "the batch waits");
    assert_eq!(
        outbox.rejected(),
        0,
        "a refused password does not set a batch aside"
    );
    assert!(lrs.all_statements().is_empty());

    // The settings corrected, it goes through.
    let report = flush_once(&cfg, &outbox).expect("delivered with the right password");
    assert_eq!(report.delivered, 1);
    assert_each_once(&lrs.all_statements(), &ids(&sealed.statements(&cfg)));

    // The connection test tells a wrong password from a good one.
    let refused = test_connection(&wrong).expect_err("the test sees the wrong password");
    assert!(
        matches!(refused, LrsError::BadCredentials { status: 401, .. }),
        "{refused:?}"
    );
    // Ralph serves no `about`: the test passes on its statements answer, versions unknown.
    let about = test_connection(&cfg).unwrap_or_else(|e| panic!("the connection test fails: {e}"));
    assert_eq!(about.versions, Vec::<String>::new());
    // A wrong address is told apart from a wrong password.
    let nowhere = LrsConfig {
        endpoint: format!("{}nothing/", lrs.endpoint()),
        ..cfg.clone()
    };
    assert!(
        matches!(test_connection(&nowhere), Err(LrsError::NotAnLrs { .. })),
        "a path where no LRS is"
    );
}

/// Distinct Vietnamese names for a room: family, middle and given names combined.
fn trainee_name(i: usize) -> String {
    const FAMILY: [&str; 10] = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
    ];
    const MIDDLE: [&str; 6] = ["Văn", "Thị", "Minh", "Ngọc", "Quốc", "Thu"];
    const GIVEN: [&str; 10] = [
        "An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Lan", "Nam", "Phương", "Yến",
    ];
    format!(
        "{} {} {}",
        FAMILY[i % 10],
        MIDDLE[(i / 10) % 6],
        GIVEN[(i / 60) % 10]
    )
}

/// The median of `values` weighted by `weights` (the per-statement median of per-batch
/// times: every statement of a batch waits as long as its batch).
fn weighted_median(values: &[(Duration, usize)]) -> Duration {
    let mut sorted = values.to_vec();
    sorted.sort();
    let total: usize = sorted.iter().map(|(_, w)| w).sum();
    let mut seen = 0;
    for (value, weight) in &sorted {
        seen += weight;
        if 2 * seen >= total {
            return *value;
        }
    }
    Duration::ZERO
}

/// The conference: 350 trainees' apps, each with its own outbox and sender thread, deliver
/// to one LRS as their shifts end; the LRS crashes (SIGKILL) a third of the way through and
/// comes back a few seconds later. At the end the LRS holds every statement exactly once.
#[test]
fn three_hundred_fifty_trainees_deliver_through_an_lrs_crash() {
    const TRAINEES: usize = 350;
    const FINISH_EVERY_MS: u64 = 100;
    let total_start = Instant::now();
    let mut lrs = Lrs::start();
    let cfg = lrs.config();

    // Every trainee plays the exam shift in one per-seat session (each one's own day,
    // seeded from the session and their name): a quarter as an expert, a quarter
    // carelessly, a quarter stopping halfway through the expert's path and a quarter a
    // quarter of the way through the careless one (shifts never ended).
    let scenario = shipped("exam-shift");
    let expert = scenario.file.tests.expert[0].script.clone();
    let careless = scenario.file.tests.careless[0].script.clone();
    let plan = SessionPlan::new(scenario.id(), Mode::Exam, Seeding::PerSeat, 350);
    let code = plan.code();
    let length = |script: &str| {
        read_script(&scenario, script)
            .map(|a| a.len())
            .expect("the script reads")
    };
    let ways = [
        (expert.as_str(), None),
        (careless.as_str(), None),
        (expert.as_str(), Some(length(&expert) / 2)),
        (careless.as_str(), Some(length(&careless) / 4)),
    ];
    let play = |i: usize| {
        let name = trainee_name(i);
        let (script, keep) = ways[i % ways.len()];
        let seed = plan.seed_for(&name);
        run(
            &scenario,
            script,
            seed,
            Mode::Exam,
            keep,
            &name,
            Some(&code),
        )
    };
    let results: Vec<Sealed> = std::thread::scope(|s| {
        let first = s.spawn(|| (0..TRAINEES / 2).map(play).collect::<Vec<_>>());
        let second: Vec<_> = (TRAINEES / 2..TRAINEES).map(play).collect();
        let mut all = first.join().expect("the first half plays");
        all.extend(second);
        all
    });
    let names: BTreeSet<&str> = results.iter().map(|r| r.body.trainee.as_str()).collect();
    assert_eq!(
        names.len(),
        TRAINEES,
        "every trainee has a name of their own"
    );
    let batches: Vec<Vec<Value>> = results.iter().map(|r| r.statements(&cfg)).collect();
    let expected: BTreeSet<String> = batches.iter().flat_map(|b| ids(b)).collect();
    let statements: usize = batches.iter().map(Vec::len).sum();
    assert_eq!(
        expected.len(),
        statements,
        "statement ids are unique across the room"
    );
    let bytes: usize = results.iter().map(|r| r.text.len()).sum();
    println!(
        "{TRAINEES} results ({} KB of result files), {statements} statements; prepared in {:.1?}",
        bytes / 1024,
        total_start.elapsed()
    );

    // Every trainee's app: an outbox and a sender thread (350 threads, mostly asleep).
    let dir = tempfile::tempdir().expect("tempdir");
    let backoff = Backoff {
        first: Duration::from_millis(250),
        cap: Duration::from_secs(4),
    };
    let senders: Vec<Sender> = (0..TRAINEES)
        .map(|i| {
            let outbox =
                Outbox::open(dir.path().join(format!("pc-{i:03}"))).expect("an outbox opens");
            Sender::start_with(cfg.clone(), outbox, backoff)
        })
        .collect();

    // Shifts end one every FINISH_EVERY_MS (35 s for the room); the LRS is killed once a third is delivered and
    // started again three seconds later.
    let start = Instant::now();
    let mut enqueued_at = vec![None; TRAINEES];
    let mut delivered_at: Vec<Option<Instant>> = vec![None; TRAINEES];
    let mut slowest_enqueue = Duration::ZERO;
    let mut killed_at = None;
    let mut restarted_at = None;
    let mut failures_seen = 0;
    // A safety net for a loaded machine: the delivery takes one to two minutes in debug.
    let limit = Duration::from_secs(240);
    loop {
        let now = Instant::now();
        for (i, sender) in senders.iter().enumerate() {
            if enqueued_at[i].is_none()
                && now.duration_since(start) >= Duration::from_millis(FINISH_EVERY_MS * i as u64)
            {
                let t = Instant::now();
                sender
                    .enqueue(&results[i].body, &results[i].text)
                    .expect("a result is enqueued");
                slowest_enqueue = slowest_enqueue.max(t.elapsed());
                enqueued_at[i] = Some(Instant::now());
            }
            if delivered_at[i].is_none() && enqueued_at[i].is_some() {
                let status = sender.status();
                if status.delivered >= 1 && status.waiting == 0 {
                    delivered_at[i] = Some(Instant::now());
                }
            }
        }
        let delivered = delivered_at.iter().flatten().count();
        if killed_at.is_none() && delivered >= TRAINEES / 3 {
            lrs.kill();
            killed_at = Some((Instant::now(), delivered));
        }
        if let (Some((at, _)), None) = (killed_at, restarted_at)
            && at.elapsed() >= Duration::from_secs(3)
        {
            failures_seen = senders.iter().filter(|s| s.status().failures > 0).count();
            lrs.restart();
            restarted_at = Some(Instant::now());
        }
        if delivered == TRAINEES {
            break;
        }
        assert!(
            start.elapsed() < limit,
            "{delivered} of {TRAINEES} delivered after {limit:?}; waiting: {}",
            senders.iter().map(|s| s.status().waiting).sum::<usize>()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let delivery = start.elapsed();
    for sender in senders {
        sender.stop();
    }
    let (killed, delivered_before_kill) = killed_at.expect("the LRS was killed");
    let restarted = restarted_at.expect("the LRS was restarted");
    assert!(
        delivered_before_kill < TRAINEES,
        "the crash came in the middle of the delivery"
    );
    assert!(
        failures_seen > 0,
        "some apps met the dead LRS (and kept their batches)"
    );
    assert!(
        slowest_enqueue < Duration::from_secs(5),
        "enqueuing never waits for the LRS: {slowest_enqueue:?}"
    );

    // Every statement stored exactly once, none lost, read back with plain GETs.
    let read_start = Instant::now();
    let stored = lrs.all_statements();
    let read_back = read_start.elapsed();
    assert_each_once(&stored, &expected);
    if let Err(problems) = validate(&stored) {
        panic!("stored statements that are not valid xAPI:\n{problems}");
    }
    // The instructor's read-back of the session finds every trainee's result file.
    let fetched = fetch_session(&cfg, &code).expect("the session reads back");
    let files: BTreeSet<&[u8]> = fetched.iter().map(|f| f.result_file.as_slice()).collect();
    assert_eq!(fetched.len(), TRAINEES);
    for r in &results {
        assert!(
            files.contains(r.text.as_bytes()),
            "{}'s result",
            r.body.trainee
        );
    }

    let waits: Vec<(Duration, usize)> = (0..TRAINEES)
        .map(|i| {
            let from = enqueued_at[i].expect("enqueued");
            let to = delivered_at[i].expect("delivered");
            (to.duration_since(from), batches[i].len())
        })
        .collect();
    let mut per_batch: Vec<Duration> = waits.iter().map(|(d, _)| *d).collect();
    per_batch.sort();
    println!(
        "delivery of {TRAINEES} results / {statements} statements: {:.1?} in all \
         (LRS killed at {:.1?} with {delivered_before_kill} delivered, back at {:.1?}; \
         {failures_seen} apps saw it down)",
        delivery,
        killed.duration_since(start),
        restarted.duration_since(start)
    );
    println!(
        "enqueue → acknowledged: per statement median {:.2?}; per result median {:.2?}, \
         95th percentile {:.2?}, slowest {:.2?}; slowest enqueue {:.1?}",
        weighted_median(&waits),
        per_batch[TRAINEES / 2],
        per_batch[TRAINEES * 95 / 100],
        per_batch[TRAINEES - 1],
        slowest_enqueue
    );
    println!(
        "the LRS answered POST statements (by HTTP status): {:?}",
        lrs.posts_by_status()
    );
    println!(
        "read back {} statements with GET in {:.1?}; whole test {:.1?}",
        stored.len(),
        read_back,
        total_start.elapsed()
    );
}
