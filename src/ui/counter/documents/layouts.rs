//! One function per paper layout ([`Layout`]): the paper itself and its printed heading —
//! the chip ID card with its emblem, photo and chip; the certificate and the pink booklet
//! with their red border and emblem; the hospital or agency notice with its issuer; the
//! declaration form and the contract; the letter. Also the room each layout leaves above
//! and below its fields.

use egui::{Align2, Color32, FontId, Rect, Stroke, pos2, vec2};

use crate::scenario::{CopyForm, Layout};

use super::super::super::{fonts, style};
use super::super::face::Face;
use super::super::portrait::{PhotoStyle, draw_face};
use super::Sheet;
use super::emblems::{centred_heading, emblem, motto, motto_top, title_text};
use super::look::alpha;

/// Heights above the first field (heading) and below the last one (signature and seal).
pub(super) fn margins(layout: Layout, k: f32) -> (f32, f32) {
    match layout {
        Layout::IdCard => (70.0 * k, 8.0 * k),
        Layout::Form | Layout::Contract => (86.0 * k, 80.0 * k),
        Layout::Notice => (92.0 * k, 90.0 * k),
        Layout::Certificate | Layout::Booklet => (110.0 * k, 95.0 * k),
        Layout::Letter => (70.0 * k, 70.0 * k),
    }
}

/// True for papers a citizen fills in by hand (blue ballpoint on dotted lines).
pub(super) fn handwritten(layout: Layout) -> bool {
    matches!(layout, Layout::Form | Layout::Contract | Layout::Letter)
}

/// Where the field labels start on a paper of `layout` drawn in `rect`.
pub(super) fn label_x(layout: Layout, rect: Rect, k: f32) -> f32 {
    match layout {
        Layout::IdCard => photo_rect(rect, k).right() + 10.0 * k,
        Layout::Certificate | Layout::Booklet => rect.left() + 22.0 * k,
        Layout::Notice | Layout::Form | Layout::Contract | Layout::Letter => rect.left() + 14.0 * k,
    }
}

/// The photo on an identity card drawn in `rect`.
pub(super) fn photo_rect(rect: Rect, k: f32) -> Rect {
    Rect::from_min_size(rect.left_top() + vec2(12.0, 66.0) * k, vec2(66.0, 86.0) * k)
}

/// Draws the paper and its heading (a card with `photo` on it); returns where the printed
/// words of the heading are (they never overlap: see the tests of `documents`).
pub(super) fn paper_and_heading(
    s: &Sheet<'_>,
    layout: Layout,
    title: &str,
    issuer: &str,
    photo: Option<&Face>,
) -> Vec<Rect> {
    match layout {
        Layout::IdCard => id_card(s, title, photo),
        Layout::Certificate => certificate(s, title, s.look.paper),
        Layout::Booklet => booklet(s, title),
        Layout::Notice => notice(s, title, issuer),
        // A contract is printed like a declaration form.
        Layout::Form | Layout::Contract => form(s, title),
        Layout::Letter => letter(s, title),
    }
}

/// The chip ID card: pale green guilloche, emblem, motto, red title, photo and chip.
fn id_card(s: &Sheet<'_>, title: &str, face: Option<&Face>) -> Vec<Rect> {
    let (p, rect, k, l) = (&s.p, s.rect, s.k, &s.look);
    let photocopy = s.doc.copy == CopyForm::Photocopy;
    p.rect_filled(
        rect,
        12.0 * k,
        if photocopy {
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
    emblem(p, rect.left_top() + vec2(34.0, 34.0) * k, 22.0 * k, l.red);
    let mut printed = motto(
        p,
        rect.center().x + 20.0 * k,
        rect.top() + motto_top(k),
        k,
        l.ink,
        Align2::CENTER_TOP,
    );
    printed.push(title_text(
        p,
        rect,
        pos2(rect.center().x + 20.0 * k, rect.top() + 43.0 * k),
        title,
        15.0 * k,
        if photocopy { l.ink } else { style::SEAL_RED },
    ));
    photo_and_chip(s, photo_rect(rect, k), face);
    printed
}

/// The holder's photo (the face the card was issued to, or a blank where none is known)
/// and, under it, the gold chip.
fn photo_and_chip(s: &Sheet<'_>, photo: Rect, face: Option<&Face>) {
    let (p, k) = (&s.p, s.k);
    let grey = s.doc.copy == CopyForm::Photocopy;
    match face {
        Some(face) => {
            let mut style = PhotoStyle::card();
            style.grey = grey;
            style.strength = s.look.fade.max(0.35);
            draw_face(p, photo, face, style);
        }
        None => {
            p.rect_filled(photo, 3.0, Color32::from_rgb(0xc8, 0xd2, 0xdc));
        }
    }
    let chip = Rect::from_min_size(
        photo.left_bottom() + vec2(10.0, 10.0) * k,
        vec2(40.0, 30.0) * k,
    );
    let gold = if s.doc.copy == CopyForm::Photocopy {
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
}

/// A certificate on `paper`: double red border, emblem, motto and red title.
fn certificate(s: &Sheet<'_>, title: &str, paper: Color32) -> Vec<Rect> {
    let (p, rect, k, l) = (&s.p, s.rect, s.k, &s.look);
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
        p,
        pos2(rect.center().x, rect.top() + 30.0 * k),
        16.0 * k,
        l.red,
    );
    let mut printed = motto(
        p,
        rect.center().x,
        rect.top() + 50.0 * k,
        k,
        l.ink,
        Align2::CENTER_TOP,
    );
    printed.push(title_text(
        p,
        rect,
        pos2(rect.center().x, rect.top() + 82.0 * k),
        title,
        15.0 * k,
        l.red,
    ));
    printed
}

/// A bound certificate (sổ đỏ): a certificate on pink paper, grey when photocopied.
fn booklet(s: &Sheet<'_>, title: &str) -> Vec<Rect> {
    let paper = if s.doc.copy == CopyForm::Photocopy {
        s.look.paper
    } else {
        Color32::from_rgb(0xfb, 0xec, 0xec)
    };
    certificate(s, title, paper)
}

/// A notice: the issuer top left (on as many lines as the room beside the motto needs),
/// the motto top right, the title centred under both.
fn notice(s: &Sheet<'_>, title: &str, issuer: &str) -> Vec<Rect> {
    let (p, rect, k, l) = (&s.p, s.rect, s.k, &s.look);
    p.rect_filled(rect, 2.0, l.paper);
    let top = rect.top() + motto_top(k);
    let mut printed = motto(p, rect.right() - 12.0 * k, top, k, l.ink, Align2::RIGHT_TOP);
    let motto_left = printed
        .iter()
        .map(|r| r.left())
        .fold(rect.right(), f32::min);
    let room = (motto_left - 12.0 * k - (rect.left() + 12.0 * k)).max(60.0 * k);
    let issuer = p.layout(
        issuer.to_owned(),
        FontId::new(9.5 * k, fonts::bold()),
        l.ink,
        room,
    );
    let at = pos2(rect.left() + 12.0 * k, top);
    let issuer_rect = Rect::from_min_size(at, issuer.size());
    p.galley(at, issuer, l.ink);
    printed.push(issuer_rect);
    let below = printed.iter().map(|r| r.bottom()).fold(top, f32::max);
    let title_y = (rect.top() + 50.0 * k).max(below + 4.0 * k);
    printed.push(title_text(
        p,
        rect,
        pos2(rect.center().x, title_y),
        title,
        16.0 * k,
        l.ink,
    ));
    printed
}

/// A declaration form: the motto and the title centred.
fn form(s: &Sheet<'_>, title: &str) -> Vec<Rect> {
    s.p.rect_filled(s.rect, 2.0, s.look.paper);
    centred_heading(&s.p, s.rect, s.k, s.look.ink, title, 46.0, 15.0)
}

/// A letter: like a form, with a slightly smaller title set higher.
fn letter(s: &Sheet<'_>, title: &str) -> Vec<Rect> {
    s.p.rect_filled(s.rect, 2.0, s.look.paper);
    centred_heading(&s.p, s.rect, s.k, s.look.ink, title, 44.0, 14.0)
}
