// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.
//! Operations of the `auth` service.

#![allow(unused_imports)]

use futures_util::stream::BoxStream;

use super::operations::{OPERATIONS, idx};
use crate::client::Client;
use crate::error::Result;
use crate::models;
use crate::pagination::{Page, PageParams};

/// Query parameters of `auth.sessions.list`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuthSessionsListParams {
    /// Also list expired sessions.
    pub include_expired: Option<bool>,
}

impl AuthSessionsListParams {
    fn to_query(&self) -> Vec<(String, String)> {
        let mut q = Vec::new();
        if let Some(v) = &self.include_expired {
            q.push(("includeExpired".to_owned(), v.to_string()));
        }
        q
    }
}

impl Client {
    /// Operations of `auth`.
    pub fn auth(&self) -> Auth {
        Auth { client: self.clone() }
    }
}

/// Operations of `auth`.
#[derive(Debug, Clone)]
pub struct Auth {
    client: Client,
}

impl Auth {
    /// Operations of `auth.sessions`.
    pub fn sessions(&self) -> AuthSessions {
        AuthSessions { client: self.client.clone() }
    }

    /// Operations of `auth.challenges`.
    pub fn challenges(&self) -> AuthChallenges {
        AuthChallenges { client: self.client.clone() }
    }

    /// Operations of `auth.webauthn`.
    pub fn webauthn(&self) -> AuthWebauthn {
        AuthWebauthn { client: self.client.clone() }
    }

    /// Operations of `auth.api_keys`.
    pub fn api_keys(&self) -> AuthApiKeys {
        AuthApiKeys { client: self.client.clone() }
    }

    /// Register an account
    ///
    /// Creates an identity. The account must be activated via the e-mail link before the first login.
    ///
    /// `POST /v1/auth/register` (operation `auth.register`).
    pub async fn register(&self, body: &models::RegisterRequest) -> Result<models::Identity> {
        let req = Client::request::<models::RegisterRequest>(vec![], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::AUTH_REGISTER], req).await
    }

    /// Log in with e-mail and password
    ///
    /// Password login. When an MFA method is activated the response carries `challengeRequired: true` and a `verificationToken`; complete the login with auth.login_challenge. `desiredChallenge` selects SMS or TOTP.
    ///
    /// `POST /v1/auth/login` (operation `auth.login`).
    pub async fn login(&self, body: &models::LoginRequest) -> Result<models::LoginResponse> {
        let req = Client::request::<models::LoginRequest>(vec![], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::AUTH_LOGIN], req).await
    }

    /// Complete login with an MFA code
    ///
    /// Second login step: the verificationToken from auth.login plus the 6-digit code.
    ///
    /// `POST /v1/auth/login/challenge` (operation `auth.login_challenge`).
    pub async fn login_challenge(&self, body: &models::LoginChallengeRequest) -> Result<models::TokenResponse> {
        let req = Client::request::<models::LoginChallengeRequest>(vec![], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::AUTH_LOGIN_CHALLENGE], req).await
    }

    /// Request a password reset e-mail
    ///
    /// Sends a reset link by e-mail. Completing the reset has no documented API route. A reset does not disable MFA.
    ///
    /// `POST /v1/auth/request-reset-password` (operation `auth.request_password_reset`).
    pub async fn request_password_reset(&self, body: &models::RequestPasswordResetRequest) -> Result<models::CommandResult> {
        let req = Client::request::<models::RequestPasswordResetRequest>(vec![], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::AUTH_REQUEST_PASSWORD_RESET], req).await
    }

    /// Change the password
    ///
    /// Bearer only (API keys are refused).
    ///
    /// `POST /v1/auth/change-password` (operation `auth.change_password`). Needs a Bearer session; an API key is refused before anything is sent.
    pub async fn change_password(&self, body: &models::ChangePasswordRequest) -> Result<models::CommandResult> {
        let req = Client::request::<models::ChangePasswordRequest>(vec![], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::AUTH_CHANGE_PASSWORD], req).await
    }

    /// Refresh the token pair
    ///
    /// Exchanges a refresh token for a new access and refresh token; both rotate, the old refresh token stops working.
    ///
    /// `POST /v1/auth/refresh` (operation `auth.refresh`).
    pub async fn refresh(&self, body: &models::RefreshRequest) -> Result<models::TokenResponse> {
        let req = Client::request::<models::RefreshRequest>(vec![], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::AUTH_REFRESH], req).await
    }

    /// Get the current identity
    ///
    /// Works with an API key or a Bearer token.
    ///
    /// `GET /v1/auth/me` (operation `auth.me`).
    pub async fn me(&self) -> Result<models::Identity> {
        let req = Client::request::<()>(vec![], Vec::new(), None)?;
        self.client.call_json(&OPERATIONS[idx::AUTH_ME], req).await
    }

    /// Validate the current session
    ///
    /// Checks that the Bearer session is valid.
    ///
    /// `GET /v1/auth/validate` (operation `auth.validate`).
    pub async fn validate(&self) -> Result<models::SessionValidation> {
        let req = Client::request::<()>(vec![], Vec::new(), None)?;
        self.client.call_json(&OPERATIONS[idx::AUTH_VALIDATE], req).await
    }
}

/// Operations of `auth.sessions`.
#[derive(Debug, Clone)]
pub struct AuthSessions {
    client: Client,
}

impl AuthSessions {
    /// List login sessions
    ///
    /// Lists the identity's sessions; expired sessions only with includeExpired=true. Bearer only.
    ///
    /// `GET /v1/auth/sessions` (operation `auth.sessions.list`). Needs a Bearer session; an API key is refused before anything is sent. Asks for the server's default page; [`Self::list_page`] takes `limit`/`offset`.
    pub async fn list(&self, params: &AuthSessionsListParams) -> Result<Page<models::Session>> {
        let req = Client::request::<()>(vec![], params.to_query(), None)?;
        self.client.call_page(&OPERATIONS[idx::AUTH_SESSIONS_LIST], req).await
    }

    /// One page of [`Self::list`]: `page` sets `limit` and `offset`.
    pub async fn list_page(&self, params: &AuthSessionsListParams, page: PageParams) -> Result<Page<models::Session>> {
        let mut q = params.to_query();
        page.push_query(&mut q);
        let req = Client::request::<()>(vec![], q, None)?;
        self.client.call_page(&OPERATIONS[idx::AUTH_SESSIONS_LIST], req).await
    }

    /// Every item of [`Self::list`], fetching pages lazily as the stream is polled.
    pub fn list_all(&self, params: &AuthSessionsListParams) -> BoxStream<'static, Result<models::Session>> {
        self.client.stream_all(&OPERATIONS[idx::AUTH_SESSIONS_LIST], vec![], params.to_query(), PageParams::default())
    }

    /// Log out a session
    ///
    /// Logs out the given session immediately; that device must authenticate again. Bearer only.
    ///
    /// `POST /v1/auth/sessions/{sessionId}/logout` (operation `auth.sessions.logout`). Needs a Bearer session; an API key is refused before anything is sent.
    pub async fn logout(&self, session_id: &str) -> Result<models::CommandResult> {
        let req = Client::request::<()>(vec![session_id.to_owned()], Vec::new(), None)?;
        self.client.call_json(&OPERATIONS[idx::AUTH_SESSIONS_LOGOUT], req).await
    }
}

/// Operations of `auth.challenges`.
#[derive(Debug, Clone)]
pub struct AuthChallenges {
    client: Client,
}

impl AuthChallenges {
    /// List configured MFA methods
    ///
    /// Bearer only.
    ///
    /// `GET /v1/auth/challenges` (operation `auth.challenges.list`). Needs a Bearer session; an API key is refused before anything is sent. Asks for the server's default page; [`Self::list_page`] takes `limit`/`offset`.
    pub async fn list(&self) -> Result<Page<models::AuthChallenge>> {
        let req = Client::request::<()>(vec![], Vec::new(), None)?;
        self.client.call_page(&OPERATIONS[idx::AUTH_CHALLENGES_LIST], req).await
    }

    /// One page of [`Self::list`]: `page` sets `limit` and `offset`.
    pub async fn list_page(&self, page: PageParams) -> Result<Page<models::AuthChallenge>> {
        let mut q = Vec::new();
        page.push_query(&mut q);
        let req = Client::request::<()>(vec![], q, None)?;
        self.client.call_page(&OPERATIONS[idx::AUTH_CHALLENGES_LIST], req).await
    }

    /// Every item of [`Self::list`], fetching pages lazily as the stream is polled.
    pub fn list_all(&self) -> BoxStream<'static, Result<models::AuthChallenge>> {
        self.client.stream_all(&OPERATIONS[idx::AUTH_CHALLENGES_LIST], vec![], Vec::new(), PageParams::default())
    }

    /// Start SMS MFA setup
    ///
    /// Sends an SMS with a code; activate with auth.challenges.activate_sms. Bearer only.
    ///
    /// `POST /v1/auth/challenges/sms` (operation `auth.challenges.start_sms`). Needs a Bearer session; an API key is refused before anything is sent.
    pub async fn start_sms(&self, body: &models::StartSmsChallengeRequest) -> Result<models::SmsChallengeSetup> {
        let req = Client::request::<models::StartSmsChallengeRequest>(vec![], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::AUTH_CHALLENGES_START_SMS], req).await
    }

    /// Activate the SMS challenge
    ///
    /// The SMS challenge is usable for login only after activation. Bearer only.
    ///
    /// `POST /v1/auth/challenges/sms/activate` (operation `auth.challenges.activate_sms`). Needs a Bearer session; an API key is refused before anything is sent.
    pub async fn activate_sms(&self, body: &models::ActivateSmsChallengeRequest) -> Result<models::CommandResult> {
        let req = Client::request::<models::ActivateSmsChallengeRequest>(vec![], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::AUTH_CHALLENGES_ACTIVATE_SMS], req).await
    }

    /// Start TOTP setup
    ///
    /// Returns an otpauth:// URI; activate with auth.challenges.activate_totp. Bearer only.
    ///
    /// `POST /v1/auth/challenges/totp` (operation `auth.challenges.start_totp`). Needs a Bearer session; an API key is refused before anything is sent.
    pub async fn start_totp(&self) -> Result<models::TotpChallengeSetup> {
        let req = Client::request::<()>(vec![], Vec::new(), None)?;
        self.client.call_json(&OPERATIONS[idx::AUTH_CHALLENGES_START_TOTP], req).await
    }

    /// Activate TOTP
    ///
    /// TOTP is usable for login only after activation. Bearer only.
    ///
    /// `POST /v1/auth/challenges/totp/activate` (operation `auth.challenges.activate_totp`). Needs a Bearer session; an API key is refused before anything is sent.
    pub async fn activate_totp(&self, body: &models::ActivateTotpChallengeRequest) -> Result<models::CommandResult> {
        let req = Client::request::<models::ActivateTotpChallengeRequest>(vec![], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::AUTH_CHALLENGES_ACTIVATE_TOTP], req).await
    }
}

/// Operations of `auth.webauthn`.
#[derive(Debug, Clone)]
pub struct AuthWebauthn {
    client: Client,
}

impl AuthWebauthn {
    /// Get a WebAuthn challenge
    ///
    /// Single-use challenge for the next auth.webauthn.register or auth.webauthn.login call.
    ///
    /// `POST /v1/auth/webauthn/challenge` (operation `auth.webauthn.challenge`).
    pub async fn challenge(&self) -> Result<models::WebAuthnChallenge> {
        let req = Client::request::<()>(vec![], Vec::new(), None)?;
        self.client.call_json(&OPERATIONS[idx::AUTH_WEBAUTHN_CHALLENGE], req).await
    }

    /// Register a WebAuthn key
    ///
    /// Body is the raw RegistrationJSON from navigator.credentials.create(). Requires a fresh challenge. Bearer only.
    ///
    /// `POST /v1/auth/webauthn/register` (operation `auth.webauthn.register`). Needs a Bearer session; an API key is refused before anything is sent.
    pub async fn register(&self, body: &models::WebAuthnRegistrationRequest) -> Result<models::WebAuthnKey> {
        let req = Client::request::<models::WebAuthnRegistrationRequest>(vec![], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::AUTH_WEBAUTHN_REGISTER], req).await
    }

    /// Log in with a WebAuthn key
    ///
    /// Body is the raw AuthenticationResponseJSON from navigator.credentials.get(). Never asks for MFA.
    ///
    /// `POST /v1/auth/webauthn/login` (operation `auth.webauthn.login`).
    pub async fn login(&self, body: &models::WebAuthnLoginRequest) -> Result<models::TokenResponse> {
        let req = Client::request::<models::WebAuthnLoginRequest>(vec![], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::AUTH_WEBAUTHN_LOGIN], req).await
    }

    /// List WebAuthn keys
    ///
    /// `GET /v1/auth/webauthn` (operation `auth.webauthn.list`). Asks for the server's default page; [`Self::list_page`] takes `limit`/`offset`.
    pub async fn list(&self) -> Result<Page<models::WebAuthnKey>> {
        let req = Client::request::<()>(vec![], Vec::new(), None)?;
        self.client.call_page(&OPERATIONS[idx::AUTH_WEBAUTHN_LIST], req).await
    }

    /// One page of [`Self::list`]: `page` sets `limit` and `offset`.
    pub async fn list_page(&self, page: PageParams) -> Result<Page<models::WebAuthnKey>> {
        let mut q = Vec::new();
        page.push_query(&mut q);
        let req = Client::request::<()>(vec![], q, None)?;
        self.client.call_page(&OPERATIONS[idx::AUTH_WEBAUTHN_LIST], req).await
    }

    /// Every item of [`Self::list`], fetching pages lazily as the stream is polled.
    pub fn list_all(&self) -> BoxStream<'static, Result<models::WebAuthnKey>> {
        self.client.stream_all(&OPERATIONS[idx::AUTH_WEBAUTHN_LIST], vec![], Vec::new(), PageParams::default())
    }

    /// Rename a WebAuthn key
    ///
    /// `PUT /v1/auth/webauthn/{webAuthnKeyId}/label` (operation `auth.webauthn.update_label`).
    pub async fn update_label(&self, web_authn_key_id: &str, body: &models::UpdateWebAuthnKeyLabelRequest) -> Result<models::WebAuthnKey> {
        let req = Client::request::<models::UpdateWebAuthnKeyLabelRequest>(vec![web_authn_key_id.to_owned()], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::AUTH_WEBAUTHN_UPDATE_LABEL], req).await
    }

    /// Delete a WebAuthn key
    ///
    /// Deleting the last sign-in method is not blocked.
    ///
    /// `DELETE /v1/auth/webauthn/{webAuthnKeyId}` (operation `auth.webauthn.delete`).
    pub async fn delete(&self, web_authn_key_id: &str) -> Result<()> {
        let req = Client::request::<()>(vec![web_authn_key_id.to_owned()], Vec::new(), None)?;
        self.client.call_empty(&OPERATIONS[idx::AUTH_WEBAUTHN_DELETE], req).await
    }
}

/// Operations of `auth.api_keys`.
#[derive(Debug, Clone)]
pub struct AuthApiKeys {
    client: Client,
}

impl AuthApiKeys {
    /// List API keys
    ///
    /// Never returns secrets. Bearer only.
    ///
    /// `GET /v1/auth/api-keys` (operation `auth.api_keys.list`). Needs a Bearer session; an API key is refused before anything is sent. Asks for the server's default page; [`Self::list_page`] takes `limit`/`offset`.
    pub async fn list(&self) -> Result<Page<models::ApiKey>> {
        let req = Client::request::<()>(vec![], Vec::new(), None)?;
        self.client.call_page(&OPERATIONS[idx::AUTH_API_KEYS_LIST], req).await
    }

    /// One page of [`Self::list`]: `page` sets `limit` and `offset`.
    pub async fn list_page(&self, page: PageParams) -> Result<Page<models::ApiKey>> {
        let mut q = Vec::new();
        page.push_query(&mut q);
        let req = Client::request::<()>(vec![], q, None)?;
        self.client.call_page(&OPERATIONS[idx::AUTH_API_KEYS_LIST], req).await
    }

    /// Every item of [`Self::list`], fetching pages lazily as the stream is polled.
    pub fn list_all(&self) -> BoxStream<'static, Result<models::ApiKey>> {
        self.client.stream_all(&OPERATIONS[idx::AUTH_API_KEYS_LIST], vec![], Vec::new(), PageParams::default())
    }

    /// Create an API key
    ///
    /// The secret is returned once, in this response only. Bearer only.
    ///
    /// `POST /v1/auth/api-keys` (operation `auth.api_keys.create`). Needs a Bearer session; an API key is refused before anything is sent.
    pub async fn create(&self, body: &models::CreateApiKeyRequest) -> Result<models::CreatedApiKey> {
        let req = Client::request::<models::CreateApiKeyRequest>(vec![], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::AUTH_API_KEYS_CREATE], req).await
    }

    /// Revoke an API key
    ///
    /// The key stops working immediately. Bearer only.
    ///
    /// `DELETE /v1/auth/api-keys/{apiKeyId}` (operation `auth.api_keys.delete`). Needs a Bearer session; an API key is refused before anything is sent.
    pub async fn delete(&self, api_key_id: &str) -> Result<()> {
        let req = Client::request::<()>(vec![api_key_id.to_owned()], Vec::new(), None)?;
        self.client.call_empty(&OPERATIONS[idx::AUTH_API_KEYS_DELETE], req).await
    }
}
