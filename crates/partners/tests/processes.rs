//! Host and followers as separate processes on loopback: pushes travel, a killed host loses nothing, and
//! nobody gets in without a live pairing code.

mod support;

use serde_json::json;
use support::{handovers, has_push, http_get, sync_upgrade_status, texts, Node, Sse};

fn push(node: &mut Node, booth: &str, text: &str) {
    node.send(json!({"cmd": "push", "booth": booth, "kind": "note", "text": text}));
}

fn online(node: &mut Node) {
    node.wait_for("link", |v| v["link"]["state"] == "online");
}

#[test]
fn a_push_appears_on_the_partner_the_host_and_the_companion_page() {
    let dir = support::scratch();
    let (mut host, address) = Node::host(dir.path(), "127.0.0.1:0");
    host.send(json!({"cmd": "booth", "id": "ko", "name": "Into Korean"}));
    let (_, ana_code) = host.issue("device", "Ana");
    let (_, ben_code) = host.issue("device", "Ben");
    let (_, phone_code) = host.issue("companion", "phones");
    let mut ana = Node::follower(dir.path(), &address, &ana_code, "Ana");
    let mut ben = Node::follower(dir.path(), &address, &ben_code, "Ben");
    online(&mut ana);
    online(&mut ben);
    let page = Sse::open(&address, &phone_code);
    assert_eq!(page.status, 200);

    ana.state_until("booth reached Ana", |s| s["booths"][0]["id"] == "ko");
    push(&mut ana, "ko", "GDP grew 3.5% (3.5퍼센트)");
    ana.send(json!({"cmd": "handover", "booth": "ko", "to": "Ben"}));

    let state = ben.state_until("push reached Ben", |s| {
        has_push(s, "GDP grew 3.5% (3.5퍼센트)") && handovers(s, "ko") == ["Ben"]
    });
    assert_eq!(state["pushes"][0]["by"], "Ana");
    assert_eq!(state["booths"][0]["onMic"], "Ben");
    host.state_until("push reached the host", |s| {
        has_push(s, "GDP grew 3.5% (3.5퍼센트)")
    });
    let view = page
        .wait_for(|v| {
            v["pushes"][0]["text"] == "GDP grew 3.5% (3.5퍼센트)"
                && v["booths"][0]["onMic"] == "Ben"
        })
        .expect("the companion stream stays open");
    assert_eq!(view["booths"][0]["onMic"], "Ben");

    // Ben dismisses it on his card; Ana's copy follows.
    let id = state["pushes"][0]["id"].as_str().expect("id").to_owned();
    ben.send(json!({"cmd": "dismiss", "id": id}));
    ana.state_until("dismissal reached Ana", |s| {
        !s["pushes"][0]["dismissed"].is_null()
    });
    host.send(json!({"cmd": "status"}));
    let status = host.wait_for("status", |v| v["status"]["devices"] == 2);
    assert_eq!(status["status"]["companions"], 1);
}

#[test]
fn a_host_killed_mid_update_loses_no_push_or_shift_and_followers_carry_on() {
    let dir = support::scratch();
    let (mut host, address) = Node::host(dir.path(), "127.0.0.1:0");
    host.send(json!({"cmd": "booth", "id": "ko", "name": "Into Korean"}));
    let (_, ana_code) = host.issue("device", "Ana");
    let (_, ben_code) = host.issue("device", "Ben");
    let mut ana = Node::follower(dir.path(), &address, &ana_code, "Ana");
    let mut ben = Node::follower(dir.path(), &address, &ben_code, "Ben");
    online(&mut ana);
    online(&mut ben);
    ana.state_until("booth reached Ana", |s| s["booths"][0]["id"] == "ko");
    // Ben works in the booth too, so he must have it before the host goes (under load he may not yet).
    ben.state_until("booth reached Ben", |s| s["booths"][0]["id"] == "ko");

    // A burst of pushes, and kill -9 in the middle of it.
    for i in 0..40 {
        push(&mut ana, "ko", &format!("burst {i}"));
    }
    host.kill();
    let offline = ana.wait_for("link", |v| v["link"]["state"] == "offline");
    assert!(offline["link"]["since"].as_i64().expect("since") > 0);
    ben.wait_for("link", |v| v["link"]["state"] == "offline");

    // Both keep working on their last state while the host is gone.
    push(&mut ana, "ko", "made offline by Ana");
    ben.send(json!({"cmd": "handover", "booth": "ko", "to": "Ben"}));
    ana.send(json!({"cmd": "handover", "booth": "ko", "to": "Ana"}));
    let alone = ben.state_until("Ben's handover counts while the host is gone", |s| {
        handovers(s, "ko") == ["Ben"]
    });
    assert_eq!(alone["booths"][0]["onMic"], "Ben");

    // The host comes back on the same address with its tokens and whatever it had saved.
    let (mut host, again) = Node::host(dir.path(), &address);
    assert_eq!(again, address);
    online(&mut ana);
    online(&mut ben);
    let everything = |s: &serde_json::Value| {
        (0..40).all(|i| has_push(s, &format!("burst {i}")))
            && has_push(s, "made offline by Ana")
            && handovers(s, "ko").len() == 2
    };
    let h = host.state_until("everything reached the returning host", everything);
    let a = ana.state_until("everything reached Ana", everything);
    let b = ben.state_until("everything reached Ben", everything);
    assert_eq!(h["pushes"], a["pushes"]);
    assert_eq!(a["pushes"], b["pushes"]);
    assert_eq!(a["booths"], b["booths"]);
    let mut mics = handovers(&a, "ko");
    mics.sort();
    assert_eq!(mics, ["Ana", "Ben"]);
    host.quit();
    ana.quit();
    ben.quit();
}

#[test]
fn wrong_and_revoked_codes_are_refused_on_the_page_the_events_and_the_sync_endpoint() {
    let dir = support::scratch();
    let (mut host, address) = Node::host(dir.path(), "127.0.0.1:0");
    host.send(json!({"cmd": "booth", "id": "ko", "name": "Into Korean"}));
    let (ana_id, ana_code) = host.issue("device", "Ana");
    let (phone_id, phone_code) = host.issue("companion", "phones");

    // No code, a wrong code: 401 everywhere, and the page's text says why without echoing anything.
    assert_eq!(http_get(&address, "/", &[]).0, 401);
    assert_eq!(http_get(&address, "/?t=AAAA-AAAA-AAAA", &[]).0, 401);
    assert_eq!(http_get(&address, "/events?t=AAAA-AAAA-AAAA", &[]).0, 401);
    assert_eq!(sync_upgrade_status(&address, "0000000000000000"), 401);
    // A companion code does not open the sync endpoint.
    assert_eq!(sync_upgrade_status(&address, &phone_id), 401);
    // The right ones do, with a strict CSP on the page.
    let (status, page) = http_get(&address, &format!("/?t={phone_code}"), &[]);
    assert_eq!(status, 200);
    assert!(page.contains("content-security-policy: default-src 'none'; script-src 'self'"));
    assert_eq!(sync_upgrade_status(&address, &ana_id), 101);

    // A follower with a made-up code is refused and gets nothing.
    let mut mallory = Node::follower(dir.path(), &address, "ZZZZ-ZZZZ-ZZZZ", "Mallory");
    mallory.wait_for("link", |v| {
        v["link"]["state"] == "refused" && v["link"]["reason"] == "code"
    });
    let m = mallory.state_until("Mallory's state", |_| true);
    assert!(m["booths"].as_array().expect("booths").is_empty());

    // Ana joins, then is revoked: her connection drops, her later pushes stay with her.
    let mut ana = Node::follower(dir.path(), &address, &ana_code, "Ana");
    online(&mut ana);
    let page = Sse::open(&address, &phone_code);
    assert_eq!(page.status, 200);
    page.wait_for(|v| v["booths"][0]["id"] == "ko")
        .expect("view");
    host.send(json!({"cmd": "revoke", "id": ana_id}));
    host.send(json!({"cmd": "revoke", "id": phone_id}));
    ana.wait_for("link", |v| {
        v["link"]["state"] == "refused" && v["link"]["reason"] == "code"
    });
    assert!(page.closed(), "a revoked companion's stream is closed");
    push(&mut ana, "ko", "after revocation");
    ana.state_until("Ana keeps her push", |s| has_push(s, "after revocation"));
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let h = host.state_until("host state", |_| true);
    assert!(!has_push(&h, "after revocation"));
    assert_eq!(sync_upgrade_status(&address, &ana_id), 401);
    assert_eq!(http_get(&address, &format!("/?t={phone_code}"), &[]).0, 401);
    assert_eq!(
        http_get(&address, &format!("/events?t={phone_code}"), &[]).0,
        401
    );
}

#[test]
fn a_stranger_at_the_hosts_address_after_it_quit_gets_nothing() {
    let dir = support::scratch();
    let (mut host, address) = Node::host(dir.path(), "127.0.0.1:0");
    host.send(json!({"cmd": "booth", "id": "ko", "name": "Into Korean"}));
    let (_, ana_code) = host.issue("device", "Ana");
    let mut ana = Node::follower(dir.path(), &address, &ana_code, "Ana");
    online(&mut ana);
    ana.state_until("booth reached Ana", |s| s["booths"][0]["id"] == "ko");
    host.quit();
    ana.wait_for("link", |v| v["link"]["state"] == "offline");
    push(&mut ana, "ko", "private note");

    // Another host on the same address, with tokens of its own (a different folder).
    let other = support::scratch();
    let (mut stranger, again) = Node::host(other.path(), &address);
    assert_eq!(again, address);
    ana.wait_for("link", |v| v["link"]["state"] == "refused");
    std::thread::sleep(std::time::Duration::from_millis(1000));
    let s = stranger.state_until("stranger state", |_| true);
    assert!(texts(&s).is_empty());
    assert!(s["booths"].as_array().expect("booths").is_empty());
}
