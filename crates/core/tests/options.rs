//! Per-call options reaching the wire (seen in the emulator's request journal) and the raw
//! response beside the typed value (`WithResponse`).

mod common;

use std::time::Duration;

use cloudpirates::models::CreateWorkspaceRequest;
use cloudpirates::{Consistency, ErrorKind, PageParams, RequestOptions, WithResponse};
use cloudpirates_emulator::seed::DEMO_WORKSPACE_ID as WS;
use cloudpirates_emulator::{FaultKind, FaultRule, WriteResponses};
use common::*;
use serde_json::Value;

fn sent(env: &Env, op: &str) -> Vec<Value> {
    env.emu.requests().into_iter().filter(|r| r["operation"] == op).collect()
}

#[tokio::test]
async fn extra_headers_reach_the_wire_beside_the_clients_own() {
    let env = start().await;
    let base = env.client().with_options(RequestOptions::default().header("X-Tenant", "blue").header("X-Trace", "t1"));
    let c = base.with_options(RequestOptions::default().header("x-trace", "t2"));
    c.workspaces().get(WS).await.unwrap();
    let r = sent(&env, "workspaces.get").pop().expect("the call reached the emulator");
    assert_eq!(r["headers"]["x-tenant"], "blue");
    assert_eq!(r["headers"]["x-trace"], "t2", "the later option replaces the same name, any case");
    assert_eq!(r["headers"]["authorization"], "ApiKey [REDACTED]", "the credential is still the client's");
    assert_eq!(r["headers"]["accept"], "application/json");

    // A per-call `Accept` replaces the default rather than adding a second one.
    let c = env.client().with_options(RequestOptions::default().header("Accept", "application/json; q=1"));
    c.workspaces().get(WS).await.unwrap();
    assert_eq!(sent(&env, "workspaces.get").pop().unwrap()["headers"]["accept"], "application/json; q=1");
}

#[tokio::test]
async fn headers_the_client_owns_or_cannot_send_are_refused_before_anything_is_sent() {
    let env = start().await;
    for (name, value) in [
        ("Authorization", "Bearer stolen"),
        ("authorization", "ApiKey x"),
        ("Content-Length", "3"),
        ("Host", "evil.example"),
        ("bad name", "v"),
        ("", "v"),
        ("X-Ok", "line\r\nInjected: 1"),
    ] {
        let c = env.client().with_options(RequestOptions::default().header(name, value));
        let e = c.workspaces().get(WS).await.unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidInput, "{name:?}");
        assert!(e.message().contains(&format!("{name:?}")), "the error names the header: {}", e.message());
        assert!(!e.message().contains("stolen"), "values never appear in errors");
    }
    assert!(sent(&env, "workspaces.get").is_empty(), "nothing was sent");
}

#[tokio::test]
async fn lookups_made_for_a_call_carry_its_headers() {
    let env = start().await;
    env.update(|c| c.write_responses = WriteResponses::Empty);
    let c = env.client().with_options(RequestOptions::default().header("X-Tenant", "green"));
    let key = unique_key("hdr");
    let ws = c.workspaces().create(&CreateWorkspaceRequest::new("Hdr", &key)).await.unwrap();
    assert!(!ws.workspace_id.is_empty(), "found by its key");
    let lists = sent(&env, "workspaces.list");
    assert!(!lists.is_empty(), "the id was looked up through the list");
    assert!(lists.iter().all(|r| r["headers"]["x-tenant"] == "green"));
}

#[tokio::test]
async fn timeout_and_max_retries_per_call() {
    let env = start().await;
    let mut slow = FaultRule::new(FaultKind::Slow, 1.0);
    slow.delay_ms = 400;
    slow.path_prefix = Some(format!("/v1/workspaces/{WS}"));
    env.set_faults(vec![slow]);
    let c = env.client();
    let e = c
        .with_options(RequestOptions { timeout: Some(Duration::from_millis(100)), ..Default::default() })
        .workspaces()
        .get(WS)
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Timeout);

    let mut down = FaultRule::new(FaultKind::ServiceUnavailable, 1.0);
    down.path_prefix = Some(format!("/v1/workspaces/{WS}"));
    env.set_faults(vec![down]);
    for retries in [0u32, 2] {
        env.emu.reset();
        let e = c
            .with_options(RequestOptions { max_retries: Some(retries), ..Default::default() })
            .workspaces()
            .get(WS)
            .await
            .unwrap_err();
        assert_eq!(e.attempts(), retries + 1);
        assert_eq!(sent(&env, "workspaces.get").len() as u32, retries + 1, "attempts on the wire");
    }
}

#[tokio::test]
async fn consistency_per_call() {
    let env = start().await;
    env.set_lag(300);
    let c = env.client();
    let key = unique_key("cons");
    let ws = c.workspaces().create(&CreateWorkspaceRequest::new("Cons", &key)).await.unwrap();
    let eventual = RequestOptions { consistency: Some(Consistency::Eventual), ..Default::default() };
    let e = c.with_options(eventual).workspaces().get(&ws.workspace_id).await.unwrap_err();
    assert!(matches!(e.status(), Some(403 | 404)), "eventual: the lag shows: {e}");
    let (got, meta) = c.workspaces().get(&ws.workspace_id).with_response().await.unwrap();
    assert_eq!(got.workspace_id, ws.workspace_id);
    assert!(meta.attempts > 1 && meta.waited > Duration::ZERO, "read-your-writes waited: {meta:?}");
}

#[tokio::test]
async fn the_raw_response_of_a_success_and_of_a_page() {
    let env = start().await;
    let c = env.client();
    let (ws, meta) = c.workspaces().get(WS).with_response().await.unwrap();
    assert_eq!(ws.workspace_id, WS);
    assert_eq!(meta.status, 200);
    assert_eq!(meta.attempts, 1);
    let id = meta.headers.get("x-request-id").and_then(|v| v.to_str().ok()).map(str::to_owned);
    assert!(id.is_some());
    assert_eq!(meta.request_id, id);
    assert!(meta.page.is_none());
    assert!(meta.header_pairs().iter().any(|(n, _)| n == "content-type"));

    let (page, meta) = c.workspaces().list_page(PageParams::new(1, 0)).with_response().await.unwrap();
    assert_eq!(page.items.len(), 1);
    let info = meta.page.expect("a list has page info");
    assert_eq!(info.limit, Some(1));
    assert_eq!(info.total, page.info.total);
    assert!(meta.headers.contains_key("x-total"), "{:?}", meta.headers);

    // A failed call is an error, as without `with_response`.
    let e = c.workspaces().get("ws_missing").with_response().await.unwrap_err();
    assert!(matches!(e.status(), Some(403 | 404)), "{e}");
    // A future that makes no call says so.
    let e = async { Ok::<_, cloudpirates::Error>(1) }.with_response().await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
}

#[test]
fn debug_hides_secret_looking_header_values() {
    let o = RequestOptions::default().header("X-Api-Token", "tok-123").header("X-Trace", "visible");
    let shown = format!("{o:?}");
    assert!(!shown.contains("tok-123") && shown.contains("visible"), "{shown}");
}

#[tokio::test]
async fn a_caller_supplied_http_client_carries_every_call() {
    let env = start().await;
    let mut defaults = reqwest::header::HeaderMap::new();
    defaults.insert("x-from-custom-client", "yes".parse().unwrap());
    let http = reqwest::Client::builder()
        .default_headers(defaults)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let c = env.builder().http_client(http).build().unwrap();
    c.workspaces().get(WS).await.unwrap();
    let r = sent(&env, "workspaces.get").pop().unwrap();
    assert_eq!(r["headers"]["x-from-custom-client"], "yes");
    let ua = r["headers"]["user-agent"].as_str().unwrap();
    assert!(ua.starts_with("cloudpirates-rust/"), "the SDK still names itself: {ua}");
    assert_eq!(r["headers"]["authorization"], "ApiKey [REDACTED]");
}
