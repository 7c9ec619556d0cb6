//! The first focusable element of every page: jumps past the header and navigation.

use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

/// The id of the element the skip link and route changes move focus to.
pub const MAIN_ID: &str = "main";

#[component]
pub fn SkipLink() -> impl IntoView {
    let lang = use_lang();
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}")>{move || t!(lang.get(), "skip-to-content")}</a>
    }
}
