mod common;
use common::*;
use serde_json::json;

#[tokio::test]
async fn api_key_and_bearer_and_401() {
    let t = start_default().await;
    let r = t.get("/v1/auth/me", Auth::Key(DEMO_KEY)).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body["email"], "demo@cloudpirates.test");
    let r = t.get("/v1/auth/me", Auth::None).await;
    assert_eq!((r.status, r.body.clone()), (401, json!({"status": 401, "message": "Unauthorized"})));
    let r = t.get("/v1/auth/me", Auth::Key("cpk_nope")).await;
    assert_eq!(r.status, 401);
    let tok = t.demo_bearer().await;
    let r = t.get("/v1/auth/me", Auth::Bearer(&tok)).await;
    assert_eq!(r.body["identityId"], "6571f2b1e4b0a1a2b3c4d501");
    let r = t.get("/v1/auth/validate", Auth::Bearer(&tok)).await;
    assert_eq!(r.status, 200);
}

#[tokio::test]
async fn api_keys_refused_on_bearer_only_routes() {
    let t = start_default().await;
    for (m, p) in [
        ("GET", "/v1/auth/api-keys"),
        ("GET", "/v1/auth/sessions"),
        ("GET", "/v1/auth/challenges"),
        ("POST", "/v1/auth/challenges/totp"),
        ("POST", "/v1/auth/webauthn/register"),
    ] {
        let r = t.req(m, p, Auth::Key(DEMO_KEY), Some(json!({}))).await;
        assert_eq!(r.status, 403, "{m} {p}");
        assert_eq!(r.body, json!({"code": 403, "message": "Forbidden"}), "{m} {p}");
    }
    let r = t
        .post("/v1/auth/change-password", Auth::Key(DEMO_KEY), json!({"existingPassword": "a", "password": "b"}))
        .await;
    assert_eq!(r.body["code"], 403);
}

#[tokio::test]
async fn api_key_secret_once_and_revocation() {
    let t = start_default().await;
    let tok = t.demo_bearer().await;
    let r = t.post("/v1/auth/api-keys", Auth::Bearer(&tok), json!({"label": "ci"})).await;
    assert_eq!(r.status, 201);
    let secret = r.body["apiKey"].as_str().unwrap().to_string();
    let id = r.body["id"].as_str().unwrap().to_string();
    assert_eq!(t.get("/v1/auth/me", Auth::Key(&secret)).await.status, 200);
    let list = t.get("/v1/auth/api-keys", Auth::Bearer(&tok)).await;
    assert!(list.body.as_array().unwrap().iter().any(|k| k["id"] == id.as_str()));
    assert!(list.body.as_array().unwrap().iter().all(|k| k.get("apiKey").is_none()));
    assert!(!list.body.to_string().contains(&secret));
    let r = t.req("DELETE", &format!("/v1/auth/api-keys/{id}"), Auth::Bearer(&tok), None).await;
    assert_eq!(r.status, 204);
    assert_eq!(t.get("/v1/auth/me", Auth::Key(&secret)).await.status, 401);
}

#[tokio::test]
async fn refresh_rotates_and_old_token_dies() {
    let t = start_default().await;
    let login = t.login("demo@cloudpirates.test", "Demo-Passw0rd!").await;
    let exp = login["auth"]["exp"].as_u64().unwrap();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    assert!(exp >= now + 890 && exp <= now + 910, "default ttl 900 s");
    let rt = login["refreshToken"].as_str().unwrap();
    let r = t.post("/v1/auth/refresh", Auth::None, json!({"refreshToken": rt})).await;
    assert_eq!(r.status, 200);
    assert_ne!(r.body["accessToken"], login["accessToken"]);
    assert_ne!(r.body["refreshToken"], login["refreshToken"]);
    assert!(r.body["auth"]["jti"].is_string());
    let again = t.post("/v1/auth/refresh", Auth::None, json!({"refreshToken": rt})).await;
    assert_eq!(again.status, 401);
    let new_at = r.body["accessToken"].as_str().unwrap();
    assert_eq!(t.get("/v1/auth/me", Auth::Bearer(new_at)).await.status, 200);
}

#[tokio::test]
async fn access_token_lifetime_is_configurable() {
    let t = start_default().await;
    t.set_config(json!({"access_token_ttl_secs": 1})).await;
    let login = t.login("demo@cloudpirates.test", "Demo-Passw0rd!").await;
    let at = login["accessToken"].as_str().unwrap();
    assert_eq!(t.get("/v1/auth/me", Auth::Bearer(at)).await.status, 200);
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    assert_eq!(t.get("/v1/auth/me", Auth::Bearer(at)).await.status, 401);
    let r = t.post("/v1/auth/refresh", Auth::None, json!({"refreshToken": login["refreshToken"]})).await;
    assert_eq!(r.status, 200);
}

#[tokio::test]
async fn totp_mfa_login_needs_second_step() {
    let t = start_default().await;
    let tok = t.demo_bearer().await;
    let r = t.req("POST", "/v1/auth/challenges/totp", Auth::Bearer(&tok), None).await;
    assert_eq!(r.status, 200);
    assert!(r.body["otpAuthUri"].as_str().unwrap().starts_with("otpauth://totp/"));
    // not activated yet: login still gives tokens directly
    assert!(t.login("demo@cloudpirates.test", "Demo-Passw0rd!").await["accessToken"].is_string());
    let codes = t.control("GET", "/_emulator/mfa-codes", None).await;
    let code = codes.as_array().unwrap().iter().find(|c| c["email"] == "demo@cloudpirates.test").unwrap()["totp"]
        .as_str()
        .unwrap()
        .to_string();
    let bad = t.post("/v1/auth/challenges/totp/activate", Auth::Bearer(&tok), json!({"token": "000000x"})).await;
    assert_eq!(bad.status, 400);
    let r = t.post("/v1/auth/challenges/totp/activate", Auth::Bearer(&tok), json!({"token": code})).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let login = t.login("demo@cloudpirates.test", "Demo-Passw0rd!").await;
    assert!(login.get("challengeRequired").is_none(), "no invented flag: {login}");
    assert!(login.get("accessToken").is_none() && login["verificationToken"].is_string());
    let vt = login["verificationToken"].as_str().unwrap();
    let codes = t.control("GET", "/_emulator/mfa-codes", None).await;
    let code =
        codes.as_array().unwrap().iter().find(|c| c["email"] == "demo@cloudpirates.test").unwrap()["totp"].clone();
    let r =
        t.post("/v1/auth/login/challenge", Auth::None, json!({"verificationToken": vt, "challengeCode": code})).await;
    assert_eq!(r.status, 200);
    assert!(r.body["accessToken"].is_string());
    let list = t.get("/v1/auth/challenges", Auth::Bearer(&tok)).await;
    assert_eq!(list.body[0]["type"], "TOTP");
    assert_eq!(list.body[0]["activated"], true);
}

#[tokio::test]
async fn sms_mfa_with_desired_challenge() {
    let t = start_default().await;
    let tok = t.demo_bearer().await;
    let r = t.post("/v1/auth/challenges/sms", Auth::Bearer(&tok), json!({"number": "+4915112345678"})).await;
    assert_eq!(r.status, 200);
    let vt = r.body["verificationToken"].as_str().unwrap().to_string();
    let codes = t.control("GET", "/_emulator/mfa-codes", None).await;
    let code = codes[0]["sms"].as_str().unwrap().to_string();
    let r = t
        .post(
            "/v1/auth/challenges/sms/activate",
            Auth::Bearer(&tok),
            json!({"verificationToken": vt, "challengeCode": code}),
        )
        .await;
    assert_eq!(r.status, 200);
    let bad = t
        .post(
            "/v1/auth/login",
            Auth::None,
            json!({"email": "demo@cloudpirates.test", "password": "Demo-Passw0rd!", "desiredChallenge": "sms"}),
        )
        .await;
    assert_eq!(bad.status, 400);
    assert_eq!(
        bad.body,
        json!({"status": 400, "message": "ChallengeTypeInvalidError", "params": {"desiredChallenge": "sms"}, "path": "desiredChallenge", "expected": "SMS or TOTP"}),
        "the documented business-rule error, not an AJV enum error"
    );
    let login = t
        .post(
            "/v1/auth/login",
            Auth::None,
            json!({"email": "demo@cloudpirates.test", "password": "Demo-Passw0rd!", "desiredChallenge": "SMS"}),
        )
        .await;
    assert!(login.body["verificationToken"].is_string() && login.body.get("accessToken").is_none());
    let codes = t.control("GET", "/_emulator/mfa-codes", None).await;
    let code = codes[0]["sms"].as_str().unwrap().to_string();
    let r = t
        .post(
            "/v1/auth/login/challenge",
            Auth::None,
            json!({"verificationToken": login.body["verificationToken"], "challengeCode": code}),
        )
        .await;
    assert_eq!(r.status, 200);
}

#[tokio::test]
async fn webauthn_fake_ceremony_single_use_challenge() {
    let t = start_default().await;
    let tok = t.demo_bearer().await;
    let ch = t.req("POST", "/v1/auth/webauthn/challenge", Auth::Bearer(&tok), None).await.body["challenge"]
        .as_str()
        .unwrap()
        .to_string();
    let reg = json!({"id": "cred-1", "rawId": "cred-1", "type": "public-key", "response": {"clientDataJSON": format!("{{\"type\":\"webauthn.create\",\"challenge\":\"{ch}\"}}"), "attestationObject": "x"}});
    let r = t.post("/v1/auth/webauthn/register", Auth::Bearer(&tok), reg.clone()).await;
    assert_eq!(r.status, 201, "{}", r.body);
    let key_id = r.body["webAuthnKeyId"].as_str().unwrap().to_string();
    // reused challenge fails
    let r = t.post("/v1/auth/webauthn/register", Auth::Bearer(&tok), reg).await;
    assert_eq!(r.status, 400);
    // login with a fresh challenge, no MFA step
    let ch = t.req("POST", "/v1/auth/webauthn/challenge", Auth::None, None).await.body["challenge"]
        .as_str()
        .unwrap()
        .to_string();
    let login = json!({"id": "cred-1", "response": {"clientDataJSON": format!("..{ch}.."), "signature": "s"}});
    let r = t.post("/v1/auth/webauthn/login", Auth::None, login.clone()).await;
    assert_eq!(r.status, 200);
    assert!(r.body["accessToken"].is_string());
    assert_eq!(t.post("/v1/auth/webauthn/login", Auth::None, login).await.status, 401);
    let r = t
        .req("PUT", &format!("/v1/auth/webauthn/{key_id}/label"), Auth::Bearer(&tok), Some(json!({"label": "laptop"})))
        .await;
    assert_eq!(r.body["label"], "laptop");
    assert_eq!(t.get("/v1/auth/webauthn", Auth::Bearer(&tok)).await.body[0]["label"], "laptop");
    assert_eq!(t.req("DELETE", &format!("/v1/auth/webauthn/{key_id}"), Auth::Bearer(&tok), None).await.status, 204);
}

#[tokio::test]
async fn sessions_logout_is_immediate() {
    let t = start_default().await;
    let a = t.demo_bearer().await;
    let b = t.demo_bearer().await;
    let list = t.get("/v1/auth/sessions", Auth::Bearer(&a)).await;
    assert!(list.body.as_array().unwrap().len() >= 2);
    let other = list.body.as_array().unwrap().iter().find(|s| s["current"] == false).unwrap()["sessionId"]
        .as_str()
        .unwrap()
        .to_string();
    let r = t.req("POST", &format!("/v1/auth/sessions/{other}/logout"), Auth::Bearer(&a), None).await;
    assert_eq!(r.status, 200);
    assert_eq!(t.get("/v1/auth/me", Auth::Bearer(&b)).await.status, 401);
    assert_eq!(t.get("/v1/auth/me", Auth::Bearer(&a)).await.status, 200);
}

#[tokio::test]
async fn register_then_login() {
    let t = start_default().await;
    let r = t
        .post(
            "/v1/auth/register",
            Auth::None,
            json!({"email": "new@cloudpirates.test", "password": "pw-123456", "firstName": "N", "lastName": "U"}),
        )
        .await;
    assert_eq!((r.status, &r.body["message"]), (400, &json!("Password is not sufficiently complex")));
    let r = t
        .post(
            "/v1/auth/register",
            Auth::None,
            json!({"email": "new@cloudpirates.test", "password": "Passw0rd!", "firstName": "N", "lastName": "U"}),
        )
        .await;
    assert_eq!((r.status, &r.body["message"]), (400, &json!("Password was found in known data breaches")));
    let r = t
        .post(
            "/v1/auth/register",
            Auth::None,
            json!({"email": "new@cloudpirates.test", "password": "Pw-12345678", "firstName": "N", "lastName": "U"}),
        )
        .await;
    assert_eq!(r.status, 201);
    let dup = t
        .post(
            "/v1/auth/register",
            Auth::None,
            json!({"email": "new@cloudpirates.test", "password": "x", "firstName": "N", "lastName": "U"}),
        )
        .await;
    assert_eq!(dup.status, 409);
    let early = t
        .post("/v1/auth/login", Auth::None, json!({"email": "new@cloudpirates.test", "password": "Pw-12345678"}))
        .await;
    assert_eq!(early.status, 403, "activation comes before the first login");
    t.control("POST", "/_emulator/activate", Some(json!({"email": "new@cloudpirates.test"}))).await;
    t.login("new@cloudpirates.test", "Pw-12345678").await;
    let bad =
        t.post("/v1/auth/login", Auth::None, json!({"email": "new@cloudpirates.test", "password": "wrong"})).await;
    assert_eq!(bad.status, 401);
}
