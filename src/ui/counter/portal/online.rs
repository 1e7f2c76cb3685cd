//! Online dossiers waiting for review (hồ sơ trực tuyến): the queue under the reception tab,
//! accepting one with a receipt, and reviewing one — its e-copies drawn as submitted, then
//! the same supplement and refusal slips as at the counter, sent electronically.

use crate::portal::{Dossier, Status};

use super::super::super::describe;
use super::super::super::style;
use super::super::documents::{PaperView, paper_ui, photo_for};
use super::super::flags;
use super::{PortalFrame, dispose, section};

/// The online dossiers waiting for review, with the one opened for review.
pub(super) fn online_queue_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui) {
    let online: Vec<&Dossier> = f
        .shift
        .portal
        .dossiers
        .values()
        .filter(|d| d.status == Status::NewOnline)
        .collect();
    if online.is_empty() {
        return;
    }
    section(ui, f.locale.tr("portal-online-queue"));
    for d in &online {
        online_row_ui(f, ui, d);
    }
    ui.horizontal(|ui| {
        let label = ui.label(f.locale.tr("portal-appointment"));
        ui.add(
            egui::TextEdit::singleline(&mut f.input.appointment)
                .hint_text("DD/MM/YYYY")
                .desired_width(110.0),
        )
        .labelled_by(label.id);
    });
    if let Some(code) = f.input.online.clone()
        && online.iter().any(|d| d.code == code)
    {
        online_review_ui(f, ui, &code);
    }
}

/// One online dossier: open or close its review, or accept it with a receipt.
fn online_row_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "{} — {}",
            d.code,
            describe::procedure(f.shift, &d.procedure, f.lang)
        ));
        let open = f.input.online.as_deref() == Some(d.code.as_str());
        let label = f.locale.tr(if open {
            "portal-online-close"
        } else {
            "portal-online-review"
        });
        let name = format!("{label} {}", d.code);
        let review = ui.selectable_label(open, label);
        review.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if review.clicked() {
            f.input.online = if open { None } else { Some(d.code.clone()) };
            f.input.supplement.clear();
            f.input.ground = None;
        }
        if ui.button(f.locale.tr("portal-accept-online")).clicked() {
            f.request_receipt(&d.code);
        }
    });
}

/// An online dossier under review: its e-copies as submitted, then the same supplement and
/// refusal slips as at the counter (sent electronically).
fn online_review_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, code: &str) {
    let shift = f.shift;
    let lang = f.lang;
    let Some(existing) = shift
        .scenario
        .file
        .existing_dossiers
        .iter()
        .find(|e| e.code == code)
    else {
        return;
    };
    section(
        ui,
        f.locale
            .tr_args("portal-online-papers", &[("dossier", code.to_owned())]),
    );
    if existing.documents.is_empty() {
        ui.label(f.locale.tr("portal-online-no-papers"));
    }
    let width = (ui.available_width() - 8.0).clamp(260.0, 640.0);
    for doc in &existing.documents {
        let kind = shift.scenario.catalog.document_kinds.get(&doc.kind);
        let view = PaperView {
            zoom: style::scale(ui).min(1.2),
            photo: photo_for(doc, kind, None, shift.scenario.file.shift.date),
            subtlety: shift.scenario.file.meta.difficulty,
            marks: shift
                .online_casework
                .get(code)
                .map(|w| flags::flag_marks(w, &doc.id))
                .unwrap_or_default(),
            ..PaperView::new(doc, kind, lang)
        };
        paper_ui(ui, &view, width);
        let work = shift.online_casework.get(code).cloned().unwrap_or_default();
        if let Some(action) = flags::flag_menu_ui(f.locale, ui, doc, kind, &work) {
            f.request(action);
        }
        ui.add_space(6.0);
    }
    let work = shift.online_casework.get(code).cloned().unwrap_or_default();
    if let Some(action) = flags::flag_list_ui(f.locale, ui, shift, &work, None) {
        f.request(action);
    }
    dispose::dispose_ui(f, ui, Some(code));
}
