//! `GET /search?q=…` (and under `/en`, `/zh-hk`): the site search's results page. The search
//! runs here, on the index in the built site (`portal::search::answer`) with the published
//! replies the mailbox finds (`mailbox::search`), and the page is rendered by the app's own
//! components with the answer (`portal::prerender::render_with`), like any other page:
//! with the app, whose search island asks for the next search's page the same way. So
//! search works without scripts, and the browser carries no search code
//! (`docs/decisions/0014-site-search.md`, "Server pages").
//!
//! Without a query (`/search`, or `q` empty) the prerendered page, the form alone, is served
//! as any page. The query is read as the page reads it: `q` trimmed and cut to 100
//! characters, `section` a word, `year` and `page` numbers in range; anything else is
//! ignored. Answers: 200 with the results (or none found); 503 with the page saying the
//! search could not run (the index missing or broken), and still the form.

use crate::AppState;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use portal::pages::search::{Params, Searched};
use portal_model::Lang;
use std::sync::Arc;

/// The search page's path, without the language's prefix or a trailing slash.
const PATH: &str = "/search";

/// `GET` of the search page: the results of the search in its query, else the page itself.
pub async fn search(State(state): State<Arc<AppState>>, request: Request) -> Response {
    let params = Params::from_pairs(serde_urlencoded::from_str(request.uri().query().unwrap_or("")).unwrap_or_default());
    let (Some(template), false) = (state.page_shell.clone(), params.q.is_empty()) else {
        return crate::site_path(State(state), request).await;
    };
    let path = request.uri().path().trim_end_matches('/').to_string();
    let lang = Lang::from_path(&path);
    let q = params.q.clone();
    let replies = match state.mailbox.clone() {
        Some(service) => {
            let app = state.clone();
            tokio::task::spawn_blocking(move || crate::mailbox::search::find(&service, &q, &app.reply_fold)).await.ok().and_then(Result::ok)
        }
        None => None,
    };
    let replies = replies.map(|found| found.into_iter().map(|m| portal::search_replies::fragment(m.into())).collect());
    let content = state.dist.join("content");
    let rendered = tokio::task::spawn_blocking(move || {
        let answer = portal::search::answer(&content, lang, &params.q, &params.filter(), params.page, replies);
        let failed = answer.outcome.is_err();
        portal::prerender::render_with(&path, &template, &content, Searched { params, answer }).map(|html| (html, failed))
    })
    .await;
    match rendered {
        Ok(Ok((html, failed))) => crate::pages::rendered(lang, if failed { StatusCode::SERVICE_UNAVAILABLE } else { StatusCode::OK }, Some(html)),
        _ => crate::pages::rendered(lang, StatusCode::INTERNAL_SERVER_ERROR, None),
    }
}

/// The paths this module answers: the search page in each language.
pub fn paths() -> impl Iterator<Item = String> {
    Lang::ALL.into_iter().map(|l| l.localize_path(PATH))
}
