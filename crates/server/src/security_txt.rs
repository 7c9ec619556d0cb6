//! `GET /.well-known/security.txt` (RFC 9116): where to report a vulnerability. The
//! contacts and the canonical address come from the deployed bundle
//! (`content/site.json`: `security_contact`, `origin`), read on each request, so the
//! file always names what the deployed site says and `Expires` can be set a fixed time
//! ahead of now. Without contacts (or without a readable bundle) there is no file: a
//! security.txt without `Contact:` is invalid.

use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use portal_model::Site;
use std::sync::Arc;
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

/// RFC 9116 2.5.5 asks for less than a year; half a year leaves room for a cache.
const VALID_FOR: Duration = Duration::days(180);

pub async fn security_txt(State(state): State<Arc<AppState>>) -> Response {
    let site = match tokio::fs::read_to_string(state.dist.join("content/site.json")).await {
        Ok(text) => portal_model::parse::<Site>("site.json", &text).ok(),
        Err(_) => None,
    };
    let Some(text) = site.and_then(|site| render(&site, OffsetDateTime::now_utc())) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let headers = [
        (header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8")),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
    ];
    (headers, text).into_response()
}

/// The file's text, or `None` when the bundle names no usable contact.
fn render(site: &Site, now: OffsetDateTime) -> Option<String> {
    // The content check refuses such values; a line break here would still let a bundle
    // write its own fields into the file, so it is checked again.
    let clean = |value: &str| !value.is_empty() && !value.contains(char::is_control);
    let contacts: Vec<&String> = site.security_contact.iter().filter(|c| clean(c)).collect();
    if contacts.is_empty() {
        return None;
    }
    let expires = (now + VALID_FOR).replace_nanosecond(0).ok()?.format(&Rfc3339).ok()?;
    let mut text: String = contacts.iter().map(|c| format!("Contact: {c}\n")).collect();
    text.push_str(&format!("Expires: {expires}\nPreferred-Languages: zh, en\n"));
    let origin = site.origin.trim_end_matches('/');
    if clean(origin) {
        text.push_str(&format!("Canonical: {origin}/.well-known/security.txt\n"));
    }
    Some(text)
}
