//! The fields of one of the core's `tracing` events as plain values (text, integers,
//! numbers, booleans), so each binding logs them as its own language's values: `status=200`,
//! never Rust's `Some(200)`; an absent value (`None`) is left out. The values of fields with a
//! secret name (the core's one rule, `crate::secret::is_secret_name`) are replaced by
//! `[REDACTED]`; the core never logs secrets in the first place.
//!
//! One definition for every binding (`cloudpirates::bridge::log_fields`), so each language
//! reads an event the same way.

use tracing::Event;
use tracing::field::{Field, Visit};

/// One field value, as the binding's language will show it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Text.
    Str(String),
    /// A whole number.
    Int(i64),
    /// A number with a fraction.
    Float(f64),
    /// `true` or `false`.
    Bool(bool),
}

/// An event's message and its other fields, in the order the core wrote them.
#[derive(Default)]
pub struct EventFields {
    /// The event's message.
    pub message: String,
    /// The other fields, by name.
    pub fields: Vec<(&'static str, Value)>,
}

impl EventFields {
    /// Reads every field of `event`.
    pub fn of(event: &Event<'_>) -> Self {
        let mut f = EventFields::default();
        event.record(&mut f);
        f
    }

    fn put(&mut self, field: &Field, value: Option<Value>) {
        let Some(value) = value else { return };
        if field.name() == "message" {
            self.message = match value {
                Value::Str(s) => s,
                other => text(&other),
            };
        } else if crate::secret::is_secret_name(field.name()) {
            self.fields.push((field.name(), Value::Str(crate::REDACTED.to_owned())));
        } else {
            self.fields.push((field.name(), value));
        }
    }
}

/// A value as plain text (what `k=v` shows), with `true`/`false` and numbers as written.
pub fn text(v: &Value) -> String {
    match v {
        Value::Str(s) => s.clone(),
        Value::Int(n) => n.to_string(),
        Value::Float(x) => x.to_string(),
        Value::Bool(b) => b.to_string(),
    }
}

/// A `Debug` rendering read back as a plain value: `Some(x)` is `x`, `None` is absent, a
/// quoted string loses its quotes, numbers and booleans become numbers and booleans.
fn from_debug(mut s: &str) -> Option<Value> {
    while let Some(inner) = s.strip_prefix("Some(").and_then(|r| r.strip_suffix(')')) {
        s = inner;
    }
    if s == "None" {
        return None;
    }
    if let Ok(n) = s.parse::<i64>() {
        return Some(Value::Int(n));
    }
    if let Ok(b) = s.parse::<bool>() {
        return Some(Value::Bool(b));
    }
    if s.len() >= 2 && s.starts_with('"') && s.ends_with('"') {
        return Some(Value::Str(s[1..s.len() - 1].replace("\\\"", "\"").replace("\\\\", "\\")));
    }
    Some(Value::Str(s.to_owned()))
}

impl Visit for EventFields {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let v = from_debug(&format!("{value:?}"));
        self.put(field, v);
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.put(field, Some(Value::Str(value.to_owned())));
    }
    fn record_i64(&mut self, field: &Field, value: i64) {
        self.put(field, Some(Value::Int(value)));
    }
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.put(field, Some(i64::try_from(value).map_or(Value::Float(value as f64), Value::Int)));
    }
    fn record_f64(&mut self, field: &Field, value: f64) {
        self.put(field, Some(Value::Float(value)));
    }
    fn record_bool(&mut self, field: &Field, value: bool) {
        self.put(field, Some(Value::Bool(value)));
    }
    fn record_error(&mut self, field: &Field, value: &(dyn std::error::Error + 'static)) {
        self.put(field, Some(Value::Str(value.to_string())));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_text_becomes_plain_values() {
        assert_eq!(from_debug("Some(200)"), Some(Value::Int(200)));
        assert_eq!(from_debug("None"), None);
        assert_eq!(from_debug("Some(Api)"), Some(Value::Str("Api".into())));
        assert_eq!(from_debug("\"a \\\"b\\\"\""), Some(Value::Str("a \"b\"".into())));
        assert_eq!(from_debug("true"), Some(Value::Bool(true)));
    }
}
