//! Path templates: every parameter becomes exactly one percent-encoded path segment.

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use crate::error::{Error, Result};
use crate::operation::Operation;

/// Everything but unreserved characters (RFC 3986) is encoded, `/` included.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b':')
    .add(b';')
    .add(b'<')
    .add(b'=')
    .add(b'>')
    .add(b'?')
    .add(b'@')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}')
    .add(b'!')
    .add(b'$')
    .add(b'&')
    .add(b'\'')
    .add(b'(')
    .add(b')')
    .add(b'*')
    .add(b'+')
    .add(b',');

/// Encodes one path parameter value; an empty value, `.` or `..` is invalid input.
pub fn encode_segment(value: &str) -> Result<String> {
    if value.is_empty() {
        return Err(Error::invalid_input("a path parameter is empty"));
    }
    if value == "." || value == ".." {
        return Err(Error::invalid_input(format!("{value:?} is not a valid path parameter")));
    }
    Ok(utf8_percent_encode(value, SEGMENT).to_string())
}

/// Fills the operation's template with `values` (in template order).
pub(crate) fn render_path(op: &Operation, values: &[String]) -> Result<String> {
    if values.len() != op.path_params.len() {
        return Err(Error::invalid_input(format!(
            "{} takes {} path parameter(s) ({}), got {}",
            op.id,
            op.path_params.len(),
            op.path_params.join(", "),
            values.len()
        )));
    }
    let mut out = String::with_capacity(op.path.len() + 32);
    let mut rest = op.path;
    for (name, value) in op.path_params.iter().zip(values) {
        let placeholder = format!("{{{name}}}");
        let Some(at) = rest.find(&placeholder) else {
            return Err(Error::invalid_input(format!("{}: template has no {{{name}}}", op.id)));
        };
        out.push_str(&rest[..at]);
        let seg =
            encode_segment(value).map_err(|e| Error::invalid_input(format!("{}: {name}: {}", op.id, e.message())))?;
        out.push_str(&seg);
        rest = &rest[at + placeholder.len()..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use crate::operation::{AuthRequirement, Method, Paging};

    const OP: Operation = Operation {
        id: "t.get",
        method: Method::Get,
        path: "/workspaces/{workspaceId}/clusters/{clusterId}",
        path_params: &["workspaceId", "clusterId"],
        auth: AuthRequirement::Any,
        paging: Paging::No,
        created_id_field: None,
        issues_tokens: false,
    };

    #[test]
    fn values_become_single_segments() {
        let p = render_path(&OP, &["a b".into(), "../auth/api-keys".into()]).unwrap();
        assert_eq!(p, "/workspaces/a%20b/clusters/..%2Fauth%2Fapi-keys");
        let p = render_path(&OP, &["ü?#".into(), "x".into()]).unwrap();
        assert_eq!(p, "/workspaces/%C3%BC%3F%23/clusters/x");
    }

    #[test]
    fn empty_dot_and_dotdot_are_rejected() {
        for bad in ["", ".", ".."] {
            let e = render_path(&OP, &["w".into(), bad.into()]).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::InvalidInput);
            assert!(e.message().contains("clusterId"), "{}", e.message());
        }
        assert_eq!(render_path(&OP, &["w".into()]).unwrap_err().kind(), ErrorKind::InvalidInput);
    }
}
