//! The briefing: what the trainee reads before a shift starts — the situation, the
//! objectives, who is expected at the counter and what the mode means.
//!
//! Every new shift opens here ([`super::app::Screen::Briefing`]); the simulated clock does not
//! run until the trainee goes to the counter (the clock only moves with actions). Resuming a
//! journaled shift or playing again from a moment of the debrief goes straight to the counter.
//! Nothing here says what is wrong with anyone's papers: the queue lists who comes when, and
//! for what.

use egui::RichText;

use super::App;
use super::describe;
use super::style;
use crate::scenario::Mode;
use crate::sim::Shift;

/// One expected visitor of the shift, as the briefing lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    /// Arrival time, `HH:MM`.
    pub at: String,
    /// The citizen's name.
    pub name: String,
    /// What they come for, in words.
    pub wants: String,
}

/// The citizens expected during the shift, in order of arrival.
pub fn expected(shift: &Shift, locale: &crate::i18n::Locale) -> Vec<Expected> {
    let mut list: Vec<(String, Expected)> = shift
        .citizens
        .iter()
        .map(|c| {
            let at = c.arrival.at.to_string();
            (
                at.clone(),
                Expected {
                    at,
                    name: c.persona.name.clone(),
                    wants: describe::want(shift, &c.arrival.wants, locale),
                },
            )
        })
        .collect();
    list.sort_by(|a, b| a.0.cmp(&b.0));
    list.into_iter().map(|(_, e)| e).collect()
}

/// The briefing screen.
pub fn briefing_ui(app: &mut App, ui: &mut egui::Ui) {
    let Some(session) = &app.session else {
        app.screen = super::app::Screen::Home;
        return;
    };
    let shift = &session.shift;
    let lang = app.settings.lang;
    let locale = &app.locale;
    let meta = &shift.scenario.file.meta;
    let spec = &shift.scenario.file.shift;
    let mut go_counter = false;
    let mut go_home = false;

    let mut switch_to = None;
    style::header_bar(
        ui,
        "briefing-top",
        &locale.tr("app-title"),
        |ui, header| {
            ui.label(RichText::new(locale.tr("briefing-title")).color(header.text));
        },
        |ui| {
            for lang in &crate::text::Lang::ALL {
                let selected = app.settings.lang == *lang;
                if ui
                    .selectable_label(selected, super::settings::language_name(*lang))
                    .on_hover_text(locale.tr("settings-language"))
                    .clicked()
                {
                    switch_to = Some(*lang);
                }
            }
        },
    );
    egui::Panel::bottom("briefing-actions")
        .frame(
            egui::Frame::new()
                .fill(ui.visuals().panel_fill)
                .inner_margin(egui::Margin::symmetric(16, 10)),
        )
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let enter = egui::Button::new(
                    RichText::new(locale.tr("briefing-start"))
                        .font(style::bold(ui, 15.0))
                        .color(style::palette(ui).header.text),
                )
                .fill(style::palette(ui).header.fill);
                let r = ui.add(enter);
                if r.clicked() {
                    go_counter = true;
                }
                if ui.button(locale.tr("briefing-back")).clicked() {
                    go_home = true;
                }
            });
        });
    style::centered_page(ui, "briefing-scroll", |ui| {
        ui.label(style::strong(meta.title.get(lang)).size(22.0 * style::scale(ui)));
        let day = describe::date(spec.date);
        let hours = format!(
            "{}–{}",
            describe::clock_at(shift, 0),
            describe::clock_at(shift, shift.length())
        );
        ui.label(format!("{} · {day} · {hours}", spec.centre.get(lang)));
        ui.add_space(8.0);
        mode_ui(ui, locale, shift.mode, session.code.as_deref());
        ui.add_space(10.0);
        ui.label(style::strong(locale.tr("briefing-situation")));
        ui.label(meta.briefing.get(lang));
        ui.add_space(10.0);
        ui.label(style::strong(locale.tr("briefing-objectives")));
        if meta.objectives.is_empty() {
            ui.label(locale.tr("briefing-no-objectives"));
        }
        for o in &meta.objectives {
            // A hanging indent: a long objective wraps beside its bullet, not under it.
            ui.horizontal_top(|ui| {
                ui.label("•");
                ui.add(egui::Label::new(o.get(lang)).wrap());
            });
        }
        ui.add_space(10.0);
        queue_ui(ui, locale, shift);
    });
    if ui.input(|i| i.key_pressed(egui::Key::Enter)) && !ui.ctx().egui_wants_keyboard_input() {
        go_counter = true;
    }
    if let Some(lang) = switch_to {
        app.set_language(lang);
    }
    if go_counter {
        app.enter_counter();
    } else if go_home {
        app.leave_briefing();
    }
}

/// The mode and what it means for the trainee.
fn mode_ui(ui: &mut egui::Ui, locale: &crate::i18n::Locale, mode: Mode, code: Option<&str>) {
    let (name, help, colour) = match mode {
        Mode::Practice => (
            locale.tr("mode-practice"),
            locale.tr("mode-practice-help"),
            style::palette(ui).practice_badge.fill,
        ),
        Mode::Exam => (
            locale.tr("mode-exam"),
            locale.tr("mode-exam-help"),
            style::palette(ui).exam_badge.fill,
        ),
    };
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.5, colour))
        .corner_radius(4)
        .inner_margin(egui::Margin::symmetric(10, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(style::strong(
                    locale.tr_args("briefing-mode", &[("mode", name)]),
                ));
                ui.label(help);
            });
            if let Some(code) = code {
                ui.label(locale.tr_args("briefing-session", &[("code", code.to_owned())]));
            }
        });
}

/// How many expected visitors the briefing lists by name (the rest are counted).
const SHOWN: usize = 12;

/// Who is expected at the counter, and what is already waiting in the portal.
fn queue_ui(ui: &mut egui::Ui, locale: &crate::i18n::Locale, shift: &Shift) {
    let list = expected(shift, locale);
    ui.label(style::strong(
        locale.tr_args("briefing-queue", &[("count", list.len().to_string())]),
    ));
    egui::Grid::new("briefing-queue-grid")
        .num_columns(3)
        .spacing([16.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            for e in list.iter().take(SHOWN) {
                ui.label(&e.at);
                ui.label(&e.name);
                ui.label(&e.wants);
                ui.end_row();
            }
        });
    if list.len() > SHOWN {
        ui.label(locale.tr_args(
            "briefing-more",
            &[("count", (list.len() - SHOWN).to_string())],
        ));
    }
    let online = shift.scenario.file.existing_dossiers.len();
    if online > 0 {
        ui.add_space(4.0);
        ui.label(locale.tr_args("briefing-existing", &[("count", online.to_string())]));
    }
}
