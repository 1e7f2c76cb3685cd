//! The fingerprint of the builds before the versioned one ([`super::FINGERPRINT_VERSION`]):
//! SHA-256 of the RON of the whole shift, engine-written text included. Kept only to verify
//! the result files those builds wrote (they carry the scenario hash
//! `legacy_content_hash_v1`), so its input is frozen here field by field, in the order
//! those builds serialized a `Shift`: a field added to `Shift` later does not enter it, and
//! the lines the engine now keeps as message ids are written out as the Vietnamese and
//! English text those builds stored (from `dialogue.ftl`).

use std::collections::BTreeMap;

use serde::Serialize;

use super::fingerprint::ron_digest;
use super::{Action, Citizen, Event, FaultState, Line, Scan, Shift};
use crate::portal::Portal;
use crate::scenario::truth::Analysis;
use crate::scenario::{DefectKind, Mode, Question};
use crate::text::{Lang, LocalizedText};

/// A `Shift` as those builds serialized it.
#[derive(Serialize)]
#[serde(rename = "Shift")]
struct LegacyShift<'a> {
    mode: Mode,
    seed: u64,
    now: u32,
    citizens: &'a [Citizen],
    counter: Option<usize>,
    portal: &'a Portal,
    scans: &'a [Scan],
    faults: &'a [FaultState],
    department_events_done: &'a [bool],
    timeline: Vec<LegacyTimedEvent<'a>>,
    actions: &'a [(u32, Action)],
    paper_mode: bool,
    ended: bool,
    online_truth: &'a BTreeMap<String, Analysis>,
}

#[derive(Serialize)]
#[serde(rename = "TimedEvent")]
struct LegacyTimedEvent<'a> {
    at: u32,
    action: Option<usize>,
    event: LegacyEvent<'a>,
}

/// An event: as it is, or, for one that carries dialogue, with the dialogue as text.
#[derive(Serialize)]
#[serde(untagged)]
enum LegacyEvent<'a> {
    Unchanged(&'a Event),
    Dialogue(DialogueEvent<'a>),
}

/// The events that carried text, as the `Event` variants of those builds.
#[derive(Serialize)]
#[serde(rename = "Event")]
enum DialogueEvent<'a> {
    Answered {
        question: Question,
        answer: LocalizedText,
        repeated: bool,
    },
    Inspected {
        document: &'a str,
        notes: Vec<LocalizedText>,
        visible: &'a [DefectKind],
    },
    HintGiven {
        text: LocalizedText,
    },
}

/// A line in the words those builds stored: Vietnamese and English, no Bengali.
fn as_stored(line: &Line) -> LocalizedText {
    match line {
        Line::Written(text) => text.clone(),
        Line::Said(_) => LocalizedText::new(line.get(Lang::Vi), line.get(Lang::En)),
    }
}

fn legacy_event(event: &Event) -> LegacyEvent<'_> {
    LegacyEvent::Dialogue(match event {
        Event::Answered {
            question,
            answer,
            repeated,
        } => DialogueEvent::Answered {
            question: *question,
            answer: as_stored(answer),
            repeated: *repeated,
        },
        Event::Inspected {
            document,
            notes,
            visible,
        } => DialogueEvent::Inspected {
            document,
            notes: notes.iter().map(as_stored).collect(),
            visible,
        },
        Event::HintGiven { text } => DialogueEvent::HintGiven {
            text: as_stored(text),
        },
        _ => return LegacyEvent::Unchanged(event),
    })
}

/// SHA-256 (hex) of the RON of [`LegacyShift`].
pub(super) fn legacy_fingerprint(shift: &Shift) -> String {
    let legacy = LegacyShift {
        mode: shift.mode,
        seed: shift.seed,
        now: shift.now,
        citizens: &shift.citizens,
        counter: shift.counter,
        portal: &shift.portal,
        scans: &shift.scans,
        faults: &shift.faults,
        department_events_done: &shift.department_events_done,
        timeline: shift
            .timeline
            .iter()
            .map(|t| LegacyTimedEvent {
                at: t.at,
                action: t.action,
                event: legacy_event(&t.event),
            })
            .collect(),
        actions: &shift.actions,
        paper_mode: shift.paper_mode,
        ended: shift.ended,
        online_truth: &shift.online_truth,
    };
    ron_digest(&[], &legacy)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::sim::fixture;

    /// The mini-pack with every line the engine writes itself: no written answers or
    /// hints, a paper with a sticky note, one citizen with facts and one without; every
    /// question asked of each, a hint, an inspection.
    fn talkative() -> Shift {
        let mut scenario = fixture::scenario();
        for a in &mut scenario.file.arrivals {
            a.answers.clear();
            a.hint = None;
            for d in &mut a.documents {
                d.sticky_notes = 2;
            }
        }
        scenario.file.arrivals[0].facts = ["proxy", "married", "exempt"]
            .into_iter()
            .map(String::from)
            .collect();
        let mut shift = Shift::new(Arc::new(scenario), 7, Mode::Practice);
        for citizen in ["c1", "c2"] {
            shift.apply(Action::CallNext).expect("someone is waiting");
            for question in Question::ALL {
                shift.apply(Action::Ask { question }).expect("asked");
            }
            shift.apply(Action::Hint).expect("a hint");
            let document = format!("{citizen}-form");
            shift
                .apply(Action::Inspect { document })
                .expect("inspected");
            shift.apply(Action::Dismiss).expect("dismissed");
        }
        shift.apply(Action::EndShift).expect("ended");
        shift
    }

    /// Result files of the builds before the versioned fingerprint hold the digest of the
    /// whole shift, the citizens' words in the timeline included; they must keep verifying.
    /// The digest below is what those builds computed for [`talkative`].
    #[test]
    fn the_legacy_fingerprint_is_what_older_builds_computed() {
        assert_eq!(
            talkative().legacy_fingerprint(),
            "710e52dcdde3743036192dcd0850a2e1cbb636608a0843b6a5bc6ba035b93a2b"
        );
    }
}
