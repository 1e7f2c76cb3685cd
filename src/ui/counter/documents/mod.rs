//! Papers drawn as they look: the chip ID card with its emblem, photo and chip; declaration
//! forms with boxes and ballpoint handwriting; hospital notices and certificates with a red
//! seal; letters. Everything comes from the document's data and its kind's layout and fields.
//!
//! Defects show to a careful eye, never as labels: a photocopy is grey and its seal lost its
//! red; a missing seal or signature leaves an empty place; faded ink is pale; an unreadable
//! paper has water stains and a torn corner that takes part of the values with it; an
//! altered value has correction fluid under it, digits overwritten in another ink or the
//! scuff of an eraser (how plainly: [`PaperView::subtlety`]); a forged seal is flat and
//! pinkish; a card's photo shows the face of the person it was issued to (someone else's
//! card shows someone else); a sticky note is a yellow square on the pages that carry one;
//! the printed form version is small in the corner; every page of a multi-page paper can be
//! shown ([`PaperView::page`]), numbered "Trang n/N". Held against the light
//! ([`LookMode::AgainstLight`]) an original shows its watermark and the sheen of wet ink and
//! an embossed seal, a forged seal shows none, and overwrites and erasures show strongly.
//!
//! [`paper_ui`] lays a paper out ([`paper_geometry`], so that marks and clicks agree on where
//! a field or an area is) and draws it in layers, each from its own module: the colours
//! ([`look`]), the paper and heading of its layout ([`layouts`]), the continuation pages
//! ([`pages`]), the marks of its copy form, signature, seal and wear ([`overlays`]) — shapes
//! shared in [`emblems`] — the field rows the trainee reads and picks ([`fields`]), the view
//! against the light ([`light`]) and the flags and debrief marks drawn over it ([`marks`]).
//! [`thumbnail_ui`] draws the desk strip's small pictures.

// issue 13 item 6: corrections made at the counter
mod corrections;
mod emblems;
mod fields;
mod layouts;
mod light;
mod look;
mod marks;
mod overlays;
mod pages;
mod thumbnail;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use egui::{Color32, Rect, Sense, pos2, vec2};

use crate::scenario::{Document, DocumentKind, Layout, PaperArea, Persona};
use crate::sim::FieldRef;
use crate::text::Lang;

use super::face::{Face, card_face};

pub use thumbnail::thumbnail_ui;

pub use corrections::CorrectionMark;
use fields::{FieldRow, Rows};
use look::Look;

/// How a paper is looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LookMode {
    /// Lying on the desk.
    #[default]
    Plain,
    /// Held up to the light: watermark, wet-ink sheen, embossing, erasures and overwrites.
    AgainstLight,
}

/// What a mark drawn over a paper means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkTone {
    /// The trainee's own flag at the counter (a red pen flag).
    Flag,
    /// Debrief: a planted defect the trainee found (green circle).
    Found,
    /// Debrief: a planted defect the trainee missed (red dashed circle).
    Missed,
    /// Debrief: a flag where nothing was wrong (orange cross).
    FalseFlag,
}

/// A mark drawn over a paper at a field row or an area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaperMark {
    /// The field, when the area is [`PaperArea::Field`].
    pub field: Option<String>,
    /// Where on the paper.
    pub area: PaperArea,
    /// What it means.
    pub tone: MarkTone,
}

/// What the trainee clicked on a paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PaperTarget {
    /// A field row, by key.
    Field(String),
    /// An area: the photo, the seal place, the signature place, the form code, or the paper
    /// as a whole ([`PaperArea::Whole`]). Never [`PaperArea::Field`].
    Area(PaperArea),
}

/// A click on a paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaperClick {
    /// What was clicked.
    pub target: PaperTarget,
    /// A secondary (right) click, e.g. to open a flag menu.
    pub secondary: bool,
}

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
    /// Text size factor.
    pub zoom: f32,
    /// Accessible name of the whole paper.
    pub name: String,
    /// The face on an identity card's photo ([`photo_for`]); `None` draws a blank photo.
    pub photo: Option<Face>,
    /// How plainly an alteration shows: 1 obvious … 5 subtle (the scenario's difficulty);
    /// still findable at 5.
    pub subtlety: u8,
    /// On the desk or against the light.
    pub look: LookMode,
    /// The page shown, 0-based (clamped to the paper's page count).
    pub page: u8,
    /// Flags and debrief marks drawn over the paper.
    pub marks: Vec<PaperMark>,
    /// Corrections the citizen made on it at the counter (issue 13, item 6).
    pub corrections: Vec<CorrectionMark>,
}

impl<'a> PaperView<'a> {
    /// A plain view of `doc`: first page, on the desk, no picks or marks, subtlety 3.
    pub fn new(doc: &'a Document, kind: Option<&'a DocumentKind>, lang: Lang) -> Self {
        PaperView {
            doc,
            kind,
            lang,
            picked: Vec::new(),
            zoom: 1.0,
            name: kind.map_or_else(|| doc.kind.clone(), |k| k.name.get(lang).to_owned()),
            photo: None,
            subtlety: 3,
            look: LookMode::Plain,
            page: 0,
            marks: Vec::new(),
            corrections: Vec::new(),
        }
    }

    /// The number of pages of the paper.
    pub fn page_count(&self) -> u8 {
        self.kind
            .map_or(self.doc.pages, |k| self.doc.page_count(k))
            .max(1)
    }

    fn shown_page(&self) -> u8 {
        self.page.min(self.page_count() - 1)
    }

    fn layout(&self) -> Layout {
        self.kind.map_or(Layout::Letter, |kd| kd.layout)
    }
}

/// The face on the photo of `doc` when its kind is an identity card: the holder's own card
/// shows `holder` at the card's issue date, another person's card another face (see
/// [`card_face`]). `today` is the shift's date.
pub fn photo_for(
    doc: &Document,
    kind: Option<&DocumentKind>,
    holder: Option<(&Persona, &BTreeMap<String, String>)>,
    today: NaiveDate,
) -> Option<Face> {
    kind.filter(|k| k.layout == Layout::IdCard)
        .map(|_| card_face(doc, holder, today))
}

/// Where the parts of a drawn paper are, so that marks, clicks and tests agree.
#[derive(Debug, Clone, PartialEq)]
pub struct PaperGeometry {
    /// The paper.
    pub rect: Rect,
    /// Each field row on the page shown (none on continuation pages), in print order.
    pub fields: Vec<(String, Rect)>,
    /// The holder's photo (identity cards, first page).
    pub photo: Option<Rect>,
    /// The place of the seal (first page).
    pub seal: Option<Rect>,
    /// The place of the signature (first page, papers that are signed).
    pub signature: Option<Rect>,
    /// The corner where the form code is printed.
    pub form_code: Rect,
}

impl PaperGeometry {
    /// The rectangle of `area` (for [`PaperArea::Field`], of the row of `field`); `None`
    /// when the page shown has no such place.
    pub fn area_rect(&self, area: PaperArea, field: Option<&str>) -> Option<Rect> {
        match area {
            PaperArea::Field => field.and_then(|f| {
                self.fields
                    .iter()
                    .find(|(key, _)| key == f)
                    .map(|(_, r)| *r)
            }),
            PaperArea::Photo => self.photo,
            PaperArea::Seal => self.seal,
            PaperArea::Signature => self.signature,
            PaperArea::FormCode => Some(self.form_code),
            PaperArea::Whole => Some(self.rect),
        }
    }
}

/// What [`paper_ui`] reports.
#[derive(Debug, Clone)]
pub struct PaperResponse {
    /// What the trainee clicked this frame.
    pub clicked: Option<PaperClick>,
    /// Where the parts of the paper were drawn.
    pub geometry: PaperGeometry,
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
    /// The colour behind the paper (seen through a torn corner).
    desk: Color32,
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

const ROW: f32 = 19.0;

/// The size of the paper drawn `width` wide (the same on every page).
pub fn paper_size(view: &PaperView<'_>, width: f32) -> egui::Vec2 {
    let k = view.zoom;
    let layout = view.layout();
    let (header, footer) = layouts::margins(layout, k);
    let rows = view
        .kind
        .map_or(view.doc.fields.len(), |kd| kd.fields.len());
    let height = header + ROW * k * rows as f32 + footer + 8.0 * k;
    let height = if layout == Layout::IdCard {
        height.max(width / 1.585)
    } else {
        height
    };
    vec2(width, height)
}

/// Where the parts of the paper drawn in `rect` are.
pub fn paper_geometry(view: &PaperView<'_>, rect: Rect) -> PaperGeometry {
    let k = view.zoom;
    let layout = view.layout();
    let card = layout == Layout::IdCard;
    let first = view.shown_page() == 0;
    let (header, footer) = layouts::margins(layout, k);
    let label_x = layouts::label_x(layout, rect, k);
    let fields = if first {
        field_rows(view)
            .into_iter()
            .enumerate()
            .map(|(n, f)| {
                let y = rect.top() + header + ROW * k * n as f32;
                let r = Rect::from_min_max(
                    pos2(label_x - 4.0 * k, y),
                    pos2(rect.right() - 8.0 * k, y + ROW * k),
                );
                (f.key, r)
            })
            .collect()
    } else {
        Vec::new()
    };
    // The band above the national motto where the form version is printed.
    let form_code = Rect::from_min_max(
        pos2(rect.right() - 220.0 * k, rect.top() + 1.0 * k),
        pos2(rect.right() - 4.0 * k, rect.top() + 13.0 * k),
    );
    let (photo, seal, signature) = if !first {
        (None, None, None)
    } else if card {
        let c = rect.right_bottom() - vec2(34.0, 34.0) * k;
        (
            Some(layouts::photo_rect(rect, k)),
            Some(Rect::from_center_size(c, vec2(52.0, 52.0) * k)),
            None,
        )
    } else {
        let (sx, sy) = overlays::signature_origin(rect, k, footer);
        (
            None,
            Some(Rect::from_center_size(
                pos2(sx + 28.0 * k, sy + 36.0 * k),
                vec2(60.0, 60.0) * k,
            )),
            Some(Rect::from_min_max(
                pos2(sx + 4.0 * k, sy + 24.0 * k),
                pos2(sx + 96.0 * k, sy + 56.0 * k),
            )),
        )
    };
    PaperGeometry {
        rect,
        fields,
        photo,
        seal,
        signature,
        form_code,
    }
}

/// Draws a paper (the page `view.page`); returns what the trainee clicked and where the
/// parts of the paper are.
pub fn paper_ui(ui: &mut egui::Ui, view: &PaperView<'_>, width: f32) -> PaperResponse {
    let k = view.zoom;
    let doc = view.doc;
    let kind = view.kind;
    let layout = view.layout();
    let page = view.shown_page();
    let pages = view.page_count();
    let (rect, resp) = ui.allocate_exact_size(paper_size(view, width), Sense::click());
    let name = if pages > 1 {
        format!("{} ({}/{pages})", view.name, page + 1)
    } else {
        view.name.clone()
    };
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
    let geometry = paper_geometry(view, rect);
    let sheet = Sheet {
        p: ui.painter_at(rect.expand(2.0)),
        rect,
        k,
        look: look::look(doc),
        doc,
        desk: super::super::style::desk(ui),
    };
    let title = kind.map_or_else(|| doc.kind.clone(), |kd| kd.title.clone());
    let issuer = kind.map_or_else(String::new, |kd| kd.issuer.clone());
    // Shadow and paper.
    sheet.p.rect_filled(
        rect.translate(vec2(3.0, 3.0)),
        4.0,
        Color32::from_black_alpha(50),
    );
    let card = layout == Layout::IdCard;
    let handwritten = layouts::handwritten(layout);
    let (header, footer) = layouts::margins(layout, k);
    let mut clicked = None;
    let mut altered = Vec::new();
    if page == 0 {
        layouts::paper_and_heading(&sheet, layout, &title, &issuer, view.photo.as_ref());
        overlays::copy_marks(&sheet, card, footer);
        let rows = Rows {
            label_x: layouts::label_x(layout, rect, k),
            top: rect.top() + header,
            height: ROW * k,
            handwritten,
            small_labels: card,
        };
        let out = fields::fields_ui(ui, &sheet, view, &field_rows(view), &rows);
        clicked = out.clicked;
        altered = out.altered;
        overlays::signature_and_seal(&sheet, kind, card, handwritten, footer);
        corrections::signatures(&sheet, &geometry, &view.corrections);
    } else {
        // An alteration planted outside the fields shows on its page of the content.
        let on_this_page = kind
            .and_then(|kd| doc.altered_page(kd))
            .is_some_and(|p| p == page + 1);
        let strength = strength(view.subtlety);
        let spot = pages::continuation(
            &sheet,
            layout,
            &title,
            page,
            on_this_page.then_some(strength),
        );
        altered.extend(spot.map(|r| (r, fields::Alteration::Overwritten)));
        overlays::copy_marks(&sheet, card, footer);
    }
    if pages > 1 {
        pages::page_number(&sheet, page, pages);
    }
    overlays::wear(&sheet, page);
    if view.look == LookMode::AgainstLight {
        light::against_light(&sheet, &geometry, kind, &altered);
    }
    marks::marks(&sheet, &geometry, &view.marks);
    if clicked.is_none()
        && let Some(secondary) = click_of(&resp)
    {
        let at = resp.interact_pointer_pos().unwrap_or(rect.center());
        clicked = Some(PaperClick {
            target: PaperTarget::Area(area_at(&geometry, at)),
            secondary,
        });
    }
    PaperResponse { clicked, geometry }
}

/// How strongly an alteration shows at a subtlety: 1 (obvious) gives full strength, 5
/// (subtle) a little over a third — still findable.
fn strength(subtlety: u8) -> f32 {
    1.0 - 0.16 * f32::from(subtlety.clamp(1, 5) - 1)
}

/// `Some(secondary)` when `r` was clicked.
fn click_of(r: &egui::Response) -> Option<bool> {
    if r.secondary_clicked() {
        Some(true)
    } else if r.clicked() {
        Some(false)
    } else {
        None
    }
}

/// The area under the point `at`: the photo, seal place, signature place or form code, else
/// the paper as a whole.
pub fn area_at(g: &PaperGeometry, at: egui::Pos2) -> PaperArea {
    [
        (PaperArea::Photo, g.photo),
        (PaperArea::Seal, g.seal),
        (PaperArea::Signature, g.signature),
        (PaperArea::FormCode, Some(g.form_code)),
    ]
    .into_iter()
    .find(|(_, r)| r.is_some_and(|r| r.contains(at)))
    .map_or(PaperArea::Whole, |(a, _)| a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document {
            pages: 3,
            ..Document::new("d", "k", &[("a", "1"), ("b", "2"), ("c", "3")])
        }
    }

    #[test]
    fn field_rows_follow_each_other_down_the_first_page_only() {
        let d = doc();
        let view = PaperView::new(&d, None, Lang::Vi);
        let rect = Rect::from_min_size(pos2(0.0, 0.0), paper_size(&view, 400.0));
        let g = paper_geometry(&view, rect);
        let keys: Vec<&str> = g.fields.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["a", "b", "c"]);
        for w in g.fields.windows(2) {
            assert_eq!(w[0].1.bottom(), w[1].1.top());
            assert!(rect.contains_rect(w[0].1));
        }
        let later = PaperView {
            page: 1,
            ..PaperView::new(&d, None, Lang::Vi)
        };
        let g2 = paper_geometry(&later, rect);
        assert!(g2.fields.is_empty());
        assert_eq!(g2.area_rect(PaperArea::Seal, None), None);
        assert_eq!(g2.area_rect(PaperArea::Whole, None), Some(rect));
    }

    #[test]
    fn a_click_lands_on_the_area_under_it() {
        let d = doc();
        let view = PaperView::new(&d, None, Lang::Vi);
        let rect = Rect::from_min_size(pos2(0.0, 0.0), paper_size(&view, 400.0));
        let g = paper_geometry(&view, rect);
        let seal = g.seal.unwrap_or(Rect::NOTHING);
        assert_eq!(area_at(&g, seal.center()), PaperArea::Seal);
        assert_eq!(area_at(&g, g.form_code.center()), PaperArea::FormCode);
        assert_eq!(
            area_at(&g, rect.left_top() + vec2(5.0, 60.0)),
            PaperArea::Whole
        );
    }

    /// The printed words of each shipped kind's heading — motto, issuer, title — with a
    /// long form version in the corner and the certified-copy stamp, at the narrowest paper
    /// the desk draws (at zoom 1 and 1.3) and at the widest: none lies over another, all lie
    /// on the paper, above its first field.
    #[test]
    fn no_printed_words_of_a_heading_overlap_on_any_shipped_paper() {
        use crate::scenario::CopyForm;
        use crate::ui::counter::desk::MIN_PAPER_WIDTH;
        let folder =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/shared/documents");
        let mut kinds: Vec<DocumentKind> = std::fs::read_dir(&folder)
            .unwrap()
            .map(|e| crate::scenario::load::read_ron(&e.unwrap().path()).unwrap())
            .collect();
        kinds.sort_by(|a, b| a.id.cmp(&b.id));
        assert!(kinds.len() > 10, "the shipped kinds are read");
        let ctx = egui::Context::default();
        crate::ui::fonts::install(&ctx);
        let mut problems = Vec::new();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let p = ui.ctx().layer_painter(egui::LayerId::background());
            for kind in &kinds {
                for copy in [CopyForm::Original, CopyForm::CertifiedCopy] {
                    let doc = Document {
                        form_version: Some("Phụ lục III-1 – TT 01/2021/TT-BKHĐT".into()),
                        copy,
                        ..Document::new("d", &kind.id, &[])
                    };
                    for (width, k) in [
                        (MIN_PAPER_WIDTH, 1.0),
                        (MIN_PAPER_WIDTH * 1.3, 1.3),
                        (900.0, 1.0),
                    ] {
                        let view = PaperView {
                            zoom: k,
                            ..PaperView::new(&doc, Some(kind), Lang::Vi)
                        };
                        let rect = Rect::from_min_size(pos2(0.0, 0.0), paper_size(&view, width));
                        let sheet = Sheet {
                            p: p.clone(),
                            rect,
                            k,
                            look: look::look(&doc),
                            doc: &doc,
                            desk: Color32::BROWN,
                        };
                        let (header, footer) = layouts::margins(kind.layout, k);
                        let card = kind.layout == Layout::IdCard;
                        let mut printed = layouts::paper_and_heading(
                            &sheet,
                            kind.layout,
                            &kind.title,
                            &kind.issuer,
                            None,
                        );
                        let heading = printed.len();
                        printed.extend(overlays::copy_marks(&sheet, card, footer));
                        let at = format!("{} ({copy:?}) {width}px at zoom {k}", kind.id);
                        for (n, r) in printed.iter().enumerate() {
                            if !rect.contains_rect(r.shrink(0.5)) {
                                problems.push(format!("{at}: word {n} off the paper: {r:?}"));
                            }
                            if n < heading && r.bottom() > rect.top() + header {
                                problems.push(format!("{at}: word {n} on the first field: {r:?}"));
                            }
                        }
                        for (i, a) in printed.iter().enumerate() {
                            for (j, b) in printed.iter().enumerate().skip(i + 1) {
                                let common = a.intersect(*b);
                                if common.width() > 0.5 && common.height() > 0.5 {
                                    problems.push(format!("{at}: words {i} and {j} overlap"));
                                }
                            }
                        }
                    }
                }
            }
        });
        output.textures_delta.clear();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn the_page_shown_never_passes_the_last() {
        let d = doc();
        let view = PaperView {
            page: 9,
            ..PaperView::new(&d, None, Lang::Vi)
        };
        // Without a kind, the paper's own page count.
        assert_eq!(view.page_count(), 3);
        assert_eq!(view.shown_page(), 2);
    }
}
