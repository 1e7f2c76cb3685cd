//! Performing an action: [`Shift::perform`] sends each [`Action`] to its handler — talking
//! with the citizen (`conversation`), receiving a dossier (`intake`), the dossiers after
//! reception (`back_office`), answering faults (`faults`) — and holds the guards the
//! handlers share, waiting and ending the shift.
//!
//! Every handler checks, then changes: it returns the events and the simulated seconds the
//! action took, and one that returns an error has changed nothing.

use super::{Action, ActionError, CitizenState, Event, LeaveReason, Shift};
use crate::scenario::Document;

/// What a handler returns: the events it caused and the seconds it took.
pub(super) type Outcome = Result<(Vec<Event>, u32), ActionError>;

impl Shift {
    /// Checks and performs an action at the current time.
    pub(super) fn perform(&mut self, action: &Action) -> Outcome {
        self.check_session(action)?;
        let outcome = self.dispatch(action)?;
        self.touch_session(action, outcome.1);
        Ok(outcome)
    }

    /// Sends an action to its handler.
    fn dispatch(&mut self, action: &Action) -> Outcome {
        match action {
            Action::CallNext => self.call_next(),
            Action::Ask { question } => self.ask(*question),
            Action::Inspect { document, tool } => self.inspect(document, *tool),
            Action::TurnPage { document, page } => self.turn_page(document, *page),
            Action::CompareFields { a, b } => self.compare(a, b),
            Action::Flag { claim } => self.flag(claim),
            Action::ClearFlag { claim } => self.clear_flag(claim),
            Action::CheckIdentity { document } => self.check_identity(document),
            Action::LookUpStateRecords => self.state_records(),
            Action::LookUpProcedure { procedure } => self.look_up_procedure(procedure),
            Action::Hint => self.hint(),
            Action::CreateDossier { procedure } => self.create_dossier(procedure),
            Action::FillField {
                dossier,
                field,
                value,
            } => self.fill_field(dossier, *field, value),
            Action::Scan { document, settings } => self.scan(document, *settings),
            Action::Attach {
                dossier,
                scan,
                component,
            } => self.attach(dossier, *scan, component),
            Action::CertifyCopy {
                dossier,
                copy,
                original,
            } => self.certify_copy(dossier, copy, original),
            Action::SetFee { dossier, amount } => self.set_fee(dossier, *amount),
            Action::CollectFee { dossier, method } => self.collect_fee(dossier, *method),
            Action::IssueReceipt {
                dossier,
                appointment,
            } => self.issue_receipt(dossier, *appointment),
            Action::RequestSupplement {
                dossier,
                components,
            } => self.request_supplement(dossier.as_deref(), components),
            Action::Refuse {
                dossier,
                procedure,
                ground,
            } => self.refuse(dossier.as_deref(), procedure, ground),
            Action::Transfer {
                dossier,
                department,
            } => self.transfer(dossier, *department),
            Action::Sync { dossier } => self.sync(dossier),
            Action::ReturnResult { dossier } => self.return_result(dossier),
            Action::RecordWithdrawal { dossier } => self.withdraw(dossier),
            Action::SendApology { dossier, new_date } => self.apology(dossier, *new_date),
            Action::Guide { topic } => self.guide(*topic),
            Action::RespondToFault { response } => self.respond(*response),
            Action::Dismiss => self.dismiss(),
            Action::Wait { minutes } => self.wait(*minutes),
            Action::EndShift => self.end_shift(),
            Action::Accommodate { help } => self.accommodate(*help),
            Action::SendToKiosk { coach_minutes } => self.send_to_kiosk(*coach_minutes),
            Action::NotifySendBack {
                dossier,
                components,
                ground,
            } => self.notify_send_back(dossier, components, ground.as_deref()),
            Action::ReceiveSupplement {
                dossier,
                appointment,
            } => self.receive_supplement(dossier, *appointment),
            Action::UseSlipForms { family } => self.use_slip_forms(*family),
            Action::LogIn => self.log_in(),
            Action::SignScan { scan } => self.sign_scan(*scan),
            Action::DigitizeResult { dossier } => self.digitize_result(dossier),
            Action::CertifyECopy { dossier, scan } => self.certify_e_copy(dossier, *scan),
            Action::SetReturnChannel { dossier, channel } => {
                self.set_return_channel(dossier, *channel)
            }
            Action::ReturnElectronically { dossier } => self.return_electronically(dossier),
            Action::SendByPost { dossier } => self.send_by_post(dossier),
            Action::CorrectOnTheSpot { document, field } => {
                self.correct_on_the_spot(document, field.as_deref())
            }
            Action::CreateBundle { bundle } => self.create_bundle(bundle),
        }
    }

    pub(super) fn counter_index(&self) -> Result<usize, ActionError> {
        self.counter.ok_or(ActionError::NoCitizenAtCounter)
    }

    pub(super) fn desk_document(&self, id: &str) -> Result<(usize, &Document), ActionError> {
        let i = self.counter_index()?;
        let doc = self.citizens[i]
            .document(id)
            .ok_or_else(|| ActionError::DocumentNotHere(id.to_owned()))?;
        Ok((i, doc))
    }

    /// Waiting: only time passes (1 to 240 minutes at a time).
    fn wait(&mut self, minutes: u32) -> Outcome {
        if minutes == 0 || minutes > 240 {
            return Err(ActionError::WaitOutOfRange);
        }
        Ok((vec![], minutes * 60))
    }

    pub(super) fn end_shift(&mut self) -> Outcome {
        let mut events = Vec::new();
        let now = self.now;
        for i in 0..self.citizens.len() {
            let reason = match self.citizens[i].state {
                CitizenState::AtCounter => LeaveReason::Served,
                CitizenState::Queued | CitizenState::WaitingForResult | CitizenState::AtKiosk => {
                    LeaveReason::ShiftClosed
                }
                CitizenState::Expected => {
                    self.citizens[i].state = CitizenState::Gone;
                    self.citizens[i].leave_reason = Some(LeaveReason::ShiftClosed);
                    continue;
                }
                CitizenState::Gone => continue,
            };
            let c = &mut self.citizens[i];
            c.state = CitizenState::Gone;
            c.left_at = Some(now);
            c.leave_reason = Some(reason);
            events.push(Event::CitizenLeft { citizen: i, reason });
        }
        self.counter = None;
        self.ended = true;
        events.push(Event::ShiftEnded);
        Ok((events, 0))
    }
}
