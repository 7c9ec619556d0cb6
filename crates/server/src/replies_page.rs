//! `GET /mailbox/replies?mailbox=&category=&page=` (and under `/en`, `/zh-hk`): the
//! published replies. They are live data, so the server reads the page asked for from the
//! mailbox (the same query as `GET /api/letters/published`) and renders it with the app's
//! components (`portal::prerender::render_with`, `pages::letter_replies`): the list works
//! without scripts, and the browser carries no code for it. Filters and page are read as the
//! page reads them: an unknown mailbox or category is "all", a page out of range is the
//! first. 200 with the list; 503 with the page saying the mailbox cannot be reached (and
//! its phone number) when it cannot be read.

use crate::AppState;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use portal::pages::letter_replies::{Replies, RepliesQuery};
use portal_model::Lang;
use std::sync::Arc;

/// The page's path, without the language's prefix.
const PATH: &str = "/mailbox/replies";

/// `GET` of the published replies.
pub async fn replies(State(state): State<Arc<AppState>>, request: Request) -> Response {
    let Some(template) = state.page_shell.clone() else {
        return crate::site_path(State(state), request).await;
    };
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(request.uri().query().unwrap_or("")).unwrap_or_default();
    let query = RepliesQuery::from_pairs(&pairs);
    let path = request.uri().path().trim_end_matches('/').to_string();
    let lang = Lang::from_path(&path);
    let page = match state.mailbox.clone() {
        Some(service) => {
            let (mailbox, category, page) = (query.mailbox, query.category, query.page);
            tokio::task::spawn_blocking(move || service.store.published(mailbox, category, page)).await.ok().and_then(Result::ok)
        }
        None => None,
    };
    let status = if page.is_some() { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    let content = state.dist.join("content");
    let rendered = tokio::task::spawn_blocking(move || portal::prerender::render_with(&path, &template, &content, Replies { query, page })).await;
    crate::pages::rendered(lang, status, rendered.ok().and_then(Result::ok))
}

/// The paths this module answers: the page in each language.
pub fn paths() -> impl Iterator<Item = String> {
    Lang::ALL.into_iter().map(|l| l.localize_path(PATH))
}
