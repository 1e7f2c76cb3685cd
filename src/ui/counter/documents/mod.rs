//! Papers drawn as they look: the chip ID card with its emblem, photo and chip; declaration
//! forms with boxes and ballpoint handwriting; hospital notices and certificates with a red
//! seal; letters. Everything comes from the document's data and its kind's layout and fields.
//!
//! Defects show to a careful eye, never as labels: a photocopy is grey and its seal lost its
//! red; a missing seal or signature leaves an empty place; faded ink is pale; an unreadable
//! paper has water stains; an altered field has correction fluid under it; a forged seal is
//! flat and pinkish; a sticky note is a yellow square; the printed form version is small in
//! the corner.
//!
//! [`paper_ui`] lays a paper out and draws it in layers, each from its own module: the
//! colours ([`look`]), the paper and heading of its layout ([`layouts`]), the marks of its
//! copy form, signature, seal and wear ([`overlays`]) — shapes shared in [`emblems`] — and
//! the field rows the trainee reads and picks ([`fields`]). [`thumbnail_ui`] draws the
//! desk strip's small pictures.

mod emblems;
mod fields;
mod layouts;
mod look;
mod overlays;
mod thumbnail;

use egui::{Color32, Rect, Sense, vec2};

use crate::scenario::{Document, DocumentKind, Layout};
use crate::sim::FieldRef;
use crate::text::Lang;

pub use thumbnail::thumbnail_ui;

use fields::{FieldRow, Rows};
use look::Look;

/// How to draw one paper.
pub struct PaperView<'a> {
    /// The paper.
    pub doc: &'a Document,
    /// Its kind (layout, title, fields).
    pub kind: Option<&'a DocumentKind>,
    /// Language of the field labels' tooltips.
    pub lang: Lang,
    /// Fields picked for a comparison (highlighted).
    pub picked: Vec<&'a FieldRef>,
    /// Fields found to disagree (marked red).
    pub flagged: Vec<&'a FieldRef>,
    /// Fields found to agree (marked green).
    pub cleared: Vec<&'a FieldRef>,
    /// Text size factor.
    pub zoom: f32,
    /// Accessible name of the whole paper.
    pub name: String,
}

/// A paper being drawn: where, at which zoom, in which colours.
struct Sheet<'a> {
    /// Painter clipped to the paper (and its shadow).
    p: egui::Painter,
    /// The paper.
    rect: Rect,
    /// Zoom factor of every size.
    k: f32,
    /// Its colours.
    look: Look,
    /// The document drawn.
    doc: &'a Document,
}

/// The fields of the paper in the order printed: those of its kind, else the document's own.
fn field_rows(view: &PaperView<'_>) -> Vec<FieldRow> {
    match view.kind {
        Some(kind) => kind
            .fields
            .iter()
            .map(|f| FieldRow {
                key: f.key.clone(),
                printed: f.label.vi.clone(),
                shown: f.label.get(view.lang).to_owned(),
            })
            .collect(),
        None => view
            .doc
            .fields
            .keys()
            .map(|key| FieldRow {
                key: key.clone(),
                printed: key.clone(),
                shown: key.clone(),
            })
            .collect(),
    }
}

/// Draws a paper; returns the key of a field row the trainee clicked.
pub fn paper_ui(ui: &mut egui::Ui, view: &PaperView<'_>, width: f32) -> Option<String> {
    let k = view.zoom;
    let doc = view.doc;
    let kind = view.kind;
    let layout = kind.map_or(Layout::Letter, |kd| kd.layout);
    let fields = field_rows(view);
    let row = 19.0 * k;
    let (header, footer) = layouts::margins(layout, k);
    let height = header + row * fields.len() as f32 + footer + 8.0 * k;
    let card = layout == Layout::IdCard;
    let height = if card {
        height.max(width / 1.585)
    } else {
        height
    };
    let (rect, resp) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &view.name));
    let sheet = Sheet {
        p: ui.painter_at(rect.expand(2.0)),
        rect,
        k,
        look: look::look(doc),
        doc,
    };
    let title = kind.map_or_else(|| doc.kind.clone(), |kd| kd.title.clone());
    let issuer = kind.map_or_else(String::new, |kd| kd.issuer.clone());
    // Shadow and paper.
    sheet.p.rect_filled(
        rect.translate(vec2(3.0, 3.0)),
        4.0,
        Color32::from_black_alpha(50),
    );
    let label_x = layouts::paper_and_heading(&sheet, layout, &title, &issuer);
    overlays::copy_marks(&sheet);
    let handwritten = layouts::handwritten(layout);
    let rows = Rows {
        label_x,
        top: rect.top() + header,
        height: row,
        handwritten,
        small_labels: card,
    };
    let clicked = fields::fields_ui(ui, &sheet, view, &fields, &rows);
    overlays::signature_and_seal(&sheet, kind, card, handwritten, footer);
    overlays::wear(&sheet);
    clicked
}
