//! The debrief: the total and each dimension (bar chart), the KPIs, the papers with what
//! they held and what the trainee saw ([`super::review`]), the shift's timeline with
//! each mistake marked where it happened and explained with its rule and legal citation, the
//! expert path beside the trainee's, "play again from here" at any moment, and the export of
//! the sealed result file.

use std::path::PathBuf;
use std::sync::Arc;

use egui::{Color32, RichText};
use egui_plot::{Bar, BarChart, Plot};

use crate::record::RecordError;
use crate::scenario::Scenario;
use crate::score::{Feedback, ScoreReport, grade};
use crate::sim::{Action, Shift};

use super::app::App;
use super::describe;
use super::jobs::Job;
use super::record_error::{RecordTask, record_error_text};
use super::session::Session;
use super::style;

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
    job: Option<Job<DebriefData>>,
    /// Results, once graded.
    pub data: Option<DebriefData>,
    /// Result of the last export.
    pub export: Option<Result<PathBuf, RecordError>>,
    /// The total is a new best for this scenario.
    pub new_best: bool,
    /// Why grading gave no result (a bug), shown instead of the debrief.
    pub failed: Option<String>,
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

impl Debrief {
    /// Starts grading a session's shift in the background.
    pub fn start(session: &Session) -> Self {
        let shift = session.shift.clone();
        let scenario = shift.scenario.clone();
        let for_job = shift.clone();
        let job = Job::spawn("progress-grading", move |r| {
            r.report(0.1, "progress-grading");
            let report = grade(&for_job);
            r.report(0.5, "progress-expert");
            let expert = expert_run(&for_job, &|f| r.report(0.5 + 0.5 * f, "progress-expert"));
            DebriefData { report, expert }
        });
        Self {
            scenario,
            shift,
            trainee: session.trainee.clone(),
            code: session.code.clone(),
            job: Some(job),
            data: None,
            export: None,
            new_best: false,
            failed: None,
        }
    }

    /// True while grading runs.
    pub fn busy(&self) -> bool {
        self.job.is_some()
    }

    fn finish(&mut self, data: DebriefData) -> (f64, bool) {
        self.job = None;
        let out = (data.report.total, data.report.passed);
        self.data = Some(data);
        out
    }

    /// Takes the grading job's result: the data, or the failure to show.
    fn settle(
        &mut self,
        result: Result<DebriefData, super::jobs::JobFailed>,
    ) -> Option<(f64, bool)> {
        match result {
            Ok(data) => Some(self.finish(data)),
            Err(e) => {
                self.job = None;
                self.failed = Some(e.to_string());
                None
            }
        }
    }

    /// Polls the grading job; returns (total, passed) when it has just finished.
    pub fn poll(&mut self) -> Option<(f64, bool)> {
        let result = self.job.as_mut()?.poll()?;
        self.settle(result)
    }

    /// Blocks until grading is done; returns (total, passed) if it finished now.
    pub fn wait(&mut self) -> Option<(f64, bool)> {
        let result = self.job.as_mut()?.wait();
        self.settle(result)
    }

    /// Writes the sealed result file into `folder` (created if needed).
    pub fn export_to(&mut self, folder: &std::path::Path) -> Result<PathBuf, RecordError> {
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let name = format!("{}-{}-{stamp}.motcua", self.scenario.id(), self.shift.seed);
        let path = folder.join(name);
        // A folder that cannot be made is reported on the file that could not be saved.
        std::fs::create_dir_all(folder).map_err(|e| RecordError::io(&path, "create", e))?;
        crate::record::write_result(&path, &self.shift, &self.trainee, self.code.as_deref())
            .map(|_| path.clone())
    }
}

fn feedback_ui(app: &App, ui: &mut egui::Ui, shift: &Shift, f: &Feedback) {
    let critical = f.critical.is_some();
    egui::Frame::new()
        .fill(if critical {
            Color32::from_rgb(0xfd, 0xe2, 0xe1)
        } else {
            Color32::from_rgb(0xff, 0xf4, 0xe0)
        })
        .stroke(egui::Stroke::new(
            1.0,
            if critical {
                style::SEAL_RED
            } else {
                style::WARN
            },
        ))
        .corner_radius(4)
        .inner_margin(6)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let text = crate::report::feedback_message(&app.locale, shift, f);
            ui.label(RichText::new(text).color(style::INK));
            ui.label(
                RichText::new(format!(
                    "{} — {}",
                    app.locale.tr(&format!("rule-{}", f.rule.id())),
                    f.rule.cite()
                ))
                .small()
                .color(Color32::from_rgb(0x55, 0x44, 0x30)),
            );
            let mut tail = app.locale.tr_args(
                "debrief-cost",
                &[
                    ("units", format!("{:.1}", f.units)),
                    (
                        "dimension",
                        app.locale.tr(&format!("dim-{}", f.dimension.id())),
                    ),
                ],
            );
            if let Some(c) = f.critical {
                tail = format!(
                    "{} · {}",
                    app.locale.tr(&format!("critical-{}", c.id())),
                    tail
                );
            }
            ui.label(RichText::new(tail).small().color(if critical {
                style::SEAL_RED
            } else {
                Color32::from_gray(90)
            }));
        });
}

fn summary_ui(app: &App, ui: &mut egui::Ui, d: &Debrief, data: &DebriefData) {
    let r = &data.report;
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("{:.1}", r.total)).font(style::bold(ui, 44.0)));
        ui.vertical(|ui| {
            ui.label(app.locale.tr("report-total"));
            let colour = if r.passed {
                style::OK_GREEN
            } else if r.passed_with_hints() {
                style::WARN
            } else {
                style::SEAL_RED
            };
            ui.label(style::strong(crate::report::verdict(&app.locale, r)).color(colour));
            if d.new_best {
                ui.label(RichText::new(app.locale.tr("debrief-new-best")).color(style::GOV_BLUE));
            }
        });
    });
    if !r.critical.is_empty() {
        ui.label(style::strong(app.locale.tr("report-critical")).color(style::SEAL_RED));
        for c in &r.critical {
            ui.colored_label(
                style::SEAL_RED,
                format!("• {}", app.locale.tr(&format!("critical-{}", c.id()))),
            );
        }
    }
    for note in crate::report::score_notes(&app.locale, r) {
        ui.label(RichText::new(format!("• {note}")).color(style::WARN));
    }
    ui.add_space(6.0);
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
    let names: Vec<String> = r
        .dimensions
        .iter()
        .map(|dim| app.locale.tr(&format!("dim-{}", dim.dimension.id())))
        .collect();
    Plot::new("dimensions")
        .height(180.0)
        .include_y(0.0)
        .include_y(100.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_x(false)
        .show_axes([false, true])
        .x_axis_formatter(move |mark, _| {
            let k = mark.value.round();
            if (mark.value - k).abs() < 1e-6 && k >= 0.0 {
                names.get(k as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(app.locale.tr("debrief-dimensions"), bars))
        });
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
    ui.add_space(6.0);
    ui.label(style::strong(app.locale.tr("report-kpis")));
    egui::Grid::new("kpis")
        .striped(true)
        .num_columns(2)
        .show(ui, |ui| {
            for (id, v) in r.kpis.entries() {
                ui.label(app.locale.tr(id));
                ui.label(format!("{v:.0}"));
                ui.end_row();
            }
        });
    ui.label(RichText::new(crate::report::perception_detail(&app.locale, &r.kpis)).small());
    ui.add_space(8.0);
    super::review::papers_review_ui(&app.locale, ui, &d.shift);
}

/// Index of the action a feedback item belongs to on the timeline.
fn feedback_row(shift: &Shift, at: Option<u32>) -> Option<usize> {
    let t = at?;
    let k = shift.actions.iter().rposition(|(start, _)| *start <= t)?;
    Some(k)
}

fn timeline_ui(app: &App, ui: &mut egui::Ui, d: &Debrief, data: &DebriefData) -> Option<usize> {
    let shift = &d.shift;
    let mut replay = None;
    let mut by_row: Vec<Vec<&Feedback>> = vec![Vec::new(); shift.actions.len() + 1];
    for f in &data.report.feedback {
        let row = feedback_row(shift, f.at).unwrap_or(shift.actions.len());
        if let Some(list) = by_row.get_mut(row) {
            list.push(f);
        }
    }
    for (k, (at, _)) in shift.actions.iter().enumerate() {
        let marked = !by_row[k].is_empty();
        ui.horizontal_top(|ui| {
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
            let r = ui.small_button(app.locale.tr("debrief-replay-short"));
            let name = format!("{} {}", app.locale.tr("debrief-replay-here"), k + 1);
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if r.on_hover_text(app.locale.tr("debrief-replay-help"))
                .clicked()
            {
                replay = Some(k);
            }
            ui.add(egui::Label::new(describe::logged_action(shift, k, &app.locale)).wrap());
        });
        for f in &by_row[k] {
            ui.indent(("fb", k), |ui| feedback_ui(app, ui, &d.shift, f));
        }
    }
    if let Some(last) = by_row.last()
        && !last.is_empty()
    {
        ui.label(style::strong(app.locale.tr("debrief-end-of-shift")));
        for f in last {
            feedback_ui(app, ui, &d.shift, f);
        }
    }
    replay
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
                .fill(style::GOV_BLUE)
                .inner_margin(egui::Margin::symmetric(14, 8)),
        )
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(app.locale.tr("debrief-title"))
                        .font(style::bold(ui, 20.0))
                        .color(Color32::WHITE),
                );
                ui.label(
                    RichText::new(d.scenario.file.meta.title.get(lang))
                        .color(Color32::from_gray(230)),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(app.locale.tr("debrief-home")).clicked() {
                        home = true;
                    }
                    if ui
                        .add_enabled(
                            d.data.is_some(),
                            egui::Button::new(app.locale.tr("debrief-export")),
                        )
                        .clicked()
                    {
                        export = true;
                    }
                    if ui.button(app.locale.tr("debrief-replay-start")).clicked() {
                        replay = Some(0);
                    }
                    ui.visuals_mut().override_text_color = Some(Color32::WHITE);
                    super::home::language_switch_ui(app, ui);
                });
            });
        });
    egui::CentralPanel::default().show(ui, |ui| {
        if let Some(job) = &d.job {
            ui.label(style::strong(app.locale.tr("debrief-grading")));
            super::jobs::progress_ui(ui, &app.locale, job.progress, job.stage);
            return;
        }
        if let Some(error) = &d.failed {
            ui.colored_label(
                style::SEAL_RED,
                app.locale
                    .tr_args("debrief-failed", &[("error", error.clone())]),
            );
            return;
        }
        let Some(data) = d.data.clone() else {
            return;
        };
        if let Some(e) = &d.export {
            match e {
                Ok(p) => ui.colored_label(
                    style::OK_GREEN,
                    app.locale
                        .tr_args("debrief-exported", &[("path", p.display().to_string())]),
                ),
                Err(e) => ui.colored_label(
                    style::SEAL_RED,
                    record_error_text(&app.locale, RecordTask::ExportResult, e),
                ),
            };
        }
        ui.columns(3, |cols| {
            egui::ScrollArea::vertical()
                .id_salt("summary")
                .show(&mut cols[0], |ui| summary_ui(app, ui, &d, &data));
            cols[1].label(style::strong(app.locale.tr("debrief-timeline")));
            cols[1].label(RichText::new(app.locale.tr("debrief-timeline-help")).small());
            egui::ScrollArea::vertical()
                .id_salt("timeline")
                .show(&mut cols[1], |ui| {
                    if let Some(k) = timeline_ui(app, ui, &d, &data) {
                        replay = Some(k);
                    }
                });
            cols[2].label(style::strong(app.locale.tr("debrief-expert")));
            egui::ScrollArea::vertical()
                .id_salt("expert")
                .show(&mut cols[2], |ui| match &data.expert {
                    Some(run) => expert_ui(app, ui, run),
                    None => {
                        ui.label(app.locale.tr("debrief-no-expert"));
                    }
                });
        });
    });
    if export {
        let folder = app
            .paths
            .as_ref()
            .map_or_else(|| PathBuf::from("."), |p| p.results.clone());
        d.export = Some(d.export_to(&folder));
    }
    app.debrief = Some(d);
    if home {
        app.go_home();
    }
    if let Some(k) = replay {
        app.play_again_from(k);
    }
}
