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
