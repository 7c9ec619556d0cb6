//! The browser's entry point (feature `hydrate`). The page is prerendered HTML and stays
//! so: only its islands (the components declared with `#[island]`: the toolbar, elder
//! mode's switch, the phone menu, the search results, the mailbox's forms, …) run in the
//! browser. This sets up what they share; `public/boot.js` then hydrates each `<leptos-island>` of the page with its
//! exported function (docs/decisions/0015-spa-or-islands.md).

use wasm_bindgen::prelude::wasm_bindgen;

/// Runs when the module starts (wasm-bindgen's start function), before boot.js hydrates
/// the islands.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        mark_failed();
    }));
    mark("portal:main");
    leptos::mount::hydrate_islands();
}

/// Takes the page language's messages before the islands hydrate (boot.js fetches the
/// file the page names in `data-texts`; src/i18n.rs).
#[cfg(feature = "served-texts")]
#[wasm_bindgen]
pub fn set_texts(table: &js_sys::Object) {
    crate::i18n::set_texts(table);
}

/// A user-timing mark (`performance.mark`), which traces show beside the tasks: what
/// scripts/main-thread reports the startup phases by.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// A panic stops the app for good (the release build aborts): says so the way boot.js does
/// when the app cannot start, with `data-app="failed"` on `<html>` (the documented fatal
/// signal, README "Testing") and the `portal-app-failed` event, on which app-check.js tells
/// the reader that the page now works as plain HTML.
fn mark_failed() {
    let Some(window) = web_sys::window() else { return };
    if let Some(html) = window.document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("data-app", "failed");
    }
    if let Ok(event) = web_sys::Event::new("portal-app-failed") {
        let _ = window.dispatch_event(&event);
    }
}
