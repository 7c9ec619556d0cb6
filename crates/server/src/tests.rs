//! The server's behaviour, request by request, against a small dist/ of its own.

use super::*;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderMap, StatusCode};
use http_body_util::BodyExt;
use std::path::PathBuf;
use tower::ServiceExt;

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
        ("news/index.html", "news"),
        ("news/list/policy/2024/1/index.html", "policy 2024"),
        ("news/list/all/2024/1/index.html", "all 2024"),
        ("en/news/index.html", "news en"),
        ("en/news/list/policy/all/1/index.html", "policy en"),
        ("disclosure/catalogue/index.html", "catalogue"),
        ("en/disclosure/catalogue/index.html", "catalogue en"),
        ("disclosure/catalogue/list/policy/2024/repealed/1/index.html", "policy 2024 repealed"),
        ("disclosure/catalogue/list/all/all/current/1/index.html", "current"),
        ("en/disclosure/catalogue/list/policy/all/all/1/index.html", "policy en"),
        ("knowledge/index.html", "knowledge"),
        ("checkpoints/index.html", "checkpoints"),
        ("checkpoints/list/land/all/all/index.html", "land"),
        ("checkpoints/list/all/cargo/now/index.html", "cargo open now"),
        ("en/checkpoints/index.html", "checkpoints en"),
        ("en/checkpoints/list/sea/passengers/all/index.html", "sea passengers en"),
        ("knowledge/cargo/index.html", "knowledge cargo"),
        ("en/knowledge/index.html", "knowledge en"),
        ("en/knowledge/cargo/index.html", "knowledge cargo en"),
        ("content/site.json", "{}"),
        ("files/report.pdf", "%PDF"),
        ("files/data.csv", "a,b"),
        ("files/Sheet.XLSX", "xlsx"),
        ("files/evil.html", "<script>alert(1)</script>"),
        ("files/evil.svg", "<svg onload=alert(1)>"),
        ("files/evil.js", "alert(1)"),
        ("files/noext", "?"),
        ("files/sub/x.docx", "docx"),
        ("portal-0123456789abcdef_bg.wasm", "wasm"),
        ("portal-0123456789abcdef_bg.wasm.br", "wasm, as brotli"),
        ("locale-zh-HK-0123456789abcdef.txt", "route-home = 首頁"),
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
    let (status, _, location, _) = get(&app, "/news?category=policy&year=2024").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/news/list/policy/2024/1"));
    let (_, _, location, _) = get(&app, "/news?category=all&year=2024").await;
    assert_eq!(location.as_deref(), Some("/news/list/all/2024/1"));
    // The language prefix stays in front.
    let (status, _, location, _) = get(&app, "/en/news?category=policy&year=all").await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(location.as_deref(), Some("/en/news/list/policy/all/1"));
    assert_eq!(get(&app, "/about?utm=x").await.0, StatusCode::OK);
}

#[tokio::test]
async fn no_filter_lands_on_the_unfiltered_list() {
    let app = site(fixture());
    let (status, _, location, _) = get(&app, "/news?category=all&year=all").await;
    assert_eq!((status, location.as_deref()), (StatusCode::SEE_OTHER, Some("/news")));
    let (_, _, location, _) = get(&app, "/en/news/?category=all&year=all").await;
    assert_eq!(location.as_deref(), Some("/en/news"));
}

#[tokio::test]
async fn a_query_on_a_page_without_that_filter_serves_the_page() {
    let app = site(fixture());
    for (uri, body) in [
        ("/about?year=2024", "about"),
        ("/?year=2020", "home"),
        ("/en/?year=2020", "home en"),
        ("/news?category=gossip", "news"),
        ("/news?year=twenty", "news"),
        ("/news?year=2024&year=2025", "news"),
        ("/news?category=../../etc", "news"),
        ("/news?category=policy&year=1999", "news"),
    ] {
        let (status, got, location, _) = get(&app, uri).await;
        assert_eq!((status, location, got.as_str()), (StatusCode::OK, None, body), "{uri}");
    }
}

#[tokio::test]
async fn the_catalogue_filter_form_lands_on_its_path_with_validity() {
    let app = site(fixture());
    for (uri, target) in [
        ("/disclosure/catalogue?category=policy&year=2024&validity=repealed", "/disclosure/catalogue/list/policy/2024/repealed/1"),
        ("/disclosure/catalogue?category=all&year=all&validity=current", "/disclosure/catalogue/list/all/all/current/1"),
        ("/disclosure/catalogue?validity=current", "/disclosure/catalogue/list/all/all/current/1"),
        ("/en/disclosure/catalogue/?category=policy&year=all&validity=all", "/en/disclosure/catalogue/list/policy/all/all/1"),
        ("/disclosure/catalogue?category=all&year=all&validity=all", "/disclosure/catalogue"),
    ] {
        let (status, _, location, _) = get(&app, uri).await;
        assert_eq!((status, location.as_deref()), (StatusCode::SEE_OTHER, Some(target)), "{uri}");
    }
    for uri in [
        "/disclosure/catalogue?validity=void",
        "/disclosure/catalogue?category=../../etc&validity=current",
        "/disclosure/catalogue?category=policy&year=2019&validity=repealed",
        "/news?validity=current",
    ] {
        let (status, _, location, _) = get(&app, uri).await;
        assert_eq!((status, location), (StatusCode::OK, None), "{uri}");
    }
}

#[tokio::test]
async fn the_knowledge_base_query_lands_on_the_category_page() {
    let app = site(fixture());
    for (uri, target) in [
        ("/knowledge?category=cargo", "/knowledge/cargo"),
        ("/en/knowledge/?category=cargo", "/en/knowledge/cargo"),
        ("/knowledge?category=all", "/knowledge"),
    ] {
        let (status, _, location, _) = get(&app, uri).await;
        assert_eq!((status, location.as_deref()), (StatusCode::SEE_OTHER, Some(target)), "{uri}");
    }
    for (uri, body) in [
        ("/knowledge?category=boats", "knowledge"),
        ("/knowledge?category=../../etc", "knowledge"),
        ("/knowledge?category=cargo&year=2024", "knowledge"),
        ("/knowledge?utm_source=mailbox", "knowledge"),
    ] {
        let (status, got, location, _) = get(&app, uri).await;
        assert_eq!((status, location, got.as_str()), (StatusCode::OK, None, body), "{uri}");
    }
}

/// The validators a page was sent with, for the conditional tests.
async fn validators(app: &Router, uri: &str) -> (String, String) {
    let reply = request(app, uri, &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{uri}");
    let etag = reply.header(header::ETAG).unwrap_or_else(|| panic!("{uri}: no ETag"));
    let modified = reply.header(header::LAST_MODIFIED).unwrap_or_else(|| panic!("{uri}: no Last-Modified"));
    (etag, modified)
}

#[tokio::test]
async fn pages_answer_if_none_match_with_304() {
    let app = site(fixture());
    let (etag, _) = validators(&app, "/about").await;
    let reply = request(&app, "/about", &[("if-none-match", &etag)]).await;
    assert_eq!(reply.status, StatusCode::NOT_MODIFIED);
    assert_eq!(reply.body, "");
    assert_eq!(reply.header(header::ETAG), Some(etag.clone()));
    // Another page's tag does not match.
    let reply = request(&app, "/about", &[("if-none-match", "W/\"other\"")]).await;
    assert_eq!((reply.status, reply.body.as_str()), (StatusCode::OK, "about"));
    // The home page too, and its tag differs from about's.
    let (home, _) = validators(&app, "/").await;
    assert_ne!(home, etag);
    assert_eq!(request(&app, "/", &[("if-none-match", &home)]).await.status, StatusCode::NOT_MODIFIED);
}

#[tokio::test]
async fn pages_answer_if_modified_since_with_304() {
    let app = site(fixture());
    let (_, modified) = validators(&app, "/en/").await;
    let reply = request(&app, "/en/", &[("if-modified-since", &modified)]).await;
    assert_eq!((reply.status, reply.body.as_str()), (StatusCode::NOT_MODIFIED, ""));
    let reply = request(&app, "/en/", &[("if-modified-since", "Sat, 01 Jan 2000 00:00:00 GMT")]).await;
    assert_eq!(reply.status, StatusCode::OK);
    // If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2).
    let reply =
        request(&app, "/en/", &[("if-modified-since", &modified), ("if-none-match", "W/\"stale\"")]).await;
    assert_eq!(reply.status, StatusCode::OK);
}

#[tokio::test]
async fn files_answer_if_modified_since_with_304() {
    let app = site(fixture());
    let reply = request(&app, "/content/site.json", &[]).await;
    let modified = reply.header(header::LAST_MODIFIED).expect("Last-Modified on files");
    let reply = request(&app, "/content/site.json", &[("if-modified-since", &modified)]).await;
    assert_eq!((reply.status, reply.body.as_str()), (StatusCode::NOT_MODIFIED, ""));
}

#[tokio::test]
async fn api_health_answers_json() {
    let app = site(fixture());
    let reply = request(&app, "/api/health", &[]).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header(header::CONTENT_TYPE).as_deref(), Some("application/json"));
    assert_eq!(reply.body, r#"{"status":"ok"}"#);
}

#[tokio::test]
async fn unknown_api_paths_answer_a_json_404() {
    let app = site(fixture());
    for uri in ["/api/nope", "/api/mailbox/letters", "/api/", "/api", "/api//x"] {
        let reply = request(&app, uri, &[]).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(reply.header(header::CONTENT_TYPE).as_deref(), Some("application/json"), "{uri}");
        let value: serde_json::Value = serde_json::from_str(&reply.body).expect("a JSON body");
        assert_eq!(value["error"], "not found");
    }
}

#[tokio::test]
async fn search_fragments_come_in_the_order_asked_from_the_index_files() {
    let dist = fixture();
    // Five documents in groups of two, as `content build` writes them.
    let dir = dist.join("content/search/en");
    std::fs::create_dir_all(&dir).unwrap();
    let manifest = portal_model::search::build(
        (0..5)
            .map(|n| portal_model::search::Doc {
                path: format!("/news/{n}"),
                section: "news".into(),
                date: None,
                title: format!("Item {n}"),
                text: format!("Text {n}"),
                extra: Vec::new(),
            })
            .collect(),
        String::new(),
        2,
        1024,
    );
    std::fs::write(dir.join("index.json"), serde_json::to_string(&manifest.manifest).unwrap()).unwrap();
    for (n, group) in manifest.groups.iter().enumerate() {
        std::fs::write(dir.join(format!("d{n}.json")), serde_json::to_string(group).unwrap()).unwrap();
    }
    let app = site(dist);
    let reply = request(&app, "/api/search/fragments?lang=en&ids=4,0,3", &[]).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    assert_secure(&reply, "fragments");
    assert_eq!(reply.header(header::CACHE_CONTROL).as_deref(), Some("no-cache"));
    let group: portal_model::search::Group = serde_json::from_str(&reply.body).unwrap();
    let paths: Vec<&str> = group.fragments.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, [manifest.groups[2].fragments[0].path.as_str(), &manifest.groups[0].fragments[0].path, &manifest.groups[1].fragments[1].path]);
    // Past the last document, a language without an index: 404; a bad query: 400. Both
    // JSON, as the API's other refusals.
    for (uri, status, error) in [
        ("/api/search/fragments?lang=en&ids=5", StatusCode::NOT_FOUND, "not found"),
        ("/api/search/fragments?lang=zh-CN&ids=0", StatusCode::NOT_FOUND, "not found"),
        ("/api/search/fragments?lang=en&ids=0,0", StatusCode::BAD_REQUEST, "bad request"),
        ("/api/search/fragments?lang=en&ids=../../site", StatusCode::BAD_REQUEST, "bad request"),
        ("/api/search/fragments", StatusCode::BAD_REQUEST, "bad request"),
    ] {
        let reply = request(&app, uri, &[]).await;
        assert_eq!(reply.status, status, "{uri}");
        assert_secure(&reply, uri);
        let value: serde_json::Value = serde_json::from_str(&reply.body).expect("a JSON body");
        assert_eq!(value["error"], error, "{uri}");
    }
}

#[tokio::test]
async fn index_html_of_a_missing_page_is_a_404_not_a_redirect() {
    let app = site(fixture());
    let (status, _, location, _) = get(&app, "/nope/index.html").await;
    assert_eq!((status, location), (StatusCode::NOT_FOUND, None));
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
    // The Fluent file a zh-HK page fetches (src/i18n.rs) is named by its content too.
    let (status, body, _, cache) = get(&app, "/locale-zh-HK-0123456789abcdef.txt").await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "route-home = 首頁"));
    assert!(cache.unwrap().contains("immutable"));
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

#[tokio::test]
async fn redirects_never_leave_the_site() {
    let app = site(fixture());
    for uri in [
        "//evil.example/index.html",
        "/%2F%2Fevil.example/index.html",
        "/%2fevil.example/index.html",
        "/%5Cevil.example/index.html",
        "/%5C%5Cevil.example/index.html",
        "//en/?year=2020",
        "//news?category=policy&year=2024",
        "/news//?category=policy&year=2024",
        "/%2e%2e/index.html",
        "/./about/index.html",
        "/about/./index.html",
        "/about/%2e%2e/index.html",
        "/about%00/index.html",
        "/%252e%252e/index.html",
        "///about",
    ] {
        let reply = request(&app, uri, &[]).await;
        assert_eq!((reply.status, reply.header(header::LOCATION)), (StatusCode::NOT_FOUND, None), "{uri}");
    }
}

#[tokio::test]
async fn a_backslash_in_the_request_line_is_refused_too() {
    // Browsers read `/\host` as `//host`. The http crate may refuse such a URI itself; when
    // it does not, the router must.
    let app = site(fixture());
    if let Ok(request) = Request::get("/\\evil.example/index.html").body(Body::empty()) {
        let response = app.clone().oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        assert!(response.headers().get(header::LOCATION).is_none());
    }
}

#[tokio::test]
async fn every_location_is_one_slash_and_a_safe_segment() {
    let app = site(fixture());
    for uri in ["/about/index.html", "/index.html", "/en/index.html", "/news?category=policy&year=2024"] {
        let location = request(&app, uri, &[]).await.header(header::LOCATION).unwrap_or_else(|| panic!("{uri}"));
        assert!(location.starts_with('/') && !location.starts_with("//") && !location.contains('\\'), "{uri}: {location}");
    }
    assert_eq!(request(&app, "/index.html", &[]).await.header(header::LOCATION).as_deref(), Some("/"));
}

/// Any method, any headers, any body.
async fn send(app: &Router, method: &str, uri: &str, headers: &[(&str, &str)], body: Vec<u8>) -> Reply {
    let mut request = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = app.clone().oneshot(request.body(Body::from(body)).unwrap()).await.unwrap();
    let (status, headers) = (response.status(), response.headers().clone());
    let body = response.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
    Reply { status, body: String::from_utf8_lossy(&body).into_owned(), headers }
}

const SECURITY_HEADERS: [(&str, &str); 6] = [
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "strict-origin-when-cross-origin"),
    ("x-frame-options", "DENY"),
    ("permissions-policy", PERMISSIONS_POLICY),
    ("cross-origin-opener-policy", "same-origin"),
];

fn assert_secure(reply: &Reply, what: &str) {
    for (name, value) in SECURITY_HEADERS {
        assert_eq!(reply.headers.get(name).and_then(|v| v.to_str().ok()), Some(value), "{what}: {name}");
    }
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = site(fixture());
    for (method, uri, headers, status) in [
        ("GET", "/", vec![], StatusCode::OK),
        ("GET", "/", vec![("accept-language", "en")], StatusCode::TEMPORARY_REDIRECT),
        ("GET", "/about", vec![], StatusCode::OK),
        ("GET", "/about/index.html", vec![], StatusCode::PERMANENT_REDIRECT),
        ("GET", "/news?category=policy&year=2024", vec![], StatusCode::SEE_OTHER),
        ("GET", "/nope", vec![], StatusCode::NOT_FOUND),
        ("GET", "//evil.example/index.html", vec![], StatusCode::NOT_FOUND),
        ("POST", "/about", vec![], StatusCode::METHOD_NOT_ALLOWED),
        ("GET", "/content/site.json", vec![], StatusCode::OK),
        ("GET", "/portal-0123456789abcdef_bg.wasm", vec![("accept-encoding", "br")], StatusCode::OK),
        ("GET", "/api/health", vec![], StatusCode::OK),
        ("GET", "/api/nope", vec![], StatusCode::NOT_FOUND),
        ("DELETE", "/api/health", vec![], StatusCode::METHOD_NOT_ALLOWED),
        ("GET", "/about", vec![("if-modified-since", "Fri, 01 Jan 2100 00:00:00 GMT")], StatusCode::NOT_MODIFIED),
    ] {
        let reply = send(&app, method, uri, &headers, Vec::new()).await;
        assert_eq!(reply.status, status, "{method} {uri}");
        assert_secure(&reply, &format!("{method} {uri}"));
        assert!(reply.headers.get(header::STRICT_TRANSPORT_SECURITY).is_none(), "HSTS only when asked for");
    }
}

#[tokio::test]
async fn hsts_is_sent_when_the_deployment_says_it_is_behind_tls() {
    let app = app(Config { hsts: true, ..Config::new(fixture()) });
    for uri in ["/", "/nope", "/api/health"] {
        let reply = request(&app, uri, &[]).await;
        assert_eq!(reply.header(header::STRICT_TRANSPORT_SECURITY).as_deref(), Some("max-age=31536000; includeSubDomains"));
    }
}

#[tokio::test]
async fn the_csp_allows_no_inline_code_and_no_eval() {
    assert!(!CONTENT_SECURITY_POLICY.contains("unsafe-inline"));
    assert!(!CONTENT_SECURITY_POLICY.contains("'unsafe-eval'"));
    assert!(CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"));
}

#[tokio::test]
async fn pages_and_files_answer_only_get_and_head() {
    let app = site(fixture());
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"] {
        for uri in ["/", "/about", "/content/site.json", "/portal-0123456789abcdef_bg.wasm", "/nope"] {
            let reply = send(&app, method, uri, &[], b"x=1".to_vec()).await;
            assert_eq!(reply.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {uri}");
            assert_eq!(reply.header(header::ALLOW).as_deref(), Some("GET, HEAD"), "{method} {uri}");
        }
    }
    let reply = send(&app, "HEAD", "/about", &[], Vec::new()).await;
    assert_eq!(reply.status, StatusCode::OK);
}

#[tokio::test]
async fn oversized_bodies_headers_and_urls_are_refused() {
    let app = site(fixture());
    let big = vec![b'x'; 1 << 20];
    let reply = send(&app, "POST", "/api/health", &[("content-length", "1048576")], big).await;
    assert_eq!(reply.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_secure(&reply, "413");
    let huge = "a".repeat(20_000);
    let reply = request(&app, "/about", &[("x-filler", &huge)]).await;
    assert_eq!(reply.status, StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
    assert_secure(&reply, "431");
    let reply = request(&app, &format!("/about?q={}", "a".repeat(10_000)), &[]).await;
    assert_eq!(reply.status, StatusCode::URI_TOO_LONG);
    assert_secure(&reply, "414");
}

#[tokio::test]
async fn attachments_are_downloads_of_allowed_types_only() {
    let app = site(fixture());
    for uri in ["/files/report.pdf", "/files/data.csv", "/files/Sheet.XLSX", "/files/sub/x.docx"] {
        let reply = request(&app, uri, &[]).await;
        assert_eq!(reply.status, StatusCode::OK, "{uri}");
        assert_eq!(reply.header(header::CONTENT_DISPOSITION).as_deref(), Some("attachment"), "{uri}");
        assert_secure(&reply, uri);
    }
    for uri in ["/files/evil.html", "/files/evil.svg", "/files/evil.js", "/files/noext", "/files/", "/files/missing.pdf"] {
        let reply = request(&app, uri, &[]).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(reply.header(header::CONTENT_DISPOSITION).is_none(), "{uri}");
    }
    assert_eq!(send(&app, "POST", "/files/report.pdf", &[], Vec::new()).await.status, StatusCode::METHOD_NOT_ALLOWED);
}

/// A fixture whose content/site.json is the demo bundle's, with these contacts.
fn fixture_with_contacts(contacts: serde_json::Value) -> PathBuf {
    let dir = fixture();
    let demo = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/content/site.json");
    let mut site: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(demo).unwrap()).unwrap();
    site["security_contact"] = contacts;
    std::fs::write(dir.join("content/site.json"), serde_json::to_string(&site).unwrap()).unwrap();
    dir
}

#[tokio::test]
async fn security_txt_names_the_bundle_contacts() {
    let contacts = serde_json::json!(["mailto:security@example.org", "tel:+86-755-83394325"]);
    let app = site(fixture_with_contacts(contacts));
    let reply = request(&app, "/.well-known/security.txt", &[]).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(reply.header(header::CONTENT_TYPE).as_deref(), Some("text/plain; charset=utf-8"));
    assert_secure(&reply, "security.txt");
    let lines: Vec<&str> = reply.body.lines().collect();
    assert_eq!(lines[0], "Contact: mailto:security@example.org");
    assert_eq!(lines[1], "Contact: tel:+86-755-83394325");
    assert!(lines.contains(&"Preferred-Languages: zh, en"), "{lines:?}");
    assert!(lines.contains(&"Canonical: https://ka.sz.gov.cn/.well-known/security.txt"), "{lines:?}");
    let expires = lines.iter().find_map(|l| l.strip_prefix("Expires: ")).expect("an Expires line");
    let expires = time::OffsetDateTime::parse(expires, &time::format_description::well_known::Rfc3339).unwrap();
    let now = time::OffsetDateTime::now_utc();
    assert!(expires > now && expires < now + time::Duration::days(365), "{expires}");
}

#[tokio::test]
async fn without_contacts_there_is_no_security_txt() {
    for dist in [fixture_with_contacts(serde_json::json!([])), fixture()] {
        let reply = request(&site(dist), "/.well-known/security.txt", &[]).await;
        assert_eq!(reply.status, StatusCode::NOT_FOUND);
    }
    let app = site(fixture_with_contacts(serde_json::json!(["mailto:a@example.org\r\nContact: https://evil.example"])));
    let reply = request(&app, "/.well-known/security.txt", &[]).await;
    assert!(!reply.body.contains("evil.example"), "{}", reply.body);
}

#[tokio::test]
async fn the_checkpoint_filter_form_lands_on_its_path() {
    let app = site(fixture());
    for (uri, target) in [
        ("/checkpoints?type=land&crosses=all&open=all", "/checkpoints/list/land/all/all"),
        ("/checkpoints?type=land", "/checkpoints/list/land/all/all"),
        ("/checkpoints?type=all&crosses=cargo&open=now", "/checkpoints/list/all/cargo/now"),
        ("/en/checkpoints/?type=sea&crosses=passengers&open=", "/en/checkpoints/list/sea/passengers/all"),
        ("/checkpoints?type=all&crosses=all&open=all", "/checkpoints"),
    ] {
        let (status, _, location, _) = get(&app, uri).await;
        assert_eq!((status, location.as_deref()), (StatusCode::SEE_OTHER, Some(target)), "{uri}");
    }
    for uri in ["/checkpoints?type=rail", "/checkpoints?open=soon", "/checkpoints?type=../../etc", "/checkpoints?category=land", "/news?type=land"] {
        let (status, _, location, _) = get(&app, uri).await;
        assert_eq!((status, location), (StatusCode::OK, None), "{uri}");
    }
}
