//! Consistency tokens: the client's recent writes as an opaque, versioned, URL-safe string
//! that another client (another process, machine or language) merges so that its reads ride
//! out the lag exactly as if it had made those writes.
//!
//! Format `cpt1.<payload>[.<signature>]`, each part base64url without padding. The payload is
//! JSON: `[[path, wall_ms, "w"|"d", [[field, hash], ...] | null], ...]`, newest write first.
//! It holds paths, the writes' wall-clock times (ms since the Unix epoch, UTC) and, for an
//! update, the hashes (8 bytes of SHA-256) of the fields a fresh read must show. No secret, no
//! request body. The signature is HMAC-SHA256 over `cpt1.<payload>` with the app's key.
//!
//! Bounds: a token is at most [`MAX_TOKEN_LEN`] bytes; when the window holds more writes than
//! fit, the newest are kept. Clock skew: a write's age is judged by the reader's clock, less
//! [`SKEW_ALLOWANCE`]; a time in the reader's future counts as now. So a writer's clock up to
//! 2 s ahead or behind changes nothing, and any skew can at most make a read wait within the
//! reader's own consistency window and wait (`ConsistencyConfig::max_wait`), never longer.

use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use hmac::{Hmac, Mac};
use serde_json::Value;
use sha2::Sha256;

use crate::consistency::{Ledger, Recorded, ValueHash};
use crate::error::{Error, Result};
use crate::secret::Secret;

/// Longest token made or accepted, in bytes.
pub const MAX_TOKEN_LEN: usize = 2048;
pub use crate::consistency::SKEW_ALLOWANCE;

const PREFIX: &str = "cpt1.";
/// Base64 length of an HMAC-SHA256 signature, with its dot.
const SIGNATURE_LEN: usize = 1 + 43;
const MAX_PATH_LEN: usize = 512;
/// Most writes a token can hold (the shortest entry, `["/x",0,"w",null]`, takes 16 bytes).
pub(crate) const MAX_WRITES: usize = MAX_TOKEN_LEN / 16;

fn bad(why: impl std::fmt::Display) -> Error {
    Error::invalid_input(format!("consistency token refused: {why}"))
}

fn mac(key: &Secret, signed: &str) -> Hmac<Sha256> {
    let mut m = Hmac::<Sha256>::new_from_slice(key.expose().as_bytes()).expect("HMAC takes keys of any length");
    m.update(signed.as_bytes());
    m
}

/// Encodes `writes` (newest first) into a token of at most [`MAX_TOKEN_LEN`] bytes, keeping
/// the newest that fit; signed when `key` is set.
pub(crate) fn encode(writes: &[Recorded], key: Option<&Secret>) -> String {
    let room = MAX_TOKEN_LEN - PREFIX.len() - if key.is_some() { SIGNATURE_LEN } else { 0 };
    let mut json = String::from("[");
    for w in writes {
        let item = entry_json(w);
        let len = json.len() + item.len() + usize::from(json.len() > 1) + 1;
        if len.div_ceil(3) * 4 > room {
            break;
        }
        if json.len() > 1 {
            json.push(',');
        }
        json.push_str(&item);
    }
    json.push(']');
    let mut token = format!("{PREFIX}{}", B64.encode(json.as_bytes()));
    if let Some(k) = key {
        let sig = mac(k, &token).finalize().into_bytes();
        token.push('.');
        token.push_str(&B64.encode(sig));
    }
    token
}

fn entry_json(w: &Recorded) -> String {
    let expect = w.expect.as_ref().map(|fields| {
        Value::Array(
            fields
                .iter()
                .map(|(k, h)| Value::Array(vec![Value::from(k.as_str()), Value::from(B64.encode(h))]))
                .collect(),
        )
    });
    let kind = if w.deleted { "d" } else { "w" };
    Value::Array(vec![
        Value::from(w.path.as_str()),
        Value::from(w.wall_ms),
        Value::from(kind),
        expect.unwrap_or(Value::Null),
    ])
    .to_string()
}

/// Decodes a token. With `key`, the signature must be present and valid. Errors are
/// `InvalidInput` and say what is wrong; they never echo the token.
pub(crate) fn decode(token: &str, key: Option<&Secret>) -> Result<Vec<Recorded>> {
    let token = token.trim();
    if token.len() > MAX_TOKEN_LEN {
        return Err(bad(format!("it is {} bytes long, more than the {MAX_TOKEN_LEN} a token may have", token.len())));
    }
    let Some(rest) = token.strip_prefix(PREFIX) else {
        return Err(bad("it does not start with `cpt1.` (not a consistency token, or a newer version)"));
    };
    let (payload, signature) = match rest.split_once('.') {
        Some((p, s)) => (p, Some(s)),
        None => (rest, None),
    };
    if let Some(k) = key {
        let Some(sig) = signature else {
            return Err(bad("it is not signed, and this client requires signed tokens"));
        };
        let sig = B64.decode(sig).map_err(|_| bad("its signature is not base64url"))?;
        mac(k, &token[..PREFIX.len() + payload.len()])
            .verify_slice(&sig)
            .map_err(|_| bad("its signature does not match (tampered, or signed with another key)"))?;
    }
    let json = B64.decode(payload).map_err(|_| bad("its payload is not base64url"))?;
    let items: Vec<Value> = serde_json::from_slice(&json).map_err(|_| bad("its payload is not the expected JSON"))?;
    items.iter().map(parse_entry).collect()
}

fn parse_entry(v: &Value) -> Result<Recorded> {
    let malformed = || bad("an entry is malformed");
    let a = v.as_array().filter(|a| a.len() == 4).ok_or_else(malformed)?;
    let path = a[0].as_str().filter(|p| p.starts_with('/') && p.len() <= MAX_PATH_LEN).ok_or_else(malformed)?;
    let wall_ms = a[1].as_u64().ok_or_else(malformed)?;
    let deleted = match a[2].as_str() {
        Some("w") => false,
        Some("d") => true,
        _ => return Err(malformed()),
    };
    let expect = match &a[3] {
        Value::Null => None,
        Value::Array(fields) => Some(
            fields
                .iter()
                .map(|f| {
                    let pair = f.as_array().filter(|p| p.len() == 2).ok_or_else(malformed)?;
                    let name = pair[0].as_str().ok_or_else(malformed)?;
                    let hash = B64.decode(pair[1].as_str().ok_or_else(malformed)?).map_err(|_| malformed())?;
                    let hash: ValueHash = hash.try_into().map_err(|_| malformed())?;
                    Ok((name.to_owned(), hash))
                })
                .collect::<Result<Vec<_>>>()?,
        ),
        _ => return Err(malformed()),
    };
    Ok(Recorded { path: path.to_owned(), wall_ms, deleted, expect })
}

/// A ledger holding the writes of `token` still inside `window` (for one call's option).
pub(crate) fn ledger_of(token: &str, key: Option<&Secret>, window: Duration) -> Result<Ledger> {
    let ledger = Ledger::default();
    ledger.import(decode(token, key)?, window);
    Ok(ledger)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(path: &str, ms: u64) -> Recorded {
        Recorded { path: path.into(), wall_ms: ms, deleted: false, expect: None }
    }

    #[test]
    fn round_trips_signed_and_unsigned() {
        let writes = vec![
            w("/workspaces/a", 5),
            Recorded {
                path: "/workspaces/b".into(),
                wall_ms: 4,
                deleted: false,
                expect: Some(vec![("workspaceName".into(), [1; 8])]),
            },
            Recorded { path: "/workspaces/c".into(), wall_ms: 3, deleted: true, expect: None },
        ];
        let t = encode(&writes, None);
        assert!(t.starts_with("cpt1.") && t.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)));
        assert_eq!(decode(&t, None).unwrap(), writes);
        let key = Secret::new("app-key");
        let signed = encode(&writes, Some(&key));
        assert_eq!(decode(&signed, Some(&key)).unwrap(), writes);
        assert_eq!(decode(&signed, None).unwrap(), writes, "a keyless client reads a signed token");
        assert!(decode(&t, Some(&key)).unwrap_err().message().contains("not signed"));
        assert!(decode(&signed, Some(&Secret::new("other"))).unwrap_err().message().contains("does not match"));
        let mut tampered = signed.clone();
        tampered.replace_range(6..7, if &signed[6..7] == "A" { "B" } else { "A" });
        assert!(decode(&tampered, Some(&key)).is_err());
    }

    #[test]
    fn the_size_is_bounded_and_the_newest_writes_are_kept() {
        let writes: Vec<Recorded> = (0..10_000).map(|i| w(&format!("/workspaces/ws_{i:06}"), 10_000 - i)).collect();
        for key in [None, Some(Secret::new("k"))] {
            let t = encode(&writes, key.as_ref());
            assert!(t.len() <= MAX_TOKEN_LEN, "{}", t.len());
            let back = decode(&t, key.as_ref()).unwrap();
            assert!(back.len() > 10);
            assert_eq!(back[..], writes[..back.len()], "a prefix: the newest");
        }
    }

    /// The cost figures of bench/README.md ("Consistency tokens"):
    /// `cargo test --release -p cloudpirates --lib token_cost -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn token_cost() {
        use std::time::Instant;
        let window = Duration::from_secs(10);
        for n in [10usize, 1_000, 10_000] {
            let ledger = Ledger::default();
            let op = crate::catalog::operation("workspaces.rename").unwrap();
            for i in 0..n {
                let path = format!("/workspaces/ws_{i:08}/name");
                ledger.record(op, &path, Some(br#"{"workspaceName":"a new name"}"#), b"", None, window);
            }
            let rounds = 200u32;
            let t = Instant::now();
            let mut token = String::new();
            for _ in 0..rounds {
                token = encode(&ledger.export(window, MAX_WRITES), None);
            }
            let make = t.elapsed() / rounds;
            let t = Instant::now();
            for _ in 0..rounds {
                Ledger::default().import(decode(&token, None).unwrap(), window);
            }
            let merge = t.elapsed() / rounds;
            let kept = decode(&token, None).unwrap().len();
            println!(
                "{n:>6} writes in the window: token {} bytes ({kept} writes kept), make {make:?}, merge {merge:?}",
                token.len()
            );
        }
    }

    #[test]
    fn garbage_is_a_typed_error_never_a_panic() {
        let long = format!("cpt1.{}", "A".repeat(MAX_TOKEN_LEN));
        for t in ["", "cpt1", "cpt1.", "cpt2.W10", "cpt1.!!!", "cpt1.e30", "cpt1.W1td", "cpt1.W1sxXV0", &long] {
            assert!(decode(t, None).is_err(), "{t:?}");
        }
        let t = encode(&[w("/a", 1)], None);
        assert!(decode(&t, None).is_ok());
    }
}
