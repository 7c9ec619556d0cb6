//! The portal's host: an axum [`Router`] over the prerendered site in `dist/`, and the
//! `/api` nest. Each kind of answer has its own module:
//! - [`pages`]: `/about` and `/about/` are `dist/about/index.html` (200, with `ETag` and
//!   `Last-Modified`, 304 when the reader's copy is current); unknown paths get the 404
//!   page of their language;
//! - `/about/index.html` redirects permanently to `/about` (the URL the app hydrates must
//!   be the URL that was rendered);
//! - [`files`]: files as they are, precompressed copies, hashed ones cached for a year;
//!   attachments under `/files/` only of allowed types, as downloads;
//! - [`home`]: `/` in the reader's language;
//! - [`filter`]: the no-JS list filter form's redirect to a prerendered list page;
//! - [`search_page`]: `/search?q=…`, the site search run here and its page rendered;
//! - [`replies_page`]: `/mailbox/replies`, the published replies read and their page rendered;
//! - [`security_txt`]: `/.well-known/security.txt` from the bundle's contacts;
//! - [`api`]: JSON under `/api`, the [`mailbox`]'s letters and the search's
//!   [`search_fragments`] among it.
//!
//! Every path goes through [`paths::SitePath`] first, the one place that refuses `..`,
//! `//host`, backslashes and their encodings. Pages are compressed on the fly.

pub mod api;
pub mod files;
pub mod filter;
pub mod forms;
pub mod home;
pub mod i18n;
pub mod layers;
pub mod mailbox;
pub mod pages;
pub mod paths;
pub mod replies_page;
pub mod search_fragments;
pub mod search_page;
pub mod security_txt;
pub mod serve;

use axum::body::Body;
use axum::extract::{Request, State};
use tower_http::body::Limited;
use axum::response::{IntoResponse, Redirect, Response};
use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::middleware;
use axum::routing::{any, get, post};
use axum::Router;
use tower::limit::GlobalConcurrencyLimitLayer;
use tower::ServiceBuilder;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use paths::SitePath;
use std::path::PathBuf;
use std::sync::Arc;
use tower_http::compression::CompressionLayer;

/// What every handler shares: where the built site is, and the mailbox.
#[derive(Debug)]
pub struct AppState {
    pub dist: PathBuf,
    /// The mailbox's store and rate limit; without it the letter routes answer 503.
    pub mailbox: Option<Arc<mailbox::Service>>,
    /// The office's phone number (site.json's footer), given in the mailbox's
    /// "try again later, or call" messages.
    pub office_phone: String,
    /// Count letters by `X-Forwarded-For` for loopback peers (a reverse proxy in front).
    pub trust_proxy: bool,
    /// The page template for answers to plain form posts ([`forms`]); `None` if the
    /// build left no `dist/shell.html`.
    pub shell: Option<portal::prerender::Template>,
    /// The same with the app: for the pages the server renders for a GET ([`search_page`]).
    pub page_shell: Option<portal::prerender::Template>,
    /// Traditional to Simplified, for the published replies' search (`mailbox::search`).
    pub reply_fold: std::collections::HashMap<char, char>,
}

/// The phone number given when site.json cannot be read: the city's citizen hotline.
pub const FALLBACK_PHONE: &str = "12345";

/// site.json's footer phone, read once when the app is made.
fn office_phone(dist: &std::path::Path) -> String {
    std::fs::read_to_string(dist.join("content/site.json"))
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|site| site.pointer("/footer/phone").and_then(|p| p.as_str()).map(str::to_string))
        .filter(|p| !p.trim().is_empty())
        .unwrap_or_else(|| FALLBACK_PHONE.to_string())
}

pub use layers::{Limits, CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY};

/// How one deployment is run.
#[derive(Clone, Debug)]
pub struct Config {
    /// The built site.
    pub dist: PathBuf,
    /// Send Strict-Transport-Security (only behind TLS).
    pub hsts: bool,
    pub limits: Limits,
    /// The mailbox, opened by the caller ([`mailbox::Service::open`]); `None` serves the
    /// site with the letter routes answering 503.
    pub mailbox: Option<Arc<mailbox::Service>>,
    /// Behind a reverse proxy on the same machine: see [`mailbox::client_address`].
    pub trust_proxy: bool,
}

impl Config {
    pub fn new(dist: PathBuf) -> Config {
        Config { dist, hsts: false, limits: Limits::default(), mailbox: None, trust_proxy: false }
    }
}

/// The whole site, serving `dist` with the default configuration.
pub fn site(dist: PathBuf) -> Router {
    app(Config::new(dist))
}

/// The whole site as configured.
pub fn app(config: Config) -> Router {
    let office_phone = office_phone(&config.dist);
    let page_shell = forms::load_page_template(&config.dist);
    let shell = page_shell.as_ref().map(portal::prerender::Template::without_app);
    let reply_fold = mailbox::search::load_fold(&config.dist);
    // The executor the app's resources run on while a page is rendered for a form post.
    portal::prerender::init();
    let state = Arc::new(AppState { dist: config.dist, mailbox: config.mailbox, office_phone, trust_proxy: config.trust_proxy, shell, page_shell, reply_fold });
    let limits = config.limits;
    // Pages and files: GET and HEAD only (the API says per route what it takes).
    let mut site = Router::new()
        .route("/", get(home::home))
        .route("/files/{*name}", get(files::attachment))
        .route("/.well-known/security.txt", get(security_txt::security_txt))
        .fallback(site_path);
    for path in search_page::paths() {
        site = site.route(&path, get(search_page::search)).route(&format!("{path}/"), get(search_page::search));
    }
    let site = site.layer(middleware::from_fn(layers::only_get_and_head));
    // The mailbox pages also take their forms' plain posts; GET and HEAD are pages as above.
    let mut forms = Router::new();
    for prefix in ["", "/en", "/zh-hk"] {
        forms = forms.route(&format!("{prefix}/mailbox/{{page}}"), post(forms::post).get(site_path));
    }
    // The published replies: a page rendered for each GET (a POST is refused as on any
    // mailbox page that is not a form's).
    for path in replies_page::paths() {
        forms = forms.route(&path, get(replies_page::replies).post(forms::post)).route(&format!("{path}/"), get(replies_page::replies).post(forms::post));
    }
    let api = Router::new()
        .nest("/api", api::router())
        // `nest` leaves `/api` and `/api/` themselves to the site's fallback.
        .route("/api", any(api::not_found))
        .route("/api/", any(api::not_found));
    let hv = HeaderValue::from_static;
    let (csp, permissions) = (hv(CONTENT_SECURITY_POLICY), hv(PERMISSIONS_POLICY));
    let (coop, hsts) = (hv("same-origin"), hv(layers::STRICT_TRANSPORT_SECURITY));
    // Each `layer` wraps all that came before, so the last is outermost: the security
    // headers go on everything, the 408, 413, 414 and 431 answers included.
    // GlobalConcurrencyLimit, unlike ConcurrencyLimit, shares one semaphore between the
    // copies Router::layer makes for each route.
    site.merge(forms)
        .merge(api)
        .with_state(state)
        .layer(CompressionLayer::new())
        .layer(GlobalConcurrencyLimitLayer::new(limits.max_concurrent_requests))
        // 413 up front from Content-Length, and a body that runs past the limit ends in
        // an error; the routes take axum's Body again.
        .layer(
            ServiceBuilder::new()
                .layer(RequestBodyLimitLayer::new(limits.max_body_bytes))
                .map_request(|request: Request<Limited<Body>>| request.map(Body::new)),
        )
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, limits.request_timeout))
        .layer(middleware::from_fn_with_state(limits, layers::limit_head))
        .layer(middleware::from_fn(api::json_refusals))
        .layer(
            ServiceBuilder::new()
                .layer(SetResponseHeaderLayer::overriding(header::CONTENT_SECURITY_POLICY, csp))
                .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, hv("nosniff")))
                .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, hv("strict-origin-when-cross-origin")))
                .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, hv("DENY")))
                .layer(SetResponseHeaderLayer::overriding(HeaderName::from_static("permissions-policy"), permissions))
                .layer(SetResponseHeaderLayer::overriding(HeaderName::from_static("cross-origin-opener-policy"), coop))
                .option_layer(
                    config.hsts.then(|| SetResponseHeaderLayer::overriding(header::STRICT_TRANSPORT_SECURITY, hsts)),
                ),
        )
}

/// Every path but `/` and `/api`: a redirect from `.../index.html`, a page (or the list
/// page its filter form asks for), a file, or the 404 page.
pub(crate) async fn site_path(State(state): State<Arc<AppState>>, request: Request) -> Response {
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
#[cfg(test)]
mod tests_mailbox;
