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
    wrong_decision: bool,
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
            wrong_decision: false,
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

    /// Marks the wrong decision on a dossier (received when it could not be, sent away or
    /// refused when it should have been received…): counted against the allowance of a pass
    /// ([`super::ScoreReport::allowed_wrong_decisions`]).
    pub(super) fn wrong_decision(mut self) -> Self {
        self.wrong_decision = true;
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
            wrong_decision: self.wrong_decision,
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
        | Event::DelayReported { dossier, .. }
        | Event::SentBack { dossier, .. } => Some(dossier),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::*;
    use crate::scenario::Mode;
    use crate::scenario::load::open_scenario;
    use crate::sim::{Action, Shift};

    fn tutorial(mode: Mode) -> Shift {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/tutorial-birth");
        let scenario = open_scenario(&dir).expect("the tutorial loads");
        Shift::new(Arc::new(scenario), 1, mode)
    }

    /// The one feedback item `write` records on a fresh grader of `shift`.
    fn recorded(shift: &Shift, write: impl FnOnce(&mut Grader<'_>)) -> Feedback {
        let mut g = Grader::new(shift);
        write(&mut g);
        assert_eq!(g.feedback.len(), 1, "one item recorded");
        g.feedback.remove(0)
    }

    /// What a penalty of `units` costs in `shift`, with `critical` and as an `omission`.
    fn cost(shift: &Shift, units: f64, critical: bool, omission: bool) -> f64 {
        let item = recorded(shift, |g| {
            let p = g
                .penalty(Dimension::Intake, Rule::CheckIdentity, "fb-test")
                .units(units)
                .critical_if(critical, CriticalKind::WrongDeadline);
            if omission { p.omission() } else { p }.record();
        });
        item.units
    }

    #[test]
    fn practice_halves_minor_mistakes_but_not_omissions_critical_errors_or_big_mistakes() {
        let shift = tutorial(Mode::Practice);
        assert_eq!(cost(&shift, 2.0, false, false), 1.0);
        assert_eq!(cost(&shift, MINOR_MISTAKE_UNITS, false, false), 1.5);
        assert_eq!(cost(&shift, MINOR_MISTAKE_UNITS + 1.0, false, false), 4.0);
        assert_eq!(cost(&shift, 2.0, false, true), 2.0);
        assert_eq!(cost(&shift, 3.0, true, false), 3.0);
    }

    #[test]
    fn an_exam_charges_every_mistake_in_full() {
        let shift = tutorial(Mode::Exam);
        assert_eq!(cost(&shift, 2.0, false, false), 2.0);
        assert_eq!(cost(&shift, 0.5, false, false), 0.5);
    }

    #[test]
    fn a_feedback_item_keeps_its_arguments_in_order_and_names_the_citizen_by_arrival() {
        let shift = tutorial(Mode::Exam);
        let given = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("a date");
        let f = recorded(&shift, |g| {
            g.penalty(
                Dimension::Compliance,
                Rule::WorkingDays,
                "fb-wrong-deadline",
            )
            .arg("given", given)
            .arg("correct", "2026-11-23")
            .arg("count", 2u32)
            .units(3.0)
            .critical(CriticalKind::WrongDeadline)
            .citizen(0)
            .dossier("H42-1")
            .record()
        });
        assert_eq!(f.dimension, Dimension::Compliance);
        assert_eq!(f.rule, Rule::WorkingDays);
        assert_eq!(f.message, "fb-wrong-deadline");
        let args: Vec<(&str, &str)> = f
            .args
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let expected = [
            ("given", "2026-11-24"),
            ("correct", "2026-11-23"),
            ("count", "2"),
        ];
        assert_eq!(args, expected);
        assert_eq!(f.critical, Some(CriticalKind::WrongDeadline));
        let arrival = shift.citizens[0].arrival.id.as_str();
        assert_eq!(f.citizen.as_deref(), Some(arrival));
        assert_eq!(f.dossier.as_deref(), Some("H42-1"));
    }

    /// The moment of a penalty about `citizen` and `dossier`.
    fn moment(shift: &Shift, citizen: Option<usize>, dossier: Option<&str>) -> Option<u32> {
        let item = recorded(shift, |g| {
            let p = g
                .penalty(Dimension::Intake, Rule::CheckIdentity, "fb-test")
                .units(1.0)
                .citizen(citizen);
            match dossier {
                Some(code) => p.dossier(code),
                None => p,
            }
            .record()
        });
        item.at
    }

    #[test]
    fn a_mistake_is_shown_at_its_dossiers_last_change_else_at_the_citizens_last_moment() {
        let mut shift = tutorial(Mode::Exam);
        assert_eq!(
            moment(&shift, Some(0), None),
            None,
            "not come yet: no moment"
        );
        shift.apply(Action::CallNext).expect("a citizen is waiting");
        let i = shift.citizens.iter().position(|c| c.called_at.is_some());
        let i = i.expect("someone was called");
        let called = shift.citizens[i].called_at;
        shift
            .apply(Action::Wait { minutes: 2 })
            .expect("the clerk may wait");
        shift
            .apply(Action::CreateDossier {
                procedure: "birth-registration".into(),
            })
            .expect("a dossier is created");
        let code = shift.citizens[i].dossiers[0].clone();
        let created = shift
            .timeline
            .iter()
            .find(|t| matches!(&t.event, Event::DossierCreated { dossier } if *dossier == code))
            .map(|t| t.at);
        assert!(created > called, "the dossier was created after the call");
        assert_eq!(moment(&shift, Some(i), None), called);
        assert_eq!(moment(&shift, Some(i), Some(&code)), created);
        assert_eq!(moment(&shift, Some(i), Some("unknown")), called);
        assert_eq!(moment(&shift, None, Some("unknown")), None);
    }
}
