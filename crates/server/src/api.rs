//! `/api`: the JSON side of the server, with the shared [`AppState`]:
//! - `GET /api/health`;
//! - `POST /api/letters` (JSON or a form post): a letter to a mailbox;
//! - `GET /api/letters/{number}?code=...`: one's own letter;
//! - `GET /api/letters/published?mailbox=&category=&page=`: published replies, masked;
//! - `GET /api/letters/statistics`: letters received and answered per month and year;
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
        .route("/letters/statistics", get(letters::statistics))
        .route("/letters/{number}", get(letters::get_letter))
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
