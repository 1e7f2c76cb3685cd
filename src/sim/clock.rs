//! The simulated clock: what time passing delivers, in order — citizens arriving, losing
//! patience and leaving, faults starting and ending, departments reporting, same-day
//! results becoming ready, the counter closing.

use super::faults::clearable;
use super::{CitizenState, Event, LeaveReason, Shift, TimedEvent};
use crate::portal::Status;
use crate::scenario::{DepartmentEventKind, FaultKind};

impl Shift {
    fn push_event(&mut self, at: u32, action: Option<usize>, event: Event) {
        self.timeline.push(TimedEvent { at, action, event });
    }

    /// Moves the clock to `target`, delivering everything scheduled up to then in order.
    pub(super) fn advance_to(&mut self, target: u32, action: Option<usize>) {
        while let Some((at, what)) = self.next_scheduled(target) {
            self.now = self.now.max(at);
            self.deliver(what, action);
        }
        self.now = self.now.max(target);
    }

    /// The earliest thing due at or before `target`, if any.
    fn next_scheduled(&self, target: u32) -> Option<(u32, Scheduled)> {
        let mut best: Option<(u32, Scheduled)> = None;
        let mut consider = |at: u32, what: Scheduled| {
            if at <= target && best.as_ref().is_none_or(|(b, w)| (at, &what) < (*b, w)) {
                best = Some((at, what));
            }
        };
        let start_minutes = self.scenario.file.shift.start.minutes();
        let since_start = |minutes: u32| minutes.saturating_sub(start_minutes) * 60;
        for (i, c) in self.citizens.iter().enumerate() {
            match c.state {
                CitizenState::Expected => {
                    consider(since_start(c.arrival.at.minutes()), Scheduled::Arrival(i))
                }
                CitizenState::Queued => {
                    if let Some(left) = self.patience_left(i) {
                        consider(self.now.saturating_add(left), Scheduled::PatienceOut(i));
                    }
                }
                _ => {}
            }
        }
        for (i, f) in self.faults.iter().enumerate() {
            let starts = since_start(f.spec.at.minutes());
            if f.started_at.is_none() {
                consider(starts, Scheduled::FaultStart(i));
            } else if f.ended_at.is_none() && f.spec.minutes > 0 && !clearable(f.spec.kind) {
                consider(
                    starts.saturating_add(f.spec.minutes.saturating_mul(60)),
                    Scheduled::FaultEnd(i),
                );
            }
        }
        for (i, e) in self.scenario.file.department_events.iter().enumerate() {
            if !self.department_events_done[i] {
                consider(since_start(e.at.minutes()), Scheduled::Department(i));
            }
        }
        let start = self.scenario.start();
        for d in self.portal.dossiers.values() {
            if d.status == Status::Processing
                && let Some(ready) = d.ready_at
            {
                let secs = (ready - start).num_seconds().max(0) as u32;
                consider(secs.max(self.now), Scheduled::Ready(d.code.clone()));
            }
        }
        let kiosk: Vec<(u32, usize)> = self.kiosk_due().collect();
        for (at, k) in kiosk {
            consider(at.max(self.now), Scheduled::Kiosk(k));
        }
        if (self.now < self.length()
            || self
                .citizens
                .iter()
                .any(|c| c.state == CitizenState::Queued))
            && self
                .citizens
                .iter()
                .any(|c| matches!(c.state, CitizenState::Queued | CitizenState::Expected))
        {
            consider(self.length().max(self.now), Scheduled::Closing);
        }
        best
    }

    /// Delivers one scheduled thing at the current moment.
    fn deliver(&mut self, what: Scheduled, action: Option<usize>) {
        let now = self.now;
        match what {
            Scheduled::Arrival(i) => {
                if now >= self.length() {
                    self.citizens[i].state = CitizenState::Gone;
                    self.citizens[i].left_at = Some(now);
                    self.citizens[i].leave_reason = Some(LeaveReason::ShiftClosed);
                    return;
                }
                self.citizens[i].state = CitizenState::Queued;
                self.citizens[i].arrived_at = Some(now);
                self.push_event(now, action, Event::CitizenArrived { citizen: i });
            }
            Scheduled::PatienceOut(i) => self.leave(i, LeaveReason::Impatient, action),
            Scheduled::Closing => {
                for i in 0..self.citizens.len() {
                    match self.citizens[i].state {
                        CitizenState::Queued => self.leave(i, LeaveReason::ShiftClosed, action),
                        CitizenState::Expected => {
                            self.citizens[i].state = CitizenState::Gone;
                            self.citizens[i].leave_reason = Some(LeaveReason::ShiftClosed);
                        }
                        _ => {}
                    }
                }
            }
            Scheduled::FaultStart(i) => {
                self.faults[i].started_at = Some(now);
                let kind = self.faults[i].spec.kind;
                // A jam, and an expired signing certificate, strike on the next use.
                self.faults[i].manifested = !matches!(
                    kind,
                    FaultKind::ScannerJam | FaultKind::SignatureCertificateExpired
                );
                self.push_event(now, action, Event::FaultStarted { kind });
            }
            Scheduled::FaultEnd(i) => {
                self.faults[i].ended_at = Some(now);
                let kind = self.faults[i].spec.kind;
                if kind == FaultKind::PowerCut {
                    self.paper_mode = false;
                    self.end_session_on_restart();
                }
                self.push_event(now, action, Event::FaultEnded { kind });
            }
            Scheduled::Department(i) => self.deliver_department_event(i, action),
            Scheduled::Kiosk(k) => {
                for event in self.kiosk_done(k) {
                    self.push_event(now, action, event);
                }
            }
            Scheduled::Ready(code) => {
                let at = self.moment(now);
                if let Ok(from) = self.portal.transition(&code, Status::Processed, at) {
                    self.push_event(
                        now,
                        action,
                        Event::StatusChanged {
                            dossier: code.clone(),
                            from,
                            to: Status::Processed,
                        },
                    );
                    self.push_event(now, action, Event::ResultReady { dossier: code });
                }
            }
        }
    }

    /// A department's report: a delay (with its reason and extra days), a result ready, or the
    /// dossier sent back (supplement or refusal).
    fn deliver_department_event(&mut self, i: usize, action: Option<usize>) {
        let now = self.now;
        self.department_events_done[i] = true;
        let event = self.scenario.file.department_events[i].clone();
        match event.kind {
            DepartmentEventKind::Delay { reason, extra_days } => {
                if let Some(d) = self.portal.dossiers.get_mut(&event.dossier) {
                    d.delay = Some((reason.clone(), extra_days));
                }
                self.push_event(
                    now,
                    action,
                    Event::DelayReported {
                        dossier: event.dossier,
                        reason,
                        extra_days,
                    },
                );
            }
            DepartmentEventKind::ResultReady => {
                let at = self.moment(now);
                if self
                    .portal
                    .transition(&event.dossier, Status::Processed, at)
                    .is_ok()
                {
                    self.push_event(
                        now,
                        action,
                        Event::ResultReady {
                            dossier: event.dossier,
                        },
                    );
                }
            }
            DepartmentEventKind::SendBack {
                reason, decision, ..
            } => {
                for e in self.send_back_arrives(&event.dossier, reason, decision) {
                    self.push_event(now, action, e);
                }
            }
            DepartmentEventKind::BodyResult { department } => {
                for e in self.body_result_arrives(&event.dossier, department) {
                    self.push_event(now, action, e);
                }
            }
        }
    }

    pub(super) fn leave(&mut self, i: usize, reason: LeaveReason, action: Option<usize>) {
        let now = self.now;
        let c = &mut self.citizens[i];
        c.state = CitizenState::Gone;
        c.left_at = Some(now);
        c.leave_reason = Some(reason);
        if self.counter == Some(i) {
            self.counter = None;
        }
        self.push_event(now, action, Event::CitizenLeft { citizen: i, reason });
    }
}

/// Something due at a moment of the shift. At the same second, the order of the variants
/// is the order of delivery.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Scheduled {
    FaultEnd(usize),
    FaultStart(usize),
    Department(usize),
    Ready(String),
    Kiosk(usize),
    Arrival(usize),
    PatienceOut(usize),
    Closing,
}
