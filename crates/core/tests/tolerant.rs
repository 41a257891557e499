//! A write the server applied is never reported as a failure: every write operation, with the
//! emulator answering writes with an empty body, `{}`, 204 or only the ids; the documented
//! quirks of the operations the docs say never answer; and lists that all take `limit`.

mod common;

use cloudpirates::models::*;
use cloudpirates::{Client, ErrorKind, Method, Paging, RawRequest, operations};
use cloudpirates_emulator::seed::{DEMO_CLUSTER_ID as CL, DEMO_WORKSPACE_ID as WS};
use cloudpirates_emulator::{ApplicationUpdateMode, EmulatorConfig, WriteResponses};
use common::*;
use serde_json::{Value, json};

const MODES: [WriteResponses; 4] =
    [WriteResponses::Empty, WriteResponses::EmptyObject, WriteResponses::NoContent, WriteResponses::Minimal];

fn webauthn_body(challenge: &str, credential: &str) -> serde_json::Map<String, Value> {
    json!({"id": credential, "rawId": credential, "type": "public-key", "response": {"clientDataJSON": challenge}})
        .as_object()
        .unwrap()
        .clone()
}

/// Logs in while writes still answer in full (a login answered with an empty body cannot
/// carry tokens), then switches the emulator to `mode`.
async fn bearer(env: &Env, email: &str, password: &str) -> Client {
    let c = env.anonymous().build().unwrap();
    c.auth().login(&LoginRequest::new(email, password)).await.unwrap();
    c
}

fn set_mode(env: &Env, mode: WriteResponses) {
    env.update(|c| c.write_responses = mode);
}

async fn pending(env: &Env, email: &str, kind: &str, purpose: &str) -> (String, String) {
    let codes = env.control("mfa-codes").await;
    let who = codes.as_array().unwrap().iter().find(|i| i["email"] == email).expect("identity");
    if kind == "TOTP"
        && let Some(code) = who["totp"].as_str()
    {
        return (String::new(), code.to_owned());
    }
    let p = who["pending"].as_array().unwrap().iter().rev().find(|p| p["type"] == kind && p["purpose"] == purpose);
    let p = p.expect("pending challenge");
    (p["verificationToken"].as_str().unwrap().into(), p["code"].as_str().unwrap().into())
}

#[tokio::test]
async fn every_write_succeeds_whatever_body_the_server_sends() {
    for mode in MODES {
        let env = start_with(EmulatorConfig::fast().with_applications_happy_path(true)).await;
        env.update(|c| c.application_update_mode = ApplicationUpdateMode::Succeed);
        let demo = env.emu.credentials().into_iter().next().unwrap();
        let second = env.second_identity();
        let c = env.client();
        let user = bearer(&env, &demo.email, &demo.password).await;
        let invitee = bearer(&env, &second.email, &second.password).await;
        set_mode(&env, mode);
        let m = format!("{mode:?}");

        // auth
        let anon = env.anonymous().build().unwrap();
        let email = format!("{}@example.test", unique_key("tolerant"));
        let reg = anon.auth().register(&RegisterRequest::new(&email, "S3cure-Passw0rd!", "Ada", "L")).await;
        assert!(reg.is_ok(), "{m}: register: {reg:?}");
        env.activate(&email).await;
        anon.auth().login(&LoginRequest::new(&email, "S3cure-Passw0rd!")).await.expect("login");
        anon.auth().request_password_reset(&RequestPasswordResetRequest::new(&email)).await.expect("reset");
        set_mode(&env, WriteResponses::Full);
        let fresh = bearer(&env, &email, "S3cure-Passw0rd!").await;
        set_mode(&env, mode);
        let setup = fresh.auth().challenges().start_sms(&StartSmsChallengeRequest::new("+4915112345678")).await;
        assert!(setup.is_ok(), "{m}: start_sms: {setup:?}");
        let (token, code) = pending(&env, &email, "SMS", "setup").await;
        fresh.auth().challenges().activate_sms(&ActivateSmsChallengeRequest::new(&token, &code)).await.expect("sms");
        fresh.auth().challenges().start_totp().await.expect("start_totp");
        let (_, code) = pending(&env, &email, "TOTP", "setup").await;
        fresh.auth().challenges().activate_totp(&ActivateTotpChallengeRequest::new(&code)).await.expect("totp");
        let mfa = env.anonymous().build().unwrap();
        let step1 = LoginRequest::new(&email, "S3cure-Passw0rd!").with_desired_challenge(AuthChallengeType::Sms);
        mfa.auth().login(&step1).await.expect("login step 1");
        let (token, code) = pending(&env, &email, "SMS", "login").await;
        let done = mfa.auth().login_challenge(&LoginChallengeRequest::new(&token, &code)).await;
        assert!(done.is_ok(), "{m}: login_challenge: {done:?}");
        let sessions = fresh.auth().sessions().list(&Default::default()).await.unwrap();
        let other = sessions.items.iter().find(|s| s.extra.get("current") != Some(&Value::Bool(true))).unwrap();
        fresh.auth().sessions().logout(other.session_id.as_deref().unwrap()).await.expect("logout");
        let ch = fresh.auth().webauthn().challenge().await.expect("webauthn challenge");
        let ch = if ch.challenge.is_empty() {
            set_mode(&env, WriteResponses::Full);
            let real = fresh.auth().webauthn().challenge().await.unwrap();
            set_mode(&env, mode);
            real
        } else {
            ch
        };
        fresh.auth().webauthn().register(&webauthn_body(&ch.challenge, "cred-tolerant")).await.expect("register key");
        let key_id = fresh.auth().webauthn().list().await.unwrap().items[0].web_authn_key_id.clone().unwrap();
        fresh.auth().webauthn().update_label(&key_id, &UpdateWebAuthnKeyLabelRequest::new("Key")).await.expect("label");
        set_mode(&env, WriteResponses::Full);
        let ch = anon.auth().webauthn().challenge().await.unwrap();
        set_mode(&env, mode);
        anon.auth().webauthn().login(&webauthn_body(&ch.challenge, "cred-tolerant")).await.expect("webauthn login");
        fresh.auth().webauthn().delete(&key_id).await.expect("delete key");
        fresh
            .auth()
            .change_password(&ChangePasswordRequest::new("S3cure-Passw0rd!", "An0ther-Passw0rd!"))
            .await
            .expect("change_password");
        let cloudpirates::Credentials::Bearer { refresh_token: Some(rt), .. } = user.credentials() else { panic!() };
        user.auth().refresh(&RefreshRequest::new(rt.expose())).await.expect("refresh");
        set_mode(&env, WriteResponses::Full);
        let user = bearer(&env, &demo.email, &demo.password).await; // the refresh rotated the tokens
        set_mode(&env, mode);
        user.auth().api_keys().create(&CreateApiKeyRequest::new("k")).await.expect("create key");
        let key =
            user.auth().api_keys().list().await.unwrap().items.into_iter().find(|k| k.label.as_deref() == Some("k"));
        user.auth().api_keys().delete(key.unwrap().id.as_deref().unwrap()).await.expect("delete key");

        // workspaces: the id is found by the unique workspaceKey when the body lacks it
        let key = unique_key("tol");
        let w = c.workspaces().create(&CreateWorkspaceRequest::new("Tolerant", &key)).await.expect("create");
        assert_eq!((w.workspace_name.as_str(), w.workspace_key.as_str()), ("Tolerant", key.as_str()), "{m}");
        let listed = c.workspaces().list_page(cloudpirates::PageParams::new(100, 0)).await.unwrap();
        let real = listed.items.iter().find(|x| x.workspace_key.as_deref() == Some(key.as_str())).unwrap();
        assert_eq!(Some(w.workspace_id.as_str()), real.workspace_id.as_deref(), "{m}: the lookup found the id");
        let wid = w.workspace_id.clone();
        let renamed = c.workspaces().rename(&wid, &RenameWorkspaceRequest::new("Renamed")).await.expect("rename");
        assert_eq!((renamed.workspace_id.as_str(), renamed.workspace_name.as_str()), (wid.as_str(), "Renamed"));
        let inv = CreateInvitationRequest::new(&second.email, WorkspaceMemberRole::Member);
        c.workspaces().invitations().create(&wid, &inv).await.expect("invite");
        let invitations = env.control("invitations").await;
        let inv = invitations.as_array().unwrap().iter().find(|i| i["workspaceId"] == wid.as_str()).unwrap();
        let accept = AcceptInvitationRequest::new(inv["invitationId"].as_str().unwrap());
        invitee.workspaces().invitations().accept(&accept).await.expect("accept");
        let members = c.workspaces().members().list(&wid).await.unwrap();
        let member = members.items.iter().find(|x| x.identity_id.as_deref() == Some(second.identity_id.as_str()));
        let mid = member.unwrap().workspace_member_id.clone().unwrap();
        let role = UpdateMemberRoleRequest::new(WorkspaceMemberRole::Viewer);
        let updated = c.workspaces().members().update_role(&wid, &mid, &role).await.expect("update_role");
        assert_eq!(updated.role, Some(WorkspaceMemberRole::Viewer), "{m}: filled from the request");
        c.workspaces().members().remove(&wid, &mid).await.expect("remove");
        c.workspaces().delete(&wid).await.expect("delete workspace");

        // billing
        let addr = BillingAddress::new("Main St 1", "10115", "Berlin", "DE");
        let p = c.billing().profiles().create(&CreateBillingProfileRequest::new("Tol", addr.clone())).await;
        let p = p.expect("create profile");
        assert_eq!(p.billing_profile_name.as_deref(), Some("Tol"), "{m}");
        let all = c.billing().profiles().list(cloudpirates::PageParams::new(100, 0)).await.unwrap();
        let pid = all.items.iter().rev().find(|x| x.billing_profile_name.as_deref() == Some("Tol")).unwrap();
        let pid = pid.billing_profile_id.clone().unwrap();
        let profiles = c.billing().profiles();
        profiles.rename(&pid, &RenameBillingProfileRequest::new("Tol 2")).await.expect("rename profile");
        profiles.update_address(&pid, &UpdateBillingProfileAddressRequest::new(addr)).await.expect("address");
        profiles.set_purchase_order_number(&pid, &SetPurchaseOrderNumberRequest::new("PO-1")).await.expect("po");
        profiles.delete_purchase_order_number(&pid).await.expect("delete po");
        profiles.add_email_address(&pid, &AddEmailAddressRequest::new("ap@example.test")).await.expect("add email");
        profiles.remove_email_address(&pid, &RemoveEmailAddressRequest::new("ap@example.test")).await.expect("rm");
        profiles.set_send_invoices_by_email(&pid, &SetSendInvoicesByEmailRequest::new(false)).await.expect("send");
        profiles.assign_identity(&pid, &AssignIdentityRequest::new(&pid, &demo.identity_id)).await.expect("assign");
        let p2 = c
            .billing()
            .profiles()
            .create(&CreateBillingProfileRequest::new(
                "Gone",
                p.billing_profile_address.unwrap_or(BillingAddress::new("a", "1", "b", "DE")),
            ))
            .await;
        p2.expect("create second profile");
        let all = c.billing().profiles().list(cloudpirates::PageParams::new(100, 0)).await.unwrap();
        let gone = all.items.iter().find(|x| x.billing_profile_name.as_deref() == Some("Gone")).unwrap();
        profiles.delete(gone.billing_profile_id.as_deref().unwrap()).await.expect("delete profile");

        // clusters
        let cl = c.clusters().create(WS, &CreateClusterRequest::new("tol", ClusterType::External)).await;
        let cl = cl.expect("create cluster");
        assert_eq!(cl.cluster_name.as_deref(), Some("tol"), "{m}");
        let clid = c
            .clusters()
            .list(WS)
            .await
            .unwrap()
            .items
            .iter()
            .rev()
            .find(|x| x.cluster_name.as_deref() == Some("tol"))
            .and_then(|x| x.cluster_id.clone())
            .unwrap();
        let renamed = c.clusters().rename(WS, &clid, &RenameClusterRequest::new("tol-2")).await.expect("rename");
        assert_eq!(renamed.cluster_id.as_deref(), Some(clid.as_str()), "{m}: filled from the path");
        c.clusters().rotate_access_token(WS, &clid).await.expect("rotate");
        c.clusters().delete(WS, &clid).await.expect("delete cluster");

        // applications
        let apps = c.applications().list(WS).await.unwrap();
        let seeded = &apps.items[0];
        let body = CreateApplicationRequest::new(
            seeded.application_template_id.clone().unwrap(),
            seeded.application_template_preset_id.clone().unwrap(),
            CL,
            seeded.app_version.clone().unwrap(),
            "tol-db",
        );
        c.applications().create(WS, &body).await.expect("create app");
        let apps = c.applications().list(WS).await.unwrap();
        let aid = apps.items.iter().find(|a| a.name.as_deref() == Some("tol-db")).unwrap();
        let aid = aid.application_id.clone().unwrap();
        let values = UpdateApplicationValuesRequest::new(json!({"replicaCount": 2}));
        c.applications().update_values(WS, &aid, &values).await.expect("values");
        let version = UpdateApplicationVersionRequest::new(seeded.app_version.clone().unwrap());
        c.applications().update_version(WS, &aid, &version).await.expect("version");
        c.applications().delete(WS, &aid).await.expect("delete app");
    }
}

/// With no id in the response and no unique key to find it by, the new resource's path is
/// unknown: a true 404 elsewhere in the collection still comes back at once.
#[tokio::test]
async fn a_create_with_an_unknown_id_does_not_delay_true_404s() {
    let env = start().await;
    env.set_lag(2_000);
    set_mode(&env, WriteResponses::Empty);
    let c = env.client();
    let cl = c.clusters().create(WS, &CreateClusterRequest::new("anon", ClusterType::External)).await.unwrap();
    assert_eq!(cl.cluster_id, None, "the id is unknown, and said to be");
    let err = c.clusters().get(WS, "cluster-that-never-existed").await.unwrap_err();
    assert_eq!((err.status(), err.attempts()), (Some(404), 1), "{err}");
}

/// The lookup by `workspaceKey` is best effort: when the list cannot show the new workspace
/// within the consistency wait, the call still succeeds, with an empty id.
#[tokio::test]
async fn a_failed_lookup_never_fails_the_create() {
    let env = start().await;
    env.set_lag(60_000);
    set_mode(&env, WriteResponses::Empty);
    let cfg = cloudpirates::ConsistencyConfig { max_wait: std::time::Duration::from_millis(300), ..Default::default() };
    let c = env.builder().consistency_config(cfg).build().unwrap();
    let key = unique_key("lost");
    let w = c.workspaces().create(&CreateWorkspaceRequest::new("Lost", &key)).await.unwrap();
    assert_eq!((w.workspace_id.as_str(), w.workspace_key.as_str()), ("", key.as_str()));
}

#[tokio::test]
async fn operations_the_docs_say_never_answer_are_sent_once() {
    let env = start().await;
    let c = env.client();
    let apps = c.applications().list(WS).await.unwrap();
    let aid = apps.items[0].application_id.clone().unwrap();
    let app_version = apps.items[0].app_version.clone().unwrap();
    for mode in [ApplicationUpdateMode::GatewayTimeout, ApplicationUpdateMode::ServiceUnavailable] {
        env.update(|cfg| cfg.application_update_mode = mode);
        let values = UpdateApplicationValuesRequest::new(json!({"replicaCount": 3}));
        let e = c.applications().update_values(WS, &aid, &values).await.unwrap_err();
        assert_eq!((e.kind(), e.attempts()), (ErrorKind::OutcomeUnknown, 1), "{e}");
        assert!(e.to_string().contains("no backend handler"), "{e}");
        let version = UpdateApplicationVersionRequest::new(&app_version);
        let e = c.applications().update_version(WS, &aid, &version).await.unwrap_err();
        assert_eq!((e.kind(), e.attempts()), (ErrorKind::OutcomeUnknown, 1), "{e}");
    }
    // an ordinary PUT is still retried on 503
    env.set_faults(vec![cloudpirates_emulator::FaultRule::parse_cli("503,methods=writes,max=1").unwrap()]);
    let renamed = c.clusters().rename(WS, CL, &RenameClusterRequest::new("again")).await.unwrap();
    assert_eq!(renamed.cluster_name.as_deref(), Some("again"));
}

#[tokio::test]
async fn a_501_is_not_implemented() {
    let env = start().await;
    let c = env.client();
    let apps = c.applications().list(WS).await.unwrap();
    let seeded = &apps.items[0];
    let body = CreateApplicationRequest::new(
        seeded.application_template_id.clone().unwrap(),
        seeded.application_template_preset_id.clone().unwrap(),
        CL,
        seeded.app_version.clone().unwrap(),
        "never",
    );
    let e = c.applications().create(WS, &body).await.unwrap_err();
    assert_eq!((e.status(), e.class_name(), e.attempts()), (Some(501), "NotImplementedError", 1));
}

/// Every list of the operation table takes `limit`: a page of one, as the server echoes it.
#[tokio::test]
async fn every_list_takes_limit() {
    let env = start().await;
    let demo = env.emu.credentials().into_iter().next().unwrap();
    let user = bearer(&env, &demo.email, &demo.password).await;
    let apps = user.applications().list(WS).await.unwrap();
    let aid = apps.items[0].application_id.clone().unwrap();
    let profiles = user.billing().profiles().list(Default::default()).await.unwrap();
    let bp = profiles.items[0].billing_profile_id.clone().unwrap();
    let lists: Vec<_> = operations().iter().filter(|o| o.method == Method::Get && o.paging != Paging::No).collect();
    assert_eq!(lists.len(), 17, "the 17 lists of openapi/operations.tsv");
    for op in lists {
        assert_eq!(op.paging, Paging::Yes, "{}: every list is paginated", op.id);
        let path = op
            .path_params
            .iter()
            .map(|p| match *p {
                "workspaceId" => WS.to_owned(),
                "clusterId" => CL.to_owned(),
                "applicationId" => aid.clone(),
                "billingProfileId" => bp.clone(),
                "resourceType" => "pod".to_owned(),
                "namespace" => "default".to_owned(),
                other => panic!("no value for {other}"),
            })
            .collect();
        let req = RawRequest { path, query: vec![("limit".into(), "1".into())], ..Default::default() };
        let resp = user.execute(op, req).await.unwrap_or_else(|e| panic!("{}: {e}", op.id));
        let page = resp.page.unwrap_or_else(|| panic!("{}: no page info", op.id));
        assert_eq!(page.limit, Some(1), "{}", op.id);
        let items: Vec<Value> = serde_json::from_slice(&resp.body).unwrap();
        assert!(items.len() <= 1, "{}: {} items", op.id, items.len());
    }
}

/// The docs restrict API keys only on a fixed list of routes (catalogue 5.7): these five are
/// not on it, so an API key goes to the server, which decides.
#[tokio::test]
async fn an_api_key_is_sent_where_the_docs_do_not_refuse_it() {
    let env = start().await;
    let c = env.client();
    c.auth().validate().await.expect("validate with an API key");
    let keys = c.auth().webauthn().list().await.expect("webauthn list with an API key");
    let e = c.auth().webauthn().update_label("no-such-key", &UpdateWebAuthnKeyLabelRequest::new("x")).await;
    assert_eq!(e.unwrap_err().status(), Some(404), "sent; the server answered");
    let e = c.auth().webauthn().delete("no-such-key").await.unwrap_err();
    assert_eq!(e.status(), Some(404), "sent; the server answered");
    let e = c.workspaces().invitations().accept(&AcceptInvitationRequest::new("no-such-invitation")).await;
    assert_eq!(e.unwrap_err().status(), Some(404), "sent; the server answered");
    assert!(keys.items.is_empty() || keys.items.iter().all(|k| k.web_authn_key_id.is_some()));
    // the documented Bearer-only routes are still refused before anything is sent
    let e = c.auth().api_keys().list().await.unwrap_err();
    assert_eq!((e.kind(), e.attempts(), e.status()), (ErrorKind::Auth, 0, None));
}
