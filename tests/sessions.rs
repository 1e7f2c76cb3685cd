//! Conference sessions in the record: a result names its session, seat and times; a run is
//! checked against the code it names (scenario, mode, the seat's seed), so a per-seat result
//! renamed to another trainee no longer verifies.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use motcua::record::journal::{Journal, JournalHeader, resume};
use motcua::record::result::{ResultBody, decode_result, encode_result};
use motcua::record::verify::{ScenarioSource, verify_bytes};
use motcua::record::{Difference, Outcome, SessionMismatch};
use motcua::scenario::load::open_scenario;
use motcua::scenario::{Mode, Scenario};
use motcua::session::{Seeding, SessionPlan, seat_key};
use motcua::sim::Shift;

fn pack() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini-pack")
}

fn scenario() -> Arc<Scenario> {
    match open_scenario(&pack().join("first-morning")) {
        Ok(s) => Arc::new(s),
        Err(problems) => panic!("fixture does not load:\n{problems}"),
    }
}

fn source() -> ScenarioSource {
    ScenarioSource::from_scenarios([scenario()])
}

/// The expert's run of the session's day for `trainee`, as a sealed result's body.
fn run(plan: &SessionPlan, trainee: &str) -> ResultBody {
    let seed = plan.seed_for(trainee);
    let (shift, _) = motcua::expert::play(scenario(), seed, plan.mode).expect("the expert plays");
    ResultBody::from_run(
        &shift,
        trainee,
        Some(plan.code().as_str()),
        Some("2026-11-30T08:00:00Z".to_owned()),
        Some("2026-11-30T08:40:00Z".to_owned()),
    )
    .expect("body")
}

fn verify(body: &ResultBody) -> motcua::record::VerifyReport {
    let label = Path::new("r.motcua");
    let text = encode_result(label, body).expect("encoded");
    verify_bytes(label, text.as_bytes(), &source())
}

/// What a forger does to give a result to someone else: a new name, the seat to match, the
/// chain recomputed; the seal is recomputed when encoded.
fn renamed(body: &ResultBody, trainee: &str) -> ResultBody {
    let mut forged = body.clone();
    forged.trainee = trainee.to_owned();
    if forged.seat.is_some() {
        forged.seat = Some(seat_key(trainee));
    }
    forged.chain = forged.compute_chain(Path::new("r")).expect("chain");
    forged
}

#[test]
fn a_result_records_its_session_seat_and_times_and_verifies() {
    let plan = SessionPlan::new("first-morning", Mode::Exam, Seeding::PerSeat, 31_337);
    let body = run(&plan, "Nguyễn Thị Hoa");
    let text = encode_result(Path::new("r"), &body).expect("encoded");
    let back = decode_result(Path::new("r"), text.as_bytes()).expect("decoded");
    assert_eq!(back.session.as_deref(), Some(plan.code().as_str()));
    assert_eq!(back.seat.as_deref(), Some("nguyễn thị hoa"));
    assert_eq!(back.started.as_deref(), Some("2026-11-30T08:00:00Z"));
    assert_eq!(back.finished.as_deref(), Some("2026-11-30T08:40:00Z"));
    assert_eq!(back.seed, plan.seed_for("Nguyễn Thị Hoa"));
    let report = verify(&body);
    assert_eq!(
        report.outcome(),
        Outcome::Authentic,
        "{:?}",
        report.differences
    );
}

#[test]
fn a_per_seat_result_renamed_to_another_trainee_is_not_authentic() {
    let plan = SessionPlan::new("first-morning", Mode::Exam, Seeding::PerSeat, 4_004);
    let body = run(&plan, "Nguyễn Thị Hoa");
    let forged = renamed(&body, "Trần Văn Bình");
    let report = verify(&forged);
    assert_eq!(report.outcome(), Outcome::NotAuthentic);
    assert_eq!(
        report.differences,
        vec![Difference::NotOfSession(SessionMismatch::SeatSeed)]
    );
    // The same name typed differently is the same seat: still authentic.
    let report = verify(&renamed(&body, "  nguyễn THỊ hoa "));
    assert_eq!(
        report.outcome(),
        Outcome::Authentic,
        "{:?}",
        report.differences
    );
}

#[test]
fn a_renamed_seat_alone_is_caught() {
    let plan = SessionPlan::new("first-morning", Mode::Exam, Seeding::Shared, 9);
    let mut body = run(&plan, "Nguyễn Thị Hoa");
    body.seat = Some("trần văn bình".to_owned());
    body.chain = body.compute_chain(Path::new("r")).expect("chain");
    assert_eq!(
        verify(&body).differences,
        vec![Difference::NotOfSession(SessionMismatch::Seat)]
    );
}

#[test]
fn a_shared_seed_result_renamed_still_replays_the_class_dashboard_catches_the_copy() {
    // On a shared day a renamed copy is a genuine run of the session: only comparing the
    // class's logs (duplicates) tells, which the class import does.
    let plan = SessionPlan::new("first-morning", Mode::Exam, Seeding::Shared, 77);
    let body = run(&plan, "Nguyễn Thị Hoa");
    assert_eq!(
        verify(&renamed(&body, "Trần Văn Bình")).outcome(),
        Outcome::Authentic
    );
}

#[test]
fn a_run_outside_the_session_it_names_is_not_authentic() {
    let plan = SessionPlan::new("first-morning", Mode::Exam, Seeding::Shared, 77);
    let trainee = "Nguyễn Thị Hoa";
    // Played on another day (a practice seed) and labelled with the session's code.
    let (shift, _) = motcua::expert::play(scenario(), 42, Mode::Exam).expect("plays");
    let body =
        ResultBody::from_run(&shift, trainee, Some(plan.code().as_str()), None, None).expect("b");
    assert_eq!(
        verify(&body).differences,
        vec![Difference::NotOfSession(SessionMismatch::SharedSeed)]
    );
    // Played in practice under an exam code.
    let (shift, _) =
        motcua::expert::play(scenario(), plan.seed_for(trainee), Mode::Practice).expect("plays");
    let body =
        ResultBody::from_run(&shift, trainee, Some(plan.code().as_str()), None, None).expect("b");
    assert_eq!(
        verify(&body).differences,
        vec![Difference::NotOfSession(SessionMismatch::Mode)]
    );
    // A code made for another scenario.
    let other = SessionPlan::new("hard-shift", Mode::Exam, Seeding::Shared, 77);
    let (shift, _) =
        motcua::expert::play(scenario(), other.seed_for(trainee), Mode::Exam).expect("plays");
    let body =
        ResultBody::from_run(&shift, trainee, Some(other.code().as_str()), None, None).expect("b");
    let report = verify(&body);
    assert_eq!(
        report.differences,
        vec![Difference::NotOfSession(SessionMismatch::Scenario)]
    );
    assert!(
        report.differences[0]
            .to_string()
            .contains("made for another scenario"),
        "{}",
        report.differences[0]
    );
}

#[test]
fn a_free_text_session_from_before_codes_is_not_checked_against_anything() {
    let (shift, _) = motcua::expert::play(scenario(), 42, Mode::Practice).expect("plays");
    let body = ResultBody::from_shift(&shift, "Lê Văn Học", Some("K12")).expect("body");
    assert_eq!(verify(&body).outcome(), Outcome::Authentic);
}

#[test]
fn a_resumed_journal_keeps_the_start_time_and_seat() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("shift.journal");
    let plan = SessionPlan::new("first-morning", Mode::Exam, Seeding::PerSeat, 5);
    let trainee = "Phạm Minh Đức";
    let shift = Shift::new(scenario(), plan.seed_for(trainee), Mode::Exam);
    let header = JournalHeader::for_shift(&shift, trainee, Some(plan.code().as_str()))
        .started_at(Some("2026-11-30T07:30:00Z".to_owned()));
    drop(Journal::create(&path, &header).expect("journal"));
    let (_, recovered) = resume(&path, scenario()).expect("resumes");
    assert_eq!(
        recovered.header.started.as_deref(),
        Some("2026-11-30T07:30:00Z")
    );
    assert_eq!(recovered.header.seat.as_deref(), Some("phạm minh đức"));
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(
        text.contains("started:Some(\"2026-11-30T07:30:00Z\")"),
        "{text}"
    );
}

#[test]
fn an_edited_start_time_is_an_edit_of_the_log() {
    let plan = SessionPlan::new("first-morning", Mode::Exam, Seeding::PerSeat, 31_337);
    let mut body = run(&plan, "Nguyễn Thị Hoa");
    body.started = Some("2026-11-30T07:00:00Z".to_owned());
    assert_eq!(verify(&body).differences, vec![Difference::ChainEdited]);
}
