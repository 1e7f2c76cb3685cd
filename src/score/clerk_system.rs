//! The clerk's own side of the system (issue 13, item 2), in the digitization dimension:
//! in a scenario with a staff system, every scan attached to a dossier that left the counter
//! carries the clerk's personal digital signature, signed before the hand-over, and no scan
//! whose preview shows it does not match the paper is signed.
//!
//! Logging in and the session's timeout are not scored: they only cost time, and a portal
//! action while logged out changes nothing.

use super::{Dimension, Grader, Rule};
use crate::portal::Dossier;
use crate::sim::ScanProblem;

/// The dimension every penalty and opportunity in this file is counted in.
const DIMENSION: Dimension = Dimension::Digitization;

/// Units a dossier transferred with every scan signed is worth; also what one transferred
/// with an unsigned scan costs.
pub(super) const SIGNED_DOSSIER: f64 = 3.0;
/// Units signing a scan that does not match its paper costs.
pub(super) const SIGNED_FLAWED_SCAN: f64 = 2.0;

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
    for (&number, _) in &session.signed {
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
