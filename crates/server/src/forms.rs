//! Plain form posts to the mailbox pages, for browsers that do not run the app (scripts off,
//! an engine that cannot run the wasm, or a submit before the wasm arrived).
//!
//! `POST /mailbox/<mailbox>` (and under `/en`, `/zh-hk`) stores the letter with the same
//! [`mailbox::submit`] as the JSON API; `POST /mailbox/lookup` looks one up with the same
//! [`mailbox::lookup`]. The answer is the page itself, rendered by the app's own components
//! (`portal::prerender::render_posted`) in the portal's shell: the receipt, or the form
//! again with the error summary and everything the citizen typed. The document does not
//! start the app (its state came from the post); `Cache-Control: no-store`, since it holds
//! the citizen's letter.
//!
//! A form post has no idempotency key (a prerendered page cannot carry one per visitor), so
//! the key is derived from what was posted, the client's address and the day: a double
//! click sends the same letter twice and stores it once.

use crate::mailbox::{self, Refusal};
use crate::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use portal::mailbox::{Posted, Sent};
use portal::prerender::{self, Template};
use portal_model::letter::{LetterForm, Mailbox};
use portal_model::Lang;
use sha2::{Digest, Sha256};
use std::sync::Arc;

/// Trunk's template as the build keeps it (`scripts/build`).
pub fn load_page_template(dist: &std::path::Path) -> Option<Template> {
    let html = std::fs::read_to_string(dist.join("shell.html")).ok()?;
    Template::parse(&html).ok()
}

/// The page a post went to, from its path: `Some(None)` for the look-up, `Some(Some(m))`
/// for a mailbox's form, `None` for anything else (answered 405 like any page).
fn target(path: &str) -> Option<Option<Mailbox>> {
    match Lang::strip_prefix(path).trim_end_matches('/').strip_prefix("/mailbox/")? {
        "lookup" => Some(None),
        slug => Mailbox::from_slug(slug).map(Some),
    }
}

/// Reads at most the body limit (the outer layer has already enforced it).
async fn body_bytes(body: Body) -> Result<axum::body::Bytes, Refusal> {
    axum::body::to_bytes(body, usize::MAX).await.map_err(|_| Refusal::TooLarge)
}

/// The key of a form post without one: the same letter from the same address on the same
/// day is one letter.
fn derived_key(form: &LetterForm, client: std::net::IpAddr) -> String {
    let mut hash = Sha256::new();
    for part in [&form.mailbox, &form.category, &form.title, &form.body, &form.name, &form.phone, &form.email] {
        hash.update(part.trim().as_bytes());
        hash.update([0]);
    }
    hash.update(client.to_string().as_bytes());
    hash.update(time::OffsetDateTime::now_utc().date().to_string().as_bytes());
    let digest = hash.finalize();
    format!("form-{}", digest.iter().take(20).map(|b| format!("{b:02x}")).collect::<String>())
}

/// `POST` to a mailbox page or the look-up page.
pub async fn post(State(state): State<Arc<AppState>>, request: Request) -> Response {
    let path = request.uri().path().to_string();
    let Some(target) = target(&path) else {
        return crate::layers::method_not_allowed();
    };
    let lang = Lang::from_path(&path);
    let (parts, body) = request.into_parts();
    let client = mailbox::client_address(&parts, state.trust_proxy);
    let content_type = parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_string);
    let bytes = body_bytes(body).await;
    let (posted, status, retry_after) = match target {
        Some(mailbox) => {
            let read = bytes.and_then(|b| mailbox::form_from_body(content_type.as_deref(), &b));
            let (form, result) = match read {
                Ok(mut form) => {
                    // The page posted to decides the mailbox.
                    form.mailbox = mailbox.slug().to_string();
                    if form.key.trim().is_empty() {
                        form.key = derived_key(&form, client);
                    }
                    let result = mailbox::submit(&state, form.clone(), lang, client).await;
                    (form, result)
                }
                Err(refusal) => (LetterForm { mailbox: mailbox.slug().to_string(), ..LetterForm::default() }, Err(refusal)),
            };
            let (sent, status, retry) = match result {
                Ok((receipt, _)) => (Sent::Stored(receipt), StatusCode::OK, None),
                Err(refusal @ Refusal::Rejected(_)) => {
                    let errors = refusal.field_errors(lang).into_iter().map(|e| (e.field, e.message)).collect();
                    (Sent::Refused(errors), refusal.status(), None)
                }
                Err(refusal) => (Sent::Declined(refusal.message(lang, &state.office_phone)), refusal.status(), refusal.retry_after()),
            };
            // The key is the page's business, not the citizen's: it is not echoed.
            (Posted::Letter { form: LetterForm { key: String::new(), ..form }, sent }, status, retry)
        }
        None => {
            #[derive(serde::Deserialize, Default)]
            #[serde(default)]
            struct Lookup {
                number: String,
                code: String,
            }
            let read: Option<Lookup> = bytes.ok().and_then(|b| serde_urlencoded::from_bytes(&b).ok());
            let Lookup { number, code } = read.unwrap_or_default();
            match mailbox::lookup(&state, &number, &code).await {
                Ok(found) => {
                    let status = if found.is_some() { StatusCode::OK } else { StatusCode::NOT_FOUND };
                    (Posted::Lookup { number, found }, status, None)
                }
                Err(refusal) => {
                    return plain(refusal.status(), refusal.message(lang, &state.office_phone));
                }
            }
        }
    };
    let Some(template) = state.shell.clone() else {
        return plain(StatusCode::SERVICE_UNAVAILABLE, mailbox::Refusal::Unavailable.message(lang, &state.office_phone));
    };
    let content = state.dist.join("content");
    let render_path = path.clone();
    let rendered = tokio::task::spawn_blocking(move || prerender::render_posted(&render_path, &template, &content, posted)).await;
    let html = match rendered {
        Ok(Ok(html)) => html,
        // Not printed: the error could quote the letter.
        _ => return plain(StatusCode::INTERNAL_SERVER_ERROR, mailbox::Refusal::Unavailable.message(lang, &state.office_phone)),
    };
    let mut response = (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Some(secs) = retry_after {
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    response
}

/// A one-line answer when the page itself cannot be rendered.
fn plain(status: StatusCode, message: String) -> Response {
    let mut response = (status, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], message).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::target;
    use portal_model::letter::Mailbox;

    #[test]
    fn only_mailbox_pages_take_posts() {
        assert_eq!(target("/mailbox/director"), Some(Some(Mailbox::Director)));
        assert_eq!(target("/en/mailbox/corrections/"), Some(Some(Mailbox::Corrections)));
        assert_eq!(target("/zh-hk/mailbox/lookup"), Some(None));
        assert_eq!(target("/mailbox/replies"), None);
        assert_eq!(target("/mailbox"), None);
        assert_eq!(target("/news/mailbox/director"), None);
    }
}
