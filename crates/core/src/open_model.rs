//! Decoding of the open response models: known fields into their typed slots, every other
//! field kept in `extra`.
//!
//! `#[serde(flatten)]` would do the same, but it first buffers the whole object into serde's
//! private `Content` tree and then decodes each field a second time; on `auth.me()` that was
//! a fifth of the client's CPU per call. The generated models use [`deserialize_open_model!`]
//! instead, which reads the object once, borrowing keys from the input where it can.

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserialize, Deserializer, Visitor};

/// An object key, borrowed from the input when it holds no escapes.
pub(crate) struct Key<'de>(pub Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// Implements `Deserialize` for a generated open model: each listed field is read from its
/// wire name (`req` fields must be present, `opt` fields may be absent or `null`), and every
/// other field lands in the model's `extra` map. A later duplicate key wins.
macro_rules! deserialize_open_model {
    ($name:ident { $($field:ident : $wire:literal $kind:ident),* $(,)? }) => {
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                struct ModelVisitor;
                impl<'de> ::serde::de::Visitor<'de> for ModelVisitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str(concat!("a JSON object for ", stringify!($name)))
                    }
                    fn visit_map<A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> ::std::result::Result<$name, A::Error> {
                        $(let mut $field = None;)*
                        let mut extra = ::serde_json::Map::new();
                        while let Some(key) = map.next_key::<$crate::open_model::Key<'de>>()? {
                            match &*key.0 {
                                $($wire => $crate::open_model::deserialize_open_model!(@read $kind $field map),)*
                                _ => {
                                    let value: ::serde_json::Value = map.next_value()?;
                                    extra.insert(key.0.into_owned(), value);
                                }
                            }
                        }
                        Ok($name {
                            $($field: $crate::open_model::deserialize_open_model!(@finish $kind $field $wire),)*
                            extra,
                        })
                    }
                }
                d.deserialize_map(ModelVisitor)
            }
        }
    };
    (@read req $field:ident $map:ident) => { $field = Some($map.next_value()?) };
    (@read opt $field:ident $map:ident) => { $field = $map.next_value()? };
    (@finish req $field:ident $wire:literal) => {
        $field.ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field($wire))?
    };
    (@finish opt $field:ident $wire:literal) => { $field };
}

pub(crate) use deserialize_open_model;

#[cfg(test)]
mod tests {
    use crate::models::{Identity, Workspace};
    use serde_json::json;

    #[test]
    fn known_fields_typed_unknown_kept_nulls_empty() {
        let w: Workspace = serde_json::from_value(json!({
            "workspaceId": "w1", "workspaceKey": "k", "workspaceName": "N",
            "workspaceDomain": null, "members": [], "futureField": {"a": [1, 2]}, "other": 3
        }))
        .unwrap();
        assert_eq!((w.workspace_id.as_str(), w.workspace_key.as_str(), w.workspace_name.as_str()), ("w1", "k", "N"));
        assert_eq!(w.workspace_domain, None);
        assert_eq!(w.members.as_deref().map(<[_]>::len), Some(0));
        assert_eq!(w.extra.len(), 2);
        assert_eq!(w.extra["futureField"], json!({"a": [1, 2]}));
        // and it serialises back to the same object (nulls dropped)
        let back = serde_json::to_value(&w).unwrap();
        assert_eq!(back["futureField"], json!({"a": [1, 2]}));
        assert_eq!(back["workspaceName"], "N");
        assert!(back.get("workspaceDomain").is_none());
    }

    #[test]
    fn missing_required_field_is_named() {
        let e = serde_json::from_str::<Workspace>(r#"{"workspaceId":"w1","workspaceKey":"k"}"#).unwrap_err();
        assert!(e.to_string().contains("missing field `workspaceName`"), "{e}");
    }

    #[test]
    fn wrong_type_and_non_object_are_errors() {
        let e = serde_json::from_str::<Identity>(r#"{"email": 5}"#).unwrap_err();
        assert!(e.to_string().contains("invalid type"), "{e}");
        let e = serde_json::from_str::<Identity>("[1]").unwrap_err();
        assert!(e.to_string().contains("expected a JSON object for Identity"), "{e}");
    }

    #[test]
    fn escaped_keys_and_duplicates() {
        // an escaped key cannot be borrowed from the input: it is decoded into an owned string
        let i: Identity = serde_json::from_str(r#"{"em\u0061il":"a@b","x\"y":1,"email":"c@d"}"#).unwrap();
        assert_eq!(i.email.as_deref(), Some("c@d"), "a later duplicate wins");
        assert_eq!(i.extra["x\"y"], 1);
        // from a reader, where no key can be borrowed
        let i: Identity = serde_json::from_reader(&br#"{"firstName":"F","z":null}"#[..]).unwrap();
        assert_eq!(i.first_name.as_deref(), Some("F"));
        assert_eq!(i.extra["z"], serde_json::Value::Null);
    }
}
