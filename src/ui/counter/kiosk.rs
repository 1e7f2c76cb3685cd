//! The self-service kiosk at the counter (issue 13): sending the citizen at the counter to
//! submit online at the kiosk, alone or with the clerk coaching beside them, and who is at
//! the kiosk now. Shown only where the scenario's centre has a kiosk
//! ([`KIOSK_RULE`] in force). Whether the citizen can succeed there is for the clerk to find
//! out by asking; nothing here says it.

use egui::RichText;

use crate::sim::{Action, COACHING_NEEDED_MINUTES, CitizenState, KIOSK_RULE, Shift};
use crate::ui::app::App;
use crate::ui::style;

/// The kiosk's buttons for the citizen at the counter: go alone, or go with the clerk
/// coaching for some minutes (while the queue waits).
pub fn kiosk_buttons_ui(app: &App, ui: &mut egui::Ui, shift: &Shift, action: &mut Option<Action>) {
    if !shift.scenario.rule_in_force(KIOSK_RULE) {
        return;
    }
    ui.add_space(4.0);
    ui.label(style::strong(app.locale.tr("kiosk-heading")));
    ui.horizontal_wrapped(|ui| {
        let alone = egui::Button::new(RichText::new(app.locale.tr("kiosk-send")).small());
        if ui
            .add(alone)
            .on_hover_text(app.locale.tr("kiosk-send-hover"))
            .clicked()
        {
            *action = Some(Action::SendToKiosk { coach_minutes: 0 });
        }
        let minutes = COACHING_NEEDED_MINUTES;
        let label = app
            .locale
            .tr_args("kiosk-coach", &[("minutes", minutes.to_string())]);
        let coached = egui::Button::new(RichText::new(label).small());
        if ui
            .add(coached)
            .on_hover_text(app.locale.tr("kiosk-coach-hover"))
            .clicked()
        {
            *action = Some(Action::SendToKiosk {
                coach_minutes: minutes,
            });
        }
    });
}

/// Who is at the kiosk now (under the queue), if anyone.
pub fn at_kiosk_ui(app: &App, ui: &mut egui::Ui, shift: &Shift) {
    let names: Vec<&str> = shift
        .citizens
        .iter()
        .filter(|c| c.state == CitizenState::AtKiosk)
        .map(|c| c.name())
        .collect();
    if names.is_empty() {
        return;
    }
    ui.label(
        RichText::new(
            app.locale
                .tr_args("kiosk-at", &[("names", names.join(", "))]),
        )
        .small(),
    );
}
