//! Degenerate clerks: simple policies that try to score without doing the job.
//!
//! Each [`Policy`] looks at a [`Shift`] and returns the next [`Action`] (or `None` to stop
//! without ending the shift). Apart from the expert (the reference) and the policies
//! built on it on purpose (serving one citizen, answering online dossiers, and
//! [`Policy::NeverGuide`], whose comments say why), they read only what a trainee sees:
//! the citizen at the counter and what they say, their papers as drawn (kind, fields, copy
//! form, signature, seal, legibility, form version, pages), the procedure pages, the portal,
//! the faults on screen, the clock, the answers and hints in the timeline. They never read a
//! case's analysis, the planted defects, the arrival's `expect` or a fault's expected
//! responses.
//!
//! One approximation: the facts of a case (`arrival.facts`) are read as what the citizen
//! says about their case when asked (late registration, acting for someone, an exemption…);
//! they only choose which components apply and the fee, never a disposition.

use std::collections::BTreeSet;
use std::sync::Arc;

use motcua::calendar::ProcessingTime;
use motcua::portal::{Dossier, Status, SyncState};
use motcua::scenario::{
    Channel, CopyForm, DefectKind, FaultKind, Mode, Procedure, Question, Scenario, Submission, Want,
};
use motcua::sim::{Action, CaseRef, Citizen, CitizenState, Claim, Event, FieldRef, Line, Shift};

/// Most actions a policy may take before the runner ends the shift for it (a loop guard).
pub const ACTION_LIMIT: usize = 3_000;

/// A way to play a shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    /// The expert (reads the ground truth): the reference that must pass.
    Expert,
    /// Does nothing at all, not even ending the shift.
    ZeroActions,
    /// Serves the first citizen perfectly (and whatever the expert does before), then ends
    /// the shift.
    ServeOneThenEnd,
    /// The same, then stops without ending the shift.
    ServeOneThenStop,
    /// Answers the online dossiers perfectly, then ends the shift.
    OnlineThenEnd,
    /// The same, then stops without ending the shift.
    OnlineThenStop,
    /// Accepts every dossier without inspecting anything; all else done properly.
    AcceptAll,
    /// Refuses every dossier; all else done properly.
    RefuseAll,
    /// Asks for every component of every dossier; all else done properly.
    SupplementAll,
    /// Asks every question of everyone, then accepts everything.
    AskAllAcceptAll,
    /// The expert's decisions without ever guiding anyone.
    NeverGuide,
    /// Asks for the hint and does what it says (practice only).
    HintReader,
    /// Calls every citizen and sends them off without handling anything.
    DismissAll,
    /// Calls every citizen, gives all the guidance they can use, sends them off unserved.
    GuideOnly,
    /// Flags every kind of defect on every field and area of every paper (and every pair of
    /// fields as differing), so that whatever is wrong is "found"; then the expert's
    /// decisions.
    FlagEverything,
}

impl Policy {
    /// Every policy, the expert first.
    pub const ALL: [Policy; 15] = [
        Policy::Expert,
        Policy::ZeroActions,
        Policy::ServeOneThenEnd,
        Policy::ServeOneThenStop,
        Policy::OnlineThenEnd,
        Policy::OnlineThenStop,
        Policy::AcceptAll,
        Policy::RefuseAll,
        Policy::SupplementAll,
        Policy::AskAllAcceptAll,
        Policy::NeverGuide,
        Policy::HintReader,
        Policy::DismissAll,
        Policy::GuideOnly,
        Policy::FlagEverything,
    ];

    /// The degenerate ones: every policy but the expert.
    pub fn degenerate() -> impl Iterator<Item = Policy> {
        Self::ALL.into_iter().filter(|p| *p != Policy::Expert)
    }

    /// Short name for tables and failure messages.
    pub fn name(self) -> &'static str {
        match self {
            Policy::Expert => "expert",
            Policy::ZeroActions => "zero actions (no EndShift)",
            Policy::ServeOneThenEnd => "serve one citizen, then EndShift",
            Policy::ServeOneThenStop => "serve one citizen, then stop (no EndShift)",
            Policy::OnlineThenEnd => "answer the online dossiers, then EndShift",
            Policy::OnlineThenStop => "answer the online dossiers, then stop (no EndShift)",
            Policy::AcceptAll => "accept everything, all else proper",
            Policy::RefuseAll => "refuse everything, all else proper",
            Policy::SupplementAll => "supplement everything, all else proper",
            Policy::AskAllAcceptAll => "ask every question, then accept all",
            Policy::NeverGuide => "never guide anyone (otherwise expert)",
            Policy::HintReader => "read the practice hint and do it",
            Policy::DismissAll => "call and dismiss everyone",
            Policy::GuideOnly => "guide everyone, serve no one",
            Policy::FlagEverything => "flag everything, then the expert's decisions",
        }
    }

    /// The modes the policy is played in (hints exist only in practice).
    pub fn modes(self) -> &'static [Mode] {
        match self {
            Policy::HintReader => &[Mode::Practice],
            _ => &[Mode::Practice, Mode::Exam],
        }
    }

    /// The next action, or `None` to stop (without ending the shift unless it was ended).
    pub fn next_action(self, shift: &Shift) -> Option<Action> {
        if shift.ended {
            return None;
        }
        let action = self.chosen_action(shift)?;
        // Issue 13, item 2: every clerk logs in before portal work where the scenario has a
        // staff system (the expert does so itself).
        if motcua::sim::needs_session(&action)
            && !shift.portal_session_live()
            && computer_usable(shift)
        {
            return Some(Action::LogIn);
        }
        Some(action)
    }

    /// The policy's own choice, before logging in.
    fn chosen_action(self, shift: &Shift) -> Option<Action> {
        match self {
            Policy::Expert => motcua::expert::next_action(shift),
            Policy::ZeroActions => None,
            Policy::ServeOneThenEnd => serve_one_then(shift, Some(Action::EndShift)),
            Policy::ServeOneThenStop => serve_one_then(shift, None),
            Policy::OnlineThenEnd => online_then(shift, Some(Action::EndShift)),
            Policy::OnlineThenStop => online_then(shift, None),
            Policy::NeverGuide => never_guide(shift),
            Policy::FlagEverything => {
                blanket_flag(shift).or_else(|| motcua::expert::next_action(shift))
            }
            visible => visible_next_action(shift, visible),
        }
    }
}

/// What one run produced.
pub struct Run {
    /// The shift as the policy left it.
    pub shift: Shift,
    /// Actions the engine refused (each followed by a fallback): a bug in the policy.
    pub refused: Vec<String>,
}

/// Plays a shift with a policy. A refused action is noted and followed by a fallback
/// (dismiss the citizen at the counter, else end the shift); a policy that loops is ended
/// after [`ACTION_LIMIT`] actions.
pub fn play(policy: Policy, scenario: Arc<Scenario>, seed: u64, mode: Mode) -> Run {
    let mut shift = Shift::new(scenario, seed, mode);
    let mut refused = Vec::new();
    while !shift.ended {
        if shift.actions.len() >= ACTION_LIMIT {
            refused.push(format!("no end after {ACTION_LIMIT} actions"));
            let _ = shift.apply(Action::EndShift);
            break;
        }
        let Some(action) = policy.next_action(&shift) else {
            break;
        };
        if let Err(error) = shift.apply(action.clone()) {
            refused.push(format!("{action:?}: {error}"));
            let dismissed = shift.counter.is_some() && shift.apply(Action::Dismiss).is_ok();
            if !dismissed && shift.apply(Action::EndShift).is_err() {
                break;
            }
        }
    }
    Run { shift, refused }
}

// ---- Policies built on the expert on purpose -------------------------------------------

/// Whether the expert's action is one that goes on with the day rather than closing the
/// work at hand: calling someone, or waiting for someone to come.
fn moves_on(action: &Action) -> bool {
    matches!(action, Action::CallNext | Action::Wait { .. })
}

/// The strongest "serve one citizen" clerk: the expert (ground truth and all) until the first
/// citizen has been served and their dossier handled, then `last` (ending the shift, or
/// nothing). It reads the truth because its point is that stopping early fails however well
/// the one was served.
fn serve_one_then(shift: &Shift, last: Option<Action>) -> Option<Action> {
    let action = motcua::expert::next_action(shift)?;
    let served = shift
        .citizens
        .iter()
        .any(|c| c.called_at.is_some() && c.state != CitizenState::AtCounter);
    if served && moves_on(&action) {
        last
    } else {
        Some(action)
    }
}

/// The strongest "answer the online dossiers" clerk: the expert until it would call the first
/// citizen or wait for one, then `last`. Reads the truth for the same reason.
fn online_then(shift: &Shift, last: Option<Action>) -> Option<Action> {
    let action = motcua::expert::next_action(shift)?;
    if moves_on(&action) || shift.counter.is_some() {
        last
    } else {
        Some(action)
    }
}

/// The expert's decisions with every piece of guidance left out: it reads the truth on
/// purpose, so that the only difference from the expert is the missing guidance — the
/// point is that guidance must matter.
fn never_guide(shift: &Shift) -> Option<Action> {
    motcua::expert::next_action(shift).map(|action| match action {
        Action::Guide { .. } => Action::Dismiss,
        other => other,
    })
}

// ---- Clerks that see only what a trainee sees -------------------------------------------

/// What a clerk decides for a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Decision {
    Accept,
    Supplement(BTreeSet<String>),
    Refuse(String),
    /// Leave the case unhandled.
    Nothing,
}

fn fault(shift: &Shift, kind: FaultKind) -> bool {
    shift.active_faults().contains(&kind)
}

fn computer_usable(shift: &Shift) -> bool {
    !fault(shift, FaultKind::PowerCut) && !fault(shift, FaultKind::FrozenPc)
}

/// The facts of the case as the citizen tells them (see the module note).
fn told_facts(c: &Citizen) -> &BTreeSet<String> {
    &c.arrival.facts
}

fn visible_next_action(shift: &Shift, policy: Policy) -> Option<Action> {
    if let Some(a) = fault_playbook(shift) {
        return Some(a);
    }
    if let Some(a) = back_office(shift, policy) {
        return Some(a);
    }
    if let Some(i) = shift.counter {
        return Some(serve_counter(shift, i, policy));
    }
    if let Some(a) = motcua::expert::hand_back_step(shift) {
        return Some(a);
    }
    if !shift.queue().is_empty() && shift.now < shift.length() {
        return Some(Action::CallNext);
    }
    // Nobody in the queue: keep the counter open to the end of the shift (a trainee does not
    // know who is still to come), and a while after it for someone waiting for a result.
    let waiting = shift.waiting_for_results().iter().any(|&i| {
        shift.citizens[i].dossiers.iter().any(|code| {
            shift
                .portal
                .dossiers
                .get(code)
                .is_some_and(|d| d.status == Status::Processing)
        })
    });
    let pending_sync = shift.portal.dossiers.values().any(|d| {
        !d.draft
            && d.received_at.is_some()
            && d.sync != SyncState::Synced
            && d.status != Status::NewOnline
    }) && fault(shift, FaultKind::NationalSyncFailure);
    let overtime = shift.length().saturating_add(60 * 60);
    if shift.now < shift.length() || ((waiting || pending_sync) && shift.now < overtime) {
        return Some(Action::Wait { minutes: 5 });
    }
    Some(Action::EndShift)
}

/// Faults as they show on screen, answered by the textbook: telling the queue and the helpdesk,
/// then the remedy (every response the kind of fault admits).
fn fault_playbook(shift: &Shift) -> Option<Action> {
    for f in shift.faults.iter().filter(|f| f.active()) {
        let shows = match f.spec.kind {
            FaultKind::ScannerJam
            | FaultKind::NationalSyncFailure
            | FaultKind::PaymentGatewayDown => f.manifested,
            _ => true,
        };
        if !shows {
            continue;
        }
        // The remedy last: a restarted PC ends the fault before the queue is told.
        let remedy = f.spec.kind.remedy();
        let responses = f.spec.kind.responses().iter();
        let ordered = responses
            .clone()
            .filter(|r| Some(**r) != remedy)
            .chain(responses.filter(|r| Some(**r) == remedy));
        for response in ordered {
            let done = f.responses.contains(response)
                || (f.spec.kind == FaultKind::PowerCut
                    && *response == motcua::scenario::FaultResponse::SwitchToPaper
                    && shift.paper_mode);
            if !done {
                return Some(Action::RespondToFault {
                    response: *response,
                });
            }
        }
    }
    None
}

fn back_office(shift: &Shift, policy: Policy) -> Option<Action> {
    let computer = computer_usable(shift);
    for d in shift.portal.dossiers.values() {
        if let (Some((_, extra)), None, Status::Processing, Some(due)) =
            (&d.delay, &d.apology, d.status, d.due)
            && (computer || shift.paper_mode)
        {
            return Some(Action::SendApology {
                dossier: d.code.clone(),
                new_date: motcua::score::rescheduled_date(shift, due, *extra),
            });
        }
    }
    if !computer {
        return None;
    }
    for d in shift
        .portal
        .dossiers
        .values()
        .filter(|d| d.status == Status::NewOnline)
    {
        if let Some(a) = online_decision(shift, d, policy) {
            return Some(a);
        }
    }
    // Received dossiers: digitize what is still on paper (received during a power cut), then
    // transfer.
    for d in shift.portal.dossiers.values() {
        if d.draft || d.status != Status::Accepted {
            continue;
        }
        if let Some(step) = shift
            .owner_of(d)
            .and_then(|i| digitize_step(shift, i, &d.code))
        {
            return Some(step);
        }
        if let Some(p) = shift.scenario.procedure(&d.procedure) {
            return Some(Action::Transfer {
                dossier: d.code.clone(),
                department: p.department,
            });
        }
    }
    if !fault(shift, FaultKind::NationalSyncFailure) {
        for d in shift.portal.dossiers.values() {
            if !d.draft
                && d.status != Status::NewOnline
                && d.sync != SyncState::Synced
                && d.received_at.is_some()
            {
                return Some(Action::Sync {
                    dossier: d.code.clone(),
                });
            }
        }
    }
    None
}

/// The appointment date for a dossier received now under `procedure`.
fn appointment(shift: &Shift, procedure: &str) -> chrono::NaiveDate {
    let time = shift
        .scenario
        .procedure(procedure)
        .map_or(ProcessingTime::working_days(0), |p| p.processing_time());
    shift.calendar().due(shift.clock(), time).date()
}

/// A refusal ground a clerk who refuses without reading can cite: the procedure's first
/// refusal rule, else an accusation of forgery.
fn any_ground(procedure: Option<&Procedure>) -> String {
    procedure
        .and_then(|p| p.refusals.first())
        .map_or_else(|| "forged".to_owned(), |r| r.id.clone())
}

/// The next flag of a blanket flagger: every kind in every area of every paper of the
/// citizen at the counter, every field with every kind that shows in a field, and every two
/// fields of the same name on two papers as differing.
fn blanket_flag(shift: &Shift) -> Option<Action> {
    let i = shift.counter?;
    let c = &shift.citizens[i];
    let papers = &c.arrival.documents;
    let mut claims = Vec::new();
    for doc in papers {
        for defect in DefectKind::ALL.into_iter().filter(|k| !k.is_mismatch()) {
            if defect.area() == motcua::scenario::PaperArea::Field {
                for key in doc.fields.keys() {
                    claims.push(Claim::OnPaper {
                        document: doc.id.clone(),
                        field: Some(key.clone()),
                        defect,
                    });
                }
            } else {
                claims.push(Claim::OnPaper {
                    document: doc.id.clone(),
                    field: None,
                    defect,
                });
            }
        }
        for other in papers.iter().filter(|o| o.id > doc.id) {
            for key in doc.fields.keys().filter(|k| other.fields.contains_key(*k)) {
                claims.push(Claim::Discrepancy {
                    a: FieldRef {
                        document: doc.id.clone(),
                        field: key.clone(),
                    },
                    b: FieldRef {
                        document: other.id.clone(),
                        field: key.clone(),
                    },
                });
            }
        }
    }
    claims
        .into_iter()
        .map(Claim::normalized)
        .find(|claim| !c.casework.has_flag(claim))
        .map(|claim| Action::Flag { claim })
}

/// A refusal on a defect cites a flag: before refusing on `ground` (a defect id nobody has
/// flagged on the case's papers), the clerk flags it on the first paper — right or not.
fn flag_for_ground(shift: &Shift, case: &CaseRef, ground: &str) -> Option<Action> {
    let defect = DefectKind::ALL.into_iter().find(|d| d.id() == ground)?;
    if shift
        .casework(case)
        .is_some_and(|w| w.supports_ground(ground))
    {
        return None;
    }
    let paper = shift.case_papers(case).first()?;
    let claim = if defect.is_mismatch() {
        let mut keys = paper.fields.keys();
        let field = |key: &String| FieldRef {
            document: paper.id.clone(),
            field: key.clone(),
        };
        Claim::Discrepancy {
            a: field(keys.next()?),
            b: field(keys.next()?),
        }
    } else {
        Claim::OnPaper {
            document: paper.id.clone(),
            field: None,
            defect,
        }
    };
    Some(Action::Flag { claim })
}

fn every_component(procedure: Option<&Procedure>) -> BTreeSet<String> {
    procedure
        .map(|p| p.components.iter().map(|c| c.id.clone()).collect())
        .unwrap_or_default()
}

fn online_decision(shift: &Shift, d: &Dossier, policy: Policy) -> Option<Action> {
    let procedure = shift.scenario.procedure(&d.procedure);
    let decision = match policy {
        Policy::AcceptAll | Policy::AskAllAcceptAll | Policy::HintReader => Decision::Accept,
        Policy::RefuseAll => Decision::Refuse(any_ground(procedure)),
        Policy::SupplementAll => Decision::Supplement(every_component(procedure)),
        _ => Decision::Nothing,
    };
    match decision {
        Decision::Accept => Some(Action::IssueReceipt {
            dossier: d.code.clone(),
            appointment: appointment(shift, &d.procedure),
        }),
        Decision::Supplement(components) => Some(Action::RequestSupplement {
            dossier: Some(d.code.clone()),
            components,
        }),
        Decision::Refuse(ground) => Some(
            flag_for_ground(shift, &CaseRef::Online(d.code.clone()), &ground).unwrap_or(
                Action::Refuse {
                    dossier: Some(d.code.clone()),
                    procedure: d.procedure.clone(),
                    ground,
                },
            ),
        ),
        Decision::Nothing => None,
    }
}

fn serve_counter(shift: &Shift, i: usize, policy: Policy) -> Action {
    let c = &shift.citizens[i];
    let step = match &c.arrival.wants {
        Want::Submit { procedure, .. } => serve_submission(shift, i, procedure, policy),
        Want::Collect { dossier } => {
            let handles = !matches!(policy, Policy::DismissAll | Policy::GuideOnly);
            let id_doc = c
                .arrival
                .documents
                .iter()
                .find(|d| is_identity(shift, &d.kind));
            match id_doc {
                _ if !handles => None,
                Some(doc) if !c.identity_checked.contains(&doc.id) && computer_usable(shift) => {
                    Some(Action::CheckIdentity {
                        document: doc.id.clone(),
                    })
                }
                _ => {
                    let may = !told_facts(c).contains("no_authorization");
                    let ready = shift
                        .portal
                        .dossiers
                        .get(dossier)
                        .is_some_and(|d| d.status == Status::Processed);
                    (may && ready).then(|| Action::ReturnResult {
                        dossier: dossier.clone(),
                    })
                }
            }
        }
        // Issue 13: a supplement brought for a dossier sent back, received with the
        // restarted deadline once the citizen was told (these clerks do not tell anyone).
        Want::BringSupplement { dossier } => {
            let handles = !matches!(policy, Policy::DismissAll | Policy::GuideOnly);
            let d = shift.portal.dossiers.get(dossier);
            let told = d
                .and_then(|d| d.sent_back.as_ref())
                .is_some_and(|s| !s.notices.is_empty() && s.resumed_at.is_none());
            let time = d
                .and_then(|d| shift.scenario.procedure(&d.procedure))
                .map(|p| p.processing_time());
            match time {
                Some(time) if handles && told => Some(Action::ReceiveSupplement {
                    dossier: dossier.clone(),
                    appointment: shift.calendar().due(shift.clock(), time).date(),
                }),
                _ => None,
            }
        }
        Want::Withdraw { dossier } => {
            let handles = !matches!(policy, Policy::DismissAll | Policy::GuideOnly);
            let open = shift
                .portal
                .dossiers
                .get(dossier)
                .is_some_and(|d| d.status.successors().contains(&Status::Withdrawn));
            (handles && open).then(|| Action::RecordWithdrawal {
                dossier: dossier.clone(),
            })
        }
    };
    step.or_else(|| guidance_step(shift, i, policy))
        .unwrap_or(Action::Dismiss)
}

fn guidance_step(shift: &Shift, i: usize, policy: Policy) -> Option<Action> {
    if policy == Policy::DismissAll {
        return None;
    }
    let c = &shift.citizens[i];
    // Who can use which guidance shows on the citizen (their phone, their VNeID level, as
    // they answer) and on the procedure page.
    motcua::score::expected_guidance(shift, i)
        .into_iter()
        .find(|t| !c.guided.contains(t))
        .map(|topic| Action::Guide { topic })
}

fn is_identity(shift: &Shift, kind: &str) -> bool {
    shift
        .scenario
        .catalog
        .document_kinds
        .get(kind)
        .is_some_and(|k| k.identity)
}

fn serve_submission(shift: &Shift, i: usize, procedure: &str, policy: Policy) -> Option<Action> {
    let c = &shift.citizens[i];
    if matches!(policy, Policy::DismissAll | Policy::GuideOnly) {
        return None;
    }
    if policy == Policy::AskAllAcceptAll
        && let Some(question) = Question::ALL.into_iter().find(|q| !c.asked.contains_key(q))
    {
        return Some(Action::Ask { question });
    }
    if policy == Policy::HintReader && shift.mode == Mode::Practice && c.hints == 0 {
        return Some(Action::Hint);
    }
    let computer = computer_usable(shift);
    if computer {
        if let Some(doc) = c
            .arrival
            .documents
            .iter()
            .find(|d| is_identity(shift, &d.kind) && !c.identity_checked.contains(&d.id))
        {
            return Some(Action::CheckIdentity {
                document: doc.id.clone(),
            });
        }
        let state_may_hold = shift.scenario.procedure(procedure).is_some_and(|p| {
            p.components.iter().any(|r| {
                r.state_holds_under
                    .as_deref()
                    .is_some_and(|rule| shift.scenario.rule_in_force(rule))
            })
        });
        if state_may_hold && !c.state_records_checked {
            return Some(Action::LookUpStateRecords);
        }
    }
    let p = shift.scenario.procedure(procedure);
    let decision = match policy {
        Policy::AcceptAll | Policy::AskAllAcceptAll => Decision::Accept,
        Policy::RefuseAll => Decision::Refuse(any_ground(p)),
        Policy::SupplementAll => Decision::Supplement(every_component(p)),
        Policy::HintReader => hint_decision(shift, p),
        _ => Decision::Nothing,
    };
    match decision {
        Decision::Supplement(components) => {
            c.supplements
                .is_empty()
                .then_some(Action::RequestSupplement {
                    dossier: None,
                    components,
                })
        }
        Decision::Refuse(ground) => c.refusals.is_empty().then(|| {
            flag_for_ground(shift, &CaseRef::Citizen(i), &ground).unwrap_or(Action::Refuse {
                dossier: None,
                procedure: procedure.to_owned(),
                ground,
            })
        }),
        Decision::Accept => acceptance_step(shift, i, procedure, computer),
        Decision::Nothing => None,
    }
}

/// What the last hint on screen says to do, read the way a trainee skimming it would: the
/// engine's own hints name the disposition and its list or ground; a hint written by the
/// scenario is read for "refuse" or "ask for" and matched against the procedure page.
fn hint_decision(shift: &Shift, procedure: Option<&Procedure>) -> Decision {
    let hint = shift.timeline.iter().rev().find_map(|t| match &t.event {
        Event::HintGiven { text } => Some(text),
        _ => None,
    });
    let Some(hint) = hint else {
        return Decision::Accept;
    };
    match hint {
        Line::Said(message) => {
            let arg = |name: &str| {
                message
                    .args
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default()
            };
            match message.id.as_str() {
                "hint-supplement" => Decision::Supplement(
                    arg("components")
                        .split(", ")
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect(),
                ),
                "hint-refuse" => Decision::Refuse(arg("ground")),
                _ => Decision::Accept,
            }
        }
        Line::Written(text) => {
            let text = text.get(motcua::text::Lang::En).to_lowercase();
            let words = |s: &str| -> BTreeSet<String> {
                s.to_lowercase()
                    .split(|ch: char| !ch.is_alphanumeric())
                    .filter(|w| w.len() >= 5)
                    .map(str::to_owned)
                    .collect()
            };
            let hint_words = words(&text);
            let overlap = |s: &str| words(s).intersection(&hint_words).count();
            if text.contains("refuse") {
                let ground = procedure
                    .and_then(|p| {
                        p.refusals
                            .iter()
                            .max_by_key(|r| overlap(r.ground.get(motcua::text::Lang::En)))
                    })
                    .map(|r| r.id.clone());
                Decision::Refuse(ground.unwrap_or_else(|| any_ground(procedure)))
            } else if ["ask for", "asked once", "supplement", "must be corrected"]
                .iter()
                .any(|k| text.contains(k))
            {
                let named: BTreeSet<String> = procedure
                    .map(|p| {
                        p.components
                            .iter()
                            .filter(|c| overlap(c.name.get(motcua::text::Lang::En)) > 0)
                            .map(|c| c.id.clone())
                            .collect()
                    })
                    .unwrap_or_default();
                if named.is_empty() {
                    Decision::Supplement(every_component(procedure))
                } else {
                    Decision::Supplement(named)
                }
            } else {
                Decision::Accept
            }
        }
    }
}

fn open_dossier(shift: &Shift, i: usize) -> Option<&Dossier> {
    shift
        .dossier_of(i)
        .filter(|d| d.channel == Channel::Counter)
}

fn acceptance_step(shift: &Shift, i: usize, procedure: &str, computer: bool) -> Option<Action> {
    if !computer && !shift.paper_mode {
        return None;
    }
    let Some(d) = open_dossier(shift, i) else {
        return Some(Action::CreateDossier {
            procedure: procedure.to_owned(),
        });
    };
    if d.draft {
        let c = &shift.citizens[i];
        return Some(
            motcua::expert::applicant_field_step(c, d)
                .or_else(|| digitize_step(shift, i, &d.code))
                .or_else(|| motcua::expert::certify_copy_step(c, d))
                .or_else(|| fee_step(shift, i, d, computer))
                .unwrap_or_else(|| Action::IssueReceipt {
                    dossier: d.code.clone(),
                    appointment: appointment(shift, procedure),
                }),
        );
    }
    if d.status == Status::Accepted
        && computer
        && let Some(p) = shift.scenario.procedure(&d.procedure)
    {
        return Some(Action::Transfer {
            dossier: d.code.clone(),
            department: p.department,
        });
    }
    None
}

/// Which paper goes under which component, as a clerk reads the procedure page: the
/// components that apply to the case as told, less those the state's records showed, each
/// filled by the first paper of an accepted kind (an original before a photocopy). Returns
/// (component, paper, only shown) in the page's order.
fn visible_filling(shift: &Shift, i: usize) -> Vec<(String, Option<String>, bool)> {
    let c = &shift.citizens[i];
    let Some(p) = c
        .procedure()
        .and_then(|code| shift.scenario.procedure(code))
    else {
        return Vec::new();
    };
    let rule = |r: &str| shift.scenario.rule_in_force(r);
    let state_shown: BTreeSet<String> = if c.state_records_checked {
        shift
            .timeline
            .iter()
            .rev()
            .find_map(|t| match &t.event {
                Event::StateRecordsFound { components } => {
                    Some(components.iter().cloned().collect())
                }
                _ => None,
            })
            .unwrap_or_default()
    } else {
        BTreeSet::new()
    };
    let mut used: BTreeSet<&str> = BTreeSet::new();
    let mut filling = Vec::new();
    for component in &p.components {
        if component
            .when
            .as_ref()
            .is_some_and(|w| !w.holds(told_facts(c), &rule))
            || state_shown.contains(&component.id)
        {
            continue;
        }
        let candidates: Vec<_> = c
            .arrival
            .documents
            .iter()
            .filter(|d| component.accepts.contains(&d.kind))
            .filter(|d| component.role.is_none() || d.role == component.role)
            .filter(|d| !used.contains(d.id.as_str()))
            .collect();
        let chosen = candidates
            .iter()
            .find(|d| d.copy != CopyForm::Photocopy)
            .or_else(|| candidates.first())
            .copied();
        if let Some(doc) = chosen {
            used.insert(doc.id.as_str());
            for twin in c
                .arrival
                .documents
                .iter()
                .filter(|d| d.kind == doc.kind && d.copy == CopyForm::Photocopy)
            {
                used.insert(twin.id.as_str());
            }
        }
        filling.push((
            component.id.clone(),
            chosen.map(|d| d.id.clone()),
            component.form == Submission::Show,
        ));
    }
    filling
}

fn digitize_step(shift: &Shift, i: usize, code: &str) -> Option<Action> {
    // The papers as the clerk matched them to components, those only shown left out.
    let papers = visible_filling(shift, i)
        .into_iter()
        .filter(|(_, _, shown)| !shown)
        .filter_map(|(component, doc_id, _)| Some((component, doc_id?)));
    motcua::expert::scan_and_attach_step(shift, i, code, papers)
}

/// The fee from the procedure page: its rule applied to the case as told, the copies asked
/// for and the pages of the first paper.
fn fee_step(shift: &Shift, i: usize, d: &Dossier, computer: bool) -> Option<Action> {
    let c = &shift.citizens[i];
    let p = c
        .procedure()
        .and_then(|code| shift.scenario.procedure(code))?;
    let copies = match &c.arrival.wants {
        Want::Submit { copies, .. } => *copies,
        _ => 0,
    };
    let pages = visible_filling(shift, i)
        .first()
        .and_then(|(_, doc, _)| doc.as_ref())
        .and_then(|id| c.document(id))
        .and_then(|doc| {
            shift
                .scenario
                .catalog
                .document_kinds
                .get(&doc.kind)
                .map(|k| u32::from(doc.page_count(k)))
        })
        .unwrap_or(1);
    let rule = |r: &str| shift.scenario.rule_in_force(r);
    let fee = p.fee.amount(told_facts(c), &rule, false, copies, pages);
    motcua::expert::charge_step(shift, c, d, fee, computer)
}
