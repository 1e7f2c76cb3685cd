//! An inter-agency bundle as the trainee meets it in the portal (issue 13, item 4): the
//! reception tab offers one button per bundle in force; the processing tab shows each body
//! of a bundle dossier — not transferred, transferred, result back — and transfers it to
//! each body with one click — at 1024x768, in Vietnamese.
#![cfg(feature = "gui")]

mod ui_support;

use chrono::NaiveDate;
use egui_kittest::kittest::Queryable;
use motcua::portal::Status;
use motcua::scenario::{Department, Mode};
use motcua::sim::Action;
use motcua::ui::App;
use motcua::ui::counter::portal::PortalTab;
use ui_support::*;

/// The birth bundle's name on its button.
const BIRTH_BUNDLE: &str = "Khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ dưới 6 tuổi";

#[test]
fn the_clerk_creates_a_bundle_dossier_and_transfers_it_to_each_body() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut app = app(dir.path());
    start(&mut app, "inter-agency-bundles", Mode::Exam);
    // 13:40: the young mother is called to the counter.
    app.apply(Action::CallNext).expect("the mother comes");
    let mut h = builder((1024.0, 768.0)).build_ui_state(|ui, app: &mut App| app.app_ui(ui), app);
    settle(&mut h);
    click(&mut h, BIRTH_BUNDLE);
    let code = {
        let shift = &h.state().session.as_ref().expect("a shift").shift;
        let d = shift
            .portal
            .dossiers
            .values()
            .find(|d| d.draft)
            .expect("a dossier is being entered");
        assert_eq!(d.procedure, "birth-registration");
        assert_eq!(
            d.bundle.as_ref().map(|b| b.id.as_str()),
            Some("birth-bundle")
        );
        d.code.clone()
    };
    // The receipt (its date is another test's business): Wednesday 9/12.
    h.state_mut()
        .apply(Action::IssueReceipt {
            dossier: code.clone(),
            appointment: NaiveDate::from_ymd_opt(2026, 12, 9).expect("a date"),
        })
        .expect("received");
    // The mother leaves with her receipt; the clerk transfers the dossier from the list.
    h.state_mut().apply(Action::Dismiss).expect("she leaves");
    h.run_ok();
    h.state_mut().counter.portal.tab = PortalTab::Processing;
    h.run_ok();
    assert_eq!(
        h.query_all_by_label_contains("Hồ sơ liên thông: Khai sinh, đăng ký thường trú")
            .count(),
        2,
        "the new bundle's card and Tuesday's name their bundle"
    );
    for body in [
        "Chuyển đến Công chức tư pháp – hộ tịch",
        "Chuyển đến Công an xã",
        "Chuyển đến Cơ quan Bảo hiểm xã hội",
    ] {
        click(&mut h, body);
    }
    let shift = &h.state().session.as_ref().expect("a shift").shift;
    let d = &shift.portal.dossiers[&code];
    assert_eq!(d.status, Status::Processing);
    let record = d.bundle.as_ref().expect("a bundle dossier");
    for body in [
        Department::JusticeCivilStatus,
        Department::CommunePolice,
        Department::SocialInsurance,
    ] {
        assert!(
            record.bodies[&body].transferred_at.is_some(),
            "{body:?} was not transferred"
        );
    }
    assert!(
        h.query_by_label_contains("Chuyển đến").is_none(),
        "no transfer left to make"
    );
}

#[test]
fn a_bundle_from_tuesday_shows_which_body_s_result_is_back() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut app = app(dir.path());
    start(&mut app, "inter-agency-bundles", Mode::Exam);
    // 14:10: the civil-status officer (13:35) and social insurance (14:05) are back.
    app.apply(Action::Wait { minutes: 40 })
        .expect("time passes");
    app.counter.portal.tab = PortalTab::Processing;
    let mut h = builder((1024.0, 768.0)).build_ui_state(|ui, app: &mut App| app.app_ui(ui), app);
    settle(&mut h);
    assert_eq!(
        h.query_all_by_label_contains("đã có kết quả lúc").count(),
        2,
        "two bodies' results are back"
    );
    assert_eq!(
        h.query_all_by_label_contains("đã chuyển lúc").count(),
        1,
        "the police's is awaited"
    );
}
