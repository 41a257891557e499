//! The response beside the parsed value: status, headers, request id, attempts and time
//! waited of a call, captured only when the caller asks for it ([`WithResponse`]).
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let emu = cloudpirates_emulator::Emulator::start(Default::default()).await?;
//! use cloudpirates::{Client, WithResponse};
//!
//! let client = Client::builder().api_key(emu.api_key()).base_url(emu.base_url()).build()?;
//! let (me, meta) = client.auth().me().with_response().await?;
//! assert_eq!(meta.status, 200);
//! assert!(meta.request_id.is_some() && meta.attempts >= 1);
//! assert!(meta.headers.contains_key("content-type"));
//! # let _ = me;
//! # Ok(()) }
//! ```

use std::cell::RefCell;
use std::future::Future;
use std::time::Duration;

use reqwest::header::HeaderMap;

use crate::error::{Error, Result};
use crate::pagination::PageInfo;

/// What the server answered to a call, beside the parsed value.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ResponseMeta {
    /// HTTP status of the final answer.
    pub status: u16,
    /// Headers of the final answer, as the server sent them.
    pub headers: HeaderMap,
    /// `x-request-id`, when the server sent one.
    pub request_id: Option<String>,
    /// HTTP attempts made.
    pub attempts: u32,
    /// Time slept between attempts (backoff, `Retry-After`, consistency waits).
    pub waited: Duration,
    /// Page counters and the next offset, for list operations.
    pub page: Option<PageInfo>,
    /// For a write: a consistency token naming this write alone (see
    /// [`crate::Client::consistency_token`]); `None` for reads and for a create whose id is
    /// unknown.
    pub consistency_token: Option<String>,
}

impl ResponseMeta {
    /// The headers as `(name, value)` text pairs, in the order received; a value that is not
    /// valid UTF-8 is read lossily. This is the form the language bindings hand on.
    pub fn header_pairs(&self) -> Vec<(String, String)> {
        self.headers
            .iter()
            .map(|(n, v)| (n.as_str().to_owned(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
            .collect()
    }
}

tokio::task_local! {
    static SLOT: RefCell<Option<ResponseMeta>>;
}

/// Stores the metadata of a finished call for the enclosing [`capture`], if any; `meta` runs
/// only then, so a call nobody captures builds nothing.
pub(crate) fn store(meta: impl FnOnce() -> ResponseMeta) {
    let _ = SLOT.try_with(|slot| *slot.borrow_mut() = Some(meta()));
}

/// Runs `fut` and returns its output with the metadata of the last call it made (`None` when
/// it made none). This is what [`WithResponse`] and the language bindings use.
pub async fn capture<F: Future>(fut: F) -> (F::Output, Option<ResponseMeta>) {
    SLOT.scope(RefCell::new(None), async move {
        let out = fut.await;
        (out, SLOT.with(|slot| slot.borrow_mut().take()))
    })
    .await
}

/// Adds `.with_response()` to every call of the SDK: the typed value and its
/// [`ResponseMeta`]. A future that makes several calls gets the metadata of the last.
pub trait WithResponse<T>: Future<Output = Result<T>> + Sized {
    /// The value with the response's status, headers, request id, attempts and time waited.
    fn with_response(self) -> impl Future<Output = Result<(T, ResponseMeta)>> {
        async move {
            match capture(self).await {
                (Ok(value), Some(meta)) => Ok((value, meta)),
                (Ok(_), None) => Err(Error::invalid_input("with_response: the future made no API call")),
                (Err(e), _) => Err(e),
            }
        }
    }
}

impl<T, F: Future<Output = Result<T>>> WithResponse<T> for F {}
