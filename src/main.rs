//! Browser entry point: hydrates the prerendered page. Everything else is in `lib.rs`.

fn main() {
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
        leptos::mount::hydrate_body(portal::App);
        // Says the page is now the app (links navigate in-app, buttons work). Tests wait for
        // it; it sits on <html>, outside what hydration compares.
        let _ = html.set_attribute("data-app", "ready");
    }
    #[cfg(not(feature = "hydrate"))]
    panic!("the browser build needs --features hydrate (Trunk passes it, see index.html)");
}
