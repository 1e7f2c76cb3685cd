//! The desktop app (feature `gui`): egui on OpenGL 2 (glow), for old PCs and offline rooms.
//!
//! The app only turns clicks into [`crate::sim::Action`]s and draws core state: no rule,
//! score or date is computed here. Each screen is one module:
//! - [`home`] — resume, self-study curriculum, conference mode (joining a session:
//!   [`join`]), settings;
//! - [`briefing`] — before each shift: situation, objectives, the queue, the mode;
//! - [`counter`] — the shift: the citizen, the desk with the papers, the scanner, the mocked
//!   portal and its slips, the status bar;
//! - [`debrief`] — score, KPIs, the timeline with each mistake and its rule, the expert path,
//!   play again from any moment, export of the result file;
//! - [`instructor`] — instructor mode: create a session, the class dashboard.
//!
//! [`app::App`] holds the state shared by the screens: settings, progress, the loaded pack
//! and the [`session::Session`] (the core [`crate::sim::Shift`] plus its crash-safe journal:
//! every applied action is appended and synced before the next one, so killing the app loses
//! nothing). Long work — loading the pack, grading, replaying the expert path — runs on a
//! background thread ([`jobs`]) with a progress bar.
//!
//! All text comes from Fluent (`locales/<lang>/ui.ftl` and `core.ftl`); fonts are embedded
//! ([`fonts`]).

pub mod app;
pub mod briefing;
pub mod counter;
pub mod debrief;
pub mod delivery;
pub mod describe;
pub mod fonts;
pub mod home;
pub mod instructor;
pub mod jobs;
pub mod join;
pub mod pack;
pub mod record_error;
pub mod review;
pub mod session;
pub mod settings;
pub mod style;

pub use app::{App, AppOptions};

use std::time::Instant;

/// Environment variable that makes the app print its time to the first interactive frame
/// (home screen with the scenarios listed) and exit: `MOTCUA_MEASURE=1`.
pub const MEASURE_ENV: &str = "MOTCUA_MEASURE";

/// The app's icon (`assets/icon/make-icon.sh` draws it), 64x64 PNG.
pub const APP_ICON_PNG: &[u8] = include_bytes!("../../assets/icon/motcua-64.png");

/// Prepares a context for the app: embedded fonts and the base style. Tests call it from
/// the harness's context setup; [`run`] calls it at creation.
pub fn setup_context(ctx: &egui::Context) {
    fonts::install(ctx);
    style::apply(ctx, &settings::Settings::default());
}

/// Opens the desktop app window and runs until it is closed.
pub fn run() -> std::process::ExitCode {
    let started = Instant::now();
    let measure = std::env::var_os(MEASURE_ENV).is_some();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Một Cửa")
        .with_app_id("motcua")
        // Commune PCs have 1024x768 or 1366x768 screens: open maximized, so the window
        // never reaches below the taskbar; 1280x800 is its size once restored. On Windows
        // the app maximizes itself after its first frame ([`App`]): maximized at creation,
        // the first frame came 2 s later under Wine.
        .with_maximized(!cfg!(windows))
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([960.0, 640.0]);
    // The window and taskbar icon (the .exe's own icon is a Windows resource, see build.rs).
    if let Ok(icon) = eframe::icon_data::from_png_bytes(APP_ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    // Start loading the scenario pack now, while the window and GL context are created.
    let app = App::new(AppOptions {
        measure: measure.then_some(started),
        ..AppOptions::default()
    });
    let result = eframe::run_native(
        "motcua",
        options,
        Box::new(move |cc| {
            setup_context(&cc.egui_ctx);
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("motcua: cannot open the window: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_icon_decodes() {
        let icon = eframe::icon_data::from_png_bytes(APP_ICON_PNG);
        assert!(icon.as_ref().is_ok_and(|i| i.width == 64 && i.height == 64));
    }
}
