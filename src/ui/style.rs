//! Colours and text styles: a calm, official look (government blue, seal red, paper cream).
//!
//! Every colour text is drawn with comes from a [`Surface`]: a background and the text
//! colours meant for it (body, weak, accent, error, warning, success). A [`Palette`] holds
//! the surfaces of one theme, light or dark ([`palette`]); [`visuals`] gives egui the same
//! colours for its own widgets. [`text_pairs`] lists every text/background pair of a theme,
//! and the tests hold each to WCAG 2.x AA ([`contrast_ratio`], [`required_ratio`]).
//!
//! The named constants below are for drawing (fills, strokes, stamps), not for text on the
//! app's panels: text takes its colour from the palette of the theme in force.

use egui::{Color32, FontFamily, FontId, Stroke, TextStyle};

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
/// Desk surface (light theme).
pub const DESK_LIGHT: Color32 = Color32::from_rgb(0xe0, 0xcf, 0xae);
/// Desk surface (dark theme).
pub const DESK_DARK: Color32 = Color32::from_rgb(0x3a, 0x30, 0x26);

/// A background and the colours text is drawn with on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Surface {
    /// The background.
    pub fill: Color32,
    /// Body text.
    pub text: Color32,
    /// Secondary text (notes, counts, help).
    pub weak: Color32,
    /// Names and headings that stand out (the procedure wanted, section titles).
    pub accent: Color32,
    /// Errors and refusals.
    pub error: Color32,
    /// Warnings (running late, not yet synced).
    pub warning: Color32,
    /// Done, agreed, saved.
    pub success: Color32,
}

impl Surface {
    /// A surface with one text colour for everything.
    const fn plain(fill: Color32, text: Color32) -> Self {
        Self {
            fill,
            text,
            weak: text,
            accent: text,
            error: text,
            warning: text,
            success: text,
        }
    }

    /// Every text colour of the surface, named.
    pub fn text_colours(&self) -> [(&'static str, Color32); 6] {
        [
            ("text", self.text),
            ("weak", self.weak),
            ("accent", self.accent),
            ("error", self.error),
            ("warning", self.warning),
            ("success", self.success),
        ]
    }
}

/// The surfaces of one theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// Panels and windows (egui's `panel_fill`): the citizen column, the status bar, home.
    pub panel: Surface,
    /// The portal's page under its menu.
    pub page: Surface,
    /// The desk the papers lie on.
    pub desk: Surface,
    /// A note lying on the desk (the empty desk's shortcuts).
    pub desk_note: Surface,
    /// The scanner: a dark device in both themes, its widgets drawn with the dark visuals.
    pub scanner: Surface,
    /// Blue headers: the portal's, the home banner, the call button.
    pub header: Surface,
    /// The dark blue bars: the counter's top bar and the portal menu.
    pub menu: Surface,
    /// The practice mode badge.
    pub practice_badge: Surface,
    /// The exam mode badge.
    pub exam_badge: Surface,
    /// A paper: printed ink, handwriting, the red seal.
    pub paper: Surface,
    /// A photocopy.
    pub photocopy: Surface,
    /// What the citizen says.
    pub citizen_says: Surface,
    /// What the clerk asks.
    pub clerk_says: Surface,
    /// A practice hint.
    pub hint: Surface,
    /// An equipment fault.
    pub fault: Surface,
    /// A notice on the home screen (a result file that could not be read, a resume offer).
    pub notice: Surface,
    /// A debrief card on a critical error: ink, the rule cited (weak), the cost (error).
    pub critical_card: Surface,
    /// A debrief card on a mistake: ink, the rule cited (weak), the cost (warning).
    pub mistake_card: Surface,
}

impl Palette {
    /// Every surface, named.
    pub fn surfaces(&self) -> [(&'static str, &Surface); 18] {
        [
            ("panel", &self.panel),
            ("page", &self.page),
            ("desk", &self.desk),
            ("desk note", &self.desk_note),
            ("scanner", &self.scanner),
            ("header", &self.header),
            ("menu", &self.menu),
            ("practice badge", &self.practice_badge),
            ("exam badge", &self.exam_badge),
            ("paper", &self.paper),
            ("photocopy", &self.photocopy),
            ("citizen says", &self.citizen_says),
            ("clerk says", &self.clerk_says),
            ("hint", &self.hint),
            ("fault", &self.fault),
            ("notice", &self.notice),
            ("critical card", &self.critical_card),
            ("mistake card", &self.mistake_card),
        ]
    }
}

const fn grey(v: u8) -> Color32 {
    Color32::from_gray(v)
}

const WHITE: Color32 = Color32::WHITE;

/// Light theme: body text and panel fill.
const LIGHT_TEXT: Color32 = grey(0x3c);
const LIGHT_WEAK: Color32 = grey(0x55);
const LIGHT_PANEL: Color32 = grey(0xf8);
const LIGHT_ERROR: Color32 = Color32::from_rgb(0xb3, 0x00, 0x1b);
const LIGHT_WARNING: Color32 = Color32::from_rgb(0x8a, 0x4b, 0x00);
const LIGHT_SUCCESS: Color32 = Color32::from_rgb(0x17, 0x65, 0x3a);
/// Dark theme: body text and panel fill.
const DARK_TEXT: Color32 = grey(0xd0);
const DARK_WEAK: Color32 = grey(0xa0);
const DARK_PANEL: Color32 = grey(0x1b);
const DARK_ACCENT: Color32 = Color32::from_rgb(0x8c, 0xc4, 0xff);
const DARK_ERROR: Color32 = Color32::from_rgb(0xff, 0x90, 0x90);
const DARK_WARNING: Color32 = Color32::from_rgb(0xff, 0xb3, 0x47);
const DARK_SUCCESS: Color32 = Color32::from_rgb(0x6f, 0xd3, 0x9a);

const LIGHT_PANEL_SURFACE: Surface = Surface {
    fill: LIGHT_PANEL,
    text: LIGHT_TEXT,
    weak: LIGHT_WEAK,
    accent: GOV_BLUE,
    error: LIGHT_ERROR,
    warning: LIGHT_WARNING,
    success: LIGHT_SUCCESS,
};

const DARK_PANEL_SURFACE: Surface = Surface {
    fill: DARK_PANEL,
    text: DARK_TEXT,
    weak: DARK_WEAK,
    accent: DARK_ACCENT,
    error: DARK_ERROR,
    warning: DARK_WARNING,
    success: DARK_SUCCESS,
};

/// The scanner, the same dark device in both themes.
const SCANNER: Surface = Surface {
    fill: Color32::from_rgb(0x33, 0x38, 0x3e),
    text: grey(0xed),
    weak: Color32::from_rgb(0xbc, 0xc3, 0xcc),
    accent: Color32::from_rgb(0xa8, 0xcc, 0xff),
    error: Color32::from_rgb(0xff, 0xa8, 0x9a),
    warning: Color32::from_rgb(0xff, 0xc2, 0x66),
    success: Color32::from_rgb(0x8f, 0xe0, 0xa8),
};

const HEADER: Surface = Surface {
    fill: GOV_BLUE,
    text: WHITE,
    weak: grey(0xe1),
    accent: WHITE,
    error: Color32::from_rgb(0xff, 0xc4, 0xba),
    warning: Color32::from_rgb(0xff, 0xd9, 0x8a),
    success: Color32::from_rgb(0xb4, 0xf0, 0xc4),
};

const MENU: Surface = Surface {
    weak: grey(0xd2),
    fill: GOV_BLUE_DARK,
    ..HEADER
};

const DESK_NOTE: Surface = Surface {
    weak: Color32::from_rgb(0xe6, 0xdc, 0xcd),
    ..Surface::plain(Color32::from_rgb(0x3b, 0x31, 0x27), WHITE)
};

const PAPER_SURFACE: Surface = Surface {
    accent: PEN,
    error: SEAL_RED,
    ..Surface::plain(PAPER, INK)
};

/// Brown-grey for the rule a debrief card cites.
const CARD_WEAK: Color32 = Color32::from_rgb(0x55, 0x44, 0x30);

const CRITICAL_CARD: Surface = Surface {
    weak: CARD_WEAK,
    error: Color32::from_rgb(0xa3, 0x00, 0x1b),
    ..Surface::plain(Color32::from_rgb(0xfd, 0xe2, 0xe1), INK)
};

const MISTAKE_CARD: Surface = Surface {
    weak: CARD_WEAK,
    warning: Color32::from_rgb(0x75, 0x40, 0x00),
    ..Surface::plain(Color32::from_rgb(0xff, 0xf4, 0xe0), INK)
};

const FAULT: Surface = Surface::plain(
    Color32::from_rgb(0xfd, 0xe2, 0xe1),
    Color32::from_rgb(0xa3, 0x00, 0x1b),
);

/// The light theme.
pub const LIGHT: Palette = Palette {
    panel: LIGHT_PANEL_SURFACE,
    page: Surface {
        fill: WHITE,
        ..LIGHT_PANEL_SURFACE
    },
    desk: Surface {
        fill: DESK_LIGHT,
        error: Color32::from_rgb(0xa3, 0x00, 0x1b),
        warning: Color32::from_rgb(0x75, 0x40, 0x00),
        success: Color32::from_rgb(0x14, 0x5a, 0x32),
        ..LIGHT_PANEL_SURFACE
    },
    desk_note: DESK_NOTE,
    scanner: SCANNER,
    header: HEADER,
    menu: MENU,
    practice_badge: Surface::plain(LIGHT_SUCCESS, WHITE),
    exam_badge: Surface::plain(SEAL_RED, WHITE),
    paper: PAPER_SURFACE,
    photocopy: Surface::plain(PHOTOCOPY, INK),
    citizen_says: Surface::plain(Color32::from_rgb(0xff, 0xfb, 0xe8), INK),
    clerk_says: Surface::plain(Color32::from_rgb(0xdd, 0xea, 0xfb), INK),
    hint: Surface::plain(Color32::from_rgb(0xe6, 0xf4, 0xea), INK),
    fault: FAULT,
    notice: Surface::plain(
        Color32::from_rgb(0xff, 0xf3, 0xcd),
        Color32::from_rgb(0x5c, 0x40, 0x00),
    ),
    critical_card: CRITICAL_CARD,
    mistake_card: MISTAKE_CARD,
};

/// The dark theme: dark panels, page and desk; the papers, speech bubbles and notices stay
/// as they are in daylight.
pub const DARK: Palette = Palette {
    panel: DARK_PANEL_SURFACE,
    page: Surface {
        fill: grey(0x26),
        ..DARK_PANEL_SURFACE
    },
    desk: Surface {
        fill: DESK_DARK,
        error: Color32::from_rgb(0xff, 0x8f, 0x8f),
        ..DARK_PANEL_SURFACE
    },
    ..LIGHT
};

/// The palette of a theme.
pub fn palette_of(theme: Theme) -> &'static Palette {
    match theme {
        Theme::Light => &LIGHT,
        Theme::Dark => &DARK,
    }
}

/// The palette of the theme in force.
pub fn palette(ui: &egui::Ui) -> &'static Palette {
    if ui.visuals().dark_mode {
        &DARK
    } else {
        &LIGHT
    }
}

/// egui's visuals for a theme, with the palette's panel colours: readable body and weak
/// text, links, warnings and errors, and input boxes with a visible fill and border before
/// they are focused.
pub fn visuals(theme: Theme) -> egui::Visuals {
    let (mut v, p, border) = match theme {
        Theme::Light => (egui::Visuals::light(), &LIGHT, grey(0x80)),
        Theme::Dark => (egui::Visuals::dark(), &DARK, grey(0x70)),
    };
    let panel = &p.panel;
    v.panel_fill = panel.fill;
    v.window_fill = panel.fill;
    v.widgets.noninteractive.bg_fill = panel.fill;
    v.widgets.noninteractive.weak_bg_fill = panel.fill;
    v.widgets.noninteractive.fg_stroke.color = panel.text;
    v.weak_text_color = Some(panel.weak);
    v.hyperlink_color = panel.accent;
    v.warn_fg_color = panel.warning;
    v.error_fg_color = panel.error;
    v.text_edit_bg_color = Some(match theme {
        Theme::Light => WHITE,
        Theme::Dark => grey(0x0a),
    });
    v.widgets.inactive.bg_stroke = Stroke::new(1.0, border);
    v
}

/// Applies theme and text sizes.
pub fn apply(ctx: &egui::Context, settings: &Settings) {
    ctx.set_visuals_of(egui::Theme::Light, visuals(Theme::Light));
    ctx.set_visuals_of(egui::Theme::Dark, visuals(Theme::Dark));
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
    palette(ui).desk.fill
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

/// One colour of text drawn on one background, named for a failure message.
#[derive(Debug, Clone, PartialEq)]
pub struct TextPair {
    /// Where the pair is drawn ("scanner: weak").
    pub what: String,
    /// The text colour.
    pub text: Color32,
    /// The background it is drawn on.
    pub background: Color32,
    /// Large text (WCAG: 24 px, or 18.66 px bold, and above) needs 3:1 instead of 4.5:1.
    pub large: bool,
}

impl TextPair {
    fn new(what: impl Into<String>, text: Color32, background: Color32) -> Self {
        Self {
            what: what.into(),
            text,
            background,
            large: false,
        }
    }
}

/// Every text/background pair a theme draws: egui's own widgets under `visuals` (body and
/// weak text, buttons in each state, the selection, input boxes, links, warnings, errors),
/// the scanner's widgets (dark visuals on the scanner), and each text colour of each
/// surface of `palette` on its fill.
pub fn text_pairs(visuals: &egui::Visuals, palette: &Palette) -> Vec<TextPair> {
    let v = visuals;
    let w = &v.widgets;
    let text = v.text_color();
    let weak = v.weak_text_color();
    let mut pairs = vec![
        TextPair::new("body text on panels", text, v.panel_fill),
        TextPair::new("weak text on panels", weak, v.panel_fill),
        TextPair::new("body text in windows", text, v.window_fill),
        TextPair::new("weak text in windows", weak, v.window_fill),
        TextPair {
            large: true,
            ..TextPair::new("headings", v.strong_text_color(), v.panel_fill)
        },
        TextPair::new("links", v.hyperlink_color, v.panel_fill),
        TextPair::new("warnings", v.warn_fg_color, v.panel_fill),
        TextPair::new("errors", v.error_fg_color, v.panel_fill),
        TextPair::new("button", w.inactive.text_color(), w.inactive.weak_bg_fill),
        TextPair::new(
            "hovered button",
            w.hovered.text_color(),
            w.hovered.weak_bg_fill,
        ),
        TextPair::new(
            "pressed button",
            w.active.text_color(),
            w.active.weak_bg_fill,
        ),
        TextPair::new("open menu button", w.open.text_color(), w.open.weak_bg_fill),
        TextPair::new(
            "selected button",
            v.selection.stroke.color,
            v.selection.bg_fill,
        ),
        TextPair::new("checkbox label", w.inactive.text_color(), v.panel_fill),
        TextPair::new(
            "hovered checkbox label",
            w.hovered.text_color(),
            v.panel_fill,
        ),
        TextPair::new(
            "input text",
            w.inactive.text_color(),
            v.text_edit_bg_color(),
        ),
        TextPair::new("input placeholder", weak, v.text_edit_bg_color()),
    ];
    // Coloured words on buttons (the portal calendar's holidays and make-up days).
    for (state, fill) in [
        ("button", w.inactive.weak_bg_fill),
        ("hovered button", w.hovered.weak_bg_fill),
    ] {
        let page = &palette.page;
        for (name, colour) in [
            ("accent", page.accent),
            ("error", page.error),
            ("warning", page.warning),
            ("success", page.success),
        ] {
            pairs.push(TextPair::new(
                format!("{name} words on a {state}"),
                colour,
                fill,
            ));
        }
    }
    for (name, surface) in [
        ("scanner", &palette.scanner),
        ("top bar", &palette.menu),
        ("blue header", &palette.header),
    ] {
        let device = visuals_on(surface);
        let dw = &device.widgets;
        pairs.extend([
            TextPair::new(format!("{name}: label"), device.text_color(), surface.fill),
            TextPair::new(
                format!("{name}: weak label"),
                device.weak_text_color(),
                surface.fill,
            ),
            TextPair::new(
                format!("{name}: unframed button"),
                dw.inactive.text_color(),
                surface.fill,
            ),
            TextPair::new(
                format!("{name}: hovered unframed button"),
                dw.hovered.text_color(),
                surface.fill,
            ),
            TextPair::new(
                format!("{name}: button"),
                dw.inactive.text_color(),
                dw.inactive.weak_bg_fill,
            ),
            TextPair::new(
                format!("{name}: hovered button"),
                dw.hovered.text_color(),
                dw.hovered.weak_bg_fill,
            ),
            TextPair::new(
                format!("{name}: selected"),
                device.selection.stroke.color,
                device.selection.bg_fill,
            ),
        ]);
    }
    for (surface_name, surface) in palette.surfaces() {
        for (colour_name, colour) in surface.text_colours() {
            pairs.push(TextPair::new(
                format!("{surface_name}: {colour_name}"),
                colour,
                surface.fill,
            ));
        }
    }
    pairs
}

/// The central panel as a page: a vertical scroll (`id` keeps its position apart from other
/// screens') holding one column at most 860 points wide, centred, with a little space above.
pub fn centered_page(ui: &mut egui::Ui, id: &'static str, add: impl FnOnce(&mut egui::Ui)) {
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().id_salt(id).show(ui, |ui| {
            let width = ui.available_width().min(860.0);
            let margin = ((ui.available_width() - width) / 2.0).max(0.0);
            ui.horizontal(|ui| {
                ui.add_space(margin);
                ui.vertical(|ui| {
                    ui.set_width(width);
                    ui.add_space(8.0);
                    add(ui);
                });
            });
        });
    });
}

/// A screen's top bar: the header's blue with its own widget colours, a title in bold,
/// `left` after it (it gives way, cut with "…", when the window is narrow) and `right` at
/// the right edge.
pub fn header_bar(
    ui: &mut egui::Ui,
    id: &'static str,
    title: &str,
    left: impl FnOnce(&mut egui::Ui, &Surface),
    right: impl FnOnce(&mut egui::Ui),
) {
    egui::Panel::top(id)
        .frame(
            egui::Frame::new()
                .fill(palette(ui).header.fill)
                .inner_margin(egui::Margin::symmetric(16, 10)),
        )
        .show(ui, |ui| {
            let header = palette(ui).header;
            ui.style_mut().visuals = visuals_on(&header);
            egui::Sides::new().shrink_left().truncate().show(
                ui,
                |ui| {
                    ui.label(
                        egui::RichText::new(title)
                            .color(header.text)
                            .font(bold(ui, 22.0)),
                    );
                    left(ui, &header);
                },
                right,
            );
        });
}

/// The visuals widgets are drawn with on a dark surface (the scanner, the counter's top
/// bar) in both themes: the dark theme's widgets, with the surface's text colours.
pub fn visuals_on(surface: &Surface) -> egui::Visuals {
    let mut v = visuals(Theme::Dark);
    v.widgets.noninteractive.fg_stroke.color = surface.text;
    v.weak_text_color = Some(surface.weak);
    v.panel_fill = surface.fill;
    v.hyperlink_color = surface.accent;
    v.warn_fg_color = surface.warning;
    v.error_fg_color = surface.error;
    v
}

/// Relative luminance of an sRGB colour (WCAG 2.x): each channel linearized, weighted
/// 0.2126 R + 0.7152 G + 0.0722 B.
pub fn relative_luminance(c: Color32) -> f64 {
    let lin = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.040_45 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// A translucent colour laid over an opaque background, as the painter blends it
/// (premultiplied alpha, in sRGB).
pub fn over(c: Color32, background: Color32) -> Color32 {
    let keep = 255 - u16::from(c.a());
    let mix = |top: u8, bottom: u8| {
        let v = u16::from(top) + (u16::from(bottom) * keep + 127) / 255;
        u8::try_from(v.min(255)).unwrap_or(u8::MAX)
    };
    Color32::from_rgb(
        mix(c.r(), background.r()),
        mix(c.g(), background.g()),
        mix(c.b(), background.b()),
    )
}

/// WCAG 2.x contrast ratio of text over a background, from 1 (none) to 21 (black on
/// white): (L1 + 0.05) / (L2 + 0.05), L1 the lighter luminance. A translucent text colour
/// is first blended over the background.
pub fn contrast_ratio(text: Color32, background: Color32) -> f64 {
    let a = relative_luminance(over(text, background));
    let b = relative_luminance(background);
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// The contrast WCAG AA asks of text of this size in pixels: 3:1 for large text (24 px, or
/// 14 pt = 18.66 px in bold, and above), else 4.5:1.
pub fn required_ratio(size_px: f32, bold: bool) -> f64 {
    let large = size_px >= 24.0 || (bold && size_px >= 14.0 * 4.0 / 3.0 - 0.01);
    if large { 3.0 } else { 4.5 }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// egui's visuals as [`apply`] leaves them for a theme.
    fn applied(theme: Theme) -> egui::Visuals {
        let ctx = egui::Context::default();
        apply(
            &ctx,
            &Settings {
                theme,
                ..Settings::default()
            },
        );
        ctx.global_style().visuals.clone()
    }

    fn hex(v: u32) -> Color32 {
        let [_, r, g, b] = v.to_be_bytes();
        Color32::from_rgb(r, g, b)
    }

    #[test]
    fn the_contrast_formula_gives_the_known_ratios() {
        let close = |a: f64, b: f64| (a - b).abs() < 0.01;
        assert!(close(contrast_ratio(Color32::BLACK, Color32::WHITE), 21.0));
        assert!(close(contrast_ratio(Color32::WHITE, Color32::BLACK), 21.0));
        assert!(close(contrast_ratio(hex(0x777777), Color32::WHITE), 4.48));
        assert!(close(contrast_ratio(hex(0x767676), Color32::WHITE), 4.54));
        assert!(close(contrast_ratio(Color32::WHITE, Color32::WHITE), 1.0));
        // Pure red on white: L = 0.2126, (1.05) / (0.2626) = 4.0.
        assert!(close(contrast_ratio(hex(0xff0000), Color32::WHITE), 4.0));
        // #777 at half opacity over white blends to #bbb.
        let half = Color32::from_rgba_unmultiplied(0x77, 0x77, 0x77, 128);
        assert_eq!(over(half, Color32::WHITE), hex(0xbbbbbb));
        assert!(close(
            contrast_ratio(half, Color32::WHITE),
            contrast_ratio(hex(0xbbbbbb), Color32::WHITE)
        ));
    }

    #[test]
    fn large_text_starts_at_24_px_or_14_pt_bold() {
        assert_eq!(required_ratio(14.5, false), 4.5);
        assert_eq!(required_ratio(23.9, false), 4.5);
        assert_eq!(required_ratio(24.0, false), 3.0);
        assert_eq!(required_ratio(18.0, true), 4.5);
        assert_eq!(required_ratio(18.7, true), 3.0);
        assert_eq!(required_ratio(21.0, true), 3.0);
        assert_eq!(required_ratio(21.0, false), 4.5);
    }

    #[test]
    fn every_text_pair_of_both_themes_meets_wcag_aa() {
        let mut failures = Vec::new();
        for theme in [Theme::Light, Theme::Dark] {
            let visuals = applied(theme);
            let pairs = text_pairs(&visuals, palette_of(theme));
            assert!(pairs.len() > 100, "{theme:?}: only {} pairs", pairs.len());
            for p in pairs {
                let ratio = contrast_ratio(p.text, p.background);
                let needed = if p.large { 3.0 } else { 4.5 };
                if ratio < needed {
                    failures.push(format!(
                        "{theme:?} {}: {} on {} is {ratio:.2}:1, needs {needed}:1",
                        p.what,
                        p.text.to_hex(),
                        p.background.to_hex()
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn the_palette_is_what_egui_draws_panels_with() {
        for theme in [Theme::Light, Theme::Dark] {
            let v = applied(theme);
            let p = palette_of(theme);
            assert_eq!(v.dark_mode, theme == Theme::Dark);
            assert_eq!(v.panel_fill, p.panel.fill, "{theme:?}");
            assert_eq!(v.text_color(), p.panel.text, "{theme:?}");
            assert_eq!(v.weak_text_color(), p.panel.weak, "{theme:?}");
            assert_eq!(v.error_fg_color, p.panel.error, "{theme:?}");
        }
    }

    #[test]
    fn input_boxes_are_visible_before_they_are_focused() {
        for theme in [Theme::Light, Theme::Dark] {
            let v = applied(theme);
            let border = v.widgets.inactive.bg_stroke;
            assert!(border.width >= 1.0, "{theme:?}: no border");
            // WCAG 1.4.11: a control's boundary needs 3:1 against what is around it.
            for around in [palette_of(theme).panel.fill, palette_of(theme).page.fill] {
                let ratio = contrast_ratio(border.color, around);
                assert!(ratio >= 3.0, "{theme:?}: border {ratio:.2}:1 on {around:?}");
            }
        }
    }

    #[test]
    fn a_broken_pair_is_caught() {
        // The scanner's old look: pale text on egui's light button grey.
        assert!(contrast_ratio(Color32::from_gray(235), Color32::from_gray(230)) < 4.5);
        // The queue's old patience text: body text over the green bar.
        assert!(contrast_ratio(Color32::from_gray(80), OK_GREEN) < 4.5);
    }
}
