//! Working days, office hours and the appointment-date arithmetic of the one-stop shop.
//!
//! Glossary: a *working day* (ngày làm việc) is a weekday that is not an official day off, or
//! a make-up Saturday that the Government declared a working day. The *day of receipt* is the
//! day a dossier counts as received: the day it is handed in when that is a working day and
//! it arrives before the *cut-off* (15:00), otherwise the next working day (domain rule 4).
//!
//! ## How a deadline is counted (the law, not the "8 working hours" display unit)
//! A period counted in days starts the day *after* the event (Civil Code 2015, Art. 147), so
//! the day of receipt itself is never counted:
//! - **working days** ([`DayCount::WorkingDays`]): due on the Nth working day after the day of
//!   receipt (weekends and days off are skipped, make-up Saturdays count);
//! - **calendar days** ([`DayCount::CalendarDays`], e.g. land-dispute mediation, 30 days, Land
//!   Law 2024 Art. 235): due N days after the day of receipt; when that day is not a working
//!   day the period ends at the end of the next working day (Civil Code 2015, Art. 148(5));
//! - **same day** (N = 0): due at the close of the day of receipt (after 15:00: the next
//!   working day).
//!
//! The due moment is the close of office hours on the due date. [`WorkingCalendar::reckon`]
//! explains the count day by day (used by `motcua due`); [`WorkingCalendar::due`] gives the
//! moment alone.
//!
//! Calendars are data (`scenarios/shared/calendars/*.ron`), never code: the 2025 and 2026
//! civil-service calendars ship with the sources of each day off, and days whose status is
//! unconfirmed (24/11 Culture Day) are *optional*: a scenario turns them on with a rule in force.
//! All arithmetic here is total: dates near the end of the representable range saturate
//! instead of overflowing, and day counts above [`MAX_PERIOD_DAYS`] are capped.

mod deadline;
mod working;

use std::fmt;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::text::LocalizedText;

pub use deadline::{DayCount, ProcessingTime, ReceiptMoved, Reckoning};
pub use working::{DayStatus, WorkingCalendar};

/// The longest period counted, in days; longer ones are capped (validation keeps data far
/// below it).
pub const MAX_PERIOD_DAYS: u32 = 3_660;

/// A wall-clock time of day with minute precision, written `"HH:MM"` in data files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct ClockTime {
    minutes: u16,
}

impl ClockTime {
    /// Builds a time from hours and minutes; `None` when out of range.
    pub fn hm(hour: u16, minute: u16) -> Option<Self> {
        (hour < 24 && minute < 60).then_some(Self {
            minutes: hour * 60 + minute,
        })
    }

    /// Minutes since midnight.
    pub fn minutes(self) -> u32 {
        u32::from(self.minutes)
    }

    /// Seconds since midnight.
    pub fn seconds(self) -> u32 {
        self.minutes() * 60
    }

    /// Parses `"HH:MM"`.
    pub fn parse(text: &str) -> Option<Self> {
        let (h, m) = text.trim().split_once(':')?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return None;
        }
        Self::hm(h.parse().ok()?, m.parse().ok()?)
    }

    /// This time on `date`.
    pub fn on(self, date: NaiveDate) -> NaiveDateTime {
        date.and_hms_opt(
            u32::from(self.minutes / 60),
            u32::from(self.minutes % 60),
            0,
        )
        .unwrap_or_else(|| date.and_time(chrono::NaiveTime::MIN))
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        ClockTime::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("`{text}` is not a time of day like \"07:30\""))
        })
    }
}

/// Office hours of the counter: a morning and an afternoon session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeHours {
    /// Morning session, e.g. `("07:30", "11:30")`.
    pub morning: (ClockTime, ClockTime),
    /// Afternoon session, e.g. `("13:00", "17:00")`.
    pub afternoon: (ClockTime, ClockTime),
    /// Dossiers received at or after this time start their clock the next working day.
    pub cutoff: ClockTime,
}

impl Default for OfficeHours {
    fn default() -> Self {
        let t = |h, m| ClockTime::hm(h, m).unwrap_or_default();
        Self {
            morning: (t(7, 30), t(11, 30)),
            afternoon: (t(13, 0), t(17, 0)),
            cutoff: t(15, 0),
        }
    }
}

impl OfficeHours {
    fn sessions(&self) -> [(ClockTime, ClockTime); 2] {
        [self.morning, self.afternoon]
    }

    /// Working minutes in one working day (480 for the default hours).
    pub fn minutes_per_day(&self) -> u32 {
        self.sessions()
            .iter()
            .map(|(a, b)| b.minutes().saturating_sub(a.minutes()))
            .sum()
    }
}

/// One dated entry of a calendar, with where the fact comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarDay {
    /// The date.
    pub date: NaiveDate,
    /// What the day is (e.g. "Tết Nguyên đán").
    pub name: LocalizedText,
    /// False when the fact could not be checked against a retrieved source.
    #[serde(default = "yes")]
    pub confirmed: bool,
    /// Where the fact comes from.
    #[serde(default)]
    pub source: String,
}

/// A day off that only applies when a scenario puts the named rule in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionalDayOff {
    /// The rule id that turns this day off on (see `Scenario::rules_in_force`).
    pub rule: String,
    /// The day itself.
    pub day: CalendarDay,
}

fn yes() -> bool {
    true
}

/// A civil-service calendar: weekends, official days off and make-up working Saturdays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Calendar {
    /// Identifier used by scenarios, e.g. `vn-civil-service`.
    pub id: String,
    /// Human name.
    pub name: LocalizedText,
    /// Counter hours and the cut-off.
    #[serde(default)]
    pub office_hours: OfficeHours,
    /// Official days off that fall on weekdays (Tết, National Day, swaps…).
    pub days_off: Vec<CalendarDay>,
    /// Saturdays (or Sundays) declared working days by a swap.
    #[serde(default)]
    pub make_up_working_days: Vec<CalendarDay>,
    /// Days off that depend on a rule in force (e.g. 24/11 Culture Day, not yet law).
    #[serde(default)]
    pub optional_days_off: Vec<OptionalDayOff>,
    /// First and last date for which the lists above are complete; outside it, only
    /// weekends are known (`motcua due` and validation warn).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covers: Option<(NaiveDate, NaiveDate)>,
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use chrono::{Datelike, Weekday};

    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn at(date: NaiveDate, h: u32, m: u32) -> NaiveDateTime {
        date.and_hms_opt(h, m, 0).unwrap()
    }

    fn day(date: NaiveDate) -> CalendarDay {
        CalendarDay {
            date,
            name: LocalizedText::new("x", "x"),
            confirmed: true,
            source: String::new(),
        }
    }

    fn calendar_2026() -> Calendar {
        Calendar {
            id: "test".into(),
            name: LocalizedText::new("Lịch", "Calendar"),
            office_hours: OfficeHours::default(),
            days_off: vec![day(d(2026, 8, 31)), day(d(2026, 9, 1)), day(d(2026, 9, 2))],
            make_up_working_days: vec![day(d(2026, 8, 22))],
            optional_days_off: vec![OptionalDayOff {
                rule: "culture-day".into(),
                day: day(d(2026, 11, 24)),
            }],
            covers: Some((d(2026, 1, 1), d(2026, 12, 31))),
        }
    }

    fn plain() -> WorkingCalendar {
        WorkingCalendar::new(&calendar_2026(), &BTreeMap::new())
    }

    #[test]
    fn weekends_days_off_and_make_up_saturdays() {
        let cal = plain();
        assert!(cal.is_working_day(d(2026, 11, 23))); // Monday
        assert!(!cal.is_working_day(d(2026, 11, 28))); // Saturday
        assert!(!cal.is_working_day(d(2026, 9, 1)));
        assert!(cal.is_working_day(d(2026, 8, 22))); // make-up Saturday
        assert_eq!(cal.next_working_day(d(2026, 8, 28)), d(2026, 9, 3));
        assert!(matches!(
            cal.day_status(d(2026, 8, 22)),
            DayStatus::MakeUpWorkingDay(_)
        ));
        assert_eq!(
            cal.day_status(d(2026, 11, 29)),
            DayStatus::Weekend(Weekday::Sun)
        );
    }

    #[test]
    fn the_day_of_receipt_is_not_counted() {
        let cal = plain();
        // Monday 07:30: day 1 is Tuesday, day 3 Thursday (not Wednesday's close).
        let r = cal.reckon(at(d(2026, 11, 23), 7, 30), ProcessingTime::working_days(3));
        assert_eq!(r.receipt_day, d(2026, 11, 23));
        let counted: Vec<NaiveDate> = r.counted.iter().map(|(day, _)| *day).collect();
        assert_eq!(
            counted,
            vec![d(2026, 11, 24), d(2026, 11, 25), d(2026, 11, 26)]
        );
        assert!(r.counted.iter().all(|(_, s)| *s == DayStatus::Working));
        assert_eq!(r.due, at(d(2026, 11, 26), 17, 0));
    }

    #[test]
    fn the_cutoff_moves_the_day_of_receipt() {
        let cal = plain();
        let before = cal.reckon(at(d(2026, 11, 23), 14, 59), ProcessingTime::working_days(1));
        assert_eq!(before.due_date, d(2026, 11, 24));
        let after = cal.reckon(at(d(2026, 11, 23), 15, 0), ProcessingTime::working_days(1));
        assert_eq!(after.receipt_day, d(2026, 11, 24));
        assert_eq!(
            after.receipt_moved,
            Some(ReceiptMoved::AfterCutoff(ClockTime::hm(15, 0).unwrap()))
        );
        assert_eq!(after.due_date, d(2026, 11, 25));
        // Same-day procedures: today before the cut-off, the next working day after it.
        let same = ProcessingTime::working_days(0);
        assert_eq!(
            cal.due(at(d(2026, 11, 23), 14, 59), same).date(),
            d(2026, 11, 23)
        );
        assert_eq!(
            cal.due(at(d(2026, 11, 23), 15, 30), same),
            at(d(2026, 11, 24), 17, 0)
        );
        assert_eq!(
            cal.due(at(d(2026, 11, 27), 16, 0), same).date(),
            d(2026, 11, 30)
        );
    }

    #[test]
    fn holidays_are_skipped_and_optional_days_need_their_rule() {
        let base = calendar_2026();
        let three = ProcessingTime::working_days(3);
        assert_eq!(
            plain().due(at(d(2026, 11, 23), 9, 0), three).date(),
            d(2026, 11, 26)
        );
        let rules = BTreeMap::from([("culture-day".to_string(), d(2026, 1, 1))]);
        let with = WorkingCalendar::new(&base, &rules);
        assert!(!with.is_working_day(d(2026, 11, 24)));
        let r = with.reckon(at(d(2026, 11, 23), 9, 0), three);
        assert_eq!(r.due_date, d(2026, 11, 27));
        assert!(matches!(
            r.skipped.as_slice(),
            [(date, DayStatus::OptionalDayOff { rule, .. })] if *date == d(2026, 11, 24) && rule == "culture-day"
        ));
        // A rule that takes effect after the day does not make it a day off.
        let late = BTreeMap::from([("culture-day".to_string(), d(2026, 12, 1))]);
        assert!(WorkingCalendar::new(&base, &late).is_working_day(d(2026, 11, 24)));
    }

    #[test]
    fn calendar_days_end_with_the_next_working_day() {
        let cal = plain();
        // Received Thursday 30/07 → 30 days later is Saturday 29/08; then Sunday 30/08,
        // Monday 31/08 (swap), 01/09 and 02/09 are off → Thursday 03/09.
        let r = cal.reckon(at(d(2026, 7, 30), 9, 0), ProcessingTime::calendar_days(30));
        assert_eq!(r.period_end, Some(d(2026, 8, 29)));
        assert_eq!(r.skipped.len(), 5);
        assert_eq!(r.due_date, d(2026, 9, 3));
        // Ending on a working day: that day.
        let r = cal.reckon(at(d(2026, 11, 2), 9, 0), ProcessingTime::calendar_days(30));
        assert_eq!(r.due_date, d(2026, 12, 2));
        assert!(r.skipped.is_empty());
    }

    #[test]
    fn arithmetic_at_the_edge_of_the_date_range_saturates() {
        let cal = plain();
        let last = NaiveDate::MAX;
        assert_eq!(cal.next_working_day(last), last);
        let r = cal.reckon(
            at(d(2026, 1, 5), 9, 0),
            ProcessingTime::working_days(u32::MAX),
        );
        assert!(r.capped);
        let r = cal.reckon(
            NaiveDate::MAX.and_hms_opt(9, 0, 0).unwrap(),
            ProcessingTime::calendar_days(u32::MAX),
        );
        assert!(r.capped);
        assert!(cal.add_working_days(d(2026, 1, 5), u32::MAX).year() > 2026);
        assert!(
            cal.working_minutes_between(
                at(d(2026, 1, 5), 9, 0),
                NaiveDate::MAX.and_hms_opt(0, 0, 0).unwrap()
            ) > 0
        );
    }

    #[test]
    fn clock_start_clamps_breaks_and_early_arrivals() {
        let cal = plain();
        assert_eq!(
            cal.clock_start(at(d(2026, 11, 23), 12, 10)),
            at(d(2026, 11, 23), 13, 0)
        );
        assert_eq!(
            cal.clock_start(at(d(2026, 11, 23), 6, 50)),
            at(d(2026, 11, 23), 7, 30)
        );
        assert_eq!(
            cal.clock_start(at(d(2026, 11, 23), 15, 5)),
            at(d(2026, 11, 24), 7, 30)
        );
    }

    #[test]
    fn coverage_is_reported() {
        let cal = plain();
        assert!(!cal.is_outside_coverage(d(2026, 6, 1)));
        assert!(cal.is_outside_coverage(d(2027, 1, 4)));
    }

    #[test]
    fn working_minutes_between_counts_only_office_time() {
        let cal = plain();
        let mon = d(2026, 11, 23);
        assert_eq!(
            cal.working_minutes_between(at(mon, 7, 30), at(mon, 17, 0)),
            480
        );
        assert_eq!(
            cal.working_minutes_between(at(mon, 11, 0), at(mon, 13, 30)),
            60
        );
    }

    #[test]
    fn clock_time_parses_and_prints() {
        assert_eq!(ClockTime::parse("07:30").unwrap().to_string(), "07:30");
        assert!(ClockTime::parse("25:00").is_none());
        assert!(ClockTime::parse("7:3").is_none());
    }
}
