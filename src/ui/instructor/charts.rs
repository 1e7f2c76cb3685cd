//! The class's charts (egui_plot): how many trainees scored in each ten points, and the
//! average of each dimension. Axes are labelled, every bar carries its value above it and
//! its name under it (shortened, or every other one, where the slot is narrow), and nothing
//! moves (no drag, zoom or scroll).

use egui_plot::{AxisHints, Bar, BarChart, GridInput, GridMark, Plot, PlotPoint};

use crate::class::{BUCKETS, Summary};
use crate::i18n::Locale;

use super::super::style;

/// Points of a chart's width taken by its frame and y axis.
const FRAME: f32 = 60.0;

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

/// A mark under every `every`-th of `n` bars.
fn bar_marks(n: usize, every: usize) -> impl Fn(GridInput) -> Vec<GridMark> {
    let every = every.max(1);
    move |_| {
        (0..n)
            .step_by(every)
            .map(|k| GridMark {
                value: k as f64,
                step_size: every as f64,
            })
            .collect()
    }
}

/// The x axis: `label` under bars named `names` (bar `k` at `x = k`).
fn bar_axis<'a>(label: String, names: Vec<String>) -> AxisHints<'a> {
    AxisHints::new_x()
        .label(label)
        .label_spacing(24.0..=32.0)
        .formatter(move |mark, _| {
            let k = mark.value.round();
            if (mark.value - k).abs() < 1e-6 && k >= 0.0 {
                names.get(k as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
}

/// `name` on at most two lines of the small text style, each at most `room` wide: words
/// moved to the second line as needed, and that line cut with "…" when it is still too long.
fn two_lines(ui: &egui::Ui, name: &str, room: f32) -> String {
    let font = egui::TextStyle::Small.resolve(ui.style());
    let width = |text: &str| {
        ui.painter()
            .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::WHITE)
            .size()
            .x
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut first = String::new();
    let mut rest = words.as_slice();
    while let Some((word, more)) = rest.split_first() {
        let tried = if first.is_empty() {
            (*word).to_owned()
        } else {
            format!("{first} {word}")
        };
        if !first.is_empty() && width(&tried) > room {
            break;
        }
        first = tried;
        rest = more;
    }
    if rest.is_empty() {
        return first;
    }
    let mut second = rest.join(" ");
    if width(&second) > room {
        let mut chars: Vec<char> = second.chars().collect();
        while chars.len() > 1 && width(&format!("{}…", chars.iter().collect::<String>())) > room {
            chars.pop();
        }
        second = format!("{}…", chars.iter().collect::<String>());
    }
    format!("{first}\n{second}")
}

/// How wide `text` is as a tick label.
fn label_width(ui: &egui::Ui, text: &str) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    ui.painter()
        .layout_no_wrap(text.to_owned(), font, egui::Color32::WHITE)
        .size()
        .x
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
    // Every bucket named where there is room, else every other one.
    let slot = (ui.available_width() - FRAME) / BUCKETS as f32;
    let every = if label_width(ui, &bucket_label(1)) + 6.0 <= slot {
        1
    } else {
        2
    };
    let names: Vec<String> = (0..BUCKETS).map(bucket_label).collect();
    let chart = BarChart::new(locale.tr("class-distribution"), bars).allow_hover(false);
    fixed(Plot::new("class-distribution"))
        .include_y(0.0)
        .include_y(most * 1.2)
        .include_x(-0.6)
        .include_x(BUCKETS as f64 - 0.4)
        .custom_x_axes(vec![bar_axis(locale.tr("class-axis-score"), names)])
        .y_axis_label(locale.tr("class-axis-trainees"))
        .y_axis_formatter(move |mark, _| {
            let v = mark.value;
            if (0.0..=most).contains(&v) && (v - v.round()).abs() < 1e-6 {
                format!("{v:.0}")
            } else {
                String::new()
            }
        })
        .x_grid_spacer(bar_marks(BUCKETS, every))
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
    // The names are written in the plot under each bar, not as axis tick labels: egui_plot
    // drops a tick label it finds crowded, and a bar without a name says nothing.
    let slot = (ui.available_width() - FRAME) / dims.len().max(1) as f32;
    let names: Vec<egui_plot::Text> = dims
        .iter()
        .enumerate()
        .map(|(k, d)| {
            let name = locale.tr(&format!("dim-{}", d.dimension.id()));
            egui_plot::Text::new(
                format!("dimension-{k}"),
                PlotPoint::new(k as f64, -3.0),
                egui::RichText::new(two_lines(ui, &name, slot - 6.0))
                    .small()
                    .color(text),
            )
            .anchor(egui::Align2::CENTER_TOP)
        })
        .collect();
    let chart = BarChart::new(locale.tr("class-dimensions"), bars).allow_hover(false);
    fixed(Plot::new("class-dimensions"))
        .include_y(-30.0)
        .include_y(115.0)
        .include_x(-0.6)
        .include_x(dims.len() as f64 - 0.4)
        .custom_x_axes(vec![bar_axis(
            locale.tr("instructor-chart-dimension"),
            Vec::new(),
        )])
        .y_axis_label(locale.tr("class-axis-percent"))
        .y_axis_formatter(|mark, _| {
            if (0.0..=100.0).contains(&mark.value) {
                format!("{:.0}", mark.value)
            } else {
                String::new()
            }
        })
        .x_grid_spacer(bar_marks(dims.len(), 1))
        .show(ui, |plot| {
            plot.bar_chart(chart);
            for v in values.into_iter().chain(names) {
                plot.text(v);
            }
        });
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
