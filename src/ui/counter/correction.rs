//! Asking the citizen to correct their own paper at the counter (issue 13, item 6): beside
//! the flag menu of the paper on the desk, a menu "Ask the citizen to correct and initial"
//! lists every field of the paper and its signature — never which one is wrong; the engine
//! answers (the citizen corrects, says it was right, or the paper cannot be corrected here).
//! The corrections made are handed to the paper's drawing ([`correction_marks`]).

use crate::i18n::Locale;
use crate::scenario::{Document, DocumentKind};
use crate::sim::{Action, Citizen};

use super::super::describe;
use super::documents::CorrectionMark;
use super::flags::field_label;

/// The correction menu for paper `doc`; returns the correction asked for.
pub fn correction_menu_ui(
    locale: &Locale,
    ui: &mut egui::Ui,
    doc: &Document,
    kind: Option<&DocumentKind>,
) -> Option<Action> {
    let lang = locale.lang();
    let mut chosen = None;
    let keys: Vec<String> = match kind {
        Some(k) => k.fields.iter().map(|f| f.key.clone()).collect(),
        None => doc.fields.keys().cloned().collect(),
    };
    ui.menu_button(locale.tr("correction-menu"), |ui| {
        for key in keys {
            if ui.button(field_label(kind, &key, lang)).clicked() {
                chosen = Some(Action::CorrectOnTheSpot {
                    document: doc.id.clone(),
                    field: Some(key),
                });
                ui.close();
            }
        }
        ui.separator();
        if ui.button(locale.tr("correction-sign")).clicked() {
            chosen = Some(Action::CorrectOnTheSpot {
                document: doc.id.clone(),
                field: None,
            });
            ui.close();
        }
    })
    .response
    .on_hover_text(locale.tr("correction-menu-hover"));
    chosen
}

/// The corrections citizen `c` wrote on paper `document`, to draw on it (a field they said
/// was right shows nothing).
pub fn correction_marks(c: &Citizen, document: &str) -> Vec<CorrectionMark> {
    c.corrections
        .iter()
        .filter(|k| k.document == document)
        .filter_map(|k| {
            Some(CorrectionMark {
                field: k.field.clone(),
                old: describe::field_value(&k.old),
                new: describe::field_value(k.new.as_deref()?),
                initials: k.initials.clone(),
            })
        })
        .collect()
}
