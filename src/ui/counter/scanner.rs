//! The scanner: resolution, colour and duplex; a preview that shows what went wrong (blur,
//! lost red seal, missing back side); attaching a scan to a dossier component.

use egui::{Color32, Rect, RichText, Sense, Stroke, pos2, vec2};

use crate::portal::Dossier;
use crate::sim::{Action, ColorMode, Scan, ScanProblem, ScanSettings, Shift};

use super::super::app::App;
use super::super::describe;
use super::super::style;
use super::act;

/// Resolutions the scanner offers.
pub const DPI: [u16; 6] = [100, 150, 200, 300, 400, 600];

/// Scans the selected paper with the chosen settings (shortcut S).
pub fn scan_selected(app: &mut App) {
    if let Some(d) = app.counter.selected_doc.clone() {
        let settings = app.counter.scan_settings.unwrap_or_default();
        act(
            app,
            Action::Scan {
                document: d,
                settings,
            },
        );
    }
}

fn preview_ui(ui: &mut egui::Ui, scan: &Scan, label: &str) -> egui::Response {
    let (rect, resp) = ui.allocate_exact_size(vec2(96.0, 124.0), Sense::click());
    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, label));
    let p = ui.painter_at(rect);
    let grey = scan.problems.contains(&ScanProblem::ColorLost);
    let low = scan.problems.contains(&ScanProblem::LowResolution);
    let unreadable = scan.problems.contains(&ScanProblem::Unreadable);
    let bw = scan.settings.color == ColorMode::BlackWhite;
    p.rect_filled(rect, 2.0, Color32::WHITE);
    let ink = if unreadable {
        Color32::from_gray(215)
    } else if bw {
        Color32::BLACK
    } else {
        Color32::from_gray(60)
    };
    let step = if low { 9.0 } else { 5.0 };
    let mut y = rect.top() + 18.0;
    while y < rect.bottom() - 30.0 {
        if low {
            // Blocky, smeared text at low resolution.
            let mut x = rect.left() + 8.0;
            while x < rect.right() - 10.0 {
                p.rect_filled(
                    Rect::from_min_size(pos2(x, y), vec2(6.0, 5.0)),
                    0.0,
                    ink.gamma_multiply(0.6),
                );
                x += 9.0;
            }
        } else {
            p.line_segment(
                [pos2(rect.left() + 8.0, y), pos2(rect.right() - 10.0, y)],
                Stroke::new(1.0, ink),
            );
        }
        y += step + 3.0;
    }
    let seal = if grey || bw {
        Color32::from_gray(120)
    } else {
        style::SEAL_RED
    };
    p.circle_stroke(
        rect.right_bottom() - vec2(24.0, 20.0),
        12.0,
        Stroke::new(2.0, seal),
    );
    p.rect_stroke(
        rect,
        2.0,
        Stroke::new(1.0, Color32::from_gray(150)),
        egui::StrokeKind::Inside,
    );
    resp
}

/// The scanner's settings and the attachment being prepared, edited while the panel is
/// drawn and stored after it.
#[derive(Debug)]
struct ScannerInputs {
    settings: ScanSettings,
    /// The scan chosen to attach: the one the trainee clicked, else the newest.
    attach_scan: Option<u32>,
    /// The trainee clicked a scan this frame (kept as their choice).
    scan_clicked: bool,
    attach_component: Option<String>,
    action: Option<Action>,
}

/// The scan to attach: the one the trainee chose if it is one of `scans`, else the newest.
pub fn scan_to_attach(chosen: Option<u32>, scans: &[&Scan]) -> Option<u32> {
    chosen
        .filter(|n| scans.iter().any(|s| s.number == *n))
        .or_else(|| scans.iter().map(|s| s.number).max())
}

/// The scanner panel: a dark device in both themes, its widgets drawn with the dark visuals.
pub fn scanner_ui(app: &mut App, ui: &mut egui::Ui) {
    let Some(session) = &app.session else {
        return;
    };
    let shift = &session.shift;
    let Some(i) = shift.counter else {
        return;
    };
    let scans: Vec<&Scan> = shift.scans.iter().filter(|s| s.citizen == i).collect();
    let mut inputs = ScannerInputs {
        settings: app.counter.scan_settings.unwrap_or_default(),
        attach_scan: scan_to_attach(app.counter.attach_scan, &scans),
        scan_clicked: false,
        attach_component: app.counter.attach_component.clone(),
        action: None,
    };
    let draft = shift.citizens[i]
        .dossiers
        .iter()
        .filter_map(|c| shift.portal.dossiers.get(c))
        .find(|d| !d.status.is_final());
    let device = &style::palette(ui).scanner;
    egui::Frame::new()
        .fill(device.fill)
        .corner_radius(6)
        .inner_margin(10)
        .show(ui, |ui| {
            ui.style_mut().visuals = style::visuals_on(device);
            ui.set_width(ui.available_width());
            ui.label(style::strong(app.locale.tr("scanner-title")));
            let doc_name = app.counter.selected_doc.as_deref().map_or_else(
                || app.locale.tr("scanner-no-paper"),
                |d| describe::document(shift, d, app.settings.lang),
            );
            ui.label(
                app.locale
                    .tr_args("scanner-paper", &[("document", doc_name)]),
            );
            ui.horizontal_wrapped(|ui| settings_ui(app, ui, &mut inputs));
            if scans.is_empty() {
                ui.label(RichText::new(app.locale.tr("scanner-none")).small());
                return;
            }
            ui.horizontal_wrapped(|ui| {
                for s in &scans {
                    ui.vertical(|ui| scan_ui(app, ui, shift, s, &mut inputs));
                }
            });
            match draft {
                Some(d) => {
                    attach_ui(app, ui, shift, d, &mut inputs);
                    e_copy_ui(app, ui, shift, d, &mut inputs);
                }
                None => {
                    ui.label(
                        RichText::new(app.locale.tr("scanner-no-dossier"))
                            .small()
                            .color(device.warning),
                    );
                }
            }
        });
    app.counter.scan_settings = Some(inputs.settings);
    if inputs.scan_clicked {
        app.counter.attach_scan = inputs.attach_scan;
    }
    app.counter.attach_component = inputs.attach_component;
    if let Some(a) = inputs.action {
        let fresh = matches!(a, Action::Attach { .. } | Action::Scan { .. });
        if act(app, a) && fresh {
            // The next scan to attach is the newest again.
            app.counter.attach_scan = None;
        }
    }
}

/// Resolution, colour, duplex and the scan button.
fn settings_ui(app: &App, ui: &mut egui::Ui, inputs: &mut ScannerInputs) {
    let settings = &mut inputs.settings;
    let dl = ui.label(app.locale.tr("scanner-dpi"));
    egui::ComboBox::from_id_salt("scanner-dpi")
        .selected_text(format!("{} dpi", settings.dpi))
        .show_ui(ui, |ui| {
            for d in DPI {
                ui.selectable_value(&mut settings.dpi, d, format!("{d} dpi"));
            }
        })
        .response
        .labelled_by(dl.id);
    for (mode, id) in [
        (ColorMode::Color, "scanner-color"),
        (ColorMode::Gray, "scanner-gray"),
        (ColorMode::BlackWhite, "scanner-bw"),
    ] {
        ui.radio_value(&mut settings.color, mode, app.locale.tr(id));
    }
    ui.checkbox(&mut settings.duplex, app.locale.tr("scanner-duplex"));
    if ui
        .add_enabled(
            app.counter.selected_doc.is_some(),
            egui::Button::new(style::strong(app.locale.tr("scanner-scan"))),
        )
        .on_disabled_hover_text(app.locale.tr("scanner-no-paper"))
        .clicked()
        && let Some(d) = app.counter.selected_doc.clone()
    {
        inputs.action = Some(Action::Scan {
            document: d,
            settings: *settings,
        });
    }
}

/// One scan: its preview and its number (click either to choose it for attaching; the
/// chosen one is framed and marked), and its problems.
fn scan_ui(app: &App, ui: &mut egui::Ui, shift: &Shift, s: &Scan, inputs: &mut ScannerInputs) {
    let device = &style::palette(ui).scanner;
    let name = app.locale.tr_args(
        "scanner-scan-label",
        &[
            ("scan", s.number.to_string()),
            (
                "document",
                describe::document(shift, &s.document, app.settings.lang),
            ),
        ],
    );
    let sel = inputs.attach_scan == Some(s.number);
    let preview = preview_ui(ui, s, &name);
    if sel {
        ui.painter().rect_stroke(
            preview.rect.expand(3.0),
            4.0,
            Stroke::new(3.0, device.accent),
            egui::StrokeKind::Outside,
        );
    }
    let number = ui.selectable_label(
        sel,
        app.locale.tr_args(
            "scanner-scan-number",
            &[
                ("scan", s.number.to_string()),
                ("images", s.images.to_string()),
            ],
        ),
    );
    if preview.clicked() || number.clicked() {
        inputs.attach_scan = Some(s.number);
        inputs.scan_clicked = true;
    }
    if sel {
        ui.label(
            RichText::new(app.locale.tr("scanner-chosen"))
                .small()
                .color(device.accent),
        );
    }
    for p in &s.problems {
        ui.label(
            RichText::new(app.locale.tr(&format!("scan-{}", p.id())))
                .color(device.error)
                .small(),
        );
    }
    sign_ui(app, ui, shift, s, inputs);
}

/// Issue 13, item 2: the personal digital signature on a scan, in a scenario that practises
/// it — the Sign button, or that it is signed.
fn sign_ui(app: &App, ui: &mut egui::Ui, shift: &Shift, s: &Scan, inputs: &mut ScannerInputs) {
    if shift.staff_session().is_none() {
        return;
    }
    if shift.scan_signed(s.number) {
        let device = &style::palette(ui).scanner;
        ui.label(
            RichText::new(app.locale.tr("scanner-signed"))
                .small()
                .color(device.accent),
        );
    } else if ui
        .small_button(
            app.locale
                .tr_args("scanner-sign", &[("scan", s.number.to_string())]),
        )
        .clicked()
    {
        inputs.action = Some(Action::SignScan { scan: s.number });
    }
}

/// Attaching the chosen scan to a component of the open dossier `d`: the component box,
/// the Attach button, and why the button waits when it does.
fn attach_ui(app: &App, ui: &mut egui::Ui, shift: &Shift, d: &Dossier, inputs: &mut ScannerInputs) {
    let lang = app.settings.lang;
    let device = &style::palette(ui).scanner;
    let components: Vec<(String, String)> = shift
        .scenario
        .procedure(&d.procedure)
        .map(|p| {
            p.components
                .iter()
                .map(|c| (c.id.clone(), c.name.get(lang).to_owned()))
                .collect()
        })
        .unwrap_or_default();
    let chosen = inputs
        .attach_component
        .as_ref()
        .and_then(|c| components.iter().find(|(id, _)| id == c))
        .map(|(_, name)| name.clone());
    let waiting = match (inputs.attach_scan, &chosen) {
        (None, _) => Some(app.locale.tr("scanner-none")),
        (Some(_), None) => Some(app.locale.tr("scanner-attach-needs-component")),
        (Some(_), Some(_)) => None,
    };
    ui.horizontal_wrapped(|ui| {
        let attach_label = ui.label(
            app.locale
                .tr_args("scanner-attach-to", &[("dossier", d.code.clone())]),
        );
        let shown = chosen
            .clone()
            .unwrap_or_else(|| app.locale.tr("scanner-choose-component"));
        egui::ComboBox::from_id_salt("attach-component")
            .selected_text(shown)
            .width(240.0)
            .show_ui(ui, |ui| {
                for (id, name) in &components {
                    ui.selectable_value(&mut inputs.attach_component, Some(id.clone()), name);
                }
            })
            .response
            .labelled_by(attach_label.id);
        let button = ui.add_enabled(
            waiting.is_none(),
            egui::Button::new(style::strong(app.locale.tr("scanner-attach"))),
        );
        let button = match &waiting {
            Some(why) => button.on_disabled_hover_text(why),
            None => button,
        };
        if button.clicked()
            && let (Some(scan), Some(component)) =
                (inputs.attach_scan, inputs.attach_component.clone())
        {
            inputs.action = Some(Action::Attach {
                dossier: d.code.clone(),
                scan,
                component,
            });
        }
    });
    match (&waiting, inputs.attach_scan, chosen) {
        (Some(why), _, _) => {
            ui.label(RichText::new(why).small().color(device.warning));
        }
        (None, Some(scan), Some(component)) => {
            ui.label(
                RichText::new(app.locale.tr_args(
                    "scanner-attach-ready",
                    &[("scan", scan.to_string()), ("component", component)],
                ))
                .small()
                .color(device.weak),
            );
        }
        (None, _, _) => {}
    }
}

/// Issue 13, item 3: certifying the chosen scan as an electronic copy into the citizen's data
/// store, when the open dossier's procedure offers e-copies (the engine checks that the scan
/// is of an original and signed).
fn e_copy_ui(app: &App, ui: &mut egui::Ui, shift: &Shift, d: &Dossier, inputs: &mut ScannerInputs) {
    let offered = shift
        .scenario
        .procedure(&d.procedure)
        .is_some_and(|p| p.e_copy.is_some());
    let Some(scan) = inputs
        .attach_scan
        .filter(|_| offered && shift.staff_session().is_some())
    else {
        return;
    };
    if shift.e_copy_certified(scan) {
        let device = &style::palette(ui).scanner;
        ui.label(
            RichText::new(app.locale.tr("scanner-e-copy-done"))
                .small()
                .color(device.accent),
        );
    } else if ui
        .button(
            app.locale
                .tr_args("scanner-certify-e-copy", &[("scan", scan.to_string())]),
        )
        .clicked()
    {
        inputs.action = Some(Action::CertifyECopy {
            dossier: d.code.clone(),
            scan,
        });
    }
}
