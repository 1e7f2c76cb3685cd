//! Every screen a trainee meets in a shift, at the two screen sizes of commune PCs
//! (1024x768 and 1366x768), in Vietnamese and Bengali: home, the counter (papers, scanner,
//! each portal tab), a slip and the debrief, compared with the images under
//! `tests/snapshots/` (named `screen_<what>_<width>_<lang>`).
//!
//! Rendered by wgpu on Mesa lavapipe like `ui_snapshots.rs` (a missing lavapipe is a notice
//! on a developer's machine and a failure under `CI`). Update the images on purpose with
//! `UPDATE_SNAPSHOTS=1 cargo test --test ui_screens`. `ui_layout.rs` checks the same
//! screens' geometry without a renderer.
#![cfg(feature = "gui")]

mod ui_support;

use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, SnapshotResults};
use motcua::scenario::Mode;
use motcua::scenario::load::read_ron;
use motcua::sim::Action;
use motcua::text::Lang;
use motcua::ui::App;
use motcua::ui::app::Screen;
use motcua::ui::counter::portal::PortalTab;
use ui_support::*;

const SIZES: [(f32, f32); 2] = [(1024.0, 768.0), (1366.0, 768.0)];
const LANGS: [(Lang, &str); 2] = [(Lang::Vi, "vi"), (Lang::Bn, "bn")];

/// Takes one picture of `app` at `size`, after `setup` (which may click).
fn shoot(
    results: &mut SnapshotResults,
    app: App,
    size: (f32, f32),
    name: &str,
    setup: impl FnOnce(&mut Harness<'_, App>),
) -> bool {
    let Some(renderer) = lavapipe() else {
        return false;
    };
    let mut h = builder(size)
        .renderer(renderer)
        .build_ui_state(|ui, app: &mut App| app.app_ui(ui), app);
    h.run_ok();
    setup(&mut h);
    h.run_steps(3);
    if h.state().screen == Screen::Home {
        mask_data_folder(&mut h);
    }
    h.snapshot(name);
    results.extend(h.take_snapshot_results());
    true
}

/// Hides the path of the data folder on the home screen: a new temporary folder on every
/// run.
fn mask_data_folder(h: &mut Harness<'_, App>) {
    let path = h
        .state()
        .paths
        .as_ref()
        .map(|p| p.root.display().to_string());
    let folder = h.state().locale.tr_args(
        "settings-data-folder",
        &[("path", path.unwrap_or_default())],
    );
    let rect = h.get_by_label(&folder).rect();
    h.mask(rect);
}

/// The tutorial in `lang` with the expert path played up to its `calls`-th call, the
/// citizen's first paper open.
fn at(dir: &std::path::Path, lang: Lang, calls: usize) -> App {
    let mut app = at_citizen(dir, "tutorial-birth", calls);
    app.set_language(lang);
    // The first paper of the citizen at the counter lies open on the desk.
    app.counter.selected_doc = app
        .session
        .as_ref()
        .and_then(|s| s.shift.at_counter())
        .and_then(|c| c.arrival.documents.first())
        .map(|d| d.id.clone());
    app
}

fn home(dir: &std::path::Path, lang: Lang) -> App {
    let mut app = app(dir);
    app.set_language(lang);
    app.screen = Screen::Home;
    app
}

/// The briefing before an exam shift of the hard scenario joined with a session code.
fn briefing(dir: &std::path::Path, lang: Lang) -> App {
    let mut app = app(dir);
    app.set_language(lang);
    let scenario = scenario(&app, "hard-shift");
    app.start_shift(scenario, 77, Mode::Exam, Some("hard-shift/77".into()));
    app
}

fn debrief(dir: &std::path::Path, lang: Lang) -> App {
    let mut app = app(dir);
    app.set_language(lang);
    start(&mut app, "tutorial-birth", Mode::Practice);
    let script: Vec<Action> =
        read_ron(&pack_root().join("tutorial-birth").join("careless.ron")).unwrap();
    for a in script {
        app.apply(a).unwrap();
    }
    app.wait_for_background();
    // The saved file's name carries a temporary folder and the time: one fixed path.
    same_saved_path(&mut app);
    app
}

#[test]
fn every_screen_at_1024_and_1366_in_vietnamese_and_bengali() {
    let mut results = SnapshotResults::default();
    for size in SIZES {
        let w = size.0 as u32;
        for (lang, tag) in LANGS {
            let dir = tempfile::tempdir().unwrap();
            let name = |what: &str| format!("screen_{what}_{w}_{tag}");
            let home_shot = shoot(
                &mut results,
                home(dir.path(), lang),
                size,
                &name("home"),
                |_| {},
            );
            if !home_shot {
                return;
            }
            // The briefing of the hard shift: a long queue, exam mode with a session code.
            shoot(
                &mut results,
                briefing(dir.path(), lang),
                size,
                &name("briefing"),
                |_| {},
            );
            shoot(
                &mut results,
                at(dir.path(), lang, 1),
                size,
                &name("counter_papers"),
                |_| {},
            );
            shoot(
                &mut results,
                at(dir.path(), lang, 1),
                size,
                &name("counter_scanner"),
                |h| {
                    // The scanner lies under the papers: scroll the desk to its button.
                    let scan = h.state().locale.tr("scanner-scan");
                    h.get_by_label(&scan).scroll_to_me();
                },
            );
            for (tab, what) in [
                (PortalTab::Reception, "portal_reception"),
                (PortalTab::Processing, "portal_processing"),
                (PortalTab::Return, "portal_return"),
                (PortalTab::Lookup, "portal_lookup"),
            ] {
                let mut app = at(dir.path(), lang, 2);
                app.counter.portal.tab = tab;
                if tab == PortalTab::Lookup {
                    // A procedure page open.
                    let code = app
                        .session
                        .as_ref()
                        .and_then(|s| s.shift.scenario.catalog.procedures.keys().next().cloned());
                    if let Some(code) = code {
                        app.counter.portal.procedure = Some(code.clone());
                        app.apply(Action::LookUpProcedure { procedure: code })
                            .unwrap();
                    }
                }
                shoot(&mut results, app, size, &name(what), |_| {});
            }
            let mut app = at(dir.path(), lang, 2);
            app.counter.slip = app
                .session
                .as_ref()
                .and_then(|s| s.shift.portal.slips.first())
                .map(|s| s.number);
            shoot(&mut results, app, size, &name("slip"), |_| {});
            shoot(
                &mut results,
                debrief(dir.path(), lang),
                size,
                &name("debrief"),
                |_| {},
            );
        }
    }
}
