//! The page's polite live region: what the islands say to assistive technology (a setting
//! changed, the menu opened, a letter was sent). Rendered empty by the server, once, in the
//! shell; [`announce`] writes into it from any island (islands share no reactive state, so
//! it is reached by its id).

use leptos::prelude::*;

/// The id of the live region.
pub const LIVE_ID: &str = "portal-live";

/// Says `message` through the live region, and aloud in screen-reader mode (读屏模式, for
/// people without a screen reader of their own; see `crate::care`), after what is being
/// read.
pub fn announce(message: String) {
    if crate::care::is_on("data-reader") {
        crate::care::speech::say(&message, 1.0);
    }
    if let Some(region) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(LIVE_ID)) {
        region.set_text_content(Some(&message));
    }
}

/// The live region. Put it once in the shell.
#[component]
pub fn LiveRegion() -> impl IntoView {
    view! { <div id=LIVE_ID class="visually-hidden" aria-live="polite" aria-atomic="true"></div> }
}
