//! The citizens of a shift: who comes today (the scenario's arrivals and the seeded
//! generated ones, in arrival order), each with their persona and the ground truth of their
//! case, and what the clerk learns and does with each during the shift.

use std::collections::{BTreeMap, BTreeSet};

use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::{Access, Casework, Correction, GuideTopic, LeaveReason};
use crate::scenario::truth::{self, Analysis, Case};
use crate::scenario::{Arrival, Channel, Document, Persona, Question, Scenario, Want};

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
    /// At the self-service kiosk, submitting online (issue 13).
    AtKiosk,
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
    /// What the clerk did with their papers: looked, compared, flagged.
    pub casework: Casework,
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
    /// Help given to follow the visit, and what reached them without it.
    #[serde(default)]
    pub access: Access,
    /// Corrections made (or declined) on their papers at the counter (issue 13, item 6).
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

impl Citizen {
    /// A citizen not yet arrived, nothing done with them yet.
    fn expected(arrival: Arrival, persona: Persona, analysis: Option<Analysis>) -> Self {
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
            casework: Casework::default(),
            identity_checked: BTreeSet::new(),
            state_records_checked: false,
            guided: BTreeSet::new(),
            supplements: Vec::new(),
            refusals: Vec::new(),
            dossiers: Vec::new(),
            hints: 0,
            unusable_guidance: 0,
            patience_bonus: 0,
            access: Access::default(),
            corrections: Vec::new(),
        }
    }

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

/// The dossiers the scenario's own cases ask to decide, and how many of them must not simply
/// be received (as the scenario declares them).
fn scripted_decisions(scenario: &Scenario) -> crate::scenario::generate::ScriptedDecisions {
    use crate::scenario::Expected;
    let not_received = |e: &Option<Expected>| {
        matches!(e, Some(Expected::Supplement(_)) | Some(Expected::Refuse(_)))
    };
    let submissions = scenario
        .file
        .arrivals
        .iter()
        .filter(|a| matches!(a.wants, Want::Submit { .. }));
    let online = &scenario.file.existing_dossiers;
    crate::scenario::generate::ScriptedDecisions {
        decisions: submissions.clone().count()
            + online.iter().filter(|d| d.expect.is_some()).count(),
        not_to_receive: submissions.filter(|a| not_received(&a.expect)).count()
            + online.iter().filter(|d| not_received(&d.expect)).count(),
    }
}

/// Everyone who comes today, in arrival order: the scenario's arrivals and those its
/// generator draws from `rng`, each with their persona and, for a submission, the ground
/// truth of their case.
pub(super) fn todays_citizens(scenario: &Scenario, rng: &mut ChaCha8Rng) -> Vec<Citizen> {
    let date = scenario.file.shift.date;
    let rule = |r: &str| scenario.rule_in_force(r);
    let mut arrivals: Vec<Arrival> = scenario.file.arrivals.clone();
    if let Some(generated) = &scenario.file.generated {
        arrivals.extend(crate::scenario::generate::generate_varied(
            generated,
            &scenario.catalog,
            date,
            &rule,
            scripted_decisions(scenario),
            rng,
        ));
    }
    // Stable sort: equal times keep scripted order, then generated order.
    arrivals.sort_by_key(|a| a.at);
    arrivals
        .into_iter()
        .map(|arrival| {
            let persona = resolve_persona(scenario, &arrival);
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
            Citizen::expected(arrival, persona, analysis)
        })
        .collect()
}

/// The persona of an arrival with the case's own identity applied; an arrival whose persona
/// is not in the catalog (validation reports it) gets a plain stand-in named by its id.
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
