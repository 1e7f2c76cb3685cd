//! The clerk's own side of the system (issue 13, item 2), played on `clerk-system-day`: the
//! staff login and its timeout, the personal digital signature on every scan, and the
//! expired signing certificate as a fault.

use std::sync::Arc;

use motcua::calendar::ClockTime;
use motcua::expert;
use motcua::scenario::load::builtin_pack;
use motcua::scenario::{FaultEvent, FaultKind, FaultResponse, Mode, Scenario};
use motcua::score::{Rule, grade};
use motcua::sim::{Action, ActionError, ColorMode, Event, ScanSettings, Shift, read_script};

fn shipped(id: &str) -> Arc<Scenario> {
    let pack = builtin_pack();
    match pack.loaded().into_iter().find(|s| s.id() == id) {
        Some(s) => Arc::new(s.clone()),
        None => panic!("no shipped scenario `{id}`"),
    }
}

fn day() -> Arc<Scenario> {
    shipped("clerk-system-day")
}

/// The session timeout the scenario's data sets, in minutes.
fn timeout_minutes(s: &Scenario) -> u32 {
    s.file
        .staff_system
        .as_ref()
        .expect("clerk-system-day declares a staff system")
        .session_timeout_minutes
}

/// A shift with the first citizen at the counter (not logged in yet).
fn first_citizen_called() -> Shift {
    let mut shift = Shift::new(day(), 1, Mode::Practice);
    shift.apply(Action::CallNext).expect("c1 comes");
    shift
}

/// The moment (seconds since the shift's start) a clock time of the scenario is.
fn seconds_at(s: &Scenario, hhmm: &str) -> u32 {
    let (h, m) = hhmm.split_once(':').expect("hh:mm");
    let minutes: u32 = h.parse::<u32>().expect("hour") * 60 + m.parse::<u32>().expect("minute");
    (minutes - s.file.shift.start.minutes()) * 60
}

fn refused(shift: &mut Shift, action: Action, expected: ActionError) {
    let before = shift.fingerprint();
    let now = shift.now;
    assert_eq!(shift.apply(action.clone()), Err(expected), "{action:?}");
    assert_eq!(shift.fingerprint(), before, "{action:?} changed the state");
    assert_eq!(shift.now, now);
}

#[test]
fn portal_work_waits_for_the_login_and_changes_nothing_before() {
    let mut shift = first_citizen_called();
    assert!(!shift.portal_session_live());
    let create = Action::CreateDossier {
        procedure: "death-registration".into(),
    };
    refused(&mut shift, create.clone(), ActionError::NotLoggedIn);
    refused(
        &mut shift,
        Action::CheckIdentity {
            document: "c1-id".into(),
        },
        ActionError::NotLoggedIn,
    );
    // Talking and scanning are not portal work.
    shift
        .apply(Action::Scan {
            document: "c1-form".into(),
            settings: ScanSettings::default(),
        })
        .expect("the scanner needs no login");
    let started = shift.now;
    assert_eq!(shift.apply(Action::LogIn), Ok(vec![Event::LoggedIn]));
    assert_eq!(shift.now, started + motcua::sim::LOGIN_SECONDS);
    assert!(shift.portal_session_live());
    refused(&mut shift, Action::LogIn, ActionError::AlreadyLoggedIn);
    shift.apply(create).expect("logged in, the dossier opens");
}

#[test]
fn the_session_ends_after_the_timeout_without_portal_work_and_portal_work_keeps_it() {
    let scenario = day();
    let timeout = timeout_minutes(&scenario);
    let mut shift = first_citizen_called();
    shift.apply(Action::LogIn).expect("log in");
    // One minute short of the timeout: still live, and a portal action renews it.
    shift
        .apply(Action::Wait {
            minutes: timeout - 1,
        })
        .expect("wait");
    assert!(shift.portal_session_live());
    shift
        .apply(Action::CheckIdentity {
            document: "c1-id".into(),
        })
        .expect("the session is still live");
    shift
        .apply(Action::Wait {
            minutes: timeout - 1,
        })
        .expect("wait");
    assert!(shift.portal_session_live(), "the identity check renewed it");
    // A pause as long as the timeout ends it.
    shift
        .apply(Action::Wait { minutes: timeout })
        .expect("wait");
    assert!(!shift.portal_session_live());
    refused(
        &mut shift,
        Action::CreateDossier {
            procedure: "death-registration".into(),
        },
        ActionError::SessionExpired,
    );
    shift.apply(Action::LogIn).expect("log in again");
    assert_eq!(shift.staff_session().map(|s| s.logins), Some(2));
}

#[test]
fn each_scan_is_signed_once_and_only_a_scan_that_exists() {
    let mut shift = first_citizen_called();
    shift.apply(Action::LogIn).expect("log in");
    refused(
        &mut shift,
        Action::SignScan { scan: 1 },
        ActionError::UnknownScan(1),
    );
    shift
        .apply(Action::Scan {
            document: "c1-form".into(),
            settings: ScanSettings::default(),
        })
        .expect("scan");
    let started = shift.now;
    assert_eq!(
        shift.apply(Action::SignScan { scan: 1 }),
        Ok(vec![Event::ScanSigned { scan: 1 }])
    );
    assert_eq!(shift.now, started + motcua::sim::SIGN_SECONDS);
    assert!(shift.scan_signed(1));
    refused(
        &mut shift,
        Action::SignScan { scan: 1 },
        ActionError::ScanAlreadySigned(1),
    );
}

#[test]
fn an_expired_certificate_refuses_the_signature_until_it_is_renewed() {
    let scenario = day();
    let fault = scenario
        .file
        .faults
        .iter()
        .find(|f| f.kind == FaultKind::SignatureCertificateExpired)
        .expect("the day has the certificate fault")
        .clone();
    let mut shift = first_citizen_called();
    shift.apply(Action::LogIn).expect("log in");
    shift
        .apply(Action::Scan {
            document: "c1-form".into(),
            settings: ScanSettings::default(),
        })
        .expect("scan");
    // Wait until the fault has started (the session times out meanwhile).
    let start = seconds_at(&scenario, &fault.at.to_string());
    shift
        .apply(Action::Wait {
            minutes: (start - shift.now).div_ceil(60),
        })
        .expect("wait");
    assert!(shift.active_faults().contains(&fault.kind));
    shift.apply(Action::LogIn).expect("log in again");
    // The first attempt shows the fault; nothing is signed.
    assert_eq!(
        shift.apply(Action::SignScan { scan: 1 }),
        Ok(vec![Event::SignatureRefused { scan: 1 }])
    );
    assert!(!shift.scan_signed(1));
    refused(
        &mut shift,
        Action::SignScan { scan: 1 },
        ActionError::CertificateExpired,
    );
    // Its responses: reporting and telling the queue; no remedy of its own.
    assert_eq!(
        FaultKind::SignatureCertificateExpired.responses(),
        &[FaultResponse::ReportToHelpdesk, FaultResponse::InformQueue]
    );
    shift
        .apply(Action::RespondToFault {
            response: FaultResponse::ReportToHelpdesk,
        })
        .expect("report it");
    refused(
        &mut shift,
        Action::RespondToFault {
            response: FaultResponse::RestartComputer,
        },
        ActionError::NoSuchFault,
    );
    // Renewed after the minutes the scenario says: signing works again.
    let end = start + fault.minutes * 60;
    shift
        .apply(Action::Wait {
            minutes: (end - shift.now).div_ceil(60),
        })
        .expect("wait");
    assert!(!shift.active_faults().contains(&fault.kind));
    shift.apply(Action::LogIn).expect("log in after the pause");
    assert_eq!(
        shift.apply(Action::SignScan { scan: 1 }),
        Ok(vec![Event::ScanSigned { scan: 1 }])
    );
}

#[test]
fn scenarios_without_a_staff_system_keep_an_open_portal_and_sign_nothing() {
    let mut shift = Shift::new(shipped("tutorial-birth"), 1, Mode::Practice);
    assert!(shift.staff_session().is_none());
    assert!(shift.portal_session_live());
    shift.apply(Action::CallNext).expect("call");
    let procedure = shift
        .at_counter()
        .and_then(|c| match &c.arrival.wants {
            motcua::scenario::Want::Submit { procedure, .. } => Some(procedure.clone()),
            _ => None,
        })
        .expect("the tutorial's first citizen submits");
    shift
        .apply(Action::CreateDossier { procedure })
        .expect("no login in the tutorial");
    refused(&mut shift, Action::LogIn, ActionError::NoStaffSystem);
    refused(
        &mut shift,
        Action::SignScan { scan: 1 },
        ActionError::NoStaffSystem,
    );
}

fn play_script(file: &str) -> Shift {
    let scenario = day();
    let mut shift = Shift::new(scenario.clone(), 1, Mode::Practice);
    for (k, action) in read_script(&scenario, file)
        .expect("the script reads")
        .into_iter()
        .enumerate()
    {
        if let Err(e) = shift.apply(action.clone()) {
            panic!("{file} action {k} {action:?}: {e}");
        }
    }
    shift
}

fn citing(shift: &Shift, rule: Rule) -> Vec<motcua::score::Feedback> {
    grade(shift)
        .feedback
        .into_iter()
        .filter(|f| f.rule == rule)
        .collect()
}

#[test]
fn the_expert_signs_everything_and_passes() {
    let (shift, actions) = expert::play(day(), 1, Mode::Exam).expect("the expert plays");
    let report = grade(&shift);
    assert!(report.passed, "{:#?}", report.feedback);
    assert!(citing(&shift, Rule::SignDigitizedCopy).is_empty());
    // It logged in at the start and again after the quiet half hour.
    assert!(actions.iter().filter(|a| **a == Action::LogIn).count() >= 2);
    // It met the expired certificate and answered it as the scenario expects.
    let f = shift
        .faults
        .iter()
        .find(|f| f.spec.kind == FaultKind::SignatureCertificateExpired)
        .expect("fault");
    assert!(f.manifested);
    assert!(f.spec.expected.iter().all(|r| f.responses.contains(r)));
}

#[test]
fn the_careless_path_fails_and_its_feedback_cites_the_signature_rule() {
    let shift = play_script("careless.ron");
    let report = grade(&shift);
    assert!(!report.passed);
    let messages: Vec<String> = citing(&shift, Rule::SignDigitizedCopy)
        .into_iter()
        .map(|f| f.message)
        .collect();
    // The three dossiers it transferred had unsigned scans; it signed the grey death notice
    // (colour lost on a paper with a red seal).
    assert_eq!(
        messages
            .iter()
            .filter(|m| *m == "fb-transferred-unsigned")
            .count(),
        3
    );
    // The student asked for an electronic copy and got none.
    assert_eq!(citing(&shift, Rule::ECopyFromOriginal).len(), 1);
    assert_eq!(
        messages
            .iter()
            .filter(|m| *m == "fb-signed-flawed-scan")
            .count(),
        1
    );
    assert!(Rule::SignDigitizedCopy.cite().contains("2031/QĐ-UBND"));
}

#[test]
fn a_clerk_who_never_signs_loses_each_transferred_dossier() {
    let scenario = day();
    let expert_path = read_script(&scenario, "expert.ron").expect("expert path");
    let mut shift = Shift::new(scenario, 1, Mode::Exam);
    for action in expert_path
        .into_iter()
        .filter(|a| !matches!(a, Action::SignScan { .. } | Action::CertifyECopy { .. }))
    {
        // Without the signature attempt the fault never strikes, so its responses are
        // refused; an e-copy needs a signed scan; everything else replays.
        if matches!(action, Action::RespondToFault { .. }) {
            continue;
        }
        shift
            .apply(action.clone())
            .expect("replays without signing");
    }
    let transferred_with_scans = shift
        .portal
        .dossiers
        .values()
        .filter(|d| !d.control_sheet.is_empty() && d.attachments.values().any(|v| !v.is_empty()))
        .count();
    assert!(transferred_with_scans >= 3);
    let unsigned = citing(&shift, Rule::SignDigitizedCopy)
        .into_iter()
        .filter(|f| f.message == "fb-transferred-unsigned")
        .count();
    assert_eq!(unsigned, transferred_with_scans);
}

#[test]
fn signing_a_scan_that_lost_the_seal_is_a_mistake_even_if_never_attached() {
    let mut shift = first_citizen_called();
    shift.apply(Action::LogIn).expect("log in");
    shift
        .apply(Action::Scan {
            document: "c1-notice".into(),
            settings: ScanSettings {
                color: ColorMode::BlackWhite,
                ..ScanSettings::default()
            },
        })
        .expect("scan");
    shift.apply(Action::SignScan { scan: 1 }).expect("sign");
    let flawed = citing(&shift, Rule::SignDigitizedCopy)
        .into_iter()
        .filter(|f| f.message == "fb-signed-flawed-scan")
        .count();
    assert_eq!(flawed, 1);
}

// ---- Issue 13, item 3: results digitized into the citizen's data store -----------------

#[test]
fn a_result_is_digitized_once_and_only_when_it_is_ready() {
    let mut shift = first_citizen_called();
    shift.apply(Action::LogIn).expect("log in");
    let waiting = "H50.12-261125-0004".to_owned();
    let started = shift.now;
    assert_eq!(
        shift.apply(Action::DigitizeResult {
            dossier: waiting.clone()
        }),
        Ok(vec![Event::ResultDigitized {
            dossier: waiting.clone()
        }])
    );
    assert_eq!(shift.now, started + motcua::sim::DIGITIZE_RESULT_SECONDS);
    assert!(shift.result_digitized(&waiting));
    refused(
        &mut shift,
        Action::DigitizeResult {
            dossier: waiting.clone(),
        },
        ActionError::ResultAlreadyDigitized(waiting),
    );
    // A dossier being entered has no result.
    shift
        .apply(Action::CreateDossier {
            procedure: "death-registration".into(),
        })
        .expect("create");
    let draft = shift
        .portal
        .dossiers
        .keys()
        .find(|c| c.starts_with("H50.12-261126"))
        .cloned()
        .expect("the new dossier");
    refused(
        &mut shift,
        Action::DigitizeResult {
            dossier: draft.clone(),
        },
        ActionError::ResultNotReady(draft),
    );
}

#[test]
fn results_digitized_before_the_hand_over_count_and_the_others_are_feedback() {
    let scenario = day();
    let (expert_shift, _) = expert::play(scenario.clone(), 1, Mode::Exam).expect("expert");
    let returned = expert_shift
        .portal
        .dossiers
        .values()
        .filter(|d| d.status == motcua::portal::Status::Returned)
        .count();
    assert!(returned >= 2, "the day hands back c1's and a2's results");
    let report = grade(&expert_shift);
    assert_eq!(report.kpis.results_digitized, Some(100.0));
    assert!(
        report
            .kpis
            .entries()
            .iter()
            .any(|(id, _)| *id == "kpi-results-digitized")
    );
    assert!(citing(&expert_shift, Rule::DigitizeResult).is_empty());

    // The same day, with a minute's pause instead of each digitizing (so the rest of the
    // day keeps its timing).
    assert_eq!(motcua::sim::DIGITIZE_RESULT_SECONDS, 60);
    let mut shift = Shift::new(scenario.clone(), 1, Mode::Exam);
    for action in read_script(&scenario, "expert.ron").expect("expert path") {
        let action = match action {
            Action::DigitizeResult { .. } => Action::Wait { minutes: 1 },
            other => other,
        };
        shift.apply(action).expect("replays without digitizing");
    }
    let missed = citing(&shift, Rule::DigitizeResult);
    assert_eq!(missed.len(), returned);
    assert!(
        missed
            .iter()
            .all(|f| f.message == "fb-result-not-digitized")
    );
    assert_eq!(grade(&shift).kpis.results_digitized, Some(0.0));
}

#[test]
fn scenarios_that_do_not_ask_for_e_results_have_no_such_kpi() {
    let (shift, _) =
        expert::play(shipped("collecting-results"), 1, Mode::Exam).expect("expert plays");
    let kpis = grade(&shift).kpis;
    assert_eq!(kpis.results_digitized, None);
    assert!(
        !kpis
            .entries()
            .iter()
            .any(|(id, _)| *id == "kpi-results-digitized")
    );
}

// ---- Issue 13, item 3: e-copies certified from originals --------------------------------

/// The expert's path of the day up to (not including) its first action matching `stop`.
fn expert_until(stop: impl Fn(&Action) -> bool) -> Shift {
    let scenario = day();
    let mut shift = Shift::new(scenario.clone(), 1, Mode::Practice);
    for action in read_script(&scenario, "expert.ron").expect("expert path") {
        if stop(&action) {
            break;
        }
        shift.apply(action).expect("the expert's path replays");
    }
    shift
}

#[test]
fn an_e_copy_is_certified_only_from_a_signed_scan_of_an_original() {
    // The student is at the counter, her original scanned but not signed yet.
    let scenario = day();
    let e_copy_scan = read_script(&scenario, "expert.ron")
        .expect("expert path")
        .into_iter()
        .find_map(|a| match a {
            Action::CertifyECopy { scan, .. } => Some(scan),
            _ => None,
        })
        .expect("the expert certifies an e-copy");
    let mut shift = expert_until(|a| *a == Action::SignScan { scan: e_copy_scan });
    let n = e_copy_scan;
    let code = shift
        .portal
        .dossiers
        .values()
        .find(|d| d.draft)
        .map(|d| d.code.clone())
        .expect("her dossier is being entered");
    refused(
        &mut shift,
        Action::CertifyECopy {
            dossier: code.clone(),
            scan: n,
        },
        ActionError::ScanNotSigned(n),
    );
    // Scan 1 is another citizen's paper.
    refused(
        &mut shift,
        Action::CertifyECopy {
            dossier: code.clone(),
            scan: 1,
        },
        ActionError::NotAnOriginalScan(1),
    );
    shift.apply(Action::SignScan { scan: n }).expect("sign");
    assert_eq!(
        shift.apply(Action::CertifyECopy {
            dossier: code.clone(),
            scan: n,
        }),
        Ok(vec![Event::ECopyCertified {
            dossier: code.clone(),
            scan: n,
        }])
    );
    assert!(shift.e_copy_certified(n));
    refused(
        &mut shift,
        Action::CertifyECopy {
            dossier: code,
            scan: n,
        },
        ActionError::ECopyAlreadyCertified(n),
    );
}

#[test]
fn a_procedure_without_e_copies_refuses_one() {
    let mut shift = first_citizen_called();
    shift.apply(Action::LogIn).expect("log in");
    shift
        .apply(Action::CreateDossier {
            procedure: "death-registration".into(),
        })
        .expect("create");
    let code = shift
        .portal
        .dossiers
        .values()
        .find(|d| d.draft)
        .map(|d| d.code.clone())
        .expect("the dossier");
    refused(
        &mut shift,
        Action::CertifyECopy {
            dossier: code,
            scan: 1,
        },
        ActionError::NoECopy("death-registration".into()),
    );
}

#[test]
fn a_citizen_who_asked_for_an_e_copy_and_got_none_is_feedback() {
    let scenario = day();
    let mut shift = Shift::new(scenario.clone(), 1, Mode::Exam);
    for action in read_script(&scenario, "expert.ron").expect("expert path") {
        // A minute's pause instead of the e-copy keeps the day's timing (60 s).
        let action = match action {
            Action::CertifyECopy { .. } => Action::Wait { minutes: 1 },
            other => other,
        };
        shift.apply(action).expect("replays without the e-copy");
    }
    let missing = citing(&shift, Rule::ECopyFromOriginal);
    assert_eq!(missing.len(), 1, "only the student asked for one");
    assert_eq!(missing[0].message, "fb-e-copy-missing");
    assert_eq!(missing[0].citizen.as_deref(), Some("e1"));
    let (expert_shift, _) = expert::play(scenario, 1, Mode::Exam).expect("expert");
    assert!(citing(&expert_shift, Rule::ECopyFromOriginal).is_empty());
}

/// `clerk-system-day` with one more fault, two minutes after the clerk has called the
/// first citizen and logged in.
fn day_with_fault(kind: FaultKind, minutes: u32) -> Arc<Scenario> {
    let mut logged_in = first_citizen_called();
    logged_in.apply(Action::LogIn).expect("log in");
    let mut scenario = (*day()).clone();
    let at = scenario.file.shift.start.minutes() + logged_in.now.div_ceil(60) + 2;
    let at = ClockTime::hm((at / 60) as u16, (at % 60) as u16).expect("a clock time");
    scenario.file.faults.push(FaultEvent {
        at,
        kind,
        minutes,
        expected: vec![],
    });
    Arc::new(scenario)
}

#[test]
fn a_restarted_pc_has_lost_the_session_and_asks_for_a_login_again() {
    let mut shift = Shift::new(day_with_fault(FaultKind::FrozenPc, 0), 1, Mode::Practice);
    shift.apply(Action::CallNext).expect("c1 comes");
    shift.apply(Action::LogIn).expect("log in");
    shift.apply(Action::Wait { minutes: 3 }).expect("wait");
    let create = Action::CreateDossier {
        procedure: "death-registration".into(),
    };
    // Frozen: the PC is the problem, not the login.
    refused(&mut shift, create.clone(), ActionError::ComputerFrozen);
    shift
        .apply(Action::RespondToFault {
            response: FaultResponse::RestartComputer,
        })
        .expect("restart");
    assert!(!shift.portal_session_live());
    refused(&mut shift, create.clone(), ActionError::NotLoggedIn);
    shift
        .apply(Action::LogIn)
        .expect("log in after the restart");
    assert_eq!(shift.staff_session().map(|s| s.logins), Some(2));
    shift
        .apply(create)
        .expect("portal work after the new login");
}

#[test]
fn after_a_power_cut_the_clerk_logs_in_again() {
    let mut shift = Shift::new(day_with_fault(FaultKind::PowerCut, 10), 1, Mode::Practice);
    shift.apply(Action::CallNext).expect("c1 comes");
    shift.apply(Action::LogIn).expect("log in");
    shift.apply(Action::Wait { minutes: 5 }).expect("wait");
    let create = Action::CreateDossier {
        procedure: "death-registration".into(),
    };
    refused(&mut shift, create.clone(), ActionError::PowerOut);
    // Ten minutes of cut from 2 min: the power is back at 12 min, within the session
    // timeout of the login at 0 — the session is gone because the PC went off, not by time.
    shift.apply(Action::Wait { minutes: 8 }).expect("wait");
    assert!(timeout_minutes(&shift.scenario) > 13);
    refused(&mut shift, create, ActionError::NotLoggedIn);
}
