//! Perception, the seeing half of intake accuracy: did the clerk find what is wrong with the
//! papers? Every defect visible on a case's papers ([`Analysis::visible_defects`]) is a
//! target; the clerk's flags ([`Claim`]s) are judged against them once the shift is graded —
//! never at the counter.
//!
//! - A target **found** is one a standing flag finds ([`claim_finds`]): the same defect on
//!   the same paper (and field), or a discrepancy naming the wrong field and a field that
//!   really differs from it.
//! - A target **missed** costs [`PER_DEFECT`] intake units, citing the rule the defect breaks.
//! - A **false flag** (a flag that finds no target) costs [`FALSE_FLAG`] units; one that led
//!   to a demand on the citizen — its paper's component asked for again, or its defect cited
//!   to refuse — costs [`FALSE_FLAG_DEMANDED`] (the demand itself is charged by the
//!   disposition checks as an unnecessary demand).
//! - **Time to find**: seconds from the citizen reaching the counter to the flag; the KPI
//!   line reports the median.
//!
//! [`review`] gives the same judgement per case for the debrief, which draws it on the papers.

use super::{Dimension, Grader, Rule};
use crate::scenario::truth::{Analysis, Disposition, Finding};
use crate::scenario::{DefectKind, Document};
use crate::sim::{CaseRef, Claim, FieldRef, RaisedFlag, Shift, claim_finds};

/// The dimension perception is counted in.
const DIMENSION: Dimension = Dimension::Intake;

/// Units each visible defect is worth; also what missing it costs.
pub const PER_DEFECT: f64 = 2.0;
/// Units a false flag costs.
pub const FALSE_FLAG: f64 = 1.0;
/// Units a false flag that led to a demand on the citizen costs.
pub const FALSE_FLAG_DEMANDED: f64 = 2.0;

/// One defect on a case's papers, and whether the clerk found it.
#[derive(Debug, Clone, PartialEq)]
pub struct Sighting {
    /// The defect.
    pub defect: DefectKind,
    /// The paper it is on.
    pub document: String,
    /// The field, for a defect that shows in a field.
    pub field: Option<String>,
    /// For a disagreement: the field of the other paper it disagrees with.
    pub other: Option<FieldRef>,
    /// The flag that found it, if any.
    pub found_by: Option<RaisedFlag>,
    /// Seconds from the citizen reaching the counter to that flag (walk-ins only).
    pub seconds_to_find: Option<u32>,
}

/// A flag that found nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct FalseFlag {
    /// The flag.
    pub flag: RaisedFlag,
    /// It led to a demand on the citizen (a component asked again, a refusal on its ground).
    pub led_to_demand: bool,
}

/// What one case's papers held and what the clerk saw.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseReview {
    /// The case.
    pub case: CaseRef,
    /// Every visible defect, found or missed.
    pub sightings: Vec<Sighting>,
    /// Flags that found nothing.
    pub false_flags: Vec<FalseFlag>,
}

impl CaseReview {
    /// Defects found.
    pub fn found(&self) -> usize {
        self.sightings
            .iter()
            .filter(|s| s.found_by.is_some())
            .count()
    }
}

/// Every case with papers to judge (walk-in submissions, online dossiers waiting for
/// acceptance), in shift order.
pub fn review(shift: &Shift) -> Vec<CaseReview> {
    let walk_ins = shift.citizens.iter().enumerate().filter_map(|(i, c)| {
        let truth = c.analysis.as_ref()?;
        Some(review_case(shift, CaseRef::Citizen(i), truth))
    });
    let online = shift
        .online_truth
        .iter()
        .filter(|(code, _)| shift.portal.dossiers.contains_key(*code))
        .map(|(code, truth)| review_case(shift, CaseRef::Online(code.clone()), truth));
    walk_ins.chain(online).collect()
}

/// One case against its truth.
pub(super) fn review_case(shift: &Shift, case: CaseRef, truth: &Analysis) -> CaseReview {
    let papers = shift.case_papers(&case);
    let flags: &[RaisedFlag] = shift.casework(&case).map_or(&[], |w| w.flags.as_slice());
    let called_at = match &case {
        CaseRef::Citizen(i) => shift.citizens.get(*i).and_then(|c| c.called_at),
        CaseRef::Online(_) => None,
    };
    let visible = truth.visible_defects();
    let sightings = visible
        .iter()
        .filter_map(|f| sighting(f, flags, papers, called_at))
        .collect();
    let false_flags = flags
        .iter()
        .filter(|flag| !visible.iter().any(|f| claim_finds(&flag.claim, f, papers)))
        .map(|flag| FalseFlag {
            flag: flag.clone(),
            led_to_demand: led_to_demand(shift, &case, truth, &flag.claim),
        })
        .collect();
    CaseReview {
        case,
        sightings,
        false_flags,
    }
}

fn sighting(
    f: &Finding,
    flags: &[RaisedFlag],
    papers: &[Document],
    called_at: Option<u32>,
) -> Option<Sighting> {
    let found_by = flags
        .iter()
        .find(|flag| claim_finds(&flag.claim, f, papers))
        .cloned();
    let seconds_to_find = match (&found_by, called_at) {
        (Some(flag), Some(called)) => Some(flag.at.saturating_sub(called)),
        _ => None,
    };
    let other = match (&f.other_document, &f.other_field) {
        (Some(document), Some(field)) => Some(FieldRef {
            document: document.clone(),
            field: field.clone(),
        }),
        _ => None,
    };
    Some(Sighting {
        defect: f.defect?,
        document: f.document.clone()?,
        field: f.field.clone(),
        other,
        found_by,
        seconds_to_find,
    })
}

/// True when a false claim led to a demand on the citizen: a supplement request asked for
/// the component of a paper it is about (and the case did not need it), or a refusal cited
/// its defect (and the case was not to be refused on it).
fn led_to_demand(shift: &Shift, case: &CaseRef, truth: &Analysis, claim: &Claim) -> bool {
    let (demanded, grounds): (Vec<&String>, Vec<&String>) = match case {
        CaseRef::Citizen(i) => match shift.citizens.get(*i) {
            Some(c) => (
                c.supplements.iter().flatten().collect(),
                c.refusals.iter().collect(),
            ),
            None => return false,
        },
        CaseRef::Online(code) => {
            let slips = || {
                shift
                    .portal
                    .slips
                    .iter()
                    .filter(|s| s.dossier.as_deref() == Some(code.as_str()))
            };
            (
                slips().flat_map(|s| s.components.iter()).collect(),
                slips().filter_map(|s| s.ground.as_ref()).collect(),
            )
        }
    };
    let needed = match &truth.disposition {
        Disposition::Supplement(needed) => Some(needed),
        _ => None,
    };
    let demanded_component = claim.documents().into_iter().any(|document| {
        truth
            .components
            .iter()
            .filter(|(_, d)| d.as_deref() == Some(document))
            .any(|(component, _)| {
                demanded.contains(&component) && !needed.is_some_and(|n| n.contains(component))
            })
    });
    let refused_on_it = grounds.iter().any(|ground| {
        claim.supports_ground(ground) && truth.disposition != Disposition::Refuse((*ground).clone())
    });
    demanded_component || refused_on_it
}

/// The rule a missed defect breaks.
fn rule_of(defect: DefectKind) -> Rule {
    match defect {
        DefectKind::Expired
        | DefectKind::InvalidIdNumber
        | DefectKind::BelongsToOtherPerson
        | DefectKind::NameMismatch
        | DefectKind::DateMismatch
        | DefectKind::FieldMismatch => Rule::CheckIdentity,
        DefectKind::MissingSignature
        | DefectKind::MissingStamp
        | DefectKind::WrongFormVersion
        | DefectKind::PhotocopyOnly
        | DefectKind::Illegible
        | DefectKind::Forged
        | DefectKind::Altered
        | DefectKind::MissingField => Rule::ProcedureComponents,
    }
}

/// Charges one case's perception: each visible defect is an opportunity, each one missed
/// and each false flag a penalty.
pub(super) fn charge(g: &mut Grader<'_>, review: &CaseReview, who: &str) {
    let (citizen, dossier) = match &review.case {
        CaseRef::Citizen(i) => (Some(*i), None),
        CaseRef::Online(code) => (None, Some(code.as_str())),
    };
    for s in &review.sightings {
        g.offer(DIMENSION, PER_DEFECT);
        if s.found_by.is_some() {
            continue;
        }
        let mut p = g
            .penalty(DIMENSION, rule_of(s.defect), "fb-defect-missed")
            .arg("citizen", who)
            .arg("paper", &s.document)
            .arg("defect", s.defect.id())
            .units(PER_DEFECT)
            .citizen(citizen);
        if let Some(code) = dossier {
            p = p.dossier(code);
        }
        p.record();
    }
    for f in &review.false_flags {
        let (message, units) = if f.led_to_demand {
            ("fb-false-flag-demanded", FALSE_FLAG_DEMANDED)
        } else {
            ("fb-false-flag", FALSE_FLAG)
        };
        let (paper, defect) = match &f.flag.claim {
            Claim::OnPaper {
                document, defect, ..
            } => (document.as_str(), defect.id()),
            Claim::Discrepancy { a, .. } => (a.document.as_str(), "field-mismatch"),
        };
        let mut p = g
            .penalty(DIMENSION, Rule::ProcedureComponents, message)
            .arg("citizen", who)
            .arg("paper", paper)
            .arg("defect", defect)
            .units(units)
            .citizen(citizen);
        if let Some(code) = dossier {
            p = p.dossier(code);
        }
        p.record();
    }
}

/// The perception KPI of a shift: defects found over defects visible (percent, 100 when
/// there were none), false flags, and the median seconds to find.
pub fn summary(reviews: &[CaseReview]) -> PerceptionSummary {
    let visible: usize = reviews.iter().map(|r| r.sightings.len()).sum();
    let found: usize = reviews.iter().map(CaseReview::found).sum();
    let false_flags = reviews.iter().map(|r| r.false_flags.len()).sum::<usize>();
    let mut times: Vec<u32> = reviews
        .iter()
        .flat_map(|r| r.sightings.iter().filter_map(|s| s.seconds_to_find))
        .collect();
    times.sort_unstable();
    let median = match times.len() {
        0 => None,
        n if n % 2 == 1 => Some(times[n / 2]),
        n => Some((times[n / 2 - 1] + times[n / 2]) / 2),
    };
    PerceptionSummary {
        visible: visible as u32,
        found: found as u32,
        false_flags: false_flags as u32,
        median_seconds_to_find: median,
    }
}

/// The perception line of the KPIs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct PerceptionSummary {
    /// Defects visible on the papers of the shift's cases.
    pub visible: u32,
    /// Defects the clerk flagged.
    pub found: u32,
    /// Flags that found nothing.
    pub false_flags: u32,
    /// Median seconds from the citizen reaching the counter to a defect's flag.
    pub median_seconds_to_find: Option<u32>,
}

impl PerceptionSummary {
    /// Defects found, in percent of those visible (100 when none was).
    pub fn rate(&self) -> f64 {
        if self.visible == 0 {
            100.0
        } else {
            100.0 * f64::from(self.found) / f64::from(self.visible)
        }
    }
}
