//! What is wrong with one paper by itself: expiry, an ID number that does not match birth
//! year and sex, missing signature or stamp, an old form, a photocopy where an original is
//! required, illegible, altered or forged papers, missing fields.

use chrono::{Datelike, NaiveDate};

use crate::scenario::{Catalog, CopyForm, DefectKind, Document, Legibility, Submission};

/// Checks a 12-digit personal identification number against sex and birth date
/// (province code, century/sex digit, two digits of the birth year; procedures §13).
pub fn id_number_is_consistent(number: &str, male: Option<bool>, birth: Option<NaiveDate>) -> bool {
    if number.len() != 12 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let digits: Vec<u32> = number.bytes().map(|b| u32::from(b - b'0')).collect();
    if let Some(birth) = birth {
        let century_base = match birth.year() {
            1900..=1999 => 0,
            2000..=2099 => 2,
            2100..=2199 => 4,
            _ => return false,
        };
        let expected_sex_digit = century_base + u32::from(male == Some(false));
        if male.is_some() && digits[3] != expected_sex_digit {
            return false;
        }
        if male.is_none() && digits[3] / 2 != century_base / 2 {
            return false;
        }
        let yy = (birth.year() % 100) as u32;
        if digits[4] * 10 + digits[5] != yy {
            return false;
        }
    }
    true
}

/// Parses a date written `YYYY-MM-DD` or `DD/MM/YYYY`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(t, "%d/%m/%Y"))
        .ok()
}

/// True when an expiry field means "no expiry" (cards issued at 60 or later).
pub fn is_lifelong(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    t == "không thời hạn" || t == "khong thoi han" || t == "none"
}

/// Defects visible on one paper by itself.
pub fn paper_defects(
    doc: &Document,
    catalog: &Catalog,
    form: Option<Submission>,
    today: NaiveDate,
    all: &[Document],
) -> Vec<(DefectKind, Option<String>)> {
    let mut out = Vec::new();
    let Some(kind) = catalog.document_kinds.get(&doc.kind) else {
        return out;
    };
    for spec in &kind.fields {
        if doc
            .fields
            .get(&spec.key)
            .is_none_or(|v| v.trim().is_empty())
        {
            out.push((DefectKind::MissingField, Some(spec.key.clone())));
        }
    }
    if kind.identity {
        let number = doc
            .fields
            .get("id_number")
            .map(String::as_str)
            .unwrap_or_default();
        let male = doc.fields.get("sex").map(|s| s.trim() == "Nam");
        let birth = doc.fields.get("birth_date").and_then(|d| parse_date(d));
        if !number.is_empty() && !id_number_is_consistent(number, male, birth) {
            out.push((DefectKind::InvalidIdNumber, Some("id_number".into())));
        }
        if let Some(expiry) = doc.fields.get("expiry")
            && !is_lifelong(expiry)
            && parse_date(expiry).is_some_and(|d| d < today)
        {
            out.push((DefectKind::Expired, Some("expiry".into())));
        }
    }
    if kind.needs_signature && !doc.signed {
        out.push((DefectKind::MissingSignature, None));
    }
    if kind.needs_stamp && !doc.stamped && doc.copy != CopyForm::Electronic {
        out.push((DefectKind::MissingStamp, None));
    }
    if let (Some(current), Some(version)) = (&kind.current_form_version, &doc.form_version)
        && current != version
    {
        out.push((DefectKind::WrongFormVersion, None));
    }
    if doc.legibility == Legibility::Unreadable {
        out.push((DefectKind::Illegible, None));
    }
    if doc.copy == CopyForm::CertifiedCopy && form == Some(Submission::Original) {
        // A certified copy does not replace an original the procedure requires.
        out.push((DefectKind::PhotocopyOnly, None));
    }
    if doc.copy == CopyForm::Photocopy {
        let original_alongside = all
            .iter()
            .any(|d| d.id != doc.id && d.kind == doc.kind && d.copy == CopyForm::Original);
        let acceptable = matches!(form, Some(Submission::Copy)) && original_alongside;
        if !acceptable {
            out.push((DefectKind::PhotocopyOnly, None));
        }
    }
    for planted in &doc.defects {
        if planted.kind.needs_inspection() {
            out.push((planted.kind, planted.field.clone()));
        }
    }
    out
}
