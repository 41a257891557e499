//! The HTTP front: accept loop, the per-request pipeline (route, fault, authenticate,
//! validate, execute) and the response encoding.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::{Request, Response};
use serde_json::Value;

use crate::config::{ApplicationUpdateMode, WriteResponses};
use crate::errors::{Body, Reply};
use crate::faults::{FaultKind, WriteOutcome};
use crate::request::{Ctx, decode, parse_query};
use crate::routes::{self, Handler, Operation};
use crate::schema::AuthKind;
use crate::state::State;

pub use crate::shared::{RawRequest, Shared};

/// Error returned by the service to make hyper drop the connection without an answer.
#[derive(Debug)]
pub struct ConnectionReset;

impl std::fmt::Display for ConnectionReset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("injected connection reset")
    }
}
impl std::error::Error for ConnectionReset {}

/// Serves connections from `listener` until `shutdown` fires.
pub async fn serve(
    listener: tokio::net::TcpListener,
    shared: Arc<Shared>,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = shutdown.changed() => return,
        };
        let Ok((stream, _)) = accepted else { continue };
        let _ = stream.set_nodelay(true);
        // linger 0: a dropped connection is reset (RST) rather than closed cleanly
        #[allow(deprecated)]
        let _ = stream.set_linger(Some(Duration::ZERO));
        let shared = shared.clone();
        let mut stop = shutdown.clone();
        tokio::spawn(async move {
            let io = hyper_util::rt::TokioIo::new(stream);
            let svc = hyper::service::service_fn(move |req| handle(shared.clone(), req));
            let conn = hyper::server::conn::http1::Builder::new().keep_alive(true).serve_connection(io, svc);
            tokio::select! {
                _ = conn => {}
                _ = stop.changed() => {}
            }
        });
    }
}

/// Encodes a reply as an HTTP response.
pub fn encode(reply: Reply) -> Response<Full<Bytes>> {
    let mut b = Response::builder().status(reply.status);
    let body = match reply.body {
        None => Bytes::new(),
        Some(Body::Json(v)) => {
            b = b.header("content-type", "application/json; charset=utf-8");
            Bytes::from(serde_json::to_vec(&v).unwrap_or_default())
        }
        Some(Body::Bytes(ct, bytes)) => {
            b = b.header("content-type", ct);
            Bytes::from(bytes)
        }
    };
    for (k, v) in reply.headers {
        b = b.header(k, v);
    }
    b.body(Full::new(body)).unwrap_or_else(|_| Response::new(Full::new(Bytes::new())))
}

async fn handle(shared: Arc<Shared>, req: Request<Incoming>) -> Result<Response<Full<Bytes>>, ConnectionReset> {
    let (parts, body) = req.into_parts();
    let header = |n: &str| parts.headers.get(n).and_then(|v| v.to_str().ok()).map(str::to_string);
    let body = match body.collect().await {
        Ok(b) => b.to_bytes(),
        Err(_) => return Err(ConnectionReset),
    };
    let raw = RawRequest {
        method: parts.method.as_str().to_string(),
        path: parts.uri.path().to_string(),
        query: parts.uri.query().unwrap_or("").to_string(),
        authorization: header("authorization"),
        user_agent: header("user-agent").unwrap_or_default(),
        body,
    };
    if raw.path == "/_emulator" || raw.path.starts_with("/_emulator/") {
        return Ok(encode(crate::control::handle(&shared, &raw)));
    }
    // Every API answer carries a request id (docs silent: docs/api-fidelity.md).
    let id = shared.next_request_id.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut resp = serve_api(&shared, raw, &parts.headers).await?;
    if let Ok(v) = hyper::header::HeaderValue::from_str(&format!("req_{id:08}")) {
        resp.headers_mut().insert("x-request-id", v);
    }
    Ok(resp)
}

/// Serves one request of the API itself (not the control API).
async fn serve_api(
    shared: &Arc<Shared>,
    raw: RawRequest,
    headers: &hyper::HeaderMap,
) -> Result<Response<Full<Bytes>>, ConnectionReset> {
    let shared = shared.clone();
    let Some((op, _)) = routes::find(&raw.method, &raw.path) else {
        // An unknown URL, or a known path with a method it does not document: 404, as
        // docs/api/error-handling.md says (catalogue 1.5: "unknown URL or resource").
        return Ok(encode(Reply::not_found()));
    };
    *shared.requests.lock().unwrap_or_else(|e| e.into_inner()).entry(op.id()).or_default() += 1;
    shared.log_request(op.id(), &raw, headers);
    let cfg = shared.cfg();
    if !cfg.faults.is_empty() {
        let fault = shared.faults.lock().unwrap_or_else(|e| e.into_inner()).decide(
            &cfg.faults,
            op.id(),
            op.is_write(),
            &raw.path,
        );
        if let Some(f) = fault {
            let rule = f.rule;
            match rule.kind {
                FaultKind::Reset => {
                    // A write's connection may break before or after the command ran.
                    if op.is_write() {
                        match rule.outcome {
                            WriteOutcome::Applied => {
                                let _ = execute(&shared, op, &raw);
                            }
                            WriteOutcome::Later => {
                                let (shared, raw) = (shared.clone(), raw.clone());
                                let delay = if rule.delay_ms == 0 { 100 } else { rule.delay_ms };
                                tokio::spawn(async move {
                                    tokio::time::sleep(Duration::from_millis(delay)).await;
                                    let _ = execute(&shared, op, &raw);
                                });
                            }
                            WriteOutcome::Dropped => {}
                        }
                    }
                    return Err(ConnectionReset);
                }
                FaultKind::Slow => tokio::time::sleep(Duration::from_millis(rule.delay_ms)).await,
                FaultKind::TooManyRequests | FaultKind::InternalError | FaultKind::BadGateway => {
                    let mut reply = Reply::standard(rule.kind.status().unwrap_or(500));
                    if let (FaultKind::TooManyRequests, Some(s)) = (rule.kind, rule.retry_after) {
                        reply = reply.with_header("Retry-After", s.to_string());
                    }
                    return Ok(encode(reply));
                }
                FaultKind::ServiceUnavailable | FaultKind::GatewayTimeout => {
                    let reply = Reply::standard(rule.kind.status().unwrap_or(503));
                    if op.is_write() {
                        match rule.outcome {
                            WriteOutcome::Applied => {
                                let _ = execute(&shared, op, &raw);
                                tokio::time::sleep(Duration::from_millis(rule.delay_ms)).await;
                            }
                            WriteOutcome::Later => {
                                let shared = shared.clone();
                                let raw = raw.clone();
                                let delay = if rule.delay_ms == 0 { 100 } else { rule.delay_ms };
                                tokio::spawn(async move {
                                    tokio::time::sleep(Duration::from_millis(delay)).await;
                                    let _ = execute(&shared, op, &raw);
                                });
                            }
                            WriteOutcome::Dropped => {}
                        }
                    } else {
                        tokio::time::sleep(Duration::from_millis(rule.delay_ms)).await;
                    }
                    return Ok(encode(reply));
                }
            }
        }
    }
    if matches!(op.id(), "applications.update_values" | "applications.update_version")
        && cfg.application_update_mode != ApplicationUpdateMode::Succeed
        && cfg.application_update_delay_ms > 0
    {
        tokio::time::sleep(Duration::from_millis(cfg.application_update_delay_ms)).await;
    }
    let reply = execute(&shared, op, &raw);
    Ok(encode(if op.is_write() { shape_write(reply, cfg.write_responses) } else { reply }))
}

/// Reshapes a successful write's body as `mode` says (errors are never touched).
fn shape_write(reply: Reply, mode: WriteResponses) -> Reply {
    if !(200..300).contains(&reply.status) {
        return reply;
    }
    let body = match mode {
        WriteResponses::Full => return reply,
        WriteResponses::NoContent => return Reply { status: 204, body: None, headers: reply.headers },
        WriteResponses::Empty => None,
        WriteResponses::EmptyObject => Some(Body::Json(Value::Object(Default::default()))),
        WriteResponses::Minimal => match reply.body {
            Some(Body::Json(Value::Object(map))) => {
                Some(Body::Json(Value::Object(map.into_iter().filter(|(k, _)| k.ends_with("Id")).collect())))
            }
            other => other,
        },
    };
    Reply { body, ..reply }
}

/// Runs one operation synchronously: authenticate, validate, execute under the lock.
pub fn execute(shared: &Shared, op: &'static Operation, raw: &RawRequest) -> Reply {
    let cfg = shared.cfg();
    let now = shared.clock.now_ms();
    let params = match routes::find(&raw.method, &raw.path) {
        Some((_, p)) => p.into_iter().map(decode).collect(),
        None => Vec::new(),
    };
    let body = if raw.body.iter().all(|b| b.is_ascii_whitespace()) {
        Value::Null
    } else {
        match serde_json::from_slice::<Value>(&raw.body) {
            Ok(v) => v,
            Err(e) => return Reply::status_message(400, &format!("Invalid JSON body: {e}")),
        }
    };
    let mut ctx = Ctx {
        op,
        params,
        path: raw.path.clone(),
        query: parse_query(&raw.query),
        body,
        principal: None,
        authorization: raw.authorization.clone(),
        user_agent: raw.user_agent.clone(),
        now,
        read_at: now.saturating_sub(cfg.lag_ms),
        cfg,
        origin: shared.origin.clone(),
    };
    let validate = |ctx: &mut Ctx| -> Result<(), Reply> {
        if let Some(v) = &ctx.op.spec.body {
            if ctx.body.is_null() {
                ctx.body = Value::Object(Default::default());
            }
            v.check(&ctx.body).map_err(|e| business_key_error(ctx, e))?;
        }
        Ok(())
    };
    let result = match op.handler {
        Handler::Read(f) => {
            let st = shared.read();
            prepare(&mut ctx, &st).and_then(|_| validate(&mut ctx)).and_then(|_| f(&ctx, &st))
        }
        Handler::Write(f) => {
            let mut st = shared.write();
            #[cfg(feature = "mutant-drop-acked-write")]
            if drop_this_write(op.id()) {
                // deliberately wrong (see Cargo.toml): answer as if applied, change nothing
                let mut scratch = st.clone();
                return prepare(&mut ctx, &scratch)
                    .and_then(|_| validate(&mut ctx))
                    .and_then(|_| f(&ctx, &mut scratch))
                    .unwrap_or_else(|e| e);
            }
            let r = prepare(&mut ctx, &st).and_then(|_| validate(&mut ctx)).and_then(|_| f(&ctx, &mut st));
            if r.as_ref().is_ok_and(|r| r.status < 300) {
                *st.counters.writes.entry(op.id().to_string()).or_default() += 1;
            }
            r
        }
    };
    result.unwrap_or_else(|e| e)
}

/// Test-only mutant: every 20th rename or delete is acknowledged but never applied.
#[cfg(feature = "mutant-drop-acked-write")]
fn drop_this_write(op: &str) -> bool {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    matches!(op, "workspaces.rename" | "clusters.delete") && N.fetch_add(1, Ordering::Relaxed) % 20 == 19
}

fn prepare(ctx: &mut Ctx, st: &State) -> Result<(), Reply> {
    let principal = routes::auth::authenticate(st, ctx);
    match ctx.op.spec.auth {
        AuthKind::None | AuthKind::SignedUrl => {
            ctx.principal = principal.ok().flatten();
        }
        AuthKind::Any => {
            ctx.principal = Some(principal?.ok_or_else(Reply::unauthorized)?);
        }
        AuthKind::Bearer => {
            // These routes sit behind the role middleware, which answers `{code:401}` when no
            // identity is authenticated (catalogue 1.5).
            let p = principal?.ok_or_else(Reply::unauthorized_role)?;
            if p.scheme != crate::request::AuthScheme::Bearer {
                return Err(Reply::forbidden_role());
            }
            ctx.principal = Some(p);
        }
    }
    Ok(())
}

/// The documented answer to an invalid `workspaceKey` is the business-rule shape, not AJV; so
/// is a `desiredChallenge` other than exactly `SMS` or `TOTP` (`ChallengeTypeInvalidError`).
fn business_key_error(ctx: &Ctx, e: Reply) -> Reply {
    if ctx.op.id() == "auth.login"
        && let Some(Body::Json(v)) = &e.body
        && v["instancePath"] == "/desiredChallenge"
    {
        let value = ctx.body.get("desiredChallenge").cloned().unwrap_or(Value::Null);
        return Reply::business(
            400,
            "ChallengeTypeInvalidError",
            serde_json::json!({"desiredChallenge": value}),
            "desiredChallenge",
            "SMS or TOTP",
        );
    }
    if ctx.op.id() == "workspaces.create"
        && let Some(Body::Json(v)) = &e.body
        && v["instancePath"] == "/workspaceKey"
        && v["keyword"] != "type"
    {
        {
            {
                let key = ctx.body_str("workspaceKey").unwrap_or_default();
                return Reply::business(
                    400,
                    "WorkspaceKey {workspaceKey} is invalid",
                    serde_json::json!({"workspaceKey": key}),
                    "workspaceKey",
                    "valid workspaceKey",
                );
            }
        }
    }
    e
}
