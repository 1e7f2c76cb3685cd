//! Electronic records for the citizen (issue 13, item 3): e-copies certified from originals,
//! and the digitized result.
//!
//! An **e-copy** (bản sao điện tử được chứng thực từ bản chính): where the procedure offers
//! one ([`ECopyOption`](crate::scenario::procedure::ECopyOption)) and the citizen asks for
//! it, the clerk scans the original, signs the scan with the personal digital signature and
//! certifies it into the citizen's electronic data store (Decree 45/2020 Art. 10, 16 as
//! amended by Decree 118/2025 Art. 40(8); Decree 280/2025). An expired certificate stops it,
//! since the scan cannot be signed.
//!
//! **Digitizing the result**: when a dossier's result is ready, the one-stop
//! section digitizes it — scans the result, attaches it to the dossier — and the electronic
//! result goes to the citizen's electronic data store (Kho quản lý dữ liệu điện tử của tổ
//! chức, cá nhân), besides the paper handed back.
//!
//! Sources: the result of handling (Decree 118/2025/NĐ-CP Art. 22, with Decree 45/2020/NĐ-CP
//! Art. 14 for e-results); the data store (Decree 45/2020 Art. 16 as amended by Decree
//! 118/2025 Art. 40(8)); the step "digitize the RESULT, attach it and send it back to the
//! one-stop section" of commune internal procedures (e.g. Decision 1521/QĐ-UBND 2025) —
//! workflow.md §4, §7. Only scenarios whose staff system says `digitize_results` ask for it.
//! The e-result carries the issuing authority's signature, not the clerk's: the clerk's
//! expired certificate does not stop it.

use super::apply::Outcome;
use super::{ActionError, Event, Shift};
use crate::portal::Status;
use crate::scenario::CopyForm;

/// Seconds digitizing a result takes (scan, attach, file into the data store).
pub const DIGITIZE_RESULT_SECONDS: u32 = 60;
/// Seconds certifying an e-copy takes (the certification statement, filing into the store).
pub const E_COPY_SECONDS: u32 = 60;

impl Shift {
    /// True when the scenario asks for each result to be digitized.
    pub fn results_to_digitize(&self) -> bool {
        self.staff.is_some()
            && self
                .scenario
                .file
                .staff_system
                .as_ref()
                .is_some_and(|s| s.digitize_results)
    }

    /// True when dossier `code`'s result was digitized into the citizen's data store.
    pub fn result_digitized(&self, code: &str) -> bool {
        self.staff
            .as_ref()
            .is_some_and(|s| s.results_digitized.contains_key(code))
    }

    /// Digitizing the ready result of a dossier into the citizen's data store.
    pub(super) fn digitize_result(&mut self, dossier: &str) -> Outcome {
        self.portal_available(false)?;
        if !self.results_to_digitize() {
            return Err(ActionError::NoStaffSystem);
        }
        let d = self.portal.dossier(dossier)?;
        if d.status != Status::Processed {
            return Err(ActionError::ResultNotReady(dossier.to_owned()));
        }
        if self.result_digitized(dossier) {
            return Err(ActionError::ResultAlreadyDigitized(dossier.to_owned()));
        }
        let now = self.now;
        if let Some(session) = self.staff.as_mut() {
            session.results_digitized.insert(dossier.to_owned(), now);
        }
        Ok((
            vec![Event::ResultDigitized {
                dossier: dossier.to_owned(),
            }],
            DIGITIZE_RESULT_SECONDS,
        ))
    }

    /// True when scan `scan` was certified as an e-copy.
    pub fn e_copy_certified(&self, scan: u32) -> bool {
        self.staff
            .as_ref()
            .is_some_and(|s| s.e_copies.contains_key(&scan))
    }

    /// Certifying an e-copy of an original from a signed scan, into the citizen's data store.
    pub(super) fn certify_e_copy(&mut self, dossier: &str, scan: u32) -> Outcome {
        self.portal_available(false)?;
        if self.staff.is_none() {
            return Err(ActionError::NoStaffSystem);
        }
        let d = self.portal.dossier(dossier)?;
        if d.status.is_final() {
            return Err(ActionError::AlreadyReceived(dossier.to_owned()));
        }
        let offers = self
            .scenario
            .procedure(&d.procedure)
            .is_some_and(|p| p.e_copy.is_some());
        if !offers {
            return Err(ActionError::NoECopy(d.procedure.clone()));
        }
        let owner = self.owner_of(d);
        let s = scan
            .checked_sub(1)
            .and_then(|k| self.scans.get(k as usize))
            .ok_or(ActionError::UnknownScan(scan))?;
        let original = Some(s.citizen) == owner
            && self.citizens[s.citizen]
                .document(&s.document)
                .is_some_and(|doc| doc.copy == CopyForm::Original);
        if !original {
            return Err(ActionError::NotAnOriginalScan(scan));
        }
        if !self.scan_signed(scan) {
            return Err(ActionError::ScanNotSigned(scan));
        }
        if self.e_copy_certified(scan) {
            return Err(ActionError::ECopyAlreadyCertified(scan));
        }
        if let Some(session) = self.staff.as_mut() {
            session.e_copies.insert(scan, dossier.to_owned());
        }
        Ok((
            vec![Event::ECopyCertified {
                dossier: dossier.to_owned(),
                scan,
            }],
            E_COPY_SECONDS,
        ))
    }
}
