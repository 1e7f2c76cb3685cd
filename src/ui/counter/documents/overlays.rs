//! What lies over the printed paper: the form version in the corner, the "SAO Y BẢN CHÍNH"
//! stamp of a certified copy, the blue frame of an e-copy; the signature and the seal (or
//! the empty place where one is missing); water stains and a torn corner, photocopier specks
//! and sticky notes.

use egui::{Align2, Color32, FontId, Rect, Stroke, pos2, vec2};

use crate::scenario::{CopyForm, DefectKind, DocumentKind, Legibility};

use super::super::super::{fonts, style};
use super::Sheet;
use super::emblems::{seal, signature, stain};

/// The form version, and how the copy was made (certified or electronic); returns where
/// the printed words are. The form version is printed small in the top right corner, in
/// the band above the national motto; the "SAO Y BẢN CHÍNH" stamp of a certified copy sits
/// in the free lower left of the paper, beside the signature (top left on a card, beside
/// its emblem), so that neither lies over the heading.
pub(super) fn copy_marks(s: &Sheet<'_>, card: bool, footer: f32) -> Vec<Rect> {
    let (p, rect, k, doc) = (&s.p, s.rect, s.k, s.doc);
    let mut printed = Vec::new();
    if let Some(v) = &doc.form_version {
        printed.push(p.text(
            rect.right_top() + vec2(-8.0, 2.0) * k,
            Align2::RIGHT_TOP,
            format!("Mẫu: {v}"),
            FontId::new(8.0 * k, egui::FontFamily::Proportional),
            s.look.ink,
        ));
    }
    if doc.copy == CopyForm::CertifiedCopy {
        let at = if card {
            rect.left_top() + vec2(10.0, 6.0) * k
        } else {
            pos2(rect.left() + 12.0 * k, rect.bottom() - footer + 14.0 * k)
        };
        let r = Rect::from_min_size(at, vec2(86.0, 18.0) * k);
        p.rect_stroke(
            r,
            2.0,
            Stroke::new(1.5, style::SEAL_RED),
            egui::StrokeKind::Inside,
        );
        p.text(
            r.center(),
            Align2::CENTER_CENTER,
            "SAO Y BẢN CHÍNH",
            FontId::new(8.5 * k, fonts::bold()),
            style::SEAL_RED,
        );
        printed.push(r);
    }
    if doc.copy == CopyForm::Electronic {
        p.rect_stroke(
            rect,
            2.0,
            Stroke::new(2.0, style::GOV_BLUE),
            egui::StrokeKind::Inside,
        );
    }
    printed
}

/// The top left of the signature block of a paper in `rect` with a `footer` this high.
pub(super) fn signature_origin(rect: Rect, k: f32, footer: f32) -> (f32, f32) {
    (rect.right() - 120.0 * k, rect.bottom() - footer + 14.0 * k)
}

/// Under the fields of a paper `footer` high: who signs, the signature and the seal (an ID
/// card has only its seal, in the corner). What the kind needs and the paper lacks is left
/// empty.
pub(super) fn signature_and_seal(
    s: &Sheet<'_>,
    kind: Option<&DocumentKind>,
    card: bool,
    handwritten: bool,
    footer: f32,
) {
    let (p, rect, k, l, doc) = (&s.p, s.rect, s.k, &s.look, s.doc);
    let needs_sig = kind.is_some_and(|kd| kd.needs_signature);
    let stamped = kind.is_some_and(|kd| kd.needs_stamp) && doc.stamped;
    let forged = doc.has_planted(DefectKind::Forged);
    if card {
        if stamped {
            seal(
                p,
                rect.right_bottom() - vec2(34.0, 34.0) * k,
                22.0 * k,
                l.red,
                forged,
            );
        }
        return;
    }
    let (sx, sy) = signature_origin(rect, k, footer);
    p.text(
        pos2(sx + 50.0 * k, sy),
        Align2::CENTER_TOP,
        if handwritten {
            "Người yêu cầu"
        } else {
            "Thủ trưởng đơn vị"
        },
        FontId::new(9.5 * k, fonts::bold()),
        l.ink,
    );
    if !needs_sig || doc.signed {
        signature(
            p,
            pos2(sx + 10.0 * k, sy + 40.0 * k),
            80.0 * k,
            if handwritten { l.pen } else { l.ink },
        );
    }
    if stamped {
        seal(
            p,
            pos2(sx + 28.0 * k, sy + 36.0 * k),
            26.0 * k,
            l.red,
            forged,
        );
    }
}

/// Water stains and a torn corner on an unreadable paper, toner specks and the lid's dark
/// edge on a photocopy, and a sticky note on each of the first `sticky_notes` pages (the
/// page shown is `page`, 0-based).
pub(super) fn wear(s: &Sheet<'_>, page: u8) {
    let (p, rect, k, doc) = (&s.p, s.rect, s.k, s.doc);
    if doc.legibility == Legibility::Unreadable {
        stain(p, rect.center() + vec2(-30.0, 10.0) * k, 50.0 * k);
        stain(p, rect.right_top() + vec2(-60.0, 70.0) * k, 30.0 * k);
        torn_corner(s);
    }
    if doc.copy == CopyForm::Photocopy {
        // Toner specks and a dark edge from the copier lid.
        for n in 0..40u32 {
            let fx = ((n * 7919) % 997) as f32 / 997.0;
            let fy = ((n * 104_729) % 991) as f32 / 991.0;
            p.circle_filled(
                rect.min + vec2(fx * rect.width(), fy * rect.height()),
                0.8,
                Color32::from_gray(90),
            );
        }
        p.rect_filled(
            Rect::from_min_size(rect.left_top(), vec2(rect.width(), 3.0)),
            0.0,
            Color32::from_gray(120),
        );
    }
    if page < doc.sticky_notes {
        sticky_note(s, page);
    }
}

/// A yellow note with two pen lines, placed a little differently on each page.
fn sticky_note(s: &Sheet<'_>, page: u8) {
    let (p, rect, k) = (&s.p, s.rect, s.k);
    let n = f32::from(page % 3);
    let r = Rect::from_min_size(
        rect.right_top() + vec2(-70.0 - 14.0 * n, 20.0 + 16.0 * n) * k,
        vec2(58.0, 50.0) * k,
    );
    p.rect_filled(r, 1.0, Color32::from_rgb(0xff, 0xee, 0x70));
    for (y, end) in [(16.0, 6.0), (28.0, 16.0)] {
        p.line_segment(
            [
                r.left_top() + vec2(6.0, y) * k,
                r.right_top() + vec2(-end, y) * k,
            ],
            Stroke::new(1.0, s.look.pen),
        );
    }
}

/// The lower left corner torn away along a ragged edge: the desk shows through, and the
/// labels and the beginnings of the values in the lower rows are gone with it (the
/// signature and seal, on the right, stay).
fn torn_corner(s: &Sheet<'_>) {
    let (p, rect) = (&s.p, s.rect);
    let start = pos2(rect.left() - 3.0, rect.top() + rect.height() * 0.5);
    let end = pos2(rect.left() + rect.width() * 0.55, rect.bottom() + 3.0);
    let steps = 14;
    let mut edge = Vec::with_capacity(steps + 1);
    for n in 0..=steps {
        let t = n as f32 / steps as f32;
        let jag = if n % 2 == 0 { 5.0 } else { -4.0 } * s.k * (1.0 - (t - 0.5).abs());
        edge.push(start + (end - start) * t + vec2(jag, jag * 0.6));
    }
    let corner = pos2(rect.left() - 3.0, rect.bottom() + 3.0);
    // The ragged edge is not convex: fill it as one mesh, a fan of triangles from the
    // corner (one mesh, so no seams show between the triangles).
    let mut mesh = egui::Mesh::default();
    mesh.colored_vertex(corner, s.desk);
    for (n, at) in edge.iter().enumerate() {
        mesh.colored_vertex(*at, s.desk);
        if n > 0 {
            let n = n as u32;
            mesh.add_triangle(0, n, n + 1);
        }
    }
    p.add(mesh);
    p.add(egui::Shape::line(
        edge,
        Stroke::new(1.2, Color32::from_rgb(0xe8, 0xe0, 0xcc)),
    ));
}
