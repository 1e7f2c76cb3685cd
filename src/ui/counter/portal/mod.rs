//! The mocked portal, styled like a provincial government web system: blue and red header
//! "HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", a menu (reception, processing, return
//! of results, procedure lookup), the new-dossier form, the dossier list with its statuses,
//! payment, slips and the sync status with the national portal.
//!
//! This module draws the window's frame (header, menu) and holds what the tabs share; each
//! tab is a module of its own: [`reception`] (the dossier being entered, with [`dispose`]
//! for supplement requests and refusals and [`calendar`] for the appointment date),
//! [`online`] (online dossiers waiting for review), [`processing`] (the dossier list),
//! [`results`] (return of results) and [`lookup`] (the procedure catalogue).
//!
//! A frame reads the shift by reference ([`PortalFrame`]): the tabs edit only the portal's
//! inputs and note what the trainee asked for ([`Clicked`]), which is applied once drawing
//! is done — so no copy of the shift is made per frame.
//!
//! The appointment date is the trainee's answer, typed or picked on the calendar helper
//! (a month grid with the days off of `shift.calendar()` marked): the UI never computes it.

// issue 13 item 4: inter-agency bundles
mod bundle;
mod calendar;
mod dispose;
mod login;
mod lookup;
mod online;
mod processing;
pub(super) mod reception;
mod results;
// issue 13 item 9: police slip forms
mod slip_forms;

use std::collections::BTreeSet;

use chrono::NaiveDate;
use egui::{Color32, RichText, Stroke};

use crate::i18n::Locale;
use crate::portal::{Status, SyncState};
use crate::scenario::{Department, FaultKind, Submission};
use crate::sim::{Action, Shift};
use crate::text::Lang;

use super::super::app::App;
use super::super::describe;
use super::super::style;
use super::{StatusMessage, act};

/// The portal's menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PortalTab {
    /// Tiếp nhận hồ sơ.
    #[default]
    Reception,
    /// Xử lý hồ sơ (the dossier list).
    Processing,
    /// Trả kết quả.
    Return,
    /// Tra cứu thủ tục.
    Lookup,
}

/// Inputs typed into the portal.
#[derive(Debug, Clone, Default)]
pub struct PortalState {
    /// Menu.
    pub tab: PortalTab,
    /// Procedure chosen for a new dossier or the lookup.
    pub procedure: Option<String>,
    /// Form fields typed.
    pub fields: [String; 3],
    /// Fee typed.
    pub fee: String,
    /// Appointment date typed (DD/MM/YYYY).
    pub appointment: String,
    /// Components ticked for a supplement request.
    pub supplement: BTreeSet<String>,
    /// Refusal ground chosen.
    pub ground: Option<String>,
    /// Department chosen per dossier.
    pub department: Option<Department>,
    /// Apology date typed.
    pub apology_date: String,
    /// Calendar helper open.
    pub calendar: bool,
    /// Month shown by the calendar helper.
    pub month: Option<NaiveDate>,
    /// Photocopy chosen to certify.
    pub copy: Option<String>,
    /// Original it is compared with.
    pub original: Option<String>,
    /// Online dossier opened for review.
    pub online: Option<String>,
}

impl PortalState {
    /// Clears what belongs to the previous citizen.
    pub fn reset_visit(&mut self) {
        let tab = self.tab;
        *self = Self::default();
        self.tab = if tab == PortalTab::Lookup {
            tab
        } else {
            PortalTab::Reception
        };
    }
}

/// Parses a date typed as `DD/MM/YYYY` (or `D/M/YYYY`, `DD-MM-YYYY`).
pub fn parse_typed_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim().replace(['-', '.'], "/");
    NaiveDate::parse_from_str(&t, "%d/%m/%Y").ok()
}

/// The receipt for `dossier` with the appointment date the trainee typed, or `None` when
/// the date cannot be read.
fn receipt(dossier: &str, typed: &str) -> Option<Action> {
    parse_typed_date(typed).map(|appointment| Action::IssueReceipt {
        dossier: dossier.to_owned(),
        appointment,
    })
}

/// Issues the receipt for the open dossier with the typed date (shortcut R).
pub fn issue_receipt(app: &mut App) {
    let Some(code) = open_dossier(app) else {
        return;
    };
    if let Some(session) = &app.session
        && reception::receipt_blocked(&session.shift, &code, &app.locale).is_some()
    {
        app.counter.message = Some(StatusMessage::ReceiptBlocked(code));
        return;
    }
    match receipt(&code, &app.counter.portal.appointment) {
        Some(action) => {
            act(app, action);
        }
        None => {
            app.counter.message = Some(StatusMessage::Mistake("portal-date-invalid"));
        }
    }
}

/// The counter citizen's dossier being entered (draft), if any.
fn open_dossier(app: &App) -> Option<String> {
    let shift = &app.session.as_ref()?.shift;
    shift
        .dossier_of(shift.counter?)
        .filter(|d| d.draft)
        .map(|d| d.code.clone())
}

/// What the trainee asked for while the portal was drawn, applied after drawing.
#[derive(Debug, Default)]
struct Clicked {
    /// The action to apply (one click per frame; the last one drawn wins).
    action: Option<Action>,
    /// A slip to show in its window.
    slip: Option<u32>,
    /// A mistake to tell the trainee about: a date or an amount that cannot be read, a
    /// receipt the form is not ready for.
    error: Option<StatusMessage>,
}

impl Clicked {
    /// Shows the message and the slip, then applies the action; a dossier just created
    /// starts with an empty form.
    fn apply(self, app: &mut App) {
        if let Some(message) = self.error {
            app.counter.message = Some(message);
        }
        if let Some(n) = self.slip {
            app.counter.slip = Some(n);
        }
        if let Some(action) = self.action {
            let created = matches!(
                action,
                Action::CreateDossier { .. } | Action::CreateBundle { .. }
            );
            if act(app, action) && created {
                app.counter.portal.fields = Default::default();
            }
        }
    }
}

/// One frame of the portal: the shift read by reference, the inputs the tabs edit, and what
/// the trainee asked for.
struct PortalFrame<'a> {
    shift: &'a Shift,
    locale: &'a Locale,
    lang: Lang,
    input: &'a mut PortalState,
    clicked: Clicked,
}

impl PortalFrame<'_> {
    /// Asks for an action (applied after drawing).
    fn request(&mut self, action: Action) {
        self.clicked.action = Some(action);
    }

    /// Asks for the receipt of `dossier` with the typed appointment date, or tells the
    /// trainee the date cannot be read.
    fn request_receipt(&mut self, dossier: &str) {
        if reception::receipt_blocked(self.shift, dossier, self.locale).is_some() {
            self.clicked.error = Some(StatusMessage::ReceiptBlocked(dossier.to_owned()));
            return;
        }
        match receipt(dossier, &self.input.appointment) {
            Some(action) => self.request(action),
            None => self.complain("portal-date-invalid"),
        }
    }

    /// Tells the trainee that what they typed cannot be read (message `id`).
    fn complain(&mut self, id: &'static str) {
        self.clicked.error = Some(StatusMessage::Mistake(id));
    }

    /// The name of a dossier status, as the portal lists it.
    fn status_text(&self, status: Status) -> String {
        self.locale.tr(&format!("status-{}", status.id()))
    }

    /// How a component is handed in (original, copy, shown).
    fn submission_text(&self, form: Submission) -> String {
        self.locale.tr(match form {
            Submission::Original => "portal-form-original",
            Submission::Copy => "portal-form-copy",
            Submission::Show => "portal-form-show",
        })
    }
}

/// The portal panel.
pub fn portal_ui(app: &mut App, ui: &mut egui::Ui) {
    let Some(session) = &app.session else {
        return;
    };
    let mut frame = PortalFrame {
        shift: &session.shift,
        locale: &app.locale,
        lang: app.settings.lang,
        input: &mut app.counter.portal,
        clicked: Clicked::default(),
    };
    header_ui(&frame, ui);
    menu_ui(&mut frame, ui);
    page_ui(&mut frame, ui);
    let clicked = frame.clicked;
    clicked.apply(app);
}

/// The white page under the menu with the open tab.
fn page_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui) {
    let frozen = f
        .shift
        .active_faults()
        .iter()
        .any(|k| matches!(k, FaultKind::FrozenPc | FaultKind::PowerCut));
    egui::Frame::new()
        .fill(style::palette(ui).page.fill)
        .inner_margin(10)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.set_min_height(ui.available_height());
            if frozen && !f.shift.paper_mode {
                ui.colored_label(
                    style::palette(ui).page.error,
                    f.locale.tr("portal-unavailable"),
                );
            }
            egui::ScrollArea::vertical()
                .id_salt("portal-scroll")
                .show(ui, |ui| match f.input.tab {
                    _ if login::needs_login(f) => login::login_ui(f, ui),
                    PortalTab::Reception => reception::reception_ui(f, ui),
                    PortalTab::Processing => processing::processing_ui(f, ui),
                    PortalTab::Return => results::return_ui(f, ui),
                    PortalTab::Lookup => lookup::lookup_ui(f, ui),
                });
        });
}

fn header_ui(f: &PortalFrame<'_>, ui: &mut egui::Ui) {
    let header = style::palette(ui).header;
    egui::Frame::new()
        .fill(header.fill)
        .inner_margin(egui::Margin {
            left: 10,
            right: 10,
            top: 8,
            bottom: 6,
        })
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(30.0, 30.0), egui::Sense::hover());
                ui.painter().circle_filled(
                    rect.center(),
                    14.0,
                    Color32::from_rgb(0xf2, 0xc1, 0x2e),
                );
                ui.painter()
                    .circle_filled(rect.center(), 11.5, style::SEAL_RED);
                ui.vertical(|ui| {
                    ui.label(
                        RichText::new(f.locale.tr("portal-system-title"))
                            .font(style::bold(ui, 13.0))
                            .color(header.text),
                    );
                    ui.label(
                        RichText::new(f.shift.scenario.file.shift.centre.get(f.lang))
                            .small()
                            .color(header.weak),
                    );
                    sync_summary_ui(f, ui);
                });
            });
        });
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), 3.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 0.0, style::SEAL_RED);
}

/// How many dossiers failed to reach the national portal, or that all did.
fn sync_summary_ui(f: &PortalFrame<'_>, ui: &mut egui::Ui) {
    let failed = f
        .shift
        .portal
        .dossiers
        .values()
        .filter(|d| d.sync == SyncState::Failed)
        .count();
    let header = style::palette(ui).header;
    let (text, colour) = if failed > 0 {
        (
            f.locale
                .tr_args("portal-sync-failed", &[("count", failed.to_string())]),
            header.error,
        )
    } else {
        (f.locale.tr("portal-sync-ok"), header.success)
    };
    ui.label(RichText::new(text).small().color(colour));
}

fn menu_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui) {
    let menu = style::palette(ui).menu;
    egui::Frame::new()
        .fill(menu.fill)
        .inner_margin(egui::Margin::symmetric(6, 3))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                for (tab, id) in [
                    (PortalTab::Reception, "portal-menu-reception"),
                    (PortalTab::Processing, "portal-menu-processing"),
                    (PortalTab::Return, "portal-menu-return"),
                    (PortalTab::Lookup, "portal-menu-lookup"),
                ] {
                    let sel = f.input.tab == tab;
                    let text = RichText::new(f.locale.tr(id)).color(if sel {
                        menu.text
                    } else {
                        menu.weak
                    });
                    let b = egui::Button::new(text)
                        .fill(if sel {
                            style::GOV_BLUE
                        } else {
                            Color32::TRANSPARENT
                        })
                        .stroke(Stroke::NONE);
                    if ui.add(b).clicked() {
                        f.input.tab = tab;
                    }
                }
            });
        });
}

/// A section title of a portal page.
fn section(ui: &mut egui::Ui, title: String) {
    ui.add_space(6.0);
    ui.label(style::strong(title).color(style::palette(ui).page.accent));
    ui.separator();
}

/// The procedure box (new dossier, lookup); returns the procedure chosen.
fn procedure_combo(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, salt: &str) -> Option<String> {
    let shift = f.shift;
    let lang = f.lang;
    // No procedure is preselected: choosing the right one is part of the trainee's job.
    let current = f.input.procedure.clone();
    let shown = current.as_deref().map_or_else(
        || f.locale.tr("portal-choose-procedure"),
        |c| describe::procedure(shift, c, lang),
    );
    let label = ui.label(f.locale.tr("portal-procedure"));
    egui::ComboBox::from_id_salt(salt)
        .selected_text(shown)
        .width(300.0)
        .show_ui(ui, |ui| {
            for (code, p) in &shift.scenario.catalog.procedures {
                if ui
                    .selectable_label(current.as_deref() == Some(code), p.name.get(lang))
                    .clicked()
                {
                    f.input.procedure = Some(code.clone());
                }
            }
        })
        .response
        .labelled_by(label.id);
    f.input.procedure.clone()
}

/// The colour a dossier status is shown in on the portal's page.
fn status_colour(ui: &egui::Ui, s: Status) -> Color32 {
    let page = &style::palette(ui).page;
    match s {
        Status::Refused | Status::Stopped | Status::Withdrawn => page.error,
        Status::Processed | Status::Returned => page.success,
        Status::SupplementRequested | Status::AwaitingPayment => page.warning,
        _ => page.accent,
    }
}
