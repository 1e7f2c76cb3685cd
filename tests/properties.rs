//! Invariants that must hold for any sequence of clerk actions, over every shipped
//! scenario: nothing panics; a rejected action changes nothing; replaying the log reproduces
//! the state and the score exactly; scores stay between 0 and 100; the expert wins
//! generated shifts.
//!
//! Random sessions come from [`pick`], which turns a few random bytes into an action drawn
//! from the current state — papers on the desk, dossiers in the portal, components of their
//! procedures, scans made, faults in effect, due dates — so that sessions reach deep states
//! (received dossiers, transfers, results, apologies, withdrawals) instead of failing at the
//! first step. Every [`Action`] variant can come out of it; a test counts them so that the
//! generator cannot silently stop producing one.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use motcua::portal::Status;
use motcua::scenario::load::load_pack;
use motcua::scenario::truth::Disposition;
use motcua::scenario::{
    CopyForm, DefectKind, Department, FaultResponse, Mode, Question, ResultChannel, Scenario, Want,
};
use motcua::score::grade;
use motcua::sim::{
    Action, Claim, ColorMode, DossierField, FieldRef, GuideTopic, Help, LookTool, PaymentMethod,
    ScanSettings, Shift,
};
use proptest::prelude::*;
use rand::{Rng, SeedableRng};

mod common;
use common::{generated_shift, tutorial};

/// Every shipped scenario, loaded once.
fn shipped() -> &'static [Arc<Scenario>] {
    static PACK: OnceLock<Vec<Arc<Scenario>>> = OnceLock::new();
    PACK.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
        let pack = load_pack(&root);
        let problems: Vec<String> = pack.problems().iter().map(|p| p.to_string()).collect();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        pack.loaded()
            .into_iter()
            .map(|s| Arc::new(s.clone()))
            .collect()
    })
}

/// Every action variant, by [`Action::name`], in declaration order.
const VARIANTS: &[&str] = &[
    "call-next",
    "ask",
    "inspect",
    "turn-page",
    "compare",
    "flag",
    "clear-flag",
    "check-identity",
    "state-records",
    "look-up-procedure",
    "hint",
    "create-dossier",
    "fill-field",
    "scan",
    "attach",
    "certify-copy",
    "set-fee",
    "collect-fee",
    "issue-receipt",
    "request-supplement",
    "refuse",
    "transfer",
    "sync",
    "return-result",
    "record-withdrawal",
    "send-apology",
    "guide",
    "respond-to-fault",
    "dismiss",
    "wait",
    "end-shift",
    "accommodate",
    // Issue 13, the kiosk.
    "send-to-kiosk",
    // issue 13: departments sending a dossier back
    "notify-send-back",
    "receive-supplement",
    // issue 13 item 9
    "use-slip-forms",
    "log-in",
    "sign-scan",
    "digitize-result",
    "certify-e-copy",
    // issue 13 item 3: how the result is returned
    "set-return-channel",
    "return-electronically",
    "send-by-post",
    // issue 13 item 6
    "correct-on-the-spot",
    // issue 13 item 4
    "create-bundle",
];

/// How often each variant is drawn (out of their sum, about 180), in [`VARIANTS`] order; the state
/// raises a few (see `Context::weights`). At about 1 in 180, `end-shift` ends about half of
/// all 100-action sessions early.
const WEIGHTS: &[u32] = &[
    14, 6, 6, 3, 5, 6, 2, 5, 4, 3, 3, 7, 7, 8, 8, 3, 5, 5, 7, 5, 4, 6, 5, 5, 3, 4, 4, 5, 9, 5, 1,
    3, 3, 1, 1, 2, 3, 4, 2, 2, 2, 2, 2, 3, 2,
];

/// One random draw: which variant (`kind`), and three bytes to pick its arguments.
type Choice = (u16, u8, u8, u8);

fn nth<T: Clone>(items: &[T], n: u8) -> Option<T> {
    (!items.is_empty()).then(|| items[n as usize % items.len()].clone())
}

/// What [`pick`] reads from the state.
struct Context<'a> {
    shift: &'a Shift,
    /// Papers on the desk (the citizen at the counter's).
    docs: Vec<&'a motcua::scenario::Document>,
    /// Dossier codes: the counter citizen's first, then the rest.
    dossiers: Vec<String>,
    /// The procedure of the citizen at the counter, or of a dossier.
    procedure: Option<String>,
}

impl<'a> Context<'a> {
    fn new(shift: &'a Shift) -> Self {
        let counter = shift.at_counter();
        let docs = counter
            .map(|c| c.arrival.documents.iter().collect())
            .unwrap_or_default();
        let mut dossiers: Vec<String> = counter.map(|c| c.dossiers.clone()).unwrap_or_default();
        if let Some(c) = counter {
            match &c.arrival.wants {
                Want::Collect { dossier }
                | Want::Withdraw { dossier }
                | Want::BringSupplement { dossier } => dossiers.push(dossier.clone()),
                Want::Submit { .. } => {}
            }
        }
        for code in shift.portal.dossiers.keys() {
            if !dossiers.contains(code) {
                dossiers.push(code.clone());
            }
        }
        let procedure = counter.and_then(|c| c.procedure().map(str::to_owned));
        Self {
            shift,
            docs,
            dossiers,
            procedure,
        }
    }

    /// [`WEIGHTS`], raised for what the state makes possible and rare: certifying a
    /// photocopy handed in with its original, answering a fault, apologising for a delay.
    fn weights(&self) -> Vec<u32> {
        assert_eq!(WEIGHTS.len(), VARIANTS.len(), "one weight per variant");
        let mut w = WEIGHTS.to_vec();
        let mut raise = |name: &str, to: u32| {
            if let Some(i) = VARIANTS.iter().position(|v| *v == name) {
                w[i] = w[i].max(to);
            }
        };
        let pair = self.docs.iter().any(|c| {
            c.copy == CopyForm::Photocopy
                && self
                    .docs
                    .iter()
                    .any(|o| o.kind == c.kind && o.copy == CopyForm::Original)
        });
        if pair
            && self
                .shift
                .at_counter()
                .is_some_and(|c| !c.dossiers.is_empty())
        {
            raise("certify-copy", 20);
        }
        if self.shift.faults.iter().any(|f| f.active()) {
            raise("respond-to-fault", 15);
        }
        // Issue 13: the clerk's own side of the system, where the scenario has it.
        if self.shift.staff_session().is_some() {
            if !self.shift.portal_session_live() {
                raise("log-in", 15);
            } else {
                if !unsigned_scans(self.shift).is_empty() {
                    raise("sign-scan", 30);
                }
                if !e_copy_candidates(self.shift).is_empty() {
                    raise("certify-e-copy", 80);
                }
            }
        }
        if self
            .shift
            .portal
            .dossiers
            .values()
            .any(|d| d.delay.is_some() && d.apology.is_none())
        {
            raise("send-apology", 10);
        }
        // Issue 13: a send-back not yet told; its citizen at the counter with the supplement.
        if self
            .shift
            .portal
            .dossiers
            .values()
            .any(|d| d.sent_back.as_ref().is_some_and(|s| s.notices.is_empty()))
        {
            raise("notify-send-back", 15);
        }
        if self
            .shift
            .at_counter()
            .is_some_and(|c| matches!(c.arrival.wants, Want::BringSupplement { .. }))
        {
            raise("notify-send-back", 20);
            raise("receive-supplement", 25);
        }
        w
    }

    /// A claim: mostly a defect on a paper (in a field or an area), sometimes a discrepancy.
    fn claim(&self, a: u8, b: u8, c: u8) -> Claim {
        if c.is_multiple_of(4) {
            return Claim::Discrepancy {
                a: self.field(a, b),
                b: self.field(b, c),
            };
        }
        let defect = DefectKind::ALL[usize::from(c) % DefectKind::ALL.len()];
        let field = self.field(a, b);
        Claim::OnPaper {
            document: field.document,
            field: (!b.is_multiple_of(3)).then_some(field.field),
            defect,
        }
    }

    /// One of the counter citizen's standing flags.
    fn flagged(&self, n: u8) -> Option<Claim> {
        let flags = &self.shift.at_counter()?.casework.flags;
        nth(flags, n).map(|f| f.claim)
    }

    fn doc(&self, n: u8) -> String {
        nth(&self.docs, n).map_or_else(|| "no-such-paper".into(), |d| d.id.clone())
    }

    /// A dossier: mostly the counter citizen's (first ones), sometimes any, rarely bogus.
    fn dossier(&self, n: u8) -> String {
        match n % 16 {
            0 => None,
            1..=9 => self.dossiers.first().cloned(),
            _ => nth(&self.dossiers, n / 16),
        }
        .unwrap_or_else(|| "no-such-dossier".into())
    }

    fn procedure_of(&self, dossier: &str) -> Option<&'a motcua::scenario::Procedure> {
        let code = self
            .shift
            .portal
            .dossiers
            .get(dossier)
            .map(|d| d.procedure.clone())
            .or_else(|| self.procedure.clone())?;
        self.shift.scenario().procedure(&code)
    }

    /// A procedure code: the citizen's, another of the catalogue, or a bogus one.
    fn any_procedure(&self, n: u8) -> String {
        let all: Vec<String> = self
            .shift
            .scenario()
            .catalog
            .procedures
            .keys()
            .cloned()
            .collect();
        match n % 8 {
            0 => "no-such-procedure".into(),
            1 | 2 => nth(&all, n / 8).unwrap_or_default(),
            _ => self
                .procedure
                .clone()
                .or_else(|| nth(&all, n))
                .unwrap_or_default(),
        }
    }

    /// Component ids of the dossier's procedure, or a bogus one.
    fn component(&self, dossier: &str, n: u8) -> String {
        let ids: Vec<String> = self
            .procedure_of(dossier)
            .map(|p| p.components.iter().map(|c| c.id.clone()).collect())
            .unwrap_or_default();
        if n.is_multiple_of(10) {
            return "no-such-component".into();
        }
        nth(&ids, n / 10).unwrap_or_else(|| "no-such-component".into())
    }

    /// A set of components: what the truth wants for the citizen at the counter, or a draw.
    fn components(&self, dossier: &str, a: u8, b: u8) -> BTreeSet<String> {
        if a.is_multiple_of(3)
            && let Some(Disposition::Supplement(set)) = self
                .shift
                .at_counter()
                .and_then(|c| c.analysis.as_ref())
                .map(|t| &t.disposition)
        {
            return set.clone();
        }
        (0..1 + b % 3)
            .map(|k| self.component(dossier, a.wrapping_add(k.wrapping_mul(37))))
            .collect()
    }

    /// A refusal ground: the truth's, one of the procedure, a defect id, or bogus.
    fn ground(&self, procedure: &str, n: u8) -> String {
        if n.is_multiple_of(4)
            && let Some(Disposition::Refuse(g)) = self
                .shift
                .at_counter()
                .and_then(|c| c.analysis.as_ref())
                .map(|t| &t.disposition)
        {
            return g.clone();
        }
        let mut grounds: Vec<String> = self
            .shift
            .scenario()
            .procedure(procedure)
            .map(|p| p.refusals.iter().map(|r| r.id.clone()).collect())
            .unwrap_or_default();
        grounds.extend(DefectKind::ALL.iter().map(|d| d.id().to_owned()));
        grounds.push("no-such-ground".into());
        nth(&grounds, n / 4).unwrap_or_default()
    }

    /// A field reference on a paper on the desk: a field it has, or a bogus one.
    fn field(&self, n: u8, m: u8) -> FieldRef {
        let doc = nth(&self.docs, n);
        let field = doc
            .and_then(|d| {
                let keys: Vec<String> = d.fields.keys().cloned().collect();
                if m.is_multiple_of(12) {
                    None
                } else {
                    nth(&keys, m)
                }
            })
            .unwrap_or_else(|| "no.such.field".into());
        FieldRef {
            document: doc.map_or_else(|| "no-such-paper".into(), |d| d.id.clone()),
            field,
        }
    }

    /// A date near the shift or near a dossier's due date.
    fn date(&self, dossier: &str, n: u8) -> chrono::NaiveDate {
        let base = self
            .shift
            .portal
            .dossiers
            .get(dossier)
            .and_then(|d| d.due)
            .map_or(self.shift.scenario().file.shift.date, |t| t.date());
        base + chrono::Duration::days(i64::from(n % 12) - 2)
    }

    /// The fee the truth wants for the counter citizen, or another amount.
    fn amount(&self, n: u8) -> u64 {
        let truth = self
            .shift
            .at_counter()
            .and_then(|c| c.analysis.as_ref())
            .map_or(0, |t| t.fee);
        match n % 6 {
            0 => 0,
            1 => u64::from(n) * 1_000,
            2 => u64::MAX,
            _ => truth,
        }
    }

    /// A fault response: one a fault in effect expects, or any.
    fn response(&self, n: u8) -> FaultResponse {
        let expected: Vec<FaultResponse> = self
            .shift
            .faults
            .iter()
            .filter(|f| f.active())
            .flat_map(|f| f.spec.expected.iter().copied())
            .collect();
        let all = [
            FaultResponse::RestartComputer,
            FaultResponse::ClearScannerJam,
            FaultResponse::ReportToHelpdesk,
            FaultResponse::InformQueue,
            FaultResponse::SwitchToPaper,
            FaultResponse::SwitchToCash,
        ];
        if !n.is_multiple_of(4)
            && let Some(r) = nth(&expected, n / 4)
        {
            return r;
        }
        all[n as usize % all.len()]
    }

    /// A scan number: one made (most often the last), 0, or one past the end.
    fn scan(&self, n: u8) -> u32 {
        let made = u32::try_from(self.shift.scans.len()).unwrap_or(u32::MAX);
        match n % 8 {
            0 => 0,
            1 => made.saturating_add(1),
            2..=4 => made,
            _ if made > 0 => 1 + u32::from(n) % made,
            _ => 1,
        }
    }

    /// A photocopy on the desk with a paper of the same kind (its original, mostly).
    fn copy_pair(&self, n: u8) -> (String, String) {
        let copies: Vec<_> = self
            .docs
            .iter()
            .filter(|d| d.copy == CopyForm::Photocopy)
            .collect();
        match nth(&copies, n) {
            Some(copy) => {
                let original = self
                    .docs
                    .iter()
                    .filter(|d| d.id != copy.id && (n.is_multiple_of(5) || d.kind == copy.kind))
                    .map(|d| d.id.clone())
                    .next()
                    .unwrap_or_else(|| "no-such-paper".into());
                (copy.id.clone(), original)
            }
            None => (self.doc(n), self.doc(n.wrapping_add(1))),
        }
    }
}

/// Turns a random draw into an action plausible in the current state (and now and then an
/// implausible one, which the engine must reject without changing anything).
fn pick(shift: &Shift, (kind, a, b, c): Choice) -> Action {
    let ctx = Context::new(shift);
    let weights = ctx.weights();
    let total: u32 = weights.iter().sum();
    let mut k = u32::from(kind) % total;
    let mut variant = VARIANTS.len() - 1;
    for (i, w) in weights.iter().enumerate() {
        if k < *w {
            variant = i;
            break;
        }
        k -= w;
    }
    let dossier = ctx.dossier(a);
    match VARIANTS[variant] {
        "call-next" => Action::CallNext,
        "ask" => Action::Ask {
            question: Question::ALL[a as usize % Question::ALL.len()],
        },
        "inspect" => Action::Inspect {
            document: ctx.doc(a),
            tool: if b % 2 == 0 {
                LookTool::Magnifier
            } else {
                LookTool::AgainstLight
            },
        },
        "turn-page" => Action::TurnPage {
            document: ctx.doc(a),
            page: b % 5,
        },
        "flag" => Action::Flag {
            claim: ctx.claim(a, b, c),
        },
        "clear-flag" => Action::ClearFlag {
            claim: ctx.flagged(a).unwrap_or_else(|| ctx.claim(a, b, c)),
        },
        "compare" => Action::CompareFields {
            a: ctx.field(a, b),
            b: ctx.field(b, if c % 3 == 0 { b } else { c }),
        },
        "check-identity" => Action::CheckIdentity {
            document: ctx.doc(a),
        },
        "state-records" => Action::LookUpStateRecords,
        "look-up-procedure" => Action::LookUpProcedure {
            procedure: ctx.any_procedure(a),
        },
        "hint" => Action::Hint,
        "create-dossier" => Action::CreateDossier {
            procedure: ctx.any_procedure(a),
        },
        "fill-field" => {
            let field = DossierField::ALL[b as usize % DossierField::ALL.len()];
            let persona = shift.at_counter().map(|c| &c.persona);
            let value = match (c % 4, field, persona) {
                (0, _, _) => "x".repeat(usize::from(c)),
                (_, DossierField::ApplicantName, Some(p)) => p.name.clone(),
                (_, DossierField::ApplicantIdNumber, Some(p)) => p.id_number.clone(),
                _ => format!("09{c:08}"),
            };
            Action::FillField {
                dossier,
                field,
                value,
            }
        }
        "scan" => Action::Scan {
            document: ctx.doc(a),
            settings: if b % 3 == 0 {
                ScanSettings {
                    dpi: [100, 150, 200, 300, 400, 600, 123][c as usize % 7],
                    color: [ColorMode::Color, ColorMode::Gray, ColorMode::BlackWhite]
                        [b as usize % 3],
                    duplex: c % 2 == 0,
                }
            } else {
                ScanSettings::default()
            },
        },
        "attach" => Action::Attach {
            component: ctx.component(&dossier, b),
            scan: ctx.scan(c),
            dossier,
        },
        "certify-copy" => {
            let (copy, original) = ctx.copy_pair(b);
            Action::CertifyCopy {
                dossier,
                copy,
                original,
            }
        }
        "set-fee" => Action::SetFee {
            dossier,
            amount: ctx.amount(b),
        },
        "collect-fee" => Action::CollectFee {
            dossier,
            method: if b % 2 == 0 {
                PaymentMethod::Cash
            } else {
                PaymentMethod::EPayment
            },
        },
        "issue-receipt" => Action::IssueReceipt {
            appointment: ctx.date(&dossier, b),
            dossier,
        },
        "request-supplement" => Action::RequestSupplement {
            components: ctx.components(&dossier, b, c),
            dossier: (c % 3 == 0).then_some(dossier),
        },
        "refuse" => {
            let procedure = ctx
                .procedure_of(&dossier)
                .map(|p| p.code.clone())
                .unwrap_or_else(|| ctx.any_procedure(b));
            Action::Refuse {
                ground: ctx.ground(&procedure, c),
                procedure,
                dossier: (b % 3 == 0).then_some(dossier),
            }
        }
        "transfer" => Action::Transfer {
            department: match ctx.procedure_of(&dossier) {
                Some(p) if b % 4 != 0 => p.department,
                _ => Department::ALL[b as usize % Department::ALL.len()],
            },
            dossier,
        },
        "sync" => Action::Sync { dossier },
        "return-result" => {
            // Results ready for someone waiting, or the counter citizen's.
            let ready: Vec<String> = shift
                .portal
                .dossiers
                .values()
                .filter(|d| d.status == Status::Processed)
                .map(|d| d.code.clone())
                .collect();
            Action::ReturnResult {
                dossier: if b % 2 == 0 {
                    nth(&ready, c).unwrap_or(dossier)
                } else {
                    dossier
                },
            }
        }
        "record-withdrawal" => Action::RecordWithdrawal { dossier },
        "send-apology" => {
            let delayed: Vec<String> = shift
                .portal
                .dossiers
                .values()
                .filter(|d| d.delay.is_some())
                .map(|d| d.code.clone())
                .collect();
            let dossier = if b % 3 != 0 {
                nth(&delayed, c).unwrap_or(dossier)
            } else {
                dossier
            };
            Action::SendApology {
                new_date: ctx.date(&dossier, c),
                dossier,
            }
        }
        "guide" => Action::Guide {
            topic: GuideTopic::ALL[a as usize % GuideTopic::ALL.len()],
        },
        "respond-to-fault" => Action::RespondToFault {
            response: ctx.response(a),
        },
        "notify-send-back" => {
            let sent: Vec<&motcua::portal::Dossier> = shift
                .portal
                .dossiers
                .values()
                .filter(|d| d.sent_back.is_some())
                .collect();
            match nth(&sent, c).filter(|_| b % 4 != 0) {
                Some(d) => {
                    let decided = d.sent_back.as_ref().map(|s| s.decision.clone());
                    match decided {
                        Some(motcua::scenario::SendBackDecision::Refuse { ground })
                            if b % 3 != 0 =>
                        {
                            Action::NotifySendBack {
                                dossier: d.code.clone(),
                                components: Default::default(),
                                ground: Some(ground),
                            }
                        }
                        Some(motcua::scenario::SendBackDecision::Supplement { components })
                            if b % 3 != 0 =>
                        {
                            Action::NotifySendBack {
                                dossier: d.code.clone(),
                                components,
                                ground: None,
                            }
                        }
                        _ => Action::NotifySendBack {
                            dossier: d.code.clone(),
                            components: [ctx.component(&d.code, a)].into(),
                            ground: None,
                        },
                    }
                }
                None => Action::NotifySendBack {
                    dossier,
                    components: Default::default(),
                    ground: Some("x".into()),
                },
            }
        }
        "receive-supplement" => {
            let brought = shift.at_counter().and_then(|c| match &c.arrival.wants {
                Want::BringSupplement { dossier } => Some(dossier.clone()),
                _ => None,
            });
            let dossier = brought.filter(|_| b % 4 != 0).unwrap_or(dossier);
            Action::ReceiveSupplement {
                appointment: ctx.date(&dossier, c),
                dossier,
            }
        }
        "dismiss" => Action::Dismiss,
        "wait" => Action::Wait {
            minutes: match b % 8 {
                0 => 0,
                1 => 241,
                _ => u32::from(c % 45) + 1,
            },
        },
        "accommodate" => Action::Accommodate {
            help: Help::ALL[a as usize % Help::ALL.len()],
        },
        "send-to-kiosk" => Action::SendToKiosk {
            coach_minutes: match b % 4 {
                0 => 31,
                1 => 10,
                _ => 0,
            },
        },
        "use-slip-forms" => Action::UseSlipForms {
            family: if a % 2 == 0 {
                motcua::scenario::SlipFamily::Police
            } else {
                motcua::scenario::SlipFamily::OneStop
            },
        },
        "log-in" => Action::LogIn,
        "sign-scan" => Action::SignScan {
            scan: nth(&unsigned_scans(shift), b)
                .unwrap_or_else(|| u32::from(b) % (shift.scans.len() as u32 + 2)),
        },
        "digitize-result" => Action::DigitizeResult { dossier },
        "certify-e-copy" => match nth(&e_copy_candidates(shift), c) {
            Some((dossier, scan)) => Action::CertifyECopy { dossier, scan },
            None => Action::CertifyECopy {
                dossier,
                scan: u32::from(c) % (shift.scans.len() as u32 + 2),
            },
        },
        "set-return-channel" => Action::SetReturnChannel {
            dossier,
            channel: ResultChannel::ALL[b as usize % ResultChannel::ALL.len()],
        },
        "return-electronically" => Action::ReturnElectronically { dossier },
        "send-by-post" => Action::SendByPost { dossier },
        "correct-on-the-spot" => {
            let at = ctx.field(a, b);
            Action::CorrectOnTheSpot {
                document: at.document,
                field: (c % 5 != 0).then_some(at.field),
            }
        }
        "create-bundle" => {
            let ids: Vec<String> = shift.scenario().catalog.bundles.keys().cloned().collect();
            Action::CreateBundle {
                bundle: nth(&ids, b).unwrap_or_default(),
            }
        }
        _ => Action::EndShift,
    }
}

/// Scans not signed yet (issue 13).
fn unsigned_scans(shift: &Shift) -> Vec<u32> {
    shift
        .scans
        .iter()
        .map(|s| s.number)
        .filter(|n| !shift.scan_signed(*n))
        .collect()
}

/// Signed scans not yet certified as e-copies, each with its citizen's open dossier.
fn e_copy_candidates(shift: &Shift) -> Vec<(String, u32)> {
    shift
        .scans
        .iter()
        .filter(|s| shift.scan_signed(s.number) && !shift.e_copy_certified(s.number))
        .filter_map(|s| {
            let d = shift.dossier_of(s.citizen)?;
            let offered = shift
                .scenario()
                .procedure(&d.procedure)
                .is_some_and(|p| p.e_copy.is_some());
            offered.then(|| (d.code.clone(), s.number))
        })
        .collect()
}

fn check_report(shift: &Shift) {
    let r = grade(shift);
    assert!((0.0..=100.0).contains(&r.total), "total {}", r.total);
    for d in &r.dimensions {
        assert!(
            (0.0..=100.0).contains(&d.percent),
            "{:?} {}",
            d.dimension,
            d.percent
        );
    }
    for k in [
        r.kpis.on_time,
        r.kpis.online_submission,
        r.kpis.digitization,
        r.kpis.online_payment,
        r.kpis.sync,
        r.kpis.satisfaction,
        r.kpis.index,
    ] {
        assert!((0.0..=100.0).contains(&k), "kpi {k}");
    }
    if !r.critical.is_empty() {
        assert!(r.total <= motcua::score::CRITICAL_CAP);
    }
}

/// Plays `choices` on a fresh shift of `scenario`, checking after every action that a
/// rejected one changed nothing and that the score is in range; then replays the accepted
/// actions and checks that state and score come out exactly the same.
fn check_session(
    scenario: &Arc<Scenario>,
    seed: u64,
    mode: Mode,
    choices: &[Choice],
) -> Result<(), TestCaseError> {
    let mut shift = Shift::new(scenario.clone(), seed, mode);
    for choice in choices {
        let action = pick(&shift, *choice);
        let before = shift.fingerprint();
        if shift.apply(action.clone()).is_err() {
            prop_assert_eq!(
                before,
                shift.fingerprint(),
                "a rejected {:?} changed the state",
                action
            );
        }
        check_report(&shift);
    }
    let mut replay = Shift::new(scenario.clone(), seed, mode);
    for (_, action) in shift.actions.clone() {
        prop_assert!(replay.apply(action).is_ok());
    }
    prop_assert_eq!(replay.fingerprint(), shift.fingerprint());
    prop_assert_eq!(grade(&replay), grade(&shift));
    Ok(())
}

fn choice() -> impl Strategy<Value = Choice> {
    (any::<u16>(), any::<u8>(), any::<u8>(), any::<u8>())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn random_sessions_never_panic_and_replay_exactly(
        which in any::<prop::sample::Index>(),
        seed in 0u64..1000,
        exam in any::<bool>(),
        choices in proptest::collection::vec(choice(), 1..140),
    ) {
        let scenario = which.get(shipped());
        let mode = if exam { Mode::Exam } else { Mode::Practice };
        check_session(scenario, seed, mode, &choices)?;
    }

    #[test]
    fn the_expert_wins_generated_shifts(seed in 0u64..10_000) {
        let played = motcua::expert::play(generated_shift(), seed, Mode::Exam);
        prop_assert!(played.is_ok(), "seed {}: {:?}", seed, played.as_ref().err());
        let Ok((shift, actions)) = played else { unreachable!() };
        prop_assert!(shift.ended, "the expert did not finish");
        let report = grade(&shift);
        // The queue is random: a citizen may give up while the expert serves others. That is
        // the load, not a mistake; every other feedback item would be the expert's error.
        let gave_up: BTreeSet<String> = shift
            .citizens
            .iter()
            .filter(|c| c.leave_reason == Some(motcua::sim::LeaveReason::Impatient))
            .map(|c| c.arrival.id.clone())
            .collect();
        let mistakes: Vec<_> = report
            .feedback
            .iter()
            .filter(|f| f.message != "fb-long-wait" && !f.citizen.as_ref().is_some_and(|c| gave_up.contains(c)))
            .map(|f| (&f.message, &f.args))
            .collect();
        prop_assert!(mistakes.is_empty(), "seed {}: expert mistakes {:?}", seed, mistakes);
        if gave_up.is_empty() {
            prop_assert!(report.total >= 95.0, "seed {}: expert scored {}", seed, report.total);
        }
        prop_assert!(report.critical.is_empty());
        // Every dossier an expert received reached the national portal.
        for d in shift.portal.dossiers.values().filter(|d| !d.draft && d.status != Status::SupplementRequested) {
            prop_assert_eq!(d.sync, motcua::portal::SyncState::Synced, "{} not synced", d.code);
        }
        prop_assert!(actions.len() < motcua::expert::MAX_ACTIONS);
    }
}

/// Sessions per shipped scenario in [`the_generator_produces_every_action`].
const COVERAGE_SESSIONS: u64 = 12;
/// Actions per session there.
const COVERAGE_ACTIONS: usize = 120;

/// The generator produces every action variant, and the engine accepts each of them at
/// least once, over the shipped scenarios: the property tests above really explore the
/// whole engine. Counts are printed (`--nocapture`) so a weak spot shows before it is zero.
#[test]
fn the_generator_produces_every_action() {
    let mut produced: BTreeMap<&str, usize> = VARIANTS.iter().map(|v| (*v, 0)).collect();
    let mut accepted = produced.clone();
    let mut sessions = 0;
    let mut ended = 0;
    for (k, scenario) in shipped().iter().enumerate() {
        for s in 0..COVERAGE_SESSIONS {
            let seed = 1000 * k as u64 + s;
            let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
            let mode = if s % 2 == 0 {
                Mode::Practice
            } else {
                Mode::Exam
            };
            let mut shift = Shift::new(scenario.clone(), seed, mode);
            sessions += 1;
            // A third of the sessions let the expert play every other step, so that deep
            // states (a signed scan of an original, a result ready to digitize) are reached
            // and the random clerk's actions are tried there too.
            let guided = s % 3 == 2;
            for step in 0..COVERAGE_ACTIONS {
                let expert = (guided && step % 2 == 0)
                    .then(|| motcua::expert::next_action(&shift))
                    .flatten()
                    .filter(|a| *a != Action::EndShift);
                let action = expert.unwrap_or_else(|| {
                    pick(
                        &shift,
                        (rng.random(), rng.random(), rng.random(), rng.random()),
                    )
                });
                *produced.entry(action.name()).or_default() += 1;
                if shift.apply(action.clone()).is_ok() {
                    *accepted.entry(action.name()).or_default() += 1;
                }
            }
            ended += usize::from(shift.ended);
        }
    }
    eprintln!("{sessions} sessions of {COVERAGE_ACTIONS} actions, {ended} ended by end-shift");
    for v in VARIANTS {
        eprintln!(
            "  {v:20} produced {:5}  accepted {:5}",
            produced[v], accepted[v]
        );
    }
    let never: Vec<&str> = VARIANTS
        .iter()
        .copied()
        .filter(|v| produced[v] == 0)
        .collect();
    assert!(never.is_empty(), "never produced: {never:?}");
    let refused: Vec<&str> = VARIANTS
        .iter()
        .copied()
        .filter(|v| accepted[v] == 0)
        .collect();
    assert!(refused.is_empty(), "never accepted: {refused:?}");
    assert!(
        ended * 5 >= sessions,
        "only {ended} of {sessions} sessions ended the shift"
    );
}

/// [`VARIANTS`] names every variant of [`Action`] (a new variant must be added there).
#[test]
fn the_variant_list_is_complete() {
    let sample = [
        Action::CallNext,
        Action::Ask {
            question: Question::Purpose,
        },
        Action::Inspect {
            document: String::new(),
            tool: LookTool::Magnifier,
        },
        Action::TurnPage {
            document: String::new(),
            page: 1,
        },
        Action::CompareFields {
            a: FieldRef {
                document: String::new(),
                field: String::new(),
            },
            b: FieldRef {
                document: String::new(),
                field: String::new(),
            },
        },
        Action::Flag {
            claim: Claim::OnPaper {
                document: String::new(),
                field: None,
                defect: DefectKind::Forged,
            },
        },
        Action::ClearFlag {
            claim: Claim::OnPaper {
                document: String::new(),
                field: None,
                defect: DefectKind::Forged,
            },
        },
        Action::CheckIdentity {
            document: String::new(),
        },
        Action::LookUpStateRecords,
        Action::LookUpProcedure {
            procedure: String::new(),
        },
        Action::Hint,
        Action::CreateDossier {
            procedure: String::new(),
        },
        Action::FillField {
            dossier: String::new(),
            field: DossierField::Phone,
            value: String::new(),
        },
        Action::Scan {
            document: String::new(),
            settings: ScanSettings::default(),
        },
        Action::Attach {
            dossier: String::new(),
            scan: 0,
            component: String::new(),
        },
        Action::CertifyCopy {
            dossier: String::new(),
            copy: String::new(),
            original: String::new(),
        },
        Action::SetFee {
            dossier: String::new(),
            amount: 0,
        },
        Action::CollectFee {
            dossier: String::new(),
            method: PaymentMethod::Cash,
        },
        Action::IssueReceipt {
            dossier: String::new(),
            appointment: chrono::NaiveDate::MIN,
        },
        Action::RequestSupplement {
            dossier: None,
            components: BTreeSet::new(),
        },
        Action::Refuse {
            dossier: None,
            procedure: String::new(),
            ground: String::new(),
        },
        Action::Transfer {
            dossier: String::new(),
            department: Department::Economic,
        },
        Action::Sync {
            dossier: String::new(),
        },
        Action::ReturnResult {
            dossier: String::new(),
        },
        Action::RecordWithdrawal {
            dossier: String::new(),
        },
        Action::SendApology {
            dossier: String::new(),
            new_date: chrono::NaiveDate::MIN,
        },
        Action::Guide {
            topic: GuideTopic::StatusLookup,
        },
        Action::RespondToFault {
            response: FaultResponse::InformQueue,
        },
        Action::Dismiss,
        Action::Wait { minutes: 1 },
        Action::EndShift,
        Action::Accommodate {
            help: Help::ReadAloud,
        },
        Action::SendToKiosk { coach_minutes: 0 },
        Action::NotifySendBack {
            dossier: String::new(),
            components: Default::default(),
            ground: None,
        },
        Action::ReceiveSupplement {
            dossier: String::new(),
            appointment: chrono::NaiveDate::MIN,
        },
        Action::UseSlipForms {
            family: motcua::scenario::SlipFamily::Police,
        },
        Action::LogIn,
        Action::SignScan { scan: 1 },
        Action::DigitizeResult {
            dossier: String::new(),
        },
        Action::CertifyECopy {
            dossier: String::new(),
            scan: 1,
        },
        Action::SetReturnChannel {
            dossier: String::new(),
            channel: ResultChannel::Post,
        },
        Action::ReturnElectronically {
            dossier: String::new(),
        },
        Action::SendByPost {
            dossier: String::new(),
        },
        Action::CorrectOnTheSpot {
            document: String::new(),
            field: None,
        },
        Action::CreateBundle {
            bundle: String::new(),
        },
    ];
    // An exhaustive match: adding a variant to `Action` breaks the build here.
    for a in &sample {
        match a {
            Action::CallNext
            | Action::Ask { .. }
            | Action::Inspect { .. }
            | Action::TurnPage { .. }
            | Action::CompareFields { .. }
            | Action::Flag { .. }
            | Action::ClearFlag { .. }
            | Action::CheckIdentity { .. }
            | Action::LookUpStateRecords
            | Action::LookUpProcedure { .. }
            | Action::Hint
            | Action::CreateDossier { .. }
            | Action::FillField { .. }
            | Action::Scan { .. }
            | Action::Attach { .. }
            | Action::CertifyCopy { .. }
            | Action::SetFee { .. }
            | Action::CollectFee { .. }
            | Action::IssueReceipt { .. }
            | Action::RequestSupplement { .. }
            | Action::Refuse { .. }
            | Action::Transfer { .. }
            | Action::Sync { .. }
            | Action::ReturnResult { .. }
            | Action::RecordWithdrawal { .. }
            | Action::SendApology { .. }
            | Action::Guide { .. }
            | Action::RespondToFault { .. }
            | Action::Dismiss
            | Action::Wait { .. }
            | Action::EndShift
            | Action::Accommodate { .. }
            | Action::SendToKiosk { .. }
            | Action::NotifySendBack { .. }
            | Action::ReceiveSupplement { .. }
            | Action::UseSlipForms { .. }
            | Action::LogIn
            | Action::SignScan { .. }
            | Action::DigitizeResult { .. }
            | Action::CertifyECopy { .. }
            | Action::SetReturnChannel { .. }
            | Action::ReturnElectronically { .. }
            | Action::SendByPost { .. }
            | Action::CorrectOnTheSpot { .. }
            | Action::CreateBundle { .. } => {}
        }
    }
    let names: Vec<&str> = sample.iter().map(Action::name).collect();
    assert_eq!(names, VARIANTS);
}

#[test]
fn garbage_actions_are_errors_not_panics() {
    let mut shift = Shift::new(tutorial(), 1, Mode::Practice);
    let garbage = [
        Action::Inspect {
            document: "\u{0}".into(),
            tool: LookTool::AgainstLight,
        },
        Action::TurnPage {
            document: "c1-notice".into(),
            page: u8::MAX,
        },
        Action::Flag {
            claim: Claim::Discrepancy {
                a: FieldRef {
                    document: "\u{0}".into(),
                    field: String::new(),
                },
                b: FieldRef {
                    document: String::new(),
                    field: "\u{0}".into(),
                },
            },
        },
        Action::ClearFlag {
            claim: Claim::OnPaper {
                document: "c1-notice".into(),
                field: Some("no.such.field".into()),
                defect: DefectKind::Altered,
            },
        },
        Action::Attach {
            dossier: "x".into(),
            scan: u32::MAX,
            component: "y".into(),
        },
        Action::FillField {
            dossier: "x".into(),
            field: DossierField::Phone,
            value: "9".repeat(10_000),
        },
        Action::Wait { minutes: 0 },
        Action::Wait { minutes: u32::MAX },
        Action::SetFee {
            dossier: "x".into(),
            amount: u64::MAX,
        },
        Action::ReturnResult {
            dossier: String::new(),
        },
        Action::Dismiss,
        Action::Hint,
    ];
    for g in garbage {
        let before = shift.fingerprint();
        assert!(shift.apply(g).is_err());
        assert_eq!(before, shift.fingerprint());
    }
}

#[test]
fn hints_are_refused_in_exam_mode_and_cost_in_practice() {
    let mut exam = Shift::new(tutorial(), 1, Mode::Exam);
    exam.apply(Action::CallNext).unwrap();
    assert!(exam.apply(Action::Hint).is_err());
    let mut practice = Shift::new(tutorial(), 1, Mode::Practice);
    practice.apply(Action::CallNext).unwrap();
    let before = grade(&practice).dimensions[0].penalties;
    practice.apply(Action::Hint).unwrap();
    assert!(grade(&practice).dimensions[0].penalties > before);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// A damaged or hostile scenario file gives problems, never a panic or a hang.
    #[test]
    fn damaged_scenario_files_are_errors_not_panics(
        cuts in proptest::collection::vec((any::<prop::sample::Index>(), 0usize..40, "[\\[\\](){}\"a-z0-9:, ]{0,6}"), 1..6),
    ) {
        let tutorial = common::tutorial();
        let original = std::fs::read_to_string(tutorial.dir.join("scenario.ron")).unwrap();
        let mut text = original.clone();
        for (at, len, insert) in cuts {
            let mut start = at.index(text.len().max(1));
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + len).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.replace_range(start..end, &insert);
        }
        let dir = tempfile::tempdir().unwrap();
        let scenario_dir = dir.path().join("tutorial-birth");
        std::fs::create_dir_all(&scenario_dir).unwrap();
        std::fs::write(scenario_dir.join("scenario.ron"), &text).unwrap();
        let result = motcua::scenario::load::load_scenario(&scenario_dir, tutorial.catalog.clone());
        match result {
            Err(problems) => {
                prop_assert!(!problems.0.is_empty());
                for p in &problems.0 {
                    prop_assert!(!p.message.is_empty());
                }
            }
            // A mutation that still validates must still simulate.
            Ok(scenario) => {
                let played = motcua::expert::play(Arc::new(scenario), 3, Mode::Practice);
                prop_assert!(played.is_ok(), "{:?}", played.as_ref().err());
                if let Ok((shift, _)) = played {
                    check_report(&shift);
                }
            }
        }
    }
}
