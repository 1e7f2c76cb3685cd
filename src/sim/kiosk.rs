//! The centre's self-service kiosk: a PC on the National Public Service Portal
//! (dichvucong.gov.vn) where a citizen submits online with their own VNeID level-2 account.
//!
//! The clerk sends the citizen at the counter to the kiosk ([`Action::SendToKiosk`]),
//! optionally walking over to coach them for some minutes (the clerk's own time, while the
//! queue waits). The counter is then free for the queue. Some minutes later — fewer for a
//! citizen at ease with a phone, fewer with coaching — the citizen either submits (their
//! dossier arrives in the portal's online inbox, to accept or answer like any online
//! dossier) or comes back to the queue having failed: no smartphone, no level-2 account, a
//! procedure that is not fully online, VNeID down, or a citizen who could not manage alone.
//! A citizen whose patience is spent when they come back gives up and leaves.
//!
//! The engine never says beforehand whether a citizen can succeed: the clerk finds out by
//! asking (phone, VNeID) and reading the procedure; the rubric (`score/online.rs`) judges
//! the decision.
//!
//! [`Action::SendToKiosk`]: super::Action::SendToKiosk

use serde::{Deserialize, Serialize};

use super::apply::Outcome;
use super::{ActionError, CitizenState, Event, LeaveReason, Shift};
use crate::portal::Status;
use crate::scenario::{Channel, FaultKind, Level, OnlineLevel, Persona, VneidLevel};

/// The legal rule (`scenarios/shared/rules.ron`) a scenario puts in force to give its centre
/// a self-service kiosk and the duty to support online submission there; without it the
/// centre has no kiosk.
pub const KIOSK_RULE: &str = "kiosk-online-support";

/// Most minutes the clerk may stay at the kiosk coaching one citizen.
pub const MAX_COACH_MINUTES: u32 = 30;

/// Minutes of coaching a citizen with little or no digital literacy needs to get through
/// the portal's forms.
pub const COACHING_NEEDED_MINUTES: u32 = 10;

/// Minutes a citizen takes to find out that the kiosk cannot work for them (the login or
/// the procedure's page stops them).
pub const BLOCKED_MINUTES: u32 = 10;

/// Why a citizen could not submit at the kiosk (what they say when they come back).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum KioskBlock {
    /// No smartphone to receive the login code or scan the VNeID QR code.
    NoSmartphone,
    /// No VNeID account, or only level 1.
    NoVneidLevel2,
    /// The procedure cannot be submitted fully online.
    NotFullyOnline,
    /// VNeID could not authenticate anyone.
    VneidOutage,
    /// The citizen got lost in the forms alone (little digital literacy, no coaching).
    NeedsCoaching,
    /// The clerk called the citizen back from the kiosk (a notice put up during an outage).
    CalledBack,
}

impl KioskBlock {
    /// Stable identifier used in locale keys (`kiosk-block-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            KioskBlock::NoSmartphone => "no-smartphone",
            KioskBlock::NoVneidLevel2 => "no-vneid-level2",
            KioskBlock::NotFullyOnline => "not-fully-online",
            KioskBlock::VneidOutage => "vneid-outage",
            KioskBlock::NeedsCoaching => "needs-coaching",
            KioskBlock::CalledBack => "called-back",
        }
    }
}

/// How a visit to the kiosk ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum KioskOutcome {
    /// Still at the kiosk.
    Pending,
    /// Submitted: the online dossier's code.
    Submitted(String),
    /// Came back to the queue without submitting.
    CameBack(KioskBlock),
}

/// One citizen's visit to the kiosk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KioskVisit {
    /// Citizen index.
    pub citizen: usize,
    /// Seconds since shift start when the clerk sent them.
    pub sent_at: u32,
    /// Minutes the clerk stayed to coach.
    pub coach_minutes: u32,
    /// When the visit ends (seconds since shift start).
    pub done_at: u32,
    /// How it ended.
    pub outcome: KioskOutcome,
}

impl KioskVisit {
    /// True when the citizen came back without submitting.
    pub fn failed(&self) -> bool {
        matches!(self.outcome, KioskOutcome::CameBack(_))
    }

    /// Whole minutes the citizen spent at the kiosk by second `now` of the shift (until the
    /// visit ended, or until `now` while it lasts).
    pub fn minutes_by(&self, now: u32) -> u32 {
        self.done_at.min(now).saturating_sub(self.sent_at) / 60
    }
}

/// Minutes a citizen of this digital literacy needs at the kiosk to submit, alone
/// (`coach_minutes` 0) or coached: the clerk's minutes beside them save as much of the
/// citizen's own time, but the visit lasts at least as long as the coaching and 5 minutes.
pub fn submit_minutes(literacy: Level, coach_minutes: u32) -> u32 {
    let alone: u32 = match literacy {
        Level::High => 8,
        Level::Medium => 15,
        Level::Low | Level::None => 25,
    };
    alone
        .saturating_sub(coach_minutes)
        .max(coach_minutes)
        .max(5)
}

/// What stops a citizen like `persona` from submitting a procedure of this online level at
/// the kiosk, coached `coach_minutes`, with VNeID down or not — in the order the citizen
/// meets the obstacles: the phone, the account, the procedure's page, the login, the forms.
pub fn kiosk_block_for(
    persona: &Persona,
    online: Option<OnlineLevel>,
    vneid_down: bool,
    coach_minutes: u32,
) -> Option<KioskBlock> {
    if !persona.smartphone {
        Some(KioskBlock::NoSmartphone)
    } else if persona.vneid != VneidLevel::Level2 {
        Some(KioskBlock::NoVneidLevel2)
    } else if online != Some(OnlineLevel::Full) {
        Some(KioskBlock::NotFullyOnline)
    } else if vneid_down {
        Some(KioskBlock::VneidOutage)
    } else if matches!(persona.digital_literacy, Level::Low | Level::None)
        && coach_minutes < COACHING_NEEDED_MINUTES
    {
        Some(KioskBlock::NeedsCoaching)
    } else {
        None
    }
}

impl Shift {
    /// Sends the citizen at the counter to the kiosk, the clerk coaching `coach_minutes`.
    pub(super) fn send_to_kiosk(&mut self, coach_minutes: u32) -> Outcome {
        if !self.scenario.rule_in_force(KIOSK_RULE) {
            return Err(ActionError::NoKiosk);
        }
        if coach_minutes > MAX_COACH_MINUTES {
            return Err(ActionError::CoachOutOfRange(MAX_COACH_MINUTES));
        }
        if self.fault_active(FaultKind::PowerCut) {
            return Err(ActionError::PowerOut);
        }
        let i = self.counter_index()?;
        let c = &self.citizens[i];
        if c.procedure().is_none() {
            return Err(ActionError::NothingToSubmit);
        }
        if let Some(open) = c.dossiers.iter().find(|code| {
            self.portal
                .dossiers
                .get(*code)
                .is_some_and(|d| d.draft || d.status == Status::NewOnline)
        }) {
            return Err(ActionError::DossierAlreadyOpen(open.clone()));
        }
        let minutes = match self.kiosk_block(i, coach_minutes) {
            Some(KioskBlock::NeedsCoaching) => submit_minutes(c.persona.digital_literacy, 0),
            Some(_) => BLOCKED_MINUTES.max(coach_minutes),
            None => submit_minutes(c.persona.digital_literacy, coach_minutes),
        };
        let now = self.now;
        self.kiosk.push(KioskVisit {
            citizen: i,
            sent_at: now,
            coach_minutes,
            done_at: now.saturating_add(minutes.saturating_mul(60)),
            outcome: KioskOutcome::Pending,
        });
        self.citizens[i].state = CitizenState::AtKiosk;
        self.counter = None;
        Ok((
            vec![Event::SentToKiosk {
                citizen: i,
                coach_minutes,
            }],
            30 + coach_minutes * 60,
        ))
    }

    /// What stops citizen `i` from submitting at the kiosk now, coached `coach_minutes`, if
    /// anything. The truth of the citizen's situation: the engine uses it to play the visit
    /// out, never to tell the clerk beforehand.
    pub fn kiosk_block(&self, i: usize, coach_minutes: u32) -> Option<KioskBlock> {
        let c = self.citizens.get(i)?;
        let online = c
            .procedure()
            .and_then(|code| self.scenario.procedure(code))
            .map(|p| p.online);
        kiosk_block_for(
            &c.persona,
            online,
            self.fault_active(FaultKind::VneidOutage),
            coach_minutes,
        )
    }

    /// The pending kiosk visits' end times, for the clock.
    pub(super) fn kiosk_due(&self) -> impl Iterator<Item = (u32, usize)> + '_ {
        self.kiosk
            .iter()
            .enumerate()
            .filter(|(_, v)| v.outcome == KioskOutcome::Pending)
            .map(|(k, v)| (v.done_at, k))
    }

    /// Visit `k` ends now: the citizen submits online, or comes back to the queue (or gives
    /// up when their patience is spent).
    pub(super) fn kiosk_done(&mut self, k: usize) -> Vec<Event> {
        let Some(visit) = self.kiosk.get(k) else {
            return vec![];
        };
        let (i, coach) = (visit.citizen, visit.coach_minutes);
        match self.kiosk_block(i, coach) {
            None => {
                let procedure = self.citizens[i]
                    .procedure()
                    .map(str::to_owned)
                    .unwrap_or_default();
                let at = self.clock();
                let code =
                    self.open_dossier(i, procedure, (Channel::Online, Status::NewOnline), |d| {
                        d.draft = false;
                        d.received_at = Some(at);
                    });
                self.kiosk[k].outcome = KioskOutcome::Submitted(code.clone());
                let now = self.now;
                let c = &mut self.citizens[i];
                c.state = CitizenState::Gone;
                c.left_at = Some(now);
                c.leave_reason = Some(LeaveReason::Served);
                vec![
                    Event::DossierCreated {
                        dossier: code.clone(),
                    },
                    Event::KioskSubmitted {
                        citizen: i,
                        dossier: code,
                    },
                ]
            }
            Some(block) => self.back_from_kiosk(k, block),
        }
    }

    /// The citizen of visit `k` comes back to the queue, in their old place, saying why.
    fn back_from_kiosk(&mut self, k: usize, block: KioskBlock) -> Vec<Event> {
        let i = self.kiosk[k].citizen;
        self.kiosk[k].outcome = KioskOutcome::CameBack(block);
        self.kiosk[k].done_at = self.now;
        self.citizens[i].state = CitizenState::Queued;
        vec![Event::BackFromKiosk { citizen: i, block }]
    }

    /// Calls back every citizen still at the kiosk (a notice put up during a VNeID outage):
    /// they return to the queue now instead of failing later.
    pub(super) fn call_back_from_kiosk(&mut self) -> Vec<Event> {
        let pending: Vec<usize> = self
            .kiosk
            .iter()
            .enumerate()
            .filter(|(_, v)| v.outcome == KioskOutcome::Pending)
            .map(|(k, _)| k)
            .collect();
        pending
            .into_iter()
            .flat_map(|k| self.back_from_kiosk(k, KioskBlock::CalledBack))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coaching_saves_the_citizens_time_but_not_below_its_own_length() {
        // Alone: 8, 15, 25 minutes by literacy.
        assert_eq!(submit_minutes(Level::High, 0), 8);
        assert_eq!(submit_minutes(Level::Medium, 0), 15);
        assert_eq!(submit_minutes(Level::Low, 0), 25);
        // Coached 10 minutes: 25 − 10 = 15; coached 20: the visit lasts the coaching.
        assert_eq!(submit_minutes(Level::Low, 10), 15);
        assert_eq!(submit_minutes(Level::Low, 20), 20);
        // Never under 5 minutes.
        assert_eq!(submit_minutes(Level::High, 4), 5);
    }
}
