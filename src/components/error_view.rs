//! What a user sees when content could not be loaded: a heading that says so, what went
//! wrong in plain words, a retry button, a phone number for help, and the technical detail
//! folded away for anyone reporting the fault. Never a blank page.

use super::page_heading::PageHeading;
use crate::api::ApiError;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;
use portal_model::Lang;

/// The user-facing explanation of an error.
pub fn explain(error: &ApiError, lang: Lang) -> String {
    match error {
        ApiError::Network(_) => t!(lang, "error-network"),
        ApiError::Status(status @ (404 | 410)) => t!(lang, "error-missing", status = status),
        ApiError::Status(status) => t!(lang, "error-server", status = status),
        ApiError::Bundle(_) => t!(lang, "error-bundle"),
    }
}

/// `within_page`: the error is of a part of a page (an island: the search results), which
/// has its own `h1` and title; the view then heads its message with an `h2`.
#[component]
pub fn ErrorView(error: ApiError, #[prop(into)] on_retry: Callback<()>, #[prop(optional)] within_page: bool) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let detail = error.to_string();
    crate::outcome::report(crate::outcome::Outcome::Error(detail.clone()));
    view! {
        <div class="error-view">
            {if within_page {
                view! { <h2 class="error-view__heading">{t!(lang, "error-title")}</h2> }.into_any()
            } else {
                view! { <PageHeading title=t!(lang, "error-title")/> }.into_any()
            }}
            <p class="error-view__reason">{explain(&error, lang)}</p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>
                {t!(lang, "error-retry")}
            </button>
            <p>{t!(lang, "error-contact")}</p>
            <details class="error-view__details">
                <summary>{t!(lang, "error-details")}</summary>
                <pre>{detail}</pre>
            </details>
        </div>
    }
}
