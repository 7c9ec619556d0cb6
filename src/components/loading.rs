//! The loading state: a polite status message, so a screen reader hears that something is
//! on its way instead of silence. The text appears only after a short delay in CSS, so a
//! fast load does not flash it.

use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn Loading() -> impl IntoView {
    let lang = use_lang();
    view! {
        <p class="loading" role="status">{move || t!(lang.get(), "loading")}</p>
    }
}
