//! Compliance and timeliness: a receipt for every complete dossier, the right return date
//! on it, the fee collected, photocopies certified against their originals, the dossier
//! forwarded to the right department and synchronized to the national portal, results
//! handed out, apologies sent before the due moment, faults answered with their fallbacks.

use chrono::{NaiveDate, NaiveDateTime};

use super::cases::Submission;
use super::{CriticalKind, Dimension, Grader, Penalty, Rule};
use crate::calendar::{DayCount, ReceiptMoved};
use crate::portal::{Dossier, Status, SyncState};
use crate::scenario::{CopyForm, DepartmentEventKind};
use crate::sim::{LeaveReason, Shift};

/// The dimension every penalty and opportunity in this file is counted in.
const DIMENSION: Dimension = Dimension::Compliance;

/// Units a receipt is worth to a submission that should be received (or was).
pub(super) const RECEIPT: f64 = 8.0;
/// Units each reported delay is worth: the apology.
const APOLOGY: f64 = 6.0;
/// Units each fallback a fault expects is worth.
const FAULT_RESPONSE: f64 = 3.0;

/// The new return date of a late dossier: `extra` working days after its due date.
pub fn rescheduled_date(shift: &Shift, due: NaiveDateTime, extra: u32) -> NaiveDate {
    shift.calendar().add_working_days(due.date(), extra)
}

/// The rule a wrong appointment date breaks: the cut-off when the dossier was received at or
/// after it, else the way the procedure counts its days.
fn deadline_rule(shift: &Shift, d: &Dossier) -> Rule {
    let moved_by_cutoff = d.received_at.is_some_and(|at| {
        matches!(
            shift.calendar().receipt_day(at).1,
            Some(ReceiptMoved::AfterCutoff(_))
        )
    });
    let counted_in = shift
        .scenario
        .procedure(&d.procedure)
        .map(|p| p.counted_in)
        .unwrap_or_default();
    match counted_in {
        _ if moved_by_cutoff => Rule::Cutoff,
        _ if d.bundle.is_some() => Rule::BundleDeadline,
        DayCount::CalendarDays => Rule::CalendarDays,
        DayCount::WorkingDays => Rule::WorkingDays,
    }
}

/// A dossier received though the law says it cannot be as it stands: the handling officer
/// sends it back, and its processing time starts over. Costs what a receipt is worth.
pub(super) fn sent_back(g: &mut Grader<'_>, case: &Submission<'_>, d: &Dossier, rule: Rule) {
    g.penalty(DIMENSION, rule, "fb-sent-back-by-department")
        .arg("citizen", &case.who)
        .units(RECEIPT)
        .citizen(case.citizen)
        .dossier(&d.code)
        .record();
}

/// A complete dossier left without a receipt.
pub(super) fn no_receipt(g: &mut Grader<'_>, case: &Submission<'_>) {
    g.penalty(DIMENSION, Rule::ReceiptAndCode, "fb-no-receipt")
        .arg("citizen", &case.who)
        .units(RECEIPT)
        .citizen(case.citizen)
        .record();
}

/// A fee set on the dossier was collected.
pub(super) fn fee_collected(g: &mut Grader<'_>, case: &Submission<'_>, d: &Dossier) {
    if d.fee.unwrap_or(0) > 0 && d.payment.is_none() {
        lapse(
            g,
            Rule::CorrectFee,
            "fb-fee-not-collected",
            d,
            Some(case.citizen),
        )
        .record();
    }
}

/// Every photocopy handed in with its original, for a paper the case uses, was compared and
/// signed by the clerk.
pub(super) fn copies_certified(g: &mut Grader<'_>, case: &Submission<'_>, d: &Dossier) {
    let c = case.person;
    let papers = &c.arrival.documents;
    let used = |kind: &str| {
        case.truth.components.iter().any(|(_, paper)| {
            paper
                .as_deref()
                .is_some_and(|x| c.document(x).is_some_and(|x| x.kind == kind))
        })
    };
    for doc in papers {
        let with_original = papers
            .iter()
            .any(|o| o.kind == doc.kind && o.copy == CopyForm::Original);
        if doc.copy == CopyForm::Photocopy
            && with_original
            && used(&doc.kind)
            && !d.certified_copies.contains(&doc.id)
        {
            g.penalty(DIMENSION, Rule::CertifyCopy, "fb-copy-not-checked")
                .arg("document", &doc.id)
                .units(1.0)
                .citizen(case.citizen)
                .dossier(&d.code)
                .record();
        }
    }
}

/// What follows the receipt of a walk-in dossier: the right return date, forwarded to the
/// right department, synchronized (failed syncs retried), a ready result handed out.
pub(super) fn after_receipt(g: &mut Grader<'_>, case: &Submission<'_>, d: &Dossier) {
    let i = Some(case.citizen);
    wrong_deadline(g, d, &case.who, i);
    if d.status == Status::Accepted {
        lapse(g, Rule::ReceiptAndCode, "fb-not-transferred", d, i).record();
    } else if let Some(department) = d.department
        && department != case.procedure.department
    {
        lapse(g, Rule::ProcedureComponents, "fb-wrong-department", d, i)
            .arg("department", department.id())
            .record();
    }
    if d.sync != SyncState::Synced {
        let message = if d.sync == SyncState::Failed {
            "fb-sync-not-retried"
        } else {
            "fb-not-synced"
        };
        lapse(g, Rule::NationalSync, message, d, i).record();
    }
    let closed_on_them = case.person.leave_reason == Some(LeaveReason::ShiftClosed);
    if d.status == Status::Processed && closed_on_them {
        lapse(g, Rule::ReturnResult, "fb-result-not-handed", d, i).record();
    }
}

/// A result handed back to citizen `i`: its dossier reached the national portal.
pub(super) fn synced_on_return(g: &mut Grader<'_>, i: usize, d: &Dossier) {
    if d.sync != SyncState::Synced {
        lapse(g, Rule::NationalSync, "fb-not-synced", d, Some(i)).record();
    }
}

/// An online dossier rightly accepted: forwarded, synchronized, the right return date.
pub(super) fn online_after_acceptance(g: &mut Grader<'_>, d: &Dossier) {
    if d.status == Status::Accepted {
        lapse(g, Rule::ReceiptAndCode, "fb-not-transferred", d, None).record();
    }
    if d.sync != SyncState::Synced {
        lapse(g, Rule::NationalSync, "fb-not-synced", d, None).record();
    }
    wrong_deadline(g, d, &d.code, None);
}

/// A lapse in handling dossier `d` (2 units): a step not taken or taken wrong. The message
/// names the dossier first; add any further argument before recording.
fn lapse<'g, 'a>(
    g: &'g mut Grader<'a>,
    rule: Rule,
    message: &'static str,
    d: &Dossier,
    citizen: Option<usize>,
) -> Penalty<'g, 'a> {
    g.penalty(DIMENSION, rule, message)
        .arg("dossier", &d.code)
        .units(2.0)
        .citizen(citizen)
        .dossier(&d.code)
}

/// The appointment written on the receipt is not the due date; `named` names the case.
fn wrong_deadline(g: &mut Grader<'_>, d: &Dossier, named: &str, citizen: Option<usize>) {
    let (Some(due), Some(appointment)) = (d.due, d.appointment) else {
        return;
    };
    if due.date() != appointment {
        let rule = deadline_rule(g.shift, d);
        g.penalty(DIMENSION, rule, "fb-wrong-deadline")
            .arg("citizen", named)
            .arg("given", appointment)
            .arg("correct", due.date())
            .units(3.0)
            .critical(CriticalKind::WrongDeadline)
            .citizen(citizen)
            .dossier(&d.code)
            .record();
    }
}

/// Delays reported by departments during the shift: an apology sent before the due
/// moment, with the right new date.
pub(super) fn apologies(g: &mut Grader<'_>) {
    let shift = g.shift;
    for (k, ev) in shift.scenario.file.department_events.iter().enumerate() {
        let DepartmentEventKind::Delay { extra_days, .. } = &ev.kind else {
            continue;
        };
        let reported = shift
            .department_events_done
            .get(k)
            .copied()
            .unwrap_or(false);
        let Some(d) = shift.portal.dossiers.get(&ev.dossier).filter(|_| reported) else {
            continue;
        };
        g.offer(DIMENSION, APOLOGY);
        let Some(due) = d.due else { continue };
        let Some((sent, new_date)) = d.apology else {
            g.penalty(DIMENSION, Rule::ApologyBeforeDue, "fb-no-apology")
                .arg("dossier", &ev.dossier)
                .units(APOLOGY)
                .dossier(&ev.dossier)
                .record();
            continue;
        };
        if sent > due {
            g.penalty(DIMENSION, Rule::ApologyBeforeDue, "fb-apology-late")
                .arg("dossier", &ev.dossier)
                .units(4.0)
                .dossier(&ev.dossier)
                .record();
        }
        let correct = rescheduled_date(shift, due, *extra_days);
        if new_date != correct {
            g.penalty(DIMENSION, Rule::WorkingDays, "fb-apology-wrong-date")
                .arg("dossier", &ev.dossier)
                .arg("given", new_date)
                .arg("correct", correct)
                .units(2.0)
                .dossier(&ev.dossier)
                .record();
        }
    }
}

/// Every fault that struck the shift was answered with each fallback it expects.
pub(super) fn fault_responses(g: &mut Grader<'_>) {
    for f in &g.shift.faults {
        if f.started_at.is_none() || !f.manifested {
            continue;
        }
        for expected in &f.spec.expected {
            g.offer(DIMENSION, FAULT_RESPONSE);
            if !f.responses.contains(expected) {
                g.penalty(DIMENSION, Rule::FaultFallback, "fb-fault-response-missing")
                    .arg("fault", f.spec.kind.id())
                    .arg("response", expected.id())
                    .units(FAULT_RESPONSE)
                    .record();
            }
        }
    }
}
