//! A dossier received as an inter-agency bundle (issue 13, item 4): which body it was
//! transferred to, and which body's result is back. One control-sheet entry per body.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use crate::vocabulary::Department;

/// One body's part of a bundle dossier.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BodyProgress {
    /// When the counter transferred the dossier to the body.
    pub transferred_at: Option<NaiveDateTime>,
    /// When the body's result came back.
    pub result_at: Option<NaiveDateTime>,
}

/// The bundle a dossier was received as, and each body's progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BundleRecord {
    /// Bundle id.
    pub id: String,
    /// Each body of the bundle, in the bundle's order of departments.
    pub bodies: BTreeMap<Department, BodyProgress>,
}

impl BundleRecord {
    /// A bundle record with nothing transferred yet.
    pub fn new(id: String, bodies: impl IntoIterator<Item = Department>) -> Self {
        Self {
            id,
            bodies: bodies
                .into_iter()
                .map(|d| (d, BodyProgress::default()))
                .collect(),
        }
    }

    /// True when the dossier went to every body.
    pub fn all_transferred(&self) -> bool {
        self.bodies.values().all(|b| b.transferred_at.is_some())
    }

    /// True when every body's result is back.
    pub fn all_back(&self) -> bool {
        self.bodies.values().all(|b| b.result_at.is_some())
    }

    /// The bodies the dossier was not transferred to.
    pub fn not_transferred(&self) -> Vec<Department> {
        self.bodies
            .iter()
            .filter(|(_, b)| b.transferred_at.is_none())
            .map(|(d, _)| *d)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_back_only_when_every_body_reported() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 12, 1)
            .and_then(|d| d.and_hms_opt(8, 0, 0))
            .unwrap_or_default();
        let mut r = BundleRecord::new(
            "birth-bundle".into(),
            [Department::JusticeCivilStatus, Department::SocialInsurance],
        );
        assert!(!r.all_transferred());
        assert_eq!(r.not_transferred().len(), 2);
        for b in r.bodies.values_mut() {
            b.transferred_at = Some(at);
        }
        assert!(r.all_transferred());
        if let Some(b) = r.bodies.get_mut(&Department::JusticeCivilStatus) {
            b.result_at = Some(at);
        }
        assert!(!r.all_back());
        if let Some(b) = r.bodies.get_mut(&Department::SocialInsurance) {
            b.result_at = Some(at);
        }
        assert!(r.all_back());
    }
}
