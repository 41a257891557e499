//! Retry rules: which failures are retried for which method, backoff with full jitter,
//! `Retry-After` hints, and a client-wide retry budget against retry storms.

use std::sync::Mutex;
use std::time::{Duration, SystemTime};

use rand::Rng;
use reqwest::header::HeaderMap;

use crate::operation::Method;

/// How failed attempts are retried.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (default 4: under a bad day's faults, about 9 % of
    /// reads failing, 2 retries left one read in ~1,400 failing, 4 leave one in ~170,000; the
    /// call's deadline and the retry budget still bound them).
    pub max_retries: u32,
    /// Base of the exponential backoff (default 0.5 s).
    pub base_delay: Duration,
    /// Largest backoff (default 8 s).
    pub max_delay: Duration,
    /// Largest `Retry-After` the SDK sleeps for; a longer hint fails at once (default 60 s).
    pub max_retry_after: Duration,
    /// Size of the client-wide retry budget (tokens; one retry costs one token, ten
    /// successes earn one back). 0 disables the budget.
    pub budget: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 4,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
            budget: 100,
        }
    }
}

impl RetryPolicy {
    /// Full-jitter backoff before retry number `retry` (1-based): a random delay in
    /// `[0, min(max_delay, base * 2^(retry-1))]`.
    pub fn backoff(&self, retry: u32) -> Duration {
        let exp = self.base_delay.saturating_mul(1u32 << retry.saturating_sub(1).min(20));
        let cap = exp.min(self.max_delay);
        if cap.is_zero() {
            return cap;
        }
        let nanos = rand::rng().random_range(0..=cap.as_nanos() as u64);
        Duration::from_nanos(nanos)
    }
}

/// What one failed attempt was, for the retry decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Failure {
    /// The request provably never reached the server (connect error).
    NotSent,
    /// The attempt timed out, possibly after the server received it.
    Timeout,
    /// The connection broke after the request was sent.
    Reset,
    /// The server answered with this status.
    Status(u16),
    /// The server answered with this status and a body past the client's size cap.
    TooLarge(u16),
    /// A caller-supplied HTTP client followed a redirect (status of the final answer).
    Redirected(u16),
}

/// What to do after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Send again (after a backoff or the server's hint).
    Retry,
    /// Do not retry; report the failure as it is.
    Fail,
    /// Do not retry; a POST may have been applied: report "outcome unknown".
    OutcomeUnknown,
}

/// The retry rules by method and failure.
pub(crate) fn decide(method: Method, failure: Failure) -> Decision {
    #[cfg(feature = "mutant-retry-post-503")]
    if failure == Failure::Status(503) {
        return Decision::Retry; // deliberately wrong: see Cargo.toml
    }
    match failure {
        Failure::NotSent | Failure::Status(429) => Decision::Retry,
        Failure::Status(500 | 502) if method.is_idempotent() => Decision::Retry,
        Failure::Status(503 | 504) | Failure::Timeout | Failure::Reset => {
            if method.is_idempotent() {
                Decision::Retry
            } else {
                Decision::OutcomeUnknown
            }
        }
        _ => Decision::Fail,
    }
}

/// True when an attempt of this failure may have been applied by the server.
pub(crate) fn may_have_executed(failure: Failure) -> bool {
    matches!(
        failure,
        Failure::Timeout
            | Failure::Reset
            | Failure::Status(500 | 502 | 503 | 504)
            | Failure::TooLarge(_)
            | Failure::Redirected(_)
    )
}

/// A server hint longer than this is "too long" whatever its spelling (it also keeps every
/// later sum of instants and durations far from overflow).
const HINT_CEILING: Duration = Duration::from_secs(100 * 365 * 24 * 3600);

/// Seconds as a duration, `None` when not a finite non-negative number; beyond
/// [`HINT_CEILING`] (1e20, 2^64, ...) it saturates there rather than panicking.
fn hint_secs(secs: f64) -> Option<Duration> {
    if !secs.is_finite() || secs < 0.0 {
        return None;
    }
    Some(Duration::try_from_secs_f64(secs).map_or(HINT_CEILING, |d| d.min(HINT_CEILING)))
}

/// Reads `retry-after-ms`, then `Retry-After` (seconds or an HTTP date).
pub fn parse_retry_after(headers: &HeaderMap) -> Option<Duration> {
    if let Some(ms) = headers.get("retry-after-ms").and_then(|v| v.to_str().ok())
        && let Ok(ms) = ms.trim().parse::<f64>()
        && let Some(d) = hint_secs(ms / 1000.0)
    {
        return Some(d);
    }
    let raw = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = raw.parse::<f64>() {
        return hint_secs(secs);
    }
    let at = httpdate::parse_http_date(raw).ok()?;
    Some(at.duration_since(SystemTime::now()).unwrap_or(Duration::ZERO).min(HINT_CEILING))
}

/// A token bucket shared by all calls of a client: retries draw from it, successes refill
/// it. Counted in thousandths of a token so refills add up exactly.
#[derive(Debug)]
pub(crate) struct RetryBudget {
    capacity: u64,
    tokens: Mutex<u64>,
}

impl RetryBudget {
    pub(crate) fn new(capacity: u32) -> Self {
        let capacity = u64::from(capacity) * 1000;
        RetryBudget { capacity, tokens: Mutex::new(capacity) }
    }

    /// Takes one token for a retry; false when the budget is spent.
    pub(crate) fn try_withdraw(&self) -> bool {
        if self.capacity == 0 {
            return true;
        }
        let mut t = self.tokens.lock().expect("budget lock");
        if *t >= 1000 {
            *t -= 1000;
            true
        } else {
            false
        }
    }

    /// A success gives back a tenth of a token.
    pub(crate) fn deposit(&self) {
        if self.capacity == 0 {
            return;
        }
        let mut t = self.tokens.lock().expect("budget lock");
        *t = (*t + 100).min(self.capacity);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn rules_by_method() {
        use Decision::*;
        use Failure::*;
        for m in [Method::Get, Method::Put, Method::Delete, Method::Post] {
            assert_eq!(decide(m, NotSent), Retry);
            assert_eq!(decide(m, Status(429)), Retry);
            assert_eq!(decide(m, Status(400)), Fail);
            assert_eq!(decide(m, Status(404)), Fail);
        }
        for m in [Method::Get, Method::Put, Method::Delete] {
            for s in [500, 502, 503, 504] {
                assert_eq!(decide(m, Status(s)), Retry);
            }
            assert_eq!(decide(m, Timeout), Retry);
            assert_eq!(decide(m, Reset), Retry);
        }
        assert_eq!(decide(Method::Post, Status(503)), OutcomeUnknown);
        assert_eq!(decide(Method::Post, Status(504)), OutcomeUnknown);
        assert_eq!(decide(Method::Post, Timeout), OutcomeUnknown);
        assert_eq!(decide(Method::Post, Reset), OutcomeUnknown);
        assert_eq!(decide(Method::Post, Status(500)), Fail);
        assert_eq!(decide(Method::Post, Status(502)), Fail);
    }

    #[test]
    fn backoff_is_bounded_by_the_cap() {
        let p = RetryPolicy::default();
        for retry in 1..40 {
            let d = p.backoff(retry);
            assert!(d <= p.max_delay);
            assert!(d <= p.base_delay * 2u32.pow((retry - 1).min(20)));
        }
    }

    #[test]
    fn retry_after_forms() {
        let mut h = HeaderMap::new();
        h.insert("retry-after", HeaderValue::from_static("3"));
        assert_eq!(parse_retry_after(&h), Some(Duration::from_secs(3)));
        h.insert("retry-after-ms", HeaderValue::from_static("250"));
        assert_eq!(parse_retry_after(&h), Some(Duration::from_millis(250)));
        let mut h = HeaderMap::new();
        let later = SystemTime::now() + Duration::from_secs(30);
        h.insert("retry-after", HeaderValue::from_str(&httpdate::fmt_http_date(later)).unwrap());
        let d = parse_retry_after(&h).unwrap();
        assert!(d > Duration::from_secs(27) && d <= Duration::from_secs(30), "{d:?}");
        let mut h = HeaderMap::new();
        h.insert("retry-after", HeaderValue::from_static("soon"));
        assert_eq!(parse_retry_after(&h), None);
    }

    #[test]
    fn budget_runs_dry_and_refills() {
        let b = RetryBudget::new(2);
        assert!(b.try_withdraw());
        assert!(b.try_withdraw());
        assert!(!b.try_withdraw());
        for _ in 0..10 {
            b.deposit();
        }
        assert!(b.try_withdraw());
    }
}
