//! The slip template selector of the reception tab (issue 13 item 9): the one-stop slips or
//! the commune police's forms CT04–CT06 for residence dossiers. It only shows what is
//! selected and asks the engine to switch; which set a dossier needs is the trainee's call.

use crate::scenario::SlipFamily;
use crate::sim::Action;

use super::PortalFrame;

/// One row: "Slip forms: (one-stop) (police CT04–CT06)".
pub(super) fn slip_forms_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui) {
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
