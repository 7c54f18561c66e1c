//! Test harness: `booth-partners-node` processes on loopback, driven over stdin/stdout, and raw HTTP.

#![allow(dead_code)]

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

pub const NODE: &str = env!("CARGO_BIN_EXE_booth-partners-node");
pub const WAIT: Duration = Duration::from_secs(15);

/// One node process.
pub struct Node {
    pub child: Child,
    stdin: ChildStdin,
    lines: Receiver<Value>,
    /// Every event seen so far (wait_for consumes nothing from here).
    pub log: Vec<Value>,
}

impl Node {
    pub fn spawn(args: &[&str]) -> Node {
        let mut child = Command::new(NODE)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start booth-partners-node");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { return };
                if let Ok(v) = serde_json::from_str::<Value>(&line) {
                    if tx.send(v).is_err() {
                        return;
                    }
                }
            }
        });
        Node {
            child,
            stdin,
            lines: rx,
            log: Vec::new(),
        }
    }

    pub fn host(dir: &Path, bind: &str) -> (Node, String) {
        let tokens = dir.join("tokens.json");
        let state = dir.join("host.automerge");
        let mut node = Node::spawn(&[
            "host",
            "--bind",
            bind,
            "--tokens",
            tokens.to_str().expect("utf-8 path"),
            "--state",
            state.to_str().expect("utf-8 path"),
        ]);
        let listening = node.wait_for("listening", |_| true);
        let address = listening["address"].as_str().expect("address").to_owned();
        (node, address)
    }

    pub fn follower(dir: &Path, address: &str, code: &str, name: &str) -> Node {
        let state = dir.join(format!("{name}.automerge"));
        Node::spawn(&[
            "follow",
            "--host",
            address,
            "--code",
            code,
            "--name",
            name,
            "--state",
            state.to_str().expect("utf-8 path"),
        ])
    }

    pub fn send(&mut self, command: Value) {
        writeln!(self.stdin, "{command}").expect("write to node");
        self.stdin.flush().expect("flush");
    }

    /// Waits for an event named `event` that satisfies `pred` (events seen before are searched first).
    pub fn wait_for(&mut self, event: &str, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(v) = self.log.iter().find(|v| v["event"] == event && pred(v)) {
            return v.clone();
        }
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(v) => {
                    self.log.push(v.clone());
                    if v["event"] == event && pred(&v) {
                        return v;
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    panic!("no `{event}` event in {WAIT:?}; saw {:#?}", self.log)
                }
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("node ended before `{event}`; saw {:#?}", self.log)
                }
            }
        }
    }

    /// Moves every event already printed into the log, until the node has been quiet for `quiet`.
    pub fn drain(&mut self, quiet: Duration) {
        while let Ok(v) = self.lines.recv_timeout(quiet) {
            self.log.push(v);
        }
    }

    /// Asks for the state until `pred` holds.
    pub fn state_until(&mut self, what: &str, pred: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + WAIT;
        loop {
            self.send(json!({"cmd": "state"}));
            let mut state = Value::Null;
            // The reply to this request (older `state` events are ignored).
            let before = self.log.len();
            while state.is_null() {
                match self.lines.recv_timeout(WAIT) {
                    Ok(v) => {
                        self.log.push(v.clone());
                        if v["event"] == "state" {
                            state = v["state"].clone();
                        }
                    }
                    Err(_) => panic!("no state reply; saw {:#?}", &self.log[before..]),
                }
            }
            if pred(&state) {
                return state;
            }
            if Instant::now() > deadline {
                panic!("{what}: not reached in {WAIT:?}; last state {state:#}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn issue(&mut self, role: &str, label: &str) -> (String, String) {
        self.send(json!({"cmd": "issue", "role": role, "label": label}));
        let t = self.wait_for("token", |v| !v["code"].is_null());
        // Take it off the log so the next issue waits for its own.
        self.log.retain(|v| v != &t);
        (
            t["id"].as_str().expect("id").to_owned(),
            t["code"].as_str().expect("code").to_owned(),
        )
    }

    /// kill -9.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn quit(mut self) {
        self.send(json!({"cmd": "quit"}));
        let _ = self.wait_for("bye", |_| true);
        let _ = self.child.wait();
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn texts(state: &Value) -> Vec<String> {
    state["pushes"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|p| p["text"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

pub fn has_push(state: &Value, text: &str) -> bool {
    texts(state).iter().any(|t| t == text)
}

pub fn handovers(state: &Value, booth: &str) -> Vec<String> {
    state["booths"]
        .as_array()
        .and_then(|b| b.iter().find(|b| b["id"] == booth))
        .and_then(|b| b["handovers"].as_array())
        .map(|h| {
            h.iter()
                .map(|h| h["to"].as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// A plain HTTP/1.1 GET; returns the status code and what was read of the body until `stop` matched or the
/// connection ended.
pub fn http_get(address: &str, path: &str, headers: &[(&str, &str)]) -> (u16, String) {
    let mut stream = TcpStream::connect(address).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    let mut request = format!("GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n");
    for (k, v) in headers {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str("\r\n");
    stream.write_all(request.as_bytes()).expect("send");
    let mut buf = Vec::new();
    let _ = stream.read_to_end(&mut buf);
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, text)
}

/// A WebSocket upgrade request to the sync endpoint: the status it gets.
pub fn sync_upgrade_status(address: &str, id: &str) -> u16 {
    let path = format!("/sync?id={id}&dn=0123456789abcdef0123456789abcdef");
    let mut stream = TcpStream::connect(address).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\
         Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).expect("send");
    let mut line = String::new();
    let _ = BufReader::new(stream).read_line(&mut line);
    line.split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

/// A companion page's event stream, read on a thread: every `data:` payload, parsed.
pub struct Sse {
    pub status: u16,
    events: Receiver<Value>,
    pub stream: Option<TcpStream>,
}

impl Sse {
    pub fn open(address: &str, code: &str) -> Sse {
        let mut stream = TcpStream::connect(address).expect("connect");
        let request = format!(
            "GET /events?t={code} HTTP/1.1\r\nHost: {address}\r\nAccept: text/event-stream\r\n\
             Connection: close\r\n\r\n"
        );
        stream.write_all(request.as_bytes()).expect("send");
        let keep = stream.try_clone().expect("clone");
        let mut reader = BufReader::new(stream);
        let mut status_line = String::new();
        let _ = reader.read_line(&mut status_line);
        let status = status_line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            for line in reader.lines() {
                let Ok(line) = line else { return };
                if let Some(data) = line.strip_prefix("data: ") {
                    if let Ok(v) = serde_json::from_str::<Value>(data) {
                        if tx.send(v).is_err() {
                            return;
                        }
                    }
                }
            }
        });
        Sse {
            status,
            events: rx,
            stream: Some(keep),
        }
    }

    /// Waits for a view that satisfies `pred`; None if the stream ended first.
    pub fn wait_for(&self, pred: impl Fn(&Value) -> bool) -> Option<Value> {
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.events.recv_timeout(left) {
                Ok(v) if pred(&v["view"]) => return Some(v["view"].clone()),
                Ok(_) => {}
                Err(RecvTimeoutError::Disconnected) => return None,
                Err(RecvTimeoutError::Timeout) => panic!("no matching companion event in {WAIT:?}"),
            }
        }
    }

    /// The next view, if one arrives within `wait`.
    pub fn next_view(&self, wait: Duration) -> Option<Value> {
        self.events
            .recv_timeout(wait)
            .ok()
            .map(|v| v["view"].clone())
    }

    /// True when the server closed the stream within the wait.
    pub fn closed(&self) -> bool {
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.events.recv_timeout(left) {
                Ok(_) => {}
                Err(RecvTimeoutError::Disconnected) => return true,
                Err(RecvTimeoutError::Timeout) => return false,
            }
        }
    }
}

pub fn scratch() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

pub fn path(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().to_path_buf()
}
