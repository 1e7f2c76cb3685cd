//! A citizen drawn from their persona's portrait description: skin tone, hair (long, bun,
//! bald, grey), glasses, headwear (nón lá, cap, headscarf) and shirt colour.

use egui::{Color32, Pos2, Stroke, Vec2, pos2, vec2};

use crate::scenario::Portrait;

const SKIN: [Color32; 5] = [
    Color32::from_rgb(0xf3, 0xd2, 0xb3),
    Color32::from_rgb(0xe6, 0xbc, 0x98),
    Color32::from_rgb(0xd1, 0xa0, 0x7a),
    Color32::from_rgb(0xb0, 0x7e, 0x5a),
    Color32::from_rgb(0x8a, 0x5e, 0x3e),
];

fn parse_hex(s: &str) -> Option<Color32> {
    let s = s.strip_prefix('#')?;
    if s.len() != 6 {
        return None;
    }
    let v = u32::from_str_radix(s, 16).ok()?;
    Some(Color32::from_rgb((v >> 16) as u8, (v >> 8) as u8, v as u8))
}

/// A portrait being drawn: positions are given on a 170-unit-high grid centred on `rect`.
struct Figure {
    p: egui::Painter,
    rect: egui::Rect,
    s: f32,
}

impl Figure {
    /// The point `x` units right of the centre line and `y` units below the top.
    fn at(&self, x: f32, y: f32) -> Pos2 {
        pos2(
            self.rect.center().x + x * self.s,
            self.rect.top() + y * self.s,
        )
    }
}

/// Draws a portrait from its description (skin, hair, glasses, headwear, shirt).
pub fn portrait_ui(ui: &mut egui::Ui, portrait: &Portrait, size: Vec2, label: &str) {
    let (rect, resp) = ui.allocate_exact_size(size, egui::Sense::hover());
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, label));
    let f = Figure {
        p: ui.painter_at(rect),
        rect,
        s: rect.height() / 170.0,
    };
    f.p.rect_filled(rect, 8.0, Color32::from_rgb(0xdc, 0xe6, 0xee));
    let grey = matches!(portrait.hair, 4 | 5);
    let hair = if grey {
        Color32::from_rgb(0xb8, 0xb8, 0xb4)
    } else {
        Color32::from_rgb(0x22, 0x1c, 0x18)
    };
    body(&f, portrait, hair);
    face(&f, portrait, hair);
    headwear(&f, portrait.headwear);
}

/// Shirt and shoulders, neck, head and hair.
fn body(f: &Figure, portrait: &Portrait, hair: Color32) {
    let (p, s) = (&f.p, f.s);
    let at = |x, y| f.at(x, y);
    let skin = SKIN[usize::from(portrait.skin.min(4))];
    let shirt = parse_hex(&portrait.shirt).unwrap_or(Color32::from_rgb(0x5a, 0x7d, 0x9a));
    // Shoulders and shirt.
    p.add(egui::Shape::convex_polygon(
        vec![
            at(-62.0, 170.0),
            at(-48.0, 128.0),
            at(48.0, 128.0),
            at(62.0, 170.0),
        ],
        shirt,
        Stroke::NONE,
    ));
    p.circle_filled(at(0.0, 128.0), 48.0 * s * 0.5, shirt);
    // Neck.
    p.rect_filled(
        egui::Rect::from_min_max(at(-10.0, 100.0), at(10.0, 128.0)),
        2.0,
        skin,
    );
    // Long hair behind the head.
    if portrait.hair == 1 {
        p.rect_filled(
            egui::Rect::from_min_max(at(-36.0, 60.0), at(36.0, 135.0)),
            14.0,
            hair,
        );
    }
    // Head.
    p.add(egui::Shape::ellipse_filled(
        at(0.0, 75.0),
        vec2(32.0, 38.0) * s,
        skin,
    ));
    // Hair on top.
    match portrait.hair {
        3 => {}
        2 | 5 => {
            p.add(egui::Shape::ellipse_filled(
                at(0.0, 48.0),
                vec2(32.0, 15.0) * s,
                hair,
            ));
            p.circle_filled(at(0.0, 30.0), 13.0 * s, hair);
        }
        _ => {
            p.add(egui::Shape::ellipse_filled(
                at(0.0, 50.0),
                vec2(33.0, 17.0) * s,
                hair,
            ));
        }
    }
}

/// Eyes, brows, nose, mouth and glasses.
fn face(f: &Figure, portrait: &Portrait, hair: Color32) {
    let (p, s) = (&f.p, f.s);
    let at = |x, y| f.at(x, y);
    let eye = Color32::from_rgb(0x2b, 0x22, 0x1c);
    p.circle_filled(at(-12.0, 76.0), 2.8 * s, eye);
    p.circle_filled(at(12.0, 76.0), 2.8 * s, eye);
    p.line_segment(
        [at(-18.0, 68.0), at(-7.0, 67.0)],
        Stroke::new(1.5 * s, hair),
    );
    p.line_segment([at(7.0, 67.0), at(18.0, 68.0)], Stroke::new(1.5 * s, hair));
    p.line_segment(
        [at(0.0, 80.0), at(-2.0, 89.0)],
        Stroke::new(1.2 * s, Color32::from_black_alpha(60)),
    );
    p.add(egui::Shape::line(
        vec![at(-8.0, 96.0), at(0.0, 99.0), at(8.0, 96.0)],
        Stroke::new(1.6 * s, Color32::from_rgb(0x9a, 0x4a, 0x40)),
    ));
    if portrait.glasses {
        let st = Stroke::new(1.6 * s, Color32::from_rgb(0x33, 0x33, 0x33));
        p.circle_stroke(at(-12.0, 76.0), 8.0 * s, st);
        p.circle_stroke(at(12.0, 76.0), 8.0 * s, st);
        p.line_segment([at(-4.0, 76.0), at(4.0, 76.0)], st);
    }
}

/// Nón lá (1), cap (2), headscarf (3), or nothing.
fn headwear(f: &Figure, kind: u8) {
    let (p, s) = (&f.p, f.s);
    let at = |x, y| f.at(x, y);
    match kind {
        1 => {
            // Nón lá: a wide straw cone with its ribs and chin strap.
            let straw = Color32::from_rgb(0xe8, 0xd3, 0x9a);
            p.add(egui::Shape::convex_polygon(
                vec![at(0.0, 8.0), at(-62.0, 58.0), at(62.0, 58.0)],
                straw,
                Stroke::new(1.0, Color32::from_rgb(0xb0, 0x96, 0x5a)),
            ));
            for k in [-40.0, -20.0, 20.0, 40.0] {
                p.line_segment(
                    [at(0.0, 8.0), at(k, 58.0)],
                    Stroke::new(0.8, Color32::from_rgb(0xc4, 0xa8, 0x6a)),
                );
            }
            p.line_segment(
                [at(-28.0, 58.0), at(-6.0, 108.0)],
                Stroke::new(1.0, Color32::WHITE),
            );
            p.line_segment(
                [at(28.0, 58.0), at(6.0, 108.0)],
                Stroke::new(1.0, Color32::WHITE),
            );
        }
        2 => {
            let cap = Color32::from_rgb(0x2f, 0x5d, 0x3a);
            p.add(egui::Shape::ellipse_filled(
                at(0.0, 48.0),
                vec2(34.0, 16.0) * s,
                cap,
            ));
            p.rect_filled(
                egui::Rect::from_min_max(at(-34.0, 48.0), at(50.0, 56.0)),
                3.0,
                cap,
            );
        }
        3 => {
            let scarf = Color32::from_rgb(0x7a, 0x3b, 0x5e);
            p.add(egui::Shape::ellipse_filled(
                at(0.0, 50.0),
                vec2(38.0, 20.0) * s,
                scarf,
            ));
            p.rect_filled(
                egui::Rect::from_min_max(at(-38.0, 50.0), at(-28.0, 100.0)),
                4.0,
                scarf,
            );
            p.rect_filled(
                egui::Rect::from_min_max(at(28.0, 50.0), at(38.0, 100.0)),
                4.0,
                scarf,
            );
        }
        _ => {}
    }
}
