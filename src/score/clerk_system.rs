//! The clerk's own side of the system (issue 13, item 2), in the digitization dimension:
//! in a scenario with a staff system, every scan attached to a dossier that left the counter
//! carries the clerk's personal digital signature, signed before the hand-over, and no scan
//! whose preview shows it does not match the paper is signed.
//!
//! Logging in and the session's timeout are not scored: they only cost time, and a portal
//! action while logged out changes nothing.

use chrono::NaiveDateTime;

use super::{Dimension, Grader, Rule};
use crate::portal::{Dossier, Status};
use crate::scenario::Want;
use crate::sim::{ScanProblem, Shift};

/// The dimension every penalty and opportunity in this file is counted in.
const DIMENSION: Dimension = Dimension::Digitization;

/// Units a dossier transferred with every scan signed is worth; also what one transferred
/// with an unsigned scan costs.
pub(super) const SIGNED_DOSSIER: f64 = 3.0;
/// Units signing a scan that does not match its paper costs.
pub(super) const SIGNED_FLAWED_SCAN: f64 = 2.0;
/// Units each result handed back is worth in a scenario that asks for e-results; also what
/// handing it back undigitized costs.
pub(super) const DIGITIZED_RESULT: f64 = 2.0;

/// Dossiers whose result was handed back during the shift, with the moment.
pub(super) fn returned_in_shift(shift: &Shift) -> Vec<(&Dossier, NaiveDateTime)> {
    let start = shift.moment(0);
    shift
        .portal
        .dossiers
        .values()
        .filter_map(|d| {
            d.history
                .iter()
                .find(|(at, s)| *s == Status::Returned && *at >= start)
                .map(|(at, _)| (d, *at))
        })
        .collect()
}

/// True when dossier `code`'s result was digitized at or before `at`.
pub(super) fn digitized_by(shift: &Shift, code: &str, at: NaiveDateTime) -> bool {
    shift
        .staff_session()
        .and_then(|s| s.results_digitized.get(code))
        .is_some_and(|when| shift.moment(*when) <= at)
}

/// Issue 13, item 3: each result handed back was digitized into the citizen's data store
/// first, in a scenario that asks for it.
pub(super) fn results(g: &mut Grader<'_>) {
    let shift = g.shift;
    if !shift.results_to_digitize() {
        return;
    }
    for (d, at) in returned_in_shift(shift) {
        g.offer(DIMENSION, DIGITIZED_RESULT);
        if !digitized_by(shift, &d.code, at) {
            g.penalty(DIMENSION, Rule::DigitizeResult, "fb-result-not-digitized")
                .arg("dossier", &d.code)
                .units(DIGITIZED_RESULT)
                .citizen(d.returned_to)
                .dossier(&d.code)
                .record();
        }
    }
}

/// Scans of dossier `d` without a signature made before its first hand-over, in number
/// order.
fn unsigned_at_transfer(g: &Grader<'_>, d: &Dossier) -> Vec<u32> {
    let shift = g.shift;
    let Some(handed_over) = d.control_sheet.first().map(|h| h.at) else {
        return Vec::new();
    };
    let mut scans: Vec<u32> = d.attachments.values().flatten().copied().collect();
    scans.sort_unstable();
    scans.dedup();
    scans
        .into_iter()
        .filter(|n| {
            shift
                .staff_session()
                .and_then(|s| s.signed.get(n))
                .is_none_or(|at| shift.moment(*at) > handed_over)
        })
        .collect()
}

/// Signatures on the scans of every dossier handed over, and on flawed scans.
pub(super) fn signatures(g: &mut Grader<'_>) {
    let shift = g.shift;
    let Some(session) = shift.staff_session() else {
        return;
    };
    for d in shift.portal.dossiers.values() {
        let handed_over_today = d
            .control_sheet
            .first()
            .is_some_and(|h| h.at >= shift.moment(0));
        if !handed_over_today || d.attachments.values().all(Vec::is_empty) {
            continue;
        }
        g.offer(DIMENSION, SIGNED_DOSSIER);
        let unsigned = unsigned_at_transfer(g, d);
        if let Some(first) = unsigned.first() {
            g.penalty(
                DIMENSION,
                Rule::SignDigitizedCopy,
                "fb-transferred-unsigned",
            )
            .arg("dossier", &d.code)
            .arg("scan", first)
            .arg("count", unsigned.len())
            .units(SIGNED_DOSSIER)
            .citizen(shift.owner_of(d))
            .dossier(&d.code)
            .record();
        }
    }
    for &number in session.signed.keys() {
        let Some(scan) = number
            .checked_sub(1)
            .and_then(|k| shift.scans.get(k as usize))
        else {
            continue;
        };
        // An unreadable paper scanned faithfully matches the paper; a lost colour, a low
        // resolution or a missing page does not.
        if scan.problems.iter().any(|p| *p != ScanProblem::Unreadable) {
            g.penalty(DIMENSION, Rule::SignDigitizedCopy, "fb-signed-flawed-scan")
                .arg("scan", number)
                .units(SIGNED_FLAWED_SCAN)
                .citizen(scan.citizen)
                .record();
        }
    }
}

/// Units an e-copy a citizen asked for is worth (compliance); also what leaving it out
/// costs.
pub(super) const E_COPY: f64 = 4.0;

/// Issue 13, item 3: each citizen who asked for an e-copy (fact `e_copy`) of a procedure
/// that offers one and whose dossier was received has it certified into their data store.
pub(super) fn e_copies(g: &mut Grader<'_>) {
    let shift = g.shift;
    let Some(session) = shift.staff_session() else {
        return;
    };
    for (i, c) in shift.citizens.iter().enumerate() {
        let Want::Submit { procedure, .. } = &c.arrival.wants else {
            continue;
        };
        let offered = shift
            .scenario
            .procedure(procedure)
            .is_some_and(|p| p.e_copy.is_some());
        if !offered || !c.arrival.facts.contains("e_copy") {
            continue;
        }
        let Some(d) = super::received_dossier(shift, i) else {
            continue;
        };
        g.offer(Dimension::Compliance, E_COPY);
        if !session.e_copies.values().any(|code| *code == d.code) {
            let who = g.name(i);
            g.penalty(
                Dimension::Compliance,
                Rule::ECopyFromOriginal,
                "fb-e-copy-missing",
            )
            .arg("citizen", who)
            .arg("dossier", &d.code)
            .units(E_COPY)
            .citizen(i)
            .dossier(&d.code)
            .record();
        }
    }
}
