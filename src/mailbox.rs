//! The app's side of the mailboxes: the look-up's and the statistics' calls
//! to the mailbox API (`/api/letters`), and what the server hands a page it renders for a
//! form post ([`Posted`]; the letter form's island sends that same post:
//! `components/letter_form_enhance.rs`).
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

/// A letter as the server received it from a form post, for the page it renders around the
/// answer (provided as context by the server).
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
    use gloo_net::http::Request;
    use portal_model::letter::{ApiError as ApiRefusal, Statistics};

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

    pub async fn statistics(lang: Lang) -> Option<Statistics> {
        let r = Request::get(&format!("{API}/statistics")).header("Accept-Language", lang.tag()).send().await.ok()?;
        if !r.ok() {
            return None;
        }
        r.json().await.ok()
    }
}
