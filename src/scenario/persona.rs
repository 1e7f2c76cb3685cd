//! Citizens: who comes to the counter, what they can do online, how they answer.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::text::LocalizedText;

/// Sex as printed on Vietnamese papers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Sex {
    /// Nam.
    Male,
    /// Nữ.
    Female,
}

impl Sex {
    /// The word printed on papers (`Nam` / `Nữ`).
    pub fn printed(self) -> &'static str {
        match self {
            Sex::Male => "Nam",
            Sex::Female => "Nữ",
        }
    }
}

/// A coarse skill level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    /// None at all.
    None,
    /// Low.
    Low,
    /// Medium.
    Medium,
    /// High.
    High,
}

/// The citizen's electronic identity account (tài khoản định danh điện tử, VNeID).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum VneidLevel {
    /// No account.
    None,
    /// Level 1 (registered on the app, not verified in person).
    Level1,
    /// Level 2 (verified at the police; needed for online procedures).
    Level2,
}

/// How the citizen is drawn (the counter shows a portrait, never a photo).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Portrait {
    /// Skin tone index 0–4.
    #[serde(default)]
    pub skin: u8,
    /// Hair style index 0–5 (0 short, 1 long, 2 bun, 3 bald, 4 grey short, 5 grey bun).
    #[serde(default)]
    pub hair: u8,
    /// Wears glasses.
    #[serde(default)]
    pub glasses: bool,
    /// Headwear index: 0 none, 1 conical hat (nón lá), 2 cap, 3 headscarf (khăn).
    #[serde(default)]
    pub headwear: u8,
    /// Shirt colour as `#rrggbb`.
    #[serde(default)]
    pub shirt: String,
}

/// A citizen persona.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    /// Identifier, also the file name.
    pub id: String,
    /// Full name with diacritics.
    pub name: String,
    /// Sex.
    pub sex: Sex,
    /// Date of birth.
    pub birth_date: NaiveDate,
    /// 12-digit personal identification number.
    pub id_number: String,
    /// Ethnic group (Kinh, K'Ho, Tày…).
    #[serde(default = "kinh")]
    pub ethnicity: String,
    /// Place of residence as the citizen says it (may use pre-2025 unit names, rule 6).
    pub address: String,
    /// How well the citizen speaks Vietnamese.
    #[serde(default = "high")]
    pub vietnamese: Level,
    /// Comfort with phones and web forms.
    pub digital_literacy: Level,
    /// Owns a smartphone.
    pub smartphone: bool,
    /// VNeID account level.
    pub vneid: VneidLevel,
    /// Minutes the citizen will wait in the queue before leaving.
    pub patience_minutes: u32,
    /// Needs large print and reading aloud.
    #[serde(default)]
    pub low_vision: bool,
    /// Who they are, for the trainee and the instructor.
    pub description: LocalizedText,
    /// How they are drawn.
    #[serde(default)]
    pub portrait: Portrait,
}

fn kinh() -> String {
    "Kinh".to_owned()
}

fn high() -> Level {
    Level::High
}
