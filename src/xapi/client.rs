//! The LRS client: `POST statements`, the connection test, and reading a session's results
//! back. HTTP by `ureq` (rustls, no OpenSSL), every request with a timeout, Basic auth and
//! `X-Experience-API-Version: 1.0.3`.
//!
//! How a response to a batch is taken ([`post_statements`]):
//! - 200 / 204 → stored; 409 (the ids exist already: an earlier try got through) → stored.
//! - 401 / 403 → [`LrsError::BadCredentials`]; 404 → [`LrsError::NotAnLrs`]; 408 / 429 /
//!   5xx → [`LrsError::Server`]; no answer → [`LrsError::Unreachable`]: the LRS or the
//!   network is at fault, the batch waits and is tried again later
//!   ([`LrsError::is_retryable`]).
//! - any other 4xx → [`LrsError::Rejected`] with the LRS's own message: the batch itself is
//!   refused, so sending it again unchanged cannot help.

use std::time::Duration;

use base64::Engine as _;
use serde_json::Value;
use thiserror::Error;

use crate::session::SessionCode;

/// How long one request may take, connection included.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// Most bytes read from one response (a page of statements each holding a result file).
const MAX_RESPONSE_BYTES: u64 = 256 * 1024 * 1024;
/// Most pages followed by [`fetch_session`] (a guard against an LRS whose `more` loops).
const MAX_PAGES: usize = 10_000;
/// Most characters of an LRS's message kept in an error.
const MAX_MESSAGE_CHARS: usize = 300;

/// Where the LRS is and who we are to it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LrsConfig {
    /// The xAPI endpoint, e.g. `http://127.0.0.1:8100/xAPI` (with or without a trailing
    /// slash); `statements` and `about` are resolved under it.
    pub endpoint: String,
    /// Basic auth user name (the LRS's key).
    pub username: String,
    /// Basic auth password (the LRS's secret).
    pub password: String,
    /// The home page of the learners' accounts (`actor.account.homePage`); empty means
    /// [`super::BASE_IRI`].
    pub home_page: String,
}

impl LrsConfig {
    /// The URL of a resource under the endpoint (`statements`, `about`).
    pub fn url(&self, resource: &str) -> String {
        format!("{}/{resource}", self.endpoint.trim().trim_end_matches('/'))
    }

    /// The `Authorization` header's value.
    fn authorization(&self) -> String {
        let pair = format!("{}:{}", self.username, self.password);
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(pair)
        )
    }

    /// `scheme://host[:port]` of the endpoint, to resolve the `more` links of an LRS.
    fn origin(&self) -> Option<String> {
        let endpoint = self.endpoint.trim();
        let scheme_end = endpoint.find("://")? + 3;
        let host_end = endpoint[scheme_end..]
            .find('/')
            .map_or(endpoint.len(), |i| scheme_end + i);
        Some(endpoint[..host_end].to_owned())
    }
}

/// Why talking to the LRS failed.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum LrsError {
    /// The endpoint is not an http(s) URL.
    #[error("“{endpoint}” is not an LRS address (http://… or https://…)")]
    BadEndpoint {
        /// What was configured.
        endpoint: String,
    },
    /// No answer: refused, name not found, timeout, TLS failure.
    #[error("{url}: no answer from the LRS: {message}")]
    Unreachable {
        /// The request's URL.
        url: String,
        /// What the network said.
        message: String,
    },
    /// Something answered, but not as an xAPI LRS does.
    #[error("{url}: this is not an xAPI LRS ({message})")]
    NotAnLrs {
        /// The request's URL.
        url: String,
        /// What was wrong with the answer.
        message: String,
    },
    /// 401 or 403: the user name or the password is wrong, or lacks the right.
    #[error("{url}: the LRS refused the user name or password (HTTP {status})")]
    BadCredentials {
        /// The request's URL.
        url: String,
        /// 401 or 403.
        status: u16,
    },
    /// The LRS refused the batch itself (4xx other than 401, 403, 404, 408, 409, 429).
    #[error("{url}: the LRS rejected the statements (HTTP {status}): {message}")]
    Rejected {
        /// The request's URL.
        url: String,
        /// The status.
        status: u16,
        /// The LRS's message, shortened.
        message: String,
    },
    /// The LRS failed (5xx) or asked us to wait (408, 429).
    #[error("{url}: the LRS failed (HTTP {status}): {message}")]
    Server {
        /// The request's URL.
        url: String,
        /// The status.
        status: u16,
        /// The LRS's message, shortened.
        message: String,
    },
}

impl LrsError {
    /// True when the same request may succeed later unchanged (the LRS or the network was
    /// at fault); false for a bad address or a rejected batch.
    pub fn is_retryable(&self) -> bool {
        !matches!(self, Self::BadEndpoint { .. } | Self::Rejected { .. })
    }
}

/// What the LRS said to a batch it accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// Stored now (200 or 204).
    Now,
    /// Its ids were stored already (409): an earlier try got through.
    Already,
}

/// A result read back from the LRS: a shift statement's id and the sealed result file it
/// carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchedResult {
    /// The statement's id.
    pub statement_id: String,
    /// The sealed `.motcua` text, as bytes for [`crate::record::verify::verify_bytes`].
    pub result_file: Vec<u8>,
}

/// One HTTP agent with our timeout; statuses are answers, not errors.
fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .build()
        .into()
}

/// A response: status and body.
struct Answer {
    status: u16,
    body: Vec<u8>,
}

impl Answer {
    /// The body as text, cut for an error message.
    fn message(&self) -> String {
        let text = String::from_utf8_lossy(&self.body);
        let text = text.trim();
        // An xAPI LRS often answers `{"detail": …}`, `{"message": …}` or `{"error": …}`.
        let from_json = serde_json::from_str::<Value>(text).ok().and_then(|v| {
            ["detail", "message", "error"].iter().find_map(|k| {
                v.get(*k)
                    .map(|m| m.as_str().map_or(m.to_string(), str::to_owned))
            })
        });
        let text = from_json.unwrap_or_else(|| text.to_owned());
        let mut short: String = text.chars().take(MAX_MESSAGE_CHARS).collect();
        if short.len() < text.len() {
            short.push('…');
        }
        if short.is_empty() {
            "no message".to_owned()
        } else {
            short
        }
    }
}

fn check_endpoint(cfg: &LrsConfig) -> Result<(), LrsError> {
    let e = cfg.endpoint.trim();
    let ok =
        (e.starts_with("http://") && e.len() > 7) || (e.starts_with("https://") && e.len() > 8);
    if ok {
        Ok(())
    } else {
        Err(LrsError::BadEndpoint {
            endpoint: cfg.endpoint.clone(),
        })
    }
}

fn unreachable(url: &str, e: &ureq::Error) -> LrsError {
    LrsError::Unreachable {
        url: url.to_owned(),
        message: e.to_string(),
    }
}

/// Sends one request and reads the whole answer.
fn exchange(
    cfg: &LrsConfig,
    timeout: Duration,
    url: &str,
    post: Option<&[u8]>,
    authenticated: bool,
) -> Result<Answer, LrsError> {
    let agent = agent(timeout);
    let response = match post {
        Some(bytes) => {
            let mut req = agent
                .post(url)
                .header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json");
            if authenticated {
                req = req.header("Authorization", cfg.authorization());
            }
            req.send(bytes)
        }
        None => {
            let mut req = agent.get(url).header("X-Experience-API-Version", "1.0.3");
            if authenticated {
                req = req.header("Authorization", cfg.authorization());
            }
            req.call()
        }
    }
    .map_err(|e| unreachable(url, &e))?;
    let status = response.status().as_u16();
    let body = response
        .into_body()
        .with_config()
        .limit(MAX_RESPONSE_BYTES)
        .read_to_vec()
        .map_err(|e| unreachable(url, &e))?;
    Ok(Answer { status, body })
}

/// The error for a status that is not a success.
fn status_error(url: &str, answer: &Answer) -> LrsError {
    let url = url.to_owned();
    match answer.status {
        401 | 403 => LrsError::BadCredentials {
            url,
            status: answer.status,
        },
        404 => LrsError::NotAnLrs {
            url,
            message: "HTTP 404: nothing there".to_owned(),
        },
        408 | 429 | 500..=599 => LrsError::Server {
            url,
            status: answer.status,
            message: answer.message(),
        },
        400..=499 => LrsError::Rejected {
            url,
            status: answer.status,
            message: answer.message(),
        },
        other => LrsError::NotAnLrs {
            url,
            message: format!("unexpected HTTP {other}"),
        },
    }
}

/// Posts a batch of statements (a JSON array). Stored (200/204) and already stored (409)
/// are both success: the ids are the LRS's and nothing is duplicated.
pub fn post_statements(cfg: &LrsConfig, statements: &[Value]) -> Result<Stored, LrsError> {
    post_statements_within(cfg, statements, REQUEST_TIMEOUT)
}

/// [`post_statements`] with another timeout (tests).
pub(crate) fn post_statements_within(
    cfg: &LrsConfig,
    statements: &[Value],
    timeout: Duration,
) -> Result<Stored, LrsError> {
    check_endpoint(cfg)?;
    let url = cfg.url("statements");
    let bytes = serde_json::to_vec(statements).map_err(|e| LrsError::Rejected {
        url: url.clone(),
        status: 0,
        message: e.to_string(),
    })?;
    let answer = exchange(cfg, timeout, &url, Some(&bytes), true)?;
    match answer.status {
        200 | 204 => Ok(Stored::Now),
        409 => Ok(Stored::Already),
        _ => Err(status_error(&url, &answer)),
    }
}

/// What the connection test found: the xAPI versions the LRS speaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LrsAbout {
    /// `version` of `GET about`, e.g. `["1.0.3"]`; empty when the LRS serves no `about`
    /// (ralph-malph) but answers the statements request as an LRS.
    pub versions: Vec<String>,
}

/// Tests the settings: `GET about` (is something there, and is it an LRS?), then an
/// authenticated `GET statements?limit=1` (are the credentials good, and is the answer a
/// list of statements?). An LRS without `about` (404) passes on its statements alone.
pub fn test_connection(cfg: &LrsConfig) -> Result<LrsAbout, LrsError> {
    test_connection_within(cfg, REQUEST_TIMEOUT)
}

/// [`test_connection`] with another timeout (tests).
pub(crate) fn test_connection_within(
    cfg: &LrsConfig,
    timeout: Duration,
) -> Result<LrsAbout, LrsError> {
    check_endpoint(cfg)?;
    let url = cfg.url("about");
    let answer = exchange(cfg, timeout, &url, None, false)?;
    // Not every LRS serves `about` (ralph-malph has none): a 404 there leaves the verdict
    // to the statements request below, which must then answer as an LRS does.
    let versions = if answer.status == 404 {
        Vec::new()
    } else {
        about_versions(&url, &answer)?
    };
    let url = format!("{}?limit=1", cfg.url("statements"));
    let answer = exchange(cfg, timeout, &url, None, true)?;
    if answer.status != 200 {
        return Err(status_error(&url, &answer));
    }
    let is_statement_result = serde_json::from_slice::<Value>(&answer.body)
        .ok()
        .is_some_and(|v| v.get("statements").is_some_and(Value::is_array));
    if !is_statement_result {
        return Err(LrsError::NotAnLrs {
            url,
            message: "its answer has no “statements” list".to_owned(),
        });
    }
    Ok(LrsAbout { versions })
}

/// The xAPI versions of an answer to `GET about`.
fn about_versions(url: &str, answer: &Answer) -> Result<Vec<String>, LrsError> {
    if answer.status != 200 {
        return Err(match status_error(url, answer) {
            LrsError::Rejected { status, .. } => LrsError::NotAnLrs {
                url: url.to_owned(),
                message: format!("HTTP {status}"),
            },
            other => other,
        });
    }
    serde_json::from_slice::<Value>(&answer.body)
        .ok()
        .and_then(|v| {
            v.get("version")?.as_array().map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_owned))
                    .collect::<Vec<_>>()
            })
        })
        .filter(|v| !v.is_empty())
        .ok_or_else(|| LrsError::NotAnLrs {
            url: url.to_owned(),
            message: "its “about” has no xAPI version".to_owned(),
        })
}

/// Reads back every result of a session: the statements whose registration is the
/// session's, following `more` page by page, keeping those that carry a result file (the
/// shift statements). A statement id seen twice is kept once.
pub fn fetch_session(cfg: &LrsConfig, code: &SessionCode) -> Result<Vec<FetchedResult>, LrsError> {
    check_endpoint(cfg)?;
    let registration = super::registration_for(code);
    let mut url = format!(
        "{}?registration={registration}&limit=100",
        cfg.url("statements")
    );
    let extension = super::statements::result_file_extension();
    let mut out = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..MAX_PAGES {
        let answer = exchange(cfg, REQUEST_TIMEOUT, &url, None, true)?;
        if answer.status != 200 {
            return Err(status_error(&url, &answer));
        }
        let page: Value = serde_json::from_slice(&answer.body).map_err(|e| LrsError::NotAnLrs {
            url: url.clone(),
            message: format!("the statements are not JSON: {e}"),
        })?;
        let statements = page
            .get("statements")
            .and_then(Value::as_array)
            .ok_or_else(|| LrsError::NotAnLrs {
                url: url.clone(),
                message: "the answer has no “statements” list".to_owned(),
            })?;
        for statement in statements {
            let id = statement.get("id").and_then(Value::as_str);
            let file = statement
                .get("result")
                .and_then(|r| r.get("extensions"))
                .and_then(|x| x.get(&extension))
                .and_then(Value::as_str);
            if let (Some(id), Some(file)) = (id, file)
                && seen.insert(id.to_owned())
            {
                out.push(FetchedResult {
                    statement_id: id.to_owned(),
                    result_file: file.as_bytes().to_vec(),
                });
            }
        }
        let more = page
            .get("more")
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|m| !m.is_empty());
        match more {
            None => return Ok(out),
            Some(more) => url = resolve_more(cfg, more),
        }
    }
    Err(LrsError::NotAnLrs {
        url,
        message: format!("more than {MAX_PAGES} pages of statements"),
    })
}

/// The URL of a `more` link: absolute as given, or relative to the endpoint's origin.
fn resolve_more(cfg: &LrsConfig, more: &str) -> String {
    if more.starts_with("http://") || more.starts_with("https://") {
        more.to_owned()
    } else if more.starts_with('/') {
        format!("{}{more}", cfg.origin().unwrap_or_default())
    } else {
        cfg.url(more)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::xapi::test_server::{Reply, closed_endpoint, serve};
    use serde_json::json;

    fn cfg(endpoint: &str) -> LrsConfig {
        LrsConfig {
            endpoint: endpoint.to_owned(),
            username: "user".to_owned(),
            password: "pass".to_owned(),
            home_page: String::new(),
        }
    }

    fn batch() -> Vec<Value> {
        vec![json!({ "id": "00000000-0000-5000-8000-000000000000" })]
    }

    #[test]
    fn a_batch_is_posted_with_the_xapi_headers_and_basic_auth() {
        let server =
            serve(|_, _| Reply::Status(200, r#"["00000000-0000-5000-8000-000000000000"]"#.into()));
        for endpoint in [server.endpoint.clone(), format!("{}/", server.endpoint)] {
            assert_eq!(post_statements(&cfg(&endpoint), &batch()), Ok(Stored::Now));
        }
        let seen = server.seen();
        assert_eq!(seen.len(), 2);
        for request in seen {
            assert_eq!(request.method, "POST");
            assert_eq!(request.target, "/xapi/statements");
            assert_eq!(request.header("X-Experience-API-Version"), Some("1.0.3"));
            // base64("user:pass")
            assert_eq!(request.header("Authorization"), Some("Basic dXNlcjpwYXNz"));
            assert_eq!(request.header("Content-Type"), Some("application/json"));
            let body: Value = serde_json::from_slice(&request.body).expect("JSON body");
            assert_eq!(body, Value::Array(batch()));
        }
    }

    #[test]
    fn ids_the_lrs_has_already_count_as_delivered() {
        let server = serve(|_, _| Reply::Status(409, r#"{"detail":"exists"}"#.into()));
        assert_eq!(
            post_statements(&cfg(&server.endpoint), &batch()),
            Ok(Stored::Already)
        );
    }

    #[test]
    fn each_failure_is_told_apart_and_only_the_batchs_own_is_final() {
        let cases: [(u16, &str); 4] = [
            (401, r#"{"detail":"Invalid authentication credentials"}"#),
            (400, r#"{"detail":"verb.id is not an IRI"}"#),
            (500, "Internal Server Error"),
            (429, ""),
        ];
        for (status, body) in cases {
            let server = serve(move |_, _| Reply::Status(status, body.to_owned()));
            let url = format!("{}/statements", server.endpoint);
            let got = post_statements(&cfg(&server.endpoint), &batch());
            let want = match status {
                401 => LrsError::BadCredentials { url, status },
                400 => LrsError::Rejected {
                    url,
                    status,
                    message: "verb.id is not an IRI".to_owned(),
                },
                500 => LrsError::Server {
                    url,
                    status,
                    message: "Internal Server Error".to_owned(),
                },
                _ => LrsError::Server {
                    url,
                    status,
                    message: "no message".to_owned(),
                },
            };
            assert_eq!(got.as_ref().err(), Some(&want), "HTTP {status}");
            assert_eq!(want.is_retryable(), status != 400, "HTTP {status}");
        }
    }

    #[test]
    fn the_rejection_message_says_what_the_lrs_said() {
        let e = LrsError::Rejected {
            url: "http://lrs/xapi/statements".to_owned(),
            status: 400,
            message: "verb.id is not an IRI".to_owned(),
        };
        assert_eq!(
            e.to_string(),
            "http://lrs/xapi/statements: the LRS rejected the statements (HTTP 400): verb.id is not an IRI"
        );
    }

    #[test]
    fn no_listener_garbage_and_silence_are_unreachable_and_retried() {
        let closed = closed_endpoint();
        let garbage = serve(|_, _| Reply::Raw(b"hello, this is not HTTP\r\n\r\n"));
        let silent = serve(|_, _| Reply::Silent(Duration::from_secs(5)));
        for endpoint in [closed, garbage.endpoint.clone(), silent.endpoint.clone()] {
            let started = std::time::Instant::now();
            let got = post_statements_within(&cfg(&endpoint), &batch(), Duration::from_millis(500));
            match got {
                Err(e @ LrsError::Unreachable { .. }) => assert!(e.is_retryable()),
                other => panic!("{endpoint}: {other:?}"),
            }
            assert!(
                started.elapsed() < Duration::from_secs(4),
                "{endpoint}: waited too long"
            );
        }
    }

    #[test]
    fn an_endpoint_that_is_no_url_is_refused_before_any_request() {
        for endpoint in ["", "127.0.0.1:8100/xapi", "ftp://lrs/xapi", "http://"] {
            assert_eq!(
                post_statements(&cfg(endpoint), &batch()),
                Err(LrsError::BadEndpoint {
                    endpoint: endpoint.to_owned()
                })
            );
        }
    }

    #[test]
    fn the_connection_test_tells_a_web_page_from_an_lrs_and_checks_the_credentials() {
        let lrs = serve(|r, _| {
            if r.target.ends_with("/about") {
                Reply::Status(200, r#"{"version":["1.0.3"]}"#.into())
            } else if r.header("Authorization") == Some("Basic dXNlcjpwYXNz") {
                Reply::Status(200, r#"{"statements":[],"more":""}"#.into())
            } else {
                Reply::Status(401, String::new())
            }
        });
        assert_eq!(
            test_connection(&cfg(&lrs.endpoint)),
            Ok(LrsAbout {
                versions: vec!["1.0.3".to_owned()]
            })
        );
        let seen = lrs.seen();
        assert_eq!(seen[0].target, "/xapi/about");
        assert_eq!(seen[1].target, "/xapi/statements?limit=1");

        let mut wrong = cfg(&lrs.endpoint);
        wrong.password = "nope".to_owned();
        assert_eq!(
            test_connection(&wrong),
            Err(LrsError::BadCredentials {
                url: format!("{}/statements?limit=1", lrs.endpoint),
                status: 401
            })
        );

        let web_page = serve(|_, _| Reply::Status(200, "<html>router</html>".into()));
        assert!(matches!(
            test_connection(&cfg(&web_page.endpoint)),
            Err(LrsError::NotAnLrs { .. })
        ));
        let nothing = serve(|_, _| Reply::Status(404, String::new()));
        assert!(matches!(
            test_connection(&cfg(&nothing.endpoint)),
            Err(LrsError::NotAnLrs { .. })
        ));
        let closed = closed_endpoint();
        assert!(matches!(
            test_connection_within(&cfg(&closed), Duration::from_millis(500)),
            Err(LrsError::Unreachable { .. })
        ));
    }

    #[test]
    fn an_lrs_without_about_passes_on_its_statements() {
        // ralph-malph serves no `about`: its statements answer decides.
        let lrs = serve(|r, _| {
            if r.target.ends_with("/about") {
                Reply::Status(404, r#"{"detail":"Not Found"}"#.into())
            } else if r.header("Authorization") == Some("Basic dXNlcjpwYXNz") {
                Reply::Status(200, r#"{"statements":[]}"#.into())
            } else {
                Reply::Status(401, String::new())
            }
        });
        assert_eq!(
            test_connection(&cfg(&lrs.endpoint)),
            Ok(LrsAbout { versions: vec![] })
        );
        let mut wrong = cfg(&lrs.endpoint);
        wrong.password = "nope".to_owned();
        assert!(matches!(
            test_connection(&wrong),
            Err(LrsError::BadCredentials { status: 401, .. })
        ));
        // A site whose `about` is missing and whose `statements` is a page is no LRS.
        let site = serve(|r, _| {
            if r.target.ends_with("/about") {
                Reply::Status(404, String::new())
            } else {
                Reply::Status(200, "<html>statements</html>".into())
            }
        });
        assert_eq!(
            test_connection(&cfg(&site.endpoint)),
            Err(LrsError::NotAnLrs {
                url: format!("{}/statements?limit=1", site.endpoint),
                message: "its answer has no “statements” list".to_owned()
            })
        );
    }

    #[test]
    fn a_session_is_read_back_page_by_page() {
        let ext = crate::xapi::statements::result_file_extension();
        let page1 = json!({
            "statements": [
                { "id": "a", "result": { "extensions": { ext.clone(): "FILE A" } } },
                { "id": "d", "result": { "success": true } },
            ],
            "more": "/xapi/statements?page=2",
        })
        .to_string();
        let page2 = json!({
            "statements": [
                { "id": "b", "result": { "extensions": { ext.clone(): "FILE B" } } },
                { "id": "a", "result": { "extensions": { ext: "FILE A" } } },
            ],
            "more": "",
        })
        .to_string();
        let server = serve(move |r, _| {
            if r.target.contains("page=2") {
                Reply::Status(200, page2.clone())
            } else {
                Reply::Status(200, page1.clone())
            }
        });
        let code = crate::session::SessionPlan::new(
            "exam-shift",
            crate::scenario::Mode::Exam,
            crate::session::Seeding::PerSeat,
            7,
        )
        .code();
        let got = fetch_session(&cfg(&server.endpoint), &code).expect("read back");
        let got: Vec<(&str, &[u8])> = got
            .iter()
            .map(|f| (f.statement_id.as_str(), f.result_file.as_slice()))
            .collect();
        assert_eq!(got, [("a", &b"FILE A"[..]), ("b", &b"FILE B"[..])]);
        let seen = server.seen();
        assert_eq!(
            seen[0].target,
            format!(
                "/xapi/statements?registration={}&limit=100",
                crate::xapi::registration_for(&code)
            )
        );
        assert_eq!(seen[1].target, "/xapi/statements?page=2");
    }

    #[test]
    fn a_page_that_is_not_statements_is_not_an_lrs() {
        let server = serve(|_, _| Reply::Status(200, "{\"oops\": 1}".into()));
        let code = crate::session::SessionPlan::new(
            "exam-shift",
            crate::scenario::Mode::Exam,
            crate::session::Seeding::Shared,
            7,
        )
        .code();
        assert!(matches!(
            fetch_session(&cfg(&server.endpoint), &code),
            Err(LrsError::NotAnLrs { .. })
        ));
    }
}
