//! Faults: what each does to the counter while it lasts (no computer during a power cut
//! or a frozen PC) and the clerk's responses to them.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::apply::Outcome;
use super::{ActionError, CitizenState, Event, Shift};
use crate::scenario::{FaultEvent, FaultKind, FaultResponse, Scenario};

/// A fault's state during the shift.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaultState {
    /// The scenario's fault.
    pub spec: FaultEvent,
    /// When it started (seconds since shift start).
    pub started_at: Option<u32>,
    /// When it ended.
    pub ended_at: Option<u32>,
    /// It actually disrupted work (a jam only when someone scans).
    pub manifested: bool,
    /// Responses given while it was active.
    pub responses: BTreeSet<FaultResponse>,
}

impl FaultState {
    /// The scenario's faults, none started yet.
    pub(super) fn scheduled(scenario: &Scenario) -> Vec<FaultState> {
        scenario
            .file
            .faults
            .iter()
            .map(|f| FaultState {
                spec: f.clone(),
                started_at: None,
                ended_at: None,
                manifested: false,
                responses: BTreeSet::new(),
            })
            .collect()
    }

    /// True while it is in effect.
    pub fn active(&self) -> bool {
        self.started_at.is_some() && self.ended_at.is_none()
    }
}

/// True for a fault that lasts until the clerk clears it (a jam, a frozen PC), however
/// long the scenario says it lasts.
pub(super) fn clearable(kind: FaultKind) -> bool {
    matches!(kind, FaultKind::ScannerJam | FaultKind::FrozenPc)
}

impl Shift {
    /// True while a fault of this kind is in effect.
    pub(super) fn fault_active(&self, kind: FaultKind) -> bool {
        self.faults
            .iter()
            .any(|f| f.spec.kind == kind && f.active())
    }

    /// Marks the active faults of this kind as having disrupted work (a failed sync, a
    /// failed e-payment).
    pub(super) fn manifest(&mut self, kind: FaultKind) {
        for f in self
            .faults
            .iter_mut()
            .filter(|f| f.spec.kind == kind && f.active())
        {
            f.manifested = true;
        }
    }

    /// Checks the PC: frozen or without power. `paper_ok` lets paper-capable work continue
    /// in paper mode during a power cut.
    pub(super) fn portal_available(&self, paper_ok: bool) -> Result<(), ActionError> {
        if self.fault_active(FaultKind::PowerCut) && !(paper_ok && self.paper_mode) {
            return Err(ActionError::PowerOut);
        }
        if self.fault_active(FaultKind::FrozenPc) {
            return Err(ActionError::ComputerFrozen);
        }
        Ok(())
    }

    pub(super) fn respond(&mut self, response: FaultResponse) -> Outcome {
        let targets: Vec<usize> = (0..self.faults.len())
            .filter(|&f| self.faults[f].active() && response.applies_to(self.faults[f].spec.kind))
            .collect();
        if targets.is_empty() {
            return Err(ActionError::NoSuchFault);
        }
        // Reporting to the helpdesk and informing the queue need no computer (a phone call, a
        // word to the waiting room), so they work even during a power cut.
        let now = self.now;
        let mut events = vec![Event::FaultResponded { response }];
        for f in targets {
            self.faults[f].responses.insert(response);
            match response {
                FaultResponse::RestartComputer | FaultResponse::ClearScannerJam
                    if self.faults[f].ended_at.is_none() =>
                {
                    self.faults[f].ended_at = Some(now);
                    events.push(Event::FaultEnded {
                        kind: self.faults[f].spec.kind,
                    });
                    if self.faults[f].spec.kind == FaultKind::FrozenPc {
                        self.end_session_on_restart();
                    }
                }
                _ => {}
            }
        }
        match response {
            FaultResponse::InformQueue => {
                for c in self
                    .citizens
                    .iter_mut()
                    .filter(|c| c.state == CitizenState::Queued)
                {
                    c.patience_bonus = c
                        .patience_bonus
                        .saturating_add(c.persona.patience_minutes.saturating_mul(30));
                }
            }
            FaultResponse::SwitchToPaper => self.paper_mode = true,
            FaultResponse::SuspendKiosk => events.extend(self.call_back_from_kiosk()),
            _ => {}
        }
        let cost = match response {
            FaultResponse::RestartComputer => 240,
            FaultResponse::ClearScannerJam => 120,
            FaultResponse::ReportToHelpdesk => 90,
            FaultResponse::InformQueue => 60,
            FaultResponse::SwitchToPaper => 30,
            FaultResponse::SwitchToCash => 5,
            FaultResponse::SuspendKiosk => 60,
        };
        Ok((events, cost))
    }
}
