//! The field rows of a paper: the printed label, the value printed or handwritten on its
//! dotted line (correction fluid under an altered value), the highlight of a field picked
//! for a comparison, the red or green frame of a comparison made, and the click that picks
//! a field.

use egui::{Align2, Color32, FontId, Rect, Sense, Stroke, pos2, vec2};

use crate::scenario::DefectKind;
use crate::sim::FieldRef;

use super::super::super::{describe, style};
use super::look::alpha;
use super::{PaperView, Sheet};

/// One field of a paper: its key, its label as printed (Vietnamese) and as named in the
/// trainee's language (tooltip, accessibility).
pub(super) struct FieldRow {
    /// Key in the document's fields.
    pub key: String,
    /// Label printed on the paper.
    pub printed: String,
    /// Label in the interface language.
    pub shown: String,
}

/// Where the rows go and how they are written.
pub(super) struct Rows {
    /// Left edge of the labels.
    pub label_x: f32,
    /// Top of the first row.
    pub top: f32,
    /// Height of a row.
    pub height: f32,
    /// Values are handwritten on dotted lines (forms, contracts, letters).
    pub handwritten: bool,
    /// Labels are printed small (ID cards).
    pub small_labels: bool,
}

/// Draws the rows; returns the key of the field the trainee clicked.
pub(super) fn fields_ui(
    ui: &egui::Ui,
    s: &Sheet<'_>,
    view: &PaperView<'_>,
    fields: &[FieldRow],
    rows: &Rows,
) -> Option<String> {
    let mut clicked = None;
    let mut y = rows.top;
    for field in fields {
        if field_row_ui(ui, s, view, rows, field, y) {
            clicked = Some(field.key.clone());
        }
        y += rows.height;
    }
    clicked
}

/// One row at height `y`; true when it was clicked.
fn field_row_ui(
    ui: &egui::Ui,
    s: &Sheet<'_>,
    view: &PaperView<'_>,
    rows: &Rows,
    field: &FieldRow,
    y: f32,
) -> bool {
    let (p, rect, k, doc) = (&s.p, s.rect, s.k, s.doc);
    let row = rows.height;
    let row_rect = Rect::from_min_max(
        pos2(rows.label_x - 4.0 * k, y),
        pos2(rect.right() - 8.0 * k, y + row),
    );
    let value = doc.fields.get(&field.key).map(|v| describe::field_value(v));
    let fref = FieldRef {
        document: doc.id.clone(),
        field: field.key.clone(),
    };
    if view.picked.contains(&&fref) {
        p.rect_filled(
            row_rect,
            3.0,
            Color32::from_rgba_unmultiplied(255, 215, 0, 90),
        );
    }
    write_row(s, rows, field, value.as_deref(), y);
    let flagged = view.flagged.contains(&&fref);
    if flagged || view.cleared.contains(&&fref) {
        let c = if flagged {
            style::SEAL_RED
        } else {
            style::OK_GREEN
        };
        p.rect_stroke(row_rect, 3.0, Stroke::new(1.5, c), egui::StrokeKind::Inside);
    }
    let id = ui.scope_id().with(("field", &doc.id, &field.key));
    let r = ui.interact(row_rect, id, Sense::click());
    let access = format!("{}: {}", field.shown, value.unwrap_or_default());
    r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &access));
    let r = r.on_hover_text(field.shown.as_str());
    if r.hovered() {
        p.rect_stroke(
            row_rect,
            3.0,
            Stroke::new(1.0, alpha(style::GOV_BLUE, 0.6)),
            egui::StrokeKind::Inside,
        );
    }
    r.clicked()
}

/// The printed label, then the value (or dots where a printed paper left it blank).
fn write_row(s: &Sheet<'_>, rows: &Rows, field: &FieldRow, value: Option<&str>, y: f32) {
    let (p, rect, k, l, doc) = (&s.p, s.rect, s.k, &s.look, s.doc);
    let row = rows.height;
    let value_font = FontId::new(12.5 * k, egui::FontFamily::Proportional);
    let label_font = FontId::new(
        if rows.small_labels { 8.5 } else { 10.0 } * k,
        egui::FontFamily::Proportional,
    );
    let label_galley = p.layout_no_wrap(format!("{}:", field.printed), label_font, l.ink);
    let label_w = label_galley.size().x;
    p.galley(
        pos2(rows.label_x, y + (row - label_galley.size().y) * 0.5),
        label_galley,
        l.ink,
    );
    let vx = rows.label_x + label_w + 6.0 * k;
    if rows.handwritten {
        // Dotted line to write on.
        let mut x = vx;
        while x < rect.right() - 8.0 * k {
            p.circle_filled(pos2(x, y + row - 3.0 * k), 0.6, alpha(l.ink, 0.6));
            x += 4.0 * k;
        }
    }
    if let Some(v) = value {
        let altered = doc.defects.iter().any(|d| {
            d.kind == DefectKind::Altered && d.field.as_deref() == Some(field.key.as_str())
        });
        let colour = if rows.handwritten { l.pen } else { l.ink };
        let g = p.layout_no_wrap(v.to_owned(), value_font, colour);
        if altered {
            let r = Rect::from_min_size(pos2(vx - 2.0, y + 1.0), vec2(g.size().x + 6.0, row - 2.0));
            p.rect_filled(r, 3.0, Color32::from_rgb(0xff, 0xff, 0xfa));
            p.rect_stroke(
                r,
                3.0,
                Stroke::new(0.5, Color32::from_gray(220)),
                egui::StrokeKind::Inside,
            );
        }
        let vy = y + (row - g.size().y) * 0.5 + if altered { 1.5 } else { 0.0 };
        p.galley(pos2(vx, vy), g, colour);
    } else if !rows.handwritten {
        p.text(
            pos2(vx, y + row * 0.5),
            Align2::LEFT_CENTER,
            "……",
            value_font,
            l.ink,
        );
    }
}
