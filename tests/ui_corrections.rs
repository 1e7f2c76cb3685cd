//! On-the-spot corrections (issue 13, item 6) through the real UI at 1024x768: the trainee
//! opens "ask the citizen to correct and initial" beside the flag menu of the declaration on
//! the desk, picks the birth date; the father strikes it through, writes the date of the
//! hospital's notice beside it and initials it, and the paper shows it. Asked to correct a
//! field that was right, the citizen says so. The menu lists every field: nothing on screen
//! says which one is wrong.
#![cfg(feature = "gui")]

mod ui_support;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use motcua::sim::{Action, Event};
use motcua::ui::App;
use ui_support::*;

fn small(app: App) -> Harness<'static, App> {
    builder((1024.0, 768.0)).build_ui_state(|ui, app: &mut App| app.app_ui(ui), app)
}

fn last_action(h: &Harness<'_, App>) -> Option<Action> {
    h.state()
        .session
        .as_ref()
        .and_then(|s| s.shift.actions.last().map(|(_, a)| a.clone()))
}

/// The declaration is the first paper on the desk.
fn select_declaration(h: &mut Harness<'_, App>) {
    h.key_press(egui::Key::Num1);
    h.run_ok();
}

#[test]
fn the_citizen_corrects_and_initials_the_date_and_the_paper_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    // The first citizen is the father whose declaration says 26/11 (the notice: 16/11).
    let mut h = small(at_citizen(dir.path(), "corrections-at-the-counter", 1));
    settle(&mut h);
    select_declaration(&mut h);
    assert!(
        h.query_by_label("Ngày, tháng, năm sinh: 26/11/2026")
            .is_some(),
        "the declaration is on the desk as written"
    );
    click(&mut h, "Người dân sửa, ký nháy");
    // Every field of the form is offered, and the signature: none is singled out.
    for label in [
        "Họ, chữ đệm, tên người yêu cầu",
        "Họ, chữ đệm, tên người mẹ",
        "Họ, chữ đệm, tên người cha",
        "Ngày, tháng, năm sinh",
        "Ký vào tờ khai",
    ] {
        assert!(h.query_by_label(label).is_some(), "{label} is offered");
    }
    click(&mut h, "Ngày, tháng, năm sinh");
    settle(&mut h);
    assert_eq!(
        last_action(&h),
        Some(Action::CorrectOnTheSpot {
            document: "k1-form".into(),
            field: Some("child.birth_date".into()),
        })
    );
    // The old date struck through, the notice's date beside it, Đặng Quốc Huy's initials.
    assert!(
        h.query_by_label("Ngày, tháng, năm sinh: 26/11/2026 → 16/11/2026 (Đ.Q.H.)")
            .is_some(),
        "the paper shows the correction"
    );
}

#[test]
fn asked_to_correct_a_right_field_the_citizen_says_it_is_right() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = small(at_citizen(dir.path(), "corrections-at-the-counter", 1));
    settle(&mut h);
    select_declaration(&mut h);
    click(&mut h, "Người dân sửa, ký nháy");
    click(&mut h, "Họ, chữ đệm, tên người cha");
    settle(&mut h);
    let shift = &h.state().session.as_ref().unwrap().shift;
    assert!(
        shift
            .timeline
            .iter()
            .any(|t| matches!(t.event, Event::NothingToCorrect { .. }))
    );
    assert!(
        h.query_by_label("Chỗ này tôi ghi đúng rồi mà.").is_some(),
        "the citizen's answer is in the conversation"
    );
    assert!(
        h.query_by_label_contains("→").is_none(),
        "nothing was written on the paper"
    );
}
