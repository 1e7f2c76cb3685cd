//! The tutorial's step guide: one line under the header saying what to do next in a visit
//! ("ask what they came for", "look at each paper", "create the dossier"…).
//!
//! The guide reads only what the trainee has done (questions asked, papers looked at, the
//! dossier in the portal), never the case's ground truth, so it cannot give away a defect:
//! it says "look at each paper" to every citizen, whether their papers are flawed or not.
//! It shows in practice shifts of tutorial scenarios (difficulty 1) only, can be dismissed
//! step by step or switched off, and stops guiding a step once the trainee has done that
//! step alone (while the guide pointed elsewhere), or twice with its help.

use super::super::App;
use super::super::style;
use crate::scenario::{Mode, Want};
use crate::sim::{Action, Shift};
use crate::vocabulary::Status;

/// A step of the counter's work the guide can point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    /// Call the next number.
    CallNext,
    /// Ask what the citizen came for.
    Ask,
    /// Look at each paper (magnifier, light, pages, side by side), flag what is wrong.
    LookAtPapers,
    /// Look up the ID card in the population database.
    CheckIdentity,
    /// Create the dossier in the portal.
    CreateDossier,
    /// Type the applicant's name and ID number.
    FillApplicant,
    /// Scan the papers to submit and attach each to its component.
    ScanAndAttach,
    /// Decide: receipt with the appointment date, supplement request or refusal.
    Decide,
    /// Transfer the dossier to the handling department.
    Transfer,
    /// Sync the dossier to the National Public Service Portal.
    Sync,
    /// Return the result or record the withdrawal (a citizen who came to collect).
    ReturnResult,
    /// Show the citizen how to do it online next time.
    Guide,
    /// Finish the visit.
    Dismiss,
}

impl Step {
    /// Every step, in the order of a visit.
    pub const ALL: [Step; 13] = [
        Step::CallNext,
        Step::Ask,
        Step::LookAtPapers,
        Step::CheckIdentity,
        Step::CreateDossier,
        Step::FillApplicant,
        Step::ScanAndAttach,
        Step::Decide,
        Step::Transfer,
        Step::Sync,
        Step::ReturnResult,
        Step::Guide,
        Step::Dismiss,
    ];

    /// The message id of the step's instruction.
    pub fn message(self) -> &'static str {
        match self {
            Step::CallNext => "guide-call-next",
            Step::Ask => "guide-ask",
            Step::LookAtPapers => "guide-look",
            Step::CheckIdentity => "guide-identity",
            Step::CreateDossier => "guide-create",
            Step::FillApplicant => "guide-applicant",
            Step::ScanAndAttach => "guide-scan",
            Step::Decide => "guide-decide",
            Step::Transfer => "guide-transfer",
            Step::Sync => "guide-sync",
            Step::ReturnResult => "guide-return",
            Step::Guide => "guide-guide",
            Step::Dismiss => "guide-dismiss",
        }
    }

    /// The step an action of the trainee's belongs to, if any.
    pub fn of(action: &Action) -> Option<Step> {
        Some(match action {
            Action::CallNext => Step::CallNext,
            Action::Ask { .. } => Step::Ask,
            Action::Inspect { .. }
            | Action::TurnPage { .. }
            | Action::CompareFields { .. }
            | Action::Flag { .. }
            | Action::CorrectOnTheSpot { .. } => Step::LookAtPapers,
            Action::CheckIdentity { .. } | Action::LookUpStateRecords => Step::CheckIdentity,
            Action::CreateDossier { .. } | Action::CreateBundle { .. } => Step::CreateDossier,
            Action::FillField { .. } => Step::FillApplicant,
            Action::Scan { .. } | Action::Attach { .. } => Step::ScanAndAttach,
            Action::IssueReceipt { .. }
            | Action::RequestSupplement { .. }
            | Action::Refuse { .. }
            | Action::SetFee { .. }
            | Action::CollectFee { .. } => Step::Decide,
            Action::Transfer { .. } => Step::Transfer,
            Action::Sync { .. } => Step::Sync,
            Action::ReturnResult { .. } | Action::RecordWithdrawal { .. } => Step::ReturnResult,
            Action::Guide { .. } => Step::Guide,
            Action::Dismiss => Step::Dismiss,
            _ => return None,
        })
    }
}

/// The next step of the shift, read from what the trainee has done so far (never from
/// the case's truth). `None` when the shift is over.
pub fn next_step(shift: &Shift) -> Option<Step> {
    if shift.ended {
        return None;
    }
    let Some(i) = shift.counter else {
        let anyone_left = shift
            .citizens
            .iter()
            .any(|c| c.left_at.is_none() && c.called_at.is_none());
        return anyone_left.then_some(Step::CallNext);
    };
    let c = shift.citizens.get(i)?;
    if c.asked.is_empty() {
        return Some(Step::Ask);
    }
    let guided = !c.guided.is_empty();
    if !matches!(c.arrival.wants, Want::Submit { .. }) {
        let handled = c.dossiers.iter().any(|code| {
            shift
                .portal
                .dossiers
                .get(code)
                .is_some_and(|d| matches!(d.status, Status::Returned | Status::Withdrawn))
        });
        return Some(if !handled {
            Step::ReturnResult
        } else if !guided {
            Step::Guide
        } else {
            Step::Dismiss
        });
    }
    let papers = &c.arrival.documents;
    if papers
        .iter()
        .any(|d| !c.casework.inspected.contains_key(&d.id))
    {
        return Some(Step::LookAtPapers);
    }
    let shows_identity = papers.iter().any(|d| {
        shift
            .scenario
            .catalog
            .document_kinds
            .get(&d.kind)
            .is_some_and(|k| k.identity)
    });
    if shows_identity && c.identity_checked.is_empty() {
        return Some(Step::CheckIdentity);
    }
    let decided_without_dossier = !c.supplements.is_empty() || !c.refusals.is_empty();
    let Some(dossier) = shift.dossier_of(i) else {
        return Some(if decided_without_dossier {
            if guided { Step::Dismiss } else { Step::Guide }
        } else {
            Step::CreateDossier
        });
    };
    if dossier.draft {
        if dossier.fields.is_empty() {
            return Some(Step::FillApplicant);
        }
        if dossier.attachments.is_empty() {
            return Some(Step::ScanAndAttach);
        }
        return Some(Step::Decide);
    }
    if dossier.department.is_none() && dossier.status == Status::Accepted {
        return Some(Step::Transfer);
    }
    if dossier.sync != crate::portal::SyncState::Synced {
        return Some(Step::Sync);
    }
    Some(if guided { Step::Dismiss } else { Step::Guide })
}

/// What the guide remembers during a shift.
#[derive(Debug, Clone, Default)]
pub struct GuideState {
    /// Switched off by the trainee.
    pub off: bool,
    /// Steps the trainee no longer needs to be told.
    pub learned: std::collections::BTreeSet<Step>,
    /// Steps done with the guide pointing at them, with counts.
    helped: std::collections::BTreeMap<Step, u32>,
    /// The step shown in the last frame.
    shown: Option<Step>,
    /// Actions of the shift already looked at.
    seen: usize,
}

/// How many times a step is guided before the guide lets the trainee do it alone.
const GUIDED_TIMES: u32 = 2;

impl GuideState {
    /// Takes note of the actions applied since the last frame: a step done while the guide
    /// showed another one (or nothing) was done alone, and is learned.
    pub fn observe(&mut self, shift: &Shift) {
        for (_, action) in shift.actions.iter().skip(self.seen) {
            let Some(step) = Step::of(action) else {
                continue;
            };
            if self.shown == Some(step) {
                let n = self.helped.entry(step).or_default();
                *n += 1;
                if *n >= GUIDED_TIMES {
                    self.learned.insert(step);
                }
            } else {
                self.learned.insert(step);
            }
        }
        self.seen = shift.actions.len();
    }

    /// The step to show now, if any.
    pub fn current(&self, shift: &Shift) -> Option<Step> {
        if self.off {
            return None;
        }
        next_step(shift).filter(|s| !self.learned.contains(s))
    }
}

/// Whether this shift gets the step guide: practice shifts of tutorial scenarios.
pub fn applies(shift: &Shift) -> bool {
    shift.mode == Mode::Practice && shift.scenario.file.meta.difficulty <= 1
}

/// The guide's line under the counter's header (a fixed height, so the panels below do not
/// move when its text changes or it goes away).
pub fn guide_ui(app: &mut App, ui: &mut egui::Ui) {
    let Some(session) = &app.session else {
        return;
    };
    let shift = &session.shift;
    if !applies(shift) || app.counter.guide.off {
        return;
    }
    app.counter.guide.observe(shift);
    let step = app.counter.guide.current(shift);
    app.counter.guide.shown = step;
    let locale = &app.locale;
    let mut understood = false;
    let mut off = false;
    // The band is as high as the longest instruction needs at this width, so it does not
    // grow or shrink (moving the panels under the cursor) as the steps change.
    let ink = style::palette(ui).hint.text;
    let title = locale.tr("guide-title");
    let line = |ui: &egui::Ui, text: &str| {
        let mut job = egui::text::LayoutJob::default();
        job.append(
            &format!("{title} "),
            0.0,
            egui::TextFormat::simple(style::bold(ui, 14.5), ink),
        );
        job.append(
            text,
            0.0,
            egui::TextFormat::simple(style::regular(ui, 14.5), ink),
        );
        job
    };
    let button_width = |ui: &egui::Ui, id: &str| {
        egui::WidgetText::from(locale.tr(id))
            .into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Button,
            )
            .size()
            .x
            + 2.0 * ui.spacing().button_padding.x
            + ui.spacing().item_spacing.x
    };
    let buttons = button_width(ui, "guide-off") + button_width(ui, "guide-understood");
    let text_width = (ui.available_width() - buttons - 28.0).max(160.0);
    let mut texts: Vec<String> = Step::ALL.iter().map(|s| locale.tr(s.message())).collect();
    texts.push(locale.tr("guide-on-your-own"));
    let text_height = texts
        .iter()
        .map(|t| {
            let mut job = line(ui, t);
            job.wrap.max_width = text_width;
            ui.fonts_mut(|f| f.layout_job(job)).size().y
        })
        .fold(ui.spacing().interact_size.y, f32::max);
    let height = text_height + 10.0;
    let text = match step {
        Some(s) => locale.tr(s.message()),
        None => locale.tr("guide-on-your-own"),
    };
    let job = line(ui, &text);
    egui::Panel::top("tutorial-guide")
        .exact_size(height)
        .frame(
            egui::Frame::new()
                .fill(style::palette(ui).hint.fill)
                .inner_margin(egui::Margin::symmetric(10, 5)),
        )
        .show(ui, |ui| {
            ui.horizontal_centered(|ui| {
                ui.add_sized([text_width, text_height], egui::Label::new(job).wrap());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button(locale.tr("guide-off")).clicked() {
                        off = true;
                    }
                    if step.is_some() && ui.button(locale.tr("guide-understood")).clicked() {
                        understood = true;
                    }
                });
            });
        });
    if understood && let Some(s) = step {
        app.counter.guide.learned.insert(s);
    }
    if off {
        app.counter.guide.off = true;
    }
}
