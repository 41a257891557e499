//! Kubernetes browsing (kubernetes-proxy) with label selectors, and Kubernetes events.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::access::read_access;
use super::clusters::read_cluster;
use crate::errors::{HResult, Reply};
use crate::paging;
use crate::request::Ctx;
use crate::request::Handler;
use crate::state::*;

/// Supported resource types (singular, upper case).
pub const RESOURCE_TYPES: [&str; 9] =
    ["CRONJOB", "DAEMONSET", "DEPLOYMENT", "JOB", "NAMESPACE", "NODE", "POD", "SERVICE", "STATEFULSET"];

/// Handler of an `observability.*` operation.
pub fn handler(id: &str) -> Option<Handler> {
    use Handler::Read as R;
    Some(match id {
        "observability.list_resources" => R(list_resources),
        "observability.get_resource" => R(get_resource),
        "observability.list_namespaced_resources" => R(list_namespaced),
        "observability.get_namespaced_resource" => R(get_namespaced),
        "observability.list_events" => R(list_events),
        _ => return None,
    })
}

fn bad_type(raw: &str, allowed: &[&str]) -> Reply {
    let mut r = Reply::ajv(
        "/resourceType",
        "#/properties/resourceType/enum",
        "enum",
        json!({"allowedValues": allowed}),
        "must be equal to one of the allowed values",
    );
    if let Some(crate::errors::Body::Json(v)) = r.body.as_mut() {
        v["params"]["value"] = json!(raw);
    }
    r
}

/// The documented resource types (any case, singular). The docs do not exclude cluster-scoped
/// kinds (NODE, NAMESPACE) from the namespaced routes, so they are accepted there too (and
/// simply find nothing in a namespace).
fn resource_type(raw: &str, _namespaced: bool) -> Result<&'static str, Reply> {
    let up = raw.to_ascii_uppercase();
    RESOURCE_TYPES.iter().copied().find(|t| *t == up).ok_or_else(|| bad_type(raw, &RESOURCE_TYPES))
}

fn objects<'a>(ctx: &Ctx, st: &'a State) -> Result<&'a [K8sObject], Reply> {
    read_access(ctx, st, ctx.param(0))?;
    read_cluster(ctx, st, ctx.param(0), ctx.param(1))?;
    Ok(st.k8s.get(ctx.param(1)).map(Vec::as_slice).unwrap_or(&[]))
}

#[derive(Debug)]
enum Req {
    Eq(String, String),
    NotEq(String, String),
    In(String, Vec<String>),
    NotIn(String, Vec<String>),
    Exists(String),
    NotExists(String),
}

/// Parses a Kubernetes label selector (equality- and set-based).
fn parse_selector(s: &str) -> Result<Vec<Req>, String> {
    let mut terms = Vec::new();
    let mut depth = 0;
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                terms.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    terms.push(cur);
    let valid = |k: &str| !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c));
    let set = |rest: &str| -> Result<Vec<String>, String> {
        let r = rest.trim();
        let inner =
            r.strip_prefix('(').and_then(|r| r.strip_suffix(')')).ok_or_else(|| format!("expected (values) in {r}"))?;
        Ok(inner.split(',').map(|v| v.trim().to_string()).filter(|v| !v.is_empty()).collect())
    };
    let mut out = Vec::new();
    for t in terms.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
        let req = if let Some((k, v)) = t.split_once("!=") {
            Req::NotEq(k.trim().into(), v.trim().into())
        } else if let Some((k, v)) = t.split_once("==") {
            Req::Eq(k.trim().into(), v.trim().into())
        } else if let Some((k, v)) = t.split_once('=') {
            Req::Eq(k.trim().into(), v.trim().into())
        } else if let Some((k, rest)) = t.split_once(" notin ") {
            Req::NotIn(k.trim().into(), set(rest)?)
        } else if let Some((k, rest)) = t.split_once(" in ") {
            Req::In(k.trim().into(), set(rest)?)
        } else if let Some(k) = t.strip_prefix('!') {
            Req::NotExists(k.trim().into())
        } else {
            Req::Exists(t.into())
        };
        let key = match &req {
            Req::Eq(k, _)
            | Req::NotEq(k, _)
            | Req::In(k, _)
            | Req::NotIn(k, _)
            | Req::Exists(k)
            | Req::NotExists(k) => k,
        };
        if !valid(key) {
            return Err(format!("invalid label key in {t}"));
        }
        out.push(req);
    }
    Ok(out)
}

fn matches(reqs: &[Req], labels: &BTreeMap<String, String>) -> bool {
    reqs.iter().all(|r| match r {
        Req::Eq(k, v) => labels.get(k) == Some(v),
        Req::NotEq(k, v) => labels.get(k) != Some(v),
        Req::In(k, vs) => labels.get(k).is_some_and(|l| vs.contains(l)),
        Req::NotIn(k, vs) => labels.get(k).is_none_or(|l| !vs.contains(l)),
        Req::Exists(k) => labels.contains_key(k),
        Req::NotExists(k) => !labels.contains_key(k),
    })
}

fn list(ctx: &Ctx, st: &State, ty: &str, ns: Option<&str>) -> HResult {
    let objs = objects(ctx, st)?;
    let reqs = match ctx.query_param("labelSelector") {
        Some(s) => parse_selector(s).map_err(|e| {
            Reply::business(
                400,
                "LabelSelector {labelSelector} is invalid",
                json!({"labelSelector": s, "reason": e}),
                "labelSelector",
                "valid Kubernetes label selector",
            )
        })?,
        None => Vec::new(),
    };
    let items: Vec<Value> = objs
        .iter()
        .filter(|o| o.kind == ty && ns.is_none_or(|n| o.namespace.as_deref() == Some(n)) && matches(&reqs, &o.labels))
        .map(|o| o.manifest.clone())
        .collect();
    paging::page(ctx, &items)
}

fn envelope(ctx: &Ctx, o: &K8sObject) -> Reply {
    Reply::ok(json!({"clusterId": ctx.param(1), "workspaceId": ctx.param(0), "resource": o.manifest}))
}

fn list_resources(ctx: &Ctx, st: &State) -> HResult {
    let ty = resource_type(ctx.param(2), false)?;
    list(ctx, st, ty, None)
}

fn list_namespaced(ctx: &Ctx, st: &State) -> HResult {
    let ty = resource_type(ctx.param(3), true)?;
    list(ctx, st, ty, Some(ctx.param(2)))
}

fn get_resource(ctx: &Ctx, st: &State) -> HResult {
    let ty = resource_type(ctx.param(2), false)?;
    let objs = objects(ctx, st)?;
    let o = objs.iter().find(|o| o.kind == ty && o.name == ctx.param(3)).ok_or_else(Reply::not_found)?;
    Ok(envelope(ctx, o))
}

fn get_namespaced(ctx: &Ctx, st: &State) -> HResult {
    let ty = resource_type(ctx.param(3), true)?;
    let objs = objects(ctx, st)?;
    let o = objs
        .iter()
        .find(|o| o.kind == ty && o.namespace.as_deref() == Some(ctx.param(2)) && o.name == ctx.param(4))
        .ok_or_else(Reply::not_found)?;
    Ok(envelope(ctx, o))
}

fn list_events(ctx: &Ctx, st: &State) -> HResult {
    objects(ctx, st)?;
    paging::page(ctx, st.events.get(ctx.param(1)).map_or(&[], Vec::as_slice))
}
