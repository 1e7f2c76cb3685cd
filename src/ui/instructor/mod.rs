//! Instructor mode ([`super::app::Screen::Instructor`]): what the person running a
//! conference does in the app.
//!
//! - [`create`] — create a session: scenario, mode (exam by default), seeding, title; the code
//!   shown large in its three groups, copied, or saved as a session file;
//! - [`dashboard`] — the class dashboard: the results folders watched, imported and verified
//!   on a background thread, refreshed while the screen is open, the class's charts and
//!   table, and the gradebook and report exports.
//!
//! Nothing here decides a score or whether a result is authentic: the class layer
//! ([`crate::class`]) does, and this module draws what it says.

pub mod charts;
pub mod create;
pub mod dashboard;
pub mod tables;

use egui::RichText;

use super::app::App;
use super::style;

/// Which part of instructor mode is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pane {
    /// Create a session.
    #[default]
    Create,
    /// The class dashboard.
    Dashboard,
}

/// The state of instructor mode (kept while the app runs).
#[derive(Debug, Default)]
pub struct InstructorState {
    /// The part shown.
    pub pane: Pane,
    /// Creating a session.
    pub create: create::CreateState,
    /// The class dashboard.
    pub dashboard: dashboard::DashboardState,
}

/// The instructor screen: a blue bar with the two parts and the way home, then the part.
pub fn instructor_ui(app: &mut App, ui: &mut egui::Ui) {
    let mut go_home = false;
    egui::Panel::top("instructor-top")
        .frame(
            egui::Frame::new()
                .fill(style::palette(ui).header.fill)
                .inner_margin(egui::Margin::symmetric(16, 10)),
        )
        .show(ui, |ui| {
            let header = style::palette(ui).header;
            ui.style_mut().visuals = style::visuals_on(&header);
            egui::Sides::new().shrink_left().truncate().show(
                ui,
                |ui| {
                    ui.label(
                        RichText::new(app.locale.tr("instructor-title"))
                            .color(header.text)
                            .font(style::bold(ui, 22.0)),
                    );
                    for (pane, id) in [
                        (Pane::Create, "instructor-tab-create"),
                        (Pane::Dashboard, "instructor-tab-dashboard"),
                    ] {
                        if ui
                            .selectable_label(app.instructor.pane == pane, app.locale.tr(id))
                            .clicked()
                        {
                            app.instructor.pane = pane;
                        }
                    }
                },
                |ui| {
                    if ui.button(app.locale.tr("instructor-home")).clicked() {
                        go_home = true;
                    }
                },
            );
        });
    match app.instructor.pane {
        Pane::Create => create::create_ui(app, ui),
        Pane::Dashboard => dashboard::dashboard_ui(app, ui),
    }
    if go_home {
        app.screen = super::app::Screen::Home;
    }
}
