//! `/sitemap`: every page of the portal from the page registry (`portal_model::registry`),
//! nested under its parent as in the breadcrumbs, one entry per section of `site.json`.
//! A page added to the registry, or a section added to the bundle, appears here by itself.

use crate::components::page_heading::PageHeading;
use crate::i18n::{title, use_lang};
use crate::t;
use leptos::prelude::*;
use portal_model::registry::{self, SiteMapEntry};
use portal_model::{Lang, Site};

fn tree(entry: SiteMapEntry, lang: Lang) -> AnyView {
    let SiteMapEntry { link, children } = entry;
    view! {
        <li>
            <a href=lang.localize_path(&link.path)>{title(lang, &link.title)}</a>
            {(!children.is_empty()).then(|| view! {
                <ul>{children.into_iter().map(|c| tree(c, lang)).collect_view()}</ul>
            })}
        </li>
    }
    .into_any()
}

#[component]
pub fn SiteMapPage() -> impl IntoView {
    let l = use_lang().get_untracked();
    let map = registry::site_map(&expect_context::<Site>());
    view! {
        <PageHeading title=t!(l, "route-sitemap") description=t!(l, "sitemap-lead")/>
        <p>{t!(l, "sitemap-lead")}</p>
        <ul class="site-map" aria-label=t!(l, "route-sitemap")>{tree(map, l)}</ul>
    }
}
