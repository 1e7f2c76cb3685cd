//! A bare eframe window on the glow (OpenGL) backend: the baseline for measuring the app's
//! start-up time and memory (see `docs/measure.md`).
//!
//! `MOTCUA_MEASURE=1 cargo run --release --example bare_window` prints
//! `time-to-first-frame-ms: …` after its second frame and closes, exactly like
//! `MOTCUA_MEASURE=1 motcua`.

#[cfg(feature = "gui")]
fn main() -> std::process::ExitCode {
    use std::time::Instant;

    struct Bare {
        started: Instant,
        frames: u32,
        measure: bool,
    }

    impl eframe::App for Bare {
        fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
            self.frames += 1;
            egui::CentralPanel::default().show(ui, |ui| {
                ui.label("bare eframe window");
            });
            if self.measure && self.frames == 2 {
                println!(
                    "time-to-first-frame-ms: {:.1}",
                    self.started.elapsed().as_secs_f64() * 1000.0
                );
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    let started = Instant::now();
    let measure = std::env::var_os("MOTCUA_MEASURE").is_some();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare")
            .with_inner_size([1280.0, 800.0]),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    match eframe::run_native(
        "bare_window",
        options,
        Box::new(move |_cc| {
            Ok(Box::new(Bare {
                started,
                frames: 0,
                measure,
            }))
        }),
    ) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bare_window: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "gui"))]
fn main() {
    eprintln!("bare_window needs the `gui` feature");
}
