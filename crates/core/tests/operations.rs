//! Every one of the 72 operations, called through the typed API over real HTTP against
//! the emulator. `coverage.rs` checks that each operation id appears here as a call chain.

mod common;

use cloudpirates::models::*;
use cloudpirates::{Client, Credentials, PageParams, api};
use cloudpirates_emulator::seed::{DEMO_CLUSTER_ID as CL, DEMO_WORKSPACE_ID as WS};
use cloudpirates_emulator::{ApplicationUpdateMode, EmulatorConfig};
use common::*;
use futures_util::StreamExt;
use serde_json::{Value, json};

async fn login(env: &Env, email: &str, password: &str) -> Client {
    let c = env.anonymous().build().unwrap();
    let r = c.auth().login(&LoginRequest::new(email, password)).await.unwrap();
    assert!(r.access_token.is_some(), "logged in without MFA");
    assert!(matches!(c.credentials(), Credentials::Bearer { .. }), "the client adopted the session");
    c
}

async fn mfa_code(env: &Env, email: &str, kind: &str, purpose: &str) -> (String, String) {
    let codes = env.control("mfa-codes").await;
    let who = codes.as_array().unwrap().iter().find(|i| i["email"] == email).expect("identity");
    if kind == "TOTP"
        && let Some(code) = who["totp"].as_str()
    {
        return (String::new(), code.to_owned());
    }
    let p = who["pending"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|p| p["type"] == kind && p["purpose"] == purpose)
        .expect("pending challenge");
    (p["verificationToken"].as_str().unwrap().into(), p["code"].as_str().unwrap().into())
}

fn webauthn_body(challenge: &str, credential: &str) -> serde_json::Map<String, Value> {
    json!({"id": credential, "rawId": credential, "type": "public-key", "response": {"clientDataJSON": challenge}})
        .as_object()
        .unwrap()
        .clone()
}

#[tokio::test]
async fn every_operation_answers_over_http() {
    let env = start_with(EmulatorConfig::fast().with_applications_happy_path(true)).await;
    env.update(|c| c.application_update_mode = ApplicationUpdateMode::Succeed);
    let demo = env.emu.credentials().into_iter().next().unwrap();
    let second = env.second_identity();
    let anon = env.anonymous().build().unwrap();
    let c = env.client(); // API key

    // --- auth core, with a freshly registered identity for the MFA flows
    let email = format!("{}@example.test", unique_key("new"));
    let reg = anon.auth().register(&RegisterRequest::new(&email, "S3cure-Passw0rd!", "Ada", "Lovelace")).await.unwrap();
    assert_eq!(reg.email.as_deref(), Some(email.as_str()));
    env.activate(&email).await;
    anon.auth().request_password_reset(&RequestPasswordResetRequest::new(&email)).await.unwrap();
    let fresh = login(&env, &email, "S3cure-Passw0rd!").await;
    let me = fresh.auth().me().await.unwrap();
    assert_eq!(me.email.as_deref(), Some(email.as_str()));
    fresh.auth().validate().await.unwrap();

    let setup = fresh.auth().challenges().start_sms(&StartSmsChallengeRequest::new("+4915112345678")).await.unwrap();
    let (_, code) = mfa_code(&env, &email, "SMS", "setup").await;
    fresh
        .auth()
        .challenges()
        .activate_sms(&ActivateSmsChallengeRequest::new(&setup.verification_token, &code))
        .await
        .unwrap();
    let totp = fresh.auth().challenges().start_totp().await.unwrap();
    assert!(totp.otp_auth_uri.starts_with("otpauth://"));
    let (_, code) = mfa_code(&env, &email, "TOTP", "setup").await;
    fresh.auth().challenges().activate_totp(&ActivateTotpChallengeRequest::new(&code)).await.unwrap();
    assert!(fresh.auth().challenges().list().await.unwrap().items.len() >= 2);

    // Login now needs the second step.
    let mfa_client = env.anonymous().build().unwrap();
    let step1 = mfa_client
        .auth()
        .login(&LoginRequest::new(&email, "S3cure-Passw0rd!").with_desired_challenge(AuthChallengeType::Sms))
        .await
        .unwrap();
    assert_eq!(step1.challenge_required, Some(true));
    let (token, code) = mfa_code(&env, &email, "SMS", "login").await;
    assert_eq!(Some(token.as_str()), step1.verification_token.as_deref());
    mfa_client.auth().login_challenge(&LoginChallengeRequest::new(&token, &code)).await.unwrap();
    mfa_client.auth().me().await.unwrap();

    let sessions =
        fresh.auth().sessions().list(&api::AuthSessionsListParams { include_expired: Some(true) }).await.unwrap();
    let other = sessions
        .items
        .iter()
        .find(|s| s.extra.get("current") != Some(&Value::Bool(true)))
        .expect("the MFA client's session");
    fresh.auth().sessions().logout(other.session_id.as_deref().unwrap()).await.unwrap();

    fresh.auth().change_password(&ChangePasswordRequest::new("S3cure-Passw0rd!", "An0ther-Passw0rd!")).await.unwrap();

    // --- WebAuthn
    let ch = fresh.auth().webauthn().challenge().await.unwrap();
    let key = fresh.auth().webauthn().register(&webauthn_body(&ch.challenge, "cred-ops-1")).await.unwrap();
    let key_id = key.web_authn_key_id.clone().unwrap();
    assert!(
        fresh.auth().webauthn().list().await.unwrap().items.iter().any(|k| k.web_authn_key_id == key.web_authn_key_id)
    );
    let renamed =
        fresh.auth().webauthn().update_label(&key_id, &UpdateWebAuthnKeyLabelRequest::new("YubiKey")).await.unwrap();
    assert_eq!(renamed.label.as_deref(), Some("YubiKey"));
    let passkey = env.anonymous().build().unwrap();
    let ch = passkey.auth().webauthn().challenge().await.unwrap();
    passkey.auth().webauthn().login(&webauthn_body(&ch.challenge, "cred-ops-1")).await.unwrap();
    assert_eq!(passkey.auth().me().await.unwrap().email.as_deref(), Some(email.as_str()));
    fresh.auth().webauthn().delete(&key_id).await.unwrap();

    // --- refresh and API keys (Bearer only)
    let user = login(&env, &demo.email, &demo.password).await;
    let Credentials::Bearer { refresh_token: Some(rt), .. } = user.credentials() else { panic!("bearer") };
    let rotated = user.auth().refresh(&RefreshRequest::new(rt.expose())).await.unwrap();
    assert_ne!(rotated.refresh_token, rt.expose());
    let created = user.auth().api_keys().create(&CreateApiKeyRequest::new("ci key")).await.unwrap();
    assert!(created.api_key.as_deref().is_some_and(|k| !k.is_empty()), "the secret is returned once");
    let listed = user.auth().api_keys().list().await.unwrap();
    assert!(listed.items.iter().any(|k| k.id == created.id));
    assert!(
        !serde_json::to_string(&listed.items).unwrap().contains(created.api_key.as_deref().unwrap()),
        "never listed"
    );
    user.auth().api_keys().delete(created.id.as_deref().unwrap()).await.unwrap();

    // --- workspaces, members, invitations
    let key = unique_key("ops");
    let w = c.workspaces().create(&CreateWorkspaceRequest::new("Ops", &key)).await.unwrap();
    let wid = w.workspace_id.clone();
    assert!(c.workspaces().list().await.unwrap().items.iter().any(|x| x.workspace_id.as_deref() == Some(wid.as_str())));
    assert_eq!(c.workspaces().get(&wid).await.unwrap().workspace_key, key);
    assert_eq!(
        c.workspaces().rename(&wid, &RenameWorkspaceRequest::new("Ops 2")).await.unwrap().workspace_name,
        "Ops 2"
    );
    c.workspaces()
        .invitations()
        .create(&wid, &CreateInvitationRequest::new(&second.email, WorkspaceMemberRole::Member))
        .await
        .unwrap();
    let invitations = env.control("invitations").await;
    let inv = invitations.as_array().unwrap().iter().find(|i| i["workspaceId"] == wid.as_str()).unwrap();
    let invitee = login(&env, &second.email, &second.password).await;
    let member = invitee
        .workspaces()
        .invitations()
        .accept(&AcceptInvitationRequest::new(inv["invitationId"].as_str().unwrap()))
        .await
        .unwrap();
    let member_id = member.workspace_member_id.clone().unwrap();
    assert_eq!(c.workspaces().members().list(&wid).await.unwrap().items.len(), 2);
    let updated = c
        .workspaces()
        .members()
        .update_role(&wid, &member_id, &UpdateMemberRoleRequest::new(WorkspaceMemberRole::Viewer))
        .await
        .unwrap();
    assert_eq!(updated.role, Some(WorkspaceMemberRole::Viewer));
    c.workspaces().members().remove(&wid, &member_id).await.unwrap();
    c.workspaces().delete(&wid).await.unwrap();

    // --- billing
    let addr = BillingAddress::new("Main St 1", "10115", "Berlin", "DE");
    let p =
        c.billing().profiles().create(&CreateBillingProfileRequest::new("Ops profile", addr.clone())).await.unwrap();
    let pid = p.billing_profile_id.clone().unwrap();
    assert!(
        c.billing()
            .profiles()
            .list(PageParams::new(100, 0))
            .await
            .unwrap()
            .items
            .iter()
            .any(|x| x.billing_profile_id == p.billing_profile_id)
    );
    c.billing().profiles().get(&pid).await.unwrap();
    c.billing().profiles().rename(&pid, &RenameBillingProfileRequest::new("Renamed")).await.unwrap();
    let moved = c
        .billing()
        .profiles()
        .update_address(
            &pid,
            &UpdateBillingProfileAddressRequest::new(
                BillingAddress::new("Side St 2", "20095", "Hamburg", "DE").with_address_line2("c/o Ops"),
            ),
        )
        .await
        .unwrap();
    assert_eq!(moved.billing_profile_address.unwrap().city, "Hamburg");
    c.billing()
        .profiles()
        .set_purchase_order_number(&pid, &SetPurchaseOrderNumberRequest::new("PO-2024-002"))
        .await
        .unwrap();
    c.billing().profiles().delete_purchase_order_number(&pid).await.unwrap();
    c.billing().profiles().add_email_address(&pid, &AddEmailAddressRequest::new("ap@example.test")).await.unwrap();
    c.billing()
        .profiles()
        .remove_email_address(&pid, &RemoveEmailAddressRequest::new("ap@example.test"))
        .await
        .unwrap();
    c.billing().profiles().set_send_invoices_by_email(&pid, &SetSendInvoicesByEmailRequest::new(false)).await.unwrap();
    c.billing().profiles().delete(&pid).await.unwrap();
    let p2 = c.billing().profiles().create(&CreateBillingProfileRequest::new("Assigned", addr)).await.unwrap();
    let p2id = p2.billing_profile_id.unwrap();
    let assigned = c
        .billing()
        .profiles()
        .assign_identity(&p2id, &AssignIdentityRequest::new(&p2id, &demo.identity_id))
        .await
        .unwrap();
    assert!(assigned.identity_ids.unwrap_or_default().contains(&demo.identity_id));

    let profiles: Vec<BillingProfile> =
        c.billing().profiles().list_all(PageParams::default()).map(|r| r.unwrap()).collect().await;
    let mut invoice = None;
    for prof in &profiles {
        let id = prof.billing_profile_id.as_deref().unwrap();
        let page = c.billing().invoices().list(id, PageParams::default()).await.unwrap();
        if let Some(first) = page.items.first() {
            invoice = Some((id.to_owned(), first.invoice_id.clone().unwrap()));
            break;
        }
    }
    let (bp, inv_id) = invoice.expect("a seeded invoice");
    assert_eq!(c.billing().invoices().get(&bp, &inv_id).await.unwrap().invoice_id.as_deref(), Some(inv_id.as_str()));
    let pdf_url = c.billing().invoices().pdf_url(&bp, &inv_id).await.unwrap();
    let url = url::Url::parse(&pdf_url.url).unwrap();
    let file_name = percent_encoding::percent_decode_str(url.path_segments().unwrap().next_back().unwrap())
        .decode_utf8()
        .unwrap()
        .into_owned();
    let q: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
    let params =
        api::BillingInvoicesDownloadPdfParams { expires: q.get("expires").cloned(), token: q.get("token").cloned() };
    let pdf = anon.billing().invoices().download_pdf(&bp, &inv_id, &file_name, &params).await.unwrap();
    assert!(pdf.starts_with(b"%PDF"), "a PDF");
    let tx = c.billing().transactions().list(&bp, PageParams::new(5, 0)).await.unwrap();
    assert!(tx.info.total.is_some());

    // --- clusters and observability
    let cl = c.clusters().create(WS, &CreateClusterRequest::new("ops", ClusterType::External)).await.unwrap();
    let clid = cl.cluster_id.clone().unwrap();
    assert!(cl.access_token.is_some());
    let listed = c.clusters().list(WS).await.unwrap();
    assert!(listed.items.iter().any(|x| x.cluster_id.as_deref() == Some(clid.as_str())));
    assert!(c.clusters().get(WS, &clid).await.unwrap().access_token.is_some());
    c.clusters().rename(WS, &clid, &RenameClusterRequest::new("ops-2")).await.unwrap();
    let rotated = c.clusters().rotate_access_token(WS, &clid).await.unwrap();
    assert_ne!(Some(rotated.access_token.clone()), cl.access_token);
    c.clusters().delete(WS, &clid).await.unwrap();

    let nodes = c.observability().list_resources(WS, CL, "node", &Default::default()).await.unwrap();
    let node = nodes.items[0]["metadata"]["name"].as_str().unwrap().to_owned();
    let env_node = c.observability().get_resource(WS, CL, "NODE", &node).await.unwrap();
    assert_eq!(env_node.resource["metadata"]["name"], node.as_str());
    let all_pods = c.observability().list_resources(WS, CL, "pod", &Default::default()).await.unwrap();
    let ns = all_pods.items[0]["metadata"]["namespace"].as_str().unwrap().to_owned();
    let pods = c.observability().list_namespaced_resources(WS, CL, &ns, "pod", &Default::default()).await.unwrap();
    assert!(pods.items.iter().all(|p| p["metadata"]["namespace"] == ns.as_str()));
    let pod = pods.items[0]["metadata"]["name"].as_str().unwrap().to_owned();
    c.observability().get_namespaced_resource(WS, CL, &ns, "pod", &pod).await.unwrap();
    let events = c.observability().list_events(WS, CL, PageParams::new(10, 0)).await.unwrap();
    assert_eq!(events.items.len(), 10);

    // --- applications and templates
    let templates = c.applications().templates().list(PageParams::new(50, 0)).await.unwrap();
    assert_eq!(templates.items.len(), 17);
    let tid = templates.items[0].application_template_id.clone().unwrap();
    c.applications().templates().get(&tid).await.unwrap();
    let apps = c.applications().list(WS).await.unwrap();
    let seeded = &apps.items[0];
    let body = CreateApplicationRequest::new(
        seeded.application_template_id.clone().unwrap(),
        seeded.application_template_preset_id.clone().unwrap(),
        CL,
        seeded.app_version.clone().unwrap(),
        "ops-db",
    );
    let app = c.applications().create(WS, &body).await.unwrap();
    let aid = app.application_id.clone().unwrap();
    c.applications().get(WS, &aid).await.unwrap();
    c.applications()
        .update_values(WS, &aid, &UpdateApplicationValuesRequest::new(json!({"replicaCount": 2})))
        .await
        .unwrap();
    c.applications()
        .update_version(WS, &aid, &UpdateApplicationVersionRequest::new(seeded.app_version.clone().unwrap()))
        .await
        .unwrap();
    c.applications().logs(WS, &aid).await.unwrap();
    c.applications().delete(WS, &aid).await.unwrap();

    // --- trainings
    let trainings = c.trainings().list(PageParams::new(20, 0)).await.unwrap();
    assert!(trainings.has_next_page());
}
