//! The papers of a generated case: one per required component, with field values drawn from
//! the case's people so that two papers printing the same fact agree.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rand::Rng;
use rand::seq::IndexedRandom;

use super::DrawContext;
use super::people::{Person, after, before, card_expiry, date_text, random_person};
use crate::scenario::{CopyForm, Document, Legibility, Persona, Procedure, Sex, Submission};

/// Builds a field value for a role's person.
fn person_field(
    person: &Person,
    attribute: &str,
    today: NaiveDate,
    rng: &mut impl Rng,
) -> Option<String> {
    Some(match attribute {
        "full_name" | "name" => person.name.clone(),
        "birth_date" => date_text(person.birth_date),
        "sex" => person.sex.printed().to_owned(),
        "id_number" => person.id_number.clone(),
        "address" | "residence" => person.address.clone(),
        "ethnicity" => person.ethnicity.clone(),
        "nationality" => "Việt Nam".to_owned(),
        "issue_date" => {
            let issued =
                before(today, rng.random_range(200..2500)).max(after(person.birth_date, 30));
            date_text(issued)
        }
        _ => return None,
    })
}

pub(super) struct CaseBuilder {
    today: NaiveDate,
    people: BTreeMap<String, Person>,
    facts: BTreeSet<String>,
    /// Values already drawn for a resolved key, so two papers printing the same fact agree.
    values: BTreeMap<String, String>,
}

impl CaseBuilder {
    fn person(&mut self, role: &str, rng: &mut impl Rng) -> Person {
        if let Some(p) = self.people.get(role) {
            return p.clone();
        }
        let applicant = self.people.get("applicant").cloned();
        let address = applicant
            .as_ref()
            .map(|a| a.address.clone())
            .unwrap_or_default();
        let person = match role {
            "child" => {
                let days = if self.facts.contains("late_registration") {
                    rng.random_range(75..400)
                } else {
                    rng.random_range(5..50)
                };
                let sex = if rng.random_bool(0.5) {
                    Sex::Male
                } else {
                    Sex::Female
                };
                let mut child = random_person(rng, sex, before(self.today, days), &address);
                // A child usually carries the father's family name.
                let father = self.person("father", rng);
                if let (Some(family), Some((_, rest))) = (
                    father.name.split_whitespace().next(),
                    child.name.split_once(' '),
                ) {
                    child.name = format!("{family} {rest}");
                }
                child
            }
            "mother" | "father" => {
                let sex = if role == "mother" {
                    Sex::Female
                } else {
                    Sex::Male
                };
                match &applicant {
                    Some(a) if a.sex == sex && !self.facts.contains("proxy") => a.clone(),
                    _ => {
                        let age = rng.random_range(8000..13000);
                        random_person(rng, sex, before(self.today, age), &address)
                    }
                }
            }
            _ => {
                let drawn = if rng.random_bool(0.5) {
                    Sex::Male
                } else {
                    Sex::Female
                };
                // Gendered roles keep their sex (the draw is still made, so other cases
                // generate exactly as before).
                let sex = match role {
                    "groom" | "husband" | "father" | "son" => Sex::Male,
                    "bride" | "wife" | "mother" | "daughter" => Sex::Female,
                    _ => drawn,
                };
                let age = rng.random_range(7000..29000);
                random_person(rng, sex, before(self.today, age), &address)
            }
        };
        self.people.insert(role.to_owned(), person.clone());
        person
    }

    fn field_value(
        &mut self,
        doc_role: &str,
        key: &str,
        spec_samples: &[String],
        rng: &mut impl Rng,
    ) -> String {
        let (role, attribute) = match key.split_once('.') {
            Some((r, a)) => (r.to_owned(), a.to_owned()),
            None => (doc_role.to_owned(), key.to_owned()),
        };
        let resolved = format!("{role}.{attribute}");
        if let Some(v) = self.values.get(&resolved) {
            return v.clone();
        }
        let value = self.draw_value(role, attribute, spec_samples, rng);
        self.values.insert(resolved, value.clone());
        value
    }

    fn draw_value(
        &mut self,
        role: String,
        attribute: String,
        spec_samples: &[String],
        rng: &mut impl Rng,
    ) -> String {
        if attribute == "expiry" {
            let person = self.person(&role, rng);
            let issued = before(self.today, rng.random_range(200..2000));
            return match card_expiry(person.birth_date, issued.max(person.birth_date)) {
                Some(d) if d > self.today => date_text(d),
                Some(_) => date_text(after(self.today, rng.random_range(400..3000))),
                None => "Không thời hạn".to_owned(),
            };
        }
        if role == "applicant" && attribute == "relationship" {
            let applicant = self.person("applicant", rng);
            for (parent, word) in [("mother", "Mẹ"), ("father", "Cha")] {
                if self.person(parent, rng) == applicant {
                    return word.to_owned();
                }
            }
            if self.facts.contains("close_relative") {
                return if applicant.sex == Sex::Female {
                    "Bà nội"
                } else {
                    "Ông nội"
                }
                .to_owned();
            }
        }
        if attribute == "death_date" || attribute == "event_date" {
            let days = if self.facts.contains("late_registration") {
                rng.random_range(20..60)
            } else {
                rng.random_range(1..12)
            };
            return date_text(before(self.today, days));
        }
        if let Some(sample) = spec_samples.choose(rng) {
            return sample.clone();
        }
        let person = self.person(&role, rng);
        person_field(&person, &attribute, self.today, rng).unwrap_or_else(|| "—".to_owned())
    }
}

/// The papers of a case: one per component that applies under the facts and the rules in
/// force, filled from the case's people; and the components the state holds (not asked of the
/// citizen).
pub(super) fn draw_papers(
    id: &str,
    procedure: &Procedure,
    persona: &Persona,
    facts: &BTreeSet<String>,
    context: &DrawContext<'_>,
    rng: &mut impl Rng,
) -> (Vec<Document>, BTreeSet<String>) {
    let applicant = Person {
        name: persona.name.clone(),
        sex: persona.sex,
        birth_date: persona.birth_date,
        id_number: persona.id_number.clone(),
        address: persona.address.clone(),
        ethnicity: persona.ethnicity.clone(),
    };
    let mut builder = CaseBuilder {
        today: context.today,
        people: BTreeMap::from([("applicant".to_owned(), applicant)]),
        facts: facts.clone(),
        values: BTreeMap::new(),
    };
    let rule_in_force = context.rule_in_force;
    let mut documents = Vec::new();
    let mut state_holds = BTreeSet::new();
    for (n, rule) in procedure.components.iter().enumerate() {
        if rule
            .when
            .as_ref()
            .is_some_and(|c| !c.holds(facts, rule_in_force))
        {
            continue;
        }
        if rule.state_holds_under.as_deref().is_some_and(rule_in_force) {
            state_holds.insert(rule.id.clone());
            continue;
        }
        let Some(kind) = rule
            .accepts
            .first()
            .and_then(|k| context.catalog.document_kinds.get(k))
        else {
            continue;
        };
        let role = rule.role.clone().unwrap_or_else(|| "applicant".to_owned());
        let mut fields = BTreeMap::new();
        for spec in &kind.fields {
            let value = builder.field_value(&role, &spec.key, &spec.samples, rng);
            fields.insert(spec.key.clone(), value);
        }
        documents.push(Document {
            id: format!("{id}-{n}-{}", rule.id),
            kind: kind.id.clone(),
            role: Some(role),
            fields,
            copy: match rule.form {
                Submission::Copy => CopyForm::CertifiedCopy,
                Submission::Original | Submission::Show => CopyForm::Original,
            },
            pages: 0,
            signed: true,
            stamped: true,
            legibility: Legibility::Clear,
            sticky_notes: u8::from(rng.random_bool(0.1)),
            form_version: kind.current_form_version.clone(),
            defects: vec![],
        });
    }
    (documents, state_holds)
}
