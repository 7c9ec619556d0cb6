//! The quiet notice for browsers that cannot run the app (which enhanced features are off,
//! and that elder mode still works through its link), or when it failed to load (that the
//! page works, and a link to load it again). The page itself needs no app.
//!
//! The notice is shown by `public/app-check.js`, which runs without the app (that is the
//! point), so it cannot read the locale files. Instead this component renders the notice
//! into every prerendered page, in the page's language and `hidden`; the script only
//! removes `hidden` when the browser lacks a WebAssembly feature the build needs, or when
//! the app failed to load or did not start in time. Once the app has started
//! (`html[data-app="ready"]`), CSS keeps it out of view for good, also when a slow app
//! starts after the notice appeared.
//!
//! `role="status"`, not `alert`: nothing is wrong with the page, and a reader should not be
//! interrupted for it.

use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

/// The element's id, which `public/app-check.js` looks for.
pub const NOTICE_ID: &str = "app-notice";

#[component]
pub fn AppNotice() -> impl IntoView {
    let lang = use_lang();
    view! {
        <div id=NOTICE_ID class="app-notice" role="status" hidden>
            // This browser lacks a WebAssembly feature (html[data-app="off"]).
            <p class="app-notice__text app-notice__off">
                {move || t!(lang.get(), "app-off-notice")}
                " "
                <a href="?care=1">{move || t!(lang.get(), "app-off-care")}</a>
            </p>
            // Loading failed or did not finish: a reload is the retry (an empty link is
            // this page's own address).
            <p class="app-notice__text app-notice__failed">
                {move || t!(lang.get(), "app-failed-notice")}
                " "
                <a href="">{move || t!(lang.get(), "app-failed-retry")}</a>
            </p>
        </div>
    }
}
