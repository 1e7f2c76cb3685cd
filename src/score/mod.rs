//! Scoring: the rubric, critical errors, feedback that cites its rule, and the KPIs.
//!
//! [`grade`] reads a [`Shift`] — what the trainee did — beside the ground truth of each
//! case ([`crate::scenario::truth`]) and produces a [`ScoreReport`]. Each of the five
//! dimensions (intake accuracy, digitization quality, compliance and timeliness, guiding
//! citizens, service quality) has *opportunities* (units of work the shift offered) and
//! *penalties* (units lost); its percentage is `100 × (1 − penalties / opportunities)`,
//! clamped to 0–100, and the total is the rubric-weighted sum. Every penalty is a
//! [`Feedback`] item naming the [`Rule`] it comes from. Critical errors cap the total at
//! [`CRITICAL_CAP`]. Practice mode halves non-critical penalties and charges hints; exam
//! mode has no hints and full penalties.
//!
//! KPIs follow the service index of Decision 766/QĐ-TTg: publicity 18 (sync rate), progress
//! 20 (on-time rate), digitization 22, online services 22, satisfaction 18.

mod rules;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use crate::vocabulary::CriticalKind;
pub use rules::Rule;

use crate::portal::{Status, SyncState};
use crate::scenario::truth::{Analysis, Disposition};
use crate::scenario::{Channel, DefectKind, Department, Mode, OnlineLevel, VneidLevel, Want};
use crate::sim::{CitizenState, Event, GuideTopic, LeaveReason, PaymentMethod, ScanProblem, Shift};

/// Total score cap when a critical error was made.
pub const CRITICAL_CAP: f64 = 50.0;
/// Penalties up to this many units are minor: halved in practice mode.
pub const MINOR_MISTAKE_UNITS: f64 = 3.0;
/// Score needed to pass (with no critical error).
pub const PASS_MARK: f64 = 80.0;

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
}

/// Score of one dimension.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimensionScore {
    /// Dimension.
    pub dimension: Dimension,
    /// Rubric weight.
    pub weight: u32,
    /// 0–100.
    pub percent: f64,
    /// Weighted points (weight × percent / 100).
    pub points: f64,
    /// Opportunities (units).
    pub opportunities: f64,
    /// Penalties (units).
    pub penalties: f64,
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
}

impl Kpis {
    /// Each KPI with its message id (`kpi-…`), in report order.
    pub fn entries(&self) -> [(&'static str, f64); 7] {
        [
            ("kpi-on-time", self.on_time),
            ("kpi-online-submission", self.online_submission),
            ("kpi-digitization", self.digitization),
            ("kpi-online-payment", self.online_payment),
            ("kpi-sync", self.sync),
            ("kpi-satisfaction", self.satisfaction),
            ("kpi-index", self.index),
        ]
    }
}

/// The graded result of a shift.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreReport {
    /// Total 0–100.
    pub total: f64,
    /// Passed (no critical error, total ≥ [`PASS_MARK`]).
    pub passed: bool,
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
    /// Critical error ids, for tests and scripts.
    pub fn critical_ids(&self) -> BTreeSet<&'static str> {
        self.critical.iter().map(|c| c.id()).collect()
    }
}

struct Grader<'a> {
    shift: &'a Shift,
    opportunities: [f64; 5],
    feedback: Vec<Feedback>,
    scale: f64,
    /// While false, even minor penalties cost in full (omissions: work never done).
    warnings_discounted: bool,
}

impl Grader<'_> {
    fn offer(&mut self, d: Dimension, units: f64) {
        self.opportunities[d.index()] += units;
    }

    #[allow(clippy::too_many_arguments)]
    fn penalty(
        &mut self,
        d: Dimension,
        rule: Rule,
        message: &str,
        args: &[(&str, String)],
        units: f64,
        critical: Option<CriticalKind>,
        citizen: Option<usize>,
        dossier: Option<&str>,
    ) {
        let at = self.when(citizen, dossier);
        // Practice mode makes minor mistakes cheap warnings; omissions and critical errors
        // cost the same as in an exam.
        let units =
            if critical.is_none() && units <= MINOR_MISTAKE_UNITS && self.warnings_discounted {
                units * self.scale
            } else {
                units
            };
        self.feedback.push(Feedback {
            dimension: d,
            rule,
            message: message.to_owned(),
            args: args
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect(),
            units,
            critical,
            citizen: citizen.map(|i| self.shift.citizens[i].arrival.id.clone()),
            dossier: dossier.map(str::to_owned),
            at,
        });
    }

    /// When the mistake is best shown on the timeline: the citizen's last moment at the
    /// counter, or the dossier's last change.
    fn when(&self, citizen: Option<usize>, dossier: Option<&str>) -> Option<u32> {
        if let Some(code) = dossier
            && let Some(t) = self
                .shift
                .timeline
                .iter()
                .rev()
                .find(|t| event_dossier(&t.event) == Some(code))
                .map(|t| t.at)
        {
            return Some(t);
        }
        let i = citizen?;
        let c = &self.shift.citizens[i];
        c.left_at.or(c.called_at).or(c.arrived_at)
    }

    fn name(&self, i: usize) -> String {
        self.shift.citizens[i].name().to_owned()
    }
}

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

fn serious_defect(k: DefectKind) -> bool {
    matches!(
        k,
        DefectKind::NameMismatch
            | DefectKind::DateMismatch
            | DefectKind::FieldMismatch
            | DefectKind::BelongsToOtherPerson
            | DefectKind::Expired
            | DefectKind::InvalidIdNumber
            | DefectKind::Forged
            | DefectKind::Altered
    )
}

/// The rule a wrong appointment date breaks: the cut-off when the dossier was received at or
/// after it, else the way the procedure counts its days.
fn deadline_rule(shift: &Shift, d: &crate::portal::Dossier) -> Rule {
    let moved_by_cutoff = d.received_at.is_some_and(|at| {
        matches!(
            shift.calendar().receipt_day(at).1,
            Some(crate::calendar::ReceiptMoved::AfterCutoff(_))
        )
    });
    let counted_in = shift
        .scenario
        .procedure(&d.procedure)
        .map(|p| p.counted_in)
        .unwrap_or_default();
    match counted_in {
        _ if moved_by_cutoff => Rule::Cutoff,
        crate::calendar::DayCount::CalendarDays => Rule::CalendarDays,
        crate::calendar::DayCount::WorkingDays => Rule::WorkingDays,
    }
}

/// The new return date of a late dossier: `extra` working days after its due date.
pub fn rescheduled_date(shift: &Shift, due: chrono::NaiveDateTime, extra: u32) -> NaiveDate {
    shift.calendar().add_working_days(due.date(), extra)
}

/// Grades a shift (finished or not).
pub fn grade(shift: &Shift) -> ScoreReport {
    let scale = if shift.mode == Mode::Practice {
        0.5
    } else {
        1.0
    };
    let mut g = Grader {
        shift,
        opportunities: [0.0; 5],
        feedback: Vec::new(),
        scale,
        warnings_discounted: true,
    };
    for i in 0..shift.citizens.len() {
        grade_citizen(&mut g, i);
    }
    grade_existing(&mut g);
    grade_faults(&mut g);
    let satisfaction = satisfaction(shift);
    let kpis = kpis(shift, &satisfaction);

    let mut penalties = [0.0f64; 5];
    for f in &g.feedback {
        penalties[f.dimension.index()] += f.units;
    }
    let rubric = shift.scenario.file.rubric;
    let weights = [
        rubric.intake,
        rubric.digitization,
        rubric.compliance,
        rubric.guidance,
        rubric.service,
    ];
    let mut dimensions = Vec::new();
    let mut total = 0.0;
    for d in Dimension::ALL {
        let k = d.index();
        let opp = g.opportunities[k];
        let percent = if opp <= 0.0 {
            100.0
        } else {
            (100.0 * (1.0 - penalties[k] / opp)).clamp(0.0, 100.0)
        };
        let points = f64::from(weights[k]) * percent / 100.0;
        total += points;
        dimensions.push(DimensionScore {
            dimension: d,
            weight: weights[k],
            percent,
            points,
            opportunities: opp,
            penalties: penalties[k],
        });
    }
    // Summed in u64: five u32 weights cannot wrap around (validation keeps each ≤ 100).
    let weight_sum: u64 = weights.iter().copied().map(u64::from).sum();
    if weight_sum > 0 && weight_sum != 100 {
        total = total * 100.0 / weight_sum as f64;
    }
    let critical: Vec<CriticalKind> = g.feedback.iter().filter_map(|f| f.critical).collect();
    if !critical.is_empty() {
        total = total.min(CRITICAL_CAP);
    }
    let total = (total.clamp(0.0, 100.0) * 10.0).round() / 10.0;
    let mut feedback = g.feedback;
    feedback.sort_by(|a, b| a.at.cmp(&b.at).then(a.message.cmp(&b.message)));
    ScoreReport {
        total,
        passed: critical.is_empty() && total >= PASS_MARK,
        mode: shift.mode,
        dimensions,
        critical,
        feedback,
        kpis,
    }
}

/// The dossier the trainee received for a citizen (receipt issued), if any.
fn received_dossier(shift: &Shift, i: usize) -> Option<&crate::portal::Dossier> {
    shift.dossier_of(i).filter(|d| !d.draft)
}

fn grade_citizen(g: &mut Grader<'_>, i: usize) {
    let shift = g.shift;
    let c = &shift.citizens[i];
    if c.state == CitizenState::Expected && c.arrived_at.is_none() && c.leave_reason.is_none() {
        // Has not come yet (grading mid-shift).
        return;
    }
    g.offer(Dimension::Service, 6.0);
    let served = c.called_at.is_some();
    if !served {
        let reason = c.leave_reason.unwrap_or(LeaveReason::ShiftClosed);
        let msg = if reason == LeaveReason::Impatient {
            "fb-left-impatient"
        } else {
            "fb-not-served"
        };
        g.penalty(
            Dimension::Service,
            Rule::ServeInTime,
            msg,
            &[("citizen", g.name(i))],
            6.0,
            None,
            Some(i),
            None,
        );
    } else if let (Some(arrived), Some(called)) = (c.arrived_at, c.called_at) {
        let wait_min = f64::from(called.saturating_sub(arrived)) / 60.0;
        if wait_min > 20.0 {
            let units = ((wait_min - 20.0) / 10.0).ceil().min(4.0);
            g.penalty(
                Dimension::Service,
                Rule::ServeInTime,
                "fb-long-wait",
                &[
                    ("citizen", g.name(i)),
                    ("minutes", format!("{:.0}", wait_min)),
                ],
                units,
                None,
                Some(i),
                None,
            );
        }
    }
    for (q, n) in &c.asked {
        if *n > 1 {
            g.penalty(
                Dimension::Service,
                Rule::Courtesy,
                "fb-repeated-question",
                &[("citizen", g.name(i)), ("question", q.id().to_owned())],
                f64::from(n - 1),
                None,
                Some(i),
                None,
            );
        }
    }
    if c.hints > 0 {
        g.penalty(
            Dimension::Intake,
            Rule::Practice,
            "fb-hint-used",
            &[("count", c.hints.to_string())],
            f64::from(c.hints),
            None,
            Some(i),
            None,
        );
    }
    match &c.arrival.wants {
        Want::Submit { procedure, .. } => {
            if let Some(analysis) = &c.analysis {
                grade_submission(g, i, procedure, analysis, served);
            }
        }
        Want::Collect { dossier } => grade_collection(g, i, dossier, served),
        Want::Withdraw { dossier } => {
            g.offer(Dimension::Intake, 4.0);
            let withdrawn = shift
                .portal
                .dossiers
                .get(dossier)
                .is_some_and(|d| d.status == Status::Withdrawn);
            if !withdrawn {
                g.penalty(
                    Dimension::Intake,
                    Rule::StatusLifecycle,
                    "fb-withdrawal-not-recorded",
                    &[("dossier", dossier.clone())],
                    4.0,
                    None,
                    Some(i),
                    Some(dossier),
                );
            }
        }
    }
    grade_guidance(g, i);
}

fn grade_submission(
    g: &mut Grader<'_>,
    i: usize,
    procedure_code: &str,
    truth: &Analysis,
    served: bool,
) {
    let shift = g.shift;
    let c = &shift.citizens[i];
    let Some(procedure) = shift.scenario.procedure(procedure_code) else {
        return;
    };
    g.offer(Dimension::Intake, 10.0);
    let received = received_dossier(shift, i);
    let first_request = c.supplements.first();
    let who = g.name(i);
    let online_case = received.is_some_and(|d| d.channel == Channel::Online);

    // Disposition.
    match &truth.disposition {
        Disposition::Accept => {
            if received.is_some() {
                // good
            } else if let Some(req) = first_request {
                let held: Vec<&String> = req
                    .iter()
                    .filter(|c| truth.state_held.contains(*c))
                    .collect();
                let rule = if held.is_empty() {
                    Rule::ProcedureComponents
                } else {
                    Rule::NoDemandStateHeld
                };
                g.penalty(
                    Dimension::Intake,
                    rule,
                    "fb-supplement-for-complete",
                    &[("citizen", who.clone())],
                    10.0,
                    None,
                    Some(i),
                    None,
                );
                g.penalty(
                    Dimension::Service,
                    rule,
                    "fb-unnecessary-trip",
                    &[("citizen", who.clone())],
                    3.0,
                    None,
                    Some(i),
                    None,
                );
            } else if !c.refusals.is_empty() {
                g.penalty(
                    Dimension::Intake,
                    Rule::ProcedureComponents,
                    "fb-wrongful-refusal",
                    &[("citizen", who.clone())],
                    10.0,
                    None,
                    Some(i),
                    None,
                );
                g.penalty(
                    Dimension::Service,
                    Rule::ProcedureComponents,
                    "fb-unnecessary-trip",
                    &[("citizen", who.clone())],
                    3.0,
                    None,
                    Some(i),
                    None,
                );
            } else if served {
                g.penalty(
                    Dimension::Intake,
                    Rule::ReceiptAndCode,
                    "fb-not-received",
                    &[("citizen", who.clone())],
                    10.0,
                    None,
                    Some(i),
                    None,
                );
            } else {
                g.penalty(
                    Dimension::Intake,
                    Rule::ServeInTime,
                    "fb-case-not-handled",
                    &[("citizen", who.clone())],
                    10.0,
                    None,
                    Some(i),
                    None,
                );
            }
        }
        Disposition::Supplement(needed) => {
            if let Some(d) = received {
                let serious = truth
                    .findings
                    .iter()
                    .filter_map(|f| f.defect)
                    .find(|k| serious_defect(*k));
                let critical = serious.map(|_| CriticalKind::AcceptedDefective);
                let defect = serious
                    .map(|k| k.id().to_owned())
                    .unwrap_or_else(|| "missing".into());
                g.penalty(
                    Dimension::Intake,
                    Rule::ProcedureComponents,
                    "fb-accepted-incomplete",
                    &[("citizen", who.clone()), ("defect", defect)],
                    10.0,
                    critical,
                    Some(i),
                    Some(&d.code),
                );
            } else if let Some(req) = first_request {
                for missing in needed.difference(req) {
                    g.penalty(
                        Dimension::Intake,
                        Rule::AskOnce,
                        "fb-supplement-missed-item",
                        &[("citizen", who.clone()), ("component", missing.clone())],
                        4.0,
                        None,
                        Some(i),
                        None,
                    );
                }
                for extra in req.difference(needed) {
                    let (rule, msg) = if truth.state_held.contains(extra) {
                        (Rule::NoDemandStateHeld, "fb-demanded-state-held")
                    } else {
                        (Rule::ProcedureComponents, "fb-demanded-unneeded")
                    };
                    g.penalty(
                        Dimension::Intake,
                        rule,
                        msg,
                        &[("citizen", who.clone()), ("component", extra.clone())],
                        3.0,
                        None,
                        Some(i),
                        None,
                    );
                    g.penalty(
                        Dimension::Service,
                        rule,
                        "fb-unnecessary-demand",
                        &[("citizen", who.clone()), ("component", extra.clone())],
                        2.0,
                        None,
                        Some(i),
                        None,
                    );
                }
                if c.supplements.len() > 1 {
                    g.penalty(
                        Dimension::Intake,
                        Rule::AskOnce,
                        "fb-asked-twice",
                        &[("citizen", who.clone())],
                        3.0 * (c.supplements.len() - 1) as f64,
                        None,
                        Some(i),
                        None,
                    );
                }
            } else if !c.refusals.is_empty() {
                g.penalty(
                    Dimension::Intake,
                    Rule::AskOnce,
                    "fb-refused-instead-of-supplement",
                    &[("citizen", who.clone())],
                    8.0,
                    None,
                    Some(i),
                    None,
                );
            } else {
                let msg = if served {
                    "fb-sent-away-without-slip"
                } else {
                    "fb-case-not-handled"
                };
                g.penalty(
                    Dimension::Intake,
                    Rule::AskOnce,
                    msg,
                    &[("citizen", who.clone())],
                    10.0,
                    None,
                    Some(i),
                    None,
                );
            }
        }
        Disposition::Refuse(ground) => {
            if let Some(d) = received {
                g.penalty(
                    Dimension::Intake,
                    Rule::RefuseInWriting,
                    "fb-accepted-refusable",
                    &[("citizen", who.clone()), ("ground", ground.clone())],
                    10.0,
                    Some(CriticalKind::AcceptedDefective),
                    Some(i),
                    Some(&d.code),
                );
            } else if let Some(given) = c.refusals.first() {
                if given != ground {
                    g.penalty(
                        Dimension::Intake,
                        Rule::RefuseInWriting,
                        "fb-wrong-ground",
                        &[
                            ("citizen", who.clone()),
                            ("given", given.clone()),
                            ("ground", ground.clone()),
                        ],
                        3.0,
                        None,
                        Some(i),
                        None,
                    );
                }
            } else if first_request.is_some() {
                g.penalty(
                    Dimension::Intake,
                    Rule::RefuseInWriting,
                    "fb-supplement-instead-of-refusal",
                    &[("citizen", who.clone()), ("ground", ground.clone())],
                    6.0,
                    None,
                    Some(i),
                    None,
                );
            } else {
                let msg = if served {
                    "fb-sent-away-without-slip"
                } else {
                    "fb-case-not-handled"
                };
                g.penalty(
                    Dimension::Intake,
                    Rule::RefuseInWriting,
                    msg,
                    &[("citizen", who.clone())],
                    10.0,
                    None,
                    Some(i),
                    None,
                );
            }
        }
    }

    // What the received dossier should hold, whatever the truth said.
    let should_receive = truth.disposition == Disposition::Accept;
    if should_receive {
        let to_digitize = truth.to_digitize(Channel::Counter);
        if !online_case {
            g.offer(Dimension::Digitization, 3.0 * to_digitize.len() as f64);
        }
        g.offer(Dimension::Compliance, 8.0);
        if received.is_none() {
            // Nothing was received, so nothing was digitized: an omission, never a warning.
            g.warnings_discounted = false;
            if !online_case {
                for (component, _) in &to_digitize {
                    g.penalty(
                        Dimension::Digitization,
                        Rule::DigitizeAtReception,
                        "fb-not-digitized",
                        &[("citizen", who.clone()), ("component", component.clone())],
                        3.0,
                        None,
                        Some(i),
                        None,
                    );
                }
            }
            g.warnings_discounted = true;
            g.penalty(
                Dimension::Compliance,
                Rule::ReceiptAndCode,
                "fb-no-receipt",
                &[("citizen", who.clone())],
                8.0,
                None,
                Some(i),
                None,
            );
        }
    }
    let Some(d) = received else { return };
    let code = d.code.clone();

    if d.procedure != procedure.code {
        g.penalty(
            Dimension::Intake,
            Rule::ProcedureComponents,
            "fb-wrong-procedure",
            &[("citizen", who.clone()), ("procedure", d.procedure.clone())],
            10.0,
            None,
            Some(i),
            Some(&code),
        );
    }
    // Form fields.
    let expected_name = c.persona.name.clone();
    let expected_id = c.persona.id_number.clone();
    let name_ok = d
        .fields
        .get(&crate::sim::DossierField::ApplicantName)
        .is_some_and(|v| *v == expected_name);
    let id_ok = d
        .fields
        .get(&crate::sim::DossierField::ApplicantIdNumber)
        .is_some_and(|v| *v == expected_id);
    if d.channel == Channel::Counter {
        if !name_ok {
            g.penalty(
                Dimension::Intake,
                Rule::CheckIdentity,
                if d.fields
                    .contains_key(&crate::sim::DossierField::ApplicantName)
                {
                    "fb-name-typed-wrong"
                } else {
                    "fb-name-not-entered"
                },
                &[("citizen", who.clone()), ("expected", expected_name)],
                2.0,
                None,
                Some(i),
                Some(&code),
            );
        }
        if !id_ok {
            g.penalty(
                Dimension::Intake,
                Rule::CheckIdentity,
                if d.fields
                    .contains_key(&crate::sim::DossierField::ApplicantIdNumber)
                {
                    "fb-id-typed-wrong"
                } else {
                    "fb-id-not-entered"
                },
                &[("citizen", who.clone())],
                2.0,
                None,
                Some(i),
                Some(&code),
            );
        }
        let identity_docs: Vec<&String> = truth
            .components
            .iter()
            .filter_map(|(_, doc)| doc.as_ref())
            .filter(|doc| {
                c.document(doc)
                    .and_then(|d| shift.scenario.catalog.document_kinds.get(&d.kind))
                    .is_some_and(|k| k.identity)
            })
            .collect();
        if !identity_docs.is_empty()
            && !identity_docs
                .iter()
                .any(|d| c.identity_checked.contains(*d))
        {
            g.penalty(
                Dimension::Intake,
                Rule::CheckIdentity,
                "fb-identity-not-checked",
                &[("citizen", who.clone())],
                1.0,
                None,
                Some(i),
                Some(&code),
            );
        }
    }
    // Fee.
    let charged = d.fee.unwrap_or(0);
    let correct = if d.channel == Channel::Online {
        procedure.fee.amount(
            &c.arrival.facts,
            &|r| shift.scenario.rule_in_force(r),
            true,
            match &c.arrival.wants {
                Want::Submit { copies, .. } => *copies,
                _ => 0,
            },
            1,
        )
    } else {
        truth.fee
    };
    if charged != correct {
        g.penalty(
            Dimension::Intake,
            Rule::CorrectFee,
            "fb-wrong-fee",
            &[
                ("citizen", who.clone()),
                ("charged", charged.to_string()),
                ("correct", correct.to_string()),
            ],
            3.0,
            None,
            Some(i),
            Some(&code),
        );
    }
    if charged > 0 && d.payment.is_none() {
        g.penalty(
            Dimension::Compliance,
            Rule::CorrectFee,
            "fb-fee-not-collected",
            &[("dossier", code.clone())],
            2.0,
            None,
            Some(i),
            Some(&code),
        );
    }

    // Digitization of counter dossiers.
    if d.channel == Channel::Counter {
        for (component, doc_id) in truth.to_digitize(Channel::Counter) {
            let scans: Vec<&crate::sim::Scan> = d
                .attachments
                .get(&component)
                .into_iter()
                .flatten()
                .filter_map(|n| n.checked_sub(1).and_then(|k| shift.scans.get(k as usize)))
                .collect();
            if scans.is_empty() {
                g.penalty(
                    Dimension::Digitization,
                    Rule::DigitizeAtReception,
                    "fb-not-digitized",
                    &[("citizen", who.clone()), ("component", component.clone())],
                    3.0,
                    None,
                    Some(i),
                    Some(&code),
                );
                continue;
            }
            if let Some(other) = scans.iter().find(|s| s.citizen != i) {
                g.penalty(
                    Dimension::Digitization,
                    Rule::Privacy,
                    "fb-attached-others-document",
                    &[
                        ("citizen", who.clone()),
                        ("document", other.document.clone()),
                    ],
                    3.0,
                    Some(CriticalKind::AttachedOthersDocument),
                    Some(i),
                    Some(&code),
                );
                continue;
            }
            let doc = c.document(&doc_id);
            let twin_ok = |s: &&&crate::sim::Scan| {
                s.document == doc_id
                    || doc
                        .is_some_and(|d| c.document(&s.document).is_some_and(|x| x.kind == d.kind))
            };
            let right: Vec<&&crate::sim::Scan> = scans.iter().filter(twin_ok).collect();
            if right.is_empty() {
                g.penalty(
                    Dimension::Digitization,
                    Rule::DigitizeAtReception,
                    "fb-wrong-scan-attached",
                    &[("citizen", who.clone()), ("component", component.clone())],
                    2.0,
                    None,
                    Some(i),
                    Some(&code),
                );
                continue;
            }
            let problems: BTreeSet<ScanProblem> = right
                .iter()
                .flat_map(|s| s.problems.iter().copied())
                .filter(|p| *p != ScanProblem::MissingPages)
                .collect();
            for p in problems {
                g.penalty(
                    Dimension::Digitization,
                    Rule::DigitizeAtReception,
                    "fb-scan-quality",
                    &[
                        ("component", component.clone()),
                        ("problem", p.id().to_owned()),
                    ],
                    1.0,
                    None,
                    Some(i),
                    Some(&code),
                );
            }
            if let Some(doc) = doc {
                let pages = shift
                    .scenario
                    .catalog
                    .document_kinds
                    .get(&doc.kind)
                    .map_or(1, |k| doc.page_count(k));
                let needed = u32::from(pages) + u32::from(doc.sticky_notes);
                let images: u32 = right.iter().map(|s| u32::from(s.images)).sum();
                if images < needed {
                    let msg = if doc.sticky_notes > 0 && images >= u32::from(pages) {
                        "fb-sticky-note-once"
                    } else {
                        "fb-pages-missing"
                    };
                    g.penalty(
                        Dimension::Digitization,
                        Rule::DigitizeAtReception,
                        msg,
                        &[
                            ("component", component.clone()),
                            ("images", images.to_string()),
                            ("needed", needed.to_string()),
                        ],
                        1.0,
                        None,
                        Some(i),
                        Some(&code),
                    );
                }
            }
        }
        // Photocopies handed in with their originals must be checked and signed.
        for doc in &c.arrival.documents {
            if doc.copy == crate::scenario::CopyForm::Photocopy
                && c.arrival
                    .documents
                    .iter()
                    .any(|o| o.kind == doc.kind && o.copy == crate::scenario::CopyForm::Original)
                && truth.components.iter().any(|(_, d)| {
                    d.as_deref()
                        .is_some_and(|x| c.document(x).is_some_and(|x| x.kind == doc.kind))
                })
                && !d.certified_copies.contains(&doc.id)
            {
                g.penalty(
                    Dimension::Compliance,
                    Rule::CertifyCopy,
                    "fb-copy-not-checked",
                    &[("document", doc.id.clone())],
                    1.0,
                    None,
                    Some(i),
                    Some(&code),
                );
            }
        }
    }

    // Compliance: deadline, transfer, sync, same-day return.
    if !should_receive {
        g.offer(Dimension::Compliance, 8.0);
    }
    if let (Some(due), Some(appointment)) = (d.due, d.appointment)
        && due.date() != appointment
    {
        let rule = deadline_rule(shift, d);
        g.penalty(
            Dimension::Compliance,
            rule,
            "fb-wrong-deadline",
            &[
                ("citizen", who.clone()),
                ("given", appointment.to_string()),
                ("correct", due.date().to_string()),
            ],
            3.0,
            Some(CriticalKind::WrongDeadline),
            Some(i),
            Some(&code),
        );
    }
    if d.status == Status::Accepted {
        g.penalty(
            Dimension::Compliance,
            Rule::ReceiptAndCode,
            "fb-not-transferred",
            &[("dossier", code.clone())],
            2.0,
            None,
            Some(i),
            Some(&code),
        );
    } else if d.department.is_some_and(|dep| dep != procedure.department) {
        g.penalty(
            Dimension::Compliance,
            Rule::ProcedureComponents,
            "fb-wrong-department",
            &[
                ("dossier", code.clone()),
                (
                    "department",
                    d.department
                        .map(Department::id)
                        .unwrap_or_default()
                        .to_owned(),
                ),
            ],
            2.0,
            None,
            Some(i),
            Some(&code),
        );
    }
    if d.sync != SyncState::Synced {
        let msg = if d.sync == SyncState::Failed {
            "fb-sync-not-retried"
        } else {
            "fb-not-synced"
        };
        g.penalty(
            Dimension::Compliance,
            Rule::NationalSync,
            msg,
            &[("dossier", code.clone())],
            2.0,
            None,
            Some(i),
            Some(&code),
        );
    }
    if d.status == Status::Processed && c.leave_reason == Some(LeaveReason::ShiftClosed) {
        g.penalty(
            Dimension::Compliance,
            Rule::ReturnResult,
            "fb-result-not-handed",
            &[("dossier", code.clone())],
            2.0,
            None,
            Some(i),
            Some(&code),
        );
    }
}

fn grade_collection(g: &mut Grader<'_>, i: usize, code: &str, served: bool) {
    let shift = g.shift;
    let c = &shift.citizens[i];
    g.offer(Dimension::Intake, 4.0);
    g.offer(Dimension::Compliance, 2.0);
    let may_receive = !c.arrival.facts.contains("no_authorization");
    let Some(d) = shift.portal.dossiers.get(code) else {
        return;
    };
    let handed = d.status == Status::Returned && d.returned_to == Some(i);
    if handed && !may_receive {
        g.penalty(
            Dimension::Intake,
            Rule::Privacy,
            "fb-result-to-unauthorised",
            &[("citizen", g.name(i)), ("dossier", code.to_owned())],
            4.0,
            Some(CriticalKind::PrivacyBreach),
            Some(i),
            Some(code),
        );
        return;
    }
    if handed {
        let id_docs: Vec<&String> = c
            .arrival
            .documents
            .iter()
            .filter(|d| {
                shift
                    .scenario
                    .catalog
                    .document_kinds
                    .get(&d.kind)
                    .is_some_and(|k| k.identity)
            })
            .map(|d| &d.id)
            .collect();
        if !id_docs.iter().any(|d| c.identity_checked.contains(*d)) {
            g.penalty(
                Dimension::Intake,
                Rule::CheckIdentity,
                "fb-returned-without-id-check",
                &[("citizen", g.name(i))],
                2.0,
                None,
                Some(i),
                Some(code),
            );
        }
        if d.sync != SyncState::Synced {
            g.penalty(
                Dimension::Compliance,
                Rule::NationalSync,
                "fb-not-synced",
                &[("dossier", code.to_owned())],
                2.0,
                None,
                Some(i),
                Some(code),
            );
        }
    } else if may_receive && d.status == Status::Processed {
        let msg = if served {
            "fb-result-not-returned"
        } else {
            "fb-case-not-handled"
        };
        g.penalty(
            Dimension::Intake,
            Rule::ReturnResult,
            msg,
            &[("citizen", g.name(i)), ("dossier", code.to_owned())],
            4.0,
            None,
            Some(i),
            Some(code),
        );
    }
}

/// The guidance a citizen should get: online service when they have a smartphone and the
/// procedure is online, the VNeID level-2 account when they lack it, status lookup for a
/// multi-day dossier.
pub fn expected_guidance(shift: &Shift, i: usize) -> Vec<GuideTopic> {
    let c = &shift.citizens[i];
    let p = &c.persona;
    let mut topics = Vec::new();
    let online = c
        .procedure()
        .and_then(|code| shift.scenario.procedure(code))
        .map(|p| p.online);
    if p.smartphone && online.is_some_and(|o| o != OnlineLevel::None) {
        topics.push(GuideTopic::OnlineService);
    }
    if p.smartphone && p.vneid != VneidLevel::Level2 {
        topics.push(GuideTopic::VneidAccount);
    }
    let submitted = matches!(c.arrival.wants, Want::Submit { .. });
    let multi_day = submitted
        && received_dossier(shift, i)
            .and_then(|d| shift.scenario.procedure(&d.procedure))
            .is_some_and(|p| p.processing_days > 0);
    if multi_day {
        topics.push(GuideTopic::StatusLookup);
    }
    topics
}

/// Guidance expected for a citizen; one who never reached the counter was not guided either.
fn grade_guidance(g: &mut Grader<'_>, i: usize) {
    let shift = g.shift;
    let c = &shift.citizens[i];
    for topic in expected_guidance(shift, i) {
        g.offer(Dimension::Guidance, 4.0);
        let done = c.guided.contains(&topic)
            || (topic == GuideTopic::OnlineService
                && c.guided.contains(&GuideTopic::AssistOnlineSubmission));
        if !done {
            g.penalty(
                Dimension::Guidance,
                Rule::GuideOnline,
                "fb-guidance-missed",
                &[("citizen", g.name(i)), ("topic", topic.id().to_owned())],
                4.0,
                None,
                Some(i),
                None,
            );
        }
    }
    let useless = c.unusable_guidance;
    if useless > 0 {
        g.penalty(
            Dimension::Service,
            Rule::GuideOnline,
            "fb-guidance-unusable",
            &[("citizen", g.name(i))],
            0.5 * f64::from(useless),
            None,
            Some(i),
            None,
        );
    }
}

fn grade_existing(g: &mut Grader<'_>) {
    let shift = g.shift;
    for e in &shift.scenario.file.existing_dossiers {
        let Some(d) = shift.portal.dossiers.get(&e.code) else {
            continue;
        };
        if let Some(truth) = shift.online_truth.get(&e.code) {
            g.offer(Dimension::Intake, 10.0);
            let slips: Vec<&crate::portal::Slip> = shift.portal.slips_for(&e.code).collect();
            let supplement = slips
                .iter()
                .find(|s| s.kind == crate::portal::SlipKind::SupplementRequest);
            let refusal = slips
                .iter()
                .find(|s| s.kind == crate::portal::SlipKind::Refusal);
            let accepted = !matches!(
                d.status,
                Status::NewOnline | Status::Refused | Status::SupplementRequested
            );
            match &truth.disposition {
                Disposition::Accept => {
                    g.offer(Dimension::Compliance, 4.0);
                    if !accepted {
                        g.penalty(
                            Dimension::Intake,
                            Rule::OnlineWithin8Hours,
                            "fb-online-not-accepted",
                            &[("dossier", e.code.clone())],
                            10.0,
                            None,
                            None,
                            Some(&e.code),
                        );
                    } else {
                        if d.status == Status::Accepted {
                            g.penalty(
                                Dimension::Compliance,
                                Rule::ReceiptAndCode,
                                "fb-not-transferred",
                                &[("dossier", e.code.clone())],
                                2.0,
                                None,
                                None,
                                Some(&e.code),
                            );
                        }
                        if d.sync != SyncState::Synced {
                            g.penalty(
                                Dimension::Compliance,
                                Rule::NationalSync,
                                "fb-not-synced",
                                &[("dossier", e.code.clone())],
                                2.0,
                                None,
                                None,
                                Some(&e.code),
                            );
                        }
                        if let (Some(due), Some(app)) = (d.due, d.appointment)
                            && due.date() != app
                        {
                            g.penalty(
                                Dimension::Compliance,
                                deadline_rule(shift, d),
                                "fb-wrong-deadline",
                                &[
                                    ("citizen", e.code.clone()),
                                    ("given", app.to_string()),
                                    ("correct", due.date().to_string()),
                                ],
                                3.0,
                                Some(CriticalKind::WrongDeadline),
                                None,
                                Some(&e.code),
                            );
                        }
                    }
                }
                Disposition::Supplement(needed) => {
                    if accepted {
                        let serious = truth
                            .findings
                            .iter()
                            .filter_map(|f| f.defect)
                            .any(serious_defect);
                        g.penalty(
                            Dimension::Intake,
                            Rule::ProcedureComponents,
                            "fb-accepted-incomplete",
                            &[("citizen", e.code.clone()), ("defect", "online".into())],
                            10.0,
                            serious.then_some(CriticalKind::AcceptedDefective),
                            None,
                            Some(&e.code),
                        );
                    } else if let Some(s) = supplement {
                        let given: BTreeSet<String> = s.components.iter().cloned().collect();
                        for missing in needed.difference(&given) {
                            g.penalty(
                                Dimension::Intake,
                                Rule::AskOnce,
                                "fb-supplement-missed-item",
                                &[("citizen", e.code.clone()), ("component", missing.clone())],
                                4.0,
                                None,
                                None,
                                Some(&e.code),
                            );
                        }
                        for extra in given.difference(needed) {
                            g.penalty(
                                Dimension::Intake,
                                Rule::ProcedureComponents,
                                "fb-demanded-unneeded",
                                &[("citizen", e.code.clone()), ("component", extra.clone())],
                                3.0,
                                None,
                                None,
                                Some(&e.code),
                            );
                        }
                    } else {
                        g.penalty(
                            Dimension::Intake,
                            Rule::OnlineWithin8Hours,
                            "fb-online-not-accepted",
                            &[("dossier", e.code.clone())],
                            10.0,
                            None,
                            None,
                            Some(&e.code),
                        );
                    }
                }
                Disposition::Refuse(ground) => {
                    if accepted {
                        g.penalty(
                            Dimension::Intake,
                            Rule::RefuseInWriting,
                            "fb-accepted-refusable",
                            &[("citizen", e.code.clone()), ("ground", ground.clone())],
                            10.0,
                            Some(CriticalKind::AcceptedDefective),
                            None,
                            Some(&e.code),
                        );
                    } else if refusal.is_none() {
                        g.penalty(
                            Dimension::Intake,
                            Rule::RefuseInWriting,
                            "fb-online-not-accepted",
                            &[("dossier", e.code.clone())],
                            10.0,
                            None,
                            None,
                            Some(&e.code),
                        );
                    }
                }
            }
        }
    }
    // Delays reported by departments: apology before the due moment, with the right date.
    for (k, ev) in shift.scenario.file.department_events.iter().enumerate() {
        let crate::scenario::DepartmentEventKind::Delay { extra_days, .. } = &ev.kind else {
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
        g.offer(Dimension::Compliance, 6.0);
        let Some(due) = d.due else { continue };
        match d.apology {
            None => g.penalty(
                Dimension::Compliance,
                Rule::ApologyBeforeDue,
                "fb-no-apology",
                &[("dossier", ev.dossier.clone())],
                6.0,
                None,
                None,
                Some(&ev.dossier),
            ),
            Some((sent, new_date)) => {
                if sent > due {
                    g.penalty(
                        Dimension::Compliance,
                        Rule::ApologyBeforeDue,
                        "fb-apology-late",
                        &[("dossier", ev.dossier.clone())],
                        4.0,
                        None,
                        None,
                        Some(&ev.dossier),
                    );
                }
                let correct = rescheduled_date(shift, due, *extra_days);
                if new_date != correct {
                    g.penalty(
                        Dimension::Compliance,
                        Rule::WorkingDays,
                        "fb-apology-wrong-date",
                        &[
                            ("dossier", ev.dossier.clone()),
                            ("given", new_date.to_string()),
                            ("correct", correct.to_string()),
                        ],
                        2.0,
                        None,
                        None,
                        Some(&ev.dossier),
                    );
                }
            }
        }
    }
}

fn grade_faults(g: &mut Grader<'_>) {
    let shift = g.shift;
    for f in &shift.faults {
        if f.started_at.is_none() || !f.manifested {
            continue;
        }
        for expected in &f.spec.expected {
            g.offer(Dimension::Compliance, 3.0);
            if !f.responses.contains(expected) {
                g.penalty(
                    Dimension::Compliance,
                    Rule::FaultFallback,
                    "fb-fault-response-missing",
                    &[
                        ("fault", f.spec.kind.id().to_owned()),
                        ("response", expected.id().to_owned()),
                    ],
                    3.0,
                    None,
                    None,
                    None,
                );
            }
        }
    }
}

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
        if !c.guided.is_empty() {
            s += 5.0;
        }
        out.push((i, s.clamp(0.0, 100.0)));
    }
    out
}

fn kpis(shift: &Shift, satisfaction: &[(usize, f64)]) -> Kpis {
    // A rate over nothing is perfect only when there was nothing to do: if a complete
    // dossier was waiting to be received and none was, the rates are 0.
    let work_expected = shift.citizens.iter().any(|c| {
        c.leave_reason.is_some()
            && c.analysis
                .as_ref()
                .is_some_and(|a| a.disposition == Disposition::Accept)
    });
    let nothing_received = if work_expected { 0.0 } else { 100.0 };
    let pct = |num: usize, den: usize| {
        if den == 0 {
            100.0
        } else {
            100.0 * num as f64 / den as f64
        }
    };
    let end = shift.clock();
    let received: Vec<&crate::portal::Dossier> = shift
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
        .collect();
    let in_shift: Vec<&&crate::portal::Dossier> = received
        .iter()
        .filter(|d| d.received_at.is_some_and(|r| r >= shift.scenario.start()))
        .collect();
    let due_now: Vec<&&crate::portal::Dossier> = received
        .iter()
        .filter(|d| d.due.is_some_and(|due| due <= end))
        .collect();
    let on_time = due_now
        .iter()
        .filter(|d| {
            let settled = d
                .history
                .iter()
                .find(|(_, s)| matches!(s, Status::Processed | Status::Returned))
                .map(|(t, _)| *t);
            settled.is_some_and(|t| d.due.is_some_and(|due| t <= due))
        })
        .count();
    let online = in_shift
        .iter()
        .filter(|d| d.channel == Channel::Online)
        .count();
    let counter: Vec<&&&crate::portal::Dossier> = in_shift
        .iter()
        .filter(|d| d.channel == Channel::Counter)
        .collect();
    let digitized = counter
        .iter()
        .filter(|d| {
            let Some(i) = shift.owner_of(d) else {
                return false;
            };
            let Some(a) = &shift.citizens[i].analysis else {
                return false;
            };
            a.to_digitize(Channel::Counter)
                .iter()
                .all(|(c, _)| d.attachments.get(c).is_some_and(|v| !v.is_empty()))
        })
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
    let sat = if satisfaction.is_empty() {
        100.0
    } else {
        satisfaction.iter().map(|(_, s)| s).sum::<f64>() / satisfaction.len() as f64
    };
    let mut k = Kpis {
        on_time: pct(on_time, due_now.len()),
        online_submission: pct(online, in_shift.len()),
        digitization: if counter.is_empty() {
            nothing_received
        } else {
            pct(digitized, counter.len())
        },
        online_payment: pct(epay, payments.len()),
        sync: if received.is_empty() {
            nothing_received
        } else {
            pct(synced, received.len())
        },
        satisfaction: sat,
        index: 0.0,
    };
    if in_shift.is_empty() {
        k.online_submission = 0.0;
    }
    // With no payment in the shift, the online-services group rests on submissions alone.
    let online_services = if payments.is_empty() {
        k.online_submission
    } else {
        (k.online_submission + k.online_payment) / 2.0
    };
    k.index = (18.0 * k.sync
        + 20.0 * k.on_time
        + 22.0 * k.digitization
        + 22.0 * online_services
        + 18.0 * k.satisfaction)
        / 100.0;
    k
}
