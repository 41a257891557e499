//! Eventual consistency: every lagged entity keeps a short history of timestamped versions.
//! Writes look at the newest version (the write model); reads look at the version that was
//! current at `now - lag` (the read model), so a new entity is invisible, a deleted one still
//! visible and an update still old until the lag has passed.

use std::collections::BTreeMap;
use std::time::Instant;

/// Milliseconds on the emulator's own monotonic clock. Seeded data is stamped 0; the clock
/// starts at one hour so that seeded data is visible under any reasonable lag.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    base: Instant,
}

/// Offset of the clock at start, in ms.
const CLOCK_START_MS: u64 = 3_600_000;

impl Clock {
    /// A clock starting now.
    pub fn new() -> Clock {
        Clock { base: Instant::now() }
    }
    /// Current time in ms.
    pub fn now_ms(&self) -> u64 {
        self.base.elapsed().as_millis() as u64 + CLOCK_START_MS
    }
}

impl Default for Clock {
    fn default() -> Self {
        Clock::new()
    }
}

/// One entity with its recent versions (`None` = deleted), oldest first.
#[derive(Debug, Clone)]
pub struct Versioned<T> {
    versions: Vec<(u64, Option<T>)>,
}

impl<T: Clone> Versioned<T> {
    /// The newest version (write model).
    pub fn current(&self) -> Option<&T> {
        self.versions.last().and_then(|(_, v)| v.as_ref())
    }
    /// The version visible at `at` (read model).
    pub fn at(&self, at: u64) -> Option<&T> {
        self.versions.iter().rev().find(|(t, _)| *t <= at).and_then(|(_, v)| v.as_ref())
    }
    fn push(&mut self, at: u64, v: Option<T>, keep_after: u64) {
        self.versions.push((at, v));
        // keep the newest version older than `keep_after` plus everything newer
        let older = self.versions.iter().filter(|(t, _)| *t <= keep_after).count();
        if older > 1 {
            self.versions.drain(..older - 1);
        }
    }
    fn fully_gone(&self, keep_after: u64) -> bool {
        self.versions.len() == 1 && self.versions[0].1.is_none() && self.versions[0].0 <= keep_after
    }
}

/// A table of lagged entities keyed by id. Ids sort in creation order (see `State::new_id`).
#[derive(Debug, Clone)]
pub struct Table<T> {
    rows: BTreeMap<String, Versioned<T>>,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table { rows: BTreeMap::new() }
    }
}

impl<T: Clone> Table<T> {
    /// Inserts a new entity written at `now`; `keep_after` = `now - lag`.
    pub fn insert(&mut self, id: String, value: T, now: u64, keep_after: u64) {
        let entry = self.rows.entry(id).or_insert_with(|| Versioned { versions: Vec::new() });
        entry.push(now, Some(value), keep_after);
    }
    /// Current (write-model) value.
    pub fn get(&self, id: &str) -> Option<&T> {
        self.rows.get(id).and_then(|v| v.current())
    }
    /// Read-model value at `at`.
    pub fn get_at(&self, id: &str, at: u64) -> Option<&T> {
        self.rows.get(id).and_then(|v| v.at(at))
    }
    /// Applies `f` to a copy of the current value and stores it as a new version.
    /// Returns the new value, or `None` when the entity does not exist.
    pub fn update(&mut self, id: &str, now: u64, keep_after: u64, f: impl FnOnce(&mut T)) -> Option<T> {
        let row = self.rows.get_mut(id)?;
        let mut value = row.current()?.clone();
        f(&mut value);
        row.push(now, Some(value.clone()), keep_after);
        Some(value)
    }
    /// Deletes the entity; it stays visible to reads until the lag has passed.
    pub fn delete(&mut self, id: &str, now: u64, keep_after: u64) -> Option<T> {
        let row = self.rows.get_mut(id)?;
        let old = row.current()?.clone();
        row.push(now, None, keep_after);
        if row.fully_gone(keep_after) {
            self.rows.remove(id);
        }
        Some(old)
    }
    /// Current values, in creation order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.rows.values().filter_map(|v| v.current())
    }
    /// Read-model values at `at`, in creation order.
    pub fn iter_at(&self, at: u64) -> impl Iterator<Item = &T> {
        self.rows.values().filter_map(move |v| v.at(at))
    }
    /// Number of currently existing entities.
    pub fn count(&self) -> usize {
        self.iter().count()
    }
}
