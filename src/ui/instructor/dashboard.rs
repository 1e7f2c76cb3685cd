//! The class dashboard: the folders watched (by default the app's own results folder; a
//! network share is just a folder), imported and verified by re-simulation on a background
//! thread with a progress bar ([`crate::class::import`]), refreshed every
//! [`REFRESH_EVERY`] while the screen is open — only when something in the folders changed
//! (their `.motcua` files' names, sizes and modification times) — and never blocking the
//! window. What the class shows is drawn by [`super::charts`] and [`super::tables`]; the
//! gradebook CSV (Moodle) and the printable report are saved through the system's dialogs.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use egui::RichText;

use crate::class::{
    Class, ClassError, ClassOptions, Item, Progress, collect_folder, import, import_again,
};
use crate::i18n::Locale;
use crate::record::verify::{ScenarioSource, Standing};
use crate::session::SessionCode;
use crate::xapi::{FetchedResult, LrsConfig, LrsError, fetch_session};

use super::super::app::App;
use super::super::jobs::Job;
use super::super::record_error::{RecordTask, record_error_text};
use super::super::style;
use super::{charts, tables};

/// How often the folders are looked at while the dashboard is open.
pub const REFRESH_EVERY: Duration = Duration::from_secs(10);

/// What the folders held at one look: each result file with its size and modification time.
pub type Stamp = Vec<(PathBuf, u64, Option<SystemTime>)>;

/// A folder that gave nothing to import.
#[derive(Debug, Clone)]
pub enum FolderNote {
    /// It does not exist (yet): no shift has written a result there.
    Missing(PathBuf),
    /// It cannot be read.
    Problem(Arc<ClassError>),
    /// The system has no folder dialog to add one.
    NoDialog,
}

/// What one look at the folders found.
enum Refresh {
    /// Nothing changed since the last import.
    Unchanged,
    /// The folders changed (or this is the first look): the class imported again.
    Imported {
        stamp: Stamp,
        class: Arc<Class>,
        notes: Vec<FolderNote>,
    },
}

/// A column of the per-trainee table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The trainee's name.
    Name,
    /// The scenario's title.
    Scenario,
    /// Today's score.
    Score,
    /// Passed or not.
    Standing,
    /// When the shift was finished.
    Finished,
}

/// What the dashboard saves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// The gradebook CSV for Moodle's grade import.
    Gradebook,
    /// The printable class report (HTML).
    Report,
}

/// What the last "read from the LRS" gave.
#[derive(Debug, Clone)]
pub enum LrsNote {
    /// This many results were read back and are in the class.
    Read(usize),
    /// The LRS could not be read.
    Failed(LrsError),
}

/// What became of an export.
#[derive(Debug, Clone)]
pub enum Exported {
    /// Written there.
    To(PathBuf),
    /// Could not be written.
    Failed(Arc<ClassError>),
    /// The system has no file dialog.
    NoDialog,
}

/// The dashboard's state.
pub struct DashboardState {
    /// The session the class is (`None`: every result of the folders belongs).
    pub session: Option<SessionCode>,
    /// The session code as typed in the dashboard.
    pub session_text: String,
    /// The folders watched.
    pub folders: Vec<PathBuf>,
    /// The class as last imported.
    pub class: Option<Arc<Class>>,
    /// Folders that gave nothing at the last import.
    pub notes: Vec<FolderNote>,
    /// The per-trainee table's order: the column and whether it ascends.
    pub sort: (Column, bool),
    /// The per-trainee table's text filter (name or scenario).
    pub filter: String,
    /// The per-trainee table's standing filter.
    pub standing: Option<Standing>,
    /// The last export's outcome.
    pub exported: Option<(Export, Exported)>,
    /// The last reading from the LRS.
    pub lrs_note: Option<LrsNote>,
    /// The session's results read back from the LRS, imported with the folders'.
    lrs_items: Vec<Item>,
    lrs_job: Option<Job<Result<Vec<FetchedResult>, LrsError>>>,
    started: bool,
    imports: usize,
    generation: u64,
    stamp: Option<Stamp>,
    last_look: Option<Instant>,
    job: Option<(u64, Job<Refresh>)>,
    progress: Arc<Progress>,
    source: Option<Arc<ScenarioSource>>,
    add_dialog: Option<Job<Option<PathBuf>>>,
    export_dialog: Option<(Export, Job<Option<PathBuf>>)>,
}

impl Default for DashboardState {
    fn default() -> Self {
        Self {
            session: None,
            session_text: String::new(),
            folders: Vec::new(),
            class: None,
            notes: Vec::new(),
            sort: (Column::Score, false),
            filter: String::new(),
            standing: None,
            exported: None,
            lrs_note: None,
            lrs_items: Vec::new(),
            lrs_job: None,
            started: false,
            imports: 0,
            generation: 0,
            stamp: None,
            last_look: None,
            job: None,
            progress: Arc::new(Progress::new()),
            source: None,
            add_dialog: None,
            export_dialog: None,
        }
    }
}

impl std::fmt::Debug for DashboardState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DashboardState")
            .field("session", &self.session)
            .field("folders", &self.folders)
            .field("entries", &self.class.as_ref().map(|c| c.entries.len()))
            .finish_non_exhaustive()
    }
}

/// The `.motcua` files of the folders and what each folder that gave none says.
fn look(folders: &[PathBuf]) -> (Vec<PathBuf>, Stamp, Vec<FolderNote>) {
    let mut files = Vec::new();
    let mut notes = Vec::new();
    for dir in folders {
        if !dir.exists() {
            notes.push(FolderNote::Missing(dir.clone()));
            continue;
        }
        match collect_folder(dir) {
            Ok(found) => files.extend(found),
            Err(e) => notes.push(FolderNote::Problem(Arc::new(e))),
        }
    }
    let stamp = files
        .iter()
        .map(|p| {
            let meta = std::fs::metadata(p).ok();
            (
                p.clone(),
                meta.as_ref().map_or(0, std::fs::Metadata::len),
                meta.and_then(|m| m.modified().ok()),
            )
        })
        .collect();
    (files, stamp, notes)
}

/// True when every file of `before` that is still there is unchanged (same size and
/// modification time): the folders only gained or lost files.
fn only_added(before: &Stamp, now: &Stamp) -> bool {
    let now: std::collections::BTreeMap<&PathBuf, (u64, Option<SystemTime>)> =
        now.iter().map(|(p, len, at)| (p, (*len, *at))).collect();
    before.iter().all(|(p, len, at)| {
        now.get(p)
            .is_none_or(|(now_len, now_at)| now_len == len && now_at == at && at.is_some())
    })
}

impl DashboardState {
    /// Watches the app's results folder when nothing was chosen yet, and verifies results
    /// against the scenarios of the app's pack.
    pub fn start(&mut self, results_folder: Option<PathBuf>, source: Arc<ScenarioSource>) {
        if !self.started {
            self.started = true;
            if self.folders.is_empty() {
                self.folders.extend(results_folder);
            }
        }
        if self.source.is_none() {
            self.source = Some(source);
        }
    }

    /// Adds a folder to watch (once) and looks at the folders again.
    pub fn add_folder(&mut self, dir: PathBuf) {
        if !self.folders.contains(&dir) {
            self.folders.push(dir);
            self.reimport();
        }
    }

    /// Stops watching a folder.
    pub fn remove_folder(&mut self, index: usize) {
        if index < self.folders.len() {
            self.folders.remove(index);
            self.reimport();
        }
    }

    /// Sets the session the class is (`None`: every result) and imports again.
    pub fn set_session(&mut self, session: Option<SessionCode>) {
        if self.session != session {
            self.session_text = session
                .as_ref()
                .map(|c| c.as_str().to_owned())
                .unwrap_or_default();
            self.session = session;
            self.forget_lrs();
            self.reimport();
        }
    }

    /// Forgets what the folders held, so the next look imports again (an import running
    /// for the old folders or session is not taken).
    fn reimport(&mut self) {
        self.generation += 1;
        self.stamp = None;
        self.last_look = None;
    }

    /// Drops what was read from the LRS (it was another session's).
    fn forget_lrs(&mut self) {
        self.lrs_items.clear();
        self.lrs_note = None;
        self.lrs_job = None;
    }

    /// Reads the session's results back from the LRS in the background; they join the
    /// folders' results in the class. Nothing without a session.
    pub fn read_lrs(&mut self, cfg: LrsConfig) {
        let Some(code) = self.session.clone() else {
            return;
        };
        if self.lrs_job.is_none() {
            self.lrs_job = Some(Job::spawn("instructor-reading-lrs", move |_| {
                fetch_session(&cfg, &code)
            }));
        }
    }

    /// True while the LRS is being read.
    pub fn reading_lrs(&self) -> bool {
        self.lrs_job.is_some()
    }

    fn lrs_read(&mut self, answer: Result<Vec<FetchedResult>, LrsError>) {
        self.lrs_job = None;
        match answer {
            Ok(results) => {
                self.lrs_note = Some(LrsNote::Read(results.len()));
                self.lrs_items = results
                    .into_iter()
                    .map(|r| {
                        Item::bytes(
                            crate::class::Origin::Lrs {
                                statement: r.statement_id,
                            },
                            r.result_file,
                        )
                    })
                    .collect();
                self.reimport();
            }
            Err(e) => self.lrs_note = Some(LrsNote::Failed(e)),
        }
    }

    /// Looks at the folders at the next frame instead of waiting for [`REFRESH_EVERY`].
    pub fn look_now(&mut self) {
        self.last_look = None;
    }

    /// Results read and verified by the last import: all of them at first, only the new
    /// ones when a refresh found files added.
    pub fn verified_last(&self) -> usize {
        self.progress.total()
    }

    /// How many times the folders were imported (a look that found no change does not
    /// count).
    pub fn imports(&self) -> usize {
        self.imports
    }

    /// True while an import runs.
    pub fn busy(&self) -> bool {
        self.job.is_some()
    }

    /// Results verified so far and results to verify, while an import runs.
    pub fn progress(&self) -> Option<(usize, usize)> {
        self.job
            .as_ref()
            .map(|_| (self.progress.done(), self.progress.total()))
    }

    /// Looks at the folders in the background when it is time to (the first time, after a
    /// change of folders or session, then every [`REFRESH_EVERY`]); nothing when an import
    /// runs or no scenario source is known.
    pub fn tick(&mut self) {
        let due = self
            .last_look
            .is_none_or(|at| at.elapsed() >= REFRESH_EVERY);
        if self.job.is_some() || !due {
            return;
        }
        let Some(source) = self.source.clone() else {
            return;
        };
        self.last_look = Some(Instant::now());
        let folders = self.folders.clone();
        let from_lrs = self.lrs_items.clone();
        let previous = self.stamp.clone();
        let before = self.class.clone();
        let options = ClassOptions {
            session: self.session.clone(),
            threads: 0,
        };
        let progress = self.progress.clone();
        let generation = self.generation;
        self.job = Some((
            generation,
            Job::spawn("instructor-importing", move |_| {
                let (files, stamp, notes) = look(&folders);
                if previous.as_ref() == Some(&stamp) {
                    return Refresh::Unchanged;
                }
                let items = files.into_iter().map(Item::file).chain(from_lrs).collect();
                // Only new files since the last import of the same folders and session:
                // the results already verified are kept, only the new ones are verified.
                let class = match (&before, &previous) {
                    (Some(before), Some(previous)) if only_added(previous, &stamp) => {
                        import_again(before, items, &source, &options, &progress)
                    }
                    _ => import(items, &source, &options, &progress),
                };
                Refresh::Imported {
                    stamp,
                    class: Arc::new(class),
                    notes,
                }
            }),
        ));
    }

    fn take(&mut self, generation: u64, answer: Result<Refresh, super::super::jobs::JobFailed>) {
        self.job = None;
        if generation != self.generation {
            // Imported for folders or a session no longer asked for.
            return;
        }
        match answer {
            Ok(Refresh::Imported {
                stamp,
                class,
                notes,
            }) => {
                self.stamp = Some(stamp);
                self.class = Some(class);
                self.notes = notes;
                self.imports += 1;
            }
            Ok(Refresh::Unchanged) => {}
            // A bug in the import: the next look tries again.
            Err(_) => self.stamp = None,
        }
    }

    /// Takes the import's result once it is done (and the LRS's answer).
    pub fn poll(&mut self) {
        if let Some(answer) = self.lrs_job.as_mut().and_then(Job::poll) {
            match answer {
                Ok(answer) => self.lrs_read(answer),
                Err(_) => self.lrs_job = None,
            }
        }
        if let Some((generation, job)) = &mut self.job
            && let Some(answer) = job.poll()
        {
            let generation = *generation;
            self.take(generation, answer);
        }
    }

    /// Waits for the LRS's answer (if it is being read), then looks at the folders now if
    /// it is time to, and blocks until the class is imported for the current folders,
    /// session and LRS results (tests, measurement).
    pub fn wait(&mut self) {
        if let Some(mut job) = self.lrs_job.take() {
            match job.wait() {
                Ok(answer) => self.lrs_read(answer),
                Err(_) => self.lrs_job = None,
            }
        }
        loop {
            self.tick();
            let Some((generation, mut job)) = self.job.take() else {
                return;
            };
            let answer = job.wait();
            self.take(generation, answer);
            if generation == self.generation {
                return;
            }
        }
    }

    /// Writes the gradebook or the report of the class to `path`.
    pub fn export_to(&mut self, what: Export, path: &Path, locale: &Locale, title: &str) {
        let Some(class) = &self.class else {
            return;
        };
        let written = match what {
            Export::Gradebook => crate::class::write_gradebook(path, class),
            Export::Report => crate::class::write_report(path, class, locale, title),
        };
        self.exported = Some((
            what,
            match written {
                Ok(()) => Exported::To(path.to_owned()),
                Err(e) => Exported::Failed(Arc::new(e)),
            },
        ));
    }

    fn open_add_dialog(&mut self) {
        if !super::super::debrief::dialog_available() {
            self.notes.push(FolderNote::NoDialog);
            return;
        }
        self.add_dialog = Some(Job::spawn("instructor-add-folder", |_| {
            rfd::FileDialog::new().pick_folder()
        }));
    }

    fn open_export_dialog(&mut self, what: Export) {
        if !super::super::debrief::dialog_available() {
            self.exported = Some((what, Exported::NoDialog));
            return;
        }
        let (name, extension) = match what {
            Export::Gradebook => ("bang-diem.csv", "csv"),
            Export::Report => ("bao-cao-lop.html", "html"),
        };
        let name = match &self.session {
            Some(code) => format!("{}-{name}", code.as_str()),
            None => name.to_owned(),
        };
        let dialog = Job::spawn("instructor-exporting", move |_| {
            rfd::FileDialog::new()
                .set_file_name(name)
                .add_filter(extension.to_uppercase(), &[extension])
                .save_file()
        });
        self.export_dialog = Some((what, dialog));
    }

    fn poll_dialogs(&mut self, locale: &Locale, title: &str) {
        if let Some(answer) = self.add_dialog.as_mut().and_then(Job::poll) {
            self.add_dialog = None;
            if let Ok(Some(dir)) = answer {
                self.add_folder(dir);
            }
        }
        if let Some((what, job)) = &mut self.export_dialog
            && let Some(answer) = job.poll()
        {
            let what = *what;
            self.export_dialog = None;
            match answer {
                Ok(Some(path)) => self.export_to(what, &path, locale, title),
                Ok(None) => {}
                Err(_) => self.exported = Some((what, Exported::NoDialog)),
            }
        }
    }

    fn dialog_open(&self) -> bool {
        self.add_dialog.is_some() || self.export_dialog.is_some() || self.lrs_job.is_some()
    }
}

/// A folder note in the interface language.
fn note_text(locale: &Locale, note: &FolderNote) -> String {
    match note {
        FolderNote::NoDialog => locale.tr("instructor-no-folder-dialog"),
        FolderNote::Missing(dir) => locale.tr_args(
            "instructor-folder-missing",
            &[("folder", dir.display().to_string())],
        ),
        FolderNote::Problem(e) => class_error_text(locale, e),
    }
}

/// A class error in the interface language, naming the folder or file.
pub fn class_error_text(locale: &Locale, e: &ClassError) -> String {
    match e {
        ClassError::Folder { dir, source } => locale.tr_args(
            "instructor-folder-unreadable",
            &[
                ("folder", dir.display().to_string()),
                ("error", source.to_string()),
            ],
        ),
        ClassError::NotAFolder { dir } => locale.tr_args(
            "instructor-not-a-folder",
            &[("folder", dir.display().to_string())],
        ),
        ClassError::Write(source) => record_error_text(locale, RecordTask::ExportClass, source),
    }
}

/// The session's title for the report: the one the instructor wrote when the session was
/// created here, else the code, else the generic title.
fn report_title(app: &App) -> String {
    let dashboard = &app.instructor.dashboard;
    let created = app
        .instructor
        .create
        .created
        .as_ref()
        .filter(|c| Some(&c.code) == dashboard.session.as_ref())
        .map(|c| c.file.title.clone())
        .filter(|t| !t.is_empty());
    match (created, &dashboard.session) {
        (Some(title), _) => title,
        (None, Some(code)) => app.locale.tr_args(
            "instructor-report-title-code",
            &[("code", code.as_str().to_owned())],
        ),
        (None, None) => app.locale.tr("instructor-report-title"),
    }
}

/// The dashboard part of instructor mode.
pub fn dashboard_ui(app: &mut App, ui: &mut egui::Ui) {
    let source = match &app.instructor.dashboard.source {
        Some(s) => s.clone(),
        None => Arc::new(ScenarioSource::from_scenarios(
            app.pack
                .as_ref()
                .map(|p| p.scenarios.clone())
                .unwrap_or_default(),
        )),
    };
    let results = app.results_folder();
    let title = report_title(app);
    let d = &mut app.instructor.dashboard;
    d.start(results, source);
    d.poll();
    d.poll_dialogs(&app.locale, &title);
    d.tick();
    let wait = if d.busy() || d.dialog_open() {
        Duration::from_millis(50)
    } else {
        Duration::from_secs(1)
    };
    ui.ctx().request_repaint_after(wait);
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("instructor-dashboard-scroll")
            .show(ui, |ui| {
                ui.add_space(6.0);
                sources_ui(app, ui);
                ui.add_space(8.0);
                if app.instructor.dashboard.class.is_some() {
                    class_ui(app, ui);
                }
            });
    });
}

/// The session, the folders watched, the progress of an import, the exports.
fn sources_ui(app: &mut App, ui: &mut egui::Ui) {
    let locale = &app.locale;
    let lrs = app.settings.delivery.config();
    let d = &mut app.instructor.dashboard;
    ui.heading(locale.tr("instructor-dashboard-title"));
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(locale.tr("instructor-class-session"));
        let edit = ui
            .add(
                egui::TextEdit::singleline(&mut d.session_text)
                    .char_limit(60)
                    .hint_text(locale.tr("instructor-class-session-hint"))
                    .desired_width(180.0),
            )
            .labelled_by(label.id);
        if edit.changed() {
            let typed = d.session_text.trim().to_owned();
            if typed.is_empty() {
                d.session = None;
                d.reimport();
            } else if let Ok(code) = SessionCode::parse(&typed)
                && d.session.as_ref() != Some(&code)
            {
                d.session = Some(code);
                d.reimport();
            }
        }
    });
    let typed = d.session_text.trim();
    if !typed.is_empty()
        && let Err(e) = SessionCode::parse(typed)
    {
        ui.colored_label(
            style::palette(ui).panel.error,
            super::super::join::code_error_text(locale, &e),
        );
    }
    ui.label(style::strong(locale.tr("instructor-folders")));
    let mut remove = None;
    for (i, dir) in d.folders.iter().enumerate() {
        ui.horizontal(|ui| {
            let r = ui.button(locale.tr("instructor-folder-remove"));
            let name = format!(
                "{}: {}",
                locale.tr("instructor-folder-remove"),
                dir.display()
            );
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if r.clicked() {
                remove = Some(i);
            }
            ui.label(dir.display().to_string());
        });
    }
    if let Some(i) = remove {
        d.remove_folder(i);
    }
    if d.folders.is_empty() {
        ui.label(
            RichText::new(locale.tr("instructor-no-folders")).color(style::palette(ui).panel.weak),
        );
    }
    for note in &d.notes {
        let colour = match note {
            FolderNote::Missing(_) => style::palette(ui).panel.weak,
            FolderNote::Problem(_) | FolderNote::NoDialog => style::palette(ui).panel.error,
        };
        ui.colored_label(colour, note_text(locale, note));
    }
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(
                d.add_dialog.is_none(),
                egui::Button::new(locale.tr("instructor-add-folder")),
            )
            .clicked()
        {
            d.open_add_dialog();
        }
        let can_read = d.session.is_some() && !lrs.endpoint.trim().is_empty();
        let r = ui
            .add_enabled(
                can_read && d.lrs_job.is_none(),
                egui::Button::new(locale.tr("instructor-read-lrs")),
            )
            .on_disabled_hover_text(locale.tr("instructor-read-lrs-needs"));
        if r.clicked() {
            d.read_lrs(lrs.clone());
        }
        let has_class = d.class.is_some();
        for (what, id) in [
            (Export::Gradebook, "instructor-export-gradebook"),
            (Export::Report, "instructor-export-report"),
        ] {
            if ui
                .add_enabled(
                    has_class && d.export_dialog.is_none(),
                    egui::Button::new(locale.tr(id)),
                )
                .clicked()
            {
                d.open_export_dialog(what);
            }
        }
    });
    match &d.lrs_note {
        _ if d.lrs_job.is_some() => {
            ui.label(locale.tr("instructor-reading-lrs"));
        }
        Some(LrsNote::Read(n)) => {
            ui.label(locale.tr_args("instructor-lrs-read", &[("count", n.to_string())]));
        }
        Some(LrsNote::Failed(e)) => {
            ui.colored_label(
                style::palette(ui).panel.error,
                super::super::delivery::lrs_error_text(locale, e),
            );
        }
        None => {}
    }
    if let Some((done, total)) = d.progress() {
        let fraction = if total == 0 {
            0.0
        } else {
            done as f32 / total as f32
        };
        ui.add(
            egui::ProgressBar::new(fraction)
                .desired_width(360.0)
                .animate(true)
                .text(locale.tr_args(
                    "instructor-verifying",
                    &[("done", done.to_string()), ("total", total.to_string())],
                )),
        );
    } else {
        ui.label(RichText::new(locale.tr("instructor-refreshing")).small());
    }
    match &d.exported {
        Some((what, Exported::To(path))) => {
            let id = match what {
                Export::Gradebook => "instructor-gradebook-saved",
                Export::Report => "instructor-report-saved",
            };
            ui.colored_label(
                style::palette(ui).panel.success,
                locale.tr_args(id, &[("file", path.display().to_string())]),
            );
        }
        Some((_, Exported::Failed(e))) => {
            ui.colored_label(style::palette(ui).panel.error, class_error_text(locale, e));
        }
        Some((_, Exported::NoDialog)) => {
            ui.colored_label(
                style::palette(ui).panel.error,
                locale.tr("instructor-no-dialog-export"),
            );
        }
        None => {}
    }
}

/// Who finished, the charts, the tables, the results set apart.
fn class_ui(app: &mut App, ui: &mut egui::Ui) {
    let Some(class) = app.instructor.dashboard.class.take() else {
        return;
    };
    let locale = &app.locale;
    let s = &class.summary;
    finished_ui(locale, ui, &class);
    ui.add_space(8.0);
    if s.counted > 0 {
        let wide = ui.available_width() >= 760.0;
        if wide {
            ui.columns(2, |cols| {
                charts::distribution_ui(locale, &mut cols[0], s);
                charts::dimensions_ui(locale, &mut cols[1], s);
            });
        } else {
            charts::distribution_ui(locale, ui, s);
            charts::dimensions_ui(locale, ui, s);
        }
        ui.add_space(8.0);
        tables::mistakes_ui(locale, ui, s);
        ui.add_space(8.0);
        tables::cases_ui(app, ui, s);
        ui.add_space(8.0);
        tables::trainees_ui(app, ui, &class);
    }
    ui.add_space(8.0);
    tables::set_apart_ui(&app.locale, ui, &class);
    app.instructor.dashboard.class = Some(class);
}

/// How many finished (counted), passed, the mean and median, and their names.
fn finished_ui(locale: &Locale, ui: &mut egui::Ui, class: &Class) {
    let s = &class.summary;
    let number = |x: Option<f64>| x.map_or_else(|| "—".to_owned(), |v| format!("{v:.1}"));
    ui.label(style::strong(locale.tr_args(
        "instructor-finished",
        &[
            ("count", s.counted.to_string()),
            ("passed", s.passed.to_string()),
            ("mean", number(s.mean)),
            ("median", number(s.median)),
            ("apart", s.set_apart.to_string()),
        ],
    )));
    if s.rows.is_empty() {
        ui.label(locale.tr("instructor-nobody-yet"));
        return;
    }
    let mut names: Vec<&str> = s.rows.iter().map(|r| r.trainee.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    ui.label(RichText::new(names.join(", ")).small());
}
