//! Delivery of results to an LRS, as the app shows it: the settings section (endpoint,
//! credentials, "test connection"), the outbox status, and the [`DeliveryLink`] between the
//! app and the background [sender](crate::xapi::sender).
//!
//! The link travels inside [`DeliverySettings`] so that the settings panel, which only sees
//! the settings, can show the outbox and run the connection test; it is runtime state, never
//! written to the settings file and ignored by equality. Nothing here waits for the
//! network on the UI thread: the test runs as a [`Job`], the sender on its own thread, and
//! a result is enqueued by the debrief's grading job.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use super::jobs::Job;
use crate::i18n::Locale;
use crate::record::ResultBody;
use crate::xapi::{
    DeliveryError, DeliveryStatus, LrsAbout, LrsConfig, LrsError, Outbox, OutboxError, Sender,
};

/// The LRS settings (the `delivery` entry of `settings.ron`).
#[derive(Clone, Default)]
pub struct DeliverySettings {
    /// Send results to the LRS.
    pub enabled: bool,
    /// The xAPI endpoint, e.g. `https://lrs.example.vn/xAPI`.
    pub endpoint: String,
    /// Basic auth user name.
    pub username: String,
    /// Basic auth password (kept in the settings file in clear, as LRS keys usually are).
    pub password: String,
    /// The learners' account home page (empty: [`crate::xapi::BASE_IRI`]).
    pub home_page: String,
    /// The running delivery (not a setting).
    pub link: DeliveryLink,
}

impl PartialEq for DeliverySettings {
    fn eq(&self, other: &Self) -> bool {
        self.enabled == other.enabled
            && self.endpoint == other.endpoint
            && self.username == other.username
            && self.password == other.password
            && self.home_page == other.home_page
    }
}

impl std::fmt::Debug for DeliverySettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeliverySettings")
            .field("enabled", &self.enabled)
            .field("endpoint", &self.endpoint)
            .field("username", &self.username)
            .field("password", &"…")
            .field("home_page", &self.home_page)
            .finish()
    }
}

/// Longest text accepted for each field read from the settings file.
const MAX_FIELD_CHARS: usize = 500;

impl DeliverySettings {
    /// The client's configuration.
    pub fn config(&self) -> LrsConfig {
        LrsConfig {
            endpoint: self.endpoint.trim().to_owned(),
            username: self.username.clone(),
            password: self.password.clone(),
            home_page: self.home_page.trim().to_owned(),
        }
    }

    /// Delivery is on and has somewhere to go.
    pub fn active(&self) -> bool {
        self.enabled && !self.endpoint.trim().is_empty()
    }

    /// Reads the `delivery` entry of the settings file; `None` when it is not a map of the
    /// known fields with values of the right type.
    pub fn from_value(value: &ron::Value) -> Option<Self> {
        let map = value
            .clone()
            .into_rust::<std::collections::BTreeMap<String, ron::Value>>()
            .ok()?;
        let mut s = Self::default();
        for (key, v) in map {
            if key == "enabled" {
                s.enabled = v.into_rust::<bool>().ok()?;
                continue;
            }
            let text = v
                .into_rust::<String>()
                .ok()
                .filter(|t| t.chars().count() <= MAX_FIELD_CHARS)?;
            match key.as_str() {
                "endpoint" => s.endpoint = text,
                "username" => s.username = text,
                "password" => s.password = text,
                "home_page" => s.home_page = text,
                _ => return None,
            }
        }
        Some(s)
    }

    /// The `delivery` entry written to the settings file.
    pub fn to_value(&self) -> ron::Value {
        let mut map = ron::Map::new();
        map.insert(
            ron::Value::String("enabled".to_owned()),
            ron::Value::Bool(self.enabled),
        );
        for (key, value) in [
            ("endpoint", &self.endpoint),
            ("username", &self.username),
            ("password", &self.password),
            ("home_page", &self.home_page),
        ] {
            map.insert(
                ron::Value::String(key.to_owned()),
                ron::Value::String(value.clone()),
            );
        }
        ron::Value::Map(map)
    }
}

/// What happened to the result handed to the delivery when a shift ended.
#[derive(Debug, Clone)]
pub enum Handed {
    /// In the outbox, as this batch.
    Queued(String),
    /// The outbox could not take it.
    Failed(Arc<OutboxError>),
}

/// The running delivery: the outbox, its sender and the connection test. Cheap to clone
/// (shared); a default link is idle until [`DeliveryLink::start`].
#[derive(Clone, Default)]
pub struct DeliveryLink(Arc<Mutex<LinkState>>);

#[derive(Default)]
struct LinkState {
    outbox: Option<Outbox>,
    outbox_error: Option<Arc<OutboxError>>,
    sender: Option<Sender>,
    config: Option<LrsConfig>,
    test: Option<Job<Result<LrsAbout, LrsError>>>,
    tested: Option<Result<LrsAbout, LrsError>>,
}

impl DeliveryLink {
    fn lock(&self) -> MutexGuard<'_, LinkState> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Opens the outbox in `dir` and, when the settings are active, starts the sender
    /// (App::new). An outbox that cannot be opened is shown in the settings.
    pub fn start(&self, dir: &Path, settings: &DeliverySettings) {
        {
            let mut state = self.lock();
            match Outbox::open(dir) {
                Ok(outbox) => state.outbox = Some(outbox),
                Err(e) => state.outbox_error = Some(Arc::new(e)),
            }
        }
        self.apply(settings);
    }

    /// Starts, reconfigures or stops the sender after the settings changed.
    pub fn apply(&self, settings: &DeliverySettings) {
        let mut state = self.lock();
        let Some(outbox) = state.outbox.clone() else {
            return;
        };
        if !settings.active() {
            state.sender = None;
            state.config = None;
            return;
        }
        let config = settings.config();
        if state.config.as_ref() == Some(&config) && state.sender.is_some() {
            return;
        }
        match &state.sender {
            Some(sender) => sender.set_config(config.clone()),
            None => state.sender = Some(Sender::start(config.clone(), outbox)),
        }
        state.config = Some(config);
    }

    /// Puts a sealed result in the outbox and wakes the sender (called off the UI thread,
    /// by the debrief's grading job). `None` when delivery is off.
    pub fn hand_over(&self, body: &ResultBody) -> Option<Handed> {
        let (outbox, config) = {
            let state = self.lock();
            (state.outbox.clone()?, state.config.clone()?)
        };
        let handed = crate::record::result::encode_result(Path::new("result.motcua"), body)
            .map_err(OutboxError::from)
            .and_then(|sealed| outbox.enqueue(body, &sealed, &config));
        let handed = match handed {
            Ok(done) => {
                if let Some(sender) = &self.lock().sender {
                    sender.wake();
                }
                Handed::Queued(done.id().to_owned())
            }
            Err(e) => Handed::Failed(Arc::new(e)),
        };
        Some(handed)
    }

    /// True once the LRS acknowledged the batch.
    pub fn delivered(&self, id: &str) -> bool {
        self.lock().outbox.as_ref().is_some_and(|o| o.is_sent(id))
    }

    /// The sender's status, when it runs.
    pub fn status(&self) -> Option<DeliveryStatus> {
        self.lock().sender.as_ref().map(Sender::status)
    }

    /// The outbox folder, when open.
    pub fn outbox_dir(&self) -> Option<PathBuf> {
        self.lock().outbox.as_ref().map(|o| o.dir().to_path_buf())
    }

    fn start_test(&self, config: LrsConfig) {
        let job = Job::spawn("delivery-testing", move |_| {
            crate::xapi::test_connection(&config)
        });
        let mut state = self.lock();
        state.test = Some(job);
        state.tested = None;
    }

    /// The test's result once it is done; true while it runs.
    fn poll_test(&self) -> (bool, Option<Result<LrsAbout, LrsError>>) {
        let mut state = self.lock();
        if let Some(job) = &mut state.test
            && let Some(done) = job.poll()
        {
            state.test = None;
            state.tested = Some(done.unwrap_or_else(|e| {
                Err(LrsError::Unreachable {
                    url: String::new(),
                    message: e.to_string(),
                })
            }));
        }
        (state.test.is_some(), state.tested.clone())
    }
}

/// The words for an LRS error, in the interface language.
pub fn lrs_error_text(locale: &Locale, e: &LrsError) -> String {
    match e {
        LrsError::BadEndpoint { endpoint } => {
            locale.tr_args("delivery-error-endpoint", &[("endpoint", endpoint.clone())])
        }
        LrsError::Unreachable { url, message } => locale.tr_args(
            "delivery-error-unreachable",
            &[("url", url.clone()), ("error", message.clone())],
        ),
        LrsError::NotAnLrs { url, message } => locale.tr_args(
            "delivery-error-not-lrs",
            &[("url", url.clone()), ("error", message.clone())],
        ),
        LrsError::BadCredentials { status, .. } => locale.tr_args(
            "delivery-error-credentials",
            &[("status", status.to_string())],
        ),
        LrsError::Rejected {
            status, message, ..
        } => locale.tr_args(
            "delivery-error-rejected",
            &[("status", status.to_string()), ("error", message.clone())],
        ),
        LrsError::Server {
            status, message, ..
        } => locale.tr_args(
            "delivery-error-server",
            &[("status", status.to_string()), ("error", message.clone())],
        ),
    }
}

/// The words for a delivery error, in the interface language.
pub fn delivery_error_text(locale: &Locale, e: &DeliveryError) -> String {
    match e {
        DeliveryError::Lrs(e) => lrs_error_text(locale, e),
        DeliveryError::Outbox(e) => {
            locale.tr_args("delivery-error-outbox", &[("error", e.to_string())])
        }
    }
}

/// The LRS row of the settings grid: a section, closed by default, with on/off, endpoint,
/// user name, password, home page, the connection test and the outbox. Returns true when a
/// setting changed (save it).
pub fn settings_ui(ui: &mut egui::Ui, settings: &mut DeliverySettings, locale: &Locale) -> bool {
    let mut changed = false;
    ui.label(locale.tr("delivery-lrs"));
    let summary = summary_text(settings, locale);
    egui::CollapsingHeader::new(summary)
        .id_salt("delivery-settings")
        .default_open(false)
        .show(ui, |ui| {
            egui::Grid::new("delivery-grid")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| changed = fields_ui(ui, settings, locale));
        });
    ui.end_row();
    changed
}

/// One line saying whether delivery is on and how many results wait.
fn summary_text(settings: &DeliverySettings, locale: &Locale) -> String {
    match settings.link.status() {
        Some(status) if settings.active() => locale.tr_args(
            "delivery-summary-on",
            &[("count", status.waiting.to_string())],
        ),
        _ => locale.tr("delivery-summary-off"),
    }
}

/// The rows inside the section.
fn fields_ui(ui: &mut egui::Ui, settings: &mut DeliverySettings, locale: &Locale) -> bool {
    let mut changed = false;
    ui.label("");
    changed |= ui
        .checkbox(&mut settings.enabled, locale.tr("delivery-enabled"))
        .on_hover_text(locale.tr("delivery-enabled-help"))
        .changed();
    ui.end_row();

    let fields: [(&str, &mut String, bool); 4] = [
        ("delivery-endpoint", &mut settings.endpoint, false),
        ("delivery-username", &mut settings.username, false),
        ("delivery-password", &mut settings.password, true),
        ("delivery-home-page", &mut settings.home_page, false),
    ];
    for (id, value, secret) in fields {
        let label = ui.label(locale.tr(id));
        let mut edit = egui::TextEdit::singleline(value)
            .char_limit(MAX_FIELD_CHARS)
            .password(secret)
            .desired_width(300.0);
        if id == "delivery-endpoint" {
            edit = edit.hint_text("https://lrs.example.vn/xAPI");
        } else if id == "delivery-home-page" {
            edit = edit.hint_text(crate::xapi::BASE_IRI);
        }
        let r = ui.add(edit).labelled_by(label.id);
        changed |= r.lost_focus();
        ui.end_row();
    }
    if changed {
        settings.link.apply(settings);
    }

    ui.label("");
    ui.horizontal_wrapped(|ui| test_ui(ui, settings, locale));
    ui.end_row();

    ui.label(locale.tr("delivery-outbox"));
    ui.vertical(|ui| outbox_ui(ui, settings, locale));
    ui.end_row();
    changed
}

/// The "test connection" button and what the test found.
fn test_ui(ui: &mut egui::Ui, settings: &DeliverySettings, locale: &Locale) {
    let (running, tested) = settings.link.poll_test();
    let can = !running && !settings.endpoint.trim().is_empty();
    if ui
        .add_enabled(can, egui::Button::new(locale.tr("delivery-test")))
        .clicked()
    {
        settings.link.start_test(settings.config());
    }
    let palette = &super::style::palette(ui).panel;
    if running {
        ui.spinner();
        ui.label(locale.tr("delivery-testing"));
        ui.ctx().request_repaint_after(Duration::from_millis(200));
    } else if let Some(tested) = tested {
        match tested {
            // An LRS without `about` (ralph-malph) names no version.
            Ok(about) if about.versions.is_empty() => {
                ui.colored_label(palette.success, locale.tr("delivery-test-ok-no-version"))
            }
            Ok(about) => ui.colored_label(
                palette.success,
                locale.tr_args(
                    "delivery-test-ok",
                    &[("version", about.versions.join(", "))],
                ),
            ),
            Err(e) => ui.colored_label(palette.error, lrs_error_text(locale, &e)),
        };
    }
}

/// The outbox: how many results wait, the last delivery, the last error.
fn outbox_ui(ui: &mut egui::Ui, settings: &DeliverySettings, locale: &Locale) {
    let palette = &super::style::palette(ui).panel;
    if let Some(e) = &settings.link.lock().outbox_error {
        ui.colored_label(
            palette.error,
            locale.tr_args("delivery-error-outbox", &[("error", e.to_string())]),
        );
        return;
    }
    let Some(status) = settings.link.status() else {
        ui.label(locale.tr("delivery-off"));
        return;
    };
    ui.label(locale.tr_args("delivery-waiting", &[("count", status.waiting.to_string())]));
    if status.rejected > 0 {
        let folder = settings
            .link
            .outbox_dir()
            .map(|d| d.join("rejected").display().to_string())
            .unwrap_or_default();
        ui.colored_label(
            palette.warning,
            locale.tr_args(
                "delivery-rejected",
                &[("count", status.rejected.to_string()), ("folder", folder)],
            ),
        );
    }
    if let Some(when) = status.last_delivered {
        let ago = when.elapsed().map_or(0, |d| d.as_secs() / 60);
        ui.label(locale.tr_args("delivery-last-sent", &[("minutes", ago.to_string())]));
    }
    if let Some(e) = &status.last_error {
        ui.colored_label(palette.error, delivery_error_text(locale, e));
    }
    if status.waiting > 0 {
        ui.ctx().request_repaint_after(Duration::from_secs(1));
    }
}

/// One line for the debrief: sent to the LRS, or waiting.
pub fn handed_ui(ui: &mut egui::Ui, link: &DeliveryLink, handed: &Handed, locale: &Locale) {
    let palette = &super::style::palette(ui).panel;
    match handed {
        Handed::Queued(id) if link.delivered(id) => {
            ui.colored_label(palette.success, locale.tr("delivery-sent"));
        }
        Handed::Queued(_) => {
            ui.colored_label(palette.warning, locale.tr("delivery-queued"));
            ui.ctx().request_repaint_after(Duration::from_secs(1));
        }
        Handed::Failed(e) => {
            ui.colored_label(
                palette.error,
                locale.tr_args("delivery-error-outbox", &[("error", e.to_string())]),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_settings_entry_round_trips_and_a_bad_one_is_refused() {
        let s = DeliverySettings {
            enabled: true,
            endpoint: "http://127.0.0.1:8100/xAPI/".into(),
            username: "khoá".into(),
            password: "mật khẩu".into(),
            home_page: "https://lms.example.vn".into(),
            link: DeliveryLink::default(),
        };
        assert_eq!(DeliverySettings::from_value(&s.to_value()), Some(s));
        let bad = ron::from_str::<ron::Value>("{\"enabled\": \"yes\"}").expect("RON");
        assert_eq!(DeliverySettings::from_value(&bad), None);
        let unknown = ron::from_str::<ron::Value>("{\"proxy\": \"x\"}").expect("RON");
        assert_eq!(DeliverySettings::from_value(&unknown), None);
    }

    #[test]
    fn the_password_never_shows_in_debug_output() {
        let s = DeliverySettings {
            password: "secret-42".into(),
            ..DeliverySettings::default()
        };
        assert!(!format!("{s:?}").contains("secret-42"));
    }

    #[test]
    fn an_idle_link_takes_nothing() {
        let link = DeliveryLink::default();
        assert!(link.status().is_none());
        assert!(!link.delivered("x"));
    }
}
