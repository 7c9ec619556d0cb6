//! The phone menu's button, in the header on narrow screens (below 48em; wider screens show
//! the main navigation as a row and no button).
//!
//! Two elements, and CSS shows one of them (`menu_button.css`):
//! - before the app runs, or where it cannot run, a plain link to the site map (`/sitemap`),
//!   which lists every page: the menu works without JavaScript and without WebAssembly;
//! - once the app has started (`html[data-app="ready"]`, set by `src/main.rs`), a button
//!   with `aria-expanded` and `aria-controls` that opens the navigation in place.
//!
//! Both are in the prerendered page and both hydrate as they are: nothing depends on the
//! screen width or on the browser while rendering. The open state is a context
//! ([`MenuOpen`]) shared with `primary_nav.rs`, which is rendered later, inside the part of
//! the shell that waits for `site.json`. Esc closes the menu and puts focus back on the
//! button; following a link closes it too.

use crate::i18n::use_lang;
use crate::t;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The id of the navigation the button opens (`aria-controls`).
pub const NAV_ID: &str = "primary-nav";

/// Whether the phone menu is open. Provided by the shell for the header and the navigation.
#[derive(Clone, Copy, Debug)]
pub struct MenuOpen(pub RwSignal<bool>);

/// Provides the menu state (closed) to everything under the calling component.
pub fn provide_menu() -> MenuOpen {
    let menu = MenuOpen(RwSignal::new(false));
    provide_context(menu);
    menu
}

/// The menu state; a closed menu of its own if none was provided (a component test).
pub fn use_menu() -> MenuOpen {
    use_context::<MenuOpen>().unwrap_or_else(|| MenuOpen(RwSignal::new(false)))
}

#[component]
pub fn MenuButton() -> impl IntoView {
    let lang = use_lang();
    let MenuOpen(open) = use_menu();
    let button = NodeRef::<html::Button>::new();
    let location = use_location();
    // A followed link (or the back button) closes the menu: the new page starts closed.
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            open.set(false);
        }
        path
    });
    // Esc is everyone's key: it is ours only while the menu is open. Registered after
    // hydration (effects do not run when prerendering).
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
        <a class="menu-button menu-button--link" href=move || lang.get().localize_path("/sitemap")>
            {move || t!(lang.get(), "menu-open")}
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
            {move || t!(lang.get(), "menu-open")}
        </button>
    }
}
