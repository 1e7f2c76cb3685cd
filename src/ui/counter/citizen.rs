//! The citizen at the counter: a drawn portrait, their words, the questions to ask, the
//! guidance to give, the queue with each person's patience, and the equipment faults.

use egui::{RichText, Stroke, vec2};

use crate::scenario::{FaultKind, Question};
use crate::sim::{Action, Citizen, CitizenState, Event, GuideTopic, Shift};

use super::super::app::App;
use super::super::style;
use super::face::persona_face;
use super::portrait::portrait_ui;
use super::{act, visit_events};

/// Height of the conversation above the buttons, reserved whole so that a new answer, hint
/// or guidance note never moves the buttons under the cursor.
const CONVERSATION_HEIGHT: f32 = 190.0;

fn bubble(ui: &mut egui::Ui, text: &str, from_clerk: bool) {
    let p = style::palette(ui);
    let surface = if from_clerk {
        &p.clerk_says
    } else {
        &p.citizen_says
    };
    egui::Frame::new()
        .fill(surface.fill)
        .stroke(Stroke::new(1.0, p.panel.weak))
        .corner_radius(8)
        .inner_margin(8)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(text).color(surface.text));
        });
}

/// A bar for seconds of patience left out of the total.
pub fn patience_bar_ui(ui: &mut egui::Ui, left: u32, total: u32, label: &str) {
    let f = if total == 0 {
        0.0
    } else {
        left as f32 / total as f32
    };
    let colour = if f > 0.5 {
        style::OK_GREEN
    } else if f > 0.2 {
        style::WARN
    } else {
        style::SEAL_RED
    };
    // The words go under the bar, on the panel: over the bar they would sit on two colours
    // at once and be clipped by its height.
    ui.add(
        egui::ProgressBar::new(f.clamp(0.0, 1.0))
            .fill(colour)
            .desired_height(8.0),
    );
    ui.label(
        RichText::new(label)
            .small()
            .color(style::palette(ui).panel.weak),
    );
}

/// The citizen panel.
pub fn citizen_ui(app: &mut App, ui: &mut egui::Ui) {
    let lang = app.settings.lang;
    let Some(session) = &app.session else {
        return;
    };
    let shift = &session.shift;
    let mut action: Option<Action> = None;
    let at_counter = shift.counter;
    ui.add_space(4.0);
    match at_counter.and_then(|i| shift.citizens.get(i).map(|c| (i, c))) {
        Some((i, c)) => {
            ui.horizontal(|ui| {
                portrait_ui(
                    ui,
                    &persona_face(&c.persona, shift.scenario.file.shift.date),
                    vec2(110.0, 125.0),
                    &app.locale
                        .tr_args("citizen-portrait", &[("citizen", c.name().to_owned())]),
                );
                ui.vertical(|ui| {
                    ui.label(style::strong(c.name()).size(16.0 * style::scale(ui)));
                    ui.label(RichText::new(c.persona.description.get(lang)).small());
                    ui.label(
                        RichText::new(super::super::describe::want(
                            shift,
                            &c.arrival.wants,
                            &app.locale,
                        ))
                        .color(style::palette(ui).panel.accent),
                    );
                });
            });
            egui::ScrollArea::vertical()
                .id_salt("conversation")
                .min_scrolled_height(CONVERSATION_HEIGHT * style::scale(ui))
                .max_height(CONVERSATION_HEIGHT * style::scale(ui))
                .auto_shrink([false, false])
                .stick_to_bottom(true)
                .show(ui, |ui| conversation_ui(app, ui, shift, i, c));
            ui.add_space(6.0);
            visit_buttons_ui(app, ui, shift, c, &mut action);
        }
        None => {
            nobody_ui(app, ui, shift, &mut action);
        }
    }
    ui.separator();
    queue_ui(app, ui);
    if let Some(a) = faults_ui(app, ui) {
        action = Some(a);
    }
    if let Some(a) = action {
        act(app, a);
    }
}

/// What was said during this visit, oldest first: the citizen's opening words, each question
/// and its answer, each hint and each piece of guidance given.
fn conversation_ui(app: &App, ui: &mut egui::Ui, shift: &Shift, i: usize, c: &Citizen) {
    let lang = app.settings.lang;
    let p = style::palette(ui);
    bubble(ui, c.arrival.opening.get(lang), false);
    for t in visit_events(shift, i) {
        match &t.event {
            Event::Answered {
                question, answer, ..
            } => {
                bubble(
                    ui,
                    &app.locale.tr(&format!("question-{}", question.id())),
                    true,
                );
                bubble(ui, &answer.get(lang), false);
            }
            // Issue 13, item 6: asked to correct a field that was right, the citizen says so.
            Event::NothingToCorrect { answer, .. } => bubble(ui, &answer.get(lang), false),
            Event::HintGiven { text } => {
                egui::Frame::new()
                    .fill(p.hint.fill)
                    .inner_margin(6)
                    .corner_radius(4)
                    .show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.label(
                            RichText::new(format!(
                                "{}: {}",
                                app.locale.tr("counter-hint"),
                                text.get(lang)
                            ))
                            .color(p.hint.text),
                        );
                    });
            }
            Event::Guided { topic, useful } => {
                let key = if *useful {
                    "citizen-guided-useful"
                } else {
                    "citizen-guided-useless"
                };
                ui.label(
                    RichText::new(app.locale.tr_args(
                        key,
                        &[("topic", app.locale.tr(&format!("guide-{}", topic.id())))],
                    ))
                    .small()
                    .italics(),
                );
            }
            other => {
                if let Some(note) = super::help::help_note(app, other) {
                    ui.label(RichText::new(note).small().italics());
                }
            }
        }
    }
}

/// The questions to ask and the guidance to give the citizen at the counter, then dismissing
/// them (and, in practice mode, asking for a hint).
fn visit_buttons_ui(
    app: &App,
    ui: &mut egui::Ui,
    shift: &Shift,
    c: &Citizen,
    action: &mut Option<Action>,
) {
    ui.label(style::strong(app.locale.tr("citizen-questions")));
    ui.horizontal_wrapped(|ui| {
        for q in Question::ALL {
            let asked = c.asked.get(&q).copied().unwrap_or(0);
            let text = app.locale.tr(&format!("question-{}", q.id()));
            let button = egui::Button::new(RichText::new(&text).small()).selected(asked > 0);
            if ui.add(button).clicked() {
                *action = Some(Action::Ask { question: q });
            }
        }
    });
    ui.add_space(4.0);
    ui.label(style::strong(app.locale.tr("citizen-guide")));
    ui.horizontal_wrapped(|ui| {
        for topic in GuideTopic::ALL {
            let done = c.guided.contains(&topic);
            let text = app
                .locale
                .tr(&format!("citizen-guide-{}-button", topic.id()));
            let button = egui::Button::new(RichText::new(&text).small()).selected(done);
            if ui
                .add(button)
                .on_hover_text(app.locale.tr(&format!("citizen-guide-{}-help", topic.id())))
                .clicked()
            {
                *action = Some(Action::Guide { topic });
            }
        }
    });
    super::help::help_ui(app, ui, c, action);
    super::kiosk::kiosk_buttons_ui(app, ui, shift, action);
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        if ui
            .button(style::strong(app.locale.tr("counter-dismiss")))
            .on_hover_text(app.locale.tr("counter-dismiss-help"))
            .clicked()
        {
            *action = Some(Action::Dismiss);
        }
        if shift.mode == crate::scenario::Mode::Practice
            && ui.button(app.locale.tr("counter-hint-button")).clicked()
        {
            *action = Some(Action::Hint);
        }
    });
}

/// Nobody at the counter: call the next citizen, who waits for a result, or wait.
fn nobody_ui(app: &App, ui: &mut egui::Ui, shift: &Shift, action: &mut Option<Action>) {
    ui.label(style::strong(app.locale.tr("citizen-nobody")));
    let next = shift.queue().first().copied();
    let header = style::palette(ui).header;
    if ui
        .add_sized(
            [ui.available_width(), 36.0],
            egui::Button::new(style::strong(app.locale.tr("counter-call-next")).color(header.text))
                .fill(header.fill),
        )
        .clicked()
    {
        *action = Some(Action::CallNext);
    }
    if next.is_none() {
        ui.label(RichText::new(app.locale.tr("citizen-queue-empty")).small());
    }
    let waiting = shift.waiting_for_results();
    if !waiting.is_empty() {
        ui.add_space(6.0);
        ui.label(style::strong(app.locale.tr("citizen-waiting-results")));
        for i in waiting {
            let c = &shift.citizens[i];
            ui.label(format!("• {}", c.name()));
        }
    }
    ui.horizontal(|ui| {
        for m in [5u32, 15] {
            if ui
                .button(
                    app.locale
                        .tr_args("counter-wait", &[("minutes", m.to_string())]),
                )
                .clicked()
            {
                *action = Some(Action::Wait { minutes: m });
            }
        }
    });
}

fn queue_ui(app: &App, ui: &mut egui::Ui) {
    let Some(session) = &app.session else {
        return;
    };
    let shift = &session.shift;
    let queue = shift.queue();
    ui.label(style::strong(
        app.locale
            .tr_args("citizen-queue", &[("count", queue.len().to_string())]),
    ));
    for (n, i) in queue.iter().enumerate() {
        let c = &shift.citizens[*i];
        ui.horizontal(|ui| {
            portrait_ui(
                ui,
                &persona_face(&c.persona, shift.scenario.file.shift.date),
                vec2(28.0, 32.0),
                c.name(),
            );
            ui.vertical(|ui| {
                ui.label(RichText::new(format!("{}. {}", n + 1, c.name())).small());
                let total = c
                    .persona
                    .patience_minutes
                    .saturating_mul(60)
                    .saturating_add(c.patience_bonus);
                let left = shift.patience_left(*i).unwrap_or(0);
                patience_bar_ui(
                    ui,
                    left,
                    total,
                    &app.locale
                        .tr_args("citizen-patience", &[("minutes", (left / 60).to_string())]),
                );
            });
        });
    }
    super::kiosk::at_kiosk_ui(app, ui, shift);
    let expected = shift
        .citizens
        .iter()
        .filter(|c| c.state == CitizenState::Expected)
        .count();
    if expected > 0 {
        ui.label(
            RichText::new(
                app.locale
                    .tr_args("citizen-expected", &[("count", expected.to_string())]),
            )
            .small(),
        );
    }
}

fn faults_ui(app: &App, ui: &mut egui::Ui) -> Option<Action> {
    let session = app.session.as_ref()?;
    let shift = &session.shift;
    let mut action = None;
    let fault = style::palette(ui).fault;
    for f in shift.faults.iter().filter(|f| f.active()) {
        ui.add_space(6.0);
        egui::Frame::new()
            .fill(fault.fill)
            .stroke(Stroke::new(1.0, fault.error))
            .corner_radius(4)
            .inner_margin(6)
            .show(ui, |ui| {
                ui.label(
                    style::strong(app.locale.tr(&format!("fault-{}", f.spec.kind.id())))
                        .color(fault.error),
                );
                ui.horizontal_wrapped(|ui| {
                    for r in FaultKind::responses(f.spec.kind) {
                        let done = f.responses.contains(r);
                        let b = egui::Button::new(
                            RichText::new(app.locale.tr(&format!("response-{}", r.id()))).small(),
                        )
                        .selected(done);
                        if ui.add(b).clicked() {
                            action = Some(Action::RespondToFault { response: *r });
                        }
                    }
                });
            });
    }
    action
}
