//! Events: what happened, as a result of an action or of time passing.

use serde::{Deserialize, Serialize};

use crate::portal::{SlipKind, Status};
use crate::scenario::{Department, FaultKind, FaultResponse, Question, ResultChannel};
use crate::text::LocalizedText;

use super::{Claim, FieldRef, GuideTopic, Help, KioskBlock, Line, LookTool, PaymentMethod};

/// Why a citizen left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LeaveReason {
    /// Served and gone.
    Served,
    /// Waited longer than their patience.
    Impatient,
    /// The counter closed.
    ShiftClosed,
}

/// A problem visible on a scan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ScanProblem {
    /// Below 200 dpi: text blurs in the archive copy.
    LowResolution,
    /// Greyscale or black-and-white lost the red seal or the photo.
    ColorLost,
    /// Fewer images than pages (back side or sticky-note page missing).
    MissingPages,
    /// The paper itself cannot be read.
    Unreadable,
}

impl ScanProblem {
    /// Stable identifier used in locale keys (`scan-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            ScanProblem::LowResolution => "low-resolution",
            ScanProblem::ColorLost => "color-lost",
            ScanProblem::MissingPages => "missing-pages",
            ScanProblem::Unreadable => "unreadable",
        }
    }
}

/// What the population database returns for a card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PopulationRecord {
    /// Name on record.
    pub name: String,
    /// Birth date on record.
    pub birth_date: String,
    /// Whether the number exists.
    pub found: bool,
}

/// Something that happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Event {
    /// A citizen walked in and took a number.
    CitizenArrived {
        /// Citizen index.
        citizen: usize,
    },
    /// A citizen came to the counter.
    CitizenCalled {
        /// Citizen index.
        citizen: usize,
    },
    /// A citizen left.
    CitizenLeft {
        /// Citizen index.
        citizen: usize,
        /// Why.
        reason: LeaveReason,
    },
    /// A citizen sat down to wait for a same-day result.
    CitizenWaitingForResult {
        /// Citizen index.
        citizen: usize,
        /// Dossier code.
        dossier: String,
    },
    /// The citizen answered.
    Answered {
        /// Question.
        question: Question,
        /// Answer.
        answer: Line,
        /// The question had been asked before.
        repeated: bool,
    },
    /// The clerk looked at a paper with a tool (what they see is the paper itself).
    Inspected {
        /// Document id.
        document: String,
        /// The tool.
        tool: LookTool,
    },
    /// A multi-page paper was turned to a page.
    PageTurned {
        /// Document id.
        document: String,
        /// The page now open, from 1.
        page: u8,
        /// How many pages the paper has.
        pages: u8,
    },
    /// Two fields put side by side, with the values as written (no verdict).
    Compared {
        /// First field.
        a: FieldRef,
        /// Second field.
        b: FieldRef,
        /// What the first field says.
        value_a: String,
        /// What the second field says.
        value_b: String,
    },
    /// The clerk flagged something wrong (recorded, not judged here).
    Flagged {
        /// The claim.
        claim: Claim,
    },
    /// The clerk took a flag back.
    FlagCleared {
        /// The claim.
        claim: Claim,
    },
    /// The population database's answer: the person registered under the card's number,
    /// or nobody (no verdict: comparing the record with the card is the clerk's work).
    IdentityChecked {
        /// Document id.
        document: String,
        /// The record.
        record: PopulationRecord,
    },
    /// Papers of this case the state already holds (component ids).
    StateRecordsFound {
        /// Component ids.
        components: Vec<String>,
    },
    /// A procedure page was opened.
    ProcedureShown {
        /// Procedure code.
        procedure: String,
    },
    /// A hint.
    HintGiven {
        /// The hint.
        text: Line,
    },
    /// A dossier was created.
    DossierCreated {
        /// Dossier code.
        dossier: String,
    },
    /// A form field was typed.
    FieldFilled {
        /// Dossier code.
        dossier: String,
    },
    /// A scan was made.
    Scanned {
        /// Scan number.
        scan: u32,
        /// Images produced.
        images: u8,
        /// Problems visible in the preview.
        problems: Vec<ScanProblem>,
    },
    /// The scanner jammed; nothing was scanned.
    ScannerJammed,
    /// A scan was attached.
    Attached {
        /// Dossier code.
        dossier: String,
        /// Component id.
        component: String,
        /// Scan number.
        scan: u32,
    },
    /// A photocopy was checked against its original and signed.
    CopyCertified {
        /// Document id.
        copy: String,
    },
    /// Fee entered.
    FeeSet {
        /// Dossier code.
        dossier: String,
        /// Amount.
        amount: u64,
    },
    /// Fee collected.
    FeeCollected {
        /// Dossier code.
        dossier: String,
        /// Amount.
        amount: u64,
        /// Method.
        method: PaymentMethod,
    },
    /// E-payment failed (gateway down).
    PaymentFailed {
        /// Dossier code.
        dossier: String,
    },
    /// A slip was issued.
    SlipIssued {
        /// Slip number.
        number: u32,
        /// Kind.
        kind: SlipKind,
    },
    /// A dossier changed status.
    StatusChanged {
        /// Dossier code.
        dossier: String,
        /// From.
        from: Status,
        /// To.
        to: Status,
    },
    /// Transferred to a department.
    Transferred {
        /// Dossier code.
        dossier: String,
        /// Department.
        department: Department,
    },
    /// Synced to the national portal.
    Synced {
        /// Dossier code.
        dossier: String,
    },
    /// Sync failed.
    SyncFailed {
        /// Dossier code.
        dossier: String,
    },
    /// A result is ready.
    ResultReady {
        /// Dossier code.
        dossier: String,
    },
    /// A department reported a delay.
    DelayReported {
        /// Dossier code.
        dossier: String,
        /// Reason.
        reason: LocalizedText,
        /// Extra working days.
        extra_days: u32,
    },
    /// Guidance given.
    Guided {
        /// Topic.
        topic: GuideTopic,
        /// The citizen could follow it (has a phone, account…).
        useful: bool,
    },
    /// A fault started.
    FaultStarted {
        /// Kind.
        kind: FaultKind,
    },
    /// A fault ended.
    FaultEnded {
        /// Kind.
        kind: FaultKind,
    },
    /// The clerk responded to a fault.
    FaultResponded {
        /// Response.
        response: FaultResponse,
    },
    /// The shift ended.
    ShiftEnded,
    // Issue 13, item 8: citizens who need help to be served.
    /// The clerk sought help for the citizen at the counter.
    Accommodated {
        /// The citizen.
        citizen: usize,
        /// The help sought.
        help: Help,
        /// It was there (the interpreter free, a relative along) and was given.
        available: bool,
    },
    /// The citizen went to the self-service kiosk (issue 13).
    SentToKiosk {
        /// Citizen index.
        citizen: usize,
        /// Minutes the clerk coached.
        coach_minutes: u32,
    },
    /// The citizen submitted online at the kiosk; the dossier is in the online inbox.
    KioskSubmitted {
        /// Citizen index.
        citizen: usize,
        /// Dossier code.
        dossier: String,
    },
    /// The citizen came back from the kiosk without submitting, saying why.
    BackFromKiosk {
        /// Citizen index.
        citizen: usize,
        /// What stopped them.
        block: KioskBlock,
    },
    // issue 13: departments sending a dossier back
    /// The handling department sent a dossier back (supplement needed or refusal).
    SentBack {
        /// Dossier code.
        dossier: String,
        /// The handling officer's reason.
        reason: LocalizedText,
        /// True for a refusal, false for a supplement.
        refusal: bool,
    },
    // Issue 13, item 2: the clerk's own side of the system.
    /// The clerk logged in to the provincial system.
    LoggedIn,
    /// A scan was signed with the clerk's personal digital signature.
    ScanSigned {
        /// Scan number.
        scan: u32,
    },
    /// The signature was refused: the certificate has expired; nothing was signed.
    SignatureRefused {
        /// Scan number.
        scan: u32,
    },
    /// Issue 13, item 3: a result was digitized into the citizen's electronic data store.
    ResultDigitized {
        /// Dossier code.
        dossier: String,
    },
    /// Issue 13, item 3: an e-copy certified from the original went into the citizen's data
    /// store.
    ECopyCertified {
        /// Dossier code.
        dossier: String,
        /// The scan of the original.
        scan: u32,
    },
    // Issue 13, item 3: how the result is returned.
    /// The channel the citizen receives the result by was recorded on the dossier.
    ReturnChannelSet {
        /// Dossier code.
        dossier: String,
        /// The channel.
        channel: ResultChannel,
    },
    /// A result left without the citizen: by post or electronically.
    ResultSent {
        /// Dossier code.
        dossier: String,
        /// How.
        via: ResultChannel,
    },
    // Issue 13, item 6: on-the-spot corrections (`correction.rs`).
    /// The citizen corrected a field of their paper at the counter (struck through, wrote the
    /// right value beside it, initialled), or signed it (`field` is `None`).
    CorrectedOnTheSpot {
        /// Citizen index.
        citizen: usize,
        /// Document id.
        document: String,
        /// The field; `None` for the signature.
        field: Option<String>,
    },
    /// Asked to correct a field that was right, the citizen said so and wrote nothing.
    NothingToCorrect {
        /// Citizen index.
        citizen: usize,
        /// Document id.
        document: String,
        /// The field; `None` for the signature.
        field: Option<String>,
        /// What they said.
        answer: Line,
    },
    /// Issue 13, item 4: one body of an inter-agency bundle sent its result back.
    BodyResultBack {
        /// Dossier code.
        dossier: String,
        /// The body.
        department: Department,
    },
}
