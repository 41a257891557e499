// Generated from openapi/cloudpirates.yaml by tools/codegen; do not edit.
//! Operations of the `billing` service.

#![allow(unused_imports)]

use futures_util::stream::BoxStream;

use super::operations::{OPERATIONS, idx};
use crate::client::Client;
use crate::error::Result;
use crate::models;
use crate::pagination::{Page, PageParams};

/// Query parameters of `billing.invoices.download_pdf`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BillingInvoicesDownloadPdfParams {
    /// Expiry timestamp from the signed URL.
    pub expires: Option<String>,
    /// Signature token from the signed URL.
    pub token: Option<String>,
}

impl BillingInvoicesDownloadPdfParams {
    fn to_query(&self) -> Vec<(String, String)> {
        let mut q = Vec::new();
        if let Some(v) = &self.expires {
            q.push(("expires".to_owned(), v.clone()));
        }
        if let Some(v) = &self.token {
            q.push(("token".to_owned(), v.clone()));
        }
        q
    }
}

impl Client {
    /// Operations of `billing`.
    pub fn billing(&self) -> Billing {
        Billing { client: self.clone() }
    }
}

/// Operations of `billing`.
#[derive(Debug, Clone)]
pub struct Billing {
    client: Client,
}

impl Billing {
    /// Operations of `billing.profiles`.
    pub fn profiles(&self) -> BillingProfiles {
        BillingProfiles { client: self.client.clone() }
    }

    /// Operations of `billing.invoices`.
    pub fn invoices(&self) -> BillingInvoices {
        BillingInvoices { client: self.client.clone() }
    }

    /// Operations of `billing.transactions`.
    pub fn transactions(&self) -> BillingTransactions {
        BillingTransactions { client: self.client.clone() }
    }
}

/// Operations of `billing.profiles`.
#[derive(Debug, Clone)]
pub struct BillingProfiles {
    client: Client,
}

impl BillingProfiles {
    /// List billing profiles
    ///
    /// `GET /v1/billing/billing-profiles` (operation `billing.profiles.list`).
    pub async fn list(&self, page: PageParams) -> Result<Page<models::BillingProfile>> {
        let req = Client::request::<()>(vec![], { let mut q = Vec::new(); page.push_query(&mut q); q }, None)?;
        self.client.call_page(&OPERATIONS[idx::BILLING_PROFILES_LIST], req).await
    }

    /// Every item of [`Self::list`], fetching pages lazily as the stream is polled.
    pub fn list_all(&self, page: PageParams) -> BoxStream<'static, Result<models::BillingProfile>> {
        self.client.stream_all(&OPERATIONS[idx::BILLING_PROFILES_LIST], vec![], Vec::new(), page)
    }

    /// Create a billing profile
    ///
    /// `POST /v1/billing/billing-profiles` (operation `billing.profiles.create`).
    pub async fn create(&self, body: &models::CreateBillingProfileRequest) -> Result<models::BillingProfile> {
        let req = Client::request::<models::CreateBillingProfileRequest>(vec![], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::BILLING_PROFILES_CREATE], req).await
    }

    /// Get a billing profile
    ///
    /// Owner only (others get 403/404).
    ///
    /// `GET /v1/billing/billing-profiles/{billingProfileId}` (operation `billing.profiles.get`).
    pub async fn get(&self, billing_profile_id: &str) -> Result<models::BillingProfile> {
        let req = Client::request::<()>(vec![billing_profile_id.to_owned()], Vec::new(), None)?;
        self.client.call_json(&OPERATIONS[idx::BILLING_PROFILES_GET], req).await
    }

    /// Delete a billing profile
    ///
    /// Fails while the profile has assignments or any transaction.
    ///
    /// `DELETE /v1/billing/billing-profiles/{billingProfileId}` (operation `billing.profiles.delete`).
    pub async fn delete(&self, billing_profile_id: &str) -> Result<()> {
        let req = Client::request::<()>(vec![billing_profile_id.to_owned()], Vec::new(), None)?;
        self.client.call_empty(&OPERATIONS[idx::BILLING_PROFILES_DELETE], req).await
    }

    /// Rename a billing profile
    ///
    /// `PUT /v1/billing/billing-profiles/{billingProfileId}/name` (operation `billing.profiles.rename`).
    pub async fn rename(&self, billing_profile_id: &str, body: &models::RenameBillingProfileRequest) -> Result<models::BillingProfile> {
        let req = Client::request::<models::RenameBillingProfileRequest>(vec![billing_profile_id.to_owned()], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::BILLING_PROFILES_RENAME], req).await
    }

    /// Replace the billing address
    ///
    /// `PUT /v1/billing/billing-profiles/{billingProfileId}/address` (operation `billing.profiles.update_address`).
    pub async fn update_address(&self, billing_profile_id: &str, body: &models::UpdateBillingProfileAddressRequest) -> Result<models::BillingProfile> {
        let req = Client::request::<models::UpdateBillingProfileAddressRequest>(vec![billing_profile_id.to_owned()], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::BILLING_PROFILES_UPDATE_ADDRESS], req).await
    }

    /// Set the purchase order number
    ///
    /// `PUT /v1/billing/billing-profiles/{billingProfileId}/purchase-order-number` (operation `billing.profiles.set_purchase_order_number`).
    pub async fn set_purchase_order_number(&self, billing_profile_id: &str, body: &models::SetPurchaseOrderNumberRequest) -> Result<models::BillingProfile> {
        let req = Client::request::<models::SetPurchaseOrderNumberRequest>(vec![billing_profile_id.to_owned()], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::BILLING_PROFILES_SET_PURCHASE_ORDER_NUMBER], req).await
    }

    /// Remove the purchase order number
    ///
    /// `DELETE /v1/billing/billing-profiles/{billingProfileId}/purchase-order-number` (operation `billing.profiles.delete_purchase_order_number`).
    pub async fn delete_purchase_order_number(&self, billing_profile_id: &str) -> Result<()> {
        let req = Client::request::<()>(vec![billing_profile_id.to_owned()], Vec::new(), None)?;
        self.client.call_empty(&OPERATIONS[idx::BILLING_PROFILES_DELETE_PURCHASE_ORDER_NUMBER], req).await
    }

    /// Add an invoice e-mail address
    ///
    /// `POST /v1/billing/billing-profiles/{billingProfileId}/email-addresses` (operation `billing.profiles.add_email_address`).
    pub async fn add_email_address(&self, billing_profile_id: &str, body: &models::AddEmailAddressRequest) -> Result<models::BillingProfile> {
        let req = Client::request::<models::AddEmailAddressRequest>(vec![billing_profile_id.to_owned()], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::BILLING_PROFILES_ADD_EMAIL_ADDRESS], req).await
    }

    /// Remove an invoice e-mail address
    ///
    /// DELETE with a JSON body.
    ///
    /// `DELETE /v1/billing/billing-profiles/{billingProfileId}/email-addresses` (operation `billing.profiles.remove_email_address`).
    pub async fn remove_email_address(&self, billing_profile_id: &str, body: &models::RemoveEmailAddressRequest) -> Result<()> {
        let req = Client::request::<models::RemoveEmailAddressRequest>(vec![billing_profile_id.to_owned()], Vec::new(), Some(body))?;
        self.client.call_empty(&OPERATIONS[idx::BILLING_PROFILES_REMOVE_EMAIL_ADDRESS], req).await
    }

    /// Switch invoice e-mail delivery
    ///
    /// `PUT /v1/billing/billing-profiles/{billingProfileId}/send-invoices-by-email` (operation `billing.profiles.set_send_invoices_by_email`).
    pub async fn set_send_invoices_by_email(&self, billing_profile_id: &str, body: &models::SetSendInvoicesByEmailRequest) -> Result<models::BillingProfile> {
        let req = Client::request::<models::SetSendInvoicesByEmailRequest>(vec![billing_profile_id.to_owned()], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::BILLING_PROFILES_SET_SEND_INVOICES_BY_EMAIL], req).await
    }

    /// Assign the profile to an identity
    ///
    /// Today's assignment model (workspace billing routes are roadmap and not covered). `billingProfileId` in the body must equal the path id.
    ///
    /// `POST /v1/billing/billing-profiles/{billingProfileId}/identity` (operation `billing.profiles.assign_identity`).
    pub async fn assign_identity(&self, billing_profile_id: &str, body: &models::AssignIdentityRequest) -> Result<models::BillingProfile> {
        let req = Client::request::<models::AssignIdentityRequest>(vec![billing_profile_id.to_owned()], Vec::new(), Some(body))?;
        self.client.call_json(&OPERATIONS[idx::BILLING_PROFILES_ASSIGN_IDENTITY], req).await
    }
}

/// Operations of `billing.invoices`.
#[derive(Debug, Clone)]
pub struct BillingInvoices {
    client: Client,
}

impl BillingInvoices {
    /// List invoices
    ///
    /// `GET /v1/billing/billing-profiles/{billingProfileId}/invoices` (operation `billing.invoices.list`).
    pub async fn list(&self, billing_profile_id: &str, page: PageParams) -> Result<Page<models::Invoice>> {
        let req = Client::request::<()>(vec![billing_profile_id.to_owned()], { let mut q = Vec::new(); page.push_query(&mut q); q }, None)?;
        self.client.call_page(&OPERATIONS[idx::BILLING_INVOICES_LIST], req).await
    }

    /// Every item of [`Self::list`], fetching pages lazily as the stream is polled.
    pub fn list_all(&self, billing_profile_id: &str, page: PageParams) -> BoxStream<'static, Result<models::Invoice>> {
        self.client.stream_all(&OPERATIONS[idx::BILLING_INVOICES_LIST], vec![billing_profile_id.to_owned()], Vec::new(), page)
    }

    /// Get an invoice
    ///
    /// Note the singular `/invoice/` path segment.
    ///
    /// `GET /v1/billing/billing-profiles/{billingProfileId}/invoice/{invoiceId}` (operation `billing.invoices.get`).
    pub async fn get(&self, billing_profile_id: &str, invoice_id: &str) -> Result<models::Invoice> {
        let req = Client::request::<()>(vec![billing_profile_id.to_owned(), invoice_id.to_owned()], Vec::new(), None)?;
        self.client.call_json(&OPERATIONS[idx::BILLING_INVOICES_GET], req).await
    }

    /// Get a signed PDF download URL
    ///
    /// The URL is signed and time-limited and points at billing.invoices.download_pdf.
    ///
    /// `GET /v1/billing/billing-profiles/{billingProfileId}/invoices/{invoiceId}/pdf-url` (operation `billing.invoices.pdf_url`).
    pub async fn pdf_url(&self, billing_profile_id: &str, invoice_id: &str) -> Result<models::InvoicePdfUrl> {
        let req = Client::request::<()>(vec![billing_profile_id.to_owned(), invoice_id.to_owned()], Vec::new(), None)?;
        self.client.call_json(&OPERATIONS[idx::BILLING_INVOICES_PDF_URL], req).await
    }

    /// Download an invoice PDF (signed URL)
    ///
    /// Follow the URL from billing.invoices.pdf_url; no Authorization header is needed (signature in `expires`/`token`). File name pattern `Rechnung {number}.pdf`.
    ///
    /// `GET /v1/billing/billing-profiles/{billingProfileId}/invoices/{invoiceId}/pdf/{fileName}` (operation `billing.invoices.download_pdf`).
    pub async fn download_pdf(&self, billing_profile_id: &str, invoice_id: &str, file_name: &str, params: &BillingInvoicesDownloadPdfParams) -> Result<bytes::Bytes> {
        let req = Client::request::<()>(vec![billing_profile_id.to_owned(), invoice_id.to_owned(), file_name.to_owned()], params.to_query(), None)?;
        self.client.call_bytes(&OPERATIONS[idx::BILLING_INVOICES_DOWNLOAD_PDF], req).await
    }
}

/// Operations of `billing.transactions`.
#[derive(Debug, Clone)]
pub struct BillingTransactions {
    client: Client,
}

impl BillingTransactions {
    /// List transactions
    ///
    /// `GET /v1/billing/billing-profiles/{billingProfileId}/transactions` (operation `billing.transactions.list`).
    pub async fn list(&self, billing_profile_id: &str, page: PageParams) -> Result<Page<models::Transaction>> {
        let req = Client::request::<()>(vec![billing_profile_id.to_owned()], { let mut q = Vec::new(); page.push_query(&mut q); q }, None)?;
        self.client.call_page(&OPERATIONS[idx::BILLING_TRANSACTIONS_LIST], req).await
    }

    /// Every item of [`Self::list`], fetching pages lazily as the stream is polled.
    pub fn list_all(&self, billing_profile_id: &str, page: PageParams) -> BoxStream<'static, Result<models::Transaction>> {
        self.client.stream_all(&OPERATIONS[idx::BILLING_TRANSACTIONS_LIST], vec![billing_profile_id.to_owned()], Vec::new(), page)
    }
}
