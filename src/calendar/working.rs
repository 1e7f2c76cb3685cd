//! Which days the counter works: weekends, official days off, optional days off under a
//! rule in force, make-up Saturdays; and the office-hour arithmetic of same-day handling.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};

use super::{Calendar, MAX_PERIOD_DAYS, OfficeHours};
use crate::text::LocalizedText;

/// What kind of day a date is for the counter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayStatus {
    /// An ordinary working weekday.
    Working,
    /// A Saturday or Sunday declared a working day (làm bù), with its name.
    MakeUpWorkingDay(LocalizedText),
    /// Saturday or Sunday.
    Weekend(Weekday),
    /// An official day off, with its name.
    DayOff(LocalizedText),
    /// A day off that applies because a scenario put `rule` in force.
    OptionalDayOff {
        /// The day's name.
        name: LocalizedText,
        /// The rule in force that makes it a day off.
        rule: String,
    },
}

impl DayStatus {
    /// True when the counter works that day.
    pub fn is_working(&self) -> bool {
        matches!(self, DayStatus::Working | DayStatus::MakeUpWorkingDay(_))
    }
}

/// A calendar with a scenario's rules applied: answers "is this a working day?" and counts
/// deadlines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkingCalendar {
    hours: OfficeHours,
    days_off: BTreeMap<NaiveDate, DayStatus>,
    working_weekend_days: BTreeMap<NaiveDate, LocalizedText>,
    covers: Option<(NaiveDate, NaiveDate)>,
}

impl WorkingCalendar {
    /// Applies the rules in force (by id, with the date each took effect) to `calendar`.
    pub fn new(calendar: &Calendar, rules_in_force: &BTreeMap<String, NaiveDate>) -> Self {
        let mut days_off: BTreeMap<NaiveDate, DayStatus> = calendar
            .days_off
            .iter()
            .map(|d| (d.date, DayStatus::DayOff(d.name.clone())))
            .collect();
        for optional in &calendar.optional_days_off {
            if rules_in_force
                .get(&optional.rule)
                .is_some_and(|from| *from <= optional.day.date)
            {
                days_off
                    .entry(optional.day.date)
                    .or_insert_with(|| DayStatus::OptionalDayOff {
                        name: optional.day.name.clone(),
                        rule: optional.rule.clone(),
                    });
            }
        }
        Self {
            hours: calendar.office_hours.clone(),
            days_off,
            working_weekend_days: calendar
                .make_up_working_days
                .iter()
                .map(|d| (d.date, d.name.clone()))
                .collect(),
            covers: calendar.covers,
        }
    }

    /// The office hours used for counting.
    pub fn hours(&self) -> &OfficeHours {
        &self.hours
    }

    /// The dates for which the calendar's days off are complete, when the data says so.
    pub fn covers(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.covers
    }

    /// True when `date` lies outside the dates the calendar's data is complete for.
    pub fn is_outside_coverage(&self, date: NaiveDate) -> bool {
        self.covers
            .is_some_and(|(first, last)| date < first || date > last)
    }

    /// What kind of day `date` is.
    pub fn day_status(&self, date: NaiveDate) -> DayStatus {
        if let Some(name) = self.working_weekend_days.get(&date) {
            return DayStatus::MakeUpWorkingDay(name.clone());
        }
        if let weekday @ (Weekday::Sat | Weekday::Sun) = date.weekday() {
            return DayStatus::Weekend(weekday);
        }
        self.days_off
            .get(&date)
            .cloned()
            .unwrap_or(DayStatus::Working)
    }

    /// True when the counter works on `date`.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        if self.working_weekend_days.contains_key(&date) {
            return true;
        }
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !self.days_off.contains_key(&date)
    }

    /// The first working day strictly after `date`. Searches at most ten years ahead and
    /// saturates at the end of the date range (never panics).
    pub fn next_working_day(&self, date: NaiveDate) -> NaiveDate {
        let mut day = date;
        for _ in 0..MAX_PERIOD_DAYS {
            match day.succ_opt() {
                Some(next) => day = next,
                None => return day,
            }
            if self.is_working_day(day) {
                return day;
            }
        }
        day
    }

    /// The working day `n` working days after `date` (`date` itself not counted); `n = 0`
    /// gives `date`. Never panics; capped like [`Self::next_working_day`].
    pub fn add_working_days(&self, date: NaiveDate, n: u32) -> NaiveDate {
        let mut day = date;
        let mut left = n.min(MAX_PERIOD_DAYS);
        let mut steps = 0;
        while left > 0 && steps < 2 * MAX_PERIOD_DAYS {
            let Some(next) = day.succ_opt() else { break };
            day = next;
            steps += 1;
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        day
    }

    /// When the same-day processing clock starts for a dossier received at `received`: at
    /// once if received on a working day before the cut-off and inside office hours, at the
    /// next session's opening during a break, otherwise at the opening of the next working
    /// day. (Used for the minutes a same-day result takes; deadlines use [`Self::reckon`].)
    pub fn clock_start(&self, received: NaiveDateTime) -> NaiveDateTime {
        let date = received.date();
        let minute = chrono::Timelike::num_seconds_from_midnight(&received.time()) / 60;
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
            match date.succ_opt() {
                Some(next) => date = next,
                None => break,
            }
        }
        total
    }
}
