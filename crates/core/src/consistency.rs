//! Read-your-writes: the ledger of this client's own recent writes, and the rules that
//! decide when a read must wait for the read models to catch up.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::Value;

use crate::operation::{Method, Operation};

/// How a call treats the read models' lag.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Consistency {
    /// A read of something this client wrote recently rides out a 404/403 (default).
    #[default]
    ReadYourWrites,
    /// Also waits out stale reads after this client's deletes and updates.
    Strong,
    /// Never waits.
    Eventual,
}

/// How far a writer's clock may run ahead of the reader's without shortening the wait (see
/// `token.rs`).
pub const SKEW_ALLOWANCE: Duration = Duration::from_secs(2);

/// A hash of one expected field value: what a consistency token carries instead of the value.
pub(crate) type ValueHash = [u8; 8];

/// The hash of a JSON value (SHA-256 of its serialisation, object keys sorted; first 8 bytes).
pub(crate) fn value_hash(v: &Value) -> ValueHash {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(serde_json::to_vec(v).unwrap_or_default());
    let mut out = [0u8; 8];
    out.copy_from_slice(&digest[..8]);
    out
}

/// One remembered write as it travels in a consistency token: the path, the wall-clock time of
/// the write (ms since the Unix epoch), whether it was a delete, and the hashes of the fields a
/// fresh read must show.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Recorded {
    pub path: String,
    pub wall_ms: u64,
    pub deleted: bool,
    pub expect: Option<Vec<(String, ValueHash)>>,
}

impl Consistency {
    /// Parses `read_your_writes`, `strong` or `eventual` (also with dashes).
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().replace('-', "_").as_str() {
            "read_your_writes" | "ryw" => Some(Consistency::ReadYourWrites),
            "strong" => Some(Consistency::Strong),
            "eventual" => Some(Consistency::Eventual),
            _ => None,
        }
    }
}

/// What kind of write the ledger remembers for a path.
#[derive(Debug, Clone, PartialEq)]
enum WriteKind {
    /// Created or changed; `expect` holds the hashes of fields a fresh read must show (strong
    /// mode). Secret-named fields are never kept.
    Written { expect: Option<Vec<(String, ValueHash)>> },
    /// Deleted by this client.
    Deleted,
}

#[derive(Debug, Clone)]
struct Entry {
    at: Instant,
    kind: WriteKind,
}

/// Most paths remembered at once; the oldest are dropped first.
const MAX_ENTRIES: usize = 100_000;

/// The client's memory of its own recent writes, keyed by resource path. Recording and
/// looking up cost O(1) (a hash map, and a queue in write order that expires the oldest
/// first); memory is bounded by [`MAX_ENTRIES`] paths.
#[derive(Debug, Default)]
pub(crate) struct Ledger {
    /// Set on the first write: until then every check answers at once, without the lock.
    written: std::sync::atomic::AtomicBool,
    entries: Mutex<Entries>,
}

#[derive(Debug, Default)]
struct Entries {
    map: HashMap<String, Entry>,
    /// Paths in the order written (a rewritten path appears again; the stale copy is skipped).
    order: VecDeque<(Instant, String)>,
}

impl Entries {
    /// Drops the front entry of `order`, and its map entry unless the path was written again.
    fn pop_oldest(&mut self) {
        if let Some((at, path)) = self.order.pop_front()
            && self.map.get(&path).is_some_and(|e| e.at == at)
        {
            self.map.remove(&path);
        }
    }
}

/// Why a read should be tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stale {
    /// 404/403 on something this client created or changed.
    NotYetVisible,
    /// 200 on something this client deleted (strong mode).
    StillPresent,
    /// 200 without this client's latest update (strong mode).
    NotYetUpdated,
}

impl Ledger {
    /// Remembers a successful write of `op` on `path` for read-your-writes. A create
    /// remembers the new resource's path (`created` is its id), and nothing when its id is
    /// unknown: an entry for the whole collection would make every true 404 below it wait out
    /// the window. A `PUT .../name` remembers its parent with the fields it set (strong reads).
    /// A create whose parent lists what it made (`x-read-back`, e.g. a workspace's open
    /// invitations) also makes a read of the parent wait until the new item shows there.
    /// Returns what was recorded (for the write's own consistency token).
    pub(crate) fn record(
        &self,
        op: &Operation,
        path: &str,
        req_body: Option<&[u8]>,
        resp_body: &[u8],
        created: Option<&str>,
        window: Duration,
    ) -> Vec<Recorded> {
        let mut out = Vec::new();
        if let Some(rb) = crate::catalog::notes(op).read_back
            && let Some((_, key)) = rb.strip_suffix(']').and_then(|r| r.split_once('['))
            && let Some(id) = serde_json::from_slice::<Value>(resp_body).ok().and_then(|v| v.get(key).cloned())
            && !matches!(&id, Value::Null | Value::Bool(_) | Value::Array(_) | Value::Object(_))
            && id.as_str() != Some("")
            && let Some((parent, _)) = path.rsplit_once('/').filter(|(p, _)| !p.is_empty())
        {
            out.push(self.expect_more(parent, vec![(rb.to_owned(), value_hash(&id))], window));
        }
        out.extend(self.record_one(op, path, req_body, created, window));
        out
    }

    /// Adds expectations to the entry of `path` (a write of it), keeping those it had.
    fn expect_more(&self, path: &str, more: Vec<(String, ValueHash)>, window: Duration) -> Recorded {
        let now = Instant::now();
        let mut expect = {
            let e = self.entries.lock().expect("ledger lock");
            match e.map.get(path) {
                Some(Entry { at, kind: WriteKind::Written { expect } }) if now.duration_since(*at) < window => {
                    expect.clone().unwrap_or_default()
                }
                _ => Vec::new(),
            }
        };
        for (k, h) in more {
            expect.retain(|(old, _)| *old != k);
            expect.push((k, h));
        }
        self.insert_at(path, WriteKind::Written { expect: Some(expect.clone()) }, window, now);
        Recorded { path: path.to_owned(), wall_ms: wall_ms(SystemTime::now()), deleted: false, expect: Some(expect) }
    }

    fn record_one(
        &self,
        op: &Operation,
        path: &str,
        req_body: Option<&[u8]>,
        created: Option<&str>,
        window: Duration,
    ) -> Option<Recorded> {
        let (path, kind) = match op.method {
            Method::Get => return None,
            Method::Delete => (path.to_owned(), WriteKind::Deleted),
            Method::Post | Method::Put => match (op.created_id_field, created) {
                (Some(_), Some(id)) => {
                    let seg = crate::path::encode_segment(id).ok()?;
                    (format!("{path}/{seg}"), WriteKind::Written { expect: None })
                }
                (Some(_), None) => return None,
                (None, _) if op.method == Method::Put => {
                    let parent = path.rsplit_once('/').map(|(p, _)| p).filter(|p| !p.is_empty()).unwrap_or(path);
                    let expect = req_body.and_then(|b| serde_json::from_slice::<Value>(b).ok()).and_then(|v| match v {
                        Value::Object(m) => Some(expectations(&m)),
                        _ => None,
                    });
                    (parent.to_owned(), WriteKind::Written { expect })
                }
                (None, _) => (path.to_owned(), WriteKind::Written { expect: None }),
            },
        };
        self.insert_at(&path, kind.clone(), window, Instant::now());
        let (deleted, expect) = match kind {
            WriteKind::Deleted => (true, None),
            WriteKind::Written { expect } => (false, expect),
        };
        Some(Recorded { path, wall_ms: wall_ms(SystemTime::now()), deleted, expect })
    }

    /// Records a write of `path` (created or updated) with the fields a fresh read must show.
    #[cfg(test)]
    pub(crate) fn record_write(&self, path: &str, expect: Option<serde_json::Map<String, Value>>, window: Duration) {
        self.insert_at(path, WriteKind::Written { expect: expect.as_ref().map(expectations) }, window, Instant::now());
    }

    /// Records a delete of `path`.
    #[cfg(test)]
    pub(crate) fn record_delete(&self, path: &str, window: Duration) {
        self.insert_at(path, WriteKind::Deleted, window, Instant::now());
    }

    /// Adds writes that another client made (from a consistency token), each at the instant
    /// its wall-clock time maps to here: see `token.rs` for the clock-skew rule. Writes
    /// already past `window` are skipped; a path already known keeps its newer write.
    pub(crate) fn import(&self, writes: Vec<Recorded>, window: Duration) {
        let (now, wall_now) = (Instant::now(), wall_ms(SystemTime::now()));
        for w in writes {
            let age = Duration::from_millis(wall_now.saturating_sub(w.wall_ms)).saturating_sub(SKEW_ALLOWANCE);
            let Some(at) = now.checked_sub(age).filter(|_| age < window) else { continue };
            let known_newer = self.entries.lock().expect("ledger lock").map.get(&w.path).is_some_and(|e| e.at >= at);
            if known_newer {
                continue;
            }
            let kind = if w.deleted { WriteKind::Deleted } else { WriteKind::Written { expect: w.expect } };
            self.insert_at(&w.path, kind, window, at);
        }
    }

    /// The newest `limit` writes still inside `window`, newest first, with their wall-clock
    /// times. Walks the write-order queue from its end: the cost follows `limit`, not the
    /// number of writes remembered.
    pub(crate) fn export(&self, window: Duration, limit: usize) -> Vec<Recorded> {
        let (now, wall_now) = (Instant::now(), SystemTime::now());
        let e = self.entries.lock().expect("ledger lock");
        let mut out = Vec::new();
        for (at, path) in e.order.iter().rev() {
            if out.len() >= limit || now.duration_since(*at) >= window {
                break;
            }
            let Some(en) = e.map.get(path).filter(|en| en.at == *at) else { continue }; // a stale copy
            let wall = wall_now.checked_sub(now.duration_since(en.at)).unwrap_or(UNIX_EPOCH);
            let (deleted, expect) = match &en.kind {
                WriteKind::Deleted => (true, None),
                WriteKind::Written { expect } => (false, expect.clone()),
            };
            out.push(Recorded { path: path.clone(), wall_ms: wall_ms(wall), deleted, expect });
        }
        out
    }

    fn insert_at(&self, path: &str, kind: WriteKind, window: Duration, now: Instant) {
        let mut e = self.entries.lock().expect("ledger lock");
        while e.order.front().is_some_and(|(at, _)| now.duration_since(*at) >= window) {
            e.pop_oldest();
        }
        // A write of a path that this client deleted earlier (re-create) replaces the delete.
        e.map.insert(path.to_owned(), Entry { at: now, kind });
        self.written.store(true, std::sync::atomic::Ordering::Release);
        if e.order.back().is_some_and(|(last, _)| *last > now) {
            // an imported write older than the newest one: keep the queue in time order
            let i = e.order.partition_point(|(at, _)| *at <= now);
            e.order.insert(i, (now, path.to_owned()));
        } else {
            e.order.push_back((now, path.to_owned()));
        }
        while e.map.len() > MAX_ENTRIES {
            e.pop_oldest();
        }
        if e.order.len() > 2 * MAX_ENTRIES {
            // many rewrites of the same paths: keep one queue entry per live path
            let mut live: Vec<(Instant, String)> = e.map.iter().map(|(p, en)| (en.at, p.clone())).collect();
            live.sort();
            e.order = live.into();
        }
    }

    /// The nearest ancestor of `path` (not `path` itself) that this client wrote (created or
    /// changed, not deleted) within `window`.
    pub(crate) fn written_ancestor(&self, path: &str, window: Duration) -> Option<String> {
        let now = Instant::now();
        let e = self.entries.lock().expect("ledger lock");
        ancestors(path).skip(1).find_map(|p| {
            let entry = e.map.get(p)?;
            (now.duration_since(entry.at) < window && matches!(entry.kind, WriteKind::Written { .. }))
                .then(|| p.to_owned())
        })
    }

    /// True when this client wrote `path` itself (created or changed) within `window`.
    pub(crate) fn written_self(&self, path: &str, window: Duration) -> bool {
        let now = Instant::now();
        let e = self.entries.lock().expect("ledger lock");
        e.map
            .get(path.trim_end_matches('/'))
            .is_some_and(|en| now.duration_since(en.at) < window && matches!(en.kind, WriteKind::Written { .. }))
    }

    /// Paths currently remembered (for tests and measurements).
    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.lock().expect("ledger lock").map.len()
    }

    /// Decides whether a GET of `path` that answered `status` (with `body`) is stale for
    /// this client, under `mode`, within `window`.
    pub(crate) fn check(
        &self,
        path: &str,
        status: u16,
        body: &[u8],
        mode: Consistency,
        window: Duration,
    ) -> Option<Stale> {
        if mode == Consistency::Eventual || self.is_empty() {
            return None;
        }
        let now = Instant::now();
        let mut entries = self.entries.lock().expect("ledger lock");
        let map = &mut entries.map;
        let fresh = |e: &Entry| now.duration_since(e.at) < window;
        match status {
            404 | 403 => {
                // Covered when this path, or any ancestor of it, was written (not deleted).
                let written = ancestors(path)
                    .any(|p| map.get(p).is_some_and(|e| fresh(e) && matches!(e.kind, WriteKind::Written { .. })));
                written.then_some(Stale::NotYetVisible)
            }
            200..=299 => {
                let e = map.get_mut(path.trim_end_matches('/')).filter(|e| fresh(e))?;
                let strong = mode == Consistency::Strong;
                match &mut e.kind {
                    WriteKind::Deleted => strong.then_some(Stale::StillPresent),
                    // Read-your-writes checks that what this client created shows in its
                    // parent's list; strong also checks the fields it set.
                    WriteKind::Written { expect: Some(expect) }
                        if strong || expect.iter().any(|(k, _)| is_listing(k)) =>
                    {
                        let v: Value = serde_json::from_slice(body).ok()?;
                        let obj = v.as_object()?;
                        let matches =
                            expect.iter().filter(|(k, _)| strong || is_listing(k)).all(|(k, want)| shows(obj, k, want));
                        if matches {
                            // Once a new item has shown in its parent, later reads need not
                            // wait for it (it may be accepted or removed since).
                            expect.retain(|(k, _)| !is_listing(k));
                        }
                        (!matches).then_some(Stale::NotYetUpdated)
                    }
                    WriteKind::Written { .. } => None,
                }
            }
            _ => None,
        }
    }

    fn is_empty(&self) -> bool {
        !self.written.load(std::sync::atomic::Ordering::Acquire)
            || self.entries.lock().expect("ledger lock").map.is_empty()
    }
}

/// True for an expectation `field[key]`: an item of the array `field` whose `key` is the value.
fn is_listing(key: &str) -> bool {
    key.ends_with(']')
}

/// Whether a read's object shows one expectation: `field` equal to the hashed value, or for
/// `field[key]`, an item of the array `field` whose `key` is the hashed value.
fn shows(obj: &serde_json::Map<String, Value>, expectation: &str, want: &ValueHash) -> bool {
    match expectation.strip_suffix(']').and_then(|e| e.split_once('[')) {
        Some((field, key)) => obj
            .get(field)
            .and_then(Value::as_array)
            .is_some_and(|items| items.iter().any(|it| it.get(key).is_some_and(|v| value_hash(v) == *want))),
        None => obj.get(expectation).is_some_and(|v| value_hash(v) == *want),
    }
}

/// The fields of a write's body that a fresh read must show, as hashes; secret-named fields
/// (passwords, tokens) are left out: a read never shows them, and a token must not carry them.
fn expectations(body: &serde_json::Map<String, Value>) -> Vec<(String, ValueHash)> {
    body.iter().filter(|(k, _)| !crate::secret::is_secret_name(k)).map(|(k, v)| (k.clone(), value_hash(v))).collect()
}

/// Milliseconds since the Unix epoch (0 before it).
pub(crate) fn wall_ms(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX)).unwrap_or(0)
}

/// `/a/b/c`, `/a/b`, `/a` (the path itself first).
fn ancestors(path: &str) -> impl Iterator<Item = &str> {
    let mut cur = Some(path.trim_end_matches('/'));
    std::iter::from_fn(move || {
        let p = cur?;
        cur = match p.rfind('/') {
            Some(0) | None => None,
            Some(i) => Some(&p[..i]),
        };
        if p.is_empty() { None } else { Some(p) }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: Duration = Duration::from_secs(10);

    #[test]
    fn ancestors_walk_up_the_path() {
        let v: Vec<_> = ancestors("/workspaces/a/members").collect();
        assert_eq!(v, ["/workspaces/a/members", "/workspaces/a", "/workspaces"]);
    }

    #[test]
    fn a_404_below_an_own_write_is_stale_and_elsewhere_is_not() {
        let l = Ledger::default();
        l.record_write("/workspaces/a", None, W);
        assert_eq!(l.check("/workspaces/a", 404, b"", Consistency::ReadYourWrites, W), Some(Stale::NotYetVisible));
        assert_eq!(
            l.check("/workspaces/a/members", 403, b"", Consistency::ReadYourWrites, W),
            Some(Stale::NotYetVisible)
        );
        assert_eq!(l.check("/workspaces/b", 404, b"", Consistency::ReadYourWrites, W), None);
        assert_eq!(l.check("/workspaces/ab", 404, b"", Consistency::ReadYourWrites, W), None);
        assert_eq!(l.check("/workspaces/a", 404, b"", Consistency::Eventual, W), None);
        assert_eq!(l.check("/workspaces/a", 500, b"", Consistency::ReadYourWrites, W), None);
    }

    #[test]
    fn memory_is_bounded_and_old_entries_leave_first() {
        let l = Ledger::default();
        for i in 0..MAX_ENTRIES + 10 {
            l.record_write(&format!("/w/{i}"), None, W);
        }
        assert_eq!(l.len(), MAX_ENTRIES);
        assert_eq!(l.check("/w/0", 404, b"", Consistency::ReadYourWrites, W), None, "the oldest was dropped");
        assert!(l.check(&format!("/w/{}", MAX_ENTRIES + 9), 404, b"", Consistency::ReadYourWrites, W).is_some());
        // rewriting one path many times keeps one entry and a bounded queue
        for _ in 0..3 * MAX_ENTRIES {
            l.record_write("/same", None, W);
        }
        let e = l.entries.lock().unwrap();
        assert!(e.order.len() <= 2 * MAX_ENTRIES && e.map.len() <= MAX_ENTRIES);
    }

    #[test]
    fn a_rewritten_path_outlives_its_first_write() {
        let l = Ledger::default();
        l.record_write("/a", None, W);
        l.record_delete("/a", W);
        l.record_write("/a", None, W);
        let mut e = l.entries.lock().unwrap();
        e.pop_oldest();
        assert!(e.map.contains_key("/a"), "the stale queue copy does not remove the newer entry");
    }

    #[test]
    fn the_nearest_written_ancestor_is_found() {
        let l = Ledger::default();
        l.record_write("/workspaces/a", None, W);
        assert_eq!(l.written_ancestor("/workspaces/a/clusters/x", W).as_deref(), Some("/workspaces/a"));
        assert_eq!(l.written_ancestor("/workspaces/a", W), None, "the path itself is not its ancestor");
        l.record_delete("/workspaces/b", W);
        assert_eq!(l.written_ancestor("/workspaces/b/x", W), None, "a delete is not a write");
    }

    /// The cost figures of docs/reliability.md:
    /// `cargo test --release -p cloudpirates --lib ledger_cost -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn ledger_cost() {
        for n in [1_000usize, 10_000, 100_000] {
            let l = Ledger::default();
            let t = Instant::now();
            for i in 0..n {
                l.record_write(&format!("/workspaces/w{i}/clusters/c{i}"), None, W);
            }
            let record = t.elapsed() / n as u32;
            let t = Instant::now();
            let mut worst = Duration::ZERO;
            for i in 0..n {
                let one = Instant::now();
                l.record_write(&format!("/workspaces/x{i}"), None, W);
                worst = worst.max(one.elapsed());
            }
            let t = Instant::now().max(t);
            let probes = 100_000u32;
            for i in 0..probes {
                let p = format!("/workspaces/x{}/members/m{}", i as usize % n, i);
                assert!(l.check(&p, 404, b"", Consistency::ReadYourWrites, W).is_some());
            }
            let lookup = t.elapsed() / probes;
            println!(
                "{n:>7} writes in the window: record {record:?}/write (worst of the next {n}: {worst:?}), 404 lookup {lookup:?}, {} paths kept",
                l.len()
            );
        }
    }

    #[test]
    fn entries_expire_after_the_window() {
        let l = Ledger::default();
        l.record_write("/x/1", None, W);
        assert_eq!(l.check("/x/1", 404, b"", Consistency::ReadYourWrites, Duration::ZERO), None);
    }

    #[test]
    fn strong_mode_waits_for_deletes_and_updates() {
        let l = Ledger::default();
        l.record_delete("/c/1", W);
        assert_eq!(l.check("/c/1", 200, b"{}", Consistency::Strong, W), Some(Stale::StillPresent));
        assert_eq!(l.check("/c/1", 200, b"{}", Consistency::ReadYourWrites, W), None);
        assert_eq!(l.check("/c/1", 404, b"", Consistency::Strong, W), None, "a deleted path's 404 is the truth");
        let mut expect = serde_json::Map::new();
        expect.insert("name".into(), Value::from("new"));
        l.record_write("/c/2", Some(expect), W);
        assert_eq!(l.check("/c/2", 200, br#"{"name":"old"}"#, Consistency::Strong, W), Some(Stale::NotYetUpdated));
        assert_eq!(l.check("/c/2", 200, br#"{"name":"new","x":1}"#, Consistency::Strong, W), None);
    }
}
