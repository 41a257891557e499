//! The tolerant reader of write responses: a write the server applied is a success whatever
//! body came with it.
//!
//! The docs describe few write responses (catalogue 5.1, 5.27): a 2xx may come with the
//! resource, a part of it, `{}`, or nothing. For a write whose documented response is a model,
//! the core hands every binding a JSON object that decodes as that model:
//!
//! 1. what the server sent wins;
//! 2. a field it left out is taken from the request (its body, then its path parameters),
//!    when the response model has a field of that name;
//! 3. a required field still missing (or `null`) gets its zero value (`""`, `0`, `false`,
//!    `[]`), from the skeleton the generator derives from the OpenAPI file.
//!
//! Before that, two guesses of the description are made safe: a field the server names
//! differently is read from its `x-aliases` (or, for a secret, any unknown secret-named
//! field), so the one-time API key secret is never lost; and `challengeRequired` of a login
//! is derived from what the docs do say: a `verificationToken` and no access token mean the
//! second step is needed (the flag itself is not documented).
//!
//! A created resource whose id is still unknown may be looked up by a unique request field
//! (`x-lookup-key`, see [`crate::Client`]); when that fails too, its id is `""`.

use serde_json::{Map, Value};

use crate::operation::OperationNotes;

/// The completed body, or `None` when the server's body already decodes as the model.
pub(crate) fn complete(
    notes: &OperationNotes,
    path: &[(&str, &str)],
    request: Option<&[u8]>,
    response: &[u8],
) -> Option<Map<String, Value>> {
    let skeleton = notes.skeleton?;
    let (mut obj, mut changed) = match serde_json::from_slice::<Value>(response) {
        Ok(Value::Object(m)) => (m, false),
        // empty, not JSON, or not an object: the server told nothing usable
        _ => (Map::new(), true),
    };
    let known = |k: &str| notes.response_fields.contains(&k);
    changed |= read_aliases(notes, &mut obj);
    changed |= derive_challenge_required(notes, &mut obj);
    if let Some(Ok(Value::Object(req))) = request.map(serde_json::from_slice::<Value>) {
        for (k, v) in req {
            // a secret the caller sent (a refresh token, a password) is never echoed back
            if known(&k) && !crate::secret::is_secret_name(&k) && obj.get(&k).is_none_or(Value::is_null) {
                obj.insert(k, v);
                changed = true;
            }
        }
    }
    for (k, v) in path {
        if known(k) && obj.get(*k).is_none_or(Value::is_null) {
            obj.insert((*k).to_owned(), Value::String((*v).to_owned()));
            changed = true;
        }
    }
    if let Ok(Value::Object(zero)) = serde_json::from_str::<Value>(skeleton) {
        changed |= fill(&mut obj, zero);
    }
    changed.then_some(obj)
}

/// Fills a missing field from its first alias present, else (for a field marked secret) from
/// the first unknown secret-named string field. The alias stays where it was too.
fn read_aliases(notes: &OperationNotes, obj: &mut Map<String, Value>) -> bool {
    let mut changed = false;
    for (field, aliases) in notes.aliases {
        if obj.get(*field).is_some_and(|v| !v.is_null()) {
            continue;
        }
        let found = aliases.iter().find_map(|a| obj.get(*a).filter(|v| !v.is_null()).cloned()).or_else(|| {
            obj.iter()
                .find(|(k, v)| {
                    v.is_string() && !notes.response_fields.contains(&k.as_str()) && crate::secret::is_secret_name(k)
                })
                .map(|(_, v)| v.clone())
        });
        if let Some(v) = found {
            obj.insert((*field).to_owned(), v);
            changed = true;
        }
    }
    changed
}

/// `challengeRequired` as the docs imply it: a verification token and no access token.
fn derive_challenge_required(notes: &OperationNotes, obj: &mut Map<String, Value>) -> bool {
    let fields = notes.response_fields;
    if !(fields.contains(&"challengeRequired") && fields.contains(&"verificationToken")) {
        return false;
    }
    let has = |k: &str| obj.get(k).and_then(Value::as_str).is_some_and(|s| !s.is_empty());
    let needed = Value::Bool(has("verificationToken") && !has("accessToken"));
    if obj.get("challengeRequired") == Some(&needed) {
        return false;
    }
    obj.insert("challengeRequired".to_owned(), needed);
    true
}

/// Puts each field of `zero` that `obj` lacks (or holds as `null`) into it, recursing into
/// nested required objects. True when anything was added.
fn fill(obj: &mut Map<String, Value>, zero: Map<String, Value>) -> bool {
    let mut changed = false;
    for (k, z) in zero {
        match (obj.get_mut(&k), z) {
            (Some(Value::Object(inner)), Value::Object(zi)) => changed |= fill(inner, zi),
            (Some(v), z) if v.is_null() => {
                *v = z;
                changed = true;
            }
            (Some(_), _) => {}
            (None, z) => {
                obj.insert(k, z);
                changed = true;
            }
        }
    }
    changed
}

/// The string value of `field` when it is present and not empty.
pub(crate) fn non_empty_str<'a>(obj: &'a Map<String, Value>, field: &str) -> Option<&'a str> {
    obj.get(field).and_then(Value::as_str).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const WS: OperationNotes = OperationNotes {
        skeleton: Some(r#"{"workspaceId":"","workspaceKey":"","workspaceName":"","auth":{"exp":0}}"#),
        response_fields: &["workspaceId", "workspaceKey", "workspaceName", "members", "auth", "accessToken"],
        aliases: &[],
        never_answers: None,
        lookup_key: None,
        read_back: None,
    };

    fn run(path: &[(&str, &str)], req: Option<Value>, resp: &[u8]) -> Option<Value> {
        let req = req.map(|v| serde_json::to_vec(&v).unwrap());
        complete(&WS, path, req.as_deref(), resp).map(Value::Object)
    }

    #[test]
    fn an_empty_body_is_completed_from_request_path_and_zero_values() {
        let got = run(
            &[("workspaceId", "w1")],
            Some(json!({"workspaceName": "Ops", "password": "x", "accessToken": "t"})),
            b"",
        )
        .unwrap();
        assert_eq!(
            got,
            json!({"workspaceId": "w1", "workspaceName": "Ops", "workspaceKey": "", "auth": {"exp": 0}}),
            "request fields the model does not have (a password) are never copied, nor secret-named ones"
        );
    }

    #[test]
    fn the_server_wins_and_a_full_body_is_left_alone() {
        let full = br#"{"workspaceId":"w","workspaceKey":"k","workspaceName":"n","auth":{"exp":5},"x":1}"#;
        assert_eq!(run(&[("workspaceId", "other")], Some(json!({"workspaceName": "req"})), full), None);
        let partial = br#"{"workspaceId":"w","workspaceName":null,"auth":{}}"#;
        let got = run(&[], Some(json!({"workspaceName": "req"})), partial).unwrap();
        assert_eq!(got["workspaceId"], "w");
        assert_eq!(got["workspaceName"], "req", "null is filled from the request");
        assert_eq!(got["auth"], json!({"exp": 0}), "nested required fields get zero values");
    }

    #[test]
    fn non_object_bodies_are_replaced() {
        for body in [&b"{}"[..], b"null", b"[]", b"\"ok\"", b"<html>OK</html>", b"  \n"] {
            let got = run(&[], None, body).unwrap();
            assert_eq!(got["workspaceId"], "", "{}", String::from_utf8_lossy(body));
        }
    }

    #[test]
    fn the_api_key_secret_is_read_whatever_its_name() {
        const KEY: OperationNotes = OperationNotes {
            skeleton: Some("{}"),
            response_fields: &["id", "label", "apiKey"],
            aliases: &[("apiKey", &["key", "secret"])],
            never_answers: None,
            lookup_key: None,
            read_back: None,
        };
        let got = |body: &str| complete(&KEY, &[], None, body.as_bytes()).map(|m| m["apiKey"].clone());
        assert_eq!(got(r#"{"id":"1","secret":"s1"}"#), Some(json!("s1")));
        assert_eq!(got(r#"{"id":"1","plaintextApiKey":"s2"}"#), Some(json!("s2")), "any secret-named field");
        assert_eq!(got(r#"{"id":"1","apiKey":"s3"}"#), None, "already there: untouched");
        assert_eq!(got(r#"{"id":"1","note":"x"}"#).flatten_null(), None, "nothing secret: nothing invented");
    }

    #[test]
    fn challenge_required_follows_the_tokens() {
        const LOGIN: OperationNotes = OperationNotes {
            skeleton: Some("{}"),
            response_fields: &["accessToken", "refreshToken", "challengeRequired", "verificationToken"],
            aliases: &[],
            never_answers: None,
            lookup_key: None,
            read_back: None,
        };
        let flag = |body: &str| {
            let m = complete(&LOGIN, &[], None, body.as_bytes());
            m.map_or_else(
                || serde_json::from_str::<Value>(body).unwrap()["challengeRequired"].clone(),
                |m| m["challengeRequired"].clone(),
            )
        };
        assert_eq!(flag(r#"{"verificationToken":"v"}"#), json!(true));
        assert_eq!(
            flag(r#"{"verificationToken":"v","challengeRequired":false}"#),
            json!(true),
            "the flag is not trusted"
        );
        assert_eq!(flag(r#"{"accessToken":"a","refreshToken":"r"}"#), json!(false));
        assert_eq!(flag(r#"{"accessToken":"a","challengeRequired":true}"#), json!(false));
    }

    trait FlattenNull {
        fn flatten_null(self) -> Option<Value>;
    }
    impl FlattenNull for Option<Value> {
        fn flatten_null(self) -> Option<Value> {
            self.filter(|v| !v.is_null())
        }
    }

    #[test]
    fn operations_without_a_model_response_are_untouched() {
        let none = OperationNotes {
            skeleton: None,
            response_fields: &[],
            aliases: &[],
            never_answers: None,
            lookup_key: None,
            read_back: None,
        };
        assert_eq!(complete(&none, &[], None, b""), None);
    }
}
