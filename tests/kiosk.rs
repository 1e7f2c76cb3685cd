//! The self-service kiosk and VNeID outages (issue 13, items 1 and 7), told on the shipped
//! `kiosk-morning` and `vneid-outage` scenarios: who can submit online at the kiosk, what it
//! costs the queue when the clerk sends someone who cannot, coaching, and the outage.
//!
//! Expected values come from the rules (`sim/kiosk.rs`: 8, 15, 25 minutes alone by digital
//! literacy, coaching saves as much of the citizen's time, 10 minutes to find out the kiosk
//! cannot work; `score/online.rs`: 4 units a decision, a service unit per started 10 wasted
//! minutes), not from a run's output.

use std::path::Path;
use std::sync::Arc;

use motcua::portal::Status;
use motcua::scenario::load::open_scenario;
use motcua::scenario::{Channel, FaultKind, FaultResponse, Level, Mode, Scenario};
use motcua::score::{Rule, grade};
use motcua::sim::{
    Action, ActionError, CitizenState, Event, KioskBlock, KioskOutcome, LeaveReason, Shift,
    submit_minutes,
};

mod common;

fn shipped(id: &str) -> Arc<Scenario> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(id);
    match open_scenario(&dir) {
        Ok(s) => Arc::new(s),
        Err(e) => panic!("{id} does not load: {e}"),
    }
}

fn ok(shift: &mut Shift, action: Action) -> Vec<Event> {
    match shift.apply(action.clone()) {
        Ok(events) => events,
        Err(e) => panic!("{action:?}: {e}"),
    }
}

fn index(shift: &Shift, arrival: &str) -> usize {
    shift
        .citizen_index(arrival)
        .unwrap_or_else(|| panic!("no citizen {arrival}"))
}

/// Feedback items of rule `rule` with message `message` about citizen `arrival`.
fn feedback(
    shift: &Shift,
    rule: Rule,
    message: &str,
    arrival: &str,
) -> Vec<motcua::score::Feedback> {
    grade(shift)
        .feedback
        .into_iter()
        .filter(|f| f.rule == rule && f.message == message && f.citizen.as_deref() == Some(arrival))
        .collect()
}

/// Calls the next citizen and checks it is `arrival`.
fn call(shift: &mut Shift, arrival: &str) -> usize {
    ok(shift, Action::CallNext);
    let i = index(shift, arrival);
    assert_eq!(shift.counter, Some(i), "{arrival} is at the counter");
    i
}

#[test]
fn a_citizen_who_can_submits_at_the_kiosk_and_the_dossier_arrives_online() {
    let mut shift = Shift::new(shipped("kiosk-morning"), 1, Mode::Practice);
    let i = call(&mut shift, "k1");
    assert_eq!(shift.citizens[i].persona.digital_literacy, Level::High);
    let sent = shift.now;
    let events = ok(&mut shift, Action::SendToKiosk { coach_minutes: 0 });
    assert!(events.contains(&Event::SentToKiosk {
        citizen: i,
        coach_minutes: 0
    }));
    // The counter is free at once; the clerk's own time was half a minute.
    assert_eq!(shift.counter, None);
    assert_eq!(shift.citizens[i].state, CitizenState::AtKiosk);
    assert_eq!(shift.now, sent + 30);
    // Alone, someone at ease with a phone takes 8 minutes.
    let minutes = submit_minutes(Level::High, 0);
    assert_eq!(minutes, 8);
    ok(&mut shift, Action::Wait { minutes });
    let visit = &shift.kiosk[0];
    let KioskOutcome::Submitted(code) = visit.outcome.clone() else {
        panic!("the visit ended {:?}", visit.outcome);
    };
    assert_eq!(visit.done_at, sent + minutes * 60);
    let d = &shift.portal.dossiers[&code];
    assert_eq!((d.channel, d.status), (Channel::Online, Status::NewOnline));
    assert_eq!(shift.citizens[i].state, CitizenState::Gone);
    assert_eq!(shift.citizens[i].leave_reason, Some(LeaveReason::Served));
    // Accepting it from the online inbox makes it one of the shift's online dossiers.
    let day = shift.clock().date();
    ok(
        &mut shift,
        Action::IssueReceipt {
            dossier: code.clone(),
            appointment: day,
        },
    );
    let report = grade(&shift);
    assert_eq!(
        report.kpis.online_submission, 100.0,
        "1 online of 1 received"
    );
    assert!(
        feedback(&shift, Rule::KioskOnline, "fb-kiosk-unfit", "k1").is_empty()
            && feedback(&shift, Rule::KioskOnline, "fb-kiosk-not-offered", "k1").is_empty(),
        "sending her was right"
    );
}

#[test]
fn a_citizen_without_a_smartphone_comes_back_having_waited_for_nothing() {
    let mut shift = Shift::new(shipped("kiosk-morning"), 1, Mode::Exam);
    ok(&mut shift, Action::CallNext);
    ok(&mut shift, Action::SendToKiosk { coach_minutes: 0 });
    let k2 = call(&mut shift, "k2");
    assert!(!shift.citizens[k2].persona.smartphone);
    let sent = shift.now;
    ok(&mut shift, Action::SendToKiosk { coach_minutes: 0 });
    // Ten minutes later she is back in the queue, saying why.
    let events = ok(&mut shift, Action::Wait { minutes: 10 });
    assert!(events.contains(&Event::BackFromKiosk {
        citizen: k2,
        block: KioskBlock::NoSmartphone
    }));
    assert_eq!(shift.citizens[k2].state, CitizenState::Queued);
    let visit = shift.kiosk.iter().find(|v| v.citizen == k2).unwrap();
    assert_eq!(visit.done_at, sent + 10 * 60);
    // Judged: the decision (4 units, exam) and 10 wasted minutes (one started block).
    let unfit = feedback(&shift, Rule::KioskOnline, "fb-kiosk-unfit", "k2");
    assert_eq!(unfit.len(), 1);
    assert_eq!(unfit[0].units, 4.0);
    assert!(
        unfit[0]
            .args
            .contains(&("block".into(), "no-smartphone".into()))
    );
    let wasted = feedback(&shift, Rule::ServeInTime, "fb-kiosk-wasted", "k2");
    assert_eq!(wasted.len(), 1);
    assert_eq!(wasted[0].units, 1.0);
    // The queue's waiting cost counts her ten minutes at the kiosk.
    assert!(grade(&shift).kpis.queue_wait_minutes >= 10.0);
    // She is called again first: she kept her place.
    assert_eq!(shift.queue().first(), Some(&k2));
}

#[test]
fn an_elder_who_cannot_manage_alone_fails_alone_and_succeeds_coached() {
    let scenario = shipped("kiosk-morning");
    let play = |coach: u32| {
        let mut shift = Shift::new(scenario.clone(), 1, Mode::Exam);
        // Take the three before him quickly: send them all to the kiosk.
        for _ in 0..3 {
            ok(&mut shift, Action::CallNext);
            ok(&mut shift, Action::SendToKiosk { coach_minutes: 0 });
        }
        // k2 and k3 come back; take them and let them go.
        while shift.counter.is_none() {
            ok(&mut shift, Action::CallNext);
            let i = shift.counter.unwrap();
            if shift.citizens[i].arrival.id == "k4" {
                break;
            }
            ok(&mut shift, Action::Dismiss);
        }
        let k4 = index(&shift, "k4");
        assert_eq!(shift.counter, Some(k4));
        let start = shift.now;
        ok(
            &mut shift,
            Action::SendToKiosk {
                coach_minutes: coach,
            },
        );
        // The clerk's time: half a minute, and the coaching.
        assert_eq!(shift.now, start + 30 + coach * 60);
        ok(&mut shift, Action::Wait { minutes: 30 });
        let visit = shift
            .kiosk
            .iter()
            .find(|v| v.citizen == k4)
            .unwrap()
            .clone();
        (shift, visit, start)
    };
    // Alone: 25 minutes lost in the forms, then back.
    let (shift, visit, start) = play(0);
    assert_eq!(
        visit.outcome,
        KioskOutcome::CameBack(KioskBlock::NeedsCoaching)
    );
    assert_eq!(visit.done_at, start + submit_minutes(Level::Low, 0) * 60);
    assert_eq!(submit_minutes(Level::Low, 0), 25);
    let unfit = feedback(&shift, Rule::KioskOnline, "fb-kiosk-unfit", "k4");
    assert_eq!(unfit.len(), 1);
    assert_eq!(
        feedback(&shift, Rule::ServeInTime, "fb-kiosk-wasted", "k4")[0].units,
        3.0,
        "25 minutes: three started blocks of 10"
    );
    // Coached 10 minutes: submitted after 25 − 10 = 15 minutes.
    let (shift, visit, start) = play(10);
    assert!(matches!(visit.outcome, KioskOutcome::Submitted(_)));
    assert_eq!(visit.done_at, start + 15 * 60);
    assert!(feedback(&shift, Rule::KioskOnline, "fb-kiosk-unfit", "k4").is_empty());
}

#[test]
fn taking_on_paper_one_who_could_submit_online_loses_the_online_dossier() {
    let mut shift = Shift::new(shipped("kiosk-morning"), 1, Mode::Exam);
    ok(&mut shift, Action::CallNext);
    ok(
        &mut shift,
        Action::CreateDossier {
            procedure: "birth-registration".into(),
        },
    );
    let code = shift.portal.dossiers.keys().next_back().cloned().unwrap();
    let day = shift.clock().date();
    ok(
        &mut shift,
        Action::IssueReceipt {
            dossier: code,
            appointment: day,
        },
    );
    let lost = feedback(&shift, Rule::KioskOnline, "fb-kiosk-not-offered", "k1");
    assert_eq!(lost.len(), 1);
    assert_eq!(lost[0].units, 4.0);
    assert_eq!(grade(&shift).kpis.online_submission, 0.0);
}

#[test]
fn the_kiosk_refuses_what_it_cannot_do_and_changes_nothing() {
    // A centre without a kiosk.
    let mut shift = Shift::new(common::tutorial(), 1, Mode::Practice);
    ok(&mut shift, Action::CallNext);
    let before = shift.fingerprint();
    assert_eq!(
        shift.apply(Action::SendToKiosk { coach_minutes: 0 }),
        Err(ActionError::NoKiosk)
    );
    assert_eq!(shift.fingerprint(), before);
    // Nobody at the counter; coaching too long.
    let mut shift = Shift::new(shipped("kiosk-morning"), 1, Mode::Practice);
    assert_eq!(
        shift.apply(Action::SendToKiosk { coach_minutes: 0 }),
        Err(ActionError::NoCitizenAtCounter)
    );
    ok(&mut shift, Action::CallNext);
    let before = shift.fingerprint();
    assert_eq!(
        shift.apply(Action::SendToKiosk { coach_minutes: 31 }),
        Err(ActionError::CoachOutOfRange(30))
    );
    // A dossier already being entered at the counter.
    ok(
        &mut shift,
        Action::CreateDossier {
            procedure: "birth-registration".into(),
        },
    );
    assert!(matches!(
        shift.apply(Action::SendToKiosk { coach_minutes: 0 }),
        Err(ActionError::DossierAlreadyOpen(_))
    ));
    assert_ne!(shift.fingerprint(), before, "only the dossier changed it");
}

#[test]
fn vneid_down_suspending_the_kiosk_calls_the_citizen_back() {
    assert_eq!(
        FaultKind::VneidOutage.responses(),
        &[
            FaultResponse::SuspendKiosk,
            FaultResponse::ReportToHelpdesk,
            FaultResponse::InformQueue
        ]
    );
    // The shipped outage, moved to 07:56 so that it starts while v2 (sent at 07:52, back at
    // 08:00 at the earliest) is at the kiosk.
    let mut scenario = (*shipped("vneid-outage")).clone();
    scenario.file.faults[0].at = motcua::calendar::ClockTime::hm(7, 56).unwrap();
    let mut shift = Shift::new(Arc::new(scenario), 1, Mode::Exam);
    ok(&mut shift, Action::CallNext);
    ok(&mut shift, Action::SendToKiosk { coach_minutes: 0 });
    let v2 = call(&mut shift, "v2");
    ok(&mut shift, Action::SendToKiosk { coach_minutes: 0 });
    let outage = (7 * 60 + 56 - (7 * 60 + 30)) * 60;
    let minutes = (outage - shift.now).div_ceil(60);
    ok(&mut shift, Action::Wait { minutes });
    assert!(shift.active_faults().contains(&FaultKind::VneidOutage));
    assert_eq!(shift.citizens[v2].state, CitizenState::AtKiosk);
    let events = ok(
        &mut shift,
        Action::RespondToFault {
            response: FaultResponse::SuspendKiosk,
        },
    );
    assert!(events.contains(&Event::BackFromKiosk {
        citizen: v2,
        block: KioskBlock::CalledBack
    }));
    assert_eq!(shift.citizens[v2].state, CitizenState::Queued);
    // Sent before the outage: no fault of the clerk's.
    assert!(feedback(&shift, Rule::KioskOnline, "fb-kiosk-unfit", "v2").is_empty());
    assert!(feedback(&shift, Rule::VneidOutagePaper, "fb-kiosk-unfit", "v2").is_empty());
    // Sending her again now is the outage rule broken.
    call(&mut shift, "v2");
    ok(&mut shift, Action::SendToKiosk { coach_minutes: 0 });
    let unfit = feedback(&shift, Rule::VneidOutagePaper, "fb-kiosk-unfit", "v2");
    assert_eq!(unfit.len(), 1);
    assert!(
        unfit[0]
            .args
            .contains(&("block".into(), "vneid-outage".into()))
    );
    // The responses not given are missing.
    ok(&mut shift, Action::EndShift);
    let missing: Vec<_> = grade(&shift)
        .feedback
        .into_iter()
        .filter(|f| f.message == "fb-fault-response-missing")
        .collect();
    assert_eq!(
        missing.len(),
        2,
        "report and inform are missing: {missing:?}"
    );
}

#[test]
fn a_citizen_whose_patience_is_spent_when_back_from_the_kiosk_gives_up() {
    let mut shift = Shift::new(shipped("kiosk-morning"), 1, Mode::Exam);
    for _ in 0..2 {
        ok(&mut shift, Action::CallNext);
        ok(&mut shift, Action::SendToKiosk { coach_minutes: 0 });
    }
    let k3 = call(&mut shift, "k3");
    // Son-for-parent: level-1 VNeID, 30 minutes' patience from his arrival at 07:36.
    assert_eq!(shift.citizens[k3].persona.patience_minutes, 30);
    ok(&mut shift, Action::SendToKiosk { coach_minutes: 30 });
    // Back after the 30 minutes of coaching (longer than the 10 it takes to fail), his
    // patience is spent: he leaves.
    ok(&mut shift, Action::Wait { minutes: 1 });
    assert_eq!(shift.citizens[k3].state, CitizenState::Gone);
    assert_eq!(
        shift.citizens[k3].leave_reason,
        Some(LeaveReason::Impatient)
    );
}

#[test]
fn the_expert_plays_the_kiosk_scenarios_to_a_pass_and_uses_the_kiosk() {
    for id in ["kiosk-morning", "vneid-outage"] {
        let (shift, actions) = motcua::expert::play(shipped(id), 1, Mode::Exam).unwrap();
        let report = grade(&shift);
        assert!(report.passed, "{id}: {}", report.total);
        assert!(
            actions
                .iter()
                .any(|a| matches!(a, Action::SendToKiosk { .. })),
            "{id}: the expert sends someone to the kiosk"
        );
    }
}
