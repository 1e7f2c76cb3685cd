//! The procedure lookup tab (tra cứu thủ tục): the catalogue entry of a procedure — its
//! national code, processing time, fee, department, level of online service, result,
//! components and legal basis — opened like the real portal's page (the lookup is an action
//! the rubric sees).

use egui::RichText;

use crate::calendar::DayCount;
use crate::i18n::Locale;
use crate::scenario::{FeeRule, OnlineLevel, Procedure, ResultChannel};
use crate::sim::Action;
use crate::text::format_vnd;

use super::super::super::style;
use super::{PortalFrame, procedure_combo, section};

/// The lookup tab.
pub(super) fn lookup_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui) {
    let shift = f.shift;
    section(ui, f.locale.tr("portal-menu-lookup"));
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        chosen = procedure_combo(f, ui, "lookup-procedure");
    });
    let Some(code) = chosen else {
        return;
    };
    let looked = shift
        .actions
        .iter()
        .any(|(_, a)| matches!(a, Action::LookUpProcedure { procedure } if *procedure == code));
    if !looked {
        if ui.button(f.locale.tr("portal-lookup-open")).clicked() {
            f.request(Action::LookUpProcedure { procedure: code });
        }
        return;
    }
    let Some(p) = shift.scenario.procedure(&code) else {
        return;
    };
    ui.label(style::strong(p.name.get(f.lang)).size(15.0 * style::scale(ui)));
    if let Some(n) = &p.national_code {
        ui.label(
            f.locale
                .tr_args("portal-national-code", &[("code", n.clone())]),
        );
    }
    facts_ui(f, ui, p);
    section(ui, f.locale.tr("portal-components"));
    for c in &p.components {
        ui.label(format!(
            "• {} — {}",
            c.name.get(f.lang),
            f.submission_text(c.form)
        ));
        if let Some(n) = &c.note {
            ui.label(
                RichText::new(format!("   {}", n.get(f.lang)))
                    .small()
                    .italics(),
            );
        }
    }
    section(ui, f.locale.tr("portal-legal-basis"));
    for b in &p.legal_basis {
        ui.label(RichText::new(format!("• {b}")).small());
    }
}

/// Processing time, fee, department, online level and result, as a two-column table.
fn facts_ui(f: &PortalFrame<'_>, ui: &mut egui::Ui, p: &Procedure) {
    let locale = f.locale;
    // Each column wraps within half the page: a long fee rule never widens the portal.
    egui::Grid::new("lookup-grid")
        .num_columns(2)
        .spacing([10.0, 4.0])
        .max_col_width((ui.available_width() - 10.0) / 2.0)
        .show(ui, |ui| {
            ui.label(style::strong(locale.tr("portal-deadline")));
            let time = p.processing_time();
            ui.label(match time.counted_in {
                _ if time.is_same_day() => locale.tr("portal-same-day"),
                DayCount::WorkingDays => {
                    locale.tr_args("portal-working-days", &[("days", time.days.to_string())])
                }
                DayCount::CalendarDays => {
                    locale.tr_args("portal-calendar-days", &[("days", time.days.to_string())])
                }
            });
            ui.end_row();
            ui.label(style::strong(locale.tr("portal-fee")));
            ui.label(fee_text(locale, &p.fee));
            ui.end_row();
            ui.label(style::strong(locale.tr("portal-handled-by")));
            ui.label(locale.tr(&format!("dept-{}", p.department.id())));
            ui.end_row();
            ui.label(style::strong(locale.tr("portal-online")));
            ui.label(locale.tr(match p.online {
                OnlineLevel::Full => "online-full",
                OnlineLevel::Partial => "online-partial",
                OnlineLevel::None => "online-none",
            }));
            ui.end_row();
            ui.label(style::strong(locale.tr("portal-result")));
            ui.label(p.result.get(f.lang));
            ui.end_row();
            // Issue 13, item 3: the ways the result is returned, where the scenario asks.
            if f.shift.return_channel_in_force() {
                ui.label(style::strong(locale.tr("portal-result-channels")));
                let ways: Vec<String> = ResultChannel::ALL
                    .into_iter()
                    .filter(|c| p.offers_result(*c))
                    .map(|c| locale.tr(&format!("result-channel-{}", c.id())))
                    .collect();
                ui.label(ways.join(", "));
                ui.end_row();
            }
        });
}

/// A fee rule in words.
fn fee_text(locale: &Locale, fee: &FeeRule) -> String {
    match fee {
        FeeRule::Free => locale.tr("fee-free"),
        FeeRule::Flat { in_person, online } => locale.tr_args(
            "fee-flat",
            &[
                ("counter", format_vnd(*in_person)),
                ("online", format_vnd(*online)),
            ],
        ),
        FeeRule::PerCopy { amount } => {
            locale.tr_args("fee-per-copy", &[("amount", format_vnd(*amount))])
        }
        FeeRule::PerPage {
            first_price,
            first_pages,
            later_price,
            cap_per_copy,
        } => locale.tr_args(
            "fee-per-page",
            &[
                ("first", format_vnd(*first_price)),
                ("pages", first_pages.to_string()),
                ("later", format_vnd(*later_price)),
                ("cap", format_vnd(*cap_per_copy)),
            ],
        ),
        FeeRule::FreeWhen { otherwise, .. } => locale.tr_args(
            "fee-free-when",
            &[("otherwise", fee_text(locale, otherwise))],
        ),
    }
}
