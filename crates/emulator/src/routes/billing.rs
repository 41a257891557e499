//! Billing profiles (personal: other identities get 404), invoices, signed PDF URLs and
//! transactions.

use serde_json::{Value, json};

use crate::errors::{Body, HResult, Reply};
use crate::paging;
use crate::request::Ctx;
use crate::request::Handler;
use crate::state::*;

/// Handler of a `billing.*` operation.
pub fn handler(id: &str) -> Option<Handler> {
    use Handler::{Read as R, Write as W};
    Some(match id {
        "billing.profiles.list" => R(list),
        "billing.profiles.create" => W(create),
        "billing.profiles.get" => R(get),
        "billing.profiles.delete" => W(delete),
        "billing.profiles.rename" => W(rename),
        "billing.profiles.update_address" => W(update_address),
        "billing.profiles.set_purchase_order_number" => W(set_po),
        "billing.profiles.delete_purchase_order_number" => W(delete_po),
        "billing.profiles.add_email_address" => W(add_email),
        "billing.profiles.remove_email_address" => W(remove_email),
        "billing.profiles.set_send_invoices_by_email" => W(set_send),
        "billing.profiles.assign_identity" => W(assign_identity),
        "billing.invoices.list" => R(invoices_list),
        "billing.invoices.get" => R(invoice_get),
        "billing.invoices.pdf_url" => R(pdf_url),
        "billing.invoices.download_pdf" => R(download_pdf),
        "billing.transactions.list" => R(transactions_list),
        _ => return None,
    })
}

fn profile_json(p: &BillingProfile) -> Value {
    let mut v = json!({
        "billingProfileId": p.billing_profile_id,
        "billingProfileName": p.billing_profile_name,
        "billingProfileAddress": p.billing_profile_address,
        "emailAddresses": p.email_addresses,
        "sendInvoicesByEmail": p.send_invoices_by_email,
        "identityIds": p.identity_ids,
        "createdAt": p.created_at,
    });
    if let Some(po) = &p.purchase_order_number {
        v["purchaseOrderNumber"] = json!(po);
    }
    v
}

fn read_profile<'a>(ctx: &Ctx, st: &'a State) -> Result<&'a BillingProfile, Reply> {
    st.billing_profiles
        .get_at(ctx.param(0), ctx.read_at)
        .filter(|p| p.owner_identity_id == ctx.who())
        .ok_or_else(Reply::not_found)
}

fn own_profile(ctx: &Ctx, st: &State) -> Result<(), Reply> {
    st.billing_profiles
        .get(ctx.param(0))
        .filter(|p| p.owner_identity_id == ctx.who())
        .map(|_| ())
        .ok_or_else(Reply::not_found)
}

fn update(ctx: &Ctx, st: &mut State, f: impl FnOnce(&mut BillingProfile)) -> HResult {
    own_profile(ctx, st)?;
    let p = st.billing_profiles.update(ctx.param(0), ctx.now, ctx.keep_after(), f).ok_or_else(Reply::not_found)?;
    Ok(Reply::ok(profile_json(&p)))
}

fn list(ctx: &Ctx, st: &State) -> HResult {
    let items: Vec<Value> = st
        .billing_profiles
        .iter_at(ctx.read_at)
        .filter(|p| p.owner_identity_id == ctx.who())
        .map(profile_json)
        .collect();
    paging::page(ctx, &items)
}

fn create(ctx: &Ctx, st: &mut State) -> HResult {
    let id = st.new_id();
    let p = BillingProfile {
        billing_profile_id: id.clone(),
        owner_identity_id: ctx.who().to_string(),
        billing_profile_name: ctx.body_str("billingProfileName").unwrap_or_default().to_string(),
        billing_profile_address: ctx.body.get("billingProfileAddress").cloned().unwrap_or(json!({})),
        purchase_order_number: None,
        email_addresses: Vec::new(),
        send_invoices_by_email: true,
        identity_ids: Vec::new(),
        created_at: iso_now(),
    };
    let out = profile_json(&p);
    st.billing_profiles.insert(id, p, ctx.now, ctx.keep_after());
    st.count_created("billing_profiles");
    Ok(Reply::created(out))
}

fn get(ctx: &Ctx, st: &State) -> HResult {
    Ok(Reply::ok(profile_json(read_profile(ctx, st)?)))
}

fn delete(ctx: &Ctx, st: &mut State) -> HResult {
    own_profile(ctx, st)?;
    let id = ctx.param(0);
    let p = st.billing_profiles.get(id).ok_or_else(Reply::not_found)?;
    if !p.identity_ids.is_empty() {
        return Err(Reply::conflict("Billing profile has active assignments"));
    }
    if st.transactions.get(id).is_some_and(|t| !t.is_empty()) {
        return Err(Reply::conflict("Billing profile has transactions and is kept permanently"));
    }
    st.billing_profiles.delete(id, ctx.now, ctx.keep_after());
    Ok(Reply::no_content())
}

fn rename(ctx: &Ctx, st: &mut State) -> HResult {
    let name = ctx.body_str("billingProfileName").unwrap_or_default().to_string();
    update(ctx, st, |p| p.billing_profile_name = name)
}

fn update_address(ctx: &Ctx, st: &mut State) -> HResult {
    let addr = ctx.body.get("billingProfileAddress").cloned().unwrap_or(json!({}));
    update(ctx, st, |p| p.billing_profile_address = addr)
}

fn set_po(ctx: &Ctx, st: &mut State) -> HResult {
    let po = ctx.body_str("purchaseOrderNumber").map(str::to_string);
    update(ctx, st, |p| p.purchase_order_number = po)
}

fn delete_po(ctx: &Ctx, st: &mut State) -> HResult {
    update(ctx, st, |p| p.purchase_order_number = None).map(|_| Reply::no_content())
}

fn add_email(ctx: &Ctx, st: &mut State) -> HResult {
    let email = ctx.body_str("emailAddress").unwrap_or_default().to_string();
    if !email.contains('@') {
        return Err(Reply::business(
            400,
            "EmailAddress {emailAddress} is invalid",
            json!({"emailAddress": email}),
            "emailAddress",
            "valid emailAddress",
        ));
    }
    own_profile(ctx, st)?;
    if st.billing_profiles.get(ctx.param(0)).is_some_and(|p| p.email_addresses.contains(&email)) {
        return Err(Reply::conflict("Email address already configured"));
    }
    update(ctx, st, |p| p.email_addresses.push(email))
}

fn remove_email(ctx: &Ctx, st: &mut State) -> HResult {
    let email = ctx.body_str("emailAddress").unwrap_or_default().to_string();
    own_profile(ctx, st)?;
    if !st.billing_profiles.get(ctx.param(0)).is_some_and(|p| p.email_addresses.contains(&email)) {
        return Err(Reply::not_found());
    }
    update(ctx, st, |p| p.email_addresses.retain(|e| *e != email)).map(|_| Reply::no_content())
}

fn set_send(ctx: &Ctx, st: &mut State) -> HResult {
    let on = ctx.body.get("sendInvoicesByEmail").and_then(Value::as_bool).unwrap_or(true);
    update(ctx, st, |p| p.send_invoices_by_email = on)
}

fn assign_identity(ctx: &Ctx, st: &mut State) -> HResult {
    let body_bp = ctx.body_str("billingProfileId").unwrap_or_default();
    if body_bp != ctx.param(0) {
        return Err(Reply::business(
            400,
            "BillingProfileId {billingProfileId} does not match the path",
            json!({"billingProfileId": body_bp}),
            "billingProfileId",
            "the billingProfileId of the path",
        ));
    }
    own_profile(ctx, st)?;
    let ident = ctx.body_str("identityId").unwrap_or_default().to_string();
    if !st.identities.contains_key(&ident) {
        return Err(Reply::not_found());
    }
    update(ctx, st, |p| {
        if !p.identity_ids.contains(&ident) {
            p.identity_ids.push(ident)
        }
    })
}

fn invoices_list(ctx: &Ctx, st: &State) -> HResult {
    let p = read_profile(ctx, st)?;
    paging::page(ctx, st.invoices.get(&p.billing_profile_id).map_or(&[], Vec::as_slice))
}

fn find_invoice<'a>(ctx: &Ctx, st: &'a State) -> Result<&'a Value, Reply> {
    let p = read_profile(ctx, st)?;
    st.invoices
        .get(&p.billing_profile_id)
        .and_then(|l| l.iter().find(|i| i["invoiceId"] == ctx.param(1)))
        .ok_or_else(Reply::not_found)
}

fn invoice_get(ctx: &Ctx, st: &State) -> HResult {
    Ok(Reply::ok(find_invoice(ctx, st)?.clone()))
}

fn sign(st: &State, bp: &str, invoice: &str, expires: u64) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (st.url_secret, bp, invoice, expires).hash(&mut h);
    format!("{:016x}", h.finish())
}

fn pdf_url(ctx: &Ctx, st: &State) -> HResult {
    let inv = find_invoice(ctx, st)?;
    let number = inv["invoiceNumber"].as_str().unwrap_or("0");
    let expires = unix_now() + 300;
    let token = sign(st, ctx.param(0), ctx.param(1), expires);
    Ok(Reply::ok(json!({
        "url": format!("{}/v1/billing/billing-profiles/{}/invoices/{}/pdf/Rechnung%20{number}.pdf?expires={expires}&token={token}", ctx.origin, ctx.param(0), ctx.param(1)),
        "expires": expires,
    })))
}

fn download_pdf(ctx: &Ctx, st: &State) -> HResult {
    let expires: u64 = ctx.query_param("expires").and_then(|e| e.parse().ok()).ok_or_else(Reply::forbidden_instance)?;
    let token = ctx.query_param("token").unwrap_or_default();
    if expires < unix_now() || token != sign(st, ctx.param(0), ctx.param(1), expires) {
        return Err(Reply::forbidden_instance());
    }
    let list = st.invoices.get(ctx.param(0)).ok_or_else(Reply::not_found)?;
    let inv = list.iter().find(|i| i["invoiceId"] == ctx.param(1)).ok_or_else(Reply::not_found)?;
    let number = inv["invoiceNumber"].as_str().unwrap_or("0");
    let text = format!("Rechnung {number}");
    let stream = format!("BT /F1 18 Tf 72 720 Td ({text}) Tj ET");
    let pdf = format!(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n4 0 obj<</Length {}>>stream\n{stream}\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
        stream.len()
    );
    Ok(Reply {
        status: 200,
        body: Some(Body::Bytes("application/pdf", pdf.into_bytes())),
        headers: vec![("Content-Disposition".into(), format!("inline; filename=\"{text}.pdf\""))],
    })
}

fn transactions_list(ctx: &Ctx, st: &State) -> HResult {
    let p = read_profile(ctx, st)?;
    paging::page(ctx, st.transactions.get(&p.billing_profile_id).map_or(&[], Vec::as_slice))
}
