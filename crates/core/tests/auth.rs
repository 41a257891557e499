//! Credentials: the Bearer-only rule, automatic refresh, and secrets kept out of output.

mod common;

use std::time::{Duration, SystemTime};

use cloudpirates::models::{CreateApiKeyRequest, LoginRequest};
use cloudpirates::{Client, Credentials, ErrorKind, Secret};
use common::*;

#[tokio::test]
async fn an_api_key_on_a_bearer_only_route_fails_before_sending() {
    let env = start().await;
    let c = env.client();
    let before = env.counters().await;
    let err = c.auth().api_keys().create(&CreateApiKeyRequest::new("x")).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Auth);
    assert_eq!(err.attempts(), 0, "nothing was sent");
    assert!(err.message().contains("auth.api_keys.create") && err.message().contains("Bearer"), "{err}");
    assert_eq!(err.class_name(), "InvalidRequestError");
    assert_eq!(env.counters().await["writes"], before["writes"]);
    let err = env.anonymous().build().unwrap().auth().me().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Auth);
}

#[tokio::test]
async fn an_expiring_token_is_refreshed_once_for_all_concurrent_calls() {
    let env = start().await;
    let demo = env.emu.credentials().into_iter().next().unwrap();
    let tokens =
        env.anonymous().build().unwrap().auth().login(&LoginRequest::new(&demo.email, &demo.password)).await.unwrap();
    // A session whose access token expires in one second: inside the refresh margin.
    let c = env
        .anonymous()
        .bearer(tokens.access_token.clone().unwrap(), Some(Secret::new(tokens.refresh_token.clone().unwrap())))
        .access_token_expires_at(SystemTime::now() + Duration::from_secs(1))
        .build()
        .unwrap();
    let Credentials::Bearer { access_token: first, refresh_token: Some(first_refresh), .. } = c.credentials() else {
        panic!()
    };
    let before = env.counters().await["writes"]["auth.refresh"].as_u64().unwrap_or(0);
    let calls: Vec<_> = (0..16)
        .map(|_| {
            let c = c.clone();
            tokio::spawn(async move { c.auth().me().await })
        })
        .collect();
    for call in calls {
        call.await.unwrap().expect("every call succeeds after the refresh");
    }
    let after = env.counters().await["writes"]["auth.refresh"].as_u64().unwrap_or(0);
    assert_eq!(after - before, 1, "one refresh for 16 concurrent calls");
    let Credentials::Bearer { access_token, refresh_token: Some(refresh), .. } = c.credentials() else { panic!() };
    assert_ne!(access_token, first);
    assert_ne!(refresh, first_refresh, "both tokens rotate");
}

#[tokio::test]
async fn a_401_triggers_one_refresh_and_a_replay() {
    let env = start().await;
    let demo = env.emu.credentials().into_iter().next().unwrap();
    let login = env.anonymous().build().unwrap();
    let tokens = login.auth().login(&LoginRequest::new(&demo.email, &demo.password)).await.unwrap();
    // A client that holds a revoked access token but a valid refresh token.
    let c = env
        .anonymous()
        .bearer("revoked-access-token", Some(Secret::new(tokens.refresh_token.clone().unwrap())))
        .build()
        .unwrap();
    let me = c.auth().me().await.expect("refreshed and replayed");
    assert_eq!(me.email.as_deref(), Some(demo.email.as_str()));
    // The old refresh token stopped working: a client holding it cannot refresh any more.
    let stale = env.anonymous().bearer("revoked", Some(Secret::new(tokens.refresh_token.unwrap()))).build().unwrap();
    let err = stale.auth().me().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Auth);
    assert_eq!(err.status(), Some(401));
}

#[tokio::test]
async fn secrets_never_show_in_debug_or_errors() {
    let env = start().await;
    let key = "cpk_live_supersecret_0123456789";
    let c = Client::builder().base_url(env.emu.base_url()).api_key(key).build().unwrap();
    assert!(!format!("{c:?}").contains("supersecret"));
    assert!(!format!("{:?}", c.credentials()).contains("supersecret"));
    let err = c.auth().me().await.unwrap_err();
    assert_eq!(err.status(), Some(401));
    for text in [format!("{err}"), format!("{err:?}"), err.to_json().to_string()] {
        assert!(!text.contains("supersecret"), "{text}");
    }
    let b = Client::builder()
        .bearer("tok_supersecret", Some(Secret::new("ref_supersecret")))
        .access_token_expires_at(SystemTime::now() + Duration::from_secs(600));
    assert!(!format!("{b:?}").contains("supersecret"));
}

#[test]
fn bad_configuration_is_a_clear_typed_error() {
    for (b, needle) in [
        (Client::builder().api_key(""), "API key is empty"),
        (Client::builder().api_key("a b"), "white space"),
        (Client::builder().base_url("http://api.cloudpirates.io/v1"), "must use https"),
        (Client::builder().api_key("k").bearer("t", None), "not both"),
        (Client::builder().timeout(Duration::ZERO), "timeout"),
    ] {
        let err = b.build().unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Config), "{err}");
        assert!(err.message().contains(needle), "{err}");
    }
}
