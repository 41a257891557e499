//! Seeded, reproducible fault injection: error statuses, connection resets and slow answers.

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
    /// Operation ids this rule never touches (e.g. reads whose count depends on timing, to
    /// keep a seeded run's faults the same from run to run).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub except_ops: Vec<String>,
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
            except_ops: Vec::new(),
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
                "except" => rule.except_ops.extend(v.split('+').map(str::to_owned)),
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

    fn applies(&self, op: &str, is_write: bool, path: &str) -> bool {
        let class_ok = match self.methods {
            MethodClass::All => true,
            MethodClass::Reads => !is_write,
            MethodClass::Writes => is_write,
        };
        class_ok
            && self.path_prefix.as_deref().is_none_or(|p| path.starts_with(p))
            && !self.except_ops.iter().any(|e| e == op)
    }
}

/// SplitMix64's finaliser: a well-spread 64-bit hash of one word.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// FNV-1a of a string.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
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
    seed: u64,
    per_op: std::collections::HashMap<(usize, String), u64>,
    seen: Vec<u64>,
    fired: Vec<u64>,
    injected_total: u64,
    by_kind: std::collections::BTreeMap<String, u64>,
}

impl FaultEngine {
    /// A fresh engine seeded with `seed`.
    pub fn new(seed: u64) -> FaultEngine {
        FaultEngine {
            seed: mix(seed ^ 0x5eed_fa17),
            per_op: Default::default(),
            seen: Vec::new(),
            fired: Vec::new(),
            injected_total: 0,
            by_kind: Default::default(),
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

    /// Faults injected since the rules last changed, by kind (`"429"`, `"reset"`, ...).
    pub fn injected_by_kind(&self) -> &std::collections::BTreeMap<String, u64> {
        &self.by_kind
    }

    /// Decides whether the request is faulted. Deterministic for a given seed and request order.
    pub fn decide(&mut self, rules: &[FaultRule], op: &str, is_write: bool, path: &str) -> Option<Fault> {
        if self.seen.len() < rules.len() {
            self.seen.resize(rules.len(), 0);
            self.fired.resize(rules.len(), 0);
        }
        for (i, rule) in rules.iter().enumerate() {
            if !rule.applies(op, is_write, path) {
                continue;
            }
            self.seen[i] += 1;
            let n = self.seen[i];
            if n <= rule.skip || rule.max.is_some_and(|m| self.fired[i] >= m) {
                continue;
            }
            let fire = match rule.every {
                Some(every) => every > 0 && (n - rule.skip).is_multiple_of(every),
                None if rule.rate >= 1.0 => true,
                None if rule.rate <= 0.0 => false,
                None => {
                    // The k-th request of this operation under this rule fires or not by a hash
                    // of (seed, rule, operation, k): the same seed gives the same faults however
                    // concurrent requests interleave.
                    let k = self.per_op.entry((i, op.to_owned())).or_insert(0);
                    *k += 1;
                    let draw = mix(self.seed ^ mix(i as u64) ^ fnv(op) ^ mix(*k).rotate_left(17));
                    ((draw >> 11) as f64 / (1u64 << 53) as f64) < rule.rate
                }
            };
            if fire {
                self.fired[i] += 1;
                self.injected_total += 1;
                let kind = serde_json::to_value(rule.kind).ok().and_then(|v| v.as_str().map(str::to_owned));
                *self.by_kind.entry(kind.unwrap_or_default()).or_default() += 1;
                return Some(Fault { rule: rule.clone() });
            }
        }
        None
    }
}
