//! The form set of each slip (issue 13 item 9): the commune police receive residence
//! dossiers on their own forms — CT04 receipt and appointment, CT05 supplement guidance,
//! CT06 refusal (Circular 56/2021/TT-BCA as amended by Circular 66/2023/TT-BCA) — not on
//! the one-stop slips of Circular 01/2018. Every slip that has a police form is judged
//! against its procedure's `slips`: a police procedure offers the work, and a slip on the
//! wrong set (police forms for a one-stop procedure, or the reverse) costs it.

use super::{Dimension, Grader, Rule};
use crate::scenario::SlipFamily;

/// The dimension every penalty and opportunity in this file is counted in.
const DIMENSION: Dimension = Dimension::Compliance;

/// What one slip on the right or wrong form set weighs.
const UNITS: f64 = 2.0;

/// Judges the form set of every slip issued in the shift.
pub(super) fn slip_forms(g: &mut Grader<'_>) {
    let shift = g.shift;
    for slip in &shift.portal.slips {
        if slip.kind.police_form().is_none() {
            continue;
        }
        let Some(procedure) = shift.scenario.procedure(&slip.procedure) else {
            continue;
        };
        let wanted = procedure.slips;
        if wanted == SlipFamily::Police {
            g.offer(DIMENSION, UNITS);
        }
        if slip.family == wanted {
            continue;
        }
        let citizen = slip
            .citizen
            .as_deref()
            .and_then(|id| shift.citizens.iter().position(|c| c.arrival.id == id));
        let who = citizen.map_or_else(String::new, |i| g.name(i));
        let penalty = g
            .penalty(DIMENSION, Rule::SlipForms, "fb-wrong-slip-forms")
            .arg("citizen", who)
            .arg("slip", slip.kind.id())
            .arg("forms", wanted.id())
            .units(UNITS)
            .citizen(citizen);
        match slip.dossier.as_deref() {
            Some(code) => penalty.dossier(code).record(),
            None => penalty.record(),
        }
    }
}
