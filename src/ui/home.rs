//! Home: continue where you left off, the self-study curriculum, conference mode, settings.

use std::path::PathBuf;
use std::sync::Arc;

use egui::{Color32, RichText};

use crate::scenario::{Mode, Scenario};
use crate::session::Seeding;
use crate::text::Lang;

use super::app::App;
use super::jobs::Job;
use super::join::{self, JoinProblem, OpenedSession};
use super::settings::{language_name, settings_ui};
use super::style;

/// Inputs of the home screen.
#[derive(Default)]
pub struct HomeState {
    /// Conference: trainee name typed.
    pub name: String,
    /// Conference: session code typed (or taken from the session file opened).
    pub code: String,
    /// Conference: the session file opened, if any (it names the scenario).
    pub opened: Option<OpenedSession>,
    /// Conference: why the trainee cannot join yet (re-checked as the trainee corrects it).
    pub code_error: Option<JoinProblem>,
    /// Conference: the "open session file" dialog, while it is open.
    open_dialog: Option<Job<Option<PathBuf>>>,
}

impl std::fmt::Debug for HomeState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HomeState")
            .field("name", &self.name)
            .field("code", &self.code)
            .field("opened", &self.opened)
            .field("code_error", &self.code_error)
            .finish_non_exhaustive()
    }
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
    poll_open_dialog(app, ui);
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
            });
        session_preview_ui(app, ui, &scenarios);
        // A problem shown stays only while it is still there.
        if edited && app.home.code_error.is_some() {
            app.home.code_error = join::resolve(
                &app.home.name,
                &app.home.code,
                app.home.opened.as_ref(),
                &scenarios,
            )
            .err();
        }
        if let Some(e) = &app.home.code_error {
            ui.colored_label(style::palette(ui).panel.error, e.text(&app.locale));
        }
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(style::strong(app.locale.tr("home-join")))
                .clicked()
            {
                join(app, &scenarios);
            }
            let waiting = app.home.open_dialog.is_some();
            if ui
                .add_enabled(!waiting, egui::Button::new(app.locale.tr("join-open-file")))
                .clicked()
            {
                open_session_file(app);
            }
        });
        ui.separator();
        let help = app.locale.tr("home-instructor-help");
        let button = app.locale.tr("home-instructor");
        let mut open = false;
        egui::Sides::new().shrink_left().wrap().show(
            ui,
            |ui| {
                ui.label(RichText::new(help).small());
            },
            |ui| {
                open = ui.button(button).clicked();
            },
        );
        if open {
            app.open_instructor();
        }
    });
}

/// What the code typed will start, once it is a code this pack can play: the scenario, the
/// mode and the seeding (and the session file it came from).
fn session_preview_ui(app: &App, ui: &mut egui::Ui, scenarios: &[Arc<Scenario>]) {
    let opened = app.home.opened.as_ref();
    if let Some(o) = opened {
        ui.label(
            RichText::new(app.locale.tr_args(
                "join-file-opened",
                &[
                    ("file", o.path.display().to_string()),
                    ("title", o.file.title.clone()),
                ],
            ))
            .small(),
        );
    }
    let Ok((scenario, code)) = join::find_scenario(&app.home.code, opened, scenarios) else {
        return;
    };
    let plan = code.plan();
    let seeding = match plan.seeding {
        Seeding::Shared => "instructor-seeding-shared",
        Seeding::PerSeat => "instructor-seeding-per-seat",
    };
    ui.label(app.locale.tr_args(
        "join-preview",
        &[
            (
                "scenario",
                scenario.file.meta.title.get(app.settings.lang).to_owned(),
            ),
            ("mode", app.locale.tr(mode_id(plan.mode))),
            ("seeding", app.locale.tr(seeding)),
        ],
    ));
}

/// The message id of a mode's name.
pub fn mode_id(mode: Mode) -> &'static str {
    match mode {
        Mode::Practice => "mode-practice",
        Mode::Exam => "mode-exam",
    }
}

/// "Open session file…": the system's open dialog on its own thread (the window keeps
/// drawing); without one, the trainee is told to type the code.
fn open_session_file(app: &mut App) {
    if !super::debrief::dialog_available() {
        app.home.code_error = Some(JoinProblem::NoDialog);
        return;
    }
    app.home.open_dialog = Some(Job::spawn("join-open-file", |_| {
        rfd::FileDialog::new()
            .add_filter("Một Cửa", &[join::SESSION_FILE_EXTENSION])
            .pick_file()
    }));
}

/// Takes the open dialog's answer: reads the file chosen (its code fills the code field).
fn poll_open_dialog(app: &mut App, ui: &egui::Ui) {
    let Some(job) = &mut app.home.open_dialog else {
        return;
    };
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_millis(100));
    let Some(answer) = job.poll() else {
        return;
    };
    app.home.open_dialog = None;
    match answer {
        Ok(Some(path)) => open_session_path(app, path),
        Ok(None) => {}
        Err(_) => app.home.code_error = Some(JoinProblem::NoDialog),
    }
}

/// Reads the session file at `path`: its code replaces the code typed, or its problem is
/// shown.
pub fn open_session_path(app: &mut App, path: PathBuf) {
    match join::open(path) {
        Ok(opened) => {
            app.home.code = opened.code.as_str().to_owned();
            app.home.opened = Some(opened);
            app.home.code_error = None;
        }
        Err(problem) => {
            app.home.opened = None;
            app.home.code_error = Some(problem);
        }
    }
}

fn join(app: &mut App, scenarios: &[Arc<Scenario>]) {
    let joining = match join::resolve(
        &app.home.name,
        &app.home.code,
        app.home.opened.as_ref(),
        scenarios,
    ) {
        Ok(ok) => ok,
        Err(problem) => {
            app.home.code_error = Some(problem);
            return;
        }
    };
    app.home.code_error = None;
    app.settings.trainee = joining.trainee.clone();
    app.save_settings();
    let seed = joining.seed();
    let mode = joining.code.plan().mode;
    let code = joining.code.as_str().to_owned();
    app.start_shift(joining.scenario, seed, mode, Some(code));
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
