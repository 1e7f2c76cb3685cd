//! Defects are seen, not told: every planted defect changes the drawn paper inside the area
//! where a trainee must point to flag it, and a card's photo shows its holder — or, when the
//! card is someone else's, clearly someone else.
//!
//! Rendered by wgpu on Mesa lavapipe like `ui_snapshots.rs`; without lavapipe the tests print
//! a notice and pass, except under `CI` where a missing renderer fails them.
//!
//! Metric for papers: a pixel "changed" when one of its channels differs by more than 16 of
//! 255 between the paper with and without the defect. lavapipe is deterministic (the same
//! paper drawn twice gives 0 changed pixels, checked below), so every changed pixel comes
//! from the drawing. The thresholds ([`min_changed`]): a changed value must change at least
//! a diacritic's worth of ink (the smallest difference rule 7 asks a clerk to see); a seal,
//! signature, photo or whole-paper defect must change at least 2% of its area.
#![cfg(feature = "gui")]

mod ui_support;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use egui::{Rect, vec2};
use egui_kittest::Harness;
use motcua::scenario::load::read_ron;
use motcua::scenario::{
    CopyForm, DefectKind, Document, DocumentKind, Legibility, PaperArea, Persona, PlantedDefect,
    Portrait, Sex,
};
use motcua::text::Lang;
use motcua::ui::counter::documents::{
    LookMode, MarkTone, PaperGeometry, PaperMark, PaperView, paper_ui, photo_for,
};
use motcua::ui::counter::face::{Face, persona_face};
use motcua::ui::counter::portrait::{PhotoStyle, draw_face};
use ui_support::{lavapipe, pack_root};

fn kind(id: &str) -> DocumentKind {
    read_ron(
        &pack_root()
            .join("shared/documents")
            .join(format!("{id}.ron")),
    )
    .unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const TODAY: (i32, u32, u32) = (2026, 11, 30);

fn today() -> NaiveDate {
    date(TODAY.0, TODAY.1, TODAY.2)
}

fn holder() -> Persona {
    persona(
        "Nguyễn Thị Lan",
        Sex::Female,
        date(1985, 3, 14),
        Portrait::default(),
    )
}

fn persona(name: &str, sex: Sex, birth_date: NaiveDate, portrait: Portrait) -> Persona {
    Persona {
        id: name.to_owned(),
        name: name.to_owned(),
        sex,
        birth_date,
        id_number: "001185012345".into(),
        ethnicity: "Kinh".into(),
        address: "Hà Nội".into(),
        vietnamese: motcua::scenario::Level::High,
        digital_literacy: motcua::scenario::Level::Medium,
        smartphone: true,
        vneid: motcua::scenario::VneidLevel::Level2,
        patience_minutes: 30,
        low_vision: false,
        description: Default::default(),
        portrait,
    }
}

fn paper(kind: &str, fields: &[(&str, &str)]) -> Document {
    Document {
        role: Some("applicant".into()),
        ..Document::new(&format!("d-{kind}"), kind, fields)
    }
}

fn id_card() -> Document {
    paper(
        "citizen-id-card",
        &[
            ("id_number", "001185012345"),
            ("full_name", "Nguyễn Thị Lan"),
            ("birth_date", "1985-03-14"),
            ("sex", "Nữ"),
            ("nationality", "Việt Nam"),
            ("residence", "Phường Ba Đình, Hà Nội"),
            ("birth_place", "Hà Nội"),
            ("issue_date", "2021-06-01"),
            ("expiry", "2045-03-14"),
        ],
    )
}

fn form() -> Document {
    let mut d = paper(
        "birth-registration-form",
        &[
            ("applicant.full_name", "Nguyễn Thị Lan"),
            ("applicant.id_number", "001185012345"),
            ("applicant.relationship", "Mẹ"),
            ("child.full_name", "Trần Minh An"),
            ("child.birth_date", "2026-11-02"),
            ("child.sex", "Nam"),
            ("child.ethnicity", "Kinh"),
            ("child.birth_place", "Hà Nội"),
            ("mother.full_name", "Nguyễn Thị Lan"),
            ("father.full_name", "Trần Văn Hùng"),
        ],
    );
    d.form_version = Some("TT 04/2020/TT-BTP".into());
    d
}

fn notice() -> Document {
    paper(
        "birth-notice",
        &[
            ("mother.full_name", "Nguyễn Thị Lan"),
            ("mother.birth_date", "1985-03-14"),
            ("mother.id_number", "001185012345"),
            ("child.birth_date", "2026-11-02"),
            ("child.sex", "Nam"),
            ("child.weight", "3,1 kg"),
            ("child.birth_place", "Bệnh viện Phụ sản Hà Nội"),
        ],
    )
}

fn planted(doc: &mut Document, kind: DefectKind, field: Option<&str>) {
    doc.defects.push(PlantedDefect {
        kind,
        field: field.map(str::to_owned),
        note: None,
        page: None,
    });
}

/// A paper of a suitable kind without and with `defect`, and the field concerned.
fn pair(defect: DefectKind) -> (Document, Document, Option<&'static str>) {
    let (clean, field) = match defect {
        DefectKind::Expired
        | DefectKind::InvalidIdNumber
        | DefectKind::NameMismatch
        | DefectKind::DateMismatch
        | DefectKind::FieldMismatch
        | DefectKind::BelongsToOtherPerson
        | DefectKind::MissingField => {
            let field = match defect {
                DefectKind::Expired => Some("expiry"),
                DefectKind::InvalidIdNumber => Some("id_number"),
                DefectKind::NameMismatch | DefectKind::MissingField => Some("full_name"),
                DefectKind::DateMismatch => Some("birth_date"),
                DefectKind::FieldMismatch => Some("residence"),
                _ => None,
            };
            (id_card(), field)
        }
        DefectKind::MissingStamp | DefectKind::Forged | DefectKind::Illegible => (notice(), None),
        DefectKind::Altered => (form(), Some("child.birth_date")),
        _ => (form(), None),
    };
    let mut bad = clean.clone();
    let mut set = |k: &str, v: &str| {
        bad.fields.insert(k.to_owned(), v.to_owned());
    };
    match defect {
        // Data defects: the data itself differs.
        DefectKind::Expired => set("expiry", "2025-03-14"),
        DefectKind::InvalidIdNumber => set("id_number", "001985012345"),
        DefectKind::NameMismatch => set("full_name", "Nguyễn Thi Lan"),
        DefectKind::DateMismatch => set("birth_date", "1985-08-14"),
        DefectKind::FieldMismatch => set("residence", "Phường Hoàn Kiếm, Hà Nội"),
        DefectKind::MissingField => {
            bad.fields.remove("full_name");
        }
        // Physical defects.
        DefectKind::MissingSignature => bad.signed = false,
        DefectKind::MissingStamp => bad.stamped = false,
        DefectKind::WrongFormVersion => bad.form_version = Some("TT 15/2015/TT-BTP".into()),
        DefectKind::PhotocopyOnly => bad.copy = CopyForm::Photocopy,
        DefectKind::Illegible => bad.legibility = Legibility::Unreadable,
        DefectKind::BelongsToOtherPerson | DefectKind::Forged | DefectKind::Altered => {}
    }
    if defect != DefectKind::MissingField {
        planted(&mut bad, defect, field);
    }
    (clean, bad, field)
}

/// An RGBA image.
struct Pixels {
    w: u32,
    h: u32,
    rgba: Vec<u8>,
}

impl Pixels {
    fn of(h: &mut Harness<'_>) -> Pixels {
        let image = h.render().unwrap();
        Pixels {
            w: image.width(),
            h: image.height(),
            rgba: image.into_raw(),
        }
    }

    fn at(&self, x: u32, y: u32) -> &[u8] {
        let i = ((y * self.w + x) * 4) as usize;
        &self.rgba[i..i + 4]
    }

    fn crop(&self, x0: u32, y0: u32, w: u32, h: u32) -> Pixels {
        let mut rgba = Vec::with_capacity((w * h * 4) as usize);
        for y in y0..(y0 + h).min(self.h) {
            for x in x0..(x0 + w).min(self.w) {
                rgba.extend_from_slice(self.at(x, y));
            }
        }
        Pixels { w, h, rgba }
    }
}

/// Draws `view` 560 points wide; returns the image and the paper's geometry.
fn render(view: PaperView<'_>) -> Option<(Pixels, PaperGeometry, f32)> {
    let r = lavapipe()?;
    let mut geometry = None;
    let mut h = Harness::builder()
        .with_size(vec2(620.0, 760.0))
        .with_context_setup(motcua::ui::setup_context)
        .renderer(r)
        .build_ui(|ui| {
            geometry = Some(paper_ui(ui, &view, 560.0).geometry);
        });
    h.run_ok();
    let ppp = h.ctx.pixels_per_point();
    let image = Pixels::of(&mut h);
    drop(h);
    Some((image, geometry.unwrap(), ppp))
}

/// Pixels inside `area` (points, scaled by `ppp`) where a channel differs by more than 16.
fn changed_inside(a: &Pixels, b: &Pixels, area: Rect, ppp: f32) -> usize {
    let (w, h) = (a.w.min(b.w), a.h.min(b.h));
    let x0 = ((area.left() * ppp).floor().max(0.0) as u32).min(w);
    let x1 = ((area.right() * ppp).ceil().max(0.0) as u32).min(w);
    let y0 = ((area.top() * ppp).floor().max(0.0) as u32).min(h);
    let y1 = ((area.bottom() * ppp).ceil().max(0.0) as u32).min(h);
    let mut n = 0;
    for y in y0..y1 {
        for x in x0..x1 {
            let (p, q) = (a.at(x, y), b.at(x, y));
            if p.iter().zip(q).any(|(u, v)| u.abs_diff(*v) > 16) {
                n += 1;
            }
        }
    }
    n
}

fn view<'a>(doc: &'a Document, kind: &'a DocumentKind, subtlety: u8) -> PaperView<'a> {
    let h = holder();
    let same = BTreeMap::new();
    PaperView {
        zoom: 1.5,
        subtlety,
        photo: photo_for(doc, Some(kind), Some((&h, &same)), today()),
        ..PaperView::new(doc, Some(kind), Lang::Vi)
    }
}

/// The fewest changed pixels that count as visible for `defect` in `area`: a value that
/// differs must change at least a diacritic's worth of ink (a dot under "ị" is 4–8 pixels
/// at zoom 1.5); a seal, signature, photo or whole-paper defect at least 2% of its area.
fn min_changed(defect: DefectKind, area: Rect, ppp: f32) -> usize {
    if defect.area() == PaperArea::Field {
        4
    } else {
        (area.area() * ppp * ppp * 0.02) as usize
    }
}

#[test]
fn every_defect_kind_changes_the_paper_inside_its_area() {
    if lavapipe().is_none() {
        return;
    }
    // The noise floor: the same paper drawn twice is identical.
    let card = id_card();
    let k = kind("citizen-id-card");
    let (a, g, ppp) = render(view(&card, &k, 3)).unwrap();
    let (b, _, _) = render(view(&card, &k, 3)).unwrap();
    assert_eq!(
        changed_inside(&a, &b, g.rect, ppp),
        0,
        "rendering is not stable"
    );
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for defect in DefectKind::ALL {
        for subtlety in [3, 5] {
            if subtlety == 5 && defect != DefectKind::Altered {
                continue;
            }
            let (clean, bad, field) = pair(defect);
            let k = kind(&clean.kind);
            let (a, g, ppp) = render(view(&clean, &k, subtlety)).unwrap();
            let (b, _, _) = render(view(&bad, &k, subtlety)).unwrap();
            let area = g
                .area_rect(defect.area(), field)
                .unwrap_or_else(|| panic!("{defect:?}: no {:?} on the paper", defect.area()));
            let n = changed_inside(&a, &b, area, ppp);
            let min = min_changed(defect, area, ppp);
            report.push(format!(
                "{defect:?} (subtlety {subtlety}): {n} changed pixels in {:?} {:.0}x{:.0} (threshold {min})",
                defect.area(),
                area.width(),
                area.height()
            ));
            if n <= min {
                failures.push(format!(
                    "{defect:?} at subtlety {subtlety} changes only {n} pixels in its area {area:?}"
                ));
            }
        }
    }
    println!("{}", report.join("\n"));
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Mean absolute difference of the channels of two same-sized images, 0–255.
fn mean_abs(a: &Pixels, b: &Pixels) -> f64 {
    let (x, y) = (&a.rgba, &b.rgba);
    let sum: u64 = x
        .iter()
        .zip(y)
        .map(|(u, v)| u64::from(u.abs_diff(*v)))
        .sum();
    sum as f64 / x.len().max(1) as f64
}

const FACE: egui::Vec2 = vec2(66.0, 86.0);

/// Each face drawn as an ID photo in a grid cell; returns one image per face.
fn photos(faces: &[Face]) -> Option<Vec<Pixels>> {
    let r = lavapipe()?;
    let cols = 20usize;
    let rows = faces.len().div_ceil(cols);
    let mut h = Harness::builder()
        .with_size(vec2(FACE.x * cols as f32, FACE.y * rows as f32))
        .renderer(r)
        .build_ui(|ui| {
            let p = ui.painter();
            for (n, face) in faces.iter().enumerate() {
                let at = egui::pos2(FACE.x * (n % cols) as f32, FACE.y * (n / cols) as f32);
                draw_face(p, Rect::from_min_size(at, FACE), face, PhotoStyle::card());
            }
        });
    h.run_ok();
    let ppp = h.ctx.pixels_per_point();
    let image = Pixels::of(&mut h);
    let (w, hgt) = ((FACE.x * ppp) as u32, (FACE.y * ppp) as u32);
    Some(
        (0..faces.len())
            .map(|n| {
                let x = (n % cols) as u32 * w;
                let y = (n / cols) as u32 * hgt;
                image.crop(x, y, w, hgt)
            })
            .collect(),
    )
}

/// 200 people of both sexes born 1946–2008, some with scenario portrait hints.
fn people() -> Vec<Persona> {
    let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "K'"];
    let middle = ["Thị", "Văn", "Minh", "Ngọc", "Đức", "Thu"];
    let given = [
        "Lan", "Hùng", "Mai", "Nam", "Hoa", "Tuấn", "Linh", "Bình", "Yến",
    ];
    (0..200)
        .map(|n| {
            let name = format!(
                "{} {} {} {n}",
                family[n % family.len()],
                middle[(n / 3) % middle.len()],
                given[(n * 7) % given.len()]
            );
            let sex = if n % 2 == 0 { Sex::Female } else { Sex::Male };
            let birth = date(
                1946 + (n as i32 * 13) % 63,
                1 + (n as u32 % 12),
                1 + (n as u32 % 28),
            );
            let hints = if n % 5 == 0 {
                Portrait {
                    skin: (n % 5) as u8,
                    hair: if n % 10 == 0 { 4 } else { 1 },
                    glasses: n % 3 == 0,
                    headwear: 1,
                    shirt: "#5a7d9a".into(),
                }
            } else {
                Portrait::default()
            };
            persona(&name, sex, birth, hints)
        })
        .collect()
}

fn card_of(p: &Persona, issued: NaiveDate, other: bool) -> Document {
    let mut d = id_card();
    d.fields.insert("full_name".into(), p.name.clone());
    d.fields.insert(
        "birth_date".into(),
        p.birth_date.format("%Y-%m-%d").to_string(),
    );
    d.fields.insert("sex".into(), p.sex.printed().to_owned());
    d.fields
        .insert("issue_date".into(), issued.format("%Y-%m-%d").to_string());
    if other {
        planted(&mut d, DefectKind::BelongsToOtherPerson, None);
    }
    d
}

fn stats(v: &[f64]) -> (f64, f64) {
    let min = v.iter().copied().fold(f64::INFINITY, f64::min);
    let max = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    (min, max)
}

/// The threshold on the mean absolute channel difference of two ID photos (0–255): a card
/// whose photo is closer than this to the person at the counter shows that person. Measured
/// (lavapipe, 200 people, cards issued 0–15 years ago): own card 0.0–10.1 (age drift: greying
/// hair, lines), a card planted as another person's 20.1–47.6, a relative's card 17.3–50.4;
/// 15 lies between the own cards' maximum and the others' minimum.
const SAME_FACE: f64 = 15.0;

#[test]
fn a_card_shows_its_holder_and_another_persons_card_shows_someone_else() {
    if lavapipe().is_none() {
        return;
    }
    let people = people();
    let kind = kind("citizen-id-card");
    let same = BTreeMap::new();
    let face_of = |doc: &Document, p: &Persona| {
        photo_for(doc, Some(&kind), Some((p, &same)), today()).unwrap()
    };
    let mut holders = Vec::new();
    let mut own = Vec::new();
    let mut planted_other = Vec::new();
    let mut relatives = Vec::new();
    for (n, p) in people.iter().enumerate() {
        // Cards issued 0 to 15 years ago (a card is renewed at 25, 40 and 60).
        let issued = date(TODAY.0 - (n as i32 % 16), 6, 1).min(today());
        holders.push(persona_face(p, today()));
        own.push(face_of(&card_of(p, issued, false), p));
        planted_other.push(face_of(&card_of(p, issued, true), p));
        // A relative's card: the next person's card brought by this one.
        let next = &people[(n + 1) % people.len()];
        let mut theirs = card_of(next, issued, false);
        theirs.role = Some("mother".into());
        relatives.push(face_of(&theirs, p));
    }
    let [h, o, b, r] = [&holders, &own, &planted_other, &relatives].map(|f| photos(f).unwrap());
    let dist =
        |x: &[Pixels]| -> Vec<f64> { h.iter().zip(x).map(|(a, b)| mean_abs(a, b)).collect() };
    let (own_d, other_d, rel_d) = (dist(&o), dist(&b), dist(&r));
    let (own_min, own_max) = stats(&own_d);
    let (other_min, other_max) = stats(&other_d);
    let (rel_min, rel_max) = stats(&rel_d);
    println!(
        "own card: {own_min:.2}..{own_max:.2}; belongs to another: {other_min:.2}..{other_max:.2}; relative's card: {rel_min:.2}..{rel_max:.2}"
    );
    assert!(
        own_max < SAME_FACE,
        "an own card is {own_max:.2} from its holder"
    );
    assert!(
        other_min > SAME_FACE,
        "a card planted as another person's is only {other_min:.2} from the holder"
    );
    assert!(
        rel_min > SAME_FACE,
        "a relative's card is only {rel_min:.2} from the holder"
    );
}

#[test]
fn held_to_the_light_an_original_seal_is_embossed_and_a_forged_one_is_flat() {
    if lavapipe().is_none() {
        return;
    }
    let genuine = notice();
    let mut forged = notice();
    planted(&mut forged, DefectKind::Forged, None);
    let k = kind("birth-notice");
    let seen = |doc: &Document, look| {
        render(PaperView {
            look,
            ..view(doc, &k, 3)
        })
        .unwrap()
    };
    let (a, g, ppp) = seen(&genuine, LookMode::Plain);
    let (b, _, _) = seen(&forged, LookMode::Plain);
    let (c, _, _) = seen(&genuine, LookMode::AgainstLight);
    let (d, _, _) = seen(&forged, LookMode::AgainstLight);
    let seal = g.seal.unwrap();
    let plain = changed_inside(&a, &b, seal, ppp);
    let light = changed_inside(&c, &d, seal, ppp);
    println!("forged vs genuine seal: {plain} changed pixels plain, {light} against the light");
    assert!(
        light > plain,
        "the light must make a forged seal plainer ({light} vs {plain})"
    );
    // The watermark of an original, in the middle of the sheet; a photocopy has none.
    let mut copy = notice();
    copy.copy = CopyForm::Photocopy;
    let (e, _, _) = seen(&copy, LookMode::Plain);
    let (f, _, _) = seen(&copy, LookMode::AgainstLight);
    let middle = Rect::from_center_size(g.rect.center(), vec2(60.0, 60.0));
    let original_mark = changed_inside(&a, &c, middle, ppp);
    let copy_mark = changed_inside(&e, &f, middle, ppp);
    println!("watermark: original {original_mark}, photocopy {copy_mark} changed pixels");
    assert!(original_mark > copy_mark * 2 + 100);
}

#[test]
fn held_to_the_light_an_altered_value_shows_more_strongly() {
    if lavapipe().is_none() {
        return;
    }
    let clean = form();
    let mut altered = form();
    planted(&mut altered, DefectKind::Altered, Some("child.birth_date"));
    let k = kind("birth-registration-form");
    let seen = |doc: &Document, look| {
        render(PaperView {
            look,
            ..view(doc, &k, 5)
        })
        .unwrap()
    };
    let (a, g, ppp) = seen(&clean, LookMode::Plain);
    let (b, _, _) = seen(&altered, LookMode::Plain);
    let (c, _, _) = seen(&clean, LookMode::AgainstLight);
    let (d, _, _) = seen(&altered, LookMode::AgainstLight);
    let row = g
        .area_rect(PaperArea::Field, Some("child.birth_date"))
        .unwrap();
    let plain = changed_inside(&a, &b, row, ppp);
    let light = changed_inside(&c, &d, row, ppp);
    println!(
        "altered value at subtlety 5: {plain} changed pixels plain, {light} against the light"
    );
    assert!(light > plain);
}

#[test]
fn every_page_of_a_school_record_can_be_shown_and_is_numbered() {
    if lavapipe().is_none() {
        return;
    }
    let k = kind("school-record");
    let mut doc = paper(
        "school-record",
        &[
            ("full_name", "Nguyễn Thị Lan"),
            ("birth_date", "2008-03-14"),
            ("school", "Trường THPT Di Linh"),
            ("school_years", "2023–2026"),
        ],
    );
    doc.pages = 3;
    doc.sticky_notes = 1;
    let v = view(&doc, &k, 3);
    assert_eq!(v.page_count(), 3);
    let pages: Vec<_> = (0..3)
        .map(|page| {
            render(PaperView {
                page,
                ..view(&doc, &k, 3)
            })
            .unwrap()
        })
        .collect();
    let whole = pages[0].1.rect;
    let ppp = pages[0].2;
    // Each page differs from the others.
    for (x, y) in [(0, 1), (1, 2), (0, 2)] {
        let n = changed_inside(&pages[x].0, &pages[y].0, whole, ppp);
        assert!(n > 500, "pages {x} and {y} differ by only {n} pixels");
    }
    // The fields are on the first page only.
    assert!(!pages[0].1.fields.is_empty());
    assert!(pages[1].1.fields.is_empty());
    // The sticky note is on the first page only: the note's corner changes on page 1,
    // not between pages 2 and 3 (the same continuation layout at that spot).
    let note = Rect::from_min_size(whole.right_top() + vec2(-105.0, 30.0), vec2(87.0, 75.0));
    let mut unnoted = doc.clone();
    unnoted.sticky_notes = 0;
    let (plain0, _, _) = render(view(&unnoted, &k, 3)).unwrap();
    assert!(changed_inside(&pages[0].0, &plain0, note, ppp) > 1000);
    let (plain1, _, _) = render(PaperView {
        page: 1,
        ..view(&unnoted, &k, 3)
    })
    .unwrap();
    assert_eq!(changed_inside(&pages[1].0, &plain1, note, ppp), 0);
}

/// An alteration planted in a page's content (no field): the page it is on differs from
/// the same page unaltered, inside the page, at the most subtle setting too; the other pages
/// do not.
#[test]
fn an_alteration_in_a_page_of_content_shows_on_that_page_only() {
    if lavapipe().is_none() {
        return;
    }
    let k = kind("school-record");
    let mut clean = paper(
        "school-record",
        &[
            ("full_name", "Nguyễn Thị Lan"),
            ("birth_date", "2008-03-14"),
            ("school", "Trường THPT Di Linh"),
            ("school_years", "2023–2026"),
        ],
    );
    clean.pages = 4;
    let mut bad = clean.clone();
    bad.defects.push(PlantedDefect {
        kind: DefectKind::Altered,
        field: None,
        note: None,
        page: Some(3),
    });
    for subtlety in [1, 5] {
        for page in 1..4u8 {
            let (a, g, ppp) = render(PaperView {
                page,
                ..view(&clean, &k, subtlety)
            })
            .unwrap();
            let (b, _, _) = render(PaperView {
                page,
                ..view(&bad, &k, subtlety)
            })
            .unwrap();
            let n = changed_inside(&a, &b, g.rect, ppp);
            if page == 2 {
                // Two overwritten characters of a grade: at least a digit's ink.
                assert!(
                    n >= 20,
                    "subtlety {subtlety}: page 3 changed by only {n} pixels"
                );
            } else {
                assert_eq!(n, 0, "subtlety {subtlety}: page {} changed", page + 1);
            }
        }
    }
}

/// A gallery for the eye (compared with `tests/snapshots/papers_gallery.png`): the citizen,
/// their own card and a card planted as another person's; a form with an altered value,
/// plain and against the light; a torn notice with a flag and the debrief's marks; page 2 of
/// a three-page school record.
#[test]
fn papers_with_their_defects_look_right() {
    let Some(r) = lavapipe() else { return };
    let h = holder();
    let same = BTreeMap::new();
    let k_card = kind("citizen-id-card");
    let k_form = kind("birth-registration-form");
    let k_notice = kind("birth-notice");
    let k_record = kind("school-record");
    let own = id_card();
    let mut other = id_card();
    other.id = "d-other".into();
    planted(&mut other, DefectKind::BelongsToOtherPerson, None);
    other
        .fields
        .insert("full_name".into(), "Nguyễn Thị Lam".into());
    other
        .fields
        .insert("birth_date".into(), "1983-07-02".into());
    let mut altered = form();
    planted(&mut altered, DefectKind::Altered, Some("child.birth_date"));
    planted(
        &mut altered,
        DefectKind::Altered,
        Some("applicant.id_number"),
    );
    planted(&mut altered, DefectKind::Altered, Some("child.full_name"));
    let mut torn = notice();
    torn.legibility = Legibility::Unreadable;
    torn.sticky_notes = 1;
    let mut record = paper(
        "school-record",
        &[
            ("full_name", "Nguyễn Thị Lan"),
            ("birth_date", "2008-03-14"),
        ],
    );
    record.pages = 3;
    let mark = |field: Option<&str>, area, tone| PaperMark {
        field: field.map(str::to_owned),
        area,
        tone,
    };
    let today_face = persona_face(&h, today());
    let mut harness = Harness::builder()
        .with_size(vec2(1500.0, 1250.0))
        .with_context_setup(motcua::ui::setup_context)
        .renderer(r)
        .build_ui(|ui| {
            let photo = |doc: &Document| photo_for(doc, Some(&k_card), Some((&h, &same)), today());
            ui.horizontal_top(|ui| {
                motcua::ui::counter::portrait::portrait_ui(
                    ui,
                    &today_face,
                    vec2(110.0, 125.0),
                    "citizen",
                );
                paper_ui(
                    ui,
                    &PaperView {
                        photo: photo(&own),
                        ..PaperView::new(&own, Some(&k_card), Lang::Vi)
                    },
                    420.0,
                );
                paper_ui(
                    ui,
                    &PaperView {
                        photo: photo(&other),
                        ..PaperView::new(&other, Some(&k_card), Lang::Vi)
                    },
                    420.0,
                );
            });
            ui.horizontal_top(|ui| {
                for (n, (subtlety, look)) in [
                    (1, LookMode::Plain),
                    (5, LookMode::Plain),
                    (5, LookMode::AgainstLight),
                ]
                .into_iter()
                .enumerate()
                {
                    ui.push_id(n, |ui| {
                        paper_ui(
                            ui,
                            &PaperView {
                                subtlety,
                                look,
                                ..PaperView::new(&altered, Some(&k_form), Lang::Vi)
                            },
                            480.0,
                        );
                    });
                }
            });
            ui.horizontal_top(|ui| {
                let marks = vec![
                    mark(Some("child.weight"), PaperArea::Field, MarkTone::Flag),
                    mark(None, PaperArea::Whole, MarkTone::Found),
                    mark(Some("mother.id_number"), PaperArea::Field, MarkTone::Missed),
                    mark(None, PaperArea::Signature, MarkTone::FalseFlag),
                ];
                paper_ui(
                    ui,
                    &PaperView {
                        marks,
                        ..PaperView::new(&torn, Some(&k_notice), Lang::Vi)
                    },
                    520.0,
                );
                paper_ui(
                    ui,
                    &PaperView {
                        page: 1,
                        ..PaperView::new(&record, Some(&k_record), Lang::Vi)
                    },
                    520.0,
                );
            });
        });
    harness.run_ok();
    harness.snapshot("papers_gallery");
}
