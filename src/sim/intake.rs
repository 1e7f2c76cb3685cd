//! Receiving a dossier at the counter: creating it in the portal, typing the form, scanning
//! and attaching each paper, certifying copies, the fee and its receipt, the receipt and
//! appointment slip — or, instead, a supplement request or a refusal.

use std::collections::BTreeSet;

use super::apply::Outcome;
use super::{
    ActionError, CaseRef, ColorMode, DossierField, Event, PaymentMethod, Scan, ScanProblem,
    ScanSettings, Shift,
};
use crate::portal::{Dossier, Payment, Slip, SlipKind, Status};
use crate::scenario::{Channel, CopyForm, DefectKind, Document, FaultKind, Layout, Legibility};

impl Shift {
    pub(super) fn create_dossier(&mut self, procedure: &str) -> Outcome {
        self.portal_available(true)?;
        let i = self.counter_index()?;
        let code = self.open_counter_dossier(i, procedure.to_owned(), |_| {})?;
        Ok((vec![Event::DossierCreated { dossier: code }], 90))
    }

    /// Opens the dossier of citizen `i` at the counter under `procedure` (a bundle's is its
    /// lead procedure): refused for an unknown procedure, or while the citizen has a dossier
    /// still being entered; logged on paper during a power cut. `finish` sets what else
    /// differs. Returns the code.
    pub(super) fn open_counter_dossier(
        &mut self,
        i: usize,
        procedure: String,
        finish: impl FnOnce(&mut Dossier),
    ) -> Result<String, ActionError> {
        self.procedure_named(&procedure)?;
        if let Some(open) = self.citizens[i]
            .dossiers
            .iter()
            .find(|c| self.portal.dossiers.get(*c).is_some_and(|d| d.draft))
        {
            return Err(ActionError::DossierAlreadyOpen(open.clone()));
        }
        let paper_logged = self.paper_mode && self.fault_active(FaultKind::PowerCut);
        Ok(
            self.open_dossier(i, procedure, (Channel::Counter, Status::Accepted), |d| {
                d.paper_logged = paper_logged;
                finish(d);
            }),
        )
    }

    /// Opens a dossier of citizen `i` in the portal under the unit's next code, now, on a
    /// channel and in a status; `finish` sets what else differs. Returns the code.
    pub(super) fn open_dossier(
        &mut self,
        i: usize,
        procedure: String,
        (channel, status): (Channel, Status),
        finish: impl FnOnce(&mut Dossier),
    ) -> String {
        let code = self.portal.next_code(
            &self.scenario.file.shift.unit_code.clone(),
            self.scenario.file.shift.date,
        );
        let mut d = Dossier::new(
            code.clone(),
            procedure,
            channel,
            status,
            Some(self.citizens[i].arrival.id.clone()),
            self.clock(),
        );
        finish(&mut d);
        self.portal.dossiers.insert(code.clone(), d);
        self.citizens[i].dossiers.push(code.clone());
        code
    }

    pub(super) fn fill_field(
        &mut self,
        dossier: &str,
        field: DossierField,
        value: &str,
    ) -> Outcome {
        self.portal_available(true)?;
        let d = self.portal.dossier(dossier)?;
        if !d.draft {
            return Err(ActionError::AlreadyReceived(dossier.to_owned()));
        }
        if value.chars().count() > 200 {
            return Err(ActionError::TextTooLong(200));
        }
        let value = crate::text::nfc(value.trim());
        self.portal
            .dossier_mut(dossier)?
            .fields
            .insert(field, value);
        Ok((
            vec![Event::FieldFilled {
                dossier: dossier.to_owned(),
            }],
            20,
        ))
    }

    /// A paper that can go through the scanner: on the desk, or kept at the counter because
    /// its dossier was received (submitted papers stay with the one-stop section, so a
    /// dossier received on paper during a power cut is digitized when power returns).
    pub(super) fn scannable_document(&self, id: &str) -> Result<(usize, &Document), ActionError> {
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

    pub(super) fn scan(&mut self, document: &str, settings: ScanSettings) -> Outcome {
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
        if loses_colour(settings.color) && colourful {
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

    pub(super) fn attach(&mut self, dossier: &str, scan: u32, component: &str) -> Outcome {
        self.portal_available(false)?;
        let d = self.portal.dossier(dossier)?;
        if d.status.is_final() {
            return Err(ActionError::AlreadyReceived(dossier.to_owned()));
        }
        let procedure = self.procedure_of(d)?;
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

    pub(super) fn certify_copy(&mut self, dossier: &str, copy: &str, original: &str) -> Outcome {
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

    pub(super) fn set_fee(&mut self, dossier: &str, amount: u64) -> Outcome {
        self.portal_available(true)?;
        let d = self.portal.dossier(dossier)?;
        if d.payment.is_some() {
            return Err(ActionError::AlreadyPaid(dossier.to_owned()));
        }
        if amount > 100_000_000 {
            return Err(ActionError::AmountTooLarge(amount));
        }
        self.portal.dossier_mut(dossier)?.fee = Some(amount);
        Ok((
            vec![Event::FeeSet {
                dossier: dossier.to_owned(),
                amount,
            }],
            15,
        ))
    }

    pub(super) fn collect_fee(&mut self, dossier: &str, method: PaymentMethod) -> Outcome {
        self.portal_available(method == PaymentMethod::Cash)?;
        let d = self.portal.dossier(dossier)?;
        let amount = match (d.fee, &d.payment) {
            (Some(a), None) if a > 0 => a,
            _ => return Err(ActionError::NoFeeToCollect(dossier.to_owned())),
        };
        if method == PaymentMethod::EPayment && self.fault_active(FaultKind::PaymentGatewayDown) {
            self.manifest(FaultKind::PaymentGatewayDown);
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
            dossier: Some(dossier.to_owned()),
            citizen,
            amount: Some(amount),
            electronic: method == PaymentMethod::EPayment,
            ..Slip::new(SlipKind::FeeReceipt, procedure, at)
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

    pub(super) fn issue_receipt(
        &mut self,
        dossier: &str,
        appointment: chrono::NaiveDate,
    ) -> Outcome {
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
        let procedure = self.procedure_of(d)?;
        let at = self.clock();
        let due = self.calendar.due(at, self.processing_time_of(d, procedure));
        let procedure_code = d.procedure.clone();
        let citizen = d.citizen.clone();
        let mut events = Vec::new();
        if online {
            events.push(self.move_dossier(dossier, Status::Accepted, at)?);
        }
        let d = self.portal.dossier_mut(dossier)?;
        d.draft = false;
        d.received_at = Some(at);
        d.due = Some(due);
        d.appointment = Some(appointment);
        let number = self.portal.issue(Slip {
            dossier: Some(dossier.to_owned()),
            citizen,
            date: Some(appointment),
            electronic: online,
            ..Slip::new(SlipKind::Receipt, procedure_code, at)
        });
        events.push(Event::SlipIssued {
            number,
            kind: SlipKind::Receipt,
        });
        Ok((events, 45))
    }

    /// The procedure a slip for the citizen at the counter (or an online dossier) is about.
    pub(super) fn slip_context(
        &self,
        dossier: Option<&str>,
    ) -> Result<(Option<usize>, String), ActionError> {
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

    pub(super) fn close_draft_or_transition(
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
        Ok(Some(self.move_dossier(code, to, at)?))
    }

    pub(super) fn request_supplement(
        &mut self,
        dossier: Option<&str>,
        components: &BTreeSet<String>,
    ) -> Outcome {
        if components.is_empty() {
            return Err(ActionError::EmptySupplement);
        }
        let (citizen, procedure_code) = self.slip_context(dossier)?;
        let procedure = self.procedure_named(&procedure_code)?;
        for c in components {
            if procedure.component(c).is_none() {
                return Err(ActionError::UnknownComponent(
                    procedure_code.clone(),
                    c.clone(),
                ));
            }
        }
        let events = self.decide(
            dossier,
            citizen,
            procedure_code,
            Decision {
                kind: SlipKind::SupplementRequest,
                to: Status::SupplementRequested,
                components: components.iter().cloned().collect(),
                ground: None,
            },
        )?;
        if let Some(i) = citizen {
            self.citizens[i].supplements.push(components.clone());
        }
        Ok((events, 120))
    }

    pub(super) fn refuse(
        &mut self,
        dossier: Option<&str>,
        procedure: &str,
        ground: &str,
    ) -> Outcome {
        let (citizen, _) = self.slip_context(dossier)?;
        let p = self.procedure_named(procedure)?;
        let known = p.refusals.iter().any(|r| r.id == ground)
            || DefectKind::ALL.iter().any(|d| d.id() == ground);
        if !known {
            return Err(ActionError::UnknownGround(ground.to_owned()));
        }
        let by_rule = p.refusals.iter().any(|r| r.id == ground);
        let case = match (dossier, citizen) {
            (Some(code), _) if self.online_truth.contains_key(code) => {
                Some(CaseRef::Online(code.to_owned()))
            }
            (_, Some(i)) => Some(CaseRef::Citizen(i)),
            _ => None,
        };
        let flagged = case
            .and_then(|case| self.casework(&case).map(|w| w.supports_ground(ground)))
            .unwrap_or(false);
        if !by_rule && !flagged {
            return Err(ActionError::GroundNotFlagged(ground.to_owned()));
        }
        let events = self.decide(
            dossier,
            citizen,
            procedure.to_owned(),
            Decision {
                kind: SlipKind::Refusal,
                to: Status::Refused,
                components: vec![],
                ground: Some(ground.to_owned()),
            },
        )?;
        if let Some(i) = citizen {
            self.citizens[i].refusals.push(ground.to_owned());
        }
        Ok((events, 120))
    }

    /// Issues the slip of a decision on the case of `citizen`: the dossier, if there is one,
    /// leaves its draft or moves to the decision's status (checked before anything changes),
    /// and the slip is electronic for an online dossier.
    fn decide(
        &mut self,
        dossier: Option<&str>,
        citizen: Option<usize>,
        procedure: String,
        decision: Decision,
    ) -> Result<Vec<Event>, ActionError> {
        if let Some(code) = dossier {
            let d = self.portal.dossier(code)?;
            if !d.draft {
                self.portal.can_transition(code, decision.to)?;
            }
        }
        let mut events = Vec::new();
        if let Some(code) = dossier {
            events.extend(self.close_draft_or_transition(code, decision.to)?);
        }
        let online = dossier.is_some_and(|c| {
            self.portal
                .dossiers
                .get(c)
                .is_some_and(|d| d.channel == Channel::Online)
        });
        let number = self.portal.issue(Slip {
            dossier: dossier.map(str::to_owned),
            citizen: citizen.map(|i| self.citizens[i].arrival.id.clone()),
            components: decision.components,
            ground: decision.ground,
            electronic: online,
            ..Slip::new(decision.kind, procedure, self.clock())
        });
        events.push(Event::SlipIssued {
            number,
            kind: decision.kind,
        });
        Ok(events)
    }
}

/// A decision on a case other than receiving it: a supplement request or a refusal.
struct Decision {
    /// The slip that says it.
    kind: SlipKind,
    /// The dossier's status after it.
    to: Status,
    /// Components to bring or fix (a supplement request).
    components: Vec<String>,
    /// The ground cited (a refusal).
    ground: Option<String>,
}

/// True when the scanner's colour mode drops colour (red seals, photos).
fn loses_colour(mode: ColorMode) -> bool {
    mode != ColorMode::Color
}
