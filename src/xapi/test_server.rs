//! A tiny HTTP server on loopback for the client's and the sender's error paths (the real
//! LRS is tested in `tests/lrs.rs`). Each connection gets one reply chosen by a closure.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A request as the server read it.
#[derive(Debug, Clone)]
pub(crate) struct Request {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// A header's value (names compared without case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// What the server does with a request.
pub(crate) enum Reply {
    /// An HTTP answer with this status and JSON body.
    Status(u16, String),
    /// These bytes, then close.
    Raw(&'static [u8]),
    /// Nothing for this long, then close.
    Silent(Duration),
}

/// A running server: its endpoint and the requests seen.
pub(crate) struct Server {
    pub endpoint: String,
    pub requests: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    /// The requests so far.
    pub fn seen(&self) -> Vec<Request> {
        self.requests.lock().map(|r| r.clone()).unwrap_or_default()
    }
}

type Handler = dyn Fn(&Request, usize) -> Reply + Send + Sync;

/// Starts a server on 127.0.0.1; `reply(request, n)` answers the n-th request (0-based).
/// The endpoint is `http://127.0.0.1:<port>/xapi`.
pub(crate) fn serve(reply: impl Fn(&Request, usize) -> Reply + Send + Sync + 'static) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let port = listener.local_addr().expect("its address").port();
    let requests = Arc::new(Mutex::new(Vec::new()));
    let handler: Arc<Handler> = Arc::new(reply);
    let count = Arc::new(AtomicUsize::new(0));
    {
        let requests = Arc::clone(&requests);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let requests = Arc::clone(&requests);
                let handler = Arc::clone(&handler);
                let count = Arc::clone(&count);
                std::thread::spawn(move || handle(stream, &requests, &*handler, &count));
            }
        });
    }
    Server {
        endpoint: format!("http://127.0.0.1:{port}/xapi"),
        requests,
    }
}

/// A port nothing listens on.
pub(crate) fn closed_endpoint() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let port = listener.local_addr().expect("its address").port();
    drop(listener);
    format!("http://127.0.0.1:{port}/xapi")
}

fn handle(
    stream: TcpStream,
    requests: &Mutex<Vec<Request>>,
    handler: &Handler,
    count: &AtomicUsize,
) {
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_owned();
    let target = parts.next().unwrap_or_default().to_owned();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).is_err() || h.trim().is_empty() {
            break;
        }
        if let Some((n, v)) = h.split_once(':') {
            headers.push((n.trim().to_owned(), v.trim().to_owned()));
        }
    }
    let length = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    if reader.read_exact(&mut body).is_err() {
        return;
    }
    let request = Request {
        method,
        target,
        headers,
        body,
    };
    let n = count.fetch_add(1, Ordering::SeqCst);
    let reply = handler(&request, n);
    if let Ok(mut r) = requests.lock() {
        r.push(request);
    }
    match reply {
        Reply::Status(status, body) => {
            let head = format!(
                "HTTP/1.1 {status} Whatever\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = writer.write_all(head.as_bytes());
            let _ = writer.write_all(body.as_bytes());
        }
        Reply::Raw(bytes) => {
            let _ = writer.write_all(bytes);
        }
        Reply::Silent(d) => std::thread::sleep(d),
    }
    let _ = writer.flush();
}
