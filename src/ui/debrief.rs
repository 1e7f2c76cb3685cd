//! The debrief, read top to bottom: the total and the verdict; the three costliest
//! mistakes, grouped by rule, each with the cases it hit, its cost and its moment (a click
//! scrolls the timeline there and opens the papers of that case with their marks,
//! [`super::review`]); the dimensions (a labelled bar chart) and the KPIs; the full timeline
//! with each feedback item on the action that caused it ([`crate::score::caused_by`]) and
//! repeated items folded into one; the expert path; the review of every paper.
//! "Play again from here" is offered in practice only, never after an exam or a conference
//! shift.
//!
//! The sealed result file is written automatically when the shift ends: grading runs in
//! the background and writes it into the results folder; the debrief says where, or why it
//! could not (the result stays exportable). "Export" saves a copy where the trainee
//! chooses, with the system's file dialog (`rfd`); without one it says which folder holds
//! the file.
//!
//! At widths under [`WIDE`] the sections stack in one column instead of squeezing side by
//! side.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::RichText;
use egui_plot::{Bar, BarChart, Plot};

use crate::record::result::now_rfc3339;
use crate::record::{RecordError, ResultBody};
use crate::scenario::{Mode, Scenario};
use crate::score::{Feedback, Rule, ScoreReport, caused_by, grade};
use crate::sim::{Action, CaseRef, Shift};

use super::app::App;
use super::delivery::{DeliveryLink, Handed};
use super::describe;
use super::jobs::Job;
use super::record_error::{RecordTask, record_error_text};
use super::session::Session;
use super::style;

/// Width from which sections sit side by side; narrower, they stack.
pub const WIDE: f32 = 1100.0;
/// How many of the costliest mistakes open the debrief.
pub const COSTLIEST: usize = 3;

/// The expert path replayed on its own seed.
#[derive(Debug, Clone)]
pub struct ExpertRun {
    /// Actions with their start times.
    pub actions: Vec<(u32, Action)>,
    /// Its score.
    pub total: f64,
    /// The shift it produced (for times and names).
    pub shift: Shift,
}

/// What grading produced.
#[derive(Debug, Clone)]
pub struct DebriefData {
    /// The trainee's score.
    pub report: ScoreReport,
    /// The expert path, when the scenario declares one.
    pub expert: Option<ExpertRun>,
}

/// The sealed result of the shift, or why it could not be sealed.
type Sealed = Result<Arc<ResultBody>, Arc<RecordError>>;
/// Where a result file was written, or why it was not.
pub type Saved = Result<PathBuf, Arc<RecordError>>;

/// What background grading hands back.
struct Graded {
    data: DebriefData,
    sealed: Sealed,
    saved: Option<Saved>,
    handed: Option<Handed>,
}

/// What the last "Export" did.
#[derive(Debug, Clone)]
pub enum Exported {
    /// A copy was saved here.
    Saved(PathBuf),
    /// The copy could not be written.
    Failed(Arc<RecordError>),
    /// No file dialog on this computer: the result file is in this folder.
    NoDialog(PathBuf),
}

/// The debrief of a finished (or abandoned) shift.
pub struct Debrief {
    /// The scenario.
    pub scenario: Arc<Scenario>,
    /// The shift as it ended.
    pub shift: Shift,
    /// Trainee's name.
    pub trainee: String,
    /// Conference session code.
    pub code: Option<String>,
    job: Option<Job<Graded>>,
    /// Results, once graded.
    pub data: Option<DebriefData>,
    /// The sealed result, kept for "Export" even when the automatic save failed.
    sealed: Option<Sealed>,
    /// Where the result file was saved when the shift ended, or why it could not be (`None`:
    /// no results folder, or grading not done yet).
    pub saved: Option<Saved>,
    /// The folder results go to.
    pub folder: Option<PathBuf>,
    /// The LRS delivery, and what it did with this result (`None`: delivery is off).
    pub delivery: (DeliveryLink, Option<Handed>),
    /// Result of the last export.
    pub export: Option<Exported>,
    dialog: Option<Job<Option<PathBuf>>>,
    /// The total is a new best for this scenario (only ever on a pass).
    pub new_best: bool,
    /// Why grading gave no result (a bug), shown instead of the debrief.
    pub failed: Option<String>,
    /// The costliest mistake opened (index among them).
    pub focus: Option<usize>,
    /// Its timeline row (`Some(None)`: the end of the shift).
    focus_row: Option<Option<usize>>,
    /// The cases it hit, whose papers are shown under its row.
    focus_cases: Vec<CaseRef>,
    scroll_to: Option<Option<usize>>,
}

/// One of the costliest mistakes: every feedback item of one rule.
#[derive(Debug, Clone)]
pub struct MistakeGroup<'a> {
    /// The rule broken.
    pub rule: Rule,
    /// Its feedback items, in time order.
    pub items: Vec<&'a Feedback>,
    /// Units lost in all.
    pub units: f64,
    /// One of them is a critical error.
    pub critical: bool,
}

/// The `n` costliest mistakes of a report, one group per rule: critical errors first (any
/// one fails the shift), then by units lost, then in rule order. Practice hints are not
/// mistakes and are left out.
pub fn costliest(report: &ScoreReport, n: usize) -> Vec<MistakeGroup<'_>> {
    let mut groups: Vec<MistakeGroup<'_>> = Vec::new();
    for f in report.feedback.iter().filter(|f| f.rule != Rule::Practice) {
        match groups.iter_mut().find(|g| g.rule == f.rule) {
            Some(g) => {
                g.items.push(f);
                g.units += f.units;
                g.critical |= f.critical.is_some();
            }
            None => groups.push(MistakeGroup {
                rule: f.rule,
                items: vec![f],
                units: f.units,
                critical: f.critical.is_some(),
            }),
        }
    }
    groups.sort_by(|a, b| {
        b.critical
            .cmp(&a.critical)
            .then(b.units.total_cmp(&a.units))
            .then(a.rule.cmp(&b.rule))
    });
    groups.truncate(n);
    groups
}

/// The case a feedback item concerns: its citizen, else its online dossier.
fn case_of(shift: &Shift, f: &Feedback) -> Option<CaseRef> {
    if let Some(id) = &f.citizen {
        return shift
            .citizens
            .iter()
            .position(|c| &c.arrival.id == id)
            .map(CaseRef::Citizen);
    }
    f.dossier.clone().map(CaseRef::Online)
}

/// The name of a case as the trainee knows it.
fn case_name(app: &App, shift: &Shift, case: &CaseRef) -> String {
    match case {
        CaseRef::Citizen(i) => shift
            .citizens
            .get(*i)
            .map_or_else(String::new, |c| c.name().to_owned()),
        CaseRef::Online(code) => app
            .locale
            .tr_args("debrief-online-case", &[("dossier", code.clone())]),
    }
}

/// The cases a list of feedback items hit, each once, in order.
fn cases_of(shift: &Shift, items: &[&Feedback]) -> Vec<CaseRef> {
    let mut cases = Vec::new();
    for f in items {
        if let Some(c) = case_of(shift, f)
            && !cases.contains(&c)
        {
            cases.push(c);
        }
    }
    cases
}

/// The timeline row of a feedback item: the action that caused it, else the last action
/// before its moment, else the end of the shift (`None`).
fn feedback_row(shift: &Shift, f: &Feedback) -> Option<usize> {
    caused_by(shift, f).or_else(|| {
        let t = f.at?;
        shift.actions.iter().rposition(|(start, _)| *start <= t)
    })
}

/// The file name of a shift's result: scenario, seed and the time it was written.
fn result_name(shift: &Shift) -> String {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    format!("{}-{}-{stamp}.motcua", shift.scenario.id(), shift.seed)
}

/// Writes `body` into `folder` (created if needed) under `name`, or under `name` with a
/// number added when a file of that name is already there: a result never replaces another.
fn save_new(folder: &Path, name: &str, body: &ResultBody) -> Result<PathBuf, RecordError> {
    let stem = name.trim_end_matches(".motcua");
    let mut path = folder.join(name);
    let mut n = 1;
    while path.exists() {
        n += 1;
        path = folder.join(format!("{stem}-{n}.motcua"));
    }
    // A folder that cannot be made is reported on the file that could not be saved.
    std::fs::create_dir_all(folder).map_err(|e| RecordError::io(&path, "create", e))?;
    crate::record::result::write_body(&path, body)?;
    Ok(path)
}

/// True when the system can show a file or folder dialog. On Linux `rfd` asks the desktop portal on
/// the session bus, else runs `zenity`; a bare X server has neither.
pub fn dialog_available() -> bool {
    if cfg!(target_os = "linux") {
        let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
            || std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|d| Path::new(&d).join("bus").exists());
        let zenity = std::env::var_os("PATH")
            .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join("zenity").is_file()));
        bus || zenity
    } else {
        true
    }
}

impl Debrief {
    /// Starts grading a session's shift in the background; the sealed result file is
    /// written into `folder` (created if needed) as soon as it is graded.
    pub fn start(session: &Session, folder: Option<PathBuf>, delivery: &DeliveryLink) -> Self {
        let shift = session.shift.clone();
        let scenario = shift.scenario.clone();
        let for_job = shift.clone();
        let trainee = session.trainee.clone();
        let code = session.code.clone();
        let started = session.started.clone();
        let into = folder.clone();
        let link = delivery.clone();
        let job = Job::spawn("progress-grading", move |r| {
            r.report(0.1, "progress-grading");
            let finished = Some(now_rfc3339());
            let sealed: Sealed =
                ResultBody::from_run(&for_job, &trainee, code.as_deref(), started, finished)
                    .map(Arc::new)
                    .map_err(Arc::new);
            let report = match &sealed {
                Ok(body) => body.score.clone(),
                Err(_) => grade(&for_job),
            };
            let saved = into.map(|folder| {
                let body = sealed.clone()?;
                save_new(&folder, &result_name(&for_job), &body).map_err(Arc::new)
            });
            // Written first, then handed to the LRS delivery (outbox, then the sender).
            let handed = sealed.as_ref().ok().and_then(|body| link.hand_over(body));
            r.report(0.5, "progress-expert");
            let expert = expert_run(&for_job, &|f| r.report(0.5 + 0.5 * f, "progress-expert"));
            Graded {
                data: DebriefData { report, expert },
                sealed,
                saved,
                handed,
            }
        });
        Self {
            scenario,
            shift,
            trainee: session.trainee.clone(),
            code: session.code.clone(),
            job: Some(job),
            data: None,
            sealed: None,
            saved: None,
            folder,
            delivery: (delivery.clone(), None),
            export: None,
            dialog: None,
            new_best: false,
            failed: None,
            focus: None,
            focus_row: None,
            focus_cases: Vec::new(),
            scroll_to: None,
        }
    }

    /// True while grading runs or the export dialog is open.
    pub fn busy(&self) -> bool {
        self.job.is_some() || self.dialog.is_some()
    }

    /// "Play again from here" is offered: in practice, never after an exam or a conference
    /// (session code) shift.
    pub fn replay_allowed(&self) -> bool {
        self.shift.mode == Mode::Practice && self.code.is_none()
    }

    fn finish(&mut self, graded: Graded) -> (f64, bool) {
        self.job = None;
        let out = (graded.data.report.total, graded.data.report.passed);
        self.data = Some(graded.data);
        self.sealed = Some(graded.sealed);
        self.saved = graded.saved;
        self.delivery.1 = graded.handed;
        out
    }

    /// Takes the grading job's result: the data, or the failure to show.
    fn settle(&mut self, result: Result<Graded, super::jobs::JobFailed>) -> Option<(f64, bool)> {
        match result {
            Ok(graded) => Some(self.finish(graded)),
            Err(e) => {
                self.job = None;
                self.failed = Some(e.to_string());
                None
            }
        }
    }

    /// Polls the grading job; returns (total, passed) when it has just finished.
    pub fn poll(&mut self) -> Option<(f64, bool)> {
        self.poll_dialog();
        let result = self.job.as_mut()?.poll()?;
        self.settle(result)
    }

    /// Blocks until grading is done; returns (total, passed) if it finished now.
    pub fn wait(&mut self) -> Option<(f64, bool)> {
        let result = self.job.as_mut()?.wait();
        self.settle(result)
    }

    /// Writes a copy of the sealed result file to `path` (the trainee's choice in the
    /// export dialog).
    pub fn export_to(&self, path: &Path) -> Result<PathBuf, Arc<RecordError>> {
        let body = match &self.sealed {
            Some(sealed) => sealed.clone()?,
            None => Arc::new(
                ResultBody::from_shift(&self.shift, &self.trainee, self.code.as_deref())
                    .map_err(Arc::new)?,
            ),
        };
        crate::record::result::write_body(path, &body).map_err(Arc::new)?;
        Ok(path.to_owned())
    }

    /// "Export": opens the system's save dialog on its own thread (the window keeps
    /// drawing); without one, says which folder holds the result file.
    fn open_export_dialog(&mut self) {
        let folder = self.folder.clone().unwrap_or_else(|| PathBuf::from("."));
        if !dialog_available() {
            self.export = Some(Exported::NoDialog(folder));
            return;
        }
        let name = result_name(&self.shift);
        self.dialog = Some(Job::spawn("debrief-export", move |_| {
            rfd::FileDialog::new()
                .set_directory(&folder)
                .set_file_name(name)
                .add_filter("Một Cửa", &["motcua"])
                .save_file()
        }));
    }

    /// Takes the dialog's answer once it is closed: writes the copy, or nothing on cancel.
    fn poll_dialog(&mut self) {
        let Some(answer) = self.dialog.as_mut().and_then(Job::poll) else {
            return;
        };
        self.dialog = None;
        let folder = self.folder.clone().unwrap_or_else(|| PathBuf::from("."));
        self.export = match answer {
            Ok(Some(path)) => Some(match self.export_to(&path) {
                Ok(p) => Exported::Saved(p),
                Err(e) => Exported::Failed(e),
            }),
            Ok(None) => None,
            // The dialog itself failed (no desktop portal): the file is in the folder.
            Err(_) => Some(Exported::NoDialog(folder)),
        };
    }
}

/// The expert's run of the same shift: the scenario's declared expert path when it was
/// written for this seed and mode, else the expert policy playing this very seed (fresh
/// mornings of generated scenarios have no declared path).
fn expert_run(trainee: &Shift, report: &dyn Fn(f32)) -> Option<ExpertRun> {
    let scenario = trainee.scenario.clone();
    let declared = scenario
        .file
        .tests
        .expert
        .iter()
        .find(|p| p.seed == trainee.seed && p.mode == trainee.mode)
        .and_then(|p| crate::sim::read_script(&scenario, &p.script).ok());
    let shift = match declared {
        Some(script) => {
            let mut shift = Shift::new(scenario.clone(), trainee.seed, trainee.mode);
            let n = script.len().max(1) as f32;
            for (k, a) in script.into_iter().enumerate() {
                if shift.apply(a).is_err() {
                    break;
                }
                report(k as f32 / n);
            }
            shift
        }
        None => {
            report(0.5);
            match crate::expert::play(scenario, trainee.seed, trainee.mode) {
                Ok((shift, _)) => shift,
                Err(e) => {
                    // A bug in the expert policy, not the trainee's: the debrief shows no
                    // expert path rather than a wrong one, and the log says why.
                    eprintln!("motcua: no expert path for {}: {e}", trainee.scenario.id());
                    return None;
                }
            }
        }
    };
    let total = grade(&shift).total;
    Some(ExpertRun {
        actions: shift.actions.clone(),
        total,
        shift,
    })
}

fn expert_ui(app: &App, ui: &mut egui::Ui, run: &ExpertRun) {
    ui.label(app.locale.tr_args(
        "debrief-expert-score",
        &[("score", format!("{:.1}", run.total))],
    ));
    for (k, (at, _)) in run.actions.iter().enumerate() {
        ui.horizontal_top(|ui| {
            ui.label(RichText::new(describe::clock_at(&run.shift, *at)).monospace());
            ui.add(egui::Label::new(describe::logged_action(&run.shift, k, &app.locale)).wrap());
        });
    }
}

/// One card for feedback items of one kind at one moment: the first item's message, how
/// many more cases it hit and who, the rule and its legal source, the cost.
fn feedback_ui(app: &App, ui: &mut egui::Ui, shift: &Shift, items: &[&Feedback]) {
    let Some(f) = items.first() else {
        return;
    };
    let critical = items.iter().any(|f| f.critical.is_some());
    let units: f64 = items.iter().map(|f| f.units).sum();
    let card = if critical {
        &style::palette(ui).critical_card
    } else {
        &style::palette(ui).mistake_card
    };
    let cost_colour = if critical { card.error } else { card.weak };
    egui::Frame::new()
        .fill(card.fill)
        .stroke(egui::Stroke::new(
            1.0,
            if critical { card.error } else { card.warning },
        ))
        .corner_radius(4)
        .inner_margin(6)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let text = crate::report::feedback_message(&app.locale, shift, f);
            ui.label(RichText::new(text).color(card.text));
            if items.len() > 1 {
                let others: Vec<String> = cases_of(shift, &items[1..])
                    .iter()
                    .map(|c| case_name(app, shift, c))
                    .collect();
                ui.label(
                    RichText::new(app.locale.tr_args(
                        "debrief-repeated",
                        &[
                            ("count", (items.len() - 1).to_string()),
                            ("cases", others.join(", ")),
                        ],
                    ))
                    .color(card.text),
                );
            }
            ui.label(
                RichText::new(format!(
                    "{} — {}",
                    app.locale.tr(&format!("rule-{}", f.rule.id())),
                    f.rule.cite()
                ))
                .small()
                .color(card.weak),
            );
            let mut tail = app.locale.tr_args(
                "debrief-cost",
                &[
                    ("units", format!("{units:.1}")),
                    (
                        "dimension",
                        app.locale.tr(&format!("dim-{}", f.dimension.id())),
                    ),
                ],
            );
            if let Some(c) = items.iter().find_map(|f| f.critical) {
                tail = format!(
                    "{} · {}",
                    app.locale.tr(&format!("critical-{}", c.id())),
                    tail
                );
            }
            ui.label(RichText::new(tail).small().color(cost_colour));
        });
}

/// The total, the verdict, the critical errors and the notes.
fn verdict_ui(app: &App, ui: &mut egui::Ui, d: &Debrief, r: &ScoreReport) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("{:.1}", r.total)).font(style::bold(ui, 44.0)));
        ui.vertical(|ui| {
            ui.label(app.locale.tr("report-total"));
            let panel = &style::palette(ui).panel;
            let colour = if r.passed {
                panel.success
            } else if r.passed_with_hints() {
                panel.warning
            } else {
                panel.error
            };
            ui.label(style::strong(crate::report::verdict(&app.locale, r)).color(colour));
            if d.new_best && r.passed {
                ui.label(
                    RichText::new(app.locale.tr("debrief-new-best"))
                        .color(style::palette(ui).panel.accent),
                );
            }
        });
    });
    let panel = &style::palette(ui).panel;
    if !r.critical.is_empty() {
        ui.label(style::strong(app.locale.tr("report-critical")).color(panel.error));
        let mut seen = Vec::new();
        for c in &r.critical {
            if seen.contains(c) {
                continue;
            }
            seen.push(*c);
            let n = r.critical.iter().filter(|k| *k == c).count();
            let name = app.locale.tr(&format!("critical-{}", c.id()));
            let line = if n > 1 {
                format!("• {name} (×{n})")
            } else {
                format!("• {name}")
            };
            ui.colored_label(panel.error, line);
        }
    }
    for note in crate::report::score_notes(&app.locale, r) {
        ui.label(RichText::new(format!("• {note}")).color(panel.warning));
    }
}

/// One of the costliest mistakes: its rule, how often and whom it hit, an example, its
/// legal source and cost.
fn mistake_card_ui(app: &App, ui: &mut egui::Ui, shift: &Shift, g: &MistakeGroup<'_>) {
    let card = if g.critical {
        &style::palette(ui).critical_card
    } else {
        &style::palette(ui).mistake_card
    };
    let colour = if g.critical { card.error } else { card.warning };
    let cost_colour = if g.critical { card.error } else { card.weak };
    egui::Frame::new()
        .fill(card.fill)
        .stroke(egui::Stroke::new(1.0, colour))
        .corner_radius(4)
        .inner_margin(6)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                style::strong(app.locale.tr(&format!("rule-{}", g.rule.id()))).color(card.text),
            );
            let cases: Vec<String> = cases_of(shift, &g.items)
                .iter()
                .map(|c| case_name(app, shift, c))
                .collect();
            ui.label(
                RichText::new(app.locale.tr_args(
                    "debrief-group-count",
                    &[
                        ("count", g.items.len().to_string()),
                        ("cases", cases.join(", ")),
                    ],
                ))
                .color(card.text),
            );
            if let Some(f) = g.items.first() {
                let example = crate::report::feedback_message(&app.locale, shift, f);
                ui.label(RichText::new(example).italics().color(card.text));
            }
            ui.label(RichText::new(g.rule.cite()).small().color(card.weak));
            let mut tail = app.locale.tr_args(
                "debrief-group-cost",
                &[("units", format!("{:.1}", g.units))],
            );
            if let Some(c) = g.items.iter().find_map(|f| f.critical) {
                tail = format!(
                    "{} · {}",
                    app.locale.tr(&format!("critical-{}", c.id())),
                    tail
                );
            }
            ui.label(RichText::new(tail).small().color(cost_colour));
        });
}

/// The three costliest mistakes; a click on one's moment scrolls the timeline there and
/// opens the papers of the cases it hit under that moment.
fn costliest_ui(app: &App, ui: &mut egui::Ui, d: &mut Debrief, r: &ScoreReport) {
    ui.label(RichText::new(app.locale.tr("debrief-costliest")).font(style::bold(ui, 17.0)));
    let groups = costliest(r, COSTLIEST);
    if groups.is_empty() {
        ui.label(app.locale.tr("debrief-no-mistakes"));
        return;
    }
    for (k, g) in groups.iter().enumerate() {
        let row = g.items.iter().find_map(|f| feedback_row(&d.shift, f));
        ui.push_id(("costliest", k), |ui| {
            ui.horizontal_top(|ui| {
                ui.label(style::strong(format!("{}.", k + 1)));
                ui.vertical(|ui| {
                    mistake_card_ui(app, ui, &d.shift, g);
                    let moment = match row.and_then(|k| d.shift.actions.get(k)) {
                        Some((at, _)) => app.locale.tr_args(
                            "debrief-show-moment",
                            &[("time", describe::clock_at(&d.shift, *at))],
                        ),
                        None => app.locale.tr("debrief-show-case"),
                    };
                    let open = d.focus == Some(k);
                    if ui.add(egui::Button::new(moment).selected(open)).clicked() {
                        d.focus = if open { None } else { Some(k) };
                        d.focus_row = if open { None } else { Some(row) };
                        d.focus_cases = cases_of(&d.shift, &g.items);
                        d.scroll_to = if open { None } else { Some(row) };
                    }
                });
            });
            ui.add_space(6.0);
        });
    }
}

/// The papers of the cases of the opened mistake, drawn under its moment.
fn focus_papers_ui(app: &App, ui: &mut egui::Ui, d: &Debrief) {
    egui::Frame::new()
        .stroke(egui::Stroke::new(2.0, style::GOV_BLUE))
        .corner_radius(4)
        .inner_margin(6)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            for case in &d.focus_cases {
                ui.label(style::strong(case_name(app, &d.shift, case)));
                super::review::case_review_ui(&app.locale, ui, &d.shift, case);
            }
        });
}

/// The bar chart of the dimensions, with its axes named and each bar's value on hover.
fn chart_ui(app: &App, ui: &mut egui::Ui, r: &ScoreReport) {
    let bars: Vec<Bar> = r
        .dimensions
        .iter()
        .enumerate()
        .filter(|(_, dim)| dim.counted())
        .map(|(k, dim)| {
            let colour = if dim.percent >= 80.0 {
                style::OK_GREEN
            } else if dim.percent >= 50.0 {
                style::WARN
            } else {
                style::SEAL_RED
            };
            Bar::new(k as f64, dim.percent)
                .width(0.6)
                .fill(colour)
                .name(app.locale.tr(&format!("dim-{}", dim.dimension.id())))
        })
        .collect();
    // A tick's name in full where it fits its slot, else its first words.
    let slot = ui.available_width() / r.dimensions.len().max(1) as f32;
    let fits = |name: &str| name.chars().count() as f32 * 7.5 < slot - 8.0;
    let names: Vec<String> = r
        .dimensions
        .iter()
        .map(|dim| {
            let name = app.locale.tr(&format!("dim-{}", dim.dimension.id()));
            if fits(&name) { name } else { short_name(&name) }
        })
        .collect();
    // Each bar's value written above it; the hover text drawn by the plot itself sits at
    // the bar's corner and is cut off at the plot's edge, so hovering shows an ordinary
    // tooltip instead.
    let values: Vec<egui_plot::Text> = r
        .dimensions
        .iter()
        .enumerate()
        .filter(|(_, dim)| dim.counted())
        .map(|(k, dim)| {
            egui_plot::Text::new(
                format!("value-{k}"),
                egui_plot::PlotPoint::new(k as f64, dim.percent + 8.0),
                RichText::new(format!("{:.0} %", dim.percent)).color(style::palette(ui).panel.text),
            )
        })
        .collect();
    let chart = BarChart::new(app.locale.tr("debrief-dimensions"), bars).allow_hover(false);
    let shown = Plot::new("dimensions")
        .height(200.0)
        .include_y(0.0)
        .include_y(115.0)
        .include_x(-0.6)
        .include_x(r.dimensions.len() as f64 - 0.4)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_x(false)
        .show_y(false)
        .x_axis_label(app.locale.tr("debrief-chart-x"))
        .y_axis_label(app.locale.tr("debrief-chart-y"))
        .y_axis_formatter(|mark, _| {
            if (0.0..=100.0).contains(&mark.value) {
                format!("{:.0}", mark.value)
            } else {
                String::new()
            }
        })
        .x_axis_formatter(move |mark, _| {
            let k = mark.value.round();
            if (mark.value - k).abs() < 1e-6 && k >= 0.0 {
                names.get(k as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .show(ui, |plot| {
            plot.bar_chart(chart);
            for value in values {
                plot.text(value);
            }
            plot.pointer_coordinate()
        });
    let hovered = shown.inner.and_then(|p| {
        let k = p.x.round();
        ((p.x - k).abs() <= 0.3 && k >= 0.0)
            .then(|| r.dimensions.get(k as usize))
            .flatten()
            .filter(|dim| dim.counted())
    });
    if let Some(dim) = hovered {
        let name = app.locale.tr(&format!("dim-{}", dim.dimension.id()));
        let (percent, points) = crate::report::dimension_cells(&app.locale, dim);
        shown
            .response
            .on_hover_text(format!("{name}: {percent} ({points})"));
    }
}

/// A dimension's name cut to its first words for an axis tick (the table beside it has
/// the full name).
fn short_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() <= 2 {
        name.to_owned()
    } else {
        format!("{}…", words[..2].join(" "))
    }
}

/// The dimensions (chart and table) and the KPIs, side by side when there is room.
fn scores_ui(app: &App, ui: &mut egui::Ui, r: &ScoreReport) {
    ui.label(style::strong(app.locale.tr("debrief-dimensions")));
    chart_ui(app, ui, r);
    let dims = |ui: &mut egui::Ui| {
        egui::Grid::new("dims")
            .striped(true)
            .num_columns(3)
            .show(ui, |ui| {
                for dim in &r.dimensions {
                    ui.label(app.locale.tr(&format!("dim-{}", dim.dimension.id())));
                    let (percent, points) = crate::report::dimension_cells(&app.locale, dim);
                    ui.label(percent);
                    ui.label(points);
                    ui.end_row();
                }
            });
    };
    let kpis = |ui: &mut egui::Ui| {
        ui.label(style::strong(app.locale.tr("report-kpis")));
        egui::Grid::new("kpis")
            .striped(true)
            .num_columns(2)
            .show(ui, |ui| {
                for (id, v) in r.kpis.entries() {
                    ui.label(app.locale.tr(id));
                    ui.label(format!("{v:.0} %"));
                    ui.end_row();
                }
            });
        ui.add(
            egui::Label::new(
                RichText::new(crate::report::perception_detail(&app.locale, &r.kpis)).small(),
            )
            .wrap(),
        );
        ui.add(
            egui::Label::new(
                RichText::new(crate::report::queue_wait_line(&app.locale, &r.kpis)).small(),
            )
            .wrap(),
        );
    };
    if ui.available_width() >= WIDE {
        ui.columns(2, |cols| {
            dims(&mut cols[0]);
            kpis(&mut cols[1]);
        });
    } else {
        dims(ui);
        ui.add_space(6.0);
        kpis(ui);
    }
}

/// The feedback items of one timeline row folded by kind: one card per message, in order.
fn fold<'a>(items: &[&'a Feedback]) -> Vec<Vec<&'a Feedback>> {
    let mut folded: Vec<Vec<&Feedback>> = Vec::new();
    for f in items {
        match folded
            .iter_mut()
            .find(|g| g[0].message == f.message && g[0].rule == f.rule)
        {
            Some(g) => g.push(f),
            None => folded.push(vec![f]),
        }
    }
    folded
}

/// The timeline: each action with the feedback it caused; returns the row to replay from.
fn timeline_ui(app: &App, ui: &mut egui::Ui, d: &mut Debrief, data: &DebriefData) -> Option<usize> {
    let target = d.scroll_to.take();
    let d = &*d;
    let shift = &d.shift;
    let replay_allowed = d.replay_allowed();
    let mut replay = None;
    let mut by_row: Vec<Vec<&Feedback>> = vec![Vec::new(); shift.actions.len() + 1];
    for f in &data.report.feedback {
        let row = feedback_row(shift, f).unwrap_or(shift.actions.len());
        if let Some(list) = by_row.get_mut(row) {
            list.push(f);
        }
    }
    for (k, (at, _)) in shift.actions.iter().enumerate() {
        let marked = !by_row[k].is_empty();
        let row = ui.horizontal_top(|ui| {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 18.0), egui::Sense::hover());
            ui.painter().circle_filled(
                rect.center(),
                4.0,
                if marked {
                    style::SEAL_RED
                } else {
                    style::GOV_BLUE
                },
            );
            ui.label(RichText::new(describe::clock_at(shift, *at)).monospace());
            if replay_allowed {
                let r = ui.small_button(app.locale.tr("debrief-replay-short"));
                let name = format!("{} {}", app.locale.tr("debrief-replay-here"), k + 1);
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                if r.on_hover_text(app.locale.tr("debrief-replay-help"))
                    .clicked()
                {
                    replay = Some(k);
                }
            }
            ui.add(egui::Label::new(describe::logged_action(shift, k, &app.locale)).wrap());
        });
        if target == Some(Some(k)) {
            row.response.scroll_to_me(Some(egui::Align::TOP));
        }
        if d.focus_row == Some(Some(k)) {
            ui.painter().rect_stroke(
                row.response.rect.expand(2.0),
                3,
                egui::Stroke::new(2.0, style::GOV_BLUE),
                egui::StrokeKind::Outside,
            );
        }
        if d.focus_row == Some(Some(k)) {
            ui.indent(("focus", k), |ui| focus_papers_ui(app, ui, d));
        }
        for (n, items) in fold(&by_row[k]).iter().enumerate() {
            ui.indent(("fb", k, n), |ui| feedback_ui(app, ui, shift, items));
        }
    }
    let end_focused = d.focus_row == Some(None);
    if let Some(last) = by_row.last()
        && (!last.is_empty() || end_focused)
    {
        let r = ui.label(style::strong(app.locale.tr("debrief-end-of-shift")));
        if target == Some(None) {
            r.scroll_to_me(Some(egui::Align::TOP));
        }
        if end_focused {
            focus_papers_ui(app, ui, d);
        }
        for items in fold(last) {
            feedback_ui(app, ui, shift, &items);
        }
    }
    replay
}

/// Where the result file went: saved automatically, not saved (and why), the last export.
fn saved_ui(app: &App, ui: &mut egui::Ui, d: &Debrief) {
    let panel = &style::palette(ui).panel;
    match &d.saved {
        Some(Ok(p)) => {
            ui.colored_label(
                panel.success,
                app.locale
                    .tr_args("debrief-saved", &[("path", p.display().to_string())]),
            );
        }
        Some(Err(e)) => {
            ui.colored_label(
                panel.error,
                record_error_text(&app.locale, RecordTask::SaveResult, e),
            );
        }
        None => {
            ui.colored_label(panel.warning, app.locale.tr("debrief-not-saved"));
        }
    }
    if let (link, Some(handed)) = &d.delivery {
        super::delivery::handed_ui(ui, link, handed, &app.locale);
    }
    match &d.export {
        Some(Exported::Saved(p)) => {
            ui.colored_label(
                panel.success,
                app.locale
                    .tr_args("debrief-exported", &[("path", p.display().to_string())]),
            );
        }
        Some(Exported::Failed(e)) => {
            ui.colored_label(
                panel.error,
                record_error_text(&app.locale, RecordTask::ExportResult, e),
            );
        }
        Some(Exported::NoDialog(folder)) => {
            ui.colored_label(
                panel.warning,
                app.locale.tr_args(
                    "debrief-no-dialog",
                    &[("folder", folder.display().to_string())],
                ),
            );
        }
        None => {}
    }
}

/// The graded debrief, top to bottom; returns the row to replay from.
fn body_ui(app: &App, ui: &mut egui::Ui, d: &mut Debrief, data: &DebriefData) -> Option<usize> {
    let r = &data.report;
    saved_ui(app, ui, d);
    verdict_ui(app, ui, d, r);
    ui.separator();
    costliest_ui(app, ui, d, r);
    ui.separator();
    scores_ui(app, ui, r);
    ui.separator();
    let mut replay = None;
    let timeline = |ui: &mut egui::Ui, d: &mut Debrief| {
        ui.label(style::strong(app.locale.tr("debrief-timeline")));
        let help = if d.replay_allowed() {
            "debrief-timeline-help"
        } else {
            "debrief-timeline-help-no-replay"
        };
        ui.add(egui::Label::new(RichText::new(app.locale.tr(help)).small()).wrap());
        timeline_ui(app, ui, d, data)
    };
    let expert = |ui: &mut egui::Ui| {
        ui.label(style::strong(app.locale.tr("debrief-expert")));
        match &data.expert {
            Some(run) => expert_ui(app, ui, run),
            None => {
                ui.label(app.locale.tr("debrief-no-expert"));
            }
        }
    };
    if ui.available_width() >= WIDE {
        ui.columns(2, |cols| {
            replay = timeline(&mut cols[0], d);
            expert(&mut cols[1]);
        });
    } else {
        replay = timeline(ui, d);
        ui.add_space(8.0);
        expert(ui);
    }
    ui.separator();
    super::review::papers_review_ui(&app.locale, ui, &d.shift);
    replay
}

/// What was clicked in the top bar.
#[derive(Debug, Clone, Copy, Default)]
struct TopClick {
    home: bool,
    export: bool,
    replay: bool,
}

/// The top bar's buttons, right to left: home, export, replay (practice only), languages.
fn top_buttons_ui(app: &mut App, ui: &mut egui::Ui, d: &Debrief) -> TopClick {
    let mut clicked = TopClick {
        home: ui.button(app.locale.tr("debrief-home")).clicked(),
        ..TopClick::default()
    };
    clicked.export = ui
        .add_enabled(
            d.data.is_some() && d.dialog.is_none(),
            egui::Button::new(app.locale.tr("debrief-export")),
        )
        .clicked();
    clicked.replay =
        d.replay_allowed() && ui.button(app.locale.tr("debrief-replay-start")).clicked();
    super::home::language_switch_ui(app, ui);
    clicked
}

/// The debrief screen.
pub fn debrief_ui(app: &mut App, ui: &mut egui::Ui) {
    let Some(d) = app.debrief.take() else {
        app.screen = super::app::Screen::Home;
        return;
    };
    let mut d = d;
    let lang = app.settings.lang;
    let mut home = false;
    let mut export = false;
    let mut replay = None;
    egui::Panel::top("debrief-top")
        .frame(
            egui::Frame::new()
                .fill(style::palette(ui).header.fill)
                .inner_margin(egui::Margin::symmetric(14, 8)),
        )
        .show(ui, |ui| {
            ui.style_mut().visuals = style::visuals_on(&style::palette(ui).header);
            let heading = app.locale.tr("debrief-title");
            let scenario = d.scenario.file.meta.title.get(lang).to_owned();
            let title = |ui: &mut egui::Ui| {
                ui.label(
                    RichText::new(heading.as_str())
                        .font(style::bold(ui, 20.0))
                        .color(style::palette(ui).header.text),
                );
                ui.label(RichText::new(scenario.as_str()).color(style::palette(ui).header.weak));
            };
            // Narrow: the title on its own line, the buttons under it, never over it.
            let clicked = if ui.available_width() < WIDE {
                ui.horizontal_wrapped(title);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    top_buttons_ui(app, ui, &d)
                })
                .inner
            } else {
                ui.horizontal(|ui| {
                    title(ui);
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        top_buttons_ui(app, ui, &d)
                    })
                    .inner
                })
                .inner
            };
            home = clicked.home;
            export = clicked.export;
            if clicked.replay {
                replay = Some(0);
            }
        });
    egui::CentralPanel::default().show(ui, |ui| {
        if let Some(job) = &d.job {
            ui.label(style::strong(app.locale.tr("debrief-grading")));
            super::jobs::progress_ui(ui, &app.locale, job.progress, job.stage);
            return;
        }
        if let Some(error) = &d.failed {
            ui.colored_label(
                style::palette(ui).panel.error,
                app.locale
                    .tr_args("debrief-failed", &[("error", error.clone())]),
            );
            return;
        }
        let Some(data) = d.data.clone() else {
            return;
        };
        egui::ScrollArea::vertical()
            .id_salt("debrief")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if let Some(k) = body_ui(app, ui, &mut d, &data) {
                    replay = Some(k);
                }
            });
    });
    if export {
        d.open_export_dialog();
    }
    app.debrief = Some(d);
    if home {
        app.go_home();
    }
    if let Some(k) = replay {
        app.play_again_from(k);
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    /// The tutorial's declared careless path, played and graded.
    fn careless() -> (Arc<Scenario>, Shift, ScoreReport) {
        let shift = crate::score::careless_tutorial();
        let report = grade(&shift);
        (shift.scenario.clone(), shift, report)
    }

    #[test]
    fn the_costliest_mistakes_of_a_careless_shift_are_its_rules_ranked_by_what_they_cost() {
        let (scenario, _, report) = careless();
        // Each rule broken, with how often, what it cost and whether it failed the shift.
        let mut by_rule: BTreeMap<&str, (usize, f64, bool)> = BTreeMap::new();
        for f in report.feedback.iter().filter(|f| f.rule != Rule::Practice) {
            let e = by_rule.entry(f.rule.id()).or_default();
            e.0 += 1;
            e.1 += f.units;
            e.2 |= f.critical.is_some();
        }
        let mut expected: Vec<(&str, usize, f64, bool)> = by_rule
            .into_iter()
            .map(|(rule, (n, units, critical))| (rule, n, units, critical))
            .collect();
        // Any critical error fails the shift: those rules come first, then the dearest.
        expected.sort_by(|a, b| b.3.cmp(&a.3).then(b.2.total_cmp(&a.2)).then(a.0.cmp(b.0)));
        expected.truncate(COSTLIEST);
        let got: Vec<(&str, usize, f64, bool)> = costliest(&report, COSTLIEST)
            .iter()
            .map(|g| (g.rule.id(), g.items.len(), g.units, g.critical))
            .collect();
        assert_eq!(
            got.len(),
            COSTLIEST,
            "a careless shift breaks at least three rules"
        );
        for ((rule, n, units, critical), (r2, n2, u2, c2)) in got.iter().zip(&expected) {
            assert_eq!((rule, n, critical), (r2, n2, c2));
            assert!((units - u2).abs() < 1e-9, "{rule}: {units} vs {u2}");
        }
        // The critical errors the scenario says this path makes head the list.
        let declared = &scenario.file.tests.careless[0].expect_critical;
        let top = costliest(&report, COSTLIEST);
        for kind in declared {
            let rule = report
                .feedback
                .iter()
                .find(|f| f.critical.is_some_and(|c| c.id() == kind))
                .map(|f| f.rule)
                .expect("the declared critical error is made");
            let at = top.iter().position(|g| g.rule == rule);
            assert!(
                at.is_some_and(|k| top[..=k].iter().all(|g| g.critical)),
                "{kind}"
            );
        }
    }

    #[test]
    fn repeated_feedback_folds_into_one_item_per_rule_with_its_count() {
        let (_, _, report) = careless();
        let mut feedback = report.feedback.clone();
        let Some(first) = feedback.iter().find(|f| f.rule != Rule::Practice).cloned() else {
            panic!("a careless shift has mistakes");
        };
        let other_rule = feedback
            .iter()
            .find(|f| f.rule != first.rule && f.rule != Rule::Practice)
            .cloned()
            .expect("two rules broken");
        let mut hint = first.clone();
        hint.rule = Rule::Practice;
        hint.units = 1000.0;
        let mut cheap = other_rule.clone();
        cheap.units = 0.25;
        feedback = vec![first.clone(), first.clone(), first.clone(), hint, cheap];
        let report = ScoreReport { feedback, ..report };
        let groups = costliest(&report, COSTLIEST);
        assert_eq!(groups.len(), 2, "a hint is not a mistake");
        assert_eq!(groups[0].rule, first.rule);
        assert_eq!(groups[0].items.len(), 3);
        assert!((groups[0].units - 3.0 * first.units).abs() < 1e-9);
        assert_eq!(groups[1].items.len(), 1);
        let items: Vec<&Feedback> = report.feedback.iter().collect();
        let folded = fold(&items);
        assert_eq!(folded.iter().map(Vec::len).collect::<Vec<_>>(), [3, 1, 1]);
    }

    #[test]
    fn a_result_never_replaces_another_of_the_same_name() {
        let (_, shift, _) = careless();
        let body = ResultBody::from_shift(&shift, "A", None).expect("the body is built");
        let dir = tempfile::tempdir().expect("a temporary folder");
        let folder = dir.path().join("new/results");
        let a = save_new(&folder, "x.motcua", &body).expect("saved");
        let b = save_new(&folder, "x.motcua", &body).expect("saved again");
        assert_eq!(a, folder.join("x.motcua"));
        assert_eq!(b, folder.join("x-2.motcua"));
        assert!(a.is_file() && b.is_file());
    }

    #[test]
    fn a_long_dimension_name_is_cut_for_the_axis() {
        assert_eq!(short_name("Tiếp nhận"), "Tiếp nhận");
        assert_eq!(
            short_name("Hướng dẫn dịch vụ công trực tuyến"),
            "Hướng dẫn…"
        );
    }
}
