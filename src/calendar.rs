//! Working days, office hours and the appointment-date arithmetic of the one-stop shop.
//!
//! Glossary: a *working day* (ngày làm việc) is a weekday that is not an official day off, or
//! a make-up Saturday that the Government declared a working day. One working day is
//! 8 working hours (07:30–11:30 and 13:00–17:00 by default). A dossier received after the
//! *cut-off* (15:00) starts its clock on the next working day (domain rule 4).
//!
//! Calendars are data (`scenarios/shared/calendars/*.ron`), never code: the 2025 and 2026
//! civil-service calendars ship with the sources of each day off, and days whose status is
//! unconfirmed (24/11 Culture Day) are *optional*: a scenario turns them on with a rule in force.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::text::LocalizedText;

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
}

/// A calendar with a scenario's rules applied: answers "is this a working day?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkingCalendar {
    hours: OfficeHours,
    days_off: BTreeSet<NaiveDate>,
    working_weekend_days: BTreeSet<NaiveDate>,
}

impl WorkingCalendar {
    /// Applies the rules in force (by id) to `calendar`.
    pub fn new(calendar: &Calendar, rules_in_force: &BTreeMap<String, NaiveDate>) -> Self {
        let mut days_off: BTreeSet<NaiveDate> = calendar.days_off.iter().map(|d| d.date).collect();
        for optional in &calendar.optional_days_off {
            if rules_in_force
                .get(&optional.rule)
                .is_some_and(|from| *from <= optional.day.date)
            {
                days_off.insert(optional.day.date);
            }
        }
        Self {
            hours: calendar.office_hours.clone(),
            days_off,
            working_weekend_days: calendar
                .make_up_working_days
                .iter()
                .map(|d| d.date)
                .collect(),
        }
    }

    /// The office hours used for counting.
    pub fn hours(&self) -> &OfficeHours {
        &self.hours
    }

    /// True when the counter works on `date`.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        if self.working_weekend_days.contains(&date) {
            return true;
        }
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !self.days_off.contains(&date)
    }

    /// The first working day strictly after `date` (searches at most ten years ahead).
    pub fn next_working_day(&self, date: NaiveDate) -> NaiveDate {
        let mut day = date;
        for _ in 0..3660 {
            day += Duration::days(1);
            if self.is_working_day(day) {
                return day;
            }
        }
        day
    }

    /// When the processing clock starts for a dossier received at `received`:
    /// at once if received on a working day before the cut-off and inside office hours,
    /// otherwise at the opening of the next working day (rule 4, the 15:00 cut-off).
    pub fn clock_start(&self, received: NaiveDateTime) -> NaiveDateTime {
        let date = received.date();
        let minute = received.time().num_seconds_from_midnight_u32() / 60;
        let [morning, afternoon] = self.hours.sessions();
        if self.is_working_day(date) && minute < self.hours.cutoff.minutes() {
            if minute < morning.0.minutes() {
                return morning.0.on(date);
            }
            if minute < morning.1.minutes() {
                return received;
            }
            if minute < afternoon.0.minutes() {
                return afternoon.0.on(date);
            }
            if minute < afternoon.1.minutes() {
                return received;
            }
        }
        morning.0.on(self.next_working_day(date))
    }

    /// The due moment for a processing time of `working_days` counted from `received`.
    ///
    /// Zero working days means "same day": due at the close of the day the clock starts.
    /// Otherwise `working_days × 8` working hours are added, walking over office sessions
    /// and skipping days off, so 3 working days from Monday 09:00 is Thursday 09:00.
    pub fn due(&self, received: NaiveDateTime, working_days: u32) -> NaiveDateTime {
        let start = self.clock_start(received);
        let [_, afternoon] = self.hours.sessions();
        if working_days == 0 {
            return afternoon.1.on(start.date());
        }
        let mut remaining = i64::from(working_days) * i64::from(self.hours.minutes_per_day());
        let mut date = start.date();
        let mut from_minute = i64::from(start.time().num_seconds_from_midnight_u32() / 60);
        for _ in 0..4000 {
            if self.is_working_day(date) {
                for (open, close) in self.hours.sessions() {
                    let open = i64::from(open.minutes()).max(from_minute);
                    let close = i64::from(close.minutes());
                    if close <= open {
                        continue;
                    }
                    let available = close - open;
                    if remaining <= available {
                        let at = open + remaining;
                        return date
                            .and_hms_opt((at / 60) as u32, (at % 60) as u32, 0)
                            .unwrap_or(start);
                    }
                    remaining -= available;
                }
            }
            date = self.next_working_day(date);
            from_minute = 0;
        }
        start
    }

    /// Working minutes between two moments (0 when `to` is not after `from`).
    pub fn working_minutes_between(&self, from: NaiveDateTime, to: NaiveDateTime) -> i64 {
        if to <= from {
            return 0;
        }
        let mut total = 0;
        let mut date = from.date();
        for _ in 0..4000 {
            if date > to.date() {
                break;
            }
            if self.is_working_day(date) {
                for (open, close) in self.hours.sessions() {
                    let a = open.on(date).max(from);
                    let b = close.on(date).min(to);
                    if b > a {
                        total += (b - a).num_minutes();
                    }
                }
            }
            date += Duration::days(1);
        }
        total
    }
}

trait SecondsFromMidnight {
    fn num_seconds_from_midnight_u32(&self) -> u32;
}

impl SecondsFromMidnight for chrono::NaiveTime {
    fn num_seconds_from_midnight_u32(&self) -> u32 {
        chrono::Timelike::num_seconds_from_midnight(self)
    }
}

#[cfg(test)]
mod tests {
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
        }
    }

    #[test]
    fn weekends_days_off_and_make_up_saturdays() {
        let cal = WorkingCalendar::new(&calendar_2026(), &BTreeMap::new());
        assert!(cal.is_working_day(d(2026, 11, 23))); // Monday
        assert!(!cal.is_working_day(d(2026, 11, 28))); // Saturday
        assert!(!cal.is_working_day(d(2026, 9, 1)));
        assert!(cal.is_working_day(d(2026, 8, 22))); // make-up Saturday
        assert_eq!(cal.next_working_day(d(2026, 8, 28)), d(2026, 9, 3));
    }

    #[test]
    fn three_working_days_from_monday_morning_is_thursday() {
        let cal = WorkingCalendar::new(&calendar_2026(), &BTreeMap::new());
        assert_eq!(
            cal.due(at(d(2026, 11, 23), 9, 0), 3),
            at(d(2026, 11, 26), 9, 0)
        );
    }

    #[test]
    fn after_the_cutoff_the_clock_starts_next_working_day() {
        let cal = WorkingCalendar::new(&calendar_2026(), &BTreeMap::new());
        assert_eq!(
            cal.clock_start(at(d(2026, 11, 23), 15, 5)),
            at(d(2026, 11, 24), 7, 30)
        );
        // Same-day procedure received after 15:00 is due the next working day.
        assert_eq!(
            cal.due(at(d(2026, 11, 23), 15, 30), 0).date(),
            d(2026, 11, 24)
        );
        assert_eq!(
            cal.due(at(d(2026, 11, 23), 14, 59), 0).date(),
            d(2026, 11, 23)
        );
        // Friday after cut-off → Monday.
        assert_eq!(
            cal.clock_start(at(d(2026, 11, 27), 16, 0)),
            at(d(2026, 11, 30), 7, 30)
        );
        // Three days from Tuesday 07:30 end exactly at Thursday's close.
        assert_eq!(
            cal.due(at(d(2026, 11, 23), 15, 30), 3),
            at(d(2026, 11, 26), 17, 0)
        );
    }

    #[test]
    fn lunch_break_and_early_arrival_are_clamped() {
        let cal = WorkingCalendar::new(&calendar_2026(), &BTreeMap::new());
        assert_eq!(
            cal.clock_start(at(d(2026, 11, 23), 12, 10)),
            at(d(2026, 11, 23), 13, 0)
        );
        assert_eq!(
            cal.clock_start(at(d(2026, 11, 23), 6, 50)),
            at(d(2026, 11, 23), 7, 30)
        );
    }

    #[test]
    fn holidays_are_skipped_and_optional_days_need_their_rule() {
        let base = calendar_2026();
        let without = WorkingCalendar::new(&base, &BTreeMap::new());
        assert_eq!(
            without.due(at(d(2026, 11, 23), 9, 0), 3).date(),
            d(2026, 11, 26)
        );
        let rules = BTreeMap::from([("culture-day".to_string(), d(2026, 1, 1))]);
        let with = WorkingCalendar::new(&base, &rules);
        assert!(!with.is_working_day(d(2026, 11, 24)));
        assert_eq!(
            with.due(at(d(2026, 11, 23), 9, 0), 3).date(),
            d(2026, 11, 27)
        );
        // National Day block: received Friday 28/08 → 1 working day → Thursday 03/09 morning.
        assert_eq!(
            with.due(at(d(2026, 8, 28), 9, 0), 1),
            at(d(2026, 9, 3), 9, 0)
        );
    }

    #[test]
    fn working_minutes_between_counts_only_office_time() {
        let cal = WorkingCalendar::new(&calendar_2026(), &BTreeMap::new());
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
