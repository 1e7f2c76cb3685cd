//! Service quality: citizens served in time, asked each question once, not sent on needless
//! trips, not told of online services they cannot use.

use super::cases::Submission;
use super::{Dimension, Grader, Rule};
use crate::sim::LeaveReason;

/// The dimension every penalty and opportunity in this file is counted in.
const DIMENSION: Dimension = Dimension::Service;

/// Units each citizen who came offers.
const PER_CITIZEN: f64 = 6.0;
/// Service units each topic of guidance a citizen needed and did not get costs.
const MISSED_GUIDANCE: f64 = 3.0;
/// Minutes a citizen may wait before it costs.
const FREE_WAIT_MINUTES: f64 = 20.0;
/// Each started block of this many minutes over the free wait costs one unit…
const WAIT_BLOCK_MINUTES: f64 = 10.0;
/// …up to this many.
const MAX_WAIT_UNITS: f64 = 4.0;

/// Citizen `i` was served (in time), and asked each question once.
pub(super) fn waiting(g: &mut Grader<'_>, i: usize) {
    let c = &g.shift.citizens[i];
    let who = g.name(i);
    g.offer(DIMENSION, PER_CITIZEN);
    if c.called_at.is_none() {
        let message = if c.leave_reason == Some(LeaveReason::Impatient) {
            "fb-left-impatient"
        } else {
            "fb-not-served"
        };
        g.penalty(DIMENSION, Rule::ServeInTime, message)
            .arg("citizen", &who)
            .units(PER_CITIZEN)
            .citizen(i)
            .record();
    } else if let (Some(arrived), Some(called)) = (c.arrived_at, c.called_at) {
        let wait_min = f64::from(called.saturating_sub(arrived)) / 60.0;
        if wait_min > FREE_WAIT_MINUTES {
            let units = ((wait_min - FREE_WAIT_MINUTES) / WAIT_BLOCK_MINUTES)
                .ceil()
                .min(MAX_WAIT_UNITS);
            g.penalty(DIMENSION, Rule::ServeInTime, "fb-long-wait")
                .arg("citizen", &who)
                .arg("minutes", format!("{wait_min:.0}"))
                .units(units)
                .citizen(i)
                .record();
        }
    }
    for (question, times) in &c.asked {
        if *times > 1 {
            g.penalty(DIMENSION, Rule::Courtesy, "fb-repeated-question")
                .arg("citizen", &who)
                .arg("question", question.id())
                .units(f64::from(times - 1))
                .citizen(i)
                .record();
        }
    }
}

/// A complete dossier answered with a supplement request or a refusal (which breaks
/// `rule`): the citizen must come back for nothing.
pub(super) fn unnecessary_trip(g: &mut Grader<'_>, case: &Submission<'_>, rule: Rule) {
    g.penalty(DIMENSION, rule, "fb-unnecessary-trip")
        .arg("citizen", &case.who)
        .units(3.0)
        .citizen(case.citizen)
        .record();
}

/// A dossier received though it could not be (breaking `rule`): the citizen must come back
/// to complete what should have been settled at the counter.
pub(super) fn comes_back(g: &mut Grader<'_>, case: &Submission<'_>, rule: Rule) {
    g.penalty(DIMENSION, rule, "fb-citizen-comes-back")
        .arg("citizen", &case.who)
        .units(3.0)
        .citizen(case.citizen)
        .record();
}

/// Citizen `i` was not guided toward the online service they could use: next time they come
/// back to the counter. Costs more than the minute the guidance takes.
pub(super) fn next_visit_at_the_counter(g: &mut Grader<'_>, i: usize, missed: usize) {
    let who = g.name(i);
    g.penalty(
        DIMENSION,
        Rule::GuideOnline,
        "fb-guidance-missed-next-visit",
    )
    .arg("citizen", who)
    .units(MISSED_GUIDANCE * missed as f64)
    .citizen(i)
    .record();
}

/// A supplement request demanded `component`, which the case does not need (breaking
/// `rule`): the citizen must fetch it for nothing.
pub(super) fn unnecessary_demand(
    g: &mut Grader<'_>,
    case: &Submission<'_>,
    rule: Rule,
    component: &str,
) {
    g.penalty(DIMENSION, rule, "fb-unnecessary-demand")
        .arg("citizen", &case.who)
        .arg("component", component)
        .units(2.0)
        .citizen(case.citizen)
        .record();
}

/// Guidance citizen `i` could not use (no smartphone, no account): half a unit each.
pub(super) fn unusable_guidance(g: &mut Grader<'_>, i: usize) {
    let useless = g.shift.citizens[i].unusable_guidance;
    if useless > 0 {
        let who = g.name(i);
        g.penalty(DIMENSION, Rule::GuideOnline, "fb-guidance-unusable")
            .arg("citizen", who)
            .units(0.5 * f64::from(useless))
            .citizen(i)
            .record();
    }
}
