//! A shift being played: the core [`Shift`] and its crash-safe journal.
//!
//! [`Session::apply`] is the only way the UI changes the shift: the core applies the action,
//! then the journal appends it (written, flushed and synced) before the next click is read.
//! Killing the app at any moment and starting it again resumes the same state
//! ([`Session::resume`]): the journal is replayed by the core.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::record::result::now_rfc3339;
use crate::record::{Journal, JournalHeader, RecordError};
use crate::scenario::{Mode, Scenario};
use crate::score::{ScoreReport, grade};
use crate::sim::{Action, ActionError, Event, Shift};

/// A shift in progress with its journal.
pub struct Session {
    /// The core state.
    pub shift: Shift,
    /// Trainee's name.
    pub trainee: String,
    /// Conference session code, if any.
    pub code: Option<String>,
    /// When the shift was started, wall-clock, RFC 3339 UTC (recorded in the journal, so a
    /// resumed shift keeps it).
    pub started: Option<String>,
    journal: Option<Journal>,
    /// The last journal error (the shift goes on; the trainee is told, in their language,
    /// by [`super::record_error`]).
    pub journal_error: Option<RecordError>,
    live: Option<(usize, ScoreReport)>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("scenario", &self.shift.scenario.id())
            .field("actions", &self.shift.actions.len())
            .finish()
    }
}

impl Session {
    /// Starts a new shift; its journal goes to `journal` (an older journal there is replaced).
    pub fn start(
        scenario: Arc<Scenario>,
        seed: u64,
        mode: Mode,
        trainee: &str,
        code: Option<&str>,
        journal: Option<&Path>,
    ) -> Self {
        let shift = Shift::new(scenario, seed, mode);
        Self::with_journal(shift, trainee, code, journal, &[])
    }

    fn with_journal(
        shift: Shift,
        trainee: &str,
        code: Option<&str>,
        journal: Option<&Path>,
        already: &[Action],
    ) -> Self {
        let mut journal_error = None;
        let started = Some(now_rfc3339());
        let journal = journal.and_then(|path| {
            let header =
                JournalHeader::for_shift(&shift, trainee, code).started_at(started.clone());
            let _ = std::fs::remove_file(path);
            let opened = Journal::create(path, &header).and_then(|mut j| {
                for a in already {
                    j.append(a)?;
                }
                Ok(j)
            });
            match opened {
                Ok(j) => Some(j),
                Err(e) => {
                    journal_error = Some(e);
                    None
                }
            }
        });
        Self {
            shift,
            trainee: trainee.to_owned(),
            code: code.map(str::to_owned),
            started,
            journal,
            journal_error,
            live: None,
        }
    }

    /// Resumes the shift recorded in a journal. Returns the session and a note about a torn
    /// last line, if one was dropped.
    pub fn resume(
        path: &Path,
        scenario: Arc<Scenario>,
    ) -> Result<(Self, Option<String>), RecordError> {
        let (shift, recovered) = crate::record::resume(path, scenario)?;
        let journal = Journal::open_existing(path)?;
        let header = recovered.header;
        Ok((
            Self {
                shift,
                trainee: header.trainee,
                code: header.session,
                started: header.started,
                journal: Some(journal),
                journal_error: None,
                live: None,
            },
            recovered.dropped_tail,
        ))
    }

    /// Applies an action and journals it.
    pub fn apply(&mut self, action: Action) -> Result<Vec<Event>, ActionError> {
        let events = self.shift.apply(action.clone())?;
        if let Some(j) = &mut self.journal
            && let Err(e) = j.append(&action)
        {
            self.journal_error = Some(e);
        }
        Ok(events)
    }

    /// A new session replaying the first `n` actions of this one ("play again from here"),
    /// journaled at `journal`.
    pub fn replay_prefix(
        scenario: Arc<Scenario>,
        seed: u64,
        mode: Mode,
        actions: &[Action],
        trainee: &str,
        code: Option<&str>,
        journal: Option<&Path>,
    ) -> Result<Self, ActionError> {
        let mut shift = Shift::new(scenario, seed, mode);
        for a in actions {
            shift.apply(a.clone())?;
        }
        Ok(Self::with_journal(shift, trainee, code, journal, actions))
    }

    /// The journal's path, if journaling.
    pub fn journal_path(&self) -> Option<PathBuf> {
        self.journal.as_ref().map(|j| j.path().to_path_buf())
    }

    /// Closes the journal (the shift was graded and exported).
    pub fn close_journal(&mut self) -> Option<PathBuf> {
        self.journal.take().map(|j| j.path().to_path_buf())
    }

    /// The score so far, graded again only when an action was applied.
    pub fn live_report(&mut self) -> &ScoreReport {
        let n = self.shift.actions.len();
        if self.live.as_ref().is_some_and(|(at, _)| *at != n) {
            self.live = None;
        }
        let shift = &self.shift;
        &self.live.get_or_insert_with(|| (n, grade(shift))).1
    }
}
