//! Seeded generation of arrivals from templates.
//!
//! A template names a procedure, persona archetypes, fact sets and the defects that may be
//! planted; the scenario's `difficulty` (0–1) sets how often a defect (or a missing paper)
//! is planted. Papers are built from the procedure's components and the document kinds'
//! fields, with values derived from generated people (applicant, child, mother, deceased…),
//! so names, dates and ID numbers are consistent unless a defect says otherwise. Every
//! generated case is analysed ([`super::truth`]) and redrawn until it has exactly one correct
//! disposition. Same seed, same arrivals: the generator only draws from the ChaCha generator
//! it is given.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Duration, NaiveDate};
use rand::Rng;
use rand::seq::IndexedRandom;

use super::truth::{self, Case};
use super::{
    Arrival, ArrivalTemplate, Catalog, Channel, CopyForm, DefectKind, Document, Expected,
    FieldKind, Generated, Identity, Legibility, Persona, PlantedDefect, Question, Sex, Submission,
    Want,
};
use crate::calendar::ClockTime;
use crate::text::LocalizedText;

const FAMILY: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý",
];
const MIDDLE_MALE: &[&str] = &["Văn", "Hữu", "Đức", "Minh", "Quốc", "Gia", "Thanh", "Công"];
const MIDDLE_FEMALE: &[&str] = &["Thị", "Ngọc", "Thanh", "Minh", "Thu", "Bảo", "Kim"];
const GIVEN_MALE: &[&str] = &[
    "An", "Bình", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quân", "Sơn", "Tuấn",
    "Thắng", "Việt", "Đạt",
];
const GIVEN_FEMALE: &[&str] = &[
    "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Thảo", "Trang", "Uyên", "Vy",
    "Yến", "Ngân", "Loan",
];
const PROVINCE_CODES: &[&str] = &["001", "025", "034", "048", "068", "079", "092"];

/// A generated person in a case.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// Full name.
    pub name: String,
    /// Sex.
    pub sex: Sex,
    /// Date of birth.
    pub birth_date: NaiveDate,
    /// ID number.
    pub id_number: String,
    /// Address.
    pub address: String,
    /// Ethnicity.
    pub ethnicity: String,
}

fn random_name(rng: &mut impl Rng, sex: Sex) -> String {
    let family = FAMILY.choose(rng).copied().unwrap_or("Nguyễn");
    let (middle, given) = match sex {
        Sex::Male => (MIDDLE_MALE, GIVEN_MALE),
        Sex::Female => (MIDDLE_FEMALE, GIVEN_FEMALE),
    };
    format!(
        "{family} {} {}",
        middle.choose(rng).copied().unwrap_or("Văn"),
        given.choose(rng).copied().unwrap_or("An")
    )
}

/// A 12-digit ID number consistent with sex and birth year.
pub fn id_number_for(rng: &mut impl Rng, sex: Sex, birth: NaiveDate) -> String {
    let province = PROVINCE_CODES.choose(rng).copied().unwrap_or("001");
    let century = if birth.year() >= 2000 { 2 } else { 0 };
    let sex_digit = century + u32::from(sex == Sex::Female);
    format!(
        "{province}{sex_digit}{:02}{:06}",
        birth.year() % 100,
        rng.random_range(0..1_000_000u32)
    )
}

fn random_person(rng: &mut impl Rng, sex: Sex, birth: NaiveDate, address: &str) -> Person {
    Person {
        name: random_name(rng, sex),
        sex,
        birth_date: birth,
        id_number: id_number_for(rng, sex, birth),
        address: address.to_owned(),
        ethnicity: "Kinh".into(),
    }
}

/// The date a card issued at `issued` for someone born `birth` expires (renewal ages
/// 14/25/40/60; a card issued within 2 years before an age lasts to the next one), or
/// `None` for a lifelong card.
pub fn card_expiry(birth: NaiveDate, issued: NaiveDate) -> Option<NaiveDate> {
    for age in [14, 25, 40, 60] {
        let at = birth.with_year(birth.year() + age).unwrap_or(birth);
        if issued < before(at, 730) {
            return Some(at);
        }
    }
    None
}

/// `days` days before `date`, saturating at the first representable date (never panics).
fn before(date: NaiveDate, days: i64) -> NaiveDate {
    date.checked_sub_signed(Duration::days(days))
        .unwrap_or(if days >= 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        })
}

/// `days` days after `date`, saturating at the last representable date (never panics).
fn after(date: NaiveDate, days: i64) -> NaiveDate {
    date.checked_add_signed(Duration::days(days))
        .unwrap_or(if days >= 0 {
            NaiveDate::MAX
        } else {
            NaiveDate::MIN
        })
}

fn date_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

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

struct CaseBuilder {
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

/// Alters a Vietnamese name so that it differs by one diacritic (the subtle kind of mismatch).
pub fn alter_name(name: &str) -> String {
    const SWAPS: &[(char, char)] = &[
        ('ư', 'u'),
        ('ơ', 'o'),
        ('ă', 'a'),
        ('â', 'a'),
        ('ê', 'e'),
        ('ô', 'o'),
        ('đ', 'd'),
        ('Đ', 'D'),
        ('ạ', 'a'),
        ('ả', 'a'),
        ('ã', 'a'),
        ('à', 'a'),
        ('á', 'a'),
        ('ễ', 'ê'),
        ('ễ', 'ế'),
        ('ồ', 'ô'),
        ('ũ', 'u'),
        ('ú', 'u'),
        ('ì', 'i'),
        ('í', 'i'),
        ('ỳ', 'y'),
        ('ý', 'y'),
        ('ế', 'ê'),
        ('ề', 'ê'),
        ('ệ', 'ê'),
        ('ố', 'ô'),
        ('ớ', 'ơ'),
        ('ờ', 'ơ'),
        ('ợ', 'ơ'),
        ('ữ', 'ư'),
        ('ừ', 'ư'),
        ('ứ', 'ư'),
        ('ự', 'ư'),
        ('ả', 'a'),
        ('ậ', 'â'),
        ('ầ', 'â'),
    ];
    let chars: Vec<char> = name.chars().collect();
    for (i, ch) in chars.iter().enumerate().rev() {
        if let Some((_, to)) = SWAPS.iter().find(|(from, _)| from == ch) {
            let mut out = chars.clone();
            out[i] = *to;
            return out.into_iter().collect();
        }
    }
    // No diacritic to drop: add one to the last vowel.
    let mut out = chars.clone();
    if let Some(i) = out.iter().rposition(|c| "aeiouy".contains(*c)) {
        out[i] = match out[i] {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ó',
            'u' => 'ú',
            _ => 'ý',
        };
    }
    out.into_iter().collect()
}

/// Draws an item by weight; `None` when every weight is 0. The weights are summed in `u64`
/// (no overflow); a total within `u32` draws exactly as it always has, so seeds keep their
/// arrivals.
fn weighted<'a, T>(rng: &mut impl Rng, items: &'a [(T, u32)]) -> Option<&'a T> {
    let total: u64 = items.iter().map(|(_, w)| u64::from(*w)).sum();
    if total == 0 {
        return None;
    }
    let mut pick = match u32::try_from(total) {
        Ok(total) => u64::from(rng.random_range(0..total)),
        Err(_) => rng.random_range(0..total),
    };
    for (item, w) in items {
        let w = u64::from(*w);
        if pick < w {
            return Some(item);
        }
        pick -= w;
    }
    None
}

/// Plants one defect of `kind` on a suitable paper; false when no paper suits it.
fn plant(
    docs: &mut [Document],
    kind: DefectKind,
    catalog: &Catalog,
    today: NaiveDate,
    rng: &mut impl Rng,
) -> bool {
    let suitable: Vec<usize> = (0..docs.len())
        .filter(|&i| {
            let Some(k) = catalog.document_kinds.get(&docs[i].kind) else {
                return false;
            };
            let doc = &docs[i];
            match kind {
                DefectKind::Expired
                | DefectKind::InvalidIdNumber
                | DefectKind::BelongsToOtherPerson => k.identity,
                DefectKind::NameMismatch => {
                    !k.identity
                        && k.fields
                            .iter()
                            .any(|f| f.kind == FieldKind::Name && f.key.contains('.'))
                }
                DefectKind::DateMismatch => {
                    !k.identity
                        && k.fields
                            .iter()
                            .any(|f| f.kind == FieldKind::Date && f.key.contains('.'))
                }
                DefectKind::MissingSignature => k.needs_signature && doc.signed,
                DefectKind::MissingStamp => k.needs_stamp && doc.stamped,
                DefectKind::WrongFormVersion => k.current_form_version.is_some(),
                DefectKind::PhotocopyOnly => doc.copy == CopyForm::Original && !k.identity,
                DefectKind::Illegible | DefectKind::Altered => !k.identity,
                DefectKind::Forged => {
                    matches!(k.layout, super::Layout::Notice | super::Layout::Certificate)
                }
                DefectKind::MissingField => !k.fields.is_empty() && !k.identity,
                DefectKind::FieldMismatch => false,
            }
        })
        .collect();
    let Some(&i) = suitable.choose(rng) else {
        return false;
    };
    let Some(k) = catalog.document_kinds.get(&docs[i].kind).cloned() else {
        return false;
    };
    let doc = &mut docs[i];
    let mut field = None;
    let mut note = None;
    match kind {
        DefectKind::Expired => {
            doc.fields.insert(
                "expiry".into(),
                date_text(before(today, rng.random_range(3..400))),
            );
            field = Some("expiry".to_owned());
        }
        DefectKind::InvalidIdNumber => {
            if let Some(n) = doc.fields.get_mut("id_number") {
                let mut chars: Vec<char> = n.chars().collect();
                if chars.len() == 12 {
                    chars[3] = if chars[3] == '9' { '8' } else { '9' };
                }
                *n = chars.into_iter().collect();
            }
            field = Some("id_number".to_owned());
            note = Some(LocalizedText::new(
                "Số định danh không khớp với năm sinh và giới tính in trên thẻ",
                "The ID number does not match the birth year and sex printed on the card",
            ));
        }
        DefectKind::BelongsToOtherPerson => {
            let sex = if doc.fields.get("sex").is_some_and(|s| s == "Nam") {
                Sex::Male
            } else {
                Sex::Female
            };
            let birth = doc
                .fields
                .get("birth_date")
                .and_then(|d| truth::parse_date(d))
                .unwrap_or(today);
            let shift = rng.random_range(400..3000);
            let other = random_person(rng, sex, before(birth, shift), "");
            doc.fields.insert("full_name".into(), other.name.clone());
            doc.fields
                .insert("birth_date".into(), date_text(other.birth_date));
            doc.fields
                .insert("id_number".into(), other.id_number.clone());
            note = Some(LocalizedText::new(
                "Ảnh trên thẻ không phải người đang đứng trước quầy",
                "The photo on the card is not the person at the counter",
            ));
        }
        DefectKind::NameMismatch | DefectKind::DateMismatch => {
            let want = if kind == DefectKind::NameMismatch {
                FieldKind::Name
            } else {
                FieldKind::Date
            };
            let keys: Vec<String> = k
                .fields
                .iter()
                .filter(|f| f.kind == want && f.key.contains('.'))
                .map(|f| f.key.clone())
                .collect();
            if let Some(key) = keys.choose(rng) {
                if let Some(v) = doc.fields.get_mut(key) {
                    *v = if want == FieldKind::Name {
                        alter_name(v)
                    } else {
                        truth::parse_date(v)
                            .map(|d| date_text(before(d, rng.random_range(1..40))))
                            .unwrap_or_default()
                    };
                }
                field = Some(key.clone());
            }
        }
        DefectKind::MissingSignature => doc.signed = false,
        DefectKind::MissingStamp => doc.stamped = false,
        DefectKind::WrongFormVersion => {
            doc.form_version = Some("Mẫu cũ (TT 15/2015/TT-BTP)".into())
        }
        DefectKind::PhotocopyOnly => doc.copy = CopyForm::Photocopy,
        DefectKind::Illegible => doc.legibility = Legibility::Unreadable,
        DefectKind::Forged => {
            note = Some(LocalizedText::new(
                "Con dấu in phun màu, không có vết mực đóng; số sổ không có trong hệ thống",
                "The seal is inkjet-printed, not pressed; the register number does not exist",
            ));
        }
        DefectKind::Altered => {
            note = Some(LocalizedText::new(
                "Có chỗ tẩy xóa, viết đè không có dấu xác nhận sửa chữa",
                "Erased and overwritten text without a correction seal",
            ));
        }
        DefectKind::MissingField => {
            if let Some(spec) = k.fields.choose(rng) {
                doc.fields.remove(&spec.key);
                field = Some(spec.key.clone());
            }
        }
        DefectKind::FieldMismatch => return false,
    }
    doc.defects.push(PlantedDefect { kind, field, note });
    true
}

/// Generates one case from a template. `index` names it (`g<index>`).
#[allow(clippy::too_many_arguments)] // each argument is a distinct input of the draw
pub fn generate_case(
    template: &ArrivalTemplate,
    catalog: &Catalog,
    difficulty: f32,
    today: NaiveDate,
    at: ClockTime,
    index: usize,
    rule_in_force: &dyn Fn(&str) -> bool,
    rng: &mut impl Rng,
) -> Option<Arrival> {
    let procedure = catalog.procedures.get(&template.procedure)?;
    let archetype: &Persona = template
        .personas
        .choose(rng)
        .and_then(|id| catalog.personas.get(id))?;
    let id = generated_id(index);
    for _attempt in 0..12 {
        let mut persona = archetype.clone();
        let age_shift = rng.random_range(-900..900);
        persona.birth_date = after(persona.birth_date, age_shift);
        persona.name = random_name(rng, persona.sex);
        persona.id_number = id_number_for(rng, persona.sex, persona.birth_date);
        let facts: BTreeSet<String> = template.fact_sets.choose(rng).cloned().unwrap_or_default();
        let applicant = Person {
            name: persona.name.clone(),
            sex: persona.sex,
            birth_date: persona.birth_date,
            id_number: persona.id_number.clone(),
            address: persona.address.clone(),
            ethnicity: persona.ethnicity.clone(),
        };
        let mut builder = CaseBuilder {
            today,
            people: BTreeMap::from([("applicant".to_owned(), applicant)]),
            facts: facts.clone(),
            values: BTreeMap::new(),
        };
        let mut documents = Vec::new();
        let mut state_holds = BTreeSet::new();
        for (n, rule) in procedure.components.iter().enumerate() {
            if rule
                .when
                .as_ref()
                .is_some_and(|c| !c.holds(&facts, rule_in_force))
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
                .and_then(|k| catalog.document_kinds.get(k))
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
        // Plant defects according to difficulty (a value that is not a number counts as 0:
        // validation reports it; the generator never panics on it).
        let difficulty = if difficulty.is_nan() {
            0.0
        } else {
            f64::from(difficulty.clamp(0.0, 1.0))
        };
        // A defect that suits no paper of this case is simply not planted.
        if !template.defects.is_empty() && rng.random_bool(difficulty) {
            if let Some(kind) = weighted(rng, &template.defects) {
                plant(&mut documents, *kind, catalog, today, rng);
            }
            if rng.random_bool(difficulty * difficulty * 0.5)
                && let Some(kind) = weighted(rng, &template.defects)
            {
                plant(&mut documents, *kind, catalog, today, rng);
            }
        }
        let copies = if template.copies > 0 {
            rng.random_range(1..=template.copies)
        } else {
            0
        };
        let no_aliases = BTreeMap::new();
        let case = Case {
            procedure,
            documents: &documents,
            facts: &facts,
            state_holds: &state_holds,
            channel: Channel::Counter,
            copies,
            same_person: &no_aliases,
        };
        let analysis = truth::analyze(case, catalog, today, rule_in_force);
        if analysis.ambiguous.is_some()
            || !super::validate::planted_matches_findings(&documents, &analysis).is_empty()
        {
            continue;
        }
        let expect = match &analysis.disposition {
            truth::Disposition::Accept => Expected::Accept,
            truth::Disposition::Supplement(c) => Expected::Supplement(c.clone()),
            truth::Disposition::Refuse(g) => Expected::Refuse(g.clone()),
        };
        let mut answers = BTreeMap::new();
        answers.insert(
            Question::Purpose,
            LocalizedText::new(
                format!("Tôi cần làm {}.", procedure.name.vi.to_lowercase()),
                format!("I need {}.", procedure.name.en.to_lowercase()),
            ),
        );
        if facts.contains("proxy") {
            answers.insert(
                Question::ActingFor,
                LocalizedText::new(
                    "Tôi làm thay cho người nhà.",
                    "I am doing this for a relative.",
                ),
            );
        }
        return Some(Arrival {
            id: id.clone(),
            at,
            persona: archetype.id.clone(),
            wants: Want::Submit {
                procedure: procedure.code.clone(),
                copies,
            },
            opening: LocalizedText::new(
                format!(
                    "Chào chị, tôi muốn làm thủ tục {}.",
                    procedure.name.vi.to_lowercase()
                ),
                format!(
                    "Hello, I would like to do: {}.",
                    procedure.name.en.to_lowercase()
                ),
            ),
            documents,
            facts,
            answers,
            state_holds,
            hint: None,
            expect: Some(expect),
            same_person: BTreeMap::new(),
            identity: Some(Identity {
                name: persona.name,
                birth_date: persona.birth_date,
                id_number: persona.id_number,
            }),
        });
    }
    None
}

/// Generates all arrivals of a scenario for a seed, sorted by time.
pub fn generate_all(
    spec: &Generated,
    catalog: &Catalog,
    today: NaiveDate,
    rule_in_force: &dyn Fn(&str) -> bool,
    rng: &mut impl Rng,
) -> Vec<Arrival> {
    let templates: Vec<(ArrivalTemplate, u32)> = spec
        .templates
        .iter()
        .map(|t| (t.clone(), t.weight))
        .collect();
    let from = spec.from.minutes();
    let until = spec.until.minutes().max(from + 1);
    // Validation allows at most MAX_GENERATED; the cap keeps a hostile count from
    // allocating gigabytes before validation has had its say.
    let count = spec.count.min(super::validate::MAX_GENERATED);
    let mut times: Vec<u32> = (0..count).map(|_| rng.random_range(from..until)).collect();
    times.sort_unstable();
    let mut out = Vec::new();
    for (i, minute) in times.into_iter().enumerate() {
        let Some(template) = weighted(rng, &templates) else {
            break;
        };
        let at = ClockTime::hm((minute / 60) as u16, (minute % 60) as u16).unwrap_or_default();
        if let Some(arrival) = generate_case(
            template,
            catalog,
            spec.difficulty,
            today,
            at,
            i + 1,
            rule_in_force,
            rng,
        ) {
            out.push(arrival);
        }
    }
    out
}

/// The arrival id of the `index`-th generated citizen (`g0`, `g1`, …).
pub fn generated_id(index: usize) -> String {
    format!("g{index}")
}

/// True for an id of the form [`generated_id`] gives.
pub fn is_generated_id(id: &str) -> bool {
    id.strip_prefix('g')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn altered_names_differ_by_one_letter() {
        assert_eq!(alter_name("Nguyễn Thị Hương"), "Nguyễn Thị Hưong");
        assert_ne!(alter_name("Le Van An"), "Le Van An");
    }

    #[test]
    fn cards_expire_at_renewal_ages() {
        let birth = NaiveDate::from_ymd_opt(2001, 5, 12).unwrap();
        // issued at 19 → valid until 25
        assert_eq!(
            card_expiry(birth, NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()),
            NaiveDate::from_ymd_opt(2026, 5, 12)
        );
        // issued at 23y7m (within 2 years of 25) → valid until 40
        assert_eq!(
            card_expiry(birth, NaiveDate::from_ymd_opt(2024, 12, 1).unwrap()),
            NaiveDate::from_ymd_opt(2041, 5, 12)
        );
        let old = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap();
        assert_eq!(
            card_expiry(old, NaiveDate::from_ymd_opt(2021, 1, 1).unwrap()),
            None
        );
    }

    /// The generator is total: whatever the spec (validation rejects all of these first),
    /// it returns arrivals or none, and never panics.
    #[test]
    fn hostile_specs_generate_without_panicking() {
        use rand::SeedableRng;
        let shared = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/shared");
        let catalog = crate::scenario::load::load_catalog(&shared).unwrap();
        let t = |h, m| ClockTime::hm(h, m).unwrap();
        let template =
            |procedure: &str, weight, personas: Vec<&str>, defects, copies| ArrivalTemplate {
                procedure: procedure.into(),
                weight,
                personas: personas.into_iter().map(str::to_owned).collect(),
                fact_sets: vec![],
                defects,
                copies,
            };
        let all_defects: Vec<(DefectKind, u32)> =
            DefectKind::ALL.iter().map(|k| (*k, u32::MAX)).collect();
        let hostile_templates = vec![
            vec![],
            vec![template(
                "birth-registration",
                0,
                vec!["young-mother"],
                vec![],
                0,
            )],
            vec![template("birth-registration", 1, vec![], vec![], 0)],
            vec![template(
                "no-such-procedure",
                1,
                vec!["young-mother"],
                vec![],
                0,
            )],
            vec![template(
                "birth-registration",
                1,
                vec!["no-such-persona"],
                vec![],
                0,
            )],
            vec![
                template(
                    "copy-certification",
                    u32::MAX,
                    vec!["student"],
                    all_defects.clone(),
                    u32::MAX,
                ),
                template(
                    "birth-registration",
                    u32::MAX,
                    vec!["young-mother"],
                    all_defects,
                    0,
                ),
            ],
        ];
        let days = [
            NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            NaiveDate::MIN,
            NaiveDate::MAX,
        ];
        for difficulty in [f32::NAN, f32::INFINITY, f32::NEG_INFINITY, -1.0, 2.0, 1.0] {
            for templates in &hostile_templates {
                for (from, until) in [(t(8, 0), t(9, 0)), (t(9, 0), t(8, 0)), (t(23, 59), t(0, 0))]
                {
                    for today in days {
                        let spec = Generated {
                            count: u32::MAX,
                            from,
                            until,
                            difficulty,
                            templates: templates.clone(),
                        };
                        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(3);
                        let arrivals = generate_all(&spec, &catalog, today, &|_| true, &mut rng);
                        assert!(arrivals.len() <= super::super::validate::MAX_GENERATED as usize);
                    }
                }
            }
        }
    }

    #[test]
    fn generated_id_numbers_are_consistent() {
        use rand::SeedableRng;
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
        let birth = NaiveDate::from_ymd_opt(1990, 2, 3).unwrap();
        let n = id_number_for(&mut rng, Sex::Female, birth);
        assert!(
            truth::id_number_is_consistent(&n, Some(false), Some(birth)),
            "{n}"
        );
    }
}
