//! Why an action could not be applied: one typed reason per check, each a sentence for
//! logs and scripts (the app words them in the trainee's language, `ui::describe::error`).

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::portal::PortalError;

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
    /// A page number outside the paper.
    #[error("paper `{0}` has no page {1}")]
    NoSuchPage(String, u8),
    /// A disagreement between papers was flagged on one paper.
    #[error("a disagreement between two papers is flagged as a discrepancy between two fields")]
    MismatchNeedsTwoFields,
    /// A discrepancy between a field and itself, or between papers of two different people's
    /// cases.
    #[error("a discrepancy needs two different fields of the same case")]
    DiscrepancyNeedsTwoFields,
    /// The same claim twice.
    #[error("that is already flagged")]
    AlreadyFlagged,
    /// Clearing a claim that is not flagged.
    #[error("that is not flagged")]
    NotFlagged,
    /// A refusal on a defect the clerk has not flagged on the case's papers.
    #[error("flag `{0}` on the paper first: a refusal cites what the clerk found")]
    GroundNotFlagged(String),
    /// The shift holds [`MAX_ACTIONS_PER_SHIFT`](super::MAX_ACTIONS_PER_SHIFT) actions (the last place is for ending it).
    #[error("the shift already holds the most actions allowed ({0}); end the shift")]
    TooManyActions(usize),
    /// Coaching at the kiosk for longer than allowed.
    #[error("coach at the kiosk for 0 to {0} minutes")]
    CoachOutOfRange(u32),
    /// Sending to the kiosk a citizen who has no dossier to submit.
    #[error("the citizen at the counter has nothing to submit")]
    NothingToSubmit,
    /// The centre of this scenario has no self-service kiosk.
    #[error("this centre has no self-service kiosk")]
    NoKiosk,
    // issue 13: departments sending a dossier back
    /// A notice about a send-back for a dossier the department has not sent back.
    #[error("dossier {0} was not sent back by its department")]
    NotSentBack(String),
    /// A send-back notice both asks for components and cites a refusal ground.
    #[error("a notice either asks for a supplement or refuses, not both")]
    NoticeMixed,
    /// The citizen at the counter is not the one the dossier belongs to.
    #[error("dossier {0} is not the dossier of the citizen at the counter")]
    NotTheirDossier(String),
    /// A supplement received before the citizen was told what to bring.
    #[error("dossier {0}: tell the citizen what the department asked for first")]
    NotNotified(String),
    // Issue 13, item 2: the clerk's own side of the system.
    /// A portal action before the clerk logged in.
    #[error("log in to the provincial system with your staff account first")]
    NotLoggedIn,
    /// A portal action after the session timed out.
    #[error("your session on the provincial system timed out; log in again")]
    SessionExpired,
    /// Logging in while the session is live.
    #[error("you are already logged in")]
    AlreadyLoggedIn,
    /// The scenario does not practise the staff account and the signature.
    #[error("this counter's system has no staff login or personal digital signature")]
    NoStaffSystem,
    /// The scan was signed before.
    #[error("scan number {0} is already signed")]
    ScanAlreadySigned(u32),
    /// The signing certificate has expired.
    #[error("the certificate of your digital signature has expired; nothing can be signed")]
    CertificateExpired,
    // Issue 13, item 3: e-results.
    /// The dossier's result is not ready (or was already handed back).
    #[error("dossier {0} has no result ready to digitize")]
    ResultNotReady(String),
    /// The result was digitized before.
    #[error("the result of dossier {0} is already digitized")]
    ResultAlreadyDigitized(String),
    /// The procedure gives no electronic copy.
    #[error("procedure `{0}` gives no electronic copy")]
    NoECopy(String),
    /// An e-copy is certified from a scan of an original.
    #[error("scan number {0} is not of an original paper of this dossier's citizen")]
    NotAnOriginalScan(u32),
    /// The scan must carry the clerk's signature first.
    #[error("sign scan number {0} before certifying it as an electronic copy")]
    ScanNotSigned(u32),
    /// That scan was already certified as an e-copy.
    #[error("scan number {0} is already certified as an electronic copy")]
    ECopyAlreadyCertified(u32),
    // Issue 13, item 3: how the result is returned (`return_channel.rs`).
    /// The dossier is closed (returned, refused, withdrawn): its channel cannot change.
    #[error("dossier `{0}` is closed; how its result is returned cannot change")]
    DossierClosed(String),
    /// The procedure's result is not given electronically.
    #[error("procedure `{0}` gives no electronic result; its result is on paper only")]
    NoEResult(String),
    /// The procedure's result is not sent by post.
    #[error("procedure `{0}` does not send its result by post")]
    NoPostalReturn(String),
    /// An e-result is the digitized result: digitize it first.
    #[error(
        "the result of dossier `{0}` is not digitized; digitize it before returning it electronically"
    )]
    ResultNotDigitized(String),
    // Issue 13, item 6: on-the-spot corrections.
    /// The paper came with an online dossier: its citizen is not at the counter.
    #[error("paper `{0}` came with an online dossier; its citizen is not here to correct it")]
    CitizenNotHereToCorrect(String),
    /// The paper is not one the citizen may correct at the counter.
    #[error(
        "paper `{0}` cannot be corrected at the counter: only the issuer may correct it, or the rules in force do not allow it"
    )]
    NotCorrectableAtCounter(String),
    // Issue 13, item 4: inter-agency bundles.
    /// No such bundle in the catalogue.
    #[error("no inter-agency bundle `{0}`")]
    UnknownBundle(String),
    /// A body transfer for a dossier not received as a bundle.
    #[error("dossier {0} was not received as an inter-agency bundle")]
    NotABundle(String),
    /// A transfer to a body that does not handle any procedure of the dossier's bundle.
    #[error("dossier {0}: {1:?} handles no procedure of its bundle")]
    NotABundleBody(String, crate::vocabulary::Department),
    /// The bundle dossier already went to that body.
    #[error("dossier {0} was already transferred to {1:?}")]
    AlreadyTransferred(String, crate::vocabulary::Department),
}
