//! The citizen at the counter: a drawn portrait, their words, the questions to ask, the
//! guidance to give, the queue with each person's patience, and the equipment faults.

use egui::{Color32, Pos2, RichText, Stroke, Vec2, pos2, vec2};

use crate::scenario::{FaultKind, Portrait, Question};
use crate::sim::{Action, CitizenState, Event, GuideTopic};

use super::super::app::App;
use super::super::style;
use super::{act, visit_events};

const SKIN: [Color32; 5] = [
    Color32::from_rgb(0xf3, 0xd2, 0xb3),
    Color32::from_rgb(0xe6, 0xbc, 0x98),
    Color32::from_rgb(0xd1, 0xa0, 0x7a),
    Color32::from_rgb(0xb0, 0x7e, 0x5a),
    Color32::from_rgb(0x8a, 0x5e, 0x3e),
];

fn parse_hex(s: &str) -> Option<Color32> {
    let s = s.strip_prefix('#')?;
    if s.len() != 6 {
        return None;
    }
    let v = u32::from_str_radix(s, 16).ok()?;
    Some(Color32::from_rgb((v >> 16) as u8, (v >> 8) as u8, v as u8))
}

/// Draws a portrait from its description (skin, hair, glasses, headwear, shirt).
pub fn portrait_ui(ui: &mut egui::Ui, portrait: &Portrait, size: Vec2, label: &str) {
    let (rect, resp) = ui.allocate_exact_size(size, egui::Sense::hover());
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, label));
    let p = ui.painter_at(rect);
    let s = rect.height() / 170.0;
    let at = |x: f32, y: f32| pos2(rect.center().x + x * s, rect.top() + y * s);
    p.rect_filled(rect, 8.0, Color32::from_rgb(0xdc, 0xe6, 0xee));
    let skin = SKIN[usize::from(portrait.skin.min(4))];
    let shirt = parse_hex(&portrait.shirt).unwrap_or(Color32::from_rgb(0x5a, 0x7d, 0x9a));
    let grey = matches!(portrait.hair, 4 | 5);
    let hair = if grey {
        Color32::from_rgb(0xb8, 0xb8, 0xb4)
    } else {
        Color32::from_rgb(0x22, 0x1c, 0x18)
    };
    // Shoulders and shirt.
    p.add(egui::Shape::convex_polygon(
        vec![
            at(-62.0, 170.0),
            at(-48.0, 128.0),
            at(48.0, 128.0),
            at(62.0, 170.0),
        ],
        shirt,
        Stroke::NONE,
    ));
    p.circle_filled(at(0.0, 128.0), 48.0 * s * 0.5, shirt);
    // Neck.
    p.rect_filled(
        egui::Rect::from_min_max(at(-10.0, 100.0), at(10.0, 128.0)),
        2.0,
        skin,
    );
    // Long hair behind the head.
    if portrait.hair == 1 {
        p.rect_filled(
            egui::Rect::from_min_max(at(-36.0, 60.0), at(36.0, 135.0)),
            14.0,
            hair,
        );
    }
    // Head.
    p.add(egui::Shape::ellipse_filled(
        at(0.0, 75.0),
        vec2(32.0, 38.0) * s,
        skin,
    ));
    // Hair on top.
    match portrait.hair {
        3 => {}
        2 | 5 => {
            p.add(egui::Shape::ellipse_filled(
                at(0.0, 48.0),
                vec2(32.0, 15.0) * s,
                hair,
            ));
            p.circle_filled(at(0.0, 30.0), 13.0 * s, hair);
        }
        _ => {
            p.add(egui::Shape::ellipse_filled(
                at(0.0, 50.0),
                vec2(33.0, 17.0) * s,
                hair,
            ));
        }
    }
    // Face.
    let eye = Color32::from_rgb(0x2b, 0x22, 0x1c);
    p.circle_filled(at(-12.0, 76.0), 2.8 * s, eye);
    p.circle_filled(at(12.0, 76.0), 2.8 * s, eye);
    p.line_segment(
        [at(-18.0, 68.0), at(-7.0, 67.0)],
        Stroke::new(1.5 * s, hair),
    );
    p.line_segment([at(7.0, 67.0), at(18.0, 68.0)], Stroke::new(1.5 * s, hair));
    p.line_segment(
        [at(0.0, 80.0), at(-2.0, 89.0)],
        Stroke::new(1.2 * s, Color32::from_black_alpha(60)),
    );
    p.add(egui::Shape::line(
        vec![at(-8.0, 96.0), at(0.0, 99.0), at(8.0, 96.0)],
        Stroke::new(1.6 * s, Color32::from_rgb(0x9a, 0x4a, 0x40)),
    ));
    if portrait.glasses {
        let st = Stroke::new(1.6 * s, Color32::from_rgb(0x33, 0x33, 0x33));
        p.circle_stroke(at(-12.0, 76.0), 8.0 * s, st);
        p.circle_stroke(at(12.0, 76.0), 8.0 * s, st);
        p.line_segment([at(-4.0, 76.0), at(4.0, 76.0)], st);
    }
    match portrait.headwear {
        1 => {
            // Nón lá: a wide straw cone with its ribs and chin strap.
            let straw = Color32::from_rgb(0xe8, 0xd3, 0x9a);
            p.add(egui::Shape::convex_polygon(
                vec![at(0.0, 8.0), at(-62.0, 58.0), at(62.0, 58.0)],
                straw,
                Stroke::new(1.0, Color32::from_rgb(0xb0, 0x96, 0x5a)),
            ));
            for k in [-40.0, -20.0, 20.0, 40.0] {
                p.line_segment(
                    [at(0.0, 8.0), at(k, 58.0)],
                    Stroke::new(0.8, Color32::from_rgb(0xc4, 0xa8, 0x6a)),
                );
            }
            p.line_segment(
                [at(-28.0, 58.0), at(-6.0, 108.0)],
                Stroke::new(1.0, Color32::WHITE),
            );
            p.line_segment(
                [at(28.0, 58.0), at(6.0, 108.0)],
                Stroke::new(1.0, Color32::WHITE),
            );
        }
        2 => {
            let cap = Color32::from_rgb(0x2f, 0x5d, 0x3a);
            p.add(egui::Shape::ellipse_filled(
                at(0.0, 48.0),
                vec2(34.0, 16.0) * s,
                cap,
            ));
            p.rect_filled(
                egui::Rect::from_min_max(at(-34.0, 48.0), at(50.0, 56.0)),
                3.0,
                cap,
            );
        }
        3 => {
            let scarf = Color32::from_rgb(0x7a, 0x3b, 0x5e);
            p.add(egui::Shape::ellipse_filled(
                at(0.0, 50.0),
                vec2(38.0, 20.0) * s,
                scarf,
            ));
            p.rect_filled(
                egui::Rect::from_min_max(at(-38.0, 50.0), at(-28.0, 100.0)),
                4.0,
                scarf,
            );
            p.rect_filled(
                egui::Rect::from_min_max(at(28.0, 50.0), at(38.0, 100.0)),
                4.0,
                scarf,
            );
        }
        _ => {}
    }
}

fn bubble(ui: &mut egui::Ui, text: &str, from_clerk: bool) {
    let fill = if from_clerk {
        Color32::from_rgb(0xdd, 0xea, 0xfb)
    } else {
        Color32::from_rgb(0xff, 0xfb, 0xe8)
    };
    egui::Frame::new()
        .fill(fill)
        .stroke(Stroke::new(1.0, Color32::from_gray(190)))
        .corner_radius(8)
        .inner_margin(8)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(text).color(style::INK));
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
    ui.add(
        egui::ProgressBar::new(f.clamp(0.0, 1.0))
            .fill(colour)
            .desired_height(10.0)
            .text(RichText::new(label).small()),
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
                    &c.persona.portrait,
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
                        .color(style::GOV_BLUE),
                    );
                });
            });
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
                    Event::HintGiven { text } => {
                        egui::Frame::new()
                            .fill(Color32::from_rgb(0xe6, 0xf4, 0xea))
                            .inner_margin(6)
                            .corner_radius(4)
                            .show(ui, |ui| {
                                ui.label(
                                    RichText::new(format!(
                                        "{}: {}",
                                        app.locale.tr("counter-hint"),
                                        text.get(lang)
                                    ))
                                    .color(style::INK),
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
                    _ => {}
                }
            }
            ui.add_space(6.0);
            ui.label(style::strong(app.locale.tr("citizen-questions")));
            ui.horizontal_wrapped(|ui| {
                for q in Question::ALL {
                    let asked = c.asked.get(&q).copied().unwrap_or(0);
                    let text = app.locale.tr(&format!("question-{}", q.id()));
                    let button =
                        egui::Button::new(RichText::new(&text).small()).selected(asked > 0);
                    if ui.add(button).clicked() {
                        action = Some(Action::Ask { question: q });
                    }
                }
            });
            ui.add_space(4.0);
            ui.label(style::strong(app.locale.tr("citizen-guide")));
            ui.horizontal_wrapped(|ui| {
                for topic in GuideTopic::ALL {
                    let done = c.guided.contains(&topic);
                    let text = app.locale.tr(&format!("guide-{}", topic.id()));
                    let button = egui::Button::new(RichText::new(&text).small()).selected(done);
                    if ui
                        .add(button)
                        .on_hover_text(app.locale.tr(&format!("citizen-guide-{}-help", topic.id())))
                        .clicked()
                    {
                        action = Some(Action::Guide { topic });
                    }
                }
            });
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui
                    .button(style::strong(app.locale.tr("counter-dismiss")))
                    .on_hover_text(app.locale.tr("counter-dismiss-help"))
                    .clicked()
                {
                    action = Some(Action::Dismiss);
                }
                if shift.mode == crate::scenario::Mode::Practice
                    && ui.button(app.locale.tr("counter-hint-button")).clicked()
                {
                    action = Some(Action::Hint);
                }
            });
        }
        None => {
            ui.label(style::strong(app.locale.tr("citizen-nobody")));
            let next = shift.queue().first().copied();
            if ui
                .add_sized(
                    [ui.available_width(), 36.0],
                    egui::Button::new(
                        style::strong(app.locale.tr("counter-call-next")).color(Color32::WHITE),
                    )
                    .fill(style::GOV_BLUE),
                )
                .clicked()
            {
                action = Some(Action::CallNext);
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
                        action = Some(Action::Wait { minutes: m });
                    }
                }
            });
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
            portrait_ui(ui, &c.persona.portrait, vec2(28.0, 32.0), c.name());
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
    for f in shift.faults.iter().filter(|f| f.active()) {
        ui.add_space(6.0);
        egui::Frame::new()
            .fill(Color32::from_rgb(0xfd, 0xe2, 0xe1))
            .stroke(Stroke::new(1.0, style::SEAL_RED))
            .corner_radius(4)
            .inner_margin(6)
            .show(ui, |ui| {
                ui.label(
                    style::strong(app.locale.tr(&format!("fault-{}", f.spec.kind.id())))
                        .color(style::SEAL_RED),
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
    let _ = Pos2::ZERO;
    action
}
