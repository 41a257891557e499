mod common;
use cloudpirates_emulator::EmulatorConfig;
use common::*;
use serde_json::json;

#[tokio::test]
async fn paging_headers_and_links() {
    let t = start_default().await;
    let path = format!("/v1/workspaces/{WS}/observability/{CLUSTER}/kubernetes-events");
    let r = t.get(&path, Auth::Key(DEMO_KEY)).await;
    assert_eq!(r.status, 200);
    let total: usize = r.header("x-Total").unwrap().parse().unwrap();
    assert!(total >= 120);
    assert_eq!(r.header("x-Limit").as_deref(), Some("20"));
    assert_eq!(r.header("x-Offset").as_deref(), Some("0"));
    assert_eq!(r.body.as_array().unwrap().len(), 20);
    let link = r.header("link").unwrap();
    let last = (total - 1) / 20 * 20;
    assert_eq!(
        link,
        format!(
            "<{path}?limit=20&offset=0>; rel=\"first\", <{path}?limit=20&offset=20>; rel=\"next\", <{path}?limit=20&offset={last}>; rel=\"last\""
        )
    );
    let r = t.get(&format!("{path}?limit=50&offset={}", total - 10), Auth::Key(DEMO_KEY)).await;
    assert_eq!(r.body.as_array().unwrap().len(), 10);
    let link = r.header("link").unwrap();
    assert!(link.contains("rel=\"prev\"") && !link.contains("rel=\"next\""));
    for bad in ["limit=-1", "offset=-5", "limit=abc", "limit=0", "offset=x"] {
        let r = t.get(&format!("{path}?{bad}"), Auth::Key(DEMO_KEY)).await;
        assert_eq!(r.status, 400, "{bad}");
        assert!(r.body["keyword"].is_string(), "{bad}");
    }
    // transactions >= 45, trainings >= 45, templates 17
    let r = t.get("/v1/billing/billing-profiles/6571f2b1e4b0a1a2b3c4b001/transactions", Auth::Key(DEMO_KEY)).await;
    assert!(r.header("x-Total").unwrap().parse::<usize>().unwrap() >= 45);
    let r = t.get("/v1/trainings?limit=5", Auth::Key(DEMO_KEY)).await;
    assert!(r.header("x-Total").unwrap().parse::<usize>().unwrap() >= 45);
    let r = t.get("/v1/applications/templates", Auth::Key(DEMO_KEY)).await;
    assert_eq!(r.header("x-Total").as_deref(), Some("17"));
    // lists of unknown pagination carry the headers too
    let r = t.get("/v1/workspaces", Auth::Key(DEMO_KEY)).await;
    assert_eq!(r.header("x-Total").as_deref(), Some("1"));
    assert!(r.header("link").unwrap().contains("rel=\"last\""));
}

#[tokio::test]
async fn label_selector_filters_and_is_kept_in_links() {
    let t = start_default().await;
    let base = format!("/v1/workspaces/{WS}/observability/{CLUSTER}/kubernetes-proxy");
    let r = t.get(&format!("{base}/pod?labelSelector=app%3Dnginx&limit=1"), Auth::Key(DEMO_KEY)).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("x-Total").as_deref(), Some("4"));
    assert!(r.header("link").unwrap().contains("labelSelector=app%3Dnginx&limit=1&offset=1"));
    let r = t
        .get(&format!("{base}/namespaces/production/POD?labelSelector=app%20in%20(nginx,api)"), Auth::Key(DEMO_KEY))
        .await;
    assert_eq!(r.body.as_array().unwrap().len(), 4);
    let r = t.get(&format!("{base}/Deployment?labelSelector=env!%3Dprod"), Auth::Key(DEMO_KEY)).await;
    assert_eq!(r.body.as_array().unwrap().len(), 2);
    let r = t.get(&format!("{base}/pods"), Auth::Key(DEMO_KEY)).await;
    assert_eq!((r.status, r.body["keyword"].clone()), (400, json!("enum")));
    let r = t.get(&format!("{base}/ingress"), Auth::Key(DEMO_KEY)).await;
    assert_eq!(r.status, 400);
    let r = t.get(&format!("{base}/node"), Auth::Key(DEMO_KEY)).await;
    assert_eq!(r.body.as_array().unwrap().len(), 4);
    let r = t.get(&format!("{base}/namespace/production"), Auth::Key(DEMO_KEY)).await;
    assert_eq!(r.body["resource"]["kind"], "Namespace");
    assert_eq!(r.body["clusterId"], CLUSTER);
    let r = t.get(&format!("{base}/namespaces/staging/service/nginx"), Auth::Key(DEMO_KEY)).await;
    assert_eq!(r.body["resource"]["metadata"]["namespace"], "staging");
    assert!(r.body.get("events").is_none());
    let r = t.get(&format!("{base}/namespaces/staging/service/nope"), Auth::Key(DEMO_KEY)).await;
    assert_eq!(r.status, 404);
}

#[tokio::test]
async fn validation_error_shapes() {
    let t = start_default().await;
    let r = t.post("/v1/workspaces", Auth::Key(DEMO_KEY), json!({"workspaceName": "x"})).await;
    assert_eq!(
        r.body,
        json!({"status": 400, "instancePath": "", "schemaPath": "#/required", "keyword": "required", "params": {"missingProperty": "workspaceKey"}, "message": "must have required property 'workspaceKey'"})
    );
    let r = t
        .post(
            "/v1/workspaces",
            Auth::Key(DEMO_KEY),
            json!({"workspaceName": "x", "workspaceKey": "k", "myAdditionalProperty": 1}),
        )
        .await;
    assert_eq!(
        r.body,
        json!({"status": 400, "instancePath": "", "schemaPath": "#/additionalProperties", "keyword": "additionalProperties", "params": {"additionalProperty": "myAdditionalProperty"}, "message": "must NOT have additional properties"})
    );
    let r = t
        .post(
            &format!("/v1/workspaces/{WS}/clusters"),
            Auth::Key(DEMO_KEY),
            json!({"clusterName": "x", "clusterType": "external"}),
        )
        .await;
    assert_eq!(r.body["keyword"], "enum");
    assert_eq!(r.body["instancePath"], "/clusterType");
    assert_eq!(r.body["params"]["allowedValues"], json!(["EXTERNAL", "MANAGED"]));
    assert_eq!(r.body["message"], "must be equal to one of the allowed values");
    let r = t
        .post(
            "/v1/billing/billing-profiles",
            Auth::Key(DEMO_KEY),
            json!({"billingProfileName": "x", "billingProfileAddress": {"city": "c"}}),
        )
        .await;
    assert_eq!(r.body["keyword"], "required");
    assert_eq!(r.body["instancePath"], "/billingProfileAddress");
    let r = t.post("/v1/workspaces", Auth::Key(DEMO_KEY), json!({"workspaceName": 5, "workspaceKey": "k"})).await;
    assert_eq!((r.body["keyword"].clone(), r.body["params"]["type"].clone()), (json!("type"), json!("string")));
    let r = t.get("/v1/unknown/route", Auth::Key(DEMO_KEY)).await;
    assert_eq!((r.status, r.body.clone()), (404, json!({"status": 404, "message": "Not found"})));
}

#[tokio::test]
async fn a_long_seeded_list_pages_to_its_end() {
    let t = start(EmulatorConfig::fast().with_trainings(100_000)).await;
    let r = t.get("/v1/trainings?limit=20&offset=0", Auth::Key(DEMO_KEY)).await;
    assert_eq!(r.header("x-Total").as_deref(), Some("100000"));
    // the first ids are the ones the default seed always had
    assert_eq!(r.body[0]["trainingId"], "6571f2b1e4b0a1a2b3c4c001");
    let r = t.get("/v1/trainings?limit=20&offset=99990", Auth::Key(DEMO_KEY)).await;
    let items = r.body.as_array().unwrap();
    assert_eq!(items.len(), 10);
    let ids: Vec<&str> = items.iter().map(|i| i["trainingId"].as_str().unwrap()).collect();
    assert!(ids.iter().all(|id| id.len() == 24), "{ids:?}");
    assert_eq!(ids[9], format!("6571f2b1e4b0a1a2{:08x}", 100_000));
    let link = r.header("link").unwrap();
    assert!(link.contains("rel=\"prev\"") && !link.contains("rel=\"next\""), "{link}");
    // unique ids across the boundary between the two id shapes
    let r = t.get("/v1/trainings?limit=4&offset=997", Auth::Key(DEMO_KEY)).await;
    let ids: std::collections::HashSet<&str> =
        r.body.as_array().unwrap().iter().map(|i| i["trainingId"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 4);
    // the default seed is unchanged
    let d = start_default().await;
    let r = d.get("/v1/trainings?limit=1", Auth::Key(DEMO_KEY)).await;
    assert_eq!(r.header("x-Total").as_deref(), Some("48"));
}
