//! Deadlines as the law counts them: the day of receipt (moved by the cut-off or a day off),
//! then N working days or N calendar days after it (see the module documentation of
//! [`crate::calendar`]).

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::{ClockTime, DayStatus, MAX_PERIOD_DAYS, WorkingCalendar};

/// How the days of a processing time are counted.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub enum DayCount {
    /// Working days: weekends and days off are skipped, make-up Saturdays count.
    #[default]
    WorkingDays,
    /// Calendar days: every day counts; a period ending on a day off ends with the next
    /// working day (Civil Code 2015, Art. 148(5)).
    CalendarDays,
}

/// A processing time as the law states it: a number of days and how they are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ProcessingTime {
    /// Number of days; 0 means the same (working) day.
    pub days: u32,
    /// Working or calendar days.
    pub counted_in: DayCount,
}

impl DayCount {
    /// True for the default, working days.
    pub fn is_working_days(&self) -> bool {
        *self == DayCount::WorkingDays
    }
}

impl ProcessingTime {
    /// N working days.
    pub fn working_days(days: u32) -> Self {
        Self {
            days,
            counted_in: DayCount::WorkingDays,
        }
    }

    /// N calendar days.
    pub fn calendar_days(days: u32) -> Self {
        Self {
            days,
            counted_in: DayCount::CalendarDays,
        }
    }

    /// True for a same-day procedure.
    pub fn is_same_day(self) -> bool {
        self.days == 0
    }
}

/// Why the day of receipt is not the day the dossier was handed in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReceiptMoved {
    /// Handed in at or after the cut-off (15:00).
    AfterCutoff(ClockTime),
    /// Handed in on a day the counter does not work.
    NotAWorkingDay(DayStatus),
}

/// A due date with the count that leads to it, day by day (what `motcua due` prints).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reckoning {
    /// When the dossier was handed in.
    pub received: NaiveDateTime,
    /// The processing time.
    pub time: ProcessingTime,
    /// The day the dossier counts as received (not itself counted).
    pub receipt_day: NaiveDate,
    /// Why the day of receipt differs from the hand-in date, if it does.
    pub receipt_moved: Option<ReceiptMoved>,
    /// Working days counted, in order (day 1 first), each with its status (a make-up
    /// Saturday is named); for calendar days, empty.
    pub counted: Vec<(NaiveDate, DayStatus)>,
    /// Days passed over and why: days off inside a working-day count, or, for calendar
    /// days, the days off the period's last day fell on before the next working day.
    pub skipped: Vec<(NaiveDate, DayStatus)>,
    /// For calendar days: the day N days after the day of receipt.
    pub period_end: Option<NaiveDate>,
    /// The due date.
    pub due_date: NaiveDate,
    /// The due moment: the close of office hours on the due date.
    pub due: NaiveDateTime,
    /// True when a cap was hit ([`MAX_PERIOD_DAYS`] or the end of the date range).
    pub capped: bool,
}

impl WorkingCalendar {
    /// The day a dossier handed in at `received` counts as received, and why it differs from
    /// the hand-in date: the same day on a working day before the cut-off, otherwise the next
    /// working day.
    pub fn receipt_day(&self, received: NaiveDateTime) -> (NaiveDate, Option<ReceiptMoved>) {
        let date = received.date();
        let status = self.day_status(date);
        if !status.is_working() {
            return (
                self.next_working_day(date),
                Some(ReceiptMoved::NotAWorkingDay(status)),
            );
        }
        if received.time() >= self.hours().cutoff.on(date).time() {
            return (
                self.next_working_day(date),
                Some(ReceiptMoved::AfterCutoff(self.hours().cutoff)),
            );
        }
        (date, None)
    }

    /// Counts a processing time from `received`, day by day (see the module documentation
    /// for the rule).
    pub fn reckon(&self, received: NaiveDateTime, time: ProcessingTime) -> Reckoning {
        let (receipt_day, receipt_moved) = self.receipt_day(received);
        let mut counted = Vec::new();
        let mut skipped = Vec::new();
        let mut period_end = None;
        let mut capped = time.days > MAX_PERIOD_DAYS;
        let days = time.days.min(MAX_PERIOD_DAYS);
        let due_date = match time.counted_in {
            _ if days == 0 => receipt_day,
            DayCount::WorkingDays => {
                let mut day = receipt_day;
                let mut steps = 0u32;
                while (counted.len() as u32) < days {
                    let Some(next) = day.succ_opt() else {
                        capped = true;
                        break;
                    };
                    day = next;
                    steps += 1;
                    if steps > 2 * MAX_PERIOD_DAYS {
                        capped = true;
                        break;
                    }
                    let status = self.day_status(day);
                    if status.is_working() {
                        counted.push((day, status));
                    } else {
                        skipped.push((day, status));
                    }
                }
                day
            }
            DayCount::CalendarDays => {
                let end = match receipt_day.checked_add_days(chrono::Days::new(u64::from(days))) {
                    Some(end) => end,
                    None => {
                        capped = true;
                        NaiveDate::MAX
                    }
                };
                period_end = Some(end);
                let mut day = end;
                let mut steps = 0u32;
                loop {
                    let status = self.day_status(day);
                    if status.is_working() {
                        break;
                    }
                    skipped.push((day, status));
                    steps += 1;
                    match day.succ_opt() {
                        Some(next) if steps <= MAX_PERIOD_DAYS => day = next,
                        _ => {
                            capped = true;
                            break;
                        }
                    }
                }
                day
            }
        };
        Reckoning {
            received,
            time,
            receipt_day,
            receipt_moved,
            counted,
            skipped,
            period_end,
            due_date,
            due: self.hours().afternoon.1.on(due_date),
            capped,
        }
    }

    /// The due moment (close of office hours on the due date) of a processing time counted
    /// from `received`.
    pub fn due(&self, received: NaiveDateTime, time: ProcessingTime) -> NaiveDateTime {
        self.reckon(received, time).due
    }
}
