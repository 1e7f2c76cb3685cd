//! The self-service kiosk's buttons at the counter, clicked through the real UI at
//! 1024x768 (issue 13): the citizen goes to the kiosk alone or with the clerk coaching, and
//! the queue shows who is there. A centre without a kiosk shows no kiosk buttons.
#![cfg(feature = "gui")]

mod ui_support;

use egui_kittest::kittest::Queryable;
use motcua::sim::{Action, CitizenState};
use ui_support::*;

#[test]
fn the_citizen_is_sent_to_the_kiosk_alone_from_the_counter() {
    let dir = tempfile::tempdir().unwrap();
    let app = at_citizen(dir.path(), "kiosk-morning", 1);
    let mut h = builder((1024.0, 768.0))
        .build_ui_state(|ui, app: &mut motcua::ui::app::App| app.app_ui(ui), app);
    settle(&mut h);
    assert!(h.query_by_label("Kiosk tự phục vụ").is_some());
    click(&mut h, "Ra kiosk nộp trực tuyến");
    settle(&mut h);
    let shift = &h.state().session.as_ref().expect("a shift").shift;
    let i = shift.citizen_index("k1").unwrap();
    assert_eq!(shift.citizens[i].state, CitizenState::AtKiosk);
    assert_eq!(
        shift.actions.last().map(|(_, a)| a),
        Some(&Action::SendToKiosk { coach_minutes: 0 })
    );
    // Nobody at the counter now; the queue says who is at the kiosk.
    assert!(h.query_by_label_contains("Đang ở kiosk").is_some());
}

#[test]
fn the_clerk_coaches_at_the_kiosk_from_the_counter() {
    let dir = tempfile::tempdir().unwrap();
    let app = at_citizen(dir.path(), "kiosk-morning", 4);
    let mut h = builder((1024.0, 768.0))
        .build_ui_state(|ui, app: &mut motcua::ui::app::App| app.app_ui(ui), app);
    settle(&mut h);
    click(&mut h, "Ra kiosk, kèm 10 phút");
    settle(&mut h);
    let shift = &h.state().session.as_ref().expect("a shift").shift;
    assert_eq!(
        shift.actions.last().map(|(_, a)| a),
        Some(&Action::SendToKiosk { coach_minutes: 10 })
    );
}

#[test]
fn a_centre_without_a_kiosk_shows_no_kiosk_buttons() {
    let dir = tempfile::tempdir().unwrap();
    let app = at_citizen(dir.path(), "tutorial-birth", 1);
    let mut h = builder((1024.0, 768.0))
        .build_ui_state(|ui, app: &mut motcua::ui::app::App| app.app_ui(ui), app);
    settle(&mut h);
    assert!(h.query_by_label("Kiosk tự phục vụ").is_none());
    assert!(h.query_by_label("Ra kiosk nộp trực tuyến").is_none());
}
