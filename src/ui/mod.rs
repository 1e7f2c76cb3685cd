//! The desktop app (feature `gui`): egui on OpenGL 2 (glow), for old PCs and offline rooms.
//!
//! The app only turns clicks into [`crate::sim::Action`]s and draws core state: no rule,
//! score or date is computed here. Each screen is one module:
//! - [`home`] — resume, self-study curriculum, conference mode, settings;
//! - [`briefing`] — before each shift: situation, objectives, the queue, the mode;
//! - [`counter`] — the shift: the citizen, the desk with the papers, the scanner, the mocked
//!   portal and its slips, the status bar;
//! - [`debrief`] — score, KPIs, the timeline with each mistake and its rule, the expert path,
//!   play again from any moment, export of the result file.
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
pub mod jobs;
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
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Một Cửa")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([960.0, 640.0]),
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
