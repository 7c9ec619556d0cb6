//! Any path the route table does not know: says so plainly and offers the ways on.

use crate::components::page_heading::PageHeading;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let l = use_lang().get_untracked();
    view! {
        <PageHeading title=t!(l, "route-not-found") description=t!(l, "not-found-lead")/>
        <p class="lead">{t!(l, "not-found-lead")}</p>
        <p>{t!(l, "not-found-typed")}</p>
        <ul class="list list--bullet">
            <li><a href=l.localize_path("/")>{t!(l, "not-found-home")}</a></li>
            <li><a href=l.localize_path("/sitemap")>{t!(l, "not-found-sitemap")}</a></li>
        </ul>
        <p>{t!(l, "error-contact")}</p>
    }
}
