//! The switch between the standard version and elder-care mode (关怀版), in the header of
//! every page.
//!
//! The mode is an attribute on `<html>` (`data-care="1"`), set before first paint by
//! `public/prefs.js` from the remembered choice or a shared `?care=1` link, and read by the
//! tokens in `style/care.css`. So the prerendered page never depends on it and hydration
//! never sees it. Both links are rendered; CSS shows the one that applies. They are real
//! links (`?care=1`, `?care=0`) and work without the app; with it (an island), a click
//! switches at once without reloading.

use super::live_region::announce;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

/// Where the choice is remembered (also read by public/prefs.js).
pub const STORAGE_KEY: &str = "portal.care";

fn switch(on: bool) -> Option<()> {
    let window = web_sys::window()?;
    let root = window.document()?.document_element()?;
    if on {
        root.set_attribute("data-care", "1").ok()?;
    } else {
        root.remove_attribute("data-care").ok()?;
    }
    // Storage may be blocked; the mode still applies to this page.
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.set_item(STORAGE_KEY, if on { "1" } else { "0" });
    }
    Some(())
}

#[island]
pub fn CareToggle() -> impl IntoView {
    let lang = use_lang();
    let click = move |on: bool| {
        move |ev: leptos::ev::MouseEvent| {
            if switch(on).is_some() {
                ev.prevent_default();
                let l = lang.get_untracked();
                announce(if on { t!(l, "care-announce-on") } else { t!(l, "care-announce-off") });
            }
        }
    };
    view! {
        <a class="care-toggle care-toggle--on" href="?care=1" on:click=click(true)>
            {move || t!(lang.get(), "care-on")}
        </a>
        <a class="care-toggle care-toggle--off" href="?care=0" on:click=click(false)>
            {move || t!(lang.get(), "care-off")}
        </a>
    }
}
