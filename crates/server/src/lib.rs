//! The portal's host. Every route is a prerendered document in `dist/` (`about/index.html`),
//! so this serves:
//! - `/about` and `/about/` as `dist/about/index.html`, with status 200 and no redirect: the
//!   URL the router hydrates must be the URL that was rendered, never `.../index.html`;
//! - `/about/index.html` as a permanent redirect to `/about`, for the same reason;
//! - files (`/portal-<hash>.wasm`, `/content/site.json`) as they are, hashed ones cached
//!   for a year, everything else revalidated on each visit;
//! - anything else as the 404 page of the path's language, with status 404;
//! - `/`, the address people type, in the reader's language: the one they last chose with
//!   the language switch (cookie `portal-lang`, set by `public/prefs.js`), else the first
//!   of their browser's languages the portal has (zh-TW, zh-HK, zh-MO, zh-Hant -> `/zh-hk/`,
//!   English -> `/en/`), else zh-CN. Every other address shows the language it names.
//!
//! Responses are compressed (brotli or gzip) when the browser accepts it: files from the
//! `.br` / `.gz` copies the build writes beside them (scripts/precompress.mjs, the smallest
//! bytes), pages on the fly.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Router;
use portal_model::Lang;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower::ServiceExt;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;

#[derive(Clone)]
struct Site {
    dist: Arc<PathBuf>,
}

/// The whole site as an axum router.
pub fn site(dist: PathBuf) -> Router {
    Router::new()
        .fallback(serve)
        .with_state(Site { dist: Arc::new(dist) })
        .layer(CompressionLayer::new())
}

/// Path segments of a request, or `None` if any is unsafe (`..`, hidden, empty inside).
fn segments(path: &str) -> Option<Vec<&str>> {
    let trimmed = path.trim_matches('/');
    if trimmed.is_empty() {
        return Some(Vec::new());
    }
    let parts: Vec<&str> = trimmed.split('/').collect();
    parts.iter().all(|s| !s.is_empty() && !s.starts_with('.') && !s.contains('\\')).then_some(parts)
}

/// The prerendered document for a clean URL, if there is one.
fn page_file(dist: &Path, path: &str) -> Option<PathBuf> {
    let mut file = dist.to_path_buf();
    for segment in segments(path)? {
        file.push(segment);
    }
    file.push("index.html");
    file.is_file().then_some(file)
}

/// The 404 document of the path's language (`/en/...` gets English).
fn not_found_file(dist: &Path, path: &str) -> PathBuf {
    let lang = Lang::from_path(path);
    let localized = dist.join(format!("{}/404.html", lang.url_prefix().trim_start_matches('/')));
    if localized.is_file() {
        localized
    } else {
        dist.join("404.html")
    }
}

/// The language a visitor to `/` reads: their remembered choice, else their browser's.
fn home_language(headers: &HeaderMap) -> Lang {
    let header = |name| headers.get_all(name).iter().filter_map(|v| v.to_str().ok()).collect::<Vec<_>>().join(",");
    let chosen = header(header::COOKIE)
        .split([';', ','])
        .filter_map(|pair| pair.trim().strip_prefix("portal-lang="))
        .find_map(Lang::from_tag);
    chosen.or_else(|| Lang::negotiate(&header(header::ACCEPT_LANGUAGE))).unwrap_or(Lang::DEFAULT)
}

/// The home page depends on these request headers; caches must keep them apart.
const HOME_VARY: HeaderValue = HeaderValue::from_static("Accept-Language, Cookie");

async fn html(file: &Path, status: StatusCode) -> Response {
    match tokio::fs::read(file).await {
        Ok(bytes) => (
            status,
            [
                (header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
            ],
            Body::from(bytes),
        )
            .into_response(),
        Err(_) => (status, "not found").into_response(),
    }
}

/// `portal-0123456789abcdef_bg.wasm`: Trunk's content-hashed files never change.
fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or("");
    let stem = name.split('.').next().unwrap_or("").trim_end_matches("_bg");
    stem.rsplit_once('-').is_some_and(|(_, hash)| hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The list filter form without the app submits `/news?category=policy&year=2024`; the
/// pages live at `/news/list/policy/2024/1`. Returns that path for such a request.
fn filter_redirect(path: &str, query: Option<&str>) -> Option<String> {
    let query = query?;
    let mut category = "all".to_string();
    let mut year = "all".to_string();
    let mut any = false;
    for pair in query.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let clean = |v: &str| v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && !v.is_empty();
        match key {
            "category" if clean(value) => (category, any) = (value.to_string(), true),
            "year" if clean(value) => (year, any) = (value.to_string(), true),
            _ => {}
        }
    }
    any.then(|| format!("{}/list/{category}/{year}/1", path.trim_end_matches('/')))
}

async fn serve(State(site): State<Site>, uri: Uri, request: Request) -> Response {
    let path = uri.path();
    if page_file(&site.dist, path).is_some() {
        if let Some(target) = filter_redirect(path, uri.query()) {
            return Redirect::to(&target).into_response();
        }
    }
    if let Some(clean) = path.strip_suffix("/index.html") {
        let target = if clean.is_empty() { "/" } else { clean };
        return Redirect::permanent(target).into_response();
    }
    if path == "/" && uri.query().is_none() {
        let lang = home_language(request.headers());
        let mut response = if lang == Lang::DEFAULT {
            html(&site.dist.join("index.html"), StatusCode::OK).await
        } else {
            Redirect::temporary(&lang.localize_path("/")).into_response()
        };
        response.headers_mut().insert(header::VARY, HOME_VARY);
        return response;
    }
    if let Some(file) = page_file(&site.dist, path) {
        return html(&file, StatusCode::OK).await;
    }
    if segments(path).is_some() && site.dist.join(path.trim_start_matches('/')).is_file() {
        let hashed = is_hashed_asset(path);
        let served = ServeDir::new(site.dist.as_path())
            .append_index_html_on_directories(false)
            .precompressed_br()
            .precompressed_gzip()
            .oneshot(request)
            .await;
        let Ok(mut response) = served;
        let cache = if hashed { "public, max-age=31536000, immutable" } else { "no-cache" };
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
        // The bytes depend on Accept-Encoding (a precompressed copy or the file itself).
        if !response.headers().contains_key(header::VARY) {
            response.headers_mut().insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        }
        return response.map(Body::new);
    }
    html(&not_found_file(&site.dist, path), StatusCode::NOT_FOUND).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt;

    /// A small dist/ of its own for each test (tests run in parallel).
    fn fixture() -> PathBuf {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("portal-server-test-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (file, text) in [
            ("index.html", "home"),
            ("404.html", "not found zh"),
            ("en/404.html", "not found en"),
            ("en/index.html", "home en"),
            ("zh-hk/index.html", "home hk"),
            ("zh-hk/404.html", "not found hk"),
            ("about/index.html", "about"),
            ("content/site.json", "{}"),
            ("portal-0123456789abcdef_bg.wasm", "wasm"),
            ("portal-0123456789abcdef_bg.wasm.br", "wasm, as brotli"),
        ] {
            let path = dir.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    /// What a test request got back.
    struct Reply {
        status: StatusCode,
        body: String,
        headers: HeaderMap,
    }

    impl Reply {
        fn header(&self, name: header::HeaderName) -> Option<String> {
            self.headers.get(name).map(|v| v.to_str().unwrap().to_string())
        }
    }

    async fn request(app: &Router, uri: &str, headers: &[(&str, &str)]) -> Reply {
        let mut request = Request::get(uri);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = app.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
        let (status, headers) = (response.status(), response.headers().clone());
        let body = response.into_body().collect().await.unwrap().to_bytes();
        Reply { status, body: String::from_utf8_lossy(&body).into_owned(), headers }
    }

    async fn get(app: &Router, uri: &str) -> (StatusCode, String, Option<String>, Option<String>) {
        let reply = request(app, uri, &[]).await;
        let (location, cache) = (reply.header(header::LOCATION), reply.header(header::CACHE_CONTROL));
        (reply.status, reply.body, location, cache)
    }

    #[tokio::test]
    async fn clean_urls_with_and_without_slash() {
        let app = site(fixture());
        assert_eq!(get(&app, "/about").await.1, "about");
        assert_eq!(get(&app, "/about/").await.0, StatusCode::OK);
        assert_eq!(get(&app, "/").await.1, "home");
        assert_eq!(get(&app, "/en").await.1, "home en");
        assert_eq!(get(&app, "/en/").await.1, "home en");
    }

    #[tokio::test]
    async fn the_filter_form_without_the_app_lands_on_the_list_path() {
        let app = site(fixture());
        let (status, _, location, _) = get(&app, "/about?category=policy&year=2024").await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(location.as_deref(), Some("/about/list/policy/2024/1"));
        let (_, _, location, _) = get(&app, "/en/?year=2020").await;
        assert_eq!(location.as_deref(), Some("/en/list/all/2020/1"));
        assert_eq!(get(&app, "/about?utm=x").await.0, StatusCode::OK);
    }

    #[tokio::test]
    async fn index_html_redirects_to_the_clean_url() {
        let app = site(fixture());
        let (status, _, location, _) = get(&app, "/about/index.html").await;
        assert_eq!(status, StatusCode::PERMANENT_REDIRECT);
        assert_eq!(location.as_deref(), Some("/about"));
    }

    #[tokio::test]
    async fn unknown_paths_get_a_404_in_their_language() {
        let app = site(fixture());
        assert_eq!(get(&app, "/nope").await.0, StatusCode::NOT_FOUND);
        assert_eq!(get(&app, "/nope").await.1, "not found zh");
        assert_eq!(get(&app, "/en/nope/deeper").await.1, "not found en");
        assert_eq!(get(&app, "/zh-hk/nope").await.1, "not found hk");
        assert_eq!(get(&app, "/../etc/passwd").await.0, StatusCode::NOT_FOUND);
        assert_eq!(get(&app, "/content/missing.json").await.0, StatusCode::NOT_FOUND);
    }

    #[tokio::test]
    async fn files_are_served_and_hashed_ones_cached_for_long() {
        let app = site(fixture());
        let (status, body, _, cache) = get(&app, "/portal-0123456789abcdef_bg.wasm").await;
        assert_eq!((status, body.as_str()), (StatusCode::OK, "wasm"));
        assert!(cache.unwrap().contains("immutable"));
        let (status, _, _, cache) = get(&app, "/content/site.json").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(cache.as_deref(), Some("no-cache"));
    }

    async fn home_with(headers: &[(&str, &str)]) -> (StatusCode, Option<String>, Option<String>) {
        let reply = request(&site(fixture()), "/", headers).await;
        (reply.status, reply.header(header::LOCATION), reply.header(header::VARY))
    }

    #[tokio::test]
    async fn home_follows_the_remembered_choice_then_the_browser_language() {
        let (status, location, vary) = home_with(&[("accept-language", "zh-TW,zh;q=0.9")]).await;
        assert_eq!((status, location.as_deref()), (StatusCode::TEMPORARY_REDIRECT, Some("/zh-hk/")));
        assert_eq!(vary.as_deref(), Some("Accept-Language, Cookie"));
        let (_, location, _) = home_with(&[("accept-language", "en-GB,en;q=0.8")]).await;
        assert_eq!(location.as_deref(), Some("/en/"));
        // A chosen language wins over the browser's.
        let (status, location, vary) =
            home_with(&[("accept-language", "zh-TW"), ("cookie", "a=1; portal-lang=zh-CN")]).await;
        assert_eq!((status, location), (StatusCode::OK, None));
        assert!(vary.is_some(), "the zh-CN home varies too");
        let (_, location, _) = home_with(&[("accept-language", "zh-CN"), ("cookie", "portal-lang=zh-HK")]).await;
        assert_eq!(location.as_deref(), Some("/zh-hk/"));
        // Nothing usable: zh-CN, the default.
        let (status, location, _) = home_with(&[("accept-language", "fr-FR"), ("cookie", "portal-lang=xx")]).await;
        assert_eq!((status, location), (StatusCode::OK, None));
        assert_eq!(home_with(&[]).await.0, StatusCode::OK);
    }

    #[tokio::test]
    async fn precompressed_copies_are_sent_to_browsers_that_accept_them() {
        let app = site(fixture());
        let reply = request(&app, "/portal-0123456789abcdef_bg.wasm", &[("accept-encoding", "br, gzip")]).await;
        assert_eq!(reply.header(header::CONTENT_ENCODING).as_deref(), Some("br"));
        assert!(reply.header(header::CACHE_CONTROL).unwrap().contains("immutable"));
        assert_eq!(reply.header(header::VARY).as_deref(), Some("accept-encoding"));
        assert_eq!(reply.body, "wasm, as brotli");
        // Without brotli in Accept-Encoding (no .gz here), the file as it is.
        let (status, body, _, _) = get(&app, "/portal-0123456789abcdef_bg.wasm").await;
        assert_eq!((status, body.as_str()), (StatusCode::OK, "wasm"));
    }
}
