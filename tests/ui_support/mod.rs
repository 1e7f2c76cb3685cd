//! Shared helpers of the UI tests: a harness around the real app, and small steps.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
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

/// A harness around the real app (fonts embedded, missing glyphs and unnamed widgets panic).
pub fn harness(app: App) -> Harness<'static, App> {
    Harness::builder()
        .with_size(egui::vec2(1366.0, 1200.0))
        .with_max_steps(12)
        .with_context_setup(|ctx| {
            setup_context(ctx);
            // Instant scrolling, so a click lands where the widget is now.
            ctx.all_styles_mut(|s| {
                s.scroll_animation = egui::style::ScrollAnimation::none();
                s.animation_time = 0.0;
            });
        })
        .build_ui_state(|ui, app: &mut App| app.app_ui(ui), app)
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
