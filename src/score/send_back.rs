//! Dossiers sent back by their department (issue 13, item 5), in the compliance dimension:
//! the counter informs the citizen once (Decree 118/2025 Art. 11: guide fully, once), within
//! the time the scenario gives, saying exactly what the department decided — the components
//! it asked for, or its refusal ground — and syncs the new status to the national portal.

use chrono::Duration;

use super::{CriticalKind, Dimension, Grader, Rule};
use crate::portal::{Slip, SyncState};
use crate::scenario::DepartmentEventKind;

const DIMENSION: Dimension = Dimension::Compliance;
/// Units a send-back offers: the notice (its content, its timing, once) and the sync.
const SEND_BACK: f64 = 8.0;
/// The citizen told something the department did not decide.
const MISINFORMED: f64 = 4.0;
/// A second notice for the same send-back.
const ASKED_AGAIN: f64 = 3.0;
/// The notice given after the time the scenario allows.
const LATE: f64 = 2.0;
/// The new status not synced to the national portal.
const NOT_SYNCED: f64 = 2.0;
/// Units a citizen bringing a supplement offers (intake): receiving it.
const SUPPLEMENT_BROUGHT: f64 = 4.0;
/// Units of the new receipt's date (compliance).
const NEW_DATE: f64 = 3.0;

/// Every send-back delivered during the shift, judged against the department's decision.
pub(super) fn send_backs(g: &mut Grader<'_>) {
    let shift = g.shift;
    for (k, ev) in shift.scenario.file.department_events.iter().enumerate() {
        let DepartmentEventKind::SendBack {
            inform_within_minutes,
            ..
        } = &ev.kind
        else {
            continue;
        };
        if !shift
            .department_events_done
            .get(k)
            .copied()
            .unwrap_or(false)
        {
            continue;
        }
        let Some(d) = shift.portal.dossiers.get(&ev.dossier) else {
            continue;
        };
        let Some(sent) = &d.sent_back else { continue };
        g.offer(DIMENSION, SEND_BACK);
        let notices: Vec<&Slip> = sent
            .notices
            .iter()
            .filter_map(|n| shift.portal.slips.iter().find(|s| s.number == *n))
            .collect();
        let Some(first) = notices.first() else {
            g.penalty(DIMENSION, Rule::SendBackNotice, "fb-send-back-not-told")
                .arg("dossier", &d.code)
                .units(SEND_BACK)
                .omission()
                .dossier(&d.code)
                .record();
            continue;
        };
        let components = first.components.iter().cloned().collect();
        if !sent.decision.matches(&components, first.ground.as_deref()) {
            g.penalty(DIMENSION, Rule::SendBackNotice, "fb-send-back-misinformed")
                .arg("dossier", &d.code)
                .units(MISINFORMED)
                .wrong_decision()
                .dossier(&d.code)
                .record();
        }
        let limit = sent.at + Duration::minutes(i64::from(*inform_within_minutes));
        if first.issued_at > limit {
            g.penalty(DIMENSION, Rule::SendBackNotice, "fb-send-back-late")
                .arg("dossier", &d.code)
                .arg("minutes", inform_within_minutes)
                .units(LATE)
                .dossier(&d.code)
                .record();
        }
        for _ in notices.iter().skip(1) {
            g.penalty(DIMENSION, Rule::AskOnce, "fb-send-back-asked-again")
                .arg("dossier", &d.code)
                .units(ASKED_AGAIN)
                .dossier(&d.code)
                .record();
        }
        if d.sync != SyncState::Synced {
            g.penalty(DIMENSION, Rule::NationalSync, "fb-send-back-not-synced")
                .arg("dossier", &d.code)
                .units(NOT_SYNCED)
                .dossier(&d.code)
                .record();
        }
    }
}

/// A citizen who brought the supplement a department asked for: the dossier received back
/// (it resumes, its deadline restarting) with the new return date written right.
pub(super) fn supplement_brought(g: &mut Grader<'_>, i: usize, code: &str) {
    let shift = g.shift;
    g.offer(Dimension::Intake, SUPPLEMENT_BROUGHT);
    g.offer(DIMENSION, NEW_DATE);
    let Some(d) = shift.portal.dossiers.get(code) else {
        return;
    };
    if d.sent_back.as_ref().and_then(|s| s.resumed_at).is_none() {
        let who = g.name(i);
        g.penalty(
            Dimension::Intake,
            Rule::SendBackNotice,
            "fb-supplement-not-received",
        )
        .arg("citizen", who)
        .arg("dossier", code)
        .units(SUPPLEMENT_BROUGHT + NEW_DATE)
        .omission()
        .citizen(i)
        .dossier(code)
        .record();
        return;
    }
    let (Some(due), Some(appointment)) = (d.due, d.appointment) else {
        return;
    };
    if due.date() != appointment {
        g.penalty(DIMENSION, Rule::WorkingDays, "fb-supplement-wrong-date")
            .arg("dossier", code)
            .arg("given", appointment)
            .arg("correct", due.date())
            .units(NEW_DATE)
            .critical(CriticalKind::WrongDeadline)
            .citizen(i)
            .dossier(code)
            .record();
    }
}
