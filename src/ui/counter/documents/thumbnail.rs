//! The small picture of a paper in the desk strip: its shape, lines of text, the card's
//! photo and emblem or a paper's seal, a sticky note; clicking selects it.

use egui::{Color32, Rect, Sense, Stroke, Vec2, pos2, vec2};

use crate::scenario::{CopyForm, Document, DocumentKind, Layout};

use super::super::super::style;
use super::emblems::emblem;
use super::look::{alpha, look};

/// A small picture of a paper for the desk strip; clicking selects it.
pub fn thumbnail_ui(
    ui: &mut egui::Ui,
    doc: &Document,
    kind: Option<&DocumentKind>,
    selected: bool,
    name: &str,
) -> egui::Response {
    let layout = kind.map_or(Layout::Letter, |k| k.layout);
    let size = if layout == Layout::IdCard {
        vec2(86.0, 56.0)
    } else {
        vec2(62.0, 84.0)
    };
    let (rect, resp) = ui.allocate_exact_size(size + vec2(8.0, 8.0), Sense::click());
    resp.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, name));
    let p = ui.painter_at(rect.expand(2.0));
    let r = Rect::from_center_size(rect.center(), size);
    let l = look(doc);
    if selected {
        p.rect_stroke(
            rect,
            4.0,
            Stroke::new(2.0, style::GOV_BLUE),
            egui::StrokeKind::Inside,
        );
    }
    let fill = if layout == Layout::IdCard && doc.copy != CopyForm::Photocopy {
        Color32::from_rgb(0xdf, 0xee, 0xe8)
    } else {
        l.paper
    };
    p.rect_filled(
        r.translate(Vec2::splat(2.0)),
        3.0,
        Color32::from_black_alpha(50),
    );
    p.rect_filled(r, 3.0, fill);
    for n in 0..6 {
        let y = r.top() + 14.0 + n as f32 * (r.height() - 20.0) / 6.0;
        p.line_segment(
            [pos2(r.left() + 6.0, y), pos2(r.right() - 6.0, y)],
            Stroke::new(1.0, alpha(l.ink, 0.3)),
        );
    }
    if layout == Layout::IdCard {
        p.rect_filled(
            Rect::from_min_size(r.left_top() + vec2(5.0, 16.0), vec2(18.0, 24.0)),
            1.0,
            Color32::from_gray(170),
        );
        emblem(&p, r.left_top() + vec2(10.0, 9.0), 6.0, l.red);
    } else if kind.is_some_and(|k| k.needs_stamp) && doc.stamped {
        p.circle_stroke(
            r.right_bottom() - vec2(16.0, 16.0),
            9.0,
            Stroke::new(1.5, l.red),
        );
    }
    if doc.sticky_notes > 0 {
        p.rect_filled(
            Rect::from_min_size(r.right_top() - vec2(20.0, -4.0), vec2(16.0, 14.0)),
            1.0,
            Color32::from_rgb(0xff, 0xee, 0x70),
        );
    }
    resp
}
