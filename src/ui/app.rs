//! The app shell: state shared by the screens, the frame loop, background jobs, autosave.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use crate::i18n::Locale;
use crate::record::{RecordError, recover};
use crate::scenario::{Mode, Scenario};
use crate::sim::{Action, ActionError, Event};
use crate::text::Lang;

use super::counter::CounterState;
use super::debrief::Debrief;
use super::home::HomeState;
use super::instructor::InstructorState;
use super::jobs::Job;
use super::pack::{self, LoadedPack};
use super::record_error::{RecordTask, record_error_text};
use super::session::Session;
use super::settings::{Notice, Paths, Progress, Settings};

/// How to start the app.
#[derive(Debug, Clone, Default)]
pub struct AppOptions {
    /// Folder for settings, progress, the journal and results (default: the platform data
    /// folder; tests pass a temporary one).
    pub data_dir: Option<PathBuf>,
    /// Scenario pack (default: [`pack::locate`]).
    pub pack_dir: Option<PathBuf>,
    /// When set, print the time from this instant to the first interactive frame and close.
    pub measure: Option<Instant>,
}

/// Which screen is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Home.
    Home,
    /// The briefing before a new shift: situation, objectives, queue, mode.
    Briefing,
    /// The counter (a shift in progress).
    Counter,
    /// The debrief of a finished shift.
    Debrief,
    /// Instructor mode: create a session, the class dashboard.
    Instructor,
}

/// A journal found at start-up, offered for resuming.
#[derive(Debug, Clone)]
pub struct ResumeOffer {
    /// Scenario id.
    pub scenario_id: String,
    /// Trainee's name.
    pub trainee: String,
    /// Actions recorded.
    pub actions: usize,
    /// Why it cannot be resumed, if it cannot.
    pub error: Option<ResumeProblem>,
}

/// Why a journal found at start-up cannot be resumed.
#[derive(Debug, Clone)]
pub enum ResumeProblem {
    /// Its scenario (this id) is not in the installed pack.
    UnknownScenario(String),
    /// The journal cannot be read or replayed.
    Journal(Arc<RecordError>),
}

impl ResumeProblem {
    /// The problem in the interface language.
    pub fn text(&self, locale: &Locale) -> String {
        match self {
            ResumeProblem::UnknownScenario(id) => {
                locale.tr_args("resume-unknown-scenario", &[("scenario", id.clone())])
            }
            ResumeProblem::Journal(e) => record_error_text(locale, RecordTask::ResumeJournal, e),
        }
    }
}

/// The desktop app.
pub struct App {
    /// Settings (saved on change).
    pub settings: Settings,
    /// Self-study progress.
    pub progress: Progress,
    /// Messages in the interface language.
    pub locale: Locale,
    /// Where files go (`None`: nothing is saved).
    pub paths: Option<Paths>,
    /// Messages about recovered problems, shown on the home screen.
    pub notices: Vec<Notice>,
    pack_job: Option<Job<LoadedPack>>,
    /// The loaded scenario pack.
    pub pack: Option<LoadedPack>,
    /// Current screen.
    pub screen: Screen,
    /// The shift in progress.
    pub session: Option<Session>,
    /// Counter screen state (selections, inputs).
    pub counter: CounterState,
    /// Home screen state.
    pub home: HomeState,
    /// Instructor mode's state.
    pub instructor: InstructorState,
    /// Debrief of the last shift.
    pub debrief: Option<Debrief>,
    /// A journal to resume.
    pub resume: Option<ResumeOffer>,
    style_dirty: bool,
    measure: Option<Instant>,
    frames: u64,
}

impl App {
    /// Creates the app: reads settings and progress (never failing) and starts loading the
    /// scenario pack in the background.
    pub fn new(options: AppOptions) -> Self {
        let paths = match &options.data_dir {
            Some(d) => Some(Paths::in_dir(d)),
            None => Paths::platform(),
        };
        let mut notices = Vec::new();
        let (settings, progress) = match &paths {
            Some(p) => {
                if let Err(n) = p.ensure() {
                    notices.push(n);
                }
                let (s, n1) = Settings::load(&p.settings);
                let (g, n2) = Progress::load(&p.progress);
                notices.extend(n1);
                notices.extend(n2);
                (s, g)
            }
            None => {
                notices.push(Notice::new("notice-no-data-dir", vec![]));
                (Settings::default(), Progress::default())
            }
        };
        let root = match options.pack_dir.clone() {
            Some(dir) => Some((crate::scenario::load::Source::Disk, dir)),
            None => Some(pack::locate()),
        };
        let pack_job = root.map(|(source, root)| {
            Job::spawn("progress-loading-shared", move |r| {
                pack::load(source, &root, r)
            })
        });
        if pack_job.is_none() {
            notices.push(Notice::new(
                "notice-no-pack",
                vec![("env", pack::PACK_ENV.to_owned())],
            ));
        }
        if let Some(p) = &paths {
            settings
                .delivery
                .link
                .start(&p.root.join("outbox"), &settings.delivery);
        }
        let locale = Locale::new(settings.lang);
        let home = HomeState::new(&settings);
        Self {
            settings,
            progress,
            locale,
            paths,
            notices,
            pack: if pack_job.is_none() {
                Some(LoadedPack::default())
            } else {
                None
            },
            pack_job,
            screen: Screen::Home,
            session: None,
            counter: CounterState::default(),
            home,
            instructor: InstructorState::default(),
            debrief: None,
            resume: None,
            style_dirty: true,
            measure: options.measure,
            frames: 0,
        }
    }

    /// Draws one frame of the whole app.
    pub fn app_ui(&mut self, ui: &mut egui::Ui) {
        self.frames += 1;
        if cfg!(windows) && self.frames == 1 {
            // Windows: maximized once the first frame is up (see `ui::run`).
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Maximized(true));
        }
        if self.style_dirty {
            super::style::apply(ui.ctx(), &self.settings);
            self.style_dirty = false;
        }
        self.poll_jobs();
        if self.pack_job.is_some() || self.debrief.as_ref().is_some_and(Debrief::busy) {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(50));
        }
        match self.screen {
            Screen::Home => super::home::home_ui(self, ui),
            Screen::Briefing => super::briefing::briefing_ui(self, ui),
            Screen::Counter => super::counter::counter_ui(self, ui),
            Screen::Debrief => super::debrief::debrief_ui(self, ui),
            Screen::Instructor => super::instructor::instructor_ui(self, ui),
        }
        if let Some(started) = self.measure
            && self.pack.is_some()
            && self.frames > 1
        {
            println!(
                "time-to-first-frame-ms: {:.1}",
                started.elapsed().as_secs_f64() * 1000.0
            );
            self.measure = None;
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn poll_jobs(&mut self) {
        if let Some(job) = &mut self.pack_job
            && let Some(result) = job.poll()
        {
            self.pack_job = None;
            self.pack_loaded(pack::loaded_or_failed(result));
        }
        if let Some(d) = &mut self.debrief
            && let Some(report) = d.poll()
        {
            self.debrief_graded(report);
        }
    }

    /// Progress of the pack loading, while it runs: (fraction, stage id).
    pub fn loading(&self) -> Option<(f32, &'static str)> {
        self.pack_job.as_ref().map(|j| (j.progress, j.stage))
    }

    /// Blocks until background work (pack loading, grading) is done. For tests and
    /// measurement; the app itself never blocks.
    pub fn wait_for_background(&mut self) {
        if let Some(mut job) = self.pack_job.take() {
            let pack = pack::loaded_or_failed(job.wait());
            self.pack_loaded(pack);
        }
        if let Some(d) = &mut self.debrief
            && let Some(r) = d.wait()
        {
            self.debrief_graded(r);
        }
    }

    fn pack_loaded(&mut self, pack: LoadedPack) {
        if let Some(started) = self.measure {
            println!(
                "pack-loaded-ms: {:.1} ({} scenarios)",
                started.elapsed().as_secs_f64() * 1000.0,
                pack.scenarios.len()
            );
        }
        if !pack.problems.is_empty() {
            self.notices.push(Notice::new(
                "notice-pack-problems",
                vec![
                    ("count", pack.problems.len().to_string()),
                    ("first", pack.problems[0].clone()),
                ],
            ));
        }
        self.pack = Some(pack);
        self.check_journal();
    }

    /// Looks for the journal of an unfinished shift and offers to resume it.
    fn check_journal(&mut self) {
        let Some(path) = self.paths.as_ref().map(|p| p.journal.clone()) else {
            return;
        };
        if !path.is_file() {
            return;
        }
        self.resume = Some(match recover(&path) {
            Ok(r) => ResumeOffer {
                error: self
                    .pack
                    .as_ref()
                    .and_then(|p| p.get(&r.header.scenario_id))
                    .is_none()
                    .then(|| ResumeProblem::UnknownScenario(r.header.scenario_id.clone())),
                scenario_id: r.header.scenario_id,
                trainee: r.header.trainee,
                actions: r.actions.len(),
            },
            Err(e) => ResumeOffer {
                scenario_id: String::new(),
                trainee: String::new(),
                actions: 0,
                error: Some(ResumeProblem::Journal(Arc::new(e))),
            },
        });
    }

    /// Resumes the journaled shift (the "continue where you left off" button).
    pub fn resume_journal(&mut self) {
        let Some(path) = self.paths.as_ref().map(|p| p.journal.clone()) else {
            return;
        };
        let Some(offer) = self.resume.clone() else {
            return;
        };
        let Some(scenario) = self
            .pack
            .as_ref()
            .and_then(|p| p.get(&offer.scenario_id))
            .cloned()
        else {
            return;
        };
        match Session::resume(&path, scenario) {
            Ok((session, note)) => {
                if let Some(note) = note {
                    self.notices
                        .push(Notice::new("notice-journal-tail", vec![("note", note)]));
                }
                self.resume = None;
                self.counter = CounterState::default();
                let ended = session.shift.ended;
                self.session = Some(session);
                if ended {
                    self.finish_shift();
                } else {
                    self.screen = Screen::Counter;
                }
            }
            Err(e) => {
                if let Some(r) = &mut self.resume {
                    r.error = Some(ResumeProblem::Journal(Arc::new(e)));
                }
            }
        }
    }

    /// Drops the journal on offer (the trainee chose not to resume).
    pub fn discard_journal(&mut self) {
        if let Some(p) = &self.paths {
            let _ = std::fs::remove_file(&p.journal);
        }
        self.resume = None;
    }

    /// Starts a new shift of a scenario: its briefing opens first.
    pub fn start_shift(
        &mut self,
        scenario: Arc<Scenario>,
        seed: u64,
        mode: Mode,
        code: Option<String>,
    ) {
        self.resume = None;
        self.close_current_journal();
        let journal = self.paths.as_ref().map(|p| p.journal.clone());
        let trainee = self.settings.trainee.clone();
        let session = Session::start(
            scenario,
            seed,
            mode,
            &trainee,
            code.as_deref(),
            journal.as_deref(),
        );
        self.session = Some(session);
        self.counter = CounterState::default();
        self.debrief = None;
        self.screen = Screen::Briefing;
    }

    /// Closes the journal of the shift in hand before a new shift's journal is made at the
    /// same path. Windows cannot create a file whose name is still held by an open handle
    /// (the old file is only "delete pending"), so the new shift would run unjournaled.
    fn close_current_journal(&mut self) {
        if let Some(session) = &mut self.session {
            session.close_journal();
        }
    }

    /// Opens instructor mode (from home).
    pub fn open_instructor(&mut self) {
        self.screen = Screen::Instructor;
    }

    /// From the briefing to the counter: the shift begins.
    pub fn enter_counter(&mut self) {
        if self.session.is_some() {
            self.screen = Screen::Counter;
        }
    }

    /// Back home from the briefing: a shift with nothing done yet is dropped with its
    /// journal (there is nothing to resume); one with actions stays journaled.
    pub fn leave_briefing(&mut self) {
        if let Some(session) = &mut self.session
            && session.shift.actions.is_empty()
            && let Some(path) = session.close_journal()
        {
            let _ = std::fs::remove_file(path);
        }
        self.session = None;
        self.check_journal();
        self.screen = Screen::Home;
    }

    /// Applies a clerk action to the shift in progress (and journals it). Ending the shift
    /// opens the debrief.
    pub fn apply(&mut self, action: Action) -> Result<Vec<Event>, ActionError> {
        let Some(session) = &mut self.session else {
            return Err(ActionError::ShiftOver);
        };
        let end = matches!(action, Action::EndShift);
        let result = session.apply(action);
        if end && result.is_ok() {
            self.finish_shift();
        }
        result
    }

    /// Leaves the counter for the debrief and starts grading in the background.
    pub fn finish_shift(&mut self) {
        if let Some(session) = &self.session {
            self.debrief = Some(Debrief::start(
                session,
                self.results_folder(),
                &self.settings.delivery.link,
            ));
            self.screen = Screen::Debrief;
        }
    }

    /// Where result files are written: the folder chosen in the settings, else the data
    /// folder's `results` (`None`: nothing is saved).
    pub fn results_folder(&self) -> Option<PathBuf> {
        self.settings
            .results_folder
            .clone()
            .or_else(|| self.paths.as_ref().map(|p| p.results.clone()))
    }

    fn debrief_graded(&mut self, (total, passed): (f64, bool)) {
        let Some(d) = &self.debrief else {
            return;
        };
        let id = d.scenario.id().to_owned();
        // The result is kept once it is in a file or in the LRS outbox; until then the
        // journal is what keeps it (a crash or a new start offers the ended shift again).
        let result_kept = matches!(d.saved, Some(Ok(_)))
            || matches!(d.delivery.1, Some(super::delivery::Handed::Queued(_)));
        let new_best = self.progress.record(&id, total, passed);
        if let Some(d) = &mut self.debrief {
            d.new_best = new_best;
        }
        if let Some(p) = &self.paths
            && let Err(n) = self.progress.save(&p.progress)
        {
            self.notices.push(n);
        }
        // The shift is over, graded and its result kept: the journal is no longer needed.
        if result_kept
            && let Some(session) = &mut self.session
            && session.shift.ended
            && let Some(path) = session.close_journal()
        {
            let _ = std::fs::remove_file(path);
        }
    }

    /// "Play again from here": a new shift replaying the first `n` actions of the debriefed one
    /// (practice only: nothing happens after an exam or a conference shift).
    pub fn play_again_from(&mut self, n: usize) {
        if !self.debrief.as_ref().is_some_and(Debrief::replay_allowed) {
            return;
        }
        self.close_current_journal();
        let Some(d) = self.debrief.as_ref() else {
            return;
        };
        let actions: Vec<Action> = d
            .shift
            .actions
            .iter()
            .take(n)
            .map(|(_, a)| a.clone())
            .collect();
        let journal = self.paths.as_ref().map(|p| p.journal.clone());
        match Session::replay_prefix(
            d.scenario.clone(),
            d.shift.seed,
            d.shift.mode,
            &actions,
            &d.trainee,
            d.code.as_deref(),
            journal.as_deref(),
        ) {
            Ok(session) => {
                self.session = Some(session);
                self.counter = CounterState::default();
                self.debrief = None;
                self.screen = Screen::Counter;
            }
            Err(e) => {
                let text = super::describe::error(&e, &self.locale);
                self.notices
                    .push(Notice::new("notice-replay-failed", vec![("error", text)]));
            }
        }
    }

    /// Switches the interface language (live).
    pub fn set_language(&mut self, lang: Lang) {
        if self.settings.lang != lang {
            self.settings.lang = lang;
            self.locale = Locale::new(lang);
            self.save_settings();
        }
    }

    /// Marks the style for re-application (text size, theme).
    pub fn restyle(&mut self) {
        self.style_dirty = true;
    }

    /// Saves the settings, reporting a failure as a notice.
    pub fn save_settings(&mut self) {
        if let Some(p) = &self.paths
            && let Err(n) = self.settings.save(&p.settings)
        {
            self.notices.push(n);
        }
    }

    /// Goes back to the home screen (the shift stays journaled and can be resumed).
    pub fn go_home(&mut self) {
        if self.screen == Screen::Counter {
            self.session = None;
            self.check_journal();
        }
        self.screen = Screen::Home;
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app_ui(ui);
    }
}
