//! The mocked portal: the provincial information system for handling administrative
//! procedures (Hệ thống thông tin giải quyết TTHC), as a state machine.
//!
//! Lifecycle (workflow §1, §7): receive → receipt and appointment slip | supplement request |
//! refusal slip → transfer to the department (each hand-over on the dossier control sheet)
//! → processing → result → return; late dossiers get the apology-and-reschedule slip;
//! citizens may withdraw. Every status change goes through [`Portal::transition`], which
//! rejects moves the real system does not allow. Dossiers are synchronized to the National
//! Public Service Portal, which can fail and must be retried.
//!
//! Glossary: *dossier code* (mã hồ sơ) `<unit>-<yymmdd>-<seq>`; *control sheet* (phiếu kiểm
//! soát quá trình giải quyết hồ sơ); *slip* (phiếu): receipt (Mẫu 01), supplement request,
//! refusal, apology (Circular 01/2018 numbering 02–04; Circular 03/2025 numbering unconfirmed).

use std::collections::BTreeMap;

mod bundle;
mod send_back;
pub use bundle::{BodyProgress, BundleRecord};
pub use send_back::SentBack;

/// The dossier statuses (see [`crate::vocabulary::Status`]).
pub use crate::vocabulary::Status;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::scenario::SlipFamily;
use crate::vocabulary::{Channel, Department, DossierField, PaymentMethod, ResultChannel};

/// A portal error (illegal lifecycle move).
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum PortalError {
    /// The status change is not allowed.
    #[error("dossier {code}: cannot go from {from:?} to {to:?}")]
    IllegalTransition {
        /// Dossier code.
        code: String,
        /// Current status.
        from: Status,
        /// Requested status.
        to: Status,
    },
    /// No such dossier.
    #[error("no dossier {0}")]
    UnknownDossier(String),
}

/// The kinds of slips the counter issues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SlipKind {
    /// Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01).
    Receipt,
    /// Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.
    SupplementRequest,
    /// Phiếu từ chối tiếp nhận giải quyết hồ sơ.
    Refusal,
    /// Phiếu xin lỗi và hẹn lại ngày trả kết quả.
    Apology,
    /// Biên lai thu phí, lệ phí (fee receipt).
    FeeReceipt,
    /// Thông báo dừng giải quyết hồ sơ (withdrawal / stop notice).
    StopNotice,
}

impl SlipKind {
    /// Stable identifier used in locale keys (`slip-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            SlipKind::Receipt => "receipt",
            SlipKind::SupplementRequest => "supplement",
            SlipKind::Refusal => "refusal",
            SlipKind::Apology => "apology",
            SlipKind::FeeReceipt => "fee-receipt",
            SlipKind::StopNotice => "stop-notice",
        }
    }

    /// The police's own form for this slip when a residence procedure's counter issues it
    /// (Circular 56/2021/TT-BCA as amended by Circular 66/2023/TT-BCA): CT04 receipt and
    /// appointment, CT05 supplement guidance, CT06 refusal; `None` for the other slips,
    /// which have no police form.
    pub fn police_form(self) -> Option<&'static str> {
        match self {
            SlipKind::Receipt => Some("CT04"),
            SlipKind::SupplementRequest => Some("CT05"),
            SlipKind::Refusal => Some("CT06"),
            SlipKind::Apology | SlipKind::FeeReceipt | SlipKind::StopNotice => None,
        }
    }

    /// The locale key naming this slip printed on `family`'s forms: `slip-<id>` for the
    /// one-stop slips, `slip-police-<id>` for a police form (CT04–CT06).
    pub fn name_key(self, family: SlipFamily) -> String {
        match (family, self.police_form()) {
            (SlipFamily::Police, Some(_)) => format!("slip-police-{}", self.id()),
            _ => format!("slip-{}", self.id()),
        }
    }
}

/// A slip issued to a citizen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slip {
    /// Running number in the shift.
    pub number: u32,
    /// Kind.
    pub kind: SlipKind,
    /// Dossier, if any.
    pub dossier: Option<String>,
    /// Citizen (arrival id), if any.
    pub citizen: Option<String>,
    /// Procedure code.
    pub procedure: String,
    /// When.
    pub issued_at: NaiveDateTime,
    /// Appointment or new return date.
    pub date: Option<NaiveDate>,
    /// Components listed (supplement requests).
    pub components: Vec<String>,
    /// Ground cited (refusals) or reason (apologies).
    pub ground: Option<String>,
    /// Amount (fee receipts).
    pub amount: Option<u64>,
    /// Sent electronically (online dossiers) rather than handed over.
    pub electronic: bool,
    /// Printed on the one-stop slips or on the police's forms (the form set selected in
    /// the portal when it was issued); left out of the serialization when one-stop.
    #[serde(default, skip_serializing_if = "SlipFamily::is_one_stop")]
    pub family: SlipFamily,
}

impl Slip {
    /// A slip of `kind` for `procedure`, issued at `issued_at` and about nothing more yet:
    /// no dossier, citizen, date, components, ground or amount, handed over on paper. Set
    /// what the kind needs with struct update syntax; the portal numbers it when issued.
    pub fn new(kind: SlipKind, procedure: String, issued_at: NaiveDateTime) -> Self {
        Slip {
            number: 0,
            kind,
            dossier: None,
            citizen: None,
            procedure,
            issued_at,
            date: None,
            components: vec![],
            ground: None,
            amount: None,
            electronic: false,
            family: SlipFamily::OneStop,
        }
    }
}

/// One hand-over recorded on the dossier control sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handover {
    /// When.
    pub at: NaiveDateTime,
    /// From (e.g. "Bộ phận một cửa").
    pub from: String,
    /// To (department id).
    pub to: String,
    /// Status after the hand-over.
    pub status: Status,
}

/// Synchronization with the National Public Service Portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SyncState {
    /// Never sent.
    NotSent,
    /// Last attempt failed; must be retried.
    Failed,
    /// Sent and acknowledged.
    Synced,
}

/// A recorded payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payment {
    /// Amount.
    pub amount: u64,
    /// Method.
    pub method: PaymentMethod,
    /// Fee receipt number.
    pub receipt: u32,
    /// When.
    pub at: NaiveDateTime,
}

/// A dossier in the portal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dossier {
    /// Dossier code.
    pub code: String,
    /// Procedure code.
    pub procedure: String,
    /// Counter or online.
    pub channel: Channel,
    /// Current status.
    pub status: Status,
    /// The citizen (arrival id) the dossier belongs to, as on the slips.
    pub citizen: Option<String>,
    /// True until the receipt is issued (a draft being entered at the counter).
    pub draft: bool,
    /// When it was received (receipt issued, or submitted online).
    pub received_at: Option<NaiveDateTime>,
    /// The due moment under the rules (computed by the engine from the calendar).
    pub due: Option<NaiveDateTime>,
    /// The appointment date written on the receipt by the clerk.
    pub appointment: Option<NaiveDate>,
    /// Form fields typed by the clerk.
    pub fields: BTreeMap<DossierField, String>,
    /// Scans attached per component.
    pub attachments: BTreeMap<String, Vec<u32>>,
    /// Photocopies certified against their originals.
    pub certified_copies: Vec<String>,
    /// Fee entered.
    pub fee: Option<u64>,
    /// Payment made.
    pub payment: Option<Payment>,
    /// Control sheet.
    pub control_sheet: Vec<Handover>,
    /// Sync state with the national portal (of the latest status).
    pub sync: SyncState,
    /// Status history.
    pub history: Vec<(NaiveDateTime, Status)>,
    /// Handling department.
    pub department: Option<Department>,
    /// When the result becomes ready (same-day procedures).
    pub ready_at: Option<NaiveDateTime>,
    /// A delay reported by the department: reason and extra working days.
    pub delay: Option<(crate::text::LocalizedText, u32)>,
    /// Apology sent with this new date.
    pub apology: Option<(NaiveDateTime, NaiveDate)>,
    /// Received on paper during a power cut.
    pub paper_logged: bool,
    /// Citizen (index) the result was handed to.
    pub returned_to: Option<usize>,
    /// Sent back by the handling department (supplement or refusal), with the notices given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_back: Option<SentBack>,
    /// Issue 13, item 3: how the citizen chose to receive the result (the counter unless the
    /// clerk recorded another channel).
    #[serde(default, skip_serializing_if = "ResultChannel::is_counter")]
    pub return_channel: ResultChannel,
    /// Issue 13, item 3: the result left by post or electronically (`None`: handed over at
    /// the counter, or not returned yet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returned_via: Option<ResultChannel>,
    /// Received as an inter-agency bundle: each body's transfer and result (issue 13,
    /// item 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bundle: Option<BundleRecord>,
}

impl Dossier {
    /// A new dossier.
    pub fn new(
        code: String,
        procedure: String,
        channel: Channel,
        status: Status,
        citizen: Option<String>,
        at: NaiveDateTime,
    ) -> Self {
        Self {
            code,
            procedure,
            channel,
            status,
            citizen,
            draft: status == Status::Accepted && channel == Channel::Counter,
            received_at: None,
            due: None,
            appointment: None,
            fields: BTreeMap::new(),
            attachments: BTreeMap::new(),
            certified_copies: Vec::new(),
            fee: None,
            payment: None,
            control_sheet: Vec::new(),
            sync: SyncState::NotSent,
            history: vec![(at, status)],
            department: None,
            ready_at: None,
            delay: None,
            apology: None,
            paper_logged: false,
            returned_to: None,
            sent_back: None,
            return_channel: ResultChannel::Counter,
            returned_via: None,
            bundle: None,
        }
    }
}

/// The portal's whole state.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Portal {
    /// Dossiers by code.
    pub dossiers: BTreeMap<String, Dossier>,
    /// Slips issued, in order.
    pub slips: Vec<Slip>,
    next_seq: u32,
    /// The form set the clerk selected for the slips they issue (one-stop by default; the
    /// police's CT04–CT06 for residence dossiers).
    #[serde(default, skip_serializing_if = "SlipFamily::is_one_stop")]
    pub slip_forms: SlipFamily,
}

impl Portal {
    /// The next dossier code for a unit and date.
    pub fn next_code(&mut self, unit: &str, date: NaiveDate) -> String {
        self.next_seq += 1;
        format!("{unit}-{}-{:04}", date.format("%y%m%d"), self.next_seq)
    }

    /// A dossier by code.
    pub fn dossier(&self, code: &str) -> Result<&Dossier, PortalError> {
        self.dossiers
            .get(code)
            .ok_or_else(|| PortalError::UnknownDossier(code.to_owned()))
    }

    /// A dossier by code, mutably.
    pub fn dossier_mut(&mut self, code: &str) -> Result<&mut Dossier, PortalError> {
        self.dossiers
            .get_mut(code)
            .ok_or_else(|| PortalError::UnknownDossier(code.to_owned()))
    }

    /// Checks that a status change is allowed, without making it.
    pub fn can_transition(&self, code: &str, to: Status) -> Result<(), PortalError> {
        let d = self.dossier(code)?;
        if d.status.successors().contains(&to) {
            Ok(())
        } else {
            Err(PortalError::IllegalTransition {
                code: code.to_owned(),
                from: d.status,
                to,
            })
        }
    }

    /// Moves a dossier to a new status; the national copy is now out of date.
    pub fn transition(
        &mut self,
        code: &str,
        to: Status,
        at: NaiveDateTime,
    ) -> Result<Status, PortalError> {
        self.can_transition(code, to)?;
        let d = self.dossier_mut(code)?;
        let from = d.status;
        d.status = to;
        d.history.push((at, to));
        if d.sync == SyncState::Synced {
            d.sync = SyncState::NotSent;
        }
        Ok(from)
    }

    /// Records a slip and returns its number. A slip that has a police form is printed on
    /// the form set selected in the portal ([`Portal::slip_forms`]).
    pub fn issue(&mut self, mut slip: Slip) -> u32 {
        slip.number = self.slips.len() as u32 + 1;
        if slip.kind.police_form().is_some() {
            slip.family = self.slip_forms;
        }
        let n = slip.number;
        self.slips.push(slip);
        n
    }

    /// Slips for a dossier.
    pub fn slips_for<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a Slip> + 'a {
        self.slips
            .iter()
            .filter(move |s| s.dossier.as_deref() == Some(code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(8, 0, 0)
            .unwrap()
    }

    #[test]
    fn codes_are_sequential_per_unit_and_date() {
        let mut p = Portal::default();
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(p.next_code("H42", d), "H42-261123-0001");
        assert_eq!(p.next_code("H42", d), "H42-261123-0002");
    }

    #[test]
    fn illegal_moves_are_rejected() {
        let mut p = Portal::default();
        p.dossiers.insert(
            "X".into(),
            Dossier::new(
                "X".into(),
                "p".into(),
                Channel::Counter,
                Status::Accepted,
                None,
                at(),
            ),
        );
        assert!(p.transition("X", Status::Returned, at()).is_err());
        assert_eq!(
            p.transition("X", Status::Processing, at()),
            Ok(Status::Accepted)
        );
        assert_eq!(
            p.transition("X", Status::Processed, at()),
            Ok(Status::Processing)
        );
        assert!(p.transition("X", Status::Processing, at()).is_err());
        assert_eq!(p.dossier("X").unwrap().history.len(), 3);
    }

    #[test]
    fn slips_with_a_police_form_take_the_selected_form_set() {
        let mut p = Portal::default();
        let receipt = || Slip::new(SlipKind::Receipt, "permanent-residence".into(), at());
        p.issue(receipt());
        p.slip_forms = SlipFamily::Police;
        p.issue(receipt());
        p.issue(Slip::new(
            SlipKind::FeeReceipt,
            "permanent-residence".into(),
            at(),
        ));
        let families: Vec<SlipFamily> = p.slips.iter().map(|s| s.family).collect();
        // The fee receipt has no police form: it stays a one-stop slip.
        assert_eq!(
            families,
            [SlipFamily::OneStop, SlipFamily::Police, SlipFamily::OneStop]
        );
        assert_eq!(
            SlipKind::Receipt.name_key(SlipFamily::Police),
            "slip-police-receipt"
        );
        assert_eq!(
            SlipKind::Apology.name_key(SlipFamily::Police),
            "slip-apology"
        );
        assert_eq!(
            SlipKind::Refusal.name_key(SlipFamily::OneStop),
            "slip-refusal"
        );
    }
}
