//! An online dossier waiting in the portal is reviewed from its e-copies and answered with a
//! supplement request, through the real UI (conference mode, exam).
#![cfg(feature = "gui")]

mod ui_support;

use egui_kittest::kittest::Queryable;
use motcua::portal::{SlipKind, Status};
use motcua::scenario::Mode;
use motcua::session::{Seeding, SessionPlan};
use motcua::sim::Action;
use ui_support::*;

#[test]
fn an_online_dossier_is_reviewed_and_sent_a_supplement_request() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(app(dir.path()));
    type_into(&mut h, "Họ và tên học viên", "Lê Thị Học Viên");
    let code = SessionPlan::new("collecting-results", Mode::Exam, Seeding::Shared, 1).code();
    type_into(&mut h, "Mã phiên", code.as_str());
    click(&mut h, "Vào phiên");
    click(&mut h, "Vào quầy, bắt đầu ca");
    settle(&mut h);
    let code = "H50.12-261130-0022";
    click(&mut h, &format!("Xem hồ sơ {code}"));
    let session = h.state().session.as_ref().expect("a shift is running");
    // The e-copies are shown, each paper named by its kind.
    let existing = session
        .shift
        .scenario()
        .file
        .existing_dossiers
        .iter()
        .find(|e| e.code == code)
        .unwrap();
    let first_kind = &existing.documents[0].kind;
    let paper = session.shift.scenario().catalog.document_kinds[first_kind]
        .name
        .vi
        .clone();
    assert!(
        h.query_all_by_label(&paper).next().is_some(),
        "the online paper `{paper}` is drawn"
    );
    let procedure = session.shift.portal.dossiers[code].procedure.clone();
    let component = session
        .shift
        .scenario()
        .procedure(&procedure)
        .unwrap()
        .components[0]
        .name
        .vi
        .clone();
    click(&mut h, &component);
    click(&mut h, "Ra phiếu yêu cầu bổ sung");
    let shift = &h.state().session.as_ref().unwrap().shift;
    assert_eq!(
        shift.portal.dossiers[code].status,
        Status::SupplementRequested
    );
    let slip = shift
        .portal
        .slips
        .iter()
        .find(|s| s.kind == SlipKind::SupplementRequest)
        .unwrap();
    assert!(
        slip.electronic,
        "an online dossier gets its slip electronically"
    );
    assert!(
        matches!(shift.actions.last().map(|(_, a)| a), Some(Action::RequestSupplement { dossier: Some(d), .. }) if d == code)
    );
}
