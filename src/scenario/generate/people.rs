//! Generated people: Vietnamese names, ID numbers consistent with birth year and sex, card
//! expiry at the renewal ages, and the one-diacritic name change of a subtle mismatch.

use chrono::{Datelike, Duration, NaiveDate};
use rand::Rng;
use rand::seq::IndexedRandom;

use crate::scenario::Sex;

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

pub(super) fn random_name(rng: &mut impl Rng, sex: Sex) -> String {
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

pub(super) fn random_person(
    rng: &mut impl Rng,
    sex: Sex,
    birth: NaiveDate,
    address: &str,
) -> Person {
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
pub(super) fn before(date: NaiveDate, days: i64) -> NaiveDate {
    date.checked_sub_signed(Duration::days(days))
        .unwrap_or(if days >= 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        })
}

/// `days` days after `date`, saturating at the last representable date (never panics).
pub(super) fn after(date: NaiveDate, days: i64) -> NaiveDate {
    date.checked_add_signed(Duration::days(days))
        .unwrap_or(if days >= 0 {
            NaiveDate::MAX
        } else {
            NaiveDate::MIN
        })
}

pub(super) fn date_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
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
