//! The phone menu's button, in the header on narrow screens (below 48em; wider screens show
//! the main navigation as a row and no button).
//!
//! Two elements, and CSS shows one of them (`menu_button.css`):
//! - before the app runs, or where it cannot run, a plain link to the site map (`/sitemap`),
//!   which lists every page: the menu works without JavaScript and without WebAssembly;
//! - once the islands run (`html[data-app="ready"]`, set by `public/boot.js`), a button
//!   with `aria-expanded` and `aria-controls` that opens the navigation in place.
//!
//! Both are in the prerendered page; the island is the pair. The navigation
//! (`primary_nav.rs`) is server HTML further down the page, so the island opens it by its
//! id (`data-open`, which its CSS reads). Esc closes the menu and puts focus back on the
//! button; following a link loads another page, whose menu starts closed.

use crate::i18n::use_lang;
use crate::t;
use leptos::html;
use leptos::prelude::*;

/// The id of the navigation the button opens (`aria-controls`).
pub const NAV_ID: &str = "primary-nav";

/// Opens or closes the navigation (`data-open` on it).
fn show_nav(open: bool) {
    let nav = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(NAV_ID));
    if let Some(nav) = nav {
        let _ = if open { nav.set_attribute("data-open", "1") } else { nav.remove_attribute("data-open") };
    }
}

/// The pair. Without props: an island's props are JSON, and the islands of every page
/// then need no JSON parser in the main module.
#[island]
pub fn MenuButton() -> impl IntoView {
    let lang = use_lang().get_untracked();
    let label = t!(lang, "menu-open");
    let open = RwSignal::new(false);
    let button = NodeRef::<html::Button>::new();
    Effect::new(move |_| show_nav(open.get()));
    // Esc is everyone's key: it is ours only while the menu is open. Registered in the
    // browser only (effects do not run on the server).
    Effect::new(move |_| {
        let handle = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.key() == "Escape" && open.get_untracked() {
                open.set(false);
                if let Some(b) = button.get_untracked() {
                    let _ = b.focus();
                }
                ev.prevent_default();
            }
        });
        on_cleanup(move || handle.remove());
    });
    view! {
        <a class="menu-button menu-button--link" href=lang.localize_path("/sitemap")>
            {label.clone()}
        </a>
        <button
            type="button"
            class="menu-button menu-button--app"
            aria-expanded=move || if open.get() { "true" } else { "false" }
            aria-controls=NAV_ID
            node_ref=button
            on:click=move |_| open.update(|o| *o = !*o)
        >
            <span class="menu-button__icon" aria-hidden="true"></span>
            {label}
        </button>
    }
}
