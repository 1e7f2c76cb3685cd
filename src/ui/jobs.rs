//! Background work with progress: a thread that reports a fraction and a stage, then a
//! result. The UI polls each frame and draws a progress bar meanwhile.

use std::panic::AssertUnwindSafe;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

enum Msg<T> {
    Progress(f32, &'static str),
    Done(T),
    Failed(String),
}

/// Why a job gave no result: the work panicked (a bug), or its thread vanished.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct JobFailed(pub String);

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
    done: Option<Result<T, JobFailed>>,
}

/// The text of a panic payload.
fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown error".to_owned())
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a new thread. A panic in `work` becomes a [`JobFailed`] result, so
    /// the screen waiting for it can say so instead of showing progress forever.
    pub fn spawn(
        stage: &'static str,
        work: impl FnOnce(&Reporter<T>) -> T + Send + 'static,
    ) -> Self {
        let (tx, rx) = channel();
        let reporter = Reporter { tx };
        std::thread::spawn(move || {
            let msg = match std::panic::catch_unwind(AssertUnwindSafe(|| work(&reporter))) {
                Ok(result) => Msg::Done(result),
                Err(payload) => Msg::Failed(panic_text(payload.as_ref())),
            };
            let _ = reporter.tx.send(msg);
        });
        Self {
            rx,
            progress: 0.0,
            stage,
            done: None,
        }
    }

    fn receive(&mut self, msg: Msg<T>) {
        match msg {
            Msg::Progress(f, s) => {
                self.progress = f;
                self.stage = s;
            }
            Msg::Done(t) => self.done = Some(Ok(t)),
            Msg::Failed(e) => self.done = Some(Err(JobFailed(e))),
        }
    }

    fn vanished() -> JobFailed {
        JobFailed("the background work stopped without a result".to_owned())
    }

    /// Reads what the thread sent; returns the result (or why there is none) once it is done.
    pub fn poll(&mut self) -> Option<Result<T, JobFailed>> {
        loop {
            match self.rx.try_recv() {
                Ok(msg) => self.receive(msg),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    if self.done.is_none() {
                        self.done = Some(Err(Self::vanished()));
                    }
                    break;
                }
            }
        }
        self.done.take()
    }

    /// Blocks until the job is done (tests, measurement).
    pub fn wait(&mut self) -> Result<T, JobFailed> {
        while self.done.is_none() {
            match self.rx.recv() {
                Ok(msg) => self.receive(msg),
                Err(_) => return Err(Self::vanished()),
            }
        }
        self.done.take().unwrap_or_else(|| Err(Self::vanished()))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_job_reports_the_failure_instead_of_running_forever() {
        let mut job: Job<u32> = Job::spawn("progress-loading-shared", |r| {
            r.report(0.5, "progress-loading-scenarios");
            panic!("random_bool(NaN)")
        });
        let failed = job.wait().unwrap_err();
        assert_eq!(failed.0, "random_bool(NaN)");
        let mut ok: Job<u32> = Job::spawn("progress-loading-shared", |_| 7);
        assert_eq!(ok.wait(), Ok(7));
    }

    #[test]
    fn polling_a_panicking_job_ends_with_the_failure() {
        let mut job: Job<u32> = Job::spawn("progress-grading", |_| panic!("{}", 1 + 1));
        let result = loop {
            if let Some(result) = job.poll() {
                break result;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        };
        assert_eq!(result, Err(JobFailed("2".to_owned())));
    }
}
