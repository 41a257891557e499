//! Node.js addon of the CloudPirates SDK (`@cloudpirates/sdk`).
//!
//! Thin on purpose: one generic `start(queue, id, operationId, request)` over the core's dynamic
//! entry point whose outcomes come back in batches through a [`CompletionQueue`], a
//! cancellation registry so an `AbortSignal` drops the Rust future, and the core's waiters.
//! Every typed surface (resources, models, error classes) lives in the TypeScript wrapper,
//! generated from the OpenAPI description.
//!
//! A failure is a string, `ERROR_PREFIX` followed by the core's `Error::to_json()` (napi
//! cannot reject with a custom error code); the wrapper rebuilds the typed error class from
//! it. The messages never hold a secret.
//!
//! One tokio runtime (napi's `tokio_rt`) serves every client of the process.

use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock, RwLock};
use std::time::Duration;

use napi::bindgen_prelude::*;
use napi_derive::napi;
use tokio::sync::watch;

use cloudpirates::waiters::{WaitFor, WaitOptions};

mod completions;
mod logging;
use cloudpirates::bridge;
use cloudpirates::{ErrorKind, RawRequest, RawResponse};
pub use completions::{CompletionQueue, NativeCompletion};
pub use logging::{NativeLogRecord, drain_logs, set_log_sink};
use tracing::Instrument as _;

/// Prefix of every rejection message that carries a serialised SDK error.
pub const ERROR_PREFIX: &str = "cloudpirates-error:";

/// Settings of a client, as the wrapper passes them; the core's `bridge::Settings` checks
/// them and builds the client.
#[napi(object)]
pub struct NativeClientOptions {
    /// `Authorization: ApiKey <key>`.
    pub api_key: Option<String>,
    /// Bearer access token.
    pub access_token: Option<String>,
    /// Refresh token that renews the access token.
    pub refresh_token: Option<String>,
    /// Base URL including `/v1`.
    pub base_url: Option<String>,
    /// Total deadline of one call, in milliseconds.
    pub timeout_ms: Option<f64>,
    /// Retries after the first attempt.
    pub max_retries: Option<u32>,
    /// `read_your_writes` (default), `strong` or `eventual`.
    pub consistency: Option<String>,
    /// Appended to the User-Agent (after `cloudpirates-node/<version>`).
    pub user_agent_suffix: Option<String>,
    /// Fall back to `CLOUDPIRATES_API_KEY` / `CLOUDPIRATES_BASE_URL`.
    pub use_env: Option<bool>,
    /// The id the core's log events of this client carry to the wrapper (`setLogSink`).
    pub log_id: Option<u32>,
    /// `debug`, `info`, `warn`, `error` or `off` (default).
    pub log_level: Option<String>,
    /// HMAC key of consistency tokens: the tokens this client makes are signed with it, and
    /// every token it accepts must be (`bridge::Settings::consistency_token_key`). Secret.
    pub consistency_token_key: Option<String>,
}

/// Per-call overrides.
#[napi(object)]
pub struct NativeCallOptions {
    /// Total deadline of this call, in milliseconds.
    pub timeout_ms: Option<f64>,
    /// Retries allowed for this call.
    pub max_retries: Option<u32>,
    /// Consistency mode of this call.
    pub consistency: Option<String>,
    /// Extra request headers of this call, in order (the core refuses reserved or malformed
    /// ones, naming the header, before anything is sent).
    pub headers: Option<Vec<NativeHeader>>,
    /// A consistency token from another client: this call's reads ride out the lag of the
    /// writes it names (the core checks it when the call starts, before anything is sent).
    pub consistency_token: Option<String>,
}

/// One HTTP header (request or response).
#[napi(object)]
pub struct NativeHeader {
    /// Header name (lower case in responses).
    pub name: String,
    /// Header value.
    pub value: String,
}

/// One query parameter.
#[napi(object)]
pub struct NativeQueryParam {
    /// Name on the wire.
    pub name: String,
    /// Value, already rendered as text.
    pub value: String,
}

/// A request of one operation.
#[napi(object)]
pub struct NativeRequest {
    /// Path parameter values in template order.
    pub path: Vec<String>,
    /// Query parameters.
    pub query: Option<Vec<NativeQueryParam>>,
    /// The JSON body, serialised.
    pub body: Option<String>,
    /// Per-call overrides.
    pub options: Option<NativeCallOptions>,
    /// Page size of a list call (the core's paging rule decides what is sent).
    pub limit: Option<u32>,
    /// Offset of a list call.
    pub offset: Option<f64>,
    /// A token from `createCancelToken()`; `cancel(token)` drops the request.
    pub cancel_token: Option<u32>,
    /// Also answer the response headers (`withResponse()`); off, nothing extra is built.
    pub raw: Option<bool>,
}

/// `Link` relations of a page.
#[napi(object)]
pub struct NativeLinks {
    /// `rel="first"`
    pub first: Option<String>,
    /// `rel="prev"`
    pub prev: Option<String>,
    /// `rel="next"`
    pub next: Option<String>,
    /// `rel="last"`
    pub last: Option<String>,
}

/// Paging counters of a list response.
#[napi(object)]
pub struct NativePageInfo {
    /// `x-Total`.
    pub total: Option<f64>,
    /// `x-Limit`.
    pub limit: Option<f64>,
    /// `x-Offset`.
    pub offset: Option<f64>,
    /// Offset of the next page, absent on the last page (the core's `bridge::next_offset`).
    pub next_offset: Option<f64>,
    /// The parsed `Link` header.
    pub links: NativeLinks,
}

/// A successful response.
#[napi(object)]
pub struct NativeResponse {
    /// HTTP status.
    pub status: u32,
    /// The body bytes (JSON text, a PDF, or empty).
    pub body: Buffer,
    /// Paging counters of a list response.
    pub page: Option<NativePageInfo>,
    /// `x-request-id`.
    pub request_id: Option<String>,
    /// HTTP attempts made.
    pub attempts: u32,
    /// Time slept between attempts, in milliseconds.
    pub waited_ms: f64,
    /// The response headers in the order received, only when the request asked (`raw`).
    pub headers: Option<Vec<NativeHeader>>,
    /// For a write, only when the request asked (`raw`): a consistency token naming this
    /// write alone (`ResponseMeta::consistency_token`).
    pub consistency_token: Option<String>,
}

/// Pacing of a waiter.
#[napi(object)]
pub struct NativeWaitOptions {
    /// First delay between polls, in milliseconds.
    pub min_delay_ms: Option<f64>,
    /// Largest delay between polls, in milliseconds.
    pub max_delay_ms: Option<f64>,
    /// Give up after this long, in milliseconds.
    pub max_wait_ms: Option<f64>,
}

// ---------------------------------------------------------------------------------------
// Cancellation registry: the wrapper takes a token synchronously before the call, and an
// AbortSignal listener calls `cancel(token)`; the request's future is then dropped, which
// closes its connection in the core.

fn registry() -> &'static Mutex<HashMap<u32, watch::Sender<bool>>> {
    static REGISTRY: OnceLock<Mutex<HashMap<u32, watch::Sender<bool>>>> = OnceLock::new();
    REGISTRY.get_or_init(Default::default)
}

static NEXT_TOKEN: AtomicU32 = AtomicU32::new(1);

/// Reserves a cancellation token for one call (released when the call settles).
#[napi]
pub fn create_cancel_token() -> u32 {
    let id = NEXT_TOKEN.fetch_add(1, Ordering::Relaxed);
    let (tx, _rx) = watch::channel(false);
    registry().lock().unwrap().insert(id, tx);
    id
}

/// Cancels the call holding `token`; a no-op when it already settled.
#[napi]
pub fn cancel(token: u32) {
    if let Some(tx) = registry().lock().unwrap().get(&token) {
        tx.send_replace(true);
    }
}

/// Releases a token that was never used (the call was not started).
#[napi]
pub fn release_cancel_token(token: u32) {
    registry().lock().unwrap().remove(&token);
}

/// Number of tokens held (for tests: proves calls release theirs).
#[napi]
pub fn pending_cancel_tokens() -> u32 {
    registry().lock().unwrap().len() as u32
}

/// Runs `fut` unless the token is cancelled first; always releases the token.
async fn cancellable<T>(token: Option<u32>, fut: impl std::future::Future<Output = Result<T>>) -> Result<T> {
    let Some(token) = token else { return fut.await };
    let rx = registry().lock().unwrap().get(&token).map(|tx| tx.subscribe());
    let out = match rx {
        None => fut.await,
        Some(mut rx) => {
            tokio::select! {
                biased;
                _ = rx.wait_for(|c| *c) => Err(abort_error()),
                r = fut => r,
            }
        }
    };
    registry().lock().unwrap().remove(&token);
    out
}

fn abort_error() -> Error {
    let json = serde_json::json!({
        "class": "APIUserAbortError",
        "kind": "Aborted",
        "status": null,
        "message": "the request was aborted",
        "attempts": 0,
        "may_have_executed": true,
    });
    Error::new(Status::GenericFailure, format!("{ERROR_PREFIX}{json}"))
}

fn to_napi(e: cloudpirates::Error) -> Error {
    Error::new(Status::GenericFailure, format!("{ERROR_PREFIX}{}", e.to_json()))
}

fn config_error(msg: impl Into<String>) -> Error {
    to_napi(cloudpirates::Error::new(ErrorKind::Config, msg))
}

fn duration_ms(ms: f64, what: &str) -> Result<Duration> {
    if !ms.is_finite() || ms <= 0.0 {
        return Err(config_error(format!("{what} must be a positive number of milliseconds")));
    }
    Ok(Duration::from_secs_f64(ms / 1000.0))
}

/// Milliseconds as the bridge takes them; anything not a positive number becomes 0, which
/// the bridge refuses with its own message.
fn ms(v: Option<f64>) -> Option<u64> {
    v.map(|t| if t.is_finite() && t > 0.0 { t.ceil() as u64 } else { 0 })
}

fn operation(id: &str) -> Result<&'static cloudpirates::Operation> {
    bridge::operation(id).map_err(to_napi)
}

fn raw_request(op: &cloudpirates::Operation, req: NativeRequest) -> Result<(RawRequest, Option<u32>)> {
    let options = match req.options {
        None => Default::default(),
        Some(o) => {
            let headers = o.headers.unwrap_or_default().into_iter().map(|h| (h.name, h.value)).collect();
            bridge::call_options(
                ms(o.timeout_ms),
                o.max_retries,
                o.consistency.as_deref(),
                headers,
                o.consistency_token,
            )
            .map_err(to_napi)?
        }
    };
    let offset = match req.offset {
        Some(o) if !(o.is_finite() && o >= 0.0 && o.fract() == 0.0) => {
            return Err(to_napi(cloudpirates::Error::invalid_input(format!(
                "{}: offset must be a non-negative integer",
                op.id
            ))));
        }
        o => o.map(|o| o as u64),
    };
    let mut query: Vec<(String, String)> =
        req.query.unwrap_or_default().into_iter().map(|q| (q.name, q.value)).collect();
    query.extend(bridge::page_query(op, req.limit, offset).map_err(to_napi)?);
    Ok((RawRequest { path: req.path, query, body: req.body.map(String::into_bytes), options }, req.cancel_token))
}

fn num(v: Option<u64>) -> Option<f64> {
    v.map(|n| n as f64)
}

fn response(r: RawResponse) -> NativeResponse {
    let next_offset = num(bridge::next_offset(&r));
    NativeResponse {
        status: r.status as u32,
        // `Vec::from(Bytes)` takes the buffer over without a copy when it is not shared.
        body: Buffer::from(Vec::<u8>::from(r.body)),
        page: r.page.map(|p| NativePageInfo {
            total: num(p.total),
            limit: num(p.limit),
            offset: num(p.offset),
            next_offset,
            links: NativeLinks { first: p.links.first, prev: p.links.prev, next: p.links.next, last: p.links.last },
        }),
        request_id: r.request_id,
        attempts: r.attempts,
        waited_ms: r.waited.as_secs_f64() * 1000.0,
        headers: None,
        consistency_token: None,
    }
}

/// The response with the headers of `meta` (the call's raw response), when captured.
fn response_with(r: RawResponse, meta: Option<cloudpirates::ResponseMeta>) -> NativeResponse {
    let mut out = response(r);
    if let Some(m) = meta {
        out.headers = Some(m.header_pairs().into_iter().map(|(name, value)| NativeHeader { name, value }).collect());
        out.consistency_token = m.consistency_token;
    }
    out
}

/// Runs a call on the shared runtime and pushes its outcome (a panic included) onto
/// `queue` under `id`.
fn spawn_call<F>(queue: &CompletionQueue, id: u32, call: F)
where
    F: Future<Output = Result<NativeResponse>> + Send + 'static,
{
    let shared = queue.shared.clone();
    napi::bindgen_prelude::spawn(async move {
        let out = bridge::catch_panic(call).await.unwrap_or_else(|panic| Err(to_napi(panic)));
        let (response, error) = match out {
            Ok(r) => (Some(r), None),
            Err(e) => (None, Some(e.reason.clone())),
        };
        shared.push(NativeCompletion { id, response, error });
    });
}

/// The one rule for which field names hold secrets (`cloudpirates::is_secret_name`: the
/// fields the OpenAPI file marks `x-secret`, and names that say token, secret, password, API
/// key or credential). The wrapper's `util.inspect` of models and errors, the JSON of errors
/// and the log redaction all use it.
#[napi]
pub fn is_secret_name(name: String) -> bool {
    bridge::is_secret_name(&name)
}

/// TEST ONLY (hidden; not part of the API): panics inside a future on the shared runtime,
/// started exactly as `NativeClient.start` starts a call (`spawn_call`); the outcome, an
/// `APIError` (`bridge::catch_panic`), arrives on `queue` under `id`. The SDK's tests use it to prove
/// that a panic in Rust never takes the Node process down nor leaves a promise pending.
#[napi(js_name = "__panicForTests")]
pub fn panic_for_tests(queue: &CompletionQueue, id: u32) {
    spawn_call(queue, id, async {
        tokio::task::yield_now().await; // panic on a later poll, as a real call would
        panic!("__panicForTests: a deliberate panic");
    });
}

/// The native client. Secrets stay inside the core (redacted in its `Debug`); nothing of
/// them is readable from JavaScript.
#[napi]
pub struct NativeClient {
    inner: RwLock<Option<cloudpirates::Client>>,
    /// The wrapper's id of this client and its log level (see `logging.rs`).
    log: (u32, u8),
}

#[napi]
impl NativeClient {
    /// Builds a client through the core's `bridge::Settings`; no I/O happens until the first call.
    #[napi(constructor)]
    pub fn new(options: NativeClientOptions) -> Result<Self> {
        let mut s = bridge::Settings::default();
        s.api_key = options.api_key;
        s.access_token = options.access_token;
        s.refresh_token = options.refresh_token;
        s.base_url = options.base_url;
        s.timeout_ms = ms(options.timeout_ms);
        s.max_retries = options.max_retries;
        s.consistency = options.consistency;
        s.user_agent_suffix = options.user_agent_suffix;
        s.use_env = options.use_env.unwrap_or(false);
        s.consistency_token_key = options.consistency_token_key;
        let client = s.build("node").map_err(to_napi)?;
        let log = (options.log_id.unwrap_or(0), logging::level_number(options.log_level.as_deref()));
        Ok(NativeClient { inner: RwLock::new(Some(client)), log })
    }

    fn client(&self) -> Result<cloudpirates::Client> {
        self.inner
            .read()
            .unwrap()
            .clone()
            .ok_or_else(|| to_napi(cloudpirates::Error::new(ErrorKind::Config, "the client is closed")))
    }

    /// The base URL in use.
    #[napi(getter)]
    pub fn base_url(&self) -> Result<String> {
        Ok(self.client()?.config().base_url.to_string())
    }

    /// Which credential the client holds now: `none`, `api_key` or `bearer`.
    #[napi(getter)]
    pub fn credential_kind(&self) -> Result<String> {
        Ok(bridge::credential_kind(&self.client()?).to_owned())
    }

    /// Starts one operation; its outcome arrives on `queue` under `id` (see
    /// [`CompletionQueue`]). Throws at once for an unknown operation or bad options.
    #[napi]
    pub fn start(&self, queue: &CompletionQueue, id: u32, operation_id: String, request: NativeRequest) -> Result<()> {
        let token = request.cancel_token;
        let raw = request.raw.unwrap_or(false);
        let prepared = (|| {
            let op = operation(&operation_id)?;
            Ok((op, self.client()?, raw_request(op, request)?.0))
        })();
        let (op, client, req) = match prepared {
            Ok(p) => p,
            Err(e) => {
                if let Some(t) = token {
                    release_cancel_token(t);
                }
                return Err(e);
            }
        };
        let span = logging::call_span(self.log.0, self.log.1);
        spawn_call(
            queue,
            id,
            async move {
                cancellable(token, async {
                    let (out, meta) = bridge::with_meta(raw, client.execute(op, req)).await;
                    out.map(|r| response_with(r, meta)).map_err(to_napi)
                })
                .await
            }
            .instrument(span),
        );
        Ok(())
    }

    /// Polls a GET operation until the resource exists (`exists`) or is gone (`deleted`),
    /// without the read-your-writes wait. Resolves with the response (`null` for `deleted`).
    /// The core refuses a waiter on a write (`InvalidRequestError`).
    #[napi]
    pub async fn wait_for(
        &self,
        operation_id: String,
        request: NativeRequest,
        what: String,
        options: Option<NativeWaitOptions>,
    ) -> Result<Option<NativeResponse>> {
        let op = operation(&operation_id)?;
        let client = self.client();
        let (req, token) = raw_request(op, request)?;
        let what = match what.as_str() {
            "exists" => WaitFor::Exists,
            "deleted" => WaitFor::Deleted,
            other => return Err(config_error(format!("wait for {other:?}: expected exists or deleted"))),
        };
        let mut wo = WaitOptions::default();
        if let Some(o) = options {
            if let Some(v) = o.min_delay_ms {
                wo.min_delay = duration_ms(v, "minDelay")?;
            }
            if let Some(v) = o.max_delay_ms {
                wo.max_delay = duration_ms(v, "maxDelay")?;
            }
            if let Some(v) = o.max_wait_ms {
                wo.max_wait = duration_ms(v, "maxWait")?;
            }
        }
        let wait = async move {
            let client = client?;
            client.wait_for(op, req, what, wo).await.map(|r| r.map(response)).map_err(to_napi)
        };
        let span = logging::call_span(self.log.0, self.log.1);
        cancellable(token, async move { bridge::catch_panic(wait).await.unwrap_or_else(|panic| Err(to_napi(panic))) })
            .instrument(span)
            .await
    }

    /// A consistency token: the writes this client made (or merged) that are still inside the
    /// consistency window (`Client::consistency_token`).
    #[napi]
    pub fn consistency_token(&self) -> Result<String> {
        Ok(self.client()?.consistency_token())
    }

    /// Merges another client's consistency token: later reads of this client ride out the lag
    /// of the writes it names (`Client::merge_consistency_token`; a bad token is an
    /// `InvalidInput` error naming the problem, never echoing the token).
    #[napi]
    pub fn merge_consistency_token(&self, token: String) -> Result<()> {
        self.client()?.merge_consistency_token(&token).map_err(to_napi)
    }

    /// Releases the client: later calls fail; calls in flight finish.
    #[napi]
    pub fn close(&self) {
        self.inner.write().unwrap().take();
    }

    /// True once `close()` was called.
    #[napi(getter)]
    pub fn closed(&self) -> bool {
        self.inner.read().unwrap().is_none()
    }
}

/// Every operation id the core knows, with its method, path template and paging.
#[napi(object)]
pub struct NativeOperation {
    /// Dotted id.
    pub id: String,
    /// HTTP method.
    pub method: String,
    /// Path template relative to the base URL.
    pub path: String,
    /// `yes`, `no` or `unknown`.
    pub paging: String,
}

/// The operations table of the core.
#[napi]
pub fn operations() -> Vec<NativeOperation> {
    cloudpirates::operations()
        .iter()
        .map(|op| NativeOperation {
            id: op.id.to_owned(),
            method: op.method.as_str().to_owned(),
            path: op.path.to_owned(),
            paging: match op.paging {
                cloudpirates::Paging::Yes => "yes",
                cloudpirates::Paging::No => "no",
                cloudpirates::Paging::Unknown => "unknown",
            }
            .to_owned(),
        })
        .collect()
}

/// Version of the native addon.
#[napi]
pub fn native_version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
