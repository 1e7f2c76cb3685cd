//! Scoring, level 5 of the core: the rubric, critical errors, feedback that cites its rule,
//! and the KPIs. It reads what the trainee did (`sim`), the portal's records (`portal`) and
//! the ground truth of each case (`scenario::truth`); the expert, the result file, the
//! trainee's report, the app and the CLI read its [`ScoreReport`]. It changes nothing.
//!
//! [`grade`] reads a [`Shift`] — finished or not — beside the ground truth of each case and
//! produces a [`ScoreReport`]: five weighted dimensions (intake accuracy, digitization
//! quality, compliance and timeliness, guiding citizens, service quality), the critical
//! errors, the feedback items in time order, and the KPIs of Decision 766/QĐ-TTg (publicity
//! 18 — sync rate, progress 20 — on-time rate, digitization 22, online services 22,
//! satisfaction 18).
//!
//! # Glossary
//!
//! - **Opportunity**: units of work a case offers in a dimension — a walk-in submission
//!   offers 10 intake units, 3 digitization units per paper to scan, 8 compliance units; a
//!   citizen who came offers 6 service units; each guidance topic they should hear, 4.
//! - **Penalty**: units lost in a dimension, written as one [`Feedback`] item that names the
//!   [`Rule`] it comes from and the message shown to the trainee.
//! - **Units**: what opportunities and penalties are counted in. A dimension scores
//!   `100 × (1 − penalties / opportunities)`, clamped to 0–100 (100 with no opportunity);
//!   the total is the rubric-weighted sum of the five.
//! - **Critical error**: a [`CriticalKind`] carried by a penalty (wrong deadline, a defective
//!   dossier accepted, someone else's paper attached, a result handed to the wrong person).
//!   Any one fails the shift.
//! - **Critical cap**: with a critical error the total is at most [`CRITICAL_CAP`].
//! - **Practice discount**: in practice mode a minor mistake (at most
//!   [`MINOR_MISTAKE_UNITS`], not critical) costs half; omissions — work never done — and
//!   critical errors cost in full, as in an exam. Practice mode also charges hints.
//!
//! # Files
//!
//! - `mod.rs`: the public types, [`grade`] (penalties against opportunities, weights, cap)
//!   and the `Grader` that collects opportunities and penalties.
//! - `cause.rs`: [`caused_by`] — the action that caused a feedback item, for the debrief's
//!   timeline.
//! - `penalty.rs`: the `Penalty` builder — one feedback item, its practice discount and its
//!   moment on the debrief's timeline.
//! - `cases.rs`: which checks each case gets — walk-in citizens by what they want, online
//!   dossiers waiting in the portal, reported delays, faults — in report order.
//! - `kpis.rs`: citizen satisfaction and the service-index KPIs.
//! - `rules.rs`: the rules feedback cites, with their legal sources.
//!
//! Each dimension has one file, which names it once (`DIMENSION`) and holds every penalty
//! charged to it, whichever case it arises in:
//!
//! - `intake.rs`: intake accuracy — the disposition, procedure, form fields, identity, fee,
//!   hints, results handed back, withdrawals; and its seeing half, `perception.rs` — each
//!   defect visible on the papers flagged or missed, false flags (public: the debrief draws
//!   its [`perception::review`] on the papers).
//! - `digitization.rs`: digitization quality — each paper scanned, attached to its
//!   component, complete and legible.
//! - `compliance.rs`: compliance and timeliness — receipt, deadline, transfer, sync, fee
//!   collected, copies certified, apologies, fault fallbacks.
//! - `guidance.rs`: guiding citizens toward online services (what each should hear).
//! - `service.rs`: service quality — waiting, courtesy, needless trips and demands; and
//!   `accessibility.rs` — help for citizens who need it (interpreter, reading aloud).
//! - `online.rs` (issue 13): the kiosk decision — who goes to the self-service kiosk, who
//!   is taken on paper — in guidance, the minutes wasted at the kiosk in service, and the
//!   queue's waiting cost beside the online-submission KPI.
//! - `service.rs`: service quality — waiting, courtesy, needless trips and demands.
//! - `correction.rs` (intake, issue 13): slips the citizen could correct at the counter —
//!   corrected there, not sent home with a slip nor received uncorrected; false claims.
//! - `send_back.rs` (compliance): dossiers a department sent back — the citizen informed
//!   once, in time, with exactly what the department decided, and the status synced.
//! - `bundles.rs` (issue 13, item 4; intake and compliance): inter-agency bundles — one
//!   intake for a citizen who qualifies, none for one who does not, every body transferred.

pub mod accessibility;
mod bundles;
mod cases;
mod cause;
mod clerk_system;
#[cfg(all(test, feature = "gui"))]
pub(crate) use cause::careless_tutorial;
mod compliance;
// issue 13 item 6: on-the-spot corrections
mod correction;
mod digitization;
mod guidance;
mod intake;
mod kpis;
pub mod online;
mod penalty;
pub mod perception;
mod rules;
// issue 13 item 3: how the result is returned
mod return_channel;
mod send_back;
mod service;
// issue 13 item 9: police slip forms for residence dossiers
mod slip_forms;

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

pub use crate::vocabulary::{CriticalKind, DECISIONS_PER_ALLOWED_SLIP, allowed_wrong_decisions};
pub use cause::caused_by;
pub use compliance::rescheduled_date;
pub use guidance::{expected_guidance, missed_guidance};
pub use kpis::satisfaction;
pub use rules::Rule;

use crate::portal::Dossier;
use crate::scenario::Mode;
use crate::sim::Shift;
use penalty::Penalty;

/// Total score cap when a critical error was made.
pub const CRITICAL_CAP: f64 = 50.0;
/// Penalties up to this many units are minor: halved in practice mode.
pub const MINOR_MISTAKE_UNITS: f64 = 3.0;
/// Score needed to pass (with no critical error).
pub const PASS_MARK: f64 = 80.0;
/// Percent a pass needs in every dimension that had work: no part of the job (guiding
/// citizens, digitizing, the deadlines) may be skipped and made up for by the others.
pub const DIMENSION_FLOOR: f64 = 50.0;

/// A rubric dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Dimension {
    /// Intake accuracy.
    Intake,
    /// Digitization quality.
    Digitization,
    /// Compliance and timeliness.
    Compliance,
    /// Guiding citizens toward online services.
    Guidance,
    /// Service quality.
    Service,
}

impl Dimension {
    /// All dimensions in report order.
    pub const ALL: [Dimension; 5] = [
        Dimension::Intake,
        Dimension::Digitization,
        Dimension::Compliance,
        Dimension::Guidance,
        Dimension::Service,
    ];

    /// Stable identifier used in locale keys (`dim-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Dimension::Intake => "intake",
            Dimension::Digitization => "digitization",
            Dimension::Compliance => "compliance",
            Dimension::Guidance => "guidance",
            Dimension::Service => "service",
        }
    }

    fn index(self) -> usize {
        Dimension::ALL.iter().position(|d| *d == self).unwrap_or(0)
    }
}

/// One item of feedback: a mistake (or a hint used), its rule and cost.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Feedback {
    /// Dimension charged.
    pub dimension: Dimension,
    /// Rule it comes from.
    pub rule: Rule,
    /// Message id in the locale files (`fb-…`).
    pub message: String,
    /// Message arguments.
    pub args: Vec<(String, String)>,
    /// Units lost.
    pub units: f64,
    /// The critical error, if this is one.
    pub critical: Option<CriticalKind>,
    /// Arrival id of the citizen concerned.
    pub citizen: Option<String>,
    /// Dossier concerned.
    pub dossier: Option<String>,
    /// Seconds since shift start when it happened (for the debrief timeline).
    pub at: Option<u32>,
    /// The wrong decision on a dossier, counted against the allowance of a pass.
    #[serde(default)] // absent from results of engines before generation 3
    pub wrong_decision: bool,
}

/// Score of one dimension.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimensionScore {
    /// Dimension.
    pub dimension: Dimension,
    /// Rubric weight.
    pub weight: u32,
    /// 0–100 (0 when not counted).
    pub percent: f64,
    /// Weighted points (0 when not counted), out of [`DimensionScore::out_of`].
    pub points: f64,
    /// The weight this dimension has in the total once the dimensions without work are left
    /// out (the rubric weight scaled so that the counted weights sum to 100).
    #[serde(default)] // absent from results of engines before generation 3
    pub out_of: f64,
    /// Opportunities (units).
    pub opportunities: f64,
    /// Penalties (units).
    pub penalties: f64,
}

impl DimensionScore {
    /// False when the shift offered no work in this dimension: it is left out of the total
    /// and the weights of the others are scaled up to 100.
    pub fn counted(&self) -> bool {
        self.opportunities > 0.0
    }
}

/// Service-index KPIs (percentages 0–100).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Kpis {
    /// Dossiers settled on or before their due moment.
    pub on_time: f64,
    /// Dossiers received online.
    pub online_submission: f64,
    /// Counter dossiers fully digitized at reception.
    pub digitization: f64,
    /// Payments made electronically.
    pub online_payment: f64,
    /// Dossiers synchronized to the national portal.
    pub sync: f64,
    /// Average citizen satisfaction.
    pub satisfaction: f64,
    /// Service index out of 100 (766 weights).
    pub index: f64,
    /// Perception: defects found on the papers, false flags, time to find (not part of the
    /// service index: it measures the clerk, not the centre).
    #[serde(default)]
    pub perception: perception::PerceptionSummary,
    /// Issue 13: the queue's waiting cost in citizen-minutes — waiting in the queue before
    /// being served, and at the kiosk for nothing ([`online::queue_wait_minutes`]). Not part
    /// of the service index; read beside the online-submission rate.
    #[serde(default)]
    pub queue_wait_minutes: f64,
    /// Issue 13, item 3: results handed back that were digitized into the citizen's data
    /// store first (Decision 766 group 3, "results issued as e-copies", UNCONFIRMED as an
    /// official sub-indicator); only in scenarios that ask for it, and not part of the index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub results_digitized: Option<f64>,
    /// Issue 13, item 3: results returned electronically, of those returned in the shift
    /// (Decision 766 group 3, "e-results issued", UNCONFIRMED as an official sub-indicator);
    /// only where the scenario asks for the channel, and not part of the index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub e_results_issued: Option<f64>,
}

impl Kpis {
    /// Each KPI with its message id (`kpi-…`), in report order.
    pub fn entries(&self) -> Vec<(&'static str, f64)> {
        let mut entries = vec![
            ("kpi-perception", self.perception.rate()),
            ("kpi-on-time", self.on_time),
            ("kpi-online-submission", self.online_submission),
            ("kpi-digitization", self.digitization),
            ("kpi-online-payment", self.online_payment),
            ("kpi-sync", self.sync),
            ("kpi-satisfaction", self.satisfaction),
            ("kpi-index", self.index),
        ];
        if let Some(rate) = self.results_digitized {
            entries.insert(4, ("kpi-results-digitized", rate));
        }
        if let Some(rate) = self.e_results_issued {
            let at = entries.len() - 3;
            entries.insert(at, ("kpi-e-results-issued", rate));
        }
        entries
    }
}

/// The graded result of a shift.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreReport {
    /// Total 0–100.
    pub total: f64,
    /// Passed: the shift was ended, no critical error, total ≥ [`PASS_MARK`], every counted
    /// dimension at or above [`DIMENSION_FLOOR`], no more wrong decisions than allowed
    /// ([`ScoreReport::allowed_wrong_decisions`]), and no practice hint was used (see
    /// [`ScoreReport::passed_with_hints`]).
    pub passed: bool,
    /// The shift was ended ([`crate::sim::Action::EndShift`]). An unfinished shift never
    /// passes: the citizens still to come count as not served.
    #[serde(default)] // absent from results of engines before generation 3
    pub finished: bool,
    /// Practice hints read during the shift. A shift that would pass but used hints is a
    /// pass *with hints*: shown as such, and it does not unlock the scenarios that follow.
    #[serde(default)] // absent from results of engines before generation 3
    pub hints_used: u32,
    /// Dossiers whose disposition was judged (walk-in submissions and online dossiers).
    #[serde(default)] // absent from results of engines before generation 3
    pub decisions: u32,
    /// Wrong decisions on dossiers: received though the law says it could not be, sent
    /// away, refused or asked to supplement when it should have been received…
    #[serde(default)] // absent from results of engines before generation 3
    pub wrong_decisions: u32,
    /// Mode scored.
    pub mode: Mode,
    /// Per dimension.
    pub dimensions: Vec<DimensionScore>,
    /// Critical errors, in order.
    pub critical: Vec<CriticalKind>,
    /// Feedback items, in time order.
    pub feedback: Vec<Feedback>,
    /// KPIs.
    pub kpis: Kpis,
}

impl ScoreReport {
    /// True when the shift would pass but for the practice hints used.
    pub fn passed_with_hints(&self) -> bool {
        !self.passed && self.hints_used > 0 && self.earned_pass()
    }

    /// Wrong decisions this shift allows for a pass.
    pub fn allowed_wrong_decisions(&self) -> u32 {
        allowed_wrong_decisions(self.decisions)
    }

    /// Ended, no critical error, at or above the pass mark, within the wrong decisions
    /// allowed — hints aside.
    fn earned_pass(&self) -> bool {
        self.finished
            && self.critical.is_empty()
            && self.total >= PASS_MARK
            && self.wrong_decisions <= self.allowed_wrong_decisions()
            && self.dimensions_below_floor().next().is_none()
    }

    /// The counted dimensions below [`DIMENSION_FLOOR`]: each keeps the shift from passing.
    pub fn dimensions_below_floor(&self) -> impl Iterator<Item = &DimensionScore> {
        self.counted_dimensions()
            .filter(|d| d.percent < DIMENSION_FLOOR)
    }

    /// The dimensions that had work in this shift and so count in the total.
    pub fn counted_dimensions(&self) -> impl Iterator<Item = &DimensionScore> {
        self.dimensions.iter().filter(|d| d.counted())
    }

    /// The dimensions left out of the total because the shift offered them no work.
    pub fn dropped_dimensions(&self) -> impl Iterator<Item = &DimensionScore> {
        self.dimensions.iter().filter(|d| !d.counted())
    }

    /// Critical error ids, for tests and scripts.
    pub fn critical_ids(&self) -> BTreeSet<&'static str> {
        self.critical.iter().map(|c| c.id()).collect()
    }
}

/// Collects what a shift offered and what the trainee lost, dimension by dimension.
struct Grader<'a> {
    shift: &'a Shift,
    opportunities: [f64; 5],
    feedback: Vec<Feedback>,
    /// What a minor mistake costs, as a share of its units (the practice discount).
    minor_scale: f64,
    /// Dossiers whose disposition was judged.
    decisions: u32,
}

impl<'a> Grader<'a> {
    fn new(shift: &'a Shift) -> Self {
        let minor_scale = if shift.mode == Mode::Practice {
            0.5
        } else {
            1.0
        };
        Grader {
            shift,
            opportunities: [0.0; 5],
            feedback: Vec::new(),
            minor_scale,
            decisions: 0,
        }
    }

    /// Adds `units` of work to dimension `d`.
    fn offer(&mut self, d: Dimension, units: f64) {
        self.opportunities[d.index()] += units;
    }

    /// Starts a penalty in dimension `d` for breaking `rule`, shown as `message`; say what
    /// it costs and whom it concerns, then [`Penalty::record`] it.
    fn penalty(&mut self, d: Dimension, rule: Rule, message: &'static str) -> Penalty<'_, 'a> {
        Penalty::new(self, d, rule, message)
    }

    /// Citizen `i`'s name, as feedback names them.
    fn name(&self, i: usize) -> String {
        self.shift.citizens[i].name().to_owned()
    }

    /// Penalty units per dimension, in [`Dimension::ALL`] order.
    fn penalties(&self) -> [f64; 5] {
        let mut penalties = [0.0; 5];
        for f in &self.feedback {
            penalties[f.dimension.index()] += f.units;
        }
        penalties
    }
}

/// The dossier the trainee received for citizen `i` (receipt issued), if any.
pub(super) fn received_dossier(shift: &Shift, i: usize) -> Option<&Dossier> {
    shift.dossier_of(i).filter(|d| !d.draft)
}

/// Grades a shift (finished or not).
pub fn grade(shift: &Shift) -> ScoreReport {
    let mut g = Grader::new(shift);
    cases::grade_cases(&mut g);
    let kpis = kpis::kpis(shift, &satisfaction(shift));
    let (dimensions, weighted_total) = dimension_scores(&g);
    let critical: Vec<CriticalKind> = g.feedback.iter().filter_map(|f| f.critical).collect();
    let total = if critical.is_empty() {
        weighted_total
    } else {
        weighted_total.min(CRITICAL_CAP)
    };
    let total = (total.clamp(0.0, 100.0) * 10.0).round() / 10.0;
    let mut feedback = g.feedback;
    feedback.sort_by(|a, b| a.at.cmp(&b.at).then(a.message.cmp(&b.message)));
    let finished = shift.ended;
    let hints_used = shift
        .citizens
        .iter()
        .fold(0u32, |n, c| n.saturating_add(c.hints));
    let wrong_decisions = feedback.iter().filter(|f| f.wrong_decision).count() as u32;
    let mut report = ScoreReport {
        total,
        passed: false,
        finished,
        hints_used,
        decisions: g.decisions,
        wrong_decisions,
        mode: shift.mode,
        dimensions,
        critical,
        feedback,
        kpis,
    };
    report.passed = report.earned_pass() && hints_used == 0;
    report
}

/// Each dimension's score, and the weighted total out of 100 (before the critical cap).
///
/// A dimension the shift offered no work in is left out, and the weights of the others are
/// scaled so that they sum to 100: nothing is earned for work that did not exist. A shift
/// that offered no work at all totals 0.
fn dimension_scores(g: &Grader<'_>) -> (Vec<DimensionScore>, f64) {
    let penalties = g.penalties();
    let rubric = g.shift.scenario.file.rubric;
    let weights = [
        rubric.intake,
        rubric.digitization,
        rubric.compliance,
        rubric.guidance,
        rubric.service,
    ];
    // Summed in u64: five u32 weights cannot wrap around (validation keeps each ≤ 100).
    let counted_weight: u64 = Dimension::ALL
        .iter()
        .filter(|d| g.opportunities[d.index()] > 0.0)
        .map(|d| u64::from(weights[d.index()]))
        .sum();
    let scale = if counted_weight > 0 {
        100.0 / counted_weight as f64
    } else {
        0.0
    };
    let mut dimensions = Vec::new();
    let mut total = 0.0;
    for d in Dimension::ALL {
        let k = d.index();
        let opportunities = g.opportunities[k];
        let counted = opportunities > 0.0;
        let percent = if counted {
            (100.0 * (1.0 - penalties[k] / opportunities)).clamp(0.0, 100.0)
        } else {
            0.0
        };
        let out_of = if counted {
            f64::from(weights[k]) * scale
        } else {
            0.0
        };
        let points = out_of * percent / 100.0;
        total += points;
        dimensions.push(DimensionScore {
            dimension: d,
            weight: weights[k],
            percent,
            points,
            out_of,
            opportunities,
            penalties: penalties[k],
        });
    }
    (dimensions, total)
}
