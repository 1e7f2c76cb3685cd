//! How the result reaches the citizen (issue 13, item 3): at reception the clerk asks how
//! the citizen wants to receive it and records the channel on the dossier
//! ([`Action::SetReturnChannel`](super::Action::SetReturnChannel)); when the result is ready
//! it goes back by that channel — handed over at the counter (`ReturnResult`), sent by
//! public postal service ([`Action::SendByPost`](super::Action::SendByPost)), or returned
//! electronically into the citizen's data store on the National Public Service Portal
//! ([`Action::ReturnElectronically`](super::Action::ReturnElectronically)). Neither of the
//! last two needs the citizen at the counter: they will not come.
//!
//! What the citizen wants is a fact of their case (`result_post`, `result_electronic`;
//! nothing: the counter), said only when asked. The portal records any channel the clerk
//! picks: whether it was the right one (the procedure's result may be paper-only, an
//! e-result needs a VNeID level-2 account) is judged at grading (`score/return_channel.rs`),
//! where the scenario puts the rule `return-channel-choice` in force.
//!
//! Sources: workflow.md §1 ("return result in person or via public postal service (if
//! registered) and e-archive"); Decree 118/2025 Art. 15 (channels), Art. 22 (results);
//! Decree 45/2020 Art. 14 (an e-result carries the authority's digital signature, is synced
//! into the citizen's data store, and has the legal value of the paper — thukyluat.vn and
//! hoatieu.vn summaries of Decree 45/2020). The postal fee borne by the citizen and which
//! procedures give e-results are unconfirmed (rules.ron `return-channel-choice`, the
//! procedures' `result_channels`).

use std::collections::BTreeSet;

use super::apply::Outcome;
use super::{ActionError, Event, Shift};
use crate::portal::Status;
use crate::scenario::{ResultChannel, VneidLevel};

/// The legal rule (rules.ron) a scenario puts in force to ask for the channel.
pub const RETURN_CHANNEL_RULE: &str = "return-channel-choice";
/// The citizen's fact: wants the result sent by public postal service.
pub const FACT_RESULT_POST: &str = "result_post";
/// The citizen's fact: wants an electronic result in their data store.
pub const FACT_RESULT_ELECTRONIC: &str = "result_electronic";

/// Seconds recording the channel on the dossier takes.
pub const SET_CHANNEL_SECONDS: u32 = 20;
/// Seconds returning a result electronically takes (sending it to the data store).
pub const E_RETURN_SECONDS: u32 = 30;
/// Seconds sending a result by post takes (envelope, postal slip, hand-over log).
pub const POST_SECONDS: u32 = 90;

/// The channel a citizen with these facts asks for when asked.
pub fn wanted_channel(facts: &BTreeSet<String>) -> ResultChannel {
    if facts.contains(FACT_RESULT_ELECTRONIC) {
        ResultChannel::Electronic
    } else if facts.contains(FACT_RESULT_POST) {
        ResultChannel::Post
    } else {
        ResultChannel::Counter
    }
}

impl Shift {
    /// True when the scenario asks the clerk to record how each result is returned.
    pub fn return_channel_in_force(&self) -> bool {
        self.scenario.rule_in_force(RETURN_CHANNEL_RULE)
    }

    /// The channel the result of citizen `i`'s submission must be recorded with: the one
    /// they ask for when the procedure offers it (an e-result also needs their VNeID level-2
    /// account), else the counter. `None` when they do not submit a known procedure.
    pub fn expected_return_channel(&self, i: usize) -> Option<ResultChannel> {
        let c = self.citizens.get(i)?;
        let procedure = self.scenario.procedure(c.procedure()?)?;
        let wanted = wanted_channel(&c.arrival.facts);
        let possible = procedure.offers_result(wanted)
            && (wanted != ResultChannel::Electronic || c.persona.vneid == VneidLevel::Level2);
        Some(if possible {
            wanted
        } else {
            ResultChannel::Counter
        })
    }

    /// Recording how the citizen receives the result of a dossier not yet closed.
    pub(super) fn set_return_channel(&mut self, dossier: &str, channel: ResultChannel) -> Outcome {
        self.portal_available(false)?;
        let d = self.portal.dossier(dossier)?;
        if d.status.is_final() || d.returned_via.is_some() {
            return Err(ActionError::DossierClosed(dossier.to_owned()));
        }
        self.portal.dossier_mut(dossier)?.return_channel = channel;
        Ok((
            vec![Event::ReturnChannelSet {
                dossier: dossier.to_owned(),
                channel,
            }],
            SET_CHANNEL_SECONDS,
        ))
    }

    /// Returning a ready result electronically into the citizen's data store: the procedure
    /// must give e-results and the result must have been digitized first.
    pub(super) fn return_electronically(&mut self, dossier: &str) -> Outcome {
        self.portal_available(false)?;
        let d = self.portal.dossier(dossier)?;
        if d.status != Status::Processed {
            return Err(ActionError::ResultNotReady(dossier.to_owned()));
        }
        if !self
            .procedure_of(d)?
            .offers_result(ResultChannel::Electronic)
        {
            return Err(ActionError::NoEResult(d.procedure.clone()));
        }
        if !self.result_digitized(dossier) {
            return Err(ActionError::ResultNotDigitized(dossier.to_owned()));
        }
        self.return_away(dossier, ResultChannel::Electronic, E_RETURN_SECONDS)
    }

    /// Sending a ready result by public postal service.
    pub(super) fn send_by_post(&mut self, dossier: &str) -> Outcome {
        self.portal_available(false)?;
        let d = self.portal.dossier(dossier)?;
        if d.status != Status::Processed {
            return Err(ActionError::ResultNotReady(dossier.to_owned()));
        }
        if !self.procedure_of(d)?.offers_result(ResultChannel::Post) {
            return Err(ActionError::NoPostalReturn(d.procedure.clone()));
        }
        self.return_away(dossier, ResultChannel::Post, POST_SECONDS)
    }

    /// The result leaves without the citizen: the dossier is returned, by `via`.
    fn return_away(&mut self, dossier: &str, via: ResultChannel, seconds: u32) -> Outcome {
        let at = self.clock();
        let moved = self.move_dossier(dossier, Status::Returned, at)?;
        let d = self.portal.dossier_mut(dossier)?;
        d.returned_via = Some(via);
        Ok((
            vec![
                moved,
                Event::ResultSent {
                    dossier: dossier.to_owned(),
                    via,
                },
            ],
            seconds,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(list: &[&str]) -> BTreeSet<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn the_citizen_wants_what_their_facts_say_and_the_counter_otherwise() {
        assert_eq!(wanted_channel(&facts(&[])), ResultChannel::Counter);
        assert_eq!(wanted_channel(&facts(&["proxy"])), ResultChannel::Counter);
        assert_eq!(
            wanted_channel(&facts(&[FACT_RESULT_POST])),
            ResultChannel::Post
        );
        assert_eq!(
            wanted_channel(&facts(&[FACT_RESULT_ELECTRONIC, "proxy"])),
            ResultChannel::Electronic
        );
    }
}
