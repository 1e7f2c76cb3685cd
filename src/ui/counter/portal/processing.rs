//! The processing tab (xử lý hồ sơ): every dossier received, each as a card with its status,
//! appointment, sync state and delay, its control sheet, and what can be done with it —
//! transfer to a department, sync with the national portal, the apology with a new date,
//! the notice of a dossier its department sent back (supplement or refusal), its slips —
//! then the slips issued without a dossier.

use std::collections::BTreeSet;

use egui::{Color32, Stroke};

use crate::portal::{Dossier, SentBack, Slip, Status, SyncState};
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
                if let Some(sent) = &d.sent_back {
                    send_back_ui(f, ui, d, sent);
                }
                if let Some(record) = &d.bundle {
                    super::bundle::bundle_bodies_ui(f, ui, d, record);
                }
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
                    ("from", f.locale.tr(&format!("dept-{}", h.from))),
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
    if d.status == Status::Accepted && d.bundle.is_none() {
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
            ("slip", f.locale.tr(&s.kind.name_key(s.family))),
        ],
    );
    if ui.small_button(name).clicked() {
        f.clicked.slip = Some(s.number);
    }
}

/// A dossier its department sent back: the handling officer's words, then the notice to
/// the citizen — the components to ask for (ticked by the clerk from what the officer
/// wrote) or the refusal ground — sent by phone/SMS, or handed over at the counter. What is
/// ticked and chosen is kept per dossier (in egui's memory: a choice for one dossier is no
/// choice for another).
fn send_back_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier, sent: &SentBack) {
    let page = style::palette(ui).page;
    ui.colored_label(
        page.error,
        f.locale.tr_args(
            "portal-sent-back",
            &[
                ("time", sent.at.format("%H:%M").to_string()),
                ("reason", sent.reason.get(f.lang).to_owned()),
            ],
        ),
    );
    let Some(procedure) = f.shift.scenario.procedure(&d.procedure) else {
        return;
    };
    let ticked_id = egui::Id::unique(("send-back-components", &d.code));
    let ground_id = egui::Id::unique(("send-back-ground", &d.code));
    let mut ticked: BTreeSet<String> = ui.data(|m| m.get_temp(ticked_id)).unwrap_or_default();
    let mut ground: Option<String> = ui.data(|m| m.get_temp(ground_id)).unwrap_or_default();
    ui.label(egui::RichText::new(f.locale.tr("portal-notify-citizen")).strong());
    ui.horizontal_wrapped(|ui| {
        for c in &procedure.components {
            let mut on = ticked.contains(&c.id);
            if ui.checkbox(&mut on, c.name.get(f.lang)).changed() {
                if on {
                    ticked.insert(c.id.clone());
                } else {
                    ticked.remove(&c.id);
                }
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(
                !ticked.is_empty(),
                egui::Button::new(f.locale.tr("portal-notify-supplement")),
            )
            .clicked()
        {
            f.request(Action::NotifySendBack {
                dossier: d.code.clone(),
                components: ticked.clone(),
                ground: None,
            });
        }
        let grounds: Vec<(String, String)> = procedure
            .refusals
            .iter()
            .map(|r| (r.id.clone(), r.ground.get(f.lang).to_owned()))
            .collect();
        let shown = ground
            .as_ref()
            .and_then(|g| grounds.iter().find(|(id, _)| id == g))
            .map_or_else(|| f.locale.tr("portal-choose-ground"), |(_, t)| t.clone());
        let label = ui.label(f.locale.tr("portal-ground"));
        egui::ComboBox::from_id_salt(("send-back-ground", &d.code))
            .selected_text(shown)
            .width(220.0)
            .show_ui(ui, |ui| {
                for (id, text) in &grounds {
                    ui.selectable_value(&mut ground, Some(id.clone()), text);
                }
            })
            .response
            .labelled_by(label.id);
        if ui
            .add_enabled(
                ground.is_some(),
                egui::Button::new(f.locale.tr("portal-notify-refusal")),
            )
            .clicked()
        {
            f.request(Action::NotifySendBack {
                dossier: d.code.clone(),
                components: BTreeSet::new(),
                ground: ground.clone(),
            });
        }
    });
    ui.data_mut(|m| {
        m.insert_temp(ticked_id, ticked);
        m.insert_temp(ground_id, ground);
    });
    let waiting =
        !sent.decision.is_refusal() && sent.resumed_at.is_none() && !sent.notices.is_empty();
    if waiting && d.status == Status::SupplementRequested {
        receive_supplement_ui(f, ui, d);
    }
}

/// The supplement brought back: the new return date and the button that receives it (the
/// dossier goes back to its department, a new receipt for the citizen).
fn receive_supplement_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    let typed_id = egui::Id::unique(("supplement-date", &d.code));
    let mut typed: String = ui.data(|m| m.get_temp(typed_id)).unwrap_or_default();
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(f.locale.tr("portal-new-appointment"));
        ui.add(
            egui::TextEdit::singleline(&mut typed)
                .hint_text("DD/MM/YYYY")
                .desired_width(100.0),
        )
        .labelled_by(label.id);
        if ui
            .button(f.locale.tr("portal-receive-supplement"))
            .clicked()
        {
            match parse_typed_date(&typed) {
                Some(date) => f.request(Action::ReceiveSupplement {
                    dossier: d.code.clone(),
                    appointment: date,
                }),
                None => f.complain("portal-date-invalid"),
            }
        }
    });
    ui.data_mut(|m| m.insert_temp(typed_id, typed));
}
