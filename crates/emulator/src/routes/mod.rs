//! The operation table: every operation of the OpenAPI document bound to its handler, and
//! the path matcher.

pub mod access;
pub mod applications;
pub mod auth;
pub mod billing;
pub mod clusters;
pub mod observability;
pub mod trainings;
pub mod workspaces;

use std::sync::OnceLock;

use crate::request::Seg;
pub use crate::request::{Handler, Operation, ReadFn, WriteFn};
use crate::schema::spec;

fn handler_for(id: &str) -> Option<Handler> {
    auth::handler(id)
        .or_else(|| workspaces::handler(id))
        .or_else(|| billing::handler(id))
        .or_else(|| clusters::handler(id))
        .or_else(|| observability::handler(id))
        .or_else(|| applications::handler(id))
        .or_else(|| trainings::handler(id))
}

/// All routable operations.
pub fn operations() -> &'static [Operation] {
    static OPS: OnceLock<Vec<Operation>> = OnceLock::new();
    OPS.get_or_init(|| {
        spec()
            .operations
            .iter()
            .filter_map(|op| {
                let handler = handler_for(&op.id)?;
                let segs: Vec<Seg> = op
                    .path
                    .split('/')
                    .filter(|s| !s.is_empty())
                    .map(|s| if s.starts_with('{') { Seg::Param } else { Seg::Lit(s.to_string()) })
                    .collect();
                let literals = segs.iter().filter(|s| matches!(s, Seg::Lit(_))).count();
                Some(Operation { spec: op, handler, segs, literals })
            })
            .collect()
    })
}

/// Operation ids of the document that have no handler (should be empty).
pub fn unhandled() -> Vec<&'static str> {
    spec().operations.iter().filter(|o| handler_for(&o.id).is_none()).map(|o| o.id.as_str()).collect()
}

/// Finds the operation for a method and path; literal segments win over parameters.
/// Returns the operation and its raw (still percent-encoded) path parameters.
pub fn find<'p>(method: &str, path: &'p str) -> Option<(&'static Operation, Vec<&'p str>)> {
    let parts: Vec<&str> = path.trim_end_matches('/').split('/').filter(|s| !s.is_empty()).collect();
    let mut best: Option<(&'static Operation, Vec<&str>)> = None;
    for op in operations() {
        if op.spec.method != method || op.segs.len() != parts.len() {
            continue;
        }
        let mut params = Vec::new();
        let ok = op.segs.iter().zip(&parts).all(|(s, p)| match s {
            Seg::Lit(l) => l == p,
            Seg::Param => {
                params.push(*p);
                true
            }
        });
        if ok && best.as_ref().is_none_or(|(b, _)| b.literals < op.literals) {
            best = Some((op, params));
        }
    }
    best
}
