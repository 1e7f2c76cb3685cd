//! The printable class report: one self-contained HTML file (inline CSS with a print
//! style, inline SVG charts, no script, nothing fetched), worded from `locales/*/class.ftl`
//! with numbers written the way the language writes them. Every string that comes from a
//! result — trainee names above all — is escaped.

use std::fmt::Write as _;
use std::path::Path;

use super::summary::{BUCKETS, Summary};
use super::{Class, ClassError, Entry, Verdict};
use crate::i18n::Locale;
use crate::record::verify::Standing;
use crate::record::write_atomic;
use crate::score::Dimension;
use crate::text::Lang;

/// Text made safe for HTML content and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// A number as the language writes it: a decimal comma in Vietnamese, Bengali digits in
/// Bengali, a decimal point in English.
pub(crate) fn number(lang: Lang, value: f64, decimals: usize) -> String {
    let plain = format!("{value:.decimals$}");
    match lang {
        Lang::En => plain,
        Lang::Vi => plain.replace('.', ","),
        Lang::Bn => plain
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(0x09E6 + d).unwrap_or(c),
                None => c,
            })
            .collect(),
    }
}

fn count(lang: Lang, n: usize) -> String {
    number(lang, n as f64, 0)
}

/// The word for a standing.
fn standing_word(locale: &Locale, standing: Standing) -> String {
    locale.tr(match standing {
        Standing::Passed => "class-standing-passed",
        Standing::PassedWithHints => "class-standing-with-hints",
        Standing::NotPassed => "class-standing-not-passed",
        Standing::Unfinished => "class-standing-unfinished",
    })
}

/// Why an entry is set apart, in the language (None for a counted one).
pub(crate) fn reason(locale: &Locale, class: &Class, entry: &Entry) -> Option<String> {
    let other = |i: usize| {
        class
            .entries
            .get(i)
            .map(|e| format!("{} ({})", e.trainee(), e.origin.label()))
            .unwrap_or_default()
    };
    Some(match &entry.verdict {
        Verdict::Counted => return None,
        Verdict::Tampered => locale.tr("class-verdict-tampered"),
        Verdict::NotChecked => locale.tr("class-verdict-not-checked"),
        Verdict::ForeignSession {
            session: Some(session),
        } => locale.tr_args(
            "class-verdict-foreign-session",
            &[("session", session.clone())],
        ),
        Verdict::ForeignSession { session: None } => locale.tr("class-verdict-no-session"),
        Verdict::Duplicate { of, similarity } => locale.tr_args(
            "class-verdict-duplicate",
            &[
                ("other", other(*of)),
                ("percent", number(locale.lang(), similarity * 100.0, 0)),
            ],
        ),
        Verdict::Superseded { by } => {
            locale.tr_args("class-verdict-superseded", &[("other", other(*by))])
        }
    })
}

const STYLE: &str = "
body { font-family: 'Noto Sans', 'Segoe UI', Arial, sans-serif; color: #1a1a1a; margin: 2em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #eee; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.facts { display: flex; flex-wrap: wrap; gap: 1.5em; margin: 0.8em 0; }
.facts div { border: 1px solid #bbb; padding: 0.4em 0.8em; }
.facts b { display: block; font-size: 1.4em; }
small { color: #555; }
svg text { font-family: inherit; font-size: 12px; fill: #1a1a1a; }
@media print {
  body { margin: 0; font-size: 10pt; }
  section { break-inside: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
";

/// The class report as one HTML document titled `title`, in the locale's language.
pub fn report_html(class: &Class, locale: &Locale, title: &str) -> String {
    let lang = locale.lang();
    let s = &class.summary;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        lang.tag(),
        escape(title),
        escape(title)
    );
    facts(&mut out, locale, s);
    section(&mut out, &locale.tr("class-distribution"), |out| {
        histogram(out, locale, s);
    });
    section(&mut out, &locale.tr("class-dimensions"), |out| {
        dimension_chart(out, locale, s);
    });
    section(&mut out, &locale.tr("class-mistakes"), |out| {
        mistakes_table(out, locale, s);
    });
    section(&mut out, &locale.tr("class-hardest"), |out| {
        cases_table(out, locale, s);
    });
    section(&mut out, &locale.tr("class-trainees"), |out| {
        trainees_table(out, locale, s);
    });
    section(&mut out, &locale.tr("class-set-apart"), |out| {
        set_apart_table(out, locale, class);
    });
    out.push_str("</body>\n</html>\n");
    out
}

/// Writes [`report_html`] to `path` atomically.
pub fn write_report(
    path: &Path,
    class: &Class,
    locale: &Locale,
    title: &str,
) -> Result<(), ClassError> {
    Ok(write_atomic(
        path,
        report_html(class, locale, title).as_bytes(),
    )?)
}

fn section(out: &mut String, heading: &str, body: impl FnOnce(&mut String)) {
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", escape(heading));
    body(out);
    out.push_str("</section>\n");
}

fn facts(out: &mut String, locale: &Locale, s: &Summary) {
    let lang = locale.lang();
    let score = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |v| number(lang, v, 1));
    let items = [
        ("class-summary-counted", count(lang, s.counted)),
        ("class-summary-set-apart", count(lang, s.set_apart)),
        ("class-summary-passed", count(lang, s.passed)),
        ("class-summary-mean", score(s.mean)),
        ("class-summary-median", score(s.median)),
    ];
    out.push_str("<div class=\"facts\">\n");
    for (id, value) in items {
        let _ = writeln!(
            out,
            "<div>{}<b>{}</b></div>",
            escape(&locale.tr(id)),
            escape(&value)
        );
    }
    out.push_str("</div>\n");
}

fn none(out: &mut String, locale: &Locale) {
    let _ = writeln!(out, "<p>{}</p>", escape(&locale.tr("class-none")));
}

/// A step for the ticks of a count axis up to `max`: 1, 2 or 5 times a power of ten, so
/// that at most five steps reach it.
fn tick_step(max: usize) -> usize {
    let mut power = 1;
    loop {
        for m in [1, 2, 5] {
            if max <= m * power * 5 {
                return m * power;
            }
        }
        power *= 10;
    }
}

/// The histogram of scores: ten bars, labelled axes, each bar's count above it.
fn histogram(out: &mut String, locale: &Locale, s: &Summary) {
    let lang = locale.lang();
    let (width, height) = (640.0, 280.0);
    let (left, right, top, bottom) = (56.0, 16.0, 16.0, 56.0);
    let plot_w = width - left - right;
    let plot_h = height - top - bottom;
    let max = s.distribution.iter().copied().max().unwrap_or(0).max(1);
    let step = tick_step(max);
    let top_value = step * max.div_ceil(step);
    let y = |v: usize| top + plot_h - plot_h * v as f64 / top_value as f64;
    let bar_w = plot_w / BUCKETS as f64;
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{}\">",
        escape(&locale.tr("class-distribution"))
    );
    let mut tick = 0;
    while tick <= top_value {
        let _ = writeln!(
            out,
            "<line x1=\"{left}\" x2=\"{}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#ddd\"/><text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            left + plot_w,
            left - 6.0,
            y(tick) + 4.0,
            count(lang, tick),
            y = y(tick)
        );
        tick += step;
    }
    for (i, n) in s.distribution.iter().enumerate() {
        let x = left + bar_w * i as f64;
        let label = if i + 1 == BUCKETS {
            format!("{}–{}", count(lang, i * 10), count(lang, 100))
        } else {
            format!("{}–{}", count(lang, i * 10), count(lang, i * 10 + 9))
        };
        let _ = writeln!(
            out,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#2b6cb0\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            x + 4.0,
            y(*n),
            bar_w - 8.0,
            top + plot_h - y(*n),
            x + bar_w / 2.0,
            y(*n) - 4.0,
            if *n > 0 {
                count(lang, *n)
            } else {
                String::new()
            },
            x + bar_w / 2.0,
            top + plot_h + 16.0,
            label
        );
    }
    let _ = writeln!(
        out,
        "<line x1=\"{left}\" x2=\"{left}\" y1=\"{top}\" y2=\"{}\" stroke=\"#333\"/><line x1=\"{left}\" x2=\"{}\" y1=\"{}\" y2=\"{}\" stroke=\"#333\"/>",
        top + plot_h,
        left + plot_w,
        top + plot_h,
        top + plot_h
    );
    let _ = writeln!(
        out,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text><text transform=\"translate(14 {:.1}) rotate(-90)\" text-anchor=\"middle\">{}</text>\n</svg>",
        left + plot_w / 2.0,
        height - 12.0,
        escape(&locale.tr("class-axis-score")),
        top + plot_h / 2.0,
        escape(&locale.tr("class-axis-trainees"))
    );
}

/// Horizontal bars: each dimension's average percent, 0–100.
fn dimension_chart(out: &mut String, locale: &Locale, s: &Summary) {
    let lang = locale.lang();
    let rows = s.dimension_averages.len().max(1) as f64;
    let (left, right, top, bottom) = (200.0, 56.0, 12.0, 48.0);
    let bar_h = 28.0;
    let width = 640.0;
    let plot_w = width - left - right;
    let plot_h = bar_h * rows;
    let height = top + plot_h + bottom;
    let x = |p: f64| left + plot_w * p.clamp(0.0, 100.0) / 100.0;
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{}\">",
        escape(&locale.tr("class-dimensions"))
    );
    for tick in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let _ = writeln!(
            out,
            "<line x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{top}\" y2=\"{}\" stroke=\"#ddd\"/><text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            top + plot_h,
            top + plot_h + 16.0,
            number(lang, tick, 0),
            x = x(tick)
        );
    }
    for (i, d) in s.dimension_averages.iter().enumerate() {
        let y = top + bar_h * i as f64;
        let name = locale.tr(&format!("dim-{}", d.dimension.id()));
        let value = d
            .average
            .map_or_else(|| "—".to_owned(), |v| number(lang, v, 1));
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text><rect x=\"{left}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#2f855a\"/><text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            left - 8.0,
            y + bar_h / 2.0 + 4.0,
            escape(&name),
            y + 4.0,
            x(d.average.unwrap_or(0.0)) - left,
            bar_h - 8.0,
            x(d.average.unwrap_or(0.0)) + 4.0,
            y + bar_h / 2.0 + 4.0,
            escape(&value)
        );
    }
    let _ = writeln!(
        out,
        "<line x1=\"{left}\" x2=\"{left}\" y1=\"{top}\" y2=\"{}\" stroke=\"#333\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>\n</svg>",
        top + plot_h,
        left + plot_w / 2.0,
        height - 10.0,
        escape(&locale.tr("class-axis-percent"))
    );
}

fn header(out: &mut String, locale: &Locale, ids: &[&str]) {
    out.push_str("<table>\n<thead><tr>");
    for id in ids {
        let _ = write!(out, "<th>{}</th>", escape(&locale.tr(id)));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
}

fn cells(out: &mut String, cells: &[(String, bool)]) {
    out.push_str("<tr>");
    for (text, numeric) in cells {
        if *numeric {
            let _ = write!(out, "<td class=\"n\">{}</td>", escape(text));
        } else {
            let _ = write!(out, "<td>{}</td>", escape(text));
        }
    }
    out.push_str("</tr>\n");
}

fn mistakes_table(out: &mut String, locale: &Locale, s: &Summary) {
    if s.mistakes.is_empty() {
        return none(out, locale);
    }
    let lang = locale.lang();
    header(
        out,
        locale,
        &[
            "class-col-rule",
            "class-col-source",
            "class-col-count",
            "class-col-trainees",
        ],
    );
    for m in &s.mistakes {
        cells(
            out,
            &[
                (locale.tr(&format!("rule-{}", m.rule.id())), false),
                (m.rule.cite().to_owned(), false),
                (count(lang, m.count), true),
                (
                    format!("{} / {}", count(lang, m.trainees), count(lang, s.counted)),
                    true,
                ),
            ],
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

fn cases_table(out: &mut String, locale: &Locale, s: &Summary) {
    if s.hardest_cases.is_empty() {
        return none(out, locale);
    }
    let lang = locale.lang();
    header(
        out,
        locale,
        &[
            "class-col-citizen",
            "class-col-scenario",
            "class-col-wrong",
            "class-col-with-mistakes",
            "class-col-main-rule",
        ],
    );
    for c in &s.hardest_cases {
        let who = match &c.name {
            Some(name) => format!("{name} ({})", c.citizen),
            None => c.citizen.clone(),
        };
        cells(
            out,
            &[
                (who, false),
                (c.scenario_id.clone(), false),
                (
                    format!("{} / {}", count(lang, c.wrong), count(lang, c.of)),
                    true,
                ),
                (
                    format!("{} / {}", count(lang, c.with_mistakes), count(lang, c.of)),
                    true,
                ),
                (
                    c.main_rule
                        .map(|r| locale.tr(&format!("rule-{}", r.id())))
                        .unwrap_or_default(),
                    false,
                ),
            ],
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

fn trainees_table(out: &mut String, locale: &Locale, s: &Summary) {
    if s.rows.is_empty() {
        return none(out, locale);
    }
    let lang = locale.lang();
    let mut ids = vec!["class-col-trainee", "class-col-score", "class-col-standing"];
    let dims: Vec<String> = Dimension::ALL
        .iter()
        .map(|d| format!("dim-{}", d.id()))
        .collect();
    ids.extend(dims.iter().map(String::as_str));
    ids.extend([
        "class-col-critical",
        "class-col-finished",
        "class-col-origin",
    ]);
    header(out, locale, &ids);
    for r in &s.rows {
        let mut row = vec![
            (r.trainee.clone(), false),
            (number(lang, r.score, 1), true),
            (standing_word(locale, r.standing), false),
        ];
        row.extend(r.dimensions.iter().map(|d| {
            (
                d.map_or_else(|| "—".to_owned(), |v| number(lang, v, 0)),
                true,
            )
        }));
        let critical: Vec<String> = r
            .critical_errors
            .iter()
            .map(|id| locale.tr(&format!("critical-{id}")))
            .collect();
        row.extend([
            (critical.join("; "), false),
            (r.finished.clone().unwrap_or_default(), false),
            (r.origin.label(), false),
        ]);
        cells(out, &row);
    }
    out.push_str("</tbody>\n</table>\n");
}

fn set_apart_table(out: &mut String, locale: &Locale, class: &Class) {
    // Copies last, each group together, for the instructor to compare.
    let mut apart: Vec<(usize, &Entry)> = class
        .set_apart()
        .filter(|(_, e)| !matches!(e.verdict, Verdict::Duplicate { .. }))
        .collect();
    for group in class.duplicate_groups() {
        apart.extend(
            group
                .into_iter()
                .filter_map(|i| class.entries.get(i).map(|e| (i, e))),
        );
    }
    if apart.is_empty() {
        return none(out, locale);
    }
    header(
        out,
        locale,
        &["class-col-trainee", "class-col-origin", "class-col-reason"],
    );
    for (_, entry) in apart {
        let why = reason(locale, class, entry).unwrap_or_default();
        let detail: Vec<String> = entry
            .report
            .differences
            .iter()
            .map(ToString::to_string)
            .collect();
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}{}</td></tr>",
            escape(entry.trainee()),
            escape(&entry.origin.label()),
            escape(&why),
            if detail.is_empty() {
                String::new()
            } else {
                format!("<br><small>{}</small>", escape(&detail.join("; ")))
            }
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
    }

    #[test]
    fn count_axes_step_by_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(tick_step(1), 1);
        assert_eq!(tick_step(5), 1);
        assert_eq!(tick_step(6), 2);
        assert_eq!(tick_step(23), 5);
        assert_eq!(tick_step(220), 50);
        assert_eq!(tick_step(350), 100);
    }

    #[test]
    fn numbers_are_written_the_way_each_language_writes_them() {
        assert_eq!(number(Lang::Vi, 85.26, 1), "85,3");
        assert_eq!(number(Lang::En, 85.26, 1), "85.3");
        assert_eq!(number(Lang::Bn, 85.5, 1), "৮৫.৫");
        assert_eq!(number(Lang::Bn, 100.0, 0), "১০০");
    }
}
