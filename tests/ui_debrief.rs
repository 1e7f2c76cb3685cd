//! The debrief as the trainee and the instructor meet it: every finished shift — practice,
//! exam, conference — leaves its sealed result file in the results folder without a click,
//! and the file verifies; a folder that cannot be written is said, with its path, and the
//! result stays exportable; "play again from here" only in practice; no "new best" on a
//! failed shift; the costliest mistakes open the debrief.
#![cfg(feature = "gui")]

mod ui_support;

use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable;
use motcua::record::source::ScenarioSource;
use motcua::record::verify::verify_file;
use motcua::scenario::Mode;
use motcua::scenario::load::read_ron;
use motcua::sim::Action;
use motcua::ui::App;
use motcua::ui::app::Screen;
use ui_support::*;

const NEW_BEST: &str = "Điểm cao nhất mới!";

/// The app in `data` after the tutorial's careless path (it fails: defective dossiers
/// received, wrong deadlines) in `mode`, with the conference `code` if any, graded.
fn careless_shift(data: &Path, mode: Mode, code: Option<&str>) -> App {
    let mut app = app(data);
    let scenario = scenario(&app, "tutorial-birth");
    app.start_shift(scenario, 1, mode, code.map(str::to_owned));
    let careless: Vec<Action> = read_ron(&pack_root().join("tutorial-birth/careless.ron")).unwrap();
    for a in careless {
        app.apply(a).unwrap();
    }
    app.wait_for_background();
    app
}

/// Where the debrief says the result was saved automatically.
fn saved_path(app: &App) -> PathBuf {
    let d = app.debrief.as_ref().expect("a debrief");
    match &d.saved {
        Some(Ok(path)) => path.clone(),
        other => panic!("the result was not saved: {other:?}"),
    }
}

#[test]
fn every_finished_shift_leaves_a_sealed_result_that_verifies() {
    let source = ScenarioSource::new(pack_root());
    for (mode, code) in [
        (Mode::Practice, None),
        (Mode::Exam, None),
        (Mode::Exam, Some("lop-3/2026")),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let app = careless_shift(dir.path(), mode, code);
        let path = saved_path(&app);
        assert_eq!(path.parent(), Some(dir.path().join("results").as_path()));
        assert!(path.is_file(), "{mode:?} {code:?}: {}", path.display());
        let report = verify_file(&path, &source);
        assert!(report.authentic, "{mode:?} {code:?}: {report:?}");
        // Saved: the journal of the ended shift is no longer needed.
        assert!(
            !dir.path().join("current-shift.journal").exists(),
            "{mode:?} {code:?}: the journal of a saved result is removed"
        );
        // The debrief says where, in the trainee's language.
        let mut h = harness(app);
        settle(&mut h);
        let said = format!("Kết quả đã được tự động lưu: {}", path.display());
        assert_eq!(h.query_all_by_label(&said).count(), 1, "{mode:?} {code:?}");
    }
}

#[test]
fn a_chosen_results_folder_is_used() {
    let dir = tempfile::tempdir().unwrap();
    let chosen = dir.path().join("lớp 3/kết quả");
    let mut app = app(dir.path());
    app.settings.results_folder = Some(chosen.clone());
    let scenario = scenario(&app, "tutorial-birth");
    app.start_shift(scenario, 1, Mode::Practice, None);
    app.apply(Action::EndShift).unwrap();
    app.wait_for_background();
    let path = saved_path(&app);
    assert_eq!(path.parent(), Some(chosen.as_path()));
    assert!(path.is_file());
}

#[test]
fn a_folder_that_cannot_be_written_is_named_and_the_result_stays_exportable() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the folder should be: no one, not even root, can make the folder.
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "x").unwrap();
    let folder = blocker.join("results");
    let mut app = app(dir.path());
    app.settings.results_folder = Some(folder.clone());
    let scenario = scenario(&app, "tutorial-birth");
    app.start_shift(scenario, 1, Mode::Exam, None);
    app.apply(Action::EndShift).unwrap();
    app.wait_for_background();
    let d = app.debrief.as_ref().unwrap();
    let Some(Err(e)) = &d.saved else {
        panic!("saving into {} must fail: {:?}", folder.display(), d.saved);
    };
    let message = motcua::ui::record_error::record_error_text(
        &app.locale,
        motcua::ui::record_error::RecordTask::SaveResult,
        e,
    );
    let start = format!("Không tự lưu được tệp kết quả {}", folder.display());
    assert!(message.starts_with(&start), "{message}");
    assert!(message.contains("Xuất tệp kết quả"), "{message}");
    // The result is kept: a copy can still be written elsewhere, and it verifies.
    let elsewhere = dir.path().join("copy.motcua");
    let written = d
        .export_to(&elsewhere)
        .expect("the result stays exportable");
    assert_eq!(written, elsewhere);
    let report = verify_file(&elsewhere, &ScenarioSource::new(pack_root()));
    assert!(report.authentic, "{report:?}");
    // Saved nowhere yet: the journal keeps the ended shift, so a crash now loses nothing
    // (the next start offers it again and saves it).
    assert!(
        dir.path().join("current-shift.journal").is_file(),
        "the journal stays while the result is in no file"
    );
    let mut h = harness(app);
    settle(&mut h);
    assert_eq!(
        h.query_all_by_label(&message).count(),
        1,
        "the message is on screen"
    );
}

#[test]
fn play_again_is_offered_in_practice_only() {
    for (mode, code, offered) in [
        (Mode::Practice, None, true),
        (Mode::Exam, None, false),
        (Mode::Practice, Some("lop-3/2026"), false),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let app = careless_shift(dir.path(), mode, code);
        let mut h = harness(app);
        settle(&mut h);
        assert_eq!(h.state().screen, Screen::Debrief);
        let rows = h.query_all_by_label_contains("Chơi lại từ đây").count();
        let from_start = h.query_all_by_label("Làm lại từ đầu").count();
        if offered {
            assert!(rows > 0 && from_start == 1, "{mode:?} {code:?}");
        } else {
            assert_eq!((rows, from_start), (0, 0), "{mode:?} {code:?}");
            h.state_mut().play_again_from(2);
            assert_eq!(h.state().screen, Screen::Debrief, "nothing to replay");
        }
    }
}

#[test]
fn a_failed_shift_is_never_a_new_best() {
    let dir = tempfile::tempdir().unwrap();
    let app = careless_shift(dir.path(), Mode::Practice, None);
    let d = app.debrief.as_ref().unwrap();
    let report = &d.data.as_ref().unwrap().report;
    assert!(!report.passed, "the careless path fails");
    assert!(!d.new_best);
    // Its total is kept as the best so far, without the announcement.
    assert_eq!(app.progress.best.get("tutorial-birth"), Some(&report.total));
    let mut h = harness(app);
    settle(&mut h);
    assert_eq!(h.query_all_by_label(NEW_BEST).count(), 0);
}

#[test]
fn the_costliest_mistakes_open_the_debrief_and_lead_to_their_moment() {
    let dir = tempfile::tempdir().unwrap();
    let app = careless_shift(dir.path(), Mode::Practice, None);
    let mut h = harness(app);
    settle(&mut h);
    assert_eq!(
        h.query_all_by_label("Ba lỗi làm mất nhiều điểm nhất")
            .count(),
        1
    );
    // Each of the three has its moment; opening the first shows the papers of its case.
    let moments = h.query_all_by_label_contains("Xem lúc").count();
    assert_eq!(moments, 3);
    // It sits at the top, in view: no scrolling needed.
    h.query_all_by_label_contains("Xem lúc")
        .next()
        .unwrap()
        .click();
    h.run_ok();
    assert_eq!(h.state().debrief.as_ref().unwrap().focus, Some(0));
}

#[test]
fn without_a_file_dialog_the_debrief_names_the_folder_that_holds_the_result() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = careless_shift(dir.path(), Mode::Exam, None);
    let folder = dir.path().join("results");
    app.debrief.as_mut().unwrap().export =
        Some(motcua::ui::debrief::Exported::NoDialog(folder.clone()));
    let mut h = harness(app);
    settle(&mut h);
    let said = format!(
        "Máy này không mở được hộp chọn tệp. Tệp kết quả đã nằm trong thư mục {}.",
        folder.display()
    );
    assert_eq!(h.query_all_by_label(&said).count(), 1);
}

#[test]
fn the_debrief_shows_the_queues_waiting_cost_beside_the_kpis() {
    let dir = tempfile::tempdir().unwrap();
    let app = careless_shift(dir.path(), Mode::Practice, None);
    let debrief = app.debrief.as_ref().expect("a debrief");
    let report = &debrief.data.as_ref().expect("graded").report;
    let minutes = format!("{:.0}", report.kpis.queue_wait_minutes);
    let mut h = harness(app);
    settle(&mut h);
    let said = format!(
        "Thời gian chờ của hàng đợi: {minutes} phút-người (chờ gọi số, và ở kiosk mà không nộp được)"
    );
    assert_eq!(h.query_all_by_label(&said).count(), 1, "{said}");
}
