//! Help for the citizen at the counter (issue 13, item 8): call an interpreter, let a
//! relative interpret, read the papers aloud, print them large. The buttons are always there
//! for every citizen — the screen never says who needs help; the citizen's words and portrait
//! do — and a button already used shows as selected.

use egui::RichText;

use crate::sim::{Action, Citizen, Event, Help};

use super::super::app::App;
use super::super::style;

/// The help buttons, under the guidance buttons: a click becomes `Action::Accommodate`.
pub fn help_ui(app: &App, ui: &mut egui::Ui, c: &Citizen, action: &mut Option<Action>) {
    ui.add_space(4.0);
    ui.label(style::strong(app.locale.tr("citizen-help")));
    ui.horizontal_wrapped(|ui| {
        for help in Help::ALL {
            let tried = c.access.given.contains_key(&help) || c.access.unavailable.contains(&help);
            let text = app.locale.tr(&format!("help-{}-button", help.id()));
            let button = egui::Button::new(RichText::new(&text).small()).selected(tried);
            if ui
                .add(button)
                .on_hover_text(app.locale.tr(&format!("help-{}-help", help.id())))
                .clicked()
            {
                *action = Some(Action::Accommodate { help });
            }
        }
    });
}

/// The conversation's note for a help event (what happened, never whether it was needed),
/// or `None` for any other event.
pub fn help_note(app: &App, event: &Event) -> Option<String> {
    let Event::Accommodated {
        help, available, ..
    } = event
    else {
        return None;
    };
    let outcome = if *available { "done" } else { "unavailable" };
    Some(app.locale.tr(&format!("help-{}-{outcome}", help.id())))
}
