//! Python extension `cloudpirates._native`: a thin bridge from Python to the Rust core.
//!
//! It knows no operation and no model. The pure-Python package (`bindings/python`) calls
//! `Client.request(op_id, path, query, body)` (blocking, the GIL released) or
//! `Client.request_async(...)` (an asyncio awaitable) and gets back a [`Response`] with the
//! raw body and page counters, or an exception of the class the core names
//! (`cloudpirates::Error::class_name`), built by `cloudpirates._errors` from the error's JSON.
//!
//! One tokio runtime serves the whole process; after `fork()` the child builds its own
//! (the parent's worker threads do not exist there) and every client rebuilds its
//! connection pool on first use, so a client made before a fork keeps working in the child.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use cloudpirates as cp;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};

mod logging;
mod runtime;

use runtime::{ForkSafeRuntime, runtime};

/// Everything needed to (re)build the core client is the core's [`cp::bridge::Settings`],
/// kept so that a forked child can make a fresh one (its secrets are never printed).
type Settings = cp::bridge::Settings;

/// The core client of this process, shared by a client and its `with_options` copies.
/// `None` once closed: the core client (its connection pool) is dropped then.
struct Shared {
    settings: Settings,
    base_url: String,
    current: Mutex<Option<(u32, cp::Client)>>,
}

impl Shared {
    /// The core client for the current process, rebuilt after a fork. Credentials adopted
    /// since construction (login, refresh) carry over to the rebuilt client. An error
    /// (`InvalidRequestError` in Python) once the client is closed.
    fn client(&self) -> cp::Result<cp::Client> {
        let pid = runtime::current_pid();
        let mut guard = self.current.lock().unwrap_or_else(|e| e.into_inner());
        let Some(slot) = guard.as_mut() else {
            return Err(cp::Error::new(cp::ErrorKind::Config, "the client is closed"));
        };
        if slot.0 != pid {
            let creds = slot.1.credentials();
            let fresh = self.settings.build("python")?;
            fresh.set_credentials(creds)?;
            let old = std::mem::replace(slot, (pid, fresh));
            // Its pool belongs to the parent's runtime, whose threads do not exist here:
            // never run its destructor in this process.
            std::mem::forget(old);
        }
        Ok(slot.1.clone())
    }

    /// Drops the core client (and with it the connection pool once calls in flight end).
    fn close(&self) {
        let old = self.current.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some((pid, client)) = old {
            if pid == runtime::current_pid() {
                drop(client);
            } else {
                std::mem::forget(client); // a parent's pool: see `client`
            }
        }
    }
}

/// A successful response: status, raw body and page counters.
#[pyclass(module = "cloudpirates._native", frozen)]
struct Response {
    #[pyo3(get)]
    status: u16,
    body: bytes_body::Body,
    #[pyo3(get)]
    request_id: Option<String>,
    #[pyo3(get)]
    attempts: u32,
    /// Seconds slept between attempts.
    #[pyo3(get)]
    waited: f64,
    #[pyo3(get)]
    paged: bool,
    #[pyo3(get)]
    total: Option<u64>,
    #[pyo3(get)]
    limit: Option<u64>,
    #[pyo3(get)]
    offset: Option<u64>,
    #[pyo3(get)]
    next_offset: Option<u64>,
    /// The response headers as `(lowercase name, value)` pairs, in the order received; only
    /// for calls made with `raw=True` (None otherwise, nothing is built).
    #[pyo3(get)]
    headers: Option<Vec<(String, String)>>,
    /// For a write made with `raw=True`: a consistency token naming this write alone
    /// (`ResponseMeta::consistency_token`); None otherwise.
    #[pyo3(get)]
    consistency_token: Option<String>,
}

mod bytes_body {
    /// The body bytes, turned into a Python `bytes` only when read.
    pub struct Body(pub bytes::Bytes);
}

#[pymethods]
impl Response {
    /// The raw body.
    #[getter]
    fn body<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.body.0)
    }

    /// The body as `str` when it is UTF-8 text that `json.loads(bytes)` would read as UTF-8
    /// (no BOM, no NUL in the first 4 bytes, which would mean UTF-16/32); None otherwise.
    /// `json.loads(str)` skips the encoding detection and decoding that `bytes` go through.
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> Option<Bound<'py, PyString>> {
        let b = &self.body.0[..];
        if b.starts_with(&[0xEF, 0xBB, 0xBF]) || b.iter().take(4).any(|&c| c == 0) {
            return None;
        }
        std::str::from_utf8(b).ok().map(|t| PyString::new(py, t))
    }

    fn __repr__(&self) -> String {
        format!("<Response status={} bytes={} attempts={}>", self.status, self.body.0.len(), self.attempts)
    }
}

impl From<cp::RawResponse> for Response {
    fn from(r: cp::RawResponse) -> Self {
        let next_offset = cp::bridge::next_offset(&r);
        let (paged, total, limit, offset) = match &r.page {
            Some(p) => (true, p.total, p.limit, p.offset),
            None => (false, None, None, None),
        };
        Response {
            status: r.status,
            body: bytes_body::Body(r.body),
            request_id: r.request_id,
            attempts: r.attempts,
            waited: r.waited.as_secs_f64(),
            paged,
            total,
            limit,
            offset,
            next_offset,
            headers: None,
            consistency_token: None,
        }
    }
}

/// Runs one call: the core's `execute`, wrapped in `bridge::with_meta` so that `raw` calls
/// also get the response headers (nothing extra is built otherwise).
async fn execute(
    client: cp::Client,
    op: &'static cp::Operation,
    req: cp::RawRequest,
    raw: bool,
) -> cp::Result<Option<Response>> {
    let (out, meta) = cp::bridge::with_meta(raw, client.execute(op, req)).await;
    let mut r = Response::from(out?);
    if let Some(m) = meta {
        r.headers = Some(m.header_pairs());
        r.consistency_token = m.consistency_token;
    }
    Ok(Some(r))
}

/// The outcome of a call, turned into a Python object (or raised) once the GIL is held.
struct Outcome(cp::Result<Option<Response>>);

impl Outcome {
    /// The outcome of a call future run under the core's panic guard
    /// ([`cp::bridge::catch_panic`]): a panic is an `APIError` that says a write may have
    /// been applied.
    fn of(r: cp::Result<cp::Result<Option<Response>>>) -> Self {
        Outcome(r.and_then(|v| v))
    }
}

impl<'py> IntoPyObject<'py> for Outcome {
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        match self.0 {
            Ok(Some(r)) => Ok(Bound::new(py, r)?.into_any()),
            Ok(None) => Ok(py.None().into_bound(py)),
            Err(e) => Err(to_py_err(py, &e)),
        }
    }
}

/// Builds the Python exception for a core error: `cloudpirates._errors._from_native` makes
/// an instance of the class the core names, from the error's JSON form.
fn to_py_err(py: Python<'_>, e: &cp::Error) -> PyErr {
    let json = e.to_json().to_string();
    let built =
        py.import("cloudpirates._errors").and_then(|m| m.getattr("_from_native")).and_then(|f| f.call1((json,)));
    match built {
        Ok(exc) => PyErr::from_value(exc),
        Err(_) => PyRuntimeError::new_err(e.to_string()),
    }
}

/// Seconds (Python's unit) as the milliseconds the bridge takes; anything not a positive
/// number becomes 0, which the bridge refuses with its own message.
fn secs_to_ms(t: Option<f64>) -> Option<u64> {
    t.map(|s| if s.is_finite() && s > 0.0 { (s * 1000.0).ceil() as u64 } else { 0 })
}

fn operation(py: Python<'_>, id: &str) -> PyResult<&'static cp::Operation> {
    cp::bridge::operation(id).map_err(|e| to_py_err(py, &e))
}

/// Runs a future on the shared runtime with the GIL released. Every 100 ms the GIL is taken
/// back briefly to let Python handle signals: Ctrl-C drops the future (cancelling the call).
/// A panic in the future raises `APIError` (the core's `bridge::catch_panic`); the process
/// and runtime go on.
///
/// The whole call runs as a task on a runtime worker, next to the connection task hyper
/// spawns for the socket, and the Python thread parks on a channel until the result is
/// there. (It used to be polled on the Python thread with `Runtime::block_on` and a 100 ms
/// `tokio::time::timeout`: then every request and every response crossed between the Python
/// thread and the worker that owns the socket, 6 context switches per call against 3 to 4.)
fn block_on<F>(py: Python<'_>, fut: F) -> PyResult<cp::Result<F::Output>>
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    let (tx, rx) = std::sync::mpsc::sync_channel(1);
    let task = runtime().spawn(async move {
        let _ = tx.send(cp::bridge::catch_panic(fut).await);
    });
    let mut rx = rx;
    loop {
        let (back, got) = py.detach(move || {
            let got = rx.recv_timeout(Duration::from_millis(100));
            (rx, got)
        });
        rx = back;
        match got {
            Ok(v) => return Ok(v),
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                if let Err(e) = py.check_signals() {
                    task.abort();
                    return Err(e);
                }
            }
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                return Err(PyRuntimeError::new_err("the call ended without a result (a panic in the core)"));
            }
        }
    }
}

/// Where asyncio calls deliver their results: one per event loop (the Python side keeps
/// it). A finished call pushes its outcome here from a tokio worker, without the GIL, and
/// writes one byte to a socket the loop watches (`loop.add_reader(fileno(), drain)`) only
/// when the queue was empty; `drain` runs on the loop thread and settles every finished
/// future at once. This replaces pyo3-async-runtimes' `future_into_py`, which takes the GIL
/// on the worker and calls `call_soon_threadsafe` (a loop wake-up) for every result.
#[cfg(unix)]
#[pyclass(module = "cloudpirates._native", frozen)]
struct Completions {
    inner: Arc<CompletionQueue>,
}

#[cfg(unix)]
struct CompletionQueue {
    done: Mutex<Vec<(Py<PyAny>, Outcome)>>,
    tx: std::os::unix::net::UnixStream,
    rx: std::os::unix::net::UnixStream,
}

#[cfg(unix)]
impl CompletionQueue {
    fn push(&self, fut: Py<PyAny>, outcome: Outcome) {
        let was_empty = {
            let mut q = self.done.lock().unwrap_or_else(|e| e.into_inner());
            let was_empty = q.is_empty();
            q.push((fut, outcome));
            was_empty
        };
        if was_empty {
            use std::io::Write as _;
            // Non-blocking: a full socket already holds a wake-up.
            let _ = (&self.tx).write(&[1]);
        }
    }
}

#[cfg(unix)]
#[pymethods]
impl Completions {
    #[new]
    fn new() -> PyResult<Self> {
        let (tx, rx) = std::os::unix::net::UnixStream::pair().map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        tx.set_nonblocking(true).map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        rx.set_nonblocking(true).map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        Ok(Completions { inner: Arc::new(CompletionQueue { done: Mutex::new(Vec::new()), tx, rx }) })
    }

    /// The descriptor the event loop watches.
    fn fileno(&self) -> i32 {
        use std::os::fd::AsRawFd as _;
        self.inner.rx.as_raw_fd()
    }

    /// Settles every future whose call finished (futures cancelled meanwhile are skipped).
    fn drain(&self, py: Python<'_>) {
        {
            use std::io::Read as _;
            let mut buf = [0u8; 64];
            while let Ok(n) = (&self.inner.rx).read(&mut buf) {
                if n < buf.len() {
                    break;
                }
            }
        }
        let done = std::mem::take(&mut *self.inner.done.lock().unwrap_or_else(|e| e.into_inner()));
        for (fut, outcome) in done {
            let fut = fut.bind(py);
            match fut.call_method0(pyo3::intern!(py, "done")).and_then(|d| d.is_truthy()) {
                Ok(false) => {}
                _ => continue,
            }
            let _ = match outcome.into_pyobject(py) {
                Ok(v) => fut.call_method1(pyo3::intern!(py, "set_result"), (v,)),
                Err(e) => fut.call_method1(pyo3::intern!(py, "set_exception"), (e.into_value(py),)),
            };
        }
    }
}

/// A call started by `request_start`: `cancel()` drops it in the core.
#[cfg(unix)]
#[pyclass(module = "cloudpirates._native", frozen)]
struct Pending {
    task: tokio::task::AbortHandle,
}

#[cfg(unix)]
#[pymethods]
impl Pending {
    fn cancel(&self) {
        self.task.abort();
    }
}

/// Spawns an asyncio call on the shared runtime: its outcome (a panic included, see
/// `bridge::catch_panic`) is pushed onto `completions` for `future`.
#[cfg(unix)]
fn spawn_call<F>(future: Bound<'_, PyAny>, completions: &Completions, call: F) -> Pending
where
    F: Future<Output = cp::Result<Option<Response>>> + Send + 'static,
{
    let queue = completions.inner.clone();
    let future = future.unbind();
    let task = runtime().spawn(async move {
        let outcome = Outcome::of(cp::bridge::catch_panic(call).await);
        queue.push(future, outcome);
    });
    Pending { task: task.abort_handle() }
}

/// A CloudPirates client (the low-level handle; use `cloudpirates.Client`).
#[pyclass(module = "cloudpirates._native", name = "Client", frozen)]
struct NativeClient {
    shared: Arc<Shared>,
    options: cp::RequestOptions,
}

/// The per-call options as Python passes them: timeout (s), max_retries, consistency,
/// headers, consistency token.
type CallOptions<'a> = (Option<f64>, Option<u32>, Option<&'a str>, Option<Vec<(String, String)>>, Option<String>);

/// The core's `RequestOptions` for options as Python passes them, checked by
/// `bridge::call_options`; the consistency token is checked by the core when the call starts
/// (before anything is sent), against the client's key.
fn call_options(
    py: Python<'_>,
    (timeout, max_retries, consistency, headers, consistency_token): CallOptions<'_>,
) -> PyResult<cp::RequestOptions> {
    cp::bridge::call_options(
        secs_to_ms(timeout),
        max_retries,
        consistency,
        headers.unwrap_or_default(),
        consistency_token,
    )
    .map_err(|e| to_py_err(py, &e))
}

struct Call {
    op: &'static cp::Operation,
    req: cp::RawRequest,
}

impl NativeClient {
    #[allow(clippy::too_many_arguments)]
    fn call(
        &self,
        py: Python<'_>,
        op: &str,
        path: Vec<String>,
        query: Vec<(String, String)>,
        body: Option<&Bound<'_, PyAny>>,
        (limit, offset): (Option<u32>, Option<u64>),
        options: CallOptions<'_>,
    ) -> PyResult<Call> {
        logging::refresh(py);
        let op = operation(py, op)?;
        let mut query = query;
        query.extend(cp::bridge::page_query(op, limit, offset).map_err(|e| to_py_err(py, &e))?);
        let body = match body {
            None => None,
            Some(b) if b.is_none() => None,
            Some(b) => {
                if let Ok(s) = b.cast::<PyString>() {
                    Some(s.to_cow()?.as_bytes().to_vec())
                } else if let Ok(bytes) = b.cast::<PyBytes>() {
                    Some(bytes.as_bytes().to_vec())
                } else {
                    return Err(PyValueError::new_err("body must be JSON text (str or bytes)"));
                }
            }
        };
        // validated here (a reserved or malformed header names itself), before anything is sent
        let options = call_options(py, options)?;
        Ok(Call { op, req: cp::RawRequest { path, query, body, options } })
    }

    fn core(&self) -> cp::Result<cp::Client> {
        Ok(self.shared.client()?.with_options(self.options.clone()))
    }
}

#[pymethods]
impl NativeClient {
    #[new]
    #[pyo3(signature = (*, api_key=None, access_token=None, refresh_token=None, base_url=None, timeout=None, max_retries=None, consistency=None, user_agent_suffix=None, use_env=false, consistency_token_key=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        api_key: Option<String>,
        access_token: Option<String>,
        refresh_token: Option<String>,
        base_url: Option<String>,
        timeout: Option<f64>,
        max_retries: Option<u32>,
        consistency: Option<&str>,
        user_agent_suffix: Option<String>,
        use_env: bool,
        consistency_token_key: Option<String>,
    ) -> PyResult<Self> {
        let mut settings = Settings::default();
        settings.api_key = api_key;
        settings.access_token = access_token;
        settings.refresh_token = refresh_token;
        settings.base_url = base_url;
        settings.timeout_ms = secs_to_ms(timeout);
        settings.max_retries = max_retries;
        settings.consistency = consistency.map(str::to_owned);
        settings.user_agent_suffix = user_agent_suffix;
        settings.use_env = use_env;
        settings.consistency_token_key = consistency_token_key;
        logging::install();
        let client = settings.build("python").map_err(|e| to_py_err(py, &e))?;
        let base_url = client.config().base_url.to_string();
        Ok(NativeClient {
            shared: Arc::new(Shared {
                settings,
                base_url,
                current: Mutex::new(Some((runtime::current_pid(), client))),
            }),
            options: cp::RequestOptions::default(),
        })
    }

    /// A copy with other per-call defaults, sharing the connection pool, session and ledger.
    /// `headers` are extra request headers `(name, value)`; a header of the same name (any
    /// case) replaces this handle's. `consistency_token` goes with every call of the copy.
    #[pyo3(signature = (*, timeout=None, max_retries=None, consistency=None, headers=None, consistency_token=None))]
    fn with_options(
        &self,
        py: Python<'_>,
        timeout: Option<f64>,
        max_retries: Option<u32>,
        consistency: Option<&str>,
        headers: Option<Vec<(String, String)>>,
        consistency_token: Option<String>,
    ) -> PyResult<Self> {
        let given = call_options(py, (timeout, max_retries, consistency, headers, consistency_token))?;
        let new = given.over(&self.options);
        Ok(NativeClient { shared: self.shared.clone(), options: new })
    }

    /// Sends one operation and waits for it, with the GIL released. `headers` are extra
    /// request headers for this call; `raw=True` also returns the response headers.
    #[pyo3(signature = (op, path, query, body=None, *, limit=None, offset=None, timeout=None, max_retries=None, consistency=None, headers=None, consistency_token=None, raw=false))]
    #[allow(clippy::too_many_arguments)]
    fn request(
        &self,
        py: Python<'_>,
        op: &str,
        path: Vec<String>,
        query: Vec<(String, String)>,
        body: Option<&Bound<'_, PyAny>>,
        limit: Option<u32>,
        offset: Option<u64>,
        timeout: Option<f64>,
        max_retries: Option<u32>,
        consistency: Option<&str>,
        headers: Option<Vec<(String, String)>>,
        consistency_token: Option<String>,
        raw: bool,
    ) -> PyResult<Py<PyAny>> {
        let Call { op, req } = self.call(
            py,
            op,
            path,
            query,
            body,
            (limit, offset),
            (timeout, max_retries, consistency, headers, consistency_token),
        )?;
        let client = self.core().map_err(|e| to_py_err(py, &e))?;
        let result = block_on(py, execute(client, op, req, raw))?;
        Ok(Outcome::of(result).into_pyobject(py)?.unbind())
    }

    /// Sends one operation; returns an asyncio future. Must be called while an event loop
    /// runs (the Python wrapper is an `async def`). Cancelling the future drops the call.
    #[pyo3(signature = (op, path, query, body=None, *, limit=None, offset=None, timeout=None, max_retries=None, consistency=None, headers=None, consistency_token=None, raw=false))]
    #[allow(clippy::too_many_arguments)]
    fn request_async<'py>(
        &self,
        py: Python<'py>,
        op: &str,
        path: Vec<String>,
        query: Vec<(String, String)>,
        body: Option<&Bound<'py, PyAny>>,
        limit: Option<u32>,
        offset: Option<u64>,
        timeout: Option<f64>,
        max_retries: Option<u32>,
        consistency: Option<&str>,
        headers: Option<Vec<(String, String)>>,
        consistency_token: Option<String>,
        raw: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let Call { op, req } = self.call(
            py,
            op,
            path,
            query,
            body,
            (limit, offset),
            (timeout, max_retries, consistency, headers, consistency_token),
        )?;
        let client = self.core().map_err(|e| to_py_err(py, &e))?;
        pyo3_async_runtimes::generic::future_into_py::<ForkSafeRuntime, _, _>(py, async move {
            Ok(Outcome::of(cp::bridge::catch_panic(execute(client, op, req, raw)).await))
        })
    }

    /// Starts one operation for asyncio: when it finishes, its outcome (a `Response` or the
    /// exception) is set on `future` by `completions.drain()` on the loop thread. Returns a
    /// handle whose `cancel()` drops the call.
    #[cfg(unix)]
    #[pyo3(signature = (op, path, query, body, future, completions, *, limit=None, offset=None, timeout=None, max_retries=None, consistency=None, headers=None, consistency_token=None, raw=false))]
    #[allow(clippy::too_many_arguments)]
    fn request_start(
        &self,
        py: Python<'_>,
        op: &str,
        path: Vec<String>,
        query: Vec<(String, String)>,
        body: Option<&Bound<'_, PyAny>>,
        future: Bound<'_, PyAny>,
        completions: &Completions,
        limit: Option<u32>,
        offset: Option<u64>,
        timeout: Option<f64>,
        max_retries: Option<u32>,
        consistency: Option<&str>,
        headers: Option<Vec<(String, String)>>,
        consistency_token: Option<String>,
        raw: bool,
    ) -> PyResult<Pending> {
        let Call { op, req } = self.call(
            py,
            op,
            path,
            query,
            body,
            (limit, offset),
            (timeout, max_retries, consistency, headers, consistency_token),
        )?;
        let client = self.core().map_err(|e| to_py_err(py, &e))?;
        Ok(spawn_call(future, completions, execute(client, op, req, raw)))
    }

    /// Polls a GET operation until the resource exists (`deleted=False`, returns the
    /// response) or is gone (`deleted=True`, returns None), without read-your-writes waits.
    #[pyo3(signature = (op, path, query, *, deleted=false, min_delay=0.1, max_delay=2.0, max_wait=30.0))]
    #[allow(clippy::too_many_arguments)]
    fn wait_for(
        &self,
        py: Python<'_>,
        op: &str,
        path: Vec<String>,
        query: Vec<(String, String)>,
        deleted: bool,
        min_delay: f64,
        max_delay: f64,
        max_wait: f64,
    ) -> PyResult<Py<PyAny>> {
        let (op, req, what, opts) = self.wait_args(py, op, path, query, deleted, min_delay, max_delay, max_wait)?;
        let client = self.core().map_err(|e| to_py_err(py, &e))?;
        let result =
            block_on(py, async move { client.wait_for(op, req, what, opts).await.map(|r| r.map(Response::from)) })?;
        Ok(Outcome::of(result).into_pyobject(py)?.unbind())
    }

    /// The asyncio form of `wait_for`.
    #[pyo3(signature = (op, path, query, *, deleted=false, min_delay=0.1, max_delay=2.0, max_wait=30.0))]
    #[allow(clippy::too_many_arguments)]
    fn wait_for_async<'py>(
        &self,
        py: Python<'py>,
        op: &str,
        path: Vec<String>,
        query: Vec<(String, String)>,
        deleted: bool,
        min_delay: f64,
        max_delay: f64,
        max_wait: f64,
    ) -> PyResult<Bound<'py, PyAny>> {
        let (op, req, what, opts) = self.wait_args(py, op, path, query, deleted, min_delay, max_delay, max_wait)?;
        let client = self.core().map_err(|e| to_py_err(py, &e))?;
        pyo3_async_runtimes::generic::future_into_py::<ForkSafeRuntime, _, _>(py, async move {
            Ok(Outcome::of(
                cp::bridge::catch_panic(async move {
                    client.wait_for(op, req, what, opts).await.map(|r| r.map(Response::from))
                })
                .await,
            ))
        })
    }

    /// A consistency token: the writes this client (and every handle sharing its core client)
    /// made or merged that are still inside the consistency window (`Client::consistency_token`).
    fn consistency_token(&self, py: Python<'_>) -> PyResult<String> {
        Ok(self.shared.client().map_err(|e| to_py_err(py, &e))?.consistency_token())
    }

    /// Merges another client's consistency token: later reads ride out the lag of the writes
    /// it names (`Client::merge_consistency_token`; a bad token is `InvalidRequestError`
    /// saying what is wrong, never echoing the token).
    fn merge_consistency_token(&self, py: Python<'_>, token: &str) -> PyResult<()> {
        self.shared.client().and_then(|c| c.merge_consistency_token(token)).map_err(|e| to_py_err(py, &e))
    }

    /// The base URL (with `/v1`).
    #[getter]
    fn base_url(&self) -> String {
        self.shared.base_url.clone()
    }

    /// Releases the core client: its connection pool is dropped (once calls in flight end)
    /// and later calls on this handle and every handle sharing its pool (`with_options`
    /// copies) raise `InvalidRequestError`. Closing twice does nothing.
    fn close(&self) {
        self.shared.close();
    }

    /// True once `close()` was called on this handle or one sharing its pool.
    #[getter]
    fn closed(&self) -> bool {
        self.shared.current.lock().unwrap_or_else(|e| e.into_inner()).is_none()
    }

    /// `"api_key"`, `"bearer"` or `"none"`: which credential the client holds now.
    #[getter]
    fn auth_kind(&self) -> String {
        self.shared.client().map(|c| cp::bridge::credential_kind(&c)).unwrap_or("none").into()
    }

    /// The current Bearer tokens `(access_token, refresh_token)` after a login or refresh,
    /// for the caller to store; None without a Bearer session.
    fn session_tokens(&self) -> Option<(String, Option<String>)> {
        match self.shared.client().ok()?.credentials() {
            cp::Credentials::Bearer { access_token, refresh_token, .. } => {
                Some((access_token.expose().to_owned(), refresh_token.map(|r| r.expose().to_owned())))
            }
            _ => None,
        }
    }

    /// The per-call defaults of this handle: `{timeout, max_retries, consistency}`.
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("timeout", self.options.timeout.map(|t| t.as_secs_f64()))?;
        d.set_item("max_retries", self.options.max_retries)?;
        d.set_item(
            "consistency",
            self.options.consistency.map(|c| match c {
                cp::Consistency::Strong => "strong",
                cp::Consistency::Eventual => "eventual",
                _ => "read_your_writes",
            }),
        )?;
        Ok(d)
    }

    /// True when this handle and `other` share one connection pool and session.
    fn shares_pool_with(&self, other: &NativeClient) -> bool {
        Arc::ptr_eq(&self.shared, &other.shared)
    }

    fn __repr__(&self) -> String {
        format!("<cloudpirates._native.Client base_url={:?} auth={}>", self.base_url(), self.auth_kind())
    }
}

impl NativeClient {
    #[allow(clippy::too_many_arguments, clippy::type_complexity)]
    fn wait_args(
        &self,
        py: Python<'_>,
        op: &str,
        path: Vec<String>,
        query: Vec<(String, String)>,
        deleted: bool,
        min_delay: f64,
        max_delay: f64,
        max_wait: f64,
    ) -> PyResult<(&'static cp::Operation, cp::RawRequest, cp::waiters::WaitFor, cp::waiters::WaitOptions)> {
        logging::refresh(py);
        let op = operation(py, op)?; // a write is refused by the core's `wait_for`
        let secs = |v: f64, what: &str| -> PyResult<Duration> {
            if v.is_finite() && v >= 0.0 {
                Ok(Duration::from_secs_f64(v))
            } else {
                Err(PyValueError::new_err(format!("{what} must be a non-negative number of seconds")))
            }
        };
        let opts = cp::waiters::WaitOptions {
            min_delay: secs(min_delay, "min_delay")?,
            max_delay: secs(max_delay, "max_delay")?,
            max_wait: secs(max_wait, "max_wait")?,
        };
        let what = if deleted { cp::waiters::WaitFor::Deleted } else { cp::waiters::WaitFor::Exists };
        Ok((op, cp::RawRequest { path, query, body: None, options: cp::RequestOptions::default() }, what, opts))
    }
}

/// The dotted ids of every operation the core knows.
#[pyfunction]
fn operation_ids() -> Vec<&'static str> {
    cp::operations().iter().map(|o| o.id).collect()
}

/// Forgets the cached pid; registered with `os.register_at_fork(after_in_child=...)`.
#[pyfunction]
fn _after_fork_in_child() {
    runtime::forget_pid();
}

/// The one rule for which field names hold secrets (`cloudpirates::is_secret_name`: the
/// fields the OpenAPI file marks `x-secret`, and names that say token, secret, password, API
/// key or credential). The Python models' `repr` and the log redaction use it.
#[pyfunction]
fn is_secret_name(name: &str) -> bool {
    cp::bridge::is_secret_name(name)
}

/// TEST ONLY (hidden; not part of the API): panics inside a future on the shared runtime,
/// through the very path a call takes: with no arguments, the blocking path of
/// `Client.request` (`block_on`), which raises `APIError` (`bridge::catch_panic`); with an asyncio
/// `future` and its loop's `completions`, the path of `Client.request_start`
/// (`spawn_call`), which sets that exception on the future. The SDK's tests use it to prove
/// that a panic in Rust never takes the Python process down nor leaves a call hanging.
#[pyfunction]
#[pyo3(signature = (future=None, completions=None))]
fn _panic_for_tests(
    py: Python<'_>,
    future: Option<Bound<'_, PyAny>>,
    completions: Option<Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    async fn boom() -> cp::Result<Option<Response>> {
        tokio::task::yield_now().await; // panic on a later poll, as a real call would
        panic!("_panic_for_tests: a deliberate panic");
    }
    match (future, completions) {
        (None, None) => {
            let result = block_on(py, boom())?;
            Ok(Outcome::of(result).into_pyobject(py)?.unbind())
        }
        #[cfg(unix)]
        (Some(future), Some(completions)) => {
            let completions = completions.cast::<Completions>().map_err(PyErr::from)?;
            let pending = spawn_call(future, &completions.borrow(), boom());
            Ok(Bound::new(py, pending)?.into_any().unbind())
        }
        _ => Err(PyValueError::new_err("pass both future and completions, or neither")),
    }
}

/// The process id the shared runtime was built for (for tests of fork handling).
#[pyfunction]
fn runtime_pid() -> Option<u32> {
    runtime::runtime_pid()
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<NativeClient>()?;
    m.add_class::<Response>()?;
    #[cfg(unix)]
    {
        m.add_class::<Completions>()?;
        m.add_class::<Pending>()?;
    }
    m.add_function(wrap_pyfunction!(operation_ids, m)?)?;
    m.add_function(wrap_pyfunction!(runtime_pid, m)?)?;
    m.add_function(wrap_pyfunction!(is_secret_name, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    m.add_function(wrap_pyfunction!(_after_fork_in_child, m)?)?;
    // os.fork() and multiprocessing's fork start method run these handlers in the child.
    let kwargs = PyDict::new(m.py());
    kwargs.set_item("after_in_child", m.getattr("_after_fork_in_child")?)?;
    m.py().import("os")?.getattr("register_at_fork")?.call((), Some(&kwargs))?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("DEFAULT_BASE_URL", cp::DEFAULT_BASE_URL)?;
    Ok(())
}
