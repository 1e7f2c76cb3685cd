//! A person drawn from their [`Face`]: outline, skin tone, hair style and colour (greying
//! with age), eyes, brows, nose, mouth, lines of age, a mole or scar, glasses, moustache,
//! shirt — and at the counter their headwear (nón lá, cap, headscarf). The same drawing
//! serves the citizen at the counter ([`portrait_ui`]) and the photo on an ID card
//! ([`draw_face`] with [`PhotoStyle::card`]), so a trainee can compare them.

use egui::{Color32, Pos2, Rect, Stroke, Vec2, pos2, vec2};

use super::face::{Face, FaceShape, HairStyle, MarkKind};

const SKIN: [Color32; 5] = [
    Color32::from_rgb(0xf3, 0xd2, 0xb3),
    Color32::from_rgb(0xe6, 0xbc, 0x98),
    Color32::from_rgb(0xd1, 0xa0, 0x7a),
    Color32::from_rgb(0xb0, 0x7e, 0x5a),
    Color32::from_rgb(0x8a, 0x5e, 0x3e),
];

/// How a face is drawn: at the counter (with headwear) or as an ID photo, in colour or in a
/// photocopier's grey, at full strength or faded.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PhotoStyle {
    /// Draw the headwear (never on an ID photo).
    pub headwear: bool,
    /// Grey, as on a photocopy.
    pub grey: bool,
    /// Opacity of the drawing, 0 to 1 (faded papers).
    pub strength: f32,
    /// Background colour.
    pub background: Color32,
}

impl PhotoStyle {
    /// The citizen at the counter.
    pub fn counter() -> PhotoStyle {
        PhotoStyle {
            headwear: true,
            grey: false,
            strength: 1.0,
            background: Color32::from_rgb(0xdc, 0xe6, 0xee),
        }
    }

    /// The photo on an ID card: no headwear, the plain pale blue of an ID photo.
    pub fn card() -> PhotoStyle {
        PhotoStyle {
            headwear: false,
            grey: false,
            strength: 1.0,
            background: Color32::from_rgb(0xc8, 0xd8, 0xe8),
        }
    }
}

/// A portrait being drawn: positions are given on a 170-unit-high grid centred on `rect`.
struct Figure<'a> {
    p: &'a egui::Painter,
    rect: Rect,
    s: f32,
    style: PhotoStyle,
}

impl Figure<'_> {
    /// The point `x` units right of the centre line and `y` units below the top.
    fn at(&self, x: f32, y: f32) -> Pos2 {
        pos2(
            self.rect.center().x + x * self.s,
            self.rect.top() + y * self.s,
        )
    }

    /// `c` as this style shows it (grey, faded).
    fn c(&self, c: Color32) -> Color32 {
        let c = if self.style.grey {
            let [r, g, b, a] = c.to_array();
            let y = (0.3 * f32::from(r) + 0.59 * f32::from(g) + 0.11 * f32::from(b)) as u8;
            Color32::from_rgba_premultiplied(y, y, y, a)
        } else {
            c
        };
        c.gamma_multiply(self.style.strength)
    }
}

fn rgb(c: [u8; 3]) -> Color32 {
    Color32::from_rgb(c[0], c[1], c[2])
}

fn lerp(a: Color32, b: Color32, t: f32) -> Color32 {
    let m = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t) as u8;
    Color32::from_rgb(m(a.r(), b.r()), m(a.g(), b.g()), m(a.b(), b.b()))
}

/// Draws the citizen at the counter from their face.
pub fn portrait_ui(ui: &mut egui::Ui, face: &Face, size: Vec2, label: &str) {
    let (rect, resp) = ui.allocate_exact_size(size, egui::Sense::hover());
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, label));
    draw_face(&ui.painter_at(rect), rect, face, PhotoStyle::counter());
}

/// Draws `face` filling `rect` in the given style.
pub fn draw_face(p: &egui::Painter, rect: Rect, face: &Face, style: PhotoStyle) {
    let f = Figure {
        p,
        rect,
        s: rect.height() / 170.0,
        style,
    };
    p.rect_filled(rect, 4.0 * f.s, f.c(style.background));
    let hair = lerp(
        rgb(face.hair_colour),
        Color32::from_rgb(0x9a, 0x98, 0x94),
        face.greyness(),
    );
    body(&f, face, hair);
    features(&f, face, hair);
    if style.headwear {
        headwear(&f, face.headwear);
    }
}

/// Half width and half height of the head, by outline.
fn head_radii(shape: FaceShape) -> (f32, f32) {
    match shape {
        FaceShape::Oval => (31.0, 38.0),
        FaceShape::Round => (36.0, 36.0),
        FaceShape::Long => (27.0, 42.0),
        FaceShape::Square => (34.0, 37.0),
    }
}

/// Shirt and shoulders, neck, head and hair.
fn body(f: &Figure<'_>, face: &Face, hair: Color32) {
    let (p, s) = (f.p, f.s);
    let at = |x, y| f.at(x, y);
    let skin = f.c(SKIN[usize::from(face.skin.min(4))]);
    let shirt = f.c(rgb(face.shirt));
    let hair = f.c(hair);
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
    p.rect_filled(
        Rect::from_min_max(at(-10.0, 100.0), at(10.0, 128.0)),
        2.0,
        skin,
    );
    let (rx, ry) = head_radii(face.shape);
    // Hair behind the head.
    match face.hair {
        HairStyle::Long => {
            p.rect_filled(
                Rect::from_min_max(at(-rx - 5.0, 60.0), at(rx + 5.0, 138.0)),
                14.0 * s,
                hair,
            );
        }
        HairStyle::Bob => {
            p.rect_filled(
                Rect::from_min_max(at(-rx - 5.0, 50.0), at(rx + 5.0, 104.0)),
                12.0 * s,
                hair,
            );
        }
        _ => {}
    }
    // Head.
    if face.shape == FaceShape::Square {
        p.rect_filled(
            Rect::from_center_size(at(0.0, 77.0), vec2(rx * 2.0, ry * 2.0) * s),
            14.0 * s,
            skin,
        );
    } else {
        p.add(egui::Shape::ellipse_filled(
            at(0.0, 77.0),
            vec2(rx, ry) * s,
            skin,
        ));
    }
    // Hair on top.
    let top = 77.0 - ry;
    match face.hair {
        HairStyle::Bald => {
            p.add(egui::Shape::ellipse_filled(
                at(-rx + 2.0, 72.0),
                vec2(4.0, 9.0) * s,
                hair,
            ));
            p.add(egui::Shape::ellipse_filled(
                at(rx - 2.0, 72.0),
                vec2(4.0, 9.0) * s,
                hair,
            ));
        }
        HairStyle::Bun => {
            p.add(egui::Shape::ellipse_filled(
                at(0.0, top + 12.0),
                vec2(rx + 1.0, 15.0) * s,
                hair,
            ));
            p.circle_filled(at(0.0, top - 6.0), 13.0 * s, hair);
        }
        HairStyle::Crop => {
            p.add(egui::Shape::ellipse_filled(
                at(0.0, top + 8.0),
                vec2(rx + 1.0, 10.0) * s,
                hair,
            ));
            p.rect_filled(
                Rect::from_min_max(at(-rx + 4.0, top + 6.0), at(rx - 4.0, top + 16.0)),
                0.0,
                hair,
            );
        }
        HairStyle::Side => {
            p.add(egui::Shape::ellipse_filled(
                at(0.0, top + 10.0),
                vec2(rx + 2.0, 15.0) * s,
                hair,
            ));
            p.add(egui::Shape::convex_polygon(
                vec![
                    at(-rx, top + 12.0),
                    at(8.0, top + 4.0),
                    at(-rx + 6.0, top + 28.0),
                ],
                hair,
                Stroke::NONE,
            ));
        }
        HairStyle::Short | HairStyle::Long | HairStyle::Bob => {
            p.add(egui::Shape::ellipse_filled(
                at(0.0, top + 12.0),
                vec2(rx + 2.0, 17.0) * s,
                hair,
            ));
        }
    }
}

/// Eyes, brows, nose, mouth, lines, mark, moustache and glasses.
fn features(f: &Figure<'_>, face: &Face, hair: Color32) {
    let (p, s) = (f.p, f.s);
    let at = |x, y| f.at(x, y);
    let g = face.eye_gap;
    let eye = f.c(Color32::from_rgb(0x2b, 0x22, 0x1c));
    let brow = f.c(lerp(hair, Color32::from_rgb(0x30, 0x28, 0x22), 0.5));
    let shade = f.c(Color32::from_black_alpha(70));
    p.circle_filled(at(-g, 78.0), 2.8 * s, eye);
    p.circle_filled(at(g, 78.0), 2.8 * s, eye);
    let t = face.brow_tilt;
    p.line_segment(
        [at(-g - 6.0, 70.0 - t), at(-g + 5.0, 69.0)],
        Stroke::new(1.8 * s, brow),
    );
    p.line_segment(
        [at(g - 5.0, 69.0), at(g + 6.0, 70.0 - t)],
        Stroke::new(1.8 * s, brow),
    );
    p.line_segment(
        [at(0.0, 80.0), at(-2.0, 80.0 + face.nose)],
        Stroke::new(1.2 * s, shade),
    );
    let mouth_y = 97.0 + face.nose * 0.3;
    p.add(egui::Shape::line(
        vec![
            at(-face.mouth, mouth_y),
            at(0.0, mouth_y + 3.0),
            at(face.mouth, mouth_y),
        ],
        Stroke::new(1.6 * s, f.c(Color32::from_rgb(0x9a, 0x4a, 0x40))),
    ));
    if face.moustache {
        p.add(egui::Shape::line(
            vec![
                at(-face.mouth - 1.0, mouth_y - 3.0),
                at(0.0, mouth_y - 6.0),
                at(face.mouth + 1.0, mouth_y - 3.0),
            ],
            Stroke::new(2.6 * s, f.c(hair)),
        ));
    }
    // Lines of age: on the forehead, then beside the mouth, then under the eyes.
    let line = Stroke::new(1.0 * s, f.c(Color32::from_black_alpha(60)));
    let n = face.lines();
    if n >= 1 {
        p.line_segment([at(-12.0, 58.0), at(12.0, 58.0)], line);
    }
    if n >= 2 {
        p.line_segment(
            [at(-face.mouth - 4.0, 88.0), at(-face.mouth - 6.0, 98.0)],
            line,
        );
        p.line_segment(
            [at(face.mouth + 4.0, 88.0), at(face.mouth + 6.0, 98.0)],
            line,
        );
    }
    if n >= 3 {
        p.line_segment([at(-g - 4.0, 84.0), at(-g + 4.0, 84.0)], line);
        p.line_segment([at(g - 4.0, 84.0), at(g + 4.0, 84.0)], line);
        p.line_segment([at(-12.0, 63.0), at(12.0, 63.0)], line);
    }
    if let Some(m) = face.mark {
        match m.kind {
            MarkKind::Mole => {
                p.circle_filled(
                    at(m.x, m.y),
                    1.9 * s,
                    f.c(Color32::from_rgb(0x4a, 0x30, 0x22)),
                );
            }
            MarkKind::Scar => {
                p.line_segment(
                    [at(m.x - 4.0, m.y - 5.0), at(m.x + 3.0, m.y + 4.0)],
                    Stroke::new(1.4 * s, f.c(Color32::from_rgb(0xc0, 0x70, 0x66))),
                );
            }
        }
    }
    if face.glasses {
        let st = Stroke::new(1.6 * s, f.c(Color32::from_rgb(0x33, 0x33, 0x33)));
        p.circle_stroke(at(-g, 78.0), 7.5 * s, st);
        p.circle_stroke(at(g, 78.0), 7.5 * s, st);
        p.line_segment([at(-g + 7.5, 78.0), at(g - 7.5, 78.0)], st);
    }
}

/// Nón lá (1), cap (2), headscarf (3), or nothing.
fn headwear(f: &Figure<'_>, kind: u8) {
    let (p, s) = (f.p, f.s);
    let at = |x, y| f.at(x, y);
    match kind {
        1 => {
            // Nón lá: a wide straw cone with its ribs and chin strap.
            let straw = f.c(Color32::from_rgb(0xe8, 0xd3, 0x9a));
            p.add(egui::Shape::convex_polygon(
                vec![at(0.0, 8.0), at(-62.0, 58.0), at(62.0, 58.0)],
                straw,
                Stroke::new(1.0, f.c(Color32::from_rgb(0xb0, 0x96, 0x5a))),
            ));
            for k in [-40.0, -20.0, 20.0, 40.0] {
                p.line_segment(
                    [at(0.0, 8.0), at(k, 58.0)],
                    Stroke::new(0.8, f.c(Color32::from_rgb(0xc4, 0xa8, 0x6a))),
                );
            }
            p.line_segment(
                [at(-28.0, 58.0), at(-6.0, 112.0)],
                Stroke::new(1.0, f.c(Color32::WHITE)),
            );
            p.line_segment(
                [at(28.0, 58.0), at(6.0, 112.0)],
                Stroke::new(1.0, f.c(Color32::WHITE)),
            );
        }
        2 => {
            let cap = f.c(Color32::from_rgb(0x2f, 0x5d, 0x3a));
            p.add(egui::Shape::ellipse_filled(
                at(0.0, 48.0),
                vec2(36.0, 16.0) * s,
                cap,
            ));
            p.rect_filled(
                Rect::from_min_max(at(-36.0, 48.0), at(52.0, 56.0)),
                3.0,
                cap,
            );
        }
        3 => {
            let scarf = f.c(Color32::from_rgb(0x7a, 0x3b, 0x5e));
            p.add(egui::Shape::ellipse_filled(
                at(0.0, 50.0),
                vec2(40.0, 20.0) * s,
                scarf,
            ));
            p.rect_filled(
                Rect::from_min_max(at(-40.0, 50.0), at(-29.0, 102.0)),
                4.0,
                scarf,
            );
            p.rect_filled(
                Rect::from_min_max(at(29.0, 50.0), at(40.0, 102.0)),
                4.0,
                scarf,
            );
        }
        _ => {}
    }
}
