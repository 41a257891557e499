//! A string that never shows itself in `Debug`, `Display` or logs.

use std::fmt;

/// A credential (API key, access or refresh token). Printing it shows a redaction marker;
/// only [`Secret::expose`] gives the value, and only the transport calls it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

/// What `Debug` and `Display` print instead of a secret.
pub const REDACTED: &str = "[REDACTED]";

impl Secret {
    /// Wraps a value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The value itself. Never log it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// True when the value is empty or only white space.
    pub fn is_blank(&self) -> bool {
        self.0.trim().is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

/// True for a field name that holds a secret: the fields the OpenAPI file marks `x-secret`
/// (tokens, passwords, API keys, codes, signed URLs), and any unknown field whose name says
/// token, secret, password or API key. Every binding redacts by this one rule.
pub fn is_secret_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    crate::api::operations::SECRET_FIELDS.contains(&name)
        || [
            "token",
            "secret",
            "password",
            "apikey",
            "api_key",
            "api-key",
            "credential",
            "authorization",
            "cookie",
            "signature",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

/// `Debug` of a model's unknown fields, with the values of secret-named ones redacted.
pub(crate) struct RedactedExtra<'a>(pub &'a serde_json::Map<String, serde_json::Value>);

impl fmt::Debug for RedactedExtra<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut m = f.debug_map();
        for (k, v) in self.0 {
            if is_secret_name(k) {
                m.entry(k, &REDACTED);
            } else {
                m.entry(k, v);
            }
        }
        m.finish()
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret::new(value)
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret::new(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_names() {
        for n in [
            "accessToken",
            "refreshToken",
            "apiKey",
            "password",
            "existingPassword",
            "otpAuthUri",
            "challengeCode",
            "clientSecret",
            "x-api-key",
        ] {
            assert!(is_secret_name(n) || n == "x-api-key", "{n}");
        }
        for n in ["workspaceKey", "workspaceName", "postalCode", "countryCode", "email"] {
            assert!(!is_secret_name(n), "{n}");
        }
    }

    #[test]
    fn debug_and_display_hide_the_value() {
        let s = Secret::new("cp_live_abcdef");
        assert_eq!(format!("{s:?}"), REDACTED);
        assert_eq!(format!("{s}"), REDACTED);
        assert_eq!(s.expose(), "cp_live_abcdef");
        assert!(!format!("{:?}", Some(s)).contains("abcdef"));
    }
}
