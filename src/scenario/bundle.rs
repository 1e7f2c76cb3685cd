//! Inter-agency (liên thông) bundles (issue 13, item 4): one intake at the counter for a
//! group of procedures handled by several bodies, under the group's own deadline — birth
//! registration + permanent residence + health-insurance card for a child under 6; death
//! registration + deletion of permanent residence + funeral allowance (Decree
//! 63/2024/NĐ-CP; Decision 296/QĐ-VPCP of 2024 announcing the two groups).
//!
//! Each bundle is one RON file under `scenarios/shared/bundles/`. The bundle's dossier is
//! received under its `lead` procedure (whose papers the counter checks); the other members
//! are handled by their own bodies from the same intake. Whether a citizen qualifies is a
//! [`Condition`] over the case's facts — the trainee finds it by asking and reading papers,
//! nothing on screen says "this is a bundle".

use serde::{Deserialize, Serialize};

use super::procedure::Condition;
use crate::calendar::{DayCount, ProcessingTime};
use crate::text::LocalizedText;
use crate::vocabulary::Department;

/// One procedure of a bundle and the body that handles it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleMember {
    /// The catalogue procedure, when the pack ships it (`birth-registration`); `None` for a
    /// member only the bundle names (the health-insurance card).
    #[serde(default)]
    pub procedure: Option<String>,
    /// What the member is.
    pub name: LocalizedText,
    /// The body that handles it; each body appears once in a bundle.
    pub department: Department,
}

/// An inter-agency bundle of procedures with one intake and its own deadline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    /// Identifier, equal to the file stem.
    pub id: String,
    /// National procedure code of the bundle, where found.
    #[serde(default)]
    pub national_code: Option<String>,
    /// Name.
    pub name: LocalizedText,
    /// The legal rule (`shared/rules.ron`) under which the bundle exists: a scenario offers
    /// the bundle, and the rubric judges the bundle decision, only where it is in force.
    pub rule: String,
    /// The catalogue procedure the bundle's dossier is received under: a citizen asking for
    /// it may qualify for the bundle. Must be one of the members.
    pub lead: String,
    /// The member procedures and their bodies.
    pub members: Vec<BundleMember>,
    /// What the citizen must satisfy (facts of the case: a child under 6, residence at the
    /// commune…).
    pub qualifies: Condition,
    /// The case fact meaning verification is needed (the longer deadline applies).
    #[serde(default)]
    pub verification_fact: Option<String>,
    /// The bundle's deadline in working days after a full dossier (the 15:00 cut-off of the
    /// calendar moves a late receipt to the next working day).
    pub working_days: u32,
    /// The deadline when verification is needed.
    pub verification_days: u32,
    /// Legal sources.
    pub legal_basis: Vec<String>,
    /// False when a fact of the bundle is not confirmed by a retrieved source.
    pub confirmed: bool,
    /// Where the facts come from; what is unconfirmed.
    pub source: String,
}

impl Bundle {
    /// The bundle's processing time for a case with `facts`: the verification deadline when
    /// the case has the bundle's verification fact.
    pub fn processing_time(&self, facts: &std::collections::BTreeSet<String>) -> ProcessingTime {
        let verify = self
            .verification_fact
            .as_ref()
            .is_some_and(|f| facts.contains(f));
        ProcessingTime {
            days: if verify {
                self.verification_days
            } else {
                self.working_days
            },
            counted_in: DayCount::WorkingDays,
        }
    }

    /// The bodies the dossier must be transferred to, in the bundle's order.
    pub fn bodies(&self) -> Vec<Department> {
        self.members.iter().map(|m| m.department).collect()
    }

    /// True when a citizen asking for `procedure` with `facts` qualifies for the bundle,
    /// the bundle's rule being in force.
    pub fn offered_to(
        &self,
        procedure: &str,
        facts: &std::collections::BTreeSet<String>,
        rule_in_force: &dyn Fn(&str) -> bool,
    ) -> bool {
        procedure == self.lead
            && rule_in_force(&self.rule)
            && self.qualifies.holds(facts, rule_in_force)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn birth() -> Bundle {
        Bundle {
            id: "birth-bundle".into(),
            national_code: None,
            name: LocalizedText::default(),
            rule: "decree-63-2024".into(),
            lead: "birth-registration".into(),
            members: vec![
                BundleMember {
                    procedure: Some("birth-registration".into()),
                    name: LocalizedText::default(),
                    department: Department::JusticeCivilStatus,
                },
                BundleMember {
                    procedure: None,
                    name: LocalizedText::default(),
                    department: Department::SocialInsurance,
                },
            ],
            qualifies: Condition::Fact("child_under_6".into()),
            verification_fact: Some("needs_verification".into()),
            working_days: 3,
            verification_days: 5,
            legal_basis: vec![],
            confirmed: false,
            source: String::new(),
        }
    }

    fn facts(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn three_working_days_or_five_with_verification() {
        let b = birth();
        assert_eq!(b.processing_time(&facts(&[])).days, 3);
        assert_eq!(b.processing_time(&facts(&["needs_verification"])).days, 5);
        assert!(b.processing_time(&facts(&[])).counted_in.is_working_days());
    }

    #[test]
    fn offered_only_for_the_lead_procedure_when_the_case_qualifies() {
        let b = birth();
        let in_force = |r: &str| r == "decree-63-2024";
        let none = |_: &str| false;
        assert!(b.offered_to("birth-registration", &facts(&["child_under_6"]), &in_force));
        assert!(!b.offered_to("birth-registration", &facts(&[]), &in_force));
        assert!(!b.offered_to("death-registration", &facts(&["child_under_6"]), &in_force));
        // Not where the decree is not in force.
        assert!(!b.offered_to("birth-registration", &facts(&["child_under_6"]), &none));
        assert_eq!(
            b.bodies(),
            vec![Department::JusticeCivilStatus, Department::SocialInsurance]
        );
    }
}
