//! Citizen satisfaction and the KPIs of the service index (Decision 766/QĐ-TTg): on-time
//! rate, online submission, digitization at reception, online payment, sync to the national
//! portal, satisfaction, and the index that weighs them (publicity 18, progress 20,
//! digitization 22, online services 22, satisfaction 18).

use std::collections::BTreeSet;

use super::Kpis;
use crate::portal::{Dossier, Status, SyncState};
use crate::scenario::Channel;
use crate::scenario::truth::Disposition;
use crate::sim::{LeaveReason, PaymentMethod, Shift};

/// Satisfaction (0–100) of each citizen who came.
pub fn satisfaction(shift: &Shift) -> Vec<(usize, f64)> {
    let mut out = Vec::new();
    for (i, c) in shift.citizens.iter().enumerate() {
        // Citizens who have not come yet do not count; those turned away by an early close do.
        if c.arrived_at.is_none() && c.leave_reason != Some(LeaveReason::ShiftClosed) {
            continue;
        }
        if c.called_at.is_none() {
            out.push((i, 0.0));
            continue;
        }
        let mut s: f64 = 100.0;
        let wait = f64::from(
            c.called_at
                .unwrap_or(0)
                .saturating_sub(c.arrived_at.unwrap_or(0)),
        ) / 60.0;
        s -= (wait - 10.0).max(0.0) * 2.0;
        s -= c
            .asked
            .values()
            .map(|n| f64::from(n.saturating_sub(1)) * 10.0)
            .sum::<f64>();
        if let Some(a) = &c.analysis {
            let needed = match &a.disposition {
                Disposition::Supplement(n) => n.clone(),
                _ => BTreeSet::new(),
            };
            if let Some(first) = c.supplements.first() {
                s -= first.difference(&needed).count() as f64 * 15.0;
                s -= needed.difference(first).count() as f64 * 15.0;
            }
            s -= c.supplements.len().saturating_sub(1) as f64 * 15.0;
            let wrongly_refused = matches!(
                a.disposition,
                Disposition::Accept | Disposition::Supplement(_)
            ) && !c.refusals.is_empty();
            if wrongly_refused {
                s -= 30.0;
            }
        }
        // Guidance they needed and did not get leaves them to come back in person.
        let missed = super::guidance::missed_guidance(shift, i).len();
        s -= missed as f64 * 10.0;
        if !c.guided.is_empty() && missed == 0 {
            s += 5.0;
        }
        out.push((i, s.clamp(0.0, 100.0)));
    }
    out
}

/// `num` out of `den` as a percentage; a rate over nothing is 100.
fn rate(num: usize, den: usize) -> f64 {
    if den == 0 {
        100.0
    } else {
        100.0 * num as f64 / den as f64
    }
}

/// Dossiers received and still alive (not refused, sent back or waiting online).
fn received(shift: &Shift) -> Vec<&Dossier> {
    shift
        .portal
        .dossiers
        .values()
        .filter(|d| {
            !d.draft
                && d.received_at.is_some()
                && !matches!(
                    d.status,
                    Status::Refused | Status::SupplementRequested | Status::NewOnline
                )
        })
        .collect()
}

/// Processed or returned on or before its due moment.
fn settled_on_time(d: &Dossier) -> bool {
    let settled = d
        .history
        .iter()
        .find(|(_, s)| matches!(s, Status::Processed | Status::Returned))
        .map(|(t, _)| *t);
    settled.is_some_and(|t| d.due.is_some_and(|due| t <= due))
}

/// Every paper the owner's case needs digitized is attached.
fn digitized_at_reception(shift: &Shift, d: &Dossier) -> bool {
    let Some(i) = shift.owner_of(d) else {
        return false;
    };
    let Some(a) = &shift.citizens[i].analysis else {
        return false;
    };
    a.to_digitize(Channel::Counter)
        .iter()
        .all(|(c, _)| d.attachments.get(c).is_some_and(|v| !v.is_empty()))
}

/// The shift's KPIs, given each citizen's [`satisfaction`].
pub(super) fn kpis(shift: &Shift, satisfaction: &[(usize, f64)]) -> Kpis {
    // A rate over nothing is perfect only when there was nothing to do: if a complete
    // dossier was waiting to be received and none was, the rates are 0.
    let work_expected = shift.citizens.iter().any(|c| {
        c.leave_reason.is_some()
            && c.analysis
                .as_ref()
                .is_some_and(|a| a.disposition == Disposition::Accept)
    });
    let nothing_received = if work_expected { 0.0 } else { 100.0 };
    let end = shift.clock();
    let received = received(shift);
    let in_shift: Vec<&Dossier> = received
        .iter()
        .copied()
        .filter(|d| d.received_at.is_some_and(|r| r >= shift.scenario.start()))
        .collect();
    let due_now: Vec<&Dossier> = received
        .iter()
        .copied()
        .filter(|d| d.due.is_some_and(|due| due <= end))
        .collect();
    let on_time = due_now.iter().filter(|d| settled_on_time(d)).count();
    let online = in_shift
        .iter()
        .filter(|d| d.channel == Channel::Online)
        .count();
    let counter: Vec<&Dossier> = in_shift
        .iter()
        .copied()
        .filter(|d| d.channel == Channel::Counter)
        .collect();
    let digitized = counter
        .iter()
        .filter(|d| digitized_at_reception(shift, d))
        .count();
    let payments: Vec<&crate::portal::Payment> = shift
        .portal
        .dossiers
        .values()
        .filter_map(|d| d.payment.as_ref())
        .filter(|p| p.receipt > 0)
        .collect();
    let epay = payments
        .iter()
        .filter(|p| p.method == PaymentMethod::EPayment)
        .count();
    let synced = received
        .iter()
        .filter(|d| d.sync == SyncState::Synced)
        .count();
    let k = Kpis {
        on_time: rate(on_time, due_now.len()),
        online_submission: if in_shift.is_empty() {
            0.0
        } else {
            rate(online, in_shift.len())
        },
        digitization: if counter.is_empty() {
            nothing_received
        } else {
            rate(digitized, counter.len())
        },
        online_payment: rate(epay, payments.len()),
        sync: if received.is_empty() {
            nothing_received
        } else {
            rate(synced, received.len())
        },
        satisfaction: average(satisfaction),
        index: 0.0,
        perception: super::perception::summary(&super::perception::review(shift)),
        queue_wait_minutes: super::online::queue_wait_minutes(shift),
        results_digitized: results_digitized(shift),
        e_results_issued: super::return_channel::e_results_issued(shift),
    };
    Kpis {
        index: service_index(&k, !payments.is_empty()),
        ..k
    }
}

/// Issue 13, item 3: of the results handed back in the shift, the share digitized into the
/// citizen's data store before the hand-over; `None` when the scenario does not ask for it.
fn results_digitized(shift: &Shift) -> Option<f64> {
    if !shift.results_to_digitize() {
        return None;
    }
    let returned = super::clerk_system::returned_in_shift(shift);
    let digitized = returned
        .iter()
        .filter(|(d, at)| super::clerk_system::digitized_by(shift, &d.code, *at))
        .count();
    Some(rate(digitized, returned.len()))
}

/// The mean satisfaction; 100 when no citizen came.
fn average(satisfaction: &[(usize, f64)]) -> f64 {
    if satisfaction.is_empty() {
        100.0
    } else {
        satisfaction.iter().map(|(_, s)| s).sum::<f64>() / satisfaction.len() as f64
    }
}

/// The service index out of 100, by the weights of Decision 766. With no payment in the
/// shift, the online-services group rests on submissions alone.
fn service_index(k: &Kpis, any_payment: bool) -> f64 {
    let online_services = if any_payment {
        (k.online_submission + k.online_payment) / 2.0
    } else {
        k.online_submission
    };
    (18.0 * k.sync
        + 20.0 * k.on_time
        + 22.0 * k.digitization
        + 22.0 * online_services
        + 18.0 * k.satisfaction)
        / 100.0
}
