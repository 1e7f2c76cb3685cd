//! A dossier sent back by its handling department after reception (issue 13, item 5): the
//! department's decision arrives with the clock (`clock.rs`), the dossier's status changes
//! (supplement requested, or refused), and the counter informs the citizen with
//! [`Action::NotifySendBack`](super::Action::NotifySendBack): the supplement request or the
//! refusal slip, by phone/SMS or at the counter. What the notice says is judged at grading
//! against what the department decided (`score/send_back.rs`), never at the counter.

use std::collections::BTreeSet;

use super::apply::Outcome;
use super::{ActionError, Event, Shift};
use crate::portal::{SentBack, Slip, SlipKind, Status};
use crate::scenario::SendBackDecision;
use crate::text::LocalizedText;

/// Simulated seconds a notice takes: the slip printed or sent, the phone call.
const NOTICE_SECONDS: u32 = 90;

impl Shift {
    /// The department's send-back reaches the counter: the dossier leaves processing for
    /// the status the decision means, and the portal records the decision. A dossier no
    /// longer being processed (withdrawn, already done) is left as it is.
    pub(super) fn send_back_arrives(
        &mut self,
        dossier: &str,
        reason: LocalizedText,
        decision: SendBackDecision,
    ) -> Vec<Event> {
        let at = self.clock();
        let to = if decision.is_refusal() {
            Status::Refused
        } else {
            Status::SupplementRequested
        };
        let Ok(from) = self.portal.transition(dossier, to, at) else {
            return Vec::new();
        };
        let refusal = decision.is_refusal();
        if let Ok(d) = self.portal.dossier_mut(dossier) {
            d.ready_at = None;
            d.control_sheet.push(crate::portal::Handover {
                at,
                from: d.department.map_or("", |dep| dep.id()).into(),
                to: "mot-cua".into(),
                status: to,
            });
            d.sent_back = Some(SentBack {
                at,
                reason: reason.clone(),
                decision,
                notices: Vec::new(),
                resumed_at: None,
            });
        }
        vec![
            Event::StatusChanged {
                dossier: dossier.to_owned(),
                from,
                to,
            },
            Event::SentBack {
                dossier: dossier.to_owned(),
                reason,
                refusal,
            },
        ]
    }

    /// Informs the citizen of a send-back: a supplement request listing `components`, or
    /// the refusal slip citing `ground`. Handed over when the dossier's citizen is at the
    /// counter, sent by phone/SMS otherwise.
    pub(super) fn notify_send_back(
        &mut self,
        dossier: &str,
        components: &BTreeSet<String>,
        ground: Option<&str>,
    ) -> Outcome {
        self.portal_available(true)?;
        let d = self.portal.dossier(dossier)?;
        if d.sent_back.is_none() {
            return Err(ActionError::NotSentBack(dossier.to_owned()));
        }
        let procedure = self.procedure_of(d)?;
        let kind = match ground {
            Some(_) if !components.is_empty() => return Err(ActionError::NoticeMixed),
            Some(g) if !procedure.refusals.iter().any(|r| r.id == g) => {
                return Err(ActionError::UnknownGround(g.to_owned()));
            }
            Some(_) => SlipKind::Refusal,
            None if components.is_empty() => return Err(ActionError::EmptySupplement),
            None => SlipKind::SupplementRequest,
        };
        if let Some(c) = components.iter().find(|c| procedure.component(c).is_none()) {
            return Err(ActionError::UnknownComponent(
                d.procedure.clone(),
                c.clone(),
            ));
        }
        let at = self.clock();
        let present = self.counter.is_some() && self.counter == self.owner_of(d);
        let slip = Slip {
            dossier: Some(dossier.to_owned()),
            citizen: d.citizen.clone(),
            components: components.iter().cloned().collect(),
            ground: ground.map(str::to_owned),
            electronic: !present,
            ..Slip::new(kind, d.procedure.clone(), at)
        };
        let number = self.portal.issue(slip);
        if let Some(sent) = self.portal.dossier_mut(dossier)?.sent_back.as_mut() {
            sent.notices.push(number);
        }
        Ok((vec![Event::SlipIssued { number, kind }], NOTICE_SECONDS))
    }

    /// The citizen at the counter brings the supplement of a dossier sent back for one: the
    /// dossier resumes at its department, its deadline restarts from now (rules.ron
    /// `supplement-restarts-deadline`, unconfirmed), and the citizen gets a new receipt
    /// with the date the clerk wrote.
    pub(super) fn receive_supplement(
        &mut self,
        dossier: &str,
        appointment: chrono::NaiveDate,
    ) -> Outcome {
        self.portal_available(false)?;
        let i = self.counter_index()?;
        let d = self.portal.dossier(dossier)?;
        if self.owner_of(d) != Some(i) {
            return Err(ActionError::NotTheirDossier(dossier.to_owned()));
        }
        let Some(sent) = d
            .sent_back
            .as_ref()
            .filter(|s| !s.decision.is_refusal() && s.resumed_at.is_none())
        else {
            return Err(ActionError::NotSentBack(dossier.to_owned()));
        };
        if sent.notices.is_empty() {
            return Err(ActionError::NotNotified(dossier.to_owned()));
        }
        self.portal.can_transition(dossier, Status::Processing)?;
        let procedure = self.procedure_of(d)?;
        let at = self.clock();
        let due = self.calendar.due(at, self.processing_time_of(d, procedure));
        let code = d.procedure.clone();
        let citizen = d.citizen.clone();
        let moved = self.move_dossier(dossier, Status::Processing, at)?;
        let d = self.portal.dossier_mut(dossier)?;
        d.received_at = Some(at);
        d.due = Some(due);
        d.appointment = Some(appointment);
        d.control_sheet.push(crate::portal::Handover {
            at,
            from: "mot-cua".into(),
            to: d.department.map_or("", |dep| dep.id()).into(),
            status: Status::Processing,
        });
        if let Some(sent) = d.sent_back.as_mut() {
            sent.resumed_at = Some(at);
        }
        let number = self.portal.issue(Slip {
            dossier: Some(dossier.to_owned()),
            citizen,
            date: Some(appointment),
            ..Slip::new(SlipKind::Receipt, code, at)
        });
        if !self.citizens[i].dossiers.iter().any(|c| c == dossier) {
            self.citizens[i].dossiers.push(dossier.to_owned());
        }
        Ok((
            vec![
                moved,
                Event::SlipIssued {
                    number,
                    kind: SlipKind::Receipt,
                },
            ],
            120,
        ))
    }
}
