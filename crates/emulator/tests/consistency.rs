mod common;
use std::time::Duration;

use cloudpirates_emulator::EmulatorConfig;
use common::*;
use serde_json::json;

#[tokio::test]
async fn reads_trail_writes_by_the_lag() {
    let t = start(EmulatorConfig::fast().with_lag_ms(400)).await;
    // new workspace: creator gets 403 on workspace routes, list does not contain it yet
    let r = t
        .post("/v1/workspaces", Auth::Key(DEMO_KEY), json!({"workspaceName": "Lagging", "workspaceKey": "lagging"}))
        .await;
    assert_eq!(r.status, 201);
    let ws = r.body["workspaceId"].as_str().unwrap().to_string();
    let g = t.get(&format!("/v1/workspaces/{ws}"), Auth::Key(DEMO_KEY)).await;
    assert_eq!(g.body, json!({"status": 403, "message": "Forbidden"}));
    let list = t.get("/v1/workspaces", Auth::Key(DEMO_KEY)).await;
    assert!(!list.body.to_string().contains(&ws));
    // writes use the write model: creating a cluster in it works at once
    let c = t
        .post(
            &format!("/v1/workspaces/{WS}/clusters"),
            Auth::Key(DEMO_KEY),
            json!({"clusterName": "new", "clusterType": "EXTERNAL"}),
        )
        .await;
    let cid = c.body["clusterId"].as_str().unwrap().to_string();
    assert_eq!(t.get(&format!("/v1/workspaces/{WS}/clusters/{cid}"), Auth::Key(DEMO_KEY)).await.status, 404);
    // a deleted resource is still returned
    assert_eq!(
        t.req("DELETE", &format!("/v1/workspaces/{WS}/clusters/{CLUSTER}"), Auth::Key(DEMO_KEY), None).await.status,
        204
    );
    assert_eq!(t.get(&format!("/v1/workspaces/{WS}/clusters/{CLUSTER}"), Auth::Key(DEMO_KEY)).await.status, 200);
    // a rename is not visible yet
    t.req("PUT", &format!("/v1/workspaces/{WS}/name"), Auth::Key(DEMO_KEY), Some(json!({"workspaceName": "Renamed"})))
        .await;
    assert_eq!(
        t.get(&format!("/v1/workspaces/{WS}"), Auth::Key(DEMO_KEY)).await.body["workspaceName"],
        "Demo Workspace"
    );

    tokio::time::sleep(Duration::from_millis(450)).await;
    assert_eq!(t.get(&format!("/v1/workspaces/{ws}"), Auth::Key(DEMO_KEY)).await.status, 200);
    assert!(t.get("/v1/workspaces", Auth::Key(DEMO_KEY)).await.body.to_string().contains(&ws));
    assert_eq!(t.get(&format!("/v1/workspaces/{WS}/clusters/{cid}"), Auth::Key(DEMO_KEY)).await.status, 200);
    assert_eq!(t.get(&format!("/v1/workspaces/{WS}/clusters/{CLUSTER}"), Auth::Key(DEMO_KEY)).await.status, 404);
    assert_eq!(t.get(&format!("/v1/workspaces/{WS}"), Auth::Key(DEMO_KEY)).await.body["workspaceName"], "Renamed");
}

#[tokio::test]
async fn lag_is_configurable_at_run_time() {
    let t = start_default().await;
    let r = t.post("/v1/billing/billing-profiles", Auth::Key(DEMO_KEY), json!({"billingProfileName": "A", "billingProfileAddress": {"addressLine1": "a", "postalCode": "1", "city": "c", "countryCode": "DE"}})).await;
    let id = r.body["billingProfileId"].as_str().unwrap().to_string();
    assert_eq!(t.get(&format!("/v1/billing/billing-profiles/{id}"), Auth::Key(DEMO_KEY)).await.status, 200);
    t.set_config(json!({"lag_ms": 300})).await;
    let r = t.post("/v1/billing/billing-profiles", Auth::Key(DEMO_KEY), json!({"billingProfileName": "B", "billingProfileAddress": {"addressLine1": "a", "postalCode": "1", "city": "c", "countryCode": "DE"}})).await;
    let id = r.body["billingProfileId"].as_str().unwrap().to_string();
    assert_eq!(t.get(&format!("/v1/billing/billing-profiles/{id}"), Auth::Key(DEMO_KEY)).await.status, 404);
    tokio::time::sleep(Duration::from_millis(350)).await;
    assert_eq!(t.get(&format!("/v1/billing/billing-profiles/{id}"), Auth::Key(DEMO_KEY)).await.status, 200);
}
