//! The clerk's own side of the system in the app (issue 13, item 2): the portal window shows
//! its login page until the clerk logs in (and again after the session timed out), the
//! scanner signs a scan, and the dossier list signs a held dossier's scans. At 1024x768.
#![cfg(feature = "gui")]

mod ui_support;

use egui_kittest::kittest::Queryable;
use motcua::sim::{Action, ScanSettings};
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

#[test]
fn the_clerk_logs_in_from_the_portal_window_and_signs_a_scan_in_the_scanner() {
    let dir = tempfile::tempdir().unwrap();
    // The first citizen is at the counter; nobody has logged in yet.
    let app = at_citizen(dir.path(), "clerk-system-day", 1);
    let mut h = small_harness(app);
    h.run_ok();
    assert!(!shift(&h).portal_session_live());
    assert!(
        h.query_by_label("Đăng nhập bằng tài khoản công chức của bạn (tài khoản do tỉnh cấp) để làm việc trên hệ thống.")
            .is_some(),
        "the portal shows its login page"
    );
    click(&mut h, "Đăng nhập");
    assert!(shift(&h).portal_session_live());
    assert_eq!(
        shift(&h).actions.last().map(|(_, a)| a),
        Some(&Action::LogIn)
    );
    // A scan of the first paper, then the scanner's Sign button under it.
    h.state_mut()
        .apply(Action::Scan {
            document: "c1-form".into(),
            settings: ScanSettings::default(),
        })
        .expect("scan");
    h.run_ok();
    click(&mut h, "Ký số bản 1");
    assert!(shift(&h).scan_signed(1));
    assert!(
        h.query_by_label("Đã ký số").is_some(),
        "the scan shows it is signed"
    );
}

#[test]
fn after_a_pause_the_login_page_returns_and_the_dossier_list_signs_held_scans() {
    let dir = tempfile::tempdir().unwrap();
    let app = at_citizen(dir.path(), "clerk-system-day", 1);
    let mut h = small_harness(app);
    for action in [
        Action::LogIn,
        Action::CreateDossier {
            procedure: "death-registration".into(),
        },
        Action::Scan {
            document: "c1-form".into(),
            settings: ScanSettings::default(),
        },
    ] {
        h.state_mut().apply(action).expect("the clerk's steps");
    }
    let code = shift(&h)
        .portal
        .dossiers
        .values()
        .find(|d| d.draft)
        .map(|d| d.code.clone())
        .expect("the dossier being entered");
    h.state_mut()
        .apply(Action::Attach {
            dossier: code.clone(),
            scan: 1,
            component: "declaration".into(),
        })
        .expect("attach");
    let today = shift(&h).scenario().file.shift.date;
    h.state_mut()
        .apply(Action::IssueReceipt {
            dossier: code.clone(),
            appointment: today,
        })
        .expect("receipt");
    let timeout = shift(&h)
        .scenario()
        .file
        .staff_system
        .as_ref()
        .expect("staff system")
        .session_timeout_minutes;
    h.state_mut()
        .apply(Action::Wait { minutes: timeout })
        .expect("a pause");
    h.run_ok();
    assert!(
        h.query_by_label("Phiên làm việc đã hết do lâu không thao tác. Đăng nhập lại để tiếp tục.")
            .is_some(),
        "the login page says the session timed out"
    );
    click(&mut h, "Đăng nhập");
    click(&mut h, "Xử lý hồ sơ");
    click(&mut h, "Ký số bản quét số 1 (còn 1 bản chưa ký)");
    assert!(shift(&h).scan_signed(1));
}

#[test]
fn a_ready_result_is_digitized_from_the_return_tab() {
    let dir = tempfile::tempdir().unwrap();
    // The seventh citizen comes for the household business certificate that is ready.
    let app = at_citizen(dir.path(), "clerk-system-day", 7);
    let mut h = small_harness(app);
    let code = "H50.12-261125-0004";
    assert!(!shift(&h).result_digitized(code));
    if !shift(&h).portal_session_live() {
        click(&mut h, "Đăng nhập");
    }
    click(&mut h, "Trả kết quả");
    click(&mut h, "Số hóa kết quả");
    assert!(shift(&h).result_digitized(code));
    assert!(h.query_by_label("Kết quả đã số hóa").is_some());
}

#[test]
fn the_scanner_certifies_an_e_copy_of_a_signed_original() {
    let dir = tempfile::tempdir().unwrap();
    // The second citizen, the student, asks for an electronic copy of her school record.
    let app = at_citizen(dir.path(), "clerk-system-day", 2);
    let mut h = small_harness(app);
    for action in [
        Action::LogIn,
        Action::CreateDossier {
            procedure: "copy-certification".into(),
        },
        Action::Scan {
            document: "e1-record".into(),
            settings: ScanSettings::default(),
        },
    ] {
        if action == Action::LogIn && shift(&h).portal_session_live() {
            continue;
        }
        h.state_mut().apply(action).expect("the clerk's steps");
    }
    h.run_ok();
    let scan = shift(&h).scans.len() as u32;
    click(&mut h, &format!("Ký số bản {scan}"));
    click(
        &mut h,
        &format!("Chứng thực bản sao điện tử từ bản quét {scan}"),
    );
    assert!(shift(&h).e_copy_certified(scan));
    assert!(h.query_by_label("Đã chứng thực bản sao điện tử").is_some());
}
