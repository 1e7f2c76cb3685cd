//! How the result reaches the citizen (issue 13, item 3), in the compliance dimension, where
//! the scenario puts `return-channel-choice` in force: at reception the clerk asks how the
//! citizen wants the result and records the channel the procedure and the citizen allow
//! (an e-result only for a procedure that gives one and a citizen with a VNeID level-2
//! account; otherwise the counter); a ready result goes back by the recorded channel, and
//! one promised by post or electronically is not left waiting for a citizen who will not
//! come (Decree 118/2025 Art. 15, 22; Decree 45/2020 Art. 14; workflow.md §1).

use super::{Dimension, Grader, Rule, received_dossier};
use crate::portal::Status;
use crate::scenario::{Channel, Question, ResultChannel};

const DIMENSION: Dimension = Dimension::Compliance;
/// Units asking the citizen how they want the result is worth.
pub(super) const ASKED: f64 = 1.0;
/// Units recording the right channel on the dossier is worth.
pub(super) const RECORDED: f64 = 3.0;
/// Units returning a ready result by its recorded channel is worth.
pub(super) const RETURNED: f64 = 3.0;

/// Every walk-in dossier received today (the channel asked and recorded), and every result
/// that went, or should have gone, by post or electronically.
pub(super) fn return_channels(g: &mut Grader<'_>) {
    if !g.shift.return_channel_in_force() {
        return;
    }
    reception(g);
    returns(g);
}

/// The channel asked for and recorded at reception, for each counter dossier received.
fn reception(g: &mut Grader<'_>) {
    let shift = g.shift;
    for (i, c) in shift.citizens.iter().enumerate() {
        let Some(expected) = shift.expected_return_channel(i) else {
            continue;
        };
        let Some(d) = received_dossier(shift, i).filter(|d| d.channel == Channel::Counter) else {
            continue;
        };
        g.offer(DIMENSION, ASKED + RECORDED);
        let who = g.name(i);
        if !c.asked.contains_key(&Question::ResultChannel) {
            g.penalty(
                DIMENSION,
                Rule::ResultChannel,
                "fb-result-channel-not-asked",
            )
            .arg("citizen", &who)
            .units(ASKED)
            .omission()
            .citizen(i)
            .dossier(&d.code)
            .record();
        }
        if d.return_channel != expected {
            g.penalty(DIMENSION, Rule::ResultChannel, "fb-result-channel-wrong")
                .arg("citizen", &who)
                .arg("dossier", &d.code)
                .arg("recorded", d.return_channel.id())
                .arg("expected", expected.id())
                .units(RECORDED)
                .wrong_decision()
                .citizen(i)
                .dossier(&d.code)
                .record();
        }
    }
}

/// Results that left by post or electronically, and results promised that way that are
/// ready and still at the centre.
fn returns(g: &mut Grader<'_>) {
    let shift = g.shift;
    let start = shift.moment(0);
    for d in shift.portal.dossiers.values() {
        let returned_today = d
            .history
            .iter()
            .any(|(at, s)| *s == Status::Returned && *at >= start);
        if returned_today {
            let via = d.returned_via.unwrap_or(ResultChannel::Counter);
            if via.is_counter() && d.return_channel.is_counter() {
                // Handed over at the counter as recorded: judged with the collection.
                continue;
            }
            g.offer(DIMENSION, RETURNED);
            if via != d.return_channel {
                g.penalty(DIMENSION, Rule::ResultChannel, "fb-result-wrong-channel")
                    .arg("dossier", &d.code)
                    .arg("via", via.id())
                    .arg("recorded", d.return_channel.id())
                    .units(RETURNED)
                    .wrong_decision()
                    .citizen(shift.owner_of(d))
                    .dossier(&d.code)
                    .record();
            }
        } else if d.status == Status::Processed && !d.return_channel.is_counter() {
            g.offer(DIMENSION, RETURNED);
            // The citizen was told to expect it and will not come: the result never reaches
            // them, a wrong decision on the dossier as much as a wrong channel.
            g.penalty(DIMENSION, Rule::ResultChannel, "fb-result-left-waiting")
                .arg("dossier", &d.code)
                .arg("recorded", d.return_channel.id())
                .units(RETURNED)
                .omission()
                .wrong_decision()
                .citizen(shift.owner_of(d))
                .dossier(&d.code)
                .record();
        }
    }
}

/// Issue 13, item 3 (KPI): of the results returned in the shift, the share returned
/// electronically; `None` where the scenario does not ask for the channel.
pub(super) fn e_results_issued(shift: &crate::sim::Shift) -> Option<f64> {
    if !shift.return_channel_in_force() {
        return None;
    }
    let returned = super::clerk_system::returned_in_shift(shift);
    let electronic = returned
        .iter()
        .filter(|(d, _)| d.returned_via == Some(ResultChannel::Electronic))
        .count();
    Some(if returned.is_empty() {
        0.0
    } else {
        100.0 * electronic as f64 / returned.len() as f64
    })
}
