//! The mailboxes (主任信箱, 咨询投诉, 网站纠错): letters stored in SQLite, looked up by
//! number and query code, published masked, counted, and handled by staff.
//!
//! - [`store`]: the database (WAL, `synchronous=FULL`: a 2xx means the letter is on
//!   disk), migrations in `crates/server/migrations/`, every query.
//! - [`code`]: query codes (random to outsiders, the same on a retry, stored hashed).
//! - [`limiter`]: new letters per client address.
//! - [`http`]: the routes under `/api/letters` (see `crate::api` for the list).
//! - [`search`]: the published replies in site search.
//! - [`admin`]: the staff's command line, `portal-server admin`.
//!
//! # For the no-JavaScript form handler
//!
//! A plain form post is handled with the same two functions as the JSON API, so both
//! store and answer alike:
//!
//! - [`submit`]`(state, form, lang, client)` → `Ok((Receipt, new))` (`new` is false for a
//!   retry of a stored letter, which answers the same receipt) or `Err(Refusal)`.
//!   [`Refusal::field_errors`] gives the broken rules with messages in `lang` (for the
//!   error summary, in form order), [`Refusal::message`] the one message of the other
//!   refusals, [`Refusal::status`] the HTTP status to answer with and
//!   [`Refusal::retry_after`] the `Retry-After` seconds of a 429.
//! - [`lookup`]`(state, number, code)` → `Some(LetterState)`, or `None` alike for an
//!   unknown number and a wrong code (answer both with `api-error-not-found`). `Err` only
//!   when the mailbox is unavailable.
//! - [`client_address`] reads the client's address from a request's extensions
//!   (`ConnectInfo`, set by `crate::serve`), as the JSON route does.
//! - [`form_from_body`] reads a `LetterForm` from a form-urlencoded or JSON body, with the
//!   same refusals (invalid UTF-8, wrong types → `BadRequest`).

pub mod admin;
pub mod code;
pub mod http;
pub mod limiter;
pub mod search;
pub mod store;

use crate::AppState;
use axum::http::StatusCode;
use portal_model::letter::{FieldError, LetterForm, LetterState, Receipt};
use portal_model::Lang;
use std::net::IpAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub use http::{client_address, form_from_body};
pub use limiter::RateLimit;
pub use store::Store;

/// The mailbox as the server runs it: the store and the rate limit.
#[derive(Debug)]
pub struct Service {
    pub store: Store,
    pub limiter: limiter::Limiter,
    /// The published replies' search index, kept until the database changes.
    pub replies: search::Cache,
}

impl Service {
    /// Opens (creating if need be) the database in `data_dir`.
    pub fn open(data_dir: &Path, rate: RateLimit) -> Result<Arc<Service>, String> {
        Ok(Arc::new(Service { store: Store::open(data_dir)?, limiter: limiter::Limiter::new(rate), replies: search::Cache::default() }))
    }
}

/// Why a letter was not stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Rules broken (422); the messages are Fluent ids, see [`Refusal::field_errors`].
    Rejected(Vec<FieldError>),
    /// Another letter was stored with this idempotency key (409).
    Conflict,
    /// Too many letters from this address: try again after this long (429).
    RateLimited { retry_after: Duration },
    /// The database cannot be reached or written (503).
    Unavailable,
    /// The request could not be read: malformed JSON, wrong types, invalid UTF-8 (400).
    BadRequest,
    /// The body is larger than the server takes (413).
    TooLarge,
    /// Neither JSON nor a form post (415).
    UnsupportedType,
}

impl Refusal {
    pub fn status(&self) -> StatusCode {
        match self {
            Refusal::Rejected(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Refusal::Conflict => StatusCode::CONFLICT,
            Refusal::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Refusal::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Refusal::BadRequest => StatusCode::BAD_REQUEST,
            Refusal::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Refusal::UnsupportedType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        }
    }

    /// Seconds for `Retry-After` (429 only), rounded up.
    pub fn retry_after(&self) -> Option<u64> {
        match self {
            Refusal::RateLimited { retry_after } => Some(retry_after.as_secs() + u64::from(retry_after.subsec_nanos() > 0)),
            _ => None,
        }
    }

    /// The broken rules with their messages in `lang` (empty for other refusals).
    pub fn field_errors(&self, lang: Lang) -> Vec<FieldError> {
        match self {
            Refusal::Rejected(errors) => errors
                .iter()
                .map(|e| FieldError { field: e.field, message: crate::i18n::message(lang, &e.message) })
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The Fluent id of the refusal's one message (`api-error-bad-request` for rules
    /// broken, whose own messages are in [`Refusal::field_errors`]).
    pub fn message_id(&self) -> &'static str {
        match self {
            Refusal::Rejected(_) | Refusal::BadRequest => "api-error-bad-request",
            Refusal::Conflict => "api-error-conflict",
            Refusal::RateLimited { .. } => "api-error-rate-limited",
            Refusal::Unavailable => "api-error-unavailable",
            Refusal::TooLarge => "api-error-too-large",
            Refusal::UnsupportedType => "api-error-unsupported-type",
        }
    }

    /// The refusal's message in `lang`; `phone` is the office's number, given in the
    /// rate-limited and unavailable messages.
    pub fn message(&self, lang: Lang, phone: &str) -> String {
        let minutes = self.retry_after().map_or(1, |s| s.div_ceil(60).max(1));
        crate::i18n::message_args(lang, self.message_id(), &[("minutes", minutes.to_string()), ("phone", phone.to_string())])
    }
}

/// Validates and stores a letter, once per idempotency key: `(receipt, true)` when stored
/// now, `(the same receipt, false)` for a retry with the same key and content.
pub async fn submit(state: &AppState, form: LetterForm, _lang: Lang, client: IpAddr) -> Result<(Receipt, bool), Refusal> {
    let letter = form.validate().map_err(Refusal::Rejected)?;
    let Some(service) = state.mailbox.clone() else { return Err(Refusal::Unavailable) };
    let stored = tokio::task::spawn_blocking(move || {
        let now = time::OffsetDateTime::now_utc();
        let counted = std::cell::Cell::new(false);
        let result = service.store.submit(&letter, now, || {
            service.limiter.take(client, Instant::now())?;
            counted.set(true);
            Ok(())
        });
        if result.is_err() && counted.get() {
            // Counted by the limiter but not stored: the citizen's retry must not be refused.
            service.limiter.give_back(client);
        }
        result
    })
    .await;
    match stored {
        Ok(Ok(store::Stored::New(receipt))) => Ok((receipt, true)),
        Ok(Ok(store::Stored::Replay(receipt))) => Ok((receipt, false)),
        Ok(Ok(store::Stored::Conflict)) => Err(Refusal::Conflict),
        Ok(Ok(store::Stored::Limited(retry_after))) => Err(Refusal::RateLimited { retry_after }),
        // The error is not printed: it could quote the letter.
        Ok(Err(_)) | Err(_) => {
            eprintln!("portal-server: a letter could not be stored (database error)");
            Err(Refusal::Unavailable)
        }
    }
}

/// The letter with this number if `code` is its query code. `Ok(None)` for an unknown
/// number and a wrong code alike; `Err(Refusal::Unavailable)` without a database.
pub async fn lookup(state: &AppState, number: &str, code: &str) -> Result<Option<LetterState>, Refusal> {
    let Some(service) = state.mailbox.clone() else { return Err(Refusal::Unavailable) };
    let (number, code) = (number.to_string(), code.to_string());
    match tokio::task::spawn_blocking(move || service.store.lookup(&number, &code)).await {
        Ok(Ok(found)) => Ok(found),
        Ok(Err(_)) | Err(_) => Err(Refusal::Unavailable),
    }
}
