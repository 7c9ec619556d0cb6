//! Browser entry point: hydrates the prerendered page. Everything else is in `lib.rs`.

fn main() {
    console_error_panic_hook::set_once();
    #[cfg(feature = "hydrate")]
    {
        leptos::mount::hydrate_body(portal::App);
        // Says the page is now the app (links navigate in-app, buttons work). Tests wait for
        // it; it sits on <html>, outside what hydration compares.
        if let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
            let _ = html.set_attribute("data-app", "ready");
        }
    }
    #[cfg(not(feature = "hydrate"))]
    panic!("the browser build needs --features hydrate (Trunk passes it, see index.html)");
}
