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

/// The kinds of attachment editors publish under `/files/`. Anything else there (an
/// `.html` or `.svg` uploaded by mistake or by an attacker) is never served, so it can
/// never run script with the portal's origin.
const ATTACHMENT_TYPES: &[&str] = &["pdf", "csv", "xlsx", "docx", "zip"];

/// `GET /files/...`: an attachment of an allowed type, as a download
/// (`Content-Disposition: attachment`: even a browser that sniffs a PDF for HTML saves
/// it instead of rendering it), else the 404 page.
pub async fn attachment(
    axum::extract::State(state): axum::extract::State<std::sync::Arc<crate::AppState>>,
    request: Request,
) -> Response {
    let raw = request.uri().path().to_string();
    let allowed = |path: &SitePath| {
        let extension = path.last().and_then(|name| name.rsplit_once('.')).map(|(_, ext)| ext.to_ascii_lowercase());
        extension.is_some_and(|ext| ATTACHMENT_TYPES.contains(&ext.as_str()))
    };
    let Some(path) = SitePath::parse(&raw).filter(allowed) else {
        return crate::pages::not_found(&state.dist, &raw).await;
    };
    match serve(&state.dist, &path, request).await {
        Some(mut response) => {
            response.headers_mut().insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment"));
            response
        }
        None => crate::pages::not_found(&state.dist, &raw).await,
    }
}
