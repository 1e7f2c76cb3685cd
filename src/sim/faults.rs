//! Faults: what each does to the counter while it lasts (no computer during a power cut
//! or a frozen PC) and the clerk's responses to them.

use super::apply::Outcome;
use super::{ActionError, CitizenState, Event, Shift};
use crate::scenario::{FaultKind, FaultResponse};

impl Shift {
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
            _ => {}
        }
        let cost = match response {
            FaultResponse::RestartComputer => 240,
            FaultResponse::ClearScannerJam => 120,
            FaultResponse::ReportToHelpdesk => 90,
            FaultResponse::InformQueue => 60,
            FaultResponse::SwitchToPaper => 30,
            FaultResponse::SwitchToCash => 5,
        };
        Ok((events, cost))
    }
}
