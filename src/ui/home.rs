//! Home: continue where you left off, the self-study curriculum, conference mode, settings.

use std::sync::Arc;

use egui::{Color32, RichText};

use crate::scenario::{Mode, Scenario};
use crate::text::Lang;

use super::app::App;
use super::settings::{language_name, settings_ui};
use super::style;

/// Inputs of the home screen.
#[derive(Debug, Clone, Default)]
pub struct HomeState {
    /// Conference: trainee name typed.
    pub name: String,
    /// Conference: session code typed.
    pub code: String,
    /// Conference: scenario chosen.
    pub scenario: Option<String>,
    /// Conference: why the code was rejected (re-checked as the trainee corrects it).
    pub code_error: Option<CodeProblem>,
}

impl HomeState {
    /// Initial state: the name from the settings.
    pub fn new(settings: &super::settings::Settings) -> Self {
        Self {
            name: settings.trainee.clone(),
            ..Self::default()
        }
    }
}

/// The seed a self-study run uses: the scenario's first expert path seed (so the expert path
/// shown in the debrief is the same day), else 1.
pub fn self_study_seed(scenario: &Scenario) -> u64 {
    scenario.file.tests.expert.first().map_or(1, |p| p.seed)
}

/// A new seed for a fresh morning (from the clock; the seed is stored with the result, so
/// the run is still reproducible).
pub fn fresh_seed() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(7, |d| u64::from(d.subsec_nanos()) ^ d.as_secs())
        % 1_000_000
}

/// Why a conference session cannot start with what was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeProblem {
    /// The code is neither a number nor `scenario/number`.
    Invalid,
    /// The code names a scenario the pack does not have.
    UnknownScenario,
    /// No trainee name.
    NameRequired,
}

impl CodeProblem {
    /// The message id of `ui.ftl` that words the problem.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Invalid => "home-code-invalid",
            Self::UnknownScenario => "home-code-unknown-scenario",
            Self::NameRequired => "home-name-required",
        }
    }
}

/// Parses a conference session code: `<seed>` or `<scenario-id>/<seed>`.
pub fn parse_code(code: &str) -> Option<(Option<String>, u64)> {
    let code = code.trim();
    let (scenario, seed) = match code.rsplit_once('/') {
        Some((s, n)) => (Some(s.trim().to_owned()), n.trim()),
        None => (None, code),
    };
    let seed = seed.parse::<u64>().ok()?;
    Some((scenario, seed))
}

/// Draws the language switcher (three buttons in their own scripts) on a blue bar, with the
/// bar's own widget colours (whatever text colour the caller set).
pub fn language_switch_ui(app: &mut App, ui: &mut egui::Ui) {
    let bar = style::palette(ui).header;
    ui.scope(|ui| {
        ui.style_mut().visuals = style::visuals_on(&bar);
        language_buttons_ui(app, ui);
    });
}

fn language_buttons_ui(app: &mut App, ui: &mut egui::Ui) {
    for lang in Lang::ALL {
        let selected = app.settings.lang == lang;
        if ui
            .selectable_label(selected, language_name(lang))
            .on_hover_text(app.locale.tr("settings-language"))
            .clicked()
        {
            app.set_language(lang);
        }
    }
}

/// The home screen.
pub fn home_ui(app: &mut App, ui: &mut egui::Ui) {
    egui::Panel::top("home-top")
        .frame(
            egui::Frame::new()
                .fill(style::GOV_BLUE)
                .inner_margin(egui::Margin::symmetric(16, 10)),
        )
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(app.locale.tr("app-title"))
                        .color(style::palette(ui).header.text)
                        .font(style::bold(ui, 26.0)),
                );
                ui.label(
                    RichText::new(app.locale.tr("app-subtitle"))
                        .color(style::palette(ui).header.weak),
                );
            });
        });
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.add_space(6.0);
            if let Some((fraction, stage)) = app.loading() {
                ui.label(style::strong(app.locale.tr("home-loading")));
                super::jobs::progress_ui(ui, &app.locale, fraction, stage);
                return;
            }
            notices_ui(app, ui);
            resume_ui(app, ui);
            ui.columns(2, |cols| {
                curriculum_ui(app, &mut cols[0]);
                conference_ui(app, &mut cols[1]);
                cols[1].add_space(12.0);
                settings_box_ui(app, &mut cols[1]);
            });
        });
    });
}

fn card(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
        .inner_margin(12)
        .corner_radius(6)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui);
        });
}

fn notices_ui(app: &mut App, ui: &mut egui::Ui) {
    let mut dismiss = None;
    let notice = style::palette(ui).notice;
    for (i, n) in app.notices.iter().enumerate() {
        egui::Frame::new()
            .fill(notice.fill)
            .stroke(egui::Stroke::new(1.0, style::WARN))
            .inner_margin(8)
            .corner_radius(4)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    ui.label(RichText::new(n.text(&app.locale)).color(notice.text));
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui.button(app.locale.tr("notice-dismiss")).clicked() {
                            dismiss = Some(i);
                        }
                    });
                });
            });
        ui.add_space(4.0);
    }
    if let Some(i) = dismiss {
        app.notices.remove(i);
    }
}

fn resume_ui(app: &mut App, ui: &mut egui::Ui) {
    let Some(offer) = app.resume.clone() else {
        return;
    };
    let title = app
        .pack
        .as_ref()
        .and_then(|p| p.get(&offer.scenario_id))
        .map_or_else(
            || offer.scenario_id.clone(),
            |s| s.file.meta.title.get(app.settings.lang).to_owned(),
        );
    card(ui, |ui| {
        ui.heading(app.locale.tr("home-resume-title"));
        ui.label(app.locale.tr_args(
            "home-resume-body",
            &[
                ("scenario", title),
                ("actions", offer.actions.to_string()),
                (
                    "trainee",
                    if offer.trainee.is_empty() {
                        app.locale.tr("slip-clerk-unnamed")
                    } else {
                        offer.trainee.clone()
                    },
                ),
            ],
        ));
        if let Some(e) = &offer.error {
            ui.colored_label(style::palette(ui).panel.error, e.text(&app.locale));
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    offer.error.is_none(),
                    egui::Button::new(style::strong(app.locale.tr("home-resume"))),
                )
                .clicked()
            {
                app.resume_journal();
            }
            if ui.button(app.locale.tr("home-resume-discard")).clicked() {
                app.discard_journal();
            }
        });
    });
    ui.add_space(10.0);
}

fn difficulty_ui(ui: &mut egui::Ui, level: u8, label: &str) {
    let (rect, resp) = ui.allocate_exact_size(egui::vec2(70.0, 14.0), egui::Sense::hover());
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, label));
    for i in 0..5u8 {
        let c = rect.left_center() + egui::vec2(7.0 + 13.0 * f32::from(i), 0.0);
        if i < level {
            ui.painter().circle_filled(c, 5.0, style::SEAL_RED);
        } else {
            ui.painter()
                .circle_stroke(c, 5.0, egui::Stroke::new(1.0, Color32::GRAY));
        }
    }
}

fn curriculum_ui(app: &mut App, ui: &mut egui::Ui) {
    ui.heading(app.locale.tr("home-curriculum"));
    ui.label(app.locale.tr("home-curriculum-help"));
    ui.add_space(6.0);
    let scenarios: Vec<Arc<Scenario>> = app
        .pack
        .as_ref()
        .map(|p| p.scenarios.clone())
        .unwrap_or_default();
    if scenarios.is_empty() {
        ui.colored_label(
            style::palette(ui).panel.error,
            app.locale.tr("home-no-scenarios"),
        );
    }
    let lang = app.settings.lang;
    let mut start = None;
    for s in &scenarios {
        let meta = &s.file.meta;
        let locked_by = meta
            .requires
            .as_ref()
            .filter(|r| !app.progress.passed.contains(*r));
        card(ui, |ui| {
            // The title wraps beside the difficulty dots rather than running under them.
            egui::Sides::new().shrink_left().wrap().show(
                ui,
                |ui| {
                    ui.label(style::strong(meta.title.get(lang)).size(17.0 * style::scale(ui)));
                },
                |ui| {
                    difficulty_ui(
                        ui,
                        meta.difficulty,
                        &app.locale
                            .tr_args("home-difficulty", &[("level", meta.difficulty.to_string())]),
                    );
                },
            );
            ui.label(RichText::new(meta.briefing.get(lang)).small());
            let best_ui = |ui: &mut egui::Ui| match app.progress.best.get(s.id()) {
                Some(best) => {
                    ui.label(
                        app.locale
                            .tr_args("home-best", &[("score", format!("{best:.1}"))]),
                    );
                    if app.progress.passed.contains(s.id()) {
                        ui.colored_label(
                            style::palette(ui).panel.success,
                            app.locale.tr("report-passed"),
                        );
                    }
                }
                None => {
                    ui.label(app.locale.tr("home-not-tried"));
                }
            };
            let title = meta.title.get(lang).to_owned();
            match locked_by {
                // Locked: the score on one line, what unlocks it on the next (it may wrap).
                Some(req) => {
                    ui.horizontal(best_ui);
                    let req_title = scenarios
                        .iter()
                        .find(|x| x.id() == req)
                        .map_or_else(|| req.clone(), |x| x.file.meta.title.get(lang).to_owned());
                    ui.label(
                        RichText::new(
                            app.locale
                                .tr_args("home-locked", &[("scenario", req_title)]),
                        )
                        .color(style::palette(ui).panel.weak),
                    );
                }
                None => {
                    egui::Sides::new()
                        .shrink_left()
                        .wrap()
                        .show(ui, best_ui, |ui| {
                            let r = ui.button(style::strong(app.locale.tr("home-start")));
                            let name = format!("{}: {title}", app.locale.tr("home-start"));
                            r.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::Button, true, &name)
                            });
                            if r.clicked() {
                                start = Some((s.clone(), self_study_seed(s)));
                            }
                            // Generated citizens: a fresh morning from a new seed, every time.
                            if s.file.generated.is_some() {
                                let r = ui.button(app.locale.tr("home-new-morning"));
                                let name =
                                    format!("{}: {title}", app.locale.tr("home-new-morning"));
                                r.widget_info(|| {
                                    egui::WidgetInfo::labeled(egui::Role::Button, true, &name)
                                });
                                if r.clicked() {
                                    start = Some((s.clone(), fresh_seed()));
                                }
                            }
                        });
                }
            }
        });
        ui.add_space(6.0);
    }
    if let Some((s, seed)) = start {
        let mode = app.settings.mode;
        app.start_shift(s, seed, mode, None);
    }
}

fn conference_ui(app: &mut App, ui: &mut egui::Ui) {
    let scenarios: Vec<Arc<Scenario>> = app
        .pack
        .as_ref()
        .map(|p| p.scenarios.clone())
        .unwrap_or_default();
    let lang = app.settings.lang;
    let mut edited = false;
    card(ui, |ui| {
        ui.heading(app.locale.tr("home-conference"));
        ui.label(app.locale.tr("home-conference-help"));
        egui::Grid::new("conference-grid")
            .num_columns(2)
            .spacing([10.0, 8.0])
            .show(ui, |ui| {
                let name_label = ui.label(app.locale.tr("home-trainee-name"));
                let name = ui
                    .add(
                        egui::TextEdit::singleline(&mut app.home.name)
                            .char_limit(80)
                            .desired_width(220.0),
                    )
                    .labelled_by(name_label.id);
                edited |= name.changed();
                ui.end_row();
                let code_label = ui.label(app.locale.tr("home-session-code"));
                let code = ui
                    .add(
                        egui::TextEdit::singleline(&mut app.home.code)
                            .char_limit(60)
                            .hint_text(app.locale.tr("home-session-code-hint"))
                            .desired_width(220.0),
                    )
                    .labelled_by(code_label.id);
                edited |= code.changed();
                ui.end_row();
                let scenario_label = ui.label(app.locale.tr("home-scenario"));
                let current = app
                    .home
                    .scenario
                    .clone()
                    .or_else(|| scenarios.first().map(|s| s.id().to_owned()));
                let shown = current
                    .as_ref()
                    .and_then(|id| scenarios.iter().find(|s| s.id() == id))
                    .map_or_else(String::new, |s| s.file.meta.title.get(lang).to_owned());
                egui::ComboBox::from_id_salt("conference-scenario")
                    .selected_text(shown)
                    .width(220.0)
                    .show_ui(ui, |ui| {
                        for s in &scenarios {
                            let sel = current.as_deref() == Some(s.id());
                            if ui
                                .selectable_label(sel, s.file.meta.title.get(lang))
                                .clicked()
                            {
                                app.home.scenario = Some(s.id().to_owned());
                                edited = true;
                            }
                        }
                    })
                    .response
                    .labelled_by(scenario_label.id);
                ui.end_row();
            });
        // A problem shown stays only while it is still there.
        if edited && app.home.code_error.is_some() {
            app.home.code_error = check_join(&app.home, &scenarios).err();
        }
        if let Some(e) = app.home.code_error {
            ui.colored_label(
                style::palette(ui).panel.error,
                app.locale.tr(e.message_id()),
            );
        }
        if ui
            .button(style::strong(app.locale.tr("home-join")))
            .clicked()
        {
            join(app, &scenarios);
        }
    });
}

/// What a conference session starts with (scenario, seed, trainee name), or why it cannot.
fn check_join(
    home: &HomeState,
    scenarios: &[Arc<Scenario>],
) -> Result<(Arc<Scenario>, u64, String), CodeProblem> {
    let (from_code, seed) = parse_code(&home.code).ok_or(CodeProblem::Invalid)?;
    let id = from_code
        .or_else(|| home.scenario.clone())
        .or_else(|| scenarios.first().map(|s| s.id().to_owned()));
    let scenario = id
        .and_then(|id| scenarios.iter().find(|s| s.id() == id).cloned())
        .ok_or(CodeProblem::UnknownScenario)?;
    let name = home.name.trim().to_owned();
    if name.is_empty() {
        return Err(CodeProblem::NameRequired);
    }
    Ok((scenario, seed, name))
}

fn join(app: &mut App, scenarios: &[Arc<Scenario>]) {
    let (scenario, seed, name) = match check_join(&app.home, scenarios) {
        Ok(ok) => ok,
        Err(problem) => {
            app.home.code_error = Some(problem);
            return;
        }
    };
    app.home.code_error = None;
    app.settings.trainee = name;
    app.save_settings();
    let code = app.home.code.trim().to_owned();
    app.start_shift(scenario, seed, Mode::Exam, Some(code));
}

fn settings_box_ui(app: &mut App, ui: &mut egui::Ui) {
    card(ui, |ui| {
        ui.heading(app.locale.tr("settings-title"));
        let before = app.settings.lang;
        let changed = settings_ui(ui, &mut app.settings, &app.locale);
        if changed.lang {
            let lang = app.settings.lang;
            app.settings.lang = before;
            app.set_language(lang);
        }
        if changed.style {
            app.restyle();
        }
        if changed.any {
            app.home.name = app.settings.trainee.clone();
            app.save_settings();
        }
        if let Some(p) = &app.paths {
            ui.label(
                RichText::new(app.locale.tr_args(
                    "settings-data-folder",
                    &[("path", p.root.display().to_string())],
                ))
                .small(),
            );
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_codes_parse() {
        assert_eq!(parse_code("4821"), Some((None, 4821)));
        assert_eq!(
            parse_code(" tutorial-birth/77 "),
            Some((Some("tutorial-birth".into()), 77))
        );
        assert_eq!(parse_code("abc"), None);
        assert_eq!(parse_code(""), None);
    }
}
