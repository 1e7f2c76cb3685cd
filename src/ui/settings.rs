//! Settings and progress: where they live, how they are read (never failing) and written
//! (atomically), and the settings panel.
//!
//! Both files are small RON maps in the platform data folder (`directories`). The reader is
//! forgiving in the style of Ruffle's preferences: a file that does not parse, or a value of
//! the wrong type or out of range, falls back to the default and leaves a [`Notice`] that the
//! home screen shows, so a damaged file never stops a trainee. Writes go through
//! [`crate::record::write_atomic`] (temporary file, sync, rename).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::i18n::Locale;
use crate::scenario::Mode;
use crate::text::Lang;

/// A message for the trainee about something the app recovered from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Message id in `ui.ftl`.
    pub id: &'static str,
    /// Message arguments.
    pub args: Vec<(&'static str, String)>,
}

impl Notice {
    /// A notice with arguments.
    pub fn new(id: &'static str, args: Vec<(&'static str, String)>) -> Self {
        Self { id, args }
    }

    /// The notice in a language.
    pub fn text(&self, locale: &Locale) -> String {
        locale.tr_args(self.id, &self.args)
    }
}

/// Where the app keeps its files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// The folder holding everything below.
    pub root: PathBuf,
    /// `settings.ron`.
    pub settings: PathBuf,
    /// `progress.ron`: best scores and passed scenarios.
    pub progress: PathBuf,
    /// The journal of the shift in progress.
    pub journal: PathBuf,
    /// Folder of exported result files.
    pub results: PathBuf,
}

impl Paths {
    /// Paths inside one folder (tests use a temporary one).
    pub fn in_dir(root: &Path) -> Self {
        Self {
            root: root.to_path_buf(),
            settings: root.join("settings.ron"),
            progress: root.join("progress.ron"),
            journal: root.join("current-shift.journal"),
            results: root.join("results"),
        }
    }

    /// The platform data folder (`~/.local/share/motcua` on Linux, `%APPDATA%` on Windows).
    /// `MOTCUA_DATA_DIR` overrides it.
    pub fn platform() -> Option<Self> {
        if let Some(dir) = std::env::var_os("MOTCUA_DATA_DIR") {
            return Some(Self::in_dir(Path::new(&dir)));
        }
        let dirs = directories::ProjectDirs::from("vn", "motcua", "motcua")?;
        Some(Self::in_dir(dirs.data_dir()))
    }

    /// Creates the folders; an error is reported as a notice.
    pub fn ensure(&self) -> Result<(), Notice> {
        std::fs::create_dir_all(&self.results).map_err(|e| {
            Notice::new(
                "notice-data-dir-failed",
                vec![
                    ("path", self.root.display().to_string()),
                    ("error", e.to_string()),
                ],
            )
        })
    }
}

/// Light or dark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Light (paper on a desk).
    #[default]
    Light,
    /// Dark.
    Dark,
}

/// The trainee's settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Interface language.
    pub lang: Lang,
    /// Text size factor, 0.8–1.6.
    pub font_scale: f32,
    /// Light or dark.
    pub theme: Theme,
    /// Practice (hints, live KPIs) or exam.
    pub mode: Mode,
    /// Trainee's name, printed in result files.
    pub trainee: String,
    /// Folder the result files are written to (`None`: `results` in the data folder).
    pub results_folder: Option<PathBuf>,
    /// Delivery of results to an LRS (xAPI).
    pub delivery: super::delivery::DeliverySettings,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            lang: Lang::Vi,
            font_scale: 1.0,
            theme: Theme::Light,
            mode: Mode::Practice,
            trainee: String::new(),
            results_folder: None,
            delivery: super::delivery::DeliverySettings::default(),
        }
    }
}

/// Smallest and largest text size factors.
pub const FONT_SCALE_RANGE: std::ops::RangeInclusive<f32> = 0.8..=1.6;

type Fields = BTreeMap<String, ron::Value>;

/// Reads a RON map file; `None` with a notice when it exists but cannot be read.
fn read_fields(path: &Path, notices: &mut Vec<Notice>) -> Option<Fields> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            notices.push(Notice::new(
                "notice-file-unreadable",
                vec![
                    ("path", path.display().to_string()),
                    ("error", e.to_string()),
                ],
            ));
            return None;
        }
    };
    match ron::from_str::<Fields>(&text) {
        Ok(f) => Some(f),
        Err(e) => {
            notices.push(Notice::new(
                "notice-file-damaged",
                vec![
                    ("path", path.display().to_string()),
                    ("error", e.to_string()),
                ],
            ));
            None
        }
    }
}

fn bad_value(key: &str, value: &ron::Value) -> Notice {
    let shown = ron::to_string(value).unwrap_or_default();
    Notice::new(
        "notice-bad-setting",
        vec![("key", key.to_owned()), ("value", shown)],
    )
}

fn text_of(value: &ron::Value) -> Option<String> {
    value.clone().into_rust::<String>().ok()
}

fn number_of(value: &ron::Value) -> Option<f64> {
    value.clone().into_rust::<f64>().ok()
}

impl Settings {
    /// Reads settings; never fails. Problems become notices and defaults.
    pub fn load(path: &Path) -> (Self, Vec<Notice>) {
        let mut notices = Vec::new();
        let mut s = Settings::default();
        let Some(fields) = read_fields(path, &mut notices) else {
            return (s, notices);
        };
        for (key, value) in &fields {
            let ok = match key.as_str() {
                "lang" => text_of(value)
                    .and_then(|t| Lang::from_tag(&t))
                    .map(|l| s.lang = l)
                    .is_some(),
                "font_scale" => number_of(value)
                    .filter(|n| FONT_SCALE_RANGE.contains(&(*n as f32)))
                    .map(|n| s.font_scale = n as f32)
                    .is_some(),
                "theme" => match text_of(value).as_deref() {
                    Some("light") => {
                        s.theme = Theme::Light;
                        true
                    }
                    Some("dark") => {
                        s.theme = Theme::Dark;
                        true
                    }
                    _ => false,
                },
                "mode" => match text_of(value).as_deref() {
                    Some("practice") => {
                        s.mode = Mode::Practice;
                        true
                    }
                    Some("exam") => {
                        s.mode = Mode::Exam;
                        true
                    }
                    _ => false,
                },
                "trainee" => text_of(value)
                    .filter(|t| t.chars().count() <= 80)
                    .map(|t| s.trainee = t)
                    .is_some(),
                "results_folder" => text_of(value)
                    .filter(|t| !t.trim().is_empty())
                    .map(|t| s.results_folder = Some(PathBuf::from(t)))
                    .is_some(),
                "delivery" => super::delivery::DeliverySettings::from_value(value)
                    .map(|d| s.delivery = d)
                    .is_some(),
                _ => {
                    notices.push(Notice::new(
                        "notice-unknown-setting",
                        vec![("key", key.clone())],
                    ));
                    true
                }
            };
            if !ok {
                notices.push(bad_value(key, value));
            }
        }
        (s, notices)
    }

    /// The RON text written to disk.
    pub fn to_text(&self) -> String {
        let mut map: BTreeMap<&str, ron::Value> = BTreeMap::new();
        map.insert("lang", ron::Value::String(self.lang.tag().to_owned()));
        map.insert(
            "font_scale",
            ron::Value::Number(ron::value::Number::F64(
                ((f64::from(self.font_scale) * 100.0).round() / 100.0).into(),
            )),
        );
        map.insert(
            "theme",
            ron::Value::String(
                match self.theme {
                    Theme::Light => "light",
                    Theme::Dark => "dark",
                }
                .to_owned(),
            ),
        );
        map.insert(
            "mode",
            ron::Value::String(
                match self.mode {
                    Mode::Practice => "practice",
                    Mode::Exam => "exam",
                }
                .to_owned(),
            ),
        );
        map.insert("trainee", ron::Value::String(self.trainee.clone()));
        if let Some(folder) = &self.results_folder {
            map.insert(
                "results_folder",
                ron::Value::String(folder.display().to_string()),
            );
        }
        map.insert("delivery", self.delivery.to_value());
        let pretty = ron::ser::PrettyConfig::new();
        ron::ser::to_string_pretty(&map, pretty).unwrap_or_default()
    }

    /// Writes settings atomically.
    pub fn save(&self, path: &Path) -> Result<(), Notice> {
        save_text(path, &self.to_text())
    }
}

fn save_text(path: &Path, text: &str) -> Result<(), Notice> {
    crate::record::write_atomic(path, text.as_bytes()).map_err(|e| {
        Notice::new(
            "notice-save-failed",
            vec![
                ("path", path.display().to_string()),
                ("error", e.to_string()),
            ],
        )
    })
}

/// Self-study progress: best score per scenario and the scenarios passed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Progress {
    /// Best total per scenario id.
    pub best: BTreeMap<String, f64>,
    /// Scenarios passed (unlocks those that require them).
    pub passed: BTreeSet<String>,
}

impl Progress {
    /// Reads progress; never fails.
    pub fn load(path: &Path) -> (Self, Vec<Notice>) {
        let mut notices = Vec::new();
        let mut p = Progress::default();
        let Some(fields) = read_fields(path, &mut notices) else {
            return (p, notices);
        };
        if let Some(v) = fields.get("best") {
            match v.clone().into_rust::<BTreeMap<String, f64>>() {
                Ok(best) => {
                    p.best = best
                        .into_iter()
                        .filter(|(_, s)| (0.0..=100.0).contains(s))
                        .collect();
                }
                Err(_) => notices.push(bad_value("best", v)),
            }
        }
        if let Some(v) = fields.get("passed") {
            match v.clone().into_rust::<BTreeSet<String>>() {
                Ok(passed) => p.passed = passed,
                Err(_) => notices.push(bad_value("passed", v)),
            }
        }
        (p, notices)
    }

    /// Records a graded shift; returns true when it is a new best worth announcing: a pass
    /// above every earlier total (a failed shift keeps its total as the best, unannounced).
    pub fn record(&mut self, scenario: &str, total: f64, passed: bool) -> bool {
        if passed {
            self.passed.insert(scenario.to_owned());
        }
        let best = self.best.entry(scenario.to_owned()).or_insert(-1.0);
        if total > *best {
            *best = total;
            passed
        } else {
            false
        }
    }

    /// Writes progress atomically.
    pub fn save(&self, path: &Path) -> Result<(), Notice> {
        fn value<T: serde::Serialize>(v: &T) -> Option<ron::Value> {
            ron::from_str(&ron::to_string(v).ok()?).ok()
        }
        let mut map: BTreeMap<&str, ron::Value> = BTreeMap::new();
        if let (Some(best), Some(passed)) = (value(&self.best), value(&self.passed)) {
            map.insert("best", best);
            map.insert("passed", passed);
        }
        let text =
            ron::ser::to_string_pretty(&map, ron::ser::PrettyConfig::new()).unwrap_or_default();
        save_text(path, &text)
    }
}

/// What the settings panel changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Changed {
    /// Something changed (save the file).
    pub any: bool,
    /// The language changed (reload messages).
    pub lang: bool,
    /// Text size or theme changed (restyle).
    pub style: bool,
}

/// The native name of each language, shown in its own script.
pub fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "Tiếng Việt",
        Lang::En => "English",
        Lang::Bn => "বাংলা",
    }
}

/// The settings panel.
pub fn settings_ui(ui: &mut egui::Ui, settings: &mut Settings, locale: &Locale) -> Changed {
    let mut changed = Changed::default();
    egui::Grid::new("settings-grid")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            ui.label(locale.tr("settings-language"));
            ui.horizontal(|ui| {
                for lang in Lang::ALL {
                    if ui
                        .selectable_label(settings.lang == lang, language_name(lang))
                        .clicked()
                        && settings.lang != lang
                    {
                        settings.lang = lang;
                        changed.lang = true;
                        changed.any = true;
                    }
                }
            });
            ui.end_row();

            let size_label = ui.label(format!(
                "{} ({:.0}%)",
                locale.tr("settings-font-size"),
                settings.font_scale * 100.0
            ));
            let slider = egui::Slider::new(&mut settings.font_scale, FONT_SCALE_RANGE)
                .step_by(0.1)
                .show_value(false);
            let r = ui
                .horizontal(|ui| ui.add(slider).labelled_by(size_label.id))
                .inner;
            if r.drag_stopped() || (r.changed() && !r.dragged()) {
                changed.style = true;
                changed.any = true;
            }
            ui.end_row();

            ui.label(locale.tr("settings-theme"));
            ui.horizontal(|ui| {
                for (theme, id) in [
                    (Theme::Light, "settings-theme-light"),
                    (Theme::Dark, "settings-theme-dark"),
                ] {
                    if ui
                        .selectable_label(settings.theme == theme, locale.tr(id))
                        .clicked()
                        && settings.theme != theme
                    {
                        settings.theme = theme;
                        changed.style = true;
                        changed.any = true;
                    }
                }
            });
            ui.end_row();

            ui.label(locale.tr("settings-mode"));
            ui.horizontal(|ui| {
                for (mode, id) in [(Mode::Practice, "mode-practice"), (Mode::Exam, "mode-exam")] {
                    if ui
                        .selectable_label(settings.mode == mode, locale.tr(id))
                        .on_hover_text(locale.tr(&format!("{id}-help")))
                        .clicked()
                        && settings.mode != mode
                    {
                        settings.mode = mode;
                        changed.any = true;
                    }
                }
            });
            ui.end_row();

            ui.label(locale.tr("settings-trainee"));
            let r = ui.add(
                egui::TextEdit::singleline(&mut settings.trainee)
                    .char_limit(80)
                    .hint_text(locale.tr("settings-trainee-hint"))
                    .desired_width(220.0),
            );
            if r.lost_focus() {
                changed.any = true;
            }
            ui.end_row();

            ui.label(locale.tr("settings-results-folder"));
            ui.horizontal_wrapped(|ui| {
                match &settings.results_folder {
                    Some(folder) => ui.label(folder.display().to_string()),
                    None => ui.label(locale.tr("settings-results-default")),
                };
                // The system's folder dialog, where there is one (it blocks this window
                // while open, as a settings choice may).
                let choose = ui
                    .add_enabled(
                        super::debrief::dialog_available(),
                        egui::Button::new(locale.tr("settings-results-choose")),
                    )
                    .on_disabled_hover_text(locale.tr("settings-results-no-dialog"));
                if choose.clicked()
                    && let Some(folder) = rfd::FileDialog::new().pick_folder()
                {
                    settings.results_folder = Some(folder);
                    changed.any = true;
                }
                if settings.results_folder.is_some()
                    && ui.button(locale.tr("settings-results-reset")).clicked()
                {
                    settings.results_folder = None;
                    changed.any = true;
                }
            });
            ui.end_row();

            changed.any |= super::delivery::settings_ui(ui, &mut settings.delivery, locale);
        });
    changed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, text: &str) -> PathBuf {
        let p = dir.join("settings.ron");
        std::fs::write(&p, text).unwrap();
        p
    }

    #[test]
    fn settings_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let s = Settings {
            lang: Lang::Bn,
            font_scale: 1.2,
            theme: Theme::Dark,
            mode: Mode::Exam,
            trainee: "Nguyễn Văn A".into(),
            results_folder: Some(PathBuf::from("/srv/lớp 3/kết quả")),
            delivery: super::super::delivery::DeliverySettings {
                enabled: true,
                endpoint: "https://lrs.example.vn/xAPI".into(),
                username: "khoá".into(),
                password: "bí mật".into(),
                home_page: String::new(),
                link: Default::default(),
            },
        };
        let p = dir.path().join("settings.ron");
        s.save(&p).unwrap();
        let (back, notices) = Settings::load(&p);
        assert_eq!(notices, vec![]);
        assert_eq!(back, s);
    }

    #[test]
    fn a_missing_file_is_silently_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let (s, notices) = Settings::load(&dir.path().join("none.ron"));
        assert_eq!(s, Settings::default());
        assert!(notices.is_empty());
    }

    #[test]
    fn a_damaged_file_falls_back_with_a_visible_message() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(dir.path(), "{\"lang\": \"vi\", garbage");
        let (s, notices) = Settings::load(&p);
        assert_eq!(s, Settings::default());
        assert_eq!(notices.len(), 1);
        let text = notices[0].text(&Locale::new(Lang::En));
        assert!(
            text.starts_with(&format!(
                "The file {} is damaged; defaults are used.",
                p.display()
            )),
            "{text}"
        );
    }

    #[test]
    fn bad_values_fall_back_one_by_one() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(
            dir.path(),
            "{\"lang\": \"fr\", \"font_scale\": 9.0, \"theme\": \"dark\", \"colour\": 1}",
        );
        let (s, notices) = Settings::load(&p);
        assert_eq!(s.lang, Lang::Vi);
        assert_eq!(s.font_scale, 1.0);
        assert_eq!(s.theme, Theme::Dark);
        let en = Locale::new(Lang::En);
        let texts: Vec<String> = notices.iter().map(|n| n.text(&en)).collect();
        assert_eq!(
            texts,
            vec![
                "Unknown setting \"colour\" ignored.".to_owned(),
                "Setting \"font_scale\" has an invalid value 9.0; the default is used.".to_owned(),
                "Setting \"lang\" has an invalid value \"fr\"; the default is used.".to_owned(),
            ]
        );
    }

    #[test]
    fn progress_round_trip_and_best_score() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("progress.ron");
        let mut prog = Progress::default();
        // A failed shift is never announced as a new best, though its total is kept.
        assert!(!prog.record("tutorial-birth", 14.2, false));
        assert!(!prog.record("tutorial-birth", 72.5, false));
        assert_eq!(prog.best.get("tutorial-birth"), Some(&72.5));
        assert!(!prog.record("tutorial-birth", 60.0, false));
        assert!(prog.record("tutorial-birth", 96.0, true));
        assert!(
            !prog.record("tutorial-birth", 90.0, true),
            "a pass below the best"
        );
        prog.save(&p).unwrap();
        let (back, notices) = Progress::load(&p);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(back, prog);
    }
}
