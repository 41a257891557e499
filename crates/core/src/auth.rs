//! Credentials and the Bearer session (access token, refresh token, expiry).

use std::sync::RwLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::HeaderValue;

use crate::error::{Error, ErrorKind, Result};
use crate::operation::{AuthRequirement, Operation};
use crate::secret::Secret;

/// How the client authenticates. `Debug` never prints a secret.
#[derive(Debug, Clone, Default, PartialEq)]
#[non_exhaustive]
pub enum Credentials {
    /// No credentials (only public routes, or log in first).
    #[default]
    None,
    /// `Authorization: ApiKey <key>`, for automation.
    ApiKey(Secret),
    /// `Authorization: Bearer <access token>`, refreshed with the refresh token.
    Bearer {
        /// The short-lived access token.
        access_token: Secret,
        /// The long-lived refresh token, if the client may refresh.
        refresh_token: Option<Secret>,
        /// When the access token expires (from the `auth.exp` claim), if known.
        expires_at: Option<SystemTime>,
    },
}

impl Credentials {
    /// Checks that no secret is blank or carries characters that cannot go into a header.
    pub(crate) fn validate(&self) -> Result<()> {
        let check = |what: &str, s: &Secret| -> Result<()> {
            if s.is_blank() {
                return Err(Error::new(ErrorKind::Config, format!("the {what} is empty")));
            }
            if s.expose().chars().any(|c| c.is_control() || c.is_whitespace()) {
                return Err(Error::new(
                    ErrorKind::Config,
                    format!("the {what} contains white space or control characters"),
                ));
            }
            Ok(())
        };
        match self {
            Credentials::None => Ok(()),
            Credentials::ApiKey(k) => check("API key", k),
            Credentials::Bearer { access_token, refresh_token, .. } => {
                check("access token", access_token)?;
                if let Some(r) = refresh_token {
                    check("refresh token", r)?;
                }
                Ok(())
            }
        }
    }
}

/// Refresh this long before the access token's expiry.
const REFRESH_SKEW: Duration = Duration::from_secs(30);

/// What a failed refresh said (kind, status, message), to hand to the calls that waited.
type RefreshFailure = (ErrorKind, Option<u16>, String);

/// The client's current credentials, shared by every clone of the client.
#[derive(Debug, Default)]
pub(crate) struct Session {
    creds: RwLock<Credentials>,
    generation: AtomicU64,
    /// Lifetime of the current access token when the client learnt it from a login or
    /// refresh; the refresh margin is a quarter of it, at most [`REFRESH_SKEW`].
    lifetime: RwLock<Option<Duration>>,
    /// The `Authorization` value of the current credentials, built once per change.
    header: RwLock<Option<HeaderValue>>,
    /// Held while a refresh is in flight: one refresh for all concurrent requests.
    pub(crate) refresh_lock: tokio::sync::Mutex<()>,
    /// Counts refreshes that failed; with the last failure, shared with the calls that waited
    /// for that refresh.
    failures: std::sync::Mutex<(u64, Option<RefreshFailure>)>,
    /// A generation whose token is not refreshed proactively (it was issued inside the margin,
    /// or its proactive refresh failed while it was still valid).
    no_proactive: AtomicU64,
}

impl Session {
    pub(crate) fn new(creds: Credentials) -> Self {
        let header = RwLock::new(authorization(&creds));
        Session { creds: RwLock::new(creds), header, no_proactive: AtomicU64::new(u64::MAX), ..Default::default() }
    }

    /// Taken before waiting for the refresh lock: [`Self::failure_since`] then tells whether a
    /// refresh failed while the caller waited.
    pub(crate) fn refresh_ticket(&self) -> u64 {
        self.failures.lock().expect("session lock").0
    }

    /// The failure of a refresh that ended after `ticket` was taken, as a new error.
    pub(crate) fn failure_since(&self, ticket: u64) -> Option<Error> {
        let f = self.failures.lock().expect("session lock");
        match &f.1 {
            Some((kind, status, message)) if f.0 != ticket => {
                let e = Error::new(*kind, message.clone());
                Some(match status {
                    Some(s) => e.with_status(*s),
                    None => e,
                })
            }
            _ => None,
        }
    }

    /// Remembers a failed refresh for the calls waiting on it.
    pub(crate) fn record_failure(&self, e: &Error) {
        let mut f = self.failures.lock().expect("session lock");
        f.0 += 1;
        f.1 = Some((e.kind(), e.status(), e.message().to_owned()));
    }

    /// Stops proactive refreshes for the token of `generation`.
    pub(crate) fn skip_proactive(&self, generation: u64) {
        self.no_proactive.store(generation, Ordering::Release);
    }

    /// True when the access token's known expiry has passed.
    pub(crate) fn expired(&self) -> bool {
        match &*self.creds.read().expect("session lock") {
            Credentials::Bearer { expires_at: Some(at), .. } => SystemTime::now() >= *at,
            _ => false,
        }
    }

    /// A snapshot of the credentials.
    pub(crate) fn credentials(&self) -> Credentials {
        self.creds.read().expect("session lock").clone()
    }

    /// Increases on every change of credentials.
    pub(crate) fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    pub(crate) fn replace(&self, creds: Credentials) {
        *self.header.write().expect("session lock") = authorization(&creds);
        *self.creds.write().expect("session lock") = creds;
        *self.lifetime.write().expect("session lock") = None;
        self.generation.fetch_add(1, Ordering::AcqRel);
    }

    /// Adopts the tokens of a login or refresh response.
    pub(crate) fn adopt(&self, access: String, refresh: Option<String>, exp: Option<u64>) {
        // an absurd `exp` (past the clock's range) counts as "no known expiry"
        let expires_at = exp.and_then(|s| UNIX_EPOCH.checked_add(Duration::from_secs(s)));
        *self.lifetime.write().expect("session lock") =
            expires_at.and_then(|at| at.duration_since(SystemTime::now()).ok());
        let mut guard = self.creds.write().expect("session lock");
        let refresh_token = refresh.map(Secret::new).or_else(|| match &*guard {
            Credentials::Bearer { refresh_token, .. } => refresh_token.clone(),
            _ => None,
        });
        *guard = Credentials::Bearer { access_token: Secret::new(access), refresh_token, expires_at };
        *self.header.write().expect("session lock") = authorization(&guard);
        drop(guard);
        self.generation.fetch_add(1, Ordering::AcqRel);
    }

    /// Adopts the tokens of a login, challenge or refresh response body: the one place that
    /// reads `accessToken`, `refreshToken` and `auth.exp`. An absent or empty access token
    /// adopts nothing; returns whether tokens were adopted.
    pub(crate) fn adopt_from_body(&self, body: &[u8]) -> bool {
        let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) else { return false };
        let text = |k: &str| v.get(k).and_then(serde_json::Value::as_str).filter(|s| !s.is_empty());
        let Some(access) = text("accessToken") else { return false };
        let exp = v.get("auth").and_then(|a| a.get("exp")).and_then(serde_json::Value::as_u64);
        self.adopt(access.to_owned(), text("refreshToken").map(str::to_owned), exp);
        true
    }

    /// Checks the operation's auth rule before anything is sent.
    pub(crate) fn check(&self, op: &Operation) -> Result<()> {
        let creds = self.creds.read().expect("session lock");
        match (op.auth, &*creds) {
            (AuthRequirement::Bearer, Credentials::ApiKey(_)) => Err(Error::new(
                ErrorKind::Auth,
                format!(
                    "{} needs a Bearer session: the API refuses API keys on this route (change-password, MFA challenges, WebAuthn registration, API keys and sessions are Bearer-only); log in with auth.login first",
                    op.id
                ),
            )),
            (AuthRequirement::Bearer | AuthRequirement::Any, Credentials::None) => Err(Error::new(
                ErrorKind::Auth,
                format!("{} needs credentials: set an API key (CLOUDPIRATES_API_KEY) or log in", op.id),
            )),
            _ => Ok(()),
        }
    }

    /// The `Authorization` header for `op`, marked sensitive, and the generation it came from.
    pub(crate) fn header(&self, op: &Operation) -> (Option<HeaderValue>, u64) {
        let generation = self.generation();
        if matches!(op.auth, AuthRequirement::None | AuthRequirement::SignedUrl) {
            return (None, generation);
        }
        (self.header.read().expect("session lock").clone(), generation)
    }

    /// The refresh token, when the session is a Bearer session that can refresh.
    pub(crate) fn refresh_token(&self) -> Option<Secret> {
        match &*self.creds.read().expect("session lock") {
            Credentials::Bearer { refresh_token, .. } => refresh_token.clone(),
            _ => None,
        }
    }

    /// True when the access token expires within the refresh margin and a refresh token
    /// exists. The margin is 30 s, or a quarter of a shorter token's lifetime, so a token
    /// that lives less than 30 s does not cause a refresh on every call.
    pub(crate) fn expiring(&self) -> bool {
        if self.no_proactive.load(Ordering::Acquire) == self.generation() {
            return false;
        }
        match &*self.creds.read().expect("session lock") {
            Credentials::Bearer { refresh_token: Some(_), expires_at: Some(at), .. } => {
                let margin =
                    self.lifetime.read().expect("session lock").map_or(REFRESH_SKEW, |l| (l / 4).min(REFRESH_SKEW));
                SystemTime::now().checked_add(margin).is_none_or(|soon| soon >= *at)
            }
            _ => false,
        }
    }

    pub(crate) fn is_bearer(&self) -> bool {
        matches!(&*self.creds.read().expect("session lock"), Credentials::Bearer { .. })
    }
}

/// The `Authorization` header of `creds`, marked sensitive so it never shows in logs.
fn authorization(creds: &Credentials) -> Option<HeaderValue> {
    let raw = match creds {
        Credentials::None => return None,
        Credentials::ApiKey(k) => format!("ApiKey {}", k.expose()),
        Credentials::Bearer { access_token, .. } => format!("Bearer {}", access_token.expose()),
    };
    let mut value = HeaderValue::from_str(&raw).ok()?;
    value.set_sensitive(true);
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_of_credentials_hides_secrets() {
        let c = Credentials::Bearer {
            access_token: Secret::new("acc-123"),
            refresh_token: Some(Secret::new("ref-456")),
            expires_at: None,
        };
        let s = format!("{c:?}");
        assert!(!s.contains("acc-123") && !s.contains("ref-456"), "{s}");
        assert!(!format!("{:?}", Credentials::ApiKey(Secret::new("k-789"))).contains("k-789"));
    }

    proptest::proptest! {
        /// Whatever `exp` a server sends, adopting it and asking about expiry never panics,
        /// and a token just adopted is refreshed proactively at most once.
        #[test]
        fn any_token_expiry_is_safe(exp in proptest::prelude::any::<Option<u64>>(), lifetime in 0u64..100_000) {
            let s = Session::new(Credentials::Bearer { access_token: Secret::new("a"), refresh_token: Some(Secret::new("r")), expires_at: None });
            s.adopt("b".into(), Some("c".into()), exp);
            let _ = (s.expiring(), s.expired());
            let near = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs().saturating_add(lifetime);
            s.adopt("d".into(), None, Some(near));
            if s.expiring() {
                s.skip_proactive(s.generation());
                proptest::prop_assert!(!s.expiring());
            }
        }
    }

    #[test]
    fn blank_or_multiline_secrets_are_rejected() {
        assert!(Credentials::ApiKey(Secret::new("  ")).validate().is_err());
        assert!(Credentials::ApiKey(Secret::new("a\nb")).validate().is_err());
        let e = Credentials::ApiKey(Secret::new("a\r\nX-Evil: 1")).validate().unwrap_err();
        assert!(!e.to_string().contains("Evil"));
        assert!(Credentials::ApiKey(Secret::new("cp_key")).validate().is_ok());
    }
}
