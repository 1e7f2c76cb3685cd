//! On-the-spot corrections (issue 13, item 6), judged in intake: a slip on the citizen's own
//! form that the rules in force let them correct at the counter must be corrected there —
//! neither sent home with a supplement request or a refusal (a second trip for one letter),
//! nor received uncorrected (a defective dossier, as before). Asking the citizen to correct a
//! field that was right is a false claim: the citizen's time and the queue's.
//!
//! The truth marks what is correctable (`Finding::correctable`, from the paper kind's
//! `correctable_at_counter` and the rule in force); the engine keeps each correction beside
//! the paper (`sim::Correction`).

use super::cases::Submission;
use super::{CriticalKind, Dimension, Grader, Rule, compliance, service};
use crate::portal::Dossier;
use crate::scenario::truth::Finding;
use crate::sim::Correction;

/// The dimension every penalty in this file is counted in.
const DIMENSION: Dimension = Dimension::Intake;

/// Units a false claim costs (as a false flag: the citizen's minute lost for nothing).
const FALSE_CLAIM: f64 = 1.0;
/// Units a correctable slip left on a dossier sent home for another reason costs: the
/// citizen comes back with the supplement and the form is still wrong.
const LEFT_UNCORRECTED: f64 = 2.0;

/// The case's findings the citizen could correct at the counter that no correction cured.
pub(super) fn uncorrected<'a>(case: &Submission<'a>) -> Vec<&'a Finding> {
    let corrections: &[Correction] = &case.person.corrections;
    case.truth
        .findings
        .iter()
        .filter(|f| f.correctable)
        .filter(|f| !corrections.iter().any(|c| c.cures(f)))
        .collect()
}

/// True when the case had a slip the citizen could have corrected at the counter.
pub(super) fn had_correctable(case: &Submission<'_>) -> bool {
    case.truth.findings.iter().any(|f| f.correctable)
}

/// A dossier received while a slip the citizen could correct was left on it: received
/// defective, as any dossier received with a wrong form (the department sends it back, the
/// citizen comes back). Returns true when it was.
pub(super) fn received_uncorrected(g: &mut Grader<'_>, case: &Submission<'_>, d: &Dossier) -> bool {
    let Some(first) = uncorrected(case).first().copied() else {
        return false;
    };
    let defect = first.defect.map_or("missing", |k| k.id());
    g.penalty(
        DIMENSION,
        Rule::OnTheSpotCorrection,
        "fb-received-uncorrected",
    )
    .arg("citizen", &case.who)
    .arg("defect", defect)
    .units(super::intake::DISPOSITION)
    .critical(CriticalKind::AcceptedDefective)
    .wrong_decision()
    .citizen(case.citizen)
    .dossier(&d.code)
    .record();
    compliance::sent_back(g, case, d, Rule::OnTheSpotCorrection);
    service::comes_back(g, case, Rule::OnTheSpotCorrection);
    true
}

/// A dossier sent home for something else (a supplement of another paper) with a slip the
/// citizen could have corrected then and there still on their form.
pub(super) fn left_uncorrected(g: &mut Grader<'_>, case: &Submission<'_>) {
    let left = uncorrected(case).len();
    if left > 0 {
        g.penalty(
            DIMENSION,
            Rule::OnTheSpotCorrection,
            "fb-correction-not-offered",
        )
        .arg("citizen", &case.who)
        .arg("count", left)
        .units(LEFT_UNCORRECTED * left as f64)
        .citizen(case.citizen)
        .record();
    }
}

/// Corrections asked of fields that were right (nothing was wrong on that field of that
/// paper): each a false claim.
pub(super) fn false_claims(g: &mut Grader<'_>, case: &Submission<'_>) {
    let false_claims = case
        .person
        .corrections
        .iter()
        .filter(|c| !c.written())
        .filter(|c| {
            !case.truth.findings.iter().any(|f| {
                f.document.as_deref() == Some(c.document.as_str())
                    && (f.field == c.field || f.field.is_none() && c.field.is_none())
            })
        })
        .count();
    if false_claims > 0 {
        g.penalty(DIMENSION, Rule::OnTheSpotCorrection, "fb-false-correction")
            .arg("citizen", &case.who)
            .arg("count", false_claims)
            .units(FALSE_CLAIM * false_claims as f64)
            .citizen(case.citizen)
            .record();
    }
}
