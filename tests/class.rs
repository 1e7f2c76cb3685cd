//! The instructor's class: results imported, verified, set apart or counted, summarized,
//! written as a gradebook and a printable report — the stories of a conference.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use motcua::class::duplicates::{THRESHOLD, action_similarity};
use motcua::class::{
    Class, ClassOptions, Entry, GRADEBOOK_COLUMNS, Item, Origin, Progress, Verdict, gradebook_csv,
    import, report_html, summarize, write_gradebook,
};
use motcua::i18n::Locale;
use motcua::record::result::{ResultBody, encode_result};
use motcua::record::verify::{ScenarioSource, Standing, VerifyReport};
use motcua::record::{Difference, SessionMismatch};
use motcua::scenario::load::open_scenario;
use motcua::scenario::{Mode, Scenario};
use motcua::score::{CriticalKind, Dimension, DimensionScore, Feedback, Kpis, Rule, ScoreReport};
use motcua::session::{Seeding, SessionCode, SessionPlan, seat_key};
use motcua::sim::{Action, Shift};
use motcua::text::Lang;

mod support;

#[path = "../benches/support/conference.rs"]
mod conference;

fn shipped(id: &str) -> Arc<Scenario> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(id);
    match open_scenario(&dir) {
        Ok(s) => Arc::new(s),
        Err(problems) => panic!("{id} does not load:\n{problems}"),
    }
}

fn source_of(scenarios: &[&Arc<Scenario>]) -> ScenarioSource {
    ScenarioSource::from_scenarios(scenarios.iter().map(|s| (*s).clone()))
}

/// The sealed bytes of a shift's result for `trainee` in `session`.
fn result_bytes(shift: &Shift, trainee: &str, session: Option<&str>) -> Vec<u8> {
    let body = ResultBody::from_shift(shift, trainee, session).expect("a body");
    encode(&body)
}

fn encode(body: &ResultBody) -> Vec<u8> {
    encode_result(Path::new("result.motcua"), body)
        .expect("encoded")
        .into_bytes()
}

/// What a trainee who copies a neighbour's file does: the name changed, the chain
/// recomputed, the file sealed again.
fn renamed(bytes: &[u8], trainee: &str) -> Vec<u8> {
    let mut body =
        motcua::record::result::decode_result(Path::new("x.motcua"), bytes).expect("decodes");
    body.trainee = trainee.to_owned();
    body.seat = body.seat.map(|_| seat_key(trainee));
    body.chain = body.compute_chain(Path::new("x.motcua")).expect("chain");
    encode(&body)
}

fn item(name: &str, bytes: Vec<u8>) -> Item {
    Item::bytes(Origin::File(PathBuf::from(name)), bytes)
}

fn import_all(items: Vec<Item>, source: &ScenarioSource, session: Option<SessionCode>) -> Class {
    let progress = Progress::new();
    let class = import(
        items,
        source,
        &ClassOptions {
            session,
            threads: 2,
        },
        &progress,
    );
    assert_eq!(progress.total(), class.entries.len());
    assert_eq!(progress.fraction(), 1.0);
    class
}

fn verdict_of<'a>(class: &'a Class, name: &str) -> &'a Verdict {
    &class
        .entries
        .iter()
        .find(|e| e.origin == Origin::File(PathBuf::from(name)))
        .unwrap_or_else(|| panic!("{name} imported"))
        .verdict
}

fn index_of(class: &Class, name: &str) -> usize {
    class
        .entries
        .iter()
        .position(|e| e.origin == Origin::File(PathBuf::from(name)))
        .unwrap_or_else(|| panic!("{name} imported"))
}

/// A copy that hides: the log of `actions` with a second look at a paper after the first
/// looks at two places, replayed so that it is a genuine run.
fn copy_with_extra_looks(scenario: &Arc<Scenario>, seed: u64, actions: &[Action]) -> Shift {
    let mut shift = Shift::new(scenario.clone(), seed, Mode::Exam);
    let mut added = 0;
    for (i, action) in actions.iter().enumerate() {
        shift.apply(action.clone()).expect("the original replays");
        if added < 2
            && i > actions.len() / (3 - added)
            && matches!(action, Action::Inspect { .. })
            && shift.apply(action.clone()).is_ok()
        {
            added += 1;
        }
    }
    assert_eq!(added, 2, "two looks added");
    shift
}

#[test]
fn a_copy_under_another_name_is_set_apart_with_its_original_and_honest_trainees_are_not() {
    // An exam session on one shared seed: everyone meets the same citizens.
    let scenario = shipped("exam-shift");
    let plan = SessionPlan::new("exam-shift", Mode::Exam, Seeding::Shared, 77);
    let code = plan.code();
    let seed = plan.seed_for("anyone");
    // Two good trainees who follow the expert's path, each with their own habits (a look at
    // a paper now and then, about once per dozen steps).
    let an = conference::human_expert(&scenario, seed, Mode::Exam, 1, 12, None);
    let binh = conference::human_expert(&scenario, seed, Mode::Exam, 2, 12, None);
    let an_actions: Vec<Action> = an.actions.iter().map(|(_, a)| a.clone()).collect();
    let binh_actions: Vec<Action> = binh.actions.iter().map(|(_, a)| a.clone()).collect();
    let honest = action_similarity(&an_actions, &binh_actions);
    assert!(
        honest < THRESHOLD - 0.15,
        "two honest trainees are {honest:.3} alike: too close to the threshold {THRESHOLD}"
    );
    // Even two trainees who both play the expert with fewer habits (one look per 30 steps)
    // stay apart.
    let calm_a = conference::human_expert(&scenario, seed, Mode::Exam, 3, 30, None);
    let calm_b = conference::human_expert(&scenario, seed, Mode::Exam, 4, 30, None);
    let calm = action_similarity(
        &calm_a
            .actions
            .iter()
            .map(|(_, a)| a.clone())
            .collect::<Vec<_>>(),
        &calm_b
            .actions
            .iter()
            .map(|(_, a)| a.clone())
            .collect::<Vec<_>>(),
    );
    assert!(calm < THRESHOLD, "calm honest trainees are {calm:.3} alike");
    // A copy with two looks added to hide it is still a copy.
    let hidden = copy_with_extra_looks(&scenario, seed, &an_actions);
    let hidden_actions: Vec<Action> = hidden.actions.iter().map(|(_, a)| a.clone()).collect();
    let hiding = action_similarity(&an_actions, &hidden_actions);
    assert!(
        hiding >= THRESHOLD,
        "a hidden copy is only {hiding:.3} alike"
    );
    eprintln!(
        "similarity on a shared seed ({} and {} actions): honest {honest:.3}, calm honest {calm:.3}, copy with two looks added {hiding:.3}",
        an_actions.len(),
        binh_actions.len()
    );

    let an_bytes = result_bytes(&an, "Nguyễn Văn An", Some(code.as_str()));
    let items = vec![
        item("an.motcua", an_bytes.clone()),
        item(
            "binh.motcua",
            result_bytes(&binh, "Trần Thị Bình", Some(code.as_str())),
        ),
        item("chi.motcua", renamed(&an_bytes, "Lê Minh Chi")),
        item(
            "dung.motcua",
            result_bytes(&hidden, "Phạm Đức Dũng", Some(code.as_str())),
        ),
    ];
    let class = import_all(items, &source_of(&[&scenario]), Some(code));
    // The renamed copy verifies (a shared seed, the chain recomputed): only the log gives
    // it away. The original and both copies are set apart together; Bình counts.
    assert_eq!(verdict_of(&class, "binh.motcua"), &Verdict::Counted);
    let (an_i, chi_i, dung_i) = (
        index_of(&class, "an.motcua"),
        index_of(&class, "chi.motcua"),
        index_of(&class, "dung.motcua"),
    );
    assert!(class.entries[chi_i].report.authentic);
    assert_eq!(
        verdict_of(&class, "chi.motcua"),
        &Verdict::Duplicate {
            of: an_i,
            similarity: 1.0
        }
    );
    assert!(
        matches!(verdict_of(&class, "an.motcua"), Verdict::Duplicate { of, similarity } if *of == chi_i && *similarity == 1.0)
    );
    assert!(
        matches!(verdict_of(&class, "dung.motcua"), Verdict::Duplicate { of, .. } if *of == an_i || *of == chi_i)
    );
    assert_eq!(class.duplicate_groups(), vec![vec![an_i, chi_i, dung_i]]);
    assert_eq!(class.summary.counted, 1);
    assert_eq!(class.summary.set_apart, 3);
}

#[test]
fn a_tampered_byte_and_a_foreign_session_are_set_apart() {
    let scenario = shipped("tutorial-birth");
    let plan = SessionPlan::new("tutorial-birth", Mode::Exam, Seeding::PerSeat, 5);
    let other = SessionPlan::new("tutorial-birth", Mode::Exam, Seeding::PerSeat, 6).code();
    let code = plan.code();
    let run = |trainee: &str| {
        conference::human_expert(&scenario, plan.seed_for(trainee), Mode::Exam, 9, 0, None)
    };
    let an = result_bytes(&run("An"), "An", Some(code.as_str()));
    let mut edited = result_bytes(&run("Bình"), "Bình", Some(code.as_str()));
    // One byte of the log changed (a digit of the seed), the seal left as it was.
    let at = String::from_utf8_lossy(&edited)
        .find("seed: ")
        .expect("a seed line")
        + 6;
    edited[at] = if edited[at] == b'1' { b'2' } else { b'1' };
    // Played in the other session: that session's day for Chi.
    let foreign_run = conference::human_expert(
        &scenario,
        other.plan().seed_for("Chi"),
        Mode::Exam,
        9,
        0,
        None,
    );
    let foreign = result_bytes(&foreign_run, "Chi", Some(other.as_str()));
    let none = result_bytes(&run("Dũng"), "Dũng", None);
    // The code typed the way people type it still names this session.
    let typed = code.as_str().to_lowercase().replace('-', "");
    let lower = result_bytes(&run("Giang"), "Giang", Some(&typed));
    let items = vec![
        item("an.motcua", an),
        item("binh.motcua", edited),
        item("chi.motcua", foreign),
        item("dung.motcua", none),
        item("giang.motcua", lower),
    ];
    let class = import_all(items, &source_of(&[&scenario]), Some(code.clone()));
    assert_eq!(verdict_of(&class, "an.motcua"), &Verdict::Counted);
    assert_eq!(verdict_of(&class, "binh.motcua"), &Verdict::Tampered);
    assert_eq!(
        verdict_of(&class, "chi.motcua"),
        &Verdict::ForeignSession {
            session: Some(other.as_str().to_owned())
        }
    );
    assert_eq!(
        verdict_of(&class, "dung.motcua"),
        &Verdict::ForeignSession { session: None }
    );
    assert_eq!(verdict_of(&class, "giang.motcua"), &Verdict::Counted);
    assert_eq!((class.summary.counted, class.summary.set_apart), (2, 3));
    let trainees: Vec<&str> = class
        .summary
        .rows
        .iter()
        .map(|r| r.trainee.as_str())
        .collect();
    assert_eq!(trainees, ["An", "Giang"]);
}

#[test]
fn without_a_session_every_authentic_result_belongs_and_unreadable_files_are_named() {
    let scenario = shipped("tutorial-birth");
    let dir = tempfile::tempdir().expect("tempdir");
    let shift = conference::human_expert(&scenario, 3, Mode::Practice, 1, 0, None);
    std::fs::write(
        dir.path().join("a.motcua"),
        result_bytes(&shift, "An", Some("any text")),
    )
    .expect("written");
    std::fs::write(dir.path().join("b.motcua"), b"not a result").expect("written");
    std::fs::write(dir.path().join("notes.txt"), b"ignored").expect("written");
    let files = motcua::class::collect_folder(dir.path()).expect("listed");
    assert_eq!(
        files,
        vec![dir.path().join("a.motcua"), dir.path().join("b.motcua")]
    );
    let class = import_all(
        files.into_iter().map(Item::file).collect(),
        &source_of(&[&scenario]),
        None,
    );
    assert_eq!(class.entries[0].verdict, Verdict::Counted);
    assert_eq!(class.entries[1].verdict, Verdict::Tampered);
    assert!(class.entries[1].body.is_none());
    let missing =
        motcua::class::collect_folder(&dir.path().join("absent")).expect_err("no such folder");
    assert!(
        missing.to_string().starts_with(&format!(
            "{}: cannot list the folder",
            dir.path().join("absent").display()
        )),
        "{missing}"
    );
}

#[test]
fn a_per_seat_result_renamed_to_another_trainee_is_set_apart_as_not_authentic() {
    let scenario = shipped("tutorial-birth");
    let plan = SessionPlan::new("tutorial-birth", Mode::Exam, Seeding::PerSeat, 404);
    let code = plan.code();
    let an = conference::human_expert(
        &scenario,
        plan.seed_for("Nguyễn Văn An"),
        Mode::Exam,
        1,
        0,
        None,
    );
    let an_bytes = result_bytes(&an, "Nguyễn Văn An", Some(code.as_str()));
    // Bình hands in An's run under his own name: seat, chain and seal made right again.
    let items = vec![
        item("an.motcua", an_bytes.clone()),
        item("binh.motcua", renamed(&an_bytes, "Trần Thị Bình")),
    ];
    let class = import_all(items, &source_of(&[&scenario]), Some(code));
    assert_eq!(verdict_of(&class, "an.motcua"), &Verdict::Counted);
    assert_eq!(verdict_of(&class, "binh.motcua"), &Verdict::Tampered);
    let binh = &class.entries[index_of(&class, "binh.motcua")];
    assert_eq!(
        binh.report.differences,
        vec![Difference::NotOfSession(SessionMismatch::SeatSeed)]
    );
    assert_eq!((class.summary.counted, class.summary.set_apart), (1, 1));
}

fn finished_at(shift: &Shift, trainee: &str, finished: &str) -> Vec<u8> {
    let body = ResultBody::from_run(
        shift,
        trainee,
        None,
        Some("2026-11-30T08:00:00Z".to_owned()),
        Some(finished.to_owned()),
    )
    .expect("a body");
    encode(&body)
}

#[test]
fn a_retry_finished_later_counts_whatever_the_order_of_import() {
    let scenario = shipped("tutorial-birth");
    let first = conference::human_expert(&scenario, 11, Mode::Exam, 1, 0, Some(5));
    let retry = conference::human_expert(&scenario, 11, Mode::Exam, 1, 0, None);
    let items = vec![
        item(
            "retry.motcua",
            finished_at(&retry, "An", "2026-11-30T10:15:00Z"),
        ),
        item(
            "first.motcua",
            finished_at(&first, "An", "2026-11-30T09:05:00Z"),
        ),
    ];
    let class = import_all(items, &source_of(&[&scenario]), None);
    assert_eq!(verdict_of(&class, "retry.motcua"), &Verdict::Counted);
    assert_eq!(
        verdict_of(&class, "first.motcua"),
        &Verdict::Superseded { by: 0 }
    );
    let row = &class.summary.rows[0];
    assert_eq!(row.finished.as_deref(), Some("2026-11-30T10:15:00Z"));
    assert_eq!(row.started.as_deref(), Some("2026-11-30T08:00:00Z"));
}

#[test]
fn without_finished_times_the_result_imported_last_counts_for_the_seat() {
    let scenario = shipped("tutorial-birth");
    let first = conference::human_expert(&scenario, 11, Mode::Exam, 1, 0, Some(5));
    let second = conference::human_expert(&scenario, 11, Mode::Exam, 1, 0, None);
    let items = vec![
        item("try-1.motcua", result_bytes(&first, "Nguyễn Văn An", None)),
        // The same seat, typed differently.
        item(
            "try-2.motcua",
            result_bytes(&second, "nguyễn  văn AN", None),
        ),
    ];
    let class = import_all(items, &source_of(&[&scenario]), None);
    assert_eq!(
        verdict_of(&class, "try-1.motcua"),
        &Verdict::Superseded { by: 1 }
    );
    assert_eq!(verdict_of(&class, "try-2.motcua"), &Verdict::Counted);
    assert_eq!(class.summary.rows.len(), 1);
    assert_eq!(class.summary.rows[0].seat, seat_key("Nguyễn Văn An"));
}

#[test]
fn a_refresh_verifies_only_the_new_results_and_judges_them_all_again() {
    let scenario = shipped("tutorial-birth");
    let plan = SessionPlan::new("tutorial-birth", Mode::Exam, Seeding::Shared, 12);
    let code = plan.code();
    let seed = plan.seed_for("x");
    let source = source_of(&[&scenario]);
    let options = ClassOptions {
        session: Some(code.clone()),
        threads: 1,
    };
    let an = conference::human_expert(&scenario, seed, Mode::Exam, 1, 0, None);
    let an_bytes = result_bytes(&an, "An", Some(code.as_str()));
    let first = import(
        vec![item("an.motcua", an_bytes.clone())],
        &source,
        &options,
        &Progress::new(),
    );
    assert_eq!(first.entries[0].verdict, Verdict::Counted);
    // A refresh: An's file is known (its bytes are not even given again), Chi's copy is new.
    let progress = Progress::new();
    let again = motcua::class::import_again(
        &first,
        vec![
            Item::file("an.motcua"),
            item("chi.motcua", renamed(&an_bytes, "Chi")),
        ],
        &source,
        &options,
        &progress,
    );
    assert_eq!((progress.done(), progress.total()), (1, 1));
    assert!(matches!(
        again.entries[0].verdict,
        Verdict::Duplicate { of: 1, .. }
    ));
    assert!(matches!(
        again.entries[1].verdict,
        Verdict::Duplicate { of: 0, .. }
    ));
    assert_eq!(again.summary.counted, 0);
}

// ---- The summary of a small class, computed by hand ------------------------------------

fn dimension(dimension: Dimension, percent: Option<f64>) -> DimensionScore {
    DimensionScore {
        dimension,
        weight: 20,
        percent: percent.unwrap_or(0.0),
        points: 0.0,
        out_of: 20.0,
        opportunities: if percent.is_some() { 10.0 } else { 0.0 },
        penalties: 0.0,
    }
}

fn mistake(rule: Rule, citizen: &str, wrong_decision: bool, critical: bool) -> Feedback {
    Feedback {
        dimension: Dimension::Intake,
        rule,
        message: "fb-test".to_owned(),
        args: Vec::new(),
        units: 1.0,
        critical: critical.then_some(CriticalKind::WrongDeadline),
        citizen: Some(citizen.to_owned()),
        dossier: None,
        at: None,
        wrong_decision,
    }
}

fn score(
    total: f64,
    passed: bool,
    intake: f64,
    guidance: Option<f64>,
    feedback: Vec<Feedback>,
) -> ScoreReport {
    ScoreReport {
        total,
        passed,
        finished: true,
        hints_used: 0,
        decisions: 4,
        wrong_decisions: 0,
        mode: Mode::Exam,
        dimensions: vec![
            dimension(Dimension::Intake, Some(intake)),
            dimension(Dimension::Digitization, Some(100.0)),
            dimension(Dimension::Compliance, Some(80.0)),
            dimension(Dimension::Guidance, guidance),
            dimension(Dimension::Service, Some(90.0)),
        ],
        critical: feedback.iter().filter_map(|f| f.critical).collect(),
        feedback,
        kpis: Kpis::default(),
    }
}

fn entry(trainee: &str, verdict: Verdict, score: ScoreReport) -> Entry {
    Entry {
        origin: Origin::File(PathBuf::from(format!("{trainee}.motcua"))),
        report: VerifyReport {
            file: PathBuf::from(format!("{trainee}.motcua")),
            trainee: trainee.to_owned(),
            scenario_id: "exam-shift".to_owned(),
            engine: String::new(),
            stored_total: Some(score.total),
            recomputed_total: Some(score.total),
            authentic: verdict != Verdict::Tampered,
            differences: Vec::new(),
            notes: Vec::new(),
            critical_errors: Vec::new(),
            standing: Some(Standing::of(&score)),
        },
        body: None,
        score: Some(score),
        verdict,
    }
}

fn small_class() -> Vec<Entry> {
    vec![
        entry(
            "An",
            Verdict::Counted,
            score(
                95.0,
                true,
                90.0,
                Some(100.0),
                vec![mistake(Rule::Courtesy, "c1", false, false)],
            ),
        ),
        entry(
            "Bình",
            Verdict::Counted,
            score(
                85.0,
                true,
                80.0,
                None,
                vec![
                    mistake(Rule::AskOnce, "c2", true, false),
                    mistake(Rule::Courtesy, "c1", false, false),
                    mistake(Rule::Courtesy, "c3", false, false),
                ],
            ),
        ),
        entry(
            "Chi",
            Verdict::Counted,
            score(
                40.0,
                false,
                40.0,
                Some(50.0),
                vec![
                    mistake(Rule::WorkingDays, "c2", false, true),
                    mistake(Rule::AskOnce, "c3", true, false),
                ],
            ),
        ),
        entry(
            "Dũng",
            Verdict::Counted,
            score(100.0, true, 100.0, None, Vec::new()),
        ),
        // Set apart: none of its numbers may reach the summary.
        entry(
            "Giang",
            Verdict::Tampered,
            score(
                5.0,
                false,
                0.0,
                Some(0.0),
                vec![mistake(Rule::Privacy, "c9", true, true)],
            ),
        ),
    ]
}

#[test]
fn the_summary_of_a_small_class_matches_the_hand_count() {
    let entries = small_class();
    let s = summarize(&entries, &ScenarioSource::from_scenarios([]));
    assert_eq!((s.counted, s.set_apart, s.passed), (4, 1, 3));
    // (95 + 85 + 40 + 100) / 4 = 80; the middle two of 40, 85, 95, 100 give 90.
    assert_eq!(s.mean, Some(80.0));
    assert_eq!(s.median, Some(90.0));
    // 40 in 40–49, 85 in 80–89, 95 and 100 in 90–100.
    assert_eq!(s.distribution, [0, 0, 0, 0, 1, 0, 0, 0, 1, 2]);
    let averages: Vec<(Dimension, Option<f64>, usize)> = s
        .dimension_averages
        .iter()
        .map(|d| (d.dimension, d.average, d.results))
        .collect();
    assert_eq!(
        averages,
        vec![
            // (90 + 80 + 40 + 100) / 4
            (Dimension::Intake, Some(77.5), 4),
            (Dimension::Digitization, Some(100.0), 4),
            (Dimension::Compliance, Some(80.0), 4),
            // Only An and Chi had guidance to give: (100 + 50) / 2.
            (Dimension::Guidance, Some(75.0), 2),
            (Dimension::Service, Some(90.0), 4),
        ]
    );
    // Courtesy: 3 items by 2 trainees; ask-once: 2 items by 2; working days: 1, critical.
    let mistakes: Vec<(Rule, usize, usize, usize)> = s
        .mistakes
        .iter()
        .map(|m| (m.rule, m.count, m.trainees, m.critical))
        .collect();
    assert_eq!(
        mistakes,
        vec![
            (Rule::Courtesy, 3, 2, 0),
            (Rule::AskOnce, 2, 2, 0),
            (Rule::WorkingDays, 1, 1, 1),
        ]
    );
    // c2: Bình's wrong decision and Chi's critical error; c3: Chi's wrong decision (and
    // Bình's courtesy slip); c1: two courtesy slips, never handled wrongly.
    let cases: Vec<(&str, usize, usize, usize, Option<Rule>)> = s
        .hardest_cases
        .iter()
        .map(|c| {
            (
                c.citizen.as_str(),
                c.wrong,
                c.with_mistakes,
                c.of,
                c.main_rule,
            )
        })
        .collect();
    assert_eq!(
        cases,
        vec![
            ("c2", 2, 2, 4, Some(Rule::AskOnce)),
            ("c3", 1, 2, 4, Some(Rule::AskOnce)),
            ("c1", 0, 2, 4, Some(Rule::Courtesy)),
        ]
    );
    let rows: Vec<(&str, f64, Standing)> = s
        .rows
        .iter()
        .map(|r| (r.trainee.as_str(), r.score, r.standing))
        .collect();
    assert_eq!(
        rows,
        vec![
            ("An", 95.0, Standing::Passed),
            ("Bình", 85.0, Standing::Passed),
            ("Chi", 40.0, Standing::NotPassed),
            ("Dũng", 100.0, Standing::Passed),
        ]
    );
    assert_eq!(s.rows[1].dimensions[3], None, "no guidance work for Bình");
}

fn small_class_imported() -> Class {
    let entries = small_class();
    let summary = summarize(&entries, &ScenarioSource::from_scenarios([]));
    Class { entries, summary }
}

#[test]
fn the_gradebook_has_the_documented_columns_and_is_safe_to_open() {
    let mut class = small_class_imported();
    class.summary.rows[0].trainee = "Nguyễn, Văn \"An\"".to_owned();
    class.summary.rows[1].trainee = "=HYPERLINK(\"x\")".to_owned();
    let csv = gradebook_csv(&class);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "trainee,seat,score,standing,intake,digitization,compliance,guidance,service,critical_errors,finished,session,scenario"
    );
    assert_eq!(lines[0].split(',').count(), GRADEBOOK_COLUMNS.len());
    // Quoted as RFC 4180 wants; a formula is never run; the score has one decimal.
    assert!(
        lines[1]
            .starts_with("\"Nguyễn, Văn \"\"An\"\"\",an,95.0,passed,90.0,100.0,80.0,100.0,90.0,,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("\"'=HYPERLINK(\"\"x\"\")\","),
        "{}",
        lines[2]
    );
    // Bình had no guidance work: an empty cell, not a zero.
    assert!(
        lines[2].contains(",85.0,passed,80.0,100.0,80.0,,90.0,"),
        "{}",
        lines[2]
    );
    assert!(lines[3].contains(",40.0,not passed,"), "{}", lines[3]);
    assert_eq!(
        lines.len(),
        4 + 1 + 1,
        "a header, four counted rows, a final line end"
    );
    assert!(!csv.contains("Giang"), "set-apart results are not graded");

    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("grades.csv");
    write_gradebook(&path, &class).expect("written");
    let bytes = std::fs::read(&path).expect("readable");
    assert!(bytes.starts_with("\u{feff}trainee,".as_bytes()));
}

#[test]
fn the_report_escapes_what_trainees_typed_and_has_every_word_in_every_language() {
    let mut class = small_class_imported();
    class.summary.rows[0].trainee = "<script>alert('An')</script>".to_owned();
    class.entries[4].report.trainee = "<img src=x onerror=alert(1)>".to_owned();
    for lang in [Lang::Vi, Lang::En, Lang::Bn] {
        let html = report_html(&class, &Locale::new(lang), "Lớp <b>K12</b>");
        assert!(!html.contains("<script"), "{lang:?}");
        assert!(!html.contains("<img"), "{lang:?}");
        assert!(html.contains("&lt;script&gt;alert(&#39;An&#39;)&lt;/script&gt;"));
        assert!(html.contains("<title>Lớp &lt;b&gt;K12&lt;/b&gt;</title>"));
        assert!(!html.contains("[class-"), "{lang:?}: a word is missing");
        assert!(
            !html.contains("[dim-") && !html.contains("[rule-"),
            "{lang:?}"
        );
        assert!(html.contains("@media print"));
        assert_eq!(html.matches("<svg").count(), 2, "two charts");
    }
    let vi = report_html(&class, &Locale::new(Lang::Vi), "Lớp");
    // Vietnamese writes the mean 80.0 as 80,0 and the intake average 77.5 as 77,5.
    assert!(vi.contains("<b>80,0</b>"), "mean");
    assert!(vi.contains(">77,5<"), "intake average");
    assert!(vi.contains("Điểm trung bình"));
    let bn = report_html(&class, &Locale::new(Lang::Bn), "Lớp");
    assert!(bn.contains("<b>৮০.০</b>"), "Bengali digits");
}

#[test]
fn motcua_class_prints_the_table_the_set_apart_and_the_summary() {
    let scenario = shipped("tutorial-birth");
    let plan = SessionPlan::new("tutorial-birth", Mode::Exam, Seeding::Shared, 321);
    let code = plan.code();
    let seed = plan.seed_for("x");
    let dir = tempfile::tempdir().expect("tempdir");
    let folder = dir.path().join("results");
    std::fs::create_dir(&folder).expect("created");
    let an = conference::human_expert(&scenario, seed, Mode::Exam, 1, 0, None);
    let an_bytes = result_bytes(&an, "Nguyễn Văn An", Some(code.as_str()));
    std::fs::write(folder.join("an.motcua"), &an_bytes).expect("written");
    std::fs::write(folder.join("chi.motcua"), renamed(&an_bytes, "Lê Minh Chi")).expect("w");
    let csv = dir.path().join("grades.csv");
    let html = dir.path().join("report.html");
    let scenarios = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let out = Command::new(env!("CARGO_BIN_EXE_motcua"))
        .arg("class")
        .arg(&folder)
        .args(["--session", code.as_str(), "--lang", "en"])
        .arg("--csv")
        .arg(&csv)
        .arg("--html")
        .arg(&html)
        .arg("--scenarios")
        .arg(&scenarios)
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    // Copies are content that is wrong: exit 1, as for a result that is not authentic.
    assert_eq!(out.status.code(), Some(1), "{stdout}\n{stderr}");
    assert!(stderr.contains("Verified 2 results in"), "{stderr}");
    assert!(stdout.contains("Set apart, not counted (2):"), "{stdout}");
    assert!(
        stdout.contains(
            "chi.motcua — Lê Minh Chi: same actions as Nguyễn Văn An (an.motcua) (100 % alike)"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(
            "Session {}, 2 results: 0 counted, 2 set apart",
            code.as_str()
        )),
        "{stdout}"
    );
    assert!(csv.is_file() && html.is_file());

    // A code misheard: refused before anything is read.
    let out = Command::new(env!("CARGO_BIN_EXE_motcua"))
        .arg("class")
        .arg(&folder)
        .args(["--session", "K7M-4QX-PZ3"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("--session K7M-4QX-PZ3: "), "{stderr}");

    // A folder that is not there is named.
    let missing = dir.path().join("nowhere");
    let out = Command::new(env!("CARGO_BIN_EXE_motcua"))
        .arg("class")
        .arg(&missing)
        .arg("--scenarios")
        .arg(&scenarios)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with(&format!("{}: cannot list the folder: ", missing.display())),
        "{stderr}"
    );
}
