//! The printed and stamped marks papers share: the national emblem, the national motto and
//! a centred title, the round red seal, a handwritten signature, a water stain.

use egui::{Align2, Color32, FontId, Pos2, Rect, Stroke, pos2, vec2};

use super::super::super::fonts;
use super::look::alpha;

/// The national emblem, simplified: red disc, gold star, gold rim.
pub(super) fn emblem(p: &egui::Painter, c: Pos2, r: f32, red: Color32) {
    let gold = if red == Color32::from_gray(0x70) {
        Color32::from_gray(0xa0)
    } else {
        Color32::from_rgb(0xf2, 0xc1, 0x2e)
    };
    p.circle_filled(c, r, gold);
    p.circle_filled(c, r * 0.82, red);
    star(p, c, r * 0.5, gold);
}

/// A five-pointed star of radius `r` centred on `c`.
pub(super) fn star(p: &egui::Painter, c: Pos2, r: f32, colour: Color32) {
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
pub(super) fn seal(p: &egui::Painter, c: Pos2, r: f32, red: Color32, forged: bool) {
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

/// A handwritten signature `w` wide starting at `at`.
pub(super) fn signature(p: &egui::Painter, at: Pos2, w: f32, pen: Color32) {
    let pts: Vec<Pos2> = (0..24)
        .map(|k| {
            let t = k as f32 / 23.0;
            at + vec2(t * w, (t * 17.0).sin() * 6.0 - t * 4.0)
        })
        .collect();
    p.add(egui::Shape::line(pts, Stroke::new(1.4, pen)));
}

/// A brownish water stain.
pub(super) fn stain(p: &egui::Painter, c: Pos2, r: f32) {
    p.circle_filled(c, r, Color32::from_rgba_unmultiplied(150, 110, 50, 40));
    p.circle_stroke(
        c,
        r,
        Stroke::new(1.0, Color32::from_rgba_unmultiplied(120, 80, 30, 60)),
    );
}

/// The top of the national motto on a paper drawn at zoom `k`: under the band where the
/// form code is printed (see `overlays::copy_marks`).
pub(super) fn motto_top(k: f32) -> f32 {
    14.0 * k
}

/// The national motto centred at the top, then the paper's title below it; returns where
/// the printed words are.
pub(super) fn centred_heading(
    p: &egui::Painter,
    rect: Rect,
    k: f32,
    ink: Color32,
    title: &str,
    title_y: f32,
    size: f32,
) -> Vec<Rect> {
    let mut printed = motto(
        p,
        rect.center().x,
        rect.top() + motto_top(k),
        k,
        ink,
        Align2::CENTER_TOP,
    );
    printed.push(title_text(
        p,
        rect,
        pos2(rect.center().x, rect.top() + title_y * k),
        title,
        size * k,
        ink,
    ));
    printed
}

/// A paper's title, bold, centred at `at`; on a narrow paper a long title is set smaller
/// (down to two thirds) and, if that is not enough, on two centred lines, so that it stays
/// inside the margins. Returns where it is.
pub(super) fn title_text(
    p: &egui::Painter,
    rect: Rect,
    at: Pos2,
    title: &str,
    size: f32,
    ink: Color32,
) -> Rect {
    let room = rect.width() * 0.92;
    let wide = p
        .layout_no_wrap(title.to_owned(), FontId::new(size, fonts::bold()), ink)
        .size()
        .x;
    let size = if wide > room {
        (size * room / wide).max(size * 0.66)
    } else {
        size
    };
    let mut job = egui::text::LayoutJob::simple(
        title.to_owned(),
        FontId::new(size, fonts::bold()),
        ink,
        room,
    );
    job.halign = egui::Align::Center;
    let galley = p.layout_job(job);
    let drawn = galley.rect.translate(at.to_vec2());
    p.galley(at, galley, ink);
    drawn
}

/// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" at (`x`, `y`);
/// returns where the two lines are.
pub(super) fn motto(
    p: &egui::Painter,
    x: f32,
    y: f32,
    k: f32,
    ink: Color32,
    anchor: Align2,
) -> Vec<Rect> {
    vec![
        p.text(
            pos2(x, y),
            anchor,
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            FontId::new(9.5 * k, fonts::bold()),
            ink,
        ),
        p.text(
            pos2(x, y + 13.0 * k),
            anchor,
            "Độc lập - Tự do - Hạnh phúc",
            FontId::new(9.5 * k, fonts::bold()),
            ink,
        ),
    ]
}
