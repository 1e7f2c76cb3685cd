//! Document kinds and the papers a citizen carries.
//!
//! A [`DocumentKind`] (ID card, birth notice, declaration form…) lists its fields and how it
//! is drawn; a [`Document`] is one physical paper with typed field values and physical traits
//! (original or photocopy, signed, stamped, legible, pages, sticky notes). Defects are
//! *planted* by the author or the generator: most show in the data itself (an expired card,
//! a name spelled differently on two papers), the rest ([`DefectKind::Forged`],
//! [`DefectKind::Altered`]) only show to a careful inspection.
//!
//! Field keys: a key without a dot is the holder's own (`full_name` on an ID card whose
//! `role` is `mother` means `mother.full_name`); a key with a dot names the role directly
//! (`child.birth_date` on a birth notice). Two papers that carry the same resolved key must
//! agree letter for letter, diacritics included (rule 7).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::text::LocalizedText;

/// How a document kind is drawn on the desk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Layout {
    /// A plastic card (căn cước): photo, chip, front and back.
    IdCard,
    /// A declaration form (tờ khai) with boxes filled by hand.
    Form,
    /// A certificate with national emblem, seal and signature (giấy khai sinh…).
    Certificate,
    /// A notice issued by a hospital or agency (giấy chứng sinh, giấy báo tử).
    Notice,
    /// A letter or undertaking written by a person (giấy ủy quyền, đơn).
    Letter,
    /// A contract (hợp đồng thuê nhà).
    Contract,
    /// A bound certificate such as a land-use right certificate (sổ đỏ).
    Booklet,
}

/// The value type of a field, for display and checks.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub enum FieldKind {
    /// Free text.
    #[default]
    Text,
    /// A person's full name.
    Name,
    /// A date `YYYY-MM-DD` (shown `DD/MM/YYYY`).
    Date,
    /// A 12-digit personal identification number.
    IdNumber,
    /// `Nam` / `Nữ`.
    Sex,
    /// An address.
    Address,
    /// A number (pages, capital, floor area).
    Number,
}

/// A field of a document kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSpec {
    /// Key, relative to the holder (`full_name`) or absolute (`child.full_name`).
    pub key: String,
    /// Label printed on the paper.
    pub label: LocalizedText,
    /// Value type.
    #[serde(default)]
    pub kind: FieldKind,
    /// Sample values the generator may draw for fields not derived from a person.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub samples: Vec<String>,
}

/// A kind of paper.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentKind {
    /// Identifier, also the file name (e.g. `citizen-id-card`).
    pub id: String,
    /// Name of the paper.
    pub name: LocalizedText,
    /// Drawing style.
    pub layout: Layout,
    /// Title printed at the top (e.g. "GIẤY CHỨNG SINH").
    pub title: String,
    /// Who issues it (e.g. "Bệnh viện đa khoa…"); empty for personal papers.
    #[serde(default)]
    pub issuer: String,
    /// Fields in print order.
    pub fields: Vec<FieldSpec>,
    /// An identity paper checked under rule 7 (number, expiry, names).
    #[serde(default)]
    pub identity: bool,
    /// A valid paper bears a signature.
    #[serde(default)]
    pub needs_signature: bool,
    /// A valid paper bears a red seal.
    #[serde(default)]
    pub needs_stamp: bool,
    /// The form version in force (e.g. "TT 04/2020 mẫu 01"); older versions are a defect.
    #[serde(default)]
    pub current_form_version: Option<String>,
    /// Usual page count.
    #[serde(default = "one")]
    pub pages: u8,
    /// False when the layout or fields are not confirmed by a source.
    pub confirmed: bool,
    /// Where the layout comes from.
    #[serde(default)]
    pub source: String,
    /// Slips the citizen may correct on this paper at the counter (issue 13, item 6), under
    /// a legal rule; only on forms the citizen fills in, never on a paper an authority
    /// issued (those go back to their issuer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correctable_at_counter: Option<CounterCorrection>,
}

/// Which defects of a paper the citizen may correct at the counter — strike the wrong words
/// through, write the right ones beside them and initial — and the rule that allows it
/// (`scenarios/shared/rules.ron`): where the scenario does not put that rule in force, the
/// paper goes back with a supplement request as before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CounterCorrection {
    /// The legal rule allowing the correction (an id of `rules.ron`).
    pub rule: String,
    /// The defects the citizen may correct.
    pub defects: Vec<DefectKind>,
}

impl DocumentKind {
    /// True when the citizen may correct a defect of this kind on such a paper at the counter
    /// under the rules in force.
    pub fn correctable(&self, defect: DefectKind, rule_in_force: &dyn Fn(&str) -> bool) -> bool {
        self.correctable_at_counter
            .as_ref()
            .is_some_and(|c| c.defects.contains(&defect) && rule_in_force(&c.rule))
    }
}

fn one() -> u8 {
    1
}

fn yes() -> bool {
    true
}

/// Original, photocopy or certified copy.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub enum CopyForm {
    /// The original (bản chính).
    #[default]
    Original,
    /// A plain photocopy (bản photo).
    Photocopy,
    /// A certified copy (bản sao có chứng thực) or a copy from the master register.
    CertifiedCopy,
    /// An electronic copy from the citizen's data store or VNeID.
    Electronic,
}

/// How readable a paper is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub enum Legibility {
    /// Clean.
    #[default]
    Clear,
    /// Faded but readable.
    Faded,
    /// Torn, wet or faded beyond reading.
    Unreadable,
}

/// A kind of planted defect. Each maps to a rule the scoring cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum DefectKind {
    /// Identity paper past its expiry (renewal ages 14/25/40/60).
    Expired,
    /// The 12-digit number is malformed or contradicts sex and birth year.
    InvalidIdNumber,
    /// A name differs between two papers (diacritics count).
    NameMismatch,
    /// A date differs between two papers.
    DateMismatch,
    /// Another field (ID number, address, sex) differs between two papers.
    FieldMismatch,
    /// An unsigned form or letter.
    MissingSignature,
    /// A certificate or notice without its seal.
    MissingStamp,
    /// A form of a superseded version.
    WrongFormVersion,
    /// A plain photocopy where an original or certified copy is required.
    PhotocopyOnly,
    /// Unreadable paper.
    Illegible,
    /// The paper belongs to someone else (a relative's card brought by mistake).
    BelongsToOtherPerson,
    /// A forged paper or forged certification.
    Forged,
    /// Erased, overwritten or added content without a correction seal.
    Altered,
    /// A required field left blank.
    MissingField,
}

impl DefectKind {
    /// Every defect kind.
    pub const ALL: [DefectKind; 14] = [
        DefectKind::Expired,
        DefectKind::InvalidIdNumber,
        DefectKind::NameMismatch,
        DefectKind::DateMismatch,
        DefectKind::FieldMismatch,
        DefectKind::MissingSignature,
        DefectKind::MissingStamp,
        DefectKind::WrongFormVersion,
        DefectKind::PhotocopyOnly,
        DefectKind::Illegible,
        DefectKind::BelongsToOtherPerson,
        DefectKind::Forged,
        DefectKind::Altered,
        DefectKind::MissingField,
    ];

    /// Stable identifier used in locale keys (`defect-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            DefectKind::Expired => "expired",
            DefectKind::InvalidIdNumber => "invalid-id-number",
            DefectKind::NameMismatch => "name-mismatch",
            DefectKind::DateMismatch => "date-mismatch",
            DefectKind::FieldMismatch => "field-mismatch",
            DefectKind::MissingSignature => "missing-signature",
            DefectKind::MissingStamp => "missing-stamp",
            DefectKind::WrongFormVersion => "wrong-form-version",
            DefectKind::PhotocopyOnly => "photocopy-only",
            DefectKind::Illegible => "illegible",
            DefectKind::BelongsToOtherPerson => "belongs-to-other",
            DefectKind::Forged => "forged",
            DefectKind::Altered => "altered",
            DefectKind::MissingField => "missing-field",
        }
    }

    /// Defects that no procedure can cure by a supplement: the counter refuses.
    pub fn always_refused(self) -> bool {
        matches!(self, DefectKind::Forged | DefectKind::InvalidIdNumber)
    }

    /// Defects that show only when the clerk inspects the paper closely, not in the data.
    pub fn needs_inspection(self) -> bool {
        matches!(
            self,
            DefectKind::Forged | DefectKind::Altered | DefectKind::BelongsToOtherPerson
        )
    }
}

/// Where on a paper a defect shows, and so where a trainee points to flag it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PaperArea {
    /// One field row (the flag names the field).
    Field,
    /// The holder's photo on an identity card.
    Photo,
    /// The place of the red seal.
    Seal,
    /// The place of the signature.
    Signature,
    /// The printed form code in the corner.
    FormCode,
    /// The paper as a whole (a photocopy, an unreadable paper).
    Whole,
}

impl PaperArea {
    /// Stable identifier used in message keys and arguments (`flag-area-…`, a hint's `$area`).
    pub fn id(self) -> &'static str {
        match self {
            PaperArea::Field => "field",
            PaperArea::Photo => "photo",
            PaperArea::Seal => "seal",
            PaperArea::Signature => "signature",
            PaperArea::FormCode => "form-code",
            PaperArea::Whole => "whole",
        }
    }
}

impl DefectKind {
    /// The area of the paper where this defect shows.
    pub fn area(self) -> PaperArea {
        match self {
            DefectKind::Expired
            | DefectKind::InvalidIdNumber
            | DefectKind::NameMismatch
            | DefectKind::DateMismatch
            | DefectKind::FieldMismatch
            | DefectKind::Altered
            | DefectKind::MissingField => PaperArea::Field,
            DefectKind::MissingSignature => PaperArea::Signature,
            DefectKind::MissingStamp | DefectKind::Forged => PaperArea::Seal,
            DefectKind::WrongFormVersion => PaperArea::FormCode,
            DefectKind::PhotocopyOnly | DefectKind::Illegible => PaperArea::Whole,
            DefectKind::BelongsToOtherPerson => PaperArea::Photo,
        }
    }

    /// A disagreement between two papers, flagged as a discrepancy between two fields rather
    /// than on one paper.
    pub fn is_mismatch(self) -> bool {
        matches!(
            self,
            DefectKind::NameMismatch | DefectKind::DateMismatch | DefectKind::FieldMismatch
        )
    }
}

/// A defect planted on purpose, with what a careful eye sees.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlantedDefect {
    /// What is wrong.
    pub kind: DefectKind,
    /// The field concerned, if any.
    #[serde(default)]
    pub field: Option<String>,
    /// What inspection reveals (e.g. "the seal is printed, not pressed"): shown in the
    /// debrief, never at the counter.
    #[serde(default)]
    pub note: Option<LocalizedText>,
    /// For an alteration in the content of a multi-page paper rather than in one of its
    /// fields (a mark in a school record's tables): the page it is on, from 1 (the last page
    /// when not given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u8>,
}

/// One physical paper.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Unique id within the scenario (e.g. `c1-id`).
    pub id: String,
    /// Document kind id.
    pub kind: String,
    /// Whose paper it is in the case (`applicant`, `mother`, `child`, `deceased`…).
    #[serde(default)]
    pub role: Option<String>,
    /// Field values by key (dates as `YYYY-MM-DD`).
    #[serde(default)]
    pub fields: BTreeMap<String, String>,
    /// Original, photocopy, certified copy or e-copy.
    #[serde(default)]
    pub copy: CopyForm,
    /// Page count (0 = the kind's usual count).
    #[serde(default)]
    pub pages: u8,
    /// Bears a signature.
    #[serde(default = "yes")]
    pub signed: bool,
    /// Bears a seal.
    #[serde(default = "yes")]
    pub stamped: bool,
    /// How readable it is.
    #[serde(default)]
    pub legibility: Legibility,
    /// Number of pages carrying a sticky note (each is scanned twice, rule 3).
    #[serde(default)]
    pub sticky_notes: u8,
    /// Printed form version, for forms.
    #[serde(default)]
    pub form_version: Option<String>,
    /// Defects planted on purpose.
    #[serde(default)]
    pub defects: Vec<PlantedDefect>,
}

impl Document {
    /// A clean original of kind `kind` with these field values: no role, the kind's usual
    /// page count, signed, sealed, legible, no sticky note, no printed form version, no
    /// planted defect — what a paper is when the scenario says nothing else.
    pub fn new(id: &str, kind: &str, fields: &[(&str, &str)]) -> Self {
        Document {
            id: id.to_owned(),
            kind: kind.to_owned(),
            role: None,
            fields: fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
            copy: CopyForm::Original,
            pages: 0,
            signed: true,
            stamped: true,
            legibility: Legibility::Clear,
            sticky_notes: 0,
            form_version: None,
            defects: vec![],
        }
    }

    /// The page (from 1) that carries an alteration planted outside the fields, if any:
    /// its declared page, else the last one.
    pub fn altered_page(&self, kind: &DocumentKind) -> Option<u8> {
        let pages = self.page_count(kind);
        self.defects
            .iter()
            .find(|d| d.kind == DefectKind::Altered && d.field.is_none())
            .map(|d| d.page.unwrap_or(pages).clamp(1, pages))
    }

    /// Page count, falling back to the kind's usual count.
    pub fn page_count(&self, kind: &DocumentKind) -> u8 {
        if self.pages == 0 {
            kind.pages.max(1)
        } else {
            self.pages
        }
    }

    /// The resolved key of a field (`full_name` on a `mother` card → `mother.full_name`).
    pub fn resolved_key(&self, key: &str) -> String {
        match (&self.role, key.contains('.')) {
            (Some(role), false) => format!("{role}.{key}"),
            _ => key.to_owned(),
        }
    }

    /// True when a defect of this kind was planted.
    pub fn has_planted(&self, kind: DefectKind) -> bool {
        self.defects.iter().any(|d| d.kind == kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_keys_resolve_through_the_role() {
        let doc = Document {
            role: Some("mother".into()),
            ..Document::new("d", "k", &[])
        };
        assert_eq!(doc.resolved_key("full_name"), "mother.full_name");
        assert_eq!(doc.resolved_key("child.birth_date"), "child.birth_date");
    }

    #[test]
    fn defect_ids_are_unique() {
        let mut ids: Vec<_> = DefectKind::ALL.iter().map(|d| d.id()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), DefectKind::ALL.len());
    }
}
