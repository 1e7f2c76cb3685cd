//! `motcua due`: the return date of a dossier, counted the way the law counts it, with every
//! day counted or skipped and why — what an instructor uses to check a slip.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Weekday};

use crate::calendar::{
    DayCount, DayStatus, ProcessingTime, ReceiptMoved, Reckoning, WorkingCalendar,
};
use crate::scenario::Catalog;
use crate::scenario::load::{BUILTIN_ROOT, Problems, Source, load_catalog_in};
use crate::text::{Lang, LocalizedText};

/// The calendar used when the pack has several and none is named.
const DEFAULT_CALENDAR: &str = "vn-civil-service";

/// The arguments of `motcua due`.
pub(super) struct DueArgs {
    /// `--received` as typed.
    pub received: String,
    /// Days and how they are counted.
    pub time: ProcessingTime,
    /// `--calendar`.
    pub calendar: Option<String>,
    /// `--rule`, each.
    pub rules: Vec<String>,
    /// Pack root.
    pub scenarios: PathBuf,
}

/// Runs `motcua due`: exit 0 with the report, 2 when the arguments or the pack are wrong.
pub(super) fn run(args: &DueArgs) -> ExitCode {
    match reckon(args) {
        Ok((reckoning, calendar_id, warnings)) => {
            let _ = write!(
                std::io::stdout().lock(),
                "{}",
                report(&reckoning, &calendar_id)
            );
            for w in warnings {
                let _ = writeln!(std::io::stderr().lock(), "warning: {w}");
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            let _ = writeln!(std::io::stderr().lock(), "{message}");
            ExitCode::from(super::TROUBLE)
        }
    }
}

/// Parses `--received`: `YYYY-MM-DDTHH:MM[:SS]`, `YYYY-MM-DD HH:MM[:SS]` or `YYYY-MM-DD`
/// (the morning, before the cut-off).
pub(super) fn parse_received(text: &str, morning: NaiveTime) -> Result<NaiveDateTime, String> {
    let text = text.trim();
    let (date_text, time_text) = match text.split_once(['T', ' ']) {
        Some((d, t)) => (d, Some(t.trim())),
        None => (text, None),
    };
    let date = parse_date(date_text)
        .map_err(|why| format!("--received `{}`: {why}", super::safe(text)))?;
    let time = match time_text {
        None => morning,
        Some(t) => NaiveTime::parse_from_str(t, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M:%S"))
            .map_err(|_| {
                format!(
                    "--received `{}`: `{}` is not a time of day (write HH:MM, e.g. 15:30)",
                    super::safe(text),
                    super::safe(t)
                )
            })?,
    };
    Ok(date.and_time(time))
}

/// A `YYYY-MM-DD` date, with a precise reason when it is not one.
fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let parts: Vec<&str> = text.split('-').collect();
    let numbers: Option<Vec<u32>> = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) => {
            parts.iter().map(|p| p.parse::<u32>().ok()).collect()
        }
        _ => None,
    };
    let Some([y, m, d]) = numbers
        .as_deref()
        .and_then(|n| <[u32; 3]>::try_from(n).ok())
    else {
        return Err(format!(
            "`{}` is not a date (write YYYY-MM-DD, e.g. 2026-03-10)",
            super::safe(text)
        ));
    };
    let year = i32::try_from(y).unwrap_or(i32::MAX);
    if !(1..=12).contains(&m) {
        return Err(format!("{text} is not a date: there is no month {m}"));
    }
    NaiveDate::from_ymd_opt(year, m, d).ok_or_else(|| {
        let days_in_month = (28..=31)
            .rev()
            .find(|last| NaiveDate::from_ymd_opt(year, m, *last).is_some())
            .unwrap_or(28);
        format!("{text} is not a date: {m:02}/{year} has {days_in_month} days")
    })
}

/// Loads the pack's calendar and counts.
fn reckon(args: &DueArgs) -> Result<(Reckoning, String, Vec<String>), String> {
    let catalog = load_catalog(&args.scenarios)?;
    let calendar_id = match &args.calendar {
        Some(id) => id.clone(),
        None if catalog.calendars.len() == 1 => {
            catalog.calendars.keys().next().cloned().unwrap_or_default()
        }
        None => DEFAULT_CALENDAR.to_owned(),
    };
    let Some(calendar) = catalog.calendars.get(&calendar_id) else {
        let known: Vec<&str> = catalog.calendars.keys().map(String::as_str).collect();
        return Err(format!(
            "{}: no calendar `{}` (the pack has: {})",
            args.scenarios.display(),
            super::safe(&calendar_id),
            if known.is_empty() {
                "none".to_owned()
            } else {
                known.join(", ")
            }
        ));
    };
    let mut rules = BTreeMap::new();
    for rule in &args.rules {
        if !catalog.rules.contains_key(rule) {
            let optional: Vec<&str> = calendar
                .optional_days_off
                .iter()
                .map(|o| o.rule.as_str())
                .collect();
            return Err(format!(
                "--rule {}: no such rule in {} (rules with optional days off in `{calendar_id}`: {})",
                super::safe(rule),
                args.scenarios.display(),
                if optional.is_empty() {
                    "none".to_owned()
                } else {
                    optional.join(", ")
                }
            ));
        }
        rules.insert(rule.clone(), NaiveDate::MIN);
    }
    let working = WorkingCalendar::new(calendar, &rules);
    let received = parse_received(
        &args.received,
        working.hours().morning.0.on(NaiveDate::MIN).time(),
    )?;
    let reckoning = working.reckon(received, args.time);
    let mut warnings = Vec::new();
    for (what, date) in [("received", received.date()), ("due", reckoning.due_date)] {
        if working.is_outside_coverage(date)
            && let Some((first, last)) = working.covers()
        {
            warnings.push(format!(
                "the {what} date {date} is outside {first} – {last}, the dates for which calendar `{calendar_id}` lists every day off: only weekends are known there, check the official calendar"
            ));
        }
    }
    if reckoning.capped {
        warnings.push(format!(
            "the count stopped at its limit ({} days or the end of the date range)",
            crate::calendar::MAX_PERIOD_DAYS
        ));
    }
    Ok((reckoning, calendar_id, warnings))
}

fn load_catalog(root: &Path) -> Result<Catalog, String> {
    let source = if root == Path::new(BUILTIN_ROOT) {
        Source::Builtin
    } else {
        Source::Disk
    };
    if source == Source::Disk && !root.is_dir() {
        return Err(format!("{}: no such scenario pack folder", root.display()));
    }
    load_catalog_in(source, &root.join("shared")).map_err(|Problems(problems)| {
        let mut text = format!("{}: the shared data does not load:", root.display());
        for p in problems {
            let _ = write!(text, "\n{p}");
        }
        text
    })
}

fn weekday(day: NaiveDate) -> &'static str {
    match chrono::Datelike::weekday(&day) {
        Weekday::Mon => "Mon",
        Weekday::Tue => "Tue",
        Weekday::Wed => "Wed",
        Weekday::Thu => "Thu",
        Weekday::Fri => "Fri",
        Weekday::Sat => "Sat",
        Weekday::Sun => "Sun",
    }
}

fn day(day: NaiveDate) -> String {
    format!("{} {day}", weekday(day))
}

/// A day's name in Vietnamese with the English in brackets when it differs.
fn name(text: &LocalizedText) -> String {
    let vi = super::safe(text.get(Lang::Vi));
    let en = super::safe(text.get(Lang::En));
    if en.is_empty() || en == vi {
        vi
    } else {
        format!("{vi} ({en})")
    }
}

fn why_not_working(status: &DayStatus) -> String {
    match status {
        DayStatus::Weekend(Weekday::Sat) => "weekend, Saturday".to_owned(),
        DayStatus::Weekend(_) => "weekend, Sunday".to_owned(),
        DayStatus::DayOff(n) => format!("day off: {}", name(n)),
        DayStatus::OptionalDayOff { name: n, rule } => {
            format!("day off under rule {}: {}", super::safe(rule), name(n))
        }
        DayStatus::Working | DayStatus::MakeUpWorkingDay(_) => "a working day".to_owned(),
    }
}

/// The report: the due date alone on the first line, then how it was counted.
pub(super) fn report(r: &Reckoning, calendar_id: &str) -> String {
    let mut out = format!("{}\n", r.due_date);
    let received = format!("{} {}", day(r.received.date()), r.received.format("%H:%M"));
    match &r.receipt_moved {
        None => {
            let _ = writeln!(
                out,
                "Received {received}, a working day before the cut-off: that day is the day of receipt."
            );
        }
        Some(ReceiptMoved::AfterCutoff(cutoff)) => {
            let _ = writeln!(
                out,
                "Received {received}, at or after the {cutoff} cut-off: the next working day, {}, counts as the day of receipt.",
                day(r.receipt_day)
            );
        }
        Some(ReceiptMoved::NotAWorkingDay(status)) => {
            let _ = writeln!(
                out,
                "Received {received}, not a working day ({}); the next working day, {}, counts as the day of receipt.",
                why_not_working(status),
                day(r.receipt_day)
            );
        }
    }
    if r.time.is_same_day() {
        let _ = writeln!(
            out,
            "Same-day procedure: due at the close of the day of receipt, {}.",
            day(r.receipt_day)
        );
    } else {
        match r.time.counted_in {
            DayCount::WorkingDays => working_days(&mut out, r),
            DayCount::CalendarDays => calendar_days(&mut out, r),
        }
    }
    let _ = writeln!(
        out,
        "Due: {}, by {} (calendar {}).",
        day(r.due_date),
        r.due.format("%H:%M"),
        super::safe(calendar_id)
    );
    out
}

fn working_days(out: &mut String, r: &Reckoning) {
    let _ = writeln!(
        out,
        "Counting {} working day{} after {} (the day of receipt is not counted; Civil Code 2015, Art. 147):",
        r.time.days,
        if r.time.days == 1 { "" } else { "s" },
        day(r.receipt_day)
    );
    let mut lines: Vec<(NaiveDate, String)> = r
        .skipped
        .iter()
        .map(|(d, status)| (*d, format!("skipped, {}", why_not_working(status))))
        .collect();
    for (i, (d, status)) in r.counted.iter().enumerate() {
        let note = match status {
            DayStatus::MakeUpWorkingDay(n) => format!(" (make-up working day: {})", name(n)),
            _ => String::new(),
        };
        lines.push((*d, format!("working day {}{note}", i + 1)));
    }
    lines.sort_by_key(|(d, _)| *d);
    for (d, text) in lines {
        let _ = writeln!(out, "  {}  {text}", day(d));
    }
}

fn calendar_days(out: &mut String, r: &Reckoning) {
    let end = r.period_end.unwrap_or(r.due_date);
    let _ = writeln!(
        out,
        "Counting {} calendar day{} after {} (the day of receipt is not counted; Civil Code 2015, Art. 147): the period ends {}.",
        r.time.days,
        if r.time.days == 1 { "" } else { "s" },
        day(r.receipt_day),
        day(end)
    );
    if !r.skipped.is_empty() {
        for (d, status) in &r.skipped {
            let _ = writeln!(
                out,
                "  {}  not a working day, {}",
                day(*d),
                why_not_working(status)
            );
        }
        let _ = writeln!(
            out,
            "The period ends on a day off, so it ends with the next working day (Civil Code 2015, Art. 148(5)): {}.",
            day(r.due_date)
        );
    }
}
