//! Route changes for assistive technology: a polite live region that says which page
//! opened, scroll to the top (or to the `#hash`), and a flag that tells [`PageHeading`]
//! whether the user has navigated inside the app (then it takes focus) or just arrived.
//!
//! [`PageHeading`]: super::page_heading::PageHeading

use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[derive(Clone, Copy)]
struct RouteState {
    navigated: RwSignal<bool>,
    message: RwSignal<String>,
}

fn state() -> Option<RouteState> {
    use_context::<RouteState>()
}

/// Whether the user has moved between pages since the app started.
pub fn use_navigated() -> RwSignal<bool> {
    state().map(|s| s.navigated).unwrap_or_else(|| RwSignal::new(false))
}

/// Says `message` through the live region, and aloud in screen-reader mode (读屏模式, for
/// people without a screen reader of their own; see `crate::care`), after what is being
/// read.
pub fn announce(message: String) {
    if crate::care::is_on("data-reader") {
        crate::care::speech::say(&message, 1.0);
    }
    if let Some(s) = state() {
        s.message.set(message);
    }
}

/// Announces a page that just opened. In screen-reader mode it replaces what was being
/// read: that is the previous page, or the new heading, which the announcement names.
pub fn announce_page(message: String) {
    if crate::care::is_on("data-reader") {
        crate::care::speech::stop();
    }
    announce(message);
}

/// Creates the shared state; call once at the root, above everything that reads it.
pub fn provide_route_state() {
    provide_context(RouteState { navigated: RwSignal::new(false), message: RwSignal::new(String::new()) });
}

/// The live region and the route-change effect. Put it once in the shell, inside the router.
#[component]
pub fn RouteAnnouncer() -> impl IntoView {
    let s = state().expect("provide_route_state() at the root");
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        let hash = location.hash.get();
        if previous.is_some_and(|p| p != path) {
            s.navigated.set(true);
            scroll_to(&hash);
        }
        path
    });
    view! { <div class="visually-hidden" aria-live="polite" aria-atomic="true">{move || s.message.get()}</div> }
}

fn scroll_to(hash: &str) {
    let Some(window) = web_sys::window() else { return };
    let target = hash
        .strip_prefix('#')
        .filter(|id| !id.is_empty())
        .and_then(|id| window.document()?.get_element_by_id(id));
    match target {
        Some(el) => el.scroll_into_view(),
        None => window.scroll_to_with_x_and_y(0.0, 0.0),
    }
}
