//! Results of calls handed back to the JavaScript thread in batches.
//!
//! A napi `async fn` creates a promise and a threadsafe function (a libuv async handle)
//! for every call, and wakes the event loop once per result. A [`CompletionQueue`] instead
//! has one threadsafe function for its whole life: a finished call pushes its outcome onto
//! the queue and wakes the loop only when the queue was empty, and the wrapper's `drain()`
//! settles every finished call at once. The wrapper keeps the loop alive (`setActive`)
//! only while calls are pending, so an idle client never holds the process open.

use std::sync::{Arc, Mutex};

use napi::bindgen_prelude::*;
use napi::threadsafe_function::{ThreadsafeFunction, ThreadsafeFunctionCallMode};
use napi_derive::napi;

use crate::NativeResponse;

/// The outcome of one call started with `NativeClient.start`.
#[napi(object)]
pub struct NativeCompletion {
    /// The id the wrapper gave the call.
    pub id: u32,
    /// The response, when the call succeeded.
    pub response: Option<NativeResponse>,
    /// The serialised SDK error (`ERROR_PREFIX` + JSON), when it failed.
    pub error: Option<String>,
}

type Notify = ThreadsafeFunction<(), Unknown<'static>, (), Status, false, true>;

pub(crate) struct Shared {
    done: Mutex<Vec<NativeCompletion>>,
    notify: Notify,
}

impl Shared {
    /// Queues an outcome; wakes the JavaScript thread when the queue was empty (a drain is
    /// already due otherwise).
    pub(crate) fn push(&self, c: NativeCompletion) {
        let was_empty = {
            let mut q = self.done.lock().unwrap();
            q.push(c);
            q.len() == 1
        };
        if was_empty {
            self.notify.call((), ThreadsafeFunctionCallMode::NonBlocking);
        }
    }
}

/// A queue of finished calls, one per wrapper client (and so per JavaScript thread).
#[napi]
pub struct CompletionQueue {
    pub(crate) shared: Arc<Shared>,
    active: bool,
}

#[napi]
impl CompletionQueue {
    /// `onReady` is called on the JavaScript thread when outcomes are waiting; it should
    /// call `drain()`.
    #[napi(constructor)]
    pub fn new(on_ready: Function<(), Unknown<'static>>) -> Result<Self> {
        let notify = on_ready.build_threadsafe_function::<()>().callee_handled::<false>().weak::<true>().build()?;
        Ok(CompletionQueue { shared: Arc::new(Shared { done: Mutex::new(Vec::new()), notify }), active: false })
    }

    /// Every outcome queued since the last drain, in the order the calls finished.
    #[napi]
    pub fn drain(&self) -> Vec<NativeCompletion> {
        std::mem::take(&mut *self.shared.done.lock().unwrap())
    }

    /// Keeps the event loop alive (`true`, while calls are pending) or lets it exit (`false`).
    #[napi]
    pub fn set_active(&mut self, env: Env, active: bool) -> Result<()> {
        if active == self.active {
            return Ok(());
        }
        let raw = self.shared.notify.raw();
        // SAFETY: called on the JavaScript thread that owns `env`; `raw` is alive as long
        // as `shared` (it is released when the last `Arc` drops).
        let status = unsafe {
            if active {
                napi::sys::napi_ref_threadsafe_function(env.raw(), raw)
            } else {
                napi::sys::napi_unref_threadsafe_function(env.raw(), raw)
            }
        };
        if status != napi::sys::Status::napi_ok {
            return Err(Error::new(
                Status::GenericFailure,
                "cannot change the completion queue's hold on the event loop",
            ));
        }
        self.active = active;
        Ok(())
    }
}
