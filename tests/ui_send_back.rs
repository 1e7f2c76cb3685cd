//! A dossier its department sent back, as the trainee meets it in the portal's processing
//! tab: the handling officer's words, the components to tick from them, the supplement
//! request sent by phone/SMS, and the refusal slip with the department's ground — at
//! 1024x768, in Vietnamese.
#![cfg(feature = "gui")]

mod ui_support;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use motcua::portal::SlipKind;
use motcua::scenario::Mode;
use motcua::sim::Action;
use motcua::ui::App;
use motcua::ui::counter::portal::PortalTab;
use ui_support::*;

/// The shift of the send-backs, `minutes` after opening, on the processing tab.
fn at_processing(dir: &std::path::Path, minutes: u32) -> App {
    let mut app = app(dir);
    start(&mut app, "department-send-backs", Mode::Exam);
    app.apply(Action::Wait { minutes }).expect("time passes");
    app.counter.portal.tab = PortalTab::Processing;
    app
}

#[test]
fn the_clerk_ticks_what_the_officer_wrote_and_sends_the_supplement_request() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    // 07:50: the culture-social officer sends the social allowance back.
    let mut h = builder((1024.0, 768.0)).build_ui_state(
        |ui, app: &mut App| app.app_ui(ui),
        at_processing(dir.path(), 20),
    );
    settle(&mut h);
    assert!(
        h.query_by_label_contains("Bộ phận giải quyết trả lại hồ sơ lúc 07:50")
            .is_some(),
        "the officer's note is on the dossier"
    );
    click_role(
        &mut h,
        "Tờ khai đề nghị trợ giúp xã hội (theo mẫu của từng đối tượng)",
        Role::CheckBox,
    );
    click_role(&mut h, "Giấy xác nhận khuyết tật (bản sao)", Role::CheckBox);
    click(&mut h, "Gửi phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");
    let shift = &h.state().session.as_ref().expect("a shift").shift;
    let slip = shift.portal.slips.last().expect("a slip was issued");
    assert_eq!(slip.kind, SlipKind::SupplementRequest);
    assert_eq!(slip.dossier.as_deref(), Some("H50.12-261127-0008"));
    assert_eq!(
        slip.components,
        vec!["declaration", "disability_certificate"]
    );
    assert!(slip.electronic, "the citizen is not here: by phone/SMS");
}

#[test]
fn the_clerk_chooses_the_department_s_ground_and_sends_the_refusal() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    // 08:40: the commune police refuse the permanent residence.
    let mut h = builder((1024.0, 768.0)).build_ui_state(
        |ui, app: &mut App| app.app_ui(ui),
        at_processing(dir.path(), 75),
    );
    settle(&mut h);
    let refused = "H50.12-261128-0002";
    // Two dossiers were sent back by now; the ground box of the refused one is the second.
    let boxes = h.get_all_by_role_and_label(Role::ComboBox, "Lý do").count();
    assert_eq!(boxes, 2, "one ground box per dossier sent back");
    h.get_all_by_role_and_label(Role::ComboBox, "Lý do")
        .last()
        .expect("the refused dossier's ground box")
        .scroll_to_me();
    h.run_steps(4);
    h.get_all_by_role_and_label(Role::ComboBox, "Lý do")
        .last()
        .expect("the refused dossier's ground box")
        .click();
    h.run_ok();
    h.get_all_by_role_and_label(
        Role::Button,
        "Chỗ ở thuê, mượn không bảo đảm diện tích tối thiểu bình quân đầu người do HĐND tỉnh quy định.",
    )
    .last()
    .expect("the ground in the list")
    .click();
    h.run_ok();
    let send = "Gửi phiếu từ chối tiếp nhận giải quyết hồ sơ";
    h.get_all_by_label(send)
        .last()
        .expect("the refused dossier's button")
        .scroll_to_me();
    h.run_steps(4);
    h.get_all_by_label(send)
        .last()
        .expect("the refused dossier's button")
        .click();
    h.run_ok();
    let shift = &h.state().session.as_ref().expect("a shift").shift;
    let slip = shift.portal.slips.last().expect("a slip was issued");
    assert_eq!(slip.kind, SlipKind::Refusal);
    assert_eq!(slip.dossier.as_deref(), Some(refused));
    assert_eq!(slip.ground.as_deref(), Some("below-minimum-area"));
}

#[test]
fn the_citizen_brings_the_supplement_and_the_clerk_receives_it_with_the_new_date() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut app = app(dir.path());
    start(&mut app, "department-send-backs", Mode::Exam);
    let script: Vec<Action> = motcua::scenario::load::read_ron(
        &pack_root().join("department-send-backs").join("expert.ron"),
    )
    .expect("the expert path reads");
    for a in script
        .into_iter()
        .take_while(|a| !matches!(a, Action::ReceiveSupplement { .. }))
    {
        app.apply(a).expect("the expert path plays");
    }
    app.wait_for_background();
    app.counter.visit_of = app.session.as_ref().and_then(|s| s.shift.counter);
    app.counter.portal.tab = PortalTab::Processing;
    let mut h = builder((1024.0, 768.0)).build_ui_state(|ui, app: &mut App| app.app_ui(ui), app);
    settle(&mut h);
    h.get_by_role_and_label(Role::TextInput, "Ngày hẹn mới")
        .scroll_to_me();
    h.run_steps(4);
    retype(&mut h, "Ngày hẹn mới", "17/12/2026");
    click(&mut h, "Nhận hồ sơ bổ sung");
    let shift = &h.state().session.as_ref().expect("a shift").shift;
    let d = &shift.portal.dossiers["H50.12-261127-0008"];
    assert_eq!(d.status, motcua::portal::Status::Processing);
    assert_eq!(
        d.appointment.map(|a| a.to_string()).as_deref(),
        Some("2026-12-17")
    );
}
