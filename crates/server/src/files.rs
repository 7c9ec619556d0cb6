//! Files as they are in `dist/` (`/portal-<hash>_bg.wasm`, `/content/site.json`), through
//! tower-http's `ServeDir`: it sends the `.br` / `.gz` copies the build writes beside them
//! (scripts/precompress.mjs, the smallest bytes), `Last-Modified`, and answers
//! `If-Modified-Since` with 304. Content-hashed files are cached for a year, everything
//! else revalidated on each visit.

use crate::paths::SitePath;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::response::Response;
use std::path::Path;
use tower::ServiceExt;
use tower_http::services::ServeDir;

/// `portal-0123456789abcdef_bg.wasm`: Trunk's content-hashed files never change.
fn is_hashed_asset(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("").trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, hash)| hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The file `path` names, or `None` when there is no such file (the caller answers 404).
pub async fn serve(dist: &Path, path: &SitePath, request: Request) -> Option<Response> {
    if !crate::pages::is_file(&path.under(dist)).await {
        return None;
    }
    let served = ServeDir::new(dist)
        .append_index_html_on_directories(false)
        .precompressed_br()
        .precompressed_gzip()
        .oneshot(request)
        .await;
    let Ok(mut response) = served;
    let hashed = path.last().is_some_and(is_hashed_asset);
    let cache = if hashed { "public, max-age=31536000, immutable" } else { "no-cache" };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    // The bytes depend on Accept-Encoding (a precompressed copy or the file itself).
    if !headers.contains_key(header::VARY) {
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    Some(response.map(Body::new))
}
