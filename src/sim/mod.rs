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
//! pass of a paper through the scanner, attachable to a dossier component; *casework* — what
//! the clerk did with a case's papers (looked, turned pages, compared, flagged); *claim* —
//! what a flag asserts is wrong, recorded as said and judged only by the scorer.

mod action;
mod apply;
mod assist;
mod back_office;
mod bundle;
mod casework;
mod citizen;
mod clock;
mod conversation;
// issue 13 item 6: on-the-spot corrections
mod correction;
mod dialogue;
mod e_records;
mod error;
mod event;
mod existing_dossiers;
mod faults;
mod fingerprint;
#[cfg(test)]
mod fixture;
mod intake;
mod kiosk;
// issue 13 item 3: how the result is returned
mod return_channel;
mod send_back;
// issue 13 item 9: the police's slip forms for residence dossiers
mod slip_forms;
mod staff_session;

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{Duration, NaiveDateTime};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

/// Vocabulary the actions use (see [`crate::vocabulary`]).
pub use crate::vocabulary::{DossierField, PaymentMethod};
pub use action::{Action, Claim, ColorMode, FieldRef, GuideTopic, LookTool, ScanSettings};
pub use assist::{Access, FACT_ACCOMPANIED, FACT_INTERPRETER_BUSY, Help};
pub use casework::{CaseRef, Casework, RaisedFlag, claim_finds, values_differ};
pub use citizen::{Citizen, CitizenState};
pub use correction::{
    CORRECTION_SECONDS, CORRECTION_SECONDS_UNAIDED, Correction, NOTHING_TO_CORRECT_SECONDS,
    initials,
};
pub use dialogue::Line;
pub use e_records::DIGITIZE_RESULT_SECONDS;
pub use error::ActionError;
pub use event::{Event, LeaveReason, PopulationRecord, ScanProblem};
pub use faults::FaultState;
pub use fingerprint::FINGERPRINT_VERSION;
pub use kiosk::{
    COACHING_NEEDED_MINUTES, KIOSK_RULE, KioskBlock, KioskOutcome, KioskVisit, MAX_COACH_MINUTES,
    kiosk_block_for, submit_minutes,
};
pub use return_channel::{
    FACT_RESULT_ELECTRONIC, FACT_RESULT_POST, RETURN_CHANNEL_RULE, wanted_channel,
};
pub use staff_session::{LOGIN_SECONDS, SIGN_SECONDS, StaffSession, needs_session};

use crate::calendar::WorkingCalendar;
use crate::portal::{Dossier, Portal, Status};
use crate::scenario::truth::Analysis;
use crate::scenario::{FaultKind, Mode, Procedure, Scenario};

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
/// not counted, the 15:00 cut-off moves the day of receipt, calendar-day periods); `/3` the
/// whole shift is scored (every citizen, an ended shift, no free points); `/4` the clerk
/// finds defects and flags them: looking at a paper no longer tells what is wrong, a
/// comparison no longer judges, and perception is scored; `/5` the seed's situations
/// (issue 13): the self-service kiosk and the queue's waiting cost, VNeID outages, help for
/// citizens who need it (a citizen with little Vietnamese answers unclearly until helped),
/// departments sending dossiers back, the staff login and personal digital signature,
/// e-copies and digitized results, the police's residence slips, a lease that need not be
/// notarised; `/6` the last of issue 13: on-the-spot corrections by the citizen, inter-agency
/// bundles, the result's return channel (electronic, by post), and a restarted PC that has
/// lost the clerk's login.
pub const ENGINE_VERSION: &str = concat!("motcua-engine/", env!("CARGO_PKG_VERSION"), "/6");

/// The first engine generation (the number after the last `/` of [`ENGINE_VERSION`]) whose
/// results are ranked. Earlier scores meant something else: before `/3` an empty log scored
/// 100; before `/4` looking at a paper listed its defects, so intake measured clicking,
/// not seeing.
pub const FIRST_RANKED_GENERATION: u32 = 4;

/// The generation of an engine version string (`motcua-engine/<crate version>/<generation>`),
/// or `None` when it is not of that form.
pub fn engine_generation(version: &str) -> Option<u32> {
    let rest = version.strip_prefix("motcua-engine/")?;
    let (_, generation) = rest.rsplit_once('/')?;
    generation.parse().ok()
}

/// Most actions one shift holds, [`Action::EndShift`] included. A real shift has fewer than
/// 5,000; the cap bounds what replaying a log (a result file, a journal) can cost. The last
/// place is kept for `EndShift`, so a shift at the cap can still be ended.
pub const MAX_ACTIONS_PER_SHIFT: usize = 10_000;

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
#[derive(Debug, Clone, PartialEq)]
pub struct Shift {
    /// The scenario.
    pub scenario: Arc<Scenario>,
    /// Practice or exam.
    pub mode: Mode,
    /// The seed.
    pub seed: u64,
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
    /// What the clerk did with the papers of each online dossier, by code.
    pub online_casework: BTreeMap<String, Casework>,
    /// Visits to the self-service kiosk, in the order the clerk sent citizens there.
    pub kiosk: Vec<KioskVisit>,
    calendar: WorkingCalendar,
    /// The clerk's staff session and signatures, in scenarios that practise them.
    staff: Option<StaffSession>,
}

impl Shift {
    /// Starts a shift: generates the day's arrivals from the seed and loads the portal.
    pub fn new(scenario: Arc<Scenario>, seed: u64, mode: Mode) -> Self {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let citizens = citizen::todays_citizens(&scenario, &mut rng);
        let calendar = scenario.working_calendar();
        let (portal, online_truth) = existing_dossiers::load(&scenario, &citizens, &calendar);
        let faults = FaultState::scheduled(&scenario);
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
            online_casework: BTreeMap::new(),
            kiosk: Vec::new(),
            calendar,
            staff: None,
        };
        if shift.scenario.file.staff_system.is_some() {
            shift.staff = Some(StaffSession::default());
        }
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
        let at_counter = self.counter;
        let (events, cost) = self.perform(&action)?;
        self.note_access(at_counter, &action);
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

    /// The scenario's procedure with code `code`, or [`ActionError::UnknownProcedure`]: the
    /// one lookup every action handler uses.
    fn procedure_named(&self, code: &str) -> Result<&Procedure, ActionError> {
        self.scenario
            .procedure(code)
            .ok_or_else(|| ActionError::UnknownProcedure(code.to_owned()))
    }

    /// The procedure dossier `d` is for, or [`ActionError::UnknownProcedure`].
    fn procedure_of(&self, d: &Dossier) -> Result<&Procedure, ActionError> {
        self.procedure_named(&d.procedure)
    }

    /// Moves dossier `code` to status `to` in the portal at `at`, and says so: the one
    /// status change every handler makes ([`Event::StatusChanged`]).
    fn move_dossier(
        &mut self,
        code: &str,
        to: Status,
        at: NaiveDateTime,
    ) -> Result<Event, ActionError> {
        let from = self.portal.transition(code, to, at)?;
        Ok(Event::StatusChanged {
            dossier: code.to_owned(),
            from,
            to,
        })
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

    /// The state fingerprint (SHA-256 hex) stored in result files and compared after a
    /// replay: a versioned digest of what the trainee did and what it caused, without
    /// engine-written text. See the `fingerprint` module for what it holds and why.
    pub fn fingerprint(&self) -> String {
        fingerprint::fingerprint(self)
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
}
