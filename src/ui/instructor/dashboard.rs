//! The class dashboard (placeholder while the class API lands).

use crate::session::SessionCode;

use super::super::app::App;

/// The dashboard's state.
#[derive(Debug, Default)]
pub struct DashboardState {
    /// The session the class is (`None`: every result of the folders).
    pub session: Option<SessionCode>,
}

/// The dashboard.
pub fn dashboard_ui(_app: &mut App, _ui: &mut egui::Ui) {}
