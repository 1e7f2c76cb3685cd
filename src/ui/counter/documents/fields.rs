//! The field rows of a paper: the printed label, the value printed or handwritten on its
//! dotted line, an altered value's traces (correction fluid under it, digits overwritten in
//! another ink, or the scuff of an eraser — plainer or subtler with the scenario's
//! difficulty), the highlight of a field picked for a comparison, and the click (primary or
//! secondary) on a field.

use egui::{Align2, Color32, FontId, Rect, Sense, Stroke, pos2, vec2};

use crate::scenario::DefectKind;
use crate::sim::FieldRef;

use super::super::super::{describe, style};
use super::corrections::{self, CorrectionMark};
use super::look::alpha;
use super::{PaperClick, PaperTarget, PaperView, Sheet};

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

/// How an altered value was altered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Alteration {
    /// Correction fluid under a value written again.
    Fluid,
    /// The last digits or letters written over in another ink.
    Overwritten,
    /// The old value rubbed out and the new one written on the scuffed paper.
    Erased,
}

/// What the rows report: the click, and where altered values sit.
pub(super) struct RowsOut {
    /// A field clicked this frame.
    pub clicked: Option<PaperClick>,
    /// The value rectangle of each altered field, and how it was altered.
    pub altered: Vec<(Rect, Alteration)>,
}

/// How `field` of `doc` was altered: chosen from the paper and field, so it stays the same
/// from frame to frame.
fn alteration(doc: &str, field: &str) -> Alteration {
    let h = doc
        .bytes()
        .chain(field.bytes())
        .fold(0x811c_9dc5u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        });
    match h % 3 {
        0 => Alteration::Fluid,
        1 => Alteration::Overwritten,
        _ => Alteration::Erased,
    }
}

/// Draws the rows; returns the field the trainee clicked and the altered values.
pub(super) fn fields_ui(
    ui: &egui::Ui,
    s: &Sheet<'_>,
    view: &PaperView<'_>,
    fields: &[FieldRow],
    rows: &Rows,
) -> RowsOut {
    let mut out = RowsOut {
        clicked: None,
        altered: Vec::new(),
    };
    let mut y = rows.top;
    for field in fields {
        if let Some(secondary) = field_row_ui(ui, s, view, rows, field, y, &mut out.altered) {
            out.clicked = Some(PaperClick {
                target: PaperTarget::Field(field.key.clone()),
                secondary,
            });
        }
        y += rows.height;
    }
    out
}

/// One row at height `y`; `Some(secondary)` when it was clicked.
fn field_row_ui(
    ui: &egui::Ui,
    s: &Sheet<'_>,
    view: &PaperView<'_>,
    rows: &Rows,
    field: &FieldRow,
    y: f32,
    altered: &mut Vec<(Rect, Alteration)>,
) -> Option<bool> {
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
    // Issue 13, item 6: a correction the citizen made on this row at the counter.
    let correction = view
        .corrections
        .iter()
        .find(|c| c.field.as_deref() == Some(field.key.as_str()));
    if let Some(spot) = write_row(
        s,
        rows,
        field,
        value.as_deref(),
        y,
        view.subtlety,
        correction,
    ) {
        altered.push(spot);
    }
    let id = ui.scope_id().with(("field", &doc.id, &field.key));
    let r = ui.interact(row_rect, id, Sense::click());
    let access = match correction {
        // Read out as written: the struck value, the one written beside it, the initials.
        Some(c) => format!(
            "{}: {} → {} ({})",
            field.shown,
            value.unwrap_or_default(),
            c.new,
            c.initials
        ),
        None => format!("{}: {}", field.shown, value.unwrap_or_default()),
    };
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
    super::click_of(&r)
}

/// The printed label, then the value (or dots where a printed paper left it blank); an
/// altered value's rectangle and alteration.
fn write_row(
    s: &Sheet<'_>,
    rows: &Rows,
    field: &FieldRow,
    value: Option<&str>,
    y: f32,
    subtlety: u8,
    correction: Option<&CorrectionMark>,
) -> Option<(Rect, Alteration)> {
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
    let Some(v) = value else {
        if let Some(c) = correction {
            let blank = Rect::from_min_size(pos2(vx, y + 2.0 * k), vec2(0.0, row - 4.0 * k));
            corrections::rewrite(s, blank, c);
            return None;
        }
        if !rows.handwritten {
            p.text(
                pos2(vx, y + row * 0.5),
                Align2::LEFT_CENTER,
                "……",
                value_font,
                l.ink,
            );
        }
        return None;
    };
    let altered = doc
        .defects
        .iter()
        .any(|d| d.kind == DefectKind::Altered && d.field.as_deref() == Some(field.key.as_str()));
    let colour = if rows.handwritten { l.pen } else { l.ink };
    let g = p.layout_no_wrap(v.to_owned(), value_font.clone(), colour);
    let vy = y + (row - g.size().y) * 0.5;
    let spot = Rect::from_min_size(pos2(vx - 2.0, y + 1.0), vec2(g.size().x + 6.0, row - 2.0));
    if !altered {
        let written = Rect::from_min_size(pos2(vx, vy), g.size());
        p.galley(pos2(vx, vy), g, colour);
        if let Some(c) = correction {
            corrections::rewrite(s, written, c);
        }
        return None;
    }
    let strength = super::strength(subtlety);
    let how = alteration(&doc.id, &field.key);
    match how {
        Alteration::Fluid => {
            p.rect_filled(
                spot,
                3.0,
                Color32::from_rgb(0xff, 0xff, 0xfa).gamma_multiply(0.5 + 0.5 * strength),
            );
            p.rect_stroke(
                spot,
                3.0,
                Stroke::new(
                    0.5 + strength,
                    Color32::from_gray(200).gamma_multiply(strength),
                ),
                egui::StrokeKind::Inside,
            );
            p.galley(pos2(vx, vy + 1.5 * strength), g, colour);
        }
        Alteration::Erased => {
            // The rubbed paper: greyish scuff, torn fibres, then the value written on it.
            p.rect_filled(
                spot.expand(1.0),
                4.0,
                Color32::from_rgba_unmultiplied(150, 140, 120, (70.0 * strength) as u8),
            );
            for n in 0..6 {
                let x = spot.left() + spot.width() * (0.1 + 0.15 * n as f32);
                p.line_segment(
                    [
                        pos2(x, spot.top() + 2.0),
                        pos2(x + 6.0 * k, spot.bottom() - 2.0),
                    ],
                    Stroke::new(0.8, Color32::from_gray(140).gamma_multiply(strength)),
                );
            }
            p.galley(pos2(vx, vy), g, colour);
        }
        Alteration::Overwritten => overwrite(s, v, &value_font, colour, pos2(vx, vy), strength),
    }
    Some((spot, how))
}

/// `v` written at `at`, its last two characters written over in another, darker ink, the
/// old strokes still showing under them.
pub(super) fn overwrite(
    s: &Sheet<'_>,
    v: &str,
    font: &FontId,
    colour: Color32,
    at: egui::Pos2,
    strength: f32,
) {
    let p = &s.p;
    let split = v.char_indices().rev().nth(1).map_or(0, |(i, _)| i);
    let (head, tail) = v.split_at(split);
    let head_w = p
        .layout_no_wrap(head.to_owned(), font.clone(), colour)
        .size()
        .x;
    p.text(at, Align2::LEFT_TOP, head, font.clone(), colour);
    let old: String = tail
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_digit((d + 3) % 10, 10).unwrap_or(c),
            None => c,
        })
        .collect();
    let tail_at = at + vec2(head_w, 0.0);
    // The old characters, half rubbed, slightly off the new ones.
    p.text(
        tail_at + vec2(1.2, 0.8),
        Align2::LEFT_TOP,
        &old,
        font.clone(),
        colour.gamma_multiply(0.35 + 0.4 * strength),
    );
    // The new ones in another ink, pressed harder (written twice).
    let other = Color32::from_rgb(0x10, 0x12, 0x40);
    let bold = FontId::new(font.size * (1.0 + 0.08 * strength), font.family.clone());
    for dx in [0.0, 0.5 + 0.5 * strength] {
        p.text(
            tail_at + vec2(dx, 0.0),
            Align2::LEFT_TOP,
            tail,
            bold.clone(),
            other,
        );
    }
}
