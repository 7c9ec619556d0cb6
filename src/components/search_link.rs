//! On phones, a link to the search page among the header's tools, instead of the header's
//! search form (`search_box.rs`), which would take a row of its own on a small screen (the
//! header must leave most of the first screen to the page): the search page has the form.
//! Among the tools it takes room the second row has anyway (measured at 320 px in Chinese
//! and English, elder mode on and off). A plain link, so it works without
//! JavaScript too. Wider screens show the form and not this link (`search_link.css`).

use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn SearchLink() -> impl IntoView {
    let lang = use_lang();
    view! {
        <a class="search-link" href=move || lang.get().localize_path("/search")>{move || t!(lang.get(), "search-button")}</a>
    }
}
