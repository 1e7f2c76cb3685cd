//! Colours and text styles: a calm, official look (government blue, seal red, paper cream).

use egui::{Color32, FontFamily, FontId, TextStyle};

use super::settings::{Settings, Theme};

/// Portal header blue.
pub const GOV_BLUE: Color32 = Color32::from_rgb(0x0b, 0x4e, 0xa2);
/// Darker blue for the portal menu.
pub const GOV_BLUE_DARK: Color32 = Color32::from_rgb(0x08, 0x3a, 0x7a);
/// Seal and header red.
pub const SEAL_RED: Color32 = Color32::from_rgb(0xc8, 0x10, 0x2e);
/// Paper.
pub const PAPER: Color32 = Color32::from_rgb(0xfb, 0xf8, 0xef);
/// Photocopy grey paper.
pub const PHOTOCOPY: Color32 = Color32::from_rgb(0xd9, 0xd9, 0xd6);
/// Printed ink.
pub const INK: Color32 = Color32::from_rgb(0x1d, 0x1d, 0x24);
/// Handwriting ink (blue ballpoint).
pub const PEN: Color32 = Color32::from_rgb(0x1f, 0x3f, 0x9f);
/// Good / agreed.
pub const OK_GREEN: Color32 = Color32::from_rgb(0x1e, 0x8a, 0x4a);
/// Warning amber.
pub const WARN: Color32 = Color32::from_rgb(0xd9, 0x82, 0x0b);
/// The tutorial guide's band.
pub const GUIDE_FILL: Color32 = Color32::from_rgb(0xff, 0xf3, 0xc4);
/// Text on the tutorial guide's band.
pub const GUIDE_TEXT: Color32 = Color32::from_rgb(0x3b, 0x2f, 0x00);
/// Desk surface (light theme).
pub const DESK_LIGHT: Color32 = Color32::from_rgb(0xc9, 0xb2, 0x8f);
/// Desk surface (dark theme).
pub const DESK_DARK: Color32 = Color32::from_rgb(0x4a, 0x3e, 0x30);

/// Applies theme and text sizes.
pub fn apply(ctx: &egui::Context, settings: &Settings) {
    let theme = match settings.theme {
        Theme::Light => egui::Theme::Light,
        Theme::Dark => egui::Theme::Dark,
    };
    ctx.set_theme(theme);
    let k = settings.font_scale;
    let sizes = [
        (TextStyle::Small, 11.0, FontFamily::Proportional),
        (TextStyle::Body, 14.5, FontFamily::Proportional),
        (TextStyle::Button, 14.5, FontFamily::Proportional),
        (TextStyle::Heading, 21.0, super::fonts::bold()),
        (TextStyle::Monospace, 14.0, FontFamily::Monospace),
    ];
    ctx.all_styles_mut(|style| {
        for (ts, size, family) in &sizes {
            style
                .text_styles
                .insert(ts.clone(), FontId::new(size * k, family.clone()));
        }
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
        style.spacing.interact_size.y = 24.0 * k.max(1.0);
    });
}

/// Desk colour for the current theme.
pub fn desk(ui: &egui::Ui) -> Color32 {
    if ui.visuals().dark_mode {
        DESK_DARK
    } else {
        DESK_LIGHT
    }
}

/// Bold font at a size (scaled with the body size).
pub fn bold(ui: &egui::Ui, size: f32) -> FontId {
    FontId::new(size * scale(ui), super::fonts::bold())
}

/// Regular font at a size (scaled with the body size).
pub fn regular(ui: &egui::Ui, size: f32) -> FontId {
    FontId::new(size * scale(ui), FontFamily::Proportional)
}

/// The text scale in force (body size / 14.5).
pub fn scale(ui: &egui::Ui) -> f32 {
    ui.style()
        .text_styles
        .get(&TextStyle::Body)
        .map_or(1.0, |f| f.size / 14.5)
}

/// A heading in bold with a colour.
pub fn strong(text: impl Into<String>) -> egui::RichText {
    egui::RichText::new(text).family(super::fonts::bold())
}
