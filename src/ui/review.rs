//! The debrief's review of the papers: for each case, what its papers held and what the
//! trainee saw — drawn on the papers themselves (a green circle on a defect found, a red
//! dashed circle on one missed, an orange cross on a flag where nothing was wrong) and said
//! in a line each. It reads [`crate::score::perception::review`], the same judgement the
//! score was computed from.

use egui::RichText;

use crate::i18n::Locale;
use crate::score::perception::{CaseReview, Sighting, review};
use crate::sim::{CaseRef, Shift};

use super::counter::documents::{MarkTone, PaperMark, PaperView, paper_ui, photo_for};
use super::counter::flags::{claim_marks, claim_text, defect_mark, field_label, paper_name};
use super::style;

/// Width of a paper drawn in the review.
const PAPER_WIDTH: f32 = 300.0;

/// The review of every case that had papers to judge.
pub fn papers_review_ui(locale: &Locale, ui: &mut egui::Ui, shift: &Shift) {
    let reviews = review(shift);
    ui.label(style::strong(locale.tr("debrief-papers")));
    ui.label(RichText::new(locale.tr("debrief-papers-help")).small());
    if reviews
        .iter()
        .all(|r| r.sightings.is_empty() && r.false_flags.is_empty())
    {
        ui.label(locale.tr("debrief-papers-clean"));
        return;
    }
    for r in reviews
        .iter()
        .filter(|r| !r.sightings.is_empty() || !r.false_flags.is_empty())
    {
        let who = match &r.case {
            CaseRef::Citizen(i) => shift
                .citizens
                .get(*i)
                .map_or_else(String::new, |c| c.name().to_owned()),
            CaseRef::Online(code) => {
                locale.tr_args("debrief-online-case", &[("dossier", code.clone())])
            }
        };
        let title = locale.tr_args(
            "debrief-case-seen",
            &[
                ("who", who),
                ("found", r.found().to_string()),
                ("visible", r.sightings.len().to_string()),
                ("false", r.false_flags.len().to_string()),
            ],
        );
        egui::CollapsingHeader::new(title)
            .id_salt(("review", format!("{:?}", r.case)))
            .show(ui, |ui| case_ui(locale, ui, shift, r));
    }
}

/// The papers of one case with their marks (the debrief's costliest mistakes open the case
/// they hit); a line saying so when the case had nothing on its papers to see.
pub fn case_review_ui(locale: &Locale, ui: &mut egui::Ui, shift: &Shift, case: &CaseRef) {
    let reviews = review(shift);
    match reviews
        .iter()
        .find(|r| &r.case == case && (!r.sightings.is_empty() || !r.false_flags.is_empty()))
    {
        Some(r) => case_ui(locale, ui, shift, r),
        None => {
            ui.label(RichText::new(locale.tr("debrief-case-no-marks")).small());
        }
    }
}

/// One case: each paper with a mark, drawn with its marks, and the lines under it.
fn case_ui(locale: &Locale, ui: &mut egui::Ui, shift: &Shift, r: &CaseReview) {
    let lang = locale.lang();
    let today = shift.scenario.file.shift.date;
    let holder = match &r.case {
        CaseRef::Citizen(i) => shift
            .citizens
            .get(*i)
            .map(|c| (&c.persona, &c.arrival.same_person)),
        CaseRef::Online(_) => None,
    };
    for doc in shift.case_papers(&r.case) {
        let marks = marks_on(r, &doc.id);
        if marks.is_empty() {
            continue;
        }
        let kind = shift.scenario.catalog.document_kinds.get(&doc.kind);
        let view = PaperView {
            zoom: 0.8,
            photo: photo_for(doc, kind, holder, today),
            subtlety: shift.scenario.file.meta.difficulty,
            marks,
            ..PaperView::new(doc, kind, lang)
        };
        ui.add_space(4.0);
        ui.label(style::strong(paper_name(shift, &doc.id, lang)));
        paper_ui(ui, &view, PAPER_WIDTH.min(ui.available_width()));
        for s in r.sightings.iter().filter(|s| s.document == doc.id) {
            sighting_line(locale, ui, shift, s);
        }
        for f in r
            .false_flags
            .iter()
            .filter(|f| f.flag.claim.documents().first() == Some(&doc.id.as_str()))
        {
            ui.colored_label(
                style::palette(ui).panel.warning,
                locale.tr_args(
                    if f.led_to_demand {
                        "debrief-false-flag-demanded"
                    } else {
                        "debrief-false-flag"
                    },
                    &[("claim", claim_text(locale, shift, &f.flag.claim))],
                ),
            );
        }
    }
}

/// The line of a defect found or missed.
fn sighting_line(locale: &Locale, ui: &mut egui::Ui, shift: &Shift, s: &Sighting) {
    let lang = locale.lang();
    let paper = shift.paper(&s.document);
    let kind = paper.and_then(|d| shift.scenario.catalog.document_kinds.get(&d.kind));
    // What the scenario's author wrote about the defect, now that it may be said.
    let note = paper
        .and_then(|d| d.defects.iter().find(|p| p.kind == s.defect))
        .and_then(|p| p.note.as_ref())
        .map(|n| n.get(lang).to_owned());
    let place = s
        .field
        .as_deref()
        .map(|f| format!(" — {}", field_label(kind, f, lang)))
        .unwrap_or_default();
    let defect = format!("{}{place}", locale.tr(&format!("defect-{}", s.defect.id())));
    match (&s.found_by, s.seconds_to_find) {
        (Some(_), Some(seconds)) => ui.colored_label(
            style::palette(ui).panel.success,
            locale.tr_args(
                "debrief-found-after",
                &[("defect", defect), ("seconds", seconds.to_string())],
            ),
        ),
        (Some(_), None) => ui.colored_label(
            style::palette(ui).panel.success,
            locale.tr_args("debrief-found", &[("defect", defect)]),
        ),
        (None, _) => ui.colored_label(
            style::palette(ui).panel.error,
            locale.tr_args("debrief-missed", &[("defect", defect)]),
        ),
    };
    if let Some(note) = note {
        ui.label(RichText::new(note).small());
    }
}

/// The marks on paper `document`: its defects found or missed, and the false flags on it.
fn marks_on(r: &CaseReview, document: &str) -> Vec<PaperMark> {
    let mut marks = Vec::new();
    for s in &r.sightings {
        let tone = if s.found_by.is_some() {
            MarkTone::Found
        } else {
            MarkTone::Missed
        };
        if s.document == document {
            marks.push(defect_mark(s.defect, s.field.clone(), tone));
        }
        if let Some(other) = s.other.as_ref().filter(|o| o.document == document) {
            marks.push(defect_mark(s.defect, Some(other.field.clone()), tone));
        }
    }
    for f in &r.false_flags {
        marks.extend(claim_marks(&f.flag.claim, document, MarkTone::FalseFlag));
    }
    marks
}
