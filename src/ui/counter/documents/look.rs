//! The colours of one paper: cream paper, printed ink, blue ballpoint and red seal — turned
//! grey by a photocopier, pale by faded ink, pinkish by a forged seal.

use egui::Color32;

use crate::scenario::{CopyForm, DefectKind, Document, Legibility};

use super::super::super::style;

/// The colours a paper is drawn in.
pub(super) struct Look {
    /// The paper.
    pub paper: Color32,
    /// Printed text.
    pub ink: Color32,
    /// Handwriting.
    pub pen: Color32,
    /// Seals, emblems and red print.
    pub red: Color32,
    /// How much of the ink is left: 1 clear, less when faded.
    pub fade: f32,
}

/// `c` with its opacity multiplied by `a`.
pub(super) fn alpha(c: Color32, a: f32) -> Color32 {
    c.gamma_multiply(a)
}

fn grey(c: Color32) -> Color32 {
    let [r, g, b, a] = c.to_array();
    let y = (0.3 * f32::from(r) + 0.59 * f32::from(g) + 0.11 * f32::from(b)) as u8;
    Color32::from_rgba_unmultiplied(y, y, y, a)
}

/// The colours of `doc`, from its copy form, legibility and planted forgery.
pub(super) fn look(doc: &Document) -> Look {
    let fade = match doc.legibility {
        Legibility::Clear => 1.0,
        Legibility::Faded => 0.45,
        Legibility::Unreadable => 0.16,
    };
    let mut l = Look {
        paper: style::PAPER,
        ink: alpha(style::INK, fade),
        pen: alpha(style::PEN, fade),
        red: style::SEAL_RED,
        fade,
    };
    if doc.copy == CopyForm::Photocopy {
        l.paper = style::PHOTOCOPY;
        l.ink = grey(l.ink);
        l.pen = grey(Color32::from_rgb(0x30, 0x30, 0x30)).gamma_multiply(fade);
        l.red = Color32::from_gray(0x70);
    }
    if doc.has_planted(DefectKind::Forged) {
        l.red = Color32::from_rgb(0xe0, 0x6a, 0x86);
    }
    l
}
