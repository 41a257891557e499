//! The emulator's in-memory state (the write model plus the lagged history used for reads).

use std::collections::{BTreeMap, HashMap};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::Value;

use crate::consistency::Table;

/// Workspace member role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// May only view.
    Viewer,
    /// May manage services.
    Member,
    /// May do everything.
    Owner,
}

impl Role {
    /// Parses an uppercase role name.
    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "OWNER" => Some(Role::Owner),
            "MEMBER" => Some(Role::Member),
            "VIEWER" => Some(Role::Viewer),
            _ => None,
        }
    }
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "OWNER",
            Role::Member => "MEMBER",
            Role::Viewer => "VIEWER",
        }
    }
}

/// An MFA method of an identity.
#[derive(Debug, Clone)]
pub struct MfaMethod {
    /// Challenge id.
    pub challenge_id: String,
    /// `SMS` or `TOTP`.
    pub kind: &'static str,
    /// Phone number for SMS.
    pub number: Option<String>,
    /// TOTP secret (base32-ish text).
    pub secret: Option<String>,
    /// Only activated methods count for login.
    pub activated: bool,
    /// Creation timestamp (ISO 8601).
    pub created_at: String,
}

/// A user account.
#[derive(Debug, Clone)]
pub struct Identity {
    /// Id.
    pub identity_id: String,
    /// E-mail (unique, compared case-insensitively).
    pub email: String,
    /// Password in clear text (it is an emulator).
    pub password: String,
    /// First name.
    pub first_name: String,
    /// Last name.
    pub last_name: String,
    /// E-mail verified; login refused otherwise.
    pub activated: bool,
    /// Creation timestamp.
    pub created_at: String,
    /// Configured MFA methods.
    pub mfa: Vec<MfaMethod>,
}

/// An API key (secret kept to authenticate; never listed).
#[derive(Debug, Clone)]
pub struct ApiKey {
    /// Id.
    pub id: String,
    /// Owner.
    pub identity_id: String,
    /// Label.
    pub label: String,
    /// The secret.
    pub secret: String,
    /// Creation timestamp.
    pub created_at: String,
}

/// A login session (one per login).
#[derive(Debug, Clone)]
pub struct Session {
    /// Id.
    pub session_id: String,
    /// Owner.
    pub identity_id: String,
    /// First login timestamp.
    pub created_at: String,
    /// User agent of the login request.
    pub user_agent: String,
    /// Expiry, unix seconds (refresh token lifetime).
    pub expires_at: u64,
    /// Logged out.
    pub logged_out: bool,
}

/// An issued access token.
#[derive(Debug, Clone)]
pub struct AccessToken {
    /// Owner.
    pub identity_id: String,
    /// Session.
    pub session_id: String,
    /// Token id.
    pub jti: String,
    /// Expiry, unix seconds.
    pub exp: u64,
    /// Issued at, unix seconds.
    pub iat: u64,
}

/// An issued refresh token.
#[derive(Debug, Clone)]
pub struct RefreshToken {
    /// Owner.
    pub identity_id: String,
    /// Session.
    pub session_id: String,
    /// Expiry, unix seconds.
    pub exp: u64,
}

/// What a pending verification token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Second login step.
    Login,
    /// Activating a new SMS method.
    Setup,
}

/// A pending MFA verification (SMS code sent, or TOTP login step).
#[derive(Debug, Clone)]
pub struct PendingVerification {
    /// Token the client sends back.
    pub verification_token: String,
    /// Identity.
    pub identity_id: String,
    /// `SMS` or `TOTP`.
    pub kind: &'static str,
    /// Login or setup.
    pub purpose: Purpose,
    /// The SMS code (TOTP codes are computed from the secret).
    pub code: Option<String>,
    /// Challenge concerned.
    pub challenge_id: String,
}

/// A registered WebAuthn credential.
#[derive(Debug, Clone)]
pub struct WebAuthnKey {
    /// Id.
    pub web_authn_key_id: String,
    /// Owner.
    pub identity_id: String,
    /// Credential id from the ceremony (`id` / `rawId`).
    pub credential_id: String,
    /// Label.
    pub label: String,
    /// Creation timestamp.
    pub created_at: String,
}

/// A workspace member.
#[derive(Debug, Clone)]
pub struct Member {
    /// Member id (distinct from the identity id).
    pub workspace_member_id: String,
    /// Identity.
    pub identity_id: String,
    /// Role.
    pub role: Role,
    /// Joined timestamp.
    pub created_at: String,
}

/// A workspace, with its members embedded (they share its read-model lag).
#[derive(Debug, Clone)]
pub struct Workspace {
    /// Id.
    pub workspace_id: String,
    /// Unique key.
    pub workspace_key: String,
    /// Derived domain.
    pub workspace_domain: String,
    /// Display name.
    pub workspace_name: String,
    /// Members.
    pub members: Vec<Member>,
    /// Creation timestamp.
    pub created_at: String,
}

impl Workspace {
    /// The member entry of an identity.
    pub fn member_of(&self, identity_id: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.identity_id == identity_id)
    }
}

/// A workspace invitation.
#[derive(Debug, Clone)]
pub struct Invitation {
    /// Id.
    pub invitation_id: String,
    /// Workspace.
    pub workspace_id: String,
    /// Invitee e-mail.
    pub email: String,
    /// Role granted on acceptance.
    pub role: Role,
    /// Custom message.
    pub message: Option<String>,
    /// Expiry.
    pub invitation_expire_date: Option<String>,
    /// Inviting identity.
    pub invited_by: String,
    /// `OPEN` or `ACCEPTED`.
    pub status: &'static str,
    /// Creation timestamp.
    pub created_at: String,
}

/// A registered cluster.
#[derive(Debug, Clone)]
pub struct Cluster {
    /// Id.
    pub cluster_id: String,
    /// Workspace.
    pub workspace_id: String,
    /// Name.
    pub cluster_name: String,
    /// `EXTERNAL` (MANAGED is refused).
    pub cluster_type: String,
    /// Server info reported by the agent.
    pub server_info: Value,
    /// Agent access token.
    pub access_token: String,
    /// Creation timestamp.
    pub created_at: String,
}

/// One Kubernetes object of a monitored cluster.
#[derive(Debug, Clone)]
pub struct K8sObject {
    /// Uppercase resource type (`POD`, ...).
    pub kind: &'static str,
    /// Name.
    pub name: String,
    /// Namespace for namespaced kinds.
    pub namespace: Option<String>,
    /// Labels.
    pub labels: BTreeMap<String, String>,
    /// The manifest (managedFields stripped).
    pub manifest: Value,
}

/// A deployed application.
#[derive(Debug, Clone)]
pub struct Application {
    /// Id.
    pub application_id: String,
    /// Workspace.
    pub workspace_id: String,
    /// Name.
    pub name: String,
    /// Template.
    pub application_template_id: String,
    /// Preset.
    pub application_template_preset_id: String,
    /// Cluster.
    pub cluster_id: String,
    /// Version.
    pub app_version: String,
    /// Helm values.
    pub application_values: Value,
    /// Status text.
    pub status: String,
    /// Creation timestamp.
    pub created_at: String,
}

/// An application template (read-only seed data).
#[derive(Debug, Clone)]
pub struct Template {
    /// The JSON document served by the template routes.
    pub doc: Value,
}

/// A billing profile.
#[derive(Debug, Clone)]
pub struct BillingProfile {
    /// Id.
    pub billing_profile_id: String,
    /// The identity that owns it (only it can see it).
    pub owner_identity_id: String,
    /// Name.
    pub billing_profile_name: String,
    /// Address object.
    pub billing_profile_address: Value,
    /// Purchase order number.
    pub purchase_order_number: Option<String>,
    /// Invoice e-mail addresses.
    pub email_addresses: Vec<String>,
    /// Send invoices by e-mail.
    pub send_invoices_by_email: bool,
    /// Assigned identities.
    pub identity_ids: Vec<String>,
    /// Creation timestamp.
    pub created_at: String,
}

/// Per-kind counters of created resources.
#[derive(Debug, Clone, Default)]
pub struct Counters {
    /// Resources created since start/reset (seed data excluded), by kind.
    pub created: BTreeMap<&'static str, u64>,
    /// Successful write commands applied, by operation id.
    pub writes: BTreeMap<String, u64>,
}

/// The whole emulator state.
#[derive(Debug, Clone)]
pub struct State {
    /// Seeded random generator for ids, tokens and codes.
    pub rng: StdRng,
    /// Id sequence (ids sort in creation order).
    pub seq: u64,
    /// Identities by id.
    pub identities: BTreeMap<String, Identity>,
    /// API keys (lagged for lists; authentication uses the write model).
    pub api_keys: Table<ApiKey>,
    /// Secret -> API key id.
    pub api_key_secrets: HashMap<String, String>,
    /// Sessions by id.
    pub sessions: BTreeMap<String, Session>,
    /// Access tokens by token string.
    pub access_tokens: HashMap<String, AccessToken>,
    /// Refresh tokens by token string.
    pub refresh_tokens: HashMap<String, RefreshToken>,
    /// Pending MFA verifications by token.
    pub pending: BTreeMap<String, PendingVerification>,
    /// Outstanding WebAuthn challenges -> identity that asked (if authenticated).
    pub webauthn_challenges: HashMap<String, Option<String>>,
    /// WebAuthn keys.
    pub webauthn_keys: Table<WebAuthnKey>,
    /// Workspaces.
    pub workspaces: Table<Workspace>,
    /// Invitations.
    pub invitations: Table<Invitation>,
    /// Clusters.
    pub clusters: Table<Cluster>,
    /// Kubernetes objects per cluster id.
    pub k8s: HashMap<String, Vec<K8sObject>>,
    /// Kubernetes events per cluster id (newest first).
    pub events: HashMap<String, Vec<Value>>,
    /// Applications.
    pub applications: Table<Application>,
    /// Application templates in catalogue order.
    pub templates: Vec<Template>,
    /// Billing profiles.
    pub billing_profiles: Table<BillingProfile>,
    /// Invoices per billing profile id.
    pub invoices: HashMap<String, Vec<Value>>,
    /// Transactions per billing profile id.
    pub transactions: HashMap<String, Vec<Value>>,
    /// Trainings.
    pub trainings: Vec<Value>,
    /// Counters.
    pub counters: Counters,
    /// Secret used to sign PDF URLs.
    pub url_secret: u64,
}

impl State {
    /// An empty state with a generator seeded from `seed`.
    pub fn empty(seed: u64) -> State {
        State {
            rng: StdRng::seed_from_u64(seed),
            seq: 0,
            identities: BTreeMap::new(),
            api_keys: Table::default(),
            api_key_secrets: HashMap::new(),
            sessions: BTreeMap::new(),
            access_tokens: HashMap::new(),
            refresh_tokens: HashMap::new(),
            pending: BTreeMap::new(),
            webauthn_challenges: HashMap::new(),
            webauthn_keys: Table::default(),
            workspaces: Table::default(),
            invitations: Table::default(),
            clusters: Table::default(),
            k8s: HashMap::new(),
            events: HashMap::new(),
            applications: Table::default(),
            templates: Vec::new(),
            billing_profiles: Table::default(),
            invoices: HashMap::new(),
            transactions: HashMap::new(),
            trainings: Vec::new(),
            counters: Counters::default(),
            url_secret: seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x00c0_ffee,
        }
    }

    /// A new 24-hex id; ids sort in creation order.
    pub fn new_id(&mut self) -> String {
        self.seq += 1;
        let r: u64 = self.rng.random();
        format!("{:08x}{:016x}", 0x6600_0000u64 + self.seq, r)
    }

    /// A random token with a prefix.
    pub fn new_token(&mut self, prefix: &str) -> String {
        let a: u64 = self.rng.random();
        let b: u64 = self.rng.random();
        format!("{prefix}{a:016x}{b:016x}")
    }

    /// A random 6-digit code.
    pub fn new_code(&mut self) -> String {
        format!("{:06}", self.rng.random_range(0..1_000_000u32))
    }

    /// Counts a created resource of `kind`.
    pub fn count_created(&mut self, kind: &'static str) {
        *self.counters.created.entry(kind).or_default() += 1;
    }

    /// Identity by e-mail (case-insensitive).
    pub fn identity_by_email(&self, email: &str) -> Option<&Identity> {
        self.identities.values().find(|i| i.email.eq_ignore_ascii_case(email))
    }
}

/// The current TOTP code of a secret at unix time `now` (30 s steps).
pub fn totp_code(secret: &str, unix_secs: u64) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    secret.hash(&mut h);
    (unix_secs / 30).hash(&mut h);
    format!("{:06}", h.finish() % 1_000_000)
}

/// Current unix time in seconds.
pub fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// ISO 8601 UTC timestamp (seconds precision) of a unix time.
pub fn iso(unix_secs: u64) -> String {
    let days = unix_secs / 86_400;
    let rem = unix_secs % 86_400;
    let (y, m, d) = civil_from_days(days as i64);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, (rem % 3600) / 60, rem % 60)
}

/// Now as ISO 8601.
pub fn iso_now() -> String {
    iso(unix_now())
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = (z - era * 146_097) as u64;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe as i64 + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}
