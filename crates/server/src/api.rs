//! `/api`: the JSON side of the server, with the shared [`AppState`]:
//! - `GET /api/health`;
//! - `POST /api/letters` (JSON or a form post): a letter to a mailbox;
//! - `GET /api/letters/{number}?code=...`: one's own letter;
//! - `GET /api/letters/published?mailbox=&category=&page=`: published replies, masked;
//! - `GET /api/letters/search?q=`: the published replies matching a site search, masked;
//! - `GET /api/letters/statistics`: letters received and answered per month and year;
//! - `GET /api/search/fragments?lang=&ids=`: the site search's results to show
//!   ([`crate::search_fragments`]);
//!
//! and any other `/api/...` path a JSON 404, so a script calling the API never has to
//! parse the HTML 404 page. The letters' routes are in [`crate::mailbox::http`].

use crate::AppState;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use crate::mailbox::http as letters;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;
use std::sync::Arc;

pub fn router() -> Router<Arc<AppState>> {
    Router::new()
        .route("/health", get(health))
        .route("/letters", post(letters::post_letter))
        .route("/letters/published", get(letters::published))
        .route("/letters/search", get(letters::search))
        .route("/letters/statistics", get(letters::statistics))
        .route("/letters/{number}", get(letters::get_letter))
        .route("/search/fragments", get(crate::search_fragments::fragments))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
}

/// `GET /api/health`: the process is up and answering (for a load balancer's checks).
async fn health() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok" }))
}

/// The limits' bare refusals under `/api/` (413 from the body limit, 414 and 431 from
/// the head limits, 408 from the timeout) as JSON `ApiError`s in the request's language,
/// so a script or the form sees a message like every other refusal of the API.
pub async fn json_refusals(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    if !request.uri().path().starts_with("/api/") {
        return next.run(request).await;
    }
    let accept = request.headers().get(axum::http::header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).map(str::to_string);
    let response = next.run(request).await;
    let id = match response.status() {
        StatusCode::PAYLOAD_TOO_LARGE | StatusCode::URI_TOO_LONG | StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE => "api-error-too-large",
        StatusCode::REQUEST_TIMEOUT => "api-error-bad-request",
        _ => return response,
    };
    let is_json = response
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if is_json {
        return response;
    }
    let lang = crate::i18n::request_lang(None, accept.as_deref());
    let error = portal_model::letter::ApiError { error: crate::i18n::message(lang, id) };
    (response.status(), Json(error)).into_response()
}

pub async fn not_found() -> Response {
    (StatusCode::NOT_FOUND, Json(json!({ "error": "not found" }))).into_response()
}

async fn method_not_allowed() -> Response {
    (StatusCode::METHOD_NOT_ALLOWED, Json(json!({ "error": "method not allowed" }))).into_response()
}
