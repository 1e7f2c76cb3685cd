//! The scenario layer: what a shift at the counter contains, loaded from RON files.
//!
//! A *scenario pack* is a folder (the shipped one is `scenarios/`) holding:
//! - `shared/` — data used by every scenario: `procedures/*.ron`, `documents/*.ron`
//!   (document kinds), `personas/*.ron`, `calendars/*.ron`, `rules.ron` (legal rules that
//!   can be in force);
//! - one folder per scenario with `scenario.ron` and the scripted paths its tests replay.
//!
//! Loading ([`load`]) is two passes: a syntactic pass (RON with `deny_unknown_fields`,
//! size and nesting limits, errors with file, line and column) and a semantic pass
//! ([`validate`]) that checks references, dates, reachability and that each case has exactly
//! one correct disposition ([`truth`]). Generated arrivals come from templates and a seed
//! ([`generate`]). A scenario's content hash ([`hash`]) covers its file and the shared
//! entries it uses, so that stored results survive edits elsewhere in the pack.
//!
//! Glossary: *procedure* — thủ tục hành chính; *component* — thành phần hồ sơ; *case* — one
//! citizen's visit with the papers they carry and the facts of their situation; *disposition*
//! — what the counter must do with the case: receive it, ask once for a supplement, refuse it
//! in writing, hand back a result.

pub mod bundle;
pub mod document;
pub mod generate;
pub mod hash;
pub mod load;
pub mod persona;
pub mod procedure;
pub mod send_back;
pub mod truth;
pub mod validate;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

pub use bundle::{Bundle, BundleMember};
pub use document::{
    CopyForm, CounterCorrection, DefectKind, Document, DocumentKind, FieldKind, FieldSpec, Layout,
    Legibility, PaperArea, PlantedDefect,
};
pub use persona::{Level, Persona, Portrait, Sex, VneidLevel};
pub use procedure::{
    ComponentRule, Condition, FeeRule, OnlineLevel, Procedure, RefusalRule, ResultChannels,
    SlipFamily, Submission,
};
pub use send_back::SendBackDecision;

use crate::calendar::{Calendar, ClockTime, WorkingCalendar};
use crate::text::LocalizedText;
/// The shared vocabulary, also reachable from here (see [`crate::vocabulary`]).
pub use crate::vocabulary::{
    Channel, Department, FaultKind, FaultResponse, Mode, Question, ResultChannel,
};

/// The scenario file format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// A legal rule that a scenario can put in force (e.g. Decree 280/2025 on not demanding
/// papers already on VNeID). Listed in `shared/rules.ron`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegalRule {
    /// Identifier used by conditions and `rules_in_force`.
    pub id: String,
    /// Short title.
    pub title: LocalizedText,
    /// Legal citation.
    pub cite: String,
    /// Date it took effect in reality, if known.
    #[serde(default)]
    pub effective: Option<NaiveDate>,
    /// False when not confirmed by a retrieved source.
    pub confirmed: bool,
    /// Source.
    #[serde(default)]
    pub source: String,
}

/// Data shared by every scenario of a pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Catalog {
    /// Procedures by code.
    pub procedures: BTreeMap<String, Procedure>,
    /// Document kinds by id.
    pub document_kinds: BTreeMap<String, DocumentKind>,
    /// Personas by id.
    pub personas: BTreeMap<String, Persona>,
    /// Calendars by id.
    pub calendars: BTreeMap<String, Calendar>,
    /// Legal rules by id.
    pub rules: BTreeMap<String, LegalRule>,
    /// Inter-agency bundles by id (issue 13, item 4).
    #[serde(default)]
    pub bundles: BTreeMap<String, Bundle>,
}

/// Scenario metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// Format version; must equal [`FORMAT_VERSION`].
    pub version: u32,
    /// Identifier, equal to the folder name.
    pub id: String,
    /// Title.
    pub title: LocalizedText,
    /// One-paragraph briefing shown before the shift.
    pub briefing: LocalizedText,
    /// 1 (tutorial) to 5 (exam).
    pub difficulty: u8,
    /// What the trainee should learn.
    #[serde(default)]
    pub objectives: Vec<LocalizedText>,
    /// Position in the self-study curriculum (lower first); scenarios with equal order are
    /// sorted by id.
    #[serde(default)]
    pub order: u32,
    /// Scenario that must be passed before this one unlocks.
    #[serde(default)]
    pub requires: Option<String>,
    /// Author.
    #[serde(default)]
    pub author: String,
}

/// When and where the shift happens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShiftSpec {
    /// The date of the shift.
    pub date: NaiveDate,
    /// Opening time.
    pub start: ClockTime,
    /// Length in minutes.
    pub minutes: u32,
    /// Calendar id from `shared/calendars`.
    pub calendar: String,
    /// Name of the commune or ward centre.
    pub centre: LocalizedText,
    /// Unit code printed in dossier codes (e.g. `000.12.34.H42`).
    pub unit_code: String,
}

/// A legal rule in force from a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleInForce {
    /// Rule id from `shared/rules.ron`.
    pub rule: String,
    /// In force from this date.
    pub from: NaiveDate,
}

/// What a citizen comes for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Want {
    /// Submit a dossier for a procedure.
    Submit {
        /// Procedure code.
        procedure: String,
        /// Copies wanted (certified copies, extracts); 0 = not applicable.
        #[serde(default)]
        copies: u32,
    },
    /// Collect the result of a dossier already in the portal.
    Collect {
        /// Dossier code.
        dossier: String,
    },
    /// Withdraw a dossier already in the portal.
    Withdraw {
        /// Dossier code.
        dossier: String,
    },
    /// Bring what a department asked for when it sent a dossier back (issue 13): the
    /// dossier resumes and its deadline restarts.
    BringSupplement {
        /// Dossier code.
        dossier: String,
    },
}

/// A citizen who comes at a fixed time with a fixed case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Arrival {
    /// Identifier unique in the scenario (e.g. `c1`).
    pub id: String,
    /// When they walk in.
    pub at: ClockTime,
    /// Persona id.
    pub persona: String,
    /// What they want.
    pub wants: Want,
    /// What they say first.
    pub opening: LocalizedText,
    /// The papers they carry, in the order they hand them over.
    #[serde(default)]
    pub documents: Vec<Document>,
    /// Facts of the case (`proxy`, `close_relative`, `late_registration`, `exempt`…).
    #[serde(default)]
    pub facts: BTreeSet<String>,
    /// Answers to questions; unanswered questions get a default from the persona.
    #[serde(default)]
    pub answers: BTreeMap<Question, LocalizedText>,
    /// Papers the state already holds for this case (component ids), readable from the
    /// population database or VNeID when the matching rule is in force.
    #[serde(default)]
    pub state_holds: BTreeSet<String>,
    /// Practice-mode hint.
    #[serde(default)]
    pub hint: Option<LocalizedText>,
    /// The disposition the author intends; the semantic pass checks it.
    #[serde(default)]
    pub expect: Option<Expected>,
    /// The citizen's own identity when it differs from the persona's (generated citizens
    /// keep an archetype's traits under a new name).
    #[serde(default)]
    pub identity: Option<Identity>,
    /// Roles played by the same person, e.g. `{"mother": "applicant"}`: the mother's fields
    /// on the birth notice are then checked against the applicant's own ID card.
    #[serde(default)]
    pub same_person: BTreeMap<String, String>,
}

/// Name, birth date and ID number of a citizen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Identity {
    /// Full name.
    pub name: String,
    /// Date of birth.
    pub birth_date: NaiveDate,
    /// 12-digit number.
    pub id_number: String,
}

/// The author's intended disposition, checked against [`truth`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Expected {
    /// Receive the dossier.
    Accept,
    /// Ask once for exactly these components.
    Supplement(BTreeSet<String>),
    /// Refuse on this ground id (refusal rule id or defect id).
    Refuse(String),
    /// Hand back the result.
    Return,
    /// Do not hand the result over (no authorisation): explain what is needed.
    Decline,
    /// Record the withdrawal.
    Withdraw,
}

/// A dossier already in the portal when the shift starts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExistingDossier {
    /// Dossier code.
    pub code: String,
    /// Procedure code.
    pub procedure: String,
    /// Applicant persona id.
    pub applicant: String,
    /// Counter or online.
    pub channel: Channel,
    /// Status at the start of the shift.
    pub status: crate::vocabulary::Status,
    /// When it was received.
    pub received: NaiveDateTime,
    /// Papers (e-copies for online dossiers).
    #[serde(default)]
    pub documents: Vec<Document>,
    /// Facts of the case.
    #[serde(default)]
    pub facts: BTreeSet<String>,
    /// Papers the state holds (see [`Arrival::state_holds`]).
    #[serde(default)]
    pub state_holds: BTreeSet<String>,
    /// The fee was already paid.
    #[serde(default)]
    pub paid: bool,
    /// For online dossiers awaiting acceptance: the intended disposition.
    #[serde(default)]
    pub expect: Option<Expected>,
    /// Roles played by the same person (see [`Arrival::same_person`]).
    #[serde(default)]
    pub same_person: BTreeMap<String, String>,
    /// Received as this inter-agency bundle (issue 13, item 4): transferred to each of its
    /// bodies when received; its result is ready when every body's is back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bundle: Option<String>,
}

/// Something the handling department does during the shift.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DepartmentEvent {
    /// When the counter hears of it.
    pub at: ClockTime,
    /// Dossier code.
    pub dossier: String,
    /// What happens.
    pub kind: DepartmentEventKind,
}

/// What a department reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum DepartmentEventKind {
    /// The result will be late: the counter must send the apology-and-reschedule slip
    /// before the due moment (rule 5).
    Delay {
        /// Why (verification with another commune…).
        reason: LocalizedText,
        /// Extra working days needed.
        extra_days: u32,
    },
    /// The result is ready to hand back.
    ResultReady,
    /// The handling officer sends the dossier back: a supplement is needed or it must be
    /// refused; the counter informs the citizen once, exactly as decided, and syncs.
    SendBack {
        /// The handling officer's reason, as written to the counter.
        reason: LocalizedText,
        /// What the department decided.
        decision: SendBackDecision,
        /// Minutes of the shift the counter has to inform the citizen. No legal limit was
        /// found (rules.ron `send-back-notice`, unconfirmed): the scenario's author sets it.
        inform_within_minutes: u32,
    },
    /// One body of an inter-agency bundle dossier reports its result (issue 13, item 4);
    /// the bundle's result is ready when every body's is back.
    BodyResult {
        /// The body.
        department: Department,
    },
}

/// A fault that happens during the shift.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FaultEvent {
    /// When it starts.
    pub at: ClockTime,
    /// What fails.
    pub kind: FaultKind,
    /// How long it lasts (ignored for faults the clerk clears: jam, frozen PC).
    #[serde(default)]
    pub minutes: u32,
    /// Responses the trainee is scored on.
    pub expected: Vec<FaultResponse>,
}

/// Weights of the five rubric dimensions; they sum to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    /// Intake accuracy.
    pub intake: u32,
    /// Digitization quality.
    pub digitization: u32,
    /// Compliance and timeliness.
    pub compliance: u32,
    /// Guiding citizens toward online services.
    pub guidance: u32,
    /// Service quality (waiting, courtesy, satisfaction).
    pub service: u32,
}

impl Default for Rubric {
    fn default() -> Self {
        Self {
            intake: 30,
            digitization: 20,
            compliance: 25,
            guidance: 10,
            service: 15,
        }
    }
}

impl Rubric {
    /// The weights in dimension order (intake, digitization, compliance, guidance, service).
    pub fn weights(&self) -> [u32; 5] {
        [
            self.intake,
            self.digitization,
            self.compliance,
            self.guidance,
            self.service,
        ]
    }

    /// Sum of the weights (in `u64`: five `u32` weights cannot overflow it).
    pub fn total(&self) -> u64 {
        self.weights().iter().copied().map(u64::from).sum()
    }
}

/// A template for generated arrivals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArrivalTemplate {
    /// Procedure code.
    pub procedure: String,
    /// Relative weight among templates.
    #[serde(default = "one_u32")]
    pub weight: u32,
    /// Persona ids to draw the citizen's traits from (name, dates and numbers are new).
    pub personas: Vec<String>,
    /// Fact sets to draw from (each equally likely); empty = no facts.
    #[serde(default)]
    pub fact_sets: Vec<BTreeSet<String>>,
    /// Defects that may be planted, with weights; how many depends on difficulty.
    #[serde(default)]
    pub defects: Vec<(DefectKind, u32)>,
    /// Copies wanted, for copy procedures.
    #[serde(default)]
    pub copies: u32,
}

fn one_u32() -> u32 {
    1
}

/// Seeded generated arrivals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Generated {
    /// How many citizens.
    pub count: u32,
    /// Earliest arrival.
    pub from: ClockTime,
    /// Latest arrival.
    pub until: ClockTime,
    /// 0.0 (clean dossiers) to 1.0 (most have subtle defects).
    pub difficulty: f32,
    /// Templates to draw from.
    pub templates: Vec<ArrivalTemplate>,
}

/// A scripted path the scenario's tests replay.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathTest {
    /// Name shown in test output.
    pub name: String,
    /// Script file relative to the scenario folder (a RON list of actions).
    pub script: String,
    /// Seed.
    pub seed: u64,
    /// Mode.
    #[serde(default)]
    pub mode: Mode,
    /// Minimum total score (expert paths: at least 95).
    #[serde(default)]
    pub min_score: Option<f64>,
    /// Maximum total score (careless paths).
    #[serde(default)]
    pub max_score: Option<f64>,
    /// Critical errors that must be raised (ids such as `accepted-defective`).
    #[serde(default)]
    pub expect_critical: Vec<String>,
}

/// The scenario's own tests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ScenarioTests {
    /// Paths an expert takes (score ≥ 95).
    pub expert: Vec<PathTest>,
    /// Careless paths (must raise the named critical errors).
    pub careless: Vec<PathTest>,
}

/// A scenario as written in `scenario.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    /// Metadata.
    pub meta: Meta,
    /// Date, hours, calendar.
    pub shift: ShiftSpec,
    /// Legal rules in force.
    #[serde(default)]
    pub rules_in_force: Vec<RuleInForce>,
    /// Scripted arrivals.
    #[serde(default)]
    pub arrivals: Vec<Arrival>,
    /// Generated arrivals.
    #[serde(default)]
    pub generated: Option<Generated>,
    /// Dossiers already in the portal.
    #[serde(default)]
    pub existing_dossiers: Vec<ExistingDossier>,
    /// Department events.
    #[serde(default)]
    pub department_events: Vec<DepartmentEvent>,
    /// Faults.
    #[serde(default)]
    pub faults: Vec<FaultEvent>,
    /// Rubric weights.
    #[serde(default)]
    pub rubric: Rubric,
    /// The scenario's tests.
    #[serde(default)]
    pub tests: ScenarioTests,
    /// The clerk's own side of the information system (issue 13, item 2): when present, the
    /// portal session starts logged out, times out, and every scan is signed. Absent from
    /// older scenarios, which keep their behaviour (and their content hash).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_system: Option<StaffSystem>,
}

/// The clerk's staff account on the provincial information system ("iGate") and their
/// personal digital signature, for scenarios that practise them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StaffSystem {
    /// Minutes without a portal action after which the session ends and the clerk must log
    /// in again (a provincial setting).
    pub session_timeout_minutes: u32,
    /// False when the timeout is not confirmed by a retrieved source.
    pub confirmed: bool,
    /// Where the facts come from; what is unconfirmed.
    pub source: String,
    /// Each result that becomes ready is digitized into the citizen's electronic data store
    /// before it is handed back (issue 13, item 3).
    #[serde(default)]
    pub digitize_results: bool,
}

/// A loaded, validated scenario with the shared data it uses.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// The scenario file.
    pub file: ScenarioFile,
    /// Shared data.
    pub catalog: std::sync::Arc<Catalog>,
    /// Folder it was loaded from (for scripts).
    pub dir: PathBuf,
    /// SHA-256 of the scenario and the shared entries it uses, hex ([`hash::content_hash`]).
    pub content_hash: String,
    /// Where its files come from (disk or the built-in pack).
    pub source: load::Source,
}

impl Scenario {
    /// Where one of the scenario's files is (e.g. a test path's script), on disk or in the
    /// built-in pack; read scripts with [`crate::sim::read_script`].
    pub fn file_path(&self, file: &str) -> PathBuf {
        self.dir.join(file)
    }

    /// Scenario id.
    pub fn id(&self) -> &str {
        &self.file.meta.id
    }

    /// The rules in force on the shift date, with their start dates.
    pub fn rules_in_force(&self) -> BTreeMap<String, NaiveDate> {
        self.file
            .rules_in_force
            .iter()
            .filter(|r| r.from <= self.file.shift.date)
            .map(|r| (r.rule.clone(), r.from))
            .collect()
    }

    /// True when the rule is in force on the shift date.
    pub fn rule_in_force(&self, rule: &str) -> bool {
        self.file
            .rules_in_force
            .iter()
            .any(|r| r.rule == rule && r.from <= self.file.shift.date)
    }

    /// The working calendar with the rules in force applied.
    pub fn working_calendar(&self) -> WorkingCalendar {
        match self.catalog.calendars.get(&self.file.shift.calendar) {
            Some(cal) => WorkingCalendar::new(cal, &self.rules_in_force()),
            None => WorkingCalendar::new(
                &Calendar {
                    id: String::new(),
                    name: LocalizedText::default(),
                    office_hours: Default::default(),
                    days_off: vec![],
                    make_up_working_days: vec![],
                    optional_days_off: vec![],
                    covers: None,
                },
                &BTreeMap::new(),
            ),
        }
    }

    /// Moment of shift start.
    pub fn start(&self) -> NaiveDateTime {
        self.file.shift.start.on(self.file.shift.date)
    }

    /// A procedure by code.
    pub fn procedure(&self, code: &str) -> Option<&Procedure> {
        self.catalog.procedures.get(code)
    }

    /// An inter-agency bundle by id.
    pub fn bundle(&self, id: &str) -> Option<&Bundle> {
        self.catalog.bundles.get(id)
    }
}
