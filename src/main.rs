//! Browser entry point: hydrates the prerendered page. Everything else is in `lib.rs`.

fn main() {
    #[cfg(feature = "hydrate")]
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        mark_failed();
    }));
    #[cfg(not(feature = "hydrate"))]
    console_error_panic_hook::set_once();
    #[cfg(feature = "hydrate")]
    {
        let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
            return;
        };
        // The 404 document is served for any unknown URL; the router would build another
        // page for some of them (an unknown item id), so it stays plain HTML
        // (see prerender::mark_not_found).
        if html.get_attribute("data-status").as_deref() == Some("404") {
            let _ = html.set_attribute("data-app", "static");
            return;
        }
        hand_over_data(&html);
        // The prerendered page names the chunk of the app its page is in; with that chunk
        // loaded first, the page hydrates at once (src/pages/mod.rs).
        let chunk = html.get_attribute("data-chunk").and_then(|name| portal::pages::Chunk::from_name(&name));
        // A page not in zh-CN needs its language's interface text, which the app fetches
        // (src/i18n.rs), alongside the chunk.
        let lang = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .map(|path| portal_model::Lang::from_path(&path))
            .unwrap_or(portal_model::Lang::DEFAULT);
        mark("portal:main");
        wasm_bindgen_futures::spawn_local(async move {
            // The page's code and text are requested in a task of their own: each request
            // costs the main thread too, and a page needs a few dozen chunk files.
            portal::clock::sleep(0).await;
            mark("portal:fetch");
            let code = async move {
                match chunk {
                    Some(chunk) => portal::pages::preload(chunk).await.is_ok(),
                    None => true,
                }
            };
            let (code, text) = futures::future::join(code, portal::i18n::fetch(lang)).await;
            if !code || text.is_err() {
                // Without its code or its text the page cannot hydrate; it stays the
                // prerendered HTML, which reads and links on its own, and says which
                // features are off, as when the main module fails (public/boot.js,
                // app-check.js).
                mark_failed();
                return;
            }
            // Startup in separate tasks, each short enough for the browser to answer a tap
            // in between (Total Blocking Time counts every task's time over 50 ms): the
            // language's Fluent messages are parsed in one, the page hydrates in the next
            // (docs/decisions/0004-wasm-size.md, "The main thread at startup").
            portal::clock::sleep(0).await;
            mark("portal:text");
            let _ = portal::i18n::loader(lang);
            portal::clock::sleep(0).await;
            mark("portal:hydrate");
            hold_navigation_while_hydrating();
            // The page hydrates in a few tasks (src/later.rs), not one long one.
            portal::later::hydrate(portal::App).await;
            mark("portal:ready");
            // Says the page is now the app (links navigate in-app, buttons work). Tests wait
            // for it; it sits on <html>, outside what hydration compares.
            let _ = html.set_attribute("data-app", "ready");
            open_toolbar_if_pressed(&html);
        });
    }
    #[cfg(not(feature = "hydrate"))]
    panic!("the browser build needs --features hydrate (Trunk passes it, see index.html)");
}

/// A user-timing mark (`performance.mark`), which traces show beside the tasks: what
/// scripts/main-thread reports the startup phases by.
#[cfg(feature = "hydrate")]
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// A panic stops the app for good (the release build aborts): says so the way boot.js does
/// when the app cannot start, with `data-app="failed"` on `<html>` (the documented fatal
/// signal, README "Testing") and the `portal-app-failed` event, on which app-check.js tells
/// the reader that the page now works as plain HTML.
#[cfg(feature = "hydrate")]
fn mark_failed() {
    let Some(window) = web_sys::window() else { return };
    if let Some(html) = window.document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("data-app", "failed");
    }
    if let Ok(event) = web_sys::Event::new("portal-app-failed") {
        let _ = window.dispatch_event(&event);
    }
}

/// While parts of the page still wait to hydrate (src/later.rs), the router is live but the
/// part that would show another page is not: a link is then followed as a page load (the
/// router does not see the click) and a step back or forward reloads the page at its new
/// address. Registered before the router's own listeners, so these run first.
#[cfg(feature = "hydrate")]
fn hold_navigation_while_hydrating() {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(window) = web_sys::window() else { return };
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let on_link = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .is_some();
        if on_link && portal::later::pending() {
            event.stop_propagation();
        }
    });
    let capture = web_sys::AddEventListenerOptions::new();
    capture.set_capture(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options("click", on_click.as_ref().unchecked_ref(), &capture);
    on_click.forget();
    let on_history = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        if portal::later::pending() {
            event.stop_immediate_propagation();
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        }
    });
    let _ = window.add_event_listener_with_callback("popstate", on_history.as_ref().unchecked_ref());
    on_history.forget();
}

/// Opens the accessibility toolbar if its button was pressed before the app ran (prefs.js
/// marks that on `<html>`; the button is offered from the first paint, see
/// a11y_toolbar.css), by pressing it again now that it works.
#[cfg(feature = "hydrate")]
fn open_toolbar_if_pressed(html: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    if !html.has_attribute("data-toolbar-pending") {
        return;
    }
    let _ = html.remove_attribute("data-toolbar-pending");
    if let Some(button) = html.query_selector(".toolbar-toggle").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        button.click();
    }
}

/// Gives hydration the data the prerenderer resolved, from the page's JSON block
/// (`<script type="application/json" id="portal-data">`, see `prerender::data_block`), as
/// the globals Leptos reads. The JSON block replaces Leptos's inline script, which the
/// Content-Security-Policy (no `'unsafe-inline'`) would block. A page without the block
/// (or with a broken one) gets empty data, and its resources load as after navigation.
#[cfg(feature = "hydrate")]
fn hand_over_data(html: &web_sys::Element) {
    use wasm_bindgen::JsValue;
    let resolved = js_sys::Array::new();
    let values = html
        .owner_document()
        .and_then(|d| d.get_element_by_id("portal-data"))
        .and_then(|e| e.text_content())
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .filter(|v| v.is_array())
        .map(|v| js_sys::Array::from(&v))
        .unwrap_or_default();
    for pair in values.iter() {
        let pair = js_sys::Array::from(&pair);
        if let (Some(id), Some(value)) = (pair.get(0).as_f64(), pair.get(1).as_string()) {
            resolved.set(id as u32, JsValue::from_str(&value));
        }
    }
    let global = js_sys::global();
    for (name, value) in [
        ("__RESOLVED_RESOURCES", JsValue::from(resolved)),
        ("__SERIALIZED_ERRORS", js_sys::Array::new().into()),
        ("__INCOMPLETE_CHUNKS", js_sys::Array::new().into()),
        ("__PENDING_RESOURCES", js_sys::Array::new().into()),
        ("__RESOURCE_RESOLVERS", js_sys::Array::new().into()),
    ] {
        let _ = js_sys::Reflect::set(&global, &JsValue::from_str(name), &value);
    }
}
