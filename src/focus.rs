//! Moving focus to an element that is not a control: the page's `<main>` (skip link) and its
//! `<h1>` (after an in-app navigation). Such an element needs `tabindex="-1"` to take focus,
//! but left in the markup it makes Chromium expose the element as clickable: Orca said
//! "About us heading level 1 clickable" and "main content. clickable." on every page. So the
//! attribute is added just before focusing and removed when focus leaves, as GOV.UK Frontend
//! does for its skip link and error summary.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Focuses `element`, making it focusable only until focus moves on.
pub fn focus_for_reading(element: &web_sys::HtmlElement) {
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
        let target = element.clone();
        let remove = Closure::once_into_js(move || {
            let _ = target.remove_attribute("tabindex");
        });
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let _ = element.add_event_listener_with_callback_and_add_event_listener_options("blur", remove.unchecked_ref(), &options);
    }
    let _ = element.focus();
}

/// Runs `then` once `element` is in the document: at once, or on a later animation frame
/// (giving up after about a second). A page whose code or data arrived while the loading
/// state showed is built before it is put in the page (Leptos's `<Suspense>` swaps it in
/// afterwards), and an element outside the document cannot take focus.
pub fn when_connected(element: web_sys::Element, then: impl FnOnce() + 'static) {
    fn attempt(element: web_sys::Element, then: Box<dyn FnOnce()>, frames_left: u32) {
        if element.is_connected() {
            then();
            return;
        }
        let Some(window) = web_sys::window() else { return };
        if frames_left == 0 {
            return;
        }
        let next = Closure::once_into_js(move || attempt(element, then, frames_left - 1));
        let _ = window.request_animation_frame(next.unchecked_ref());
    }
    attempt(element, Box::new(then), 60);
}
