//! Pictures of the heart of the app — the counter, the portal, the debrief — in Vietnamese
//! and Bengali, compared with the images under `tests/snapshots/`.
//!
//! They are rendered by wgpu on Mesa lavapipe (`apt-get install mesa-vulkan-drivers`), the
//! same software renderer everywhere, so images are stable. On a developer's machine without
//! lavapipe the comparison is skipped with a printed notice; under `CI` (set by `.ci/run` and
//! by CI services) a missing lavapipe fails the tests, so CI always compares.
//! Update the images on purpose with `UPDATE_SNAPSHOTS=1 cargo test --test ui_snapshots`.
#![cfg(feature = "gui")]

mod ui_support;

use egui_kittest::wgpu::WgpuTestRenderer;
use egui_kittest::{Harness, SnapshotResults};
use motcua::scenario::Mode;
use motcua::scenario::load::read_ron;
use motcua::sim::Action;
use motcua::text::Lang;
use motcua::ui::App;
use motcua::ui::counter::portal::PortalTab;
use ui_support::*;

fn script(name: &str) -> Vec<Action> {
    read_ron(&pack_root().join("tutorial-birth").join(name)).unwrap()
}

/// The app in a given language after the first `n` expert actions.
fn scene(dir: &std::path::Path, lang: Lang, path: &str, n: usize) -> App {
    let mut app = app(dir);
    app.set_language(lang);
    start(&mut app, "tutorial-birth", Mode::Practice);
    for a in script(path).into_iter().take(n) {
        app.apply(a).unwrap();
    }
    app.wait_for_background();
    app
}

fn shoot(
    results: &mut SnapshotResults,
    renderer: WgpuTestRenderer,
    app: App,
    name: &str,
    setup: impl FnOnce(&mut App),
) {
    let mut app = app;
    // The counter screen follows the citizen at the counter; start already following.
    app.counter.visit_of = app.session.as_ref().and_then(|s| s.shift.counter);
    setup(&mut app);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 800.0))
        .with_context_setup(motcua::ui::setup_context)
        .renderer(renderer)
        .build_ui_state(|ui, app: &mut App| app.app_ui(ui), app);
    h.run_ok();
    h.snapshot(name);
    results.extend(h.take_snapshot_results());
}

#[test]
fn counter_portal_and_debrief_look_right_in_vietnamese_and_bengali() {
    if lavapipe().is_none() {
        return;
    }
    let mut results = SnapshotResults::default();
    for (lang, tag) in [(Lang::Vi, "vi"), (Lang::Bn, "bn")] {
        let dir = tempfile::tempdir().unwrap();
        // The counter: citizen 1 with her papers, a comparison made, the form on the desk.
        let Some(r) = lavapipe() else { return };
        shoot(
            &mut results,
            r,
            scene(dir.path(), lang, "expert.ron", 9),
            &format!("counter_{tag}"),
            |app| {
                app.counter.selected_doc = Some("c1-form".into());
            },
        );
        // The portal: the dossier received and transferred, the dossier list open.
        let dir = tempfile::tempdir().unwrap();
        let Some(r) = lavapipe() else { return };
        shoot(
            &mut results,
            r,
            scene(dir.path(), lang, "expert.ron", 15),
            &format!("portal_{tag}"),
            |app| {
                app.counter.portal.tab = PortalTab::Processing;
                app.counter.selected_doc = Some("c1-notice".into());
            },
        );
        let dir = tempfile::tempdir().unwrap();
        let Some(r) = lavapipe() else { return };
        // The debrief of the careless path: mistakes marked with their rules.
        let n = script("careless.ron").len();
        shoot(
            &mut results,
            r,
            scene(dir.path(), lang, "careless.ron", n),
            &format!("debrief_{tag}"),
            same_saved_path,
        );
    }
}

#[test]
fn an_online_dossier_under_review_looks_right() {
    let Some(r) = lavapipe() else { return };
    let mut results = SnapshotResults::default();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    start(&mut app, "collecting-results", Mode::Exam);
    app.wait_for_background();
    shoot(&mut results, r, app, "online_review_vi", |app| {
        app.counter.portal.online = Some("H50.12-261130-0022".into());
    });
}

/// The debrief's review of the papers: the tutorial with the photocopy found, the mother's
/// name missed and a seal flagged that was there — drawn on the papers (a tall window, so
/// that the summary column shows the review whole).
#[test]
fn the_debrief_draws_on_the_papers_what_was_found_missed_and_wrongly_flagged() {
    use motcua::scenario::DefectKind;
    use motcua::sim::Claim;
    let Some(r) = lavapipe() else { return };
    let mut results = SnapshotResults::default();
    let dir = tempfile::tempdir().unwrap();
    let mut app = app(dir.path());
    start(&mut app, "tutorial-birth", Mode::Practice);
    let flag = |document: &str, defect| Action::Flag {
        claim: Claim::OnPaper {
            document: document.into(),
            field: None,
            defect,
        },
    };
    for a in [
        Action::CallNext,
        flag("c1-notice", DefectKind::MissingStamp),
        Action::Dismiss,
        Action::CallNext,
        flag("c2-notice-copy", DefectKind::PhotocopyOnly),
        Action::Dismiss,
        Action::CallNext,
        Action::Dismiss,
        Action::EndShift,
    ] {
        app.apply(a).unwrap();
    }
    app.wait_for_background();
    same_saved_path(&mut app);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 2300.0))
        .with_context_setup(motcua::ui::setup_context)
        .renderer(r)
        .build_ui_state(|ui, app: &mut App| app.app_ui(ui), app);
    h.run_ok();
    // Open every case of the review.
    for label in [
        "Trần Thị Mai: phát hiện 0/0 sai sót, 1 đánh dấu nhầm",
        "Nguyễn Thị Lành: phát hiện 1/1 sai sót, 0 đánh dấu nhầm",
        "Lê Văn Hùng: phát hiện 0/1 sai sót, 0 đánh dấu nhầm",
    ] {
        click(&mut h, label);
    }
    h.run_ok();
    h.snapshot("debrief_papers_vi");
    results.extend(h.take_snapshot_results());
}
