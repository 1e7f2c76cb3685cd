//! Inter-agency (liên thông) bundles in the portal (issue 13, item 4): creating ONE dossier
//! for a bundle of procedures in the reception tab (one button per bundle in force in the
//! scenario, shown for every citizen — whether this citizen qualifies is for the trainee to find), and
//! on a bundle dossier's card in the processing tab each body with its transfer and result,
//! and a button to transfer to a body not reached yet.

use crate::portal::{BundleRecord, Dossier};
use crate::sim::Action;

use super::super::super::style;
use super::PortalFrame;

/// One button per bundle: create the citizen's dossier as that bundle.
pub(super) fn create_bundle_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui) {
    let shift = f.shift;
    let in_force: Vec<_> = shift
        .scenario
        .catalog
        .bundles
        .iter()
        .filter(|(_, b)| shift.scenario.rule_in_force(&b.rule))
        .collect();
    if in_force.is_empty() {
        return;
    }
    ui.label(egui::RichText::new(f.locale.tr("portal-bundle-create")).small());
    ui.horizontal_wrapped(|ui| {
        for (id, b) in in_force {
            if ui.button(b.name.get(f.lang)).clicked() {
                f.request(Action::CreateBundle { bundle: id.clone() });
            }
        }
    });
}

/// A bundle dossier's bodies: transferred or not, result back or not; a transfer button
/// for each body not reached yet.
pub(super) fn bundle_bodies_ui(
    f: &mut PortalFrame<'_>,
    ui: &mut egui::Ui,
    d: &Dossier,
    record: &BundleRecord,
) {
    let name = super::super::super::describe::bundle(f.shift, &record.id, f.lang);
    ui.label(
        egui::RichText::new(f.locale.tr_args("portal-bundle-title", &[("bundle", name)]))
            .small()
            .strong(),
    );
    let page = style::palette(ui).page;
    for (department, body) in &record.bodies {
        let dept = f.locale.tr(&format!("dept-{}", department.id()));
        let (key, colour, at) = match (body.transferred_at, body.result_at) {
            (_, Some(at)) => ("portal-bundle-result-back", page.success, Some(at)),
            (Some(at), None) => ("portal-bundle-transferred", page.warning, Some(at)),
            (None, None) => ("portal-bundle-not-transferred", page.error, None),
        };
        let time = at.map_or_else(String::new, |t| t.format("%H:%M %d/%m").to_string());
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("{dept}:"));
            ui.colored_label(colour, f.locale.tr_args(key, &[("time", time)]));
            if body.transferred_at.is_none() && !d.draft {
                let label = f
                    .locale
                    .tr_args("portal-bundle-transfer", &[("department", dept.clone())]);
                if ui.button(label).clicked() {
                    f.request(Action::Transfer {
                        dossier: d.code.clone(),
                        department: *department,
                    });
                }
            }
        });
    }
}
