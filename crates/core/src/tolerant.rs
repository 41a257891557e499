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
    if let Some(Ok(Value::Object(req))) = request.map(serde_json::from_slice::<Value>) {
        for (k, v) in req {
            if known(&k) && obj.get(&k).is_none_or(Value::is_null) {
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
        response_fields: &["workspaceId", "workspaceKey", "workspaceName", "members", "auth"],
        never_answers: None,
        lookup_key: None,
    };

    fn run(path: &[(&str, &str)], req: Option<Value>, resp: &[u8]) -> Option<Value> {
        let req = req.map(|v| serde_json::to_vec(&v).unwrap());
        complete(&WS, path, req.as_deref(), resp).map(Value::Object)
    }

    #[test]
    fn an_empty_body_is_completed_from_request_path_and_zero_values() {
        let got = run(&[("workspaceId", "w1")], Some(json!({"workspaceName": "Ops", "password": "x"})), b"").unwrap();
        assert_eq!(
            got,
            json!({"workspaceId": "w1", "workspaceName": "Ops", "workspaceKey": "", "auth": {"exp": 0}}),
            "request fields the model does not have (a password) are never copied"
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
    fn operations_without_a_model_response_are_untouched() {
        let none = OperationNotes { skeleton: None, response_fields: &[], never_answers: None, lookup_key: None };
        assert_eq!(complete(&none, &[], None, b""), None);
    }
}
