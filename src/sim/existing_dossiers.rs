//! The portal as the shift finds it: the dossiers received before today (waiting to be
//! collected, withdrawn or processed, or submitted online and waiting for acceptance), each
//! linked to the citizen who comes for it, and the ground truth of the online ones.

use std::collections::BTreeMap;

use super::{Citizen, PaymentMethod};
use crate::calendar::WorkingCalendar;
use crate::portal::{BundleRecord, Dossier, Payment, Portal, Status, SyncState};
use crate::scenario::truth::{self, Analysis, Case};
use crate::scenario::{ExistingDossier, Scenario, Want};

/// The portal with the scenario's existing dossiers, and the ground truth of those waiting
/// online for acceptance, by code.
pub(super) fn load(
    scenario: &Scenario,
    citizens: &[Citizen],
    calendar: &WorkingCalendar,
) -> (Portal, BTreeMap<String, Analysis>) {
    let mut portal = Portal::default();
    let mut online_truth = BTreeMap::new();
    for existing in &scenario.file.existing_dossiers {
        let mut d = dossier(existing, owner(citizens, &existing.code));
        if let Some(p) = scenario.procedure(&existing.procedure) {
            if existing.status == Status::NewOnline {
                let case = Case {
                    procedure: p,
                    documents: &existing.documents,
                    facts: &existing.facts,
                    state_holds: &existing.state_holds,
                    channel: existing.channel,
                    copies: 0,
                    same_person: &existing.same_person,
                };
                let rule = |r: &str| scenario.rule_in_force(r);
                let analysis =
                    truth::analyze(case, &scenario.catalog, scenario.file.shift.date, &rule);
                online_truth.insert(existing.code.clone(), analysis);
            } else {
                let bundle = existing
                    .bundle
                    .as_deref()
                    .and_then(|id| scenario.bundle(id));
                let time =
                    bundle.map_or(p.processing_time(), |b| b.processing_time(&existing.facts));
                d.due = Some(calendar.due(existing.received, time));
                d.appointment = d.due.map(|t| t.date());
                d.department = Some(p.department);
                d.bundle = bundle.map(|b| received_bundle(b, existing));
            }
        }
        portal.dossiers.insert(existing.code.clone(), d);
    }
    (portal, online_truth)
}

/// The bundle record of a bundle dossier received before today: transferred to every body
/// when it was received (results come back during the shift).
fn received_bundle(b: &crate::scenario::Bundle, existing: &ExistingDossier) -> BundleRecord {
    let mut record = BundleRecord::new(b.id.clone(), b.bodies());
    for body in record.bodies.values_mut() {
        body.transferred_at = Some(existing.received);
    }
    record
}

/// The arrival id of the citizen who comes to collect or withdraw dossier `code`.
fn owner(citizens: &[Citizen], code: &str) -> Option<String> {
    citizens
        .iter()
        .find(|c| {
            matches!(&c.arrival.wants, Want::Collect { dossier } | Want::Withdraw { dossier } | Want::BringSupplement { dossier } if dossier == code)
        })
        .map(|c| c.arrival.id.clone())
}

/// An existing dossier as the portal holds it: received, synced, paid online if it was.
fn dossier(existing: &ExistingDossier, citizen: Option<String>) -> Dossier {
    let mut d = Dossier::new(
        existing.code.clone(),
        existing.procedure.clone(),
        existing.channel,
        existing.status,
        citizen,
        existing.received,
    );
    d.draft = false;
    d.received_at = Some(existing.received);
    if existing.paid {
        d.payment = Some(Payment {
            amount: 0,
            method: PaymentMethod::EPayment,
            receipt: 0,
            at: existing.received,
        });
    }
    d.sync = SyncState::Synced;
    // Issue 13, item 3: the channel recorded at its reception, from the case's facts.
    d.return_channel = super::wanted_channel(&existing.facts);
    d
}
