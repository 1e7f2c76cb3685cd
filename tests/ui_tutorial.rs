//! The trainee's story: a whole tutorial shift played through the real UI — home screen,
//! counter, desk, scanner, portal, slips — by clicking and typing as a person would, ending
//! on the debrief. The UI must produce exactly the scenario's declared expert path.
#![cfg(feature = "gui")]

mod ui_support;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use motcua::scenario::load::read_ron;
use motcua::sim::Action;
use motcua::ui::app::Screen;
use ui_support::*;

const C1: &str = "H50.12-261123-0001";
const C3: &str = "H50.12-261123-0002";

fn select_paper(h: &mut egui_kittest::Harness<'_, motcua::ui::App>, n: usize) {
    let key = [egui::Key::Num1, egui::Key::Num2, egui::Key::Num3][n - 1];
    h.key_press(key);
    h.run_ok();
}

fn attach(h: &mut egui_kittest::Harness<'_, motcua::ui::App>, scan_label: &str, component: &str) {
    attach_to(h, C1, scan_label, component);
}

fn attach_to(
    h: &mut egui_kittest::Harness<'_, motcua::ui::App>,
    dossier: &str,
    scan_label: &str,
    component: &str,
) {
    click(h, scan_label);
    click_role(h, &format!("Đính kèm vào hồ sơ {dossier}:"), Role::ComboBox);
    // The component in the combo's popup (the same name is also a checkbox and a grid label).
    h.get_all_by_role_and_label(Role::Button, component)
        .last()
        .expect("component in the popup")
        .click();
    h.run_ok();
    click(h, "Đính kèm");
}

#[test]
fn the_tutorial_shift_played_through_the_ui_is_the_expert_path() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path()));

    // Home: the curriculum lists the tutorial; start it.
    click(&mut h, "Bắt đầu: Hướng dẫn: Đăng ký khai sinh");
    // The briefing first: the situation, the objectives, who comes, the mode.
    assert_eq!(h.state().screen, Screen::Briefing);
    assert!(h.query_by_label("Mục tiêu của ca").is_some());
    assert!(
        h.query_by_label("Phân biệt giấy tờ phải nộp và giấy tờ chỉ xuất trình")
            .is_some()
    );
    assert!(
        h.query_by_label("Người dân dự kiến đến quầy (3 người)")
            .is_some()
    );
    assert!(h.query_by_label_contains("Chế độ: Luyện tập").is_some());
    assert_eq!(
        h.state().session.as_ref().unwrap().shift.now,
        0,
        "the clock waits for the trainee"
    );
    click(&mut h, "Vào quầy, bắt đầu ca");
    assert_eq!(h.state().screen, Screen::Counter);

    // Citizen 1: complete dossier.
    click(&mut h, "Gọi số tiếp theo (N)");
    click(&mut h, "Ông/bà cần làm thủ tục gì?");
    select_paper(&mut h, 3);
    click(&mut h, "Tra cơ sở dữ liệu dân cư (K)");
    select_paper(&mut h, 1);
    click(&mut h, "Họ, chữ đệm, tên người mẹ: Trần Thị Mai");
    select_paper(&mut h, 2);
    click(&mut h, "Họ và tên mẹ: Trần Thị Mai");
    click(&mut h, "Đặt cạnh nhau (C)");
    click(&mut h, "Kính lúp (I)");
    click(&mut h, "Tra dữ liệu Nhà nước đã có");
    choose_procedure(&mut h, "Đăng ký khai sinh");
    click(&mut h, "Tạo hồ sơ");
    type_into(&mut h, "Họ tên người nộp", "Trần Thị Mai");
    type_into(&mut h, "Số định danh cá nhân", "068198012345");
    select_paper(&mut h, 1);
    click(&mut h, "Quét (S)");
    attach(&mut h, "Bản 1 (1 ảnh)", "Tờ khai đăng ký khai sinh");
    select_paper(&mut h, 2);
    click(&mut h, "Quét (S)");
    attach(&mut h, "Bản 2 (1 ảnh)", "Giấy chứng sinh (bản chính)");
    type_into(&mut h, "Ngày hẹn trả", "23/11/2026");
    click(&mut h, "Cấp giấy tiếp nhận hồ sơ và hẹn trả kết quả (R)");
    // The receipt slip is shown as an A5 form; hand it over.
    assert!(
        h.query_by_role_and_label(Role::Image, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả")
            .is_some()
    );
    click(&mut h, "Giao phiếu cho người dân");
    click_role(&mut h, "Xử lý hồ sơ", Role::Button);
    click_role(&mut h, "Bộ phận", Role::ComboBox);
    click_role(&mut h, "Công chức tư pháp – hộ tịch", Role::Button);
    click(&mut h, "Chuyển xử lý");
    click(&mut h, "Đồng bộ lên Cổng DVCQG");
    click(&mut h, "Thủ tục này có thể làm trực tuyến");
    click(&mut h, "Xong, mời về (D)");

    // Citizen 2: only a photocopy of the birth notice.
    click(&mut h, "Gọi số tiếp theo (N)");
    click(&mut h, "Ông/bà làm cho mình hay làm thay người khác?");
    click(&mut h, "Ông/bà có quan hệ thế nào với người đó?");
    select_paper(&mut h, 3);
    click(&mut h, "Tra cơ sở dữ liệu dân cư (K)");
    select_paper(&mut h, 2);
    click(&mut h, "Kính lúp (I)");
    // Looking says nothing: the grey copy without a red seal is for the trainee to see.
    assert!(h.query_by_label_contains("bản photo").is_none());
    // The trainee flags what they saw: the whole paper is a photocopy.
    click(&mut h, "Đánh dấu sai sót");
    click(&mut h, "Cả tờ giấy");
    click(&mut h, "bản photo thay cho bản chính");
    // Listed as the trainee's own claim on the desk, and as a ground beside the request.
    assert_eq!(
        h.query_all_by_label_contains("Giấy chứng sinh: bản photo thay cho bản chính")
            .count(),
        2
    );
    click_role(&mut h, "Tiếp nhận hồ sơ", Role::Button);
    click_role(&mut h, "Giấy chứng sinh (bản chính)", Role::CheckBox);
    click(&mut h, "Ra phiếu yêu cầu bổ sung");
    click(&mut h, "Giao phiếu cho người dân");
    click(&mut h, "Xong, mời về (D)");

    // Citizen 3: the mother's name differs by one diacritic.
    click(&mut h, "Gọi số tiếp theo (N)");
    select_paper(&mut h, 3);
    click(&mut h, "Tra cơ sở dữ liệu dân cư (K)");
    select_paper(&mut h, 1);
    click(&mut h, "Họ, chữ đệm, tên người mẹ: Nguyễn Thị Thu Hường");
    select_paper(&mut h, 2);
    click(&mut h, "Họ và tên mẹ: Nguyễn Thị Thu Hương");
    click(&mut h, "Đặt cạnh nhau (C)");
    // Side by side, the two values — and no verdict: the trainee reads them.
    assert!(
        h.query_by_label_contains("«Nguyễn Thị Thu Hường»")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("«Nguyễn Thị Thu Hương»")
            .is_some()
    );
    assert!(h.query_by_label_contains("khớp").is_none());
    click(&mut h, "Hai dòng này khác nhau");
    // He wrote the declaration himself: he corrects and initials it at the counter (issue
    // 13, item 6), and the dossier is received.
    select_paper(&mut h, 1);
    click(&mut h, "Người dân sửa, ký nháy");
    click(&mut h, "Họ, chữ đệm, tên người mẹ");
    assert!(
        h.query_by_label(
            "Họ, chữ đệm, tên người mẹ: Nguyễn Thị Thu Hường → Nguyễn Thị Thu Hương (L.V.H.)"
        )
        .is_some(),
        "the declaration shows the correction"
    );
    click(&mut h, "Tra dữ liệu Nhà nước đã có");
    choose_procedure(&mut h, "Đăng ký khai sinh");
    click(&mut h, "Tạo hồ sơ");
    type_into(&mut h, "Họ tên người nộp", "Lê Văn Hùng");
    type_into(&mut h, "Số định danh cá nhân", "068095123456");
    select_paper(&mut h, 1);
    click(&mut h, "Quét (S)");
    attach_to(&mut h, C3, "Bản 3 (1 ảnh)", "Tờ khai đăng ký khai sinh");
    select_paper(&mut h, 2);
    click(&mut h, "Quét (S)");
    attach_to(&mut h, C3, "Bản 4 (1 ảnh)", "Giấy chứng sinh (bản chính)");
    type_into(&mut h, "Ngày hẹn trả", "23/11/2026");
    click(&mut h, "Cấp giấy tiếp nhận hồ sơ và hẹn trả kết quả (R)");
    click(&mut h, "Giao phiếu cho người dân");
    click_role(&mut h, "Xử lý hồ sơ", Role::Button);
    click_role(&mut h, "Bộ phận", Role::ComboBox);
    click_role(&mut h, "Công chức tư pháp – hộ tịch", Role::Button);
    click(&mut h, "Chuyển xử lý");
    click(&mut h, "Đồng bộ lên Cổng DVCQG");
    click(&mut h, "Thủ tục này có thể làm trực tuyến");
    click(&mut h, "Tài khoản VNeID mức 2");
    click(&mut h, "Xong, mời về (D)");

    // The same-day results, each when it is ready.
    for _ in [C1, C3] {
        click(&mut h, "Chờ 15 phút");
        click_role(&mut h, "Trả kết quả", Role::Button);
        click(&mut h, "Giao kết quả cho người dân");
        click_role(&mut h, "Xử lý hồ sơ", Role::Button);
        click(&mut h, "Đồng bộ lên Cổng DVCQG");
    }
    click(&mut h, "Kết thúc ca");
    click(&mut h, "Kết thúc và chấm điểm");
    settle(&mut h);

    // The UI produced exactly the expert path, and the debrief shows its score.
    let app = h.state();
    assert_eq!(app.screen, Screen::Debrief);
    let debrief = app.debrief.as_ref().expect("debrief");
    let played: Vec<Action> = debrief
        .shift
        .actions
        .iter()
        .map(|(_, a)| a.clone())
        .collect();
    let expert: Vec<Action> = read_ron(&pack_root().join("tutorial-birth/expert.ron")).unwrap();
    assert_eq!(played, expert);
    let report = &debrief.data.as_ref().expect("graded").report;
    assert!(report.total >= 95.0, "score {}", report.total);
    assert!(report.passed);
    assert!(h.query_by_label(&format!("{:.1}", report.total)).is_some());
    assert!(h.query_by_label("Lời giải mẫu").is_some());
    // The best score is recorded and unlocks the next scenarios.
    assert!(h.state().progress.passed.contains("tutorial-birth"));
    // The end of the shift wrote its sealed result file, without a click.
    let path = match &h.state().debrief.as_ref().unwrap().saved {
        Some(Ok(p)) => p.clone(),
        other => panic!("the result was not saved: {other:?}"),
    };
    let body = motcua::record::read_result(&path).unwrap();
    assert_eq!(body.actions, expert);
}

#[test]
fn frequent_actions_have_shortcuts() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path()));
    click(&mut h, "Bắt đầu: Hướng dẫn: Đăng ký khai sinh");
    click(&mut h, "Vào quầy, bắt đầu ca");
    h.key_press(egui::Key::N);
    h.run_ok();
    let shift = &h.state().session.as_ref().unwrap().shift;
    assert_eq!(shift.counter, Some(0), "N calls the next citizen");
    h.key_press(egui::Key::Num3);
    h.run_ok();
    h.key_press(egui::Key::K);
    h.run_ok();
    h.key_press(egui::Key::I);
    h.run_ok();
    h.key_press(egui::Key::H);
    h.run_ok();
    h.key_press(egui::Key::D);
    h.run_ok();
    let names: Vec<&str> = h
        .state()
        .session
        .as_ref()
        .unwrap()
        .shift
        .actions
        .iter()
        .map(|(_, a)| a.name())
        .collect();
    assert_eq!(
        names,
        ["call-next", "check-identity", "inspect", "hint", "dismiss"]
    );
}

#[test]
fn play_again_from_any_moment_of_the_debrief() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    let scenario = scenario(&app, "tutorial-birth");
    app.start_shift(scenario.clone(), 1, motcua::scenario::Mode::Practice, None);
    let careless: Vec<Action> = read_ron(&pack_root().join("tutorial-birth/careless.ron")).unwrap();
    for a in &careless {
        app.apply(a.clone()).unwrap();
    }
    let mut h = harness(app);
    settle(&mut h);
    assert_eq!(h.state().screen, Screen::Debrief);
    // Mistakes are marked with their rule and legal citation.
    assert!(h.query_all_by_label_contains("Luật Căn cước 2023").count() >= 1);
    click(&mut h, "Chơi lại từ đây 3");
    assert_eq!(h.state().screen, Screen::Counter);
    let mut expected = motcua::sim::Shift::new(scenario, 1, motcua::scenario::Mode::Practice);
    for a in careless.iter().take(2) {
        expected.apply(a.clone()).unwrap();
    }
    let shift = &h.state().session.as_ref().unwrap().shift;
    assert_eq!(shift.fingerprint(), expected.fingerprint());
}

/// The guide's line, if shown.
fn guide_text(h: &egui_kittest::Harness<'_, motcua::ui::App>) -> Option<String> {
    h.query_by_label_contains("Hướng dẫn từng bước:")?;
    let texts = [
        "Gọi số tiếp theo (N)\" ở cột người dân",
        "Hỏi người dân cần làm thủ tục gì",
        "Xem kỹ từng giấy tờ: bấm vào giấy",
        "Tra căn cước của người nộp",
        "Bạn đã tự làm được các bước này",
    ];
    texts
        .iter()
        .find(|t| h.query_by_label_contains(t).is_some())
        .map(|t| (*t).to_owned())
}

#[test]
fn the_tutorial_guide_points_to_the_next_step_and_fades_once_the_trainee_can() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    start(&mut app, "tutorial-birth", motcua::scenario::Mode::Practice);
    let mut h = harness(app);
    h.run_ok();
    // The first thing to do: call the next number.
    assert_eq!(
        guide_text(&h).as_deref(),
        Some("Gọi số tiếp theo (N)\" ở cột người dân")
    );
    click(&mut h, "Gọi số tiếp theo (N)");
    assert_eq!(
        guide_text(&h).as_deref(),
        Some("Hỏi người dân cần làm thủ tục gì")
    );
    click(&mut h, "Ông/bà cần làm thủ tục gì?");
    assert_eq!(
        guide_text(&h).as_deref(),
        Some("Xem kỹ từng giấy tờ: bấm vào giấy")
    );
    // The trainee looks up the ID card before the guide asks for it: done alone, so the
    // guide will not tell that step again.
    h.key_press(egui::Key::Num3);
    h.run_ok();
    click(&mut h, "Tra cơ sở dữ liệu dân cư (K)");
    assert!(
        h.state()
            .counter
            .guide
            .learned
            .contains(&motcua::ui::counter::guide::Step::CheckIdentity)
    );
    // "Got it" dismisses the step shown.
    click(&mut h, "Đã hiểu");
    assert!(
        h.state()
            .counter
            .guide
            .learned
            .contains(&motcua::ui::counter::guide::Step::LookAtPapers)
    );
    // Turned off, it is gone.
    click(&mut h, "Tắt hướng dẫn");
    assert!(h.query_by_label_contains("Hướng dẫn từng bước:").is_none());
}

#[test]
fn a_step_done_twice_with_help_is_no_longer_guided_and_exams_have_no_guide() {
    use motcua::ui::counter::guide::Step;
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    start(&mut app, "tutorial-birth", motcua::scenario::Mode::Practice);
    let mut h = harness(app);
    h.run_ok();
    // Each citizen: called with the guide pointing at "call", then sent away.
    for _ in 0..2 {
        assert!(!h.state().counter.guide.learned.contains(&Step::CallNext));
        click(&mut h, "Gọi số tiếp theo (N)");
        click(&mut h, "Xong, mời về (D)");
    }
    assert!(h.state().counter.guide.learned.contains(&Step::CallNext));
    assert_ne!(
        guide_text(&h).as_deref(),
        Some("Gọi số tiếp theo (N)\" ở cột người dân"),
        "a step done twice is not guided a third time"
    );

    // Exam shifts and harder scenarios have no guide.
    let dir = tempfile::tempdir().unwrap();
    let mut exam = ui_support::app(dir.path());
    start(&mut exam, "tutorial-birth", motcua::scenario::Mode::Exam);
    let mut h = harness(exam);
    h.run_ok();
    assert!(h.query_by_label_contains("Hướng dẫn từng bước:").is_none());
}
