//! The login page of the provincial system (issue 13, item 2): in a scenario that practises
//! the staff account, the portal shows it instead of its tabs until the clerk logs in, and
//! again once the session has timed out after a pause.

use super::super::super::style;
use super::PortalFrame;
use crate::sim::Action;

/// True when the portal shows the login page instead of the open tab.
pub(super) fn needs_login(f: &PortalFrame<'_>) -> bool {
    !f.shift.portal_session_live()
}

/// The login page: why it shows (never logged in, or the session timed out) and the button.
pub(super) fn login_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui) {
    let expired = f
        .shift
        .staff_session()
        .is_some_and(|s| s.logged_in_at.is_some());
    let page = style::palette(ui).page;
    ui.add_space(8.0);
    ui.label(style::strong(f.locale.tr("portal-login-title")).color(page.accent));
    ui.separator();
    let why = if expired {
        "portal-login-expired"
    } else {
        "portal-login-prompt"
    };
    ui.label(f.locale.tr(why));
    ui.add_space(4.0);
    if ui
        .button(style::strong(f.locale.tr("portal-login")))
        .clicked()
    {
        f.request(Action::LogIn);
    }
}
