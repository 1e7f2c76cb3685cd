//! Slips rendered as the real A5 forms: the receipt and appointment slip, the supplement
//! request, the refusal, the apology and new date, the fee receipt and the stop notice —
//! with the unit's header, the national motto, the number, the body and the signature.

use chrono::Datelike;
use egui::{Align2, Color32, FontId, Sense, Stroke, pos2, vec2};

use crate::i18n::Locale;
use crate::portal::{Slip, SlipKind};
use crate::sim::Shift;
use crate::text::format_vnd;

use super::super::app::App;
use super::super::describe;
use super::super::fonts;
use super::super::style;

/// Lines of a slip's body, in the interface language.
pub fn body_lines(shift: &Shift, slip: &Slip, locale: &Locale) -> Vec<String> {
    let lang = locale.lang();
    let citizen = slip
        .citizen
        .as_ref()
        .and_then(|id| shift.citizens.iter().find(|c| &c.arrival.id == id))
        .map(|c| c.name().to_owned())
        .unwrap_or_default();
    let proc_name = describe::procedure(shift, &slip.procedure, lang);
    let mut lines = vec![
        locale.tr_args("slip-line-citizen", &[("citizen", citizen)]),
        locale.tr_args("slip-line-procedure", &[("procedure", proc_name)]),
    ];
    if let Some(d) = &slip.dossier {
        lines.push(locale.tr_args("slip-line-dossier", &[("dossier", d.clone())]));
    }
    match slip.kind {
        SlipKind::Receipt => {
            if let Some(date) = slip.date {
                lines.push(
                    locale.tr_args("slip-line-appointment", &[("date", describe::date(date))]),
                );
            }
            lines.push(locale.tr("slip-line-receipt-note"));
            // Issue 13, item 3: how the result is received, where the scenario asks for it.
            if shift.return_channel_in_force()
                && let Some(d) = slip
                    .dossier
                    .as_ref()
                    .and_then(|d| shift.portal.dossiers.get(d))
            {
                let channel = locale.tr(&format!("result-channel-{}", d.return_channel.id()));
                lines.push(locale.tr_args("slip-line-result-channel", &[("channel", channel)]));
            }
        }
        SlipKind::SupplementRequest => {
            lines.push(locale.tr("slip-line-supplement"));
            for c in &slip.components {
                lines.push(format!(
                    "  - {}",
                    describe::component(shift, &slip.procedure, c, lang)
                ));
            }
            lines.push(locale.tr("slip-line-supplement-note"));
        }
        SlipKind::Refusal => {
            let ground = slip.ground.clone().unwrap_or_default();
            let text = describe::refusal_ground(shift, &slip.procedure, &ground, locale);
            lines.push(locale.tr_args("slip-line-ground", &[("ground", text)]));
        }
        SlipKind::Apology => {
            if let Some(reason) = &slip.ground {
                lines.push(locale.tr_args("slip-line-reason", &[("reason", reason.clone())]));
            }
            if let Some(date) = slip.date {
                lines.push(locale.tr_args("slip-line-new-date", &[("date", describe::date(date))]));
            }
            lines.push(locale.tr("slip-line-apology"));
        }
        SlipKind::FeeReceipt => {
            if let Some(a) = slip.amount {
                lines.push(locale.tr_args("slip-line-amount", &[("amount", format_vnd(a))]));
            }
        }
        SlipKind::StopNotice => lines.push(locale.tr("slip-line-stop")),
    }
    if slip.electronic {
        lines.push(locale.tr("slip-line-electronic"));
    }
    lines
}

/// The number of a slip, as a one-stop unit numbers its papers: the slip's place in the
/// year's register of its kind, the year and the kind's short code (`02/2026/TNHS`).
pub fn printed_number(shift: &Shift, slip: &Slip, locale: &Locale) -> String {
    let place = shift
        .portal
        .slips
        .iter()
        .filter(|s| s.kind == slip.kind && s.number <= slip.number)
        .count();
    locale.tr_args(
        "slip-number",
        &[
            ("number", format!("{place:02}")),
            ("year", slip.issued_at.year().to_string()),
            ("code", locale.tr(&format!("slip-code-{}", slip.kind.id()))),
        ],
    )
}

/// A slip being drawn: where, at which scale, with which fonts.
struct A5 {
    p: egui::Painter,
    rect: egui::Rect,
    k: f32,
    width: f32,
    /// Centre of the right-hand column (motto, date, clerk's signature).
    rx: f32,
}

impl A5 {
    fn bold(&self, size: f32) -> FontId {
        FontId::new(size * self.k, fonts::bold())
    }

    fn regular(&self, size: f32) -> FontId {
        FontId::new(size * self.k, egui::FontFamily::Proportional)
    }
}

/// Draws a slip as an A5 paper.
pub fn slip_ui(ui: &mut egui::Ui, shift: &Shift, slip: &Slip, locale: &Locale, clerk: &str) {
    let lines = body_lines(shift, slip, locale);
    let width = 420.0_f32.min(ui.available_width());
    let k = width / 420.0;
    let height = width * 1.414;
    let (rect, resp) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    let title = locale.tr(&slip.kind.name_key(slip.family));
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &title));
    // What the paper says, for a screen reader (and the tests that read the screen).
    let number = locale.tr_args(
        "slip-number-line",
        &[("number", printed_number(shift, slip, locale))],
    );
    let said = std::iter::once(number)
        .chain(lines.iter().cloned())
        .collect::<Vec<_>>()
        .join("\n");
    ui.ctx()
        .accesskit_node_builder(resp.id, |node| node.set_description(said));
    let a5 = A5 {
        p: ui.painter_at(rect.expand(2.0)),
        rect,
        k,
        width,
        rx: rect.right() - 110.0 * k,
    };
    a5.p.rect_filled(
        rect.translate(vec2(3.0, 3.0)),
        2.0,
        Color32::from_black_alpha(60),
    );
    a5.p.rect_filled(rect, 2.0, Color32::WHITE);
    unit_heading(&a5, shift, slip, locale);
    motto_and_date(&a5, slip);
    title_and_body(&a5, &title, &lines);
    signatures(&a5, slip, locale, clerk);
    a5.p.rect_stroke(
        rect,
        2.0,
        Stroke::new(1.0, Color32::from_gray(160)),
        egui::StrokeKind::Inside,
    );
}

/// Top left: the unit's name, underlined, and the slip's number.
fn unit_heading(a5: &A5, shift: &Shift, slip: &Slip, locale: &Locale) {
    let (p, rect, k, ink) = (&a5.p, a5.rect, a5.k, style::INK);
    let centre = shift
        .scenario
        .file
        .shift
        .centre
        .get(locale.lang())
        .to_uppercase();
    let lx = rect.left() + 100.0 * k;
    let unit = p.layout(centre, a5.bold(8.5), ink, 170.0 * k);
    let unit_h = unit.size().y;
    p.galley(
        pos2(lx - unit.size().x / 2.0, rect.top() + 14.0 * k),
        unit,
        ink,
    );
    p.line_segment(
        [
            pos2(lx - 30.0 * k, rect.top() + 18.0 * k + unit_h),
            pos2(lx + 30.0 * k, rect.top() + 18.0 * k + unit_h),
        ],
        Stroke::new(0.8, ink),
    );
    p.text(
        pos2(lx, rect.top() + 24.0 * k + unit_h),
        Align2::CENTER_TOP,
        locale.tr_args(
            "slip-number-line",
            &[("number", printed_number(shift, slip, locale))],
        ),
        a5.regular(8.5),
        ink,
    );
}

/// Top right: the national motto, underlined, and the time and date of issue.
fn motto_and_date(a5: &A5, slip: &Slip) {
    let (p, rect, k, rx, ink) = (&a5.p, a5.rect, a5.k, a5.rx, style::INK);
    p.text(
        pos2(rx, rect.top() + 14.0 * k),
        Align2::CENTER_TOP,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        a5.bold(8.0),
        ink,
    );
    p.text(
        pos2(rx, rect.top() + 27.0 * k),
        Align2::CENTER_TOP,
        "Độc lập - Tự do - Hạnh phúc",
        a5.bold(8.5),
        ink,
    );
    p.line_segment(
        [
            pos2(rx - 50.0 * k, rect.top() + 42.0 * k),
            pos2(rx + 50.0 * k, rect.top() + 42.0 * k),
        ],
        Stroke::new(0.8, ink),
    );
    let d = slip.issued_at.date();
    p.text(
        pos2(rx, rect.top() + 50.0 * k),
        Align2::CENTER_TOP,
        format!(
            "{}, ngày {:02} tháng {:02} năm {}",
            slip.issued_at.format("%H:%M"),
            d.day(),
            d.month(),
            d.year()
        ),
        a5.regular(8.5),
        ink,
    );
}

/// The title in capitals, centred, then the body's lines.
fn title_and_body(a5: &A5, title: &str, lines: &[String]) {
    let (p, rect, k, width, ink) = (&a5.p, a5.rect, a5.k, a5.width, style::INK);
    let t = p.layout(title.to_uppercase(), a5.bold(12.5), ink, width - 40.0 * k);
    let ty = rect.top() + 90.0 * k;
    let th = t.size().y;
    p.galley(pos2(rect.center().x - t.size().x / 2.0, ty), t, ink);
    let mut y = ty + th + 14.0 * k;
    for line in lines {
        let g = p.layout(line.clone(), a5.regular(10.5), ink, width - 50.0 * k);
        let h = g.size().y;
        p.galley(pos2(rect.left() + 25.0 * k, y), g, ink);
        y += h + 5.0 * k;
    }
}

/// The clerk's signature block with their name, and the citizen's place to sign (not on
/// slips sent electronically).
fn signatures(a5: &A5, slip: &Slip, locale: &Locale, clerk: &str) {
    let (p, rect, k, rx, ink) = (&a5.p, a5.rect, a5.k, a5.rx, style::INK);
    let sy = rect.bottom() - 110.0 * k;
    p.text(
        pos2(rx, sy),
        Align2::CENTER_TOP,
        locale.tr("slip-clerk"),
        a5.bold(9.5),
        ink,
    );
    p.text(
        pos2(rx, sy + 14.0 * k),
        Align2::CENTER_TOP,
        locale.tr("slip-sign-hint"),
        a5.regular(8.0),
        ink,
    );
    let pts: Vec<egui::Pos2> = (0..20)
        .map(|n| {
            let f = n as f32 / 19.0;
            pos2(
                rx - 35.0 * k + f * 70.0 * k,
                sy + 50.0 * k + (f * 14.0).sin() * 5.0 * k,
            )
        })
        .collect();
    p.add(egui::Shape::line(pts, Stroke::new(1.3, style::PEN)));
    p.text(
        pos2(rx, sy + 72.0 * k),
        Align2::CENTER_TOP,
        clerk,
        a5.bold(9.5),
        ink,
    );
    if !slip.electronic {
        p.text(
            pos2(rect.left() + 70.0 * k, sy),
            Align2::CENTER_TOP,
            locale.tr("slip-citizen-sign"),
            a5.bold(9.5),
            ink,
        );
    }
}

/// The window showing the slip just issued (or chosen in the dossier list).
pub fn slip_window_ui(app: &mut App, ctx: &egui::Context) {
    let Some(n) = app.counter.slip else {
        return;
    };
    let Some(session) = &app.session else {
        return;
    };
    let Some(slip) = session.shift.portal.slips.iter().find(|s| s.number == n) else {
        app.counter.slip = None;
        return;
    };
    let clerk = if session.trainee.is_empty() {
        app.locale.tr("slip-clerk-unnamed")
    } else {
        session.trainee.clone()
    };
    let mut open = true;
    let mut close = false;
    egui::Window::new(app.locale.tr(&slip.kind.name_key(slip.family)))
        .id(egui::Id::unique("slip-window"))
        .open(&mut open)
        .resizable(false)
        .collapsible(false)
        .default_pos(ctx.content_rect().center() - vec2(220.0, 320.0))
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .max_height(ctx.content_rect().height() - 140.0)
                .show(ui, |ui| {
                    slip_ui(ui, &session.shift, slip, &app.locale, &clerk);
                });
            if ui.button(app.locale.tr("slip-hand-over")).clicked() {
                close = true;
            }
        });
    if !open || close {
        app.counter.slip = None;
    }
}
