//! The slip form selector of the portal's reception tab (issue 13 item 9), clicked through
//! the real UI at the police residence desk: the police's forms are chosen, the receipt
//! then shows as form CT04, and the one-stop slips are chosen back.
#![cfg(feature = "gui")]

mod ui_support;

use egui_kittest::kittest::Queryable;
use motcua::portal::SlipKind;
use motcua::scenario::load::read_ron;
use motcua::scenario::{Mode, SlipFamily};
use motcua::sim::Action;
use ui_support::*;

#[test]
fn the_clerk_picks_the_police_forms_and_the_receipt_is_form_ct04() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    start(&mut app, "police-residence-desk", Mode::Practice);
    app.apply(Action::CallNext).unwrap();
    app.wait_for_background();
    app.counter.visit_of = app.session.as_ref().and_then(|s| s.shift.counter);
    let mut h = harness(app);
    h.run_ok();

    // Both sets are offered; the one-stop slips are selected at the start.
    assert!(h.query_all_by_label("Phiếu một cửa").next().is_some());
    click(&mut h, "Mẫu công an (CT04–CT06)");
    let shift = &h.state().session.as_ref().unwrap().shift;
    assert_eq!(shift.portal.slip_forms, SlipFamily::Police);
    assert!(matches!(
        shift.actions.last().map(|(_, a)| a),
        Some(Action::UseSlipForms {
            family: SlipFamily::Police
        })
    ));

    // The first citizen's dossier, received as the expert does (its switch of forms left
    // out: the clerk clicked it above); the receipt's window is titled as form CT04.
    let script: Vec<Action> =
        read_ron(&pack_root().join("police-residence-desk/expert-bot-seed1.ron")).unwrap();
    let first_receipt = script
        .iter()
        .position(|a| matches!(a, Action::IssueReceipt { .. }))
        .unwrap();
    for a in script[1..=first_receipt]
        .iter()
        .filter(|a| !matches!(a, Action::UseSlipForms { .. }))
    {
        h.state_mut().apply(a.clone()).unwrap();
    }
    let number = h
        .state()
        .session
        .as_ref()
        .unwrap()
        .shift
        .portal
        .slips
        .iter()
        .find(|s| s.kind == SlipKind::Receipt)
        .unwrap()
        .number;
    h.state_mut().counter.slip = Some(number);
    h.run_ok();
    assert!(
        h.query_all_by_label("Phiếu tiếp nhận hồ sơ và hẹn trả kết quả (mẫu CT04)")
            .next()
            .is_some(),
        "the receipt is shown as the police's form CT04"
    );

    // Back to the one-stop slips for the next dossier.
    h.state_mut().counter.slip = None;
    h.run_ok();
    click(&mut h, "Phiếu một cửa");
    let shift = &h.state().session.as_ref().unwrap().shift;
    assert_eq!(shift.portal.slip_forms, SlipFamily::OneStop);
}

#[test]
fn a_shift_without_residence_procedures_shows_no_slip_form_choice() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    start(&mut app, "tutorial-birth", Mode::Practice);
    app.apply(Action::CallNext).unwrap();
    app.wait_for_background();
    app.counter.visit_of = app.session.as_ref().and_then(|s| s.shift.counter);
    let mut h = harness(app);
    h.run_ok();
    // The reception tab is open (its procedure choice shows) but not the slip forms.
    assert!(h.query_all_by_label("Tạo hồ sơ").next().is_some());
    assert!(h.query_all_by_label("Phiếu một cửa").next().is_none());
    assert!(
        h.query_all_by_label("Mẫu công an (CT04–CT06)")
            .next()
            .is_none()
    );
}
