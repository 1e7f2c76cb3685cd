//! Fonts: Noto Sans (Latin with every Vietnamese letter) and Noto Sans Bengali, embedded in
//! the binary so the app shows "Nguyễn" and "ক্যাশ" offline on any PC.
//!
//! egui's built-in font lacks most Vietnamese letters with two diacritics, so the bundled
//! faces come first in every family. Licence: `assets/fonts/OFL.txt` (SIL OFL 1.1).

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// Noto Sans Regular (Latin, Vietnamese).
pub const NOTO_SANS: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold.
pub const NOTO_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
/// Noto Sans Bengali Regular.
pub const NOTO_BENGALI: &[u8] = include_bytes!("../../assets/fonts/NotoSansBengali-Regular.ttf");
/// Noto Sans Bengali Bold.
pub const NOTO_BENGALI_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansBengali-Bold.ttf");

/// Name of the bold family (`FontFamily::Name`).
pub const BOLD: &str = "bold";

/// The bold font family.
pub fn bold() -> FontFamily {
    FontFamily::Name(BOLD.into())
}

/// Font definitions with the bundled faces first in every family.
pub fn definitions() -> FontDefinitions {
    let mut defs = FontDefinitions::empty();
    for (name, bytes) in [
        ("noto-sans", NOTO_SANS),
        ("noto-sans-bold", NOTO_SANS_BOLD),
        ("noto-bengali", NOTO_BENGALI),
        ("noto-bengali-bold", NOTO_BENGALI_BOLD),
    ] {
        defs.font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    let regular = vec!["noto-sans".to_owned(), "noto-bengali".to_owned()];
    defs.families
        .insert(FontFamily::Proportional, regular.clone());
    defs.families.insert(FontFamily::Monospace, regular);
    defs.families.insert(
        bold(),
        vec!["noto-sans-bold".to_owned(), "noto-bengali-bold".to_owned()],
    );
    defs
}

/// Installs the bundled fonts in a context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
