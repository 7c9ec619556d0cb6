//! The prerendered documents: `/about` and `/about/` are `dist/about/index.html` (200, no
//! redirect: the URL the app hydrates must be the URL that was rendered), and unknown
//! paths get the 404 page of their language. Pages are sent `no-cache` with validators
//! (`ETag`, `Last-Modified`), so a revisit costs a 304 instead of the document.

use crate::paths::SitePath;
use axum::body::Body;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use headers::{ETag, HeaderMapExt, IfModifiedSince, IfNoneMatch, LastModified};
use portal_model::Lang;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// True when `path` is a regular file. Async: `Path::is_file` would block a runtime
/// thread on a slow disk.
pub async fn is_file(path: &Path) -> bool {
    tokio::fs::metadata(path).await.is_ok_and(|m| m.is_file())
}

/// The prerendered document of a clean URL, if there is one.
pub async fn page_file(dist: &Path, path: &SitePath) -> Option<PathBuf> {
    let file = path.under(dist).join("index.html");
    is_file(&file).await.then_some(file)
}

/// A weak tag from the document's bytes: weak because the compression layer may send the
/// same document gzip- or brotli-encoded, and those bytes differ.
fn etag_of(bytes: &[u8]) -> Option<ETag> {
    let digest = Sha256::digest(bytes);
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("W/\"{hex}\"").parse().ok()
}

/// True when the request's validators say the reader already has these bytes. As RFC 9110
/// 13.2.2 orders it: `If-None-Match` decides when present, else `If-Modified-Since`.
fn not_modified(request: &HeaderMap, etag: Option<&ETag>, modified: Option<std::time::SystemTime>) -> bool {
    if let Some(if_none_match) = request.typed_get::<IfNoneMatch>() {
        return etag.is_some_and(|etag| !if_none_match.precondition_passes(etag));
    }
    match (request.typed_get::<IfModifiedSince>(), modified) {
        (Some(since), Some(modified)) => !since.is_modified(modified),
        _ => false,
    }
}

/// Sends a page with status 200, or 304 without a body when the reader's copy is current.
pub async fn send(file: &Path, request: &HeaderMap) -> Response {
    let (bytes, modified) = match read(file).await {
        Some(read) => read,
        None => return StatusCode::NOT_FOUND.into_response(),
    };
    let etag = etag_of(&bytes);
    let status = if not_modified(request, etag.as_ref(), modified) { StatusCode::NOT_MODIFIED } else { StatusCode::OK };
    let mut response = if status == StatusCode::NOT_MODIFIED {
        (status, Body::empty()).into_response()
    } else {
        html_response(status, bytes)
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    if let Some(etag) = etag {
        headers.typed_insert(etag);
    }
    if let Some(modified) = modified {
        headers.typed_insert(LastModified::from(modified));
    }
    response
}

/// The 404 page of the path's language (`/en/...` gets English), status 404.
pub async fn not_found(dist: &Path, raw_path: &str) -> Response {
    let prefix = Lang::from_path(raw_path).url_prefix().trim_start_matches('/');
    let localized = dist.join(prefix).join("404.html");
    let file = if is_file(&localized).await { localized } else { dist.join("404.html") };
    match read(&file).await {
        Some((bytes, _)) => {
            let mut response = html_response(StatusCode::NOT_FOUND, bytes);
            response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            response
        }
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}

async fn read(file: &Path) -> Option<(Vec<u8>, Option<std::time::SystemTime>)> {
    let bytes = tokio::fs::read(file).await.ok()?;
    let modified = tokio::fs::metadata(file).await.ok().and_then(|m| m.modified().ok());
    Some((bytes, modified))
}

fn html_response(status: StatusCode, bytes: Vec<u8>) -> Response {
    (status, [(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"))], Body::from(bytes))
        .into_response()
}

/// The answer with a page the server rendered for a request (`search_page`,
/// `replies_page`): `status`, and `no-cache`, as what it shows is read again for each
/// request. `None` (the page itself did not render; not seen: their failures are in the
/// page) is a line in the reader's language with the phone number.
pub fn rendered(lang: Lang, status: StatusCode, html: Option<String>) -> Response {
    let Some(html) = html else {
        let message = format!("{} {}", crate::i18n::message(lang, "error-title"), crate::i18n::message(lang, "error-contact"));
        return (StatusCode::INTERNAL_SERVER_ERROR, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], message).into_response();
    };
    let mut response = (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}
