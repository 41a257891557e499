mod common;
use std::time::Duration;

use cloudpirates_emulator::{EmulatorConfig, FaultKind, FaultRule};
use common::*;
use serde_json::json;

fn ws_body(key: &str) -> serde_json::Value {
    json!({"workspaceName": key, "workspaceKey": key})
}

#[tokio::test]
async fn executed_later_503() {
    let t = start_default().await;
    t.set_config(json!({"faults": [{"kind": "503", "every": 1, "methods": "writes", "outcome": "later", "delay_ms": 150, "path_prefix": "/v1/workspaces"}]})).await;
    let before = t.counters().await["resources"]["workspaces"]["existing"].as_u64().unwrap();
    let r = t.post("/v1/workspaces", Auth::Key(DEMO_KEY), ws_body("later")).await;
    assert_eq!(r.body, json!({"status": 503, "message": "Service Unavailable"}));
    // reads are not faulted by a writes rule; the write has not landed yet
    assert!(!t.get("/v1/workspaces", Auth::Key(DEMO_KEY)).await.body.to_string().contains("\"later\""));
    tokio::time::sleep(Duration::from_millis(300)).await;
    let c = t.counters().await;
    assert_eq!(c["resources"]["workspaces"]["existing"].as_u64().unwrap(), before + 1);
    assert_eq!(c["resources"]["workspaces"]["created"], 1);
    assert_eq!(c["writes"]["workspaces.create"], 1);
    assert!(t.get("/v1/workspaces", Auth::Key(DEMO_KEY)).await.body.to_string().contains("\"later\""));
}

#[tokio::test]
async fn applied_and_dropped_504() {
    let t = start_default().await;
    t.set_config(json!({"faults": [{"kind": "504", "every": 1, "methods": "writes", "outcome": "applied"}]})).await;
    let r = t.post("/v1/workspaces", Auth::Key(DEMO_KEY), ws_body("applied")).await;
    assert_eq!(r.status, 504);
    assert_eq!(t.counters().await["writes"]["workspaces.create"], 1);
    t.set_config(json!({"faults": [{"kind": "504", "every": 1, "methods": "writes", "outcome": "dropped"}]})).await;
    let r = t.post("/v1/workspaces", Auth::Key(DEMO_KEY), ws_body("dropped")).await;
    assert_eq!(r.status, 504);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(t.counters().await["writes"]["workspaces.create"], 1);
}

#[tokio::test]
async fn status_faults_retry_after_and_control_never_faulted() {
    let t = start(EmulatorConfig::fast().with_fault(FaultRule {
        retry_after: Some(2),
        every: Some(1),
        ..FaultRule::new(FaultKind::TooManyRequests, 0.0)
    }))
    .await;
    let r = t.get("/v1/auth/me", Auth::Key(DEMO_KEY)).await;
    assert_eq!(r.status, 429);
    assert_eq!(r.header("retry-after").as_deref(), Some("2"));
    assert_eq!(t.get("/_emulator/config", Auth::None).await.status, 200);
    t.set_config(json!({"faults": [{"kind": "429", "every": 1}]})).await;
    let r = t.get("/v1/auth/me", Auth::Key(DEMO_KEY)).await;
    assert_eq!((r.status, r.header("retry-after")), (429, None));
    t.set_config(json!({"faults": [{"kind": "500", "every": 2, "methods": "reads", "path_prefix": "/v1/trainings"}]}))
        .await;
    let a = t.get("/v1/trainings", Auth::Key(DEMO_KEY)).await.status;
    let b = t.get("/v1/trainings", Auth::Key(DEMO_KEY)).await.status;
    assert_eq!((a, b), (200, 500));
    assert_eq!(t.get("/v1/auth/me", Auth::Key(DEMO_KEY)).await.status, 200);
    t.set_config(json!({"faults": [{"kind": "502", "every": 1, "max": 1}]})).await;
    let r = t.get("/v1/auth/me", Auth::Key(DEMO_KEY)).await;
    assert_eq!(r.body, json!({"status": 502, "message": "Bad Gateway"}));
    assert_eq!(t.get("/v1/auth/me", Auth::Key(DEMO_KEY)).await.status, 200);
}

#[tokio::test]
async fn connection_reset_and_slow() {
    let t = start_default().await;
    t.set_config(json!({"faults": [{"kind": "reset", "every": 1, "max": 1}]})).await;
    let r = t.try_req("GET", "/v1/auth/me", Auth::Key(DEMO_KEY), None).await;
    assert!(r.is_err(), "connection reset must be a transport error");
    assert_eq!(t.get("/v1/auth/me", Auth::Key(DEMO_KEY)).await.status, 200);
    t.set_config(json!({"faults": [{"kind": "slow", "every": 1, "delay_ms": 300}]})).await;
    let started = std::time::Instant::now();
    assert_eq!(t.get("/v1/auth/me", Auth::Key(DEMO_KEY)).await.status, 200);
    assert!(started.elapsed() >= Duration::from_millis(290));
}

#[tokio::test]
async fn rate_faults_are_reproducible_from_the_seed() {
    async fn pattern(seed: u64) -> Vec<u16> {
        let t = start(EmulatorConfig::fast().with_seed(seed).with_fault(FaultRule::new(FaultKind::InternalError, 0.3)))
            .await;
        let mut out = Vec::new();
        for _ in 0..30 {
            out.push(t.get("/v1/auth/me", Auth::Key(DEMO_KEY)).await.status);
        }
        out
    }
    let a = pattern(7).await;
    assert_eq!(a, pattern(7).await);
    assert!(a.contains(&500) && a.contains(&200));
}

#[tokio::test]
async fn control_api_config_reset_credentials() {
    let t = start_default().await;
    let cfg = t.control("GET", "/_emulator/config", None).await;
    assert_eq!(cfg["lag_ms"], 0);
    assert_eq!(cfg["access_token_ttl_secs"], 900);
    assert_eq!(cfg["applications_happy_path"], false);
    let r = t.req("PUT", "/_emulator/config", Auth::None, Some(json!({"nope": 1}))).await;
    assert_eq!(r.status, 400);
    let creds = t.control("GET", "/_emulator/credentials", None).await;
    assert_eq!(creds[0]["email"], "demo@cloudpirates.test");
    assert_eq!(creds[0]["apiKey"], DEMO_KEY);
    assert_eq!(creds[1]["email"], "second@cloudpirates.test");
    t.post("/v1/workspaces", Auth::Key(DEMO_KEY), ws_body("gone")).await;
    assert_eq!(t.counters().await["resources"]["workspaces"]["existing"], 2);
    t.control("POST", "/_emulator/reset", None).await;
    let c = t.counters().await;
    assert_eq!(c["resources"]["workspaces"]["existing"], 1);
    assert_eq!(c["resources"]["workspaces"]["created"], 0);
    assert_eq!(c["writes"], json!({}));
    assert_eq!(t.get("/_emulator/nothing", Auth::None).await.status, 404);
}

#[test]
fn blocking_start_and_drop() {
    let emu = cloudpirates_emulator::Emulator::start_blocking(EmulatorConfig::fast()).unwrap();
    assert!(emu.base_url().starts_with("http://127.0.0.1:"));
    assert!(emu.base_url().ends_with("/v1"));
    let addr = emu.addr();
    drop(emu);
    assert!(std::net::TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err());
}
