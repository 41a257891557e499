//! Read-your-writes: the ledger of this client's own recent writes, and the rules that
//! decide when a read must wait for the read models to catch up.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::Value;

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
    /// Created or changed; `expect` holds fields a fresh read must show (strong mode).
    Written { expect: Option<serde_json::Map<String, Value>> },
    /// Deleted by this client.
    Deleted,
}

#[derive(Debug, Clone)]
struct Entry {
    at: Instant,
    kind: WriteKind,
}

/// Most paths remembered at once; the oldest are dropped first.
const MAX_ENTRIES: usize = 10_000;

/// The client's memory of its own recent writes, keyed by resource path.
#[derive(Debug, Default)]
pub(crate) struct Ledger {
    entries: Mutex<HashMap<String, Entry>>,
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
    /// Records a write of `path` (created or updated).
    pub(crate) fn record_write(&self, path: &str, expect: Option<serde_json::Map<String, Value>>, window: Duration) {
        self.insert(path, WriteKind::Written { expect }, window);
    }

    /// Records a delete of `path`.
    pub(crate) fn record_delete(&self, path: &str, window: Duration) {
        self.insert(path, WriteKind::Deleted, window);
    }

    fn insert(&self, path: &str, kind: WriteKind, window: Duration) {
        let now = Instant::now();
        let mut map = self.entries.lock().expect("ledger lock");
        if map.len() >= MAX_ENTRIES / 2 {
            map.retain(|_, e| now.duration_since(e.at) < window);
            if map.len() >= MAX_ENTRIES
                && let Some(oldest) = map.iter().min_by_key(|(_, e)| e.at).map(|(k, _)| k.clone())
            {
                map.remove(&oldest);
            }
        }
        // A write of a path that this client deleted earlier (re-create) replaces the delete.
        map.insert(path.to_owned(), Entry { at: now, kind });
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
        let map = self.entries.lock().expect("ledger lock");
        let fresh = |e: &Entry| now.duration_since(e.at) < window;
        match status {
            404 | 403 => {
                // Covered when this path, or any ancestor of it, was written (not deleted).
                let written = ancestors(path)
                    .any(|p| map.get(p).is_some_and(|e| fresh(e) && matches!(e.kind, WriteKind::Written { .. })));
                written.then_some(Stale::NotYetVisible)
            }
            200..=299 if mode == Consistency::Strong => {
                let e = map.get(path).filter(|e| fresh(e))?;
                match &e.kind {
                    WriteKind::Deleted => Some(Stale::StillPresent),
                    WriteKind::Written { expect: Some(expect) } => {
                        let v: Value = serde_json::from_slice(body).ok()?;
                        let obj = v.as_object()?;
                        let matches = expect.iter().all(|(k, want)| obj.get(k) == Some(want));
                        (!matches).then_some(Stale::NotYetUpdated)
                    }
                    WriteKind::Written { expect: None } => None,
                }
            }
            _ => None,
        }
    }

    fn is_empty(&self) -> bool {
        self.entries.lock().expect("ledger lock").is_empty()
    }
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
