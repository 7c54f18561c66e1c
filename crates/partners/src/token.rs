//! Pairing tokens: what the host shows (a code to type, or a QR code to scan) and the only way in.
//!
//! A token is a random code of 60 bits in Crockford base32 (`K7QM-3XPA-9RTD`: no I, L, O or U to misread). Its
//! **id** is a hash of the code, so lists, logs and revocation never show the secret. Two roles:
//! - a **device** (a partner's or another booth's Booth app) syncs the team document read-write. It never sends
//!   the code: host and device each prove they hold it with an HMAC over both sides' fresh nonces
//!   ([`proof`]), so a stranger who answers at the host's address after the host quit learns nothing and gets
//!   nothing;
//! - a **companion** (a phone's browser) reads the companion page; a browser on plain `http://` has no Web
//!   Crypto, so the code travels in the page URL and is compared in constant time.
//!
//! Revoking a token drops its open connections at once and refuses it from then on.

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::sync::RwLock;
use subtle::ConstantTimeEq;
use ts_rs::TS;

use crate::team::Millis;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// What a token lets its holder do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "PartnerRole")]
pub enum Role {
    /// Sync the team document (read-write) and read the companion page.
    Device,
    /// Read the companion page only.
    Companion,
}

/// A token as the host keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Token {
    pub id: String,
    /// The secret code (`XXXX-XXXX-XXXX`).
    pub code: String,
    pub role: Role,
    /// What the host's user called it ("Ana's laptop", "phones").
    pub label: String,
    pub created: Millis,
    pub revoked: Option<Millis>,
}

/// A token as the UI lists it: no secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
#[ts(export, rename = "PartnerTokenInfo")]
pub struct TokenInfo {
    pub id: String,
    pub role: Role,
    pub label: String,
    #[ts(type = "number")]
    pub created: Millis,
    #[ts(type = "number | null")]
    pub revoked: Option<Millis>,
}

/// Puts a typed code into canonical form: upper case, confusable letters mapped, dashes every four.
pub fn normalize_code(code: &str) -> String {
    let chars: Vec<char> = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c.to_ascii_uppercase() {
            'I' | 'L' => '1',
            'O' => '0',
            c => c,
        })
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// The public id of a code.
pub fn token_id(code: &str) -> String {
    let digest = Sha256::digest(normalize_code(code).as_bytes());
    hex::encode(&digest[..8])
}

fn new_code() -> String {
    let mut buf = [0u8; 12];
    getrandom::fill(&mut buf).expect("the operating system's random source failed");
    let raw: String = buf
        .iter()
        .map(|b| ALPHABET[usize::from(b & 31)] as char)
        .collect();
    normalize_code(&raw)
}

/// Which side of the handshake a proof is for (a device's proof can never be replayed as the host's).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Host,
    Device,
}

/// HMAC-SHA256 of both nonces under the code: what each side sends to show it holds the code.
pub fn proof(code: &str, side: Side, host_nonce: &str, device_nonce: &str) -> String {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(normalize_code(code).as_bytes())
        .expect("HMAC takes a key of any length");
    let label: &[u8] = match side {
        Side::Host => b"booth-partners host\0",
        Side::Device => b"booth-partners device\0",
    };
    mac.update(label);
    mac.update(host_nonce.as_bytes());
    mac.update(b"\0");
    mac.update(device_nonce.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Constant-time equality of two strings (lengths may differ; that much is not secret).
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// A fresh nonce for one handshake.
pub fn nonce() -> String {
    crate::team::random_id()
}

/// The host's tokens. Lives in memory; the caller decides whether to persist it ([`Tokens::to_json`]).
#[derive(Debug, Default)]
pub struct Tokens {
    inner: RwLock<Vec<Token>>,
}

impl Tokens {
    pub fn new() -> Tokens {
        Tokens::default()
    }

    /// Restores tokens saved by [`Tokens::to_json`].
    pub fn from_json(json: &str) -> serde_json::Result<Tokens> {
        Ok(Tokens {
            inner: RwLock::new(serde_json::from_str(json)?),
        })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&*self.read()).expect("plain data serializes")
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Vec<Token>> {
        self.inner.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Makes a new token; the returned code is what the host shows.
    pub fn issue(&self, role: Role, label: &str, now: Millis) -> Token {
        let code = new_code();
        let token = Token {
            id: token_id(&code),
            code,
            role,
            label: label.to_owned(),
            created: now,
            revoked: None,
        };
        self.inner
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .push(token.clone());
        token
    }

    /// Revokes a token by id; false if there is no such token.
    pub fn revoke(&self, id: &str, now: Millis) -> bool {
        let mut tokens = self.inner.write().unwrap_or_else(|e| e.into_inner());
        match tokens.iter_mut().find(|t| t.id == id) {
            Some(t) => {
                t.revoked.get_or_insert(now);
                true
            }
            None => false,
        }
    }

    /// Revokes every token: what "stop sharing and forget everyone" does.
    pub fn revoke_all(&self, now: Millis) {
        for t in self
            .inner
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .iter_mut()
        {
            t.revoked.get_or_insert(now);
        }
    }

    pub fn list(&self) -> Vec<TokenInfo> {
        self.read()
            .iter()
            .map(|t| TokenInfo {
                id: t.id.clone(),
                role: t.role,
                label: t.label.clone(),
                created: t.created,
                revoked: t.revoked,
            })
            .collect()
    }

    /// The live (unrevoked) token with this id.
    pub fn live(&self, id: &str) -> Option<Token> {
        self.read()
            .iter()
            .find(|t| t.revoked.is_none() && same(&t.id, id))
            .cloned()
    }

    /// The newest live token of `role`: the code a restarted host shows again, so that the devices still
    /// holding it reconnect without anyone typing anything.
    pub fn newest_live(&self, role: Role) -> Option<Token> {
        self.read()
            .iter()
            .filter(|t| t.revoked.is_none() && t.role == role)
            .max_by_key(|t| t.created)
            .cloned()
    }

    /// The live token whose code is `code` (as a browser sends it), compared in constant time.
    pub fn by_code(&self, code: &str) -> Option<Token> {
        let code = normalize_code(code);
        let token = self.live(&token_id(&code))?;
        same(&token.code, &code).then_some(token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_typeable_and_forgiving() {
        let t = Tokens::new().issue(Role::Device, "Ana", 0);
        assert_eq!(t.code.len(), 14);
        assert!(t
            .code
            .chars()
            .all(|c| c == '-' || ALPHABET.contains(&(c as u8))));
        assert_eq!(normalize_code("k7qm 3xpa-9rtd"), "K7QM-3XPA-9RTD");
        assert_eq!(normalize_code("o1l"), "011");
    }

    #[test]
    fn a_revoked_or_wrong_code_finds_no_token() {
        let tokens = Tokens::new();
        let t = tokens.issue(Role::Companion, "phones", 0);
        assert_eq!(
            tokens.by_code(&t.code.to_lowercase()).map(|t| t.id),
            Some(t.id.clone())
        );
        assert!(tokens.by_code("AAAA-AAAA-AAAA").is_none());
        assert!(tokens.revoke(&t.id, 5));
        assert!(tokens.by_code(&t.code).is_none());
        assert!(tokens.live(&t.id).is_none());
        assert_eq!(tokens.list()[0].revoked, Some(5));
    }

    #[test]
    fn proofs_depend_on_code_side_and_both_nonces() {
        let p = proof("AAAA-BBBB-CCCC", Side::Device, "h", "d");
        assert_eq!(p, proof("aaaa bbbb cccc", Side::Device, "h", "d"));
        assert_ne!(p, proof("AAAA-BBBB-CCCC", Side::Host, "h", "d"));
        assert_ne!(p, proof("AAAA-BBBB-CCCD", Side::Device, "h", "d"));
        assert_ne!(p, proof("AAAA-BBBB-CCCC", Side::Device, "h2", "d"));
        assert_ne!(p, proof("AAAA-BBBB-CCCC", Side::Device, "h", "d2"));
    }

    #[test]
    fn tokens_survive_a_save() {
        let tokens = Tokens::new();
        let t = tokens.issue(Role::Device, "Ben", 3);
        let back = Tokens::from_json(&tokens.to_json()).expect("ok");
        assert_eq!(back.live(&t.id).map(|t| t.code), Some(t.code));
    }

    #[test]
    fn the_newest_live_code_of_a_role_is_the_one_shown_again() {
        let tokens = Tokens::new();
        let old = tokens.issue(Role::Device, "partners", 1);
        let new = tokens.issue(Role::Device, "partners", 2);
        let phones = tokens.issue(Role::Companion, "phones", 3);
        assert_eq!(
            tokens.newest_live(Role::Device).map(|t| t.id),
            Some(new.id.clone())
        );
        assert_eq!(
            tokens.newest_live(Role::Companion).map(|t| t.id),
            Some(phones.id)
        );
        tokens.revoke(&new.id, 4);
        assert_eq!(
            tokens.newest_live(Role::Device).map(|t| t.id),
            Some(old.id.clone())
        );
        tokens.revoke(&old.id, 5);
        assert!(tokens.newest_live(Role::Device).is_none());
    }
}
