mod common;
use common::*;
use serde_json::json;

#[tokio::test]
async fn clusters_tokens_and_managed() {
    let t = start_default().await;
    let r = t
        .post(
            &format!("/v1/workspaces/{WS}/clusters"),
            Auth::Key(DEMO_KEY),
            json!({"clusterName": "m", "clusterType": "MANAGED"}),
        )
        .await;
    assert_eq!(r.status, 501);
    let r = t
        .post(
            &format!("/v1/workspaces/{WS}/clusters"),
            Auth::Key(DEMO_KEY),
            json!({"clusterName": "edge", "clusterType": "EXTERNAL"}),
        )
        .await;
    assert_eq!(r.status, 201);
    let id = r.body["clusterId"].as_str().unwrap().to_string();
    let token = r.body["accessToken"].as_str().unwrap().to_string();
    let list = t.get(&format!("/v1/workspaces/{WS}/clusters"), Auth::Key(DEMO_KEY)).await;
    assert_eq!(list.body.as_array().unwrap().len(), 2);
    assert!(list.body.as_array().unwrap().iter().all(|c| c.get("accessToken").is_none()));
    let g = t.get(&format!("/v1/workspaces/{WS}/clusters/{id}"), Auth::Key(DEMO_KEY)).await;
    assert_eq!(g.body["accessToken"], token.as_str());
    let rot = t
        .req(
            "POST",
            &format!("/v1/workspaces/{WS}/clusters/{id}/actions/rotate-access-token"),
            Auth::Key(DEMO_KEY),
            None,
        )
        .await;
    assert_eq!(rot.status, 200);
    assert_ne!(rot.body["accessToken"], token.as_str());
    let g = t.get(&format!("/v1/workspaces/{WS}/clusters/{id}"), Auth::Key(DEMO_KEY)).await;
    assert_eq!(g.body["accessToken"], rot.body["accessToken"]);
    let r = t
        .req(
            "PUT",
            &format!("/v1/workspaces/{WS}/clusters/{id}/name"),
            Auth::Key(DEMO_KEY),
            Some(json!({"clusterName": "edge-2"})),
        )
        .await;
    assert_eq!(r.body["clusterName"], "edge-2");
    assert_eq!(
        t.req("DELETE", &format!("/v1/workspaces/{WS}/clusters/{id}"), Auth::Key(DEMO_KEY), None).await.status,
        204
    );
    assert_eq!(t.get(&format!("/v1/workspaces/{WS}/clusters/{id}"), Auth::Key(DEMO_KEY)).await.status, 404);
}

#[tokio::test]
async fn billing_rules() {
    let t = start_default().await;
    let own = "6571f2b1e4b0a1a2b3c4b001";
    let spare = "6571f2b1e4b0a1a2b3c4b002";
    let foreign = "6571f2b1e4b0a1a2b3c4b003";
    assert_eq!(t.get(&format!("/v1/billing/billing-profiles/{foreign}"), Auth::Key(DEMO_KEY)).await.status, 404);
    assert_eq!(t.get(&format!("/v1/billing/billing-profiles/{foreign}"), Auth::Key(SECOND_KEY)).await.status, 200);
    assert_eq!(
        t.req("DELETE", &format!("/v1/billing/billing-profiles/{own}"), Auth::Key(DEMO_KEY), None).await.status,
        409
    );
    let p = format!("/v1/billing/billing-profiles/{spare}");
    let r = t
        .req(
            "PUT",
            &format!("{p}/purchase-order-number"),
            Auth::Key(DEMO_KEY),
            Some(json!({"purchaseOrderNumber": "PO-2024-002"})),
        )
        .await;
    assert_eq!(r.body["purchaseOrderNumber"], "PO-2024-002");
    assert_eq!(t.req("DELETE", &format!("{p}/purchase-order-number"), Auth::Key(DEMO_KEY), None).await.status, 204);
    let r = t.post(&format!("{p}/email-addresses"), Auth::Key(DEMO_KEY), json!({"emailAddress": "a@b.test"})).await;
    assert_eq!(r.body["emailAddresses"], json!(["a@b.test"]));
    assert_eq!(
        t.req(
            "DELETE",
            &format!("{p}/email-addresses"),
            Auth::Key(DEMO_KEY),
            Some(json!({"emailAddress": "a@b.test"}))
        )
        .await
        .status,
        204
    );
    let r = t
        .req(
            "PUT",
            &format!("{p}/send-invoices-by-email"),
            Auth::Key(DEMO_KEY),
            Some(json!({"sendInvoicesByEmail": false})),
        )
        .await;
    assert_eq!(r.body["sendInvoicesByEmail"], false);
    let r = t.req("PUT", &format!("{p}/address"), Auth::Key(DEMO_KEY), Some(json!({"billingProfileAddress": {"addressLine1": "x", "postalCode": "1", "city": "c", "countryCode": "de"}}))).await;
    assert_eq!(r.status, 200, "the docs say a 2-letter ISO code, not its case: {}", r.body);
    let r = t.req("PUT", &format!("{p}/address"), Auth::Key(DEMO_KEY), Some(json!({"billingProfileAddress": {"addressLine1": "x", "postalCode": "1", "city": "c", "countryCode": "D1"}}))).await;
    assert_eq!(r.body["keyword"], "pattern");
    let r = t
        .post(
            &format!("{p}/identity"),
            Auth::Key(DEMO_KEY),
            json!({"billingProfileId": spare, "identityId": "6571f2b1e4b0a1a2b3c4d501"}),
        )
        .await;
    assert_eq!(r.body["identityIds"], json!(["6571f2b1e4b0a1a2b3c4d501"]));
    assert_eq!(t.req("DELETE", &p, Auth::Key(DEMO_KEY), None).await.status, 409);
    let r = t.post("/v1/billing/billing-profiles", Auth::Key(DEMO_KEY), json!({"billingProfileName": "tmp", "billingProfileAddress": {"addressLine1": "a", "postalCode": "1", "city": "c", "countryCode": "DE"}})).await;
    let tmp = r.body["billingProfileId"].as_str().unwrap().to_string();
    assert_eq!(
        t.req("DELETE", &format!("/v1/billing/billing-profiles/{tmp}"), Auth::Key(DEMO_KEY), None).await.status,
        204
    );
    // invoices and the signed PDF
    let inv = t.get(&format!("/v1/billing/billing-profiles/{own}/invoices"), Auth::Key(DEMO_KEY)).await;
    let id = inv.body[0]["invoiceId"].as_str().unwrap().to_string();
    assert_eq!(
        t.get(&format!("/v1/billing/billing-profiles/{own}/invoice/{id}"), Auth::Key(DEMO_KEY)).await.status,
        200
    );
    let url = t
        .get(&format!("/v1/billing/billing-profiles/{own}/invoices/{id}/pdf-url"), Auth::Key(DEMO_KEY))
        .await
        .body["url"]
        .as_str()
        .unwrap()
        .to_string();
    let pdf = t.http.get(&url).send().await.unwrap();
    assert_eq!(pdf.status().as_u16(), 200);
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF"));
    let tampered = url.replace("token=", "token=0");
    assert_eq!(t.http.get(&tampered).send().await.unwrap().status().as_u16(), 403);
}

#[tokio::test]
async fn applications_validation_order_and_switches() {
    let t = start_default().await;
    let tpl = t.get("/v1/applications/templates/6571f2b1e4b0a1a2b3c4f001", Auth::Key(DEMO_KEY)).await.body;
    let preset = tpl["presets"][0]["applicationTemplatePresetId"].as_str().unwrap().to_string();
    let ha = tpl["presets"][4]["applicationTemplatePresetId"].as_str().unwrap().to_string();
    let path = format!("/v1/workspaces/{WS}/applications");
    let body = |t: &str, p: &str, c: &str, v: &str| json!({"applicationTemplateId": t, "applicationTemplatePresetId": p, "clusterId": c, "appVersion": v, "name": "db"});
    let tid = "6571f2b1e4b0a1a2b3c4f001";
    assert_eq!(t.post(&path, Auth::Key(DEMO_KEY), body("nope", &preset, CLUSTER, "12.0.2")).await.status, 404);
    assert_eq!(t.post(&path, Auth::Key(DEMO_KEY), body(tid, &preset, CLUSTER, "9.9.9")).await.status, 400);
    assert_eq!(t.post(&path, Auth::Key(DEMO_KEY), body(tid, &preset, "nope", "12.0.2")).await.status, 404);
    assert_eq!(t.post(&path, Auth::Key(DEMO_KEY), body(tid, "nope", CLUSTER, "12.0.2")).await.status, 404);
    let r = t.post(&path, Auth::Key(DEMO_KEY), body(tid, &ha, CLUSTER, "11.4.2")).await;
    assert_eq!((r.status, r.body["path"].clone()), (400, json!("appVersion")));
    let r = t.post(&path, Auth::Key(DEMO_KEY), body(tid, &preset, CLUSTER, "12.0.2")).await;
    assert_eq!(r.status, 501);
    assert_eq!(t.post(&path, Auth::Key(VIEWER_KEY), body(tid, &preset, CLUSTER, "12.0.2")).await.body["code"], 403);
    t.set_config(json!({"applications_happy_path": true})).await;
    let r = t.post(&path, Auth::Key(DEMO_KEY), body(tid, &preset, CLUSTER, "12.0.2")).await;
    assert_eq!(r.status, 201);
    let app = r.body["applicationId"].as_str().unwrap().to_string();
    assert_eq!(t.get(&format!("{path}/{app}"), Auth::Key(DEMO_KEY)).await.body["appVersion"], "12.0.2");
    let r = t
        .req(
            "PUT",
            &format!("{path}/{app}/values"),
            Auth::Key(DEMO_KEY),
            Some(json!({"applicationValues": {"replicaCount": 2}})),
        )
        .await;
    assert_eq!(r.body, json!({"status": 504, "message": "Gateway Timeout"}));
    let r = t.post(&format!("{path}/{app}/actions/update"), Auth::Key(DEMO_KEY), json!({"appVersion": "12.1.0"})).await;
    assert_eq!(r.status, 504);
    t.set_config(json!({"application_update_mode": "succeed"})).await;
    let r = t.post(&format!("{path}/{app}/actions/update"), Auth::Key(DEMO_KEY), json!({"appVersion": "12.1.0"})).await;
    assert_eq!(r.body["appVersion"], "12.1.0");
    let r = t
        .req(
            "PUT",
            &format!("{path}/{app}/values"),
            Auth::Key(DEMO_KEY),
            Some(json!({"applicationValues": {"replicaCount": 0}})),
        )
        .await;
    assert_eq!(r.status, 400);
    let logs = t.get(&format!("{path}/{app}/logs"), Auth::Key(DEMO_KEY)).await;
    assert!(logs.header("x-Total").is_some());
    assert_eq!(t.req("DELETE", &format!("{path}/{app}"), Auth::Key(DEMO_KEY), None).await.status, 204);
    let c = t.counters().await;
    assert_eq!(c["resources"]["applications"]["created"], 1);
    assert_eq!(c["writes"]["applications.delete"], 1);
}
