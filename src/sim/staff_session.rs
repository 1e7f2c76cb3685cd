//! The clerk's own side of the information system (issue 13, item 2): the staff login to the
//! provincial system for handling administrative procedures ("iGate"), the session that ends
//! after a pause, and the personal digital signature on each digitized copy.
//!
//! Only scenarios that declare a [`StaffSystem`](crate::scenario::StaffSystem) use them;
//! elsewhere the portal is open all day and nothing is signed, as before.
//!
//! - **Login**: the clerk logs in with their own staff account (Ninh Bình Decision
//!   163/2025/QĐ-CTUBND: account issuance for staff; Circular 03/2025/TT-VPCP, commune centre
//!   duty 4: accounts and permissions). A portal action while logged out is refused with
//!   [`ActionError::NotLoggedIn`] or, after a pause longer than the scenario's timeout,
//!   [`ActionError::SessionExpired`]; nothing changes. Every portal action keeps the
//!   session alive. A dead PC (power cut, frozen) is reported as such, not as a login;
//!   once it is restarted, or the power is back, the session is gone and the clerk logs in
//!   again ([`Shift::end_session_on_restart`]).
//! - **Signature**: the one-stop officer signs the electronic copy with their personal
//!   digital signature (USB token and PIN), accountable that it is complete and matches the
//!   paper (provincial internal procedure, Decision 2031/QĐ-UBND 2025 — workflow §1). The
//!   PIN is not typed into the simulator: a log or a result file must never hold one; the
//!   action's cost stands for plugging the token in and entering it.
//! - **Expired certificate**: while a [`FaultKind::SignatureCertificateExpired`] lasts, the
//!   first signature attempt fails visibly (the fault has struck) and later attempts are
//!   refused with [`ActionError::CertificateExpired`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::apply::Outcome;
use super::{Action, ActionError, Event, Shift};
use crate::scenario::FaultKind;

/// Seconds a login takes (account, password, the system's home page).
pub const LOGIN_SECONDS: u32 = 40;
/// Seconds a signature takes (token plugged in, PIN entered, certificate checked).
pub const SIGN_SECONDS: u32 = 20;

/// The clerk's session on the provincial system and the signatures made in the shift.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StaffSession {
    /// When the clerk last logged in (seconds since shift start); `None` before the first
    /// login.
    pub logged_in_at: Option<u32>,
    /// When the last portal action (or the login) ended (seconds since shift start): the
    /// system counts the pause from its last request.
    pub last_activity: u32,
    /// Logins made in the shift.
    pub logins: u32,
    /// Scans signed with the personal digital signature: scan number → when (seconds).
    pub signed: BTreeMap<u32, u32>,
    /// Results digitized into the citizen's electronic data store: dossier code → when
    /// (seconds; issue 13, item 3, `e_records.rs`).
    #[serde(default)]
    pub results_digitized: BTreeMap<String, u32>,
    /// Electronic copies certified from originals into the citizen's data store: scan
    /// number → dossier code (issue 13, item 3).
    #[serde(default)]
    pub e_copies: BTreeMap<u32, String>,
}

/// True for an action done in the provincial system under the clerk's account: the work
/// that needs a login and keeps the session alive.
pub fn needs_session(action: &Action) -> bool {
    match action {
        Action::CreateDossier { .. }
        | Action::FillField { .. }
        | Action::Attach { .. }
        | Action::SetFee { .. }
        | Action::CollectFee { .. }
        | Action::IssueReceipt { .. }
        | Action::Transfer { .. }
        | Action::Sync { .. }
        | Action::ReturnResult { .. }
        | Action::RecordWithdrawal { .. }
        | Action::SendApology { .. }
        | Action::CheckIdentity { .. }
        | Action::LookUpStateRecords
        | Action::SignScan { .. }
        | Action::DigitizeResult { .. }
        | Action::CertifyECopy { .. }
        | Action::SetReturnChannel { .. }
        | Action::ReturnElectronically { .. }
        | Action::SendByPost { .. }
        | Action::CreateBundle { .. } => true,
        Action::RequestSupplement { dossier, .. } | Action::Refuse { dossier, .. } => {
            dossier.is_some()
        }
        _ => false,
    }
}

impl Shift {
    /// The clerk's session, in scenarios that practise the staff system.
    pub fn staff_session(&self) -> Option<&StaffSession> {
        self.staff.as_ref()
    }

    /// True when portal work can be done now without logging in: the scenario does not
    /// practise the login, or the clerk is logged in and the session has not timed out.
    pub fn portal_session_live(&self) -> bool {
        let (Some(session), Some(system)) = (&self.staff, &self.scenario.file.staff_system) else {
            return true;
        };
        session.logged_in_at.is_some()
            && self.now.saturating_sub(session.last_activity)
                < system.session_timeout_minutes.saturating_mul(60)
    }

    /// True when scan `scan` carries the clerk's signature.
    pub fn scan_signed(&self, scan: u32) -> bool {
        self.staff
            .as_ref()
            .is_some_and(|s| s.signed.contains_key(&scan))
    }

    /// Refuses a portal action while logged out. A PC that does not work is the handler's
    /// to report (power cut, frozen), and paper work in a power cut needs no login.
    pub(super) fn check_session(&self, action: &Action) -> Result<(), ActionError> {
        let Some(session) = &self.staff else {
            return Ok(());
        };
        let computer_down =
            self.fault_active(FaultKind::PowerCut) || self.fault_active(FaultKind::FrozenPc);
        if !needs_session(action) || computer_down || self.portal_session_live() {
            return Ok(());
        }
        Err(match session.logged_in_at {
            Some(_) => ActionError::SessionExpired,
            None => ActionError::NotLoggedIn,
        })
    }

    /// A portal action done now, taking `seconds`, keeps the session alive until it ends.
    pub(super) fn touch_session(&mut self, action: &Action, seconds: u32) {
        let end = self.now.saturating_add(seconds);
        if let Some(session) = self.staff.as_mut()
            && needs_session(action)
        {
            session.last_activity = end;
        }
    }

    /// A PC that was restarted (frozen) or lost its power has lost the clerk's session in
    /// the provincial system: the next portal action asks for a login again.
    pub(super) fn end_session_on_restart(&mut self) {
        if let Some(session) = self.staff.as_mut() {
            session.logged_in_at = None;
        }
    }

    /// Logging in with the clerk's staff account.
    pub(super) fn log_in(&mut self) -> Outcome {
        self.portal_available(false)?;
        if self.staff.is_none() {
            return Err(ActionError::NoStaffSystem);
        }
        if self.portal_session_live() {
            return Err(ActionError::AlreadyLoggedIn);
        }
        let now = self.now;
        if let Some(session) = self.staff.as_mut() {
            session.logged_in_at = Some(now);
            session.last_activity = now.saturating_add(LOGIN_SECONDS);
            session.logins += 1;
        }
        Ok((vec![Event::LoggedIn], LOGIN_SECONDS))
    }

    /// Signing a scan with the personal digital signature.
    pub(super) fn sign_scan(&mut self, scan: u32) -> Outcome {
        self.portal_available(false)?;
        let Some(session) = &self.staff else {
            return Err(ActionError::NoStaffSystem);
        };
        if scan == 0 || scan as usize > self.scans.len() {
            return Err(ActionError::UnknownScan(scan));
        }
        if session.signed.contains_key(&scan) {
            return Err(ActionError::ScanAlreadySigned(scan));
        }
        if let Some(f) = self
            .faults
            .iter()
            .position(|f| f.spec.kind == FaultKind::SignatureCertificateExpired && f.active())
        {
            if self.faults[f].manifested {
                return Err(ActionError::CertificateExpired);
            }
            self.faults[f].manifested = true;
            return Ok((vec![Event::SignatureRefused { scan }], SIGN_SECONDS));
        }
        let now = self.now;
        if let Some(session) = self.staff.as_mut() {
            session.signed.insert(scan, now);
        }
        Ok((vec![Event::ScanSigned { scan }], SIGN_SECONDS))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portal_work_needs_the_session_and_talk_does_not() {
        assert!(needs_session(&Action::CreateDossier {
            procedure: "p".into()
        }));
        assert!(needs_session(&Action::SignScan { scan: 1 }));
        assert!(needs_session(&Action::Refuse {
            dossier: Some("D".into()),
            procedure: "p".into(),
            ground: "g".into()
        }));
        // A paper slip at the counter before any dossier exists, talking, looking, waiting
        // and logging in itself are not portal work.
        assert!(!needs_session(&Action::Refuse {
            dossier: None,
            procedure: "p".into(),
            ground: "g".into()
        }));
        assert!(!needs_session(&Action::CallNext));
        assert!(!needs_session(&Action::Wait { minutes: 5 }));
        assert!(!needs_session(&Action::LogIn));
        assert!(!needs_session(&Action::Scan {
            document: "d".into(),
            settings: Default::default()
        }));
    }
}
