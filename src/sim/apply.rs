//! Action handlers: check, then change. Each returns the events and the simulated seconds
//! the action took. A handler that returns an error has changed nothing.

use std::collections::BTreeSet;

use super::{
    Action, ActionError, CitizenState, Event, FieldRef, GuideTopic, LeaveReason, PaymentMethod,
    PopulationRecord, Scan, ScanProblem, ScanSettings, Shift,
};
use crate::portal::{Dossier, Handover, Payment, Slip, SlipKind, Status, SyncState};
use crate::scenario::truth::{self, parse_date};
use crate::scenario::{
    Channel, CopyForm, DefectKind, FaultKind, FaultResponse, Layout, Legibility, Level, Mode,
    OnlineLevel, Question, VneidLevel, Want,
};
use crate::sim::ColorMode;
use crate::text::LocalizedText;

type Outcome = Result<(Vec<Event>, u32), ActionError>;

impl Shift {
    /// Checks and performs an action at the current time.
    pub(super) fn perform(&mut self, action: &Action) -> Outcome {
        match action {
            Action::CallNext => self.call_next(),
            Action::Ask { question } => self.ask(*question),
            Action::Inspect { document } => self.inspect(document),
            Action::CompareFields { a, b } => self.compare(a, b),
            Action::CheckIdentity { document } => self.check_identity(document),
            Action::LookUpStateRecords => self.state_records(),
            Action::LookUpProcedure { procedure } => {
                self.scenario
                    .procedure(procedure)
                    .ok_or_else(|| ActionError::UnknownProcedure(procedure.clone()))?;
                Ok((
                    vec![Event::ProcedureShown {
                        procedure: procedure.clone(),
                    }],
                    45,
                ))
            }
            Action::Hint => self.hint(),
            Action::CreateDossier { procedure } => self.create_dossier(procedure),
            Action::FillField {
                dossier,
                field,
                value,
            } => {
                self.portal_available(true)?;
                let d = self.portal.dossier(dossier)?;
                if !d.draft {
                    return Err(ActionError::AlreadyReceived(dossier.clone()));
                }
                if value.chars().count() > 200 {
                    return Err(ActionError::TextTooLong(200));
                }
                let value = crate::text::nfc(value.trim());
                self.portal
                    .dossier_mut(dossier)?
                    .fields
                    .insert(*field, value);
                Ok((
                    vec![Event::FieldFilled {
                        dossier: dossier.clone(),
                    }],
                    20,
                ))
            }
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
            Action::SetFee { dossier, amount } => {
                self.portal_available(true)?;
                let d = self.portal.dossier(dossier)?;
                if d.payment.is_some() {
                    return Err(ActionError::AlreadyPaid(dossier.clone()));
                }
                if *amount > 100_000_000 {
                    return Err(ActionError::AmountTooLarge(*amount));
                }
                self.portal.dossier_mut(dossier)?.fee = Some(*amount);
                Ok((
                    vec![Event::FeeSet {
                        dossier: dossier.clone(),
                        amount: *amount,
                    }],
                    15,
                ))
            }
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
            Action::Wait { minutes } => {
                if *minutes == 0 || *minutes > 240 {
                    return Err(ActionError::WaitOutOfRange);
                }
                Ok((vec![], minutes * 60))
            }
            Action::EndShift => self.end_shift(),
        }
    }

    fn counter_index(&self) -> Result<usize, ActionError> {
        self.counter.ok_or(ActionError::NoCitizenAtCounter)
    }

    fn literacy_factor(&self, i: usize) -> u32 {
        let p = &self.citizens[i].persona;
        let mut f = match p.digital_literacy {
            Level::None | Level::Low => 3,
            Level::Medium => 2,
            Level::High => 2,
        };
        if p.low_vision {
            f += 1;
        }
        f
    }

    fn language_factor(&self, i: usize) -> u32 {
        match self.citizens[i].persona.vietnamese {
            Level::None | Level::Low => 2,
            _ => 1,
        }
    }

    /// Checks the PC: frozen or without power. `paper_ok` lets paper-capable work continue
    /// in paper mode during a power cut.
    fn portal_available(&self, paper_ok: bool) -> Result<(), ActionError> {
        if self.fault_active(FaultKind::PowerCut) && !(paper_ok && self.paper_mode) {
            return Err(ActionError::PowerOut);
        }
        if self.fault_active(FaultKind::FrozenPc) {
            return Err(ActionError::ComputerFrozen);
        }
        Ok(())
    }

    fn desk_document(&self, id: &str) -> Result<(usize, &crate::scenario::Document), ActionError> {
        let i = self.counter_index()?;
        let doc = self.citizens[i]
            .document(id)
            .ok_or_else(|| ActionError::DocumentNotHere(id.to_owned()))?;
        Ok((i, doc))
    }

    /// A paper that can go through the scanner: on the desk, or kept at the counter because
    /// its dossier was received (submitted papers stay with the one-stop section, so a
    /// dossier received on paper during a power cut is digitized when power returns).
    fn scannable_document(
        &self,
        id: &str,
    ) -> Result<(usize, &crate::scenario::Document), ActionError> {
        if let Ok(found) = self.desk_document(id) {
            return Ok(found);
        }
        for (i, c) in self.citizens.iter().enumerate() {
            let kept = c
                .dossiers
                .iter()
                .filter_map(|code| self.portal.dossiers.get(code))
                .any(|d| {
                    self.owns(i, d)
                        && d.channel == Channel::Counter
                        && !d.draft
                        && d.received_at.is_some()
                });
            if kept && let Some(doc) = c.document(id) {
                return Ok((i, doc));
            }
        }
        Err(ActionError::DocumentNotHere(id.to_owned()))
    }

    fn call_next(&mut self) -> Outcome {
        if self.counter.is_some() {
            return Err(ActionError::CitizenAtCounter);
        }
        if self.now >= self.length() {
            return Err(ActionError::ShiftOver);
        }
        if self.queue().is_empty() {
            let start = self.scenario.file.shift.start.minutes();
            let next = self
                .citizens
                .iter()
                .filter(|c| c.state == CitizenState::Expected)
                .map(|c| c.arrival.at.minutes().saturating_sub(start) * 60)
                .filter(|&t| t < self.length())
                .min()
                .ok_or(ActionError::QueueEmpty)?;
            // Waiting for the next arrival; what happens meanwhile goes to the timeline.
            self.advance_to(next, Some(self.actions.len()));
        }
        let Some(&i) = self.queue().first() else {
            return Ok((vec![], 0));
        };
        self.citizens[i].state = CitizenState::AtCounter;
        self.citizens[i].called_at.get_or_insert(self.now);
        self.counter = Some(i);
        Ok((vec![Event::CitizenCalled { citizen: i }], 20))
    }

    fn default_answer(&self, i: usize, question: Question) -> LocalizedText {
        let c = &self.citizens[i];
        let p = &c.persona;
        let facts = &c.arrival.facts;
        match question {
            Question::Purpose => c.arrival.opening.clone(),
            Question::ActingFor => {
                if facts.contains("proxy") {
                    LocalizedText::new("Tôi làm giúp người nhà.", "I am here for a relative.")
                } else {
                    LocalizedText::new("Tôi làm cho chính tôi.", "It is for myself.")
                }
            }
            Question::Relationship => {
                if facts.contains("close_relative") {
                    LocalizedText::new("Tôi là người thân ruột thịt.", "I am a close relative.")
                } else if facts.contains("proxy") {
                    LocalizedText::new(
                        "Tôi là hàng xóm, được nhờ đi giúp.",
                        "I am a neighbour, asked to help.",
                    )
                } else {
                    LocalizedText::new("Tôi là người đứng tên hồ sơ.", "I am the applicant.")
                }
            }
            Question::Residence => LocalizedText::new(
                format!("Tôi ở {}.", p.address),
                format!("I live at {}.", p.address),
            ),
            Question::EventDate => {
                LocalizedText::new("Ngày ghi trên giấy tờ đó ạ.", "The date on the papers.")
            }
            Question::HasVneid => match p.vneid {
                VneidLevel::None => {
                    LocalizedText::new("Tôi chưa có tài khoản VNeID.", "I have no VNeID account.")
                }
                VneidLevel::Level1 => LocalizedText::new(
                    "Tôi có cài VNeID nhưng chưa lên mức 2.",
                    "I installed VNeID but it is only level 1.",
                ),
                VneidLevel::Level2 => {
                    LocalizedText::new("Có, tài khoản mức 2.", "Yes, a level-2 account.")
                }
            },
            Question::HasSmartphone => {
                if p.smartphone {
                    LocalizedText::new("Có, điện thoại đây.", "Yes, here is my phone.")
                } else {
                    LocalizedText::new(
                        "Tôi chỉ có điện thoại bàn phím thôi.",
                        "I only have a basic phone.",
                    )
                }
            }
            Question::SubmittedOnline => {
                if matches!(c.arrival.wants, Want::Collect { .. }) {
                    LocalizedText::new(
                        "Tôi đã nộp, nay đến nhận kết quả.",
                        "I submitted already; I came for the result.",
                    )
                } else {
                    LocalizedText::new("Chưa, tôi nộp trực tiếp.", "No, I am submitting here.")
                }
            }
            Question::Copies => match &c.arrival.wants {
                Want::Submit { copies, .. } if *copies > 0 => {
                    LocalizedText::new(format!("{copies} bản."), format!("{copies} copies."))
                }
                _ => LocalizedText::new("Một bản thôi.", "Just one."),
            },
            Question::MaritalStatus => {
                if facts.contains("divorced") {
                    LocalizedText::new("Tôi đã ly hôn.", "I am divorced.")
                } else if facts.contains("married") {
                    LocalizedText::new("Tôi đã có gia đình.", "I am married.")
                } else {
                    LocalizedText::new("Tôi chưa kết hôn.", "I am not married.")
                }
            }
            Question::Exemption => {
                if facts.contains("exempt") {
                    LocalizedText::new(
                        "Nhà tôi thuộc hộ nghèo, có giấy xác nhận.",
                        "We are a registered poor household.",
                    )
                } else {
                    LocalizedText::new("Không ạ.", "No.")
                }
            }
            Question::OtherPapers => {
                LocalizedText::new("Tôi chỉ mang chừng này thôi.", "This is all I brought.")
            }
        }
    }

    fn ask(&mut self, question: Question) -> Outcome {
        let i = self.counter_index()?;
        let answer = self.citizens[i]
            .arrival
            .answers
            .get(&question)
            .cloned()
            .unwrap_or_else(|| self.default_answer(i, question));
        let count = self.citizens[i].asked.entry(question).or_insert(0);
        *count += 1;
        let repeated = *count > 1;
        Ok((
            vec![Event::Answered {
                question,
                answer,
                repeated,
            }],
            40 * self.language_factor(i),
        ))
    }

    fn inspect(&mut self, document: &str) -> Outcome {
        let (i, doc) = self.desk_document(document)?;
        let mut notes: Vec<LocalizedText> =
            doc.defects.iter().filter_map(|d| d.note.clone()).collect();
        let mut visible = Vec::new();
        if let Some(kind) = self.scenario.catalog.document_kinds.get(&doc.kind) {
            if kind.needs_signature && !doc.signed {
                visible.push(DefectKind::MissingSignature);
            }
            if kind.needs_stamp && !doc.stamped {
                visible.push(DefectKind::MissingStamp);
            }
            if let (Some(current), Some(v)) = (&kind.current_form_version, &doc.form_version)
                && current != v
            {
                visible.push(DefectKind::WrongFormVersion);
            }
        }
        if doc.copy == CopyForm::Photocopy {
            visible.push(DefectKind::PhotocopyOnly);
        }
        if doc.legibility == Legibility::Unreadable {
            visible.push(DefectKind::Illegible);
        }
        for d in &doc.defects {
            if d.kind.needs_inspection() && !visible.contains(&d.kind) {
                visible.push(d.kind);
            }
        }
        if doc.sticky_notes > 0 {
            notes.push(LocalizedText::new(
                format!("Có {} trang dán giấy ghi chú.", doc.sticky_notes),
                format!("{} page(s) carry a sticky note.", doc.sticky_notes),
            ));
        }
        let document = document.to_owned();
        self.citizens[i].inspected.insert(document.clone());
        Ok((
            vec![Event::Inspected {
                document,
                notes,
                visible,
            }],
            30,
        ))
    }

    fn field_value(&self, r: &FieldRef) -> Result<String, ActionError> {
        let (_, doc) = self.desk_document(&r.document)?;
        doc.fields
            .get(&r.field)
            .cloned()
            .ok_or_else(|| ActionError::UnknownField(r.document.clone(), r.field.clone()))
    }

    fn compare(&mut self, a: &FieldRef, b: &FieldRef) -> Outcome {
        let i = self.counter_index()?;
        let va = self.field_value(a)?;
        let vb = self.field_value(b)?;
        let same = match (parse_date(&va), parse_date(&vb)) {
            (Some(x), Some(y)) => x == y,
            _ => va.trim() == vb.trim(),
        };
        self.citizens[i]
            .comparisons
            .push((a.clone(), b.clone(), same));
        Ok((
            vec![Event::Compared {
                a: a.clone(),
                b: b.clone(),
                same,
            }],
            20,
        ))
    }

    fn check_identity(&mut self, document: &str) -> Outcome {
        self.portal_available(false)?;
        let (i, doc) = self.desk_document(document)?;
        let kind = self.scenario.catalog.document_kinds.get(&doc.kind);
        if !kind.is_some_and(|k| k.identity) {
            return Err(ActionError::NotAnIdentityPaper(document.to_owned()));
        }
        let number = doc.fields.get("id_number").cloned().unwrap_or_default();
        let male = doc.fields.get("sex").map(|s| s.trim() == "Nam");
        let birth = doc.fields.get("birth_date").and_then(|d| parse_date(d));
        let valid_number = truth::id_number_is_consistent(&number, male, birth);
        let expired = doc.fields.get("expiry").is_some_and(|e| {
            !truth::is_lifelong(e)
                && parse_date(e).is_some_and(|d| d < self.scenario.file.shift.date)
        });
        let record = if !valid_number || doc.has_planted(DefectKind::Forged) {
            PopulationRecord {
                name: String::new(),
                birth_date: String::new(),
                found: false,
            }
        } else {
            PopulationRecord {
                name: doc.fields.get("full_name").cloned().unwrap_or_default(),
                birth_date: doc.fields.get("birth_date").cloned().unwrap_or_default(),
                found: true,
            }
        };
        self.citizens[i]
            .identity_checked
            .insert(document.to_owned());
        Ok((
            vec![Event::IdentityChecked {
                document: document.to_owned(),
                record,
                expired,
                valid_number,
            }],
            60,
        ))
    }

    fn state_records(&mut self) -> Outcome {
        self.portal_available(false)?;
        let i = self.counter_index()?;
        let c = &self.citizens[i];
        let components: Vec<String> = c
            .analysis
            .as_ref()
            .map(|a| a.state_held.iter().cloned().collect())
            .unwrap_or_default();
        self.citizens[i].state_records_checked = true;
        Ok((vec![Event::StateRecordsFound { components }], 60))
    }

    fn hint(&mut self) -> Outcome {
        if self.mode == Mode::Exam {
            return Err(ActionError::HintsDisabled);
        }
        let i = self.counter_index()?;
        let c = &self.citizens[i];
        let text = c.arrival.hint.clone().unwrap_or_else(|| match c.analysis.as_ref().map(|a| &a.disposition) {
            Some(truth::Disposition::Accept) => LocalizedText::new(
                "Hồ sơ đầy đủ, hợp lệ: tiếp nhận, số hóa từng thành phần, thu phí (nếu có), cấp giấy hẹn.",
                "The dossier is complete and valid: receive it, digitize each component, take the fee if any, issue the appointment slip.",
            ),
            Some(truth::Disposition::Supplement(list)) => LocalizedText::new(
                format!("Hồ sơ chưa đạt: yêu cầu bổ sung một lần các thành phần: {}.", list.iter().cloned().collect::<Vec<_>>().join(", ")),
                format!("Not complete: ask once for: {}.", list.iter().cloned().collect::<Vec<_>>().join(", ")),
            ),
            Some(truth::Disposition::Refuse(g)) => LocalizedText::new(
                format!("Trường hợp này phải từ chối bằng văn bản, nêu lý do ({g})."),
                format!("This case must be refused in writing, citing the ground ({g})."),
            ),
            None => LocalizedText::new("Kiểm tra căn cước trước khi trả kết quả.", "Check the ID before handing anything back."),
        });
        self.citizens[i].hints += 1;
        Ok((vec![Event::HintGiven { text }], 10))
    }

    fn create_dossier(&mut self, procedure: &str) -> Outcome {
        self.portal_available(true)?;
        let i = self.counter_index()?;
        self.scenario
            .procedure(procedure)
            .ok_or_else(|| ActionError::UnknownProcedure(procedure.to_owned()))?;
        if let Some(open) = self.citizens[i]
            .dossiers
            .iter()
            .find(|c| self.portal.dossiers.get(*c).is_some_and(|d| d.draft))
        {
            return Err(ActionError::DossierAlreadyOpen(open.clone()));
        }
        let at = self.clock();
        let code = self.portal.next_code(
            &self.scenario.file.shift.unit_code.clone(),
            self.scenario.file.shift.date,
        );
        let mut d = Dossier::new(
            code.clone(),
            procedure.to_owned(),
            Channel::Counter,
            Status::Accepted,
            Some(self.citizens[i].arrival.id.clone()),
            at,
        );
        d.paper_logged = self.paper_mode && self.fault_active(FaultKind::PowerCut);
        self.portal.dossiers.insert(code.clone(), d);
        self.citizens[i].dossiers.push(code.clone());
        Ok((vec![Event::DossierCreated { dossier: code }], 90))
    }

    fn scan(&mut self, document: &str, settings: ScanSettings) -> Outcome {
        if self.fault_active(FaultKind::PowerCut) {
            return Err(ActionError::PowerOut);
        }
        if ![100u16, 150, 200, 300, 400, 600].contains(&settings.dpi) {
            return Err(ActionError::UnsupportedResolution(settings.dpi));
        }
        let (i, doc) = self.scannable_document(document)?;
        if let Some(f) = self
            .faults
            .iter()
            .position(|f| f.spec.kind == FaultKind::ScannerJam && f.active())
        {
            if self.faults[f].manifested {
                return Err(ActionError::ScannerJammed);
            }
            self.faults[f].manifested = true;
            return Ok((vec![Event::ScannerJammed], 30));
        }
        let kind = self.scenario.catalog.document_kinds.get(&doc.kind).cloned();
        let pages = kind.as_ref().map_or(1, |k| doc.page_count(k));
        let images = if settings.duplex || pages == 1 {
            pages
        } else {
            pages.div_ceil(2)
        };
        let mut problems = Vec::new();
        if settings.dpi < 200 {
            problems.push(ScanProblem::LowResolution);
        }
        let colourful = kind.as_ref().is_some_and(|k| {
            k.needs_stamp || k.identity || matches!(k.layout, Layout::Certificate | Layout::Booklet)
        });
        if settings.color.loses_colour() && colourful {
            problems.push(ScanProblem::ColorLost);
        }
        if images < pages {
            problems.push(ScanProblem::MissingPages);
        }
        if doc.legibility == Legibility::Unreadable {
            problems.push(ScanProblem::Unreadable);
        }
        let number = self.scans.len() as u32 + 1;
        let per_image = if settings.dpi > 300 { 30 } else { 15 };
        self.scans.push(Scan {
            number,
            document: document.to_owned(),
            citizen: i,
            settings,
            images,
            problems: problems.clone(),
        });
        Ok((
            vec![Event::Scanned {
                scan: number,
                images,
                problems,
            }],
            20 + per_image * u32::from(images),
        ))
    }

    fn attach(&mut self, dossier: &str, scan: u32, component: &str) -> Outcome {
        self.portal_available(false)?;
        let d = self.portal.dossier(dossier)?;
        if d.status.is_final() {
            return Err(ActionError::AlreadyReceived(dossier.to_owned()));
        }
        let procedure = self
            .scenario
            .procedure(&d.procedure)
            .ok_or_else(|| ActionError::UnknownProcedure(d.procedure.clone()))?;
        if procedure.component(component).is_none() {
            return Err(ActionError::UnknownComponent(
                d.procedure.clone(),
                component.to_owned(),
            ));
        }
        if scan == 0 || scan as usize > self.scans.len() {
            return Err(ActionError::UnknownScan(scan));
        }
        self.portal
            .dossier_mut(dossier)?
            .attachments
            .entry(component.to_owned())
            .or_default()
            .push(scan);
        Ok((
            vec![Event::Attached {
                dossier: dossier.to_owned(),
                component: component.to_owned(),
                scan,
            }],
            15,
        ))
    }

    fn certify_copy(&mut self, dossier: &str, copy: &str, original: &str) -> Outcome {
        self.portal.dossier(dossier)?;
        let (_, c) = self.desk_document(copy)?;
        let (_, o) = self.desk_document(original)?;
        if c.copy != CopyForm::Photocopy || o.copy != CopyForm::Original || c.kind != o.kind {
            return Err(ActionError::NotACopyOf(
                copy.to_owned(),
                original.to_owned(),
            ));
        }
        self.portal
            .dossier_mut(dossier)?
            .certified_copies
            .push(copy.to_owned());
        Ok((
            vec![Event::CopyCertified {
                copy: copy.to_owned(),
            }],
            60,
        ))
    }

    fn collect_fee(&mut self, dossier: &str, method: PaymentMethod) -> Outcome {
        self.portal_available(method == PaymentMethod::Cash)?;
        let d = self.portal.dossier(dossier)?;
        let amount = match (d.fee, &d.payment) {
            (Some(a), None) if a > 0 => a,
            _ => return Err(ActionError::NoFeeToCollect(dossier.to_owned())),
        };
        if method == PaymentMethod::EPayment && self.fault_active(FaultKind::PaymentGatewayDown) {
            for f in self
                .faults
                .iter_mut()
                .filter(|f| f.spec.kind == FaultKind::PaymentGatewayDown && f.active())
            {
                f.manifested = true;
            }
            return Ok((
                vec![Event::PaymentFailed {
                    dossier: dossier.to_owned(),
                }],
                60,
            ));
        }
        let at = self.clock();
        let procedure = d.procedure.clone();
        let citizen = d.citizen.clone();
        let receipt = self.portal.issue(Slip {
            number: 0,
            kind: SlipKind::FeeReceipt,
            dossier: Some(dossier.to_owned()),
            citizen,
            procedure,
            issued_at: at,
            date: None,
            components: vec![],
            ground: None,
            amount: Some(amount),
            electronic: method == PaymentMethod::EPayment,
        });
        self.portal.dossier_mut(dossier)?.payment = Some(Payment {
            amount,
            method,
            receipt,
            at,
        });
        let cost = if method == PaymentMethod::Cash {
            45
        } else {
            60
        };
        Ok((
            vec![
                Event::FeeCollected {
                    dossier: dossier.to_owned(),
                    amount,
                    method,
                },
                Event::SlipIssued {
                    number: receipt,
                    kind: SlipKind::FeeReceipt,
                },
            ],
            cost,
        ))
    }

    fn issue_receipt(&mut self, dossier: &str, appointment: chrono::NaiveDate) -> Outcome {
        self.portal_available(true)?;
        let d = self.portal.dossier(dossier)?;
        let online = d.status == Status::NewOnline;
        if !d.draft && !online {
            return Err(ActionError::AlreadyReceived(dossier.to_owned()));
        }
        if d.fee.is_some_and(|f| f > 0) && d.payment.is_none() {
            return Err(ActionError::FeeNotPaid(dossier.to_owned()));
        }
        if online {
            self.portal.can_transition(dossier, Status::Accepted)?;
        }
        let procedure = self
            .scenario
            .procedure(&d.procedure)
            .ok_or_else(|| ActionError::UnknownProcedure(d.procedure.clone()))?;
        let at = self.clock();
        let due = self.calendar.due(at, procedure.processing_time());
        let procedure_code = d.procedure.clone();
        let citizen = d.citizen.clone();
        let mut events = Vec::new();
        if online {
            let from = self.portal.transition(dossier, Status::Accepted, at)?;
            events.push(Event::StatusChanged {
                dossier: dossier.to_owned(),
                from,
                to: Status::Accepted,
            });
        }
        let d = self.portal.dossier_mut(dossier)?;
        d.draft = false;
        d.received_at = Some(at);
        d.due = Some(due);
        d.appointment = Some(appointment);
        let number = self.portal.issue(Slip {
            number: 0,
            kind: SlipKind::Receipt,
            dossier: Some(dossier.to_owned()),
            citizen,
            procedure: procedure_code,
            issued_at: at,
            date: Some(appointment),
            components: vec![],
            ground: None,
            amount: None,
            electronic: online,
        });
        events.push(Event::SlipIssued {
            number,
            kind: SlipKind::Receipt,
        });
        Ok((events, 45))
    }

    /// The procedure a slip for the citizen at the counter (or an online dossier) is about.
    fn slip_context(&self, dossier: Option<&str>) -> Result<(Option<usize>, String), ActionError> {
        match dossier {
            Some(code) => {
                let d = self.portal.dossier(code)?;
                Ok((self.owner_of(d).or(self.counter), d.procedure.clone()))
            }
            None => {
                let i = self.counter_index()?;
                let p = self.citizens[i]
                    .procedure()
                    .map(str::to_owned)
                    .unwrap_or_default();
                Ok((Some(i), p))
            }
        }
    }

    fn close_draft_or_transition(
        &mut self,
        code: &str,
        to: Status,
    ) -> Result<Option<Event>, ActionError> {
        let at = self.clock();
        let d = self.portal.dossier(code)?;
        if d.draft {
            let d = self.portal.dossier_mut(code)?;
            let from = d.status;
            d.draft = false;
            d.status = to;
            d.history.push((at, to));
            return Ok(Some(Event::StatusChanged {
                dossier: code.to_owned(),
                from,
                to,
            }));
        }
        let from = self.portal.transition(code, to, at)?;
        Ok(Some(Event::StatusChanged {
            dossier: code.to_owned(),
            from,
            to,
        }))
    }

    fn request_supplement(
        &mut self,
        dossier: Option<&str>,
        components: &BTreeSet<String>,
    ) -> Outcome {
        if components.is_empty() {
            return Err(ActionError::EmptySupplement);
        }
        let (citizen, procedure_code) = self.slip_context(dossier)?;
        let procedure = self
            .scenario
            .procedure(&procedure_code)
            .ok_or_else(|| ActionError::UnknownProcedure(procedure_code.clone()))?;
        for c in components {
            if procedure.component(c).is_none() {
                return Err(ActionError::UnknownComponent(
                    procedure_code.clone(),
                    c.clone(),
                ));
            }
        }
        if let Some(code) = dossier {
            let d = self.portal.dossier(code)?;
            if !d.draft {
                self.portal
                    .can_transition(code, Status::SupplementRequested)?;
            }
        }
        let mut events = Vec::new();
        if let Some(code) = dossier {
            events.extend(self.close_draft_or_transition(code, Status::SupplementRequested)?);
        }
        let online = dossier.is_some_and(|c| {
            self.portal
                .dossiers
                .get(c)
                .is_some_and(|d| d.channel == Channel::Online)
        });
        let number = self.portal.issue(Slip {
            number: 0,
            kind: SlipKind::SupplementRequest,
            dossier: dossier.map(str::to_owned),
            citizen: citizen.map(|i| self.citizens[i].arrival.id.clone()),
            procedure: procedure_code,
            issued_at: self.clock(),
            date: None,
            components: components.iter().cloned().collect(),
            ground: None,
            amount: None,
            electronic: online,
        });
        if let Some(i) = citizen {
            self.citizens[i].supplements.push(components.clone());
        }
        events.push(Event::SlipIssued {
            number,
            kind: SlipKind::SupplementRequest,
        });
        Ok((events, 120))
    }

    fn refuse(&mut self, dossier: Option<&str>, procedure: &str, ground: &str) -> Outcome {
        let (citizen, _) = self.slip_context(dossier)?;
        let p = self
            .scenario
            .procedure(procedure)
            .ok_or_else(|| ActionError::UnknownProcedure(procedure.to_owned()))?;
        let known = p.refusals.iter().any(|r| r.id == ground)
            || DefectKind::ALL.iter().any(|d| d.id() == ground);
        if !known {
            return Err(ActionError::UnknownGround(ground.to_owned()));
        }
        if let Some(code) = dossier {
            let d = self.portal.dossier(code)?;
            if !d.draft {
                self.portal.can_transition(code, Status::Refused)?;
            }
        }
        let mut events = Vec::new();
        if let Some(code) = dossier {
            events.extend(self.close_draft_or_transition(code, Status::Refused)?);
        }
        let online = dossier.is_some_and(|c| {
            self.portal
                .dossiers
                .get(c)
                .is_some_and(|d| d.channel == Channel::Online)
        });
        let number = self.portal.issue(Slip {
            number: 0,
            kind: SlipKind::Refusal,
            dossier: dossier.map(str::to_owned),
            citizen: citizen.map(|i| self.citizens[i].arrival.id.clone()),
            procedure: procedure.to_owned(),
            issued_at: self.clock(),
            date: None,
            components: vec![],
            ground: Some(ground.to_owned()),
            amount: None,
            electronic: online,
        });
        if let Some(i) = citizen {
            self.citizens[i].refusals.push(ground.to_owned());
        }
        events.push(Event::SlipIssued {
            number,
            kind: SlipKind::Refusal,
        });
        Ok((events, 120))
    }

    fn transfer(&mut self, dossier: &str, department: crate::scenario::Department) -> Outcome {
        self.portal_available(false)?;
        let d = self.portal.dossier(dossier)?;
        if d.draft {
            return Err(ActionError::NotReceived(dossier.to_owned()));
        }
        self.portal.can_transition(dossier, Status::Processing)?;
        let procedure = self
            .scenario
            .procedure(&d.procedure)
            .ok_or_else(|| ActionError::UnknownProcedure(d.procedure.clone()))?;
        let at = self.clock();
        let ready_at =
            if procedure.processing_time().is_same_day() && procedure.department == department {
                let start = self
                    .calendar
                    .clock_start(d.received_at.unwrap_or(at))
                    .max(at);
                Some(start + chrono::Duration::minutes(i64::from(procedure.same_day_minutes)))
            } else {
                None
            };
        let from = self.portal.transition(dossier, Status::Processing, at)?;
        let d = self.portal.dossier_mut(dossier)?;
        d.department = Some(department);
        d.ready_at = ready_at;
        d.control_sheet.push(Handover {
            at,
            from: "mot-cua".into(),
            to: department.id().into(),
            status: Status::Processing,
        });
        Ok((
            vec![
                Event::StatusChanged {
                    dossier: dossier.to_owned(),
                    from,
                    to: Status::Processing,
                },
                Event::Transferred {
                    dossier: dossier.to_owned(),
                    department,
                },
            ],
            30,
        ))
    }

    fn sync(&mut self, dossier: &str) -> Outcome {
        self.portal_available(false)?;
        let d = self.portal.dossier(dossier)?;
        if d.draft {
            return Err(ActionError::NotReceived(dossier.to_owned()));
        }
        if self.fault_active(FaultKind::NationalSyncFailure) {
            for f in self
                .faults
                .iter_mut()
                .filter(|f| f.spec.kind == FaultKind::NationalSyncFailure && f.active())
            {
                f.manifested = true;
            }
            self.portal.dossier_mut(dossier)?.sync = SyncState::Failed;
            return Ok((
                vec![Event::SyncFailed {
                    dossier: dossier.to_owned(),
                }],
                20,
            ));
        }
        self.portal.dossier_mut(dossier)?.sync = SyncState::Synced;
        Ok((
            vec![Event::Synced {
                dossier: dossier.to_owned(),
            }],
            10,
        ))
    }

    fn return_result(&mut self, dossier: &str) -> Outcome {
        self.portal_available(true)?;
        let d = self.portal.dossier(dossier)?;
        self.portal.can_transition(dossier, Status::Returned)?;
        let receiver = match self.counter {
            Some(i) => i,
            None => match self
                .owner_of(d)
                .filter(|&i| self.citizens[i].state == CitizenState::WaitingForResult)
            {
                Some(i) => i,
                None => return Err(ActionError::NobodyToReceive(dossier.to_owned())),
            },
        };
        let at = self.clock();
        let from = self.portal.transition(dossier, Status::Returned, at)?;
        self.portal.dossier_mut(dossier)?.returned_to = Some(receiver);
        let mut events = vec![Event::StatusChanged {
            dossier: dossier.to_owned(),
            from,
            to: Status::Returned,
        }];
        if !self.citizens[receiver]
            .dossiers
            .iter()
            .any(|c| c == dossier)
        {
            self.citizens[receiver].dossiers.push(dossier.to_owned());
        }
        if self.counter.is_none() {
            let now = self.now;
            let c = &mut self.citizens[receiver];
            c.state = CitizenState::Gone;
            c.left_at = Some(now);
            c.leave_reason = Some(LeaveReason::Served);
            events.push(Event::CitizenLeft {
                citizen: receiver,
                reason: LeaveReason::Served,
            });
        }
        Ok((events, 60))
    }

    fn withdraw(&mut self, dossier: &str) -> Outcome {
        self.portal_available(true)?;
        self.counter_index()?;
        self.portal.can_transition(dossier, Status::Withdrawn)?;
        let at = self.clock();
        let from = self.portal.transition(dossier, Status::Withdrawn, at)?;
        let d = self.portal.dossier(dossier)?;
        let procedure = d.procedure.clone();
        let citizen = self.counter.map(|i| self.citizens[i].arrival.id.clone());
        let number = self.portal.issue(Slip {
            number: 0,
            kind: SlipKind::StopNotice,
            dossier: Some(dossier.to_owned()),
            citizen,
            procedure,
            issued_at: at,
            date: None,
            components: vec![],
            ground: None,
            amount: None,
            electronic: false,
        });
        if let Some(i) = self.counter
            && !self.citizens[i].dossiers.iter().any(|c| c == dossier)
        {
            self.citizens[i].dossiers.push(dossier.to_owned());
        }
        Ok((
            vec![
                Event::StatusChanged {
                    dossier: dossier.to_owned(),
                    from,
                    to: Status::Withdrawn,
                },
                Event::SlipIssued {
                    number,
                    kind: SlipKind::StopNotice,
                },
            ],
            60,
        ))
    }

    fn apology(&mut self, dossier: &str, new_date: chrono::NaiveDate) -> Outcome {
        self.portal_available(true)?;
        let d = self.portal.dossier(dossier)?;
        if d.status != Status::Processing {
            return Err(ActionError::NotProcessing(dossier.to_owned()));
        }
        if d.apology.is_some() {
            return Err(ActionError::ApologyAlreadySent(dossier.to_owned()));
        }
        let at = self.clock();
        let procedure = d.procedure.clone();
        let reason = d.delay.as_ref().map(|(r, _)| r.vi.clone());
        let electronic = d.channel == Channel::Online;
        let number = self.portal.issue(Slip {
            number: 0,
            kind: SlipKind::Apology,
            dossier: Some(dossier.to_owned()),
            citizen: None,
            procedure,
            issued_at: at,
            date: Some(new_date),
            components: vec![],
            ground: reason,
            amount: None,
            electronic,
        });
        self.portal.dossier_mut(dossier)?.apology = Some((at, new_date));
        Ok((
            vec![Event::SlipIssued {
                number,
                kind: SlipKind::Apology,
            }],
            90,
        ))
    }

    fn guide(&mut self, topic: GuideTopic) -> Outcome {
        let i = self.counter_index()?;
        let c = &self.citizens[i];
        let p = &c.persona;
        let procedure_online = c
            .procedure()
            .and_then(|code| self.scenario.procedure(code))
            .map(|p| p.online);
        let vneid_down = self.fault_active(FaultKind::VneidOutage);
        let useful = match topic {
            GuideTopic::OnlineService => {
                p.smartphone && procedure_online.is_some_and(|o| o != OnlineLevel::None)
            }
            GuideTopic::VneidAccount => p.smartphone && p.vneid != VneidLevel::Level2,
            GuideTopic::VneidLogin => p.smartphone && p.vneid == VneidLevel::Level2 && !vneid_down,
            GuideTopic::StatusLookup => true,
            GuideTopic::AssistOnlineSubmission => {
                p.smartphone
                    && p.vneid == VneidLevel::Level2
                    && !vneid_down
                    && procedure_online == Some(OnlineLevel::Full)
            }
        };
        let base = match topic {
            GuideTopic::OnlineService => 60,
            GuideTopic::VneidAccount => 60,
            GuideTopic::VneidLogin => 90,
            GuideTopic::StatusLookup => 30,
            GuideTopic::AssistOnlineSubmission => 150,
        };
        let mut events = vec![Event::Guided { topic, useful }];
        if topic == GuideTopic::AssistOnlineSubmission && useful {
            self.portal_available(false)?;
            let procedure = c.procedure().map(str::to_owned).unwrap_or_default();
            let at = self.clock();
            let code = self.portal.next_code(
                &self.scenario.file.shift.unit_code.clone(),
                self.scenario.file.shift.date,
            );
            let mut d = Dossier::new(
                code.clone(),
                procedure,
                Channel::Online,
                Status::NewOnline,
                Some(self.citizens[i].arrival.id.clone()),
                at,
            );
            d.draft = false;
            d.received_at = Some(at);
            self.portal.dossiers.insert(code.clone(), d);
            self.citizens[i].dossiers.push(code.clone());
            events.push(Event::DossierCreated { dossier: code });
        }
        self.citizens[i].guided.insert(topic);
        if !useful {
            self.citizens[i].unusable_guidance += 1;
        }
        Ok((events, base * self.literacy_factor(i)))
    }

    fn respond(&mut self, response: FaultResponse) -> Outcome {
        let targets: Vec<usize> = (0..self.faults.len())
            .filter(|&f| self.faults[f].active() && response.applies_to(self.faults[f].spec.kind))
            .collect();
        if targets.is_empty() {
            return Err(ActionError::NoSuchFault);
        }
        // Reporting to the helpdesk and informing the queue need no computer (a phone call, a
        // word to the waiting room), so they work even during a power cut.
        let now = self.now;
        let mut events = vec![Event::FaultResponded { response }];
        for f in targets {
            self.faults[f].responses.insert(response);
            match response {
                FaultResponse::RestartComputer | FaultResponse::ClearScannerJam
                    if self.faults[f].ended_at.is_none() =>
                {
                    self.faults[f].ended_at = Some(now);
                    events.push(Event::FaultEnded {
                        kind: self.faults[f].spec.kind,
                    });
                }
                _ => {}
            }
        }
        match response {
            FaultResponse::InformQueue => {
                for c in self
                    .citizens
                    .iter_mut()
                    .filter(|c| c.state == CitizenState::Queued)
                {
                    c.patience_bonus = c
                        .patience_bonus
                        .saturating_add(c.persona.patience_minutes.saturating_mul(30));
                }
            }
            FaultResponse::SwitchToPaper => self.paper_mode = true,
            _ => {}
        }
        let cost = match response {
            FaultResponse::RestartComputer => 240,
            FaultResponse::ClearScannerJam => 120,
            FaultResponse::ReportToHelpdesk => 90,
            FaultResponse::InformQueue => 60,
            FaultResponse::SwitchToPaper => 30,
            FaultResponse::SwitchToCash => 5,
        };
        Ok((events, cost))
    }

    fn dismiss(&mut self) -> Outcome {
        let i = self.counter_index()?;
        // Only a result ready before the counter closes is worth waiting for; one due the
        // next working day (received after 15:00) sends the citizen home with the slip.
        let closing = self.moment(self.length());
        let waiting = self.citizens[i].dossiers.iter().find(|code| {
            self.portal.dossiers.get(*code).is_some_and(|d| {
                d.status == Status::Processed
                    || (d.status == Status::Processing
                        && d.ready_at.is_some_and(|ready| ready <= closing))
            })
        });
        let event = match waiting {
            Some(code) => {
                let code = code.clone();
                self.citizens[i].state = CitizenState::WaitingForResult;
                self.counter = None;
                Event::CitizenWaitingForResult {
                    citizen: i,
                    dossier: code,
                }
            }
            None => {
                let now = self.now;
                let c = &mut self.citizens[i];
                c.state = CitizenState::Gone;
                c.left_at = Some(now);
                c.leave_reason = Some(LeaveReason::Served);
                self.counter = None;
                Event::CitizenLeft {
                    citizen: i,
                    reason: LeaveReason::Served,
                }
            }
        };
        Ok((vec![event], 10))
    }

    fn end_shift(&mut self) -> Outcome {
        let mut events = Vec::new();
        let now = self.now;
        for i in 0..self.citizens.len() {
            let reason = match self.citizens[i].state {
                CitizenState::AtCounter => LeaveReason::Served,
                CitizenState::Queued | CitizenState::WaitingForResult => LeaveReason::ShiftClosed,
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

/// Colour helpers for scan settings.
pub trait LosesColour {
    /// True when the mode drops colour (red seals, photos).
    fn loses_colour(self) -> bool;
}

impl LosesColour for ColorMode {
    fn loses_colour(self) -> bool {
        self != ColorMode::Color
    }
}
