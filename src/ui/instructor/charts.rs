//! The class's charts (egui_plot): how many trainees scored in each ten points, and the
//! average of each dimension. Axes are labelled, every bar carries its value above it, and
//! nothing moves (no drag, zoom or scroll).

use egui_plot::{Bar, BarChart, Plot, PlotPoint};

use crate::class::{BUCKETS, Summary};
use crate::i18n::Locale;

use super::super::style;

/// The words of a score bucket: `0–9`, `10–19`, …, `90–100`.
pub fn bucket_label(k: usize) -> String {
    let low = k * 10;
    if k + 1 == BUCKETS {
        format!("{low}–100")
    } else {
        format!("{low}–{}", low + 9)
    }
}

fn fixed(plot: Plot<'_>) -> Plot<'_> {
    plot.height(200.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_x(false)
        .show_y(false)
}

/// Tick words on whole numbers of `names`, none elsewhere.
fn tick(
    names: Vec<String>,
) -> impl Fn(egui_plot::GridMark, &std::ops::RangeInclusive<f64>) -> String {
    move |mark, _| {
        let k = mark.value.round();
        if (mark.value - k).abs() < 1e-6 && k >= 0.0 {
            names.get(k as usize).cloned().unwrap_or_default()
        } else {
            String::new()
        }
    }
}

/// The score distribution: trainees per ten points.
pub fn distribution_ui(locale: &Locale, ui: &mut egui::Ui, s: &Summary) {
    ui.label(style::strong(locale.tr("class-distribution")));
    let most = s.distribution.iter().copied().max().unwrap_or(0).max(1) as f64;
    let bars: Vec<Bar> = s
        .distribution
        .iter()
        .enumerate()
        .map(|(k, &n)| {
            Bar::new(k as f64, n as f64)
                .width(0.7)
                .fill(style::GOV_BLUE)
                .name(bucket_label(k))
        })
        .collect();
    let text = style::palette(ui).panel.text;
    let values: Vec<egui_plot::Text> = s
        .distribution
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(k, &n)| {
            egui_plot::Text::new(
                format!("count-{k}"),
                PlotPoint::new(k as f64, n as f64 + most * 0.08),
                egui::RichText::new(n.to_string()).color(text),
            )
        })
        .collect();
    let names: Vec<String> = (0..BUCKETS)
        .map(|k| {
            if k % 2 == 0 {
                bucket_label(k)
            } else {
                String::new()
            }
        })
        .collect();
    let chart = BarChart::new(locale.tr("class-distribution"), bars).allow_hover(false);
    fixed(Plot::new("class-distribution"))
        .include_y(0.0)
        .include_y(most * 1.2)
        .include_x(-0.6)
        .include_x(BUCKETS as f64 - 0.4)
        .x_axis_label(locale.tr("class-axis-score"))
        .y_axis_label(locale.tr("class-axis-trainees"))
        .y_axis_formatter(move |mark, _| {
            let v = mark.value;
            if v >= 0.0 && v <= most && (v - v.round()).abs() < 1e-6 {
                format!("{v:.0}")
            } else {
                String::new()
            }
        })
        .x_axis_formatter(tick(names))
        .show(ui, |plot| {
            plot.bar_chart(chart);
            for v in values {
                plot.text(v);
            }
        });
}

/// The average percent of each dimension over the counted results.
pub fn dimensions_ui(locale: &Locale, ui: &mut egui::Ui, s: &Summary) {
    ui.label(style::strong(locale.tr("class-dimensions")));
    let dims = &s.dimension_averages;
    let bars: Vec<Bar> = dims
        .iter()
        .enumerate()
        .filter_map(|(k, d)| {
            let avg = d.average?;
            let colour = if avg >= 80.0 {
                style::OK_GREEN
            } else if avg >= 50.0 {
                style::WARN
            } else {
                style::SEAL_RED
            };
            Some(
                Bar::new(k as f64, avg)
                    .width(0.6)
                    .fill(colour)
                    .name(locale.tr(&format!("dim-{}", d.dimension.id()))),
            )
        })
        .collect();
    let text = style::palette(ui).panel.text;
    let values: Vec<egui_plot::Text> = dims
        .iter()
        .enumerate()
        .filter_map(|(k, d)| {
            let avg = d.average?;
            Some(egui_plot::Text::new(
                format!("average-{k}"),
                PlotPoint::new(k as f64, avg + 8.0),
                egui::RichText::new(format!("{avg:.0} %")).color(text),
            ))
        })
        .collect();
    let slot = ui.available_width() / dims.len().max(1) as f32;
    let names: Vec<String> = dims
        .iter()
        .map(|d| {
            let name = locale.tr(&format!("dim-{}", d.dimension.id()));
            if name.chars().count() as f32 * 7.5 < slot - 8.0 {
                name
            } else {
                short_name(&name)
            }
        })
        .collect();
    let chart = BarChart::new(locale.tr("class-dimensions"), bars).allow_hover(false);
    fixed(Plot::new("class-dimensions"))
        .include_y(0.0)
        .include_y(115.0)
        .include_x(-0.6)
        .include_x(dims.len() as f64 - 0.4)
        .x_axis_label(locale.tr("instructor-chart-dimension"))
        .y_axis_label(locale.tr("class-axis-percent"))
        .y_axis_formatter(|mark, _| {
            if (0.0..=100.0).contains(&mark.value) {
                format!("{:.0}", mark.value)
            } else {
                String::new()
            }
        })
        .x_axis_formatter(tick(names))
        .show(ui, |plot| {
            plot.bar_chart(chart);
            for v in values {
                plot.text(v);
            }
        });
}

/// A long name's first two words.
fn short_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() <= 2 {
        name.to_owned()
    } else {
        format!("{}…", words[..2].join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_worded_as_the_scores_they_hold() {
        assert_eq!(bucket_label(0), "0–9");
        assert_eq!(bucket_label(4), "40–49");
        assert_eq!(bucket_label(BUCKETS - 1), "90–100");
    }
}
