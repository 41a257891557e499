//! The emulator is as awkward as the documented API, by default, and no stricter than the docs
//! (docs/api-fidelity.md).

mod common;

use std::time::{Duration, Instant};

use cloudpirates_emulator::{EmulatorConfig, RuntimeConfig};
use common::*;
use serde_json::json;

#[test]
fn defaults_are_the_documented_behaviour() {
    let d = RuntimeConfig::default();
    assert_eq!(d.lag_ms, 150, "the read models lag");
    assert!(d.require_activation, "activation comes before the first login");
    assert!(d.application_update_delay_ms >= 10_000, "application updates hang until a gateway timeout");
    assert!(d.link_quirks && !d.protect_last_owner);
}

#[tokio::test]
async fn an_unknown_url_or_method_is_404() {
    let t = start_default().await;
    for (m, p) in
        [("PATCH", "/v1/workspaces"), ("DELETE", "/v1/auth/me"), ("GET", "/v1/nowhere"), ("POST", "/v1/trainings")]
    {
        let r = t.req(m, p, Auth::Key(DEMO_KEY), None).await;
        assert_eq!((r.status, &r.body), (404, &json!({"status": 404, "message": "Not found"})), "{m} {p}");
        assert!(r.header("allow").is_none());
    }
}

#[tokio::test]
async fn the_role_middleware_answers_code_401_without_an_identity() {
    let t = start_default().await;
    for p in ["/v1/auth/api-keys", "/v1/auth/sessions", "/v1/auth/challenges"] {
        let r = t.get(p, Auth::None).await;
        assert_eq!((r.status, &r.body), (401, &json!({"code": 401, "message": "Unauthorized"})), "{p}");
    }
    // the token middleware's shape elsewhere
    let r = t.get("/v1/auth/me", Auth::None).await;
    assert_eq!(r.body, json!({"status": 401, "message": "Unauthorized"}));
}

#[tokio::test]
async fn the_trainings_list_serves_the_documented_link_quirks() {
    let t = start_default().await;
    let r = t.get("/v1/trainings?limit=5&offset=10", Auth::Key(DEMO_KEY)).await;
    let link = r.header("link").unwrap();
    assert!(link.starts_with("</api/trainings?"), "{link}");
    assert!(link.contains(r#"rel="prev" </v1/trainings"#), "no comma after prev: {link}");
    assert!(
        link.trim_end().ends_with(r#"rel="last""#) && link.contains(", </api/trainings?limit=5&offset=45>"),
        "{link}"
    );
    // every other list is plain
    let r = t.get("/v1/billing/billing-profiles?limit=1&offset=1", Auth::Key(DEMO_KEY)).await;
    assert!(!r.header("link").unwrap().contains("/api/"));
    t.control("PUT", "/_emulator/config", Some(json!({"link_quirks": false}))).await;
    let r = t.get("/v1/trainings?limit=5&offset=10", Auth::Key(DEMO_KEY)).await;
    assert!(!r.header("link").unwrap().contains("/api/"));
}

#[tokio::test]
async fn application_updates_hang_until_the_gateway_times_out() {
    let t = start(EmulatorConfig::fast()).await;
    t.control("PUT", "/_emulator/config", Some(json!({"application_update_delay_ms": 300}))).await;
    let apps = t.get(&format!("/v1/workspaces/{WS}/applications"), Auth::Key(DEMO_KEY)).await;
    let app = apps.body[0]["applicationId"].as_str().unwrap().to_owned();
    let started = Instant::now();
    let r = t
        .req(
            "PUT",
            &format!("/v1/workspaces/{WS}/applications/{app}/values"),
            Auth::Key(DEMO_KEY),
            Some(json!({"applicationValues": {}})),
        )
        .await;
    assert_eq!(r.status, 504);
    assert!(started.elapsed() >= Duration::from_millis(300), "it hung first");
}

#[tokio::test]
async fn no_stricter_than_the_docs() {
    let t = start_default().await;
    // a long workspace key, no length limit documented
    let key = "k".repeat(80);
    let r = t.post("/v1/workspaces", Auth::Key(DEMO_KEY), json!({"workspaceName": "", "workspaceKey": key})).await;
    assert_eq!(r.status, 201, "no maxLength, no minLength: {}", r.body);
    let ws = r.body["workspaceId"].as_str().unwrap().to_owned();
    // an invitation date in any format
    let r = t
        .post(
            &format!("/v1/workspaces/{ws}/invitations"),
            Auth::Key(DEMO_KEY),
            json!({"email": "second@cloudpirates.test", "role": "MEMBER", "invitationExpireDate": "next friday"}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.body);
    // the last OWNER may be demoted (the docs say owners manage roles); opt-in protection
    let members = t.get(&format!("/v1/workspaces/{ws}/members"), Auth::Key(DEMO_KEY)).await;
    let me = members.body[0]["workspaceMemberId"].as_str().unwrap().to_owned();
    t.control("PUT", "/_emulator/config", Some(json!({"protect_last_owner": true}))).await;
    let path = format!("/v1/workspaces/{ws}/members/{me}/role");
    let r = t.req("PUT", &path, Auth::Key(DEMO_KEY), Some(json!({"role": "VIEWER"}))).await;
    assert_eq!(r.status, 409);
    t.control("PUT", "/_emulator/config", Some(json!({"protect_last_owner": false}))).await;
    let r = t.req("PUT", &path, Auth::Key(DEMO_KEY), Some(json!({"role": "VIEWER"}))).await;
    assert_eq!(r.status, 200, "{}", r.body);
    // cluster-scoped kinds on the namespaced route: not excluded by the docs
    let r = t
        .get(
            &format!("/v1/workspaces/{WS}/observability/{CLUSTER}/kubernetes-proxy/namespaces/production/node"),
            Auth::Key(DEMO_KEY),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    // applications.create carries values (the audit notes say create validates them)
    let apps = t.get(&format!("/v1/workspaces/{WS}/applications"), Auth::Key(DEMO_KEY)).await;
    let a = &apps.body[0];
    let r = t
        .post(
            &format!("/v1/workspaces/{WS}/applications"),
            Auth::Key(DEMO_KEY),
            json!({
                "applicationTemplateId": a["applicationTemplateId"], "applicationTemplatePresetId": a["applicationTemplatePresetId"],
                "clusterId": CLUSTER, "appVersion": a["appVersion"], "name": "with-values", "applicationValues": {"replicaCount": 1},
            }),
        )
        .await;
    assert_eq!(r.status, 501, "accepted by the schema, then the documented 501: {}", r.body);
}
