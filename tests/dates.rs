//! Appointment dates against the law, on the shipped civil-service calendar.
//!
//! Every expected date below was counted by hand from the rule, not taken from the code:
//! the day of receipt is not counted (Civil Code 2015, Art. 147); a dossier handed in at or
//! after 15:00, or on a day off, counts as received the next working day; working days skip
//! weekends and days off and count make-up Saturdays; a calendar-day period that ends on a day
//! off ends with the next working day (Art. 148(5)); a same-day procedure is due on the day of
//! receipt. Days off are those of `scenarios/shared/calendars/vn-civil-service.ron`
//! (2025: 01/01, Tết 27–31/01, 07/04, 30/04, 01/05, 02/05 swapped for Sat 26/04, 01–02/09;
//! 2026: 01/01, Tết 16–20/02, 27/04, 30/04, 01/05, 31/08 swapped for Sat 22/08, 01–02/09;
//! 24/11/2026 only under the rule `culture-day-2026`).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use chrono::{NaiveDate, NaiveDateTime};
use motcua::calendar::{ProcessingTime, WorkingCalendar};
use motcua::scenario::load::load_catalog;

#[derive(Clone, Copy)]
enum Kind {
    Working,
    Calendar,
}

/// (received, days, kind, rule in force, expected due date, what the case checks)
type Case = (
    &'static str,
    u32,
    Kind,
    Option<&'static str>,
    &'static str,
    &'static str,
);

const CASES: &[Case] = &[
    // The three examples of the issue.
    (
        "2026-03-10 10:00",
        2,
        Kind::Working,
        None,
        "2026-03-12",
        "Tue morning, 2 days → Thu",
    ),
    (
        "2026-03-10 15:30",
        2,
        Kind::Working,
        None,
        "2026-03-13",
        "Tue after 15:00 → receipt Wed → Fri",
    ),
    (
        "2026-03-14 09:00",
        1,
        Kind::Working,
        None,
        "2026-03-17",
        "Saturday → receipt Mon → Tue",
    ),
    // The cut-off minute.
    (
        "2026-03-10 14:59",
        1,
        Kind::Working,
        None,
        "2026-03-11",
        "one minute before the cut-off",
    ),
    (
        "2026-03-10 15:00",
        1,
        Kind::Working,
        None,
        "2026-03-12",
        "at the cut-off minute",
    ),
    (
        "2026-03-10 06:50",
        1,
        Kind::Working,
        None,
        "2026-03-11",
        "before opening, same day of receipt",
    ),
    (
        "2026-03-10 12:10",
        1,
        Kind::Working,
        None,
        "2026-03-11",
        "lunch break, before the cut-off",
    ),
    // Same-day procedures.
    (
        "2026-03-10 14:59",
        0,
        Kind::Working,
        None,
        "2026-03-10",
        "same day before 15:00",
    ),
    (
        "2026-03-10 15:00",
        0,
        Kind::Working,
        None,
        "2026-03-11",
        "same day at 15:00 → next working day",
    ),
    (
        "2026-03-13 16:00",
        0,
        Kind::Working,
        None,
        "2026-03-16",
        "same day, Friday after 15:00 → Mon",
    ),
    (
        "2026-03-15 10:00",
        0,
        Kind::Working,
        None,
        "2026-03-16",
        "same day, handed in on a Sunday",
    ),
    // Weekends.
    (
        "2026-03-13 09:00",
        1,
        Kind::Working,
        None,
        "2026-03-16",
        "Friday morning → Mon",
    ),
    (
        "2026-03-13 15:30",
        1,
        Kind::Working,
        None,
        "2026-03-17",
        "Friday after 15:00 → receipt Mon → Tue",
    ),
    // Tết.
    (
        "2026-02-13 10:00",
        1,
        Kind::Working,
        None,
        "2026-02-23",
        "Friday before Tết Bính Ngọ",
    ),
    (
        "2026-02-12 10:00",
        3,
        Kind::Working,
        None,
        "2026-02-24",
        "Fri 13 (1), Tết, Mon 23 (2), Tue 24 (3)",
    ),
    (
        "2026-02-13 15:10",
        0,
        Kind::Working,
        None,
        "2026-02-23",
        "same day after 15:00 before Tết",
    ),
    (
        "2025-01-24 09:00",
        2,
        Kind::Working,
        None,
        "2025-02-04",
        "Tết Ất Tỵ 27–31/01",
    ),
    // New Year.
    (
        "2025-12-31 10:00",
        1,
        Kind::Working,
        None,
        "2026-01-02",
        "01/01 skipped",
    ),
    (
        "2025-12-31 16:00",
        1,
        Kind::Working,
        None,
        "2026-01-05",
        "after 15:00 → receipt Fri 02/01 → Mon",
    ),
    // 30/4 – 1/5 and the Hùng Kings' day.
    (
        "2026-04-29 09:00",
        1,
        Kind::Working,
        None,
        "2026-05-04",
        "30/04 and 01/05 2026 skipped",
    ),
    (
        "2026-04-24 10:00",
        2,
        Kind::Working,
        None,
        "2026-04-29",
        "compensatory Mon 27/04 skipped",
    ),
    (
        "2026-04-24 10:00",
        3,
        Kind::Working,
        None,
        "2026-05-04",
        "27/04, 30/04, 01/05 skipped",
    ),
    (
        "2025-04-04 10:00",
        1,
        Kind::Working,
        None,
        "2025-04-08",
        "Hùng Kings 07/04/2025 skipped",
    ),
    (
        "2025-04-29 10:00",
        1,
        Kind::Working,
        None,
        "2025-05-05",
        "30/04, 01/05 and swapped 02/05 skipped",
    ),
    // Make-up Saturdays count.
    (
        "2025-04-25 10:00",
        1,
        Kind::Working,
        None,
        "2025-04-26",
        "make-up Saturday 26/04/2025 is day 1",
    ),
    (
        "2025-04-24 10:00",
        3,
        Kind::Working,
        None,
        "2025-04-28",
        "Fri (1), make-up Sat (2), Mon (3)",
    ),
    (
        "2025-04-26 10:00",
        1,
        Kind::Working,
        None,
        "2025-04-28",
        "handed in on the make-up Saturday",
    ),
    (
        "2026-08-22 15:30",
        1,
        Kind::Working,
        None,
        "2026-08-25",
        "make-up Saturday after 15:00 → receipt Mon",
    ),
    (
        "2026-08-20 10:00",
        2,
        Kind::Working,
        None,
        "2026-08-22",
        "Fri 21 (1), make-up Sat 22 (2)",
    ),
    (
        "2026-08-20 10:00",
        3,
        Kind::Working,
        None,
        "2026-08-24",
        "Fri 21 (1), make-up Sat 22 (2), Mon 24 (3)",
    ),
    (
        "2026-08-27 10:00",
        2,
        Kind::Working,
        None,
        "2026-09-03",
        "Fri 28 (1), then 31/08, 01/09, 02/09 off",
    ),
    // National Day.
    (
        "2026-08-28 10:00",
        1,
        Kind::Working,
        None,
        "2026-09-03",
        "31/08, 01–02/09 2026 skipped",
    ),
    (
        "2025-08-29 10:00",
        1,
        Kind::Working,
        None,
        "2025-09-03",
        "01–02/09 2025 skipped",
    ),
    (
        "2025-08-29 15:00",
        0,
        Kind::Working,
        None,
        "2025-09-03",
        "same day after 15:00 before 2/9",
    ),
    (
        "2026-09-01 09:00",
        1,
        Kind::Working,
        None,
        "2026-09-04",
        "handed in on a holiday → receipt Thu 03/09",
    ),
    // Long periods and the optional Culture Day.
    (
        "2026-11-23 09:00",
        12,
        Kind::Working,
        None,
        "2026-12-09",
        "12 working days",
    ),
    (
        "2026-11-20 16:00",
        3,
        Kind::Working,
        None,
        "2026-11-26",
        "24/11 a working day without the rule",
    ),
    (
        "2026-11-20 16:00",
        3,
        Kind::Working,
        Some("culture-day-2026"),
        "2026-11-27",
        "24/11 off under the rule",
    ),
    // Calendar days (land-dispute mediation).
    (
        "2026-07-30 09:00",
        30,
        Kind::Calendar,
        None,
        "2026-09-03",
        "ends Sat 29/08 → next working day Thu",
    ),
    (
        "2026-03-02 10:00",
        30,
        Kind::Calendar,
        None,
        "2026-04-01",
        "ends on a working day",
    ),
    (
        "2026-03-02 15:00",
        30,
        Kind::Calendar,
        None,
        "2026-04-02",
        "after 15:00 → receipt Tue 03/03",
    ),
    (
        "2026-01-15 10:00",
        30,
        Kind::Calendar,
        None,
        "2026-02-23",
        "ends Sat 14/02, then Tết",
    ),
    (
        "2026-03-31 15:30",
        30,
        Kind::Calendar,
        None,
        "2026-05-04",
        "receipt Wed 01/04 → ends on 01/05",
    ),
    (
        "2026-03-31 10:00",
        30,
        Kind::Calendar,
        None,
        "2026-05-04",
        "ends on 30/04",
    ),
    (
        "2026-03-06 09:00",
        30,
        Kind::Calendar,
        None,
        "2026-04-06",
        "ends on a Sunday",
    ),
];

fn calendar(rule: Option<&str>) -> WorkingCalendar {
    let catalog = load_catalog(&Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/shared"))
        .expect("the shipped catalog loads");
    let mut rules = BTreeMap::new();
    if let Some(rule) = rule {
        rules.insert(rule.to_owned(), NaiveDate::MIN);
    }
    WorkingCalendar::new(&catalog.calendars["vn-civil-service"], &rules)
}

fn moment(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("a valid moment in the table")
}

fn time(days: u32, kind: Kind) -> ProcessingTime {
    match kind {
        Kind::Working => ProcessingTime::working_days(days),
        Kind::Calendar => ProcessingTime::calendar_days(days),
    }
}

#[test]
fn the_table_covers_enough_cases() {
    assert!(CASES.len() >= 30, "{} cases", CASES.len());
}

#[test]
fn due_dates_follow_the_law() {
    let plain = calendar(None);
    let culture = calendar(Some("culture-day-2026"));
    let mut wrong = Vec::new();
    for (received, days, kind, rule, expected, what) in CASES {
        let cal = if rule.is_some() { &culture } else { &plain };
        let due = cal.due(moment(received), time(*days, *kind));
        let expected = NaiveDate::parse_from_str(expected, "%Y-%m-%d").expect("valid date");
        if due.date() != expected {
            wrong.push(format!(
                "{received} + {days} ({what}): got {}, law says {expected}",
                due.date()
            ));
        }
        // The due moment is the close of office hours on the due date.
        assert_eq!(
            due.time(),
            chrono::NaiveTime::from_hms_opt(17, 0, 0).expect("17:00")
        );
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

fn run_due(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_motcua"))
        .arg("due")
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("motcua runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_due_command_prints_the_date_first_then_why() {
    for (received, days, kind, rule, expected, what) in CASES {
        let received = received.replace(' ', "T");
        let days = days.to_string();
        let mut args = vec!["--received", &received, "--days", &days];
        if matches!(kind, Kind::Calendar) {
            args.push("--calendar-days");
        }
        if let Some(rule) = rule {
            args.extend(["--rule", rule]);
        }
        let (code, stdout, stderr) = run_due(&args);
        assert_eq!(code, 0, "{received} ({what}): {stderr}");
        assert_eq!(
            stdout.lines().next(),
            Some(*expected),
            "{received} ({what}):\n{stdout}"
        );
    }
}

#[test]
fn the_due_command_explains_skipped_days() {
    let (code, stdout, _) = run_due(&["--received", "2026-02-12T10:00", "--days", "3"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], "2026-02-24");
    assert!(stdout.contains("Fri 2026-02-13  working day 1"), "{stdout}");
    assert!(
        stdout.contains("Sat 2026-02-14  skipped, weekend, Saturday"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Mon 2026-02-16  skipped, day off: Tết Bính Ngọ (Lunar New Year)"),
        "{stdout}"
    );
    assert!(stdout.contains("Tue 2026-02-24  working day 3"), "{stdout}");

    let (_, stdout, _) = run_due(&["--received", "2026-03-10T15:30", "--days", "2"]);
    assert!(
        stdout.contains("at or after the 15:00 cut-off: the next working day, Wed 2026-03-11, counts as the day of receipt"),
        "{stdout}"
    );

    let (_, stdout, _) = run_due(&[
        "--received",
        "2026-07-30T09:00",
        "--days",
        "30",
        "--calendar-days",
    ]);
    assert!(
        stdout.contains("the period ends Sat 2026-08-29"),
        "{stdout}"
    );
    assert!(stdout.contains("Art. 148(5)): Thu 2026-09-03"), "{stdout}");
}

#[test]
fn the_due_command_refuses_bad_input_clearly() {
    let (code, _, stderr) = run_due(&["--received", "2026-02-30T10:00", "--days", "2"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("2026-02-30 is not a date: 02/2026 has 28 days"),
        "{stderr}"
    );
    let (code, _, stderr) = run_due(&["--received", "2026-03-10T25:00", "--days", "2"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("`25:00` is not a time of day"), "{stderr}");
    let (code, _, stderr) = run_due(&[
        "--received",
        "2026-03-10T10:00",
        "--days",
        "2",
        "--rule",
        "no-such-rule",
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("culture-day-2026"), "{stderr}");
    let (code, _, stderr) = run_due(&[
        "--received",
        "2026-03-10T10:00",
        "--days",
        "2",
        "--scenarios",
        "/no/such/pack",
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("/no/such/pack: no such scenario pack folder"),
        "{stderr}"
    );
}

#[test]
fn dates_outside_the_calendar_data_are_flagged() {
    let (code, stdout, stderr) = run_due(&["--received", "2027-03-10T10:00", "--days", "2"]);
    assert_eq!(code, 0);
    assert_eq!(stdout.lines().next(), Some("2027-03-12"));
    assert!(
        stderr.contains("outside 2025-01-01 – 2026-12-31"),
        "{stderr}"
    );
}
