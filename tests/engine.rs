//! The engine and the rubric, told as the trainee's stories on the tutorial counter.

use std::sync::Arc;

use chrono::NaiveDate;
use motcua::calendar::ClockTime;
use motcua::portal::{Status, SyncState};
use motcua::scenario::{
    Channel, DepartmentEvent, DepartmentEventKind, ExistingDossier, FaultEvent, FaultKind,
    FaultResponse, Mode, RuleInForce, Scenario, Want,
};
use motcua::score::{CriticalKind, Rule, grade};
use motcua::sim::{Action, ActionError, Event, LeaveReason, LookTool, Shift};
use motcua::text::LocalizedText;

mod common;

fn t(h: u16, m: u16) -> ClockTime {
    ClockTime::hm(h, m).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn variant(edit: impl FnOnce(&mut Scenario)) -> Arc<Scenario> {
    let mut s = (*common::tutorial()).clone();
    edit(&mut s);
    Arc::new(s)
}

fn ok(shift: &mut Shift, action: Action) -> Vec<Event> {
    match shift.apply(action.clone()) {
        Ok(events) => events,
        Err(e) => panic!("{action:?}: {e}"),
    }
}

/// Receives the first citizen's (complete) dossier without the fee or guidance steps.
fn receive_first(shift: &mut Shift, appointment: NaiveDate) -> String {
    ok(shift, Action::CallNext);
    ok(
        shift,
        Action::CreateDossier {
            procedure: "birth-registration".into(),
        },
    );
    let code = shift.portal.dossiers.keys().next_back().cloned().unwrap();
    ok(
        shift,
        Action::IssueReceipt {
            dossier: code.clone(),
            appointment,
        },
    );
    code
}

#[test]
fn a_citizen_who_waits_too_long_gives_up_and_it_costs_service() {
    let mut shift = Shift::new(common::tutorial(), 1, Mode::Practice);
    ok(&mut shift, Action::Wait { minutes: 90 });
    let gone: Vec<_> = shift
        .citizens
        .iter()
        .filter(|c| c.leave_reason == Some(LeaveReason::Impatient))
        .collect();
    assert_eq!(gone.len(), 3, "all three gave up");
    let report = grade(&shift);
    assert!(
        report
            .feedback
            .iter()
            .any(|f| f.message == "fb-left-impatient" && f.rule == Rule::ServeInTime)
    );
    assert_eq!(report.kpis.satisfaction, 0.0);
}

#[test]
fn informing_the_queue_during_a_fault_buys_patience() {
    let scenario = variant(|s| {
        s.file.faults.push(FaultEvent {
            at: t(7, 40),
            kind: FaultKind::FrozenPc,
            minutes: 0,
            expected: vec![FaultResponse::RestartComputer, FaultResponse::InformQueue],
        });
    });
    let mut shift = Shift::new(scenario, 1, Mode::Practice);
    ok(&mut shift, Action::Wait { minutes: 12 });
    let before = shift.patience_left(0).unwrap();
    ok(
        &mut shift,
        Action::RespondToFault {
            response: FaultResponse::InformQueue,
        },
    );
    assert!(shift.patience_left(0).unwrap() > before);
}

#[test]
fn a_frozen_computer_blocks_the_portal_until_restarted() {
    let scenario = variant(|s| {
        s.file.faults.push(FaultEvent {
            at: t(7, 30),
            kind: FaultKind::FrozenPc,
            minutes: 0,
            expected: vec![FaultResponse::RestartComputer],
        });
    });
    let mut shift = Shift::new(scenario, 1, Mode::Practice);
    ok(&mut shift, Action::CallNext);
    let before = shift.fingerprint();
    assert_eq!(
        shift.apply(Action::CreateDossier {
            procedure: "birth-registration".into()
        }),
        Err(ActionError::ComputerFrozen)
    );
    assert_eq!(before, shift.fingerprint());
    // Paper work goes on: questions and inspection need no computer.
    ok(
        &mut shift,
        Action::Inspect {
            document: "c1-notice".into(),
            tool: LookTool::Magnifier,
        },
    );
    ok(
        &mut shift,
        Action::RespondToFault {
            response: FaultResponse::RestartComputer,
        },
    );
    ok(
        &mut shift,
        Action::CreateDossier {
            procedure: "birth-registration".into(),
        },
    );
    assert!(
        grade(&shift)
            .feedback
            .iter()
            .all(|f| f.message != "fb-fault-response-missing")
    );
}

#[test]
fn a_failed_sync_must_be_retried_after_the_portal_recovers() {
    let scenario = variant(|s| {
        s.file.faults.push(FaultEvent {
            at: t(7, 30),
            kind: FaultKind::NationalSyncFailure,
            minutes: 20,
            expected: vec![FaultResponse::ReportToHelpdesk],
        });
    });
    let mut shift = Shift::new(scenario, 1, Mode::Practice);
    let code = receive_first(&mut shift, date(2026, 11, 23));
    let events = ok(
        &mut shift,
        Action::Sync {
            dossier: code.clone(),
        },
    );
    assert!(events.contains(&Event::SyncFailed {
        dossier: code.clone()
    }));
    let report = grade(&shift);
    assert!(
        report
            .feedback
            .iter()
            .any(|f| f.message == "fb-sync-not-retried")
    );
    assert!(
        report
            .feedback
            .iter()
            .any(|f| f.message == "fb-fault-response-missing" && f.rule == Rule::FaultFallback)
    );
    ok(
        &mut shift,
        Action::RespondToFault {
            response: FaultResponse::ReportToHelpdesk,
        },
    );
    ok(&mut shift, Action::Wait { minutes: 20 });
    ok(
        &mut shift,
        Action::Sync {
            dossier: code.clone(),
        },
    );
    assert_eq!(shift.portal.dossiers[&code].sync, SyncState::Synced);
    let report = grade(&shift);
    assert!(
        !report
            .feedback
            .iter()
            .any(|f| f.message.starts_with("fb-sync") || f.message == "fb-fault-response-missing")
    );
}

#[test]
fn after_the_cutoff_a_same_day_procedure_is_due_the_next_working_day() {
    let afternoon = |culture_day: bool| {
        variant(move |s| {
            s.file.shift.start = t(15, 0);
            for (i, a) in s.file.arrivals.iter_mut().enumerate() {
                a.at = t(15, 5 + 10 * i as u16);
            }
            if culture_day {
                s.file.rules_in_force.push(RuleInForce {
                    rule: "culture-day-2026".into(),
                    from: date(2026, 1, 1),
                });
            }
        })
    };
    let mut shift = Shift::new(afternoon(false), 1, Mode::Exam);
    let code = receive_first(&mut shift, date(2026, 11, 23));
    assert_eq!(
        shift.portal.dossiers[&code].due.map(|d| d.date()),
        Some(date(2026, 11, 24))
    );
    let report = grade(&shift);
    let wrong = report
        .feedback
        .iter()
        .find(|f| f.message == "fb-wrong-deadline")
        .expect("wrong date is caught");
    assert_eq!(wrong.rule, Rule::Cutoff);
    assert_eq!(wrong.critical, Some(CriticalKind::WrongDeadline));
    assert!(report.total <= motcua::score::CRITICAL_CAP);
    // With 24/11 Culture Day in force, the next working day is Wednesday.
    let mut shift = Shift::new(afternoon(true), 1, Mode::Exam);
    let code = receive_first(&mut shift, date(2026, 11, 25));
    assert_eq!(
        shift.portal.dossiers[&code].due.map(|d| d.date()),
        Some(date(2026, 11, 25))
    );
    assert!(grade(&shift).critical.is_empty());
}

/// The tutorial with birth registration taking `days` working days, opening at `start`.
fn multi_day(days: u32, start: ClockTime) -> Arc<Scenario> {
    variant(move |s| {
        let mut catalog = (*s.catalog).clone();
        if let Some(p) = catalog.procedures.get_mut("birth-registration") {
            p.processing_days = days;
        }
        s.catalog = Arc::new(catalog);
        s.file.shift.start = start;
        for (i, a) in s.file.arrivals.iter_mut().enumerate() {
            a.at = t(
                start.minutes() as u16 / 60,
                start.minutes() as u16 % 60 + 5 + 10 * i as u16,
            );
        }
    })
}

fn deadline_feedback(shift: &Shift) -> Option<Rule> {
    grade(shift)
        .feedback
        .into_iter()
        .find(|f| f.message == "fb-wrong-deadline")
        .map(|f| f.rule)
}

#[test]
fn the_day_of_receipt_is_not_counted() {
    // Monday 23/11/2026, received at 07:35: 3 working days are Tue, Wed, Thu → Thursday 26.
    let mut shift = Shift::new(multi_day(3, t(7, 30)), 1, Mode::Exam);
    let code = receive_first(&mut shift, date(2026, 11, 26));
    assert_eq!(
        shift.portal.dossiers[&code].due.map(|d| d.date()),
        Some(date(2026, 11, 26))
    );
    assert_eq!(deadline_feedback(&shift), None);
    // Counting Monday as day 1 (Wednesday) is the mistake the rule names.
    let mut shift = Shift::new(multi_day(3, t(7, 30)), 1, Mode::Exam);
    receive_first(&mut shift, date(2026, 11, 25));
    assert_eq!(deadline_feedback(&shift), Some(Rule::WorkingDays));
}

#[test]
fn after_the_cutoff_the_next_working_day_is_the_day_of_receipt() {
    // Monday 15:35: Tuesday is the day of receipt, not counted: Wed, Thu, Fri → Friday 27.
    let mut shift = Shift::new(multi_day(3, t(15, 30)), 1, Mode::Exam);
    let code = receive_first(&mut shift, date(2026, 11, 27));
    assert_eq!(
        shift.portal.dossiers[&code].due.map(|d| d.date()),
        Some(date(2026, 11, 27))
    );
    assert_eq!(deadline_feedback(&shift), None);
    let mut shift = Shift::new(multi_day(3, t(15, 30)), 1, Mode::Exam);
    receive_first(&mut shift, date(2026, 11, 26));
    assert_eq!(deadline_feedback(&shift), Some(Rule::Cutoff));
}

#[test]
fn calendar_day_deadlines_cite_their_own_rule() {
    let scenario = variant(|s| {
        let mut catalog = (*s.catalog).clone();
        if let Some(p) = catalog.procedures.get_mut("birth-registration") {
            p.processing_days = 30;
            p.counted_in = motcua::calendar::DayCount::CalendarDays;
        }
        s.catalog = Arc::new(catalog);
    });
    // Monday 23/11/2026 + 30 days = Wednesday 23/12/2026, a working day.
    let mut shift = Shift::new(scenario.clone(), 1, Mode::Exam);
    let code = receive_first(&mut shift, date(2026, 12, 23));
    assert_eq!(
        shift.portal.dossiers[&code].due.map(|d| d.date()),
        Some(date(2026, 12, 23))
    );
    assert_eq!(deadline_feedback(&shift), None);
    // Counting 30 working days instead is wrong.
    let mut shift = Shift::new(scenario, 1, Mode::Exam);
    receive_first(&mut shift, date(2027, 1, 5));
    assert_eq!(deadline_feedback(&shift), Some(Rule::CalendarDays));
}

#[test]
fn asking_for_a_paper_the_state_holds_is_an_unnecessary_demand() {
    let mut shift = Shift::new(common::tutorial(), 1, Mode::Exam);
    ok(&mut shift, Action::CallNext);
    ok(
        &mut shift,
        Action::RequestSupplement {
            dossier: None,
            components: ["parents_marriage".to_string()].into(),
        },
    );
    let report = grade(&shift);
    let item = report
        .feedback
        .iter()
        .find(|f| f.message == "fb-supplement-for-complete")
        .unwrap();
    assert_eq!(item.rule, Rule::NoDemandStateHeld);
}

#[test]
fn a_supplement_request_must_list_everything_at_once() {
    let mut shift = Shift::new(common::tutorial(), 1, Mode::Exam);
    ok(&mut shift, Action::CallNext);
    ok(&mut shift, Action::Dismiss);
    ok(&mut shift, Action::CallNext); // c2: photocopied birth notice
    ok(
        &mut shift,
        Action::RequestSupplement {
            dossier: None,
            components: ["declaration".to_string()].into(),
        },
    );
    ok(
        &mut shift,
        Action::RequestSupplement {
            dossier: None,
            components: ["birth_notice".to_string()].into(),
        },
    );
    let report = grade(&shift);
    let asked_twice = report
        .feedback
        .iter()
        .find(|f| f.message == "fb-asked-twice")
        .unwrap();
    assert_eq!(asked_twice.rule, Rule::AskOnce);
    assert!(
        report
            .feedback
            .iter()
            .any(|f| f.message == "fb-supplement-missed-item" && f.rule == Rule::AskOnce)
    );
    assert!(
        report
            .feedback
            .iter()
            .any(|f| f.message == "fb-demanded-unneeded")
    );
}

#[test]
fn attaching_another_citizens_paper_is_critical() {
    let mut shift = Shift::new(common::tutorial(), 1, Mode::Practice);
    ok(&mut shift, Action::CallNext);
    ok(
        &mut shift,
        Action::Scan {
            document: "c1-notice".into(),
            settings: Default::default(),
        },
    );
    ok(&mut shift, Action::Dismiss);
    ok(&mut shift, Action::CallNext);
    ok(
        &mut shift,
        Action::CreateDossier {
            procedure: "birth-registration".into(),
        },
    );
    let code = shift.portal.dossiers.keys().next().cloned().unwrap();
    ok(
        &mut shift,
        Action::Attach {
            dossier: code.clone(),
            scan: 1,
            component: "birth_notice".into(),
        },
    );
    ok(
        &mut shift,
        Action::IssueReceipt {
            dossier: code,
            appointment: date(2026, 11, 23),
        },
    );
    let report = grade(&shift);
    assert!(
        report
            .critical
            .contains(&CriticalKind::AttachedOthersDocument)
    );
}

#[test]
fn poor_scans_are_caught_by_the_preview_and_the_rubric() {
    let mut shift = Shift::new(common::tutorial(), 1, Mode::Exam);
    ok(&mut shift, Action::CallNext);
    let events = ok(
        &mut shift,
        Action::Scan {
            document: "c1-notice".into(),
            settings: motcua::sim::ScanSettings {
                dpi: 150,
                color: motcua::sim::ColorMode::Gray,
                duplex: false,
            },
        },
    );
    assert!(
        matches!(&events[0], Event::Scanned { problems, .. } if problems.len() == 2),
        "{events:?}"
    );
    ok(
        &mut shift,
        Action::CreateDossier {
            procedure: "birth-registration".into(),
        },
    );
    let code = shift.portal.dossiers.keys().next().cloned().unwrap();
    ok(
        &mut shift,
        Action::Attach {
            dossier: code.clone(),
            scan: 1,
            component: "birth_notice".into(),
        },
    );
    ok(
        &mut shift,
        Action::IssueReceipt {
            dossier: code,
            appointment: date(2026, 11, 23),
        },
    );
    let report = grade(&shift);
    let quality: Vec<_> = report
        .feedback
        .iter()
        .filter(|f| f.message == "fb-scan-quality")
        .collect();
    assert_eq!(quality.len(), 2);
    assert!(
        report
            .feedback
            .iter()
            .any(|f| f.message == "fb-not-digitized"),
        "the declaration was never scanned"
    );
}

fn with_collection(no_authorization: bool) -> Arc<Scenario> {
    variant(move |s| {
        s.file.existing_dossiers.push(ExistingDossier {
            code: "H50.12-261118-0007".into(),
            procedure: "birth-registration".into(),
            applicant: "young-mother".into(),
            channel: Channel::Counter,
            status: Status::Processed,
            received: date(2026, 11, 18).and_hms_opt(9, 0, 0).unwrap(),
            documents: vec![],
            facts: Default::default(),
            state_holds: Default::default(),
            paid: true,
            expect: None,
            same_person: Default::default(),
            bundle: None,
        });
        let mut collector = s.file.arrivals[2].clone();
        collector.id = "c9".into();
        collector.at = t(7, 31);
        collector.wants = Want::Collect {
            dossier: "H50.12-261118-0007".into(),
        };
        collector.expect = None;
        if no_authorization {
            collector.facts.insert("no_authorization".into());
        }
        s.file.arrivals.insert(0, collector);
    })
}

#[test]
fn a_result_goes_only_to_someone_entitled_to_it() {
    let mut shift = Shift::new(with_collection(true), 1, Mode::Exam);
    ok(&mut shift, Action::CallNext);
    ok(
        &mut shift,
        Action::ReturnResult {
            dossier: "H50.12-261118-0007".into(),
        },
    );
    assert!(
        grade(&shift)
            .critical
            .contains(&CriticalKind::PrivacyBreach)
    );

    let mut shift = Shift::new(with_collection(false), 1, Mode::Exam);
    ok(&mut shift, Action::CallNext);
    ok(
        &mut shift,
        Action::ReturnResult {
            dossier: "H50.12-261118-0007".into(),
        },
    );
    let report = grade(&shift);
    assert!(report.critical.is_empty());
    assert!(
        report
            .feedback
            .iter()
            .any(|f| f.message == "fb-returned-without-id-check" && f.rule == Rule::CheckIdentity)
    );
}

#[test]
fn a_late_dossier_needs_the_apology_before_its_due_time_with_the_right_new_date() {
    let scenario = variant(|s| {
        s.file.existing_dossiers.push(ExistingDossier {
            code: "H50.12-261120-0003".into(),
            procedure: "birth-registration".into(),
            applicant: "young-father".into(),
            channel: Channel::Counter,
            status: Status::Processing,
            // Received Friday 20/11 after the cut-off: due Monday 23/11 at closing.
            received: date(2026, 11, 20).and_hms_opt(15, 30, 0).unwrap(),
            documents: vec![],
            facts: Default::default(),
            state_holds: Default::default(),
            paid: true,
            expect: None,
            same_person: Default::default(),
            bundle: None,
        });
        s.file.department_events.push(DepartmentEvent {
            at: t(8, 0),
            dossier: "H50.12-261120-0003".into(),
            kind: DepartmentEventKind::Delay {
                reason: LocalizedText::new("Cần xác minh", "Needs verification"),
                extra_days: 2,
            },
        });
    });
    let mut shift = Shift::new(scenario.clone(), 1, Mode::Exam);
    ok(&mut shift, Action::Wait { minutes: 31 });
    assert!(
        grade(&shift)
            .feedback
            .iter()
            .any(|f| f.message == "fb-no-apology" && f.rule == Rule::ApologyBeforeDue)
    );
    ok(
        &mut shift,
        Action::SendApology {
            dossier: "H50.12-261120-0003".into(),
            new_date: date(2026, 11, 24),
        },
    );
    let report = grade(&shift);
    let wrong = report
        .feedback
        .iter()
        .find(|f| f.message == "fb-apology-wrong-date")
        .unwrap();
    assert!(
        wrong
            .args
            .iter()
            .any(|(k, v)| k == "correct" && v == "2026-11-25")
    );

    let mut shift = Shift::new(scenario, 1, Mode::Exam);
    ok(&mut shift, Action::Wait { minutes: 31 });
    ok(
        &mut shift,
        Action::SendApology {
            dossier: "H50.12-261120-0003".into(),
            new_date: date(2026, 11, 25),
        },
    );
    assert!(
        !grade(&shift)
            .feedback
            .iter()
            .any(|f| f.message.starts_with("fb-apology") || f.message == "fb-no-apology")
    );
}

#[test]
fn practice_mode_charges_half_for_the_same_mistake() {
    let run = |mode| {
        let mut shift = Shift::new(common::tutorial(), 1, mode);
        ok(&mut shift, Action::CallNext);
        ok(
            &mut shift,
            Action::Ask {
                question: motcua::scenario::Question::Purpose,
            },
        );
        ok(
            &mut shift,
            Action::Ask {
                question: motcua::scenario::Question::Purpose,
            },
        );
        grade(&shift)
            .feedback
            .iter()
            .find(|f| f.message == "fb-repeated-question")
            .map(|f| f.units)
            .unwrap()
    };
    assert_eq!(run(Mode::Practice) * 2.0, run(Mode::Exam));
}

#[test]
fn closing_the_counter_without_serving_anyone_scores_near_zero_even_in_practice() {
    for mode in [Mode::Practice, Mode::Exam] {
        let mut shift = Shift::new(common::tutorial(), 1, mode);
        ok(&mut shift, Action::EndShift);
        let report = grade(&shift);
        assert!(
            report.total < 10.0,
            "{mode:?}: doing nothing scored {}",
            report.total
        );
        assert!(!report.passed);
    }
}

#[test]
fn after_the_cutoff_a_same_day_citizen_goes_home_with_the_slip() {
    let scenario = variant(|s| {
        s.file.shift.start = t(15, 0);
        for (i, a) in s.file.arrivals.iter_mut().enumerate() {
            a.at = t(15, 5 + 10 * i as u16);
        }
    });
    let mut shift = Shift::new(scenario, 1, Mode::Practice);
    let code = receive_first(&mut shift, date(2026, 11, 24));
    ok(
        &mut shift,
        Action::Transfer {
            dossier: code,
            department: motcua::scenario::Department::JusticeCivilStatus,
        },
    );
    let events = ok(&mut shift, Action::Dismiss);
    assert!(
        events.iter().any(|e| matches!(
            e,
            Event::CitizenLeft {
                reason: LeaveReason::Served,
                ..
            }
        )),
        "{events:?}"
    );
}

#[test]
fn a_certified_copy_does_not_replace_a_required_original() {
    let scenario = variant(|s| {
        let notice = s.file.arrivals[0]
            .documents
            .iter_mut()
            .find(|d| d.id == "c1-notice")
            .unwrap();
        notice.copy = motcua::scenario::CopyForm::CertifiedCopy;
        notice.defects.push(motcua::scenario::PlantedDefect {
            kind: motcua::scenario::DefectKind::PhotocopyOnly,
            field: None,
            note: None,
            page: None,
        });
    });
    let shift = Shift::new(scenario, 1, Mode::Practice);
    let truth = shift.citizens[0].analysis.as_ref().unwrap();
    assert_eq!(
        truth.disposition,
        motcua::scenario::truth::Disposition::Supplement(["birth_notice".to_string()].into())
    );
}

#[test]
fn one_person_in_two_roles_is_checked_against_their_own_card() {
    let scenario = variant(|s| {
        let c1 = &mut s.file.arrivals[0];
        c1.same_person.insert("mother".into(), "applicant".into());
        let notice = c1
            .documents
            .iter_mut()
            .find(|d| d.id == "c1-notice")
            .unwrap();
        notice
            .fields
            .insert("mother.birth_date".into(), "1998-04-21".into());
    });
    let shift = Shift::new(scenario, 1, Mode::Practice);
    let truth = shift.citizens[0].analysis.as_ref().unwrap();
    assert_eq!(
        truth.disposition,
        motcua::scenario::truth::Disposition::Supplement(["birth_notice".to_string()].into())
    );
    assert!(
        truth
            .findings
            .iter()
            .any(|f| f.defect == Some(motcua::scenario::DefectKind::DateMismatch))
    );
}
