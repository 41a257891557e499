//! One tokio runtime per process, rebuilt after `fork()`, and the glue that lets
//! `pyo3-async-runtimes` spawn onto it.

use std::cell::OnceCell;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use pyo3_async_runtimes::TaskLocals;
use pyo3_async_runtimes::generic::{ContextExt, Runtime};
use tokio::runtime::Runtime as TokioRuntime;

static RUNTIME: Mutex<Option<(u32, Arc<TokioRuntime>)>> = Mutex::new(None);

/// The pid of this process, cached: `getpid()` is a system call, and every call asked for
/// it twice (the runtime's and the client's fork checks), a few percent of a call's time in
/// py-spy. `forget_pid()` clears it; the module registers it with
/// `os.register_at_fork(after_in_child=...)`, so a forked child reads its own pid again.
static PID: AtomicU32 = AtomicU32::new(0);

/// Clears the cached pid (run in the child after `fork()`).
pub fn forget_pid() {
    PID.store(0, Ordering::Relaxed);
}

pub fn current_pid() -> u32 {
    match PID.load(Ordering::Relaxed) {
        0 => {
            let pid = std::process::id();
            PID.store(pid, Ordering::Relaxed);
            pid
        }
        pid => pid,
    }
}

/// The runtime of the current process. A child of `fork()` inherits the parent's runtime
/// without its worker threads: it is left alone (never dropped, which would wait for
/// threads that do not exist) and a new one is built.
pub fn runtime() -> Arc<TokioRuntime> {
    let pid = current_pid();
    let mut slot = RUNTIME.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((p, rt)) = slot.as_ref()
        && *p == pid
    {
        return rt.clone();
    }
    if let Some(old) = slot.take() {
        std::mem::forget(old);
    }
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(1, 4);
    let rt = Arc::new(
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(threads)
            .thread_name("cloudpirates-rt")
            .enable_all()
            .build()
            .expect("the tokio runtime of cloudpirates could not be started"),
    );
    *slot = Some((pid, rt.clone()));
    rt
}

/// The pid the current runtime was built for, if one was built.
pub fn runtime_pid() -> Option<u32> {
    RUNTIME.lock().unwrap_or_else(|e| e.into_inner()).as_ref().map(|(p, _)| *p)
}

/// The fork-safe runtime, as `pyo3_async_runtimes` sees it.
pub struct ForkSafeRuntime;

tokio::task_local! {
    static TASK_LOCALS: OnceCell<TaskLocals>;
}

impl Runtime for ForkSafeRuntime {
    type JoinError = tokio::task::JoinError;
    type JoinHandle = tokio::task::JoinHandle<()>;

    fn spawn<F>(fut: F) -> Self::JoinHandle
    where
        F: Future<Output = ()> + Send + 'static,
    {
        runtime().spawn(fut)
    }

    fn spawn_blocking<F>(f: F) -> Self::JoinHandle
    where
        F: FnOnce() + Send + 'static,
    {
        runtime().spawn_blocking(f)
    }
}

impl ContextExt for ForkSafeRuntime {
    fn scope<F, R>(locals: TaskLocals, fut: F) -> Pin<Box<dyn Future<Output = R> + Send>>
    where
        F: Future<Output = R> + Send + 'static,
    {
        let cell = OnceCell::new();
        let _ = cell.set(locals);
        Box::pin(TASK_LOCALS.scope(cell, fut))
    }

    fn get_task_locals() -> Option<TaskLocals> {
        TASK_LOCALS.try_with(|c| c.get().cloned()).unwrap_or_default()
    }
}
