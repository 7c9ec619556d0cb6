//! The search box in the header of every page (on phones, `search_link.rs` stands in for
//! it): a plain GET form to `/search?q=...` in the page's language, so it works without
//! JavaScript: the server answers with the results page (`src/pages/search.rs`).

use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn SearchBox() -> impl IntoView {
    let lang = use_lang();
    view! {
        <form class="search-box" role="search" method="get" aria-label=move || t!(lang.get(), "search-label")
            action=move || lang.get().localize_path("/search")>
            <label class="visually-hidden" for="site-search">{move || t!(lang.get(), "search-label")}</label>
            <input class="search-box__input" id="site-search" type="search" name="q" maxlength="100" autocomplete="off"/>
            <button class="search-box__button" type="submit">{move || t!(lang.get(), "search-button")}</button>
        </form>
    }
}
