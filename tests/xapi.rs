//! The xAPI delivery end to end without a network: a conference trainee plays the hard
//! shift, the sealed result becomes statements in the outbox, and the result file read back
//! out of the shift statement verifies by re-simulation — what the class dashboard does with
//! results it reads from the LRS. (The real LRS is `tests/lrs.rs`.)
//!
//! Run with `--nocapture` to see the measurements: the batch's size and the enqueue time.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use motcua::record::ResultBody;
use motcua::record::ScenarioSource;
use motcua::record::result::encode_result;
use motcua::record::verify::verify_bytes;
use motcua::scenario::Mode;
use motcua::scenario::load::open_scenario;
use motcua::session::{Seeding, SessionPlan, seat_key};
use motcua::xapi::outbox::Enqueued;
use motcua::xapi::statements::{VERB_COMPLETED, VERB_FAILED, VERB_PASSED, cases};
use motcua::xapi::{LrsConfig, Outbox, registration_for, statements_for};
use serde_json::Value;

const TRAINEE: &str = "Nguyễn Thị Hạnh";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The hard shift played by the expert on a per-seat session seat, sealed.
fn hard_shift_result() -> (ResultBody, String, SessionPlan) {
    let scenario = match open_scenario(&root().join("scenarios/hard-shift")) {
        Ok(s) => Arc::new(s),
        Err(e) => panic!("hard-shift does not load: {e}"),
    };
    let plan = SessionPlan::new("hard-shift", Mode::Exam, Seeding::PerSeat, 4242);
    let code = plan.code();
    let seed = plan.seed_for(TRAINEE);
    let (shift, _) = match motcua::expert::play(scenario, seed, Mode::Exam) {
        Ok(played) => played,
        Err(e) => panic!("the expert could not play seed {seed}: {e}"),
    };
    let body = ResultBody::from_run(
        &shift,
        TRAINEE,
        Some(code.as_str()),
        Some("2026-11-30T08:00:00Z".to_owned()),
        Some("2026-11-30T09:15:30Z".to_owned()),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let sealed = encode_result(Path::new("hard.motcua"), &body).unwrap_or_else(|e| panic!("{e}"));
    (body, sealed, plan)
}

fn cfg() -> LrsConfig {
    LrsConfig {
        endpoint: "http://127.0.0.1:8100/xAPI/".to_owned(),
        username: "key".to_owned(),
        password: "secret".to_owned(),
        home_page: String::new(),
    }
}

#[test]
fn a_conference_result_travels_as_statements_and_verifies_when_read_back() {
    let (body, sealed, plan) = hard_shift_result();
    let statements = statements_for(&body, &sealed, &cfg());

    // One statement for the shift, one per case.
    let cases = cases(&body);
    assert!(!cases.is_empty(), "the expert handles dossiers");
    assert_eq!(statements.len(), 1 + cases.len());
    let shift = &statements[0];
    let verb = if body.score.passed {
        VERB_PASSED
    } else {
        VERB_FAILED
    };
    assert_eq!(shift["verb"]["id"], verb);
    assert_eq!(shift["result"]["duration"], "PT1H15M30S");
    assert_eq!(shift["timestamp"], "2026-11-30T09:15:30+00:00");
    assert_eq!(shift["actor"]["account"]["name"], seat_key(TRAINEE));
    for s in &statements[1..] {
        assert_eq!(s["verb"]["id"], VERB_COMPLETED);
    }
    for s in &statements {
        assert_eq!(s["context"]["registration"], registration_for(&plan.code()));
    }

    // The class dashboard's path: the file inside the statement verifies by re-simulation.
    let carried = shift["result"]["extensions"]["https://motcua.app/xapi/extensions/result-file"]
        .as_str()
        .unwrap_or_default();
    assert_eq!(carried, sealed);
    let source = ScenarioSource::new(root().join("scenarios"));
    let report = verify_bytes(Path::new("from-lrs.motcua"), carried.as_bytes(), &source);
    assert!(report.authentic, "{:?}", report.differences);

    let bytes = serde_json::to_vec(&statements).unwrap_or_default();
    eprintln!(
        "hard shift (expert): {} statements ({} cases), batch {} bytes, result file {} bytes",
        statements.len(),
        cases.len(),
        bytes.len(),
        sealed.len()
    );
}

#[test]
fn enqueuing_is_idempotent_and_quick() {
    let (body, sealed, _) = hard_shift_result();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let outbox = Outbox::open(dir.path().join("outbox")).unwrap_or_else(|e| panic!("{e}"));

    // Twenty trainees' results (their names differ, so their seals and ids do).
    let mut times = Vec::new();
    for i in 0..20 {
        let mut b = body.clone();
        b.trainee = format!("{TRAINEE} {i}");
        let text = encode_result(Path::new("r.motcua"), &b).unwrap_or_else(|e| panic!("{e}"));
        let start = Instant::now();
        let done = outbox.enqueue(&b, &text, &cfg());
        times.push(start.elapsed());
        assert!(matches!(done, Ok(Enqueued::Written { .. })), "{done:?}");
    }
    assert_eq!(outbox.waiting(), 20);

    // The same result again, and after a reopen: nothing new.
    let first = outbox.enqueue(&body, &sealed, &cfg());
    let again = outbox.enqueue(&body, &sealed, &cfg());
    assert!(matches!(first, Ok(Enqueued::Written { .. })), "{first:?}");
    assert!(
        matches!(again, Ok(Enqueued::AlreadyThere { .. })),
        "{again:?}"
    );
    let reopened = Outbox::open(dir.path().join("outbox")).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(
        reopened.enqueue(&body, &sealed, &cfg()),
        Ok(Enqueued::AlreadyThere { .. })
    ));
    assert_eq!(reopened.waiting(), 21);
    let pending = reopened.pending().unwrap_or_else(|e| panic!("{e}"));
    let loaded: Vec<Vec<Value>> = pending.iter().filter_map(|b| b.load().ok()).collect();
    assert_eq!(loaded.len(), 21);

    times.sort();
    let median = times[times.len() / 2];
    let max = times.last().copied().unwrap_or_default();
    eprintln!("enqueue (hard shift, build + write + fsync): median {median:?}, max {max:?}");
    // A generous bound: enqueue runs on the debrief's grading thread, never the UI's.
    assert!(median < Duration::from_secs(2), "median {median:?}");
}

#[test]
fn a_careless_hard_shift_has_a_statement_per_case_the_score_faults() {
    let scenario = match open_scenario(&root().join("scenarios/hard-shift")) {
        Ok(s) => Arc::new(s),
        Err(e) => panic!("hard-shift does not load: {e}"),
    };
    let actions = match motcua::sim::read_script(&scenario, "careless.ron") {
        Ok(a) => a,
        Err(p) => panic!("{p}"),
    };
    let mut shift = motcua::sim::Shift::new(scenario, 1, Mode::Exam);
    for (i, a) in actions.into_iter().enumerate() {
        if let Err(e) = shift.apply(a) {
            panic!("careless action {i}: {e}");
        }
    }
    let body =
        ResultBody::from_run(&shift, TRAINEE, None, None, None).unwrap_or_else(|e| panic!("{e}"));
    let sealed =
        encode_result(Path::new("careless.motcua"), &body).unwrap_or_else(|e| panic!("{e}"));
    let statements = statements_for(&body, &sealed, &cfg());
    // The careless clerk makes wrong decisions: at least one case statement says so.
    assert!(body.score.wrong_decisions > 0);
    assert!(
        statements[1..]
            .iter()
            .any(|s| s["result"]["success"] == false)
    );
    assert_eq!(statements[0]["verb"]["id"], VERB_FAILED);
    let bytes = serde_json::to_vec(&statements).unwrap_or_default();
    eprintln!(
        "hard shift (careless): {} statements, batch {} bytes, result file {} bytes",
        statements.len(),
        bytes.len(),
        sealed.len()
    );
}
