//! The mocked portal, styled like a provincial government web system: blue and red header
//! "HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", a menu (reception, processing, return
//! of results, procedure lookup), the new-dossier form, the dossier list with its statuses,
//! payment, slips and the sync status with the national portal.
//!
//! The appointment date is the trainee's answer, typed or picked on the calendar helper
//! (a month grid with the days off of `shift.calendar()` marked): the UI never computes it.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};
use egui::{Color32, RichText, Stroke};

use crate::calendar::DayStatus;
use crate::portal::{Dossier, Status, SyncState};
use crate::scenario::{DefectKind, Department, FeeRule, OnlineLevel, Submission};
use crate::sim::{Action, DossierField, PaymentMethod, Shift};
use crate::text::format_vnd;

use super::super::app::App;
use super::super::describe;
use super::super::style;
use super::act;

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

/// Issues the receipt for the open dossier with the typed date (shortcut R).
pub fn issue_receipt(app: &mut App) {
    let Some(code) = open_dossier(app) else {
        return;
    };
    match parse_typed_date(&app.counter.portal.appointment) {
        Some(appointment) => {
            act(
                app,
                Action::IssueReceipt {
                    dossier: code,
                    appointment,
                },
            );
        }
        None => {
            app.counter.message = Some((true, app.locale.tr("portal-date-invalid")));
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

fn header_ui(app: &App, ui: &mut egui::Ui, shift: &Shift) {
    let lang = app.settings.lang;
    egui::Frame::new()
        .fill(style::GOV_BLUE)
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
                        RichText::new(app.locale.tr("portal-system-title"))
                            .font(style::bold(ui, 13.0))
                            .color(Color32::WHITE),
                    );
                    ui.label(
                        RichText::new(shift.scenario.file.shift.centre.get(lang))
                            .small()
                            .color(Color32::from_gray(225)),
                    );
                    let failed = shift
                        .portal
                        .dossiers
                        .values()
                        .filter(|d| d.sync == SyncState::Failed)
                        .count();
                    let (text, colour) = if failed > 0 {
                        (
                            app.locale
                                .tr_args("portal-sync-failed", &[("count", failed.to_string())]),
                            Color32::from_rgb(0xff, 0xb4, 0xa8),
                        )
                    } else {
                        (
                            app.locale.tr("portal-sync-ok"),
                            Color32::from_rgb(0xb4, 0xf0, 0xc4),
                        )
                    };
                    ui.label(RichText::new(text).small().color(colour));
                });
            });
        });
    let (rect, _) =
        ui.allocate_exact_size(egui::vec2(ui.available_width(), 3.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 0.0, style::SEAL_RED);
}

fn menu_ui(app: &mut App, ui: &mut egui::Ui, shift: &Shift) {
    let _ = shift;
    egui::Frame::new()
        .fill(style::GOV_BLUE_DARK)
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
                    let sel = app.counter.portal.tab == tab;
                    let text = RichText::new(app.locale.tr(id)).color(if sel {
                        Color32::WHITE
                    } else {
                        Color32::from_gray(200)
                    });
                    let b = egui::Button::new(text)
                        .fill(if sel {
                            style::GOV_BLUE
                        } else {
                            Color32::TRANSPARENT
                        })
                        .stroke(Stroke::NONE);
                    if ui.add(b).clicked() {
                        app.counter.portal.tab = tab;
                    }
                }
            });
        });
}

/// The portal panel.
pub fn portal_ui(app: &mut App, ui: &mut egui::Ui) {
    let Some(session) = &app.session else {
        return;
    };
    let shift = session.shift.clone();
    header_ui(app, ui, &shift);
    menu_ui(app, ui, &shift);
    let frozen = shift.active_faults().iter().any(|f| {
        matches!(
            f,
            crate::scenario::FaultKind::FrozenPc | crate::scenario::FaultKind::PowerCut
        )
    });
    egui::Frame::new()
        .fill(if ui.visuals().dark_mode {
            Color32::from_gray(0x26)
        } else {
            Color32::WHITE
        })
        .inner_margin(10)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.set_min_height(ui.available_height());
            if frozen && !shift.paper_mode {
                ui.colored_label(style::SEAL_RED, app.locale.tr("portal-unavailable"));
            }
            egui::ScrollArea::vertical()
                .id_salt("portal-scroll")
                .show(ui, |ui| match app.counter.portal.tab {
                    PortalTab::Reception => reception_ui(app, ui, &shift),
                    PortalTab::Processing => processing_ui(app, ui, &shift),
                    PortalTab::Return => return_ui(app, ui, &shift),
                    PortalTab::Lookup => lookup_ui(app, ui, &shift),
                });
        });
}

fn section(ui: &mut egui::Ui, title: String) {
    ui.add_space(6.0);
    ui.label(style::strong(title).color(style::GOV_BLUE));
    ui.separator();
}

fn procedure_combo(app: &mut App, ui: &mut egui::Ui, shift: &Shift, salt: &str) -> Option<String> {
    let lang = app.settings.lang;
    // No procedure is preselected: choosing the right one is part of the trainee's job.
    let current = app.counter.portal.procedure.clone();
    let shown = current.as_deref().map_or_else(
        || app.locale.tr("portal-choose-procedure"),
        |c| describe::procedure(shift, c, lang),
    );
    let label = ui.label(app.locale.tr("portal-procedure"));
    egui::ComboBox::from_id_salt(salt)
        .selected_text(shown)
        .width(300.0)
        .show_ui(ui, |ui| {
            for (code, p) in &shift.scenario.catalog.procedures {
                if ui
                    .selectable_label(current.as_deref() == Some(code), p.name.get(lang))
                    .clicked()
                {
                    app.counter.portal.procedure = Some(code.clone());
                }
            }
        })
        .response
        .labelled_by(label.id);
    app.counter.portal.procedure.clone()
}

fn reception_ui(app: &mut App, ui: &mut egui::Ui, shift: &Shift) {
    let lang = app.settings.lang;
    let Some(i) = shift.counter else {
        ui.label(app.locale.tr("portal-no-citizen"));
        online_queue_ui(app, ui, shift);
        return;
    };
    let citizen = &shift.citizens[i];
    let draft = citizen
        .dossiers
        .iter()
        .filter_map(|c| shift.portal.dossiers.get(c))
        .find(|d| d.draft)
        .cloned();
    let mut action: Option<Action> = None;
    match &draft {
        None => {
            section(ui, app.locale.tr("portal-new-dossier"));
            let mut chosen = None;
            ui.horizontal_wrapped(|ui| {
                chosen = procedure_combo(app, ui, shift, "new-dossier-procedure");
            });
            ui.horizontal(|ui| {
                if ui
                    .button(style::strong(app.locale.tr("portal-create")))
                    .clicked()
                    && let Some(p) = chosen.clone()
                {
                    action = Some(Action::CreateDossier { procedure: p });
                }
            });
            let received: Vec<&Dossier> = citizen
                .dossiers
                .iter()
                .filter_map(|c| shift.portal.dossiers.get(c))
                .collect();
            for d in received {
                ui.label(format!(
                    "{} — {}",
                    d.code,
                    app.locale.tr(&format!("status-{}", d.status.id()))
                ));
            }
        }
        Some(d) => {
            section(
                ui,
                app.locale
                    .tr_args("portal-dossier", &[("dossier", d.code.clone())]),
            );
            ui.label(
                RichText::new(describe::procedure(shift, &d.procedure, lang))
                    .color(style::GOV_BLUE),
            );
            egui::Grid::new("dossier-form")
                .num_columns(3)
                .spacing([8.0, 6.0])
                .show(ui, |ui| {
                    for (n, field) in DossierField::ALL.iter().enumerate() {
                        let label = ui.label(app.locale.tr(&format!("field-{}", field.id())));
                        let stored = d.fields.get(field).cloned().unwrap_or_default();
                        let input = &mut app.counter.portal.fields[n];
                        if input.is_empty() && !stored.is_empty() {
                            *input = stored.clone();
                        }
                        let r = ui
                            .add_sized(
                                [230.0, 24.0],
                                egui::TextEdit::singleline(input).char_limit(200),
                            )
                            .labelled_by(label.id);
                        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        let save = ui
                            .add_enabled(
                                *input != stored,
                                egui::Button::new(app.locale.tr("portal-save")),
                            )
                            .clicked();
                        if (enter || save) && *input != stored {
                            action = Some(Action::FillField {
                                dossier: d.code.clone(),
                                field: *field,
                                value: input.clone(),
                            });
                        }
                        ui.end_row();
                    }
                });
            components_ui(app, ui, shift, d);
            fee_ui(app, ui, shift, d, &mut action);
            if let Some(a) = certify_ui(app, ui, shift, d) {
                action = Some(a);
            }
            section(ui, app.locale.tr("portal-receipt"));
            ui.horizontal_wrapped(|ui| {
                let label = ui.label(app.locale.tr("portal-appointment"));
                ui.add(
                    egui::TextEdit::singleline(&mut app.counter.portal.appointment)
                        .hint_text("DD/MM/YYYY")
                        .char_limit(10)
                        .desired_width(110.0),
                )
                .labelled_by(label.id);
                if ui
                    .selectable_label(
                        app.counter.portal.calendar,
                        app.locale.tr("portal-calendar"),
                    )
                    .clicked()
                {
                    app.counter.portal.calendar = !app.counter.portal.calendar;
                }
            });
            if app.counter.portal.calendar {
                calendar_ui(app, ui, shift);
            }
            if ui
                .button(style::strong(app.locale.tr("portal-issue-receipt")))
                .on_hover_text(app.locale.tr("portal-issue-receipt-help"))
                .clicked()
                && let Some(a) = receipt_action(app, &d.code)
            {
                action = Some(a);
            }
        }
    }
    if let Some(a) = dispose_ui(app, ui, shift, draft.as_ref().map(|d| d.code.as_str())) {
        action = Some(a);
    }
    online_queue_ui(app, ui, shift);
    if let Some(a) = action {
        let reset = matches!(a, Action::CreateDossier { .. });
        if act(app, a) && reset {
            app.counter.portal.fields = Default::default();
        }
    }
}

fn components_ui(app: &App, ui: &mut egui::Ui, shift: &Shift, d: &Dossier) {
    let lang = app.settings.lang;
    let Some(p) = shift.scenario.procedure(&d.procedure) else {
        return;
    };
    section(ui, app.locale.tr("portal-components"));
    egui::Grid::new("components")
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            ui.label(style::strong(app.locale.tr("portal-component")));
            ui.label(style::strong(app.locale.tr("portal-form")));
            ui.label(style::strong(app.locale.tr("portal-attached")));
            ui.end_row();
            for c in &p.components {
                ui.label(c.name.get(lang));
                ui.label(app.locale.tr(match c.form {
                    Submission::Original => "portal-form-original",
                    Submission::Copy => "portal-form-copy",
                    Submission::Show => "portal-form-show",
                }));
                let scans = d.attachments.get(&c.id).cloned().unwrap_or_default();
                if scans.is_empty() {
                    ui.label(RichText::new("—").color(Color32::GRAY));
                } else {
                    let list: Vec<String> = scans.iter().map(|s| format!("#{s}")).collect();
                    ui.colored_label(style::OK_GREEN, list.join(", "));
                }
                ui.end_row();
            }
        });
}

fn fee_ui(
    app: &mut App,
    ui: &mut egui::Ui,
    _shift: &Shift,
    d: &Dossier,
    action: &mut Option<Action>,
) {
    section(ui, app.locale.tr("portal-fee"));
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(app.locale.tr("portal-fee-amount"));
        ui.add(
            egui::TextEdit::singleline(&mut app.counter.portal.fee)
                .char_limit(12)
                .desired_width(90.0)
                .hint_text("0"),
        )
        .labelled_by(label.id);
        ui.label("đ");
        if ui.button(app.locale.tr("portal-set-fee")).clicked() {
            let digits: String = app
                .counter
                .portal
                .fee
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            match digits.parse::<u64>() {
                Ok(amount) => {
                    *action = Some(Action::SetFee {
                        dossier: d.code.clone(),
                        amount,
                    })
                }
                Err(_) => app.counter.message = Some((true, app.locale.tr("portal-fee-invalid"))),
            }
        }
    });
    match (&d.fee, &d.payment) {
        (_, Some(p)) => {
            ui.colored_label(
                style::OK_GREEN,
                app.locale.tr_args(
                    "portal-paid",
                    &[
                        ("amount", format_vnd(p.amount)),
                        (
                            "method",
                            app.locale.tr(match p.method {
                                PaymentMethod::Cash => "pay-cash",
                                PaymentMethod::EPayment => "pay-epayment",
                            }),
                        ),
                    ],
                ),
            );
        }
        (Some(fee), None) if *fee > 0 => {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    app.locale
                        .tr_args("portal-fee-due", &[("amount", format_vnd(*fee))]),
                );
                if ui.button(app.locale.tr("pay-cash")).clicked() {
                    *action = Some(Action::CollectFee {
                        dossier: d.code.clone(),
                        method: PaymentMethod::Cash,
                    });
                }
                if ui.button(app.locale.tr("pay-epayment")).clicked() {
                    *action = Some(Action::CollectFee {
                        dossier: d.code.clone(),
                        method: PaymentMethod::EPayment,
                    });
                }
            });
        }
        (Some(_), None) => {
            ui.label(app.locale.tr("portal-fee-free"));
        }
        (None, None) => {
            ui.label(RichText::new(app.locale.tr("portal-fee-not-set")).small());
        }
    }
}

fn certify_ui(app: &mut App, ui: &mut egui::Ui, shift: &Shift, d: &Dossier) -> Option<Action> {
    let lang = app.settings.lang;
    let citizen = shift.at_counter()?;
    let copies: Vec<&crate::scenario::Document> = citizen
        .arrival
        .documents
        .iter()
        .filter(|x| x.copy == crate::scenario::CopyForm::Photocopy)
        .collect();
    if copies.is_empty() {
        return None;
    }
    section(ui, app.locale.tr("portal-certify"));
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        let name = |id: &Option<String>| {
            id.as_deref().map_or_else(
                || app.locale.tr("portal-choose"),
                |x| describe::document(shift, x, lang),
            )
        };
        let copy_label = ui.label(app.locale.tr("portal-certify-copy"));
        egui::ComboBox::from_id_salt("certify-copy")
            .selected_text(name(&app.counter.portal.copy))
            .show_ui(ui, |ui| {
                for c in &copies {
                    ui.selectable_value(
                        &mut app.counter.portal.copy,
                        Some(c.id.clone()),
                        describe::document(shift, &c.id, lang),
                    );
                }
            })
            .response
            .labelled_by(copy_label.id);
        let original_label = ui.label(app.locale.tr("portal-certify-original"));
        egui::ComboBox::from_id_salt("certify-original")
            .selected_text(name(&app.counter.portal.original))
            .show_ui(ui, |ui| {
                for c in citizen
                    .arrival
                    .documents
                    .iter()
                    .filter(|x| x.copy == crate::scenario::CopyForm::Original)
                {
                    ui.selectable_value(
                        &mut app.counter.portal.original,
                        Some(c.id.clone()),
                        describe::document(shift, &c.id, lang),
                    );
                }
            })
            .response
            .labelled_by(original_label.id);
        if ui.button(app.locale.tr("portal-certify-button")).clicked()
            && let (Some(copy), Some(original)) = (
                app.counter.portal.copy.clone(),
                app.counter.portal.original.clone(),
            )
        {
            action = Some(Action::CertifyCopy {
                dossier: d.code.clone(),
                copy,
                original,
            });
        }
    });
    action
}

/// Supplement request and refusal for the citizen at the counter (with or without a dossier)
/// or for an online dossier under review.
fn dispose_ui(
    app: &mut App,
    ui: &mut egui::Ui,
    shift: &Shift,
    draft: Option<&str>,
) -> Option<Action> {
    let lang = app.settings.lang;
    let code = draft
        .map(str::to_owned)
        .and_then(|c| shift.portal.dossiers.get(&c).map(|d| d.procedure.clone()))
        .or_else(|| {
            shift
                .at_counter()
                .and_then(|c| c.procedure())
                .map(str::to_owned)
        })?;
    let procedure = shift.scenario.procedure(&code)?;
    let mut action = None;
    section(ui, app.locale.tr("slip-supplement"));
    for c in &procedure.components {
        let mut on = app.counter.portal.supplement.contains(&c.id);
        if ui.checkbox(&mut on, c.name.get(lang)).changed() {
            if on {
                app.counter.portal.supplement.insert(c.id.clone());
            } else {
                app.counter.portal.supplement.remove(&c.id);
            }
        }
    }
    if ui
        .add_enabled(
            !app.counter.portal.supplement.is_empty(),
            egui::Button::new(app.locale.tr("portal-request-supplement")),
        )
        .clicked()
    {
        action = Some(Action::RequestSupplement {
            dossier: draft.map(str::to_owned),
            components: app.counter.portal.supplement.clone(),
        });
    }
    section(ui, app.locale.tr("slip-refusal"));
    let grounds: Vec<(String, String)> = procedure
        .refusals
        .iter()
        .map(|r| (r.id.clone(), r.ground.get(lang).to_owned()))
        .chain(DefectKind::ALL.iter().map(|d| {
            (
                d.id().to_owned(),
                app.locale.tr(&format!("defect-{}", d.id())),
            )
        }))
        .collect();
    ui.horizontal_wrapped(|ui| {
        let shown = app
            .counter
            .portal
            .ground
            .as_ref()
            .and_then(|g| grounds.iter().find(|(id, _)| id == g))
            .map_or_else(|| app.locale.tr("portal-choose-ground"), |(_, t)| t.clone());
        let label = ui.label(app.locale.tr("portal-ground"));
        egui::ComboBox::from_id_salt("refusal-ground")
            .selected_text(shown)
            .width(260.0)
            .show_ui(ui, |ui| {
                for (id, text) in &grounds {
                    ui.selectable_value(&mut app.counter.portal.ground, Some(id.clone()), text);
                }
            })
            .response
            .labelled_by(label.id);
        if ui
            .add_enabled(
                app.counter.portal.ground.is_some(),
                egui::Button::new(app.locale.tr("portal-refuse")),
            )
            .clicked()
            && let Some(ground) = app.counter.portal.ground.clone()
        {
            action = Some(Action::Refuse {
                dossier: draft.map(str::to_owned),
                procedure: code.clone(),
                ground,
            });
        }
    });
    action
}

/// The receipt for a dossier with the appointment date typed by the trainee, or a message
/// when the date cannot be read.
fn receipt_action(app: &mut App, dossier: &str) -> Option<Action> {
    match parse_typed_date(&app.counter.portal.appointment) {
        Some(date) => Some(Action::IssueReceipt {
            dossier: dossier.to_owned(),
            appointment: date,
        }),
        None => {
            app.counter.message = Some((true, app.locale.tr("portal-date-invalid")));
            None
        }
    }
}

fn online_queue_ui(app: &mut App, ui: &mut egui::Ui, shift: &Shift) {
    let online: Vec<&Dossier> = shift
        .portal
        .dossiers
        .values()
        .filter(|d| d.status == Status::NewOnline)
        .collect();
    if online.is_empty() {
        return;
    }
    section(ui, app.locale.tr("portal-online-queue"));
    let mut action = None;
    for d in &online {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!(
                "{} — {}",
                d.code,
                describe::procedure(shift, &d.procedure, app.settings.lang)
            ));
            let open = app.counter.portal.online.as_deref() == Some(d.code.as_str());
            let label = app.locale.tr(if open {
                "portal-online-close"
            } else {
                "portal-online-review"
            });
            let name = format!("{label} {}", d.code);
            let review = ui.selectable_label(open, label);
            review.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if review.clicked() {
                app.counter.portal.online = if open { None } else { Some(d.code.clone()) };
                app.counter.portal.supplement.clear();
                app.counter.portal.ground = None;
            }
            if ui.button(app.locale.tr("portal-accept-online")).clicked()
                && let Some(a) = receipt_action(app, &d.code)
            {
                action = Some(a);
            }
        });
    }
    ui.horizontal(|ui| {
        let label = ui.label(app.locale.tr("portal-appointment"));
        ui.add(
            egui::TextEdit::singleline(&mut app.counter.portal.appointment)
                .hint_text("DD/MM/YYYY")
                .desired_width(110.0),
        )
        .labelled_by(label.id);
    });
    if let Some(code) = app.counter.portal.online.clone()
        && online.iter().any(|d| d.code == code)
        && let Some(a) = online_review_ui(app, ui, shift, &code)
    {
        action = Some(a);
    }
    if let Some(a) = action {
        act(app, a);
    }
}

/// An online dossier under review: its e-copies as submitted, then the same supplement and
/// refusal slips as at the counter (sent electronically).
fn online_review_ui(app: &mut App, ui: &mut egui::Ui, shift: &Shift, code: &str) -> Option<Action> {
    let lang = app.settings.lang;
    let existing = shift
        .scenario
        .file
        .existing_dossiers
        .iter()
        .find(|e| e.code == code)?;
    section(
        ui,
        app.locale
            .tr_args("portal-online-papers", &[("dossier", code.to_owned())]),
    );
    if existing.documents.is_empty() {
        ui.label(app.locale.tr("portal-online-no-papers"));
    }
    let width = (ui.available_width() - 8.0).clamp(260.0, 640.0);
    for doc in &existing.documents {
        let kind = shift.scenario.catalog.document_kinds.get(&doc.kind);
        let view = super::documents::PaperView {
            doc,
            kind,
            lang,
            picked: vec![],
            flagged: vec![],
            cleared: vec![],
            zoom: style::scale(ui).min(1.2),
            name: kind.map_or_else(|| doc.kind.clone(), |k| k.name.get(lang).to_owned()),
        };
        super::documents::paper_ui(ui, &view, width);
        ui.add_space(6.0);
    }
    dispose_ui(app, ui, shift, Some(code))
}

fn calendar_ui(app: &mut App, ui: &mut egui::Ui, shift: &Shift) {
    let today = shift.clock().date();
    let month = app
        .counter
        .portal
        .month
        .unwrap_or_else(|| today.with_day(1).unwrap_or(today));
    let cal = shift.calendar();
    egui::Frame::new()
        .stroke(Stroke::new(1.0, Color32::from_gray(180)))
        .corner_radius(4)
        .inner_margin(6)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui
                    .small_button("<")
                    .on_hover_text(app.locale.tr("calendar-previous"))
                    .clicked()
                {
                    app.counter.portal.month = month.checked_sub_months(chrono::Months::new(1));
                }
                ui.label(style::strong(format!(
                    "{:02}/{}",
                    month.month(),
                    month.year()
                )));
                if ui
                    .small_button(">")
                    .on_hover_text(app.locale.tr("calendar-next"))
                    .clicked()
                {
                    app.counter.portal.month = month.checked_add_months(chrono::Months::new(1));
                }
            });
            egui::Grid::new("calendar")
                .spacing([2.0, 2.0])
                .show(ui, |ui| {
                    for d in [
                        "calendar-mon",
                        "calendar-tue",
                        "calendar-wed",
                        "calendar-thu",
                        "calendar-fri",
                        "calendar-sat",
                        "calendar-sun",
                    ] {
                        ui.label(RichText::new(app.locale.tr(d)).small());
                    }
                    ui.end_row();
                    let offset = month.weekday().num_days_from_monday();
                    for _ in 0..offset {
                        ui.label("");
                    }
                    let mut day = month;
                    let mut col = offset;
                    while day.month() == month.month() {
                        let status = cal.day_status(day);
                        let mut text = RichText::new(format!("{:2}", day.day()));
                        if !status.is_working() {
                            text = text.color(style::SEAL_RED);
                        } else if matches!(status, DayStatus::MakeUpWorkingDay(_)) {
                            text = text.color(style::OK_GREEN).strong();
                        }
                        if day == today {
                            text = text.underline().strong();
                        }
                        let name = format!(
                            "{} — {}",
                            describe::date(day),
                            day_status_text(app, &status)
                        );
                        let r = ui.add(egui::Button::new(text).small().frame(true));
                        let r = r.on_hover_text(&name);
                        if r.clicked() {
                            app.counter.portal.appointment = describe::date(day);
                        }
                        col += 1;
                        if col.is_multiple_of(7) {
                            ui.end_row();
                        }
                        match day.succ_opt() {
                            Some(n) => day = n,
                            None => break,
                        }
                    }
                });
            ui.label(RichText::new(app.locale.tr("calendar-legend")).small());
        });
}

/// What kind of day it is, in the trainee's language, with the day's name (why it is off, or
/// which day off a make-up Saturday replaces): what a printed office calendar shows.
fn day_status_text(app: &App, status: &DayStatus) -> String {
    let lang = app.locale.lang();
    match status {
        DayStatus::Working => app.locale.tr("calendar-working"),
        DayStatus::MakeUpWorkingDay(name) => app
            .locale
            .tr_args("calendar-make-up", &[("name", name.get(lang).to_owned())]),
        DayStatus::Weekend(_) => app.locale.tr("calendar-weekend"),
        DayStatus::DayOff(name) | DayStatus::OptionalDayOff { name, .. } => app.locale.tr_args(
            "calendar-day-off-named",
            &[("name", name.get(lang).to_owned())],
        ),
    }
}

fn status_colour(s: Status) -> Color32 {
    match s {
        Status::Refused | Status::Stopped | Status::Withdrawn => style::SEAL_RED,
        Status::Processed | Status::Returned => style::OK_GREEN,
        Status::SupplementRequested | Status::AwaitingPayment => style::WARN,
        _ => style::GOV_BLUE,
    }
}

fn processing_ui(app: &mut App, ui: &mut egui::Ui, shift: &Shift) {
    let lang = app.settings.lang;
    section(ui, app.locale.tr("portal-dossier-list"));
    let mut action = None;
    let mut show_slip = None;
    let dossiers: Vec<&Dossier> = shift
        .portal
        .dossiers
        .values()
        .filter(|d| !d.draft)
        .collect();
    if dossiers.is_empty() {
        ui.label(app.locale.tr("portal-no-dossiers"));
    }
    for d in dossiers {
        egui::Frame::new()
            .stroke(Stroke::new(1.0, Color32::from_gray(200)))
            .corner_radius(3)
            .inner_margin(6)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    ui.label(style::strong(&d.code));
                    ui.label(describe::procedure(shift, &d.procedure, lang));
                    ui.colored_label(
                        status_colour(d.status),
                        format!(
                            "{}. {}",
                            d.status.number(),
                            app.locale.tr(&format!("status-{}", d.status.id()))
                        ),
                    );
                });
                ui.horizontal_wrapped(|ui| {
                    if let Some(a) = d.appointment {
                        ui.label(
                            app.locale
                                .tr_args("portal-appointment-on", &[("date", describe::date(a))]),
                        );
                    }
                    let sync = match d.sync {
                        SyncState::NotSent => ("portal-sync-not-sent", style::WARN),
                        SyncState::Failed => ("portal-sync-error", style::SEAL_RED),
                        SyncState::Synced => ("portal-sync-done", style::OK_GREEN),
                    };
                    ui.colored_label(sync.1, app.locale.tr(sync.0));
                    if let Some((reason, days)) = &d.delay {
                        ui.colored_label(
                            style::SEAL_RED,
                            app.locale.tr_args(
                                "portal-delay",
                                &[
                                    ("reason", reason.get(app.settings.lang).to_owned()),
                                    ("days", days.to_string()),
                                ],
                            ),
                        );
                    }
                });
                // The dossier control sheet: each hand-over with its time and status.
                for h in &d.control_sheet {
                    ui.label(
                        egui::RichText::new(app.locale.tr_args(
                            "portal-control-sheet-row",
                            &[
                                ("time", h.at.format("%H:%M %d/%m").to_string()),
                                ("to", app.locale.tr(&format!("dept-{}", h.to))),
                                (
                                    "status",
                                    app.locale.tr(&format!("status-{}", h.status.id())),
                                ),
                            ],
                        ))
                        .small(),
                    );
                }
                ui.horizontal_wrapped(|ui| {
                    if d.status == Status::Accepted {
                        let dept = app.counter.portal.department;
                        let shown = dept.map_or_else(
                            || app.locale.tr("portal-choose-department"),
                            |x| app.locale.tr(&format!("dept-{}", x.id())),
                        );
                        let dept_label = ui.label(app.locale.tr("portal-department"));
                        egui::ComboBox::from_id_salt(("dept", &d.code))
                            .selected_text(shown)
                            .show_ui(ui, |ui| {
                                for x in Department::ALL {
                                    ui.selectable_value(
                                        &mut app.counter.portal.department,
                                        Some(x),
                                        app.locale.tr(&format!("dept-{}", x.id())),
                                    );
                                }
                            })
                            .response
                            .labelled_by(dept_label.id);
                        if ui
                            .add_enabled(
                                dept.is_some(),
                                egui::Button::new(app.locale.tr("portal-transfer")),
                            )
                            .clicked()
                            && let Some(department) = dept
                        {
                            action = Some(Action::Transfer {
                                dossier: d.code.clone(),
                                department,
                            });
                        }
                    }
                    if d.sync != SyncState::Synced
                        && ui.button(app.locale.tr("portal-sync")).clicked()
                    {
                        action = Some(Action::Sync {
                            dossier: d.code.clone(),
                        });
                    }
                    if d.status == Status::Processing && d.apology.is_none() && d.delay.is_some() {
                        let label = ui.label(app.locale.tr("portal-apology-date"));
                        ui.add(
                            egui::TextEdit::singleline(&mut app.counter.portal.apology_date)
                                .hint_text("DD/MM/YYYY")
                                .desired_width(100.0),
                        )
                        .labelled_by(label.id);
                        if ui.button(app.locale.tr("portal-send-apology")).clicked() {
                            match parse_typed_date(&app.counter.portal.apology_date) {
                                Some(date) => {
                                    action = Some(Action::SendApology {
                                        dossier: d.code.clone(),
                                        new_date: date,
                                    })
                                }
                                None => {
                                    app.counter.message =
                                        Some((true, app.locale.tr("portal-date-invalid")))
                                }
                            }
                        }
                    }
                    for s in shift.portal.slips_for(&d.code) {
                        let name = app.locale.tr_args(
                            "portal-view-slip",
                            &[
                                ("number", s.number.to_string()),
                                ("slip", app.locale.tr(&format!("slip-{}", s.kind.id()))),
                            ],
                        );
                        if ui.small_button(name).clicked() {
                            show_slip = Some(s.number);
                        }
                    }
                });
            });
        ui.add_space(4.0);
    }
    // Slips issued without a dossier (supplement requests, refusals at the counter).
    let loose: Vec<_> = shift
        .portal
        .slips
        .iter()
        .filter(|s| s.dossier.is_none())
        .collect();
    if !loose.is_empty() {
        section(ui, app.locale.tr("portal-other-slips"));
        ui.horizontal_wrapped(|ui| {
            for s in loose {
                let name = app.locale.tr_args(
                    "portal-view-slip",
                    &[
                        ("number", s.number.to_string()),
                        ("slip", app.locale.tr(&format!("slip-{}", s.kind.id()))),
                    ],
                );
                if ui.small_button(name).clicked() {
                    show_slip = Some(s.number);
                }
            }
        });
    }
    if let Some(n) = show_slip {
        app.counter.slip = Some(n);
    }
    if let Some(a) = action {
        act(app, a);
    }
}

fn return_ui(app: &mut App, ui: &mut egui::Ui, shift: &Shift) {
    let lang = app.settings.lang;
    section(ui, app.locale.tr("portal-menu-return"));
    let mut action = None;
    let ready: Vec<&Dossier> = shift
        .portal
        .dossiers
        .values()
        .filter(|d| {
            matches!(
                d.status,
                Status::Processed
                    | Status::Processing
                    | Status::Accepted
                    | Status::SupplementRequested
            )
        })
        .collect();
    if ready.is_empty() {
        ui.label(app.locale.tr("portal-no-dossiers"));
    }
    for d in ready {
        ui.horizontal_wrapped(|ui| {
            ui.label(style::strong(&d.code));
            ui.label(describe::procedure(shift, &d.procedure, lang));
            ui.colored_label(
                status_colour(d.status),
                app.locale.tr(&format!("status-{}", d.status.id())),
            );
            if d.status == Status::Processed
                && ui.button(app.locale.tr("portal-return-result")).clicked()
            {
                action = Some(Action::ReturnResult {
                    dossier: d.code.clone(),
                });
            }
            if shift.counter.is_some()
                && d.status != Status::Processed
                && ui.button(app.locale.tr("portal-withdraw")).clicked()
            {
                action = Some(Action::RecordWithdrawal {
                    dossier: d.code.clone(),
                });
            }
        });
    }
    if let Some(a) = action {
        act(app, a);
    }
}

fn fee_text(app: &App, fee: &FeeRule) -> String {
    match fee {
        FeeRule::Free => app.locale.tr("fee-free"),
        FeeRule::Flat { in_person, online } => app.locale.tr_args(
            "fee-flat",
            &[
                ("counter", format_vnd(*in_person)),
                ("online", format_vnd(*online)),
            ],
        ),
        FeeRule::PerCopy { amount } => app
            .locale
            .tr_args("fee-per-copy", &[("amount", format_vnd(*amount))]),
        FeeRule::PerPage {
            first_price,
            first_pages,
            later_price,
            cap_per_copy,
        } => app.locale.tr_args(
            "fee-per-page",
            &[
                ("first", format_vnd(*first_price)),
                ("pages", first_pages.to_string()),
                ("later", format_vnd(*later_price)),
                ("cap", format_vnd(*cap_per_copy)),
            ],
        ),
        FeeRule::FreeWhen { otherwise, .. } => app
            .locale
            .tr_args("fee-free-when", &[("otherwise", fee_text(app, otherwise))]),
    }
}

fn lookup_ui(app: &mut App, ui: &mut egui::Ui, shift: &Shift) {
    let lang = app.settings.lang;
    section(ui, app.locale.tr("portal-menu-lookup"));
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        chosen = procedure_combo(app, ui, shift, "lookup-procedure");
    });
    let Some(code) = chosen else {
        return;
    };
    let looked = shift
        .actions
        .iter()
        .any(|(_, a)| matches!(a, Action::LookUpProcedure { procedure } if *procedure == code));
    if !looked {
        if ui.button(app.locale.tr("portal-lookup-open")).clicked() {
            act(app, Action::LookUpProcedure { procedure: code });
        }
        return;
    }
    let Some(p) = shift.scenario.procedure(&code) else {
        return;
    };
    ui.label(style::strong(p.name.get(lang)).size(15.0 * style::scale(ui)));
    if let Some(n) = &p.national_code {
        ui.label(
            app.locale
                .tr_args("portal-national-code", &[("code", n.clone())]),
        );
    }
    egui::Grid::new("lookup-grid")
        .num_columns(2)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            ui.label(style::strong(app.locale.tr("portal-deadline")));
            let time = p.processing_time();
            ui.label(match time.counted_in {
                _ if time.is_same_day() => app.locale.tr("portal-same-day"),
                crate::calendar::DayCount::WorkingDays => app
                    .locale
                    .tr_args("portal-working-days", &[("days", time.days.to_string())]),
                crate::calendar::DayCount::CalendarDays => app
                    .locale
                    .tr_args("portal-calendar-days", &[("days", time.days.to_string())]),
            });
            ui.end_row();
            ui.label(style::strong(app.locale.tr("portal-fee")));
            ui.label(fee_text(app, &p.fee));
            ui.end_row();
            ui.label(style::strong(app.locale.tr("portal-handled-by")));
            ui.label(app.locale.tr(&format!("dept-{}", p.department.id())));
            ui.end_row();
            ui.label(style::strong(app.locale.tr("portal-online")));
            ui.label(app.locale.tr(match p.online {
                OnlineLevel::Full => "online-full",
                OnlineLevel::Partial => "online-partial",
                OnlineLevel::None => "online-none",
            }));
            ui.end_row();
            ui.label(style::strong(app.locale.tr("portal-result")));
            ui.label(p.result.get(lang));
            ui.end_row();
        });
    section(ui, app.locale.tr("portal-components"));
    for c in &p.components {
        ui.label(format!(
            "• {} — {}",
            c.name.get(lang),
            app.locale.tr(match c.form {
                Submission::Original => "portal-form-original",
                Submission::Copy => "portal-form-copy",
                Submission::Show => "portal-form-show",
            })
        ));
        if let Some(n) = &c.note {
            ui.label(
                RichText::new(format!("   {}", n.get(lang)))
                    .small()
                    .italics(),
            );
        }
    }
    section(ui, app.locale.tr("portal-legal-basis"));
    for b in &p.legal_basis {
        ui.label(RichText::new(format!("• {b}")).small());
    }
}
