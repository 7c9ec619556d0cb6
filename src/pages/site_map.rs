//! `/sitemap`: every page of the portal, generated from the route table, nested under its
//! parent as in the breadcrumbs. A page added to `routes.rs` appears here by itself.

use crate::components::page_heading::PageHeading;
use crate::i18n::{message, use_lang};
use crate::routes::{self, RouteInfo};
use crate::t;
use leptos::prelude::*;
use portal_model::Lang;

fn children_of(parent: &'static str) -> Vec<&'static RouteInfo> {
    routes::ALL.iter().filter(|r| r.in_site_map && r.parent == Some(parent)).collect()
}

fn tree(route: &'static RouteInfo, lang: Lang) -> AnyView {
    let children = children_of(route.path);
    view! {
        <li>
            <a href=lang.localize_path(route.path)>{message(lang, route.title)}</a>
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
    view! {
        <PageHeading title=t!(l, "route-sitemap") description=t!(l, "sitemap-lead")/>
        <p>{t!(l, "sitemap-lead")}</p>
        <ul class="site-map" aria-label=t!(l, "route-sitemap")>{tree(&routes::HOME, l)}</ul>
    }
}
