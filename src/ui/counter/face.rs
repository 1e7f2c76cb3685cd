//! Faces from the seed: what a person looks like, derived deterministically from who they
//! are, so the citizen at the counter and the photo on their own card show the same face.
//!
//! This module is plain data (no egui types): [`Face::of`] hashes a stable key — the
//! person's name, birth date and sex — into a face shape, hair style and colour, skin tone,
//! glasses, a mark (mole or scar), eye spacing, nose, mouth and shirt, respecting the
//! persona's [`Portrait`] hints where a scenario gives them. [`Face::at`] shows the same
//! person on another day (age drift: younger means darker hair and fewer lines), which is
//! how an ID card's photo, taken at the card's issue date, differs honestly from the person
//! today. [`card_face`] decides whose face a card's photo shows: the holder's own card shows
//! the holder; a relative's card, or a card planted as [`DefectKind::BelongsToOtherPerson`],
//! shows another face ([`Face::other_than`] makes sure it really is another).
//!
//! [`super::portrait`] draws a `Face`.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use crate::scenario::{DefectKind, Document, Persona, Portrait, Sex};

/// The outline of a face.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaceShape {
    /// Taller than wide, rounded.
    Oval,
    /// As wide as tall.
    Round,
    /// Narrow and long.
    Long,
    /// Broad jaw.
    Square,
}

const SHAPES: [FaceShape; 4] = [
    FaceShape::Oval,
    FaceShape::Round,
    FaceShape::Long,
    FaceShape::Square,
];

/// How the hair is worn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HairStyle {
    /// Short, combed flat.
    Short,
    /// Very short crop with a straight fringe.
    Crop,
    /// Parted on one side with a sweep.
    Side,
    /// No hair on top.
    Bald,
    /// Long hair down the back and shoulders.
    Long,
    /// Gathered in a bun on top.
    Bun,
    /// Chin-length bob.
    Bob,
}

const MALE_HAIR: [HairStyle; 3] = [HairStyle::Short, HairStyle::Crop, HairStyle::Side];
const FEMALE_HAIR: [HairStyle; 3] = [HairStyle::Long, HairStyle::Bun, HairStyle::Bob];

/// A mark on the face.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// A dark mole.
    Mole,
    /// A pale scar line.
    Scar,
}

/// A mark and where it sits, in face units (-30..30 across, 60..110 down).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    /// Mole or scar.
    pub kind: MarkKind,
    /// Across, from the centre line.
    pub x: f32,
    /// Down, from the top of the portrait grid.
    pub y: f32,
}

/// Shirt colours a generated person may wear.
const SHIRTS: [[u8; 3]; 8] = [
    [0x5a, 0x7d, 0x9a],
    [0xb0, 0x3a, 0x2e],
    [0x3d, 0x7a, 0x4a],
    [0xe8, 0xe4, 0xd8],
    [0x2c, 0x2c, 0x34],
    [0xc9, 0x9a, 0x2e],
    [0x7a, 0x4f, 0x9a],
    [0x2f, 0x6e, 0xb5],
];

/// Young hair colours (greying comes with age).
const HAIR: [[u8; 3]; 4] = [
    [0x1a, 0x15, 0x12],
    [0x2e, 0x22, 0x1a],
    [0x44, 0x30, 0x22],
    [0x22, 0x1e, 0x22],
];

/// What a person looks like on a given day.
#[derive(Debug, Clone, PartialEq)]
pub struct Face {
    /// Sex.
    pub sex: Sex,
    /// Birth date (the age follows from it and the day shown).
    pub birth_date: NaiveDate,
    /// Age in whole years on the day shown.
    pub age: u32,
    /// Outline.
    pub shape: FaceShape,
    /// Skin tone index 0 (light) to 4 (dark).
    pub skin: u8,
    /// Hair style.
    pub hair: HairStyle,
    /// Hair colour when young, as RGB.
    pub hair_colour: [u8; 3],
    /// Age at which the hair starts to grey.
    pub greying_age: u32,
    /// Wears glasses.
    pub glasses: bool,
    /// A mole or scar.
    pub mark: Option<Mark>,
    /// Half the distance between the eyes, in face units.
    pub eye_gap: f32,
    /// Length of the nose, in face units.
    pub nose: f32,
    /// Half the width of the mouth, in face units.
    pub mouth: f32,
    /// Brow slope: positive raises the outer ends.
    pub brow_tilt: f32,
    /// A moustache (men only).
    pub moustache: bool,
    /// Headwear index (0 none, 1 nón lá, 2 cap, 3 headscarf): worn at the counter, never
    /// on an ID photo.
    pub headwear: u8,
    /// Shirt colour, as RGB.
    pub shirt: [u8; 3],
}

/// What identifies a person for their face.
#[derive(Debug, Clone, Copy)]
pub struct PersonKey<'a> {
    /// Full name.
    pub name: &'a str,
    /// Birth date.
    pub birth_date: NaiveDate,
    /// Sex.
    pub sex: Sex,
}

/// A small deterministic generator (SplitMix64) seeded from a hash of the key.
struct Draw(u64);

impl Draw {
    fn new(key: &PersonKey<'_>) -> Draw {
        // FNV-1a over the key's text: stable across runs, platforms and versions.
        let text = format!("{}|{}|{}", key.name, key.birth_date, key.sex.printed());
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in text.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        Draw(h)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// An index below `n`.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// A number in `lo..hi`.
    fn range(&mut self, lo: f32, hi: f32) -> f32 {
        let t = (self.next() >> 40) as f32 / (1u64 << 24) as f32;
        lo + (hi - lo) * t
    }

    /// True with probability `p`.
    fn chance(&mut self, p: f32) -> bool {
        self.range(0.0, 1.0) < p
    }
}

/// Whole years from `birth` to `on` (0 when `on` is earlier).
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> u32 {
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    u32::try_from(years).unwrap_or(0)
}

fn hinted_hair(hair: u8, sex: Sex, fallback: HairStyle) -> HairStyle {
    match hair {
        0 | 4 if sex == Sex::Female => HairStyle::Bob,
        0 | 4 => fallback,
        1 => HairStyle::Long,
        2 | 5 => HairStyle::Bun,
        3 => HairStyle::Bald,
        _ => fallback,
    }
}

fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let s = s.strip_prefix('#')?;
    if s.len() != 6 {
        return None;
    }
    let v = u32::from_str_radix(s, 16).ok()?;
    Some([(v >> 16) as u8, (v >> 8) as u8, v as u8])
}

impl Face {
    /// The face of the person `key` on the day `on`. `hints` (a persona's portrait
    /// description) are respected where given; an all-default description gives none.
    pub fn of(key: &PersonKey<'_>, hints: Option<&Portrait>, on: NaiveDate) -> Face {
        let mut d = Draw::new(key);
        let styles = if key.sex == Sex::Male {
            &MALE_HAIR
        } else {
            &FEMALE_HAIR
        };
        let mut face = Face {
            sex: key.sex,
            birth_date: key.birth_date,
            age: age_on(key.birth_date, on),
            shape: SHAPES[d.below(SHAPES.len())],
            skin: d.below(5) as u8,
            hair: styles[d.below(styles.len())],
            hair_colour: HAIR[d.below(HAIR.len())],
            greying_age: 40 + d.below(20) as u32,
            glasses: d.chance(0.3),
            mark: None,
            eye_gap: d.range(10.0, 14.0),
            nose: d.range(7.0, 13.0),
            mouth: d.range(6.0, 11.0),
            brow_tilt: d.range(-2.5, 2.5),
            moustache: false,
            headwear: 0,
            shirt: SHIRTS[d.below(SHIRTS.len())],
        };
        if d.chance(0.4) {
            let kind = if d.chance(0.6) {
                MarkKind::Mole
            } else {
                MarkKind::Scar
            };
            let x = d.range(12.0, 22.0) * if d.chance(0.5) { -1.0 } else { 1.0 };
            face.mark = Some(Mark {
                kind,
                x,
                y: d.range(80.0, 100.0),
            });
        }
        face.moustache = key.sex == Sex::Male && d.chance(0.25);
        if let Some(h) = hints.filter(|h| **h != Portrait::default()) {
            face.skin = h.skin.min(4);
            face.hair = hinted_hair(h.hair, key.sex, face.hair);
            face.glasses = h.glasses;
            face.headwear = h.headwear;
            if let Some(rgb) = parse_hex(&h.shirt) {
                face.shirt = rgb;
            }
            if matches!(h.hair, 4 | 5) {
                // Described as grey today: the greying began at least 25 years ago.
                face.greying_age = face.greying_age.min(face.age.saturating_sub(25));
            }
        }
        face
    }

    /// The same person on another day (a card's photo shows them at its issue date).
    pub fn at(&self, on: NaiveDate) -> Face {
        Face {
            age: age_on(self.birth_date, on),
            ..self.clone()
        }
    }

    /// How grey the hair is, 0 (none) to 1 (salt and pepper), over twenty-five years.
    pub fn greyness(&self) -> f32 {
        ((self.age as f32 - self.greying_age as f32) / 25.0).clamp(0.0, 1.0)
    }

    /// Lines on the face: 0 under 35, then one more every fifteen years, at most 3.
    pub fn lines(&self) -> u8 {
        match self.age {
            0..35 => 0,
            35..50 => 1,
            50..65 => 2,
            _ => 3,
        }
    }

    /// This face changed where needed so that it is clearly another person than `holder`:
    /// the same sex (a relative, or someone passing for them) but another hair style,
    /// outline and shirt, and the glasses or mark differ too.
    pub fn other_than(mut self, holder: &Face) -> Face {
        let styles: &[HairStyle] = if self.sex == Sex::Male {
            &MALE_HAIR
        } else {
            &FEMALE_HAIR
        };
        if self.hair == holder.hair || self.hair == HairStyle::Bald {
            let at = styles.iter().position(|s| *s == holder.hair).unwrap_or(0);
            self.hair = styles[(at + 1) % styles.len()];
        }
        if self.shape == holder.shape {
            let at = SHAPES.iter().position(|s| *s == holder.shape).unwrap_or(0);
            self.shape = SHAPES[(at + 2) % SHAPES.len()];
        }
        if colour_distance(self.shirt, holder.shirt) < 120
            && let Some(far) = SHIRTS
                .iter()
                .max_by_key(|s| colour_distance(**s, holder.shirt))
        {
            self.shirt = *far;
        }
        if self.glasses == holder.glasses && self.mark.is_some() == holder.mark.is_some() {
            self.glasses = !holder.glasses;
        }
        if self.skin.abs_diff(holder.skin) < 2 {
            self.skin = if holder.skin >= 2 {
                holder.skin - 2
            } else {
                holder.skin + 2
            };
        }
        self
    }
}

fn colour_distance(a: [u8; 3], b: [u8; 3]) -> u32 {
    a.iter().zip(b).map(|(x, y)| u32::from(x.abs_diff(y))).sum()
}

/// The face of a persona (the citizen at the counter) on the day `on`.
pub fn persona_face(persona: &Persona, on: NaiveDate) -> Face {
    let key = PersonKey {
        name: &persona.name,
        birth_date: persona.birth_date,
        sex: persona.sex,
    };
    Face::of(&key, Some(&persona.portrait), on)
}

/// The parsed `YYYY-MM-DD` date of a field of `doc`.
fn date_field(doc: &Document, key: &str) -> Option<NaiveDate> {
    doc.fields
        .get(key)
        .and_then(|v| NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").ok())
}

/// Whether a card with `role` is the holder's own: no role, `applicant`, or a role the case
/// says the applicant plays (`same_person`).
fn own_role(role: Option<&str>, same_person: &BTreeMap<String, String>) -> bool {
    match role {
        None | Some("applicant") => true,
        Some(r) => same_person.get(r).is_some_and(|p| p == "applicant"),
    }
}

/// The face on the photo of an identity card `doc` brought by `holder` (None when the
/// holder is unknown, e.g. an online dossier's e-copy), as taken on the card's issue date
/// (`today` when it has none). The holder's own card shows the holder; another role's card,
/// or a card planted as belonging to another person, shows the person its fields name, made
/// clearly different from the holder ([`Face::other_than`]).
pub fn card_face(
    doc: &Document,
    holder: Option<(&Persona, &BTreeMap<String, String>)>,
    today: NaiveDate,
) -> Face {
    let taken = date_field(doc, "issue_date")
        .filter(|d| *d <= today)
        .unwrap_or(today);
    let other = doc.has_planted(DefectKind::BelongsToOtherPerson);
    if let Some((persona, same_person)) = holder
        && !other
        && own_role(doc.role.as_deref(), same_person)
    {
        return persona_face(persona, taken);
    }
    let sex = match doc.fields.get("sex").map(|s| s.trim()) {
        Some("Nam") => Sex::Male,
        Some("Nữ") => Sex::Female,
        _ => holder.map_or(Sex::Female, |(p, _)| p.sex),
    };
    let birth = date_field(doc, "birth_date")
        .or(holder.map(|(p, _)| p.birth_date))
        .unwrap_or(taken);
    let name = doc.fields.get("full_name").map_or(doc.id.as_str(), |n| n);
    let key = PersonKey {
        name,
        birth_date: birth,
        sex,
    };
    let face = Face::of(&key, None, taken);
    // Whoever the card is of, it must not pass for the holder at a glance.
    match holder {
        Some((persona, _)) => face.other_than(&persona_face(persona, taken)),
        None => face,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn key(name: &str) -> PersonKey<'_> {
        PersonKey {
            name,
            birth_date: date(1980, 5, 17),
            sex: Sex::Female,
        }
    }

    #[test]
    fn the_same_person_always_gets_the_same_face() {
        let a = Face::of(&key("Nguyễn Thị Lan"), None, date(2026, 11, 30));
        let b = Face::of(&key("Nguyễn Thị Lan"), None, date(2026, 11, 30));
        assert_eq!(a, b);
    }

    #[test]
    fn hints_given_by_a_scenario_are_respected() {
        let hints = Portrait {
            skin: 3,
            hair: 2,
            glasses: true,
            headwear: 1,
            shirt: "#112233".into(),
        };
        let f = Face::of(&key("Trần Thị Mai"), Some(&hints), date(2026, 1, 1));
        assert_eq!(f.skin, 3);
        assert_eq!(f.hair, HairStyle::Bun);
        assert!(f.glasses);
        assert_eq!(f.headwear, 1);
        assert_eq!(f.shirt, [0x11, 0x22, 0x33]);
    }

    #[test]
    fn a_younger_photo_has_darker_hair_and_fewer_lines() {
        let hints = Portrait {
            hair: 4,
            ..Portrait::default()
        };
        let k = PersonKey {
            name: "Lê Văn Hùng",
            birth_date: date(1950, 3, 2),
            sex: Sex::Male,
        };
        let today = Face::of(&k, Some(&hints), date(2026, 11, 30));
        let card = today.at(date(1990, 1, 1));
        assert_eq!(today.age, 76);
        assert_eq!(card.age, 39);
        assert!(today.greyness() > 0.99, "grey today: {}", today.greyness());
        assert!(card.greyness() < today.greyness());
        assert!(card.lines() < today.lines());
    }

    #[test]
    fn another_persons_face_differs_from_the_holders_in_hair_shape_and_shirt() {
        for n in 0..200 {
            let holder_name = format!("Người {n}");
            let other_name = format!("Người khác {}", n % 3);
            let holder = Face::of(&key(&holder_name), None, date(2026, 1, 1));
            let other = Face::of(&key(&other_name), None, date(2026, 1, 1)).other_than(&holder);
            assert_ne!(other.hair, holder.hair);
            assert_ne!(other.shape, holder.shape);
            assert!(colour_distance(other.shirt, holder.shirt) >= 120);
            assert!(other.skin.abs_diff(holder.skin) >= 2);
        }
    }

    #[test]
    fn ages_count_whole_years() {
        assert_eq!(age_on(date(2000, 6, 15), date(2026, 6, 14)), 25);
        assert_eq!(age_on(date(2000, 6, 15), date(2026, 6, 15)), 26);
        assert_eq!(age_on(date(2030, 1, 1), date(2026, 1, 1)), 0);
    }
}
