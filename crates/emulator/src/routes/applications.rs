//! Managed applications (create: 501 after full validation unless the happy-path switch is on;
//! value/version updates: 504 by default) and the read-only template catalogue.

use serde_json::{Value, json};

use super::access::{Need, read_access, write_access};
use crate::config::ApplicationUpdateMode;
use crate::errors::{HResult, Reply};
use crate::paging;
use crate::request::Ctx;
use crate::request::Handler;
use crate::state::*;

/// Handler of an `applications.*` operation.
pub fn handler(id: &str) -> Option<Handler> {
    use Handler::{Read as R, Write as W};
    Some(match id {
        "applications.list" => R(list),
        "applications.create" => W(create),
        "applications.get" => R(get),
        "applications.update_values" => W(update_values),
        "applications.update_version" => W(update_version),
        "applications.delete" => W(delete),
        "applications.logs" => R(logs),
        "applications.templates.list" => R(templates_list),
        "applications.templates.get" => R(templates_get),
        _ => return None,
    })
}

fn app_json(a: &Application) -> Value {
    json!({
        "applicationId": a.application_id, "workspaceId": a.workspace_id, "name": a.name,
        "applicationTemplateId": a.application_template_id, "applicationTemplatePresetId": a.application_template_preset_id,
        "clusterId": a.cluster_id, "appVersion": a.app_version, "applicationValues": a.application_values,
        "status": a.status, "createdAt": a.created_at,
    })
}

fn template<'a>(st: &'a State, id: &str) -> Option<&'a Value> {
    st.templates.iter().map(|t| &t.doc).find(|d| d["applicationTemplateId"] == id)
}

fn preset<'a>(tpl: &'a Value, id: &str) -> Option<&'a Value> {
    tpl["presets"].as_array()?.iter().find(|p| p["applicationTemplatePresetId"] == id)
}

fn has_version(tpl: &Value, v: &str) -> bool {
    tpl["versions"].as_array().is_some_and(|vs| vs.iter().any(|x| x["version"] == v || x["appVersion"] == v))
}

fn semver(v: &str) -> Option<(u64, u64, u64)> {
    let core = v.trim().trim_start_matches('v').split(['-', '+']).next()?;
    let mut it = core.split('.').map(|p| p.parse::<u64>());
    Some((it.next()?.ok()?, it.next().unwrap_or(Ok(0)).ok()?, it.next().unwrap_or(Ok(0)).ok()?))
}

/// True when `version` satisfies a range made of space-separated comparators
/// (`>=1.2.3 <2.0.0`, `^1.2.0`, `~1.2.0`, `=1.2.3`, `*`).
pub fn satisfies(version: &str, range: &str) -> bool {
    let Some(v) = semver(version) else {
        return false;
    };
    range.split_whitespace().all(|term| {
        if term == "*" || term == "x" {
            return true;
        }
        let (op, rest) = ["<=", ">=", "<", ">", "=", "^", "~"]
            .iter()
            .find_map(|op| term.strip_prefix(op).map(|r| (*op, r)))
            .unwrap_or(("=", term));
        let Some(b) = semver(rest) else { return false };
        match op {
            "<=" => v <= b,
            ">=" => v >= b,
            "<" => v < b,
            ">" => v > b,
            "^" => v >= b && v.0 == b.0,
            "~" => v >= b && v.0 == b.0 && v.1 == b.1,
            _ => v == b,
        }
    })
}

fn business(status: u16, field: &str, value: &str, message: &str, expected: &str) -> Reply {
    Reply::business(status, message, json!({field: value}), field, expected)
}

fn values_ok(st: &State, a: &Application, values: &Value) -> Result<(), Reply> {
    let Some(tpl) = template(st, &a.application_template_id) else {
        return Ok(());
    };
    let Some(p) = preset(tpl, &a.application_template_preset_id) else {
        return Ok(());
    };
    let schema = &p["valuesSchema"];
    if schema.is_object()
        && let Ok(v) = jsonschema::validator_for(schema)
        && let Some(e) = v.iter_errors(values).next()
    {
        {
            {
                return Err(Reply::business(
                    400,
                    "ApplicationValues do not satisfy the preset's valuesSchema",
                    json!({"instancePath": e.instance_path().as_str(), "error": e.to_string()}),
                    "applicationValues",
                    "values matching the preset valuesSchema",
                ));
            }
        }
    }
    Ok(())
}

fn list(ctx: &Ctx, st: &State) -> HResult {
    let ws = ctx.param(0);
    read_access(ctx, st, ws)?;
    paging::page(
        ctx,
        &st.applications.iter_at(ctx.read_at).filter(|a| a.workspace_id == ws).map(app_json).collect::<Vec<_>>(),
    )
}

fn create(ctx: &Ctx, st: &mut State) -> HResult {
    let ws = ctx.param(0).to_string();
    write_access(ctx, st, &ws, Need::Manage)?;
    let tid = ctx.body_str("applicationTemplateId").unwrap_or_default();
    let pid = ctx.body_str("applicationTemplatePresetId").unwrap_or_default();
    let cid = ctx.body_str("clusterId").unwrap_or_default();
    let ver = ctx.body_str("appVersion").unwrap_or_default();
    let tpl = template(st, tid).ok_or_else(|| {
        business(
            404,
            "applicationTemplateId",
            tid,
            "ApplicationTemplate {applicationTemplateId} not found",
            "existing applicationTemplateId",
        )
    })?;
    if !has_version(tpl, ver) {
        return Err(business(
            400,
            "appVersion",
            ver,
            "AppVersion {appVersion} does not exist for this template",
            "existing appVersion",
        ));
    }
    if st.clusters.get(cid).is_none_or(|c| c.workspace_id != ws) {
        return Err(business(404, "clusterId", cid, "Cluster {clusterId} not found", "existing clusterId"));
    }
    let p = preset(tpl, pid).ok_or_else(|| {
        business(
            404,
            "applicationTemplatePresetId",
            pid,
            "ApplicationTemplatePreset {applicationTemplatePresetId} not found",
            "existing applicationTemplatePresetId",
        )
    })?;
    let range = p["supportedVersionRange"].as_str().unwrap_or("*");
    if !satisfies(ver, range) {
        return Err(business(
            400,
            "appVersion",
            ver,
            "AppVersion {appVersion} does not satisfy the preset's supportedVersionRange",
            range,
        ));
    }
    if !ctx.cfg.applications_happy_path {
        return Err(Reply::not_implemented());
    }
    let id = st.new_id();
    let a = Application {
        application_id: id.clone(),
        workspace_id: ws,
        name: ctx.body_str("name").unwrap_or_default().to_string(),
        application_template_id: tid.to_string(),
        application_template_preset_id: pid.to_string(),
        cluster_id: cid.to_string(),
        app_version: ver.to_string(),
        application_values: json!({}),
        status: "DEPLOYING".into(),
        created_at: iso_now(),
    };
    let out = app_json(&a);
    st.applications.insert(id, a, ctx.now, ctx.keep_after());
    st.count_created("applications");
    Ok(Reply::created(out))
}

fn read_app<'a>(ctx: &Ctx, st: &'a State) -> Result<&'a Application, Reply> {
    read_access(ctx, st, ctx.param(0))?;
    st.applications
        .get_at(ctx.param(1), ctx.read_at)
        .filter(|a| a.workspace_id == ctx.param(0))
        .ok_or_else(Reply::not_found)
}

fn write_app(ctx: &Ctx, st: &State) -> Result<Application, Reply> {
    write_access(ctx, st, ctx.param(0), Need::Manage)?;
    st.applications.get(ctx.param(1)).filter(|a| a.workspace_id == ctx.param(0)).cloned().ok_or_else(Reply::not_found)
}

fn get(ctx: &Ctx, st: &State) -> HResult {
    Ok(Reply::ok(app_json(read_app(ctx, st)?)))
}

fn update_outcome(ctx: &Ctx) -> Result<(), Reply> {
    match ctx.cfg.application_update_mode {
        ApplicationUpdateMode::GatewayTimeout => Err(Reply::standard(504)),
        ApplicationUpdateMode::ServiceUnavailable => Err(Reply::standard(503)),
        ApplicationUpdateMode::Succeed => Ok(()),
    }
}

fn update_values(ctx: &Ctx, st: &mut State) -> HResult {
    let a = write_app(ctx, st)?;
    let values = ctx.body.get("applicationValues").cloned().unwrap_or(json!({}));
    values_ok(st, &a, &values)?;
    update_outcome(ctx)?;
    let a = st
        .applications
        .update(ctx.param(1), ctx.now, ctx.keep_after(), |a| a.application_values = values)
        .ok_or_else(Reply::not_found)?;
    Ok(Reply::ok(app_json(&a)))
}

fn update_version(ctx: &Ctx, st: &mut State) -> HResult {
    let a = write_app(ctx, st)?;
    let ver = ctx.body_str("appVersion").unwrap_or_default().to_string();
    let tpl = template(st, &a.application_template_id).ok_or_else(Reply::not_found)?;
    if !has_version(tpl, &ver) {
        return Err(business(
            400,
            "appVersion",
            &ver,
            "AppVersion {appVersion} does not exist for this template",
            "existing appVersion",
        ));
    }
    if let Some(p) = preset(tpl, &a.application_template_preset_id) {
        let range = p["supportedVersionRange"].as_str().unwrap_or("*");
        if !satisfies(&ver, range) {
            return Err(business(
                400,
                "appVersion",
                &ver,
                "AppVersion {appVersion} does not satisfy the preset's supportedVersionRange",
                range,
            ));
        }
    }
    update_outcome(ctx)?;
    let a = st
        .applications
        .update(ctx.param(1), ctx.now, ctx.keep_after(), |a| a.app_version = ver)
        .ok_or_else(Reply::not_found)?;
    Ok(Reply::ok(app_json(&a)))
}

fn delete(ctx: &Ctx, st: &mut State) -> HResult {
    write_app(ctx, st)?;
    st.applications.delete(ctx.param(1), ctx.now, ctx.keep_after());
    Ok(Reply::no_content())
}

fn logs(ctx: &Ctx, st: &State) -> HResult {
    let a = read_app(ctx, st)?;
    let base = 1_717_200_000u64;
    let lines = [
        ("INFO", "Helm release {name} installed"),
        ("INFO", "Waiting for pods of {name} to become ready"),
        ("INFO", "Pod {name}-0 is ready"),
        ("WARN", "Readiness probe of {name}-0 took longer than 5s"),
        ("INFO", "Release {name} is healthy"),
    ];
    let items: Vec<Value> = (0..30u64)
        .map(|k| {
            let (level, msg) = lines[(k % 5) as usize];
            json!({"timestamp": iso(base + k * 60), "level": level, "message": msg.replace("{name}", &a.name), "applicationId": a.application_id})
        })
        .collect();
    paging::page(ctx, &items)
}

fn templates_list(ctx: &Ctx, st: &State) -> HResult {
    let items: Vec<Value> = st
        .templates
        .iter()
        .map(|t| {
            let d = &t.doc;
            json!({"applicationTemplateId": d["applicationTemplateId"], "name": d["name"], "description": d["description"], "logoUrl": d["logoUrl"], "source": d["source"]})
        })
        .collect();
    paging::page(ctx, &items)
}

fn templates_get(ctx: &Ctx, st: &State) -> HResult {
    template(st, ctx.param(0)).map(|d| Reply::ok(d.clone())).ok_or_else(Reply::not_found)
}
