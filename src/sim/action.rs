//! Actions: everything a clerk can do at the counter, as plain data.
//!
//! The GUI turns each click into one [`Action`]; scripts and result files store the same
//! values, so every behaviour can be played and tested headless.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Help;
use crate::scenario::{DefectKind, PaperArea, SlipFamily};
use crate::vocabulary::{
    Department, DossierField, FaultResponse, PaymentMethod, Question, ResultChannel,
};

/// One field of one paper, for comparisons.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct FieldRef {
    /// Document id.
    pub document: String,
    /// Field key as printed on that paper.
    pub field: String,
}

/// How the clerk looks at a paper. Looking shows the paper, never a verdict: what is wrong
/// is for the clerk to see and to flag.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub enum LookTool {
    /// Through the magnifier: small print, overwritten digits, the grain of a seal.
    #[default]
    Magnifier,
    /// Held up to the light: erasures and overwrites, the watermark, an embossed seal.
    AgainstLight,
}

impl LookTool {
    /// True for the magnifier, the tool an `Inspect` without one means.
    pub fn is_magnifier(&self) -> bool {
        *self == LookTool::Magnifier
    }
}

/// What the clerk asserts is wrong: the engine records the claim and judges it at the end,
/// it never says at the counter whether the claim is right.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Claim {
    /// Something wrong on one paper: in a field, or in the area the defect shows in
    /// ([`DefectKind::area`]: the photo, the seal, the signature, the form code, the paper).
    OnPaper {
        /// Document id.
        document: String,
        /// The field, for defects that show in a field ([`PaperArea::Field`]); `None` for
        /// the other areas, or for a defect somewhere on the paper's pages (an erasure in a
        /// school record's tables).
        field: Option<String>,
        /// What the clerk says is wrong.
        defect: DefectKind,
    },
    /// Two fields that should agree and do not (a name, a date, a number on two papers).
    Discrepancy {
        /// One field.
        a: FieldRef,
        /// The other field.
        b: FieldRef,
    },
}

impl Claim {
    /// The same claim in one canonical form: a discrepancy's two fields in order, and no
    /// field on a claim about an area that is not a field.
    pub fn normalized(self) -> Claim {
        match self {
            Claim::OnPaper {
                document,
                field,
                defect,
            } => Claim::OnPaper {
                document,
                field: field.filter(|_| defect.area() == PaperArea::Field),
                defect,
            },
            Claim::Discrepancy { a, b } if b < a => Claim::Discrepancy { a: b, b: a },
            other => other,
        }
    }

    /// The papers the claim is about.
    pub fn documents(&self) -> Vec<&str> {
        match self {
            Claim::OnPaper { document, .. } => vec![document.as_str()],
            Claim::Discrepancy { a, b } => vec![a.document.as_str(), b.document.as_str()],
        }
    }

    /// True when the claim can serve as a refusal ground with this defect id.
    pub fn supports_ground(&self, ground: &str) -> bool {
        match self {
            Claim::OnPaper { defect, .. } => defect.id() == ground,
            Claim::Discrepancy { .. } => DefectKind::ALL
                .iter()
                .any(|k| k.is_mismatch() && k.id() == ground),
        }
    }
}

/// Colour mode of the scanner.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub enum ColorMode {
    /// Full colour (keeps red seals).
    #[default]
    Color,
    /// Greyscale.
    Gray,
    /// 1-bit black and white.
    BlackWhite,
}

/// Scanner settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ScanSettings {
    /// Resolution in dots per inch (the e-archive standard asks for at least 200).
    pub dpi: u16,
    /// Colour mode.
    pub color: ColorMode,
    /// Scan both sides.
    pub duplex: bool,
}

impl Default for ScanSettings {
    fn default() -> Self {
        Self {
            dpi: 300,
            color: ColorMode::Color,
            duplex: true,
        }
    }
}

/// What the clerk can guide a citizen through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum GuideTopic {
    /// Explain that this procedure can be done online next time, and how.
    OnlineService,
    /// Explain the VNeID level-2 account (enrol at the police with the chip card and phone).
    VneidAccount,
    /// Help log in to VNeID on the citizen's phone.
    VneidLogin,
    /// Show how to look up the dossier status by code (QR on the receipt, SMS).
    StatusLookup,
    /// Sit with the citizen and submit this dossier online together at the kiosk.
    AssistOnlineSubmission,
}

impl GuideTopic {
    /// Every topic.
    pub const ALL: [GuideTopic; 5] = [
        GuideTopic::OnlineService,
        GuideTopic::VneidAccount,
        GuideTopic::VneidLogin,
        GuideTopic::StatusLookup,
        GuideTopic::AssistOnlineSubmission,
    ];

    /// Stable identifier used in locale keys (`guide-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            GuideTopic::OnlineService => "online-service",
            GuideTopic::VneidAccount => "vneid-account",
            GuideTopic::VneidLogin => "vneid-login",
            GuideTopic::StatusLookup => "status-lookup",
            GuideTopic::AssistOnlineSubmission => "assist-online",
        }
    }
}

/// One thing the clerk does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    /// Call the next citizen in the queue (waits for the next arrival if nobody is there).
    CallNext,
    /// Ask the citizen at the counter a question.
    Ask {
        /// The question.
        question: Question,
    },
    /// Look closely at a paper with a tool (the magnifier, against the light).
    Inspect {
        /// Document id.
        document: String,
        /// The tool. Not written when it is the magnifier, so that a log of an engine
        /// before tools existed reads back as written (its chain still matches).
        #[serde(default, skip_serializing_if = "LookTool::is_magnifier")]
        tool: LookTool,
    },
    /// Turn a multi-page paper to a page (1 = the first).
    TurnPage {
        /// Document id.
        document: String,
        /// Page number, from 1.
        page: u8,
    },
    /// Put two fields side by side to read them together; judges nothing.
    CompareFields {
        /// First field.
        a: FieldRef,
        /// Second field.
        b: FieldRef,
    },
    /// Flag what the clerk sees is wrong.
    Flag {
        /// The claim.
        claim: Claim,
    },
    /// Take back a flag.
    ClearFlag {
        /// The claim flagged before.
        claim: Claim,
    },
    /// Look an identity paper up in the national population database.
    CheckIdentity {
        /// Document id of the card.
        document: String,
    },
    /// Look up which papers of this case the state already holds (VNeID, databases).
    LookUpStateRecords,
    /// Open a procedure's page: components, deadline, fee, legal basis.
    LookUpProcedure {
        /// Procedure code.
        procedure: String,
    },
    /// Ask the simulator for a hint (practice mode only).
    Hint,
    /// Create a dossier in the portal for the citizen at the counter.
    CreateDossier {
        /// Procedure code.
        procedure: String,
    },
    /// Type a value into the dossier form.
    FillField {
        /// Dossier code.
        dossier: String,
        /// Field.
        field: DossierField,
        /// Value typed.
        value: String,
    },
    /// Scan a paper.
    Scan {
        /// Document id.
        document: String,
        /// Settings.
        settings: ScanSettings,
    },
    /// Attach a scan to a component of a dossier.
    Attach {
        /// Dossier code.
        dossier: String,
        /// Scan number.
        scan: u32,
        /// Component id.
        component: String,
    },
    /// Compare a photocopy with its original and sign it as checked.
    CertifyCopy {
        /// Dossier code.
        dossier: String,
        /// The photocopy.
        copy: String,
        /// The original.
        original: String,
    },
    /// Enter the fee for a dossier.
    SetFee {
        /// Dossier code.
        dossier: String,
        /// Amount in đồng.
        amount: u64,
    },
    /// Collect the fee that was set.
    CollectFee {
        /// Dossier code.
        dossier: String,
        /// How.
        method: PaymentMethod,
    },
    /// Issue the receipt and appointment slip (receives the dossier, issues its code).
    IssueReceipt {
        /// Dossier code.
        dossier: String,
        /// Date written on the slip for returning the result.
        appointment: NaiveDate,
    },
    /// Issue the supplement request listing everything missing or wrong (once).
    RequestSupplement {
        /// The dossier, if one was created (online dossiers always).
        dossier: Option<String>,
        /// Component ids to bring or fix.
        components: BTreeSet<String>,
    },
    /// Issue the refusal slip, citing the ground: a refusal rule of the procedure, or a
    /// defect the clerk has flagged on the case's papers.
    Refuse {
        /// The dossier, if one was created.
        dossier: Option<String>,
        /// Procedure the citizen asked for.
        procedure: String,
        /// Ground: a refusal rule id of the procedure or a defect id.
        ground: String,
    },
    /// Transfer a received dossier to the handling department (control sheet entry).
    Transfer {
        /// Dossier code.
        dossier: String,
        /// Department.
        department: Department,
    },
    /// Send a dossier's status to the National Public Service Portal.
    Sync {
        /// Dossier code.
        dossier: String,
    },
    /// Hand the result back.
    ReturnResult {
        /// Dossier code.
        dossier: String,
    },
    /// Record the citizen's withdrawal of a dossier.
    RecordWithdrawal {
        /// Dossier code.
        dossier: String,
    },
    /// Send the apology-and-reschedule slip.
    SendApology {
        /// Dossier code.
        dossier: String,
        /// New return date.
        new_date: NaiveDate,
    },
    /// Guide the citizen at the counter.
    Guide {
        /// Topic.
        topic: GuideTopic,
    },
    /// Respond to a fault.
    RespondToFault {
        /// Response.
        response: FaultResponse,
    },
    /// Finish with the citizen at the counter (they leave, or sit down to wait for a result).
    Dismiss,
    /// Do nothing for a while.
    Wait {
        /// Minutes.
        minutes: u32,
    },
    /// Close the counter and end the shift.
    EndShift,
    // Issue 13, item 8: citizens who need help to be served.
    /// Help the citizen at the counter follow the visit (interpreter, relative, reading
    /// aloud, large print).
    Accommodate {
        /// The help.
        help: Help,
    },
    // Issue 13, assisted online submission at the kiosk.
    /// Send the citizen at the counter to the self-service kiosk to submit online with
    /// their VNeID level-2 account, the clerk staying `coach_minutes` to coach them (0: they
    /// go alone). The counter is free meanwhile.
    SendToKiosk {
        /// Minutes the clerk coaches at the kiosk (0 to 30).
        coach_minutes: u32,
    },
    // issue 13: departments sending a dossier back
    /// Inform the citizen of a dossier the handling department sent back: the supplement
    /// request listing what the department asked, or the refusal slip with its ground — by
    /// phone/SMS, or handed over when the citizen is at the counter.
    NotifySendBack {
        /// Dossier code.
        dossier: String,
        /// Component ids to bring or fix (a supplement request); empty for a refusal.
        #[serde(default)]
        components: BTreeSet<String>,
        /// The refusal ground (a refusal rule id of the procedure); `None` for a supplement.
        #[serde(default)]
        ground: Option<String>,
    },
    /// Receive what the citizen at the counter brought for a dossier sent back for a
    /// supplement: the dossier goes back to its department, its deadline restarting, and the
    /// citizen gets a new receipt with the date written on it.
    ReceiveSupplement {
        /// Dossier code.
        dossier: String,
        /// The new return date written on the receipt.
        appointment: NaiveDate,
    },
    // issue 13 item 9: residence dossiers on the police's own slip forms.
    /// Select the form set of the next slips in the portal: the one-stop slips or the
    /// commune police's CT04–CT06.
    UseSlipForms {
        /// The form set.
        family: SlipFamily,
    },
    // Issue 13, item 2: the clerk's own side of the system (`staff_session.rs`).
    /// Log in to the provincial information system with the clerk's staff account.
    LogIn,
    /// Sign a scan with the clerk's personal digital signature (token and PIN): the clerk
    /// vouches that the electronic copy is complete and matches the paper.
    SignScan {
        /// Scan number.
        scan: u32,
    },
    // Issue 13, item 3: e-results (`e_records.rs`).
    /// Digitize a dossier's ready result into the citizen's electronic data store.
    DigitizeResult {
        /// Dossier code.
        dossier: String,
    },
    /// Certify an electronic copy of an original from a signed scan of it, into the
    /// citizen's electronic data store.
    CertifyECopy {
        /// Dossier code.
        dossier: String,
        /// The signed scan of the original.
        scan: u32,
    },
    // Issue 13, item 3: how the result is returned (`return_channel.rs`).
    /// Record on a dossier how the citizen receives its result.
    SetReturnChannel {
        /// Dossier code.
        dossier: String,
        /// The channel.
        channel: ResultChannel,
    },
    /// Return a ready, digitized result electronically into the citizen's data store.
    ReturnElectronically {
        /// Dossier code.
        dossier: String,
    },
    /// Send a ready result by public postal service.
    SendByPost {
        /// Dossier code.
        dossier: String,
    },
    // Issue 13, item 6: on-the-spot corrections (`correction.rs`).
    /// Ask the citizen at the counter to correct a field of their own paper and initial it
    /// (`field` is `None`: to sign it), instead of a supplement request.
    CorrectOnTheSpot {
        /// Document id.
        document: String,
        /// The field; `None` for the signature.
        #[serde(default)]
        field: Option<String>,
    },
    // Issue 13, item 4: inter-agency bundles (`bundle.rs`).
    /// Create ONE dossier for the citizen at the counter as an inter-agency bundle (birth
    /// registration + permanent residence + health-insurance card…), received under the
    /// bundle's lead procedure; transfer it to each of the bundle's bodies.
    CreateBundle {
        /// Bundle id.
        bundle: String,
    },
}

impl Action {
    /// The dossier the action works on, if it names one.
    pub fn dossier(&self) -> Option<&str> {
        match self {
            Action::FillField { dossier, .. }
            | Action::Attach { dossier, .. }
            | Action::CertifyCopy { dossier, .. }
            | Action::SetFee { dossier, .. }
            | Action::CollectFee { dossier, .. }
            | Action::IssueReceipt { dossier, .. }
            | Action::Transfer { dossier, .. }
            | Action::Sync { dossier }
            | Action::ReturnResult { dossier }
            | Action::RecordWithdrawal { dossier }
            | Action::SendApology { dossier, .. }
            | Action::NotifySendBack { dossier, .. }
            | Action::ReceiveSupplement { dossier, .. }
            | Action::DigitizeResult { dossier }
            | Action::CertifyECopy { dossier, .. }
            | Action::SetReturnChannel { dossier, .. }
            | Action::ReturnElectronically { dossier }
            | Action::SendByPost { dossier } => Some(dossier),
            Action::RequestSupplement { dossier, .. } | Action::Refuse { dossier, .. } => {
                dossier.as_deref()
            }
            _ => None,
        }
    }

    /// Stable short name, for logs and timelines.
    pub fn name(&self) -> &'static str {
        match self {
            Action::CallNext => "call-next",
            Action::Ask { .. } => "ask",
            Action::Inspect { .. } => "inspect",
            Action::TurnPage { .. } => "turn-page",
            Action::CompareFields { .. } => "compare",
            Action::Flag { .. } => "flag",
            Action::ClearFlag { .. } => "clear-flag",
            Action::CheckIdentity { .. } => "check-identity",
            Action::LookUpStateRecords => "state-records",
            Action::LookUpProcedure { .. } => "look-up-procedure",
            Action::Hint => "hint",
            Action::CreateDossier { .. } => "create-dossier",
            Action::FillField { .. } => "fill-field",
            Action::Scan { .. } => "scan",
            Action::Attach { .. } => "attach",
            Action::CertifyCopy { .. } => "certify-copy",
            Action::SetFee { .. } => "set-fee",
            Action::CollectFee { .. } => "collect-fee",
            Action::IssueReceipt { .. } => "issue-receipt",
            Action::RequestSupplement { .. } => "request-supplement",
            Action::Refuse { .. } => "refuse",
            Action::Transfer { .. } => "transfer",
            Action::Sync { .. } => "sync",
            Action::ReturnResult { .. } => "return-result",
            Action::RecordWithdrawal { .. } => "record-withdrawal",
            Action::SendApology { .. } => "send-apology",
            Action::Guide { .. } => "guide",
            Action::RespondToFault { .. } => "respond-to-fault",
            Action::Dismiss => "dismiss",
            Action::Wait { .. } => "wait",
            Action::EndShift => "end-shift",
            Action::Accommodate { .. } => "accommodate",
            Action::SendToKiosk { .. } => "send-to-kiosk",
            Action::NotifySendBack { .. } => "notify-send-back",
            Action::ReceiveSupplement { .. } => "receive-supplement",
            Action::UseSlipForms { .. } => "use-slip-forms",
            Action::LogIn => "log-in",
            Action::SignScan { .. } => "sign-scan",
            Action::DigitizeResult { .. } => "digitize-result",
            Action::CertifyECopy { .. } => "certify-e-copy",
            Action::SetReturnChannel { .. } => "set-return-channel",
            Action::ReturnElectronically { .. } => "return-electronically",
            Action::SendByPost { .. } => "send-by-post",
            Action::CorrectOnTheSpot { .. } => "correct-on-the-spot",
            Action::CreateBundle { .. } => "create-bundle",
        }
    }
}
