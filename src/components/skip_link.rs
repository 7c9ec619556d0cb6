//! The first focusable element of every page: jumps past the header and navigation.

use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

/// The id of the element the skip link and route changes move focus to.
pub const MAIN_ID: &str = "main";

/// An island (on every page): a link to `#main` does not move focus by itself.
#[island]
pub fn SkipLink() -> impl IntoView {
    let lang = use_lang();
    // Without the app, the browser follows `#main` itself and starts the next Tab and the
    // screen reader's reading there, but focus stays where it was. With it, the click
    // focuses main itself (focusable only until focus leaves it: see crate::focus).
    let on_click = |ev: leptos::ev::MouseEvent| {
        let main = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(MAIN_ID))
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
        if let Some(main) = main {
            ev.prevent_default();
            crate::focus::focus_for_reading(&main);
            main.scroll_into_view();
        }
    };
    view! {
        <a class="skip-link" href=format!("#{MAIN_ID}") on:click=on_click>
            {move || t!(lang.get(), "skip-to-content")}
        </a>
    }
}
