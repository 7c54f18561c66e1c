//! `booth-partners-node`: one host or follower as its own process, driven by JSON lines on stdin and
//! reporting JSON lines on stdout. The multi-process tests and the load test run several of these on
//! loopback (kill -9 included); it is not a user-facing tool.
//!
//! ```text
//! booth-partners-node host   --bind 127.0.0.1:0 --tokens FILE [--state FILE]
//! booth-partners-node follow --host ADDR --code CODE --name NAME [--state FILE]
//! ```
//! Commands: `{"cmd":"booth","id","name"}`, `{"cmd":"push","booth","kind","text","detail"}` (`{now_us}` in
//! the text becomes the send time in µs), `{"cmd":"handover","booth","to"}`, `{"cmd":"dismiss","id"}`,
//! `{"cmd":"late","shifts"}`, `{"cmd":"programme","items"}`, `{"cmd":"issue","role","label"}`,
//! `{"cmd":"revoke","id"}`, `{"cmd":"state"}`, `{"cmd":"status"}`, `{"cmd":"quit"}`.
//! Events: `listening`, `state`, `token`, `link`, `status`, `seen` (a push whose text starts with `load `,
//! with its end-to-end latency), `error`.

use booth_partners::companion::Labels;
use booth_partners::team::{LateShift, ProgrammeItem, PushKind, PushRequest};
use booth_partners::{system_clock, Follower, Host, Replica, Role, Team, Tokens};
use serde::Deserialize;
use serde_json::json;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio::io::AsyncBufReadExt;

#[derive(Deserialize)]
#[serde(tag = "cmd", rename_all = "camelCase")]
enum Command {
    Booth {
        id: String,
        name: String,
    },
    Push {
        booth: String,
        #[serde(default = "note")]
        kind: PushKind,
        text: String,
        #[serde(default)]
        detail: String,
    },
    Handover {
        booth: String,
        to: String,
    },
    Dismiss {
        id: String,
    },
    Late {
        shifts: Vec<LateShift>,
    },
    Programme {
        items: Vec<ProgrammeItem>,
    },
    Issue {
        role: Role,
        label: String,
    },
    Revoke {
        id: String,
    },
    State,
    Status,
    Quit,
}

fn note() -> PushKind {
    PushKind::Note
}

fn emit(value: serde_json::Value) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{value}");
    let _ = out.flush();
}

fn now_us() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_micros()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

/// Temp file + rename, so a kill -9 leaves the old file or the new one.
fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path)
}

fn load_team(state: Option<&PathBuf>) -> Team {
    match state.and_then(|p| std::fs::read(p).ok()) {
        Some(bytes) => Team::load(&bytes).unwrap_or_default(),
        None => Team::new(),
    }
}

enum NodeKind {
    Host(Host),
    Follower(Follower),
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.first().cloned().unwrap_or_default();
    let state_file = arg(&args, "--state").map(PathBuf::from);
    let name = arg(&args, "--name").unwrap_or_else(|| mode.clone());
    let clock = system_clock();
    let replica = Replica::new(load_team(state_file.as_ref()));

    let node = match mode.as_str() {
        "host" => {
            let bind = arg(&args, "--bind").unwrap_or_else(|| "127.0.0.1:0".into());
            let tokens_file = PathBuf::from(arg(&args, "--tokens").expect("--tokens FILE"));
            let tokens = std::fs::read_to_string(&tokens_file)
                .ok()
                .and_then(|j| Tokens::from_json(&j).ok())
                .unwrap_or_default();
            let host = Host::start(
                bind.parse().expect("--bind IP:PORT"),
                replica.clone(),
                Arc::new(tokens),
                clock.clone(),
                Labels::english(),
            )
            .await
            .expect("bind");
            emit(json!({"event": "listening", "address": host.address().to_string()}));
            (NodeKind::Host(host), Some(tokens_file))
        }
        "follow" => {
            let address = arg(&args, "--host").expect("--host ADDR");
            let code = arg(&args, "--code").expect("--code CODE");
            let follower = Follower::start(replica.clone(), &address, &code, clock.clone());
            let mut link = follower.watch_link();
            tokio::spawn(async move {
                loop {
                    let current = link.borrow_and_update().clone();
                    emit(json!({"event": "link", "link": current}));
                    if link.changed().await.is_err() {
                        return;
                    }
                }
            });
            (NodeKind::Follower(follower), None)
        }
        _ => {
            eprintln!("usage: booth-partners-node host|follow …");
            std::process::exit(2);
        }
    };
    let (node, tokens_file) = node;

    // Save on every change and report pushes whose latency the load test measures.
    {
        let replica = replica.clone();
        let state_file = state_file.clone();
        let mut version = replica.subscribe();
        tokio::spawn(async move {
            let mut seen: HashSet<String> = HashSet::new();
            loop {
                if let Some(path) = &state_file {
                    let _ = write_atomic(path, &replica.save());
                }
                if let Ok(state) = replica.state() {
                    let now = now_us();
                    for p in &state.pushes {
                        if seen.insert(p.id.clone()) {
                            if let Some(sent) = p
                                .text
                                .strip_prefix("load ")
                                .and_then(|t| t.split(' ').next())
                                .and_then(|t| t.parse::<i64>().ok())
                            {
                                emit(
                                    json!({"event": "seen", "text": p.text, "latencyUs": now - sent}),
                                );
                            }
                        }
                    }
                }
                if version.changed().await.is_err() {
                    return;
                }
            }
        });
    }

    let mut lines = tokio::io::BufReader::new(tokio::io::stdin()).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        let command: Command = match serde_json::from_str(&line) {
            Ok(c) => c,
            Err(e) => {
                emit(json!({"event": "error", "message": e.to_string()}));
                continue;
            }
        };
        let now = clock();
        let result = match command {
            Command::Booth { id, name } => replica.change(|t| t.add_booth(&id, &name)).map(|_| ()),
            Command::Push {
                booth,
                kind,
                text,
                detail,
            } => {
                let text = text.replace("{now_us}", &now_us().to_string());
                replica
                    .change(|t| {
                        t.push(
                            PushRequest {
                                booth,
                                kind,
                                text,
                                detail,
                            },
                            &name,
                            now,
                        )
                    })
                    .map(|_| ())
            }
            Command::Handover { booth, to } => replica
                .change(|t| t.hand_over(&booth, &to, now))
                .map(|_| ()),
            Command::Dismiss { id } => replica.change(|t| t.dismiss(&id, now)),
            Command::Late { shifts } => replica.change(|t| t.set_late(&shifts)),
            Command::Programme { items } => replica.change(|t| t.set_programme(&items)),
            Command::Issue { role, label } => {
                if let (NodeKind::Host(host), Some(file)) = (&node, &tokens_file) {
                    let token = host.tokens().issue(role, &label, now);
                    let _ = write_atomic(file, host.tokens().to_json().as_bytes());
                    emit(json!({"event": "token", "id": token.id, "code": token.code,
                                "url": host.companion_url(&token.code)}));
                }
                Ok(())
            }
            Command::Revoke { id } => {
                if let (NodeKind::Host(host), Some(file)) = (&node, &tokens_file) {
                    let found = host.revoke(&id);
                    let _ = write_atomic(file, host.tokens().to_json().as_bytes());
                    emit(json!({"event": "revoked", "id": id, "found": found}));
                }
                Ok(())
            }
            Command::State => {
                match replica.state() {
                    Ok(state) => emit(json!({"event": "state", "state": state})),
                    Err(e) => emit(json!({"event": "error", "message": e.to_string()})),
                }
                Ok(())
            }
            Command::Status => {
                match &node {
                    NodeKind::Host(host) => {
                        emit(json!({"event": "status", "status": host.status()}))
                    }
                    NodeKind::Follower(f) => emit(json!({"event": "link", "link": f.link()})),
                }
                Ok(())
            }
            Command::Quit => break,
        };
        if let Err(e) = result {
            emit(json!({"event": "error", "message": e.to_string()}));
        }
    }
    match node {
        NodeKind::Host(host) => host.stop().await,
        NodeKind::Follower(f) => f.stop().await,
    }
    if let Some(path) = &state_file {
        let _ = write_atomic(path, &replica.save());
    }
    emit(json!({"event": "bye"}));
}
