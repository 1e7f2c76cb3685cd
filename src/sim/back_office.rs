//! The dossier after reception: transfer to the department, sync with the National Public
//! Service Portal, the result handed back, a withdrawal recorded, the apology for a delay.

use super::apply::Outcome;
use super::{ActionError, CitizenState, Event, LeaveReason, Shift};
use crate::portal::{Handover, Slip, SlipKind, Status, SyncState};
use crate::scenario::{Channel, Department, FaultKind};

impl Shift {
    pub(super) fn transfer(&mut self, dossier: &str, department: Department) -> Outcome {
        if self.is_bundle(dossier) {
            return self.transfer_to_body(dossier, department);
        }
        self.portal_available(false)?;
        let d = self.portal.dossier(dossier)?;
        if d.draft {
            return Err(ActionError::NotReceived(dossier.to_owned()));
        }
        self.portal.can_transition(dossier, Status::Processing)?;
        let procedure = self.procedure_of(d)?;
        let at = self.clock();
        let ready_at =
            if procedure.processing_time().is_same_day() && procedure.department == department {
                let start = self
                    .calendar
                    .clock_start(d.received_at.unwrap_or(at))
                    .max(at);
                Some(start + chrono::Duration::minutes(i64::from(procedure.same_day_minutes)))
            } else {
                None
            };
        let moved = self.move_dossier(dossier, Status::Processing, at)?;
        let d = self.portal.dossier_mut(dossier)?;
        d.department = Some(department);
        d.ready_at = ready_at;
        d.control_sheet.push(Handover {
            at,
            from: "mot-cua".into(),
            to: department.id().into(),
            status: Status::Processing,
        });
        Ok((
            vec![
                moved,
                Event::Transferred {
                    dossier: dossier.to_owned(),
                    department,
                },
            ],
            30,
        ))
    }

    pub(super) fn sync(&mut self, dossier: &str) -> Outcome {
        self.portal_available(false)?;
        let d = self.portal.dossier(dossier)?;
        if d.draft {
            return Err(ActionError::NotReceived(dossier.to_owned()));
        }
        if self.fault_active(FaultKind::NationalSyncFailure) {
            self.manifest(FaultKind::NationalSyncFailure);
            self.portal.dossier_mut(dossier)?.sync = SyncState::Failed;
            return Ok((
                vec![Event::SyncFailed {
                    dossier: dossier.to_owned(),
                }],
                20,
            ));
        }
        self.portal.dossier_mut(dossier)?.sync = SyncState::Synced;
        Ok((
            vec![Event::Synced {
                dossier: dossier.to_owned(),
            }],
            10,
        ))
    }

    pub(super) fn return_result(&mut self, dossier: &str) -> Outcome {
        self.portal_available(true)?;
        let d = self.portal.dossier(dossier)?;
        self.portal.can_transition(dossier, Status::Returned)?;
        let receiver = match self.counter {
            Some(i) => i,
            None => match self
                .owner_of(d)
                .filter(|&i| self.citizens[i].state == CitizenState::WaitingForResult)
            {
                Some(i) => i,
                None => return Err(ActionError::NobodyToReceive(dossier.to_owned())),
            },
        };
        let at = self.clock();
        let moved = self.move_dossier(dossier, Status::Returned, at)?;
        self.portal.dossier_mut(dossier)?.returned_to = Some(receiver);
        let mut events = vec![moved];
        if !self.citizens[receiver]
            .dossiers
            .iter()
            .any(|c| c == dossier)
        {
            self.citizens[receiver].dossiers.push(dossier.to_owned());
        }
        if self.counter.is_none() {
            let now = self.now;
            let c = &mut self.citizens[receiver];
            c.state = CitizenState::Gone;
            c.left_at = Some(now);
            c.leave_reason = Some(LeaveReason::Served);
            events.push(Event::CitizenLeft {
                citizen: receiver,
                reason: LeaveReason::Served,
            });
        }
        Ok((events, 60))
    }

    pub(super) fn withdraw(&mut self, dossier: &str) -> Outcome {
        self.portal_available(true)?;
        self.counter_index()?;
        self.portal.can_transition(dossier, Status::Withdrawn)?;
        let at = self.clock();
        let moved = self.move_dossier(dossier, Status::Withdrawn, at)?;
        let d = self.portal.dossier(dossier)?;
        let procedure = d.procedure.clone();
        let citizen = self.counter.map(|i| self.citizens[i].arrival.id.clone());
        let number = self.portal.issue(Slip {
            dossier: Some(dossier.to_owned()),
            citizen,
            ..Slip::new(SlipKind::StopNotice, procedure, at)
        });
        if let Some(i) = self.counter
            && !self.citizens[i].dossiers.iter().any(|c| c == dossier)
        {
            self.citizens[i].dossiers.push(dossier.to_owned());
        }
        Ok((
            vec![
                moved,
                Event::SlipIssued {
                    number,
                    kind: SlipKind::StopNotice,
                },
            ],
            60,
        ))
    }

    pub(super) fn apology(&mut self, dossier: &str, new_date: chrono::NaiveDate) -> Outcome {
        self.portal_available(true)?;
        let d = self.portal.dossier(dossier)?;
        if d.status != Status::Processing {
            return Err(ActionError::NotProcessing(dossier.to_owned()));
        }
        if d.apology.is_some() {
            return Err(ActionError::ApologyAlreadySent(dossier.to_owned()));
        }
        let at = self.clock();
        let procedure = d.procedure.clone();
        let reason = d.delay.as_ref().map(|(r, _)| r.vi.clone());
        let electronic = d.channel == Channel::Online;
        let number = self.portal.issue(Slip {
            dossier: Some(dossier.to_owned()),
            date: Some(new_date),
            ground: reason,
            electronic,
            ..Slip::new(SlipKind::Apology, procedure, at)
        });
        self.portal.dossier_mut(dossier)?.apology = Some((at, new_date));
        Ok((
            vec![Event::SlipIssued {
                number,
                kind: SlipKind::Apology,
            }],
            90,
        ))
    }
}
