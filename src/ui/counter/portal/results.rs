//! The return-of-results tab (trả kết quả): the dossiers still open, with the result handed
//! to the citizen when it is ready, or the citizen's withdrawal recorded at the counter.
//! Where the scenario asks for it (issue 13, item 3), each dossier shows how the citizen
//! receives its result, and a ready result can also be sent by post or returned
//! electronically; the channel is chosen in the reception tab ([`return_channel_ui`]).

use crate::portal::{Dossier, Status};
use crate::scenario::ResultChannel;
use crate::sim::Action;

use super::super::super::describe;
use super::super::super::style;
use super::{PortalFrame, section, status_colour};

/// The return-of-results tab.
pub(super) fn return_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui) {
    let shift = f.shift;
    section(ui, f.locale.tr("portal-menu-return"));
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
        ui.label(f.locale.tr("portal-no-dossiers"));
    }
    for d in ready {
        ui.horizontal_wrapped(|ui| {
            ui.label(style::strong(&d.code));
            ui.label(describe::procedure(shift, &d.procedure, f.lang));
            ui.colored_label(status_colour(ui, d.status), f.status_text(d.status));
            digitize_result_ui(f, ui, d);
            if f.shift.return_channel_in_force() {
                ui.label(
                    f.locale
                        .tr(&format!("result-channel-{}", d.return_channel.id())),
                );
            }
            if d.status == Status::Processed
                && ui.button(f.locale.tr("portal-return-result")).clicked()
            {
                f.request(Action::ReturnResult {
                    dossier: d.code.clone(),
                });
            }
            return_away_ui(f, ui, d);
            if shift.counter.is_some()
                && d.status != Status::Processed
                && ui.button(f.locale.tr("portal-withdraw")).clicked()
            {
                f.request(Action::RecordWithdrawal {
                    dossier: d.code.clone(),
                });
            }
        });
    }
}

/// Issue 13, item 3: digitizing a ready result into the citizen's data store, in a scenario
/// that asks for it — the button, or that it is done.
fn digitize_result_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    if !f.shift.results_to_digitize() || d.status != Status::Processed {
        return;
    }
    if f.shift.result_digitized(&d.code) {
        ui.colored_label(
            style::palette(ui).page.success,
            f.locale.tr("portal-result-digitized"),
        );
    } else if ui.button(f.locale.tr("portal-digitize-result")).clicked() {
        f.request(Action::DigitizeResult {
            dossier: d.code.clone(),
        });
    }
}

/// Issue 13, item 3: a ready result sent by post or returned electronically, where the
/// scenario asks for the channel. Both buttons are always there: which one the citizen chose
/// is for the clerk to know.
fn return_away_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    if !f.shift.return_channel_in_force() || d.status != Status::Processed {
        return;
    }
    if ui
        .button(f.locale.tr("portal-return-electronically"))
        .clicked()
    {
        f.request(Action::ReturnElectronically {
            dossier: d.code.clone(),
        });
    }
    if ui.button(f.locale.tr("portal-send-by-post")).clicked() {
        f.request(Action::SendByPost {
            dossier: d.code.clone(),
        });
    }
}

/// Issue 13, item 3: how the citizen receives the result of the dossier being entered, one
/// choice per channel, in the reception tab where the scenario asks for it. The portal
/// offers every channel: whether the procedure gives its result that way is for the clerk
/// to know (the procedure page says it).
pub(super) fn return_channel_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    if !f.shift.return_channel_in_force() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(f.locale.tr("portal-return-channel"));
        for channel in ResultChannel::ALL {
            let label = f.locale.tr(&format!("result-channel-{}", channel.id()));
            if ui
                .selectable_label(d.return_channel == channel, label)
                .clicked()
                && d.return_channel != channel
            {
                f.request(Action::SetReturnChannel {
                    dossier: d.code.clone(),
                    channel,
                });
            }
        }
    });
}
