//! The trainee's PC is switched off mid-shift: the journal written action by action lets a
//! new app offer "continue where you left off" and rebuild exactly the same state.
#![cfg(feature = "gui")]

mod ui_support;

use egui_kittest::kittest::Queryable;
use motcua::ui::app::Screen;
use ui_support::*;

#[test]
fn a_killed_app_resumes_the_exact_shift() {
    let dir = tempfile::tempdir().unwrap();
    let fingerprint;
    let actions;
    {
        let mut h = harness(app(dir.path()));
        click(&mut h, "Bắt đầu: Hướng dẫn: Đăng ký khai sinh");
        click(&mut h, "Vào quầy, bắt đầu ca");
        click(&mut h, "Gọi số tiếp theo (N)");
        click(&mut h, "Ông/bà cần làm thủ tục gì?");
        h.key_press(egui::Key::Num3);
        h.run_ok();
        click(&mut h, "Tra cơ sở dữ liệu dân cư (K)");
        choose_procedure(&mut h, "Đăng ký khai sinh");
        click(&mut h, "Tạo hồ sơ");
        type_into(&mut h, "Họ tên người nộp", "Trần Thị Mai");
        let shift = &h.state().session.as_ref().unwrap().shift;
        fingerprint = shift.fingerprint();
        actions = shift.actions.len();
        // The harness and the app are dropped here without any shutdown: like kill -9,
        // nothing is saved at exit; only what was journaled action by action remains.
    }
    assert_eq!(actions, 5);
    let mut h = harness(app(dir.path()));
    assert_eq!(h.state().screen, Screen::Home);
    let offer = h.state().resume.clone().expect("resume offered");
    assert_eq!(offer.actions, actions);
    assert!(offer.error.is_none(), "{:?}", offer.error);
    click(&mut h, "Tiếp tục");
    assert_eq!(h.state().screen, Screen::Counter);
    let shift = &h.state().session.as_ref().unwrap().shift;
    assert_eq!(shift.fingerprint(), fingerprint);
    // And the shift goes on, journaled, from there.
    click(&mut h, "Xong, mời về (D)");
    assert_eq!(
        h.state().session.as_ref().unwrap().shift.actions.len(),
        actions + 1
    );
}

#[test]
fn a_torn_last_line_is_dropped_and_the_rest_resumes() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut h = harness(app(dir.path()));
        click(&mut h, "Bắt đầu: Hướng dẫn: Đăng ký khai sinh");
        click(&mut h, "Vào quầy, bắt đầu ca");
        click(&mut h, "Gọi số tiếp theo (N)");
        click(&mut h, "Ông/bà cần làm thủ tục gì?");
    }
    // A power cut in the middle of writing the next line.
    let journal = dir.path().join("current-shift.journal");
    let mut text = std::fs::read_to_string(&journal).unwrap();
    text.push_str("2\tdeadbeef\tInspe");
    std::fs::write(&journal, text).unwrap();
    let mut h = harness(app(dir.path()));
    assert_eq!(h.state().resume.as_ref().unwrap().actions, 2);
    click(&mut h, "Tiếp tục");
    assert_eq!(h.state().session.as_ref().unwrap().shift.actions.len(), 2);
    assert!(
        h.state()
            .notices
            .iter()
            .any(|n| n.id == "notice-journal-tail")
    );
}

#[test]
fn a_damaged_settings_file_falls_back_with_a_visible_message() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("settings.ron"), "{\"lang\": ").unwrap();
    let mut h = harness(app(dir.path()));
    h.run_ok();
    let path = dir.path().join("settings.ron");
    let text = format!("Tệp {} bị hỏng; dùng giá trị mặc định.", path.display());
    assert!(
        h.query_by_label_contains(&text).is_some(),
        "the notice is shown on the home screen"
    );
    click(&mut h, "Đã hiểu");
    assert!(h.query_by_label_contains(&text).is_none());
}
