//! On-the-spot corrections (issue 13, item 6): a slip on a form the citizen filled in
//! themselves — a name one diacritic off the hospital's notice, a date one day off, a box left
//! blank, a missing signature — corrected by the citizen at the counter: the wrong words
//! struck through (never erased), the right ones written beside them, initialled. Where the
//! rules in force allow it (the paper's kind lists the defect in `correctable_at_counter`,
//! under a rule of `rules.ron`), this replaces a supplement request and a second trip.
//!
//! The engine checks only what a clerk can see for themselves: the citizen is at the counter
//! with the paper in hand (not an online dossier), and the paper is one the citizen may correct
//! (a form of their own; an ID card, a certificate or a hospital's notice goes back to its
//! issuer). Asked to correct a field that is right, the citizen says it is right — a plain
//! answer, nothing named — and the time is lost; the rubric counts the false claim
//! (`score/correction.rs`). The paper itself is never rewritten: the correction is kept beside
//! it ([`Correction`]), drawn over it on the desk, and judged against the case's truth.

use serde::{Deserialize, Serialize};

use super::apply::Outcome;
use super::{ActionError, CaseRef, Event, Shift};
use crate::scenario::truth::Finding;
use crate::scenario::{DefectKind, Document};

/// Seconds a correction takes: the clerk points at the line, the citizen strikes the wrong
/// words through, writes the right ones beside them and initials.
pub const CORRECTION_SECONDS: u32 = 75;
/// Seconds it takes when the citizen cannot follow the talk or read the paper without help
/// (no interpreter, nothing read aloud): the clerk shows the line again and again.
pub const CORRECTION_SECONDS_UNAIDED: u32 = 180;
/// Seconds lost when the citizen looks at a field that was right and says so.
pub const NOTHING_TO_CORRECT_SECONDS: u32 = 45;

/// A correction the citizen made (or declined) on one of their papers at the counter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// The paper.
    pub document: String,
    /// The field; `None` for the signature.
    pub field: Option<String>,
    /// What was written before (struck through), empty for a blank box or a missing signature.
    pub old: String,
    /// What the citizen wrote beside it; `None` when they said the field was right and wrote
    /// nothing.
    pub new: Option<String>,
    /// The citizen's initials beside the correction.
    pub initials: String,
    /// Seconds since shift start.
    pub at: u32,
}

impl Correction {
    /// True when the citizen wrote a correction (as opposed to saying the field was right).
    pub fn written(&self) -> bool {
        self.new.is_some()
    }

    /// True when this correction cures finding `f`: the same paper and field, written.
    pub fn cures(&self, f: &Finding) -> bool {
        self.written()
            && f.document.as_deref() == Some(self.document.as_str())
            && match f.defect {
                Some(DefectKind::MissingSignature) => self.field.is_none(),
                _ => f.field.is_some() && f.field == self.field,
            }
    }
}

/// The initials of a name: the first letter of each word (`Lê Văn Hùng` → `L.V.H.`).
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .map(|c| format!("{c}."))
        .collect()
}

/// The right value of a field with finding `f`: what the paper it disagrees with says, or,
/// for a blank box, the same field on another of the case's papers (else the kind's first
/// sample).
fn right_value(shift: &Shift, f: &Finding, doc: &Document, papers: &[Document]) -> String {
    if let (Some(other), Some(other_field)) = (&f.other_document, &f.other_field)
        && let Some(value) = papers
            .iter()
            .find(|d| &d.id == other)
            .and_then(|d| d.fields.get(other_field))
    {
        return value.clone();
    }
    let Some(field) = f.field.as_deref() else {
        return String::new();
    };
    let key = doc.resolved_key(field);
    let elsewhere = papers
        .iter()
        .filter(|d| d.id != doc.id)
        .flat_map(|d| d.fields.iter().map(move |(k, v)| (d.resolved_key(k), v)))
        .find(|(k, v)| *k == key && !v.trim().is_empty())
        .map(|(_, v)| v.clone());
    elsewhere
        .or_else(|| {
            shift
                .scenario
                .catalog
                .document_kinds
                .get(&doc.kind)
                .and_then(|k| k.fields.iter().find(|s| s.key == field))
                .and_then(|s| s.samples.first().cloned())
        })
        .unwrap_or_default()
}

impl Shift {
    /// The citizen at the counter corrects `field` of their paper `document` (`None`: signs
    /// it) and initials the correction.
    pub(super) fn correct_on_the_spot(&mut self, document: &str, field: Option<&str>) -> Outcome {
        let (case, doc) = match self.case_document(document) {
            Ok(found) => found,
            Err(_) if self.counter.is_none() => return Err(ActionError::NoCitizenAtCounter),
            Err(e) => return Err(e),
        };
        let CaseRef::Citizen(i) = case else {
            return Err(ActionError::CitizenNotHereToCorrect(document.to_owned()));
        };
        let rule = |r: &str| self.scenario.rule_in_force(r);
        let kind = self
            .scenario
            .catalog
            .document_kinds
            .get(&doc.kind)
            .filter(|k| {
                k.correctable_at_counter
                    .as_ref()
                    .is_some_and(|c| rule(&c.rule))
            })
            .ok_or_else(|| ActionError::NotCorrectableAtCounter(document.to_owned()))?;
        if let Some(field) = field
            && !kind.fields.iter().any(|s| s.key == field)
        {
            return Err(ActionError::UnknownField(
                document.to_owned(),
                field.to_owned(),
            ));
        }
        let c = &self.citizens[i];
        let old = match field {
            Some(f) => doc.fields.get(f).cloned().unwrap_or_default(),
            None => String::new(),
        };
        let probe = Correction {
            document: document.to_owned(),
            field: field.map(str::to_owned),
            old,
            new: Some(String::new()),
            initials: initials(c.name()),
            at: self.now,
        };
        // Corrected once already: asked again, the citizen says it is right now.
        let done_before = c
            .corrections
            .iter()
            .any(|k| k.written() && k.document == probe.document && k.field == probe.field);
        let finding = c
            .analysis
            .as_ref()
            .and_then(|a| a.findings.iter().find(|f| f.correctable && probe.cures(f)))
            .filter(|_| !done_before);
        let new = finding.map(|f| match field {
            Some(_) => right_value(self, f, doc, &c.arrival.documents),
            None => probe.initials.clone(),
        });
        let seconds = match (&new, c.follows_talk() && c.reads_papers()) {
            (None, _) => NOTHING_TO_CORRECT_SECONDS,
            (Some(_), true) => CORRECTION_SECONDS,
            (Some(_), false) => CORRECTION_SECONDS_UNAIDED,
        };
        let event = match &new {
            Some(_) => Event::CorrectedOnTheSpot {
                citizen: i,
                document: document.to_owned(),
                field: field.map(str::to_owned),
            },
            None => Event::NothingToCorrect {
                citizen: i,
                document: document.to_owned(),
                field: field.map(str::to_owned),
                answer: super::dialogue::field_is_right(),
            },
        };
        self.citizens[i]
            .corrections
            .push(Correction { new, ..probe });
        Ok((vec![event], seconds))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_take_the_first_letter_of_each_word() {
        assert_eq!(initials("Lê Văn Hùng"), "L.V.H.");
        assert_eq!(initials("  Đỗ  Thị Hạnh "), "Đ.T.H.");
        assert_eq!(initials(""), "");
    }

    fn finding(defect: DefectKind, document: &str, field: Option<&str>) -> Finding {
        Finding {
            defect: Some(defect),
            document: Some(document.into()),
            component: Some("declaration".into()),
            field: field.map(str::to_owned),
            other_document: None,
            other_field: None,
            refusal_rule: None,
            refusing: false,
            correctable: true,
        }
    }

    fn correction(document: &str, field: Option<&str>, written: bool) -> Correction {
        Correction {
            document: document.into(),
            field: field.map(str::to_owned),
            old: String::new(),
            new: written.then(|| "x".to_owned()),
            initials: "L.V.H.".into(),
            at: 0,
        }
    }

    #[test]
    fn a_correction_cures_only_its_own_field_of_its_own_paper() {
        let name = finding(DefectKind::NameMismatch, "f", Some("mother.full_name"));
        assert!(correction("f", Some("mother.full_name"), true).cures(&name));
        assert!(!correction("f", Some("father.full_name"), true).cures(&name));
        assert!(!correction("g", Some("mother.full_name"), true).cures(&name));
        assert!(!correction("f", None, true).cures(&name));
    }

    #[test]
    fn a_signature_is_cured_by_signing_not_by_a_field() {
        let unsigned = finding(DefectKind::MissingSignature, "f", None);
        assert!(correction("f", None, true).cures(&unsigned));
        assert!(!correction("f", Some("mother.full_name"), true).cures(&unsigned));
    }

    #[test]
    fn saying_a_field_is_right_cures_nothing() {
        let name = finding(DefectKind::NameMismatch, "f", Some("mother.full_name"));
        assert!(!correction("f", Some("mother.full_name"), false).cures(&name));
    }
}
