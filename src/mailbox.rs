//! The app's side of the mailboxes: calls to the mailbox API (`/api/letters`), the draft
//! kept in local storage while a citizen types, and what the server hands a page it renders
//! for a plain form post (no WebAssembly: [`Posted`]).
//!
//! Content pages read the static bundle through `api.rs`; letters are live data, so they
//! have their own calls here, made only in the browser from event handlers and effects
//! (a prerendered mailbox page renders the empty form, never a letter).

use portal_model::letter::{Field, LetterForm, LetterState, Receipt};
use portal_model::Lang;

/// The API's base path.
pub const API: &str = "/api/letters";

/// What a letter's submission came to, for the form to show.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Sent {
    Stored(Receipt),
    /// Rules broken, messages already in the page's language.
    Refused(Vec<(Field, String)>),
    /// Refused as a whole (rate limit, conflict, too large...), the server's message.
    Declined(String),
    /// The server could not be reached (or answered with no usable body).
    Unreachable,
}

/// A letter as the server received it from a plain form post, for the page it renders
/// around the answer (provided as context by the server, and given to the form's island as
/// a prop).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub enum Posted {
    Letter { form: LetterForm, sent: Sent },
    Lookup { number: String, found: Option<LetterState> },
}

/// Localizes the model's rule messages (Fluent ids) for the page.
pub fn localize(errors: Vec<portal_model::letter::FieldError>, lang: Lang) -> Vec<(Field, String)> {
    errors.into_iter().map(|e| (e.field, crate::i18n::message(lang, &e.message))).collect()
}

/// The form control id of a field (the error summary links to it).
pub fn control_id(field: Field) -> String {
    format!("letter-{}", field.name())
}

#[cfg(not(feature = "ssr"))]
pub use browser::*;

#[cfg(not(feature = "ssr"))]
mod browser {
    use super::*;
    use gloo_net::http::{Request, Response};
    use portal_model::letter::{ApiError as ApiRefusal, Mailbox, PublishedPage, Rejection, Statistics};

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    fn draft_key(mailbox: Mailbox) -> String {
        format!("portal-letter-draft-{}", mailbox.slug())
    }

    /// The draft kept for `mailbox`, if any (and readable).
    pub fn load_draft(mailbox: Mailbox) -> Option<LetterForm> {
        let text = storage()?.get_item(&draft_key(mailbox)).ok().flatten()?;
        serde_json::from_str(&text).ok()
    }

    /// Keeps the draft as the citizen types (quietly does nothing where storage is off).
    pub fn save_draft(mailbox: Mailbox, form: &LetterForm) {
        if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(form)) {
            let _ = storage.set_item(&draft_key(mailbox), &text);
        }
    }

    pub fn clear_draft(mailbox: Mailbox) {
        if let Some(storage) = storage() {
            let _ = storage.remove_item(&draft_key(mailbox));
        }
    }

    /// A new idempotency key (a random UUID from the browser's CSPRNG).
    pub fn new_key() -> String {
        web_sys::window().and_then(|w| w.crypto().ok()).map(|c| c.random_uuid()).unwrap_or_default()
    }

    async fn refusal(response: Response) -> Sent {
        match response.status() {
            422 => match response.json::<Rejection>().await {
                Ok(r) => Sent::Refused(r.errors.into_iter().map(|e| (e.field, e.message)).collect()),
                Err(_) => Sent::Unreachable,
            },
            _ => match response.json::<ApiRefusal>().await {
                Ok(e) => Sent::Declined(e.error),
                Err(_) => Sent::Unreachable,
            },
        }
    }

    /// Sends a letter. A request that does not reach the server is sent again, up to three
    /// times in all, with the same idempotency key: the server stores it once.
    pub async fn send_letter(form: &LetterForm, lang: Lang) -> Sent {
        let body = match serde_json::to_string(form) {
            Ok(body) => body,
            Err(_) => return Sent::Unreachable,
        };
        for attempt in 0..3u32 {
            if attempt > 0 {
                crate::clock::sleep(1000 * attempt).await;
            }
            let request = Request::post(API)
                .header("Content-Type", "application/json")
                .header("Accept-Language", lang.tag())
                .body(body.clone());
            let Ok(request) = request else { return Sent::Unreachable };
            match request.send().await {
                Ok(response) if response.ok() => {
                    return match response.json::<Receipt>().await {
                        Ok(receipt) => Sent::Stored(receipt),
                        Err(_) => Sent::Unreachable,
                    }
                }
                // A proxy's 502/503/504: the letter may not have arrived; try again.
                Ok(response) if matches!(response.status(), 502..=504) => continue,
                Ok(response) => return refusal(response).await,
                Err(_) => continue,
            }
        }
        Sent::Unreachable
    }

    /// What a look-up came to.
    pub enum Looked {
        Found(LetterState),
        NotFound(String),
        Unreachable,
    }

    pub async fn look_up(number: &str, code: &str, lang: Lang) -> Looked {
        let url = format!("{API}/{}?code={}", js_sys::encode_uri_component(number.trim()), js_sys::encode_uri_component(code.trim()));
        match Request::get(&url).header("Accept-Language", lang.tag()).send().await {
            Ok(r) if r.ok() => r.json::<LetterState>().await.map(Looked::Found).unwrap_or(Looked::Unreachable),
            Ok(r) if r.status() == 404 => match r.json::<ApiRefusal>().await {
                Ok(e) => Looked::NotFound(e.error),
                Err(_) => Looked::Unreachable,
            },
            Ok(r) => match r.json::<ApiRefusal>().await {
                Ok(e) => Looked::NotFound(e.error),
                Err(_) => Looked::Unreachable,
            },
            Err(_) => Looked::Unreachable,
        }
    }

    /// One page of published replies; `None` if the server could not be reached.
    pub async fn published(query: &str, lang: Lang) -> Option<PublishedPage> {
        let r = Request::get(&format!("{API}/published{query}")).header("Accept-Language", lang.tag()).send().await.ok()?;
        if !r.ok() {
            return None;
        }
        r.json().await.ok()
    }

    pub async fn statistics(lang: Lang) -> Option<Statistics> {
        let r = Request::get(&format!("{API}/statistics")).header("Accept-Language", lang.tag()).send().await.ok()?;
        if !r.ok() {
            return None;
        }
        r.json().await.ok()
    }
}
