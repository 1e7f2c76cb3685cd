//! The shared vocabulary: the plain words every layer of the core speaks — how a dossier
//! came in, who handles it, practice or exam, what a clerk asks, what can fail and what the
//! clerk does about it, the portal's statuses and form fields, how a fee is paid, and the
//! critical errors. Plain data with stable ids; no rule lives here beyond the one table of
//! which fault responses apply to which fault ([`FaultKind::responses`]).
//!
//! It sits below the scenario model, the portal, the engine and the scorer so that none of
//! them needs another to name these things (see ARCHITECTURE.md, "Layers").
//!
//! Glossary: *channel* — counter (paper) or online; *department* — the handling body after
//! the one-stop section; *fault* — an equipment or connected-system failure (sync, scanner,
//! PC, power, payment gateway, VNeID); *critical error* — a mistake that caps the score.

mod status;

use serde::{Deserialize, Serialize};

pub use status::Status;

/// Practice (hints, cheap warnings) or exam (no hints, full penalties).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub enum Mode {
    /// Hints allowed, minor mistakes cost half.
    #[default]
    Practice,
    /// No hints, full penalties, KPIs hidden during the shift.
    Exam,
}

/// Channel a dossier came through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Channel {
    /// At the counter, on paper.
    Counter,
    /// Online via the National Public Service Portal or VNeID.
    Online,
}

/// A fault of the counter's equipment or of a connected system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FaultKind {
    /// Sync to the National Public Service Portal fails; dossiers must be re-sent.
    NationalSyncFailure,
    /// The scanner jams on the next scan.
    ScannerJam,
    /// The old PC freezes; nothing works until it is restarted.
    FrozenPc,
    /// Power cut: PC and scanner are off; the counter logs on paper.
    PowerCut,
    /// The e-payment gateway is down; take cash with a paper receipt.
    PaymentGatewayDown,
    /// VNeID cannot authenticate anyone.
    VneidOutage,
    /// The certificate of the clerk's personal digital signature has expired: nothing can
    /// be signed until the certificate authority renews it (issue 13, item 2).
    SignatureCertificateExpired,
}

impl FaultKind {
    /// Stable identifier used in locale keys (`fault-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            FaultKind::NationalSyncFailure => "sync-failure",
            FaultKind::ScannerJam => "scanner-jam",
            FaultKind::FrozenPc => "frozen-pc",
            FaultKind::PowerCut => "power-cut",
            FaultKind::PaymentGatewayDown => "payment-down",
            FaultKind::VneidOutage => "vneid-outage",
            FaultKind::SignatureCertificateExpired => "certificate-expired",
        }
    }

    /// Every fault kind.
    pub const ALL: [FaultKind; 7] = [
        FaultKind::NationalSyncFailure,
        FaultKind::ScannerJam,
        FaultKind::FrozenPc,
        FaultKind::PowerCut,
        FaultKind::PaymentGatewayDown,
        FaultKind::VneidOutage,
        FaultKind::SignatureCertificateExpired,
    ];

    /// The one table of which responses apply to this fault, in the order the counter
    /// offers them: its own remedy or fallback ([`Self::remedy`]) first, then what every
    /// fault allows — reporting to the provincial helpdesk and telling the waiting citizens.
    /// The engine accepts exactly these, the counter offers exactly these, validation
    /// refuses a scenario that expects another, and the expert picks from them.
    pub fn responses(self) -> &'static [FaultResponse] {
        use FaultResponse::*;
        match self {
            FaultKind::FrozenPc => &[RestartComputer, ReportToHelpdesk, InformQueue],
            FaultKind::ScannerJam => &[ClearScannerJam, ReportToHelpdesk, InformQueue],
            FaultKind::PowerCut => &[SwitchToPaper, ReportToHelpdesk, InformQueue],
            FaultKind::PaymentGatewayDown => &[SwitchToCash, ReportToHelpdesk, InformQueue],
            FaultKind::NationalSyncFailure => &[ReportToHelpdesk, InformQueue],
            FaultKind::VneidOutage => &[SuspendKiosk, ReportToHelpdesk, InformQueue],
            // An expired signing certificate: report it so the certificate authority renews
            // it, tell the waiting citizens; the dossiers are still received (and not
            // transferred unsigned).
            FaultKind::SignatureCertificateExpired => &[ReportToHelpdesk, InformQueue],
        }
    }

    /// The fault's own remedy or fallback, if it has one: restart the frozen PC, clear the
    /// jam, log on paper during a power cut, take cash while the gateway is down.
    pub fn remedy(self) -> Option<FaultResponse> {
        match self {
            FaultKind::FrozenPc => Some(FaultResponse::RestartComputer),
            FaultKind::ScannerJam => Some(FaultResponse::ClearScannerJam),
            FaultKind::PowerCut => Some(FaultResponse::SwitchToPaper),
            FaultKind::PaymentGatewayDown => Some(FaultResponse::SwitchToCash),
            FaultKind::VneidOutage => Some(FaultResponse::SuspendKiosk),
            FaultKind::NationalSyncFailure | FaultKind::SignatureCertificateExpired => None,
        }
    }

    /// True when the counter cannot go on until the remedy is applied (the PC, the scanner,
    /// the power); the payment gateway only matters when a fee is taken.
    pub fn blocks_work(self) -> bool {
        matches!(
            self,
            FaultKind::FrozenPc | FaultKind::ScannerJam | FaultKind::PowerCut
        )
    }
}

/// What the clerk does about a fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FaultResponse {
    /// Restart the frozen PC.
    RestartComputer,
    /// Open the scanner and clear the jam.
    ClearScannerJam,
    /// Report the incident to the provincial IT helpdesk.
    ReportToHelpdesk,
    /// Tell the waiting citizens what is happening and how long it may take.
    InformQueue,
    /// Keep receiving on paper (log book and handwritten slips) until power is back.
    SwitchToPaper,
    /// Take cash with a paper receipt instead of e-payment.
    SwitchToCash,
    /// VNeID is down: put a notice on the self-service kiosk, call back the citizens there
    /// and take every dossier on paper at the counter until it is back (issue 13).
    SuspendKiosk,
}

impl FaultResponse {
    /// True when this response applies to a fault of `kind` ([`FaultKind::responses`]).
    pub fn applies_to(self, kind: FaultKind) -> bool {
        kind.responses().contains(&self)
    }

    /// Stable identifier used in locale keys (`response-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            FaultResponse::RestartComputer => "restart-computer",
            FaultResponse::ClearScannerJam => "clear-scanner-jam",
            FaultResponse::ReportToHelpdesk => "report-helpdesk",
            FaultResponse::InformQueue => "inform-queue",
            FaultResponse::SwitchToPaper => "switch-to-paper",
            FaultResponse::SwitchToCash => "switch-to-cash",
            FaultResponse::SuspendKiosk => "suspend-kiosk",
        }
    }
}

/// The department that handles a dossier after the counter transfers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Department {
    /// Judicial and civil-status officer (công chức tư pháp – hộ tịch).
    JusticeCivilStatus,
    /// Commune police (công an xã): residence, identity.
    CommunePolice,
    /// Economic office (phòng kinh tế): household business registration.
    Economic,
    /// Culture and social affairs office (phòng văn hóa – xã hội): social allowances.
    CultureSocial,
    /// Land and agriculture officer (địa chính – nông nghiệp).
    LandAgriculture,
    /// Certification desk of the commune chairman (chứng thực).
    Certification,
    /// Social insurance (bảo hiểm xã hội): the health-insurance card of a child under 6 in
    /// the birth bundle (issue 13, item 4).
    SocialInsurance,
}

impl Department {
    /// Every department, in display order.
    pub const ALL: [Department; 7] = [
        Department::JusticeCivilStatus,
        Department::CommunePolice,
        Department::Economic,
        Department::CultureSocial,
        Department::LandAgriculture,
        Department::Certification,
        Department::SocialInsurance,
    ];

    /// Stable identifier used in locale keys (`dept-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Department::JusticeCivilStatus => "justice",
            Department::CommunePolice => "police",
            Department::Economic => "economic",
            Department::CultureSocial => "social",
            Department::LandAgriculture => "land",
            Department::Certification => "certification",
            Department::SocialInsurance => "social-insurance",
        }
    }
}

/// A question the clerk can ask the citizen at the counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Question {
    /// "What procedure do you need?"
    Purpose,
    /// "Are you the person concerned, or acting for someone?"
    ActingFor,
    /// "How are you related to them?"
    Relationship,
    /// "Where do you live now?"
    Residence,
    /// "When did the event happen (birth, death…)?"
    EventDate,
    /// "Do you have a VNeID account?"
    HasVneid,
    /// "Do you have a smartphone with you?"
    HasSmartphone,
    /// "Did you already submit this online?"
    SubmittedOnline,
    /// "How many copies do you need?"
    Copies,
    /// "Are you married / what is your marital status?"
    MaritalStatus,
    /// "Do you belong to an exempt group (poor household, disability, merit family)?"
    Exemption,
    /// "Do you have any other papers with you?"
    OtherPapers,
    /// "How would you like to receive the result: here, by post, or electronically?"
    /// (issue 13, item 3)
    ResultChannel,
}

impl Question {
    /// Every question in the order the counter screen lists them.
    pub const ALL: [Question; 13] = [
        Question::Purpose,
        Question::ActingFor,
        Question::Relationship,
        Question::Residence,
        Question::EventDate,
        Question::HasVneid,
        Question::HasSmartphone,
        Question::SubmittedOnline,
        Question::Copies,
        Question::MaritalStatus,
        Question::Exemption,
        Question::OtherPapers,
        Question::ResultChannel,
    ];

    /// Stable identifier used in locale keys (`question-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Question::Purpose => "purpose",
            Question::ActingFor => "acting-for",
            Question::Relationship => "relationship",
            Question::Residence => "residence",
            Question::EventDate => "event-date",
            Question::HasVneid => "has-vneid",
            Question::HasSmartphone => "has-smartphone",
            Question::SubmittedOnline => "submitted-online",
            Question::Copies => "copies",
            Question::MaritalStatus => "marital-status",
            Question::Exemption => "exemption",
            Question::OtherPapers => "other-papers",
            Question::ResultChannel => "result-channel",
        }
    }
}

/// A field of the portal's dossier form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DossierField {
    /// Applicant's full name.
    ApplicantName,
    /// Applicant's 12-digit ID number.
    ApplicantIdNumber,
    /// Phone number for SMS notices.
    Phone,
}

impl DossierField {
    /// Every field in form order.
    pub const ALL: [DossierField; 3] = [
        DossierField::ApplicantName,
        DossierField::ApplicantIdNumber,
        DossierField::Phone,
    ];

    /// Stable identifier used in locale keys (`field-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            DossierField::ApplicantName => "applicant-name",
            DossierField::ApplicantIdNumber => "applicant-id-number",
            DossierField::Phone => "phone",
        }
    }
}

/// How a fee is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PaymentMethod {
    /// Cash with a paper receipt.
    Cash,
    /// E-payment (QR / bank transfer through the payment gateway).
    EPayment,
}

/// A critical error: caps the score and fails the shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum CriticalKind {
    /// Received a dossier with a forged, mismatched or expired paper, or one that had to be refused.
    AcceptedDefective,
    /// Attached another citizen's paper to a dossier.
    AttachedOthersDocument,
    /// Handed personal data or a result to someone not entitled to it.
    PrivacyBreach,
    /// Wrote the wrong return date on the appointment slip.
    WrongDeadline,
}

impl CriticalKind {
    /// Every critical error.
    pub const ALL: [CriticalKind; 4] = [
        CriticalKind::AcceptedDefective,
        CriticalKind::AttachedOthersDocument,
        CriticalKind::PrivacyBreach,
        CriticalKind::WrongDeadline,
    ];

    /// Stable id (scenario tests, locale keys `critical-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            CriticalKind::AcceptedDefective => "accepted-defective",
            CriticalKind::AttachedOthersDocument => "attached-others-document",
            CriticalKind::PrivacyBreach => "privacy-breach",
            CriticalKind::WrongDeadline => "wrong-deadline",
        }
    }

    /// Parses an id.
    pub fn from_id(id: &str) -> Option<Self> {
        CriticalKind::ALL.into_iter().find(|c| c.id() == id)
    }

    /// A hint listing the valid ids.
    pub fn ids_hint() -> &'static str {
        "valid ids: accepted-defective, attached-others-document, privacy-breach, wrong-deadline"
    }
}

/// Dossiers per wrong decision a pass allows: one honest slip in a long shift (ten dossiers
/// or more) can pass, a slip in a short one cannot — so one decision for everyone (accept
/// all, supplement all) never passes a shift whose cases need different ones.
pub const DECISIONS_PER_ALLOWED_SLIP: u32 = 10;

/// Wrong decisions a pass allows among `decisions` dossiers: one for each full
/// [`DECISIONS_PER_ALLOWED_SLIP`] (none in a shorter shift).
pub fn allowed_wrong_decisions(decisions: u32) -> u32 {
    decisions / DECISIONS_PER_ALLOWED_SLIP
}

// Issue 13, item 3: how the citizen receives the result.
/// How the citizen receives the result of a dossier: at the counter (the default, and the
/// only way for a procedure whose result is paper-only), by public postal service, or
/// electronically into their data store on the National Public Service Portal (Decree
/// 118/2025 Art. 22; Decree 45/2020 Art. 14: an e-result carries the authority's digital
/// signature and has the legal value of the paper).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum ResultChannel {
    /// Collected in person at the one-stop counter.
    #[default]
    Counter,
    /// Sent by public postal service to the citizen's address.
    Post,
    /// An electronic result into the citizen's data store (VNeID level-2 account).
    Electronic,
}

impl ResultChannel {
    /// Every channel, in the order the portal lists them.
    pub const ALL: [ResultChannel; 3] = [
        ResultChannel::Counter,
        ResultChannel::Post,
        ResultChannel::Electronic,
    ];

    /// Stable identifier used in locale keys (`result-channel-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            ResultChannel::Counter => "counter",
            ResultChannel::Post => "post",
            ResultChannel::Electronic => "electronic",
        }
    }

    /// True for the counter, the channel a dossier has unless one was recorded.
    pub fn is_counter(&self) -> bool {
        *self == ResultChannel::Counter
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dossier_returns_at_the_counter_unless_another_channel_is_recorded() {
        assert_eq!(ResultChannel::default(), ResultChannel::Counter);
        assert!(ResultChannel::default().is_counter());
        let ids: std::collections::BTreeSet<&str> =
            ResultChannel::ALL.iter().map(|c| c.id()).collect();
        assert_eq!(ids.len(), ResultChannel::ALL.len(), "one id per channel");
        assert!(Question::ALL.contains(&Question::ResultChannel));
    }

    #[test]
    fn every_fault_allows_reporting_and_informing_and_its_own_remedy() {
        for kind in FaultKind::ALL {
            assert!(FaultResponse::ReportToHelpdesk.applies_to(kind), "{kind:?}");
            assert!(FaultResponse::InformQueue.applies_to(kind), "{kind:?}");
            if let Some(remedy) = kind.remedy() {
                assert_eq!(kind.responses().first(), Some(&remedy), "{kind:?}");
            }
            if kind.blocks_work() {
                assert!(
                    kind.remedy().is_some(),
                    "{kind:?} blocks work without a remedy"
                );
            }
        }
        // A remedy belongs to its own fault only.
        assert!(!FaultResponse::RestartComputer.applies_to(FaultKind::ScannerJam));
        assert!(!FaultResponse::SwitchToCash.applies_to(FaultKind::PowerCut));
        // VNeID down: the kiosk is suspended, and only then.
        assert_eq!(
            FaultKind::VneidOutage.remedy(),
            Some(FaultResponse::SuspendKiosk)
        );
        assert!(!FaultResponse::SuspendKiosk.applies_to(FaultKind::NationalSyncFailure));
    }
}
