//! A department sending a dossier back after reception (issue 13, item 5): the handling
//! officer finds the dossier needs a supplement, or must be refused, and returns it to the
//! one-stop section, which informs the citizen (workflow §1 "Late dossiers"; Decree
//! 118/2025 Art. 11: guide once).
//!
//! The scenario scripts it as a department event ([`super::DepartmentEventKind::SendBack`]);
//! what the department decided is the truth the clerk's notice is judged against.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

/// What the handling officer decided when sending the dossier back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SendBackDecision {
    /// The citizen must bring or fix these components of the dossier's procedure.
    Supplement {
        /// Component ids of the procedure.
        components: BTreeSet<String>,
    },
    /// The dossier cannot be resolved: a refusal ground of the procedure.
    Refuse {
        /// Refusal rule id of the procedure.
        ground: String,
    },
}

impl SendBackDecision {
    /// True when the notice the clerk gave (components asked, or a refusal ground) says
    /// exactly what the department decided.
    pub fn matches(&self, components: &BTreeSet<String>, ground: Option<&str>) -> bool {
        match self {
            SendBackDecision::Supplement { components: asked } => {
                ground.is_none() && asked == components
            }
            SendBackDecision::Refuse { ground: decided } => {
                components.is_empty() && ground == Some(decided.as_str())
            }
        }
    }

    /// True for a refusal.
    pub fn is_refusal(&self) -> bool {
        matches!(self, SendBackDecision::Refuse { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(ids: &[&str]) -> BTreeSet<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_supplement_notice_must_list_exactly_what_the_department_asked() {
        let d = SendBackDecision::Supplement {
            components: set(&["declaration"]),
        };
        assert!(d.matches(&set(&["declaration"]), None));
        assert!(!d.matches(&set(&["declaration", "id"]), None));
        assert!(!d.matches(&set(&[]), Some("not-resident")));
    }

    #[test]
    fn a_refusal_notice_must_cite_the_department_ground_and_ask_nothing() {
        let d = SendBackDecision::Refuse {
            ground: "not-resident".into(),
        };
        assert!(d.matches(&set(&[]), Some("not-resident")));
        assert!(!d.matches(&set(&[]), Some("other")));
        assert!(!d.matches(&set(&["declaration"]), Some("not-resident")));
        assert!(d.is_refusal());
    }
}
