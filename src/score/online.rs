//! Assisted online submission at the self-service kiosk, and VNeID outages (issue 13): the
//! clerk's decision per citizen — send them to the kiosk (alone or coached) or take the
//! dossier on paper — judged together with what it costs the queue.
//!
//! - A citizen who can submit online (a smartphone, a level-2 VNeID account, a procedure
//!   fully online, VNeID up) and whose dossier is complete should be sent to the kiosk:
//!   taking it on paper loses the online submission (Decision 766, group 4) — unless they
//!   need coaching (little digital literacy) and others were waiting, when paper is the
//!   clerk's fair choice.
//! - Sending to the kiosk a citizen who cannot succeed there (what the clerk can find out:
//!   ask about the phone and VNeID, read the procedure's page, see the outage) costs the
//!   decision and the minutes the citizen waits for nothing.
//!
//! The decision is counted in the guidance dimension (guiding toward online services), the
//! wasted minutes in service (waiting).

use super::{Dimension, Grader, Rule};
use crate::scenario::truth::Disposition;
use crate::scenario::{FaultKind, Level};
use crate::sim::{KIOSK_RULE, KioskBlock, Shift, kiosk_block_for};

/// The dimension the decision is counted in.
const DIMENSION: Dimension = Dimension::Guidance;

/// Units each kiosk decision is worth.
pub const PER_DECISION: f64 = 4.0;
/// Each started block of this many minutes a citizen spends at the kiosk for nothing costs
/// one service unit…
const WASTE_BLOCK_MINUTES: f64 = 10.0;
/// …up to this many.
const MAX_WASTE_UNITS: f64 = 4.0;
/// Others waiting in the queue above which coaching a citizen at the kiosk is not expected
/// (the clerk's minutes there are the queue's minutes).
pub const QUEUE_ALLOWS_COACHING: usize = 1;

/// True while VNeID was down at second `at` of the shift.
pub fn vneid_down_at(shift: &Shift, at: u32) -> bool {
    shift.faults.iter().any(|f| {
        f.spec.kind == FaultKind::VneidOutage
            && f.started_at.is_some_and(|s| s <= at)
            && f.ended_at.is_none_or(|e| e > at)
    })
}

/// What would stop citizen `i` at the kiosk if sent at second `at`, coached
/// `coach_minutes`; `None` when they can submit.
pub fn kiosk_block_at(shift: &Shift, i: usize, at: u32, coach_minutes: u32) -> Option<KioskBlock> {
    let c = shift.citizens.get(i)?;
    let online = c
        .procedure()
        .and_then(|code| shift.scenario.procedure(code))
        .map(|p| p.online);
    kiosk_block_for(&c.persona, online, vneid_down_at(shift, at), coach_minutes)
}

/// Citizens other than `i` waiting in the queue at second `at`.
pub fn others_waiting_at(shift: &Shift, i: usize, at: u32) -> usize {
    shift
        .citizens
        .iter()
        .enumerate()
        .filter(|(j, c)| {
            *j != i
                && c.arrived_at.is_some_and(|a| a <= at)
                && c.called_at.is_none_or(|called| called > at)
                && c.left_at.is_none_or(|left| left > at)
        })
        .count()
}

/// True when citizen `i`, at the counter at second `at`, should go to the kiosk rather than
/// be taken on paper: the centre has a kiosk ([`KIOSK_RULE`] in force), they can submit there (coached if they need it), their dossier is
/// complete, and — when they need coaching — the queue allows the clerk to leave the
/// counter.
pub fn should_go_to_kiosk(shift: &Shift, i: usize, at: u32) -> bool {
    let Some(c) = shift.citizens.get(i) else {
        return false;
    };
    if !shift.scenario.rule_in_force(KIOSK_RULE) {
        return false;
    }
    let complete = c
        .analysis
        .as_ref()
        .is_some_and(|a| a.disposition == Disposition::Accept);
    let needs_coaching = matches!(c.persona.digital_literacy, Level::Low | Level::None);
    complete
        && kiosk_block_at(shift, i, at, crate::sim::COACHING_NEEDED_MINUTES).is_none()
        && (!needs_coaching || others_waiting_at(shift, i, at) <= QUEUE_ALLOWS_COACHING)
}

/// Citizen `i`'s kiosk decisions: each visit judged when it was decided, or the kiosk not
/// offered to one who should have gone.
pub(super) fn kiosk(g: &mut Grader<'_>, i: usize) {
    let shift = g.shift;
    let c = &shift.citizens[i];
    let Some(called) = c.called_at else {
        return;
    };
    if c.procedure().is_none() {
        return;
    }
    let who = g.name(i);
    let visits: Vec<_> = shift.kiosk.iter().filter(|v| v.citizen == i).collect();
    for v in &visits {
        g.offer(DIMENSION, PER_DECISION);
        let Some(block) = kiosk_block_at(shift, i, v.sent_at, v.coach_minutes) else {
            continue;
        };
        let rule = if block == KioskBlock::VneidOutage {
            Rule::VneidOutagePaper
        } else {
            Rule::KioskOnline
        };
        g.penalty(DIMENSION, rule, "fb-kiosk-unfit")
            .arg("citizen", &who)
            .arg("block", block.id())
            .units(PER_DECISION)
            .citizen(i)
            .record();
        let minutes = f64::from(v.minutes_by(shift.now));
        if minutes > 0.0 {
            g.penalty(Dimension::Service, Rule::ServeInTime, "fb-kiosk-wasted")
                .arg("citizen", &who)
                .arg("minutes", format!("{minutes:.0}"))
                .units((minutes / WASTE_BLOCK_MINUTES).ceil().min(MAX_WASTE_UNITS))
                .citizen(i)
                .record();
        }
    }
    if !visits.is_empty() || !should_go_to_kiosk(shift, i, called) {
        return;
    }
    // Taken on paper, or sent away: either way the online submission was lost.
    g.offer(DIMENSION, PER_DECISION);
    g.penalty(DIMENSION, Rule::KioskOnline, "fb-kiosk-not-offered")
        .arg("citizen", &who)
        .units(PER_DECISION)
        .citizen(i)
        .record();
}

/// The queue's waiting cost: citizen-minutes spent waiting in the queue before being first
/// called (or until they left, or until now), plus minutes spent at the kiosk on visits that
/// failed.
pub fn queue_wait_minutes(shift: &Shift) -> f64 {
    let queued: u32 = shift
        .citizens
        .iter()
        .filter_map(|c| {
            let arrived = c.arrived_at?;
            let until = c.called_at.or(c.left_at).unwrap_or(shift.now);
            Some(until.saturating_sub(arrived))
        })
        .sum();
    let kiosk: u32 = shift
        .kiosk
        .iter()
        .filter(|v| v.failed())
        .map(|v| v.done_at.min(shift.now).saturating_sub(v.sent_at))
        .sum();
    f64::from(queued.saturating_add(kiosk)) / 60.0
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::*;
    use crate::scenario::Mode;
    use crate::scenario::load::open_scenario;
    use crate::sim::Action;

    fn shift(id: &str) -> Shift {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scenarios")
            .join(id);
        let scenario = open_scenario(&dir).unwrap_or_else(|e| panic!("{id}: {e}"));
        Shift::new(Arc::new(scenario), 1, Mode::Exam)
    }

    #[test]
    fn only_a_centre_with_a_kiosk_expects_citizens_to_go_there() {
        // The tutorial's first citizen has a smartphone and level-2 VNeID, and birth
        // registration is fully online, but the tutorial's centre has no kiosk.
        let tutorial = shift("tutorial-birth");
        assert!(kiosk_block_at(&tutorial, 0, 0, 0).is_none());
        assert!(!should_go_to_kiosk(&tutorial, 0, 0));
        let kiosk = shift("kiosk-morning");
        assert!(should_go_to_kiosk(&kiosk, 0, 0));
    }

    #[test]
    fn others_waiting_counts_the_queue_at_a_moment() {
        let mut s = shift("kiosk-morning");
        // k1 07:32, k2 07:34, k3 07:36: at the counter with k1 until 07:40, two others wait.
        s.apply(Action::CallNext).unwrap();
        s.apply(Action::Wait { minutes: 8 }).unwrap();
        let seven_forty = 10 * 60;
        assert_eq!(others_waiting_at(&s, 0, seven_forty), 2);
        // Before anyone else came, nobody.
        assert_eq!(others_waiting_at(&s, 0, 2 * 60 + 30), 0);
        assert!(
            !vneid_down_at(&s, seven_forty),
            "no outage in this scenario"
        );
    }
}
