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
    let title = app.locale.tr("instructor-title");
    let home = app.locale.tr("instructor-home");
    let mut pane = app.instructor.pane;
    style::header_bar(
        ui,
        "instructor-top",
        &title,
        |ui, _| {
            for (tab, id) in [
                (Pane::Create, "instructor-tab-create"),
                (Pane::Dashboard, "instructor-tab-dashboard"),
            ] {
                if ui
                    .selectable_label(pane == tab, app.locale.tr(id))
                    .clicked()
                {
                    pane = tab;
                }
            }
        },
        |ui| {
            if ui.button(home).clicked() {
                go_home = true;
            }
        },
    );
    app.instructor.pane = pane;
    match app.instructor.pane {
        Pane::Create => create::create_ui(app, ui),
        Pane::Dashboard => dashboard::dashboard_ui(app, ui),
    }
    if go_home {
        app.screen = super::app::Screen::Home;
    }
}
