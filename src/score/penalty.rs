//! The `Penalty` builder: one feedback item — what it costs, whom it concerns — with the
//! practice discount applied and its moment on the debrief's timeline found when it is
//! recorded.
//!
//! ```text
//! g.penalty(Dimension::Compliance, rule, "fb-wrong-deadline")
//!     .arg("citizen", who)
//!     .units(3.0)
//!     .critical(CriticalKind::WrongDeadline)
//!     .citizen(i)
//!     .dossier(code)
//!     .record();
//! ```

use std::fmt::Display;

use super::{CriticalKind, Dimension, Feedback, Grader, MINOR_MISTAKE_UNITS, Rule};
use crate::sim::Event;

/// A penalty being written; nothing is charged until [`Penalty::record`].
#[must_use = "a penalty counts only once recorded"]
pub(super) struct Penalty<'g, 'a> {
    grader: &'g mut Grader<'a>,
    dimension: Dimension,
    rule: Rule,
    message: &'static str,
    args: Vec<(String, String)>,
    units: f64,
    critical: Option<CriticalKind>,
    citizen: Option<usize>,
    dossier: Option<String>,
    omission: bool,
}

impl<'g, 'a> Penalty<'g, 'a> {
    /// A penalty in dimension `dimension` for breaking `rule`, shown as `message`.
    pub(super) fn new(
        grader: &'g mut Grader<'a>,
        dimension: Dimension,
        rule: Rule,
        message: &'static str,
    ) -> Self {
        Penalty {
            grader,
            dimension,
            rule,
            message,
            args: Vec::new(),
            units: 0.0,
            critical: None,
            citizen: None,
            dossier: None,
            omission: false,
        }
    }

    /// Adds the message argument `key`.
    pub(super) fn arg(mut self, key: &str, value: impl Display) -> Self {
        self.args.push((key.to_owned(), value.to_string()));
        self
    }

    /// What it costs before any practice discount (more than 0).
    pub(super) fn units(mut self, units: f64) -> Self {
        self.units = units;
        self
    }

    /// Makes it a critical error: full cost, and the total is capped.
    pub(super) fn critical(mut self, kind: CriticalKind) -> Self {
        self.critical = Some(kind);
        self
    }

    /// Makes it the critical error `kind` when `is_critical`.
    pub(super) fn critical_if(self, is_critical: bool, kind: CriticalKind) -> Self {
        if is_critical {
            self.critical(kind)
        } else {
            self
        }
    }

    /// The citizen concerned, by index in the shift (`None`: no citizen, as for a dossier
    /// that was waiting online).
    pub(super) fn citizen(mut self, i: impl Into<Option<usize>>) -> Self {
        self.citizen = i.into();
        self
    }

    /// The dossier concerned, by code.
    pub(super) fn dossier(mut self, code: &str) -> Self {
        self.dossier = Some(code.to_owned());
        self
    }

    /// Marks work never done: it costs in full even in practice mode.
    pub(super) fn omission(mut self) -> Self {
        self.omission = true;
        self
    }

    /// Charges the penalty: adds its feedback item to the report.
    pub(super) fn record(self) {
        debug_assert!(self.units > 0.0, "{} costs no units", self.message);
        let at = self.moment();
        let g = self.grader;
        // Practice mode makes minor mistakes cheap warnings; omissions and critical errors
        // cost the same as in an exam.
        let minor = self.critical.is_none() && self.units <= MINOR_MISTAKE_UNITS;
        let units = if minor && !self.omission {
            self.units * g.minor_scale
        } else {
            self.units
        };
        let citizen = self.citizen.map(|i| g.shift.citizens[i].arrival.id.clone());
        g.feedback.push(Feedback {
            dimension: self.dimension,
            rule: self.rule,
            message: self.message.to_owned(),
            args: self.args,
            units,
            critical: self.critical,
            citizen,
            dossier: self.dossier,
            at,
        });
    }

    /// When the mistake is best shown on the timeline: the dossier's last change, or the
    /// citizen's last moment at the counter.
    fn moment(&self) -> Option<u32> {
        let shift = self.grader.shift;
        if let Some(code) = &self.dossier
            && let Some(t) = shift
                .timeline
                .iter()
                .rev()
                .find(|t| event_dossier(&t.event) == Some(code.as_str()))
        {
            return Some(t.at);
        }
        let c = &shift.citizens[self.citizen?];
        c.left_at.or(c.called_at).or(c.arrived_at)
    }
}

/// The dossier an event concerns, if any.
fn event_dossier(e: &Event) -> Option<&str> {
    match e {
        Event::DossierCreated { dossier }
        | Event::FieldFilled { dossier }
        | Event::Attached { dossier, .. }
        | Event::FeeSet { dossier, .. }
        | Event::FeeCollected { dossier, .. }
        | Event::StatusChanged { dossier, .. }
        | Event::Transferred { dossier, .. }
        | Event::Synced { dossier }
        | Event::SyncFailed { dossier }
        | Event::ResultReady { dossier }
        | Event::DelayReported { dossier, .. } => Some(dossier),
        _ => None,
    }
}
