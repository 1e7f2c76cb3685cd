//! Helping a citizen who cannot be served without help (issue 13, item 8): an interpreter
//! or an accompanying relative for a citizen with little Vietnamese (K'Ho, Mạ, Chu Ru…), the
//! paper read aloud or printed large for a citizen with low vision.
//!
//! The engine records what the citizen could follow, never why: help given
//! ([`Access::given`], with the second it was given), help asked for that was not there
//! (the interpreter busy, no relative along), and what reached them without the help they
//! needed — questions answered and guidance given while they could not follow the talk
//! ([`Access::unclear_talk`]), slips and results handed over that they could not read
//! ([`Access::unread_papers`]). Without language help their answers are unclear
//! (`sim/dialogue.rs`). The rubric judges all of it (`score/accessibility.rs`); nothing on
//! the screen names the need: the citizen's words and portrait show it.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::apply::Outcome;
use super::{Action, Citizen, Event, Shift};
use crate::scenario::Level;

/// Arrival fact: the centre's interpreter (a colleague or a member of the community digital
/// team who speaks the citizen's language) is busy elsewhere today.
pub const FACT_INTERPRETER_BUSY: &str = "interpreter_busy";
/// Arrival fact: a relative who speaks Vietnamese came along and can help.
pub const FACT_ACCOMPANIED: &str = "accompanied";

/// Help the clerk can give so that the citizen can follow the visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Help {
    /// Call a colleague or community digital-team member who speaks the citizen's language.
    Interpreter,
    /// Let the relative who came along interpret.
    FamilyHelp,
    /// Read the paper (slip, list, result) aloud to the citizen.
    ReadAloud,
    /// Print the paper again in large type.
    LargePrint,
}

impl Help {
    /// Every kind of help, in the order the counter shows them.
    pub const ALL: [Help; 4] = [
        Help::Interpreter,
        Help::FamilyHelp,
        Help::ReadAloud,
        Help::LargePrint,
    ];

    /// Stable identifier used in locale keys (`help-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Help::Interpreter => "interpreter",
            Help::FamilyHelp => "family",
            Help::ReadAloud => "read-aloud",
            Help::LargePrint => "large-print",
        }
    }

    /// True for help with the language (interpreter, relative), false for help with reading.
    pub fn is_language(self) -> bool {
        matches!(self, Help::Interpreter | Help::FamilyHelp)
    }

    /// Seconds the help takes when it is there: fetching the interpreter and explaining the
    /// case to them, a few words with the relative, reading a slip aloud, a large reprint.
    pub fn seconds(self) -> u32 {
        match self {
            Help::Interpreter => 240,
            Help::FamilyHelp => 30,
            Help::ReadAloud => 90,
            Help::LargePrint => 60,
        }
    }

    /// Seconds lost finding out the help is not there (the interpreter is busy: a call and
    /// a walk to their desk; nobody came along: one question).
    pub fn seconds_unavailable(self) -> u32 {
        match self {
            Help::Interpreter => 120,
            _ => 10,
        }
    }
}

/// What a citizen could follow of their visit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Access {
    /// Help given, with the second (since shift start) it was first given.
    pub given: BTreeMap<Help, u32>,
    /// Help the clerk asked for that was not there.
    pub unavailable: BTreeSet<Help>,
    /// Questions answered and guidance given while the citizen could not follow the talk.
    pub unclear_talk: u32,
    /// Slips and results handed to the citizen that they could not read.
    pub unread_papers: u32,
}

impl Citizen {
    /// Speaks too little Vietnamese to follow the visit alone.
    pub fn needs_language_help(&self) -> bool {
        self.persona.vietnamese <= Level::Low
    }

    /// Cannot read ordinary print.
    pub fn needs_reading_help(&self) -> bool {
        self.persona.low_vision
    }

    /// True when `help` meets a need of this citizen.
    pub fn needs(&self, help: Help) -> bool {
        if help.is_language() {
            self.needs_language_help()
        } else {
            self.needs_reading_help()
        }
    }

    /// Follows what is said at the counter: speaks Vietnamese well enough, or has help.
    pub fn follows_talk(&self) -> bool {
        !self.needs_language_help() || self.access.given.keys().any(|h| h.is_language())
    }

    /// Can check what is handed over: sees well enough, or it was read aloud or printed large.
    pub fn reads_papers(&self) -> bool {
        !self.needs_reading_help() || self.access.given.keys().any(|h| !h.is_language())
    }

    /// True when `help` can be had for this citizen today (the interpreter is free, a
    /// relative came along).
    pub fn help_available(&self, help: Help) -> bool {
        let fact = |name: &str| self.arrival.facts.contains(name);
        match help {
            Help::Interpreter => !fact(FACT_INTERPRETER_BUSY),
            Help::FamilyHelp => fact(FACT_ACCOMPANIED),
            Help::ReadAloud | Help::LargePrint => true,
        }
    }
}

impl Shift {
    /// Gives the citizen at the counter `help`, if it is there today. Help given again only
    /// costs the time again.
    pub(super) fn accommodate(&mut self, help: Help) -> Outcome {
        let i = self.counter_index()?;
        let now = self.now;
        let c = &mut self.citizens[i];
        let available = c.help_available(help);
        if available {
            c.access.given.entry(help).or_insert(now);
        } else {
            c.access.unavailable.insert(help);
        }
        let seconds = if available {
            help.seconds()
        } else {
            help.seconds_unavailable()
        };
        Ok((
            vec![Event::Accommodated {
                citizen: i,
                help,
                available,
            }],
            seconds,
        ))
    }

    /// After `action` succeeded with citizen `at_counter` at the counter: notes what reached
    /// them without the help they needed. A result goes to its owner, who may be waiting in a
    /// seat rather than at the counter.
    pub(super) fn note_access(&mut self, at_counter: Option<usize>, action: &Action) {
        let receiver = match action {
            Action::ReturnResult { dossier } => self
                .portal
                .dossiers
                .get(dossier)
                .and_then(|d| self.owner_of(d)),
            _ => at_counter,
        };
        let Some(i) = receiver else {
            return;
        };
        let Some(c) = self.citizens.get_mut(i) else {
            return;
        };
        match action {
            Action::Ask { .. } | Action::Guide { .. } if !c.follows_talk() => {
                c.access.unclear_talk += 1;
            }
            Action::IssueReceipt { .. }
            | Action::RequestSupplement { .. }
            | Action::Refuse { .. }
            | Action::ReturnResult { .. }
                if !c.reads_papers() =>
            {
                c.access.unread_papers += 1;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::scenario::Mode;
    use crate::sim::{ActionError, fixture};

    /// A shift of the mini-pack with its first citizen at the counter, edited by `edit`.
    fn at_counter(edit: impl Fn(&mut Citizen)) -> Shift {
        let scenario = Arc::new(fixture::scenario());
        let mut shift = Shift::new(scenario, 1, Mode::Practice);
        for c in &mut shift.citizens {
            edit(c);
        }
        shift.apply(Action::CallNext).ok();
        shift
    }

    fn low_vietnamese(c: &mut Citizen) {
        c.persona.vietnamese = Level::Low;
    }

    #[test]
    fn help_needs_a_citizen_at_the_counter() {
        let scenario = Arc::new(fixture::scenario());
        let mut shift = Shift::new(scenario, 1, Mode::Practice);
        let before = shift.clone();
        let err = shift.apply(Action::Accommodate {
            help: Help::ReadAloud,
        });
        assert_eq!(err, Err(ActionError::NoCitizenAtCounter));
        assert_eq!(shift, before, "nothing changes on an error");
    }

    #[test]
    fn an_interpreter_makes_the_talk_followable_and_takes_four_minutes() {
        let mut shift = at_counter(low_vietnamese);
        let i = shift.counter.unwrap_or_default();
        assert!(!shift.citizens[i].follows_talk());
        let t0 = shift.now;
        let events = shift
            .apply(Action::Accommodate {
                help: Help::Interpreter,
            })
            .unwrap_or_default();
        assert!(events.contains(&Event::Accommodated {
            citizen: i,
            help: Help::Interpreter,
            available: true
        }));
        assert_eq!(shift.now - t0, Help::Interpreter.seconds());
        assert!(shift.citizens[i].follows_talk());
        assert_eq!(
            shift.citizens[i].access.given.get(&Help::Interpreter),
            Some(&t0)
        );
    }

    #[test]
    fn a_busy_interpreter_or_no_relative_helps_nobody() {
        let mut shift = at_counter(|c| {
            low_vietnamese(c);
            c.arrival.facts.insert(FACT_INTERPRETER_BUSY.to_owned());
        });
        let i = shift.counter.unwrap_or_default();
        for help in [Help::Interpreter, Help::FamilyHelp] {
            let t0 = shift.now;
            let events = shift
                .apply(Action::Accommodate { help })
                .unwrap_or_default();
            assert!(events.contains(&Event::Accommodated {
                citizen: i,
                help,
                available: false
            }));
            assert_eq!(shift.now - t0, help.seconds_unavailable());
        }
        let c = &shift.citizens[i];
        assert!(!c.follows_talk());
        assert!(c.access.given.is_empty());
        assert_eq!(c.access.unavailable.len(), 2);
    }

    #[test]
    fn a_relative_who_came_along_can_interpret() {
        let mut shift = at_counter(|c| {
            low_vietnamese(c);
            c.arrival.facts.insert(FACT_ACCOMPANIED.to_owned());
        });
        let i = shift.counter.unwrap_or_default();
        assert!(
            shift
                .apply(Action::Accommodate {
                    help: Help::FamilyHelp
                })
                .is_ok()
        );
        assert!(shift.citizens[i].follows_talk());
    }

    #[test]
    fn questions_before_help_are_unclear_talk_and_after_help_are_not() {
        let mut shift = at_counter(low_vietnamese);
        let i = shift.counter.unwrap_or_default();
        let ask = Action::Ask {
            question: crate::scenario::Question::Purpose,
        };
        assert!(shift.apply(ask.clone()).is_ok());
        assert_eq!(shift.citizens[i].access.unclear_talk, 1);
        assert!(
            shift
                .apply(Action::Accommodate {
                    help: Help::Interpreter
                })
                .is_ok()
        );
        assert!(shift.apply(ask).is_ok());
        assert_eq!(shift.citizens[i].access.unclear_talk, 1);
    }

    #[test]
    fn a_fluent_sighted_citizen_needs_no_help() {
        let shift = at_counter(|_| {});
        let i = shift.counter.unwrap_or_default();
        let c = &shift.citizens[i];
        assert!(c.follows_talk() && c.reads_papers());
        assert!(Help::ALL.iter().all(|h| !c.needs(*h)));
    }

    #[test]
    fn a_low_vision_citizen_reads_once_read_aloud() {
        let mut shift = at_counter(|c| c.persona.low_vision = true);
        let i = shift.counter.unwrap_or_default();
        assert!(!shift.citizens[i].reads_papers());
        assert!(
            shift
                .apply(Action::Accommodate {
                    help: Help::ReadAloud
                })
                .is_ok()
        );
        assert!(shift.citizens[i].reads_papers());
        assert!(shift.citizens[i].needs(Help::LargePrint));
        assert!(!shift.citizens[i].needs(Help::Interpreter));
    }
}
