//! Any path the page registry does not know, and any item or page that does not exist: says so plainly and offers the ways on.

use crate::components::page_heading::PageHeading;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    crate::outcome::report(crate::outcome::Outcome::NotFound);
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
