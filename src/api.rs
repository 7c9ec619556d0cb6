//! The only place that talks to the network. Every bundle file is fetched and parsed here
//! into the model's types, and every failure becomes an [`ApiError`] that the error view
//! can put in the user's language. Nothing is logged and dropped (hackernews' `api.rs`
//! turns errors into `None`; a citizen then sees a blank page and cannot retry).

use portal_model::{BundleError, Page, Site};
use serde::de::DeserializeOwned;

/// Where the bundle is served from, relative to the site root.
pub const CONTENT_ROOT: &str = "/content";

#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The request did not complete (offline, DNS, aborted, CORS).
    Network(String),
    /// The server answered with a status other than 2xx.
    Status(u16),
    /// The file arrived but is not a bundle file this build can read.
    Bundle(BundleError),
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::Network(reason) => write!(f, "network: {reason}"),
            ApiError::Status(status) => write!(f, "HTTP {status}"),
            ApiError::Bundle(err) => write!(f, "{err}"),
        }
    }
}

/// `site.json`: office facts, navigation and footer.
pub async fn site() -> Result<Site, ApiError> {
    fetch_bundle_file("site.json").await
}

/// `pages/<slug>.json`: a static page.
pub async fn page(slug: &str) -> Result<Page, ApiError> {
    fetch_bundle_file(&format!("pages/{slug}.json")).await
}

/// Fetches one bundle file and parses it. The request is aborted if the view that asked
/// for it is cleaned up first (the user navigated away), so a slow answer for a page the
/// user left cannot overwrite the page they are on.
async fn fetch_bundle_file<T: DeserializeOwned>(file: &str) -> Result<T, ApiError> {
    let url = format!("{CONTENT_ROOT}/{file}");
    let abort = web_sys::AbortController::new().ok();
    let signal = abort.as_ref().map(|a| a.signal());
    if let Some(abort) = abort {
        let abort = send_wrapper::SendWrapper::new(abort);
        leptos::prelude::on_cleanup(move || abort.abort());
    }
    let response = gloo_net::http::Request::get(&url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(ApiError::Status(response.status()));
    }
    let body = response.text().await.map_err(|e| ApiError::Network(e.to_string()))?;
    portal_model::parse(file, &body).map_err(ApiError::Bundle)
}
