//! The mailbox's routes under `/api/letters`. Every answer is JSON in the request's
//! language (`lang` query parameter, else `Accept-Language`), with `Cache-Control:
//! no-store` (letters are personal). Bodies are never logged.

use super::{Refusal, Service};
use crate::i18n::request_lang;
use crate::AppState;
use axum::body::Bytes;
use axum::extract::{Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use portal_model::letter::{ApiError, Category, LetterForm, Mailbox, PublishedMatches, Rejection, SEARCH_QUERY_CHARS};
use portal_model::Lang;
use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

/// The query's parameters; `None` if it cannot be read or names a parameter twice.
pub(crate) fn query(request_query: Option<&str>) -> Option<HashMap<String, String>> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(request_query.unwrap_or("")).ok()?;
    let n = pairs.len();
    let map: HashMap<String, String> = pairs.into_iter().collect();
    (map.len() == n).then_some(map)
}

/// The request's language, from its `lang` parameter (even in a query refused otherwise)
/// or its `Accept-Language`.
fn lang_of(request_query: Option<&str>, headers: &HeaderMap) -> Lang {
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(request_query.unwrap_or("")).unwrap_or_default();
    request_lang(pairs.iter().find(|(k, _)| k == "lang").map(|(_, v)| v.as_str()), accept)
}

fn no_store(mut response: Response) -> Response {
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// One message as an [`ApiError`].
fn error(status: StatusCode, message: String) -> Response {
    no_store((status, Json(ApiError { error: message })).into_response())
}

/// A refusal as the API answers it.
pub fn refusal_response(refusal: &Refusal, lang: Lang, phone: &str) -> Response {
    let mut response = match refusal {
        Refusal::Rejected(_) => no_store((refusal.status(), Json(Rejection { errors: refusal.field_errors(lang) })).into_response()),
        _ => error(refusal.status(), refusal.message(lang, phone)),
    };
    if let Some(secs) = refusal.retry_after() {
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    response
}

/// The client's address: the connection's peer (`ConnectInfo`, set by `crate::serve`).
/// Behind a reverse proxy on the same machine (`--trust-proxy`), a loopback peer's
/// request is counted by the last address of its `X-Forwarded-For`, which the proxy
/// appends. Without `ConnectInfo` (in-process tests) it is 127.0.0.1.
pub fn client_address(request: &axum::http::request::Parts, trust_proxy: bool) -> IpAddr {
    let peer = request
        .extensions
        .get::<axum::extract::ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::V4(Ipv4Addr::LOCALHOST), |c| c.0.ip());
    if trust_proxy && peer.is_loopback() {
        let forwarded = request
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|a| a.trim().parse::<IpAddr>().ok())
            .next_back();
        if let Some(ip) = forwarded {
            return ip;
        }
    }
    peer
}

/// Percent-decodes one part of a form body, `None` if it is not UTF-8.
fn form_part_is_utf8(part: &[u8]) -> bool {
    let spaced: Vec<u8> = part.iter().map(|b| if *b == b'+' { b' ' } else { *b }).collect();
    percent_encoding::percent_decode(&spaced).decode_utf8().is_ok()
}

/// A letter from a request body by its `Content-Type`: JSON or a form post
/// (`application/x-www-form-urlencoded`), read alike. Anything else is
/// `UnsupportedType`; a body that is not UTF-8 (raw or percent-encoded), not JSON, or of
/// the wrong shape is `BadRequest`.
pub fn form_from_body(content_type: Option<&str>, body: &[u8]) -> Result<LetterForm, Refusal> {
    let essence = content_type.unwrap_or("").split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    match essence.as_str() {
        "application/json" => serde_json::from_slice(body).map_err(|_| Refusal::BadRequest),
        "application/x-www-form-urlencoded" => {
            if std::str::from_utf8(body).is_err() || !body.split(|b| *b == b'&').flat_map(|p| p.split(|b| *b == b'=')).all(form_part_is_utf8) {
                return Err(Refusal::BadRequest);
            }
            serde_urlencoded::from_bytes(body).map_err(|_| Refusal::BadRequest)
        }
        _ => Err(Refusal::UnsupportedType),
    }
}

/// `POST /api/letters`: 201 with the `Receipt` when stored, 200 with the same receipt for
/// a retry; 422 `Rejection`; 400, 409, 413, 415, 429 (with `Retry-After`), 503 `ApiError`.
pub async fn post_letter(State(state): State<Arc<AppState>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let lang = lang_of(parts.uri.query(), &parts.headers);
    let phone = state.office_phone.clone();
    let content_type = parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
    // The content type first: a wrong one is refused before the body is read.
    if let Err(refusal @ Refusal::UnsupportedType) = form_from_body(content_type, b"{}") {
        return refusal_response(&refusal, lang, &phone);
    }
    // The body is bounded by the router's RequestBodyLimitLayer: past it, reading fails.
    let bytes: Bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(_) => return refusal_response(&Refusal::TooLarge, lang, &phone),
    };
    let form = match form_from_body(content_type, &bytes) {
        Ok(form) => form,
        Err(refusal) => return refusal_response(&refusal, lang, &phone),
    };
    let client = client_address(&parts, state.trust_proxy);
    match super::submit(&state, form, lang, client).await {
        Ok((receipt, new)) => {
            let status = if new { StatusCode::CREATED } else { StatusCode::OK };
            no_store((status, Json(receipt)).into_response())
        }
        Err(refusal) => refusal_response(&refusal, lang, &phone),
    }
}

/// `GET /api/letters/{number}?code=...`: 200 `LetterState`, or 404 `ApiError`
/// (`api-error-not-found`) for an unknown number and a wrong or missing code alike.
pub async fn get_letter(State(state): State<Arc<AppState>>, Path(number): Path<String>, request: Request) -> Response {
    let params = query(request.uri().query());
    let lang = lang_of(request.uri().query(), request.headers());
    let code = params.as_ref().and_then(|p| p.get("code")).cloned().unwrap_or_default();
    match super::lookup(&state, &number, &code).await {
        Ok(Some(letter)) => no_store(Json(letter).into_response()),
        Ok(None) => error(StatusCode::NOT_FOUND, crate::i18n::message(lang, "api-error-not-found")),
        Err(refusal) => refusal_response(&refusal, lang, &state.office_phone),
    }
}

fn service(state: &AppState) -> Result<Arc<Service>, Refusal> {
    state.mailbox.clone().ok_or(Refusal::Unavailable)
}

/// `GET /api/letters/published?mailbox=&category=&page=`: 200 `PublishedPage` (page from
/// 1; past the last page, no items); 400 `ApiError` for an unknown mailbox or category or
/// a page that is not a positive number.
pub async fn published(State(state): State<Arc<AppState>>, request: Request) -> Response {
    let params = query(request.uri().query());
    let lang = lang_of(request.uri().query(), request.headers());
    let bad = || refusal_response(&Refusal::BadRequest, lang, &state.office_phone);
    let Some(params) = params else { return bad() };
    let get = |name: &str| params.get(name).map(|s| s.trim()).filter(|s| !s.is_empty());
    let mailbox = match get("mailbox") {
        None => None,
        Some(slug) => match Mailbox::from_slug(slug) {
            Some(m) => Some(m),
            None => return bad(),
        },
    };
    let category = match get("category") {
        None => None,
        Some(slug) => match Category::from_slug(slug) {
            Some(c) => Some(c),
            None => return bad(),
        },
    };
    let page = match get("page").map(str::parse::<usize>) {
        None => 1,
        Some(Ok(n)) if (1..=1_000_000).contains(&n) => n,
        Some(_) => return bad(),
    };
    let service = match service(&state) {
        Ok(s) => s,
        Err(refusal) => return refusal_response(&refusal, lang, &state.office_phone),
    };
    match tokio::task::spawn_blocking(move || service.store.published(mailbox, category, page)).await {
        Ok(Ok(page)) => Json(page).into_response(),
        _ => refusal_response(&Refusal::Unavailable, lang, &state.office_phone),
    }
}

/// `GET /api/letters/search?q=`: 200 `PublishedMatches`, the published replies matching
/// the query, best first, at most `SEARCH_MATCHES`, masked as the published list is (see
/// [`super::search`]); 400 `ApiError` for a missing or blank `q`, one longer than
/// `SEARCH_QUERY_CHARS` characters or not UTF-8, or a parameter given twice; 503 when the mailbox is
/// unavailable.
pub async fn search(State(state): State<Arc<AppState>>, request: Request) -> Response {
    let params = query(request.uri().query());
    let lang = lang_of(request.uri().query(), request.headers());
    let bad = || refusal_response(&Refusal::BadRequest, lang, &state.office_phone);
    let Some(params) = params else { return bad() };
    let q = match params.get("q").map(|q| q.trim()) {
        // U+FFFD: the query was not UTF-8 (the decoder replaced what it could not read).
        Some(q) if !q.is_empty() && q.chars().count() <= SEARCH_QUERY_CHARS && !q.contains('\u{FFFD}') => q.to_string(),
        _ => return bad(),
    };
    let service = match service(&state) {
        Ok(s) => s,
        Err(refusal) => return refusal_response(&refusal, lang, &state.office_phone),
    };
    let app = state.clone();
    match tokio::task::spawn_blocking(move || super::search::find(&service, &q, &app.reply_fold)).await {
        Ok(Ok(items)) => Json(PublishedMatches { items }).into_response(),
        _ => refusal_response(&Refusal::Unavailable, lang, &state.office_phone),
    }
}

/// `GET /api/letters/statistics`: 200 `Statistics`.
pub async fn statistics(State(state): State<Arc<AppState>>, request: Request) -> Response {
    let lang = lang_of(request.uri().query(), request.headers());
    let service = match service(&state) {
        Ok(s) => s,
        Err(refusal) => return refusal_response(&refusal, lang, &state.office_phone),
    };
    match tokio::task::spawn_blocking(move || service.store.statistics()).await {
        Ok(Ok(statistics)) => Json(statistics).into_response(),
        _ => refusal_response(&Refusal::Unavailable, lang, &state.office_phone),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(peer: &str, forwarded: &[&str]) -> axum::http::request::Parts {
        let mut request = axum::http::Request::get("/");
        for f in forwarded {
            request = request.header("x-forwarded-for", *f);
        }
        let mut request = request.body(()).unwrap();
        request.extensions_mut().insert(axum::extract::ConnectInfo(peer.parse::<SocketAddr>().unwrap()));
        request.into_parts().0
    }

    #[test]
    fn the_client_is_the_peer_unless_a_trusted_local_proxy_says_otherwise() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert_eq!(client_address(&parts("192.0.2.1:1000", &["198.51.100.9"]), false), ip("192.0.2.1"));
        assert_eq!(client_address(&parts("127.0.0.1:1000", &["198.51.100.9"]), false), ip("127.0.0.1"));
        // Behind a local proxy: the last address, the one the proxy saw.
        assert_eq!(client_address(&parts("127.0.0.1:1000", &["10.0.0.1, 198.51.100.9"]), true), ip("198.51.100.9"));
        assert_eq!(client_address(&parts("127.0.0.1:1000", &["1.1.1.1", "198.51.100.7"]), true), ip("198.51.100.7"));
        // A remote peer cannot choose its address by header.
        assert_eq!(client_address(&parts("192.0.2.1:1000", &["198.51.100.9"]), true), ip("192.0.2.1"));
        assert_eq!(client_address(&parts("[::1]:1000", &["garbage"]), true), ip("::1"));
    }

    #[test]
    fn bodies_are_read_by_their_type() {
        assert_eq!(form_from_body(Some("text/plain"), b"{}"), Err(Refusal::UnsupportedType));
        assert_eq!(form_from_body(None, b"{}"), Err(Refusal::UnsupportedType));
        assert_eq!(form_from_body(Some("Application/JSON; charset=utf-8"), b"{\"title\":\"t\"}").unwrap().title, "t");
        let form = form_from_body(Some("application/x-www-form-urlencoded"), "title=%E6%A0%87+%E9%A2%98&privacy=on".as_bytes()).unwrap();
        assert_eq!((form.title.as_str(), form.privacy, form.publish), ("标 题", true, false));
        assert_eq!(form_from_body(Some("application/x-www-form-urlencoded"), b"title=%C0%AF"), Err(Refusal::BadRequest));
    }
}
