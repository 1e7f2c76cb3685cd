//! How the result is returned, in the app (issue 13, item 3): the reception tab records how
//! the citizen wants the result, and the return tab returns a ready result electronically or
//! sends it by post. At 1024x768, on `e-results`.
#![cfg(feature = "gui")]

mod ui_support;

use egui_kittest::kittest::Queryable;
use motcua::scenario::{Mode, ResultChannel};
use motcua::sim::Action;
use ui_support::*;

fn small_harness(app: motcua::ui::App) -> egui_kittest::Harness<'static, motcua::ui::App> {
    builder((1024.0, 768.0)).build_ui_state(|ui, app: &mut motcua::ui::App| app.app_ui(ui), app)
}

fn shift<'a>(h: &'a egui_kittest::Harness<'_, motcua::ui::App>) -> &'a motcua::sim::Shift {
    &h.state()
        .session
        .as_ref()
        .expect("a shift is running")
        .shift
}

fn log_in(h: &mut egui_kittest::Harness<'_, motcua::ui::App>) {
    if !shift(h).portal_session_live() {
        h.state_mut().apply(Action::LogIn).expect("log in");
    }
    h.run_ok();
}

#[test]
fn the_reception_tab_records_how_the_citizen_wants_the_result() {
    let dir = tempfile::tempdir().unwrap();
    // The second citizen, the café owner, registers a household business.
    let app = at_citizen(dir.path(), "e-results", 2);
    let mut h = small_harness(app);
    log_in(&mut h);
    h.state_mut()
        .apply(Action::CreateDossier {
            procedure: "household-business-registration".into(),
        })
        .expect("a dossier for him");
    h.run_ok();
    let code = shift(&h)
        .portal
        .dossiers
        .values()
        .find(|d| d.draft)
        .map(|d| d.code.clone())
        .expect("the dossier being entered");
    assert_eq!(
        shift(&h).portal.dossiers[&code].return_channel,
        ResultChannel::Counter,
        "nothing recorded yet: the counter"
    );
    click(&mut h, "Qua bưu điện");
    assert_eq!(
        shift(&h).portal.dossiers[&code].return_channel,
        ResultChannel::Post
    );
    assert_eq!(
        shift(&h).actions.last().map(|(_, a)| a),
        Some(&Action::SetReturnChannel {
            dossier: code,
            channel: ResultChannel::Post,
        })
    );
}

#[test]
fn the_return_tab_returns_a_digitized_result_electronically_and_posts_another() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    start(&mut app, "e-results", Mode::Practice);
    let mut h = small_harness(app);
    log_in(&mut h);
    // The groom chose an electronic result at an earlier reception; it is ready.
    let e_result = "H50.12-261127-0007";
    h.state_mut()
        .apply(Action::DigitizeResult {
            dossier: e_result.into(),
        })
        .expect("digitize it first");
    h.run_ok();
    click(&mut h, "Trả kết quả");
    // One row per ready dossier, in code order; the groom's is the second ready one.
    let ready: Vec<String> = shift(&h)
        .portal
        .dossiers
        .values()
        .filter(|d| d.status == motcua::portal::Status::Processed)
        .map(|d| d.code.clone())
        .collect();
    let row = ready
        .iter()
        .position(|c| c == e_result)
        .expect("the groom's result is ready");
    let button = h
        .query_all_by_label("Trả kết quả điện tử")
        .nth(row)
        .expect("a button on each ready row");
    button.scroll_to_me();
    h.run_ok();
    h.query_all_by_label("Trả kết quả điện tử")
        .nth(row)
        .expect("a button on each ready row")
        .click();
    h.run_ok();
    let d = &shift(&h).portal.dossiers[e_result];
    assert_eq!(d.status, motcua::portal::Status::Returned);
    assert_eq!(d.returned_via, Some(ResultChannel::Electronic));
    // The young father's extract (counter) is still ready; posting it is the clerk's call,
    // judged at grading.
    let other = ready
        .iter()
        .find(|c| *c != e_result)
        .expect("another ready result")
        .clone();
    let row = shift(&h)
        .portal
        .dossiers
        .values()
        .filter(|d| d.status == motcua::portal::Status::Processed)
        .position(|d| d.code == other)
        .expect("still ready");
    h.query_all_by_label("Gửi kết quả qua bưu điện")
        .nth(row)
        .expect("a post button on each ready row")
        .click();
    h.run_ok();
    assert_eq!(
        shift(&h).portal.dossiers[&other].returned_via,
        Some(ResultChannel::Post)
    );
}
