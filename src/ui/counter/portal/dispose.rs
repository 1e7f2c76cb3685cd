//! Turning a dossier away: the supplement request (the components to complete) and the
//! refusal (a ground of the procedure, or a defect the trainee has flagged on the papers),
//! for the citizen at the counter — with or without a dossier — or for an online dossier
//! under review. A supplement request once handed over is a paper the citizen holds: the
//! form then shows what it asked for, read-only. The refusal list offers the procedure's
//! legal grounds and the defects the trainee flagged, each worded as a ground.

use crate::portal::{Slip, SlipKind};
use crate::scenario::{DefectKind, Procedure};
use crate::sim::{Action, CaseRef, Shift};

use super::super::flags;
use super::{PortalFrame, section};

/// Supplement request and refusal for the draft dossier `draft`, or for the procedure the
/// citizen at the counter came for when no dossier was created.
pub(super) fn dispose_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, draft: Option<&str>) {
    let shift = f.shift;
    let code = draft
        .and_then(|c| shift.portal.dossiers.get(c).map(|d| d.procedure.as_str()))
        .or_else(|| shift.at_counter().and_then(|c| c.procedure()));
    let Some(code) = code else {
        return;
    };
    let Some(procedure) = shift.scenario.procedure(code) else {
        return;
    };
    supplement_ui(f, ui, procedure, draft);
    refusal_ui(f, ui, procedure, code, draft);
}

/// The components to tick and the supplement request button.
fn supplement_ui(
    f: &mut PortalFrame<'_>,
    ui: &mut egui::Ui,
    procedure: &Procedure,
    draft: Option<&str>,
) {
    section(ui, f.locale.tr("slip-supplement"));
    // The grounds of a request are what the trainee found: their flags, to choose from.
    let shift = f.shift;
    if let Some(work) = case_of(shift, draft).and_then(|case| shift.casework(&case))
        && !work.flags.is_empty()
    {
        ui.label(egui::RichText::new(f.locale.tr("portal-supplement-grounds")).small());
        for flag in &work.flags {
            ui.label(
                egui::RichText::new(format!(
                    "• {}",
                    flags::claim_text(f.locale, shift, &flag.claim)
                ))
                .small(),
            );
        }
    }
    // A request handed over is a paper the citizen holds: shown as issued, not editable.
    let issued = supplement_issued(shift, draft);
    if let Some(slip) = issued {
        ui.label(
            egui::RichText::new(f.locale.tr_args(
                "portal-supplement-issued",
                &[(
                    "number",
                    super::super::slips::printed_number(shift, slip, f.locale),
                )],
            ))
            .small(),
        );
    }
    for c in &procedure.components {
        let mut on = match issued {
            Some(slip) => slip.components.contains(&c.id),
            None => f.input.supplement.contains(&c.id),
        };
        let changed = ui
            .add_enabled(
                issued.is_none(),
                egui::Checkbox::new(&mut on, c.name.get(f.lang)),
            )
            .changed();
        if changed {
            if on {
                f.input.supplement.insert(c.id.clone());
            } else {
                f.input.supplement.remove(&c.id);
            }
        }
    }
    if ui
        .add_enabled(
            issued.is_none() && !f.input.supplement.is_empty(),
            egui::Button::new(f.locale.tr("portal-request-supplement")),
        )
        .clicked()
    {
        let components = f.input.supplement.clone();
        f.request(Action::RequestSupplement {
            dossier: draft.map(str::to_owned),
            components,
        });
    }
}

/// The supplement request already handed over for this case: for the dossier `draft`, or
/// to the citizen at the counter.
fn supplement_issued<'s>(shift: &'s Shift, draft: Option<&str>) -> Option<&'s Slip> {
    let citizen = shift.at_counter().map(|c| c.arrival.id.as_str());
    shift.portal.slips.iter().rev().find(|s| {
        s.kind == SlipKind::SupplementRequest
            && match draft {
                Some(code) => s.dossier.as_deref() == Some(code),
                None => citizen.is_some() && s.citizen.as_deref() == citizen,
            }
    })
}

/// The case a decision is about: the online dossier under review, or the citizen at the
/// counter.
fn case_of(shift: &Shift, draft: Option<&str>) -> Option<CaseRef> {
    match draft {
        Some(code) if shift.online_truth.contains_key(code) => {
            Some(CaseRef::Online(code.to_owned()))
        }
        _ => shift.counter.map(CaseRef::Citizen),
    }
}

/// The grounds a refusal may cite, as (id, words): the procedure's legal grounds for
/// refusal, then the defects the trainee flagged on the case's papers, each worded as the
/// ground it is.
fn refusal_grounds(
    shift: &Shift,
    procedure: &Procedure,
    flagged: &[DefectKind],
    locale: &crate::i18n::Locale,
) -> Vec<(String, String)> {
    procedure
        .refusals
        .iter()
        .map(|r| r.id.as_str())
        .chain(flagged.iter().map(|d| d.id()))
        .map(|id| {
            (
                id.to_owned(),
                super::super::super::describe::refusal_ground(shift, &procedure.code, id, locale),
            )
        })
        .collect()
}

/// The refusal ground to choose and the refusal button.
fn refusal_ui(
    f: &mut PortalFrame<'_>,
    ui: &mut egui::Ui,
    procedure: &Procedure,
    code: &str,
    draft: Option<&str>,
) {
    section(ui, f.locale.tr("slip-refusal"));
    let shift = f.shift;
    let case = case_of(shift, draft);
    let flagged = case
        .and_then(|case| shift.casework(&case))
        .map(|work| flags::flagged_grounds(shift, work))
        .unwrap_or_default();
    let grounds = refusal_grounds(shift, procedure, &flagged, f.locale);
    if flagged.is_empty() {
        ui.label(egui::RichText::new(f.locale.tr("portal-grounds-from-flags")).small());
    }
    ui.horizontal_wrapped(|ui| {
        let shown = f
            .input
            .ground
            .as_ref()
            .and_then(|g| grounds.iter().find(|(id, _)| id == g))
            .map_or_else(|| f.locale.tr("portal-choose-ground"), |(_, t)| t.clone());
        let label = ui.label(f.locale.tr("portal-ground"));
        egui::ComboBox::from_id_salt("refusal-ground")
            .selected_text(shown)
            .width(260.0)
            .show_ui(ui, |ui| {
                for (id, text) in &grounds {
                    ui.selectable_value(&mut f.input.ground, Some(id.clone()), text);
                }
            })
            .response
            .labelled_by(label.id);
        if ui
            .add_enabled(
                f.input.ground.is_some(),
                egui::Button::new(f.locale.tr("portal-refuse")),
            )
            .clicked()
            && let Some(ground) = f.input.ground.clone()
        {
            f.request(Action::Refuse {
                dossier: draft.map(str::to_owned),
                procedure: code.to_owned(),
                ground,
            });
        }
    });
}
