//! Administrative procedures (thủ tục hành chính) and their dossier rules.
//!
//! A [`Procedure`] says which dossier components (thành phần hồ sơ) a citizen must submit or
//! show, in which form (original, copy checked against its original, certified copy), under
//! which conditions, how long processing takes in working days, what it costs, which
//! department handles it, how far it can be done online and on what legal basis.
//! Each procedure is one RON file under `scenarios/shared/procedures/`.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::calendar::{DayCount, ProcessingTime};
use crate::text::LocalizedText;
use crate::vocabulary::{Department, ResultChannel};

/// How far a procedure can be done online (dịch vụ công trực tuyến).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum OnlineLevel {
    /// Fully online (toàn trình): the citizen never needs to come.
    Full,
    /// Partly online (một phần): submit online, come to sign or collect.
    Partial,
    /// Only at the counter.
    None,
}

/// In what form a component must be handed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Submission {
    /// The original (bản chính) is kept in the dossier.
    Original,
    /// A copy: a certified copy, a copy from the master register, or a plain photocopy shown
    /// together with its original so the clerk can compare and sign it.
    Copy,
    /// Only shown (xuất trình): checked and handed back, not kept and not scanned (rule 3).
    Show,
}

/// Which family of slips a procedure's counter issues: the one-stop slips of Decree
/// 61/2018 and Circular 01/2018 (receipt and appointment, supplement request, refusal), or
/// the residence police's own forms of Circular 56/2021/TT-BCA as amended by Circular
/// 66/2023/TT-BCA (CT04 receipt and appointment, CT05 supplement guidance, CT06 refusal).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum SlipFamily {
    /// The one-stop shop's slips (the default).
    #[default]
    OneStop,
    /// The commune police's residence forms CT04, CT05, CT06.
    Police,
}

impl SlipFamily {
    /// True for the one-stop slips (the default, left out of serializations).
    pub fn is_one_stop(&self) -> bool {
        *self == SlipFamily::OneStop
    }

    /// Stable identifier used in locale keys and logs.
    pub fn id(self) -> &'static str {
        match self {
            SlipFamily::OneStop => "one-stop",
            SlipFamily::Police => "police",
        }
    }
}

/// A condition over the facts of a case and the legal rules in force.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Condition {
    /// The case has this fact (e.g. `"proxy"`, `"late_registration"`).
    Fact(String),
    /// The case does not have this fact.
    NotFact(String),
    /// This legal rule is in force on the shift date.
    Rule(String),
    /// This legal rule is not in force on the shift date.
    NotRule(String),
    /// All of these hold.
    All(Vec<Condition>),
    /// At least one of these holds.
    Any(Vec<Condition>),
}

impl Condition {
    /// Evaluates the condition.
    pub fn holds(&self, facts: &BTreeSet<String>, rule_in_force: &dyn Fn(&str) -> bool) -> bool {
        match self {
            Condition::Fact(f) => facts.contains(f),
            Condition::NotFact(f) => !facts.contains(f),
            Condition::Rule(r) => rule_in_force(r),
            Condition::NotRule(r) => !rule_in_force(r),
            Condition::All(all) => all.iter().all(|c| c.holds(facts, rule_in_force)),
            Condition::Any(any) => any.iter().any(|c| c.holds(facts, rule_in_force)),
        }
    }

    /// Every fact name the condition mentions.
    pub fn facts(&self, out: &mut BTreeSet<String>) {
        match self {
            Condition::Fact(f) | Condition::NotFact(f) => {
                out.insert(f.clone());
            }
            Condition::Rule(_) | Condition::NotRule(_) => {}
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.facts(out)),
        }
    }

    /// Every rule id the condition mentions.
    pub fn rules(&self, out: &mut BTreeSet<String>) {
        match self {
            Condition::Rule(r) | Condition::NotRule(r) => {
                out.insert(r.clone());
            }
            Condition::Fact(_) | Condition::NotFact(_) => {}
            Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| c.rules(out)),
        }
    }
}

/// One dossier component (thành phần hồ sơ) of a procedure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComponentRule {
    /// Identifier within the procedure, e.g. `birth_notice`.
    pub id: String,
    /// What the citizen is told to bring.
    pub name: LocalizedText,
    /// Document kinds that satisfy the component.
    pub accepts: Vec<String>,
    /// Original, copy or only shown.
    pub form: Submission,
    /// Whose paper it must be (a case role such as `applicant`, `mother`, `deceased`).
    #[serde(default)]
    pub role: Option<String>,
    /// Required only when this holds; always required when absent.
    #[serde(default)]
    pub when: Option<Condition>,
    /// When this rule is in force the state already holds the paper (VNeID, population
    /// database): the clerk must look it up and must not demand it (rule 2).
    #[serde(default)]
    pub state_holds_under: Option<String>,
    /// A note for the trainee (shown in the procedure lookup).
    #[serde(default)]
    pub note: Option<LocalizedText>,
}

/// How much a procedure costs (lệ phí / phí), in đồng.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FeeRule {
    /// No fee.
    Free,
    /// One amount per case; lower when submitted online.
    Flat {
        /// Amount at the counter.
        in_person: u64,
        /// Amount when submitted online.
        online: u64,
    },
    /// Per copy (e.g. civil-status extracts, 8,000 a copy).
    PerCopy {
        /// Amount for each copy.
        amount: u64,
    },
    /// Certified copies: a price for each of the first pages, a lower one from the next
    /// page on, capped per copy, pages counted on the original (Circular 226/2016).
    PerPage {
        /// Price of each of the first `first_pages` pages.
        first_price: u64,
        /// How many pages are charged `first_price`.
        first_pages: u32,
        /// Price of each later page.
        later_price: u64,
        /// Maximum per copy.
        cap_per_copy: u64,
    },
    /// Free when the condition holds (on-time registration, exempt groups), else `otherwise`.
    FreeWhen {
        /// When the case is exempt.
        condition: Condition,
        /// The fee otherwise.
        otherwise: Box<FeeRule>,
    },
}

impl FeeRule {
    /// The fee for a case.
    pub fn amount(
        &self,
        facts: &BTreeSet<String>,
        rule_in_force: &dyn Fn(&str) -> bool,
        online: bool,
        copies: u32,
        pages: u32,
    ) -> u64 {
        match self {
            FeeRule::Free => 0,
            FeeRule::Flat {
                in_person,
                online: online_fee,
            } => {
                if online {
                    *online_fee
                } else {
                    *in_person
                }
            }
            FeeRule::PerCopy { amount } => amount.saturating_mul(u64::from(copies.max(1))),
            FeeRule::PerPage {
                first_price,
                first_pages,
                later_price,
                cap_per_copy,
            } => {
                let first = u64::from(pages.min(*first_pages)).saturating_mul(*first_price);
                let later =
                    u64::from(pages.saturating_sub(*first_pages)).saturating_mul(*later_price);
                first
                    .saturating_add(later)
                    .min(*cap_per_copy)
                    .saturating_mul(u64::from(copies.max(1)))
            }
            FeeRule::FreeWhen {
                condition,
                otherwise,
            } => {
                if condition.holds(facts, rule_in_force) {
                    0
                } else {
                    otherwise.amount(facts, rule_in_force, online, copies, pages)
                }
            }
        }
    }
}

/// A case in which the counter must refuse (phiếu từ chối) and cite the rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefusalRule {
    /// Stable id used by `Refuse { ground }`.
    pub id: String,
    /// When the rule applies.
    pub when: Condition,
    /// The reason written on the refusal slip.
    pub ground: LocalizedText,
    /// The legal citation.
    pub cite: String,
}

/// An administrative procedure (thủ tục hành chính).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// Our short code, also the file name (e.g. `birth-registration`).
    pub code: String,
    /// The national catalogue code (mã TTHC) where known.
    #[serde(default)]
    pub national_code: Option<String>,
    /// Name of the procedure.
    pub name: LocalizedText,
    /// Handling department.
    pub department: Department,
    /// Which slips the counter issues for it (the police's CT04–CT06 for residence).
    /// Left out of the serialization when it is the default, so content hashes of
    /// procedures that do not use it stay the same.
    #[serde(default, skip_serializing_if = "SlipFamily::is_one_stop")]
    pub slips: SlipFamily,
    /// Dossier components.
    pub components: Vec<ComponentRule>,
    /// Processing time in days (how they are counted: `counted_in`); 0 means the same
    /// working day. The day of receipt is never counted (see [`crate::calendar`]).
    pub processing_days: u32,
    /// Whether `processing_days` are working days (the default) or calendar days (e.g.
    /// land-dispute mediation, Land Law 2024 Art. 235). Left out of the serialization when
    /// it is the default, so content hashes of procedures that do not use it stay the same.
    #[serde(default, skip_serializing_if = "DayCount::is_working_days")]
    pub counted_in: DayCount,
    /// For same-day procedures: simulated minutes the department takes to produce the result.
    #[serde(default = "default_same_day_minutes")]
    pub same_day_minutes: u32,
    /// Fee or exemption.
    pub fee: FeeRule,
    /// Online availability.
    pub online: OnlineLevel,
    /// Legal basis.
    pub legal_basis: Vec<String>,
    /// Cases that must be refused.
    #[serde(default)]
    pub refusals: Vec<RefusalRule>,
    /// Defects that make this procedure refuse rather than ask for a supplement
    /// (e.g. an expired ID for signature certification, Decree 23/2015 Art. 25).
    #[serde(default)]
    pub refusing_defects: Vec<super::document::DefectKind>,
    /// The citizen must sign or appear in person (signature certification, marriage).
    #[serde(default)]
    pub in_person_only: bool,
    /// What the result is (e.g. "Giấy khai sinh").
    pub result: LocalizedText,
    /// False when a value here is not confirmed by a retrieved source.
    pub confirmed: bool,
    /// Where the facts come from; what is unconfirmed.
    pub source: String,
    /// Issue 13, item 3: the procedure can give an electronic copy certified from the
    /// original into the citizen's electronic data store, when the citizen asks for one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub e_copy: Option<ECopyOption>,
    /// Issue 13, item 3: the ways the result can be returned besides the counter (by post,
    /// electronically). Absent: the counter only, until a source says otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_channels: Option<ResultChannels>,
}

/// The ways a procedure's result can reach the citizen besides the counter (which is always
/// open), with the source of that fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultChannels {
    /// Channels offered besides the counter.
    pub channels: Vec<ResultChannel>,
    /// False when the channels are not confirmed by a retrieved source.
    pub confirmed: bool,
    /// Where the facts come from; what is unconfirmed.
    pub source: String,
}

/// An electronic copy certified from the original (bản sao điện tử được chứng thực từ bản
/// chính) into the citizen's electronic data store, as a procedure offers it. Its fee is the
/// procedure's own fee rule; whether e-copies cost the same is a fact to confirm here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ECopyOption {
    /// False when the option or its fee is not confirmed by a retrieved source.
    pub confirmed: bool,
    /// Where the facts come from; what is unconfirmed.
    pub source: String,
}

fn default_same_day_minutes() -> u32 {
    30
}

impl Procedure {
    /// True when the result can be returned by `channel`: the counter always, the others
    /// where the procedure's data lists them.
    pub fn offers_result(&self, channel: ResultChannel) -> bool {
        channel.is_counter()
            || self
                .result_channels
                .as_ref()
                .is_some_and(|r| r.channels.contains(&channel))
    }

    /// The processing time as the law states it.
    pub fn processing_time(&self) -> ProcessingTime {
        ProcessingTime {
            days: self.processing_days,
            counted_in: self.counted_in,
        }
    }

    /// A component rule by id.
    pub fn component(&self, id: &str) -> Option<&ComponentRule> {
        self.components.iter().find(|c| c.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_rules(_: &str) -> bool {
        false
    }

    #[test]
    fn certified_copy_fee_matches_the_worked_example() {
        // 5-page original, 3 copies: per copy 2×2,000 + 3×1,000 = 7,000 → 21,000.
        let fee = FeeRule::PerPage {
            first_price: 2_000,
            first_pages: 2,
            later_price: 1_000,
            cap_per_copy: 200_000,
        };
        assert_eq!(fee.amount(&BTreeSet::new(), &no_rules, false, 3, 5), 21_000);
        assert_eq!(
            fee.amount(&BTreeSet::new(), &no_rules, false, 1, 500),
            200_000
        );
    }

    #[test]
    fn exemptions_and_online_discounts() {
        let fee = FeeRule::FreeWhen {
            condition: Condition::NotFact("late_registration".into()),
            otherwise: Box::new(FeeRule::Flat {
                in_person: 8_000,
                online: 8_000,
            }),
        };
        assert_eq!(fee.amount(&BTreeSet::new(), &no_rules, false, 1, 1), 0);
        let late = BTreeSet::from(["late_registration".to_string()]);
        assert_eq!(fee.amount(&late, &no_rules, false, 1, 1), 8_000);
        let residence = FeeRule::Flat {
            in_person: 20_000,
            online: 10_000,
        };
        assert_eq!(residence.amount(&late, &no_rules, true, 1, 1), 10_000);
    }

    #[test]
    fn conditions_combine() {
        let facts = BTreeSet::from(["proxy".to_string()]);
        let c = Condition::All(vec![
            Condition::Fact("proxy".into()),
            Condition::NotFact("relative".into()),
        ]);
        assert!(c.holds(&facts, &no_rules));
        assert!(!Condition::Rule("x".into()).holds(&facts, &no_rules));
        assert!(
            Condition::Any(vec![
                Condition::Rule("x".into()),
                Condition::Fact("proxy".into())
            ])
            .holds(&facts, &no_rules)
        );
    }
}
