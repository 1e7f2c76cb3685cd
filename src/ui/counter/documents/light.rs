//! A paper held up to the light: light shines through the sheet; an original shows its
//! watermark, the sheen of wet ink on its signature and the embossed ring of a pressed seal;
//! a forged seal is flat (no embossing); a photocopy or e-copy shows none of these. Erased
//! values shine through the thinned paper, overwritten strokes and correction fluid show as
//! dark patches.

use egui::{Color32, Rect, Stroke, vec2};

use crate::scenario::{CopyForm, DefectKind, DocumentKind};

use super::emblems::star;
use super::fields::Alteration;
use super::{PaperGeometry, Sheet};

/// Draws the light's effects over the paper drawn in `s`, laid out as `g`, whose altered
/// values sit at `altered`.
pub(super) fn against_light(
    s: &Sheet<'_>,
    g: &PaperGeometry,
    kind: Option<&DocumentKind>,
    altered: &[(Rect, Alteration)],
) {
    let (p, rect, k, doc) = (&s.p, s.rect, s.k, s.doc);
    // Light through the sheet: the paper glows warm, the print recedes a little.
    p.rect_filled(
        rect,
        2.0,
        Color32::from_rgba_unmultiplied(255, 244, 200, 70),
    );
    let original = matches!(doc.copy, CopyForm::Original | CopyForm::CertifiedCopy);
    let forged = doc.has_planted(DefectKind::Forged);
    if original && !forged {
        // The watermark: a large ghost emblem in the middle of the sheet.
        watermark(p, rect.center(), rect.height().min(rect.width()) * 0.28);
    }
    if original {
        if let Some(sig) = g.signature
            && (doc.signed || !kind.is_some_and(|kd| kd.needs_signature))
        {
            // Wet ink: a bright sheen along the stroke.
            p.line_segment(
                [sig.left_center() + vec2(6.0, 4.0) * k, sig.right_center()],
                Stroke::new(2.0 * k, Color32::from_rgba_unmultiplied(255, 255, 255, 120)),
            );
        }
        if let Some(seal) = g.seal
            && doc.stamped
            && kind.is_some_and(|kd| kd.needs_stamp)
            && !forged
        {
            // A pressed seal is embossed: a light rim above, a shadow below.
            let c = seal.center();
            let r = seal.width() * 0.42;
            p.circle_stroke(
                c - vec2(1.5, 1.5) * k,
                r,
                Stroke::new(2.0 * k, Color32::from_rgba_unmultiplied(255, 255, 255, 170)),
            );
            p.circle_stroke(
                c + vec2(1.5, 1.5) * k,
                r,
                Stroke::new(2.0 * k, Color32::from_black_alpha(90)),
            );
        }
    }
    for (spot, how) in altered {
        match how {
            // Thinned paper lets the light through.
            Alteration::Erased => {
                p.rect_filled(
                    *spot,
                    4.0,
                    Color32::from_rgba_unmultiplied(255, 255, 235, 130),
                );
            }
            // Fluid and doubled strokes block it.
            Alteration::Fluid | Alteration::Overwritten => {
                p.rect_filled(*spot, 4.0, Color32::from_black_alpha(70));
            }
        }
    }
}

/// The watermark of an original: a ghost of the national emblem, seen only in the light.
fn watermark(p: &egui::Painter, c: egui::Pos2, r: f32) {
    let ghost = Color32::from_rgba_unmultiplied(120, 100, 60, 28);
    p.circle_filled(c, r, ghost);
    p.circle_stroke(c, r * 0.82, Stroke::new(2.0, ghost));
    star(p, c, r * 0.5, ghost);
}
