//! Talking with the citizen at the counter: calling them, questions and answers, looking
//! at their papers (inspection, comparison, the population database, the state's records),
//! the procedure page, hints, guidance toward online services, and sending them off.

use super::apply::Outcome;
use super::dialogue;
use super::{
    ActionError, CitizenState, Event, GuideTopic, LeaveReason, Line, PopulationRecord, Shift,
    claim_finds,
};
use crate::i18n::Message;
use crate::portal::Status;
use crate::scenario::truth::{self, parse_date};
use crate::scenario::{
    Channel, DefectKind, FaultKind, Level, Mode, OnlineLevel, Question, VneidLevel,
};

impl Shift {
    pub(super) fn call_next(&mut self) -> Outcome {
        if self.counter.is_some() {
            return Err(ActionError::CitizenAtCounter);
        }
        if self.now >= self.length() {
            return Err(ActionError::ShiftOver);
        }
        // Waiting for the next arrival, or for a citizen back from the kiosk; what happens
        // meanwhile goes to the timeline. Nothing to wait for is an error only before any
        // time has passed.
        let mut waited = false;
        while self.queue().is_empty() {
            let start = self.scenario.file.shift.start.minutes();
            let arrival = self
                .citizens
                .iter()
                .filter(|c| c.state == CitizenState::Expected)
                .map(|c| c.arrival.at.minutes().saturating_sub(start) * 60)
                .filter(|&t| t < self.length())
                .min();
            let kiosk = self.kiosk_due().map(|(at, _)| at).min();
            let Some(next) = arrival.into_iter().chain(kiosk).min() else {
                if waited {
                    break;
                }
                return Err(ActionError::QueueEmpty);
            };
            self.advance_to(next, Some(self.actions.len()));
            waited = true;
        }
        let Some(&i) = self.queue().first() else {
            return Ok((vec![], 0));
        };
        self.citizens[i].state = CitizenState::AtCounter;
        self.citizens[i].called_at.get_or_insert(self.now);
        self.counter = Some(i);
        Ok((vec![Event::CitizenCalled { citizen: i }], 20))
    }

    pub(super) fn literacy_factor(&self, i: usize) -> u32 {
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

    pub(super) fn language_factor(&self, i: usize) -> u32 {
        match self.citizens[i].persona.vietnamese {
            Level::None | Level::Low => 2,
            _ => 1,
        }
    }

    pub(super) fn ask(&mut self, question: Question) -> Outcome {
        let i = self.counter_index()?;
        let answer = dialogue::answer(&self.citizens[i], question);
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

    pub(super) fn check_identity(&mut self, document: &str) -> Outcome {
        self.portal_available(false)?;
        let (i, doc) = self.desk_document(document)?;
        let kind = self.scenario.catalog.document_kinds.get(&doc.kind);
        if !kind.is_some_and(|k| k.identity) {
            return Err(ActionError::NotAnIdentityPaper(document.to_owned()));
        }
        let number = doc.fields.get("id_number").cloned().unwrap_or_default();
        let male = doc.fields.get("sex").map(|s| s.trim() == "Nam");
        let birth = doc.fields.get("birth_date").and_then(|d| parse_date(d));
        // The database answers with the person registered under the number, or nothing; it
        // judges nothing (an expiry date is for the clerk to read on the card).
        let valid_number = truth::id_number_is_consistent(&number, male, birth);
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
            }],
            60,
        ))
    }

    pub(super) fn state_records(&mut self) -> Outcome {
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

    pub(super) fn look_up_procedure(&mut self, procedure: &str) -> Outcome {
        self.procedure_named(procedure)?;
        Ok((
            vec![Event::ProcedureShown {
                procedure: procedure.to_owned(),
            }],
            45,
        ))
    }

    pub(super) fn hint(&mut self) -> Outcome {
        if self.mode == Mode::Exam {
            return Err(ActionError::HintsDisabled);
        }
        let i = self.counter_index()?;
        let text = self
            .pointing_hint(i)
            .unwrap_or_else(|| dialogue::hint(&self.citizens[i]));
        self.citizens[i].hints += 1;
        Ok((vec![Event::HintGiven { text }], 10))
    }

    /// A hint that points at where to look, never at what is wrong: the first defect on
    /// citizen `i`'s papers not yet flagged, by its paper and area (or, for a disagreement,
    /// the two fields to read side by side), in the words printed on the paper.
    fn pointing_hint(&self, i: usize) -> Option<Line> {
        let c = &self.citizens[i];
        let analysis = c.analysis.as_ref()?;
        let papers = &c.arrival.documents;
        let missed = analysis.visible_defects().into_iter().find(|f| {
            !c.casework
                .flags
                .iter()
                .any(|flag| claim_finds(&flag.claim, f, papers))
        })?;
        let kind = missed.defect?;
        let printed = |document: Option<&str>, field: Option<&str>| {
            let doc = papers.iter().find(|d| Some(d.id.as_str()) == document)?;
            let spec = self.scenario.catalog.document_kinds.get(&doc.kind)?;
            let label = field
                .and_then(|key| spec.fields.iter().find(|f| f.key == key))
                .map(|f| f.label.vi.clone())
                .unwrap_or_default();
            Some((spec.title.clone(), label))
        };
        let (paper, field) = printed(missed.document.as_deref(), missed.field.as_deref())?;
        if kind.is_mismatch() {
            let (other_paper, other_field) = printed(
                missed.other_document.as_deref(),
                missed.other_field.as_deref(),
            )?;
            return Some(Line::Said(
                Message::new("hint-read-side-by-side")
                    .arg("paper", paper)
                    .arg("field", field)
                    .arg("other_paper", other_paper)
                    .arg("other_field", other_field),
            ));
        }
        Some(Line::Said(
            Message::new("hint-look-at")
                .arg("area", kind.area().id())
                .arg("paper", paper)
                .arg("field", field),
        ))
    }

    pub(super) fn guide(&mut self, topic: GuideTopic) -> Outcome {
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
            let code = self.open_dossier(i, procedure, (Channel::Online, Status::NewOnline), |d| {
                d.draft = false;
                d.received_at = Some(at);
            });
            events.push(Event::DossierCreated { dossier: code });
        }
        self.citizens[i].guided.insert(topic);
        if !useful {
            self.citizens[i].unusable_guidance += 1;
        }
        Ok((events, base * self.literacy_factor(i)))
    }

    pub(super) fn dismiss(&mut self) -> Outcome {
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
}
