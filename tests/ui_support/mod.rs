//! Shared helpers of the UI tests: a harness around the real app, and small steps.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use egui_kittest::wgpu::{WgpuTestRenderer, create_render_state, default_wgpu_setup};
use motcua::scenario::Mode;
use motcua::scenario::load::read_ron;
use motcua::sim::Action;
use motcua::ui::{App, AppOptions, setup_context};

/// The shipped scenario pack.
pub fn pack_root() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))
}

/// A new app using `data` as its data folder, with the pack loaded.
pub fn app(data: &Path) -> App {
    let mut app = App::new(AppOptions {
        data_dir: Some(data.to_path_buf()),
        pack_dir: Some(pack_root()),
        measure: None,
    });
    app.wait_for_background();
    app
}

/// A harness builder of `size` for the real app: its fonts and styles, instant scrolling
/// (so a click lands where the widget is now), no animation.
pub fn builder(size: (f32, f32)) -> egui_kittest::HarnessBuilder<App> {
    Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        .with_max_steps(12)
        .with_context_setup(|ctx| {
            setup_context(ctx);
            ctx.all_styles_mut(|s| {
                s.scroll_animation = egui::style::ScrollAnimation::none();
                s.animation_time = 0.0;
            });
        })
}

/// A harness around the real app (fonts embedded, missing glyphs and unnamed widgets panic).
pub fn harness(app: App) -> Harness<'static, App> {
    builder((1366.0, 1200.0)).build_ui_state(|ui, app: &mut App| app.app_ui(ui), app)
}

/// Replaces the text of the field labelled `label` by `text` (no Enter).
pub fn retype(h: &mut Harness<'_, App>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::TextInput, label).focus();
    h.run_ok();
    for _ in 0..40 {
        h.key_press(egui::Key::Backspace);
    }
    h.run_ok();
    h.get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    h.run_ok();
}

/// Clicks the one widget with this label, then lets the UI settle.
#[track_caller]
pub fn click(h: &mut Harness<'_, App>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run_steps(4);
    h.get_by_label(label).click();
    h.run_ok();
}

/// Clicks the one widget with this label and role.
#[track_caller]
pub fn click_role(h: &mut Harness<'_, App>, label: &str, role: Role) {
    h.get_by_role_and_label(role, label).scroll_to_me();
    h.run_ok();
    h.get_by_role_and_label(role, label).click();
    h.run_ok();
}

/// Types into the text field with this label and presses Enter.
#[track_caller]
pub fn type_into(h: &mut Harness<'_, App>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::TextInput, label)
        .scroll_to_me();
    h.run_ok();
    let node = h.get_by_role_and_label(Role::TextInput, label);
    node.focus();
    h.run_ok();
    h.get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    h.run_ok();
    h.key_press(egui::Key::Enter);
    h.run_ok();
}

/// The shipped scenario `id` from the app's loaded pack.
pub fn scenario(app: &App, id: &str) -> std::sync::Arc<motcua::scenario::Scenario> {
    app.pack
        .as_ref()
        .and_then(|p| p.get(id))
        .cloned()
        .unwrap_or_else(|| panic!("the pack holds {id}"))
}

/// Starts a shift of the shipped scenario `scenario` on seed 1, past its briefing.
pub fn start(app: &mut App, scenario: &str, mode: Mode) {
    let s = self::scenario(app, scenario);
    app.start_shift(s, 1, mode, None);
    app.enter_counter();
}

/// The app on `scenario`, with the scenario's expert path played up to and including its
/// `calls`-th call of the next citizen.
pub fn at_citizen(dir: &std::path::Path, scenario: &str, calls: usize) -> App {
    let mut app = app(dir);
    start(&mut app, scenario, Mode::Practice);
    let script: Vec<Action> = read_ron(&pack_root().join(scenario).join("expert.ron")).unwrap();
    let mut seen = 0;
    for a in script {
        let call = a == Action::CallNext;
        app.apply(a).unwrap();
        if call {
            seen += 1;
            if seen == calls {
                break;
            }
        }
    }
    app.wait_for_background();
    app.counter.visit_of = app.session.as_ref().and_then(|s| s.shift.counter);
    app
}

/// Lets background work finish and the UI settle.
pub fn settle(h: &mut Harness<'_, App>) {
    h.state_mut().wait_for_background();
    h.run_ok();
}

/// Chooses a procedure in the portal's "Thủ tục" box.
#[track_caller]
pub fn choose_procedure(h: &mut Harness<'_, App>, name: &str) {
    click_role(h, "Thủ tục", Role::ComboBox);
    h.get_all_by_role_and_label(Role::Button, name)
        .last()
        .expect("procedure in the list")
        .click();
    h.run_ok();
}

/// A lavapipe renderer (wgpu on Mesa's software Vulkan, the same everywhere), or `None`
/// with a notice when this machine has none; under `CI` a missing renderer is a failure,
/// so CI always compares images.
pub fn lavapipe() -> Option<WgpuTestRenderer> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let state =
        std::panic::catch_unwind(|| create_render_state(default_wgpu_setup(), Default::default()));
    std::panic::set_hook(previous);
    let reason = match state {
        Ok(state) => {
            let info = state.adapter.get_info();
            let name = info.name.to_lowercase();
            if format!("{:?}", info.backend) == "Vulkan" && name.contains("llvmpipe") {
                return Some(WgpuTestRenderer::from_render_state(state));
            }
            format!(
                "the adapter is {} ({:?}), not lavapipe",
                info.name, info.backend
            )
        }
        Err(_) => "no wgpu adapter".to_owned(),
    };
    // On CI the comparison must happen: a missing renderer is a failure there, not a skip.
    if std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false" && v != "0") {
        panic!(
            "snapshot comparison impossible on CI: {reason}. `.ci/run` installs mesa-vulkan-drivers; check that step."
        );
    }
    println!(
        "NOTICE: snapshot comparison skipped: {reason}. Install mesa-vulkan-drivers to compare (under CI=true this fails)."
    );
    None
}

/// The debrief says where the result was saved: a temporary folder and the time of day in
/// a test, so every picture shows one fixed path instead.
pub fn same_saved_path(app: &mut App) {
    if let Some(d) = &mut app.debrief {
        let path = "/home/hv/.local/share/motcua/results/tutorial-birth-1-1764490000.motcua";
        d.saved = Some(Ok(path.into()));
    }
}

/// A finished shift of the tutorial for `trainee` in the session `code`, written into
/// `folder`: the expert's (`expert`), else the careless clerk's; `cut` ends it after that
/// many actions.
pub fn result_file(
    folder: &std::path::Path,
    app: &App,
    code: &motcua::session::SessionCode,
    trainee: &str,
    expert: bool,
    cut: Option<usize>,
) -> std::path::PathBuf {
    let scenario = self::scenario(app, "tutorial-birth");
    let seed = code.plan().seed_for(trainee);
    let mut shift = motcua::sim::Shift::new(scenario.clone(), seed, code.plan().mode);
    if expert {
        motcua::expert::finish(&mut shift).unwrap();
    } else {
        let script: Vec<motcua::sim::Action> = motcua::scenario::load::read_ron(
            &pack_root().join("tutorial-birth").join("careless.ron"),
        )
        .unwrap();
        for a in script {
            // A step written for another day may not apply: it then changes nothing.
            let _ = shift.apply(a);
        }
    }
    if let Some(n) = cut {
        let actions: Vec<motcua::sim::Action> = shift
            .actions
            .iter()
            .take(n)
            .map(|(_, a)| a.clone())
            .collect();
        shift = motcua::sim::Shift::new(scenario, seed, code.plan().mode);
        for a in actions {
            shift.apply(a).unwrap();
        }
    }
    if !shift.ended {
        shift.apply(motcua::sim::Action::EndShift).unwrap();
    }
    let path = folder.join(format!(
        "{}.motcua",
        motcua::session::seat_key(trainee).replace(' ', "-")
    ));
    motcua::record::result::write_result(&path, &shift, trainee, Some(code.as_str())).unwrap();
    path
}

/// A conference class in `dir/lop`, the results folder of the app returned: three trainees
/// of the session returned (the expert, the careless clerk, a shift cut short), a copy of
/// the first renamed by hand (tampered) and a result of another session.
pub fn class_app(dir: &std::path::Path) -> (App, motcua::session::SessionCode) {
    let mut app = app(dir);
    let folder = dir.join("lop");
    std::fs::create_dir_all(&folder).unwrap();
    let code = motcua::session::SessionPlan::new(
        "tutorial-birth",
        motcua::scenario::Mode::Exam,
        motcua::session::Seeding::PerSeat,
        2026,
    )
    .code();
    let an = result_file(&folder, &app, &code, "Nguyễn Văn An", true, None);
    result_file(&folder, &app, &code, "Trần Thị Bình", false, None);
    result_file(&folder, &app, &code, "Lê Văn Cường", true, Some(12));
    // An's result renamed by hand to someone else: its seal no longer holds.
    let text = std::fs::read_to_string(&an)
        .unwrap()
        .replace("Nguyễn Văn An", "Đỗ Văn Giả");
    std::fs::write(folder.join("do-van-gia.motcua"), text).unwrap();
    let other = motcua::session::SessionPlan::new(
        "tutorial-birth",
        motcua::scenario::Mode::Exam,
        motcua::session::Seeding::PerSeat,
        99,
    )
    .code();
    result_file(&folder, &app, &other, "Vũ Thị Khác", true, None);
    app.settings.results_folder = Some(folder);
    (app, code)
}
