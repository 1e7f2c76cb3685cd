//! The pages after the first of a multi-page paper, in the same layout: the back of an ID
//! card, the numbered clauses of a contract or letter, the yearly tables of a school record
//! or a certificate's annex — and the "Trang n/N" printed at the foot of every page, so a
//! trainee can page through and count pages.

use egui::{Align2, Color32, FontId, Rect, Stroke, pos2, vec2};

use crate::scenario::{CopyForm, Layout};

use super::super::super::fonts;
use super::Sheet;
use super::look::alpha;

/// "Trang n/N" at the foot of the page (`page` 0-based).
pub(super) fn page_number(s: &Sheet<'_>, page: u8, pages: u8) {
    s.p.text(
        pos2(s.rect.center().x, s.rect.bottom() - 6.0 * s.k),
        Align2::CENTER_BOTTOM,
        format!("Trang {}/{pages}", page + 1),
        FontId::new(9.0 * s.k, egui::FontFamily::Proportional),
        s.look.ink,
    );
}

/// Draws continuation page `page` (1-based count of pages after the first); `altered` is
/// true on the page that carries an alteration planted outside the fields, drawn as plainly
/// as `strength` says (1 obvious … a third: subtle). Returns where that alteration sits.
pub(super) fn continuation(
    s: &Sheet<'_>,
    layout: Layout,
    title: &str,
    page: u8,
    altered: Option<f32>,
) -> Option<Rect> {
    match layout {
        Layout::IdCard => {
            card_back(s);
            None
        }
        // A school record's yearly grade tables.
        Layout::Booklet => {
            blank(s);
            heading(s, title);
            tables(s, page, altered)
        }
        // A contract's, a decision's or a form's numbered clauses.
        Layout::Contract | Layout::Letter | Layout::Form | Layout::Notice | Layout::Certificate => {
            blank(s);
            heading(s, title);
            clauses(s, page, altered)
        }
    }
}

fn blank(s: &Sheet<'_>) {
    s.p.rect_filled(s.rect, 2.0, s.look.paper);
}

fn heading(s: &Sheet<'_>, title: &str) {
    s.p.text(
        pos2(s.rect.center().x, s.rect.top() + 22.0 * s.k),
        Align2::CENTER_TOP,
        format!("{title} (tiếp theo)"),
        FontId::new(11.0 * s.k, fonts::bold()),
        s.look.ink,
    );
}

/// The back of a chip ID card: fingerprint boxes, the issuing authority and the
/// machine-readable zone.
fn card_back(s: &Sheet<'_>) {
    let (p, rect, k, l) = (&s.p, s.rect, s.k, &s.look);
    let fill = if s.doc.copy == CopyForm::Photocopy {
        l.paper
    } else {
        Color32::from_rgb(0xdf, 0xee, 0xe8)
    };
    p.rect_filled(rect, 12.0 * k, fill);
    for (n, label) in ["Ngón trỏ trái", "Ngón trỏ phải"].into_iter().enumerate() {
        let r = Rect::from_min_size(
            rect.left_top() + vec2(14.0 + 80.0 * n as f32, 16.0) * k,
            vec2(66.0, 76.0) * k,
        );
        p.rect_stroke(r, 4.0, Stroke::new(1.0, l.ink), egui::StrokeKind::Inside);
        for ring in 1..6 {
            p.circle_stroke(
                r.center(),
                ring as f32 * 4.5 * k,
                Stroke::new(0.8, alpha(l.ink, 0.5)),
            );
        }
        p.text(
            r.center_bottom() + vec2(0.0, 3.0 * k),
            Align2::CENTER_TOP,
            label,
            FontId::new(7.5 * k, egui::FontFamily::Proportional),
            l.ink,
        );
    }
    p.text(
        pos2(rect.right() - 14.0 * k, rect.top() + 20.0 * k),
        Align2::RIGHT_TOP,
        "CỤC TRƯỞNG CỤC CẢNH SÁT\nQUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI",
        FontId::new(8.0 * k, fonts::bold()),
        l.ink,
    );
    let id = s
        .doc
        .fields
        .get("id_number")
        .map_or("000000000000", |v| v.as_str());
    let mrz = [
        format!("IDVNM{}<<<<<<<<<<<<", id.get(3..).unwrap_or(id)),
        "<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<".to_owned(),
    ];
    for (n, line) in mrz.iter().enumerate() {
        p.text(
            pos2(
                rect.left() + 14.0 * k,
                rect.bottom() - (40.0 - 14.0 * n as f32) * k,
            ),
            Align2::LEFT_TOP,
            line,
            FontId::monospace(10.0 * k),
            l.ink,
        );
    }
}

/// Numbered clauses: "Điều n." and lines of print; on an altered page, one clause carries
/// an amount written over.
fn clauses(s: &Sheet<'_>, page: u8, altered: Option<f32>) -> Option<Rect> {
    let (p, rect, k, l) = (&s.p, s.rect, s.k, &s.look);
    let mut y = rect.top() + 48.0 * k;
    let mut clause = u32::from(page) * 3 + 1;
    let mut spot = None;
    if let Some(strength) = altered {
        let at = pos2(rect.left() + 18.0 * k, y);
        let font = FontId::new(11.0 * k, egui::FontFamily::Proportional);
        let label = "Số tiền: ";
        let w = p
            .layout_no_wrap(label.to_owned(), font.clone(), l.ink)
            .size()
            .x;
        p.text(at, Align2::LEFT_TOP, label, font.clone(), l.ink);
        let value_at = at + vec2(w, 0.0);
        super::fields::overwrite(s, "2.500.000 đồng", &font, l.pen, value_at, strength);
        spot = Some(Rect::from_min_size(
            value_at - vec2(2.0, 1.0),
            vec2(110.0 * k, 16.0 * k),
        ));
        y += 24.0 * k;
    }
    while y < rect.bottom() - 60.0 * k {
        p.text(
            pos2(rect.left() + 18.0 * k, y),
            Align2::LEFT_TOP,
            format!("Điều {clause}."),
            FontId::new(10.5 * k, fonts::bold()),
            l.ink,
        );
        y += 16.0 * k;
        for n in 0..3 {
            let w = rect.width() - (36.0 + 40.0 * ((n + clause) % 3) as f32) * k;
            p.rect_filled(
                Rect::from_min_size(pos2(rect.left() + 18.0 * k, y), vec2(w, 3.0 * k)),
                1.0,
                alpha(l.ink, 0.35),
            );
            y += 10.0 * k;
        }
        y += 8.0 * k;
        clause += 1;
    }
    spot
}

/// A table per school year: a header row and grade rows; on an altered page, one grade is
/// written over in another ink.
fn tables(s: &Sheet<'_>, page: u8, altered: Option<f32>) -> Option<Rect> {
    let (p, rect, k, l) = (&s.p, s.rect, s.k, &s.look);
    let year = 2014 + u32::from(page);
    p.text(
        pos2(rect.left() + 18.0 * k, rect.top() + 46.0 * k),
        Align2::LEFT_TOP,
        format!("Năm học {year} - {}", year + 1),
        FontId::new(10.5 * k, fonts::bold()),
        l.ink,
    );
    let table = Rect::from_min_max(
        pos2(rect.left() + 18.0 * k, rect.top() + 64.0 * k),
        pos2(rect.right() - 18.0 * k, rect.bottom() - 40.0 * k),
    );
    let rows = ((table.height() / (16.0 * k)) as usize).max(2);
    let h = table.height() / rows as f32;
    let line = Stroke::new(0.8, alpha(l.ink, 0.7));
    p.rect_stroke(table, 0.0, line, egui::StrokeKind::Inside);
    for r in 1..rows {
        let y = table.top() + h * r as f32;
        p.line_segment([pos2(table.left(), y), pos2(table.right(), y)], line);
    }
    let split = table.left() + table.width() * 0.55;
    p.line_segment(
        [pos2(split, table.top()), pos2(split, table.bottom())],
        line,
    );
    let mut spot = None;
    let altered_row = 1 + usize::from(page) % (rows - 1).max(1);
    for r in 1..rows {
        let y = table.top() + h * (r as f32 + 0.5);
        let grade = format!(
            "{},{}",
            5 + (r * 7 + usize::from(page) * 3) % 5,
            (r * 3) % 10
        );
        p.rect_filled(
            Rect::from_min_size(
                pos2(table.left() + 6.0 * k, y - 1.5 * k),
                vec2(table.width() * 0.3, 3.0 * k),
            ),
            1.0,
            alpha(l.ink, 0.35),
        );
        let font = FontId::new(10.0 * k, egui::FontFamily::Proportional);
        match altered.filter(|_| r == altered_row) {
            Some(strength) => {
                let at = pos2(split + 12.0 * k, y - 6.0 * k);
                super::fields::overwrite(s, &grade, &font, l.pen, at, strength);
                spot = Some(Rect::from_min_size(
                    at - vec2(3.0, 2.0),
                    vec2(40.0 * k, 14.0 * k),
                ));
            }
            None => {
                p.text(
                    pos2(split + 12.0 * k, y),
                    Align2::LEFT_CENTER,
                    grade,
                    font,
                    l.pen,
                );
            }
        }
    }
    spot
}
