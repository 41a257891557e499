//! Seeded, reproducible fault injection: error statuses, connection resets and slow answers.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};

/// What a fault does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FaultKind {
    /// 429 Too Many Requests (with `Retry-After` when `retry_after` is set).
    #[serde(rename = "429")]
    TooManyRequests,
    /// 500 Internal Server Error.
    #[serde(rename = "500")]
    InternalError,
    /// 502 Bad Gateway.
    #[serde(rename = "502")]
    BadGateway,
    /// 503 Service Unavailable; on writes see [`WriteOutcome`].
    #[serde(rename = "503")]
    ServiceUnavailable,
    /// 504 Gateway Timeout; on writes see [`WriteOutcome`].
    #[serde(rename = "504")]
    GatewayTimeout,
    /// The connection is dropped without any response.
    #[serde(rename = "reset")]
    Reset,
    /// The request is answered normally after `delay_ms`.
    #[serde(rename = "slow")]
    Slow,
}

impl FaultKind {
    /// Parses `429`, `500`, `502`, `503`, `504`, `reset`, `slow`.
    pub fn parse(s: &str) -> Option<FaultKind> {
        serde_json::from_value(serde_json::Value::String(s.to_ascii_lowercase())).ok()
    }
    /// The HTTP status of a status fault.
    pub fn status(self) -> Option<u16> {
        match self {
            FaultKind::TooManyRequests => Some(429),
            FaultKind::InternalError => Some(500),
            FaultKind::BadGateway => Some(502),
            FaultKind::ServiceUnavailable => Some(503),
            FaultKind::GatewayTimeout => Some(504),
            _ => None,
        }
    }
}

/// Which requests a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum MethodClass {
    /// Every method.
    #[default]
    All,
    /// GET and HEAD.
    Reads,
    /// POST, PUT, PATCH, DELETE.
    Writes,
}

/// What happens to a write answered with an injected 503/504.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum WriteOutcome {
    /// The write is applied, then the error is returned (after `delay_ms`).
    #[default]
    Applied,
    /// The error is returned at once and the write is applied `delay_ms` later ("executed later").
    Later,
    /// The write is not applied.
    Dropped,
}

/// One fault rule. A request is faulted by the first rule that matches and fires.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FaultRule {
    /// What to inject.
    pub kind: FaultKind,
    /// Probability (0..=1) that a matching request is faulted.
    #[serde(default)]
    pub rate: f64,
    /// Schedule: fault every Nth matching request (1 = every one). Used instead of `rate` when set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every: Option<u64>,
    /// Let the first N matching requests pass before the rule may fire.
    #[serde(default)]
    pub skip: u64,
    /// Fire at most this many times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u64>,
    /// Method class the rule applies to.
    #[serde(default)]
    pub methods: MethodClass,
    /// Only paths starting with this prefix (e.g. `/v1/workspaces`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_prefix: Option<String>,
    /// 429 only: value of the `Retry-After` header in seconds (absent = no header).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
    /// 503/504 on writes: what happens to the write.
    #[serde(default)]
    pub outcome: WriteOutcome,
    /// `slow`: the delay; 503/504 `later`: when the write is applied; `applied`: wait before answering.
    #[serde(default)]
    pub delay_ms: u64,
}

impl FaultRule {
    /// A rule of `kind` firing with probability `rate` on every method.
    pub fn new(kind: FaultKind, rate: f64) -> FaultRule {
        FaultRule {
            kind,
            rate,
            every: None,
            skip: 0,
            max: None,
            methods: MethodClass::All,
            path_prefix: None,
            retry_after: None,
            outcome: WriteOutcome::Applied,
            delay_ms: 0,
        }
    }

    /// Parses the CLI form `KIND[=RATE][,key=value...]`, e.g.
    /// `503=0.1,methods=writes,outcome=later,delay_ms=200,path=/v1/workspaces` or `429=1,retry_after=2`.
    pub fn parse_cli(s: &str) -> Result<FaultRule, String> {
        let mut parts = s.split(',');
        let head = parts.next().unwrap_or_default();
        let (kind, rate) = match head.split_once('=') {
            Some((k, r)) => (k, r.parse::<f64>().map_err(|_| format!("bad rate in {head}"))?),
            None => (head, 1.0),
        };
        let kind = FaultKind::parse(kind).ok_or_else(|| format!("unknown fault kind {kind}"))?;
        let mut rule = FaultRule::new(kind, rate);
        for part in parts {
            let (k, v) = part.split_once('=').ok_or_else(|| format!("expected key=value, got {part}"))?;
            let num = || v.parse::<u64>().map_err(|_| format!("bad number in {part}"));
            match k {
                "rate" => rule.rate = v.parse().map_err(|_| format!("bad rate in {part}"))?,
                "every" => rule.every = Some(num()?),
                "skip" => rule.skip = num()?,
                "max" => rule.max = Some(num()?),
                "retry_after" => rule.retry_after = Some(num()?),
                "delay_ms" => rule.delay_ms = num()?,
                "path" | "path_prefix" => rule.path_prefix = Some(v.to_string()),
                "methods" => {
                    rule.methods = serde_json::from_value(serde_json::Value::String(v.into()))
                        .map_err(|_| format!("methods must be all, reads or writes: {v}"))?
                }
                "outcome" => {
                    rule.outcome = serde_json::from_value(serde_json::Value::String(v.into()))
                        .map_err(|_| format!("outcome must be applied, later or dropped: {v}"))?
                }
                _ => return Err(format!("unknown fault option {k}")),
            }
        }
        Ok(rule)
    }

    fn applies(&self, is_write: bool, path: &str) -> bool {
        let class_ok = match self.methods {
            MethodClass::All => true,
            MethodClass::Reads => !is_write,
            MethodClass::Writes => is_write,
        };
        class_ok && self.path_prefix.as_deref().is_none_or(|p| path.starts_with(p))
    }
}

/// A fault chosen for one request.
#[derive(Debug, Clone)]
pub struct Fault {
    /// The rule that fired.
    pub rule: FaultRule,
}

/// The rule engine: per-rule counters and the seeded random generator.
#[derive(Debug)]
pub struct FaultEngine {
    rng: StdRng,
    seen: Vec<u64>,
    fired: Vec<u64>,
    injected_total: u64,
}

impl FaultEngine {
    /// A fresh engine seeded with `seed`.
    pub fn new(seed: u64) -> FaultEngine {
        FaultEngine {
            rng: StdRng::seed_from_u64(seed ^ 0x5eed_fa17),
            seen: Vec::new(),
            fired: Vec::new(),
            injected_total: 0,
        }
    }

    /// Forgets per-rule counters (called when the rule list changes) and reseeds.
    pub fn reset(&mut self, seed: u64) {
        *self = FaultEngine::new(seed);
    }

    /// Number of faults injected since start/reset.
    pub fn injected(&self) -> u64 {
        self.injected_total
    }

    /// Decides whether the request is faulted. Deterministic for a given seed and request order.
    pub fn decide(&mut self, rules: &[FaultRule], is_write: bool, path: &str) -> Option<Fault> {
        if self.seen.len() < rules.len() {
            self.seen.resize(rules.len(), 0);
            self.fired.resize(rules.len(), 0);
        }
        for (i, rule) in rules.iter().enumerate() {
            if !rule.applies(is_write, path) {
                continue;
            }
            self.seen[i] += 1;
            let n = self.seen[i];
            if n <= rule.skip || rule.max.is_some_and(|m| self.fired[i] >= m) {
                continue;
            }
            let fire = match rule.every {
                Some(every) => every > 0 && (n - rule.skip).is_multiple_of(every),
                None => rule.rate > 0.0 && (rule.rate >= 1.0 || self.rng.random::<f64>() < rule.rate),
            };
            if fire {
                self.fired[i] += 1;
                self.injected_total += 1;
                return Some(Fault { rule: rule.clone() });
            }
        }
        None
    }
}
