//! The slip template selector of the reception tab (issue 13 item 9): the one-stop slips or
//! the commune police's forms CT04–CT06 for residence dossiers. It only shows what is
//! selected and asks the engine to switch; which set a dossier needs is the trainee's call.
//! A shift in which no procedure uses the police's forms (the tutorial, the certification
//! desk…) does not show it: a newcomer is not shown a choice that never matters there.

use crate::scenario::{SlipFamily, Want};
use crate::sim::{Action, Shift};

use super::PortalFrame;

/// One row: "Slip forms: (one-stop) (police CT04–CT06)".
pub(super) fn slip_forms_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui) {
    if !police_forms_in_play(f.shift) {
        return;
    }
    let selected = f.shift.portal.slip_forms;
    ui.horizontal_wrapped(|ui| {
        ui.label(f.locale.tr("portal-slip-forms"));
        for family in [SlipFamily::OneStop, SlipFamily::Police] {
            let label = f.locale.tr(&format!("slip-forms-{}", family.id()));
            let response = ui
                .selectable_label(selected == family, label)
                .on_hover_text(f.locale.tr("portal-slip-forms-help"));
            if response.clicked() && selected != family {
                f.request(Action::UseSlipForms { family });
            }
        }
    });
}

/// True when the shift can need the police's forms: a citizen of the shift comes to submit,
/// or a dossier in the portal is of, a procedure whose counter uses them — or they are the
/// selected set (so the clerk can always switch back). It says nothing about which citizen.
fn police_forms_in_play(shift: &Shift) -> bool {
    let police = |code: &str| {
        shift
            .scenario
            .procedure(code)
            .is_some_and(|p| p.slips == SlipFamily::Police)
    };
    shift.portal.slip_forms != SlipFamily::OneStop
        || shift.citizens.iter().any(
            |c| matches!(&c.arrival.wants, Want::Submit { procedure, .. } if police(procedure)),
        )
        || shift.portal.dossiers.values().any(|d| police(&d.procedure))
}
