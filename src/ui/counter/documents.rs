//! Papers drawn as they look: the chip ID card with its emblem, photo and chip; declaration
//! forms with boxes and ballpoint handwriting; hospital notices and certificates with a red
//! seal; letters. Everything comes from the document's data and its kind's layout and fields.
//!
//! Defects show to a careful eye, never as labels: a photocopy is grey and its seal lost its
//! red; a missing seal or signature leaves an empty place; faded ink is pale; an unreadable
//! paper has water stains; an altered field has correction fluid under it; a forged seal is
//! flat and pinkish; a sticky note is a yellow square; the printed form version is small in
//! the corner.

use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, Vec2, pos2, vec2};

use crate::scenario::{CopyForm, DefectKind, Document, DocumentKind, Layout, Legibility};
use crate::sim::FieldRef;
use crate::text::Lang;

use super::super::describe;
use super::super::style;

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

struct Look {
    paper: Color32,
    ink: Color32,
    pen: Color32,
    red: Color32,
}

fn alpha(c: Color32, a: f32) -> Color32 {
    c.gamma_multiply(a)
}

fn grey(c: Color32) -> Color32 {
    let [r, g, b, a] = c.to_array();
    let y = (0.3 * f32::from(r) + 0.59 * f32::from(g) + 0.11 * f32::from(b)) as u8;
    Color32::from_rgba_unmultiplied(y, y, y, a)
}

fn look(doc: &Document) -> Look {
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

/// The national emblem, simplified: red disc, gold star, gold rim.
fn emblem(p: &egui::Painter, c: Pos2, r: f32, red: Color32) {
    let gold = if red == Color32::from_gray(0x70) {
        Color32::from_gray(0xa0)
    } else {
        Color32::from_rgb(0xf2, 0xc1, 0x2e)
    };
    p.circle_filled(c, r, gold);
    p.circle_filled(c, r * 0.82, red);
    star(p, c, r * 0.5, gold);
}

fn star(p: &egui::Painter, c: Pos2, r: f32, colour: Color32) {
    let points: Vec<Pos2> = (0..10)
        .map(|k| {
            let a = std::f32::consts::PI * (k as f32) / 5.0 - std::f32::consts::FRAC_PI_2;
            let rr = if k % 2 == 0 { r } else { r * 0.4 };
            c + vec2(a.cos(), a.sin()) * rr
        })
        .collect();
    // A star is not convex: draw it as five triangles around the centre.
    for k in 0..10 {
        let a = points[k];
        let b = points[(k + 1) % 10];
        p.add(egui::Shape::convex_polygon(
            vec![c, a, b],
            colour,
            Stroke::NONE,
        ));
    }
}

/// A round red seal with its ring of text dots and a star.
fn seal(p: &egui::Painter, c: Pos2, r: f32, red: Color32, forged: bool) {
    let st = Stroke::new(2.0, alpha(red, 0.85));
    p.circle_stroke(c, r, st);
    if !forged {
        p.circle_stroke(c, r * 0.72, Stroke::new(1.0, alpha(red, 0.85)));
        for k in 0..24 {
            let a = std::f32::consts::TAU * k as f32 / 24.0;
            p.circle_filled(c + vec2(a.cos(), a.sin()) * r * 0.86, 1.2, alpha(red, 0.8));
        }
    }
    star(p, c, r * 0.35, alpha(red, 0.85));
}

fn signature(p: &egui::Painter, at: Pos2, w: f32, pen: Color32) {
    let pts: Vec<Pos2> = (0..24)
        .map(|k| {
            let t = k as f32 / 23.0;
            at + vec2(t * w, (t * 17.0).sin() * 6.0 - t * 4.0)
        })
        .collect();
    p.add(egui::Shape::line(pts, Stroke::new(1.4, pen)));
}

fn stain(p: &egui::Painter, c: Pos2, r: f32) {
    p.circle_filled(c, r, Color32::from_rgba_unmultiplied(150, 110, 50, 40));
    p.circle_stroke(
        c,
        r,
        Stroke::new(1.0, Color32::from_rgba_unmultiplied(120, 80, 30, 60)),
    );
}

/// The national motto centred at the top, then the paper's title below it.
fn centred_heading(
    p: &egui::Painter,
    rect: Rect,
    k: f32,
    ink: Color32,
    title: &str,
    title_y: f32,
    size: f32,
) {
    motto(
        p,
        rect.center().x,
        rect.top() + 10.0 * k,
        k,
        ink,
        Align2::CENTER_TOP,
    );
    p.text(
        pos2(rect.center().x, rect.top() + title_y * k),
        Align2::CENTER_TOP,
        title,
        FontId::new(size * k, super::super::fonts::bold()),
        ink,
    );
}

fn motto(p: &egui::Painter, x: f32, y: f32, k: f32, ink: Color32, anchor: Align2) {
    p.text(
        pos2(x, y),
        anchor,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        FontId::new(9.5 * k, super::super::fonts::bold()),
        ink,
    );
    p.text(
        pos2(x, y + 13.0 * k),
        anchor,
        "Độc lập - Tự do - Hạnh phúc",
        FontId::new(9.5 * k, super::super::fonts::bold()),
        ink,
    );
}

/// Draws a paper; returns the key of a field row the trainee clicked.
pub fn paper_ui(ui: &mut egui::Ui, view: &PaperView<'_>, width: f32) -> Option<String> {
    let k = view.zoom;
    let layout = view.kind.map_or(Layout::Letter, |kd| kd.layout);
    let fields: Vec<(String, String, String)> = match view.kind {
        Some(kind) => kind
            .fields
            .iter()
            .map(|f| {
                (
                    f.key.clone(),
                    f.label.vi.clone(),
                    f.label.get(view.lang).to_owned(),
                )
            })
            .collect(),
        None => view
            .doc
            .fields
            .keys()
            .map(|key| (key.clone(), key.clone(), key.clone()))
            .collect(),
    };
    let row = 19.0 * k;
    let (header, footer) = match layout {
        Layout::IdCard => (70.0 * k, 8.0 * k),
        Layout::Form | Layout::Contract => (86.0 * k, 80.0 * k),
        Layout::Notice => (92.0 * k, 90.0 * k),
        Layout::Certificate | Layout::Booklet => (110.0 * k, 95.0 * k),
        Layout::Letter => (70.0 * k, 70.0 * k),
    };
    let height = header + row * fields.len() as f32 + footer + 8.0 * k;
    let height = if layout == Layout::IdCard {
        height.max(width / 1.585)
    } else {
        height
    };
    let (rect, resp) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &view.name));
    let p = ui.painter_at(rect.expand(2.0));
    let l = look(view.doc);
    let doc = view.doc;
    let kind = view.kind;
    let needs_sig = kind.is_some_and(|kd| kd.needs_signature);
    let needs_stamp = kind.is_some_and(|kd| kd.needs_stamp);
    let forged = doc.has_planted(DefectKind::Forged);
    let title = kind.map_or_else(|| doc.kind.clone(), |kd| kd.title.clone());
    let issuer = kind.map_or_else(String::new, |kd| kd.issuer.clone());
    // Shadow and paper.
    p.rect_filled(
        rect.translate(vec2(3.0, 3.0)),
        4.0,
        Color32::from_black_alpha(50),
    );
    let mut label_x = rect.left() + 14.0 * k;
    match layout {
        Layout::IdCard => {
            p.rect_filled(
                rect,
                12.0 * k,
                if doc.copy == CopyForm::Photocopy {
                    l.paper
                } else {
                    Color32::from_rgb(0xdf, 0xee, 0xe8)
                },
            );
            for n in 0..6 {
                let y = rect.top() + rect.height() * (0.2 + 0.13 * n as f32);
                p.line_segment(
                    [pos2(rect.left(), y), pos2(rect.right(), y + 10.0)],
                    Stroke::new(0.6, alpha(Color32::from_rgb(0x9f, 0xc4, 0xb8), 0.6)),
                );
            }
            emblem(&p, rect.left_top() + vec2(34.0, 34.0) * k, 22.0 * k, l.red);
            motto(
                &p,
                rect.center().x + 20.0 * k,
                rect.top() + 10.0 * k,
                k,
                l.ink,
                Align2::CENTER_TOP,
            );
            p.text(
                pos2(rect.center().x + 20.0 * k, rect.top() + 40.0 * k),
                Align2::CENTER_TOP,
                &title,
                FontId::new(15.0 * k, super::super::fonts::bold()),
                if doc.copy == CopyForm::Photocopy {
                    l.ink
                } else {
                    style::SEAL_RED
                },
            );
            // Photo and chip.
            let photo =
                Rect::from_min_size(rect.left_top() + vec2(12.0, 66.0) * k, vec2(66.0, 86.0) * k);
            p.rect_filled(photo, 3.0, alpha(Color32::from_rgb(0xc8, 0xd2, 0xdc), 1.0));
            p.circle_filled(
                photo.center() - vec2(0.0, 14.0 * k),
                16.0 * k,
                alpha(Color32::from_gray(120), 0.8),
            );
            p.add(egui::Shape::ellipse_filled(
                photo.center_bottom() - vec2(0.0, 12.0 * k),
                vec2(26.0, 16.0) * k,
                alpha(Color32::from_gray(120), 0.8),
            ));
            let chip = Rect::from_min_size(
                photo.left_bottom() + vec2(10.0, 10.0) * k,
                vec2(40.0, 30.0) * k,
            );
            let gold = if doc.copy == CopyForm::Photocopy {
                Color32::from_gray(150)
            } else {
                Color32::from_rgb(0xd4, 0xaf, 0x37)
            };
            p.rect_filled(chip, 4.0, gold);
            for n in 1..3 {
                let x = chip.left() + chip.width() * n as f32 / 3.0;
                p.line_segment(
                    [pos2(x, chip.top()), pos2(x, chip.bottom())],
                    Stroke::new(0.8, Color32::from_black_alpha(80)),
                );
            }
            p.line_segment(
                [chip.left_center(), chip.right_center()],
                Stroke::new(0.8, Color32::from_black_alpha(80)),
            );
            label_x = photo.right() + 10.0 * k;
        }
        Layout::Certificate | Layout::Booklet => {
            let paper = if layout == Layout::Booklet && doc.copy != CopyForm::Photocopy {
                Color32::from_rgb(0xfb, 0xec, 0xec)
            } else {
                l.paper
            };
            p.rect_filled(rect, 2.0, paper);
            p.rect_stroke(
                rect.shrink(5.0 * k),
                0.0,
                Stroke::new(2.0 * k, alpha(l.red, 0.7)),
                egui::StrokeKind::Inside,
            );
            p.rect_stroke(
                rect.shrink(9.0 * k),
                0.0,
                Stroke::new(0.8 * k, alpha(l.red, 0.7)),
                egui::StrokeKind::Inside,
            );
            emblem(
                &p,
                pos2(rect.center().x, rect.top() + 30.0 * k),
                16.0 * k,
                l.red,
            );
            motto(
                &p,
                rect.center().x,
                rect.top() + 50.0 * k,
                k,
                l.ink,
                Align2::CENTER_TOP,
            );
            p.text(
                pos2(rect.center().x, rect.top() + 82.0 * k),
                Align2::CENTER_TOP,
                &title,
                FontId::new(15.0 * k, super::super::fonts::bold()),
                l.red,
            );
            label_x = rect.left() + 22.0 * k;
        }
        Layout::Notice => {
            p.rect_filled(rect, 2.0, l.paper);
            p.text(
                pos2(rect.left() + 12.0 * k, rect.top() + 10.0 * k),
                Align2::LEFT_TOP,
                &issuer,
                FontId::new(9.5 * k, super::super::fonts::bold()),
                l.ink,
            );
            motto(
                &p,
                rect.right() - 12.0 * k,
                rect.top() + 10.0 * k,
                k,
                l.ink,
                Align2::RIGHT_TOP,
            );
            p.text(
                pos2(rect.center().x, rect.top() + 50.0 * k),
                Align2::CENTER_TOP,
                &title,
                FontId::new(16.0 * k, super::super::fonts::bold()),
                l.ink,
            );
        }
        Layout::Form | Layout::Contract => {
            p.rect_filled(rect, 2.0, l.paper);
            centred_heading(&p, rect, k, l.ink, &title, 46.0, 15.0);
        }
        Layout::Letter => {
            p.rect_filled(rect, 2.0, l.paper);
            centred_heading(&p, rect, k, l.ink, &title, 44.0, 14.0);
        }
    }
    if let Some(v) = &doc.form_version {
        p.text(
            rect.right_top() + vec2(-8.0, 4.0) * k,
            Align2::RIGHT_TOP,
            format!("Mẫu: {v}"),
            FontId::new(8.0 * k, egui::FontFamily::Proportional),
            l.ink,
        );
    }
    if doc.copy == CopyForm::CertifiedCopy {
        let r = Rect::from_min_size(rect.left_top() + vec2(10.0, 6.0) * k, vec2(86.0, 18.0) * k);
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
            FontId::new(8.5 * k, super::super::fonts::bold()),
            style::SEAL_RED,
        );
    }
    if doc.copy == CopyForm::Electronic {
        p.rect_stroke(
            rect,
            2.0,
            Stroke::new(2.0, style::GOV_BLUE),
            egui::StrokeKind::Inside,
        );
    }
    // Fields.
    let mut clicked = None;
    let is_form = matches!(layout, Layout::Form | Layout::Contract | Layout::Letter);
    let value_font = FontId::new(12.5 * k, egui::FontFamily::Proportional);
    let label_font = FontId::new(
        if layout == Layout::IdCard { 8.5 } else { 10.0 } * k,
        egui::FontFamily::Proportional,
    );
    let mut y = rect.top() + header;
    for (key, printed_label, shown_label) in &fields {
        let row_rect = Rect::from_min_max(
            pos2(label_x - 4.0 * k, y),
            pos2(rect.right() - 8.0 * k, y + row),
        );
        let value = doc.fields.get(key).map(|v| describe::field_value(v));
        let fref = FieldRef {
            document: doc.id.clone(),
            field: key.clone(),
        };
        let picked = view.picked.contains(&&fref);
        let flagged = view.flagged.contains(&&fref);
        let cleared = view.cleared.contains(&&fref);
        if picked {
            p.rect_filled(
                row_rect,
                3.0,
                Color32::from_rgba_unmultiplied(255, 215, 0, 90),
            );
        }
        let label_galley = p.layout_no_wrap(format!("{printed_label}:"), label_font.clone(), l.ink);
        let label_w = label_galley.size().x;
        p.galley(
            pos2(label_x, y + (row - label_galley.size().y) * 0.5),
            label_galley,
            l.ink,
        );
        let vx = label_x + label_w + 6.0 * k;
        if is_form {
            // Dotted line to write on.
            let mut x = vx;
            while x < row_rect.right() {
                p.circle_filled(pos2(x, y + row - 3.0 * k), 0.6, alpha(l.ink, 0.6));
                x += 4.0 * k;
            }
        }
        if let Some(v) = &value {
            let altered = doc
                .defects
                .iter()
                .any(|d| d.kind == DefectKind::Altered && d.field.as_deref() == Some(key.as_str()));
            let colour = if is_form { l.pen } else { l.ink };
            let g = p.layout_no_wrap(v.clone(), value_font.clone(), colour);
            if altered {
                let r =
                    Rect::from_min_size(pos2(vx - 2.0, y + 1.0), vec2(g.size().x + 6.0, row - 2.0));
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
        } else if !is_form {
            p.text(
                pos2(vx, y + row * 0.5),
                Align2::LEFT_CENTER,
                "……",
                value_font.clone(),
                l.ink,
            );
        }
        if flagged || cleared {
            let c = if flagged {
                style::SEAL_RED
            } else {
                style::OK_GREEN
            };
            p.rect_stroke(row_rect, 3.0, Stroke::new(1.5, c), egui::StrokeKind::Inside);
        }
        let id = ui.scope_id().with(("field", &doc.id, key));
        let r = ui.interact(row_rect, id, Sense::click());
        let access = format!("{shown_label}: {}", value.clone().unwrap_or_default());
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &access));
        let r = r.on_hover_text(shown_label.as_str());
        if r.hovered() {
            p.rect_stroke(
                row_rect,
                3.0,
                Stroke::new(1.0, alpha(style::GOV_BLUE, 0.6)),
                egui::StrokeKind::Inside,
            );
        }
        if r.clicked() {
            clicked = Some(key.clone());
        }
        y += row;
    }
    // Footer: date line, signature and seal.
    if layout != Layout::IdCard {
        let sx = rect.right() - 120.0 * k;
        let sy = rect.bottom() - footer + 14.0 * k;
        p.text(
            pos2(sx + 50.0 * k, sy),
            Align2::CENTER_TOP,
            if is_form {
                "Người yêu cầu"
            } else {
                "Thủ trưởng đơn vị"
            },
            FontId::new(9.5 * k, super::super::fonts::bold()),
            l.ink,
        );
        if !needs_sig || doc.signed {
            signature(
                &p,
                pos2(sx + 10.0 * k, sy + 40.0 * k),
                80.0 * k,
                if is_form { l.pen } else { l.ink },
            );
        }
        if needs_stamp && doc.stamped {
            seal(
                &p,
                pos2(sx + 28.0 * k, sy + 36.0 * k),
                26.0 * k,
                l.red,
                forged,
            );
        }
    } else if needs_stamp && doc.stamped {
        seal(
            &p,
            rect.right_bottom() - vec2(34.0, 34.0) * k,
            22.0 * k,
            l.red,
            forged,
        );
    }
    if doc.legibility == Legibility::Unreadable {
        stain(&p, rect.center() + vec2(-30.0, 10.0) * k, 50.0 * k);
        stain(&p, rect.right_top() + vec2(-60.0, 70.0) * k, 30.0 * k);
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
    for n in 0..doc.sticky_notes.min(3) {
        let r = Rect::from_min_size(
            rect.right_top() + vec2(-70.0 - 14.0 * f32::from(n), 20.0 + 16.0 * f32::from(n)) * k,
            vec2(58.0, 50.0) * k,
        );
        p.rect_filled(r, 1.0, Color32::from_rgb(0xff, 0xee, 0x70));
        p.line_segment(
            [
                r.left_top() + vec2(6.0, 16.0),
                r.right_top() + vec2(-6.0, 16.0),
            ],
            Stroke::new(1.0, l.pen),
        );
        p.line_segment(
            [
                r.left_top() + vec2(6.0, 28.0),
                r.right_top() + vec2(-16.0, 28.0),
            ],
            Stroke::new(1.0, l.pen),
        );
    }
    clicked
}

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
