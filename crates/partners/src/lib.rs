//! Booth partners: the booth team's shared state across devices on a local network, with no internet.
//!
//! Interpreters work in pairs and hand over every 20–30 minutes; a venue often has two booths and a chief
//! interpreter who knows when the programme runs late. This engine lets their laptops share one state:
//! - [`team`]: the shared document (booths and handover timers, partner pushes and notes, the event's
//!   running-late record, the programme for the companion page), an Automerge CRDT so edits made apart merge;
//! - [`host`]: the embedded server (axum) one device runs while sharing is on, bound to the address the caller
//!   picked: Automerge sync over WebSocket for devices, the read-only companion page for phones;
//! - [`follower`]: a device that joined with a code: syncs, keeps working offline, merges on reconnect;
//! - [`token`]: pairing codes, their proofs and revocation; [`companion`] and [`qr`]: the phone's page and the
//!   QR code that opens it.
//!
//! The engine knows no pack, agenda or window: the core maps its concepts, people and agenda to
//! [`team::PushRequest`]s and [`team::ProgrammeItem`]s, and every time value comes from the caller.

pub mod companion;
pub mod follower;
pub mod host;
mod peer;
pub mod qr;
pub mod replica;
pub mod team;
pub mod token;

pub use follower::{Follower, Link, Refusal};
pub use host::{system_clock, Clock, Host, HostStatus};
pub use replica::Replica;
pub use team::{Booth, Countdown, Millis, Push, PushKind, PushRequest, Team, TeamState};
pub use token::{Role, Tokens};
