//! `/api`: the JSON side of the server, with the shared [`AppState`]. The mailbox will
//! live here; today it answers `GET /api/health`, and any other `/api/...` path with a
//! JSON 404, so a script calling the API never has to parse the HTML 404 page.

use crate::AppState;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;
use std::sync::Arc;

pub fn router() -> Router<Arc<AppState>> {
    Router::new()
        .route("/health", get(health))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
}

/// `GET /api/health`: the process is up and answering (for a load balancer's checks).
async fn health() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok" }))
}

pub async fn not_found() -> Response {
    (StatusCode::NOT_FOUND, Json(json!({ "error": "not found" }))).into_response()
}

async fn method_not_allowed() -> Response {
    (StatusCode::METHOD_NOT_ALLOWED, Json(json!({ "error": "method not allowed" }))).into_response()
}
