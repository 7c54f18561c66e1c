//! Whoever answers at the host's address without the code — a stranger's server that accepts any device —
//! gets no byte of the document: the follower checks the host's proof before it sends anything.

use axum::extract::ws::{Message, WebSocketUpgrade};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use booth_partners::host::{HOST_NONCE_HEADER, HOST_PROOF_HEADER};
use booth_partners::team::{PushKind, PushRequest};
use booth_partners::{system_clock, Follower, Link, Refusal, Replica, Team};
use futures_util::StreamExt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_cannot_prove_the_code_gets_nothing() {
    let received = Arc::new(AtomicUsize::new(0));
    let counter = received.clone();
    let app = Router::new().route(
        "/sync",
        get(move |upgrade: WebSocketUpgrade| {
            let counter = counter.clone();
            async move {
                let mut response = upgrade
                    .on_upgrade(move |mut socket| async move {
                        while let Some(Ok(m)) = socket.next().await {
                            if !matches!(m, Message::Ping(_) | Message::Pong(_)) {
                                counter.fetch_add(1, Ordering::SeqCst);
                            }
                        }
                    })
                    .into_response();
                let h = response.headers_mut();
                h.insert(
                    HOST_NONCE_HEADER,
                    "0123456789abcdef".parse().expect("header"),
                );
                h.insert(HOST_PROOF_HEADER, "00".repeat(32).parse().expect("header"));
                response
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address").to_string();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });

    let mut team = Team::new();
    team.add_booth("ko", "Into Korean").expect("booth");
    team.push(
        PushRequest {
            booth: "ko".into(),
            kind: PushKind::Note,
            text: "private".into(),
            detail: String::new(),
        },
        "Ana",
        1,
    )
    .expect("push");
    let follower = Follower::start(
        Replica::new(team),
        &address,
        "K7QM-3XPA-9RTD",
        system_clock(),
    );
    let mut link = follower.watch_link();
    tokio::time::timeout(Duration::from_secs(10), async {
        while !matches!(
            &*link.borrow_and_update(),
            Link::Refused {
                reason: Refusal::NotTheHost,
                ..
            }
        ) {
            link.changed().await.expect("link");
        }
    })
    .await
    .expect("the follower refuses the stranger");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        received.load(Ordering::SeqCst),
        0,
        "nothing was sent to the stranger"
    );
    follower.stop().await;
}
