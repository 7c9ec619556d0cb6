//! The portal's host: an axum [`Router`] over the prerendered site in `dist/`, and the
//! `/api` nest. Each kind of answer has its own module:
//! - [`pages`]: `/about` and `/about/` are `dist/about/index.html` (200, with `ETag` and
//!   `Last-Modified`, 304 when the reader's copy is current); unknown paths get the 404
//!   page of their language;
//! - `/about/index.html` redirects permanently to `/about` (the URL the app hydrates must
//!   be the URL that was rendered);
//! - [`files`]: files as they are, precompressed copies, hashed ones cached for a year;
//! - [`home`]: `/` in the reader's language;
//! - [`filter`]: the no-JS list filter form's redirect to a prerendered list page;
//! - [`api`]: JSON under `/api`.
//!
//! Every path goes through [`paths::SitePath`] first, the one place that refuses `..`,
//! `//host`, backslashes and their encodings. Pages are compressed on the fly.

pub mod api;
pub mod files;
pub mod filter;
pub mod home;
pub mod pages;
pub mod paths;

use axum::extract::{Request, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{any, get};
use axum::Router;
use paths::SitePath;
use std::path::PathBuf;
use std::sync::Arc;
use tower_http::compression::CompressionLayer;

/// What every handler shares: where the built site is. The mailbox's database will join
/// it here.
#[derive(Debug)]
pub struct AppState {
    pub dist: PathBuf,
}

/// The whole site, serving `dist`.
pub fn site(dist: PathBuf) -> Router {
    let state = Arc::new(AppState { dist });
    Router::new()
        .route("/", get(home::home))
        .nest("/api", api::router())
        // `nest` leaves `/api` and `/api/` themselves to the site's fallback.
        .route("/api", any(api::not_found))
        .route("/api/", any(api::not_found))
        .fallback(site_path)
        .with_state(state)
        .layer(CompressionLayer::new())
}

/// Every path but `/` and `/api`: a redirect from `.../index.html`, a page (or the list
/// page its filter form asks for), a file, or the 404 page.
async fn site_path(State(state): State<Arc<AppState>>, request: Request) -> Response {
    let raw = request.uri().path().to_string();
    let Some(path) = SitePath::parse(&raw) else {
        return pages::not_found(&state.dist, &raw).await;
    };
    if path.last() == Some("index.html") {
        let clean = path.parent();
        return match pages::page_file(&state.dist, &clean).await {
            Some(_) => Redirect::permanent(&clean.to_url()).into_response(),
            None => pages::not_found(&state.dist, &raw).await,
        };
    }
    if let Some(file) = pages::page_file(&state.dist, &path).await {
        if let Some(target) = filter::target(&state.dist, &path, request.uri().query()).await {
            return Redirect::to(&target).into_response();
        }
        return pages::send(&file, request.headers()).await;
    }
    if let Some(response) = files::serve(&state.dist, &path, request).await {
        return response;
    }
    pages::not_found(&state.dist, &raw).await
}

#[cfg(test)]
mod tests;
