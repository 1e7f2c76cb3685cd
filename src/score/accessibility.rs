//! Serving citizens who need help to be served (issue 13, item 8), in the service
//! dimension: a citizen with little Vietnamese gets an interpreter or a relative's help
//! before the business of the visit, a citizen with low vision has each slip or result read
//! aloud or printed large before it is handed over, and nobody is given help they do not
//! need (an interpreter for a fluent speaker keeps the queue waiting).
//!
//! Judged where the scenario puts the rule [`ACCESSIBLE_SERVICE_RULE`] in force
//! (`scenarios/shared/rules.ron`: its sources, and what is not confirmed), so an instructor
//! switches it on for a scenario in one line; the engine records what the citizen could
//! follow either way (`sim/assist.rs`).

use super::{Dimension, Grader, Rule};

/// The dimension every penalty and opportunity in this file is counted in.
const DIMENSION: Dimension = Dimension::Service;

/// Id of the legal rule (`rules.ron`) under which the rubric expects help.
pub const ACCESSIBLE_SERVICE_RULE: &str = "accessible-service";

/// Units a citizen who needs help offers, per need (language, reading).
pub const PER_NEED: f64 = 6.0;
/// Units lost by a citizen with little Vietnamese served without any help: the whole visit
/// (what a citizen offers, [`super::service`]'s 6, and the need's 6) — they followed none of
/// it. A shift where nobody who needed help got it falls under the dimension floor.
const NO_LANGUAGE_HELP: f64 = 12.0;
/// Units lost per question or guidance given before the help came…
const TALK_BEFORE_HELP: f64 = 1.0;
/// …up to this many.
const MAX_TALK_BEFORE_HELP: f64 = 3.0;
/// Units lost per slip or result handed unread to a citizen with low vision (they cannot
/// check the appointment date or the supplement list on it)…
const UNREAD_PAPER: f64 = 6.0;
/// …up to this many.
const MAX_UNREAD: f64 = 12.0;
/// Units lost per kind of help given to a citizen who did not need it.
const HELP_NOT_NEEDED: f64 = 1.0;

/// True when the scenario expects help for those who need it.
pub fn expected(shift: &crate::sim::Shift) -> bool {
    shift.scenario.rule_in_force(ACCESSIBLE_SERVICE_RULE)
}

/// Citizen `i` got the help they needed, in time, and none they did not need.
pub(super) fn accommodation(g: &mut Grader<'_>, i: usize) {
    let shift = g.shift;
    if !expected(shift) {
        return;
    }
    let c = &shift.citizens[i];
    let who = g.name(i);
    if c.needs_language_help() {
        g.offer(DIMENSION, PER_NEED);
    }
    if c.needs_reading_help() {
        g.offer(DIMENSION, PER_NEED);
    }
    // One never served was charged for that (`service::waiting`).
    if c.called_at.is_none() {
        return;
    }
    let access = &c.access;
    if c.needs_language_help() {
        let helped = access.given.keys().any(|h| h.is_language());
        if !helped {
            g.penalty(DIMENSION, Rule::LanguageSupport, "fb-no-language-help")
                .arg("citizen", &who)
                .units(NO_LANGUAGE_HELP)
                .citizen(i)
                .record();
        } else if access.unclear_talk > 0 {
            g.penalty(DIMENSION, Rule::LanguageSupport, "fb-language-help-late")
                .arg("citizen", &who)
                .arg("count", access.unclear_talk)
                .units(
                    (TALK_BEFORE_HELP * f64::from(access.unclear_talk)).min(MAX_TALK_BEFORE_HELP),
                )
                .citizen(i)
                .record();
        }
    }
    if c.needs_reading_help() && access.unread_papers > 0 {
        g.penalty(DIMENSION, Rule::AccessibleService, "fb-paper-not-read")
            .arg("citizen", &who)
            .arg("count", access.unread_papers)
            .units((UNREAD_PAPER * f64::from(access.unread_papers)).min(MAX_UNREAD))
            .citizen(i)
            .record();
    }
    for help in access.given.keys().filter(|h| !c.needs(**h)) {
        g.penalty(DIMENSION, Rule::ServeInTime, "fb-help-not-needed")
            .arg("citizen", &who)
            .arg("help", help.id())
            .units(HELP_NOT_NEEDED)
            .citizen(i)
            .record();
    }
}
