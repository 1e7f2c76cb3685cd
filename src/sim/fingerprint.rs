//! The state fingerprint: a stable, versioned digest of what the trainee did and what it
//! caused, stored in result files and compared after a replay.
//!
//! It is *not* the whole [`Shift`]: a fingerprint that covered engine-written text (the
//! dialogue lines of the timeline, localized hints, generated opening sentences) would make
//! every stored result unverifiable as soon as one wording is fixed. It is an explicit
//! struct ([`StateV2`]) copied field by field, so adding a field to `Shift`, `Citizen` or
//! `Dossier` does not change it by accident; changing what it holds means a new version
//! ([`FINGERPRINT_VERSION`] is the first line hashed).
//!
//! What it holds, and why:
//! - **clock** (`now`), **mode**, **seed**, **ended**, **paper mode** and the **counter**:
//!   where the shift stands;
//! - per **citizen**: the case id and what they came for (which case the index is), their
//!   state, arrival/call/leave times and reason, and everything the clerk did with them —
//!   questions asked, papers looked at (and with which tool), pages turned to, comparisons,
//!   flags raised (the claims and when) and how many were taken back, identity and
//!   state-record look-ups,
//!   guidance, supplement requests, refusal grounds, dossiers, hints, unusable guidance,
//!   patience granted;
//! - per **portal dossier**: status and its history, channel, procedure, citizen, draft,
//!   reception, due moment, appointment written by the clerk, form fields, attachments,
//!   certified copies, fee and payment, control sheet, sync state, department, same-day
//!   readiness, the department's delay (its length, not its wording), apology, paper log,
//!   to whom the result went;
//! - every **slip** issued (kind, number, dossier, citizen, procedure, time, date,
//!   components, ground, amount, electronic);
//! - every **scan** (paper, settings, images, visible problems);
//! - every **fault** (kind, scheduled time, start, end, whether it disrupted work, responses)
//!   and the department events delivered;
//! - what the clerk did with the papers of each **online dossier** (looks, pages, comparisons,
//!   flags), as for a citizen;
//! - every **action** with the second it started;
//! - every **kiosk visit** (issue 13: who, when, coaching, how it ended), only when there
//!   was one;
//! - each citizen's **corrections at the counter** (issue 13, item 6), only when there were
//!   any.
//!
//! Left out: the timeline (events carry engine-written text; what they record is already
//! in the state above), personas and papers (scenario data, covered by the scenario hash
//! and the seed), the ground-truth analyses (the rubric's business: a fix there changes
//! the score, which is compared separately, not the facts of the run).

use std::collections::{BTreeMap, BTreeSet};

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::{
    Action, Casework, CitizenState, Claim, DossierField, FieldRef, GuideTopic, KioskVisit,
    LeaveReason, LookTool, ScanProblem, ScanSettings, Shift,
};
use crate::portal::{Handover, Payment, SlipKind, Status, SyncState};
use crate::scenario::{
    Channel, Department, FaultKind, FaultResponse, Mode, Question, ResultChannel, Want,
};

/// First line of the hashed input; bump the number when [`StateV2`] changes.
pub const FINGERPRINT_VERSION: &str = "motcua-state-v2";

/// The fingerprinted state (version 1). Field order is part of the format.
#[derive(Serialize)]
struct StateV2<'a> {
    mode: Mode,
    seed: u64,
    now: u32,
    counter: Option<usize>,
    paper_mode: bool,
    ended: bool,
    citizens: Vec<CitizenV2<'a>>,
    dossiers: Vec<DossierV2<'a>>,
    slips: Vec<SlipV2<'a>>,
    scans: Vec<ScanV2<'a>>,
    faults: Vec<FaultV2<'a>>,
    department_events_done: &'a [bool],
    online_casework: BTreeMap<&'a str, CaseworkV2<'a>>,
    actions: &'a [(u32, Action)],
    /// Issue 13: the kiosk visits (left out when there were none, so that the fingerprint
    /// of a shift without the kiosk is what it was before the kiosk existed).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    kiosk: &'a [KioskVisit],
    /// Issue 13, item 2: the staff session and signatures; absent (and not written) in
    /// scenarios without a staff system, so their fingerprints are unchanged.
    #[serde(skip_serializing_if = "Option::is_none")]
    staff: Option<&'a super::StaffSession>,
}

#[derive(Serialize)]
struct CaseworkV2<'a> {
    inspected: &'a BTreeMap<String, BTreeSet<LookTool>>,
    open_pages: &'a BTreeMap<String, u8>,
    comparisons: &'a [(FieldRef, FieldRef)],
    flags: Vec<(&'a Claim, u32)>,
    flags_cleared: u32,
}

impl<'a> CaseworkV2<'a> {
    fn of(w: &'a Casework) -> Self {
        CaseworkV2 {
            inspected: &w.inspected,
            open_pages: &w.open_pages,
            comparisons: &w.comparisons,
            flags: w.flags.iter().map(|f| (&f.claim, f.at)).collect(),
            flags_cleared: w.flags_cleared,
        }
    }
}

#[derive(Serialize)]
struct CitizenV2<'a> {
    case: &'a str,
    wants: &'a Want,
    state: CitizenState,
    arrived_at: Option<u32>,
    called_at: Option<u32>,
    left_at: Option<u32>,
    leave_reason: Option<LeaveReason>,
    asked: &'a BTreeMap<Question, u32>,
    casework: CaseworkV2<'a>,
    identity_checked: &'a BTreeSet<String>,
    state_records_checked: bool,
    guided: &'a BTreeSet<GuideTopic>,
    supplements: &'a [BTreeSet<String>],
    refusals: &'a [String],
    dossiers: &'a [String],
    hints: u32,
    unusable_guidance: u32,
    patience_bonus: u32,
    /// Issue 13, item 6: corrections made at the counter (left out when there were none, so
    /// that the fingerprints of earlier runs are unchanged).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    corrections: &'a [super::Correction],
}

#[derive(Serialize)]
struct DossierV2<'a> {
    code: &'a str,
    procedure: &'a str,
    channel: Channel,
    status: Status,
    history: &'a [(NaiveDateTime, Status)],
    citizen: Option<usize>,
    draft: bool,
    received_at: Option<NaiveDateTime>,
    due: Option<NaiveDateTime>,
    appointment: Option<NaiveDate>,
    fields: &'a BTreeMap<DossierField, String>,
    attachments: &'a BTreeMap<String, Vec<u32>>,
    certified_copies: &'a [String],
    fee: Option<u64>,
    payment: Option<&'a Payment>,
    control_sheet: &'a [Handover],
    sync: SyncState,
    department: Option<Department>,
    ready_at: Option<NaiveDateTime>,
    delay_days: Option<u32>,
    apology: Option<(NaiveDateTime, NaiveDate)>,
    paper_logged: bool,
    returned_to: Option<usize>,
    // Issue 13, item 3: how the result is returned; left out when nothing was recorded, so
    // the fingerprints of runs without it stay the same.
    #[serde(skip_serializing_if = "ResultChannel::is_counter")]
    return_channel: ResultChannel,
    #[serde(skip_serializing_if = "Option::is_none")]
    returned_via: Option<ResultChannel>,
    /// Issue 13, item 4: each body's transfer and result of a bundle dossier; not written
    /// for other dossiers, so their fingerprints are unchanged.
    #[serde(skip_serializing_if = "Option::is_none")]
    bundle: Option<&'a crate::portal::BundleRecord>,
}

#[derive(Serialize)]
struct SlipV2<'a> {
    number: u32,
    kind: SlipKind,
    dossier: Option<&'a str>,
    citizen: Option<&'a str>,
    procedure: &'a str,
    issued_at: NaiveDateTime,
    date: Option<NaiveDate>,
    components: &'a [String],
    ground: Option<&'a str>,
    amount: Option<u64>,
    electronic: bool,
}

#[derive(Serialize)]
struct ScanV2<'a> {
    number: u32,
    document: &'a str,
    citizen: usize,
    settings: ScanSettings,
    images: u8,
    problems: &'a [ScanProblem],
}

#[derive(Serialize)]
struct FaultV2<'a> {
    kind: FaultKind,
    at_minute: u32,
    started_at: Option<u32>,
    ended_at: Option<u32>,
    manifested: bool,
    responses: &'a BTreeSet<FaultResponse>,
}

fn state_v2(shift: &Shift) -> StateV2<'_> {
    StateV2 {
        mode: shift.mode,
        seed: shift.seed,
        now: shift.now,
        counter: shift.counter,
        paper_mode: shift.paper_mode,
        ended: shift.ended,
        citizens: shift
            .citizens
            .iter()
            .map(|c| CitizenV2 {
                case: &c.arrival.id,
                wants: &c.arrival.wants,
                state: c.state,
                arrived_at: c.arrived_at,
                called_at: c.called_at,
                left_at: c.left_at,
                leave_reason: c.leave_reason,
                asked: &c.asked,
                casework: CaseworkV2::of(&c.casework),
                identity_checked: &c.identity_checked,
                state_records_checked: c.state_records_checked,
                guided: &c.guided,
                supplements: &c.supplements,
                refusals: &c.refusals,
                dossiers: &c.dossiers,
                hints: c.hints,
                unusable_guidance: c.unusable_guidance,
                patience_bonus: c.patience_bonus,
                corrections: &c.corrections,
            })
            .collect(),
        dossiers: shift
            .portal
            .dossiers
            .values()
            .map(|d| DossierV2 {
                code: &d.code,
                procedure: &d.procedure,
                channel: d.channel,
                status: d.status,
                history: &d.history,
                citizen: shift.owner_of(d),
                draft: d.draft,
                received_at: d.received_at,
                due: d.due,
                appointment: d.appointment,
                fields: &d.fields,
                attachments: &d.attachments,
                certified_copies: &d.certified_copies,
                fee: d.fee,
                payment: d.payment.as_ref(),
                control_sheet: &d.control_sheet,
                sync: d.sync,
                department: d.department,
                ready_at: d.ready_at,
                delay_days: d.delay.as_ref().map(|(_, days)| *days),
                apology: d.apology,
                paper_logged: d.paper_logged,
                returned_to: d.returned_to,
                return_channel: d.return_channel,
                returned_via: d.returned_via,
                bundle: d.bundle.as_ref(),
            })
            .collect(),
        slips: shift
            .portal
            .slips
            .iter()
            .map(|s| SlipV2 {
                number: s.number,
                kind: s.kind,
                dossier: s.dossier.as_deref(),
                citizen: s.citizen.as_deref(),
                procedure: &s.procedure,
                issued_at: s.issued_at,
                date: s.date,
                components: &s.components,
                ground: s.ground.as_deref(),
                amount: s.amount,
                electronic: s.electronic,
            })
            .collect(),
        scans: shift
            .scans
            .iter()
            .map(|s| ScanV2 {
                number: s.number,
                document: &s.document,
                citizen: s.citizen,
                settings: s.settings,
                images: s.images,
                problems: &s.problems,
            })
            .collect(),
        faults: shift
            .faults
            .iter()
            .map(|f| FaultV2 {
                kind: f.spec.kind,
                at_minute: f.spec.at.minutes(),
                started_at: f.started_at,
                ended_at: f.ended_at,
                manifested: f.manifested,
                responses: &f.responses,
            })
            .collect(),
        department_events_done: &shift.department_events_done,
        online_casework: shift
            .online_casework
            .iter()
            .map(|(code, w)| (code.as_str(), CaseworkV2::of(w)))
            .collect(),
        actions: &shift.actions,
        kiosk: &shift.kiosk,
        staff: shift.staff_session(),
    }
}

/// SHA-256 (hex) of [`FINGERPRINT_VERSION`] and the single-line RON of the state subset.
pub(super) fn fingerprint(shift: &Shift) -> String {
    ron_digest(&[FINGERPRINT_VERSION.as_bytes(), b"\n"], &state_v2(shift))
}

/// SHA-256 (hex) of some leading bytes and the single-line RON of a value. Plain data always
/// serializes; should it not, the error text goes into the hash so that a failing state
/// never equals a good one.
pub(super) fn ron_digest(leading: &[&[u8]], value: &impl Serialize) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for bytes in leading {
        h.update(bytes);
    }
    match ron::to_string(value) {
        Ok(text) => h.update(text.as_bytes()),
        Err(e) => h.update(format!("unserializable state: {e}").as_bytes()),
    }
    crate::codec::hex(&h.finalize())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::scenario::load::read_ron;
    use crate::sim::fixture;
    use crate::text::LocalizedText;

    /// The fixture pack's expert path, played to its end.
    fn played() -> Shift {
        let scenario = Arc::new(fixture::scenario());
        let actions: Vec<Action> =
            read_ron(&fixture::dir().join("expert.ron")).expect("fixture script");
        let mut shift = Shift::new(scenario, 42, Mode::Practice);
        for a in actions {
            shift.apply(a).expect("the expert path applies");
        }
        shift
    }

    #[test]
    fn engine_written_text_does_not_change_the_fingerprint() {
        let shift = played();
        assert!(!shift.timeline.is_empty() && !shift.portal.dossiers.is_empty());
        let mut reworded = shift.clone();
        reworded.timeline.clear();
        for c in &mut reworded.citizens {
            c.arrival.opening = LocalizedText::new("Chào chị.", "Hello.");
            c.persona.description = LocalizedText::new("…", "…");
            c.analysis = None;
        }
        assert_eq!(reworded.fingerprint(), shift.fingerprint());
    }

    #[test]
    fn what_the_trainee_did_and_caused_changes_the_fingerprint() {
        let shift = played();
        let before = shift.fingerprint();
        type Edit = Box<dyn Fn(&mut Shift)>;
        let edits: Vec<(&str, Edit)> = vec![
            ("clock", Box::new(|s| s.now += 1)),
            (
                "a question",
                Box::new(|s| *s.citizens[0].asked.entry(Question::Purpose).or_insert(0) += 1),
            ),
            (
                "a citizen's state",
                Box::new(|s| s.citizens[0].left_at = None),
            ),
            ("an action's time", Box::new(|s| s.actions[1].0 += 1)),
            ("paper mode", Box::new(|s| s.paper_mode = !s.paper_mode)),
            (
                "an appointment date",
                Box::new(|s| {
                    let d = s.portal.dossiers.values_mut().next().expect("a dossier");
                    d.appointment = d.appointment.and_then(|a| a.succ_opt());
                }),
            ),
        ];
        for (what, edit) in &edits {
            let mut s = shift.clone();
            edit(&mut s);
            assert_ne!(s.fingerprint(), before, "{what} is not fingerprinted");
        }
    }
}
