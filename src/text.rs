//! Localized text and Unicode normalization.
//!
//! All scenario text is stored NFC-normalized so that "ế" typed on one keyboard compares
//! equal to "ế" typed on another (composed vs. decomposed). Every string that comes from a
//! file goes through [`nfc`] before the rest of the program sees it.

use serde::{Deserialize, Serialize};
use unicode_normalization::{UnicodeNormalization, is_nfc_quick};

/// A user interface or scenario language.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub enum Lang {
    /// Vietnamese, the default and reference language.
    #[default]
    Vi,
    /// English.
    En,
    /// Bengali (Bangla).
    Bn,
}

impl Lang {
    /// Every supported language, reference language first.
    pub const ALL: [Lang; 3] = [Lang::Vi, Lang::En, Lang::Bn];

    /// The BCP-47 language tag (`vi`, `en`, `bn`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
            Lang::Bn => "bn",
        }
    }

    /// Parses a tag such as `vi`, `en-US` or `bn`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            "bn" => Some(Lang::Bn),
            _ => None,
        }
    }
}

/// A piece of scenario text in Vietnamese and English, optionally Bengali.
///
/// Vietnamese is required: it is what the counter really shows. A missing translation falls
/// back to English, then Vietnamese.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct LocalizedText {
    /// Vietnamese text (reference).
    pub vi: String,
    /// English text.
    #[serde(default)]
    pub en: String,
    /// Bengali text, if translated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bn: Option<String>,
}

impl LocalizedText {
    /// Builds a text from Vietnamese and English.
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            vi: vi.into(),
            en: en.into(),
            bn: None,
        }
    }

    /// Builds a text in all three languages: what the engine writes in code for the screen
    /// ([`LocalizedText::new`] leaves Bengali to fall back to English, for tests).
    pub fn with_bn(vi: impl Into<String>, en: impl Into<String>, bn: impl Into<String>) -> Self {
        Self {
            vi: vi.into(),
            en: en.into(),
            bn: Some(bn.into()),
        }
    }

    /// The text in `lang`, falling back to English and then Vietnamese.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En if !self.en.is_empty() => &self.en,
            Lang::Bn => match &self.bn {
                Some(bn) if !bn.is_empty() => bn,
                _ if !self.en.is_empty() => &self.en,
                _ => &self.vi,
            },
            Lang::En => &self.vi,
        }
    }

    /// True when the English translation is missing.
    pub fn lacks_english(&self) -> bool {
        self.en.trim().is_empty()
    }
}

/// Returns `text` in Unicode Normalization Form C.
pub fn nfc(text: &str) -> String {
    if is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes {
        text.to_owned()
    } else {
        text.nfc().collect()
    }
}

/// True when `text` is already in NFC.
pub fn is_nfc(text: &str) -> bool {
    unicode_normalization::is_nfc(text)
}

/// Formats an amount of Vietnamese đồng the way a receipt does: `21.000 đ`.
pub fn format_vnd(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(ch);
    }
    out.push_str(" đ");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_vietnamese_becomes_composed() {
        let decomposed = "Nguye\u{302}\u{303}n"; // e + circumflex + tilde
        assert_eq!(nfc(decomposed), "Nguyễn");
        assert!(is_nfc(&nfc(decomposed)));
    }

    #[test]
    fn missing_translations_fall_back() {
        let t = LocalizedText::new("Khai sinh", "");
        assert_eq!(t.get(Lang::En), "Khai sinh");
        assert_eq!(t.get(Lang::Bn), "Khai sinh");
        let t = LocalizedText::new("Khai sinh", "Birth");
        assert_eq!(t.get(Lang::Bn), "Birth");
        let t = LocalizedText::with_bn("Khai sinh", "Birth", "জন্ম নিবন্ধন");
        assert_eq!(t.get(Lang::Bn), "জন্ম নিবন্ধন");
        assert_eq!(t.get(Lang::Vi), "Khai sinh");
    }

    #[test]
    fn vnd_is_grouped_with_dots() {
        assert_eq!(format_vnd(0), "0 đ");
        assert_eq!(format_vnd(2_000), "2.000 đ");
        assert_eq!(format_vnd(200_000), "200.000 đ");
        assert_eq!(format_vnd(1_234_567), "1.234.567 đ");
    }

    #[test]
    fn language_tags_parse() {
        assert_eq!(Lang::from_tag("en-US"), Some(Lang::En));
        assert_eq!(Lang::from_tag("vi"), Some(Lang::Vi));
        assert_eq!(Lang::from_tag("fr"), None);
    }
}
