//! The reception tab (tiếp nhận hồ sơ): creating the dossier of the citizen at the counter,
//! then its form — the fields typed from the papers, the components and the scans attached
//! to each, the fee and its payment, certified copies — and the receipt with the appointment
//! date the trainee works out.

use egui::RichText;

use crate::portal::Dossier;
use crate::scenario::{CopyForm, Document};
use crate::sim::{Action, Citizen, DossierField, PaymentMethod};
use crate::text::format_vnd;

use super::super::super::describe;
use super::super::super::style;
use super::{PortalFrame, calendar, dispose, online, procedure_combo, section, slip_forms};

/// The reception tab.
pub(super) fn reception_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui) {
    let shift = f.shift;
    let Some(i) = shift.counter else {
        ui.label(f.locale.tr("portal-no-citizen"));
        online::online_queue_ui(f, ui);
        return;
    };
    let citizen = &shift.citizens[i];
    slip_forms::slip_forms_ui(f, ui);
    let draft = citizen
        .dossiers
        .iter()
        .filter_map(|c| shift.portal.dossiers.get(c))
        .find(|d| d.draft);
    match draft {
        None => new_dossier_ui(f, ui, citizen),
        Some(d) => dossier_ui(f, ui, d),
    }
    dispose::dispose_ui(f, ui, draft.map(|d| d.code.as_str()));
    online::online_queue_ui(f, ui);
}

/// No dossier is being entered: choose the procedure and create one; the citizen's dossiers
/// already received are listed with their status.
fn new_dossier_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, citizen: &Citizen) {
    section(ui, f.locale.tr("portal-new-dossier"));
    let mut chosen = None;
    ui.horizontal_wrapped(|ui| {
        chosen = procedure_combo(f, ui, "new-dossier-procedure");
    });
    ui.horizontal(|ui| {
        if ui
            .button(style::strong(f.locale.tr("portal-create")))
            .clicked()
            && let Some(p) = chosen.clone()
        {
            f.request(Action::CreateDossier { procedure: p });
        }
    });
    super::bundle::create_bundle_ui(f, ui);
    for d in citizen
        .dossiers
        .iter()
        .filter_map(|c| f.shift.portal.dossiers.get(c))
    {
        ui.label(format!("{} — {}", d.code, f.status_text(d.status)));
    }
}

/// The dossier being entered, from its form to its receipt.
fn dossier_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    section(
        ui,
        f.locale
            .tr_args("portal-dossier", &[("dossier", d.code.clone())]),
    );
    ui.label(
        RichText::new(describe::procedure(f.shift, &d.procedure, f.lang))
            .color(style::palette(ui).page.accent),
    );
    form_ui(f, ui, d);
    components_ui(f, ui, d);
    fee_ui(f, ui, d);
    payment_ui(f, ui, d);
    certify_ui(f, ui, d);
    // Issue 13, item 3: how the citizen receives the result.
    super::results::return_channel_ui(f, ui, d);
    receipt_ui(f, ui, d);
}

/// The widest a dossier field's box is; a narrow portal (a 1024-point screen) gives it less.
const FIELD_WIDTH: f32 = 230.0;
/// Room kept beside a field's box for its save button.
const SAVE_ROOM: f32 = 64.0;

/// The dossier's fields, each saved by Enter or its button. In a wide portal the labels
/// stand left of the boxes; in a narrow one each label stands above its box, so that
/// nothing reaches past the portal's edge.
fn form_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    let label_room = DossierField::ALL
        .iter()
        .map(|field| {
            let text = f.locale.tr(&format!("field-{}", field.id()));
            let font = egui::TextStyle::Body.resolve(ui.style());
            ui.fonts_mut(|fonts| fonts.layout_no_wrap(text, font, egui::Color32::PLACEHOLDER))
                .size()
                .x
        })
        .fold(0.0, f32::max);
    let wide = label_room + 8.0 + FIELD_WIDTH + 8.0 + SAVE_ROOM <= ui.available_width();
    if wide {
        egui::Grid::new("dossier-form")
            .num_columns(3)
            .spacing([8.0, 6.0])
            .show(ui, |ui| {
                for (n, field) in DossierField::ALL.iter().enumerate() {
                    let label = ui.label(f.locale.tr(&format!("field-{}", field.id())));
                    field_input_ui(f, ui, d, n, *field, label.id, FIELD_WIDTH);
                    ui.end_row();
                }
            });
    } else {
        for (n, field) in DossierField::ALL.iter().enumerate() {
            let label =
                ui.add(egui::Label::new(f.locale.tr(&format!("field-{}", field.id()))).wrap());
            ui.horizontal(|ui| {
                let width = (ui.available_width() - SAVE_ROOM - 8.0).clamp(80.0, FIELD_WIDTH);
                field_input_ui(f, ui, d, n, *field, label.id, width);
            });
            ui.add_space(2.0);
        }
    }
}

/// One field's box and its save button, `width` wide.
fn field_input_ui(
    f: &mut PortalFrame<'_>,
    ui: &mut egui::Ui,
    d: &Dossier,
    n: usize,
    field: DossierField,
    label: egui::Id,
    width: f32,
) {
    let stored = d.fields.get(&field).cloned().unwrap_or_default();
    let input = &mut f.input.fields[n];
    if input.is_empty() && !stored.is_empty() {
        *input = stored.clone();
    }
    let r = ui
        .add_sized(
            [width, 24.0],
            egui::TextEdit::singleline(input).char_limit(200),
        )
        .labelled_by(label);
    let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let save = ui
        .add_enabled(
            *input != stored,
            egui::Button::new(f.locale.tr("portal-save")),
        )
        .clicked();
    if (enter || save) && *input != stored {
        let value = input.clone();
        f.request(Action::FillField {
            dossier: d.code.clone(),
            field,
            value,
        });
    }
}

/// The procedure's components, how each is handed in and the scans attached to it.
fn components_ui(f: &PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    let Some(p) = f.shift.scenario.procedure(&d.procedure) else {
        return;
    };
    section(ui, f.locale.tr("portal-components"));
    // A component's name wraps in what the other two columns leave (long names would push
    // the table past a narrow portal's edge): those two are measured, the name gets the rest.
    let font = egui::TextStyle::Body.resolve(ui.style());
    let text_width = |text: String| {
        ui.fonts_mut(|fonts| fonts.layout_no_wrap(text, font.clone(), egui::Color32::PLACEHOLDER))
            .size()
            .x
    };
    let form_column = p
        .components
        .iter()
        .map(|c| text_width(f.submission_text(c.form)))
        .fold(text_width(f.locale.tr("portal-form")), f32::max);
    let attached_column =
        text_width(f.locale.tr("portal-attached")).max(text_width("#00, #00".into()));
    let spacing = 2.0 * ui.spacing().item_spacing.x + 4.0;
    let name_width = (ui.available_width() - form_column - attached_column - spacing).max(90.0);
    egui::Grid::new("components")
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            ui.label(style::strong(f.locale.tr("portal-component")));
            ui.label(style::strong(f.locale.tr("portal-form")));
            ui.label(style::strong(f.locale.tr("portal-attached")));
            ui.end_row();
            for c in &p.components {
                ui.vertical(|ui| {
                    ui.set_max_width(name_width);
                    ui.add(egui::Label::new(c.name.get(f.lang)).wrap());
                });
                ui.label(f.submission_text(c.form));
                let scans = d.attachments.get(&c.id).cloned().unwrap_or_default();
                if scans.is_empty() {
                    ui.label(RichText::new("—").color(style::palette(ui).page.weak));
                } else {
                    let list: Vec<String> = scans.iter().map(|s| format!("#{s}")).collect();
                    ui.colored_label(style::palette(ui).page.success, list.join(", "));
                }
                ui.end_row();
            }
        });
}

/// The fee typed by the trainee.
fn fee_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    section(ui, f.locale.tr("portal-fee"));
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(f.locale.tr("portal-fee-amount"));
        ui.add(
            egui::TextEdit::singleline(&mut f.input.fee)
                .char_limit(12)
                .desired_width(90.0)
                .hint_text("0"),
        )
        .labelled_by(label.id);
        ui.label("đ");
        if ui.button(f.locale.tr("portal-set-fee")).clicked() {
            let digits: String = f.input.fee.chars().filter(char::is_ascii_digit).collect();
            match digits.parse::<u64>() {
                Ok(amount) => f.request(Action::SetFee {
                    dossier: d.code.clone(),
                    amount,
                }),
                Err(_) => f.complain("portal-fee-invalid"),
            }
        }
    });
}

/// The fee as set: paid (how), due (take it in cash or by e-payment), free or not set yet.
fn payment_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    let method_text = |m: PaymentMethod| match m {
        PaymentMethod::Cash => "pay-cash",
        PaymentMethod::EPayment => "pay-epayment",
    };
    match (&d.fee, &d.payment) {
        (_, Some(p)) => {
            ui.colored_label(
                style::palette(ui).page.success,
                f.locale.tr_args(
                    "portal-paid",
                    &[
                        ("amount", format_vnd(p.amount)),
                        ("method", f.locale.tr(method_text(p.method))),
                    ],
                ),
            );
        }
        (Some(fee), None) if *fee > 0 => {
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    f.locale
                        .tr_args("portal-fee-due", &[("amount", format_vnd(*fee))]),
                );
                for method in [PaymentMethod::Cash, PaymentMethod::EPayment] {
                    if ui.button(f.locale.tr(method_text(method))).clicked() {
                        f.request(Action::CollectFee {
                            dossier: d.code.clone(),
                            method,
                        });
                    }
                }
            });
        }
        (Some(_), None) => {
            ui.label(f.locale.tr("portal-fee-free"));
        }
        (None, None) => {
            ui.label(RichText::new(f.locale.tr("portal-fee-not-set")).small());
        }
    }
}

/// Certifying a photocopy against its original, when the citizen brought photocopies.
fn certify_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    let Some(citizen) = f.shift.at_counter() else {
        return;
    };
    let papers = |form: CopyForm| {
        citizen
            .arrival
            .documents
            .iter()
            .filter(move |x| x.copy == form)
    };
    let copies: Vec<&Document> = papers(CopyForm::Photocopy).collect();
    if copies.is_empty() {
        return;
    }
    section(ui, f.locale.tr("portal-certify"));
    ui.horizontal_wrapped(|ui| {
        let copy_label = ui.label(f.locale.tr("portal-certify-copy"));
        paper_combo(f, ui, "certify-copy", copies.iter().copied(), |input| {
            &mut input.copy
        })
        .labelled_by(copy_label.id);
        let original_label = ui.label(f.locale.tr("portal-certify-original"));
        paper_combo(
            f,
            ui,
            "certify-original",
            papers(CopyForm::Original),
            |input| &mut input.original,
        )
        .labelled_by(original_label.id);
        if ui.button(f.locale.tr("portal-certify-button")).clicked()
            && let (Some(copy), Some(original)) = (f.input.copy.clone(), f.input.original.clone())
        {
            f.request(Action::CertifyCopy {
                dossier: d.code.clone(),
                copy,
                original,
            });
        }
    });
}

/// A box to choose one of `papers` into the input `slot` picks.
fn paper_combo<'d>(
    f: &mut PortalFrame<'_>,
    ui: &mut egui::Ui,
    salt: &str,
    papers: impl Iterator<Item = &'d Document>,
    slot: impl Fn(&mut super::PortalState) -> &mut Option<String>,
) -> egui::Response {
    let shift = f.shift;
    let lang = f.lang;
    let chosen = slot(f.input);
    let shown = chosen.as_deref().map_or_else(
        || f.locale.tr("portal-choose"),
        |x| describe::document(shift, x, lang),
    );
    egui::ComboBox::from_id_salt(salt)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for c in papers {
                ui.selectable_value(
                    chosen,
                    Some(c.id.clone()),
                    describe::document(shift, &c.id, lang),
                );
            }
        })
        .response
}

/// Why the receipt of dossier `code` cannot be issued yet: the applicant's fields still
/// empty in the portal, named by their labels — or `None` when the receipt can be issued.
///
/// The receipt (Mẫu số 01) names who handed the dossier in and their personal ID number, and
/// the one-stop software will not print it without them: a clerk cannot go on past this,
/// so neither can the trainee. The phone number is optional and never holds it back.
pub(in crate::ui::counter) fn receipt_blocked(
    shift: &crate::sim::Shift,
    code: &str,
    locale: &crate::i18n::Locale,
) -> Option<String> {
    let d = shift.portal.dossiers.get(code)?;
    let empty: Vec<String> = [DossierField::ApplicantName, DossierField::ApplicantIdNumber]
        .into_iter()
        .filter(|f| d.fields.get(f).is_none_or(|v| v.trim().is_empty()))
        .map(|f| format!("«{}»", locale.tr(&format!("field-{}", f.id()))))
        .collect();
    (!empty.is_empty())
        .then(|| locale.tr_args("portal-receipt-missing", &[("fields", empty.join(", "))]))
}

/// The appointment date (typed, or picked on the calendar helper) and the receipt button.
fn receipt_ui(f: &mut PortalFrame<'_>, ui: &mut egui::Ui, d: &Dossier) {
    section(ui, f.locale.tr("portal-receipt"));
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(f.locale.tr("portal-appointment"));
        ui.add(
            egui::TextEdit::singleline(&mut f.input.appointment)
                .hint_text("DD/MM/YYYY")
                .char_limit(10)
                .desired_width(110.0),
        )
        .labelled_by(label.id);
        if ui
            .selectable_label(f.input.calendar, f.locale.tr("portal-calendar"))
            .clicked()
        {
            f.input.calendar = !f.input.calendar;
        }
    });
    if f.input.calendar {
        calendar::calendar_ui(f, ui);
    }
    if ui
        .button(style::strong(f.locale.tr("portal-issue-receipt")))
        .on_hover_text(f.locale.tr("portal-issue-receipt-help"))
        .clicked()
    {
        f.request_receipt(&d.code);
    }
}
