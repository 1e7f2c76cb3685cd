//! The counter: the main screen of a shift.
//!
//! Left, the citizen ([`citizen`]): portrait, words, patience, questions, guidance. Centre,
//! the desk ([`desk`]) with the papers drawn as they look ([`documents`]) and the scanner
//! ([`scanner`]). Right, the mocked portal ([`portal`]) with its slips ([`slips`]). Bottom,
//! the status bar: simulated clock, queue, live KPIs (practice mode), the last message.
//!
//! Every button sends one core [`Action`] through [`App::apply`]; what is shown comes from
//! the shift's state and timeline. Frequent actions have one-key shortcuts, active when no
//! text field has the keyboard.

pub mod citizen;
// issue 13 item 6: corrections at the counter
pub mod correction;
pub mod desk;
pub mod documents;
pub mod face;
pub mod flags;
pub mod guide;
pub mod help;
pub mod kiosk;
pub mod portal;
pub mod portrait;
pub mod scanner;
pub mod slips;

use egui::RichText;

use crate::i18n::Locale;
use crate::scenario::Mode;
use crate::sim::{Action, ActionError, Event, FieldRef, ScanSettings, Shift, TimedEvent};

use super::app::App;
use super::describe;
use super::record_error::{RecordTask, record_error_text};
use super::style;

/// Selections and inputs of the counter screen (never core state).
#[derive(Debug, Clone, Default)]
pub struct CounterState {
    /// Paper shown large on the desk.
    pub selected_doc: Option<String>,
    /// First field picked for a comparison.
    pub pick_a: Option<FieldRef>,
    /// Second field picked.
    pub pick_b: Option<FieldRef>,
    /// Zoom of the large paper.
    pub zoom: Option<f32>,
    /// The large paper is held against the light.
    pub against_light: bool,
    /// Where on which paper the trainee pointed to flag something (paper id, place).
    pub flag_target: Option<(String, documents::PaperTarget)>,
    /// Scanner settings chosen.
    pub scan_settings: Option<ScanSettings>,
    /// Scan chosen to attach.
    pub attach_scan: Option<u32>,
    /// Component chosen to attach to.
    pub attach_component: Option<String>,
    /// Portal inputs.
    pub portal: portal::PortalState,
    /// The status bar's last message, worded when drawn (in the language in force then).
    pub message: Option<StatusMessage>,
    /// Slip shown in its window.
    pub slip: Option<u32>,
    /// Citizen whose visit the selections belong to.
    pub visit_of: Option<usize>,
    /// Confirm ending the shift.
    pub confirm_end: bool,
    /// The tutorial's step guide.
    pub guide: guide::GuideState,
}

/// The status bar's last message, kept as what happened rather than as words, so that a
/// language switch rewords it.
#[derive(Debug, Clone, PartialEq)]
pub enum StatusMessage {
    /// What an action caused.
    Event(Event),
    /// Why an action was refused (nothing changed).
    Refused(ActionError),
    /// A typing mistake: the id of a message of `ui.ftl` (a date or an amount that cannot
    /// be read).
    Mistake(&'static str),
    /// A receipt refused because the form of this dossier still has empty fields (worded
    /// from the form as it is now, so the message goes once the fields are filled).
    ReceiptBlocked(String),
}

impl StatusMessage {
    /// The message in the language of `locale` (`None`: an event the status bar does not
    /// report), and whether it is an error.
    pub fn text(&self, shift: &Shift, locale: &Locale) -> Option<(bool, String)> {
        match self {
            Self::Event(e) => describe::event(shift, e, locale).map(|t| (false, t)),
            Self::Refused(e) => Some((true, describe::error_in(shift, e, locale))),
            Self::Mistake(id) => Some((true, locale.tr(id))),
            Self::ReceiptBlocked(dossier) => {
                portal::reception::receipt_blocked(shift, dossier, locale).map(|t| (true, t))
            }
        }
    }
}

/// The events of the current visit of citizen `i` (since they were last called).
pub fn visit_events(shift: &Shift, i: usize) -> &[TimedEvent] {
    let start = shift.timeline.iter().rposition(
        |t| matches!(t.event, crate::sim::Event::CitizenCalled { citizen } if citizen == i),
    );
    match start {
        Some(s) => &shift.timeline[s..],
        None => &[],
    }
}

/// The status bar's message in the interface language, and whether it is an error.
pub fn status_text(app: &App) -> Option<(bool, String)> {
    let shift = &app.session.as_ref()?.shift;
    app.counter.message.as_ref()?.text(shift, &app.locale)
}

/// Applies an action from a click, recording a message about the outcome.
pub fn act(app: &mut App, action: Action) -> bool {
    let shows_slip = matches!(
        action,
        Action::IssueReceipt { .. }
            | Action::RequestSupplement { .. }
            | Action::Refuse { .. }
            | Action::SendApology { .. }
            | Action::RecordWithdrawal { .. }
    );
    match app.apply(action) {
        Ok(events) => {
            let message = app.session.as_ref().and_then(|s| {
                events
                    .iter()
                    .rev()
                    .find(|e| describe::event(&s.shift, e, &app.locale).is_some())
                    .cloned()
                    .map(StatusMessage::Event)
            });
            if shows_slip {
                app.counter.slip = events.iter().rev().find_map(|e| match e {
                    crate::sim::Event::SlipIssued { number, .. } => Some(*number),
                    _ => None,
                });
            }
            app.counter.message = message;
            true
        }
        Err(e) => {
            app.counter.message = Some(StatusMessage::Refused(e));
            false
        }
    }
}

fn shortcuts(app: &mut App, ctx: &egui::Context) {
    if ctx.egui_wants_keyboard_input() {
        return;
    }
    let pressed = |k: egui::Key| ctx.input(|i| i.key_pressed(k) && i.modifiers.is_none());
    if pressed(egui::Key::N) {
        act(app, Action::CallNext);
    }
    if pressed(egui::Key::D) {
        act(app, Action::Dismiss);
    }
    if pressed(egui::Key::H) {
        act(app, Action::Hint);
    }
    if pressed(egui::Key::I)
        && let Some(d) = app.counter.selected_doc.clone()
    {
        app.counter.zoom = Some(1.8);
        act(
            app,
            Action::Inspect {
                document: d,
                tool: crate::sim::LookTool::Magnifier,
            },
        );
    }
    if pressed(egui::Key::K)
        && let Some(d) = app.counter.selected_doc.clone()
    {
        act(app, Action::CheckIdentity { document: d });
    }
    if pressed(egui::Key::C) {
        desk::compare_picked(app);
    }
    if pressed(egui::Key::S) {
        scanner::scan_selected(app);
    }
    if pressed(egui::Key::R) {
        portal::issue_receipt(app);
    }
    if pressed(egui::Key::Escape) {
        app.counter.pick_a = None;
        app.counter.pick_b = None;
        app.counter.slip = None;
    }
    let digits = [
        egui::Key::Num1,
        egui::Key::Num2,
        egui::Key::Num3,
        egui::Key::Num4,
        egui::Key::Num5,
        egui::Key::Num6,
        egui::Key::Num7,
        egui::Key::Num8,
        egui::Key::Num9,
    ];
    for (n, k) in digits.iter().enumerate() {
        if pressed(*k) {
            let doc = app
                .session
                .as_ref()
                .and_then(|s| s.shift.at_counter())
                .and_then(|c| c.arrival.documents.get(n))
                .map(|d| d.id.clone());
            if doc.is_some() {
                app.counter.selected_doc = doc;
            }
        }
    }
}

/// Resets per-visit selections when another citizen comes to the counter.
fn follow_visit(app: &mut App) {
    let now = app.session.as_ref().and_then(|s| s.shift.counter);
    if now != app.counter.visit_of {
        app.counter.visit_of = now;
        app.counter.pick_a = None;
        app.counter.pick_b = None;
        app.counter.attach_scan = None;
        app.counter.attach_component = None;
        app.counter.portal.reset_visit();
        app.counter.selected_doc = app
            .session
            .as_ref()
            .and_then(|s| s.shift.at_counter())
            .and_then(|c| c.arrival.documents.first())
            .map(|d| d.id.clone());
    }
}

/// The narrowest the citizen column may be: the portrait beside the citizen's name.
const CITIZEN_MIN: f32 = 220.0;
/// The narrowest the portal may be: a form label with its box, the menu on two rows.
const PORTAL_MIN: f32 = 340.0;
/// The narrowest the desk may be: a paper [`desk::MIN_PAPER_WIDTH`] wide with the desk's
/// margins, the paper's shadow and the scroll bar.
const DESK_MIN: f32 = desk::MIN_PAPER_WIDTH + 56.0;

/// The widths of the counter's three columns in a window `width` points wide: the citizen
/// on the left, the portal on the right (each can be dragged wider or narrower within its
/// range) and the desk between them, which always keeps [`DESK_MIN`] — on a 1024-point
/// screen the side columns start at their narrowest.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Columns {
    /// The total width.
    width: f32,
    /// The citizen column's first width.
    citizen: f32,
    /// The widest the citizen column may be dragged.
    citizen_max: f32,
    /// The portal's first width.
    portal: f32,
}

impl Columns {
    fn for_width(width: f32) -> Self {
        let citizen = (width * 0.22).clamp(CITIZEN_MIN, 340.0);
        let citizen_max = (width - PORTAL_MIN - DESK_MIN).clamp(CITIZEN_MIN, 420.0);
        let portal = (width * 0.36).clamp(PORTAL_MIN, 620.0);
        Self {
            width,
            citizen,
            citizen_max,
            portal,
        }
    }

    /// The widest the portal may be beside a citizen column `citizen` wide: what leaves the
    /// desk its [`DESK_MIN`] (and never so wide that a long page pushes the papers away).
    fn portal_max(&self, citizen: f32) -> f32 {
        (self.width - citizen - DESK_MIN).clamp(PORTAL_MIN.min(self.width * 0.3), 760.0)
    }
}

/// The counter screen.
pub fn counter_ui(app: &mut App, ui: &mut egui::Ui) {
    if app.session.is_none() {
        app.screen = super::app::Screen::Home;
        return;
    }
    follow_visit(app);
    shortcuts(app, ui.ctx());
    top_bar_ui(app, ui);
    guide::guide_ui(app, ui);
    status_bar_ui(app, ui);
    let columns = Columns::for_width(ui.available_width());
    let citizen = egui::Panel::left("citizen-panel")
        .resizable(true)
        .default_size(columns.citizen)
        .size_range(CITIZEN_MIN..=columns.citizen_max)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("citizen-scroll")
                .show(ui, |ui| citizen::citizen_ui(app, ui));
        })
        .response
        .rect
        .width();
    let portal_max = columns.portal_max(citizen);
    egui::Panel::right("portal-panel")
        .resizable(true)
        .default_size(columns.portal.min(portal_max))
        .size_range(PORTAL_MIN.min(portal_max)..=portal_max)
        .frame(egui::Frame::new().fill(style::palette(ui).page.fill))
        .show(ui, |ui| portal::portal_ui(app, ui));
    egui::CentralPanel::default()
        .frame(egui::Frame::new().fill(style::desk(ui)).inner_margin(8))
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("desk-scroll")
                .show(ui, |ui| {
                    desk::desk_ui(app, ui);
                    ui.add_space(8.0);
                    scanner::scanner_ui(app, ui);
                });
        });
    slips::slip_window_ui(app, ui.ctx());
    end_confirm_ui(app, ui.ctx());
}

fn top_bar_ui(app: &mut App, ui: &mut egui::Ui) {
    let Some(session) = &app.session else {
        return;
    };
    let shift = &session.shift;
    let lang = app.settings.lang;
    let title = shift.scenario.file.meta.title.get(lang).to_owned();
    let centre = shift.scenario.file.shift.centre.get(lang).to_owned();
    let mode = shift.mode;
    let mut go_home = false;
    let mut end = false;
    let app_title = app.locale.tr("app-title");
    let bar = style::palette(ui).menu;
    let badge = match mode {
        Mode::Practice => (
            app.locale.tr("mode-practice"),
            style::palette(ui).practice_badge,
        ),
        Mode::Exam => (app.locale.tr("mode-exam"), style::palette(ui).exam_badge),
    };
    egui::Panel::top("counter-top")
        .frame(
            egui::Frame::new()
                .fill(bar.fill)
                .inner_margin(egui::Margin::symmetric(10, 6)),
        )
        .show(ui, |ui| {
            ui.style_mut().visuals = style::visuals_on(&bar);
            // The buttons keep their place; the shift's title gives way (cut short with
            // "…", whole on hover) so that nothing runs over them on a narrow screen.
            egui::Sides::new().shrink_left().truncate().show(
                ui,
                |ui| {
                    ui.label(
                        RichText::new(app_title)
                            .font(style::bold(ui, 18.0))
                            .color(bar.text),
                    );
                    egui::Frame::new()
                        .fill(badge.1.fill)
                        .corner_radius(3)
                        .inner_margin(egui::Margin::symmetric(6, 1))
                        .show(ui, |ui| {
                            ui.label(RichText::new(badge.0).color(badge.1.text).small());
                        });
                    let title = format!("{title} · {centre}");
                    ui.label(RichText::new(&title).color(bar.weak))
                        .on_hover_text(title);
                },
                |ui| {
                    if ui.button(app.locale.tr("counter-end-shift")).clicked() {
                        end = true;
                    }
                    if ui
                        .button(app.locale.tr("counter-home"))
                        .on_hover_text(app.locale.tr("counter-home-help"))
                        .clicked()
                    {
                        go_home = true;
                    }
                    super::home::language_switch_ui(app, ui);
                },
            );
        });
    if go_home {
        app.go_home();
    }
    if end {
        app.counter.confirm_end = true;
    }
}

fn end_confirm_ui(app: &mut App, ctx: &egui::Context) {
    if !app.counter.confirm_end {
        return;
    }
    let mut open = true;
    let mut confirmed = false;
    egui::Window::new(app.locale.tr("counter-end-title"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .open(&mut open)
        .show(ctx, |ui| {
            ui.label(app.locale.tr("counter-end-body"));
            ui.horizontal(|ui| {
                if ui
                    .button(style::strong(app.locale.tr("counter-end-confirm")))
                    .clicked()
                {
                    confirmed = true;
                }
                if ui.button(app.locale.tr("counter-cancel")).clicked() {
                    app.counter.confirm_end = false;
                }
            });
        });
    if !open {
        app.counter.confirm_end = false;
    }
    if confirmed {
        app.counter.confirm_end = false;
        act(app, Action::EndShift);
    }
}

fn kpi_chip(ui: &mut egui::Ui, label: &str, value: f64) {
    ui.label(RichText::new(format!("{label} {value:.0}%")).small());
}

fn status_bar_ui(app: &mut App, ui: &mut egui::Ui) {
    let locale: &Locale = &app.locale;
    let Some(session) = &mut app.session else {
        return;
    };
    let practice = session.shift.mode == Mode::Practice;
    let kpis = practice.then(|| session.live_report().kpis.clone());
    let shift = &session.shift;
    let clock = shift.clock();
    let queue = shift.queue().len();
    let waiting = shift.waiting_for_results().len();
    let faults = shift.active_faults();
    let journal_error = session.journal_error.as_ref();
    egui::Panel::bottom("status-bar")
        .frame(
            egui::Frame::new()
                .fill(ui.visuals().panel_fill)
                .inner_margin(egui::Margin::symmetric(10, 4)),
        )
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                // Each item whole: the row wraps between items, never inside one (a label
                // broken at the end of a row would lie across the next).
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
                ui.label(
                    RichText::new(clock.format("%H:%M").to_string()).font(style::bold(ui, 18.0)),
                )
                .on_hover_text(locale.tr("status-clock"));
                ui.label(describe::date(clock.date()));
                ui.separator();
                ui.label(locale.tr_args("status-queue", &[("count", queue.to_string())]));
                if waiting > 0 {
                    ui.label(locale.tr_args("status-waiting", &[("count", waiting.to_string())]));
                }
                let panel = &style::palette(ui).panel;
                for f in faults {
                    ui.colored_label(panel.error, locale.tr(&format!("fault-{}", f.id())));
                }
                ui.separator();
                match &kpis {
                    Some(k) => {
                        kpi_chip(ui, &locale.tr("kpi-on-time"), k.on_time);
                        kpi_chip(ui, &locale.tr("kpi-digitization"), k.digitization);
                        kpi_chip(ui, &locale.tr("kpi-sync"), k.sync);
                        kpi_chip(ui, &locale.tr("kpi-satisfaction"), k.satisfaction);
                    }
                    None => {
                        ui.label(RichText::new(locale.tr("status-kpis-hidden")).small());
                    }
                }
                ui.separator();
                match journal_error {
                    Some(e) => {
                        ui.add(
                            egui::Label::new(
                                RichText::new(record_error_text(
                                    locale,
                                    RecordTask::WriteJournal,
                                    e,
                                ))
                                .color(panel.error),
                            )
                            .wrap(),
                        );
                    }
                    None => {
                        ui.label(
                            RichText::new(locale.tr("status-autosaved"))
                                .small()
                                .color(panel.success),
                        );
                    }
                }
            });
            let message = app.counter.message.as_ref();
            if let Some((error, text)) = message.and_then(|m| m.text(shift, locale)) {
                let panel = &style::palette(ui).panel;
                let colour = if error { panel.error } else { panel.text };
                ui.label(RichText::new(text).color(colour));
            }
        });
}
