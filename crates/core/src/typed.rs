//! Helpers the generated typed methods call: serialise, execute, decode.

use std::collections::VecDeque;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::client::{Client, RawRequest};
use crate::error::{Error, ErrorKind, Result};
use crate::operation::Operation;
use crate::pagination::{Page, PageParams};

impl Client {
    pub(crate) fn request<B: Serialize + ?Sized>(
        path: Vec<String>,
        query: Vec<(String, String)>,
        body: Option<&B>,
    ) -> Result<RawRequest> {
        let body = match body {
            Some(b) => Some(
                serde_json::to_vec(b)
                    .map_err(|e| Error::invalid_input(format!("the request body cannot be serialised: {e}")))?,
            ),
            None => None,
        };
        Ok(RawRequest { path, query, body, options: Default::default() })
    }

    /// Executes and decodes a JSON response (an empty body decodes as `{}` or `null`).
    pub(crate) async fn call_json<T: DeserializeOwned>(&self, op: &'static Operation, req: RawRequest) -> Result<T> {
        let resp = self.execute(op, req).await?;
        decode(op, &resp.body)
    }

    /// Executes an operation whose response has no useful body.
    pub(crate) async fn call_empty(&self, op: &'static Operation, req: RawRequest) -> Result<()> {
        self.execute(op, req).await.map(|_| ())
    }

    /// Executes and returns the raw bytes (the invoice PDF).
    pub(crate) async fn call_bytes(&self, op: &'static Operation, req: RawRequest) -> Result<bytes::Bytes> {
        self.execute(op, req).await.map(|r| r.body)
    }

    /// Executes a list call and decodes one page.
    pub(crate) async fn call_page<T: DeserializeOwned>(
        &self,
        op: &'static Operation,
        req: RawRequest,
    ) -> Result<Page<T>> {
        let resp = self.execute(op, req).await?;
        let items: Vec<T> = decode(op, &resp.body)?;
        let next = crate::bridge::next_offset(&resp);
        let mut info = resp.page.unwrap_or_default();
        info.next_offset = next;
        Ok(Page { items, info })
    }

    /// Every item of a list, fetching pages lazily as the stream is polled.
    pub(crate) fn stream_all<T: DeserializeOwned + Send + 'static>(
        &self,
        op: &'static Operation,
        path: Vec<String>,
        query: Vec<(String, String)>,
        page: PageParams,
    ) -> futures_util::stream::BoxStream<'static, Result<T>> {
        struct State<T> {
            client: Client,
            path: Vec<String>,
            query: Vec<(String, String)>,
            limit: Option<u32>,
            next: Option<u64>,
            buffer: VecDeque<T>,
        }
        let state = State {
            client: self.clone(),
            path,
            query,
            limit: page.limit,
            next: Some(page.offset.unwrap_or(0)),
            buffer: VecDeque::new(),
        };
        use futures_util::StreamExt;
        futures_util::stream::unfold(state, move |mut st| async move {
            loop {
                if let Some(item) = st.buffer.pop_front() {
                    return Some((Ok(item), st));
                }
                let offset = st.next.take()?;
                let mut q = st.query.clone();
                match crate::bridge::page_query(op, st.limit, Some(offset)) {
                    Ok(page) => q.extend(page),
                    Err(e) => return Some((Err(e), st)),
                }
                let req = RawRequest { path: st.path.clone(), query: q, body: None, options: Default::default() };
                match st.client.call_page::<T>(op, req).await {
                    Ok(page) => {
                        st.next = page.info.next_offset.filter(|n| *n > offset);
                        st.buffer = page.items.into();
                    }
                    Err(e) => return Some((Err(e), st)),
                }
            }
        })
        .boxed()
    }
}

fn decode<T: DeserializeOwned>(op: &Operation, body: &[u8]) -> Result<T> {
    let text: &[u8] = if body.iter().all(u8::is_ascii_whitespace) { b"{}" } else { body };
    match serde_json::from_slice(text) {
        Ok(v) => Ok(v),
        Err(_) if text == b"{}" => serde_json::from_slice(b"null").map_err(|e| decode_error(op, &e)),
        // The serde message may quote a value (a token, say); report only where it failed.
        Err(e) => Err(decode_error(op, &e)),
    }
}

fn decode_error(op: &Operation, e: &serde_json::Error) -> Error {
    let what = match e.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => "is not valid JSON",
        _ => "does not match the expected model",
    };
    Error::new(ErrorKind::Decode, format!("{}: the response {what} (line {}, column {})", op.id, e.line(), e.column()))
}
