//! The processing tab (xử lý hồ sơ): every dossier received, each as a card with its status,
//! appointment, sync state and delay, its control sheet, and what can be done with it —
//! transfer to a department, sync with the national portal, the apology with a new date,
//! its slips — then the slips issued without a dossier.

use egui::{Color32, Stroke};

use crate::portal::{Dossier, Slip, Status, SyncState};
use crate::scenario::Department;
use crate::sim::Action;

use super::super::super::describe;
use super::super::super::style;
use super::{PortalFrame, parse_typed_date, section, status_colour};

/// The processing tab.
pub(super) fn processing_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui) {
    let shift = f.shift;
    section(ui, f.locale.tr("portal-dossier-list"));
    let dossiers: Vec<&Dossier> = shift
        .portal
        .dossiers
        .values()
        .filter(|d| !d.draft)
        .collect();
    if dossiers.is_empty() {
        ui.label(f.locale.tr("portal-no-dossiers"));
    }
    for d in dossiers {
        egui::Frame::new()
            .stroke(Stroke::new(1.0, Color32::from_gray(200)))
            .corner_radius(3)
            .inner_margin(6)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                dossier_title_ui(f, ui, d);
                dossier_state_ui(f, ui, d);
                control_sheet_ui(f, ui, d);
                ui.horizontal_wrapped(|ui| dossier_actions_ui(f, ui, d));
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
        section(ui, f.locale.tr("portal-other-slips"));
        ui.horizontal_wrapped(|ui| {
            for s in loose {
                slip_button_ui(f, ui, s);
            }
        });
    }
}

/// Code, procedure and numbered status.
fn dossier_title_ui(f: &PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    ui.horizontal_wrapped(|ui| {
        ui.label(style::strong(&d.code));
        ui.label(describe::procedure(f.shift, &d.procedure, f.lang));
        ui.colored_label(
            status_colour(ui, d.status),
            format!("{}. {}", d.status.number(), f.status_text(d.status)),
        );
    });
}

/// Appointment, sync with the national portal, and a department's delay.
fn dossier_state_ui(f: &PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    ui.horizontal_wrapped(|ui| {
        if let Some(a) = d.appointment {
            ui.label(
                f.locale
                    .tr_args("portal-appointment-on", &[("date", describe::date(a))]),
            );
        }
        let page = style::palette(ui).page;
        let sync = match d.sync {
            SyncState::NotSent => ("portal-sync-not-sent", page.warning),
            SyncState::Failed => ("portal-sync-error", page.error),
            SyncState::Synced => ("portal-sync-done", page.success),
        };
        ui.colored_label(sync.1, f.locale.tr(sync.0));
        if let Some((reason, days)) = &d.delay {
            ui.colored_label(
                page.error,
                f.locale.tr_args(
                    "portal-delay",
                    &[
                        ("reason", reason.get(f.lang).to_owned()),
                        ("days", days.to_string()),
                    ],
                ),
            );
        }
    });
}

/// The dossier control sheet under its full name: each hand-over with its time and status.
fn control_sheet_ui(f: &PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    if !d.control_sheet.is_empty() {
        ui.label(
            egui::RichText::new(f.locale.tr("portal-control-sheet"))
                .small()
                .strong(),
        );
    }
    for h in &d.control_sheet {
        ui.label(
            egui::RichText::new(f.locale.tr_args(
                "portal-control-sheet-row",
                &[
                    ("time", h.at.format("%H:%M %d/%m").to_string()),
                    ("to", f.locale.tr(&format!("dept-{}", h.to))),
                    ("status", f.status_text(h.status)),
                ],
            ))
            .small(),
        );
    }
}

/// Transfer, sync, apology and the dossier's slips.
fn dossier_actions_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    sign_scans_ui(f, ui, d);
    if d.status == Status::Accepted {
        transfer_ui(f, ui, d);
    }
    if d.sync != SyncState::Synced && ui.button(f.locale.tr("portal-sync")).clicked() {
        f.request(Action::Sync {
            dossier: d.code.clone(),
        });
    }
    if d.status == Status::Processing && d.apology.is_none() && d.delay.is_some() {
        apology_ui(f, ui, d);
    }
    for s in f.shift.portal.slips_for(&d.code) {
        slip_button_ui(f, ui, s);
    }
}

/// Issue 13, item 2: signing the dossier's attached scans that are not signed yet, one a
/// click, in a scenario that practises the personal digital signature.
fn sign_scans_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    if f.shift.staff_session().is_none() {
        return;
    }
    let mut unsigned: Vec<u32> = d
        .attachments
        .values()
        .flatten()
        .copied()
        .filter(|n| !f.shift.scan_signed(*n))
        .collect();
    unsigned.sort_unstable();
    unsigned.dedup();
    let Some(&first) = unsigned.first() else {
        return;
    };
    let label = f.locale.tr_args(
        "portal-sign-scans",
        &[
            ("count", unsigned.len().to_string()),
            ("scan", first.to_string()),
        ],
    );
    if ui.button(label).clicked() {
        f.request(Action::SignScan { scan: first });
    }
}

/// The department to transfer an accepted dossier to.
fn transfer_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    let dept = f.input.department;
    let shown = dept.map_or_else(
        || f.locale.tr("portal-choose-department"),
        |x| f.locale.tr(&format!("dept-{}", x.id())),
    );
    let dept_label = ui.label(f.locale.tr("portal-department"));
    egui::ComboBox::from_id_salt(("dept", &d.code))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for x in Department::ALL {
                ui.selectable_value(
                    &mut f.input.department,
                    Some(x),
                    f.locale.tr(&format!("dept-{}", x.id())),
                );
            }
        })
        .response
        .labelled_by(dept_label.id);
    if ui
        .add_enabled(
            dept.is_some(),
            egui::Button::new(f.locale.tr("portal-transfer")),
        )
        .clicked()
        && let Some(department) = dept
    {
        f.request(Action::Transfer {
            dossier: d.code.clone(),
            department,
        });
    }
}

/// The new return date of a delayed dossier and the apology button.
fn apology_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    let label = ui.label(f.locale.tr("portal-apology-date"));
    ui.add(
        egui::TextEdit::singleline(&mut f.input.apology_date)
            .hint_text("DD/MM/YYYY")
            .desired_width(100.0),
    )
    .labelled_by(label.id);
    if ui.button(f.locale.tr("portal-send-apology")).clicked() {
        match parse_typed_date(&f.input.apology_date) {
            Some(date) => f.request(Action::SendApology {
                dossier: d.code.clone(),
                new_date: date,
            }),
            None => f.complain("portal-date-invalid"),
        }
    }
}

/// A button that opens a slip in its window.
fn slip_button_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, s: &Slip) {
    let name = f.locale.tr_args(
        "portal-view-slip",
        &[
            ("number", s.number.to_string()),
            ("slip", f.locale.tr(&format!("slip-{}", s.kind.id()))),
        ],
    );
    if ui.small_button(name).clicked() {
        f.clicked.slip = Some(s.number);
    }
}
