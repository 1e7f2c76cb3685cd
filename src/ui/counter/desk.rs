//! The desk: the citizen's papers, one large to read, zoom, turn the pages of, look at
//! through the magnifier or against the light; the population database's answer; two
//! fields put side by side; and the trainee's flags of what is wrong. Nothing here says
//! what is wrong: the papers show it, the trainee flags it.

use egui::RichText;

use crate::scenario::{Document, DocumentKind, Layout};
use crate::sim::{
    Action, Citizen, Claim, Event, FieldRef, LookTool, PopulationRecord, Shift, TimedEvent,
};

use super::super::app::App;
use super::super::describe;
use super::super::style;
use super::documents::{
    LookMode, PaperClick, PaperTarget, PaperView, paper_ui, photo_for, thumbnail_ui,
};
use super::flags;
use super::{act, visit_events};

/// The narrowest a paper is drawn on the desk: the national motto (9.5 pt bold) centred
/// with the form code on the line above, and a field label with room for its value. A desk
/// narrower than this scrolls sideways rather than cutting the paper.
pub const MIN_PAPER_WIDTH: f32 = 380.0;

/// Compares the two picked fields (shortcut C).
pub fn compare_picked(app: &mut App) {
    if let (Some(a), Some(b)) = (app.counter.pick_a.clone(), app.counter.pick_b.clone())
        && act(app, Action::CompareFields { a, b })
    {
        app.counter.pick_a = None;
        app.counter.pick_b = None;
    }
}

fn pick(app: &mut App, field: FieldRef) {
    let c = &mut app.counter;
    if c.pick_a.as_ref() == Some(&field) {
        c.pick_a = c.pick_b.take();
    } else if c.pick_b.as_ref() == Some(&field) {
        c.pick_b = None;
    } else if c.pick_a.is_none() {
        c.pick_a = Some(field);
    } else {
        c.pick_b = Some(field);
    }
}

/// What the trainee did on the desk while it was drawn, applied after drawing.
#[derive(Debug, Default)]
struct DeskClicks {
    action: Option<Action>,
    select: Option<String>,
    picked_field: Option<FieldRef>,
    zoom: Option<f32>,
    light: Option<bool>,
    /// Where the trainee pointed to flag something (`Some(None)`: close the strip).
    flag_target: Option<Option<PaperTarget>>,
    compare: bool,
    clear: bool,
}

impl DeskClicks {
    fn apply(self, app: &mut App) {
        if let Some(zoom) = self.zoom {
            app.counter.zoom = Some(zoom);
        }
        if let Some(light) = self.light {
            app.counter.against_light = light;
        }
        if let Some(target) = self.flag_target {
            app.counter.flag_target =
                target.and_then(|t| app.counter.selected_doc.clone().map(|doc| (doc, t)));
        }
        if let Some(s) = self.select {
            app.counter.selected_doc = Some(s);
        }
        if let Some(f) = self.picked_field {
            pick(app, f);
        }
        if self.clear {
            app.counter.pick_a = None;
            app.counter.pick_b = None;
        }
        if self.compare {
            compare_picked(app);
        }
        if let Some(a) = self.action {
            act(app, a);
        }
    }
}

/// The desk panel.
pub fn desk_ui(app: &mut App, ui: &mut egui::Ui) {
    let Some(session) = &app.session else {
        return;
    };
    let shift = &session.shift;
    let Some(i) = shift.counter else {
        empty_desk_ui(app, ui);
        return;
    };
    let citizen = &shift.citizens[i];
    let mut clicks = DeskClicks::default();
    thumbnails_ui(app, ui, shift, citizen, &mut clicks);
    ui.horizontal(|ui| {
        if ui
            .button(app.locale.tr("desk-state-records"))
            .on_hover_text(app.locale.tr("desk-state-records-help"))
            .clicked()
        {
            clicks.action = Some(Action::LookUpStateRecords);
        }
    });
    let events = visit_events(shift, i);
    let selected = app
        .counter
        .selected_doc
        .as_deref()
        .and_then(|id| citizen.document(id));
    if let Some(doc) = selected {
        selected_paper_ui(app, ui, shift, citizen, doc, &mut clicks);
        findings_ui(app, ui, &doc.id, events);
    }
    finding_ui(ui, |ui| {
        if let Some(a) = flags::flag_list_ui(&app.locale, ui, shift, &citizen.casework, None) {
            clicks.action = Some(a);
        }
    });
    state_records_ui(app, ui, shift, citizen, events);
    comparison_ui(app, ui, shift, citizen, &mut clicks);
    clicks.apply(app);
}

/// Nobody at the counter: an empty desk with the keyboard shortcuts.
fn empty_desk_ui(app: &App, ui: &mut egui::Ui) {
    let note = style::palette(ui).desk_note;
    egui::Frame::new()
        .fill(note.fill)
        .corner_radius(6)
        .inner_margin(20)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(app.locale.tr("desk-empty"))
                    .color(note.text)
                    .size(16.0 * style::scale(ui)),
            );
            ui.label(
                RichText::new(app.locale.tr("desk-shortcuts"))
                    .color(note.weak)
                    .small(),
            );
        });
}

/// The strip of the citizen's papers, numbered as their shortcuts; clicking one selects it.
fn thumbnails_ui(
    app: &App,
    ui: &mut egui::Ui,
    shift: &Shift,
    citizen: &Citizen,
    clicks: &mut DeskClicks,
) {
    let lang = app.settings.lang;
    let catalog = &shift.scenario.catalog;
    // Rows of columns of one width, as many as the desk has room for: the name wraps under
    // its picture and no column runs past the desk's edge.
    let column = 120.0 * style::scale(ui);
    let gap = ui.spacing().item_spacing.x;
    let per_row = (((ui.available_width() + gap) / (column + gap)) as usize).max(1);
    let papers: Vec<_> = citizen.arrival.documents.iter().enumerate().collect();
    for row in papers.chunks(per_row) {
        ui.horizontal_top(|ui| {
            for (n, d) in row {
                let kind = catalog.document_kinds.get(&d.kind);
                let name = format!("{}. {}", n + 1, describe::document(shift, &d.id, lang));
                let selected = app.counter.selected_doc.as_deref() == Some(d.id.as_str());
                ui.vertical(|ui| {
                    ui.set_width(column);
                    if thumbnail_ui(ui, d, kind, selected, &name).clicked() {
                        clicks.select = Some(d.id.clone());
                    }
                    ui.label(
                        RichText::new(format!(
                            "{}. {}",
                            n + 1,
                            kind.map_or(d.kind.as_str(), |k| k.name.get(lang))
                        ))
                        .small()
                        .color(style::palette(ui).desk.text),
                    );
                });
            }
        });
    }
}

/// The selected paper, large, with its tools; clicking a field picks it for a comparison.
fn selected_paper_ui(
    app: &App,
    ui: &mut egui::Ui,
    shift: &Shift,
    citizen: &Citizen,
    doc: &Document,
    clicks: &mut DeskClicks,
) {
    let lang = app.settings.lang;
    let kind = shift.scenario.catalog.document_kinds.get(&doc.kind);
    let pages = kind.map_or(1, |k| doc.page_count(k));
    let page = citizen.casework.open_page(&doc.id).min(pages);
    paper_tools_ui(app, ui, doc, kind, (page, pages), clicks);
    let picked: Vec<&FieldRef> = [app.counter.pick_a.as_ref(), app.counter.pick_b.as_ref()]
        .into_iter()
        .flatten()
        .collect();
    let today = shift.scenario.file.shift.date;
    let holder = Some((&citizen.persona, &citizen.arrival.same_person));
    // The paper's print grows with the text size as far as the desk has room for it (never
    // below 100 %): larger text on a narrow screen must not push the paper past the desk.
    let room = ui.available_width() - 16.0;
    let text_scale = style::scale(ui)
        .min(1.3)
        .min((room / MIN_PAPER_WIDTH).max(1.0));
    let view = PaperView {
        picked,
        zoom: clicks.zoom.or(app.counter.zoom).unwrap_or(1.0) * text_scale,
        name: describe::document(shift, &doc.id, lang),
        photo: photo_for(doc, kind, holder, today),
        subtlety: shift.scenario.file.meta.difficulty,
        look: if app.counter.against_light {
            LookMode::AgainstLight
        } else {
            LookMode::Plain
        },
        page: page.saturating_sub(1),
        marks: flags::flag_marks(&citizen.casework, &doc.id),
        corrections: super::correction::correction_marks(citizen, &doc.id),
        ..PaperView::new(doc, kind, lang)
    };
    // Never narrower than a paper's heading needs at this zoom: a magnified paper wider
    // than the desk scrolls sideways rather than crowding its printed words.
    let width = (ui.available_width() - 16.0)
        .clamp(MIN_PAPER_WIDTH, 900.0)
        .max(MIN_PAPER_WIDTH * view.zoom);
    let width = if kind.is_some_and(|k| k.layout == Layout::IdCard) {
        width.min(560.0 * view.zoom)
    } else {
        width
    };
    ui.add_space(4.0);
    let clicked = egui::ScrollArea::horizontal()
        .id_salt("paper-scroll")
        .show(ui, |ui| paper_ui(ui, &view, width).clicked)
        .inner;
    match clicked {
        Some(PaperClick {
            target: PaperTarget::Field(key),
            secondary: false,
        }) => {
            clicks.picked_field = Some(FieldRef {
                document: doc.id.clone(),
                field: key,
            });
        }
        // A right click on a line, or a click on an area: flag something there.
        Some(PaperClick { target, .. }) => clicks.flag_target = Some(Some(target)),
        None => {}
    }
    ui.add_space(4.0);
    let target = app
        .counter
        .flag_target
        .as_ref()
        .filter(|(d, _)| *d == doc.id)
        .map(|(_, t)| t);
    if let Some(target) = target {
        match flags::quick_flag_ui(&app.locale, ui, doc, kind, target, &citizen.casework) {
            Some(flags::QuickFlag::Flag(a)) => {
                clicks.action = Some(a);
                clicks.flag_target = Some(None);
            }
            Some(flags::QuickFlag::Close) => clicks.flag_target = Some(None),
            None => {}
        }
    }
    // One row, so that the desk is no taller: the flag menu and, issue 13 item 6, asking the
    // citizen to correct and initial their own paper.
    ui.horizontal_wrapped(|ui| {
        if let Some(a) = flags::flag_menu_ui(&app.locale, ui, doc, kind, &citizen.casework) {
            clicks.action = Some(a);
        }
        if let Some(a) = super::correction::correction_menu_ui(&app.locale, ui, doc, kind) {
            clicks.action = Some(a);
        }
    });
    ui.add_space(6.0);
}

/// The looking tools — the magnifier, holding the paper against the light — identity check
/// (identity papers), the zoom slider and, on a paper of several pages, turning them.
fn paper_tools_ui(
    app: &App,
    ui: &mut egui::Ui,
    doc: &Document,
    kind: Option<&DocumentKind>,
    (page, pages): (u8, u8),
    clicks: &mut DeskClicks,
) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(app.locale.tr("desk-look-magnifier"))
            .on_hover_text(app.locale.tr("desk-look-magnifier-help"))
            .clicked()
        {
            clicks.zoom = Some(1.8);
            clicks.action = Some(Action::Inspect {
                document: doc.id.clone(),
                tool: LookTool::Magnifier,
            });
        }
        if app.counter.against_light {
            if ui.button(app.locale.tr("desk-look-light-off")).clicked() {
                clicks.light = Some(false);
            }
        } else if ui
            .button(app.locale.tr("desk-look-light"))
            .on_hover_text(app.locale.tr("desk-look-light-help"))
            .clicked()
        {
            clicks.light = Some(true);
            clicks.action = Some(Action::Inspect {
                document: doc.id.clone(),
                tool: LookTool::AgainstLight,
            });
        }
        if kind.is_some_and(|k| k.identity)
            && ui.button(app.locale.tr("desk-check-identity")).clicked()
        {
            clicks.action = Some(Action::CheckIdentity {
                document: doc.id.clone(),
            });
        }
        let mut zoom = app.counter.zoom.unwrap_or(1.0);
        // The label and its slider stay together: a slider does not move to the next row
        // by itself, so start one when both do not fit.
        let zoom_text = app.locale.tr("desk-zoom");
        let font = egui::TextStyle::Body.resolve(ui.style());
        let need = ui.fonts_mut(|f| {
            f.layout_no_wrap(zoom_text.clone(), font, egui::Color32::BLACK)
                .size()
                .x
        }) + ui.spacing().slider_width
            + 2.0 * ui.spacing().item_spacing.x;
        if ui.available_size_before_wrap().x < need {
            ui.end_row();
        }
        let zl = ui.label(zoom_text);
        if ui
            .add(
                egui::Slider::new(&mut zoom, 0.8..=1.8)
                    .step_by(0.1)
                    .show_value(false),
            )
            .labelled_by(zl.id)
            .changed()
        {
            clicks.zoom = Some(zoom);
        }
    });
    if pages > 1 {
        ui.horizontal(|ui| {
            let turn = |page: u8| Action::TurnPage {
                document: doc.id.clone(),
                page,
            };
            if ui
                .add_enabled(page > 1, egui::Button::new(app.locale.tr("desk-page-prev")))
                .clicked()
            {
                clicks.action = Some(turn(page - 1));
            }
            ui.label(app.locale.tr_args(
                "desk-page",
                &[("page", page.to_string()), ("pages", pages.to_string())],
            ));
            if ui
                .add_enabled(
                    page < pages,
                    egui::Button::new(app.locale.tr("desk-page-next")),
                )
                .clicked()
            {
                clicks.action = Some(turn(page + 1));
            }
        });
    }
}

/// What the population database answered about the holder of paper `doc_id` this visit.
fn findings_ui(app: &App, ui: &mut egui::Ui, doc_id: &str, events: &[TimedEvent]) {
    for t in events {
        if let Event::IdentityChecked { document, record } = &t.event
            && *document == doc_id
        {
            finding_ui(ui, |ui| identity_ui(app, ui, record));
        }
    }
}

/// The population database's answer about an identity paper.
fn identity_ui(app: &App, ui: &mut egui::Ui, record: &PopulationRecord) {
    ui.label(style::strong(app.locale.tr("desk-identity-result")));
    if record.found {
        ui.label(app.locale.tr_args(
            "desk-identity-found",
            &[
                ("name", record.name.clone()),
                ("birth", describe::field_value(&record.birth_date)),
            ],
        ));
    } else {
        ui.colored_label(
            style::palette(ui).desk.error,
            app.locale.tr("desk-identity-not-found"),
        );
    }
}

/// The components the state already holds, found by the state-records lookup this visit.
fn state_records_ui(
    app: &App,
    ui: &mut egui::Ui,
    shift: &Shift,
    citizen: &Citizen,
    events: &[TimedEvent],
) {
    let lang = app.settings.lang;
    for t in events {
        if let Event::StateRecordsFound { components } = &t.event {
            finding_ui(ui, |ui| {
                ui.label(style::strong(app.locale.tr("desk-state-records-result")));
                if components.is_empty() {
                    ui.label(app.locale.tr("desk-state-records-none"));
                }
                let proc_code = citizen.procedure().unwrap_or_default();
                for c in components {
                    ui.label(format!(
                        "• {}",
                        describe::component(shift, proc_code, c, lang)
                    ));
                }
            });
        }
    }
}

/// The two fields picked, side by side with what each says; the buttons to put them side
/// by side, to flag that they differ, and to clear the choice; the pairs read before. The
/// trainee reads the values: nothing here says whether they agree.
fn comparison_ui(
    app: &App,
    ui: &mut egui::Ui,
    shift: &Shift,
    citizen: &Citizen,
    clicks: &mut DeskClicks,
) {
    let lang = app.settings.lang;
    let value = |f: &FieldRef| {
        citizen
            .document(&f.document)
            .and_then(|d| d.fields.get(&f.field))
            .map_or_else(String::new, |v| describe::field_value(v))
    };
    finding_ui(ui, |ui| {
        ui.label(style::strong(app.locale.tr("desk-compare")));
        ui.label(RichText::new(app.locale.tr("desk-compare-help")).small());
        let show = |f: &Option<FieldRef>| {
            f.as_ref().map_or_else(
                || app.locale.tr("desk-compare-none"),
                |f| format!("{}: «{}»", flags::field_name(shift, f, lang), value(f)),
            )
        };
        ui.label(format!("A — {}", show(&app.counter.pick_a)));
        ui.label(format!("B — {}", show(&app.counter.pick_b)));
        ui.horizontal_wrapped(|ui| {
            let pair = app.counter.pick_a.clone().zip(app.counter.pick_b.clone());
            if ui
                .add_enabled(
                    pair.is_some(),
                    egui::Button::new(app.locale.tr("desk-compare-button")),
                )
                .clicked()
            {
                clicks.compare = true;
            }
            if let Some((a, b)) = pair {
                let claim = Claim::Discrepancy { a, b }.normalized();
                let on = citizen.casework.has_flag(&claim);
                if ui
                    .add_enabled(!on, egui::Button::new(app.locale.tr("desk-compare-flag")))
                    .clicked()
                {
                    clicks.action = Some(Action::Flag { claim });
                    clicks.clear = true;
                }
            }
            if ui.button(app.locale.tr("desk-compare-clear")).clicked() {
                clicks.clear = true;
            }
        });
        for (a, b) in citizen.casework.comparisons.iter().rev().take(4) {
            ui.separator();
            ui.label(format!(
                "{}: «{}»",
                flags::field_name(shift, a, lang),
                value(a)
            ));
            ui.label(format!(
                "{}: «{}»",
                flags::field_name(shift, b, lang),
                value(b)
            ));
            let claim = Claim::Discrepancy {
                a: a.clone(),
                b: b.clone(),
            }
            .normalized();
            if !citizen.casework.has_flag(&claim)
                && ui
                    .small_button(app.locale.tr("desk-compare-flag"))
                    .clicked()
            {
                clicks.action = Some(Action::Flag { claim });
            }
        }
    });
}

fn finding_ui(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::new()
        .fill(ui.visuals().panel_fill)
        .corner_radius(4)
        .inner_margin(8)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui);
        });
    ui.add_space(4.0);
}
