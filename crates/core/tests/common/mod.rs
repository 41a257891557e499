//! Shared set-up of the integration tests: an in-process emulator and clients for it.
#![allow(dead_code)]

pub mod hostile;

use std::time::Duration;

use cloudpirates::{Client, ClientBuilder, RetryPolicy};
use cloudpirates_emulator::{Emulator, EmulatorConfig, EmulatorHandle, FaultRule, RuntimeConfig};
use serde_json::Value;

/// A running emulator and a plain HTTP client for its control API.
pub struct Env {
    pub emu: EmulatorHandle,
    pub http: reqwest::Client,
}

pub async fn start() -> Env {
    start_with(EmulatorConfig::fast()).await
}

pub async fn start_with(cfg: EmulatorConfig) -> Env {
    let emu = Emulator::start(cfg).await.expect("emulator starts");
    Env { emu, http: reqwest::Client::new() }
}

/// Retries fast so fault tests do not sleep for seconds.
pub fn fast_retries() -> RetryPolicy {
    RetryPolicy { base_delay: Duration::from_millis(5), max_delay: Duration::from_millis(50), ..RetryPolicy::default() }
}

impl Env {
    /// A builder for the primary seeded identity's API key.
    pub fn builder(&self) -> ClientBuilder {
        Client::builder().base_url(self.emu.base_url()).api_key(self.emu.api_key()).retry_policy(fast_retries())
    }

    pub fn client(&self) -> Client {
        self.builder().build().expect("client")
    }

    /// A builder without credentials.
    pub fn anonymous(&self) -> ClientBuilder {
        Client::builder().base_url(self.emu.base_url()).retry_policy(fast_retries())
    }

    pub fn set_lag(&self, ms: u64) {
        self.update(|c| c.lag_ms = ms);
    }

    pub fn set_faults(&self, faults: Vec<FaultRule>) {
        self.update(|c| c.faults = faults);
    }

    pub fn update(&self, f: impl FnOnce(&mut RuntimeConfig)) {
        let mut cfg = self.emu.runtime_config();
        f(&mut cfg);
        self.emu.set_runtime_config(cfg);
    }

    pub async fn control(&self, path: &str) -> Value {
        self.http.get(format!("{}/_emulator/{path}", self.emu.origin())).send().await.unwrap().json().await.unwrap()
    }

    /// Activates a registered identity (the emulator, like the API, needs it before a login).
    pub async fn activate(&self, email: &str) {
        let url = format!("{}/_emulator/activate", self.emu.origin());
        let r = self.http.post(url).json(&serde_json::json!({"email": email})).send().await.unwrap();
        assert!(r.status().is_success(), "activate {email}");
    }

    pub async fn counters(&self) -> Value {
        self.control("counters").await
    }

    pub fn second_identity(&self) -> cloudpirates_emulator::Credentials {
        self.emu
            .credentials()
            .into_iter()
            .find(|c| c.demo_workspace_role.is_none())
            .expect("a seeded identity outside the demo workspace")
    }
}

/// A workspace key unique within a test run.
pub fn unique_key(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    format!("{prefix}-{}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed))
}
