//! `limit`/`offset` paging: bare array body plus `x-Total`, `x-Limit`, `x-Offset` and `Link`.

use serde_json::{Value, json};

use crate::errors::Reply;
use crate::request::Ctx;

/// Default page size.
pub const DEFAULT_LIMIT: usize = 20;

/// Parses and validates `limit` and `offset` (400 for negative, zero limit or non-numeric).
pub fn params(ctx: &Ctx) -> Result<(usize, usize), Reply> {
    let parse = |name: &str, default: usize, min: usize| -> Result<usize, Reply> {
        match ctx.query_param(name) {
            None => Ok(default),
            // An integer too large for i64 is still an integer (the spec sets no maximum):
            // saturate it instead of answering 400 (a huge offset gives an empty page).
            Some(v) => match v.trim().parse::<i64>().or_else(|e| {
                let t = v.trim();
                let digits = t.strip_prefix('-').unwrap_or(t);
                if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                    Ok(if t.starts_with('-') { i64::MIN } else { i64::MAX })
                } else {
                    Err(e)
                }
            }) {
                Ok(n) if n >= min as i64 => Ok(n as usize),
                Ok(_) => Err(Reply::ajv(
                    &format!("/{name}"),
                    &format!("#/properties/{name}/minimum"),
                    "minimum",
                    json!({"comparison": ">=", "limit": min}),
                    &format!("must be >= {min}"),
                )),
                Err(_) => Err(Reply::ajv(
                    &format!("/{name}"),
                    &format!("#/properties/{name}/type"),
                    "type",
                    json!({"type": "integer"}),
                    "must be integer",
                )),
            },
        }
    };
    Ok((parse("limit", DEFAULT_LIMIT, 1)?, parse("offset", 0, 0)?))
}

/// Answers one page of `items` with the paging headers, copying only the items of the page
/// (a list held in the state is paged in O(page)).
pub fn page(ctx: &Ctx, items: &[Value]) -> Result<Reply, Reply> {
    let (limit, offset) = params(ctx)?;
    let total = items.len();
    let body: Vec<Value> = items.iter().skip(offset).take(limit).cloned().collect();
    let link_to = |off: usize, rel: &str| {
        let mut q = String::new();
        for (k, v) in ctx.raw_query_pairs() {
            if k == "limit" || k == "offset" {
                continue;
            }
            q.push_str(k);
            q.push('=');
            q.push_str(v);
            q.push('&');
        }
        format!("<{}?{q}limit={limit}&offset={off}>; rel=\"{rel}\"", ctx.path)
    };
    let last = if total == 0 { 0 } else { (total - 1) / limit * limit };
    let mut links = vec![link_to(0, "first")];
    if offset > 0 {
        links.push(link_to(offset.saturating_sub(limit), "prev"));
    }
    if offset.saturating_add(limit) < total {
        links.push(link_to(offset.saturating_add(limit), "next"));
    }
    links.push(link_to(last, "last"));
    let link = if ctx.cfg.link_quirks && ctx.op.id() == "trainings.list" {
        // The documented trainings example (catalogue 1.6): `/api/...` on the first and last
        // links, and no comma after `prev`.
        let n = links.len();
        let mut out = String::new();
        for (i, l) in links.iter().enumerate() {
            let l = if i == 0 || i == n - 1 { l.replacen("</v1/", "</api/", 1) } else { l.clone() };
            if i > 0 {
                out.push_str(if links[i - 1].ends_with("rel=\"prev\"") { " " } else { ", " });
            }
            out.push_str(&l);
        }
        out
    } else {
        links.join(", ")
    };
    Ok(Reply::ok(Value::Array(body))
        .with_header("x-Total", total.to_string())
        .with_header("x-Limit", limit.to_string())
        .with_header("x-Offset", offset.to_string())
        .with_header("Link", link))
}
