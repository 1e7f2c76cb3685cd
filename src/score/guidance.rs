//! Guiding citizens toward online services: what each citizen should hear — the online
//! service, the level-2 VNeID account, status lookup — and whether they heard it.

use super::{Dimension, Grader, Rule, received_dossier};
use crate::scenario::{Channel, OnlineLevel, VneidLevel, Want};
use crate::sim::{GuideTopic, Shift};

/// The dimension every penalty and opportunity in this file is counted in.
const DIMENSION: Dimension = Dimension::Guidance;

/// Units each topic a citizen should hear is worth.
const PER_TOPIC: f64 = 4.0;

/// The guidance a citizen should get: online service when they have a smartphone and the
/// procedure is online, the VNeID level-2 account when they lack it, status lookup for a
/// multi-day dossier.
pub fn expected_guidance(shift: &Shift, i: usize) -> Vec<GuideTopic> {
    let c = &shift.citizens[i];
    let p = &c.persona;
    let mut topics = Vec::new();
    let online = c
        .procedure()
        .and_then(|code| shift.scenario.procedure(code))
        .map(|p| p.online);
    if p.smartphone && online.is_some_and(|o| o != OnlineLevel::None) {
        topics.push(GuideTopic::OnlineService);
    }
    if p.smartphone && p.vneid != VneidLevel::Level2 {
        topics.push(GuideTopic::VneidAccount);
    }
    let submitted = matches!(c.arrival.wants, Want::Submit { .. });
    let multi_day = submitted
        && received_dossier(shift, i)
            .and_then(|d| shift.scenario.procedure(&d.procedure))
            .is_some_and(|p| p.processing_days > 0);
    if multi_day {
        topics.push(GuideTopic::StatusLookup);
    }
    topics
}

/// The topics citizen `i` should have heard and did not. Helping them submit online counts
/// as telling them of the online service, and so does sending them to the kiosk; a dossier
/// submitted online tells its status through the portal itself (SMS, the citizen's account),
/// so it needs no status-lookup guidance.
pub fn missed_guidance(shift: &Shift, i: usize) -> Vec<GuideTopic> {
    let c = &shift.citizens[i];
    let at_kiosk = shift.kiosk.iter().any(|v| v.citizen == i);
    let online = received_dossier(shift, i).is_some_and(|d| d.channel == Channel::Online);
    expected_guidance(shift, i)
        .into_iter()
        .filter(|topic| {
            !(c.guided.contains(topic)
                || (*topic == GuideTopic::OnlineService
                    && (at_kiosk || c.guided.contains(&GuideTopic::AssistOnlineSubmission)))
                || (*topic == GuideTopic::StatusLookup && online))
        })
        .collect()
}

/// Citizen `i` heard every topic they should (helping them submit online counts as telling
/// them of the online service); one who never reached the counter was not guided either.
/// Guidance missed also costs service (see [`super::service::next_visit_at_the_counter`]).
pub(super) fn topics(g: &mut Grader<'_>, i: usize) {
    let shift = g.shift;
    let c = &shift.citizens[i];
    let expected = expected_guidance(shift, i).len();
    g.offer(DIMENSION, PER_TOPIC * expected as f64);
    let missed = missed_guidance(shift, i);
    // One served and not guided comes back to the counter next time; one never served was
    // already charged for that.
    if !missed.is_empty() && c.called_at.is_some() {
        super::service::next_visit_at_the_counter(g, i, missed.len());
    }
    for topic in missed {
        g.penalty(DIMENSION, Rule::GuideOnline, "fb-guidance-missed")
            .arg("citizen", c.name())
            .arg("topic", topic.id())
            .units(PER_TOPIC)
            .citizen(i)
            .record();
    }
}
