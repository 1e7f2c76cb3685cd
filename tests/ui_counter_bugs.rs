//! Small counter bugs a new trainee met, each replayed through the real UI: the scanner's
//! Attach that waited for an unexplained click, a status message stuck in the old language,
//! a session-code error that outlived its cause, guidance buttons in lower case, buttons
//! that jumped when a hint or guidance note appeared, the queue's patience words on the bar.
#![cfg(feature = "gui")]

mod ui_support;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use motcua::i18n::Locale;
use motcua::scenario::Mode;
use motcua::session::{Seeding, SessionPlan};
use motcua::sim::{Action, DossierField};
use motcua::text::Lang;
use motcua::ui::App;
use ui_support::*;

const C1: &str = "H50.12-261123-0001";

/// The tutorial's first citizen at the counter, with their dossier created and the
/// applicant written in, and their declaration on the desk.
fn with_dossier(dir: &std::path::Path) -> Harness<'static, App> {
    let mut app = at_citizen(dir, "tutorial-birth", 1);
    for a in [
        Action::CreateDossier {
            procedure: "birth-registration".to_owned(),
        },
        Action::FillField {
            dossier: C1.to_owned(),
            field: DossierField::ApplicantName,
            value: "Trần Thị Mai".to_owned(),
        },
        Action::FillField {
            dossier: C1.to_owned(),
            field: DossierField::ApplicantIdNumber,
            value: "068198012345".to_owned(),
        },
    ] {
        app.apply(a).unwrap();
    }
    app.counter.selected_doc = Some("c1-form".to_owned());
    let mut h = harness(app);
    h.run_ok();
    h
}

fn attachments(h: &Harness<'_, App>) -> Vec<(String, Vec<u32>)> {
    let shift = &h.state().session.as_ref().unwrap().shift;
    shift.portal.dossiers[C1]
        .attachments
        .iter()
        .map(|(c, s)| (c.clone(), s.clone()))
        .collect()
}

#[test]
fn attach_takes_the_newest_scan_and_says_what_it_waits_for() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_dossier(dir.path());
    click(&mut h, "Quét (S)");
    // The new scan is chosen without clicking its small label, and the panel says so.
    assert!(h.query_by_label("Đã chọn để đính kèm").is_some());
    // Attach waits for the component, and the reason is on screen, not only in a tooltip.
    assert!(
        h.get_by_role_and_label(Role::Button, "Đính kèm")
            .accesskit_node()
            .is_disabled()
    );
    assert!(
        h.query_by_label("Chọn thành phần hồ sơ để đính kèm bản quét đã chọn.")
            .is_some()
    );
    click_role(&mut h, &format!("Đính kèm vào hồ sơ {C1}:"), Role::ComboBox);
    h.get_all_by_role_and_label(Role::Button, "Tờ khai đăng ký khai sinh")
        .last()
        .expect("component in the popup")
        .click();
    h.run_ok();
    assert!(
        h.query_by_label("Sẽ đính kèm Bản 1 vào: Tờ khai đăng ký khai sinh")
            .is_some()
    );
    click(&mut h, "Đính kèm");
    assert_eq!(attachments(&h), vec![("declaration".to_owned(), vec![1])]);
}

#[test]
fn a_scan_clicked_stays_chosen_until_the_next_scan() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_dossier(dir.path());
    click(&mut h, "Quét (S)");
    click(&mut h, "Quét (S)");
    // The newest (2) is chosen; the trainee picks 1 instead, and 1 is attached.
    click(&mut h, "Bản 1 (1 ảnh)");
    click_role(&mut h, &format!("Đính kèm vào hồ sơ {C1}:"), Role::ComboBox);
    h.get_all_by_role_and_label(Role::Button, "Tờ khai đăng ký khai sinh")
        .last()
        .expect("component in the popup")
        .click();
    h.run_ok();
    click(&mut h, "Đính kèm");
    assert_eq!(attachments(&h), vec![("declaration".to_owned(), vec![1])]);
}

#[test]
fn the_status_message_follows_a_language_switch() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_dossier(dir.path());
    type_into(&mut h, "Ngày hẹn trả", "31/02/2026");
    click(&mut h, "Cấp giấy tiếp nhận hồ sơ và hẹn trả kết quả (R)");
    let vi = Locale::new(Lang::Vi).tr("portal-date-invalid");
    let en = Locale::new(Lang::En).tr("portal-date-invalid");
    assert_ne!(vi, en);
    assert!(h.query_by_label(&vi).is_some(), "no message: {vi}");
    click(&mut h, "English");
    assert!(h.query_by_label(&vi).is_none(), "still in Vietnamese: {vi}");
    assert!(h.query_by_label(&en).is_some(), "not reworded: {en}");
}

#[test]
fn a_refusal_message_is_reworded_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = with_dossier(dir.path());
    // Calling the next person while one is at the counter is refused.
    h.key_press(egui::Key::N);
    h.run_ok();
    let message = h.state().counter.message.clone().expect("a message");
    let shift = h.state().session.as_ref().unwrap().shift.clone();
    let (error, vi) = message.text(&shift, &Locale::new(Lang::Vi)).unwrap();
    let (_, bn) = message.text(&shift, &Locale::new(Lang::Bn)).unwrap();
    assert!(error);
    assert_ne!(vi, bn);
    assert!(h.query_by_label(&vi).is_some());
    click(&mut h, "বাংলা");
    assert!(h.query_by_label(&vi).is_none());
    assert!(h.query_by_label(&bn).is_some());
}

#[test]
fn the_session_code_error_goes_once_the_code_is_fixed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path()));
    let locale = Locale::new(Lang::Vi);
    let too_short = locale.tr_args(
        "join-code-length",
        &[("expected", "9".into()), ("found", "3".into())],
    );
    let code = SessionPlan::new("tutorial-birth", Mode::Exam, Seeding::Shared, 7).code();
    retype(&mut h, "Họ và tên học viên", "Lê Văn Bình");
    retype(&mut h, "Mã phiên", "abc");
    click(&mut h, "Vào phiên");
    assert!(h.query_by_label(&too_short).is_some());
    retype(&mut h, "Mã phiên", code.as_str());
    assert!(h.query_by_label(&too_short).is_none(), "stale: {too_short}");
    // A new problem replaces the old one while typing.
    retype(&mut h, "Họ và tên học viên", "");
    retype(&mut h, "Mã phiên", "x");
    click(&mut h, "Vào phiên");
    let one = locale.tr_args(
        "join-code-length",
        &[("expected", "9".into()), ("found", "1".into())],
    );
    assert!(h.query_by_label(&one).is_some());
    retype(&mut h, "Mã phiên", code.as_str());
    let name_needed = locale.tr("home-name-required");
    assert!(h.query_by_label(&one).is_none());
    assert!(h.query_by_label(&name_needed).is_some());
}

#[test]
fn the_session_code_placeholder_describes_the_code() {
    let dir = tempfile::tempdir().unwrap();
    let h = harness(app(dir.path()));
    let field = h.get_by_role_and_label(Role::TextInput, "Mã phiên");
    let placeholder = field.accesskit_node().placeholder().map(str::to_owned);
    assert_eq!(
        placeholder.as_deref(),
        Some(Locale::new(Lang::Vi).tr("home-session-code-hint").as_str())
    );
    assert!(!placeholder.unwrap_or_default().contains('/'));
}

#[test]
fn guidance_buttons_start_with_a_capital_letter() {
    for (lang, name) in [(Lang::Vi, "Tiếng Việt"), (Lang::En, "English")] {
        let dir = tempfile::tempdir().unwrap();
        let mut h = harness(at_citizen(dir.path(), "tutorial-birth", 1));
        click(&mut h, name);
        let locale = Locale::new(lang);
        for topic in motcua::sim::GuideTopic::ALL {
            let label = locale.tr(&format!("citizen-guide-{}-button", topic.id()));
            let first = label.chars().next().unwrap();
            assert!(first.is_uppercase(), "{lang:?}: {label}");
            // The button on screen carries that label.
            assert!(
                h.query_by_role_and_label(Role::Button, &label).is_some(),
                "{lang:?}: no button {label}"
            );
        }
    }
}

#[test]
fn a_hint_or_guidance_does_not_move_the_buttons() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(at_citizen(dir.path(), "tutorial-birth", 1));
    let watched = [
        "Xong, mời về (D)",
        "Gợi ý (H)",
        "Thủ tục này có thể làm trực tuyến",
        "Ông/bà cần làm thủ tục gì?",
    ];
    let rects = |h: &Harness<'_, App>| {
        watched
            .iter()
            .map(|l| h.get_by_role_and_label(Role::Button, l).rect())
            .collect::<Vec<_>>()
    };
    let before = rects(&h);
    h.get_by_role_and_label(Role::Button, "Gợi ý (H)").click();
    h.run_ok();
    let shift = &h.state().session.as_ref().unwrap().shift;
    assert!(
        shift
            .timeline
            .iter()
            .any(|t| matches!(t.event, motcua::sim::Event::HintGiven { .. })),
        "no hint given"
    );
    assert_eq!(rects(&h), before, "after the hint");
    h.get_by_role_and_label(Role::Button, "Thủ tục này có thể làm trực tuyến")
        .click();
    h.run_ok();
    h.get_by_role_and_label(Role::Button, "Ông/bà cần làm thủ tục gì?")
        .click();
    h.run_ok();
    assert_eq!(rects(&h), before, "after guidance and a question");
}

#[test]
fn the_patience_words_sit_under_the_bar() {
    let dir = tempfile::tempdir().unwrap();
    // Nobody called yet: wait until people queue.
    let mut app = app(dir.path());
    start(&mut app, "normal-morning", motcua::scenario::Mode::Practice);
    for _ in 0..24 {
        if app.session.as_ref().unwrap().shift.queue().len() >= 2 {
            break;
        }
        app.apply(Action::Wait { minutes: 5 }).unwrap();
    }
    let h = harness(app);
    let bars: Vec<_> = h.get_all_by_role(Role::ProgressIndicator).collect();
    assert!(!bars.is_empty(), "nobody in the queue");
    let words: Vec<_> = h
        .query_all_by_label_contains("còn kiên nhẫn khoảng")
        .collect();
    assert_eq!(words.len(), bars.len());
    for (bar, text) in bars.iter().zip(&words) {
        let (bar, text) = (bar.rect(), text.rect());
        // Whole (not clipped by the bar's height) and under the bar, not over it.
        assert!(text.min.y >= bar.max.y - 0.5, "{text:?} over {bar:?}");
        assert!(text.height() >= 10.0, "{text:?}");
    }
}
