//! The client: construction, and the one request loop every operation goes through
//! (auth, retries, read-your-writes, token refresh).

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use serde_json::Value;

use crate::auth::{Credentials, Session};
use crate::config::{Config, RequestOptions};
use crate::consistency::{Consistency, Ledger, Stale};
use crate::error::{Error, ErrorKind, Result};
use crate::operation::{Method, Operation, Paging};
use crate::pagination::{PageInfo, page_info};
use crate::path::render_path;
use crate::retry::{Decision, Failure, RetryBudget, decide, may_have_executed, parse_retry_after};
use crate::transport::{HttpReply, Transport};

/// An async CloudPirates client. Cheap to clone: clones share the connection pool, the
/// session and the write ledger.
///
/// ```no_run
/// # async fn demo() -> cloudpirates::Result<()> {
/// let client = cloudpirates::Client::builder().api_key("cp_live_...").build()?;
/// let me = client.auth().me().await?;
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
    options: RequestOptions,
}

/// What one finished call cost, given to the observer of [`ClientBuilder::on_call`](crate::ClientBuilder::on_call).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CallReport {
    /// The operation id.
    pub operation: &'static str,
    /// The final HTTP status, when the server answered.
    pub status: Option<u16>,
    /// The error kind, when the call failed.
    pub error: Option<ErrorKind>,
    /// HTTP attempts made.
    pub attempts: u32,
    /// Time slept between attempts (backoff, `Retry-After`, consistency waits).
    pub waited: Duration,
    /// Wall-clock time of the whole call.
    pub elapsed: Duration,
}

/// A callback that receives a [`CallReport`] after every call.
pub type CallObserver = Arc<dyn Fn(&CallReport) + Send + Sync>;

struct Inner {
    observer: Option<CallObserver>,
    config: Config,
    transport: Transport,
    session: Session,
    ledger: Ledger,
    /// Writes of other clients, merged from consistency tokens: reads wait for them even in
    /// `Eventual` mode (an explicit token always waits).
    imported: Ledger,
    /// Signs the tokens this client makes and must sign every token it accepts.
    token_key: Option<crate::secret::Secret>,
    budget: RetryBudget,
}

/// A request of one operation, in the form every binding can build.
#[derive(Debug, Clone, Default)]
pub struct RawRequest {
    /// Path parameter values in template order (validated and percent-encoded by the core).
    pub path: Vec<String>,
    /// Query parameters.
    pub query: Vec<(String, String)>,
    /// The JSON body, already serialised.
    pub body: Option<Vec<u8>>,
    /// Per-call overrides.
    pub options: RequestOptions,
}

/// A successful response of one operation.
#[derive(Debug, Clone)]
pub struct RawResponse {
    /// HTTP status.
    pub status: u16,
    /// The body (JSON text, a PDF, or empty).
    pub body: Bytes,
    /// Page counters and the next offset, for list operations.
    pub page: Option<PageInfo>,
    /// `x-request-id`, when the server sent one.
    pub request_id: Option<String>,
    /// HTTP attempts made.
    pub attempts: u32,
    /// Time slept between attempts.
    pub waited: Duration,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let creds = match self.inner.session.credentials() {
            Credentials::None => "none",
            Credentials::ApiKey(_) => "api_key",
            Credentials::Bearer { .. } => "bearer",
            #[allow(unreachable_patterns)]
            _ => "other",
        };
        f.debug_struct("Client")
            .field("base_url", &self.inner.config.base_url.as_str())
            .field("credentials", &creds)
            .field("options", &self.options)
            .finish()
    }
}

/// Most pages one lookup of a created resource reads (100 items each).
const LOOKUP_PAGES: usize = 20;

const X_REQUEST_ID: reqwest::header::HeaderName = reqwest::header::HeaderName::from_static("x-request-id");

/// State of one call across its attempts.
struct Attempt {
    deadline: Instant,
    /// The consistency mode and retry allowance of this call.
    mode: Consistency,
    max_retries: u32,
    /// The session generation whose credentials the current attempt used.
    generation: u64,
    attempts: u32,
    retries: u32,
    waited: Duration,
    maybe_executed: bool,
    refreshed: bool,
    stale_since: Option<Instant>,
    stale_delay: Duration,
    /// The written ancestor of a missing path was seen: the next 404/403 is true.
    ancestor_visible: bool,
    /// The call's extra headers (`RequestOptions::headers`), checked, and as given (for the
    /// lookups made on the call's behalf).
    extra: Option<reqwest::header::HeaderMap>,
    headers: Vec<(String, String)>,
    /// Writes named by this call's consistency token (`RequestOptions::consistency_token`).
    token: Option<Ledger>,
    /// What this call's write recorded in the ledger, for its own token.
    recorded: Vec<crate::consistency::Recorded>,
}

impl Client {
    /// Assembles a client from checked parts (used by [`ClientBuilder::build`]).
    pub(crate) fn from_parts(
        config: Config,
        transport: Transport,
        credentials: Credentials,
        observer: Option<CallObserver>,
        token_key: Option<crate::secret::Secret>,
    ) -> Client {
        let budget = RetryBudget::new(config.retry.budget);
        Client {
            inner: Arc::new(Inner {
                observer,
                config,
                transport,
                session: Session::new(credentials),
                ledger: Ledger::default(),
                imported: Ledger::default(),
                token_key,
                budget,
            }),
            options: RequestOptions::default(),
        }
    }

    /// A copy with per-call overrides, sharing pool, session and ledger.
    pub fn with_options(&self, options: RequestOptions) -> Client {
        Client { inner: self.inner.clone(), options: options.over(&self.options) }
    }

    /// The client's configuration.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The current credentials (secrets stay redacted in `Debug`); after a login or a
    /// refresh these are the new tokens, to be stored by the caller if it wishes.
    pub fn credentials(&self) -> Credentials {
        self.inner.session.credentials()
    }

    /// Replaces the credentials of this client and all its clones.
    pub fn set_credentials(&self, creds: Credentials) -> Result<()> {
        creds.validate()?;
        self.inner.session.replace(creds);
        Ok(())
    }

    /// Sends one operation through the full request loop: auth checks, retries by the
    /// rules of `retry.rs`, read-your-writes waits, token refresh. Every call ends with
    /// one `tracing` event (target `cloudpirates`, level DEBUG) and a call to the observer
    /// set with [`ClientBuilder::on_call`](crate::ClientBuilder::on_call), both reporting attempts and time waited.
    pub async fn execute(&self, op: &'static Operation, req: RawRequest) -> Result<RawResponse> {
        let started = Instant::now();
        let result = self.execute_inner(op, req, started).await;
        let report = match &result {
            Ok(r) => CallReport {
                operation: op.id,
                status: Some(r.status),
                error: None,
                attempts: r.attempts,
                waited: r.waited,
                elapsed: started.elapsed(),
            },
            Err(e) => CallReport {
                operation: op.id,
                status: e.status(),
                error: Some(e.kind()),
                attempts: e.attempts(),
                waited: e.waited(),
                elapsed: started.elapsed(),
            },
        };
        tracing::debug!(target: "cloudpirates", op = op.id, status = ?report.status, error = ?report.error, attempts = report.attempts, waited_ms = report.waited.as_millis() as u64, elapsed_ms = report.elapsed.as_millis() as u64, "call finished");
        if let Some(observer) = &self.inner.observer {
            observer(&report);
        }
        result
    }

    async fn execute_inner(&self, op: &'static Operation, req: RawRequest, started: Instant) -> Result<RawResponse> {
        let opts = if req.options == RequestOptions::default() {
            self.options.clone()
        } else {
            req.options.over(&self.options)
        };
        let extra = if opts.headers.is_empty() { None } else { Some(opts.header_map()?) };
        let token = match &opts.consistency_token {
            Some(t) => Some(crate::token::ledger_of(t, self.token_key(), self.inner.config.consistency.window)?),
            None => None,
        };
        let cfg = &self.inner.config;
        let timeout = opts.timeout.unwrap_or(cfg.timeout);
        let max_retries = opts.max_retries.unwrap_or(cfg.retry.max_retries);
        let mode = opts.consistency.unwrap_or(cfg.consistency.mode);
        self.inner.session.check(op)?;
        let path = render_path(op, &req.path)?;
        let url = self.url(&path, &req.query);
        let body = req.body.map(Bytes::from);
        let requested_offset =
            req.query.iter().find(|(k, _)| k == "offset").and_then(|(_, v)| v.parse().ok()).unwrap_or(0);

        let mut st = Attempt {
            deadline: later(started, timeout),
            mode,
            max_retries,
            generation: 0,
            attempts: 0,
            retries: 0,
            waited: Duration::ZERO,
            maybe_executed: false,
            refreshed: false,
            stale_since: None,
            stale_delay: cfg.consistency.min_delay,
            ancestor_visible: false,
            extra,
            headers: opts.headers,
            token,
            recorded: Vec::new(),
        };
        loop {
            if op.auth != crate::operation::AuthRequirement::None && self.inner.session.expiring() {
                let seen = self.inner.session.generation();
                if let Err(e) = self.refresh(seen, st.deadline).await {
                    if self.inner.session.expired() {
                        return Err(e.with_stats(st.attempts, st.waited));
                    }
                    // The current token is still valid: use it, and let its 401 (if any)
                    // trigger the next refresh rather than retrying on every call.
                    self.inner.session.skip_proactive(seen);
                    tracing::warn!(target: "cloudpirates", op = op.id, error = %e, "proactive session refresh failed; the current access token is still valid and is used");
                }
            }
            let (auth, generation) = self.inner.session.header(op);
            st.generation = generation;
            let attempt_started = Instant::now();
            if attempt_started >= st.deadline {
                return Err(self.deadline_error(op, &st));
            }
            st.attempts += 1;
            let result =
                self.inner.transport.send(op.method, &url, auth, st.extra.as_ref(), body.as_ref(), st.deadline).await;
            match result {
                Ok(reply) => {
                    tracing::debug!(target: "cloudpirates", op = op.id, method = op.method.as_str(), path = %path, status = reply.status, attempt = st.attempts, elapsed_ms = attempt_started.elapsed().as_millis() as u64, "response");
                    if let Some(mut resp) = self.on_reply(op, &path, &reply, body.as_ref(), &mut st).await? {
                        if (200..300).contains(&reply.status) {
                            resp = self.after_success(op, &path, &req.path, body.as_ref(), resp, &mut st).await;
                        }
                        let page = (op.paging != Paging::No).then(|| {
                            page_info(
                                &reply.headers,
                                &cfg.base_url,
                                requested_offset,
                                if is_empty_array(&reply.body) { 0 } else { 1 },
                            )
                        });
                        crate::response::store(|| crate::response::ResponseMeta {
                            status: resp.status,
                            headers: reply.headers.clone(),
                            request_id: resp.request_id.clone(),
                            attempts: resp.attempts,
                            waited: resp.waited,
                            page: page.clone(),
                            consistency_token: (!st.recorded.is_empty())
                                .then(|| crate::token::encode(&st.recorded, self.token_key())),
                        });
                        return Ok(RawResponse { page, ..resp });
                    }
                }
                Err((failure, err)) => {
                    tracing::debug!(target: "cloudpirates", op = op.id, method = op.method.as_str(), path = %path, attempt = st.attempts, failure = ?failure, "transport failure");
                    self.after_failure(op, failure, None, Some(err), &mut st).await?;
                }
            }
        }
    }

    /// Handles an HTTP answer: `Some` to return it, `None` to try again, `Err` to fail.
    async fn on_reply(
        &self,
        op: &'static Operation,
        path: &str,
        reply: &HttpReply,
        body: Option<&Bytes>,
        st: &mut Attempt,
    ) -> Result<Option<RawResponse>> {
        let generation = st.generation;
        let cfg = &self.inner.config;
        let status = reply.status;
        let request_id = reply.headers.get(X_REQUEST_ID).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let ok = |status: u16, body: Bytes, st: &Attempt| RawResponse {
            status,
            body,
            page: None,
            request_id: request_id.clone(),
            attempts: st.attempts,
            waited: st.waited,
        };
        if op.method == Method::Get
            && (status == 404 || status == 403 || (200..300).contains(&status))
            && let Some(stale) = self.stale(path, status, &reply.body, st)
            && !(stale == Stale::NotYetVisible && st.ancestor_visible)
        {
            if stale == Stale::NotYetVisible && self.written_ancestor_visible(op, path, st).await {
                // The written ancestor shows now; this 404/403 may predate that: read once
                // more, at once, and trust the answer.
                st.ancestor_visible = true;
                return Ok(None);
            }
            let since = *st.stale_since.get_or_insert_with(Instant::now);
            let delay = jitter(st.stale_delay);
            let waited_enough = since.elapsed().saturating_add(delay) > cfg.consistency.max_wait;
            if !waited_enough && later(Instant::now(), delay) < st.deadline {
                tracing::info!(target: "cloudpirates", op = op.id, path = %path, status, ?stale, delay_ms = delay.as_millis() as u64, "waiting for the read model to show this client's write");
                tokio::time::sleep(delay).await;
                st.waited = st.waited.saturating_add(delay);
                st.stale_delay = (st.stale_delay.saturating_mul(3) / 2).min(cfg.consistency.max_delay);
                return Ok(None);
            }
        }
        if (200..300).contains(&status) {
            self.inner.budget.deposit();
            return Ok(Some(ok(status, reply.body.clone(), st)));
        }
        if status == 401
            && self.inner.session.is_bearer()
            && self.inner.session.refresh_token().is_some()
            && !st.refreshed
        {
            st.refreshed = true;
            self.refresh(generation, st.deadline).await.map_err(|e| e.with_stats(st.attempts, st.waited))?;
            return Ok(None);
        }
        if status == 404 && op.method == Method::Delete && st.maybe_executed {
            // An earlier attempt of this DELETE may have gone through: the resource is gone.
            st.recorded = self.inner.ledger.record(
                op,
                path,
                body.map(|b| &b[..]),
                &[],
                None,
                self.inner.config.consistency.window,
            );
            return Ok(Some(ok(204, Bytes::new(), st)));
        }
        if (300..400).contains(&status) {
            return Err(redirect_error(op, path, status, &reply.headers, request_id, st));
        }
        let server = Error::from_response(status, &reply.body, request_id.clone())
            .with_may_have_executed(op.method != Method::Get && may_have_executed(Failure::Status(status)));
        let hint = if status == 429 { parse_retry_after(&reply.headers) } else { None };
        self.after_failure(op, Failure::Status(status), hint, Some(server), st).await?;
        Ok(None)
    }

    /// Whether a GET's answer is stale for this call: by this client's own writes (in the call's
    /// mode), or by writes it was told of through consistency tokens (merged into the client, or
    /// given to this call), which wait even in `Eventual` mode.
    fn stale(&self, path: &str, status: u16, body: &[u8], st: &Attempt) -> Option<Stale> {
        let window = self.inner.config.consistency.window;
        let explicit = if st.mode == Consistency::Eventual { Consistency::ReadYourWrites } else { st.mode };
        self.inner
            .ledger
            .check(path, status, body, st.mode, window)
            .or_else(|| self.inner.imported.check(path, status, body, explicit, window))
            .or_else(|| st.token.as_ref()?.check(path, status, body, explicit, window))
    }

    /// The ledgers of this client: its own writes, and those merged from tokens.
    pub(crate) fn ledgers(&self) -> (&Ledger, &Ledger) {
        (&self.inner.ledger, &self.inner.imported)
    }

    /// The key that signs and checks consistency tokens, if any.
    pub(crate) fn token_key(&self) -> Option<&crate::secret::Secret> {
        self.inner.token_key.as_ref()
    }

    /// For a 404/403 on a path below one this client wrote (not on the written path itself):
    /// reads the written ancestor. Once it is visible, the read model has caught up, so the
    /// path is read once more and its answer is the truth, rather than waiting out the whole
    /// consistency window. Until the ancestor shows, each waiting round reads it again.
    async fn written_ancestor_visible(&self, op: &Operation, path: &str, st: &mut Attempt) -> bool {
        let window = self.inner.config.consistency.window;
        let ancestor = {
            let ledgers = [Some(&self.inner.ledger), Some(&self.inner.imported), st.token.as_ref()];
            if ledgers.iter().flatten().any(|l| l.written_self(path, window)) {
                return false;
            }
            ledgers.iter().flatten().find_map(|l| l.written_ancestor(path, window))
        };
        let Some(ancestor) = ancestor else { return false };
        let url = self.url(&ancestor, &[]);
        let (auth, _) = self.inner.session.header(op);
        st.attempts += 1;
        let visible = matches!(
            self.inner.transport.send(Method::Get, &url, auth, st.extra.as_ref(), None, st.deadline).await,
            Ok(reply) if (200..300).contains(&reply.status)
        );
        tracing::debug!(target: "cloudpirates", op = op.id, path = %path, ancestor = %ancestor, visible, "read the written ancestor of a missing path");
        visible
    }

    /// Decides on a failed attempt: sleeps and returns `Ok` to retry, or the final error.
    async fn after_failure(
        &self,
        op: &'static Operation,
        failure: Failure,
        hint: Option<Duration>,
        cause: Option<Error>,
        st: &mut Attempt,
    ) -> Result<()> {
        let policy = &self.inner.config.retry;
        if let Some(docs) = crate::catalog::notes(op).never_answers
            && matches!(failure, Failure::Status(503 | 504) | Failure::Timeout | Failure::Reset)
        {
            // The docs say nothing answers this operation: waiting out more gateway timeouts
            // would only repeat the first one.
            return Err(finish(
                ErrorKind::OutcomeUnknown,
                format!("{}: {} (this time: {} after {} attempt(s))", op.id, docs, describe(failure), st.attempts),
                st,
                hint,
                cause,
            ));
        }
        let decision = decide(op.method, failure);
        let fail =
            |kind: ErrorKind, msg: String, st: &Attempt, cause: Option<Error>| finish(kind, msg, st, hint, cause);
        match decision {
            Decision::OutcomeUnknown => {
                return Err(fail(
                    ErrorKind::OutcomeUnknown,
                    format!(
                        "{}: the outcome is unknown ({}); the write may still be applied by the server, so it was not re-sent. Re-read the state (or use a waiter) before trying again",
                        op.id,
                        describe(failure)
                    ),
                    st,
                    cause,
                ));
            }
            Decision::Fail => return Err(final_error(op, failure, st, hint, cause)),
            Decision::Retry => {}
        }
        let remaining = st.deadline.saturating_duration_since(Instant::now());
        if let Some(h) = hint
            && (h > policy.max_retry_after || h > remaining)
        {
            return Err(fail(
                ErrorKind::RateLimited,
                format!(
                    "{}: rate limited; the server asks to wait {:.1} s, beyond the SDK's cap or the call's deadline",
                    op.id,
                    h.as_secs_f64()
                ),
                st,
                cause,
            ));
        }
        if st.retries >= st.max_retries || !self.inner.budget.try_withdraw() {
            return Err(final_error(op, failure, st, hint, cause));
        }
        let delay = hint.unwrap_or_else(|| policy.backoff(st.retries + 1));
        if delay >= remaining {
            return Err(self.deadline_error(op, st));
        }
        if may_have_executed(failure) {
            st.maybe_executed = true;
        }
        st.retries += 1;
        tracing::info!(target: "cloudpirates", op = op.id, failure = %describe(failure), retry = st.retries, delay_ms = delay.as_millis() as u64, "retrying");
        tokio::time::sleep(delay).await;
        st.waited = st.waited.saturating_add(delay);
        Ok(())
    }

    fn deadline_error(&self, op: &Operation, st: &Attempt) -> Error {
        let kind =
            if op.method == Method::Post && st.maybe_executed { ErrorKind::OutcomeUnknown } else { ErrorKind::Timeout };
        // a PUT or DELETE that was sent and not answered may have been applied too
        let sent = st.maybe_executed || st.attempts > 0;
        Error::new(kind, format!("{}: the call's deadline passed after {} attempt(s)", op.id, st.attempts))
            .with_stats(st.attempts, st.waited)
            .with_may_have_executed(op.method != Method::Get && sent)
    }

    /// After a 2xx: adopts session tokens, completes a write's short response (see
    /// [`crate::tolerant`]), finds a created resource's id, and records the write in the ledger.
    async fn after_success(
        &self,
        op: &'static Operation,
        path: &str,
        values: &[String],
        req_body: Option<&Bytes>,
        mut resp: RawResponse,
        st: &mut Attempt,
    ) -> RawResponse {
        if op.method == Method::Get {
            return resp;
        }
        if op.issues_tokens {
            self.inner.session.adopt_from_body(&resp.body);
        }
        let notes = crate::catalog::notes(op);
        let named: Vec<(&str, &str)> = op.path_params.iter().copied().zip(values.iter().map(String::as_str)).collect();
        let mut completed = crate::tolerant::complete(notes, &named, req_body.map(|b| &b[..]), &resp.body);
        let mut created = None;
        if let Some(field) = op.created_id_field {
            let sent = match &completed {
                Some(obj) => crate::tolerant::non_empty_str(obj, field).map(str::to_owned),
                None => serde_json::from_slice::<Value>(&resp.body)
                    .ok()
                    .and_then(|v| v.get(field)?.as_str().filter(|s| !s.is_empty()).map(str::to_owned)),
            };
            created = match sent {
                Some(id) => Some(id),
                None => {
                    let found = self.lookup_created(op, values, req_body, st).await;
                    if let Some(id) = &found {
                        let obj = completed.get_or_insert_with(|| {
                            serde_json::from_slice::<Value>(&resp.body)
                                .ok()
                                .and_then(|v| if let Value::Object(m) = v { Some(m) } else { None })
                                .unwrap_or_default()
                        });
                        obj.insert(field.to_owned(), Value::String(id.clone()));
                    }
                    found
                }
            };
        }
        if let Some(obj) = completed {
            resp.body = Bytes::from(serde_json::to_vec(&Value::Object(obj)).unwrap_or_default());
        }
        st.recorded = self.inner.ledger.record(
            op,
            path,
            req_body.map(|b| &b[..]),
            &resp.body,
            created.as_deref(),
            self.inner.config.consistency.window,
        );
        resp
    }

    /// Best effort: finds the id of a resource this call created when the response did not
    /// carry it, through the collection's list, by the unique request field `x-lookup-key`
    /// names. Rounds back off as consistency waits do, within the call's deadline and the
    /// consistency wait; any failure only means "not found".
    async fn lookup_created(
        &self,
        op: &'static Operation,
        values: &[String],
        req_body: Option<&Bytes>,
        st: &Attempt,
    ) -> Option<String> {
        let deadline = st.deadline;
        let key = crate::catalog::notes(op).lookup_key?;
        let field = op.created_id_field?;
        let want = serde_json::from_slice::<Value>(req_body?).ok()?.get(key)?.clone();
        let list = crate::catalog::operations()
            .iter()
            .find(|o| o.method == Method::Get && o.path == op.path && o.paging != Paging::No)?;
        let cfg = &self.inner.config.consistency;
        let give_up = deadline.min(later(Instant::now(), cfg.max_wait));
        let mut delay = cfg.min_delay;
        loop {
            if let Some(id) = self.find_in_list(list, values, key, &want, field, st).await {
                return Some(id);
            }
            if later(Instant::now(), delay) >= give_up {
                tracing::warn!(target: "cloudpirates", op = op.id, "the response carried no id and the new resource was not found by {key}; its id is left empty");
                return None;
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 2).min(cfg.max_delay);
        }
    }

    /// [`Self::execute`] behind a box, for a call made inside another call's future.
    fn execute_boxed(
        &self,
        op: &'static Operation,
        req: RawRequest,
    ) -> std::pin::Pin<Box<dyn Future<Output = Result<RawResponse>> + Send + '_>> {
        Box::pin(self.execute(op, req))
    }

    /// One pass over a list (at most [`LOOKUP_PAGES`] pages) for the item whose `key` is `want`.
    async fn find_in_list(
        &self,
        list: &'static Operation,
        values: &[String],
        key: &str,
        want: &Value,
        field: &str,
        st: &Attempt,
    ) -> Option<String> {
        let mut offset = 0u64;
        for _ in 0..LOOKUP_PAGES {
            let remaining = st.deadline.saturating_duration_since(Instant::now());
            let req = RawRequest {
                path: values.to_vec(),
                query: vec![("limit".into(), "100".into()), ("offset".into(), offset.to_string())],
                body: None,
                options: RequestOptions {
                    timeout: Some(remaining.max(Duration::from_millis(1))),
                    max_retries: Some(0),
                    consistency: Some(Consistency::Eventual),
                    headers: st.headers.clone(),
                    consistency_token: None,
                },
            };
            let resp = self.execute_boxed(list, req).await.ok()?;
            let items: Vec<Value> = serde_json::from_slice(&resp.body).ok()?;
            if let Some(item) = items.iter().find(|item| item.get(key) == Some(want)) {
                return item.get(field)?.as_str().filter(|s| !s.is_empty()).map(str::to_owned);
            }
            offset = resp.page.and_then(|p| p.next_offset).filter(|n| *n > offset)?;
        }
        None
    }

    /// Refreshes the Bearer session once for all concurrent callers that saw `seen`, within
    /// the calling call's `deadline` (waiting for another call's refresh included). When the
    /// refresh that a call waited for fails, the call gets that failure without sending
    /// another refresh.
    async fn refresh(&self, seen: u64, deadline: Instant) -> Result<()> {
        let session = &self.inner.session;
        let ticket = session.refresh_ticket();
        let waited_out =
            || Error::new(ErrorKind::Timeout, "the call's deadline passed while the session was being refreshed");
        let _guard =
            tokio::time::timeout_at(deadline.into(), session.refresh_lock.lock()).await.map_err(|_| waited_out())?;
        if session.generation() != seen {
            return Ok(()); // another call refreshed while this one waited
        }
        if let Some(failed) = session.failure_since(ticket) {
            return Err(failed); // the refresh this call waited for failed: share its outcome
        }
        let result = self.send_refresh(later(Instant::now(), self.inner.config.timeout).min(deadline)).await;
        match &result {
            Ok(()) => tracing::info!(target: "cloudpirates", "session refreshed"),
            Err(e) => session.record_failure(e),
        }
        result
    }

    /// One `auth.refresh` request, and adoption of the tokens it returns.
    async fn send_refresh(&self, deadline: Instant) -> Result<()> {
        let session = &self.inner.session;
        let Some(token) = session.refresh_token() else {
            return Err(Error::new(ErrorKind::Auth, "the access token expired and there is no refresh token"));
        };
        let op = crate::catalog::operation("auth.refresh").expect("auth.refresh is described");
        let body = serde_json::to_vec(&serde_json::json!({ "refreshToken": token.expose() })).expect("json");
        let url = self.url(&render_path(op, &[])?, &[]);
        let reply =
            self.inner.transport.send(op.method, &url, None, None, Some(&Bytes::from(body)), deadline).await.map_err(
                |(failure, e)| {
                    let kind = if failure == Failure::Timeout { ErrorKind::Timeout } else { ErrorKind::Auth };
                    Error::new(kind, "the session could not be refreshed: the refresh request failed").with_source(e)
                },
            )?;
        if !(200..300).contains(&reply.status) {
            return Err(Error::from_response(reply.status, &reply.body, None)
                .with_kind(ErrorKind::Auth)
                .with_message(format!("the session could not be refreshed (HTTP {}); log in again", reply.status)));
        }
        if !session.adopt_from_body(&reply.body) {
            return Err(Error::new(ErrorKind::Decode, "auth.refresh: no accessToken in the response"));
        }
        if session.expiring() {
            // Issued already expired, or inside the refresh margin: refreshing again before
            // every call would not help; the server's 401 will say when it is really over.
            session.skip_proactive(session.generation());
        }
        Ok(())
    }

    fn url(&self, path: &str, query: &[(String, String)]) -> url::Url {
        let base = &self.inner.config.base_url;
        let mut url = base.clone();
        url.set_path(&format!("{}{}", base.path().trim_end_matches('/'), path));
        if !query.is_empty() {
            let mut q = url.query_pairs_mut();
            for (k, v) in query {
                q.append_pair(k, v);
            }
        }
        url
    }
}

/// The final error of a call: the server's error (status, body, details) when it answered,
/// classified by the SDK, or the SDK's own description with the transport error as source.
fn finish(kind: ErrorKind, msg: String, st: &Attempt, hint: Option<Duration>, cause: Option<Error>) -> Error {
    match cause {
        Some(server) if server.status().is_some() => {
            let msg = if kind == ErrorKind::Api {
                server.message().to_owned()
            } else {
                format!("{msg} (server said: {})", server.message())
            };
            server.with_kind(kind).with_message(msg).with_stats(st.attempts, st.waited).with_retry_after(hint)
        }
        Some(transport) => {
            Error::new(kind, msg).with_stats(st.attempts, st.waited).with_retry_after(hint).with_source(transport)
        }
        None => Error::new(kind, msg).with_stats(st.attempts, st.waited).with_retry_after(hint),
    }
}

fn final_error(op: &Operation, failure: Failure, st: &Attempt, hint: Option<Duration>, cause: Option<Error>) -> Error {
    let (kind, msg) = match failure {
        Failure::TooLarge(_) | Failure::Redirected(_) => match cause {
            Some(e) => return e.with_stats(st.attempts, st.waited),
            None => (ErrorKind::Decode, format!("{}: the response body is past the size cap", op.id)),
        },
        Failure::Status(429) => (ErrorKind::RateLimited, format!("{}: rate limited", op.id)),
        Failure::Status(s) => (ErrorKind::Api, format!("{}: HTTP {s}", op.id)),
        Failure::Timeout => (ErrorKind::Timeout, format!("{}: the request timed out", op.id)),
        Failure::NotSent => (ErrorKind::Connection, format!("{}: could not connect to the API", op.id)),
        Failure::Reset => (ErrorKind::Connection, format!("{}: the connection broke before a response arrived", op.id)),
    };
    finish(kind, msg, st, hint, cause).with_may_have_executed(op.method != Method::Get && may_have_executed(failure))
}

fn describe(f: Failure) -> String {
    match f {
        Failure::NotSent => "connection failed".into(),
        Failure::Timeout => "timed out".into(),
        Failure::Reset => "connection reset".into(),
        Failure::Status(s) => format!("HTTP {s}"),
        Failure::TooLarge(s) => format!("HTTP {s} with a body past the size cap"),
        Failure::Redirected(s) => format!("HTTP {s} after a redirect the HTTP client followed"),
    }
}

/// `at + d`, saturating far in the future instead of panicking on overflow (a huge timeout).
pub(crate) fn later(at: Instant, d: Duration) -> Instant {
    const FAR: Duration = Duration::from_secs(100 * 365 * 24 * 3600);
    at.checked_add(d.min(FAR)).or_else(|| at.checked_add(Duration::from_secs(24 * 3600))).unwrap_or(at)
}

/// A 3xx: never followed (the API documents no redirect), never a success. Names the status
/// and the origin the server pointed at, never its path or query.
fn redirect_error(
    op: &Operation,
    path: &str,
    status: u16,
    headers: &reqwest::header::HeaderMap,
    request_id: Option<String>,
    st: &Attempt,
) -> Error {
    let location = headers.get(reqwest::header::LOCATION).and_then(|v| v.to_str().ok());
    let target = match location {
        None => "without a Location".to_owned(),
        Some(loc) => {
            match url::Url::parse("http://request.invalid").and_then(|b| b.join(path)).and_then(|b| b.join(loc)) {
                Ok(u) if u.host_str() == Some("request.invalid") => "to a path of the same origin".to_owned(),
                Ok(u) => format!("to {}", u.origin().ascii_serialization()),
                Err(_) => "to an unreadable Location".to_owned(),
            }
        }
    };
    let mut e = Error::from_response(status, b"", request_id).with_message(format!(
        "{}: the server answered HTTP {status} (a redirect {target}); it was not followed, as the API documents no redirects",
        op.id
    ));
    // A write answered 3xx (e.g. 303 after a POST) may have been applied.
    e = e.with_may_have_executed(op.method != Method::Get);
    e.with_stats(st.attempts, st.waited)
}

fn jitter(d: Duration) -> Duration {
    use rand::Rng;
    let half = d / 2;
    half + Duration::from_nanos(rand::rng().random_range(0..=half.as_nanos() as u64))
}

fn is_empty_array(body: &[u8]) -> bool {
    let mut it = body.iter().copied().filter(|b| !b.is_ascii_whitespace());
    matches!((it.next(), it.next()), (Some(b'['), Some(b']')))
}
