//! The control API under `/_emulator/` (no authentication, never faulted): configuration,
//! reset, MFA codes, invitations, counters and credentials for tests.

use std::sync::Arc;

use serde_json::{Value, json};

use crate::config::RuntimeConfig;
use crate::errors::Reply;
use crate::shared::{RawRequest, Shared};
use crate::state::{Purpose, totp_code, unix_now};

/// Dispatches a control request.
pub fn handle(shared: &Shared, raw: &RawRequest) -> Reply {
    let path = raw.path.trim_end_matches('/');
    let body = || -> Result<Value, Reply> {
        if raw.body.is_empty() {
            return Ok(json!({}));
        }
        serde_json::from_slice(&raw.body).map_err(|e| Reply::status_message(400, &format!("Invalid JSON body: {e}")))
    };
    match (raw.method.as_str(), path) {
        ("GET", "/_emulator/health") => Reply::ok(json!({"ok": true})),
        ("GET", "/_emulator/config") => Reply::ok(config_json(shared)),
        ("PUT", "/_emulator/config") | ("PATCH", "/_emulator/config") => {
            let patch = match body() {
                Ok(v) => v,
                Err(e) => return e,
            };
            let mut current = serde_json::to_value(&*shared.cfg()).unwrap_or(json!({}));
            let (Some(cur), Some(p)) = (current.as_object_mut(), patch.as_object()) else {
                return Reply::status_message(400, "config must be a JSON object");
            };
            for (k, v) in p {
                if k == "seed" || k == "port" {
                    continue;
                }
                if !cur.contains_key(k) {
                    return Reply::status_message(400, &format!("unknown config field {k}"));
                }
                cur.insert(k.clone(), v.clone());
            }
            match serde_json::from_value::<RuntimeConfig>(current) {
                Ok(cfg) => {
                    apply_config(shared, cfg);
                    Reply::ok(config_json(shared))
                }
                Err(e) => Reply::status_message(400, &format!("invalid config: {e}")),
            }
        }
        ("POST", "/_emulator/reset") => {
            reset(shared);
            Reply::ok(json!({"reset": true}))
        }
        ("GET", "/_emulator/credentials") => {
            Reply::ok(serde_json::to_value(crate::seed::seeded_credentials()).unwrap_or_default())
        }
        ("GET", "/_emulator/mfa-codes") => Reply::ok(mfa_codes(shared)),
        ("GET", "/_emulator/invitations") => {
            let st = shared.read();
            let list: Vec<Value> = st
                .invitations
                .iter()
                .map(|i| {
                    json!({
                        "invitationId": i.invitation_id, "workspaceId": i.workspace_id, "email": i.email,
                        "role": i.role.as_str(), "status": i.status, "message": i.message,
                        "invitationExpireDate": i.invitation_expire_date, "invitedBy": i.invited_by,
                        "createdAt": i.created_at,
                    })
                })
                .collect();
            Reply::ok(Value::Array(list))
        }
        ("GET", "/_emulator/counters") => Reply::ok(counters(shared)),
        ("GET", "/_emulator/requests") => {
            let journal = shared.journal.lock().unwrap_or_else(|e| e.into_inner());
            Reply::ok(Value::Array(journal.iter().cloned().collect()))
        }
        ("DELETE", "/_emulator/requests") => {
            shared.journal.lock().unwrap_or_else(|e| e.into_inner()).clear();
            Reply::ok(json!({"cleared": true}))
        }
        ("POST", "/_emulator/activate") => {
            let b = match body() {
                Ok(v) => v,
                Err(e) => return e,
            };
            let email = b.get("email").and_then(Value::as_str).unwrap_or_default().to_string();
            let mut st = shared.write();
            match st.identities.values_mut().find(|i| i.email.eq_ignore_ascii_case(&email)) {
                Some(i) => {
                    i.activated = true;
                    Reply::ok(json!({"identityId": i.identity_id, "email": i.email, "activated": true}))
                }
                None => Reply::not_found(),
            }
        }
        _ => Reply::not_found(),
    }
}

fn config_json(shared: &Shared) -> Value {
    let mut v = serde_json::to_value(&*shared.cfg()).unwrap_or(json!({}));
    if let Some(o) = v.as_object_mut() {
        o.insert("seed".into(), json!(shared.start.seed));
        let faults = shared.faults.lock().unwrap_or_else(|e| e.into_inner());
        o.insert("faults_injected".into(), json!(faults.injected()));
        o.insert("faults_injected_by_kind".into(), json!(faults.injected_by_kind()));
    }
    v
}

/// Replaces the runtime configuration; fault counters restart when the rules change.
pub fn apply_config(shared: &Shared, cfg: RuntimeConfig) {
    let mut slot = shared.config.write().unwrap_or_else(|e| e.into_inner());
    let faults_changed = serde_json::to_value(&slot.faults).ok() != serde_json::to_value(&cfg.faults).ok();
    *slot = Arc::new(cfg);
    if faults_changed {
        shared.faults.lock().unwrap_or_else(|e| e.into_inner()).reset(shared.start.seed);
    }
}

/// Puts the domain state back to the seed and restarts the fault generator.
pub fn reset(shared: &Shared) {
    let fresh = crate::seed::seeded_state(shared.start.seed, shared.start.trainings);
    *shared.write() = fresh;
    shared.faults.lock().unwrap_or_else(|e| e.into_inner()).reset(shared.start.seed);
    shared.requests.lock().unwrap_or_else(|e| e.into_inner()).clear();
    shared.journal.lock().unwrap_or_else(|e| e.into_inner()).clear();
}

fn mfa_codes(shared: &Shared) -> Value {
    let st = shared.read();
    let now = unix_now();
    let list: Vec<Value> = st
        .identities
        .values()
        .map(|i| {
            let totp =
                i.mfa.iter().find(|m| m.kind == "TOTP").and_then(|m| m.secret.as_deref()).map(|s| totp_code(s, now));
            let pending: Vec<Value> = st
                .pending
                .values()
                .filter(|p| p.identity_id == i.identity_id)
                .map(|p| {
                    let code = match (&p.code, p.kind) {
                        (Some(c), _) => Some(c.clone()),
                        (None, "TOTP") => totp.clone(),
                        _ => None,
                    };
                    json!({
                        "verificationToken": p.verification_token, "type": p.kind,
                        "purpose": if p.purpose == Purpose::Login { "login" } else { "setup" },
                        "code": code,
                    })
                })
                .collect();
            let sms = pending.iter().rev().find(|p| p["type"] == "SMS").map(|p| p["code"].clone());
            json!({"identityId": i.identity_id, "email": i.email, "totp": totp, "sms": sms, "pending": pending})
        })
        .collect();
    Value::Array(list)
}

fn counters(shared: &Shared) -> Value {
    let st = shared.read();
    let members: usize = st.workspaces.iter().map(|w| w.members.len()).sum();
    let open_inv = st.invitations.iter().filter(|i| i.status == "OPEN").count();
    let existing = [
        ("workspaces", st.workspaces.count()),
        ("members", members),
        ("invitations", open_inv),
        ("clusters", st.clusters.count()),
        ("billing_profiles", st.billing_profiles.count()),
        ("api_keys", st.api_keys.count()),
        ("applications", st.applications.count()),
        ("identities", st.identities.len()),
        ("webauthn_keys", st.webauthn_keys.count()),
        ("sessions", st.sessions.values().filter(|s| !s.logged_out).count()),
    ];
    let mut resources = serde_json::Map::new();
    for (kind, n) in existing {
        let created = st.counters.created.get(kind).copied().unwrap_or(0);
        resources.insert(kind.into(), json!({"created": created, "existing": n}));
    }
    let requests = shared.requests.lock().unwrap_or_else(|e| e.into_inner()).clone();
    json!({"resources": resources, "writes": st.counters.writes, "requests": requests})
}
