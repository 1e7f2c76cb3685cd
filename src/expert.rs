//! The expert: a policy that plays a shift the way the rules want it played.
//!
//! [`next_action`] looks at a [`Shift`] — including the ground truth of each case — and
//! returns the action an expert clerk would take now: respond to faults, apologise for
//! delays before they bite, answer online dossiers, serve the citizen at the counter by the
//! one correct disposition (check identity, digitize every submitted page, charge the right
//! fee, write the right date, transfer and sync), guide them online, hand back results,
//! call the next citizen, close the shift. It is used to produce the expert path of
//! generated scenarios, to show the expert's path beside the trainee's in the debrief, and
//! to check that scenarios are winnable. It never reads the trainee's mind: it only reads
//! state, so it can take over from any point ("play again from here").

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::calendar::ProcessingTime;
use crate::portal::{Dossier, Status, SyncState};
use crate::scenario::truth::{Analysis, Disposition, Finding};
use crate::scenario::{
    Channel, CopyForm, DefectKind, FaultKind, Mode, Question, ResultChannel, Scenario, Want,
};
use crate::sim::{
    Action, ActionError, CaseRef, Citizen, CitizenState, Claim, ColorMode, DossierField, FieldRef,
    Help, KioskOutcome, PaymentMethod, ScanProblem, ScanSettings, Shift, claim_finds,
};

/// Settings an expert scans with: 300 dpi, colour, both sides.
pub const EXPERT_SCAN: ScanSettings = ScanSettings {
    dpi: 300,
    color: ColorMode::Color,
    duplex: true,
};

/// Most actions an expert shift may take (a guard against a policy loop).
pub const MAX_ACTIONS: usize = 5_000;

/// Why the expert could not play a shift to its end. Either is a bug in the policy (or a
/// scenario that validation should have rejected), never the trainee's doing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExpertError {
    /// The policy proposed an action the engine refused.
    #[error("the expert's action #{index} {action:?} was refused: {error}")]
    IllegalMove {
        /// Index the action would have had in the shift's log.
        index: usize,
        /// The refused action.
        action: Box<Action>,
        /// Why the engine refused it.
        error: ActionError,
    },
    /// The policy had not ended the shift after [`MAX_ACTIONS`] actions (a loop).
    #[error("the expert did not end the shift within {MAX_ACTIONS} actions")]
    TooManyActions,
}

/// Plays a whole shift as the expert; returns the finished shift and its actions.
pub fn play(
    scenario: Arc<Scenario>,
    seed: u64,
    mode: Mode,
) -> Result<(Shift, Vec<Action>), ExpertError> {
    let mut shift = Shift::new(scenario, seed, mode);
    finish(&mut shift)?;
    let actions = shift.actions.iter().map(|(_, a)| a.clone()).collect();
    Ok((shift, actions))
}

/// Plays on from the current state to the end of the shift (`shift.ended` is then true).
///
/// Fails loudly on the first action the engine refuses — the shift is left as it was
/// before that action — and when the policy loops.
pub fn finish(shift: &mut Shift) -> Result<(), ExpertError> {
    for _ in 0..MAX_ACTIONS {
        let Some(action) = next_action(shift) else {
            return Ok(());
        };
        if let Err(error) = shift.apply(action.clone()) {
            return Err(ExpertError::IllegalMove {
                index: shift.actions.len(),
                action: Box::new(action),
                error,
            });
        }
    }
    if shift.ended {
        Ok(())
    } else {
        Err(ExpertError::TooManyActions)
    }
}

fn expected_fault_responses(shift: &Shift) -> Option<Action> {
    for f in shift.faults.iter().filter(|f| f.active()) {
        if f.spec.kind == FaultKind::ScannerJam && !f.manifested {
            continue;
        }
        if f.spec.kind == FaultKind::NationalSyncFailure && !f.manifested {
            continue;
        }
        if f.spec.kind == FaultKind::PaymentGatewayDown && !f.manifested {
            continue;
        }
        if f.spec.kind == FaultKind::SignatureCertificateExpired && !f.manifested {
            continue;
        }
        for response in &f.spec.expected {
            if !f.responses.contains(response) {
                return Some(Action::RespondToFault {
                    response: *response,
                });
            }
        }
        // A fault that stops the counter gets its remedy even if the scenario forgot to
        // expect it (paper mode, once on, is already the remedy of a power cut).
        if f.spec.kind.blocks_work()
            && let Some(remedy) = f.spec.kind.remedy()
            && !(f.spec.kind == FaultKind::PowerCut && shift.paper_mode)
        {
            return Some(Action::RespondToFault { response: remedy });
        }
    }
    None
}

fn fault(shift: &Shift, kind: FaultKind) -> bool {
    shift.active_faults().contains(&kind)
}

fn computer_usable(shift: &Shift) -> bool {
    !fault(shift, FaultKind::PowerCut) && !fault(shift, FaultKind::FrozenPc)
}

fn back_office(shift: &Shift) -> Option<Action> {
    let computer = computer_usable(shift);
    // Delays: apologise before the due moment.
    for d in shift.portal.dossiers.values() {
        if let (Some((_, extra)), None, Status::Processing, Some(due)) =
            (&d.delay, &d.apology, d.status, d.due)
            && (computer || shift.paper_mode)
        {
            let new_date = crate::score::rescheduled_date(shift, due, *extra);
            return Some(Action::SendApology {
                dossier: d.code.clone(),
                new_date,
            });
        }
    }
    if (computer || shift.paper_mode)
        && let Some(a) = send_back_notice(shift)
    {
        return Some(a);
    }
    if !computer {
        return None;
    }
    // Online dossiers awaiting acceptance.
    for (code, truth) in &shift.online_truth {
        let Some(d) = shift.portal.dossiers.get(code) else {
            continue;
        };
        if d.status != Status::NewOnline {
            continue;
        }
        if let Some(step) = flag_step(shift, &CaseRef::Online(code.clone()), truth) {
            return Some(step);
        }
        return Some(answer_online(shift, d, &truth.disposition));
    }
    if let Some(step) = kiosk_inbox_step(shift) {
        return Some(step);
    }
    // Digitize papers kept from a dossier received on paper during a power cut.
    for d in shift
        .portal
        .dossiers
        .values()
        .filter(|d| d.paper_logged && !d.draft)
    {
        if let Some(action) = digitize_step(shift, shift.owner_of(d)?, &d.code) {
            return Some(action);
        }
    }
    // Received dossiers: transfer, then sync every status change.
    for d in shift.portal.dossiers.values() {
        if d.draft
            || d.channel == Channel::Counter
                && shift.owner_of(d).is_some_and(|i| shift.counter == Some(i))
                && d.status == Status::Accepted
                && !ready_to_transfer(shift, d)
        {
            continue;
        }
        if d.status == Status::Accepted
            && !transfer_on_hold(shift, d)
            && let Some(p) = shift.scenario.procedure(&d.procedure)
        {
            return Some(Action::Transfer {
                dossier: d.code.clone(),
                department: p.department,
            });
        }
    }
    if !fault(shift, FaultKind::NationalSyncFailure) {
        for d in shift.portal.dossiers.values() {
            let synced_status = !matches!(d.status, Status::NewOnline);
            if !d.draft && synced_status && d.sync != SyncState::Synced && d.received_at.is_some() {
                return Some(Action::Sync {
                    dossier: d.code.clone(),
                });
            }
        }
    }
    None
}

/// Check the citizen's identity card against the population database first, when the
/// computer works and it was not checked yet (someone collecting a result or bringing a
/// supplement).
fn identity_check_step(shift: &Shift, c: &Citizen) -> Option<Action> {
    let doc = c.arrival.documents.iter().find(|d| {
        shift
            .scenario
            .catalog
            .document_kinds
            .get(&d.kind)
            .is_some_and(|k| k.identity)
    })?;
    (!c.identity_checked.contains(&doc.id) && computer_usable(shift)).then(|| {
        Action::CheckIdentity {
            document: doc.id.clone(),
        }
    })
}

/// Issue 13: the citizen brings what the department asked for — check the card, then
/// receive it with the restarted deadline on the new receipt.
fn supplement_step(shift: &Shift, i: usize, dossier: &str) -> Option<Action> {
    if let Some(check) = identity_check_step(shift, &shift.citizens[i]) {
        return Some(check);
    }
    let d = shift.portal.dossiers.get(dossier)?;
    let waiting = d
        .sent_back
        .as_ref()
        .is_some_and(|s| !s.notices.is_empty() && s.resumed_at.is_none());
    if !waiting || d.status != Status::SupplementRequested {
        return None;
    }
    let time = shift.scenario.procedure(&d.procedure)?.processing_time();
    Some(Action::ReceiveSupplement {
        dossier: dossier.to_owned(),
        appointment: shift.calendar().due(shift.clock(), time).date(),
    })
}

/// Issue 13, departments sending a dossier back: tell the citizen at once, and once,
/// exactly what the department decided (the sync follows with the other dossiers).
fn send_back_notice(shift: &Shift) -> Option<Action> {
    shift.portal.dossiers.values().find_map(|d| {
        let sent = d.sent_back.as_ref().filter(|s| s.notices.is_empty())?;
        Some(match &sent.decision {
            crate::scenario::SendBackDecision::Supplement { components } => {
                Action::NotifySendBack {
                    dossier: d.code.clone(),
                    components: components.clone(),
                    ground: None,
                }
            }
            crate::scenario::SendBackDecision::Refuse { ground } => Action::NotifySendBack {
                dossier: d.code.clone(),
                components: Default::default(),
                ground: Some(ground.clone()),
            },
        })
    })
}

fn ready_to_transfer(shift: &Shift, d: &Dossier) -> bool {
    // A paper-logged dossier is transferred once digitized.
    shift
        .owner_of(d)
        .is_none_or(|i| digitize_step(shift, i, &d.code).is_none())
}

/// The next digitization step for a citizen's dossier, if any.
fn digitize_step(shift: &Shift, i: usize, code: &str) -> Option<Action> {
    let truth = shift.citizens[i].analysis.as_ref()?;
    scan_and_attach_step(shift, i, code, truth.to_digitize(Channel::Counter))
}

/// The next step to digitize citizen `i`'s counter dossier `code`, given which paper goes
/// under which component (`(component, paper id)`): scan a paper until its pages (and sticky
/// notes) are all imaged, attach each usable scan. `None` when all is attached, or nothing
/// can be done now (power cut, frozen PC). Reads only what the clerk sees: the papers, the
/// scans and the dossier.
pub fn scan_and_attach_step(
    shift: &Shift,
    i: usize,
    code: &str,
    papers: impl IntoIterator<Item = (String, String)>,
) -> Option<Action> {
    if fault(shift, FaultKind::PowerCut) {
        return None;
    }
    let c = &shift.citizens[i];
    let d = shift.portal.dossiers.get(code)?;
    if d.channel != Channel::Counter {
        return None;
    }
    for (component, doc_id) in papers {
        let doc = c.document(&doc_id)?;
        let kind = shift.scenario.catalog.document_kinds.get(&doc.kind)?;
        let needed = u32::from(doc.page_count(kind)) + u32::from(doc.sticky_notes);
        let attached: Vec<u32> = d.attachments.get(&component).cloned().unwrap_or_default();
        let images: u32 = attached
            .iter()
            .filter_map(|n| n.checked_sub(1).and_then(|k| shift.scans.get(k as usize)))
            .map(|s| u32::from(s.images))
            .sum();
        if images >= needed {
            continue;
        }
        let spare = shift.scans.iter().find(|s| {
            s.document == doc_id
                && s.citizen == i
                && !attached.contains(&s.number)
                && !s.problems.iter().any(|p| *p != ScanProblem::Unreadable)
        });
        if fault(shift, FaultKind::FrozenPc) {
            return None;
        }
        return Some(match spare {
            Some(scan) => Action::Attach {
                dossier: code.to_owned(),
                scan: scan.number,
                component,
            },
            None => Action::Scan {
                document: doc_id,
                settings: EXPERT_SCAN,
            },
        });
    }
    None
}

fn guidance_step(shift: &Shift, i: usize) -> Option<Action> {
    let c = &shift.citizens[i];
    crate::score::expected_guidance(shift, i)
        .into_iter()
        .find(|t| !c.guided.contains(t))
        .map(|topic| Action::Guide { topic })
}

fn open_dossier(shift: &Shift, i: usize) -> Option<&Dossier> {
    shift
        .dossier_of(i)
        .filter(|d| d.channel == Channel::Counter)
}

/// The next step with a citizen who submits a dossier: identity and state records first
/// (rule 7), then the one correct disposition of the case.
fn serve_submission(shift: &Shift, i: usize, procedure: &str) -> Option<Action> {
    let c = &shift.citizens[i];
    let truth = c.analysis.as_ref()?;
    let computer = computer_usable(shift);
    if let Some(step) = kiosk_step(shift, i) {
        return Some(step);
    }
    if computer && let Some(step) = identity_step(shift, c, truth) {
        return Some(step);
    }
    if let Some(step) = flag_step(shift, &CaseRef::Citizen(i), truth) {
        return Some(step);
    }
    if let Some(step) = correction_step(c, truth) {
        return Some(step);
    }
    match &truth.disposition {
        Disposition::Supplement(components) => {
            c.supplements.is_empty().then(|| Action::RequestSupplement {
                dossier: None,
                components: components.clone(),
            })
        }
        Disposition::Refuse(ground) => c.refusals.is_empty().then(|| Action::Refuse {
            dossier: None,
            procedure: procedure.to_owned(),
            ground: ground.clone(),
        }),
        Disposition::Accept => acceptance_step(shift, i, procedure, computer),
    }
}

/// Issue 13, item 6: the next slip the citizen may correct at the counter that they have not
/// corrected yet — before receiving the dossier, or before sending them home for another
/// paper (ask once: settle at the counter what can be settled there). Not on a case that is
/// refused anyway.
pub fn correction_step(c: &Citizen, truth: &Analysis) -> Option<Action> {
    if matches!(truth.disposition, Disposition::Refuse(_)) {
        return None;
    }
    truth
        .findings
        .iter()
        .filter(|f| f.correctable)
        .find(|f| !c.corrections.iter().any(|done| done.cures(f)))
        .and_then(|f| {
            Some(Action::CorrectOnTheSpot {
                document: f.document.clone()?,
                field: match f.defect {
                    Some(DefectKind::MissingSignature) => None,
                    _ => Some(f.field.clone()?),
                },
            })
        })
}

/// Flagging the next defect visible on the case's papers that no flag has found yet: the
/// expert flags exactly what is wrong, nothing else.
pub fn flag_step(shift: &Shift, case: &CaseRef, truth: &Analysis) -> Option<Action> {
    let papers = shift.case_papers(case);
    let flags = shift.casework(case).map_or(&[][..], |w| w.flags.as_slice());
    truth
        .visible_defects()
        .into_iter()
        .filter(|f| !flags.iter().any(|flag| claim_finds(&flag.claim, f, papers)))
        .find_map(claim_for)
        .map(|claim| Action::Flag { claim })
}

/// The claim that finds a finding: a discrepancy between the two fields of a disagreement,
/// else the defect on its paper (and field).
pub fn claim_for(f: &Finding) -> Option<Claim> {
    let kind = f.defect?;
    let document = f.document.clone()?;
    if kind.is_mismatch() {
        return Some(Claim::Discrepancy {
            a: FieldRef {
                document,
                field: f.field.clone()?,
            },
            b: FieldRef {
                document: f.other_document.clone()?,
                field: f.other_field.clone()?,
            },
        });
    }
    Some(Claim::OnPaper {
        document,
        field: f.field.clone(),
        defect: kind,
    })
}

/// Checking every identity paper among the components, then the state's records when the
/// case needs data the state holds.
fn identity_step(shift: &Shift, c: &Citizen, truth: &Analysis) -> Option<Action> {
    for doc in truth.components.iter().filter_map(|(_, doc)| doc.as_ref()) {
        let identity = c
            .document(doc)
            .and_then(|d| shift.scenario.catalog.document_kinds.get(&d.kind))
            .is_some_and(|k| k.identity);
        if identity && !c.identity_checked.contains(doc) {
            return Some(Action::CheckIdentity {
                document: doc.clone(),
            });
        }
    }
    (!truth.state_held.is_empty() && !c.state_records_checked).then_some(Action::LookUpStateRecords)
}

/// Receiving an acceptable dossier: open it, complete it up to the receipt, then transfer it
/// to its department. Without a computer only in paper mode.
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
        return Some(draft_step(shift, i, d, procedure, computer));
    }
    if d.status == Status::Accepted
        && computer
        && !transfer_on_hold(shift, d)
        && let Some(p) = shift.scenario.procedure(&d.procedure)
    {
        return Some(Action::Transfer {
            dossier: d.code.clone(),
            department: p.department,
        });
    }
    None
}

/// The next step on a draft dossier, in order: the applicant's fields, digitization,
/// certified copies, the fee, and last the receipt with the due date.
fn draft_step(shift: &Shift, i: usize, d: &Dossier, procedure: &str, computer: bool) -> Action {
    let c = &shift.citizens[i];
    applicant_field_step(c, d)
        .or_else(|| digitize_step(shift, i, &d.code))
        .or_else(|| e_copy_step(shift, i, d))
        .or_else(|| certify_copy_step(c, d))
        .or_else(|| fee_step(shift, c, d, computer))
        .unwrap_or_else(|| {
            let time = shift
                .scenario
                .procedure(procedure)
                .map_or(ProcessingTime::working_days(0), |p| p.processing_time());
            Action::IssueReceipt {
                dossier: d.code.clone(),
                appointment: shift.calendar().due(shift.clock(), time).date(),
            }
        })
}

/// The applicant's name and ID number, as on their papers.
pub fn applicant_field_step(c: &Citizen, d: &Dossier) -> Option<Action> {
    [
        (DossierField::ApplicantName, &c.persona.name),
        (DossierField::ApplicantIdNumber, &c.persona.id_number),
    ]
    .into_iter()
    .find(|(field, value)| d.fields.get(field) != Some(*value))
    .map(|(field, value)| Action::FillField {
        dossier: d.code.clone(),
        field,
        value: value.clone(),
    })
}

/// A photocopy brought with its original is certified against it.
pub fn certify_copy_step(c: &Citizen, d: &Dossier) -> Option<Action> {
    let documents = &c.arrival.documents;
    documents.iter().find_map(|doc| {
        let original = documents
            .iter()
            .find(|o| o.kind == doc.kind && o.copy == CopyForm::Original)?;
        (doc.copy == CopyForm::Photocopy && !d.certified_copies.contains(&doc.id)).then(|| {
            Action::CertifyCopy {
                dossier: d.code.clone(),
                copy: doc.id.clone(),
                original: original.id.clone(),
            }
        })
    })
}

/// Handing a same-day result to a citizen waiting for it, when the computer (or paper mode)
/// allows.
pub fn hand_back_step(shift: &Shift) -> Option<Action> {
    for i in shift.waiting_for_results() {
        let ready = shift.citizens[i].dossiers.iter().find(|code| {
            shift
                .portal
                .dossiers
                .get(*code)
                .is_some_and(|d| d.status == Status::Processed)
        });
        if let Some(code) = ready
            && (computer_usable(shift) || shift.paper_mode)
        {
            return Some(Action::ReturnResult {
                dossier: code.clone(),
            });
        }
    }
    None
}

/// The right fee, then collecting it: by e-payment when the computer, the gateway and the
/// citizen's phone allow, else in cash.
fn fee_step(shift: &Shift, c: &Citizen, d: &Dossier, computer: bool) -> Option<Action> {
    let fee = c.analysis.as_ref()?.fee;
    charge_step(shift, c, d, fee, computer)
}

/// Setting `fee` on the dossier, then collecting it: by e-payment when the computer, the
/// gateway and the citizen's phone allow, else in cash. `None` when there is nothing (more)
/// to charge.
pub fn charge_step(
    shift: &Shift,
    c: &Citizen,
    d: &Dossier,
    fee: u64,
    computer: bool,
) -> Option<Action> {
    if fee == 0 {
        return None;
    }
    if d.fee != Some(fee) {
        return Some(Action::SetFee {
            dossier: d.code.clone(),
            amount: fee,
        });
    }
    if d.payment.is_some() {
        return None;
    }
    let cash = !computer || fault(shift, FaultKind::PaymentGatewayDown) || !c.persona.smartphone;
    Some(Action::CollectFee {
        dossier: d.code.clone(),
        method: if cash {
            PaymentMethod::Cash
        } else {
            PaymentMethod::EPayment
        },
    })
}

/// Issue 13, item 8: help the citizen at the counter needs before anything else — an
/// interpreter or the relative who came along, the papers read aloud — where the
/// scenario expects it.
fn accommodation_step(shift: &Shift, i: usize) -> Option<Action> {
    if !crate::score::accessibility::expected(shift) {
        return None;
    }
    let c = &shift.citizens[i];
    // A relative who came along is there to see; the interpreter may be busy, which only
    // asking shows.
    let help = if c.follows_talk() {
        None
    } else if c.help_available(Help::FamilyHelp) {
        Some(Help::FamilyHelp)
    } else {
        (!c.access.unavailable.contains(&Help::Interpreter)).then_some(Help::Interpreter)
    };
    let help = help.or_else(|| (!c.reads_papers()).then_some(Help::ReadAloud))?;
    Some(Action::Accommodate { help })
}

fn serve_counter(shift: &Shift, i: usize) -> Action {
    if let Some(help) = accommodation_step(shift, i) {
        return help;
    }
    let c = &shift.citizens[i];
    let step = match &c.arrival.wants {
        Want::Submit { procedure, .. } => serve_submission(shift, i, procedure),
        Want::Collect { dossier } => identity_check_step(shift, c).or_else(|| {
            let may = !c.arrival.facts.contains("no_authorization");
            let ready = shift
                .portal
                .dossiers
                .get(dossier)
                .is_some_and(|d| d.status == Status::Processed);
            (may && ready).then(|| Action::ReturnResult {
                dossier: dossier.clone(),
            })
        }),
        Want::BringSupplement { dossier } => supplement_step(shift, i, dossier),
        Want::Withdraw { dossier } => {
            let open = shift
                .portal
                .dossiers
                .get(dossier)
                .is_some_and(|d| d.status.successors().contains(&Status::Withdrawn));
            open.then(|| Action::RecordWithdrawal {
                dossier: dossier.clone(),
            })
        }
    };
    step.or_else(|| guidance_step(shift, i))
        .unwrap_or(Action::Dismiss)
}

/// The action an expert takes now, or `None` when the shift is over.
pub fn next_action(shift: &Shift) -> Option<Action> {
    next_step(shift).map(|step| slip_forms_first(shift, step))
}

/// Issue 13 item 9: before a slip that has a police form (receipt, supplement request,
/// refusal), the portal's form set must be the one the dossier's procedure uses — the
/// police's CT04–CT06 for residence dossiers, the one-stop slips otherwise; switch first.
fn slip_forms_first(shift: &Shift, step: Action) -> Action {
    let dossier_procedure =
        |code: &str| shift.portal.dossiers.get(code).map(|d| d.procedure.clone());
    let counter_procedure = || {
        shift
            .counter
            .and_then(|i| match &shift.citizens[i].arrival.wants {
                Want::Submit { procedure, .. } => Some(procedure.clone()),
                _ => None,
            })
    };
    let procedure = match &step {
        Action::IssueReceipt { dossier, .. } => dossier_procedure(dossier),
        Action::RequestSupplement { dossier, .. } => dossier
            .as_deref()
            .map_or_else(counter_procedure, dossier_procedure),
        Action::Refuse { procedure, .. } => Some(procedure.clone()),
        _ => None,
    };
    let wanted = procedure
        .and_then(|p| shift.scenario.procedure(&p))
        .map(|p| p.slips);
    match wanted {
        Some(family) if family != shift.portal.slip_forms => Action::UseSlipForms { family },
        _ => step,
    }
}

/// The action an expert takes now, before the slip forms are checked.
fn next_step(shift: &Shift) -> Option<Action> {
    policy(shift)
        .map(|action| bundle_step(shift, action))
        .map(|action| clerk_system_step(shift, action))
}

/// Issue 13, item 4: inter-agency bundles, around the action the policy chose. A citizen
/// who qualifies for a bundle led by their procedure gets ONE bundle dossier instead of
/// a plain one; its receipt carries the bundle's deadline; once received it goes to every
/// body of the bundle before the clerk moves on (the first transfer is the policy's own).
fn bundle_step(shift: &Shift, action: Action) -> Action {
    match &action {
        Action::CreateDossier { procedure } => {
            let Some(i) = shift.counter else {
                return action;
            };
            let facts = &shift.citizens[i].arrival.facts;
            let rule = |r: &str| shift.scenario.rule_in_force(r);
            match shift
                .scenario
                .catalog
                .bundles
                .values()
                .find(|b| b.offered_to(procedure, facts, &rule))
            {
                Some(b) => Action::CreateBundle {
                    bundle: b.id.clone(),
                },
                None => action,
            }
        }
        Action::IssueReceipt { dossier, .. } => {
            let Some(d) = shift.portal.dossiers.get(dossier) else {
                return action;
            };
            let Some(b) = d.bundle.as_ref().and_then(|r| shift.scenario.bundle(&r.id)) else {
                return action;
            };
            let facts = shift
                .owner_of(d)
                .map(|i| shift.citizens[i].arrival.facts.clone())
                .unwrap_or_default();
            Action::IssueReceipt {
                dossier: dossier.clone(),
                appointment: shift
                    .calendar()
                    .due(shift.clock(), b.processing_time(&facts))
                    .date(),
            }
        }
        Action::Sync { .. }
        | Action::Dismiss
        | Action::CallNext
        | Action::Wait { .. }
        | Action::EndShift
            if computer_usable(shift) =>
        {
            shift
                .portal
                .dossiers
                .values()
                .filter(|d| d.status == Status::Processing)
                .find_map(|d| {
                    let record = d.bundle.as_ref()?;
                    let department = *record.not_transferred().first()?;
                    Some(Action::Transfer {
                        dossier: d.code.clone(),
                        department,
                    })
                })
                .unwrap_or(action)
        }
        _ => action,
    }
}

/// Issue 13, item 2: the clerk's own side of the system, around the action the policy
/// chose. Log in before portal work when the session is not live; sign each scan before
/// attaching it and each attached scan before the dossier is transferred — unless the
/// signing certificate is known to have expired, when the scan is attached unsigned (the
/// dossier is still received) and the transfer waits ([`transfer_on_hold`]).
fn clerk_system_step(shift: &Shift, action: Action) -> Action {
    if shift.staff_session().is_none() {
        return action;
    }
    let unsigned = |n: &u32| !shift.scan_signed(*n);
    let to_sign = match &action {
        Action::Attach { scan, .. } | Action::CertifyECopy { scan, .. } => {
            Some(*scan).filter(unsigned)
        }
        Action::Transfer { dossier, .. } => shift
            .portal
            .dossiers
            .get(dossier)
            .and_then(|d| d.attachments.values().flatten().copied().find(unsigned)),
        _ => None,
    };
    let step = match (to_sign, &action) {
        (Some(scan), _) if !signing_blocked(shift) => Action::SignScan { scan },
        // Issue 13, item 3: the result goes into the citizen's data store before the paper
        // is handed back.
        (
            _,
            Action::ReturnResult { dossier }
            | Action::ReturnElectronically { dossier }
            | Action::SendByPost { dossier },
        ) if shift.results_to_digitize() && !shift.result_digitized(dossier) => {
            Action::DigitizeResult {
                dossier: dossier.clone(),
            }
        }
        _ => action,
    };
    if crate::sim::needs_session(&step) && !shift.portal_session_live() {
        return Action::LogIn;
    }
    step
}

/// Issue 13, item 3: the e-copy a citizen asked for (fact `e_copy`), certified from a scan of
/// the original (signed first by [`clerk_system_step`]); not while the certificate is known
/// to have expired.
fn e_copy_step(shift: &Shift, i: usize, d: &Dossier) -> Option<Action> {
    let c = &shift.citizens[i];
    let session = shift.staff_session()?;
    let offered = shift
        .scenario
        .procedure(&d.procedure)
        .is_some_and(|p| p.e_copy.is_some());
    if !offered
        || !c.arrival.facts.contains("e_copy")
        || signing_blocked(shift)
        || session.e_copies.values().any(|code| *code == d.code)
    {
        return None;
    }
    let original = c
        .analysis
        .as_ref()?
        .components
        .iter()
        .filter_map(|(_, doc)| doc.as_ref())
        .find(|doc| {
            c.document(doc)
                .is_some_and(|p| p.copy == CopyForm::Original)
        })?;
    let scan = shift.scans.iter().find(|s| {
        s.document == *original
            && s.citizen == i
            && s.problems.iter().all(|p| *p == ScanProblem::Unreadable)
    });
    Some(match scan {
        Some(s) => Action::CertifyECopy {
            dossier: d.code.clone(),
            scan: s.number,
        },
        None => Action::Scan {
            document: original.clone(),
            settings: EXPERT_SCAN,
        },
    })
}

/// Issue 13, item 3, where the scenario asks for the channel (`return-channel-choice`): ask
/// the citizen at the counter how they want the result once their dossier is being entered,
/// record the channel the procedure and the citizen allow
/// ([`Shift::expected_return_channel`]), and send each ready result promised by post or
/// electronically that way (digitized first by [`clerk_system_step`]).
fn return_channel_step(shift: &Shift) -> Option<Action> {
    if !shift.return_channel_in_force() || !computer_usable(shift) {
        return None;
    }
    if let Some(i) = shift.counter
        && let Some(d) = open_dossier(shift, i).filter(|d| !d.status.is_final())
        && let Some(expected) = shift.expected_return_channel(i)
    {
        if !shift.citizens[i]
            .asked
            .contains_key(&Question::ResultChannel)
        {
            return Some(Action::Ask {
                question: Question::ResultChannel,
            });
        }
        if d.return_channel != expected {
            return Some(Action::SetReturnChannel {
                dossier: d.code.clone(),
                channel: expected,
            });
        }
    }
    let ready = shift
        .portal
        .dossiers
        .values()
        .find(|d| d.status == Status::Processed && !d.return_channel.is_counter())?;
    let dossier = ready.code.clone();
    Some(match ready.return_channel {
        ResultChannel::Post => Action::SendByPost { dossier },
        _ => Action::ReturnElectronically { dossier },
    })
}

/// True once a signature attempt has met the expired certificate, while it lasts.
fn signing_blocked(shift: &Shift) -> bool {
    shift.faults.iter().any(|f| {
        f.spec.kind == FaultKind::SignatureCertificateExpired && f.active() && f.manifested
    })
}

/// True when dossier `d` must not be transferred yet: a scan of it is unsigned and nothing
/// can be signed now (the certificate has expired). It stays received at the counter.
fn transfer_on_hold(shift: &Shift, d: &Dossier) -> bool {
    shift.staff_session().is_some()
        && signing_blocked(shift)
        && d.attachments
            .values()
            .flatten()
            .any(|n| !shift.scan_signed(*n))
}

/// The expert's policy before the clerk's own side of the system.
fn policy(shift: &Shift) -> Option<Action> {
    if shift.ended {
        return None;
    }
    if let Some(a) = expected_fault_responses(shift) {
        return Some(a);
    }
    if let Some(a) = back_office(shift) {
        return Some(a);
    }
    if let Some(a) = return_channel_step(shift) {
        return Some(a);
    }
    if let Some(i) = shift.counter {
        return Some(serve_counter(shift, i));
    }
    if let Some(a) = hand_back_step(shift) {
        return Some(a);
    }
    if !shift.queue().is_empty() && shift.now < shift.length() {
        return Some(Action::CallNext);
    }
    // Nobody waiting: is anything still to come?
    let start = shift.scenario.file.shift.start.minutes();
    let next_arrival = shift
        .citizens
        .iter()
        .filter(|c| c.state == CitizenState::Expected)
        .map(|c| c.arrival.at.minutes().saturating_sub(start) * 60)
        .filter(|t| *t < shift.length())
        .min();
    let base = shift.scenario.start();
    let next_ready = shift
        .waiting_for_results()
        .iter()
        .flat_map(|&i| shift.citizens[i].dossiers.iter())
        .filter_map(|code| shift.portal.dossiers.get(code))
        .filter(|d| d.status == Status::Processing)
        .filter_map(|d| d.ready_at)
        .map(|t| (t - base).num_seconds().max(0) as u32)
        .min();
    let next_fault_end = shift
        .faults
        .iter()
        .filter(|f| {
            f.active()
                && matches!(
                    f.spec.kind,
                    FaultKind::NationalSyncFailure | FaultKind::PowerCut
                )
        })
        .map(|f| {
            f.spec
                .at
                .minutes()
                .saturating_sub(start)
                .saturating_add(f.spec.minutes)
                .saturating_mul(60)
        })
        .min();
    let pending_sync = shift.portal.dossiers.values().any(|d| {
        !d.draft
            && d.received_at.is_some()
            && d.sync != SyncState::Synced
            && d.status != Status::NewOnline
    });
    let next_kiosk = shift
        .kiosk
        .iter()
        .filter(|v| v.outcome == KioskOutcome::Pending)
        .map(|v| v.done_at)
        .min();
    // A fault that starts while a citizen is at the kiosk may need answering before they
    // are back (VNeID down: call them back).
    let next_fault_start = next_kiosk.and_then(|_| {
        shift
            .faults
            .iter()
            .filter(|f| f.started_at.is_none())
            .map(|f| f.spec.at.minutes().saturating_sub(start).saturating_mul(60))
            .min()
    });
    let on_hold = shift
        .portal
        .dossiers
        .values()
        .any(|d| d.status == Status::Accepted && transfer_on_hold(shift, d));
    let certificate_renewed = shift
        .faults
        .iter()
        .filter(|f| f.active() && f.spec.kind == FaultKind::SignatureCertificateExpired)
        .map(|f| {
            f.spec
                .at
                .minutes()
                .saturating_sub(start)
                .saturating_add(f.spec.minutes)
                .saturating_mul(60)
        })
        .min()
        .filter(|_| on_hold);
    let mut wake: Vec<u32> = [
        next_ready,
        if pending_sync { next_fault_end } else { None },
        next_kiosk,
        next_fault_start,
        certificate_renewed,
    ]
    .into_iter()
    .flatten()
    .collect();
    if let Some(a) = next_arrival {
        if wake.iter().all(|w| *w >= a) {
            return Some(Action::CallNext);
        }
        wake.push(a);
    }
    if let Some(t) = wake.into_iter().filter(|t| *t > shift.now).min() {
        let minutes = (t - shift.now).div_ceil(60).clamp(1, 240);
        return Some(Action::Wait { minutes });
    }
    Some(Action::EndShift)
}

/// Issue 13, the kiosk: with a citizen whose procedure can be submitted fully online (and
/// VNeID up), ask about the phone and the VNeID account, then send to the kiosk one who
/// should go there ([`crate::score::online::should_go_to_kiosk`]), coached if they need it.
/// One who came back from the kiosk is taken on paper.
fn kiosk_step(shift: &Shift, i: usize) -> Option<Action> {
    let c = &shift.citizens[i];
    let full = c
        .procedure()
        .and_then(|code| shift.scenario.procedure(code))
        .is_some_and(|p| p.online == crate::scenario::OnlineLevel::Full);
    let vneid_down = fault(shift, FaultKind::VneidOutage);
    let been = shift.kiosk.iter().any(|v| v.citizen == i);
    let kiosk = shift.scenario.rule_in_force(crate::sim::KIOSK_RULE);
    if !kiosk || !full || vneid_down || been || open_dossier(shift, i).is_some() {
        return None;
    }
    if !c.asked.contains_key(&Question::HasSmartphone) {
        return Some(Action::Ask {
            question: Question::HasSmartphone,
        });
    }
    if c.persona.smartphone && !c.asked.contains_key(&Question::HasVneid) {
        return Some(Action::Ask {
            question: Question::HasVneid,
        });
    }
    let at = c.called_at.unwrap_or(shift.now);
    if !crate::score::online::should_go_to_kiosk(shift, i, at) {
        return None;
    }
    let needs_coaching = matches!(
        c.persona.digital_literacy,
        crate::scenario::Level::Low | crate::scenario::Level::None
    );
    Some(Action::SendToKiosk {
        coach_minutes: if needs_coaching {
            crate::sim::COACHING_NEEDED_MINUTES
        } else {
            0
        },
    })
}

/// The answer to an online dossier by the case's one correct disposition: the receipt with
/// the due date, the supplement request, or the refusal.
fn answer_online(shift: &Shift, d: &Dossier, disposition: &Disposition) -> Action {
    let code = d.code.clone();
    match disposition {
        Disposition::Accept => {
            let time = shift
                .scenario
                .procedure(&d.procedure)
                .map_or(ProcessingTime::working_days(0), |p| p.processing_time());
            Action::IssueReceipt {
                dossier: code,
                appointment: shift.calendar().due(shift.clock(), time).date(),
            }
        }
        Disposition::Supplement(components) => Action::RequestSupplement {
            dossier: Some(code),
            components: components.clone(),
        },
        Disposition::Refuse(ground) => Action::Refuse {
            dossier: Some(code),
            procedure: d.procedure.clone(),
            ground: ground.clone(),
        },
    }
}

/// Issue 13: a dossier submitted at the kiosk waits in the online inbox; answer it by the
/// case's one correct disposition, as any online dossier.
fn kiosk_inbox_step(shift: &Shift) -> Option<Action> {
    for v in &shift.kiosk {
        let KioskOutcome::Submitted(code) = &v.outcome else {
            continue;
        };
        let d = shift.portal.dossiers.get(code)?;
        if d.status != Status::NewOnline {
            continue;
        }
        let truth = shift.citizens.get(v.citizen)?.analysis.as_ref()?;
        return Some(answer_online(shift, d, &truth.disposition));
    }
    None
}

/// Components of a supplement request, for display: the expert's set for a citizen.
pub fn expected_supplement(shift: &Shift, i: usize) -> BTreeSet<String> {
    match shift
        .citizens
        .get(i)
        .and_then(|c| c.analysis.as_ref())
        .map(|a| &a.disposition)
    {
        Some(Disposition::Supplement(c)) => c.clone(),
        _ => BTreeSet::new(),
    }
}
