//! The sender: a background thread that empties the outbox into the LRS.
//!
//! It sends the oldest batch first. When the LRS or the network fails it stops the pass and
//! waits — 1 s, then twice as long each time up to 5 min ([`Backoff`]), each wait between
//! half and all of that (jitter, so that a room of trainees does not knock at the same
//! instant after the LRS comes back). A batch the LRS refuses, or a batch file damaged on
//! disk, is set aside with its reason (see [`Outbox::set_aside`]) and the others go on: it
//! is never retried in a hot loop. An enqueue wakes the thread ([`Sender::wake`]); with
//! nothing to do it looks at the outbox again every [`IDLE_RESCAN`]. The UI reads a
//! [`DeliveryStatus`] snapshot and never waits for the network.
//!
//! [`flush_once`] is one synchronous pass, for tests and the command line.

use std::hash::{BuildHasher, Hasher};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

use thiserror::Error;

use super::client::{LrsConfig, LrsError, Stored, post_statements};
use super::outbox::{Enqueued, Outbox, OutboxError};
use crate::record::ResultBody;

/// How often an idle sender looks at the outbox again (batches left by an earlier run or
/// another process).
pub const IDLE_RESCAN: Duration = Duration::from_secs(60);

/// Why a delivery did not happen.
#[derive(Debug, Clone, Error)]
pub enum DeliveryError {
    /// The LRS or the network.
    #[error(transparent)]
    Lrs(#[from] LrsError),
    /// The outbox folder or a batch file.
    #[error(transparent)]
    Outbox(Arc<OutboxError>),
}

impl From<OutboxError> for DeliveryError {
    fn from(e: OutboxError) -> Self {
        Self::Outbox(Arc::new(e))
    }
}

/// What one pass over the outbox did.
#[derive(Debug, Clone, Default)]
pub struct FlushReport {
    /// Batches the LRS acknowledged (stored now, or found stored already).
    pub delivered: usize,
    /// Of those, the batches the LRS had already (409).
    pub already_stored: usize,
    /// Batches set aside: refused by the LRS or unreadable, each with why.
    pub set_aside: Vec<(String, DeliveryError)>,
}

/// One pass: sends every waiting batch, oldest first. Stops at the first failure that is
/// the LRS's or the network's (the rest wait for the next pass) and returns it; refused or
/// damaged batches are set aside and reported in the [`FlushReport`].
pub fn flush_once(cfg: &LrsConfig, outbox: &Outbox) -> Result<FlushReport, DeliveryError> {
    let mut report = FlushReport::default();
    for batch in outbox.pending()? {
        let statements = match batch.load() {
            Ok(s) => s,
            Err(e) => {
                outbox.set_aside(&batch, &e.to_string())?;
                report.set_aside.push((batch.id.clone(), e.into()));
                continue;
            }
        };
        match post_statements(cfg, &statements) {
            Ok(stored) => {
                outbox.mark_sent(&batch)?;
                report.delivered += 1;
                if stored == Stored::Already {
                    report.already_stored += 1;
                }
            }
            Err(e) if !e.is_retryable() => {
                outbox.set_aside(&batch, &e.to_string())?;
                report.set_aside.push((batch.id.clone(), e.into()));
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(report)
}

/// The waits between failed passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// The wait after the first failure.
    pub first: Duration,
    /// The longest wait.
    pub cap: Duration,
}

impl Default for Backoff {
    /// 1 s, doubling, up to 5 min.
    fn default() -> Self {
        Self {
            first: Duration::from_secs(1),
            cap: Duration::from_secs(300),
        }
    }
}

impl Backoff {
    /// The longest wait after `failures` failures in a row (before jitter).
    pub fn ceiling(&self, failures: u32) -> Duration {
        let doublings = failures.saturating_sub(1).min(30);
        self.first.saturating_mul(1u32 << doublings).min(self.cap)
    }

    /// The wait after `failures` failures in a row: between half the ceiling and all of
    /// it, `unit` (0 ≤ unit < 1) choosing where.
    pub fn wait(&self, failures: u32, unit: f64) -> Duration {
        let ceiling = self.ceiling(failures);
        ceiling.mul_f64(0.5 + 0.5 * unit.clamp(0.0, 1.0))
    }
}

/// A number in [0, 1) from the process's random hasher keys (jitter needs no more).
fn jitter_unit() -> f64 {
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(
        SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    (h.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// What the UI shows of the delivery.
#[derive(Debug, Clone, Default)]
pub struct DeliveryStatus {
    /// Batches (results) waiting in the outbox.
    pub waiting: usize,
    /// Batches set aside (refused by the LRS, or damaged).
    pub rejected: usize,
    /// Batches delivered since the sender started.
    pub delivered: usize,
    /// The last failure, until the next successful pass.
    pub last_error: Option<DeliveryError>,
    /// When a batch was last delivered.
    pub last_delivered: Option<SystemTime>,
    /// Failed passes in a row (0 when the last pass went through).
    pub failures: u32,
    /// Passes made since the sender started.
    pub passes: u64,
    /// The sender has stopped.
    pub stopped: bool,
}

struct State {
    cfg: LrsConfig,
    status: DeliveryStatus,
    stop: bool,
    poked: bool,
}

struct Shared {
    state: Mutex<State>,
    wake: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic on the sender thread cannot leave the state half-changed (every update
        // is one assignment), so a poisoned lock is taken as it is.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The background sender of one outbox. Dropping it asks the thread to stop without
/// waiting for it (an exchange in flight ends within its timeout); [`Sender::stop`] waits.
pub struct Sender {
    shared: Arc<Shared>,
    outbox: Outbox,
    thread: Option<JoinHandle<()>>,
}

impl Sender {
    /// Starts the thread with the default [`Backoff`]. It makes a first pass at once.
    pub fn start(cfg: LrsConfig, outbox: Outbox) -> Self {
        Self::start_with(cfg, outbox, Backoff::default())
    }

    /// Starts the thread with the given waits (tests use short ones).
    pub fn start_with(cfg: LrsConfig, outbox: Outbox, backoff: Backoff) -> Self {
        let status = DeliveryStatus {
            waiting: outbox.waiting(),
            rejected: outbox.rejected(),
            ..DeliveryStatus::default()
        };
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                cfg,
                status,
                stop: false,
                poked: true,
            }),
            wake: Condvar::new(),
        });
        let thread = {
            let shared = Arc::clone(&shared);
            let outbox = outbox.clone();
            std::thread::Builder::new()
                .name("motcua-xapi-sender".to_owned())
                .spawn(move || run(&shared, &outbox, backoff))
                .ok()
        };
        if thread.is_none() {
            shared.lock().status.stopped = true;
        }
        Self {
            shared,
            outbox,
            thread,
        }
    }

    /// The outbox this sender empties.
    pub fn outbox(&self) -> &Outbox {
        &self.outbox
    }

    /// Enqueues a sealed result (see [`Outbox::enqueue`]) with the sender's settings and
    /// wakes the thread.
    pub fn enqueue(&self, body: &ResultBody, sealed: &str) -> Result<Enqueued, OutboxError> {
        let cfg = self.shared.lock().cfg.clone();
        let done = self.outbox.enqueue(body, sealed, &cfg)?;
        {
            let mut state = self.shared.lock();
            state.status.waiting = self.outbox.waiting();
        }
        self.wake();
        Ok(done)
    }

    /// Wakes the thread for a pass now (after an enqueue, or when the settings changed).
    pub fn wake(&self) {
        self.shared.lock().poked = true;
        self.shared.wake.notify_all();
    }

    /// Uses new settings from the next pass on, and makes that pass now.
    pub fn set_config(&self, cfg: LrsConfig) {
        {
            let mut state = self.shared.lock();
            state.cfg = cfg;
            state.status.failures = 0;
        }
        self.wake();
    }

    /// A snapshot of the delivery's state.
    pub fn status(&self) -> DeliveryStatus {
        self.shared.lock().status.clone()
    }

    /// Stops the thread and waits for it (at most one exchange's timeout).
    pub fn stop(mut self) {
        self.request_stop();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }

    fn request_stop(&self) {
        self.shared.lock().stop = true;
        self.shared.wake.notify_all();
    }
}

impl Drop for Sender {
    fn drop(&mut self) {
        self.request_stop();
    }
}

/// The thread: a pass, then a wait (backoff after a failure, [`IDLE_RESCAN`] otherwise)
/// that an enqueue or a stop cuts short.
fn run(shared: &Shared, outbox: &Outbox, backoff: Backoff) {
    loop {
        let cfg = {
            let mut state = shared.lock();
            if state.stop {
                state.status.stopped = true;
                return;
            }
            state.poked = false;
            state.cfg.clone()
        };
        let result = flush_once(&cfg, outbox);
        let wait = {
            let mut state = shared.lock();
            let status = &mut state.status;
            status.passes += 1;
            status.waiting = outbox.waiting();
            status.rejected = outbox.rejected();
            match result {
                Ok(report) => {
                    status.delivered += report.delivered;
                    if report.delivered > 0 {
                        status.last_delivered = Some(SystemTime::now());
                    }
                    status.failures = 0;
                    status.last_error = report.set_aside.into_iter().last().map(|(_, e)| e);
                    IDLE_RESCAN
                }
                Err(e) => {
                    status.failures = status.failures.saturating_add(1);
                    status.last_error = Some(e);
                    backoff.wait(status.failures, jitter_unit())
                }
            }
        };
        let state = shared.lock();
        let (mut state, _) = shared
            .wake
            .wait_timeout_while(state, wait, |s| !s.stop && !s.poked)
            .unwrap_or_else(|p| p.into_inner());
        if state.stop {
            state.status.stopped = true;
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Instant;

    use super::*;
    use crate::xapi::test_server::{Reply, serve};
    use serde_json::{Value, json};

    fn cfg(endpoint: &str) -> LrsConfig {
        LrsConfig {
            endpoint: endpoint.to_owned(),
            username: "u".to_owned(),
            password: "p".to_owned(),
            home_page: String::new(),
        }
    }

    fn batch(n: u32) -> Vec<Value> {
        vec![json!({ "id": format!("{n:08x}-0000-5000-8000-000000000000") })]
    }

    fn outbox_with(dir: &std::path::Path, batches: &[u32]) -> Outbox {
        let outbox = Outbox::open(dir).expect("opens");
        for &n in batches {
            outbox.enqueue_statements(&batch(n)).expect("enqueued");
        }
        outbox
    }

    /// Waits until `done` holds, at most 10 s.
    fn eventually(mut done: impl FnMut() -> bool) -> bool {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if done() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    #[test]
    fn a_pass_delivers_every_batch_and_marks_it_sent() {
        let server = serve(|_, _| Reply::Status(200, "[]".into()));
        let dir = tempfile::tempdir().expect("a temporary folder");
        let outbox = outbox_with(dir.path(), &[1, 2, 3]);
        let report = flush_once(&cfg(&server.endpoint), &outbox).expect("delivered");
        assert_eq!(report.delivered, 3);
        assert_eq!(outbox.waiting(), 0);
        assert_eq!(server.seen().len(), 3);
        assert!(
            dir.path()
                .join("sent/00000001-0000-5000-8000-000000000000")
                .exists()
        );
    }

    #[test]
    fn a_failing_lrs_keeps_every_batch_for_later() {
        let server = serve(|_, _| Reply::Status(503, "down".into()));
        let dir = tempfile::tempdir().expect("a temporary folder");
        let outbox = outbox_with(dir.path(), &[1, 2]);
        let err = flush_once(&cfg(&server.endpoint), &outbox).expect_err("fails");
        assert!(matches!(
            err,
            DeliveryError::Lrs(LrsError::Server { status: 503, .. })
        ));
        assert_eq!(outbox.waiting(), 2);
        // The pass stopped at the first failure: the LRS was asked once.
        assert_eq!(server.seen().len(), 1);
    }

    #[test]
    fn a_refused_or_damaged_batch_is_set_aside_and_the_others_go_on() {
        let refused_id = "00000001-0000-5000-8000-000000000000";
        let server = serve(move |r, _| {
            if String::from_utf8_lossy(&r.body).contains(refused_id) {
                Reply::Status(400, r#"{"detail":"bad statement"}"#.into())
            } else {
                Reply::Status(200, "[]".into())
            }
        });
        let dir = tempfile::tempdir().expect("a temporary folder");
        let outbox = outbox_with(dir.path(), &[1, 2]);
        std::fs::write(
            dir.path().join("00000003-0000-5000-8000-000000000000.json"),
            "[1,",
        )
        .expect("written");
        let report = flush_once(&cfg(&server.endpoint), &outbox).expect("a pass");
        assert_eq!(report.delivered, 1);
        let aside: Vec<&str> = report.set_aside.iter().map(|(id, _)| &id[..8]).collect();
        let mut aside_sorted = aside.clone();
        aside_sorted.sort_unstable();
        assert_eq!(aside_sorted, ["00000001", "00000003"]);
        assert_eq!(outbox.waiting(), 0);
        assert_eq!(outbox.rejected(), 2);
        let reason = std::fs::read_to_string(dir.path().join(format!("rejected/{refused_id}.txt")))
            .expect("reason");
        assert!(reason.ends_with("(HTTP 400): bad statement"), "{reason}");
    }

    #[test]
    fn the_wait_doubles_from_one_second_up_to_five_minutes_with_jitter() {
        let b = Backoff::default();
        let secs: Vec<u64> = (1..=11).map(|f| b.ceiling(f).as_secs()).collect();
        assert_eq!(secs, [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
        assert_eq!(b.ceiling(u32::MAX).as_secs(), 300);
        assert_eq!(b.wait(3, 0.0), Duration::from_secs(2));
        assert_eq!(b.wait(3, 1.0), Duration::from_secs(4));
        for _ in 0..100 {
            let u = jitter_unit();
            assert!((0.0..1.0).contains(&u), "{u}");
        }
    }

    #[test]
    fn the_thread_retries_until_the_lrs_comes_back() {
        let answered = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&answered);
        // Down for the first two requests, then up.
        let server = serve(move |_, n| {
            counter.fetch_add(1, Ordering::SeqCst);
            if n < 2 {
                Reply::Status(500, "restarting".into())
            } else {
                Reply::Status(200, "[]".into())
            }
        });
        let dir = tempfile::tempdir().expect("a temporary folder");
        let outbox = outbox_with(dir.path(), &[1]);
        let fast = Backoff {
            first: Duration::from_millis(20),
            cap: Duration::from_millis(100),
        };
        let sender = Sender::start_with(cfg(&server.endpoint), outbox, fast);
        assert!(
            eventually(|| sender.status().delivered == 1),
            "{:?}",
            sender.status()
        );
        let status = sender.status();
        assert_eq!(status.waiting, 0);
        assert_eq!(status.failures, 0);
        assert!(status.last_delivered.is_some());
        assert_eq!(answered.load(Ordering::SeqCst), 3);
        sender.stop();
    }

    #[test]
    fn an_enqueue_wakes_an_idle_sender_and_stop_ends_it() {
        let server = serve(|_, _| Reply::Status(200, "[]".into()));
        let dir = tempfile::tempdir().expect("a temporary folder");
        let outbox = outbox_with(dir.path(), &[]);
        let sender = Sender::start(cfg(&server.endpoint), outbox.clone());
        // The first pass finds nothing; the sender then idles for a minute unless woken.
        assert!(eventually(|| sender.status().passes >= 1));
        outbox.enqueue_statements(&batch(7)).expect("enqueued");
        sender.wake();
        assert!(
            eventually(|| sender.status().delivered == 1),
            "{:?}",
            sender.status()
        );
        let started = Instant::now();
        sender.stop();
        assert!(started.elapsed() < Duration::from_secs(2));
    }

    #[test]
    fn many_senders_with_their_own_outboxes_work_in_one_process() {
        let server = serve(|_, _| Reply::Status(200, "[]".into()));
        let dir = tempfile::tempdir().expect("a temporary folder");
        let senders: Vec<Sender> = (0..40)
            .map(|i| {
                let outbox = outbox_with(&dir.path().join(format!("seat{i}")), &[i, 1000 + i]);
                Sender::start(cfg(&server.endpoint), outbox)
            })
            .collect();
        assert!(eventually(|| senders
            .iter()
            .all(|s| s.status().delivered == 2)));
        let mut ids: Vec<String> = server
            .seen()
            .iter()
            .map(|r| String::from_utf8_lossy(&r.body).into_owned())
            .collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 80, "every batch once");
        for s in senders {
            s.stop();
        }
    }
}
