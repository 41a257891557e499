//! Emulator configuration: what is fixed at start (port, seed) and what the control API can
//! change at run time (lag, faults, token lifetime, application switches).

use serde::{Deserialize, Serialize};

use crate::faults::FaultRule;

/// Everything needed to start an emulator.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct EmulatorConfig {
    /// TCP port on 127.0.0.1; 0 picks any free port.
    pub port: u16,
    /// Seed for the seeded data, generated ids and the fault random generator.
    pub seed: u64,
    /// The settings that can also be changed at run time through `/_emulator/config`.
    pub runtime: RuntimeConfig,
    /// How many trainings to seed (default 48; large values make a long list for paging
    /// benchmarks: the list is paged in O(page) per request).
    pub trainings: usize,
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        EmulatorConfig {
            port: 0,
            seed: 42,
            runtime: RuntimeConfig::default(),
            trainings: crate::seed::DEFAULT_TRAININGS,
        }
    }
}

impl EmulatorConfig {
    /// Every documented behaviour of the default, but fast: no read lag and a 100 ms gateway
    /// timeout for the operations that never answer. For test suites; a read-your-writes test
    /// sets its own lag.
    pub fn fast() -> Self {
        let mut cfg = EmulatorConfig::default();
        cfg.runtime.lag_ms = 0;
        cfg.runtime.application_update_delay_ms = 100;
        cfg
    }

    /// Sets the read-model lag in milliseconds.
    pub fn with_lag_ms(mut self, lag_ms: u64) -> Self {
        self.runtime.lag_ms = lag_ms;
        self
    }
    /// Sets the seed.
    pub fn with_seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }
    /// Sets how many trainings are seeded.
    pub fn with_trainings(mut self, n: usize) -> Self {
        self.trainings = n;
        self
    }
    /// Sets the port (0 = any free port).
    pub fn with_port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }
    /// Adds a fault rule.
    pub fn with_fault(mut self, rule: FaultRule) -> Self {
        self.runtime.faults.push(rule);
        self
    }
    /// Makes application creation succeed instead of answering 501.
    pub fn with_applications_happy_path(mut self, on: bool) -> Self {
        self.runtime.applications_happy_path = on;
        self
    }
}

/// How `applications.update_values` / `applications.update_version` answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationUpdateMode {
    /// 504 Gateway Timeout, nothing applied (the real backend's behaviour).
    #[default]
    GatewayTimeout,
    /// 503 Service Unavailable, nothing applied.
    ServiceUnavailable,
    /// 200 with the updated application.
    Succeed,
}

/// How the emulator shapes the body of a successful write (POST/PUT/DELETE). The docs
/// describe few write responses (catalogue 5.1, 5.27), so a client must cope with any of these;
/// tests switch this at run time to prove it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum WriteResponses {
    /// The full resource, as chosen in the OpenAPI file (default).
    #[default]
    Full,
    /// The same status with an empty body.
    Empty,
    /// The same status with `{}`.
    EmptyObject,
    /// `204 No Content`.
    NoContent,
    /// Only the fields whose name ends in `Id` (a partial body).
    Minimal,
}

/// Default read-model lag, in ms: realistic, so code tested here meets the lag it will meet.
pub const DEFAULT_LAG_MS: u64 = 150;

/// Default wait of the operations that never answer before their 504/503 (a gateway timeout).
pub const DEFAULT_GATEWAY_TIMEOUT_MS: u64 = 30_000;

/// Settings readable and writable through `GET/PUT /_emulator/config`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct RuntimeConfig {
    /// Delay between the write model and the read models, in milliseconds (default 150: the
    /// real API's read models lag; tests that want speed set 0).
    pub lag_ms: u64,
    /// Lifetime of access tokens in seconds (default 900).
    pub access_token_ttl_secs: u64,
    /// Lifetime of refresh tokens in seconds (default 30 days).
    pub refresh_token_ttl_secs: u64,
    /// When true, `applications.create` succeeds (201) after validation instead of answering 501.
    pub applications_happy_path: bool,
    /// Behaviour of the two application update operations.
    pub application_update_mode: ApplicationUpdateMode,
    /// Wait before the application update operations answer with their gateway timeout, in ms
    /// (default 30,000: nothing answers them in the real backend; tests set 200 or less).
    pub application_update_delay_ms: u64,
    /// When true (default, as documented), newly registered identities must be activated
    /// (`POST /_emulator/activate`) before they can log in; when false registration
    /// activates at once.
    pub require_activation: bool,
    /// Body of successful writes (default `full`; `empty`, `empty_object`, `no_content`,
    /// `minimal`).
    pub write_responses: WriteResponses,
    /// Refuse (409) demoting or removing a workspace's last OWNER. Off by default: the docs
    /// only say owners manage roles (catalogue 4.2, 5.15).
    pub protect_last_owner: bool,
    /// Serve the Link quirks of the documented trainings example (an `/api/...` prefix on the
    /// first and last links, no comma after `prev`). On by default.
    pub link_quirks: bool,
    /// Injected faults.
    pub faults: Vec<FaultRule>,
}

impl Default for RuntimeConfig {
    fn default() -> Self {
        RuntimeConfig {
            lag_ms: DEFAULT_LAG_MS,
            access_token_ttl_secs: 900,
            refresh_token_ttl_secs: 30 * 24 * 3600,
            applications_happy_path: false,
            application_update_mode: ApplicationUpdateMode::GatewayTimeout,
            application_update_delay_ms: DEFAULT_GATEWAY_TIMEOUT_MS,
            require_activation: true,
            write_responses: WriteResponses::Full,
            protect_last_owner: false,
            link_quirks: true,
            faults: Vec::new(),
        }
    }
}
