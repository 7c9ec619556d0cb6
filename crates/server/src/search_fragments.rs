//! `GET /api/search/fragments?lang=zh-CN&ids=12,7,3050`: the fragments (address, title,
//! section, date, start of the text) of the search results a page shows, in one answer.
//!
//! Made for the search when it ran in the browser on the static index: the fragments of
//! the ten results a page shows are spread over as many `d<N>.json` files of the index, and
//! a browser fetching ten files paid for ten requests (`docs/decisions/0014-site-search.md`,
//! "Latency, fourth pass"). The search now runs on the server (`search_page.rs`), which
//! reads those files itself, so the site no longer asks this route; it stays for a client
//! of the static index. Here the server reads those files from the built site and answers
//! with just the fragments asked for, in the order asked.
//!
//! Answers: 200 `portal_model::search::Group` (schema and fragments, one per id); 400
//! `{"error":"bad request"}` for a query that is not `lang` and `ids` once each, a language
//! that is not one of the site's, or ids that are not 1 to [`MAX_IDS`] distinct decimal
//! numbers; 404 `{"error":"not found"}` (as any unknown `/api/` path) for a language without
//! an index or an id past its last document. Only
//! numbers chosen by the request reach a file name, and only after they are parsed.

use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use portal_model::letter::ApiError;
use portal_model::search::{self as index, Fragment, Group};
use portal_model::Lang;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// The most ids one request may ask for: a page of results.
pub const MAX_IDS: usize = index::PAGE_SIZE;

/// What this route needs of a language's manifest.
#[derive(Deserialize)]
struct Sizes {
    docs: u32,
    group: u32,
}

/// Why a request is refused.
#[derive(Debug, PartialEq)]
enum Refusal {
    BadRequest,
    NotFound,
}

/// `lang` and the ids, from the request's query; `None` unless both are there, once each,
/// and nothing else is.
fn parse(query: Option<&str>) -> Option<(Lang, Vec<u32>)> {
    let map = crate::mailbox::http::query(query).filter(|m| m.len() == 2)?;
    let lang = Lang::from_tag(map.get("lang")?)?;
    let mut ids: Vec<u32> = Vec::new();
    for part in map.get("ids")?.split(',') {
        // Digits only: no sign, no spaces, no empty parts; at most 9 of them, so it fits.
        if part.is_empty() || part.len() > 9 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let id: u32 = part.parse().ok()?;
        if ids.contains(&id) {
            return None;
        }
        ids.push(id);
    }
    (ids.len() <= MAX_IDS).then_some((lang, ids))
}

/// The fragments of `ids` from the index of `lang` under `dist`.
fn read(dist: &Path, lang: Lang, ids: &[u32]) -> Result<Group, Refusal> {
    let content = dist.join("content");
    let sizes: Sizes = std::fs::read_to_string(content.join(index::manifest_file(lang)))
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .ok_or(Refusal::NotFound)?;
    if sizes.group == 0 {
        return Err(Refusal::NotFound);
    }
    let mut groups: HashMap<u32, Group> = HashMap::new();
    let mut fragments: Vec<Fragment> = Vec::with_capacity(ids.len());
    for &id in ids {
        if id >= sizes.docs {
            return Err(Refusal::NotFound);
        }
        let n = id / sizes.group;
        if !groups.contains_key(&n) {
            let group: Group = std::fs::read_to_string(content.join(index::group_file(lang, n)))
                .ok()
                .and_then(|text| serde_json::from_str(&text).ok())
                .ok_or(Refusal::NotFound)?;
            groups.insert(n, group);
        }
        let fragment = groups[&n].fragments.get((id % sizes.group) as usize).ok_or(Refusal::NotFound)?;
        fragments.push(fragment.clone());
    }
    Ok(Group { schema: portal_model::SCHEMA_VERSION, fragments })
}

/// `GET /api/search/fragments`.
pub async fn fragments(State(state): State<Arc<AppState>>, request: Request) -> Response {
    let parsed = parse(request.uri().query());
    let answer = match parsed {
        None => Err(Refusal::BadRequest),
        Some((lang, ids)) => {
            let dist = state.dist.clone();
            tokio::task::spawn_blocking(move || read(&dist, lang, &ids)).await.unwrap_or(Err(Refusal::NotFound))
        }
    };
    let mut response = match answer {
        Ok(group) => Json(group).into_response(),
        // Only the app asks, and it reads the index's files instead when refused, so the
        // refusal is a plain word, not a message for citizens: the site's Fluent files go
        // to every browser, and would carry these to pages that never search.
        Err(Refusal::BadRequest) => (StatusCode::BAD_REQUEST, Json(ApiError { error: "bad request".into() })).into_response(),
        Err(Refusal::NotFound) => crate::api::not_found().await,
    };
    // The index changes only when the site is built again; an answer may be kept for a
    // while but checked after a new build (as the index files themselves are).
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_a_language_and_distinct_numbers() {
        assert_eq!(parse(Some("lang=zh-CN&ids=12,7,3050")), Some((Lang::ZhCn, vec![12, 7, 3050])));
        assert_eq!(parse(Some("ids=0&lang=en")), Some((Lang::En, vec![0])));
        let ten = (0..10).map(|n| n.to_string()).collect::<Vec<_>>().join(",");
        assert!(parse(Some(&format!("lang=en&ids={ten}"))).is_some());
        for bad in [
            "",
            "lang=en",
            "ids=1",
            "lang=xx&ids=1",
            "lang=en&ids=",
            "lang=en&ids=1,",
            "lang=en&ids=,1",
            "lang=en&ids=-1",
            "lang=en&ids=+1",
            "lang=en&ids=1%20",
            "lang=en&ids=1.5",
            "lang=en&ids=0x10",
            "lang=en&ids=1,1",
            "lang=en&ids=9999999999",
            "lang=en&ids=../1",
            "lang=en&ids=1&ids=2",
            "lang=en&lang=en&ids=1",
            "lang=en&ids=1&extra=1",
            "lang=en&ids=%FF",
            "lang=en&ids=０",
        ] {
            assert_eq!(parse(Some(bad)), None, "{bad}");
        }
        let eleven = (0..11).map(|n| n.to_string()).collect::<Vec<_>>().join(",");
        assert_eq!(parse(Some(&format!("lang=en&ids={eleven}"))), None);
    }
}
