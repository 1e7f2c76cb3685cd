//! Delivery to the instructor by xAPI 1.0.3: a finished shift becomes statements sent to a
//! Learning Record Store (LRS), through an outbox on disk that loses nothing.
//!
//! The path of one result, from the debrief to the LRS:
//!
//! 1. [`statements`] — a sealed result ([`ResultBody`](crate::record::ResultBody) and the
//!    text of its `.motcua` file) becomes one statement for the shift (verb *passed* or
//!    *failed*, the score, the duration, the whole sealed file in a result extension, so the
//!    instructor's dashboard can read it back and verify it by re-simulation) and one per
//!    case — each dossier handled, each citizen the score names without one — (verb
//!    *completed*, success when the trainee made no wrong decision and no critical error
//!    on it). Every id is derived from the result's seal and the statement's index: the same
//!    result always gives the same ids, so a retry or a second enqueue never duplicates.
//! 2. [`outbox`] — the batch is written atomically as one JSON file in `<data>/outbox/`,
//!    named by the shift statement's id. It stays there, across crashes and power cuts,
//!    until the LRS acknowledges it.
//! 3. [`sender`] — a background thread owning the outbox sends the oldest batch first,
//!    backs off exponentially (1 s doubling to 5 min, with jitter) while the LRS is out of
//!    reach, wakes when a batch is enqueued and stops on request. The UI reads a
//!    [`DeliveryStatus`](sender::DeliveryStatus) snapshot; nothing blocks the UI thread.
//!    [`flush_once`](sender::flush_once) does one synchronous pass (tests, command line).
//! 4. [`client`] — the HTTP side (`ureq` with rustls): `POST statements` with Basic auth and
//!    `X-Experience-API-Version: 1.0.3`, the connection test, and reading a session's
//!    statements back (following `more`). Errors are typed ([`LrsError`]): unreachable,
//!    not an LRS, bad credentials, rejected batch (kept, never retried in a hot loop),
//!    server error (retried later).
//!
//! ## IRIs
//! Activity types, extensions and activity ids live under one base, [`BASE_IRI`]
//! (`https://motcua.app/xapi`):
//!
//! | IRI | What |
//! |---|---|
//! | `{base}/scenario/{scenario id}` | the shift's activity (type `{base}/activity-type/shift`) |
//! | `{base}/scenario/{scenario id}/dossier/{dossier id}` | a dossier case (type `{base}/activity-type/dossier-case`) |
//! | `{base}/scenario/{scenario id}/citizen/{arrival id}` | a citizen's case without a dossier (type `{base}/activity-type/citizen-case`) |
//! | `{base}/session/{code}` | the conference session (type `{base}/activity-type/session`), in `context.contextActivities.grouping` |
//! | `{base}/extensions/result-file` | result extension of the shift statement: the sealed `.motcua` text |
//! | `{base}/extensions/session-code`, `…/seat`, `…/scenario-id`, `…/scenario-hash`, `…/engine` | context extensions of every statement |
//! | `{base}/extensions/penalty-units`, `…/feedback`, `…/citizen` | result extensions of a case statement |
//!
//! The actor is an Agent identified by an account: `homePage` is a setting
//! ([`LrsConfig::home_page`], by default [`BASE_IRI`]) and `name` the trainee's
//! [`seat_key`](crate::session::seat_key), so that "Nguyễn Văn An" and "nguyễn văn an" are
//! one learner; the trainee's name as typed is the Agent's `name`.
//!
//! The registration of every statement of a session is a UUID derived from the session
//! code ([`registration_for`]), so the instructor reads a session back with one filter.

pub mod client;
pub mod outbox;
pub mod sender;
pub mod statements;
#[cfg(test)]
mod test_server;

pub use client::{
    FetchedResult, LrsAbout, LrsConfig, LrsError, Stored, fetch_session, post_statements,
    test_connection,
};
pub use outbox::{Enqueued, Outbox, OutboxError, PendingBatch};
pub use sender::{Backoff, DeliveryError, DeliveryStatus, FlushReport, Sender, flush_once};
pub use statements::statements_for;

use crate::codec::sha256;

/// The base of every IRI this program coins (activity types, extensions, activities) and
/// the default home page of the learners' accounts.
pub const BASE_IRI: &str = "https://motcua.app/xapi";

/// The IRI of an extension under [`BASE_IRI`].
pub fn extension_iri(name: &str) -> String {
    format!("{BASE_IRI}/extensions/{name}")
}

/// A UUID in its canonical text form, derived from `parts` by SHA-256. The version nibble
/// is set to 5 (name-based) and the variant bits to RFC 4122's `10`, so strict validators
/// accept it; the same parts always give the same UUID.
pub fn derived_uuid(parts: &[&str]) -> String {
    let mut input = Vec::new();
    for part in parts {
        input.extend_from_slice(part.as_bytes());
        input.push(b'\n');
    }
    let digest = sha256(&input);
    let mut b = [0u8; 16];
    b.copy_from_slice(&digest[..16]);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex = crate::codec::hex(&b);
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// The registration UUID of every statement of a session, derived from its code.
pub fn registration_for(code: &crate::session::SessionCode) -> String {
    derived_uuid(&["motcua-xapi-registration", code.as_str()])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 4122 layout: 8-4-4-4-12 lower-case hex, version 5, variant `10xx`.
    fn is_v5_uuid(s: &str) -> bool {
        let groups: Vec<&str> = s.split('-').collect();
        let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
        lens == [8, 4, 4, 4, 12]
            && s.chars()
                .all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c))
            && groups[2].starts_with('5')
            && matches!(groups[3].as_bytes()[0], b'8' | b'9' | b'a' | b'b')
    }

    #[test]
    fn derived_uuids_are_version_5_and_stable() {
        let a = derived_uuid(&["x", "1"]);
        assert!(is_v5_uuid(&a), "{a}");
        assert_eq!(a, derived_uuid(&["x", "1"]));
        assert_ne!(a, derived_uuid(&["x", "2"]));
        // Parts are separated, so moving a character between parts changes the UUID.
        assert_ne!(derived_uuid(&["ab", "c"]), derived_uuid(&["a", "bc"]));
    }

    #[test]
    fn a_session_has_one_registration() {
        let plan = crate::session::SessionPlan::new(
            "first-day",
            crate::scenario::Mode::Exam,
            crate::session::Seeding::Shared,
            42,
        );
        let code = plan.code();
        let reg = registration_for(&code);
        assert!(is_v5_uuid(&reg), "{reg}");
        let reparsed = crate::session::SessionCode::parse(code.as_str());
        assert_eq!(reparsed.map(|c| registration_for(&c)).ok(), Some(reg));
    }
}
