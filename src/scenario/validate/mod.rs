//! The semantic pass: everything that parses but cannot be right.
//!
//! Unknown references (procedure codes, document kinds, personas, rules, dossiers),
//! duplicate ids, impossible dates (a shift on a day off, an arrival after closing time),
//! unreachable content, planted defects the data does not show (or defects the data shows
//! that nobody planted), and cases — scripted or generated — without exactly one correct
//! disposition. Each problem names the file and the path of the offending item, with the
//! line and column where the item can be found in the file.
//!
//! Files: [`catalog`] checks the shared data; `scenario_file` a scenario's meta, shift,
//! rules, rubric, existing dossiers, department events and faults; `arrivals` each scripted
//! citizen; `case` the papers and the one disposition of a case; `generated` the seeded
//! citizens over several seeds; `paths` the declared test paths (their scripts are replayed
//! by [`crate::pack_check`]).

mod arrivals;
mod bundle;
mod case;
pub mod catalog;
mod generated;
mod paths;
mod scenario_file;
mod send_back;

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{Datelike, NaiveDate};

use super::load::Problem;
use crate::scenario::Scenario;

pub use case::planted_matches_findings;
pub use catalog::check_catalog;
pub use scenario_file::check_scenario;

/// Most generated arrivals a scenario may ask for.
pub const MAX_GENERATED: u32 = 400;
/// Earliest year of any date in scenario data (shift, birth, receipt, rule).
pub const MIN_YEAR: i32 = 1900;
/// Latest year of any date in scenario data.
pub const MAX_YEAR: i32 = 2199;
/// Longest shift, in minutes.
pub const MAX_SHIFT_MINUTES: u32 = 600;
/// Longest fault, in minutes.
pub const MAX_FAULT_MINUTES: u32 = 600;
/// Longest a staff session lasts without portal work, in minutes (one working day).
pub const MAX_SESSION_TIMEOUT_MINUTES: u32 = 480;
/// Most extra working days a department may ask for when it reports a delay.
pub const MAX_EXTRA_DAYS: u32 = 365;
/// Longest processing time of a procedure, in days.
pub const MAX_PROCESSING_DAYS: u32 = 365;
/// Longest time a same-day result takes, in minutes (one working day).
pub const MAX_SAME_DAY_MINUTES: u32 = 480;
/// Longest a citizen waits in the queue, in minutes.
pub const MAX_PATIENCE_MINUTES: u32 = 480;
/// Most copies a citizen may ask for.
pub const MAX_COPIES: u32 = 10;
/// Largest amount in a fee rule, in đồng. With at most [`MAX_COPIES`] copies a case's fee
/// stays within the 100,000,000 đồng the portal's fee field accepts.
pub const MAX_FEE_AMOUNT: u64 = 10_000_000;
/// Most pages charged at the first-page price.
pub const MAX_FIRST_PAGES: u32 = 1_000;
/// Largest weight of a generated-arrival template or of a defect.
pub const MAX_WEIGHT: u32 = 1_000;
/// Seeds sampled to check generated cases.
pub const SEEDS_CHECKED: u64 = 6;

/// Counts sightings of ids: the first sighting is 0; a later one is a duplicate and its
/// number is the occurrence to point at.
#[derive(Default)]
pub(super) struct Sightings(BTreeMap<String, usize>);

impl Sightings {
    /// Records `id`; returns `Some(n)` when it was seen before (`n` = earlier sightings).
    pub(super) fn see(&mut self, id: &str) -> Option<usize> {
        let count = self.0.entry(id.to_owned()).or_insert(0);
        *count += 1;
        (*count > 1).then_some(*count - 1)
    }
}

/// Why a date is outside the years scenarios may use, if it is.
pub(super) fn date_out_of_range(date: NaiveDate) -> Option<String> {
    (!(MIN_YEAR..=MAX_YEAR).contains(&date.year()))
        .then(|| format!("{date} is outside the years {MIN_YEAR}–{MAX_YEAR}"))
}

pub(super) struct Ctx<'a> {
    pub(super) scenario: &'a Scenario,
    pub(super) file: &'a Path,
    pub(super) source: &'a str,
    pub(super) out: Vec<Problem>,
}

impl Ctx<'_> {
    pub(super) fn problem(
        &mut self,
        item: impl Into<String>,
        needle: &str,
        message: impl Into<String>,
        hint: Option<&str>,
    ) {
        let mut p = Problem::new(self.file, message)
            .at_item(item)
            .locate_in(self.source, needle);
        p.hint = hint.map(str::to_owned);
        self.out.push(p);
    }

    /// A problem located at the `nth` (0-based) `field: "value"` of the file, e.g. the
    /// second `id: "c2"` for a duplicate arrival.
    pub(super) fn problem_at_field(
        &mut self,
        item: impl Into<String>,
        (field, value, nth): (&str, &str, usize),
        message: impl Into<String>,
        hint: Option<&str>,
    ) {
        let mut p = Problem::new(self.file, message).at_item(item).locate_field(
            self.source,
            field,
            value,
            nth,
        );
        p.hint = hint.map(str::to_owned);
        self.out.push(p);
    }
}
