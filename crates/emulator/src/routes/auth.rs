//! Authentication: credentials resolution, login/MFA/refresh, sessions, MFA challenges,
//! WebAuthn (fake ceremony) and API keys.

use serde_json::{Value, json};

use crate::errors::{HResult, Reply};
use crate::paging;
use crate::request::Handler;
use crate::request::{AuthScheme, Ctx, Principal};
use crate::state::*;

/// Handler of an `auth.*` operation.
pub fn handler(id: &str) -> Option<Handler> {
    use Handler::{Read as R, Write as W};
    Some(match id {
        "auth.register" => W(register),
        "auth.login" => W(login),
        "auth.login_challenge" => W(login_challenge),
        "auth.request_password_reset" => W(request_password_reset),
        "auth.change_password" => W(change_password),
        "auth.refresh" => W(refresh),
        "auth.me" => R(me),
        "auth.validate" => R(validate),
        "auth.sessions.list" => R(sessions_list),
        "auth.sessions.logout" => W(sessions_logout),
        "auth.challenges.list" => R(challenges_list),
        "auth.challenges.start_sms" => W(start_sms),
        "auth.challenges.activate_sms" => W(activate_sms),
        "auth.challenges.start_totp" => W(start_totp),
        "auth.challenges.activate_totp" => W(activate_totp),
        "auth.webauthn.challenge" => W(webauthn_challenge),
        "auth.webauthn.register" => W(webauthn_register),
        "auth.webauthn.login" => W(webauthn_login),
        "auth.webauthn.list" => R(webauthn_list),
        "auth.webauthn.update_label" => W(webauthn_update_label),
        "auth.webauthn.delete" => W(webauthn_delete),
        "auth.api_keys.list" => R(api_keys_list),
        "auth.api_keys.create" => W(api_keys_create),
        "auth.api_keys.delete" => W(api_keys_delete),
        _ => return None,
    })
}

/// Resolves the `Authorization` header. `Ok(None)` = no header; `Err` = 401 (bad credentials).
pub fn authenticate(st: &State, ctx: &Ctx) -> Result<Option<Principal>, Reply> {
    let Some(h) = ctx.authorization.as_deref() else {
        return Ok(None);
    };
    let h = h.trim();
    let (scheme, value) = h.split_once(' ').map(|(a, b)| (a, b.trim())).unwrap_or((h, ""));
    if scheme.eq_ignore_ascii_case("ApiKey") {
        let key = st
            .api_key_secrets
            .get(value)
            .and_then(|id| st.api_keys.get(id))
            .filter(|k| k.secret == value)
            .ok_or_else(Reply::unauthorized)?;
        return Ok(Some(Principal {
            identity_id: key.identity_id.clone(),
            scheme: AuthScheme::ApiKey,
            session_id: None,
        }));
    }
    if scheme.eq_ignore_ascii_case("Bearer") {
        let tok = st.access_tokens.get(value).ok_or_else(Reply::unauthorized)?;
        if tok.exp <= unix_now() {
            return Err(Reply::unauthorized());
        }
        match st.sessions.get(&tok.session_id) {
            Some(s) if !s.logged_out => {}
            _ => return Err(Reply::unauthorized()),
        }
        return Ok(Some(Principal {
            identity_id: tok.identity_id.clone(),
            scheme: AuthScheme::Bearer,
            session_id: Some(tok.session_id.clone()),
        }));
    }
    Err(Reply::unauthorized())
}

/// JSON of an identity.
pub fn identity_json(i: &Identity) -> Value {
    json!({"identityId": i.identity_id, "email": i.email, "firstName": i.first_name, "lastName": i.last_name, "createdAt": i.created_at, "activated": i.activated})
}

fn bad(message: &str, field: &str, value: &str) -> Reply {
    Reply::business(400, message, json!({field: value}), field, &format!("valid {field}"))
}

/// Passwords the emulator treats as found in known data breaches (the real API checks Have
/// I Been Pwned; catalogue 1.3). A small built-in list, compared case-insensitively.
pub const BREACHED_PASSWORDS: &[&str] = &[
    "password",
    "password1",
    "password1!",
    "passw0rd",
    "passw0rd!",
    "p@ssw0rd",
    "p@ssword1",
    "123456789",
    "12345678",
    "qwerty123",
    "qwerty123!",
    "welcome1",
    "welcome1!",
    "letmein1!",
    "iloveyou1",
    "admin123",
    "admin123!",
    "changeme1",
    "summer2024!",
    "winter2024!",
];

/// The documented password rules (catalogue 1.3): "sufficiently complex" (no rule is
/// documented; the emulator asks for 8+ characters with a lower-case letter, an upper-case
/// letter and a digit) and not found in known data breaches.
fn check_password(password: &str) -> Result<(), Reply> {
    let complex = password.chars().count() >= 8
        && password.chars().any(|c| c.is_lowercase())
        && password.chars().any(|c| c.is_uppercase())
        && password.chars().any(|c| c.is_ascii_digit());
    if !complex {
        return Err(Reply::business(
            400,
            "Password is not sufficiently complex",
            json!({}),
            "password",
            "a sufficiently complex password",
        ));
    }
    if BREACHED_PASSWORDS.iter().any(|b| b.eq_ignore_ascii_case(password)) {
        return Err(Reply::business(
            400,
            "Password was found in known data breaches",
            json!({}),
            "password",
            "a password not found in known data breaches",
        ));
    }
    Ok(())
}

fn register(ctx: &Ctx, st: &mut State) -> HResult {
    let email = ctx.body_str("email").unwrap_or_default().trim().to_string();
    if !email.contains('@') || email.starts_with('@') || email.ends_with('@') {
        return Err(bad("Email {email} is invalid", "email", &email));
    }
    if st.identity_by_email(&email).is_some() {
        return Err(Reply::conflict("Identity with this email already exists"));
    }
    check_password(ctx.body_str("password").unwrap_or_default())?;
    let id = st.new_id();
    let ident = Identity {
        identity_id: id.clone(),
        email,
        password: ctx.body_str("password").unwrap_or_default().to_string(),
        first_name: ctx.body_str("firstName").unwrap_or_default().to_string(),
        last_name: ctx.body_str("lastName").unwrap_or_default().to_string(),
        activated: !ctx.cfg.require_activation,
        created_at: iso_now(),
        mfa: Vec::new(),
    };
    let out = identity_json(&ident);
    st.identities.insert(id, ident);
    st.count_created("identities");
    Ok(Reply::created(out))
}

/// Creates a session and a token pair; returns the TokenResponse JSON.
pub fn issue_session(ctx: &Ctx, st: &mut State, identity_id: &str) -> Value {
    let session_id = st.new_id();
    st.sessions.insert(
        session_id.clone(),
        Session {
            session_id: session_id.clone(),
            identity_id: identity_id.to_string(),
            created_at: iso_now(),
            user_agent: ctx.user_agent.clone(),
            expires_at: unix_now() + ctx.cfg.refresh_token_ttl_secs,
            logged_out: false,
        },
    );
    st.count_created("sessions");
    issue_tokens(ctx, st, identity_id, &session_id)
}

fn issue_tokens(ctx: &Ctx, st: &mut State, identity_id: &str, session_id: &str) -> Value {
    let access = st.new_token("cpat_");
    let refresh = st.new_token("cprt_");
    let jti = st.new_id();
    let iat = unix_now();
    let exp = iat + ctx.cfg.access_token_ttl_secs;
    st.access_tokens.insert(
        access.clone(),
        AccessToken { identity_id: identity_id.into(), session_id: session_id.into(), jti: jti.clone(), exp, iat },
    );
    st.refresh_tokens.insert(
        refresh.clone(),
        RefreshToken {
            identity_id: identity_id.into(),
            session_id: session_id.into(),
            exp: iat + ctx.cfg.refresh_token_ttl_secs,
        },
    );
    if let Some(s) = st.sessions.get_mut(session_id) {
        s.expires_at = iat + ctx.cfg.refresh_token_ttl_secs;
    }
    // forget expired access tokens now and then
    if st.access_tokens.len() > 10_000 {
        st.access_tokens.retain(|_, t| t.exp > iat);
    }
    let email = st.identities.get(identity_id).map(|i| i.email.clone()).unwrap_or_default();
    json!({
        "accessToken": access,
        "refreshToken": refresh,
        "auth": {"jti": jti, "exp": exp, "iat": iat, "sub": identity_id, "sid": session_id, "email": email},
    })
}

fn login(ctx: &Ctx, st: &mut State) -> HResult {
    let email = ctx.body_str("email").unwrap_or_default();
    let password = ctx.body_str("password").unwrap_or_default();
    let ident =
        st.identity_by_email(email).filter(|i| i.password == password).cloned().ok_or_else(Reply::unauthorized)?;
    if !ident.activated {
        return Err(Reply::status_message(403, "Account is not activated"));
    }
    let active: Vec<&MfaMethod> = ident.mfa.iter().filter(|m| m.activated).collect();
    if active.is_empty() {
        return Ok(Reply::ok(issue_session(ctx, st, &ident.identity_id)));
    }
    let desired = ctx.body_str("desiredChallenge");
    let method = desired.and_then(|d| active.iter().find(|m| m.kind == d)).unwrap_or(&active[0]);
    let (kind, challenge_id) = (method.kind, method.challenge_id.clone());
    let token = st.new_token("cpvt_");
    let code = if kind == "SMS" { Some(st.new_code()) } else { None };
    st.pending.insert(
        token.clone(),
        PendingVerification {
            verification_token: token.clone(),
            identity_id: ident.identity_id.clone(),
            kind,
            purpose: Purpose::Login,
            code,
            challenge_id,
        },
    );
    // The docs say only that the second step needs a verificationToken (catalogue 5.2): no
    // flag is invented here, so clients must go by the presence of tokens.
    Ok(Reply::ok(json!({"verificationToken": token})))
}

fn code_ok(st: &State, p: &PendingVerification, code: &str) -> bool {
    match &p.code {
        Some(c) => c == code,
        None => {
            let secret = st
                .identities
                .get(&p.identity_id)
                .and_then(|i| i.mfa.iter().find(|m| m.challenge_id == p.challenge_id))
                .and_then(|m| m.secret.clone());
            secret.is_some_and(|s| totp_ok(&s, code))
        }
    }
}

fn totp_ok(secret: &str, code: &str) -> bool {
    let now = unix_now();
    totp_code(secret, now) == code || totp_code(secret, now.saturating_sub(30)) == code
}

fn login_challenge(ctx: &Ctx, st: &mut State) -> HResult {
    let token = ctx.body_str("verificationToken").unwrap_or_default();
    let code = ctx.body_str("challengeCode").unwrap_or_default();
    let p = st.pending.get(token).filter(|p| p.purpose == Purpose::Login).cloned().ok_or_else(Reply::unauthorized)?;
    if !code_ok(st, &p, code) {
        return Err(bad("ChallengeCode {challengeCode} is invalid", "challengeCode", code));
    }
    st.pending.remove(token);
    Ok(Reply::ok(issue_session(ctx, st, &p.identity_id)))
}

fn request_password_reset(_ctx: &Ctx, _st: &mut State) -> HResult {
    Ok(Reply::ok(json!({})))
}

fn change_password(ctx: &Ctx, st: &mut State) -> HResult {
    let who = ctx.who().to_string();
    let existing = ctx.body_str("existingPassword").unwrap_or_default();
    let ident = st.identities.get_mut(&who).ok_or_else(Reply::unauthorized)?;
    if ident.password != existing {
        return Err(Reply::business(
            400,
            "ExistingPassword is invalid",
            json!({}),
            "existingPassword",
            "current password",
        ));
    }
    let new = ctx.body_str("password").unwrap_or_default();
    check_password(new)?;
    let ident = st.identities.get_mut(&who).ok_or_else(Reply::unauthorized)?;
    ident.password = new.to_string();
    Ok(Reply::ok(json!({})))
}

fn refresh(ctx: &Ctx, st: &mut State) -> HResult {
    let token = ctx.body_str("refreshToken").unwrap_or_default();
    let rt = st.refresh_tokens.get(token).cloned().ok_or_else(Reply::unauthorized)?;
    let session_ok = st.sessions.get(&rt.session_id).is_some_and(|s| !s.logged_out);
    if rt.exp <= unix_now() || !session_ok {
        st.refresh_tokens.remove(token);
        return Err(Reply::unauthorized());
    }
    st.refresh_tokens.remove(token);
    Ok(Reply::ok(issue_tokens(ctx, st, &rt.identity_id, &rt.session_id)))
}

fn me(ctx: &Ctx, st: &State) -> HResult {
    st.identities.get(ctx.who()).map(|i| Reply::ok(identity_json(i))).ok_or_else(Reply::unauthorized)
}

fn validate(ctx: &Ctx, st: &State) -> HResult {
    let p = ctx.principal.as_ref().ok_or_else(Reply::unauthorized)?;
    let exp = ctx
        .authorization
        .as_deref()
        .and_then(|h| h.split_whitespace().nth(1))
        .and_then(|t| st.access_tokens.get(t))
        .map(|t| t.exp);
    Ok(Reply::ok(json!({"valid": true, "identityId": p.identity_id, "sessionId": p.session_id, "exp": exp})))
}

fn session_json(s: &Session, current: bool, now: u64) -> Value {
    let ua = s.user_agent.as_str();
    let browser = ua.split_whitespace().next().unwrap_or("unknown").split('/').collect::<Vec<_>>();
    json!({
        "sessionId": s.session_id,
        "createdAt": s.created_at,
        "userAgent": ua,
        "browserName": browser.first().copied().unwrap_or("unknown"),
        "browserVersion": browser.get(1).copied().unwrap_or(""),
        "osName": "unknown",
        "location": "Localhost",
        "ipAddress": "127.0.0.x",
        "current": current,
        "expired": s.logged_out || s.expires_at <= now,
        "expiresAt": iso(s.expires_at),
    })
}

fn sessions_list(ctx: &Ctx, st: &State) -> HResult {
    let include_expired = ctx.query_param("includeExpired") == Some("true");
    let now = unix_now();
    let cur = ctx.principal.as_ref().and_then(|p| p.session_id.clone()).unwrap_or_default();
    let items: Vec<Value> = st
        .sessions
        .values()
        .filter(|s| s.identity_id == ctx.who())
        .filter(|s| include_expired || (!s.logged_out && s.expires_at > now))
        .map(|s| session_json(s, s.session_id == cur, now))
        .collect();
    paging::page(ctx, &items)
}

fn sessions_logout(ctx: &Ctx, st: &mut State) -> HResult {
    let who = ctx.who().to_string();
    let s = st.sessions.get_mut(ctx.param(0)).filter(|s| s.identity_id == who).ok_or_else(Reply::not_found)?;
    s.logged_out = true;
    let sid = s.session_id.clone();
    st.refresh_tokens.retain(|_, t| t.session_id != sid);
    Ok(Reply::ok(json!({})))
}

fn challenges_list(ctx: &Ctx, st: &State) -> HResult {
    let ident = st.identities.get(ctx.who()).ok_or_else(Reply::unauthorized)?;
    let items: Vec<Value> = ident
        .mfa
        .iter()
        .map(|m| {
            json!({
                "challengeId": m.challenge_id, "type": m.kind, "activated": m.activated,
                "number": m.number.as_ref().map(|n| format!("{}****{}", &n[..n.len().min(3)], &n[n.len().saturating_sub(2)..])),
                "createdAt": m.created_at,
            })
        })
        .collect();
    paging::page(ctx, &items)
}

fn start_sms(ctx: &Ctx, st: &mut State) -> HResult {
    let who = ctx.who().to_string();
    let number = ctx.body_str("number").unwrap_or_default().to_string();
    let digits = number.trim_start_matches('+');
    if !number.starts_with('+') || digits.len() < 6 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(bad("Number {number} is invalid", "number", &number));
    }
    let challenge_id = st.new_id();
    let token = st.new_token("cpvt_");
    let code = st.new_code();
    let ident = st.identities.get_mut(&who).ok_or_else(Reply::unauthorized)?;
    ident.mfa.retain(|m| m.kind != "SMS" || m.activated);
    ident.mfa.push(MfaMethod {
        challenge_id: challenge_id.clone(),
        kind: "SMS",
        number: Some(number),
        secret: None,
        activated: false,
        created_at: iso_now(),
    });
    st.pending.insert(
        token.clone(),
        PendingVerification {
            verification_token: token.clone(),
            identity_id: who,
            kind: "SMS",
            purpose: Purpose::Setup,
            code: Some(code),
            challenge_id,
        },
    );
    Ok(Reply::ok(json!({"verificationToken": token})))
}

fn activate_sms(ctx: &Ctx, st: &mut State) -> HResult {
    let token = ctx.body_str("verificationToken").unwrap_or_default();
    let code = ctx.body_str("challengeCode").unwrap_or_default();
    let p = st
        .pending
        .get(token)
        .filter(|p| p.purpose == Purpose::Setup && p.identity_id == ctx.who())
        .cloned()
        .ok_or_else(|| bad("VerificationToken {verificationToken} is invalid", "verificationToken", token))?;
    if !code_ok(st, &p, code) {
        return Err(bad("ChallengeCode {challengeCode} is invalid", "challengeCode", code));
    }
    st.pending.remove(token);
    if let Some(ident) = st.identities.get_mut(&p.identity_id) {
        ident.mfa.retain(|m| !(m.kind == "SMS" && m.activated));
        if let Some(m) = ident.mfa.iter_mut().find(|m| m.challenge_id == p.challenge_id) {
            m.activated = true;
        }
    }
    Ok(Reply::ok(json!({})))
}

fn start_totp(ctx: &Ctx, st: &mut State) -> HResult {
    let who = ctx.who().to_string();
    let challenge_id = st.new_id();
    let secret = st.new_token("").to_ascii_uppercase();
    let ident = st.identities.get_mut(&who).ok_or_else(Reply::unauthorized)?;
    let email = ident.email.clone();
    ident.mfa.retain(|m| m.kind != "TOTP" || m.activated);
    ident.mfa.push(MfaMethod {
        challenge_id,
        kind: "TOTP",
        number: None,
        secret: Some(secret.clone()),
        activated: false,
        created_at: iso_now(),
    });
    Ok(Reply::ok(
        json!({"otpAuthUri": format!("otpauth://totp/CloudPirates:{email}?secret={secret}&issuer=CloudPirates&digits=6&period=30")}),
    ))
}

fn activate_totp(ctx: &Ctx, st: &mut State) -> HResult {
    let code = ctx.body_str("token").unwrap_or_default();
    let ident = st.identities.get_mut(ctx.who()).ok_or_else(Reply::unauthorized)?;
    let pos = ident.mfa.iter().rposition(|m| m.kind == "TOTP" && !m.activated).ok_or_else(|| {
        Reply::business(400, "No TOTP challenge to activate", json!({}), "token", "started TOTP challenge")
    })?;
    if !totp_ok(ident.mfa[pos].secret.as_deref().unwrap_or_default(), code) {
        return Err(bad("Token {token} is invalid", "token", code));
    }
    ident.mfa[pos].activated = true;
    let keep = ident.mfa[pos].challenge_id.clone();
    ident.mfa.retain(|m| m.kind != "TOTP" || m.challenge_id == keep);
    Ok(Reply::ok(json!({})))
}

fn webauthn_challenge(ctx: &Ctx, st: &mut State) -> HResult {
    let challenge = st.new_token("wac_");
    st.webauthn_challenges.insert(challenge.clone(), ctx.principal.as_ref().map(|p| p.identity_id.clone()));
    Ok(Reply::ok(json!({"challenge": challenge})))
}

/// Finds an outstanding challenge mentioned in the body (plainly, or inside a base64url string).
fn find_challenge(st: &State, body: &Value) -> Option<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => {
                out.push(s.clone());
                if let Some(d) = b64url_decode(s) {
                    out.push(d);
                }
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            Value::Object(o) => o.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut strings = Vec::new();
    walk(body, &mut strings);
    st.webauthn_challenges.keys().find(|c| strings.iter().any(|s| s.contains(c.as_str()))).cloned()
}

fn b64url_decode(s: &str) -> Option<String> {
    if s.len() < 8 {
        return None;
    }
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = Vec::new();
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            b'=' => continue,
            _ => return None,
        };
        bits = (bits << 6) | v as u32;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push((bits >> n) as u8);
            bits &= (1 << n) - 1;
        }
    }
    String::from_utf8(out).ok()
}

fn credential_id(body: &Value) -> Option<String> {
    body.get("id").or_else(|| body.get("rawId")).and_then(Value::as_str).map(str::to_string)
}

fn webauthn_key_json(k: &WebAuthnKey) -> Value {
    json!({"webAuthnKeyId": k.web_authn_key_id, "label": k.label, "credentialId": k.credential_id, "createdAt": k.created_at})
}

fn webauthn_register(ctx: &Ctx, st: &mut State) -> HResult {
    let challenge = find_challenge(st, &ctx.body).ok_or_else(|| {
        Reply::business(
            400,
            "WebAuthn challenge is missing or already used",
            json!({}),
            "challenge",
            "fresh challenge from /v1/auth/webauthn/challenge",
        )
    })?;
    st.webauthn_challenges.remove(&challenge);
    let who = ctx.who().to_string();
    let id = st.new_id();
    let cred = credential_id(&ctx.body).unwrap_or_else(|| format!("cred-{id}"));
    if st.webauthn_keys.iter().any(|k| k.credential_id == cred) {
        return Err(Reply::conflict("Credential already registered"));
    }
    let email = st.identities.get(&who).map(|i| i.email.clone()).unwrap_or_default();
    let label = ctx
        .body
        .pointer("/user/name")
        .or_else(|| ctx.body.get("userName"))
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or(email);
    let key = WebAuthnKey {
        web_authn_key_id: id.clone(),
        identity_id: who,
        credential_id: cred,
        label,
        created_at: iso_now(),
    };
    let out = webauthn_key_json(&key);
    st.webauthn_keys.insert(id, key, ctx.now, ctx.keep_after());
    st.count_created("webauthn_keys");
    Ok(Reply::created(out))
}

fn webauthn_login(ctx: &Ctx, st: &mut State) -> HResult {
    let challenge = find_challenge(st, &ctx.body).ok_or_else(Reply::unauthorized)?;
    st.webauthn_challenges.remove(&challenge);
    let cred = credential_id(&ctx.body).ok_or_else(Reply::unauthorized)?;
    let identity = st
        .webauthn_keys
        .iter()
        .find(|k| k.credential_id == cred)
        .map(|k| k.identity_id.clone())
        .ok_or_else(Reply::unauthorized)?;
    Ok(Reply::ok(issue_session(ctx, st, &identity)))
}

fn webauthn_list(ctx: &Ctx, st: &State) -> HResult {
    let items: Vec<Value> =
        st.webauthn_keys.iter_at(ctx.read_at).filter(|k| k.identity_id == ctx.who()).map(webauthn_key_json).collect();
    paging::page(ctx, &items)
}

fn webauthn_update_label(ctx: &Ctx, st: &mut State) -> HResult {
    let id = ctx.param(0);
    if st.webauthn_keys.get(id).is_none_or(|k| k.identity_id != ctx.who()) {
        return Err(Reply::not_found());
    }
    let label = ctx.body_str("label").unwrap_or_default().to_string();
    let k = st.webauthn_keys.update(id, ctx.now, ctx.keep_after(), |k| k.label = label).ok_or_else(Reply::not_found)?;
    Ok(Reply::ok(webauthn_key_json(&k)))
}

fn webauthn_delete(ctx: &Ctx, st: &mut State) -> HResult {
    let id = ctx.param(0);
    if st.webauthn_keys.get(id).is_none_or(|k| k.identity_id != ctx.who()) {
        return Err(Reply::not_found());
    }
    st.webauthn_keys.delete(id, ctx.now, ctx.keep_after());
    Ok(Reply::no_content())
}

fn api_key_json(k: &ApiKey) -> Value {
    json!({"id": k.id, "label": k.label, "createdAt": k.created_at})
}

fn api_keys_list(ctx: &Ctx, st: &State) -> HResult {
    let items: Vec<Value> =
        st.api_keys.iter_at(ctx.read_at).filter(|k| k.identity_id == ctx.who()).map(api_key_json).collect();
    paging::page(ctx, &items)
}

fn api_keys_create(ctx: &Ctx, st: &mut State) -> HResult {
    let id = st.new_id();
    let secret = st.new_token("cpk_");
    let key = ApiKey {
        id: id.clone(),
        identity_id: ctx.who().to_string(),
        label: ctx.body_str("label").unwrap_or_default().to_string(),
        secret: secret.clone(),
        created_at: iso_now(),
    };
    let mut out = api_key_json(&key);
    out["apiKey"] = json!(secret);
    st.api_key_secrets.insert(secret, id.clone());
    st.api_keys.insert(id, key, ctx.now, ctx.keep_after());
    st.count_created("api_keys");
    Ok(Reply::created(out))
}

fn api_keys_delete(ctx: &Ctx, st: &mut State) -> HResult {
    let id = ctx.param(0);
    let key = st.api_keys.get(id).filter(|k| k.identity_id == ctx.who()).cloned().ok_or_else(Reply::not_found)?;
    st.api_keys.delete(id, ctx.now, ctx.keep_after());
    st.api_key_secrets.remove(&key.secret);
    Ok(Reply::no_content())
}
