//! The calendar helper beside the appointment date: a month grid with the days off of the
//! shift's working calendar in red and make-up working Saturdays in green, each day named
//! on hover. Clicking a day fills in the date; which day is right stays the trainee's call.

use chrono::{Datelike, NaiveDate};
use egui::{Color32, RichText, Stroke};

use crate::calendar::DayStatus;
use crate::i18n::Locale;

use super::super::super::describe;
use super::super::super::style;
use super::PortalFrame;

/// The month grid (opened by the calendar button of the receipt section).
pub(super) fn calendar_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui) {
    let today = f.shift.clock().date();
    let month = f
        .input
        .month
        .unwrap_or_else(|| today.with_day(1).unwrap_or(today));
    egui::Frame::new()
        .stroke(Stroke::new(1.0, Color32::from_gray(180)))
        .corner_radius(4)
        .inner_margin(6)
        .show(ui, |ui| {
            month_switch_ui(f, ui, month);
            egui::Grid::new("calendar")
                .spacing([2.0, 2.0])
                .show(ui, |ui| days_ui(f, ui, month, today));
            ui.label(RichText::new(f.locale.tr("calendar-legend")).small());
        });
}

/// The month shown, with buttons to the previous and next month.
fn month_switch_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, month: NaiveDate) {
    ui.horizontal(|ui| {
        if ui
            .small_button("<")
            .on_hover_text(f.locale.tr("calendar-previous"))
            .clicked()
        {
            f.input.month = month.checked_sub_months(chrono::Months::new(1));
        }
        ui.label(style::strong(format!(
            "{:02}/{}",
            month.month(),
            month.year()
        )));
        if ui
            .small_button(">")
            .on_hover_text(f.locale.tr("calendar-next"))
            .clicked()
        {
            f.input.month = month.checked_add_months(chrono::Months::new(1));
        }
    });
}

/// The weekday names, then the days of `month` from Monday on.
fn days_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, month: NaiveDate, today: NaiveDate) {
    let cal = f.shift.calendar();
    for d in [
        "calendar-mon",
        "calendar-tue",
        "calendar-wed",
        "calendar-thu",
        "calendar-fri",
        "calendar-sat",
        "calendar-sun",
    ] {
        ui.label(RichText::new(f.locale.tr(d)).small());
    }
    ui.end_row();
    let offset = month.weekday().num_days_from_monday();
    for _ in 0..offset {
        ui.label("");
    }
    let mut day = month;
    let mut col = offset;
    while day.month() == month.month() {
        let status = cal.day_status(day);
        let mut text = RichText::new(format!("{:2}", day.day()));
        if !status.is_working() {
            text = text.color(style::palette(ui).page.error);
        } else if matches!(status, DayStatus::MakeUpWorkingDay(_)) {
            text = text.color(style::palette(ui).page.success).strong();
        }
        if day == today {
            text = text.underline().strong();
        }
        let name = format!(
            "{} — {}",
            describe::date(day),
            day_status_text(f.locale, &status)
        );
        let r = ui.add(egui::Button::new(text).small().frame(true));
        let r = r.on_hover_text(&name);
        if r.clicked() {
            f.input.appointment = describe::date(day);
        }
        col += 1;
        if col.is_multiple_of(7) {
            ui.end_row();
        }
        match day.succ_opt() {
            Some(n) => day = n,
            None => break,
        }
    }
}

/// What kind of day it is, in the trainee's language, with the day's name (why it is off, or
/// which day off a make-up Saturday replaces): what a printed office calendar shows.
fn day_status_text(locale: &Locale, status: &DayStatus) -> String {
    let lang = locale.lang();
    match status {
        DayStatus::Working => locale.tr("calendar-working"),
        DayStatus::MakeUpWorkingDay(name) => {
            locale.tr_args("calendar-make-up", &[("name", name.get(lang).to_owned())])
        }
        DayStatus::Weekend(_) => locale.tr("calendar-weekend"),
        DayStatus::DayOff(name) | DayStatus::OptionalDayOff { name, .. } => locale.tr_args(
            "calendar-day-off-named",
            &[("name", name.get(lang).to_owned())],
        ),
    }
}
