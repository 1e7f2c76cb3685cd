//! Intake accuracy: the one correct disposition of each case (receive, ask once for what is
//! missing, or refuse in writing), the procedure chosen, the applicant's name and number
//! typed right, identity papers checked, the fee charged, results handed only to whom they
//! belong, withdrawals recorded, hints used.

use std::collections::BTreeSet;

use super::cases::Submission;
use super::{CriticalKind, Dimension, Grader, Rule, compliance, correction, service};
use crate::portal::{Dossier, SlipKind, Status};
use crate::scenario::truth::{Analysis, Disposition};
use crate::scenario::{Channel, DefectKind, Want};
use crate::sim::DossierField;

/// The dimension every penalty and opportunity in this file is counted in.
const DIMENSION: Dimension = Dimension::Intake;

/// Units a disposition is worth; also what getting it wrong costs.
pub(super) const DISPOSITION: f64 = 10.0;
/// Units a collection or a withdrawal is worth.
pub(super) const COLLECTION: f64 = 4.0;

/// A defect that makes a paper unusable (not merely incomplete): receiving a dossier with one
/// is a critical error.
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

/// The first serious defect the truth found, if any.
fn first_serious_defect(truth: &Analysis) -> Option<DefectKind> {
    truth
        .findings
        .iter()
        .filter_map(|f| f.defect)
        .find(|k| serious_defect(*k))
}

/// Hints citizen `i`'s case cost (practice mode): one unit each.
pub(super) fn hints(g: &mut Grader<'_>, i: usize) {
    let hints = g.shift.citizens[i].hints;
    if hints > 0 {
        g.penalty(DIMENSION, Rule::Practice, "fb-hint-used")
            .arg("count", hints)
            .units(f64::from(hints))
            .citizen(i)
            .record();
    }
}

/// Citizen `i` came to withdraw dossier `code`: the portal must say it was withdrawn.
pub(super) fn withdrawal(g: &mut Grader<'_>, i: usize, code: &str) {
    g.offer(DIMENSION, COLLECTION);
    let withdrawn = g
        .shift
        .portal
        .dossiers
        .get(code)
        .is_some_and(|d| d.status == Status::Withdrawn);
    if !withdrawn {
        g.penalty(
            DIMENSION,
            Rule::StatusLifecycle,
            "fb-withdrawal-not-recorded",
        )
        .arg("dossier", code)
        .units(COLLECTION)
        .citizen(i)
        .dossier(code)
        .record();
    }
}

/// The submission got its one correct disposition.
pub(super) fn disposition(g: &mut Grader<'_>, case: &Submission<'_>) {
    correction::false_claims(g, case);
    match &case.truth.disposition {
        Disposition::Accept => complete_case(g, case),
        Disposition::Supplement(needed) => incomplete_case(g, case, needed),
        Disposition::Refuse(ground) => refusable_case(g, case, ground),
    }
}

/// A complete dossier must be received.
fn complete_case(g: &mut Grader<'_>, case: &Submission<'_>) {
    let c = case.person;
    if let Some(d) = case.received {
        // Issue 13, item 6: a slip the citizen could correct at the counter, left on it.
        correction::received_uncorrected(g, case, d);
        return;
    }
    let sent_away = !c.supplements.is_empty() || !c.refusals.is_empty();
    let (rule, message) = if sent_away && correction::had_correctable(case) {
        // Issue 13, item 6: sent home for what the citizen could correct at the counter.
        (Rule::OnTheSpotCorrection, "fb-slip-instead-of-correction")
    } else if let Some(request) = c.supplements.first() {
        let demanded_state_held = request.iter().any(|c| case.truth.state_held.contains(c));
        let rule = if demanded_state_held {
            Rule::NoDemandStateHeld
        } else {
            Rule::ProcedureComponents
        };
        (rule, "fb-supplement-for-complete")
    } else if !c.refusals.is_empty() {
        (Rule::ProcedureComponents, "fb-wrongful-refusal")
    } else if case.served {
        (Rule::ReceiptAndCode, "fb-not-received")
    } else {
        (Rule::ServeInTime, "fb-case-not-handled")
    };
    wrong_disposition(g, case, rule, message);
    if sent_away {
        service::unnecessary_trip(g, case, rule);
    }
}

/// An incomplete dossier must get one supplement request listing everything missing and
/// nothing more.
fn incomplete_case(g: &mut Grader<'_>, case: &Submission<'_>, needed: &BTreeSet<String>) {
    let c = case.person;
    if let Some(d) = case.received {
        let serious = first_serious_defect(case.truth);
        let defect = serious.map_or_else(|| "missing".to_owned(), |k| k.id().to_owned());
        g.penalty(
            DIMENSION,
            Rule::ProcedureComponents,
            "fb-accepted-incomplete",
        )
        .arg("citizen", &case.who)
        .arg("defect", defect)
        .units(DISPOSITION)
        .critical_if(serious.is_some(), CriticalKind::AcceptedDefective)
        .wrong_decision()
        .citizen(case.citizen)
        .dossier(&d.code)
        .record();
        compliance::sent_back(g, case, d, Rule::ProcedureComponents);
        service::comes_back(g, case, Rule::ProcedureComponents);
    } else if let Some(request) = c.supplements.first() {
        supplement_request(g, case, needed, request);
        correction::left_uncorrected(g, case);
    } else if !c.refusals.is_empty() {
        g.penalty(DIMENSION, Rule::AskOnce, "fb-refused-instead-of-supplement")
            .arg("citizen", &case.who)
            .units(8.0)
            .wrong_decision()
            .citizen(case.citizen)
            .record();
    } else {
        sent_away_unanswered(g, case, Rule::AskOnce);
    }
}

/// The first supplement request lists every missing component and nothing else; a second
/// request means the first did not ask once.
fn supplement_request(
    g: &mut Grader<'_>,
    case: &Submission<'_>,
    needed: &BTreeSet<String>,
    request: &BTreeSet<String>,
) {
    for missing in needed.difference(request) {
        g.penalty(DIMENSION, Rule::AskOnce, "fb-supplement-missed-item")
            .arg("citizen", &case.who)
            .arg("component", missing)
            .units(4.0)
            .citizen(case.citizen)
            .record();
    }
    for extra in request.difference(needed) {
        let correctable = case
            .truth
            .findings
            .iter()
            .any(|f| f.correctable && f.component.as_ref() == Some(extra));
        let (rule, message) = if correctable {
            // Issue 13, item 6: the citizen could correct it at the counter.
            (Rule::OnTheSpotCorrection, "fb-demanded-correctable")
        } else if case.truth.state_held.contains(extra) {
            (Rule::NoDemandStateHeld, "fb-demanded-state-held")
        } else {
            (Rule::ProcedureComponents, "fb-demanded-unneeded")
        };
        g.penalty(DIMENSION, rule, message)
            .arg("citizen", &case.who)
            .arg("component", extra)
            .units(3.0)
            .citizen(case.citizen)
            .record();
        service::unnecessary_demand(g, case, rule, extra);
    }
    let requests = case.person.supplements.len();
    if requests > 1 {
        g.penalty(DIMENSION, Rule::AskOnce, "fb-asked-twice")
            .arg("citizen", &case.who)
            .units(3.0 * (requests - 1) as f64)
            .citizen(case.citizen)
            .record();
    }
}

/// A dossier with a ground for refusal must be refused in writing, citing that ground.
fn refusable_case(g: &mut Grader<'_>, case: &Submission<'_>, ground: &str) {
    let c = case.person;
    if let Some(d) = case.received {
        g.penalty(DIMENSION, Rule::RefuseInWriting, "fb-accepted-refusable")
            .arg("citizen", &case.who)
            .arg("ground", ground)
            .units(DISPOSITION)
            .critical(CriticalKind::AcceptedDefective)
            .wrong_decision()
            .citizen(case.citizen)
            .dossier(&d.code)
            .record();
        compliance::sent_back(g, case, d, Rule::RefuseInWriting);
        service::comes_back(g, case, Rule::RefuseInWriting);
    } else if let Some(given) = c.refusals.first() {
        if given != ground {
            g.penalty(DIMENSION, Rule::RefuseInWriting, "fb-wrong-ground")
                .arg("citizen", &case.who)
                .arg("given", given)
                .arg("ground", ground)
                .units(3.0)
                .citizen(case.citizen)
                .record();
        }
    } else if !c.supplements.is_empty() {
        g.penalty(
            DIMENSION,
            Rule::RefuseInWriting,
            "fb-supplement-instead-of-refusal",
        )
        .arg("citizen", &case.who)
        .arg("ground", ground)
        .units(6.0)
        .wrong_decision()
        .citizen(case.citizen)
        .record();
    } else {
        sent_away_unanswered(g, case, Rule::RefuseInWriting);
    }
}

/// The case was not answered in writing (breaking `rule`): the citizen left without a slip,
/// or was never served.
fn sent_away_unanswered(g: &mut Grader<'_>, case: &Submission<'_>, rule: Rule) {
    let message = if case.served {
        "fb-sent-away-without-slip"
    } else {
        "fb-case-not-handled"
    };
    wrong_disposition(g, case, rule, message);
}

/// The whole disposition lost, for `message`, naming the citizen.
/// A citizen who was never served got no decision (that is charged as not served); for one
/// who was, this is a wrong decision.
fn wrong_disposition(g: &mut Grader<'_>, case: &Submission<'_>, rule: Rule, message: &'static str) {
    let penalty = g
        .penalty(DIMENSION, rule, message)
        .arg("citizen", &case.who)
        .units(DISPOSITION)
        .citizen(case.citizen);
    if case.served {
        penalty.wrong_decision().record();
    } else {
        penalty.record();
    }
}

/// What the trainee entered for the received dossier `d`: the procedure, the applicant's
/// name and number (counter dossiers), identity papers checked (counter dossiers), the fee.
pub(super) fn dossier_entry(g: &mut Grader<'_>, case: &Submission<'_>, d: &Dossier) {
    if d.procedure != case.procedure.code {
        g.penalty(DIMENSION, Rule::ProcedureComponents, "fb-wrong-procedure")
            .arg("citizen", &case.who)
            .arg("procedure", &d.procedure)
            .units(DISPOSITION)
            .citizen(case.citizen)
            .dossier(&d.code)
            .record();
    }
    if d.channel == Channel::Counter {
        applicant_fields(g, case, d);
        identity_checked(g, case, d);
    }
    fee_charged(g, case, d);
}

/// The applicant's name and identity number, typed as on their papers.
fn applicant_fields(g: &mut Grader<'_>, case: &Submission<'_>, d: &Dossier) {
    let persona = &case.person.persona;
    let typed = |field| d.fields.get(&field);
    if typed(DossierField::ApplicantName) != Some(&persona.name) {
        let message = if typed(DossierField::ApplicantName).is_some() {
            "fb-name-typed-wrong"
        } else {
            "fb-name-not-entered"
        };
        g.penalty(DIMENSION, Rule::CheckIdentity, message)
            .arg("citizen", &case.who)
            .arg("expected", &persona.name)
            .units(2.0)
            .citizen(case.citizen)
            .dossier(&d.code)
            .record();
    }
    if typed(DossierField::ApplicantIdNumber) != Some(&persona.id_number) {
        let message = if typed(DossierField::ApplicantIdNumber).is_some() {
            "fb-id-typed-wrong"
        } else {
            "fb-id-not-entered"
        };
        g.penalty(DIMENSION, Rule::CheckIdentity, message)
            .arg("citizen", &case.who)
            .units(2.0)
            .citizen(case.citizen)
            .dossier(&d.code)
            .record();
    }
}

/// At least one identity paper of the dossier was looked up.
fn identity_checked(g: &mut Grader<'_>, case: &Submission<'_>, d: &Dossier) {
    let c = case.person;
    let kinds = &g.shift.scenario.catalog.document_kinds;
    let identity_papers: Vec<&String> = case
        .truth
        .components
        .iter()
        .filter_map(|(_, paper)| paper.as_ref())
        .filter(|paper| {
            c.document(paper)
                .and_then(|doc| kinds.get(&doc.kind))
                .is_some_and(|k| k.identity)
        })
        .collect();
    let none_checked = !identity_papers
        .iter()
        .any(|paper| c.identity_checked.contains(*paper));
    if !identity_papers.is_empty() && none_checked {
        g.penalty(DIMENSION, Rule::CheckIdentity, "fb-identity-not-checked")
            .arg("citizen", &case.who)
            .units(1.0)
            .citizen(case.citizen)
            .dossier(&d.code)
            .record();
    }
}

/// The fee the dossier should carry: the truth's for a counter dossier; for an online one,
/// the procedure's online fee for the copies asked.
fn correct_fee(g: &Grader<'_>, case: &Submission<'_>, d: &Dossier) -> u64 {
    if d.channel != Channel::Online {
        return case.truth.fee;
    }
    let shift = g.shift;
    let arrival = &case.person.arrival;
    let copies = match &arrival.wants {
        Want::Submit { copies, .. } => *copies,
        _ => 0,
    };
    case.procedure.fee.amount(
        &arrival.facts,
        &|r| shift.scenario.rule_in_force(r),
        true,
        copies,
        1,
    )
}

/// The fee set on the dossier is the one the law asks.
fn fee_charged(g: &mut Grader<'_>, case: &Submission<'_>, d: &Dossier) {
    let charged = d.fee.unwrap_or(0);
    let correct = correct_fee(g, case, d);
    if charged != correct {
        g.penalty(DIMENSION, Rule::CorrectFee, "fb-wrong-fee")
            .arg("citizen", &case.who)
            .arg("charged", charged)
            .arg("correct", correct)
            .units(3.0)
            .citizen(case.citizen)
            .dossier(&d.code)
            .record();
    }
}

/// Citizen `i` came to collect the result of dossier `d`: handed back only to someone
/// authorised to receive it, after checking their identity. Returns true when it was handed
/// back lawfully.
pub(super) fn result_handed_back(g: &mut Grader<'_>, i: usize, d: &Dossier, served: bool) -> bool {
    let c = &g.shift.citizens[i];
    let who = g.name(i);
    let may_receive = !c.arrival.facts.contains("no_authorization");
    let handed = d.status == Status::Returned && d.returned_to == Some(i);
    if handed && !may_receive {
        g.penalty(DIMENSION, Rule::Privacy, "fb-result-to-unauthorised")
            .arg("citizen", who)
            .arg("dossier", &d.code)
            .units(COLLECTION)
            .critical(CriticalKind::PrivacyBreach)
            .citizen(i)
            .dossier(&d.code)
            .record();
        return false;
    }
    if handed {
        let kinds = &g.shift.scenario.catalog.document_kinds;
        let identity_checked = c
            .arrival
            .documents
            .iter()
            .filter(|doc| kinds.get(&doc.kind).is_some_and(|k| k.identity))
            .any(|doc| c.identity_checked.contains(&doc.id));
        if !identity_checked {
            g.penalty(
                DIMENSION,
                Rule::CheckIdentity,
                "fb-returned-without-id-check",
            )
            .arg("citizen", who)
            .units(2.0)
            .citizen(i)
            .dossier(&d.code)
            .record();
        }
    } else if may_receive && d.status == Status::Processed {
        let message = if served {
            "fb-result-not-returned"
        } else {
            "fb-case-not-handled"
        };
        g.penalty(DIMENSION, Rule::ReturnResult, message)
            .arg("citizen", who)
            .arg("dossier", &d.code)
            .units(COLLECTION)
            .citizen(i)
            .dossier(&d.code)
            .record();
    }
    handed
}

/// An online dossier waiting in the portal got its disposition (accepted, or answered with a
/// supplement request or a refusal). Returns true when it was rightly accepted, so that what
/// follows acceptance is graded too.
pub(super) fn online_disposition(g: &mut Grader<'_>, d: &Dossier, truth: &Analysis) -> bool {
    let slips: Vec<&crate::portal::Slip> = g.shift.portal.slips_for(&d.code).collect();
    let supplement = slips.iter().find(|s| s.kind == SlipKind::SupplementRequest);
    let refused = slips.iter().any(|s| s.kind == SlipKind::Refusal);
    let accepted = !matches!(
        d.status,
        Status::NewOnline | Status::Refused | Status::SupplementRequested
    );
    let unanswered = match &truth.disposition {
        Disposition::Accept => (!accepted).then_some(Rule::OnlineWithin8Hours),
        Disposition::Supplement(needed) => {
            if accepted {
                let serious = first_serious_defect(truth).is_some();
                g.penalty(
                    DIMENSION,
                    Rule::ProcedureComponents,
                    "fb-accepted-incomplete",
                )
                .arg("citizen", &d.code)
                .arg("defect", "online")
                .units(DISPOSITION)
                .critical_if(serious, CriticalKind::AcceptedDefective)
                .wrong_decision()
                .dossier(&d.code)
                .record();
                None
            } else if let Some(s) = supplement {
                online_supplement_request(g, d, needed, &s.components);
                None
            } else {
                Some(Rule::OnlineWithin8Hours)
            }
        }
        Disposition::Refuse(ground) => {
            if accepted {
                g.penalty(DIMENSION, Rule::RefuseInWriting, "fb-accepted-refusable")
                    .arg("citizen", &d.code)
                    .arg("ground", ground)
                    .units(DISPOSITION)
                    .critical(CriticalKind::AcceptedDefective)
                    .wrong_decision()
                    .dossier(&d.code)
                    .record();
            }
            (!accepted && !refused).then_some(Rule::RefuseInWriting)
        }
    };
    if let Some(rule) = unanswered {
        g.penalty(DIMENSION, rule, "fb-online-not-accepted")
            .arg("dossier", &d.code)
            .units(DISPOSITION)
            .dossier(&d.code)
            .record();
    }
    accepted && truth.disposition == Disposition::Accept
}

/// The supplement request answering an online dossier lists every missing component and
/// nothing else.
fn online_supplement_request(
    g: &mut Grader<'_>,
    d: &Dossier,
    needed: &BTreeSet<String>,
    requested: &[String],
) {
    let requested: BTreeSet<String> = requested.iter().cloned().collect();
    for missing in needed.difference(&requested) {
        g.penalty(DIMENSION, Rule::AskOnce, "fb-supplement-missed-item")
            .arg("citizen", &d.code)
            .arg("component", missing)
            .units(4.0)
            .dossier(&d.code)
            .record();
    }
    for extra in requested.difference(needed) {
        g.penalty(DIMENSION, Rule::ProcedureComponents, "fb-demanded-unneeded")
            .arg("citizen", &d.code)
            .arg("component", extra)
            .units(3.0)
            .dossier(&d.code)
            .record();
    }
}
