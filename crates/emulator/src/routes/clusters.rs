//! Clusters: registration (EXTERNAL only; MANAGED answers 501), agent access tokens.

use serde_json::{Value, json};

use super::access::{Need, read_access, write_access};
use crate::errors::{HResult, Reply};
use crate::paging;
use crate::request::Ctx;
use crate::request::Handler;
use crate::state::*;

/// Handler of a `clusters.*` operation.
pub fn handler(id: &str) -> Option<Handler> {
    use Handler::{Read as R, Write as W};
    Some(match id {
        "clusters.list" => R(list),
        "clusters.create" => W(create),
        "clusters.get" => R(get),
        "clusters.rename" => W(rename),
        "clusters.rotate_access_token" => W(rotate),
        "clusters.delete" => W(delete),
        _ => return None,
    })
}

fn summary(c: &Cluster) -> Value {
    json!({"clusterId": c.cluster_id, "workspaceId": c.workspace_id, "clusterName": c.cluster_name, "clusterType": c.cluster_type, "serverInfo": c.server_info, "createdAt": c.created_at})
}

fn full(c: &Cluster) -> Value {
    let mut v = summary(c);
    v["accessToken"] = json!(c.access_token);
    v
}

/// The cluster `cluster_id` of workspace `ws` as the read model sees it (404 otherwise).
pub fn read_cluster<'a>(ctx: &Ctx, st: &'a State, ws: &str, cluster_id: &str) -> Result<&'a Cluster, Reply> {
    st.clusters.get_at(cluster_id, ctx.read_at).filter(|c| c.workspace_id == ws).ok_or_else(Reply::not_found)
}

fn write_cluster(ctx: &Ctx, st: &State) -> Result<(), Reply> {
    write_access(ctx, st, ctx.param(0), Need::Manage)?;
    st.clusters.get(ctx.param(1)).filter(|c| c.workspace_id == ctx.param(0)).map(|_| ()).ok_or_else(Reply::not_found)
}

fn list(ctx: &Ctx, st: &State) -> HResult {
    let ws = ctx.param(0);
    read_access(ctx, st, ws)?;
    let items: Vec<Value> = st.clusters.iter_at(ctx.read_at).filter(|c| c.workspace_id == ws).map(summary).collect();
    paging::page(ctx, &items)
}

fn create(ctx: &Ctx, st: &mut State) -> HResult {
    let ws = ctx.param(0).to_string();
    write_access(ctx, st, &ws, Need::Manage)?;
    if ctx.body_str("clusterType") == Some("MANAGED") {
        return Err(Reply::not_implemented());
    }
    let id = st.new_id();
    let token = st.new_token("cpct_");
    let c = Cluster {
        cluster_id: id.clone(),
        workspace_id: ws,
        cluster_name: ctx.body_str("clusterName").unwrap_or_default().to_string(),
        cluster_type: "EXTERNAL".into(),
        server_info: json!({}),
        access_token: token,
        created_at: iso_now(),
    };
    let out = full(&c);
    st.clusters.insert(id, c, ctx.now, ctx.keep_after());
    st.count_created("clusters");
    Ok(Reply::created(out))
}

fn get(ctx: &Ctx, st: &State) -> HResult {
    read_access(ctx, st, ctx.param(0))?;
    Ok(Reply::ok(full(read_cluster(ctx, st, ctx.param(0), ctx.param(1))?)))
}

fn rename(ctx: &Ctx, st: &mut State) -> HResult {
    write_cluster(ctx, st)?;
    let name = ctx.body_str("clusterName").unwrap_or_default().to_string();
    let c = st
        .clusters
        .update(ctx.param(1), ctx.now, ctx.keep_after(), |c| c.cluster_name = name)
        .ok_or_else(Reply::not_found)?;
    Ok(Reply::ok(summary(&c)))
}

fn rotate(ctx: &Ctx, st: &mut State) -> HResult {
    write_cluster(ctx, st)?;
    let token = st.new_token("cpct_");
    let t = token.clone();
    st.clusters.update(ctx.param(1), ctx.now, ctx.keep_after(), |c| c.access_token = t).ok_or_else(Reply::not_found)?;
    Ok(Reply::ok(json!({"accessToken": token})))
}

fn delete(ctx: &Ctx, st: &mut State) -> HResult {
    write_cluster(ctx, st)?;
    st.clusters.delete(ctx.param(1), ctx.now, ctx.keep_after());
    Ok(Reply::no_content())
}
