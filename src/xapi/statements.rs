//! xAPI 1.0.3 statements built from a sealed result: one for the shift, one per dossier
//! handled. See the [parent module](super) for the IRIs.
//!
//! Every statement's id is [`derived_uuid`]`("motcua-xapi-statement", seal, index)`: index 0
//! is the shift, 1… the dossiers in the order the trainee first touched them. The seal is
//! the `SEAL` line of the result file (a SHA-256 over every byte before it), so the ids do
//! not change when a tool turns the file's line ends into CRLF.
//!
//! The duration is **wall-clock** time: from the result's `started` to its `finished`
//! (RFC 3339, UTC), both written by the app; a result without them has no duration, and a
//! result without `finished` no timestamp (the LRS then stamps it on arrival).

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde_json::{Map, Value, json};

use super::client::LrsConfig;
use super::{BASE_IRI, derived_uuid, extension_iri};
use crate::codec::sha256_hex;
use crate::record::ResultBody;
use crate::session::{SessionCode, seat_key};
use crate::sim::Action;

/// ADL verb of a shift that passed.
pub const VERB_PASSED: &str = "http://adlnet.gov/expapi/verbs/passed";
/// ADL verb of a shift that did not pass.
pub const VERB_FAILED: &str = "http://adlnet.gov/expapi/verbs/failed";
/// ADL verb of a dossier handled.
pub const VERB_COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";

/// The extension of the shift statement's result holding the sealed result file's text.
pub fn result_file_extension() -> String {
    extension_iri("result-file")
}

/// The seal of a result file's text: the hex after its last `SEAL ` line, or, for a text
/// without one, the SHA-256 of the whole text (still deterministic).
pub fn seal_of(sealed: &str) -> String {
    sealed
        .lines()
        .rev()
        .find_map(|line| line.trim_end_matches('\r').strip_prefix("SEAL "))
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| sha256_hex(sealed.as_bytes()))
}

/// The id of statement `index` of the result sealed with `seal` (0 is the shift).
pub fn statement_id(seal: &str, index: usize) -> String {
    derived_uuid(&["motcua-xapi-statement", seal, &index.to_string()])
}

/// The statements of one sealed result: the shift's first, then one per dossier handled.
/// `sealed` is the complete text of the result file of `body` (it travels in the shift
/// statement); `cfg` gives the actor's account home page.
pub fn statements_for(body: &ResultBody, sealed: &str, cfg: &LrsConfig) -> Vec<Value> {
    let seal = seal_of(sealed);
    let common = Common::new(body, cfg);
    let mut out = vec![shift_statement(body, sealed, &seal, &common)];
    for (i, dossier) in dossiers_handled(body).into_iter().enumerate() {
        out.push(dossier_statement(body, &dossier, &seal, i + 1, &common));
    }
    out
}

/// What every statement of a result shares.
struct Common {
    actor: Value,
    context: Value,
    timestamp: Option<String>,
    shift_activity: String,
}

impl Common {
    fn new(body: &ResultBody, cfg: &LrsConfig) -> Self {
        let seat = body_seat(body);
        let home_page = if cfg.home_page.trim().is_empty() {
            BASE_IRI
        } else {
            cfg.home_page.trim()
        };
        let mut actor = json!({
            "objectType": "Agent",
            "account": { "homePage": home_page, "name": seat },
        });
        if !body.trainee.trim().is_empty() {
            actor["name"] = json!(body.trainee.trim());
        }
        let mut extensions = Map::new();
        extensions.insert(extension_iri("seat"), json!(seat));
        extensions.insert(extension_iri("scenario-id"), json!(body.scenario_id));
        extensions.insert(extension_iri("scenario-hash"), json!(body.scenario_hash));
        extensions.insert(extension_iri("engine"), json!(body.engine));
        let mut context = Map::new();
        if let Some(code) = session_code(body) {
            extensions.insert(extension_iri("session-code"), json!(code.as_str()));
            context.insert("registration".into(), json!(super::registration_for(&code)));
            context.insert(
                "contextActivities".into(),
                json!({ "grouping": [session_activity(&code)] }),
            );
        }
        context.insert("extensions".into(), Value::Object(extensions));
        Self {
            actor,
            context: Value::Object(context),
            timestamp: finished_of(body).map(|t| t.to_rfc3339()),
            shift_activity: format!("{BASE_IRI}/scenario/{}", iri_segment(&body.scenario_id)),
        }
    }
}

/// The seat the result names, or the seat of its trainee.
fn body_seat(body: &ResultBody) -> String {
    let seat = seat_key(&body.trainee);
    if seat.is_empty() {
        // An account name may not be empty: a nameless trainee sits on seat "-".
        "-".to_owned()
    } else {
        seat
    }
}

/// The session code of the result, when it holds a valid one.
fn session_code(body: &ResultBody) -> Option<SessionCode> {
    body.session
        .as_deref()
        .and_then(|s| SessionCode::parse(s).ok())
}

/// The activity of a session, as a grouping context activity.
fn session_activity(code: &SessionCode) -> Value {
    json!({
        "objectType": "Activity",
        "id": format!("{BASE_IRI}/session/{}", code.as_str()),
        "definition": {
            "type": format!("{BASE_IRI}/activity-type/session"),
            "name": { "en-US": format!("Session {}", code.as_str()) },
        },
    })
}

/// When the shift was finished (wall clock), if the result says.
fn finished_of(body: &ResultBody) -> Option<DateTime<FixedOffset>> {
    times_of(body).1
}

/// The wall-clock start and end of the shift, as far as the result holds them.
fn times_of(_body: &ResultBody) -> (Option<DateTime<FixedOffset>>, Option<DateTime<FixedOffset>>) {
    // The result file gains `started` and `finished` with the session work on main; until
    // then a result has neither.
    (None, None)
}

/// ISO 8601 duration of `seconds` (`PT1H2M3S`, `PT0S`).
pub fn iso_duration(seconds: i64) -> String {
    let s = seconds.max(0);
    let (h, m, sec) = (s / 3600, s % 3600 / 60, s % 60);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if sec > 0 || (h == 0 && m == 0) {
        out.push_str(&format!("{sec}S"));
    }
    out
}

/// A path segment made safe for an IRI: characters outside the unreserved set are
/// percent-encoded (UTF-8).
fn iri_segment(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    if out.is_empty() { "-".to_owned() } else { out }
}

/// A score of 0–100 kept finite and in range.
fn clamp_score(total: f64) -> f64 {
    if total.is_finite() {
        (total.clamp(0.0, 100.0) * 100.0).round() / 100.0
    } else {
        0.0
    }
}

fn verb(id: &str, en: &str) -> Value {
    json!({ "id": id, "display": { "en-US": en } })
}

fn shift_statement(body: &ResultBody, sealed: &str, seal: &str, common: &Common) -> Value {
    let score = &body.score;
    let total = clamp_score(score.total);
    let (verb_id, verb_en) = if score.passed {
        (VERB_PASSED, "passed")
    } else {
        (VERB_FAILED, "failed")
    };
    let mut extensions = Map::new();
    extensions.insert(result_file_extension(), json!(sealed));
    let mut result = json!({
        "score": { "scaled": total / 100.0, "raw": total, "min": 0, "max": 100 },
        "success": score.passed,
        "completion": score.finished,
    });
    if let (Some(start), Some(end)) = times_of(body) {
        result["duration"] = json!(iso_duration((end - start).num_seconds()));
    }
    result["extensions"] = Value::Object(extensions);
    let mut statement = json!({
        "id": statement_id(seal, 0),
        "actor": common.actor,
        "verb": verb(verb_id, verb_en),
        "object": {
            "objectType": "Activity",
            "id": common.shift_activity,
            "definition": {
                "type": format!("{BASE_IRI}/activity-type/shift"),
                "name": { "en-US": format!("Shift: {}", body.scenario_id) },
            },
        },
        "result": result,
        "context": common.context,
    });
    if let Some(t) = &common.timestamp {
        statement["timestamp"] = json!(t);
    }
    statement
}

/// What the score report says about one dossier.
#[derive(Default)]
struct DossierVerdict {
    wrong_decision: bool,
    critical: bool,
    units: f64,
    feedback: Vec<String>,
    citizen: Option<String>,
}

fn dossier_statement(
    body: &ResultBody,
    dossier: &str,
    seal: &str,
    index: usize,
    common: &Common,
) -> Value {
    let mut verdict = DossierVerdict::default();
    for item in body
        .score
        .feedback
        .iter()
        .filter(|f| f.dossier.as_deref() == Some(dossier))
    {
        verdict.wrong_decision |= item.wrong_decision;
        verdict.critical |= item.critical.is_some();
        if item.units.is_finite() {
            verdict.units += item.units;
        }
        verdict.feedback.push(item.message.clone());
        if verdict.citizen.is_none() {
            verdict.citizen.clone_from(&item.citizen);
        }
    }
    let mut extensions = Map::new();
    extensions.insert(
        extension_iri("penalty-units"),
        json!((verdict.units * 100.0).round() / 100.0),
    );
    extensions.insert(extension_iri("feedback"), json!(verdict.feedback));
    if let Some(citizen) = &verdict.citizen {
        extensions.insert(extension_iri("citizen"), json!(citizen));
    }
    let mut context = common.context.clone();
    context["contextActivities"]["parent"] = json!([{
        "objectType": "Activity",
        "id": common.shift_activity,
    }]);
    let mut statement = json!({
        "id": statement_id(seal, index),
        "actor": common.actor,
        "verb": verb(VERB_COMPLETED, "completed"),
        "object": {
            "objectType": "Activity",
            "id": format!("{}/dossier/{}", common.shift_activity, iri_segment(dossier)),
            "definition": {
                "type": format!("{BASE_IRI}/activity-type/dossier"),
                "name": { "en-US": format!("Dossier {dossier}") },
            },
        },
        "result": {
            "success": !verdict.wrong_decision && !verdict.critical,
            "completion": true,
            "extensions": extensions,
        },
        "context": context,
    });
    if let Some(t) = &common.timestamp {
        statement["timestamp"] = json!(t);
    }
    statement
}

/// The dossiers the trainee acted on, in the order of first touch.
pub fn dossiers_handled(body: &ResultBody) -> Vec<String> {
    let mut seen = BTreeMap::new();
    let mut order = Vec::new();
    for action in &body.actions {
        if let Some(d) = dossier_of(action)
            && seen.insert(d.to_owned(), ()).is_none()
        {
            order.push(d.to_owned());
        }
    }
    order
}

/// The dossier an action works on, if it names one.
fn dossier_of(action: &Action) -> Option<&str> {
    match action {
        Action::FillField { dossier, .. }
        | Action::Attach { dossier, .. }
        | Action::CertifyCopy { dossier, .. }
        | Action::SetFee { dossier, .. }
        | Action::CollectFee { dossier, .. }
        | Action::IssueReceipt { dossier, .. }
        | Action::Transfer { dossier, .. }
        | Action::Sync { dossier, .. }
        | Action::ReturnResult { dossier, .. }
        | Action::RecordWithdrawal { dossier, .. }
        | Action::SendApology { dossier, .. } => Some(dossier),
        Action::RequestSupplement { dossier, .. } | Action::Refuse { dossier, .. } => {
            dossier.as_deref()
        }
        _ => None,
    }
}
