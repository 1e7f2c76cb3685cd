//! Background work with progress: a thread that reports a fraction and a stage, then a
//! result. The UI polls each frame and draws a progress bar meanwhile.

use std::sync::mpsc::{Receiver, Sender, channel};

enum Msg<T> {
    Progress(f32, &'static str),
    Done(T),
}

/// Reports progress from inside a job: fraction 0–1 and a stage message id.
pub struct Reporter<T> {
    tx: Sender<Msg<T>>,
}

impl<T> Reporter<T> {
    /// Reports a fraction (0–1) and the `ui.ftl` id of what is being done.
    pub fn report(&self, fraction: f32, stage: &'static str) {
        let _ = self.tx.send(Msg::Progress(fraction.clamp(0.0, 1.0), stage));
    }
}

/// A job running on its own thread.
pub struct Job<T> {
    rx: Receiver<Msg<T>>,
    /// Last reported fraction.
    pub progress: f32,
    /// Last reported stage (message id).
    pub stage: &'static str,
    done: Option<T>,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a new thread.
    pub fn spawn(
        stage: &'static str,
        work: impl FnOnce(&Reporter<T>) -> T + Send + 'static,
    ) -> Self {
        let (tx, rx) = channel();
        let reporter = Reporter { tx };
        std::thread::spawn(move || {
            let result = work(&reporter);
            let _ = reporter.tx.send(Msg::Done(result));
        });
        Self {
            rx,
            progress: 0.0,
            stage,
            done: None,
        }
    }

    /// Reads what the thread sent; returns the result once it is done.
    pub fn poll(&mut self) -> Option<T> {
        while let Ok(msg) = self.rx.try_recv() {
            match msg {
                Msg::Progress(f, s) => {
                    self.progress = f;
                    self.stage = s;
                }
                Msg::Done(t) => self.done = Some(t),
            }
        }
        self.done.take()
    }

    /// Blocks until the job is done (tests, measurement). `None` if the thread died.
    pub fn wait(&mut self) -> Option<T> {
        if let Some(t) = self.done.take() {
            return Some(t);
        }
        while let Ok(msg) = self.rx.recv() {
            if let Msg::Done(t) = msg {
                return Some(t);
            }
        }
        None
    }
}

/// Draws a job's progress bar with its stage.
pub fn progress_ui(ui: &mut egui::Ui, locale: &crate::i18n::Locale, progress: f32, stage: &str) {
    ui.add(
        egui::ProgressBar::new(progress)
            .show_percentage()
            .animate(true)
            .desired_width(360.0)
            .text(locale.tr(stage)),
    );
}
