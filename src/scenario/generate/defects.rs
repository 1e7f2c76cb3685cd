//! Planting one defect on a suitable paper of a generated case.

use chrono::NaiveDate;
use rand::Rng;
use rand::seq::IndexedRandom;

use super::people::{alter_name, before, date_text, random_person};
use crate::scenario::DocumentKind;
use crate::scenario::truth;
use crate::scenario::{
    Catalog, CopyForm, DefectKind, Document, FieldKind, Layout, Legibility, PlantedDefect, Sex,
};
use crate::text::LocalizedText;

/// Plants one defect of `kind` on a suitable paper; false when no paper suits it.
pub(super) fn plant(
    docs: &mut [Document],
    kind: DefectKind,
    catalog: &Catalog,
    today: NaiveDate,
    rng: &mut impl Rng,
) -> bool {
    let suitable: Vec<usize> = (0..docs.len())
        .filter(|&i| {
            catalog
                .document_kinds
                .get(&docs[i].kind)
                .is_some_and(|k| suits(kind, k, &docs[i]))
        })
        .collect();
    let Some(&i) = suitable.choose(rng) else {
        return false;
    };
    let Some(k) = catalog.document_kinds.get(&docs[i].kind) else {
        return false;
    };
    let doc = &mut docs[i];
    let Some((field, note)) = alter(doc, kind, k, today, rng) else {
        return false;
    };
    doc.defects.push(PlantedDefect {
        kind,
        field,
        note,
        page: None,
    });
    true
}

/// Whether a defect of `kind` can be planted on this paper of kind `k`.
fn suits(kind: DefectKind, k: &DocumentKind, doc: &Document) -> bool {
    match kind {
        DefectKind::Expired | DefectKind::InvalidIdNumber | DefectKind::BelongsToOtherPerson => {
            k.identity
        }
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
            matches!(k.layout, Layout::Notice | Layout::Certificate)
        }
        DefectKind::MissingField => !k.fields.is_empty() && !k.identity,
        DefectKind::FieldMismatch => false,
    }
}

/// The field a planted defect concerns, and what an examiner would note about it.
type Alteration = (Option<String>, Option<LocalizedText>);

/// Alters the paper so that it shows the defect; `None` when it cannot.
fn alter(
    doc: &mut Document,
    kind: DefectKind,
    k: &DocumentKind,
    today: NaiveDate,
    rng: &mut impl Rng,
) -> Option<Alteration> {
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
            note = Some(LocalizedText::with_bn(
                "Số định danh không khớp với năm sinh và giới tính in trên thẻ",
                "The ID number does not match the birth year and sex printed on the card",
                "পরিচিতি নম্বরটি কার্ডে ছাপা জন্মসাল ও লিঙ্গের সঙ্গে মেলে না",
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
            note = Some(LocalizedText::with_bn(
                "Ảnh trên thẻ không phải người đang đứng trước quầy",
                "The photo on the card is not the person at the counter",
                "কার্ডের ছবিটি কাউন্টারের সামনে দাঁড়ানো ব্যক্তির নয়",
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
            note = Some(LocalizedText::with_bn(
                "Con dấu in phun màu, không có vết mực đóng; số sổ không có trong hệ thống",
                "The seal is inkjet-printed, not pressed; the register number does not exist",
                "সিলমোহরটি রঙিন ইঙ্কজেটে ছাপা, চেপে দেওয়া কালির ছাপ নেই; নিবন্ধন বইয়ের নম্বরটি সিস্টেমে নেই",
            ));
        }
        DefectKind::Altered => {
            // The overwrite is in one filled field, where the paper shows it: which one
            // follows from the paper's id, so the seed's other draws stay as they were.
            let filled: Vec<&String> = k
                .fields
                .iter()
                .map(|f| &f.key)
                .filter(|key| doc.fields.get(*key).is_some_and(|v| !v.trim().is_empty()))
                .collect();
            let pick = doc.id.bytes().map(usize::from).sum::<usize>();
            field = filled
                .get(pick.checked_rem(filled.len()).unwrap_or(0))
                .map(|key| (*key).clone());
            note = Some(LocalizedText::with_bn(
                "Có chỗ tẩy xóa, viết đè không có dấu xác nhận sửa chữa",
                "Erased and overwritten text without a correction seal",
                "কিছু অংশ মুছে ওপরে লেখা হয়েছে, সংশোধন নিশ্চিত করার সিল নেই",
            ));
        }
        DefectKind::MissingField => {
            if let Some(spec) = k.fields.choose(rng) {
                doc.fields.remove(&spec.key);
                field = Some(spec.key.clone());
            }
        }
        DefectKind::FieldMismatch => return None,
    }
    Some((field, note))
}
