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
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);
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
    /// `version` of `GET about`, e.g. `["1.0.3"]`.
    pub versions: Vec<String>,
}

/// Tests the settings: `GET about` (is something there, and is it an LRS?), then an
/// authenticated `GET statements?limit=1` (are the credentials good?).
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
    if answer.status != 200 {
        return Err(match status_error(&url, &answer) {
            LrsError::Rejected { status, .. } => LrsError::NotAnLrs {
                url,
                message: format!("HTTP {status}"),
            },
            other => other,
        });
    }
    let versions = serde_json::from_slice::<Value>(&answer.body)
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
            url: url.clone(),
            message: "its “about” has no xAPI version".to_owned(),
        })?;
    let url = format!("{}?limit=1", cfg.url("statements"));
    let answer = exchange(cfg, timeout, &url, None, true)?;
    match answer.status {
        200 => Ok(LrsAbout { versions }),
        _ => Err(status_error(&url, &answer)),
    }
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
