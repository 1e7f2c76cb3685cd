//! Inter-agency (liên thông) bundles (issue 13, item 4): one intake, several handling
//! bodies, the bundle's own deadline.
//!
//! The clerk creates ONE bundle dossier for the citizen at the counter
//! ([`Action::CreateBundle`](super::Action::CreateBundle)): it is received under the
//! bundle's lead procedure (whose papers the counter checks as usual), and its receipt's
//! due date follows the bundle's rule (3 working days, 5 with verification; the 15:00
//! cut-off of the calendar). The clerk then transfers it to EACH body of the bundle with the
//! ordinary [`Action::Transfer`](super::Action::Transfer) — one control-sheet entry per body;
//! a body not in the bundle is an error, as the inter-linked software only routes to the
//! bundle's bodies. Each body reports its result (a department event); the dossier's result
//! is ready, and can be handed back, only when every body's is back. Whether the citizen
//! qualified, and the deadline written, are judged at grading (`score/bundles.rs`).

use std::collections::BTreeSet;

use super::apply::Outcome;
use super::{ActionError, Event, Shift};
use crate::calendar::ProcessingTime;
use crate::portal::{BundleRecord, Dossier, Handover, Status};
use crate::scenario::Procedure;
use crate::vocabulary::Department;

/// Simulated seconds creating a bundle dossier takes: the inter-linked form is longer than
/// one procedure's.
const CREATE_SECONDS: u32 = 120;
/// Simulated seconds each body's transfer takes.
const TRANSFER_SECONDS: u32 = 30;

impl Shift {
    /// Creates one dossier for the citizen at the counter as the inter-agency bundle
    /// `bundle`, under the bundle's lead procedure. A bundle whose legal rule is not in force
    /// in the scenario does not exist at this counter.
    pub(super) fn create_bundle(&mut self, bundle: &str) -> Outcome {
        self.portal_available(true)?;
        let i = self.counter_index()?;
        let b = self
            .scenario
            .bundle(bundle)
            .filter(|b| self.scenario.rule_in_force(&b.rule))
            .ok_or_else(|| ActionError::UnknownBundle(bundle.to_owned()))?;
        let record = BundleRecord::new(b.id.clone(), b.bodies());
        let lead = b.lead.clone();
        let code = self.open_counter_dossier(i, lead, |d| d.bundle = Some(record))?;
        Ok((
            vec![Event::DossierCreated { dossier: code }],
            CREATE_SECONDS,
        ))
    }

    /// The processing time a dossier's receipt counts: its bundle's (with the verification
    /// days when its citizen's case needs verification), else its procedure's.
    pub(super) fn processing_time_of(&self, d: &Dossier, procedure: &Procedure) -> ProcessingTime {
        let Some(b) = d.bundle.as_ref().and_then(|r| self.scenario.bundle(&r.id)) else {
            return procedure.processing_time();
        };
        let empty = BTreeSet::new();
        let facts = self
            .owner_of(d)
            .map_or(&empty, |i| &self.citizens[i].arrival.facts);
        b.processing_time(facts)
    }

    /// Transfers a received bundle dossier to one of its bodies: one control-sheet entry
    /// per body. The first transfer puts the dossier in processing.
    pub(super) fn transfer_to_body(&mut self, dossier: &str, department: Department) -> Outcome {
        self.portal_available(false)?;
        let d = self.portal.dossier(dossier)?;
        if d.draft {
            return Err(ActionError::NotReceived(dossier.to_owned()));
        }
        let Some(record) = &d.bundle else {
            return Err(ActionError::NotABundle(dossier.to_owned()));
        };
        let Some(body) = record.bodies.get(&department) else {
            return Err(ActionError::NotABundleBody(dossier.to_owned(), department));
        };
        if body.transferred_at.is_some() {
            return Err(ActionError::AlreadyTransferred(
                dossier.to_owned(),
                department,
            ));
        }
        let lead_department = self.scenario.procedure(&d.procedure).map(|p| p.department);
        let first = d.status != Status::Processing;
        if first {
            self.portal.can_transition(dossier, Status::Processing)?;
        }
        let at = self.clock();
        let mut events = Vec::new();
        if first {
            events.push(self.move_dossier(dossier, Status::Processing, at)?);
        }
        let d = self.portal.dossier_mut(dossier)?;
        if lead_department == Some(department) {
            d.department = Some(department);
        }
        if let Some(body) = d
            .bundle
            .as_mut()
            .and_then(|r| r.bodies.get_mut(&department))
        {
            body.transferred_at = Some(at);
        }
        d.control_sheet.push(Handover {
            at,
            from: "mot-cua".into(),
            to: department.id().into(),
            status: Status::Processing,
        });
        events.push(Event::Transferred {
            dossier: dossier.to_owned(),
            department,
        });
        Ok((events, TRANSFER_SECONDS))
    }

    /// True when `dossier` was received as a bundle.
    pub(super) fn is_bundle(&self, dossier: &str) -> bool {
        self.portal
            .dossiers
            .get(dossier)
            .is_some_and(|d| d.bundle.is_some())
    }

    /// A body of a bundle dossier reports its result. A body the dossier never reached
    /// has nothing to report; when every body's result is back the dossier's result is ready.
    pub(super) fn body_result_arrives(
        &mut self,
        dossier: &str,
        department: Department,
    ) -> Vec<Event> {
        let at = self.clock();
        let Some(d) = self.portal.dossiers.get_mut(dossier) else {
            return Vec::new();
        };
        if d.status != Status::Processing {
            return Vec::new();
        }
        let Some(record) = d.bundle.as_mut() else {
            return Vec::new();
        };
        let Some(body) = record
            .bodies
            .get_mut(&department)
            .filter(|b| b.transferred_at.is_some() && b.result_at.is_none())
        else {
            return Vec::new();
        };
        body.result_at = Some(at);
        let all_back = record.all_back();
        d.control_sheet.push(Handover {
            at,
            from: department.id().into(),
            to: "mot-cua".into(),
            status: Status::Processing,
        });
        let mut events = vec![Event::BodyResultBack {
            dossier: dossier.to_owned(),
            department,
        }];
        if all_back && let Ok(from) = self.portal.transition(dossier, Status::Processed, at) {
            events.push(Event::StatusChanged {
                dossier: dossier.to_owned(),
                from,
                to: Status::Processed,
            });
            events.push(Event::ResultReady {
                dossier: dossier.to_owned(),
            });
        }
        events
    }
}
