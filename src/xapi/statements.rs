//! xAPI 1.0.3 statements built from a sealed result: one for the shift, one per dossier
//! handled. See the [parent module](super) for the IRIs.
//!
//! Every statement's id is [`derived_uuid`]`("motcua-xapi-statement", seal, index)`: index 0
//! is the shift, 1… the cases ([`cases`]): the dossiers in the order the trainee first
//! touched them, then the citizens the score names without such a dossier. The seal is
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

/// The statements of one sealed result: the shift's first, then one per case ([`cases`]).
/// `sealed` is the complete text of the result file of `body` (it travels in the shift
/// statement); `cfg` gives the actor's account home page.
pub fn statements_for(body: &ResultBody, sealed: &str, cfg: &LrsConfig) -> Vec<Value> {
    let seal = seal_of(sealed);
    let common = Common::new(body, cfg);
    let mut out = vec![shift_statement(body, sealed, &seal, &common)];
    for (i, case) in cases(body).iter().enumerate() {
        out.push(case_statement(body, case, &seal, i + 1, &common));
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
    let seat = body
        .seat
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map_or_else(|| seat_key(&body.trainee), str::to_owned);
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

/// The wall-clock start and end of the shift, as far as the result holds them (a time that
/// is not RFC 3339 counts as absent).
fn times_of(body: &ResultBody) -> (Option<DateTime<FixedOffset>>, Option<DateTime<FixedOffset>>) {
    let parse = |t: &Option<String>| {
        t.as_deref()
            .and_then(|t| DateTime::parse_from_rfc3339(t.trim()).ok())
    };
    (parse(&body.started), parse(&body.finished))
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

/// A case of the shift as the result tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Case {
    /// A dossier the trainee acted on (by its code).
    Dossier(String),
    /// A citizen the score names (by arrival id) whose case had no dossier the trainee
    /// acted on: a refusal or a supplement request at the counter, a result collected, a
    /// citizen not served…
    Citizen(String),
}

/// The cases of a result, each with its statement: first the dossiers the trainee acted
/// on (order of first touch), then the citizens the score's feedback names that no such
/// dossier covers (order of their first feedback item). A citizen served without a
/// dossier and without any feedback has no statement of its own (the result file in the
/// shift statement still holds the whole run).
pub fn cases(body: &ResultBody) -> Vec<Case> {
    let dossiers = dossiers_handled(body);
    let mut covered: BTreeMap<&str, ()> = BTreeMap::new();
    for item in &body.score.feedback {
        if let (Some(c), Some(d)) = (&item.citizen, &item.dossier)
            && dossiers.contains(d)
        {
            covered.insert(c, ());
        }
    }
    let mut citizens: Vec<String> = Vec::new();
    for item in &body.score.feedback {
        if let Some(c) = &item.citizen
            && !covered.contains_key(c.as_str())
            && !citizens.contains(c)
        {
            citizens.push(c.clone());
        }
    }
    dossiers
        .into_iter()
        .map(Case::Dossier)
        .chain(citizens.into_iter().map(Case::Citizen))
        .collect()
}

/// What the score report says about one case.
#[derive(Default)]
struct Verdict {
    wrong_decision: bool,
    critical: bool,
    units: f64,
    feedback: Vec<String>,
    citizen: Option<String>,
}

impl Verdict {
    fn of(body: &ResultBody, case: &Case) -> Self {
        let handled = dossiers_handled(body);
        let mut verdict = Self::default();
        let belongs = |f: &crate::score::Feedback| match case {
            Case::Dossier(d) => f.dossier.as_deref() == Some(d.as_str()),
            Case::Citizen(c) => {
                f.citizen.as_deref() == Some(c.as_str())
                    && f.dossier.as_ref().is_none_or(|d| !handled.contains(d))
            }
        };
        for item in body.score.feedback.iter().filter(|f| belongs(f)) {
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
        if let Case::Citizen(c) = case {
            verdict.citizen = Some(c.clone());
        }
        verdict
    }
}

fn case_statement(
    body: &ResultBody,
    case: &Case,
    seal: &str,
    index: usize,
    common: &Common,
) -> Value {
    let verdict = Verdict::of(body, case);
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
    let (kind, id, name) = match case {
        Case::Dossier(d) => ("dossier", d, format!("Dossier {d}")),
        Case::Citizen(c) => ("citizen", c, format!("Citizen {c}")),
    };
    let mut statement = json!({
        "id": statement_id(seal, index),
        "actor": common.actor,
        "verb": verb(VERB_COMPLETED, "completed"),
        "object": {
            "objectType": "Activity",
            "id": format!("{}/{kind}/{}", common.shift_activity, iri_segment(id)),
            "definition": {
                "type": format!("{BASE_IRI}/activity-type/{kind}-case"),
                "name": { "en-US": name },
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
        if let Some(d) = action.dossier()
            && seen.insert(d.to_owned(), ()).is_none()
        {
            order.push(d.to_owned());
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::record::result::{decode_result, encode_result};
    use crate::scenario::Mode;
    use crate::session::{Seeding, SessionPlan};

    const CARELESS: &str =
        include_str!("../../tests/fixtures/results/exam-shift-careless-exam.motcua");
    const EXPERT: &str = include_str!("../../tests/fixtures/results/exam-shift-expert-exam.motcua");

    fn body_of(text: &str) -> ResultBody {
        decode_result(Path::new("fixture.motcua"), text.as_bytes()).expect("the fixture reads")
    }

    fn cfg() -> LrsConfig {
        LrsConfig {
            endpoint: "http://127.0.0.1:8100/xAPI".to_owned(),
            username: "u".to_owned(),
            password: "p".to_owned(),
            home_page: "https://lms.example.edu.vn".to_owned(),
        }
    }

    /// The fixture body in a conference session, resealed.
    fn in_session(text: &str) -> (ResultBody, String, SessionCode) {
        let code = SessionPlan::new("exam-shift", Mode::Exam, Seeding::Shared, 99).code();
        let mut body = body_of(text);
        body.session = Some(code.as_str().to_owned());
        let sealed = encode_result(Path::new("x.motcua"), &body).expect("encodes");
        (body, sealed, code)
    }

    /// Every string in a JSON value, with its path.
    fn strings<'a>(v: &'a Value, path: String, out: &mut Vec<(String, &'a str)>) {
        match v {
            Value::String(s) => out.push((path, s)),
            Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, x)| strings(x, format!("{path}[{i}]"), out)),
            Value::Object(o) => o
                .iter()
                .for_each(|(k, x)| strings(x, format!("{path}.{k}"), out)),
            _ => {}
        }
    }

    #[test]
    fn ids_are_stable_distinct_and_follow_the_seal_not_the_line_ends() {
        let body = body_of(CARELESS);
        let a = statements_for(&body, CARELESS, &cfg());
        let b = statements_for(&body, CARELESS, &cfg());
        let ids = |s: &[Value]| -> Vec<String> {
            s.iter()
                .map(|x| x["id"].as_str().unwrap_or_default().to_owned())
                .collect()
        };
        assert_eq!(ids(&a), ids(&b));
        let unique: std::collections::BTreeSet<_> = ids(&a).into_iter().collect();
        assert_eq!(unique.len(), a.len());
        let crlf = CARELESS.replace('\n', "\r\n");
        assert_eq!(ids(&statements_for(&body, &crlf, &cfg())), ids(&a));
        // The shift's id is index 0 of the seal written on the file's last line.
        let seal = CARELESS
            .lines()
            .last()
            .and_then(|l| l.strip_prefix("SEAL "))
            .expect("a sealed fixture");
        assert_eq!(a[0]["id"], statement_id(seal, 0));
        // Another result, other ids.
        let expert = statements_for(&body_of(EXPERT), EXPERT, &cfg());
        assert_ne!(expert[0]["id"], a[0]["id"]);
    }

    #[test]
    fn the_shift_statement_carries_verdict_score_actor_and_the_whole_file() {
        let body = body_of(CARELESS);
        let s = &statements_for(&body, CARELESS, &cfg())[0];
        // The careless exam fails (critical errors, a total far below the pass mark).
        assert!(!body.score.passed);
        assert_eq!(s["verb"]["id"], VERB_FAILED);
        assert_eq!(s["result"]["success"], false);
        assert_eq!(s["result"]["completion"], body.score.finished);
        assert_eq!(s["result"]["score"]["raw"], 7.6);
        assert_eq!(s["result"]["score"]["scaled"], 0.076);
        assert_eq!(s["result"]["score"]["min"], 0);
        assert_eq!(s["result"]["score"]["max"], 100);
        assert_eq!(s["actor"]["objectType"], "Agent");
        assert_eq!(s["actor"]["name"], "Học viên mẫu");
        assert_eq!(s["actor"]["account"]["name"], "học viên mẫu");
        assert_eq!(
            s["actor"]["account"]["homePage"],
            "https://lms.example.edu.vn"
        );
        assert_eq!(
            s["object"]["id"],
            "https://motcua.app/xapi/scenario/exam-shift"
        );
        assert_eq!(
            s["result"]["extensions"]["https://motcua.app/xapi/extensions/result-file"],
            CARELESS
        );
        let ext = &s["context"]["extensions"];
        assert_eq!(
            ext["https://motcua.app/xapi/extensions/scenario-id"],
            "exam-shift"
        );
        assert_eq!(
            ext["https://motcua.app/xapi/extensions/scenario-hash"],
            body.scenario_hash.as_str()
        );
        assert_eq!(body.scenario_hash.len(), 64, "a SHA-256 in hex");
        assert_eq!(
            ext["https://motcua.app/xapi/extensions/engine"],
            "motcua-engine/0.1.0/6"
        );
        assert_eq!(
            ext["https://motcua.app/xapi/extensions/seat"],
            "học viên mẫu"
        );

        let expert = body_of(EXPERT);
        assert!(expert.score.passed);
        let s = &statements_for(&expert, EXPERT, &cfg())[0];
        assert_eq!(s["verb"]["id"], VERB_PASSED);
        assert_eq!(s["result"]["score"]["scaled"], 1.0);
    }

    #[test]
    fn a_result_without_a_valid_session_code_has_no_registration() {
        // The fixtures were played in a class named "fixtures": not a session code.
        let body = body_of(CARELESS);
        for s in statements_for(&body, CARELESS, &cfg()) {
            assert!(s["context"].get("registration").is_none());
            assert!(s["context"]["contextActivities"].get("grouping").is_none());
            assert!(
                s["context"]["extensions"]
                    .get("https://motcua.app/xapi/extensions/session-code")
                    .is_none()
            );
        }
    }

    #[test]
    fn every_statement_of_a_session_is_registered_and_grouped_under_it() {
        let (body, sealed, code) = in_session(CARELESS);
        let all = statements_for(&body, &sealed, &cfg());
        assert!(all.len() > 1);
        for s in &all {
            let ctx = &s["context"];
            assert_eq!(ctx["registration"], crate::xapi::registration_for(&code));
            assert_eq!(
                ctx["contextActivities"]["grouping"][0]["id"],
                format!("https://motcua.app/xapi/session/{}", code.as_str())
            );
            assert_eq!(
                ctx["extensions"]["https://motcua.app/xapi/extensions/session-code"],
                code.as_str()
            );
        }
    }

    #[test]
    fn one_statement_per_case_dossiers_first_then_citizens_named_by_the_score() {
        let mut body = body_of(CARELESS);
        let action = |ron: &str| ron::from_str::<crate::sim::Action>(ron).expect("an action");
        body.actions = vec![
            action("CallNext"),
            action(r#"SetFee(dossier: "D1", amount: 0)"#),
            action(r#"Attach(dossier: "D/2", scan: 0, component: "c")"#),
            action(r#"IssueReceipt(dossier: "D1", appointment: "2026-12-01")"#),
            action(r#"Refuse(dossier: None, procedure: "p", ground: "g")"#),
            action(r#"RequestSupplement(dossier: Some("D3"), components: [])"#),
            action("EndShift"),
        ];
        let mut wrong = body.score.feedback[0].clone();
        wrong.dossier = Some("D/2".to_owned());
        wrong.citizen = Some("a7".to_owned());
        wrong.wrong_decision = true;
        wrong.critical = None;
        wrong.units = 2.5;
        wrong.message = "fb-test".to_owned();
        let mut refused = wrong.clone();
        refused.dossier = None;
        refused.citizen = Some("g2".to_owned());
        refused.message = "fb-refused".to_owned();
        refused.units = 1.0;
        let mut slow = refused.clone();
        slow.wrong_decision = false;
        slow.message = "fb-slow".to_owned();
        body.score.feedback = vec![wrong, refused, slow];
        let all = statements_for(&body, CARELESS, &cfg());
        let objects: Vec<&str> = all[1..]
            .iter()
            .map(|s| s["object"]["id"].as_str().unwrap_or_default())
            .collect();
        let base = "https://motcua.app/xapi/scenario/exam-shift/dossier/";
        assert_eq!(
            objects,
            [
                format!("{base}D1"),
                format!("{base}D%2F2"),
                format!("{base}D3"),
                "https://motcua.app/xapi/scenario/exam-shift/citizen/g2".to_owned(),
            ]
        );
        for s in &all[1..] {
            assert_eq!(s["verb"]["id"], VERB_COMPLETED);
            assert_eq!(
                s["context"]["contextActivities"]["parent"][0]["id"],
                "https://motcua.app/xapi/scenario/exam-shift"
            );
        }
        assert_eq!(all[1]["result"]["success"], true);
        assert_eq!(all[2]["result"]["success"], false);
        let ext = &all[2]["result"]["extensions"];
        assert_eq!(ext["https://motcua.app/xapi/extensions/penalty-units"], 2.5);
        assert_eq!(
            ext["https://motcua.app/xapi/extensions/feedback"][0],
            "fb-test"
        );
        assert_eq!(ext["https://motcua.app/xapi/extensions/citizen"], "a7");
        assert_eq!(all[3]["result"]["success"], true);
        // The citizen refused without a dossier: a case of its own, with both its items.
        assert_eq!(all[4]["result"]["success"], false);
        let ext = &all[4]["result"]["extensions"];
        assert_eq!(ext["https://motcua.app/xapi/extensions/penalty-units"], 2.0);
        assert_eq!(
            ext["https://motcua.app/xapi/extensions/feedback"],
            json!(["fb-refused", "fb-slow"])
        );
        assert_eq!(ext["https://motcua.app/xapi/extensions/citizen"], "g2");
    }

    #[test]
    fn the_json_shape_is_what_xapi_asks() {
        let (body, sealed, _) = in_session(CARELESS);
        let all = statements_for(&body, &sealed, &cfg());
        let text = serde_json::to_string(&all).expect("serializes");
        let back: Vec<Value> = serde_json::from_str(&text).expect("parses");
        assert_eq!(back, all);
        for s in &all {
            for key in ["id", "actor", "verb", "object", "result", "context"] {
                assert!(s.get(key).is_some(), "{key} missing in {s}");
            }
            assert!(s["verb"]["display"]["en-US"].is_string());
            assert!(s["object"]["definition"]["type"].is_string());
            let mut all_strings = Vec::new();
            strings(s, String::new(), &mut all_strings);
            for (path, value) in all_strings {
                assert!(!value.is_empty(), "empty string at {path}");
            }
            for map in [&s["context"]["extensions"], &s["result"]["extensions"]] {
                let keys = map
                    .as_object()
                    .map(|m| m.keys().cloned().collect::<Vec<_>>());
                for key in keys.unwrap_or_default() {
                    assert!(
                        key.starts_with("https://motcua.app/xapi/extensions/"),
                        "{key}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_nameless_trainee_still_has_an_account_and_no_empty_name() {
        let mut body = body_of(EXPERT);
        body.trainee = "   ".to_owned();
        body.seat = None;
        let s = &statements_for(&body, EXPERT, &LrsConfig::default())[0];
        assert!(s["actor"].get("name").is_none());
        assert_eq!(s["actor"]["account"]["name"], "-");
        assert_eq!(s["actor"]["account"]["homePage"], BASE_IRI);
    }

    #[test]
    fn duration_and_timestamp_come_from_the_wall_clock_times() {
        let mut body = body_of(EXPERT);
        body.started = Some("2026-11-30T08:00:00Z".to_owned());
        body.finished = Some("2026-11-30T09:02:05Z".to_owned());
        for s in statements_for(&body, EXPERT, &cfg()) {
            assert_eq!(s["timestamp"], "2026-11-30T09:02:05+00:00");
        }
        let shift = &statements_for(&body, EXPERT, &cfg())[0];
        assert_eq!(shift["result"]["duration"], "PT1H2M5S");
        // A time that is not RFC 3339 is left out, never guessed.
        body.started = Some("yesterday".to_owned());
        let shift = &statements_for(&body, EXPERT, &cfg())[0];
        assert!(shift["result"].get("duration").is_none());
        assert_eq!(shift["timestamp"], "2026-11-30T09:02:05+00:00");
    }

    #[test]
    fn the_seat_written_in_the_result_is_the_account() {
        let mut body = body_of(EXPERT);
        body.seat = Some("nguyễn văn an".to_owned());
        let s = &statements_for(&body, EXPERT, &cfg())[0];
        assert_eq!(s["actor"]["account"]["name"], "nguyễn văn an");
        assert_eq!(
            s["context"]["extensions"]["https://motcua.app/xapi/extensions/seat"],
            "nguyễn văn an"
        );
    }

    #[test]
    fn durations_are_iso_8601() {
        assert_eq!(iso_duration(0), "PT0S");
        assert_eq!(iso_duration(59), "PT59S");
        assert_eq!(iso_duration(60), "PT1M");
        assert_eq!(iso_duration(3725), "PT1H2M5S");
        assert_eq!(iso_duration(7200), "PT2H");
        assert_eq!(iso_duration(-5), "PT0S");
    }

    #[test]
    fn a_text_without_a_seal_line_still_gets_stable_ids() {
        assert_eq!(seal_of("no seal here"), sha256_hex(b"no seal here"));
        assert_eq!(seal_of("x\nSEAL abc\n"), "abc");
        assert_eq!(seal_of("x\r\nSEAL abc\r\n"), "abc");
    }
}
