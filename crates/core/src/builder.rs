//! [`ClientBuilder`]: the settings of a client, checked once when it is built.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use crate::auth::Credentials;
use crate::client::{CallObserver, CallReport, Client};
use crate::config::{self, Config, ConsistencyConfig};
use crate::consistency::Consistency;
use crate::error::{Error, ErrorKind, Result};
use crate::retry::RetryPolicy;
use crate::secret::Secret;
use crate::transport::Transport;

/// Builds a [`Client`]; no I/O happens until the first call.
#[derive(Default)]
pub struct ClientBuilder {
    observer: Option<CallObserver>,
    credentials: Credentials,
    both_set: bool,
    base_url: Option<String>,
    config: Config,
    max_response_bytes: Option<u64>,
    http_client: Option<reqwest::Client>,
    token_key: Option<Secret>,
}

impl ClientBuilder {
    /// Authenticates with an API key.
    pub fn api_key(mut self, key: impl Into<Secret>) -> Self {
        self.both_set |= matches!(self.credentials, Credentials::Bearer { .. });
        self.credentials = Credentials::ApiKey(key.into());
        self
    }

    /// Authenticates with a Bearer access token, and a refresh token to renew it.
    pub fn bearer(mut self, access_token: impl Into<Secret>, refresh_token: Option<Secret>) -> Self {
        self.both_set |= matches!(self.credentials, Credentials::ApiKey(_));
        self.credentials = Credentials::Bearer { access_token: access_token.into(), refresh_token, expires_at: None };
        self
    }

    /// When the Bearer access token expires (lets the client refresh before it does).
    pub fn access_token_expires_at(mut self, at: SystemTime) -> Self {
        if let Credentials::Bearer { expires_at, .. } = &mut self.credentials {
            *expires_at = Some(at);
        }
        self
    }

    /// Base URL including `/v1` (default `https://api.cloudpirates.io/v1`).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Total deadline of one call (default 60 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.config.timeout = timeout;
        self
    }

    /// Deadline for opening a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.config.connect_timeout = timeout;
        self
    }

    /// Text appended to the `User-Agent` (bindings name themselves here).
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.config.user_agent_suffix = Some(suffix.into());
        self
    }

    /// Retries after the first attempt (default 4).
    pub fn max_retries(mut self, n: u32) -> Self {
        self.config.retry.max_retries = n;
        self
    }

    /// All retry settings at once.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.config.retry = policy;
        self
    }

    /// Default consistency mode (default read-your-writes).
    pub fn consistency(mut self, mode: Consistency) -> Self {
        self.config.consistency.mode = mode;
        self
    }

    /// All consistency settings at once.
    pub fn consistency_config(mut self, c: ConsistencyConfig) -> Self {
        self.config.consistency = c;
        self
    }

    /// Calls `observer` after every call with its operation, outcome, attempts and waits
    /// (for metrics; keep it fast, it runs on the calling task).
    pub fn on_call(mut self, observer: impl Fn(&CallReport) + Send + Sync + 'static) -> Self {
        self.observer = Some(Arc::new(observer));
        self
    }

    /// Largest response body the client reads (default 64 MiB). A larger body ends the call
    /// with a `Decode` error that names the cap; it is never buffered whole.
    pub fn max_response_bytes(mut self, bytes: u64) -> Self {
        self.max_response_bytes = Some(bytes);
        self
    }

    /// Sends every request through this `reqwest::Client` (for proxies, custom root
    /// certificates, or a pool shared with other code) instead of one built by the SDK.
    ///
    /// The SDK still applies its own deadline, retries, `User-Agent` and size cap per request;
    /// [`ClientBuilder::connect_timeout`] does not apply (set it on the given client). Build it
    /// with `redirect(reqwest::redirect::Policy::none())`: the API documents no redirect, and an
    /// answer that came through a followed redirect becomes an error (never a success).
    ///
    /// ```
    /// let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    /// let client = cloudpirates::Client::builder().api_key("cpk_example").http_client(http).build().unwrap();
    /// # let _ = client;
    /// ```
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Signs the consistency tokens this client makes with HMAC-SHA256 under `key`, and
    /// refuses every token that is not signed with it (use it when tokens travel through
    /// untrusted hands, such as a browser). Every service that exchanges tokens needs the same
    /// key. Without a key, tokens are accepted unsigned.
    pub fn consistency_token_key(mut self, key: impl Into<Secret>) -> Self {
        self.token_key = Some(key.into());
        self
    }

    /// Checks the settings and builds the client.
    pub fn build(self) -> Result<Client> {
        if self.both_set {
            return Err(Error::new(ErrorKind::Config, "set either an API key or a Bearer token, not both"));
        }
        self.credentials.validate()?;
        let mut config = self.config;
        if let Some(url) = self.base_url {
            config.base_url = config::parse_base_url(&url)?;
        }
        if config.timeout.is_zero() {
            return Err(Error::new(ErrorKind::Config, "timeout must be greater than zero"));
        }
        let max_body = self.max_response_bytes.unwrap_or(crate::transport::DEFAULT_MAX_RESPONSE_BYTES);
        if max_body == 0 {
            return Err(Error::new(ErrorKind::Config, "max_response_bytes must be greater than zero"));
        }
        let transport = Transport::new(&config, max_body, self.http_client)?;
        if self.token_key.as_ref().is_some_and(Secret::is_blank) {
            return Err(Error::new(ErrorKind::Config, "the consistency token key is empty"));
        }
        Ok(Client::from_parts(config, transport, self.credentials, self.observer, self.token_key))
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("credentials", &self.credentials)
            .field("base_url", &self.base_url)
            .field("config", &self.config)
            .field("observer", &self.observer.is_some())
            .field("http_client", &self.http_client.is_some())
            .finish()
    }
}

impl Client {
    /// A builder with every default.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client from `CLOUDPIRATES_API_KEY` and `CLOUDPIRATES_BASE_URL` (both optional).
    pub fn from_env() -> Result<Client> {
        let mut b = Client::builder();
        if let Ok(key) = std::env::var(config::ENV_API_KEY)
            && !key.is_empty()
        {
            b = b.api_key(key);
        }
        if let Ok(url) = std::env::var(config::ENV_BASE_URL)
            && !url.is_empty()
        {
            b = b.base_url(url);
        }
        b.build()
    }
}
