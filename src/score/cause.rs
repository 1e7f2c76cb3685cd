//! The action that caused a feedback item: where the debrief's timeline shows it.
//!
//! A [`Feedback`] item keeps the moment it is best dated by (`at`: the dossier's last change,
//! or the citizen's last moment at the counter), but that moment is often a later action on
//! the same dossier — an acceptance error dated by the sync that followed it. [`caused_by`]
//! reads the actions themselves: the action of the kind the rule is about, on the dossier
//! concerned (the receipt for an acceptance, the fee entered for a wrong fee, the sync for a
//! sync…), else the citizen's own actions while they were at the counter. It is computed on
//! demand from the shift, so the result file's score stays as it was.

use super::{Dimension, Feedback, Rule};
use crate::sim::{Action, Event, Shift};

/// The kind of action a rule's mistake is made by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cause {
    /// The disposition: receipt, supplement request or refusal.
    Decision,
    /// A scan attached to the dossier.
    Attachment,
    /// The fee entered or collected.
    Fee,
    /// The sync to the national portal.
    Sync,
    /// The result handed back.
    Return,
    /// The apology letter.
    Apology,
    /// A practice hint read.
    Hint,
    /// A question asked again.
    RepeatedQuestion,
    /// The citizen's leaving (work never done before they left).
    Leaving,
}

fn cause_of(f: &Feedback) -> Cause {
    match (f.rule, f.dimension) {
        (Rule::NationalSync, _) => Cause::Sync,
        (Rule::CorrectFee, _) => Cause::Fee,
        (Rule::ReturnResult | Rule::DigitizeResult, _) | (Rule::Privacy, Dimension::Intake) => {
            Cause::Return
        }
        (Rule::ApologyBeforeDue, _) => Cause::Apology,
        (Rule::Practice, _) => Cause::Hint,
        (Rule::Courtesy, _) => Cause::RepeatedQuestion,
        (_, Dimension::Digitization) => Cause::Attachment,
        (_, Dimension::Intake | Dimension::Compliance) => Cause::Decision,
        (_, Dimension::Guidance | Dimension::Service) => Cause::Leaving,
    }
}

/// True when `a` is an action of kind `cause`.
fn is_cause(cause: Cause, a: &Action) -> bool {
    match cause {
        Cause::Decision => matches!(
            a,
            Action::IssueReceipt { .. } | Action::RequestSupplement { .. } | Action::Refuse { .. }
        ),
        Cause::Attachment => matches!(a, Action::Attach { .. }),
        Cause::Fee => matches!(a, Action::SetFee { .. } | Action::CollectFee { .. }),
        Cause::Sync => matches!(a, Action::Sync { .. }),
        Cause::Return => matches!(a, Action::ReturnResult { .. }),
        Cause::Apology => matches!(a, Action::SendApology { .. }),
        Cause::Hint => matches!(a, Action::Hint),
        Cause::RepeatedQuestion | Cause::Leaving => false,
    }
}

/// The first action whose events include one matching `is`.
fn action_with(shift: &Shift, is: impl Fn(&Event) -> bool) -> Option<usize> {
    shift
        .timeline
        .iter()
        .find(|t| t.action.is_some() && is(&t.event))
        .and_then(|t| t.action)
}

/// The actions taken while citizen `i` was at the counter: from their call to their leaving
/// (or to the end of the log).
fn citizen_span(shift: &Shift, i: usize) -> Option<(usize, usize)> {
    let called = action_with(
        shift,
        |e| matches!(e, Event::CitizenCalled { citizen } if *citizen == i),
    )?;
    let left = shift
        .timeline
        .iter()
        .find(|t| {
            t.action.is_some_and(|k| k >= called)
                && matches!(t.event, Event::CitizenLeft { citizen, .. } if citizen == i)
        })
        .and_then(|t| t.action)
        .unwrap_or(shift.actions.len().saturating_sub(1));
    Some((called, left))
}

/// The index in [`Shift::actions`] of the action that caused `f`, when one did: the action
/// of the rule's kind on `f`'s dossier (the last one for a fee, a sync, an attachment or a
/// return — the one that stuck; the first decision), else one of that kind while the citizen
/// was at the counter, else the action that sent the citizen away; for a citizen never
/// called, the end of the shift that left them waiting. `None` for work no action concerns
/// (the shift not ended yet): the debrief shows those at the end of the shift.
pub fn caused_by(shift: &Shift, f: &Feedback) -> Option<usize> {
    let cause = cause_of(f);
    let on_dossier = |k: &usize| {
        let a = &shift.actions[*k].1;
        f.dossier.is_some() && a.dossier() == f.dossier.as_deref() && is_cause(cause, a)
    };
    let mut dossier_actions = (0..shift.actions.len()).filter(on_dossier);
    let found = if cause == Cause::Decision {
        dossier_actions.next()
    } else {
        dossier_actions.next_back()
    };
    if found.is_some() {
        return found;
    }
    let i = f
        .citizen
        .as_deref()
        .and_then(|id| shift.citizens.iter().position(|c| c.arrival.id == id))?;
    let Some((called, left)) = citizen_span(shift, i) else {
        // Never called: left waiting when the shift was ended.
        return shift
            .actions
            .iter()
            .position(|(_, a)| matches!(a, Action::EndShift));
    };
    let in_span = |k: &usize| *k >= called && *k <= left;
    let of_kind = match cause {
        Cause::RepeatedQuestion => shift
            .timeline
            .iter()
            .filter(|t| matches!(t.event, Event::Answered { repeated: true, .. }))
            .filter_map(|t| t.action)
            .find(in_span),
        _ => (called..=left).filter(in_span).find(|k| {
            shift
                .actions
                .get(*k)
                .is_some_and(|(_, a)| is_cause(cause, a))
        }),
    };
    of_kind.or(Some(left))
}

/// The tutorial played along its first declared careless path (receives everything
/// unchecked, then transfers the first dossier): a fixture for unit tests here and in the
/// debrief.
#[cfg(test)]
pub(crate) fn careless_tutorial() -> Shift {
    use std::path::Path;
    use std::sync::Arc;

    use crate::scenario::load::open_scenario;

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/tutorial-birth");
    let scenario = Arc::new(open_scenario(&dir).expect("the tutorial loads"));
    let path = &scenario.file.tests.careless[0];
    let script = crate::sim::read_script(&scenario, &path.script).expect("the script reads");
    let mut shift = Shift::new(scenario.clone(), path.seed, path.mode);
    for a in script {
        shift.apply(a).expect("the careless path plays");
    }
    shift
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::*;
    use crate::scenario::load::open_scenario;
    use crate::score::grade;

    #[test]
    fn an_acceptance_error_sits_on_the_receipt_not_on_the_later_transfer() {
        let shift = careless_tutorial();
        let report = grade(&shift);
        let accepted = report
            .feedback
            .iter()
            .filter(|f| f.dimension == Dimension::Intake && f.dossier.is_some())
            .collect::<Vec<_>>();
        assert!(
            !accepted.is_empty(),
            "the careless path accepts defective dossiers"
        );
        for f in accepted {
            let code = f.dossier.as_deref().unwrap_or_default();
            let receipt = shift.actions.iter().position(
                |(_, a)| matches!(a, Action::IssueReceipt { dossier, .. } if dossier == code),
            );
            assert_eq!(caused_by(&shift, f), receipt, "{} on {code}", f.message);
        }
    }

    #[test]
    fn citizens_never_called_are_charged_to_the_end_of_the_shift() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/tutorial-birth");
        let scenario = Arc::new(open_scenario(&dir).expect("the tutorial loads"));
        let mut shift = Shift::new(scenario, 1, crate::scenario::Mode::Exam);
        shift
            .apply(Action::EndShift)
            .expect("a shift can end at once");
        let report = grade(&shift);
        let about_citizens: Vec<&Feedback> = report
            .feedback
            .iter()
            .filter(|f| f.citizen.is_some())
            .collect();
        assert!(!about_citizens.is_empty(), "everyone went unserved");
        for f in about_citizens {
            assert_eq!(caused_by(&shift, f), Some(0), "{}", f.message);
        }
    }

    #[test]
    fn work_left_undone_for_a_citizen_sits_on_the_action_that_sent_them_away() {
        let shift = careless_tutorial();
        let report = grade(&shift);
        let guidance = report
            .feedback
            .iter()
            .filter(|f| f.dimension == Dimension::Guidance && f.dossier.is_none());
        let mut checked = 0;
        for f in guidance {
            let i = shift
                .citizens
                .iter()
                .position(|c| Some(c.arrival.id.as_str()) == f.citizen.as_deref())
                .expect("guidance names its citizen");
            let Some(k) = caused_by(&shift, f) else {
                assert!(
                    shift.citizens[i].called_at.is_none(),
                    "only the never-called have none"
                );
                continue;
            };
            let left_here = shift.timeline.iter().any(|t| {
                t.action == Some(k)
                    && matches!(t.event, Event::CitizenLeft { citizen, .. } if citizen == i)
            });
            assert!(left_here, "{} sits where citizen {i} left", f.message);
            checked += 1;
        }
        assert!(checked > 0, "the careless path guides no one it serves");
    }
}
