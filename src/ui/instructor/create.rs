//! Create a session: the instructor picks a scenario, a mode (exam by default), how the seats
//! get their day (one shared day, or a day per seat) and a title; the app makes a fresh
//! [`SessionCode`], shows it large in its three groups to be read aloud, copies it, saves it
//! as a session file, and says how trainees join.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::RichText;

use crate::record::RecordError;
use crate::scenario::{Mode, Scenario};
use crate::session::{Seeding, SessionCode, SessionFile, SessionPlan};

use super::super::app::App;
use super::super::home::mode_id;
use super::super::jobs::Job;
use super::super::join::SESSION_FILE_EXTENSION;
use super::super::record_error::{RecordTask, record_error_text};
use super::super::style;
use super::Pane;

/// A session made: its file (code, scenario, title) and its code.
#[derive(Debug, Clone)]
pub struct Created {
    /// What a session file holds.
    pub file: SessionFile,
    /// The code.
    pub code: SessionCode,
}

/// What became of "save the session file".
#[derive(Debug, Clone)]
pub enum Saved {
    /// Written there.
    To(PathBuf),
    /// Could not be written.
    Failed(Arc<RecordError>),
    /// The system has no file dialog.
    NoDialog,
}

/// The inputs of "create a session" and what was made.
pub struct CreateState {
    /// Scenario id chosen (`None`: the pack's first).
    pub scenario: Option<String>,
    /// Mode (exam by default).
    pub mode: Mode,
    /// How the seats get their day.
    pub seeding: Seeding,
    /// Title, as the instructor writes it.
    pub title: String,
    /// The session made, once "create" was clicked (dropped when an input changes).
    pub created: Option<Created>,
    /// The last "save the session file" outcome.
    pub saved: Option<Saved>,
    /// True once the code was copied (until a new one is made).
    pub copied: bool,
    save_dialog: Option<Job<Option<PathBuf>>>,
}

impl Default for CreateState {
    fn default() -> Self {
        Self {
            scenario: None,
            mode: Mode::Exam,
            seeding: Seeding::Shared,
            title: String::new(),
            created: None,
            saved: None,
            copied: false,
            save_dialog: None,
        }
    }
}

impl std::fmt::Debug for CreateState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateState")
            .field("scenario", &self.scenario)
            .field("mode", &self.mode)
            .field("seeding", &self.seeding)
            .field("created", &self.created)
            .finish_non_exhaustive()
    }
}

impl CreateState {
    /// Makes a session of `scenario` with a fresh code from the inputs.
    pub fn create(&mut self, scenario: &Scenario) {
        let plan = SessionPlan::fresh(scenario.id(), self.mode, self.seeding);
        let code = plan.code();
        let file = SessionFile::new(&code, scenario.id(), self.title.trim());
        self.created = Some(Created { file, code });
        self.saved = None;
        self.copied = false;
    }

    /// Writes the session file of the session made to `path` (atomically).
    pub fn save_to(&mut self, path: &Path) {
        let Some(created) = &self.created else {
            return;
        };
        let text = created.file.to_text();
        self.saved = Some(match crate::record::write_atomic(path, text.as_bytes()) {
            Ok(()) => Saved::To(path.to_owned()),
            Err(e) => Saved::Failed(Arc::new(e)),
        });
    }

    fn open_save_dialog(&mut self) {
        let Some(created) = &self.created else {
            return;
        };
        if !super::super::debrief::dialog_available() {
            self.saved = Some(Saved::NoDialog);
            return;
        }
        let name = format!("{}.{SESSION_FILE_EXTENSION}", created.code.as_str());
        self.save_dialog = Some(Job::spawn("instructor-save-file", move |_| {
            rfd::FileDialog::new()
                .set_file_name(name)
                .add_filter("Một Cửa", &[SESSION_FILE_EXTENSION])
                .save_file()
        }));
    }

    fn poll_save_dialog(&mut self, ctx: &egui::Context) {
        let Some(job) = &mut self.save_dialog else {
            return;
        };
        ctx.request_repaint_after(std::time::Duration::from_millis(100));
        let Some(answer) = job.poll() else {
            return;
        };
        self.save_dialog = None;
        match answer {
            Ok(Some(path)) => self.save_to(&path),
            Ok(None) => {}
            Err(_) => self.saved = Some(Saved::NoDialog),
        }
    }
}

/// The one-line explanation of a seeding.
pub fn seeding_help_id(seeding: Seeding) -> &'static str {
    match seeding {
        Seeding::Shared => "instructor-seeding-shared-help",
        Seeding::PerSeat => "instructor-seeding-per-seat-help",
    }
}

/// The name of a seeding.
pub fn seeding_id(seeding: Seeding) -> &'static str {
    match seeding {
        Seeding::Shared => "instructor-seeding-shared",
        Seeding::PerSeat => "instructor-seeding-per-seat",
    }
}

/// The "create a session" part of instructor mode.
pub fn create_ui(app: &mut App, ui: &mut egui::Ui) {
    app.instructor.create.poll_save_dialog(ui.ctx());
    let scenarios: Vec<Arc<Scenario>> = app
        .pack
        .as_ref()
        .map(|p| p.scenarios.clone())
        .unwrap_or_default();
    style::centered_page(ui, "instructor-create-scroll", |ui| {
        form_ui(app, ui, &scenarios);
        if app.instructor.create.created.is_some() {
            ui.add_space(12.0);
            created_ui(app, ui, &scenarios);
        }
    });
}

fn form_ui(app: &mut App, ui: &mut egui::Ui, scenarios: &[Arc<Scenario>]) {
    let lang = app.settings.lang;
    let locale = &app.locale;
    let state = &mut app.instructor.create;
    let before = (state.scenario.clone(), state.mode, state.seeding);
    ui.heading(locale.tr("instructor-create-title"));
    ui.label(locale.tr("instructor-create-help"));
    ui.add_space(6.0);
    let current = state
        .scenario
        .clone()
        .or_else(|| scenarios.first().map(|s| s.id().to_owned()));
    egui::Grid::new("instructor-create-grid")
        .num_columns(2)
        .spacing([12.0, 10.0])
        .show(ui, |ui| {
            let label = ui.label(locale.tr("instructor-scenario"));
            let shown = current
                .as_ref()
                .and_then(|id| scenarios.iter().find(|s| s.id() == id))
                .map_or_else(String::new, |s| s.file.meta.title.get(lang).to_owned());
            egui::ComboBox::from_id_salt("instructor-scenario")
                .selected_text(shown)
                .width(320.0)
                .show_ui(ui, |ui| {
                    for s in scenarios {
                        let selected = current.as_deref() == Some(s.id());
                        if ui
                            .selectable_label(selected, s.file.meta.title.get(lang))
                            .clicked()
                        {
                            state.scenario = Some(s.id().to_owned());
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            ui.label(locale.tr("instructor-mode"));
            ui.vertical(|ui| {
                for mode in [Mode::Exam, Mode::Practice] {
                    ui.radio_value(&mut state.mode, mode, locale.tr(mode_id(mode)));
                    let help = match mode {
                        Mode::Exam => "mode-exam-help",
                        Mode::Practice => "mode-practice-help",
                    };
                    ui.label(RichText::new(locale.tr(help)).small());
                }
            });
            ui.end_row();
            ui.label(locale.tr("instructor-seeding"));
            ui.vertical(|ui| {
                for seeding in [Seeding::Shared, Seeding::PerSeat] {
                    ui.radio_value(&mut state.seeding, seeding, locale.tr(seeding_id(seeding)));
                    ui.label(RichText::new(locale.tr(seeding_help_id(seeding))).small());
                }
            });
            ui.end_row();
            let label = ui.label(locale.tr("instructor-session-title"));
            ui.add(
                egui::TextEdit::singleline(&mut state.title)
                    .char_limit(120)
                    .hint_text(locale.tr("instructor-session-title-hint"))
                    .desired_width(320.0),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
    if before != (state.scenario.clone(), state.mode, state.seeding) {
        state.created = None;
    }
    ui.add_space(6.0);
    let chosen = current.and_then(|id| scenarios.iter().find(|s| s.id() == id).cloned());
    if ui
        .add_enabled(
            chosen.is_some(),
            egui::Button::new(style::strong(locale.tr("instructor-create"))),
        )
        .clicked()
        && let Some(s) = chosen
    {
        state.create(&s);
    }
}

fn created_ui(app: &mut App, ui: &mut egui::Ui, scenarios: &[Arc<Scenario>]) {
    let lang = app.settings.lang;
    let Some(created) = app.instructor.create.created.clone() else {
        return;
    };
    let locale = &app.locale;
    let mut open_dashboard = false;
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .inner_margin(12)
        .corner_radius(6)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(locale.tr("instructor-code-label"));
            ui.label(
                RichText::new(created.code.as_str())
                    .font(style::bold(ui, 44.0))
                    .color(style::palette(ui).panel.accent),
            );
            let title = scenarios
                .iter()
                .find(|s| s.id() == created.file.scenario)
                .map_or_else(
                    || created.file.scenario.clone(),
                    |s| s.file.meta.title.get(lang).to_owned(),
                );
            let plan = created.code.plan();
            ui.label(locale.tr_args(
                "join-preview",
                &[
                    ("scenario", title),
                    ("mode", locale.tr(mode_id(plan.mode))),
                    ("seeding", locale.tr(seeding_id(plan.seeding))),
                ],
            ));
            ui.horizontal_wrapped(|ui| {
                let state = &mut app.instructor.create;
                if ui.button(locale.tr("instructor-copy")).clicked() {
                    ui.ctx().copy_text(created.code.as_str().to_owned());
                    state.copied = true;
                }
                if ui
                    .add_enabled(
                        state.save_dialog.is_none(),
                        egui::Button::new(locale.tr("instructor-save-file")),
                    )
                    .clicked()
                {
                    state.open_save_dialog();
                }
                if ui.button(locale.tr("instructor-open-dashboard")).clicked() {
                    open_dashboard = true;
                }
            });
            let state = &app.instructor.create;
            if state.copied {
                ui.label(RichText::new(locale.tr("instructor-copied")).small());
            }
            match &state.saved {
                Some(Saved::To(path)) => {
                    ui.colored_label(
                        style::palette(ui).panel.success,
                        locale.tr_args("instructor-saved", &[("file", path.display().to_string())]),
                    );
                }
                Some(Saved::Failed(e)) => {
                    ui.colored_label(
                        style::palette(ui).panel.error,
                        record_error_text(locale, RecordTask::SaveSessionFile, e),
                    );
                }
                Some(Saved::NoDialog) => {
                    ui.colored_label(
                        style::palette(ui).panel.error,
                        locale.tr("instructor-no-dialog"),
                    );
                }
                None => {}
            }
            ui.add_space(6.0);
            ui.label(style::strong(locale.tr("instructor-how-to-join-title")));
            ui.label(locale.tr_args(
                "instructor-how-to-join",
                &[("code", created.code.as_str().to_owned())],
            ));
        });
    if open_dashboard {
        app.instructor
            .dashboard
            .set_session(Some(created.code.clone()));
        app.instructor.pane = Pane::Dashboard;
    }
}
