//! The class's tables: the mistakes ranked by rule, the cases most trainees got wrong, the
//! per-trainee table (click a column's header to sort by it, type to filter, choose a
//! standing), and the results set apart — never counted, each with why.

use std::cmp::Ordering;

use egui::RichText;

use crate::class::{Class, Origin, Summary, TraineeRow, Verdict};
use crate::i18n::Locale;
use crate::record::verify::Standing;

use super::super::app::App;
use super::super::style;
use super::dashboard::Column;

/// The message id of a standing's word.
pub fn standing_id(standing: Standing) -> &'static str {
    match standing {
        Standing::Passed => "class-standing-passed",
        Standing::PassedWithHints => "class-standing-with-hints",
        Standing::NotPassed => "class-standing-not-passed",
        Standing::Unfinished => "class-standing-unfinished",
    }
}

const STANDINGS: [Standing; 4] = [
    Standing::Passed,
    Standing::PassedWithHints,
    Standing::NotPassed,
    Standing::Unfinished,
];

/// A finish time (RFC 3339) as `HH:MM dd/mm` in the offset it was written with.
pub fn clock(rfc3339: Option<&str>) -> String {
    rfc3339
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .map_or_else(|| "—".to_owned(), |t| t.format("%H:%M %d/%m").to_string())
}

/// The rows of the per-trainee table as shown: indices into [`Summary::rows`], filtered by
/// `filter` (in the name or the scenario's title, case and accents as typed) and `standing`,
/// sorted by `sort` (a column and whether it ascends; ties keep the name order).
pub fn visible_rows(
    rows: &[TraineeRow],
    title: &dyn Fn(&str) -> String,
    sort: (Column, bool),
    filter: &str,
    standing: Option<Standing>,
) -> Vec<usize> {
    let needle = filter.trim().to_lowercase();
    let mut shown: Vec<usize> = (0..rows.len())
        .filter(|&i| {
            let r = &rows[i];
            standing.is_none_or(|s| r.standing == s)
                && (needle.is_empty()
                    || r.trainee.to_lowercase().contains(&needle)
                    || title(&r.scenario_id).to_lowercase().contains(&needle))
        })
        .collect();
    let rank = |s: Standing| STANDINGS.iter().position(|x| *x == s).unwrap_or(0);
    let (column, ascending) = sort;
    shown.sort_by(|&a, &b| {
        let (x, y) = (&rows[a], &rows[b]);
        let order = match column {
            Column::Name => Ordering::Equal,
            Column::Scenario => title(&x.scenario_id).cmp(&title(&y.scenario_id)),
            Column::Score => x.score.total_cmp(&y.score),
            Column::Standing => rank(x.standing).cmp(&rank(y.standing)),
            Column::Finished => x.finished.cmp(&y.finished),
        };
        let order = if ascending { order } else { order.reverse() };
        order.then_with(|| x.trainee.to_lowercase().cmp(&y.trainee.to_lowercase()))
    });
    if column == Column::Name && !ascending {
        shown.reverse();
    }
    shown
}

/// The title of a scenario of the app's pack in the interface language (its id otherwise).
fn scenario_title(app: &App) -> impl Fn(&str) -> String + '_ {
    move |id: &str| {
        app.pack.as_ref().and_then(|p| p.get(id)).map_or_else(
            || id.to_owned(),
            |s| s.file.meta.title.get(app.settings.lang).to_owned(),
        )
    }
}

/// The width of a table's one wrapping column: what the other columns (`others` wide at
/// text scale 1) leave of the row, within reason.
fn wide_column(ui: &egui::Ui, others: f32) -> f32 {
    (ui.available_width() - others * style::scale(ui)).clamp(160.0, 640.0)
}

fn header(ui: &mut egui::Ui, text: String) {
    ui.label(style::strong(text));
}

/// The mistakes ranked by rule: how often, by how many trainees.
pub fn mistakes_ui(locale: &Locale, ui: &mut egui::Ui, s: &Summary) {
    ui.label(style::strong(locale.tr("class-mistakes")));
    if s.mistakes.is_empty() {
        ui.label(locale.tr("class-none"));
        return;
    }
    let wide = wide_column(ui, 240.0);
    egui::Grid::new("class-mistakes")
        .striped(true)
        .num_columns(3)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            header(ui, locale.tr("class-col-rule"));
            header(ui, locale.tr("class-col-count"));
            header(ui, locale.tr("class-col-trainees"));
            ui.end_row();
            for m in s.mistakes.iter().take(10) {
                ui.vertical(|ui| {
                    ui.set_width(wide);
                    ui.add(egui::Label::new(locale.tr(&format!("rule-{}", m.rule.id()))).wrap());
                    ui.label(
                        RichText::new(m.rule.cite())
                            .small()
                            .color(style::palette(ui).panel.weak),
                    );
                });
                ui.label(m.count.to_string());
                ui.label(m.trainees.to_string());
                ui.end_row();
            }
        });
}

/// The cases most trainees got wrong.
pub fn cases_ui(app: &App, ui: &mut egui::Ui, s: &Summary) {
    let locale = &app.locale;
    ui.label(style::strong(locale.tr("class-hardest")));
    if s.hardest_cases.is_empty() {
        ui.label(locale.tr("class-none"));
        return;
    }
    let title = scenario_title(app);
    let wide = wide_column(ui, 420.0);
    egui::Grid::new("class-cases")
        .striped(true)
        .num_columns(4)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            header(ui, locale.tr("class-col-citizen"));
            header(ui, locale.tr("class-col-scenario"));
            header(ui, locale.tr("class-col-wrong"));
            header(ui, locale.tr("class-col-main-rule"));
            ui.end_row();
            for c in &s.hardest_cases {
                ui.label(c.name.clone().unwrap_or_else(|| "—".to_owned()));
                ui.label(title(&c.scenario_id));
                ui.label(locale.tr_args(
                    "instructor-wrong-of",
                    &[("wrong", c.wrong.to_string()), ("of", c.of.to_string())],
                ));
                ui.vertical(|ui| {
                    ui.set_width(wide);
                    ui.add(
                        egui::Label::new(c.main_rule.map_or_else(
                            || "—".to_owned(),
                            |r| locale.tr(&format!("rule-{}", r.id())),
                        ))
                        .wrap(),
                    );
                });
                ui.end_row();
            }
        });
}

/// The per-trainee table: sortable by a click on a column's header, filtered by text and
/// standing.
pub fn trainees_ui(app: &mut App, ui: &mut egui::Ui, class: &Class) {
    let locale = &app.locale;
    ui.label(style::strong(locale.tr("class-trainees")));
    let d = &mut app.instructor.dashboard;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(locale.tr("instructor-filter"));
        ui.add(
            egui::TextEdit::singleline(&mut d.filter)
                .char_limit(80)
                .hint_text(locale.tr("instructor-filter-hint"))
                .desired_width(200.0),
        )
        .labelled_by(label.id);
        let label = ui.label(locale.tr("instructor-standing-filter"));
        let shown = d.standing.map_or_else(
            || locale.tr("instructor-standing-all"),
            |s| locale.tr(standing_id(s)),
        );
        egui::ComboBox::from_id_salt("class-standing")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut d.standing, None, locale.tr("instructor-standing-all"));
                for s in STANDINGS {
                    ui.selectable_value(&mut d.standing, Some(s), locale.tr(standing_id(s)));
                }
            })
            .response
            .labelled_by(label.id);
    });
    let rows = &class.summary.rows;
    let title = {
        let pack = app.pack.as_ref();
        let lang = app.settings.lang;
        move |id: &str| {
            pack.and_then(|p| p.get(id))
                .map_or_else(|| id.to_owned(), |s| s.file.meta.title.get(lang).to_owned())
        }
    };
    let d = &mut app.instructor.dashboard;
    let shown = visible_rows(rows, &title, d.sort, &d.filter, d.standing);
    let columns = [
        (Column::Name, "class-col-trainee"),
        (Column::Scenario, "class-col-scenario"),
        (Column::Score, "class-col-score"),
        (Column::Standing, "class-col-standing"),
        (Column::Finished, "class-col-finished"),
    ];
    egui::Grid::new("class-trainees")
        .striped(true)
        .num_columns(columns.len())
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for (column, id) in columns {
                let name = locale.tr(id);
                let sorted = (d.sort.0 == column).then_some(d.sort.1);
                let r = ui.horizontal(|ui| {
                    let r = ui.button(style::strong(name.clone()));
                    if let Some(ascending) = sorted {
                        sort_arrow_ui(ui, ascending);
                    }
                    r
                });
                let r = r.inner;
                let described = locale.tr_args("instructor-sort-by", &[("column", name)]);
                r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &described));
                if r.clicked() {
                    d.sort = if d.sort.0 == column {
                        (column, !d.sort.1)
                    } else {
                        // Names and scenarios read A to Z first; scores, standings and
                        // times the best or latest first.
                        (column, matches!(column, Column::Name | Column::Scenario))
                    };
                }
            }
            ui.end_row();
            for &i in &shown {
                let r = &rows[i];
                ui.label(&r.trainee);
                ui.label(title(&r.scenario_id));
                ui.label(format!("{:.1}", r.score));
                let colour = match r.standing {
                    Standing::Passed => style::palette(ui).panel.success,
                    Standing::PassedWithHints => style::palette(ui).panel.warning,
                    Standing::NotPassed | Standing::Unfinished => style::palette(ui).panel.error,
                };
                ui.colored_label(colour, locale.tr(standing_id(r.standing)));
                ui.label(clock(r.finished.as_deref()));
                ui.end_row();
            }
        });
    if shown.len() < rows.len() {
        ui.label(
            RichText::new(locale.tr_args(
                "instructor-filtered",
                &[
                    ("shown", shown.len().to_string()),
                    ("total", rows.len().to_string()),
                ],
            ))
            .small(),
        );
    }
}

/// A small triangle beside the sorted column's header: up when it ascends.
fn sort_arrow_ui(ui: &mut egui::Ui, ascending: bool) {
    let size = 9.0 * style::scale(ui);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    let c = rect.center();
    let h = size / 2.0;
    let points = if ascending {
        vec![
            c + egui::vec2(0.0, -h),
            c + egui::vec2(h, h),
            c + egui::vec2(-h, h),
        ]
    } else {
        vec![
            c + egui::vec2(-h, -h),
            c + egui::vec2(h, -h),
            c + egui::vec2(0.0, h),
        ]
    };
    ui.painter().add(egui::Shape::convex_polygon(
        points,
        style::palette(ui).panel.text,
        egui::Stroke::NONE,
    ));
}

/// Who an entry names and where it came from: `Name (file)`.
fn who(class: &Class, index: usize) -> String {
    class.entries.get(index).map_or_else(String::new, |e| {
        let name = if e.trainee().is_empty() {
            "—"
        } else {
            e.trainee()
        };
        format!("{name} ({})", e.origin.label())
    })
}

/// Why an entry is set apart, in the interface language.
pub fn verdict_text(locale: &Locale, class: &Class, verdict: &Verdict) -> String {
    match verdict {
        Verdict::Counted => String::new(),
        Verdict::Tampered => locale.tr("class-verdict-tampered"),
        Verdict::NotChecked => locale.tr("class-verdict-not-checked"),
        Verdict::ForeignSession { session: Some(s) } => {
            locale.tr_args("class-verdict-foreign-session", &[("session", s.clone())])
        }
        Verdict::ForeignSession { session: None } => locale.tr("class-verdict-no-session"),
        Verdict::Duplicate { of, similarity } => locale.tr_args(
            "class-verdict-duplicate",
            &[
                ("other", who(class, *of)),
                ("percent", format!("{:.0}", similarity * 100.0)),
            ],
        ),
        Verdict::Superseded { by } => {
            locale.tr_args("class-verdict-superseded", &[("other", who(class, *by))])
        }
    }
}

/// The results set apart, each with why: never counted.
pub fn set_apart_ui(locale: &Locale, ui: &mut egui::Ui, class: &Class) {
    ui.label(style::strong(locale.tr("class-set-apart")));
    let apart: Vec<_> = class.set_apart().collect();
    if apart.is_empty() {
        ui.label(locale.tr("class-none"));
        return;
    }
    ui.label(RichText::new(locale.tr("instructor-set-apart-help")).small());
    let wide = wide_column(ui, 360.0);
    egui::Grid::new("class-set-apart")
        .striped(true)
        .num_columns(3)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            header(ui, locale.tr("class-col-trainee"));
            header(ui, locale.tr("class-col-origin"));
            header(ui, locale.tr("class-col-reason"));
            ui.end_row();
            for (_, e) in apart {
                ui.label(if e.trainee().is_empty() {
                    "—"
                } else {
                    e.trainee()
                });
                let file = match &e.origin {
                    Origin::File(_) => e.origin.label(),
                    Origin::Lrs { .. } => locale.tr("instructor-from-lrs"),
                };
                ui.label(file);
                let colour = match e.verdict {
                    Verdict::Tampered => style::palette(ui).panel.error,
                    _ => style::palette(ui).panel.warning,
                };
                ui.vertical(|ui| {
                    ui.set_width(wide);
                    ui.add(
                        egui::Label::new(
                            RichText::new(verdict_text(locale, class, &e.verdict)).color(colour),
                        )
                        .wrap(),
                    );
                });
                ui.end_row();
            }
        });
}
