//! Marks drawn over a paper at a field row or an area: the trainee's own flag at the counter
//! (a red pen flag), and in the debrief a green circle on a defect found, a red dashed
//! circle on one missed, an orange cross on a false flag.

use egui::{Color32, Pos2, Rect, Stroke, pos2, vec2};

use super::super::super::style;
use super::{MarkTone, PaperGeometry, PaperMark, Sheet};

/// Draws every mark whose place is on the page shown.
pub(super) fn marks(s: &Sheet<'_>, g: &PaperGeometry, marks: &[PaperMark]) {
    for m in marks {
        let Some(r) = g.area_rect(m.area, m.field.as_deref()) else {
            continue;
        };
        match m.tone {
            MarkTone::Flag => flag(s, r),
            MarkTone::Found => ring(s, r, style::OK_GREEN, false),
            MarkTone::Missed => ring(s, r, style::SEAL_RED, true),
            MarkTone::FalseFlag => cross(s, r),
        }
    }
}

/// A red pen flag at the right end of `r`, and a tick under the area.
fn flag(s: &Sheet<'_>, r: Rect) {
    let (p, k) = (&s.p, s.k);
    let red = style::SEAL_RED;
    let foot = pos2(r.right() - 6.0 * k, r.bottom() - 1.0 * k);
    let top = foot - vec2(0.0, 16.0 * k);
    p.line_segment([foot, top], Stroke::new(1.6 * k, red));
    p.add(egui::Shape::convex_polygon(
        vec![top, top + vec2(-14.0, 4.0) * k, top + vec2(0.0, 8.0) * k],
        red,
        Stroke::NONE,
    ));
    p.rect_stroke(
        r,
        3.0,
        Stroke::new(1.4 * k, red.gamma_multiply(0.8)),
        egui::StrokeKind::Inside,
    );
}

/// An ellipse around `r`, solid or dashed.
fn ring(s: &Sheet<'_>, r: Rect, colour: Color32, dashed: bool) {
    let r = r.expand(4.0 * s.k);
    let c = r.center();
    let (rx, ry) = (r.width() * 0.5 * 1.06, r.height() * 0.5 * 1.2);
    let n = 48;
    let at = |i: usize| -> Pos2 {
        let a = std::f32::consts::TAU * i as f32 / n as f32;
        c + vec2(a.cos() * rx, a.sin() * ry)
    };
    let stroke = Stroke::new(2.2 * s.k, colour);
    if dashed {
        for i in (0..n).step_by(2) {
            s.p.line_segment([at(i), at(i + 1)], stroke);
        }
    } else {
        s.p.add(egui::Shape::closed_line((0..n).map(at).collect(), stroke));
    }
}

/// An orange cross over `r`.
fn cross(s: &Sheet<'_>, r: Rect) {
    let h = r.height().min(r.width()).min(40.0 * s.k) * 0.5;
    let c = pos2(r.right() - h - 4.0 * s.k, r.center().y);
    let stroke = Stroke::new(2.4 * s.k, style::WARN);
    s.p.line_segment([c - vec2(h, h), c + vec2(h, h)], stroke);
    s.p.line_segment([c + vec2(-h, h), c + vec2(h, -h)], stroke);
}
