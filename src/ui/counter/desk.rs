//! The desk: the citizen's papers, one large to read and zoom, what inspection and the
//! population database revealed, and picking two fields to compare.

use egui::{Color32, RichText};

use crate::scenario::{Document, DocumentKind, Layout};
use crate::sim::{Action, Citizen, Event, FieldRef, PopulationRecord, Shift, TimedEvent};

use super::super::app::App;
use super::super::describe;
use super::super::style;
use super::documents::{PaperClick, PaperTarget, PaperView, paper_ui, photo_for, thumbnail_ui};
use super::{act, visit_events};

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
    compare: bool,
    clear: bool,
}

impl DeskClicks {
    fn apply(self, app: &mut App) {
        if let Some(zoom) = self.zoom {
            app.counter.zoom = Some(zoom);
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
    state_records_ui(app, ui, shift, citizen, events);
    comparison_ui(app, ui, shift, citizen, &mut clicks);
    clicks.apply(app);
}

/// Nobody at the counter: an empty desk with the keyboard shortcuts.
fn empty_desk_ui(app: &App, ui: &mut egui::Ui) {
    egui::Frame::new()
        .fill(Color32::from_black_alpha(30))
        .corner_radius(6)
        .inner_margin(20)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(app.locale.tr("desk-empty"))
                    .color(Color32::WHITE)
                    .size(16.0 * style::scale(ui)),
            );
            ui.label(
                RichText::new(app.locale.tr("desk-shortcuts"))
                    .color(Color32::WHITE)
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
    ui.horizontal_wrapped(|ui| {
        for (n, d) in citizen.arrival.documents.iter().enumerate() {
            let kind = catalog.document_kinds.get(&d.kind);
            let name = format!("{}. {}", n + 1, describe::document(shift, &d.id, lang));
            let selected = app.counter.selected_doc.as_deref() == Some(d.id.as_str());
            ui.vertical(|ui| {
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
                    .color(if ui.visuals().dark_mode {
                        Color32::from_gray(235)
                    } else {
                        Color32::BLACK
                    }),
                );
            });
        }
    });
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
    paper_tools_ui(app, ui, doc, kind, clicks);
    let picked: Vec<&FieldRef> = [app.counter.pick_a.as_ref(), app.counter.pick_b.as_ref()]
        .into_iter()
        .flatten()
        .collect();
    let today = shift.scenario.file.shift.date;
    let holder = Some((&citizen.persona, &citizen.arrival.same_person));
    let view = PaperView {
        picked,
        zoom: clicks.zoom.or(app.counter.zoom).unwrap_or(1.0) * style::scale(ui).min(1.3),
        name: describe::document(shift, &doc.id, lang),
        photo: photo_for(doc, kind, holder, today),
        subtlety: shift.scenario.file.meta.difficulty,
        ..PaperView::new(doc, kind, lang)
    };
    let width = (ui.available_width() - 16.0).clamp(280.0, 900.0);
    let width = if kind.is_some_and(|k| k.layout == Layout::IdCard) {
        width.min(560.0 * view.zoom)
    } else {
        width
    };
    ui.add_space(4.0);
    if let Some(PaperClick {
        target: PaperTarget::Field(key),
        secondary: false,
    }) = paper_ui(ui, &view, width).clicked
    {
        clicks.picked_field = Some(FieldRef {
            document: doc.id.clone(),
            field: key,
        });
    }
    ui.add_space(6.0);
}

/// Inspect, check identity (identity papers) and the zoom slider.
fn paper_tools_ui(
    app: &App,
    ui: &mut egui::Ui,
    doc: &Document,
    kind: Option<&DocumentKind>,
    clicks: &mut DeskClicks,
) {
    ui.horizontal(|ui| {
        if ui.button(app.locale.tr("desk-inspect")).clicked() {
            clicks.action = Some(Action::Inspect {
                document: doc.id.clone(),
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
        let zl = ui.label(app.locale.tr("desk-zoom"));
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
}

/// What inspecting the paper `doc_id` and checking its holder's identity found this visit.
fn findings_ui(app: &App, ui: &mut egui::Ui, doc_id: &str, events: &[TimedEvent]) {
    let lang = app.settings.lang;
    for t in events {
        match &t.event {
            Event::Inspected {
                document,
                notes,
                visible,
            } if *document == doc_id => {
                finding_ui(ui, |ui| {
                    ui.label(style::strong(app.locale.tr("desk-inspected")));
                    if notes.is_empty() && visible.is_empty() {
                        ui.label(app.locale.tr("desk-inspected-nothing"));
                    }
                    for v in visible {
                        ui.colored_label(
                            style::SEAL_RED,
                            app.locale.tr(&format!("defect-{}", v.id())),
                        );
                    }
                    for n in notes {
                        ui.label(n.get(lang));
                    }
                });
            }
            Event::IdentityChecked {
                document,
                record,
                expired,
                valid_number,
            } if *document == doc_id => {
                finding_ui(ui, |ui| {
                    identity_ui(app, ui, record, *expired, *valid_number)
                });
            }
            _ => {}
        }
    }
}

/// The population database's answer about an identity paper.
fn identity_ui(
    app: &App,
    ui: &mut egui::Ui,
    record: &PopulationRecord,
    expired: bool,
    valid_number: bool,
) {
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
        ui.colored_label(style::SEAL_RED, app.locale.tr("desk-identity-not-found"));
    }
    if expired {
        ui.colored_label(style::SEAL_RED, app.locale.tr("desk-identity-expired"));
    }
    if !valid_number {
        ui.colored_label(style::SEAL_RED, app.locale.tr("desk-identity-bad-number"));
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

/// A field named for the trainee: its paper, then its key.
fn field_name(app: &App, shift: &Shift, f: &FieldRef) -> String {
    format!(
        "{} · {}",
        describe::document(shift, &f.document, app.settings.lang),
        f.field
    )
}

/// The two fields picked, the compare and clear buttons, and the comparisons made.
fn comparison_ui(
    app: &App,
    ui: &mut egui::Ui,
    shift: &Shift,
    citizen: &Citizen,
    clicks: &mut DeskClicks,
) {
    finding_ui(ui, |ui| {
        ui.label(style::strong(app.locale.tr("desk-compare")));
        ui.label(RichText::new(app.locale.tr("desk-compare-help")).small());
        let show = |f: &Option<FieldRef>| {
            f.as_ref().map_or_else(
                || app.locale.tr("desk-compare-none"),
                |f| field_name(app, shift, f),
            )
        };
        ui.label(format!("A: {}", show(&app.counter.pick_a)));
        ui.label(format!("B: {}", show(&app.counter.pick_b)));
        ui.horizontal(|ui| {
            let ready = app.counter.pick_a.is_some() && app.counter.pick_b.is_some();
            if ui
                .add_enabled(
                    ready,
                    egui::Button::new(app.locale.tr("desk-compare-button")),
                )
                .clicked()
            {
                clicks.compare = true;
            }
            if ui.button(app.locale.tr("desk-compare-clear")).clicked() {
                clicks.clear = true;
            }
        });
        for (a, b, same) in &citizen.comparisons {
            let text = app.locale.tr_args(
                if *same {
                    "desk-compare-same"
                } else {
                    "desk-compare-differ"
                },
                &[
                    ("a", field_name(app, shift, a)),
                    ("b", field_name(app, shift, b)),
                ],
            );
            ui.colored_label(
                if *same {
                    style::OK_GREEN
                } else {
                    style::SEAL_RED
                },
                text,
            );
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
