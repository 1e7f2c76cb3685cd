//! A correction the citizen made at the counter (issue 13, item 6), drawn over their paper the
//! way it is made on a real form: the old value struck through with one line (never erased),
//! the right value written beside it, the citizen's initials after it; a signature added at
//! the counter is drawn in its place with the initials beside it. What was wrong is never
//! named: the paper shows only what the citizen wrote.

use egui::{Align2, FontId, Rect, Stroke, pos2, vec2};

use super::{PaperGeometry, Sheet, emblems};

/// A correction to draw on a paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorrectionMark {
    /// The field corrected; `None` for a signature added at the counter.
    pub field: Option<String>,
    /// The value struck through (empty for a box left blank).
    pub old: String,
    /// The value written beside it.
    pub new: String,
    /// The citizen's initials.
    pub initials: String,
}

/// Draws the signatures added at the counter (the corrected fields are drawn with their
/// row, [`rewrite`]).
pub(super) fn signatures(s: &Sheet<'_>, g: &PaperGeometry, marks: &[CorrectionMark]) {
    for m in marks.iter().filter(|m| m.field.is_none()) {
        if let Some(place) = g.signature {
            signed_here(s, place, &m.initials);
        }
    }
}

/// A corrected value: `old` (the rectangle the old value was written in; zero wide for a
/// box left blank) struck through with one line, the right value written beside it (above
/// it when there is no room), the initials small after it.
pub(super) fn rewrite(s: &Sheet<'_>, old: Rect, m: &CorrectionMark) {
    let (p, k) = (&s.p, s.k);
    let pen = s.look.pen;
    if old.width() > 0.0 {
        let y = old.center().y;
        p.line_segment(
            [
                pos2(old.left() - 2.0 * k, y),
                pos2(old.right() + 2.0 * k, y),
            ],
            Stroke::new(1.3 * k, pen),
        );
    }
    let font = FontId::new(11.5 * k, egui::FontFamily::Proportional);
    let g = p.layout_no_wrap(m.new.clone(), font, pen);
    let beside = pos2(old.right() + 8.0 * k, old.top() - 2.0 * k);
    let at = if beside.x + g.size().x + 30.0 * k > s.rect.right() {
        pos2(old.left(), old.top() - g.size().y * 0.6)
    } else {
        beside
    };
    let end = at.x + g.size().x;
    p.galley(at, g, pen);
    p.text(
        pos2(end + 3.0 * k, at.y - 2.0 * k),
        Align2::LEFT_TOP,
        &m.initials,
        FontId::new(8.0 * k, egui::FontFamily::Proportional),
        pen,
    );
}

/// A signature written at the counter in the signature place, the initials beside it.
fn signed_here(s: &Sheet<'_>, place: Rect, initials: &str) {
    let k = s.k;
    let pen = s.look.pen;
    let origin = place.left_top() + vec2(10.0 * k, place.height() * 0.55);
    emblems::signature(&s.p, origin, (place.width() * 0.7).max(40.0 * k), pen);
    s.p.text(
        pos2(place.right() - 2.0 * k, place.bottom() - 2.0 * k),
        Align2::RIGHT_BOTTOM,
        initials,
        FontId::new(8.0 * k, egui::FontFamily::Proportional),
        pen,
    );
}
