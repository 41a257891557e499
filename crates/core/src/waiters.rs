//! Waiters for what the write ledger cannot see: a resource that should appear or vanish,
//! an item that should show up in a list, or a write whose outcome is unknown.

use std::future::Future;
use std::time::{Duration, Instant};

use crate::client::{Client, RawRequest, RawResponse};
use crate::consistency::Consistency;
use crate::error::{Error, ErrorKind, Result};
use crate::operation::Operation;

/// Pacing and bound of a waiter.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WaitOptions {
    /// First delay between polls (default 100 ms); it doubles up to `max_delay`.
    pub min_delay: Duration,
    /// Largest delay between polls (default 2 s).
    pub max_delay: Duration,
    /// Give up after this long (default 30 s).
    pub max_wait: Duration,
}

impl Default for WaitOptions {
    fn default() -> Self {
        WaitOptions {
            min_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(2),
            max_wait: Duration::from_secs(30),
        }
    }
}

/// The result of a waiter: the last value seen and whether the condition held.
#[derive(Debug, Clone, PartialEq)]
pub struct Waited<T> {
    /// The last value the poll returned.
    pub value: T,
    /// True when the predicate accepted `value`; false when the wait ran out.
    pub satisfied: bool,
    /// Polls made.
    pub polls: u32,
    /// Total time spent waiting.
    pub elapsed: Duration,
}

/// Polls `fetch` until `done` accepts its value or `opts.max_wait` passes, and returns the
/// last value seen. An error of `fetch` ends the wait at once.
pub async fn wait_until<T, F, Fut, P>(opts: WaitOptions, mut fetch: F, mut done: P) -> Result<Waited<T>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T>>,
    P: FnMut(&T) -> bool,
{
    let start = Instant::now();
    let mut delay = opts.min_delay;
    let mut polls = 0;
    loop {
        let value = fetch().await?;
        polls += 1;
        let satisfied = done(&value);
        if satisfied || start.elapsed() + delay > opts.max_wait {
            return Ok(Waited { value, satisfied, polls, elapsed: start.elapsed() });
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(opts.max_delay);
    }
}

/// Polls `fetch` until it stops failing with 404/403 and returns the value; other errors
/// end the wait at once; a wait that runs out returns the last 404/403.
pub async fn wait_until_exists<T, F, Fut>(opts: WaitOptions, fetch: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let waited = poll_outcomes(opts, fetch, |r| !matches!(r, Err(e) if matches!(e.status(), Some(404 | 403)))).await;
    waited.value
}

/// Polls `fetch` until it fails with 404 or 403 (the resource is gone: the API answers 403
/// for a workspace that no longer exists, since nobody is a member of it any more). Other
/// errors end the wait at once; a resource still there at the end gives an error of kind
/// `Timeout`.
pub async fn wait_until_deleted<T, F, Fut>(opts: WaitOptions, fetch: F) -> Result<()>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let waited = poll_outcomes(opts, fetch, Result::is_err).await;
    match waited.value {
        Err(e) if matches!(e.status(), Some(404 | 403)) => Ok(()),
        Err(e) => Err(e),
        Ok(_) => Err(Error::new(
            ErrorKind::Timeout,
            format!("the resource still exists after {:.1} s", waited.elapsed.as_secs_f64()),
        )),
    }
}

/// Polls `fetch`, whose errors are outcomes to judge rather than reasons to stop.
async fn poll_outcomes<T, F, Fut>(
    opts: WaitOptions,
    mut fetch: F,
    done: impl FnMut(&Result<T>) -> bool,
) -> Waited<Result<T>>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let polled = wait_until(
        opts,
        || {
            let f = fetch();
            async move { Ok::<_, Error>(f.await) }
        },
        done,
    )
    .await;
    polled.unwrap_or_else(|_| unreachable!("the wrapped poll never fails"))
}

/// What a binding-level waiter waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitFor {
    /// The GET answers 2xx.
    Exists,
    /// The GET answers 404.
    Deleted,
}

impl Client {
    /// Waits until a GET operation shows a resource (or its absence), polling without the
    /// read-your-writes wait. A write operation is refused (`InvalidInput`): polling it would
    /// re-send the write. Used by the language bindings; Rust code can also use the
    /// closure-based waiters of this module.
    pub async fn wait_for(
        &self,
        op: &'static Operation,
        req: RawRequest,
        what: WaitFor,
        opts: WaitOptions,
    ) -> Result<Option<RawResponse>> {
        crate::bridge::check_waiter(op)?;
        let client = self.with_options(crate::config::RequestOptions {
            consistency: Some(Consistency::Eventual),
            ..Default::default()
        });
        match what {
            WaitFor::Exists => wait_until_exists(opts, || client.execute(op, req.clone())).await.map(Some),
            WaitFor::Deleted => wait_until_deleted(opts, || client.execute(op, req.clone())).await.map(|_| None),
        }
    }
}
