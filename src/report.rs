//! Human-readable reports of a graded shift, in any language, for the CLI and the app.
//!
//! Feedback items carry language-neutral arguments (component ids, topic ids, dates as
//! `YYYY-MM-DD`, amounts in đồng). [`feedback_message`] turns them into the trainee's
//! language: component ids become the procedure's component names, ids of topics, scan
//! problems, defects, faults, responses, questions and departments become their messages,
//! dates are written `DD/MM/YYYY`, amounts `21.000 đ`.

use std::fmt::Write;

use crate::i18n::Locale;
use crate::scenario::truth::parse_date;
use crate::score::{DimensionScore, Feedback, ScoreReport};
use crate::sim::Shift;
use crate::text::format_vnd;

/// The procedure a feedback item is about: its dossier's, else its citizen's.
fn procedure_of<'a>(shift: &'a Shift, f: &Feedback) -> Option<&'a crate::scenario::Procedure> {
    let from_dossier = f
        .dossier
        .as_ref()
        .and_then(|c| shift.portal.dossiers.get(c))
        .map(|d| d.procedure.as_str());
    let from_citizen = f
        .citizen
        .as_ref()
        .and_then(|id| shift.citizens.iter().find(|c| &c.arrival.id == id))
        .and_then(|c| c.procedure());
    from_dossier
        .or(from_citizen)
        .and_then(|code| shift.scenario().procedure(code))
}

/// One argument in the locale's words.
pub fn localize_arg(
    locale: &Locale,
    shift: &Shift,
    f: &Feedback,
    key: &str,
    value: &str,
) -> String {
    let lang = locale.lang();
    let message = |prefix: &str| {
        let id = format!("{prefix}-{value}");
        if locale.has(&id) {
            locale.tr(&id)
        } else {
            value.to_owned()
        }
    };
    match key {
        "component" => {
            let procedures = procedure_of(shift, f)
                .into_iter()
                .chain(shift.scenario().catalog.procedures.values());
            procedures
                .filter_map(|p| p.component(value))
                .map(|c| c.name.get(lang).to_owned())
                .next()
                .unwrap_or_else(|| value.to_owned())
        }
        "paper" => paper_name(shift, value)
            .map_or_else(|| value.to_owned(), |name| name.get(lang).to_owned()),
        "topic" => message("guide"),
        "problem" => message("scan"),
        "defect" => message("defect"),
        "fault" => message("fault"),
        "response" => message("response"),
        "block" => message("kiosk-block"),
        "question" => message("question"),
        "department" => message("dept"),
        "bundle" => shift
            .scenario()
            .bundle(value)
            .map_or_else(|| value.to_owned(), |b| b.name.get(lang).to_owned()),
        "procedure" => shift
            .scenario()
            .procedure(value)
            .map_or_else(|| value.to_owned(), |p| p.name.get(lang).to_owned()),
        "ground" | "given" if !value.contains('-') || parse_date(value).is_none() => {
            // A refusal ground: a refusal rule of the procedure, or a defect.
            let rule =
                procedure_of(shift, f).and_then(|p| p.refusals.iter().find(|r| r.id == value));
            match rule {
                Some(r) => r.ground.get(lang).to_owned(),
                None if locale.has(&format!("defect-{value}")) => {
                    locale.tr(&format!("defect-{value}"))
                }
                None => value.to_owned(),
            }
        }
        "charged" | "correct" if value.bytes().all(|b| b.is_ascii_digit()) && !value.is_empty() => {
            value
                .parse::<u64>()
                .map_or_else(|_| value.to_owned(), format_vnd)
        }
        _ => match parse_date(value) {
            Some(d) if value.len() == 10 => d.format("%d/%m/%Y").to_string(),
            _ => value.to_owned(),
        },
    }
}

/// The name of the kind of paper `document` (a document id of the shift's citizens or
/// online dossiers).
fn paper_name<'a>(shift: &'a Shift, document: &str) -> Option<&'a crate::text::LocalizedText> {
    let doc = shift.paper(document)?;
    shift
        .scenario()
        .catalog
        .document_kinds
        .get(&doc.kind)
        .map(|k| &k.name)
}

/// A feedback item's message in the locale's language, with its arguments localized.
pub fn feedback_message(locale: &Locale, shift: &Shift, f: &Feedback) -> String {
    let args: Vec<(&str, String)> = f
        .args
        .iter()
        .map(|(k, v)| (k.as_str(), localize_arg(locale, shift, f, k, v)))
        .collect();
    locale.tr_args(&f.message, &args)
}

/// The perception KPI's detail: defects found of those visible, false flags, median time.
pub fn perception_detail(locale: &Locale, kpis: &crate::score::Kpis) -> String {
    let p = &kpis.perception;
    let seconds = p
        .median_seconds_to_find
        .map_or_else(|| "none".to_owned(), |s| s.to_string());
    locale.tr_args(
        "kpi-perception-detail",
        &[
            ("found", p.found.to_string()),
            ("visible", p.visible.to_string()),
            ("false", p.false_flags.to_string()),
            ("seconds", seconds),
        ],
    )
}

/// The queue's waiting cost (issue 13): citizen-minutes waiting to be called, and at the
/// kiosk for nothing; read beside the online-submission rate.
pub fn queue_wait_line(locale: &Locale, kpis: &crate::score::Kpis) -> String {
    locale.tr_args(
        "kpi-queue-wait",
        &[("minutes", format!("{:.0}", kpis.queue_wait_minutes))],
    )
}

/// The rule a feedback item cites, with its legal source.
pub fn rule_line(locale: &Locale, f: &Feedback) -> String {
    format!(
        "{} — {}",
        locale.tr(&format!("rule-{}", f.rule.id())),
        f.rule.cite()
    )
}

/// The verdict in a word or two: passed, passed with hints, or not passed.
pub fn verdict(locale: &Locale, report: &ScoreReport) -> String {
    if report.passed {
        locale.tr("report-passed")
    } else if report.passed_with_hints() {
        locale.tr("report-passed-with-hints")
    } else {
        locale.tr("report-failed")
    }
}

/// What the trainee must know to read the total: the shift was not ended, too many wrong
/// decisions on dossiers for a pass, hints kept a pass from counting, and which parts of the
/// rubric had no work and were left out.
pub fn score_notes(locale: &Locale, report: &ScoreReport) -> Vec<String> {
    let mut notes = Vec::new();
    if !report.finished {
        notes.push(locale.tr("report-unfinished"));
    }
    if report.wrong_decisions > report.allowed_wrong_decisions() {
        notes.push(locale.tr_args(
            "report-too-many-wrong-decisions",
            &[
                ("wrong", report.wrong_decisions.to_string()),
                ("allowed", report.allowed_wrong_decisions().to_string()),
                ("decisions", report.decisions.to_string()),
            ],
        ));
    }
    let below: Vec<String> = report
        .dimensions_below_floor()
        .map(|d| {
            format!(
                "{} {:.0}%",
                locale.tr(&format!("dim-{}", d.dimension.id())),
                d.percent
            )
        })
        .collect();
    if !below.is_empty() {
        notes.push(locale.tr_args(
            "report-dimensions-below-floor",
            &[
                ("dimensions", below.join(", ")),
                ("floor", format!("{:.0}", crate::score::DIMENSION_FLOOR)),
            ],
        ));
    }
    if report.passed_with_hints() {
        notes.push(locale.tr_args(
            "report-hints-block-pass",
            &[("count", report.hints_used.to_string())],
        ));
    }
    let dropped: Vec<String> = report
        .dropped_dimensions()
        .map(|d| locale.tr(&format!("dim-{}", d.dimension.id())))
        .collect();
    if !dropped.is_empty() && report.counted_dimensions().next().is_some() {
        notes.push(locale.tr_args(
            "report-dimensions-dropped",
            &[("dimensions", dropped.join(", "))],
        ));
    }
    notes
}

/// One dimension's share as shown: `percent` and `points/out of`, or "not counted".
pub fn dimension_cells(locale: &Locale, d: &DimensionScore) -> (String, String) {
    if d.counted() {
        (
            format!("{:.0}%", d.percent),
            format!("{:.1}/{:.0}", d.points, d.out_of),
        )
    } else {
        (locale.tr("report-not-counted"), "—".to_owned())
    }
}

/// A plain-text score report (for the command line).
pub fn text_report(locale: &Locale, shift: &Shift, report: &ScoreReport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: {:.1}/100 — {}",
        locale.tr("report-total"),
        report.total,
        verdict(locale, report)
    );
    for note in score_notes(locale, report) {
        let _ = writeln!(out, "  * {note}");
    }
    for d in &report.dimensions {
        let (percent, points) = dimension_cells(locale, d);
        let _ = writeln!(
            out,
            "  {:<34} {:>6}  {:>9}",
            locale.tr(&format!("dim-{}", d.dimension.id())),
            percent,
            points,
        );
    }
    if !report.critical.is_empty() {
        let _ = writeln!(out, "{}:", locale.tr("report-critical"));
        for c in &report.critical {
            let _ = writeln!(out, "  ! {}", locale.tr(&format!("critical-{}", c.id())));
        }
    }
    if !report.feedback.is_empty() {
        let _ = writeln!(out, "{}:", locale.tr("report-feedback"));
        for f in &report.feedback {
            let at =
                f.at.map(|t| shift.moment(t).format("%H:%M").to_string())
                    .unwrap_or_else(|| "--:--".into());
            let mark = if f.critical.is_some() { "!" } else { "-" };
            let _ = writeln!(
                out,
                "  {mark} {at} {} (−{:.1})",
                feedback_message(locale, shift, f),
                f.units
            );
            let _ = writeln!(out, "          {}", rule_line(locale, f));
        }
    }
    let _ = writeln!(out, "{}:", locale.tr("report-kpis"));
    for (id, v) in report.kpis.entries() {
        let _ = writeln!(out, "  {:<34} {:>5.1}", locale.tr(id), v);
    }
    let _ = writeln!(out, "  {}", perception_detail(locale, &report.kpis));
    let _ = writeln!(out, "  {}", queue_wait_line(locale, &report.kpis));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::Mode;
    use crate::sim::Action;
    use crate::text::Lang;

    fn tutorial() -> std::sync::Arc<crate::scenario::Scenario> {
        let dir = std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/scenarios/tutorial-birth"
        ));
        std::sync::Arc::new(crate::scenario::load::open_scenario(dir).unwrap())
    }

    #[test]
    fn component_ids_become_component_names_and_dates_are_written_the_vietnamese_way() {
        let mut shift = Shift::new(tutorial(), 1, Mode::Exam);
        shift.apply(Action::CallNext).unwrap();
        shift
            .apply(Action::CreateDossier {
                procedure: "birth-registration".into(),
            })
            .unwrap();
        let code = shift.portal.dossiers.keys().next().cloned().unwrap();
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        shift
            .apply(Action::IssueReceipt {
                dossier: code,
                appointment: date,
            })
            .unwrap();
        let report = crate::score::grade(&shift);
        let vi = Locale::new(Lang::Vi);
        let en = Locale::new(Lang::En);
        let missing = report
            .feedback
            .iter()
            .find(|f| f.message == "fb-not-digitized")
            .unwrap();
        assert!(
            feedback_message(&vi, &shift, missing).contains("Tờ khai đăng ký khai sinh"),
            "{}",
            feedback_message(&vi, &shift, missing)
        );
        assert!(feedback_message(&en, &shift, missing).contains("Birth registration declaration"));
        let wrong = report
            .feedback
            .iter()
            .find(|f| f.message == "fb-wrong-deadline")
            .unwrap();
        let text = feedback_message(&vi, &shift, wrong);
        assert!(
            text.contains("24/11/2026") && text.contains("23/11/2026"),
            "{text}"
        );
        let full = text_report(&en, &shift, &report);
        assert!(
            full.contains("Wrong return date on the appointment slip"),
            "{full}"
        );
    }
}
