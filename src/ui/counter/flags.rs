//! Flagging what the trainee sees is wrong with a paper, and taking a flag back.
//!
//! The menu offers, per area of the paper (a field, the photo, the seal, the signature, the
//! form code, the paper as a whole), the kinds of defect that show there
//! ([`DefectKind::area`]) — every kind, whatever the paper holds: the menu must not tell.
//! A disagreement between two papers is flagged from the comparison panel, on the two fields
//! put side by side. The list shows the trainee's own claims, which they may clear; whether
//! a claim is right is said only in the debrief.

use egui::RichText;

use crate::i18n::Locale;
use crate::scenario::{DefectKind, Document, DocumentKind, Layout, PaperArea};
use crate::sim::{Action, Casework, Claim, FieldRef, Shift};
use crate::text::Lang;

use super::super::style;
use super::documents::{MarkTone, PaperMark, PaperTarget};

/// The areas a paper of this kind has, in the menu's order.
fn areas(kind: Option<&DocumentKind>) -> Vec<PaperArea> {
    let mut areas = vec![PaperArea::Field];
    if kind.is_some_and(|k| k.layout == Layout::IdCard) {
        areas.push(PaperArea::Photo);
    }
    if kind.is_some_and(|k| k.needs_stamp) {
        areas.push(PaperArea::Seal);
    }
    if kind.is_some_and(|k| k.needs_signature) {
        areas.push(PaperArea::Signature);
    }
    if kind.is_some_and(|k| k.current_form_version.is_some()) {
        areas.push(PaperArea::FormCode);
    }
    areas.push(PaperArea::Whole);
    areas
}

/// The kinds of defect a trainee may claim in an area (a disagreement between papers is
/// claimed as a discrepancy, not here); under the paper as a whole also an erasure
/// somewhere in a page's content, not in a field row.
pub fn kinds_in(area: PaperArea) -> Vec<DefectKind> {
    let mut kinds: Vec<DefectKind> = DefectKind::ALL
        .into_iter()
        .filter(|k| k.area() == area && !k.is_mismatch())
        .collect();
    if area == PaperArea::Whole {
        kinds.push(DefectKind::Altered);
    }
    kinds
}

/// The button that flags `defect` on paper `document` (in `field`), disabled when that
/// claim is already flagged; the flag when it was clicked.
fn flag_button(
    locale: &Locale,
    ui: &mut egui::Ui,
    document: &str,
    field: Option<String>,
    defect: DefectKind,
    flagged: &Casework,
) -> Option<Action> {
    let claim = Claim::OnPaper {
        document: document.to_owned(),
        field,
        defect,
    }
    .normalized();
    let text = locale.tr(&format!("defect-{}", defect.id()));
    ui.add_enabled(!flagged.has_flag(&claim), egui::Button::new(text))
        .clicked()
        .then_some(Action::Flag { claim })
}

/// The label of a field as the trainee reads it (the paper's printed label, in their
/// language), or the key when the kind does not name it.
pub fn field_label(kind: Option<&DocumentKind>, key: &str, lang: Lang) -> String {
    kind.and_then(|k| k.fields.iter().find(|f| f.key == key))
        .map_or_else(|| key.to_owned(), |f| f.label.get(lang).to_owned())
}

/// The name of a paper's kind in the trainee's language.
pub fn paper_name(shift: &Shift, document: &str, lang: Lang) -> String {
    super::super::describe::document(shift, document, lang)
}

/// The kind of a paper of the shift.
pub fn kind_of<'a>(shift: &'a Shift, document: &str) -> Option<&'a DocumentKind> {
    shift
        .paper(document)
        .and_then(|d| shift.scenario.catalog.document_kinds.get(&d.kind))
}

/// A field named for the trainee: its paper and its printed label.
pub fn field_name(shift: &Shift, f: &FieldRef, lang: Lang) -> String {
    format!(
        "{} · {}",
        paper_name(shift, &f.document, lang),
        field_label(kind_of(shift, &f.document), &f.field, lang)
    )
}

/// A claim in words.
pub fn claim_text(locale: &Locale, shift: &Shift, claim: &Claim) -> String {
    let lang = locale.lang();
    match claim {
        Claim::OnPaper {
            document,
            field: Some(field),
            defect,
        } => locale.tr_args(
            "flag-on-field",
            &[
                ("paper", paper_name(shift, document, lang)),
                ("field", field_label(kind_of(shift, document), field, lang)),
                ("defect", locale.tr(&format!("defect-{}", defect.id()))),
            ],
        ),
        Claim::OnPaper {
            document, defect, ..
        } => locale.tr_args(
            "flag-on-paper",
            &[
                ("paper", paper_name(shift, document, lang)),
                ("defect", locale.tr(&format!("defect-{}", defect.id()))),
            ],
        ),
        Claim::Discrepancy { a, b } => locale.tr_args(
            "flag-discrepancy",
            &[
                ("a", field_name(shift, a, lang)),
                ("b", field_name(shift, b, lang)),
            ],
        ),
    }
}

/// What the quick-flag strip asks for.
pub enum QuickFlag {
    /// Raise this flag.
    Flag(Action),
    /// Close the strip.
    Close,
}

/// The strip shown where the trainee pointed on a paper (a right click on a line, a click
/// on the photo, the seal, the signature, the form code or the paper): the kinds of defect
/// that show there, one button each.
pub fn quick_flag_ui(
    locale: &Locale,
    ui: &mut egui::Ui,
    doc: &Document,
    kind: Option<&DocumentKind>,
    target: &PaperTarget,
    flagged: &Casework,
) -> Option<QuickFlag> {
    let lang = locale.lang();
    let (area, field, place) = match target {
        PaperTarget::Field(key) => (
            PaperArea::Field,
            Some(key.clone()),
            field_label(kind, key, lang),
        ),
        PaperTarget::Area(area) => (*area, None, locale.tr(&format!("flag-area-{}", area.id()))),
    };
    let mut chosen = None;
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.0, style::SEAL_RED))
        .corner_radius(4)
        .inner_margin(6)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(style::strong(
                    locale.tr_args("flag-quick", &[("place", place)]),
                ));
                for defect in kinds_in(area) {
                    if let Some(flag) =
                        flag_button(locale, ui, &doc.id, field.clone(), defect, flagged)
                    {
                        chosen = Some(QuickFlag::Flag(flag));
                    }
                }
                if ui.button(locale.tr("flag-quick-close")).clicked() {
                    chosen = Some(QuickFlag::Close);
                }
            });
        });
    chosen
}

/// The "flag a problem" menu for paper `doc`; returns the flag chosen.
pub fn flag_menu_ui(
    locale: &Locale,
    ui: &mut egui::Ui,
    doc: &Document,
    kind: Option<&DocumentKind>,
    flagged: &Casework,
) -> Option<Action> {
    let lang = locale.lang();
    let mut chosen = None;
    let mut offer = |ui: &mut egui::Ui, field: Option<String>, defect: DefectKind| {
        if let Some(flag) = flag_button(locale, ui, &doc.id, field, defect, flagged) {
            chosen = Some(flag);
            ui.close();
        }
    };
    ui.menu_button(locale.tr("flag-menu"), |ui| {
        for area in areas(kind) {
            let title = locale.tr(&format!("flag-area-{}", area.id()));
            ui.menu_button(title, |ui| {
                if area == PaperArea::Field {
                    let keys: Vec<String> = match kind {
                        Some(k) => k.fields.iter().map(|f| f.key.clone()).collect(),
                        None => doc.fields.keys().cloned().collect(),
                    };
                    for key in keys {
                        ui.menu_button(field_label(kind, &key, lang), |ui| {
                            for defect in kinds_in(PaperArea::Field) {
                                offer(ui, Some(key.clone()), defect);
                            }
                        });
                    }
                } else {
                    for defect in kinds_in(area) {
                        offer(ui, None, defect);
                    }
                }
            });
        }
    });
    chosen
}

/// The trainee's flags on the papers `documents` (all of them when `None`), each with a
/// button to take it back; returns the flag to clear.
pub fn flag_list_ui(
    locale: &Locale,
    ui: &mut egui::Ui,
    shift: &Shift,
    work: &Casework,
    documents: Option<&[&str]>,
) -> Option<Action> {
    let mut cleared = None;
    let shown: Vec<&Claim> = work
        .flags
        .iter()
        .map(|f| &f.claim)
        .filter(|c| documents.is_none_or(|docs| c.documents().iter().any(|d| docs.contains(d))))
        .collect();
    ui.label(style::strong(locale.tr("flags-title")));
    if shown.is_empty() {
        ui.label(RichText::new(locale.tr("flags-none")).small());
    }
    for claim in shown {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new("•").color(style::palette(ui).desk.error));
            ui.label(claim_text(locale, shift, claim));
            if ui.small_button(locale.tr("flag-clear")).clicked() {
                cleared = Some(Action::ClearFlag {
                    claim: claim.clone(),
                });
            }
        });
    }
    cleared
}

/// The defects the trainee has flagged on a case's papers, as refusal grounds (a
/// discrepancy is cited as the kind of disagreement its fields are).
pub fn flagged_grounds(shift: &Shift, work: &Casework) -> Vec<DefectKind> {
    let mut grounds: Vec<DefectKind> = Vec::new();
    for f in &work.flags {
        let kind = match &f.claim {
            Claim::OnPaper { defect, .. } => *defect,
            Claim::Discrepancy { a, .. } => {
                let spec = kind_of(shift, &a.document)
                    .and_then(|k| k.fields.iter().find(|s| s.key == a.field));
                match spec.map(|s| s.kind) {
                    Some(crate::scenario::FieldKind::Name) => DefectKind::NameMismatch,
                    Some(crate::scenario::FieldKind::Date) => DefectKind::DateMismatch,
                    _ => DefectKind::FieldMismatch,
                }
            }
        };
        if !grounds.contains(&kind) {
            grounds.push(kind);
        }
    }
    grounds
}

/// The trainee's own flags on paper `document`, as pen marks.
pub fn flag_marks(work: &Casework, document: &str) -> Vec<PaperMark> {
    work.flags
        .iter()
        .flat_map(|f| claim_marks(&f.claim, document, MarkTone::Flag))
        .collect()
}

/// The marks a claim puts on paper `document`: a defect on its field or area, or each side
/// of a discrepancy that lies on this paper.
pub fn claim_marks(claim: &Claim, document: &str, tone: MarkTone) -> Vec<PaperMark> {
    match claim {
        Claim::OnPaper {
            document: d,
            field,
            defect,
        } if d == document => vec![defect_mark(*defect, field.clone(), tone)],
        Claim::Discrepancy { a, b } => [a, b]
            .into_iter()
            .filter(|side| side.document == document)
            .map(|side| PaperMark {
                field: Some(side.field.clone()),
                area: PaperArea::Field,
                tone,
            })
            .collect(),
        Claim::OnPaper { .. } => Vec::new(),
    }
}

/// A mark for a defect: in its field when it shows in one and names it, else on its area
/// (an erasure somewhere on the paper's pages marks the whole paper).
pub fn defect_mark(defect: DefectKind, field: Option<String>, tone: MarkTone) -> PaperMark {
    let area = match (defect.area(), &field) {
        (PaperArea::Field, None) => PaperArea::Whole,
        (area, _) => area,
    };
    PaperMark { field, area, tone }
}
