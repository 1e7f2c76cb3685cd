//! A real Learning Record Store for the delivery tests, and an independent xAPI validator.
//!
//! **The LRS** is ralph-malph's server (PyPI): `ralph.api:app` under uvicorn, one process
//! (as its docs advise for anything but development; `ralph runserver` adds uvicorn's
//! reloader, a second process watching the folder), on 127.0.0.1 and a free port, with the
//! file-system backend in a temporary folder of its own. Each [`Lrs`] is one server; dropping
//! it kills the server. Its credentials are written by `ralph auth`. It is started by
//! `ralph_lrs.py` beside this file, which changes one thing: the fs backend appends each POST
//! to its store instead of refusing the second one (read that file for why).
//!
//! **The validator** is Learning Locker's `@learninglocker/xapi-validation` (npm), the
//! statement validation of a conformance-tested LRS, run by node on `validate.js` beside
//! this file.
//!
//! Both are installed by `.ci/lrs-tools` into `$MOTCUA_LRS_TOOLS` (by default
//! `~/.cache/motcua/lrs-tools`); the first test that finds them missing runs that script
//! itself (from PyPI and npm), so `cargo test` needs no step of its own. When they cannot be
//! installed the tests fail and say why: they are never skipped.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;
use motcua::xapi::LrsConfig;
use serde_json::Value;

/// The Basic auth user every test LRS knows.
pub const USER: &str = "instructor";
/// That user's password.
pub const PASSWORD: &str = "motcua-test-secret";
/// How long a server may take to answer its first heartbeat (Python imports are slow on a
/// busy 2-core machine).
const START_TIMEOUT: Duration = Duration::from_secs(90);

/// Where `.ci/lrs-tools` installed ralph and the validator.
#[derive(Debug, Clone)]
pub struct Tools {
    /// The virtualenv's `bin` (python, ralph, uvicorn).
    pub bin: PathBuf,
    /// The `node_modules` holding `@learninglocker/xapi-validation`.
    pub node_modules: PathBuf,
}

/// What to do when a tool is missing: the same words in and out of CI.
fn missing(what: &str, looked: &Path) -> ! {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true");
    panic!(
        "{what} is not installed (looked in {}).\n\
         Install it with `bash .ci/lrs-tools` (Python 3 with venv and pip, node 18+ with npm; \
         it installs ralph-malph 5.1.0 and @learninglocker/xapi-validation 3.0.0 into \
         $MOTCUA_LRS_TOOLS, by default ~/.cache/motcua/lrs-tools).{}",
        looked.display(),
        if ci {
            " CI runs it from .ci/run: check that step's output."
        } else {
            " These tests are never skipped."
        }
    )
}

/// Runs `.ci/lrs-tools` once per test process; its output when it fails.
fn install() -> &'static Result<(), String> {
    static INSTALLED: std::sync::OnceLock<Result<(), String>> = std::sync::OnceLock::new();
    INSTALLED.get_or_init(|| {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/lrs-tools");
        match Command::new("bash").arg(&script).output() {
            Ok(out) if out.status.success() => Ok(()),
            Ok(out) => Err(format!(
                "{} failed ({}):\n{}{}",
                script.display(),
                out.status,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            )),
            Err(e) => Err(format!("cannot run {}: {e}", script.display())),
        }
    })
}

impl Tools {
    /// Finds the tools, installing them first when they are missing; fails the test saying
    /// what to install when that did not work.
    pub fn find() -> Self {
        if let Ok(tools) = Self::locate() {
            return tools;
        }
        if let Err(output) = install() {
            eprintln!("{output}");
        }
        match Self::locate() {
            Ok(tools) => tools,
            Err((what, looked)) => missing(what, &looked),
        }
    }

    /// The tools where `.ci/lrs-tools` puts them, or what is missing and where it was looked
    /// for.
    fn locate() -> Result<Self, (&'static str, PathBuf)> {
        const LRS: &str = "ralph-malph (the LRS)";
        let root = match std::env::var_os("MOTCUA_LRS_TOOLS") {
            Some(dir) => PathBuf::from(dir),
            None => match std::env::var_os("HOME") {
                Some(home) => PathBuf::from(home).join(".cache/motcua/lrs-tools"),
                None => return Err((LRS, PathBuf::from("$HOME is not set"))),
            },
        };
        let bin = root.join("venv/bin");
        for program in ["python", "uvicorn", "ralph"] {
            if !bin.join(program).is_file() {
                return Err((LRS, bin.join(program)));
            }
        }
        let node_modules = root.join("node/node_modules");
        let validator = node_modules.join("@learninglocker/xapi-validation/package.json");
        if !validator.is_file() {
            return Err((
                "@learninglocker/xapi-validation (the xAPI validator)",
                validator,
            ));
        }
        if Command::new("node")
            .arg("--version")
            .stdout(Stdio::null())
            .status()
            .map_or(true, |s| !s.success())
        {
            return Err(("node (runs the xAPI validator)", PathBuf::from("PATH")));
        }
        Ok(Self { bin, node_modules })
    }
}

/// One ralph LRS server with its own folder, on its own port. Dropping it kills the server.
pub struct Lrs {
    tools: Tools,
    dir: tempfile::TempDir,
    port: u16,
    child: Option<Child>,
    /// How many times the server was started (for the log's name).
    starts: u32,
}

impl Lrs {
    /// Writes the credentials with `ralph auth`, starts the server and waits until it answers.
    pub fn start() -> Self {
        let tools = Tools::find();
        let dir = tempfile::tempdir().expect("a temporary folder for the LRS");
        std::fs::create_dir_all(dir.path().join("app")).expect("the LRS's app folder");
        std::fs::create_dir_all(dir.path().join("data")).expect("the LRS's data folder");
        let out = Command::new(tools.bin.join("ralph"))
            .args(["auth", "-u", USER, "-p", PASSWORD, "-s", "all", "-w"])
            .args(["-A", USER, "https://motcua.app/instructors"])
            .env("RALPH_APP_DIR", dir.path().join("app"))
            .env("RALPH_RUNSERVER_BACKEND", "fs")
            .current_dir(dir.path())
            .output()
            .expect("ralph auth runs");
        assert!(
            out.status.success() && dir.path().join("app/auth.json").is_file(),
            "ralph auth did not write the credentials: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let mut lrs = Self {
            tools,
            dir,
            port: 0,
            child: None,
            starts: 0,
        };
        // A port found free may be taken before the server binds it: try another.
        for _ in 0..3 {
            lrs.port = free_port();
            if lrs.launch() {
                return lrs;
            }
        }
        panic!(
            "the LRS did not start on three ports; last log:\n{}",
            lrs.log()
        );
    }

    /// Starts the server on `self.port`; false when it exited before answering because the
    /// port was taken.
    fn launch(&mut self) -> bool {
        self.starts += 1;
        let log_path = self.log_path();
        let log = std::fs::File::create(&log_path).expect("the LRS's log file");
        let launcher = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lrs_support/ralph_lrs.py");
        let child = Command::new(self.tools.bin.join("python"))
            .arg(launcher)
            .arg("127.0.0.1")
            .arg(self.port.to_string())
            .env("RALPH_APP_DIR", self.dir.path().join("app"))
            .env("RALPH_RUNSERVER_BACKEND", "fs")
            .env(
                "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH",
                self.dir.path().join("data"),
            )
            .current_dir(self.dir.path())
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("the log, twice"))
            .stderr(log)
            .spawn()
            .expect("the LRS starts");
        self.child = Some(child);
        let started = Instant::now();
        while started.elapsed() < START_TIMEOUT {
            if let Some(child) = self.child.as_mut()
                && let Ok(Some(status)) = child.try_wait()
            {
                self.child = None;
                let log = self.log();
                if log.contains("address already in use") {
                    return false;
                }
                panic!("the LRS exited ({status}) before answering; its log:\n{log}");
            }
            if self.heartbeat() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!(
            "the LRS did not answer within {START_TIMEOUT:?}; its log:\n{}",
            self.log()
        );
    }

    fn log_path(&self) -> PathBuf {
        self.dir.path().join(format!("uvicorn-{}.log", self.starts))
    }

    /// The server's log of its latest start.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.log_path()).unwrap_or_default()
    }

    /// The server's access log lines of every start so far, in order.
    pub fn access_log(&self) -> Vec<String> {
        (1..=self.starts)
            .flat_map(|n| {
                {
                    let path = self.dir.path().join(format!("uvicorn-{n}.log"));
                    std::fs::read_to_string(path).unwrap_or_default()
                }
                .lines()
                .filter(|l| l.contains(" HTTP/1.1\" "))
                .map(str::to_owned)
                .collect::<Vec<_>>()
            })
            .collect()
    }

    /// How many `POST statements` the server answered, by status.
    pub fn posts_by_status(&self) -> BTreeMap<u16, usize> {
        let mut counts = BTreeMap::new();
        for line in self.access_log() {
            if !line.contains("\"POST /xAPI/statements") {
                continue;
            }
            let status = line
                .split("HTTP/1.1\" ")
                .nth(1)
                .and_then(|rest| rest.split_whitespace().next())
                .and_then(|code| code.parse().ok())
                .unwrap_or(0);
            *counts.entry(status).or_insert(0) += 1;
        }
        counts
    }

    /// True when `GET /__heartbeat__` answers 200.
    fn heartbeat(&self) -> bool {
        agent(Duration::from_secs(2))
            .get(format!("http://127.0.0.1:{}/__heartbeat__", self.port))
            .call()
            .is_ok_and(|r| r.status() == 200)
    }

    /// The xAPI endpoint.
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}/xAPI/", self.port)
    }

    /// Settings that reach this LRS with the right credentials.
    pub fn config(&self) -> LrsConfig {
        LrsConfig {
            endpoint: self.endpoint(),
            username: USER.to_owned(),
            password: PASSWORD.to_owned(),
            home_page: String::new(),
        }
    }

    /// Kills the server (SIGKILL: a crash, not a goodbye) and waits until it is gone.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Freezes the server (SIGSTOP): it keeps its port and takes connections but answers
    /// nothing, like a hung LRS. [`Lrs::kill`] and [`Lrs::restart`] work on a frozen server.
    pub fn freeze(&self) {
        self.signal("-STOP");
    }

    fn signal(&self, signal: &str) {
        let child = self.child.as_ref().expect("the LRS is running");
        let done = Command::new("kill")
            .arg(signal)
            .arg(child.id().to_string())
            .status()
            .expect("kill runs");
        assert!(done.success(), "kill {signal} {}", child.id());
    }

    /// Starts the server again on the same port with the same folder (what it stored stays).
    pub fn restart(&mut self) {
        self.kill();
        assert!(
            self.launch(),
            "the LRS could not take its port {} again; its log:\n{}",
            self.port,
            self.log()
        );
    }

    /// Every statement the LRS holds, read with plain `GET statements` requests following
    /// `more` (not through the code under test).
    pub fn all_statements(&self) -> Vec<Value> {
        self.statements_where("")
    }

    /// The statements matching a query string (`registration=…`), every page.
    pub fn statements_where(&self, query: &str) -> Vec<Value> {
        let mut url = format!("{}statements?limit=100&{query}", self.endpoint());
        let mut out = Vec::new();
        for _ in 0..10_000 {
            let (status, body) = get(&url, USER, PASSWORD);
            assert_eq!(status, 200, "GET {url}: {body}");
            let page: Value = serde_json::from_str(&body).expect("the LRS answers JSON");
            let statements = page["statements"]
                .as_array()
                .expect("a page has a statements list");
            out.extend(statements.iter().cloned());
            match page["more"].as_str().filter(|m| !m.is_empty()) {
                Some(more) => url = format!("http://127.0.0.1:{}{more}", self.port),
                None => return out,
            }
        }
        panic!("more than 10 000 pages");
    }

    /// The data folder (`fs_lrs.jsonl`: one line per statement stored).
    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }
}

impl Drop for Lrs {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A port nobody listens on right now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port on 127.0.0.1")
}

fn agent(timeout: Duration) -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .build()
        .into()
}

/// `GET url` with Basic auth: the status and the body.
pub fn get(url: &str, user: &str, password: &str) -> (u16, String) {
    let auth = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    let mut response = agent(Duration::from_secs(60))
        .get(url)
        .header("Authorization", format!("Basic {auth}"))
        .header("X-Experience-API-Version", "1.0.3")
        .call()
        .unwrap_or_else(|e| panic!("GET {url}: {e}"));
    let status = response.status().as_u16();
    let body = response
        .body_mut()
        .with_config()
        .limit(512 * 1024 * 1024)
        .read_to_string()
        .unwrap_or_else(|e| panic!("GET {url}: the body: {e}"));
    (status, body)
}

/// Checks statements with Learning Locker's xAPI validator; `Err` lists every problem
/// (statement index, path, kind, what was expected, the value).
pub fn validate(statements: &[Value]) -> Result<(), String> {
    let tools = Tools::find();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lrs_support/validate.js");
    let mut child = Command::new("node")
        .arg(&script)
        .env("NODE_PATH", &tools.node_modules)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs");
    let input = serde_json::to_vec(statements).expect("statements serialize");
    let mut stdin = child.stdin.take().expect("node's stdin");
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let mut stdout = String::new();
    child
        .stdout
        .take()
        .expect("node's stdout")
        .read_to_string(&mut stdout)
        .expect("node's output");
    let output = child.wait_with_output().expect("node ends");
    writer
        .join()
        .expect("the writer thread")
        .expect("statements written to node");
    match output.status.code() {
        Some(0) => Ok(()),
        Some(1) => Err(stdout),
        _ => panic!(
            "the validator failed: {stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        ),
    }
}
