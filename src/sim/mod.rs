//! The engine: a shift at the counter on a simulated clock.
//!
//! [`Shift::apply`] is the one place state changes: it checks an [`Action`] against the
//! current state (an illegal action is a typed [`ActionError`] and changes nothing), applies
//! it, then advances the simulated clock by the action's cost, during which citizens arrive,
//! lose patience and leave, faults start and end, and departments report. Every random
//! draw comes from the shift's own ChaCha generator, seeded explicitly, and all collections
//! that reach an output are ordered (`BTreeMap`, `Vec`), so a seed and an action log
//! reproduce a run exactly.
//!
//! Glossary: *citizen* — one arrival (scripted or generated) with their case; *counter* —
//! the citizen being served now; *queue* — citizens waiting with a number; *scan* — one
//! pass of a paper through the scanner, attachable to a dossier component.

mod action;
mod apply;
mod back_office;
mod conversation;
mod event;
mod faults;
mod fingerprint;
mod intake;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use chrono::{Duration, NaiveDateTime};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Vocabulary the actions use (see [`crate::vocabulary`]).
pub use crate::vocabulary::{DossierField, PaymentMethod};
pub use action::{Action, ColorMode, FieldRef, GuideTopic, ScanSettings};
pub use event::{Event, LeaveReason, PopulationRecord, ScanProblem};
pub use fingerprint::FINGERPRINT_VERSION;

use crate::calendar::WorkingCalendar;
use crate::portal::{Dossier, Portal, PortalError, Status};
use crate::scenario::truth::{self, Analysis, Case};
use crate::scenario::{
    Arrival, Channel, Document, FaultEvent, FaultKind, FaultResponse, Mode, Persona, Question,
    Scenario, Want,
};

/// Reads one of a scenario's scripts (a RON list of actions, e.g. a declared test path) from
/// its folder, on disk or in the built-in pack; problems carry the file, line and column.
pub fn read_script(
    scenario: &Scenario,
    file: &str,
) -> Result<Vec<Action>, crate::scenario::load::Problem> {
    scenario.source.read_ron(&scenario.file_path(file))
}

/// Version of the engine rules; stored in result files. Bump when scoring or simulation
/// semantics change, so old results are re-graded knowingly.
///
/// History: `/1` first release; `/2` appointment dates follow the law (the day of receipt is
/// not counted, the 15:00 cut-off moves the day of receipt, calendar-day periods).
pub const ENGINE_VERSION: &str = concat!("motcua-engine/", env!("CARGO_PKG_VERSION"), "/2");

/// Most actions one shift holds, [`Action::EndShift`] included. A real shift has fewer than
/// 5,000; the cap bounds what replaying a log (a result file, a journal) can cost. The last
/// place is kept for `EndShift`, so a shift at the cap can still be ended.
pub const MAX_ACTIONS_PER_SHIFT: usize = 10_000;

/// Why an action could not be applied. Nothing changed.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum ActionError {
    /// The shift is over.
    #[error("the shift is over")]
    ShiftOver,
    /// Nobody is at the counter.
    #[error("nobody is at the counter")]
    NoCitizenAtCounter,
    /// Someone is already at the counter.
    #[error("a citizen is already at the counter; finish with them first")]
    CitizenAtCounter,
    /// Nobody is waiting and nobody else will come.
    #[error("nobody is waiting and nobody else will come")]
    QueueEmpty,
    /// The paper is not on the desk.
    #[error("paper `{0}` is not on the desk")]
    DocumentNotHere(String),
    /// The paper has no such field.
    #[error("paper `{0}` has no field `{1}`")]
    UnknownField(String, String),
    /// Not an identity paper.
    #[error("paper `{0}` is not an identity paper")]
    NotAnIdentityPaper(String),
    /// Unknown procedure.
    #[error("no procedure `{0}`")]
    UnknownProcedure(String),
    /// Unknown component.
    #[error("procedure `{0}` has no component `{1}`")]
    UnknownComponent(String, String),
    /// Unknown scan.
    #[error("no scan number {0}")]
    UnknownScan(u32),
    /// Unknown refusal ground.
    #[error("`{0}` is not a refusal ground of this procedure or a defect")]
    UnknownGround(String),
    /// Portal error.
    #[error(transparent)]
    Portal(#[from] PortalError),
    /// The citizen already has a dossier being entered.
    #[error("dossier {0} is already open for this citizen")]
    DossierAlreadyOpen(String),
    /// The dossier is already received; the form is locked.
    #[error("dossier {0} is already received")]
    AlreadyReceived(String),
    /// The dossier has not been received yet.
    #[error("dossier {0} has not been received (no receipt yet)")]
    NotReceived(String),
    /// No fee set, or already paid.
    #[error("dossier {0}: no fee to collect")]
    NoFeeToCollect(String),
    /// The fee must be collected first.
    #[error("dossier {0}: collect the fee before issuing the receipt")]
    FeeNotPaid(String),
    /// A supplement request needs at least one component.
    #[error("a supplement request must list at least one component")]
    EmptySupplement,
    /// The PC is frozen.
    #[error("the computer is frozen; restart it")]
    ComputerFrozen,
    /// Power is out.
    #[error("power is out; the computer and scanner are off")]
    PowerOut,
    /// The scanner is jammed.
    #[error("the scanner is jammed; clear it")]
    ScannerJammed,
    /// No active fault needs that response.
    #[error("no fault needs that response now")]
    NoSuchFault,
    /// Hints are off in exam mode.
    #[error("hints are disabled in exam mode")]
    HintsDisabled,
    /// The photocopy/original pair does not fit.
    #[error("`{0}` is not a photocopy of `{1}`")]
    NotACopyOf(String, String),
    /// Typed text is longer than the form field allows.
    #[error("at most {0} characters")]
    TextTooLong(usize),
    /// The fee of this dossier is already paid.
    #[error("dossier {0}: the fee is already paid")]
    AlreadyPaid(String),
    /// An amount beyond any fee.
    #[error("amount {0} is too large")]
    AmountTooLarge(u64),
    /// Waiting must be 1 to 240 minutes.
    #[error("wait 1 to 240 minutes")]
    WaitOutOfRange,
    /// The scanner has no such resolution.
    #[error("resolution must be 100, 150, 200, 300, 400 or 600 dpi")]
    UnsupportedResolution(u16),
    /// Only a dossier being processed can be rescheduled.
    #[error("dossier {0} is not being processed")]
    NotProcessing(String),
    /// The apology for this dossier was already sent.
    #[error("an apology was already sent for dossier {0}")]
    ApologyAlreadySent(String),
    /// Nobody is present to receive the result.
    #[error("nobody is present to receive dossier {0}")]
    NobodyToReceive(String),
    /// The shift holds [`MAX_ACTIONS_PER_SHIFT`] actions (the last place is for ending it).
    #[error("the shift already holds the most actions allowed ({0}); end the shift")]
    TooManyActions(usize),
}

/// Where a citizen is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum CitizenState {
    /// Not yet arrived.
    Expected,
    /// Waiting in the queue.
    Queued,
    /// At the counter.
    AtCounter,
    /// Sitting, waiting for a same-day result.
    WaitingForResult,
    /// Gone.
    Gone,
}

/// A citizen during the shift: their case, what the clerk learned and did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Citizen {
    /// The case.
    pub arrival: Arrival,
    /// The persona, with the case's own identity applied.
    pub persona: Persona,
    /// The ground truth of a submission (None for collections and withdrawals).
    pub analysis: Option<Analysis>,
    /// Where they are.
    pub state: CitizenState,
    /// Seconds since shift start when they arrived.
    pub arrived_at: Option<u32>,
    /// When they reached the counter (first time).
    pub called_at: Option<u32>,
    /// When they left.
    pub left_at: Option<u32>,
    /// Why they left.
    pub leave_reason: Option<LeaveReason>,
    /// Questions asked, with counts.
    pub asked: BTreeMap<Question, u32>,
    /// Papers inspected.
    pub inspected: BTreeSet<String>,
    /// Comparisons made: (a, b, same).
    pub comparisons: Vec<(FieldRef, FieldRef, bool)>,
    /// Identity papers looked up.
    pub identity_checked: BTreeSet<String>,
    /// State records looked up.
    pub state_records_checked: bool,
    /// Guidance given.
    pub guided: BTreeSet<GuideTopic>,
    /// Supplement requests issued (each a set of components).
    pub supplements: Vec<BTreeSet<String>>,
    /// Refusal grounds cited.
    pub refusals: Vec<String>,
    /// Dossiers created for or linked to them.
    pub dossiers: Vec<String>,
    /// Hints used.
    pub hints: u32,
    /// Guidance given that the citizen could not use (no phone, no account).
    pub unusable_guidance: u32,
    /// Extra patience granted (informed of a fault), seconds.
    pub patience_bonus: u32,
}

impl Citizen {
    /// Shown name.
    pub fn name(&self) -> &str {
        &self.persona.name
    }

    /// The procedure they want to submit, if any.
    pub fn procedure(&self) -> Option<&str> {
        match &self.arrival.wants {
            Want::Submit { procedure, .. } => Some(procedure),
            _ => None,
        }
    }

    /// A paper they carry.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.arrival.documents.iter().find(|d| d.id == id)
    }
}

/// A scan made during the shift.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scan {
    /// Number (1-based).
    pub number: u32,
    /// The paper scanned.
    pub document: String,
    /// Whose paper (citizen index).
    pub citizen: usize,
    /// Settings used.
    pub settings: ScanSettings,
    /// Images produced.
    pub images: u8,
    /// Problems visible in the preview.
    pub problems: Vec<ScanProblem>,
}

/// A fault's state during the shift.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FaultState {
    /// The scenario's fault.
    pub spec: FaultEvent,
    /// When it started (seconds since shift start).
    pub started_at: Option<u32>,
    /// When it ended.
    pub ended_at: Option<u32>,
    /// It actually disrupted work (a jam only when someone scans).
    pub manifested: bool,
    /// Responses given while it was active.
    pub responses: BTreeSet<FaultResponse>,
}

impl FaultState {
    /// True while it is in effect.
    pub fn active(&self) -> bool {
        self.started_at.is_some() && self.ended_at.is_none()
    }
}

/// An event with its time and the action that caused it (None for time passing).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimedEvent {
    /// Seconds since shift start.
    pub at: u32,
    /// Index of the action in the log that produced it.
    pub action: Option<usize>,
    /// The event.
    pub event: Event,
}

/// A shift in progress.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Shift {
    /// The scenario.
    #[serde(skip)]
    pub scenario: Arc<Scenario>,
    /// Practice or exam.
    pub mode: Mode,
    /// The seed.
    pub seed: u64,
    #[serde(skip)]
    #[allow(dead_code)]
    rng: ChaCha8Rng,
    /// Seconds since shift start.
    pub now: u32,
    /// Everyone who comes today, in arrival order.
    pub citizens: Vec<Citizen>,
    /// Citizen at the counter.
    pub counter: Option<usize>,
    /// The mocked portal.
    pub portal: Portal,
    /// Scans made.
    pub scans: Vec<Scan>,
    /// Faults.
    pub faults: Vec<FaultState>,
    /// Department events already delivered.
    pub department_events_done: Vec<bool>,
    /// Everything that happened.
    pub timeline: Vec<TimedEvent>,
    /// Actions applied, with the time each started.
    pub actions: Vec<(u32, Action)>,
    /// Receiving on paper during a power cut.
    pub paper_mode: bool,
    /// The shift was ended.
    pub ended: bool,
    /// Ground truth of online dossiers awaiting acceptance, by code.
    pub online_truth: BTreeMap<String, Analysis>,
    #[serde(skip)]
    calendar: WorkingCalendar,
}

fn resolve_persona(scenario: &Scenario, arrival: &Arrival) -> Persona {
    let mut persona = scenario
        .catalog
        .personas
        .get(&arrival.persona)
        .cloned()
        .unwrap_or_else(|| Persona {
            id: arrival.persona.clone(),
            name: arrival.persona.clone(),
            sex: crate::scenario::Sex::Female,
            birth_date: scenario.file.shift.date,
            id_number: String::new(),
            ethnicity: "Kinh".into(),
            address: String::new(),
            vietnamese: crate::scenario::Level::High,
            digital_literacy: crate::scenario::Level::Medium,
            smartphone: false,
            vneid: crate::scenario::VneidLevel::None,
            patience_minutes: 30,
            low_vision: false,
            description: Default::default(),
            portrait: Default::default(),
        });
    if let Some(identity) = &arrival.identity {
        persona.name = identity.name.clone();
        persona.birth_date = identity.birth_date;
        persona.id_number = identity.id_number.clone();
    }
    persona
}

impl Shift {
    /// Starts a shift: generates the day's arrivals from the seed and loads the portal.
    pub fn new(scenario: Arc<Scenario>, seed: u64, mode: Mode) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let date = scenario.file.shift.date;
        let rule = |r: &str| scenario.rule_in_force(r);
        let mut arrivals: Vec<Arrival> = scenario.file.arrivals.clone();
        if let Some(generated) = &scenario.file.generated {
            arrivals.extend(crate::scenario::generate::generate_all(
                generated,
                &scenario.catalog,
                date,
                &rule,
                &mut rng,
            ));
        }
        // Stable sort: equal times keep scripted order, then generated order.
        arrivals.sort_by_key(|a| a.at);
        let citizens = arrivals
            .into_iter()
            .map(|arrival| {
                let persona = resolve_persona(&scenario, &arrival);
                let analysis = match &arrival.wants {
                    Want::Submit { procedure, copies } => scenario.procedure(procedure).map(|p| {
                        truth::analyze(
                            Case {
                                procedure: p,
                                documents: &arrival.documents,
                                facts: &arrival.facts,
                                state_holds: &arrival.state_holds,
                                channel: Channel::Counter,
                                copies: *copies,
                                same_person: &arrival.same_person,
                            },
                            &scenario.catalog,
                            date,
                            &rule,
                        )
                    }),
                    _ => None,
                };
                Citizen {
                    arrival,
                    persona,
                    analysis,
                    state: CitizenState::Expected,
                    arrived_at: None,
                    called_at: None,
                    left_at: None,
                    leave_reason: None,
                    asked: BTreeMap::new(),
                    inspected: BTreeSet::new(),
                    comparisons: Vec::new(),
                    identity_checked: BTreeSet::new(),
                    state_records_checked: false,
                    guided: BTreeSet::new(),
                    supplements: Vec::new(),
                    refusals: Vec::new(),
                    dossiers: Vec::new(),
                    hints: 0,
                    unusable_guidance: 0,
                    patience_bonus: 0,
                }
            })
            .collect::<Vec<_>>();
        let calendar = scenario.working_calendar();
        let mut portal = Portal::default();
        let mut online_truth = BTreeMap::new();
        for existing in &scenario.file.existing_dossiers {
            let citizen = citizens
                .iter()
                .find(|c| {
                    matches!(&c.arrival.wants, Want::Collect { dossier } | Want::Withdraw { dossier } if dossier == &existing.code)
                })
                .map(|c| c.arrival.id.clone());
            let mut d = Dossier::new(
                existing.code.clone(),
                existing.procedure.clone(),
                existing.channel,
                existing.status,
                citizen,
                existing.received,
            );
            d.draft = false;
            d.received_at = Some(existing.received);
            if let Some(p) = scenario.procedure(&existing.procedure) {
                if existing.status != Status::NewOnline {
                    d.due = Some(calendar.due(existing.received, p.processing_time()));
                    d.appointment = d.due.map(|t| t.date());
                    d.department = Some(p.department);
                }
                if existing.status == Status::NewOnline {
                    online_truth.insert(
                        existing.code.clone(),
                        truth::analyze(
                            Case {
                                procedure: p,
                                documents: &existing.documents,
                                facts: &existing.facts,
                                state_holds: &existing.state_holds,
                                channel: existing.channel,
                                copies: 0,
                                same_person: &existing.same_person,
                            },
                            &scenario.catalog,
                            date,
                            &rule,
                        ),
                    );
                }
            }
            if existing.paid {
                d.payment = Some(crate::portal::Payment {
                    amount: 0,
                    method: PaymentMethod::EPayment,
                    receipt: 0,
                    at: existing.received,
                });
            }
            d.sync = crate::portal::SyncState::Synced;
            portal.dossiers.insert(existing.code.clone(), d);
        }
        let faults = scenario
            .file
            .faults
            .iter()
            .map(|f| FaultState {
                spec: f.clone(),
                started_at: None,
                ended_at: None,
                manifested: false,
                responses: BTreeSet::new(),
            })
            .collect();
        let department_events_done = vec![false; scenario.file.department_events.len()];
        let mut shift = Shift {
            scenario,
            mode,
            seed,
            rng,
            now: 0,
            citizens,
            counter: None,
            portal,
            scans: Vec::new(),
            faults,
            department_events_done,
            timeline: Vec::new(),
            actions: Vec::new(),
            paper_mode: false,
            ended: false,
            online_truth,
            calendar,
        };
        shift.advance_to(0, None);
        shift
    }

    /// Applies one action. On error nothing changes.
    pub fn apply(&mut self, action: Action) -> Result<Vec<Event>, ActionError> {
        if self.ended {
            return Err(ActionError::ShiftOver);
        }
        let index = self.actions.len();
        if index + 1 >= MAX_ACTIONS_PER_SHIFT && action != Action::EndShift {
            return Err(ActionError::TooManyActions(MAX_ACTIONS_PER_SHIFT));
        }
        let started = self.now;
        let first_new = self.timeline.len();
        let (events, cost) = self.perform(&action)?;
        self.actions.push((started, action));
        let at = self.now;
        for event in events {
            self.timeline.push(TimedEvent {
                at,
                action: Some(index),
                event,
            });
        }
        let target = self.now.saturating_add(cost);
        self.advance_to(target, Some(index));
        Ok(self.timeline[first_new..]
            .iter()
            .map(|t| t.event.clone())
            .collect())
    }

    /// The scenario.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The working calendar in force.
    pub fn calendar(&self) -> &WorkingCalendar {
        &self.calendar
    }

    /// Current simulated moment.
    pub fn clock(&self) -> NaiveDateTime {
        self.moment(self.now)
    }

    /// The moment `seconds` after shift start.
    pub fn moment(&self, seconds: u32) -> NaiveDateTime {
        self.scenario.start() + Duration::seconds(i64::from(seconds))
    }

    /// Length of the shift in seconds.
    pub fn length(&self) -> u32 {
        self.scenario.file.shift.minutes.saturating_mul(60)
    }

    /// Citizens waiting in the queue, in order.
    pub fn queue(&self) -> Vec<usize> {
        let mut q: Vec<usize> = (0..self.citizens.len())
            .filter(|&i| self.citizens[i].state == CitizenState::Queued)
            .collect();
        q.sort_by_key(|&i| (self.citizens[i].arrived_at, i));
        q
    }

    /// Citizens sitting and waiting for a same-day result.
    pub fn waiting_for_results(&self) -> Vec<usize> {
        (0..self.citizens.len())
            .filter(|&i| self.citizens[i].state == CitizenState::WaitingForResult)
            .collect()
    }

    /// The index of the citizen with this arrival id.
    pub fn citizen_index(&self, arrival_id: &str) -> Option<usize> {
        self.citizens
            .iter()
            .position(|c| c.arrival.id == arrival_id)
    }

    /// True when dossier `d` belongs to citizen `i`.
    pub fn owns(&self, i: usize, d: &Dossier) -> bool {
        d.citizen
            .as_deref()
            .is_some_and(|id| self.citizens.get(i).is_some_and(|c| c.arrival.id == id))
    }

    /// The citizen a dossier belongs to, by index.
    pub fn owner_of(&self, d: &Dossier) -> Option<usize> {
        d.citizen.as_deref().and_then(|id| self.citizen_index(id))
    }

    /// This citizen's dossier: the first of their own dossiers that is still alive — being
    /// entered (a draft) or received — as opposed to refused, sent back for a supplement or
    /// waiting online. The one answer the engine, the scorer, the expert and the portal
    /// window share.
    pub fn dossier_of(&self, i: usize) -> Option<&Dossier> {
        self.citizens.get(i)?.dossiers.iter().find_map(|code| {
            self.portal.dossiers.get(code).filter(|d| {
                self.owns(i, d)
                    && !matches!(
                        d.status,
                        Status::Refused | Status::SupplementRequested | Status::NewOnline
                    )
            })
        })
    }

    /// The citizen at the counter.
    pub fn at_counter(&self) -> Option<&Citizen> {
        self.counter.and_then(|i| self.citizens.get(i))
    }

    /// Faults in effect now.
    pub fn active_faults(&self) -> Vec<FaultKind> {
        self.faults
            .iter()
            .filter(|f| f.active())
            .map(|f| f.spec.kind)
            .collect()
    }

    fn fault_active(&self, kind: FaultKind) -> bool {
        self.faults
            .iter()
            .any(|f| f.spec.kind == kind && f.active())
    }

    /// The state fingerprint (SHA-256 hex) stored in result files and compared after a
    /// replay: a versioned digest of what the trainee did and what it caused, without
    /// engine-written text. See the `fingerprint` module for what it holds and why.
    pub fn fingerprint(&self) -> String {
        fingerprint::fingerprint(self)
    }

    /// The fingerprint of builds before the versioned one: the RON of the whole shift. Only
    /// for verifying the result files those builds wrote.
    pub fn legacy_fingerprint(&self) -> String {
        fingerprint::legacy_fingerprint(self)
    }

    /// Seconds until a queued citizen gives up.
    pub fn patience_left(&self, citizen: usize) -> Option<u32> {
        let c = self.citizens.get(citizen)?;
        let arrived = c.arrived_at?;
        let limit = arrived
            .saturating_add(c.persona.patience_minutes.saturating_mul(60))
            .saturating_add(c.patience_bonus);
        Some(limit.saturating_sub(self.now))
    }

    fn push_event(&mut self, at: u32, action: Option<usize>, event: Event) {
        self.timeline.push(TimedEvent { at, action, event });
    }

    /// Moves the clock to `target`, delivering everything scheduled up to then in order.
    fn advance_to(&mut self, target: u32, action: Option<usize>) {
        while let Some((at, what)) = self.next_scheduled(target) {
            self.now = self.now.max(at);
            self.deliver(what, action);
        }
        self.now = self.now.max(target);
    }

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
                self.faults[i].manifested = !matches!(kind, FaultKind::ScannerJam);
                self.push_event(now, action, Event::FaultStarted { kind });
            }
            Scheduled::FaultEnd(i) => {
                self.faults[i].ended_at = Some(now);
                let kind = self.faults[i].spec.kind;
                if kind == FaultKind::PowerCut {
                    self.paper_mode = false;
                }
                self.push_event(now, action, Event::FaultEnded { kind });
            }
            Scheduled::Department(i) => {
                self.department_events_done[i] = true;
                let event = self.scenario.file.department_events[i].clone();
                match event.kind {
                    crate::scenario::DepartmentEventKind::Delay { reason, extra_days } => {
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
                    crate::scenario::DepartmentEventKind::ResultReady => {
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

    fn leave(&mut self, i: usize, reason: LeaveReason, action: Option<usize>) {
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

fn clearable(kind: FaultKind) -> bool {
    matches!(kind, FaultKind::ScannerJam | FaultKind::FrozenPc)
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Scheduled {
    FaultEnd(usize),
    FaultStart(usize),
    Department(usize),
    Ready(String),
    Arrival(usize),
    PatienceOut(usize),
    Closing,
}
