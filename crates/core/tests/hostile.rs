//! Broken and hostile servers: redirects are never followed, server input never panics the
//! client, a refresh fails once for all, bodies are bounded, no write is faked.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use cloudpirates::models::*;
use cloudpirates::{Client, Credentials, ErrorKind, RequestOptions, Secret};
use common::hostile::{Answer, Hostile, json, with_header};

fn client(h: &Hostile) -> Client {
    Client::builder().base_url(h.base_url()).api_key("cpk_test_key").build().unwrap()
}

fn tokens(exp: u64) -> String {
    format!(r#"{{"accessToken":"acc-{exp}","refreshToken":"ref-{exp}","auth":{{"jti":"j","exp":{exp}}}}}"#)
}

fn now_secs() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

#[tokio::test]
async fn a_redirect_never_carries_a_password_or_refresh_token_elsewhere() {
    let evil = Hostile::start(|_| json(200, &tokens(now_secs() + 900))).await;
    let to = format!("{}/steal", evil.origin);
    let api = Hostile::start(move |r| match r.path.as_str() {
        "/v1/auth/me" => json(401, r#"{"status":401,"message":"Unauthorized"}"#),
        _ => with_header(307, "location", &to),
    })
    .await;
    let anon = Client::builder().base_url(api.base_url()).build().unwrap();
    let e = anon.auth().login(&LoginRequest::new("a@b.test", "Passw0rd-secret")).await.unwrap_err();
    assert_eq!((e.status(), e.attempts()), (Some(307), 1), "{e}");
    assert!(e.to_string().contains(&evil.origin), "names the Location's origin: {e}");
    assert!(!e.to_string().contains("/steal"), "but not its path: {e}");
    // a 401 makes the client refresh; the refresh is redirected too
    let c =
        Client::builder().base_url(api.base_url()).bearer("old", Some(Secret::new("refresh-secret"))).build().unwrap();
    let e = c.auth().me().await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Auth, "{e}");
    assert_eq!(evil.requests().len(), 0, "nothing reached the other origin");
    assert_eq!(api.count("/auth/refresh"), 1);
}

#[tokio::test]
async fn a_redirected_write_is_never_a_success_and_is_sent_once() {
    let hops = Arc::new(AtomicUsize::new(0));
    let h = hops.clone();
    let api = Hostile::start(move |r| {
        h.fetch_add(1, Ordering::SeqCst);
        match (r.method.as_str(), r.path.as_str()) {
            ("POST", "/v1/workspaces") => with_header(302, "location", "/v1/workspaces/existing"),
            ("POST", p) if p.ends_with("/clusters") => with_header(307, "location", p), // a loop
            ("PUT", _) | ("DELETE", _) => with_header(303, "location", "/v1/workspaces/w"),
            _ => json(200, r#"{"workspaceId":"existing","workspaceKey":"k","workspaceName":"n"}"#),
        }
    })
    .await;
    let c = client(&api);
    let e = c.workspaces().create(&CreateWorkspaceRequest::new("n", "k")).await.unwrap_err();
    assert_eq!(e.status(), Some(302));
    assert!(e.may_have_executed(), "a write answered 3xx may have been applied");
    let e = c.clusters().create("w", &CreateClusterRequest::new("c", ClusterType::External)).await.unwrap_err();
    assert_eq!((e.status(), e.attempts()), (Some(307), 1));
    let e = c.workspaces().rename("w", &RenameWorkspaceRequest::new("x")).await.unwrap_err();
    assert_eq!(e.status(), Some(303));
    let e = c.workspaces().delete("w").await.unwrap_err();
    assert_eq!(e.status(), Some(303));
    let methods: Vec<String> = api.requests().iter().map(|r| r.method.clone()).collect();
    assert_eq!(methods, ["POST", "POST", "PUT", "DELETE"], "each sent once, never turned into a GET");
}

#[tokio::test]
async fn absurd_retry_after_values_fail_at_once_without_panicking() {
    for (name, value) in [
        ("retry-after", "1e20"),
        ("retry-after", "18446744073709551616"),
        ("retry-after-ms", "1e30"),
        ("retry-after", "1e308"),
        ("retry-after", "Fri, 31 Dec 9999 23:59:59 GMT"),
    ] {
        let api = Hostile::start(move |_| with_header(429, name, value)).await;
        let e = client(&api).auth().me().await.unwrap_err();
        assert_eq!((e.kind(), e.attempts()), (ErrorKind::RateLimited, 1), "{name}: {value}: {e}");
    }
}

#[tokio::test]
async fn huge_timeouts_saturate() {
    let api = Hostile::start(|_| json(200, r#"{"identityId":"i"}"#)).await;
    let c = Client::builder().base_url(api.base_url()).api_key("k").timeout(Duration::MAX).build().unwrap();
    c.auth().me().await.expect("a huge client timeout");
    let c = client(&api).with_options(RequestOptions { timeout: Some(Duration::MAX), ..Default::default() });
    c.auth().me().await.expect("a huge per-call timeout");
    let c = Client::builder()
        .base_url(api.base_url())
        .api_key("k")
        .consistency_config(cloudpirates::ConsistencyConfig {
            max_wait: Duration::MAX,
            max_delay: Duration::MAX,
            window: Duration::MAX,
            ..Default::default()
        })
        .build()
        .unwrap();
    c.workspaces().rename("w", &RenameWorkspaceRequest::new("x")).await.expect("huge consistency settings");
}

#[tokio::test]
async fn a_failed_refresh_is_shared_by_every_waiting_call() {
    let api = Hostile::start(|r| match r.path.as_str() {
        "/v1/auth/refresh" => json(401, r#"{"status":401,"message":"Unauthorized"}"#),
        _ => json(401, r#"{"status":401,"message":"Unauthorized"}"#),
    })
    .await;
    let c = Client::builder().base_url(api.base_url()).bearer("expired", Some(Secret::new("r"))).build().unwrap();
    let calls: Vec<_> = (0..50)
        .map(|_| {
            let c = c.clone();
            async move { c.auth().me().await }
        })
        .collect();
    let results = futures_util::future::join_all(calls).await;
    assert!(results.iter().all(|r| r.as_ref().is_err_and(|e| e.kind() == ErrorKind::Auth)));
    assert_eq!(api.count("/auth/refresh"), 1, "one refresh request for 50 calls");
}

#[tokio::test]
async fn a_hanging_refresh_is_bounded_by_each_calls_deadline() {
    let api = Hostile::start(|r| match r.path.as_str() {
        "/v1/auth/refresh" => Answer::Hang,
        _ => json(401, r#"{"status":401,"message":"Unauthorized"}"#),
    })
    .await;
    let c = Client::builder()
        .base_url(api.base_url())
        .bearer("expired", Some(Secret::new("r")))
        .timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    let started = Instant::now();
    let calls: Vec<_> = (0..4)
        .map(|_| {
            let c = c.clone();
            async move { c.auth().me().await }
        })
        .collect();
    for r in futures_util::future::join_all(calls).await {
        assert_eq!(r.unwrap_err().kind(), ErrorKind::Timeout);
    }
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "each call ends near its own deadline: {:?}",
        started.elapsed()
    );
    assert_eq!(api.count("/auth/refresh"), 1);
}

#[tokio::test]
async fn a_failed_proactive_refresh_keeps_the_valid_token() {
    let api = Hostile::start(|r| match r.path.as_str() {
        "/v1/auth/refresh" => json(500, r#"{"status":500,"message":"Internal Server Error"}"#),
        _ if r.header("authorization") == Some("Bearer still-valid") => json(200, r#"{"identityId":"i"}"#),
        _ => json(401, "{}"),
    })
    .await;
    let c = Client::builder()
        .base_url(api.base_url())
        .bearer("still-valid", Some(Secret::new("r")))
        .access_token_expires_at(SystemTime::now() + Duration::from_secs(10)) // inside the margin
        .build()
        .unwrap();
    for _ in 0..3 {
        c.auth().me().await.expect("the valid token is used");
    }
    assert_eq!(api.count("/auth/refresh"), 1, "not retried before every call");
}

#[tokio::test]
async fn a_token_issued_already_expiring_does_not_refresh_on_every_call() {
    let api = Hostile::start(|r| match r.path.as_str() {
        "/v1/auth/refresh" => json(200, &tokens(now_secs().saturating_sub(60))), // issued expired
        _ => json(200, r#"{"identityId":"i"}"#),
    })
    .await;
    let c = Client::builder()
        .base_url(api.base_url())
        .bearer("a", Some(Secret::new("r")))
        .access_token_expires_at(SystemTime::now())
        .build()
        .unwrap();
    for _ in 0..5 {
        c.auth().me().await.unwrap();
    }
    assert_eq!(api.count("/auth/refresh"), 1);
    assert!(matches!(c.credentials(), Credentials::Bearer { .. }));
}

#[tokio::test]
async fn bodies_past_the_cap_fail_with_a_typed_error() {
    let api = Hostile::start(|r| match r.path.as_str() {
        "/v1/auth/me" => Answer::Full(200, vec![], vec![b' '; 3 * 1024 * 1024]),
        "/v1/auth/validate" => Answer::Chunked(200, 3 * 1024 * 1024),
        _ => Answer::Chunked(201, 3 * 1024 * 1024),
    })
    .await;
    let c = Client::builder().base_url(api.base_url()).api_key("k").max_response_bytes(1024 * 1024).build().unwrap();
    let e = c.auth().me().await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Decode, "{e}");
    assert!(e.message().contains("1048576"), "names the cap: {e}");
    let e = c.auth().validate().await.unwrap_err();
    assert_eq!((e.kind(), e.attempts()), (ErrorKind::Decode, 1), "chunked, without a length: {e}");
    let e = c.workspaces().create(&CreateWorkspaceRequest::new("n", "k")).await.unwrap_err();
    assert!(e.may_have_executed() && e.status() == Some(201), "the server answered 201: {e:?}");
    assert_eq!(api.count("/workspaces"), 1, "not re-sent");
}

#[tokio::test]
async fn an_error_keeps_a_bounded_prefix_of_the_body() {
    let big = format!(r#"{{"status":400,"message":"{}"}}"#, "m".repeat(1024 * 1024));
    let api = Hostile::start(move |_| json(400, &big)).await;
    let e = client(&api).auth().me().await.unwrap_err();
    assert!(e.body().unwrap().len() < 16 * 1024, "{}", e.body().unwrap().len());
    assert!(e.message().len() < 2048);
    assert!(e.to_json().to_string().len() < 32 * 1024);
}

#[tokio::test]
async fn may_have_executed_follows_the_retry_rules() {
    let api = Hostile::start(|_| json(502, r#"{"status":502,"message":"Bad Gateway"}"#)).await;
    let c = Client::builder()
        .base_url(api.base_url())
        .api_key("k")
        .retry_policy(cloudpirates::RetryPolicy { base_delay: Duration::from_millis(1), ..Default::default() })
        .build()
        .unwrap();
    let post = c.workspaces().create(&CreateWorkspaceRequest::new("n", "k")).await.unwrap_err();
    assert_eq!(
        (post.attempts(), post.may_have_executed()),
        (1, true),
        "a POST answered 502 is not re-sent: it may have run"
    );
    let put = c.workspaces().rename("w", &RenameWorkspaceRequest::new("x")).await.unwrap_err();
    assert!(put.attempts() > 1 && put.may_have_executed(), "retried, and may have run");
    let get = c.auth().me().await.unwrap_err();
    assert!(!get.may_have_executed(), "a read changes nothing");
}

#[test]
fn models_holding_secrets_never_print_them() {
    let t: TokenResponse = serde_json::from_str(
        r#"{"accessToken":"acc-SECRET","refreshToken":"ref-SECRET","auth":{"jti":"j","exp":1},"sessionToken":"x-SECRET","note":"shown"}"#,
    )
    .unwrap();
    let k: CreatedApiKey = serde_json::from_str(r#"{"id":"k1","apiKey":"cpk-SECRET","secret":"s-SECRET"}"#).unwrap();
    let l = LoginRequest::new("a@b.test", "pw-SECRET");
    let c: ClusterAccessToken = serde_json::from_str(r#"{"accessToken":"cl-SECRET"}"#).unwrap();
    let u: InvoicePdfUrl = serde_json::from_str(r#"{"url":"https://x/pdf?token=SECRET"}"#).unwrap();
    for text in [format!("{t:?}"), format!("{k:?}"), format!("{l:?}"), format!("{c:?}"), format!("{u:?}")] {
        assert!(!text.contains("SECRET"), "{text}");
    }
    assert!(format!("{t:?}").contains("shown") && format!("{k:?}").contains("k1"), "the rest still prints");
}

#[tokio::test]
async fn a_caller_supplied_client_that_follows_redirects_never_turns_one_into_a_success() {
    let api = Hostile::start(|r| match (r.method.as_str(), r.path.as_str()) {
        ("POST", "/v1/workspaces") => with_header(307, "location", "/v1/elsewhere"),
        ("GET", "/v1/auth/me") => with_header(302, "location", "/v1/elsewhere"),
        _ => json(200, r#"{"workspaceId":"fake","workspaceKey":"k","workspaceName":"n"}"#),
    })
    .await;
    // The default reqwest policy follows up to 10 redirects.
    let http = reqwest::Client::new();
    let c = Client::builder().base_url(api.base_url()).api_key("cpk_test_key").http_client(http).build().unwrap();
    let e = c.workspaces().create(&CreateWorkspaceRequest::new("n", "k")).await.unwrap_err();
    assert!(e.may_have_executed(), "{e}");
    assert!(e.message().contains("redirect"), "{e}");
    assert_eq!(api.count("/v1/workspaces"), 1, "the write was not sent again by the SDK");
    let e = c.auth().me().await.unwrap_err();
    assert_eq!(e.attempts(), 1, "a redirect is not retried: {e}");
}
