//! The companion page in a real browser: headless Chromium driven by chromedriver (Debian packages
//! `chromium` and `chromium-driver`, installed by `./x`). It must show now/next and the booth's handover
//! countdown, update when a partner pushes, and render a push that looks like HTML as text.
//! The screenshot goes to `target/tmp/partners-companion.png`.
//!
//! Without chromedriver the test says so and passes on a developer's machine; under CI (`CI` set) it fails.

mod support;

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use support::Node;

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";

/// A WebDriver request over plain HTTP/1.1 (chromedriver on loopback).
fn webdriver(port: u16, method: &str, path: &str, body: Option<Value>) -> Value {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect chromedriver");
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .expect("timeout");
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).expect("send");
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    let mut length = None;
    loop {
        line.clear();
        reader.read_line(&mut line).expect("read");
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some(v) = l.to_ascii_lowercase().strip_prefix("content-length:") {
            length = v.trim().parse::<usize>().ok();
        }
    }
    let mut buf = Vec::new();
    match length {
        Some(n) => {
            buf.resize(n, 0);
            reader.read_exact(&mut buf).expect("body");
        }
        None => {
            reader.read_to_end(&mut buf).expect("body");
        }
    }
    serde_json::from_slice(&buf).expect("chromedriver answers JSON")
}

struct Driver {
    child: Child,
    port: u16,
    session: String,
}

impl Driver {
    fn start() -> Option<Driver> {
        if !std::path::Path::new(CHROMEDRIVER).exists() {
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let child = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not listen");
            std::thread::sleep(Duration::from_millis(100));
        }
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--no-first-run", "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--disable-quic", "--window-size=430,932", "--lang=en-US"]
            }
        }}});
        let mut driver = Driver {
            child,
            port,
            session: String::new(),
        };
        let answer = webdriver(port, "POST", "/session", Some(caps));
        driver.session = answer["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {answer:#}"))
            .to_owned();
        Some(driver)
    }

    fn call(&self, method: &str, what: &str, body: Option<Value>) -> Value {
        let path = format!("/session/{}/{what}", self.session);
        webdriver(self.port, method, &path, body)["value"].clone()
    }

    fn run(&self, script: &str) -> Value {
        self.call(
            "POST",
            "execute/sync",
            Some(json!({"script": script, "args": []})),
        )
    }

    /// Runs `script` until it returns something that satisfies `pred`.
    fn until(&self, what: &str, script: &str, pred: impl Fn(&Value) -> bool) -> Value {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let v = self.run(script);
            if pred(&v) {
                return v;
            }
            assert!(Instant::now() < deadline, "{what}: page shows {v:#}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = webdriver(
                self.port,
                "DELETE",
                &format!("/session/{}", self.session),
                None,
            );
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

fn text_of(id: &str) -> String {
    format!("return document.getElementById('{id}').textContent")
}

#[test]
fn the_companion_page_shows_now_next_and_updates_on_a_push() {
    let Some(driver) = Driver::start() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromedriver is missing: ./x installs chromium and chromium-driver"
        );
        eprintln!(
            "skipped: {CHROMEDRIVER} is not installed (apt-get install chromium chromium-driver)"
        );
        return;
    };
    let dir = support::scratch();
    let (mut host, address) = Node::host(dir.path(), "127.0.0.1:0");
    let now = now_ms();
    host.send(json!({"cmd": "booth", "id": "ko", "name": "Into Korean · 한국어"}));
    host.send(json!({"cmd": "booth", "id": "en", "name": "Into English"}));
    host.send(json!({"cmd": "programme", "items": [
        {"id": "a", "title": "Opening remarks · 개회사", "speaker": "Chair", "start": now - 600_000, "end": now + 1_200_000},
        {"id": "b", "title": "Session 1 · 세션 1", "speaker": "", "start": now + 1_200_000, "end": now + 3_000_000}
    ]}));
    host.send(json!({"cmd": "handover", "booth": "ko", "to": "Mina"}));
    let (_, ana_code) = host.issue("device", "Ana");
    let (_, phone_code) = host.issue("companion", "phones");
    let mut ana = Node::follower(dir.path(), &address, &ana_code, "Ana");
    ana.wait_for("link", |v| v["link"]["state"] == "online");

    let url = format!("http://{address}/?t={phone_code}");
    driver.call("POST", "url", Some(json!({"url": url})));
    driver.until("now", &text_of("now-title"), |v| {
        v == "Opening remarks · 개회사"
    });
    assert_eq!(driver.run(&text_of("next-title")), "Session 1 · 세션 1");
    let left = driver.run(&text_of("now-left"));
    assert!(
        left.as_str().is_some_and(|l| l.ends_with(" left")),
        "{left}"
    );
    driver.until(
        "booth card",
        "return [...document.querySelectorAll('.booth .mic')].map(e => e.textContent).join('|')",
        |v| v == "Nobody yet|Mina",
    );
    assert_eq!(
        driver.run(&text_of("pushes")),
        "No pushes",
        "no pushes before the partner pushes"
    );

    // The partner pushes a number and a note that looks like HTML.
    let sneaky = "<img src=x onerror=\"document.title='pwned'\"> slide 12 differs";
    ana.send(json!({"cmd": "push", "booth": "ko", "kind": "number", "text": "3.5억 달러", "detail": "350 million dollars"}));
    ana.send(json!({"cmd": "push", "booth": "ko", "kind": "note", "text": sneaky}));
    driver.until(
        "pushes",
        "return [...document.querySelectorAll('#pushes .text')].map(e => e.textContent)",
        |v| *v == json!([sneaky, "3.5억 달러"]),
    );
    assert_eq!(
        driver.run("return document.querySelectorAll('#pushes img').length"),
        0
    );
    let meta = driver.run("return document.querySelector('#pushes .meta').textContent");
    assert!(
        meta.as_str()
            .is_some_and(|m| m.starts_with("Into Korean · 한국어 · pushed by Ana")),
        "{meta}"
    );
    assert_ne!(driver.run("return document.title"), "pwned");

    let shot = driver.call("GET", "screenshot", None);
    let png = decode_base64(shot.as_str().expect("base64 screenshot"));
    assert!(png.starts_with(b"\x89PNG"));
    let out = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("partners-companion.png");
    std::fs::write(&out, png).expect("write screenshot");
    eprintln!("screenshot: {}", out.display());
}

fn decode_base64(text: &str) -> Vec<u8> {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text
        .bytes()
        .filter(|c| *c != b'=' && !c.is_ascii_whitespace())
    {
        let v = A.iter().position(|a| *a == c).expect("base64") as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}
