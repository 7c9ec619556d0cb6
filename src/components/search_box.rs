//! The search box in the header of every page (on phones, `search_link.rs` stands in for
//! it): a plain GET form to `/search?q=...` in the page's language, so it works without
//! JavaScript (the results page then says that search needs scripts). Once the app runs,
//! a submit opens the results page in the app instead of loading it in full (a reload
//! cost the page's files again and a screen reader heard a new document load). The search
//! itself is in the search page's own chunk of the app (`src/pages/search.rs`), loaded
//! when a citizen searches.

use crate::i18n::use_lang;
use crate::t;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::params::ParamsMap;

use crate::pages::search::MAX_QUERY_CHARS;

#[component]
pub fn SearchBox() -> impl IntoView {
    let lang = use_lang();
    let field = NodeRef::<html::Input>::new();
    let navigate = use_navigate();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        let Some(field) = field.get_untracked() else { return };
        ev.prevent_default();
        let mut query = ParamsMap::new();
        query.insert("q", field.value().trim().chars().take(MAX_QUERY_CHARS).collect::<String>());
        navigate(&format!("{}{}", lang.get_untracked().localize_path("/search"), query.to_query_string()), Default::default());
    };
    view! {
        <form class="search-box" role="search" method="get" aria-label=move || t!(lang.get(), "search-label")
            action=move || lang.get().localize_path("/search") on:submit=on_submit>
            <label class="visually-hidden" for="site-search">{move || t!(lang.get(), "search-label")}</label>
            <input class="search-box__input" id="site-search" type="search" name="q" maxlength="100" autocomplete="off" node_ref=field/>
            <button class="search-box__button" type="submit">{move || t!(lang.get(), "search-button")}</button>
        </form>
    }
}
