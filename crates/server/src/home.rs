//! `/`, the address people type, in the reader's language: the one they last chose with
//! the language switch (cookie `portal-lang`, set by `public/prefs.js`), else the first of
//! their browser's languages the portal has (zh-TW, zh-HK, zh-MO, zh-Hant -> `/zh-hk/`,
//! English -> `/en/`), else zh-CN. Every other address shows the language it names.

use crate::paths::SitePath;
use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use cookie::Cookie;
use portal_model::Lang;
use std::sync::Arc;

/// The cookie the language switch writes.
const LANG_COOKIE: &str = "portal-lang";

/// The home page depends on these request headers; caches must keep them apart.
const HOME_VARY: HeaderValue = HeaderValue::from_static("Accept-Language, Cookie");

/// The language a visitor to `/` reads: their remembered choice, else their browser's.
fn language(headers: &HeaderMap) -> Lang {
    let chosen = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| Cookie::split_parse(v).filter_map(Result::ok))
        .filter(|c| c.name() == LANG_COOKIE)
        .find_map(|c| Lang::from_tag(c.value()));
    let accepted = || {
        let all: Vec<&str> = headers.get_all(header::ACCEPT_LANGUAGE).iter().filter_map(|v| v.to_str().ok()).collect();
        Lang::negotiate(&all.join(","))
    };
    chosen.or_else(accepted).unwrap_or(Lang::DEFAULT)
}

/// `GET /`. With a query (`/?care=1`, a shared elder-mode link) the zh-CN page is served
/// as it is, as before: the query is for the page's script, not for the server.
pub async fn home(State(state): State<Arc<AppState>>, request: Request) -> Response {
    let lang = if request.uri().query().is_none() { language(request.headers()) } else { Lang::DEFAULT };
    let mut response = if lang == Lang::DEFAULT {
        match crate::pages::page_file(&state.dist, &SitePath::root()).await {
            Some(file) => crate::pages::send(&file, request.headers()).await,
            None => crate::pages::not_found(&state.dist, "/").await,
        }
    } else {
        Redirect::temporary(&lang.localize_path("/")).into_response()
    };
    response.headers_mut().insert(header::VARY, HOME_VARY);
    response
}
