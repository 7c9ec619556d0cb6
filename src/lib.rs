//! 口岸门户: the public web portal of the Shenzhen Municipal People's Government Port Office.
//!
//! `App` sets up the providers (page metadata, route-change state), the router and the
//! shell every page shares: skip link, header, primary navigation, breadcrumbs, `main`,
//! footer and the live region. The route table below is the one place that maps paths to
//! pages; `routes.rs` holds the same table as data for breadcrumbs and the site map.

// Leptos view types nest deeply; the native (ssr) build needs more than the default 128.
#![recursion_limit = "256"]

pub mod api;
pub mod care;
pub mod components;
pub mod i18n;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod routes;

use components::{
    error_view::ErrorView,
    footer::Footer,
    head_links::HeadLinks,
    header::Header,
    loading::Loading,
    magnifier_strip::MagnifierStrip,
    primary_nav::PrimaryNav,
    route_announcer::{provide_route_state, RouteAnnouncer},
    skip_link::{SkipLink, MAIN_ID},
};
use leptos::context::Provider;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
// MatchNestedRoutes names PortalRoutes' return type; with `--cfg erase_components` (set in
// .cargo/config.toml) the component macro rewrites it and the import looks unused.
#[allow(unused_imports)]
use leptos_router::MatchNestedRoutes;
use leptos_router::{ParamSegment, StaticSegment};
use pages::{
    home::HomePage, news_item::NewsItemPage, news_list::NewsListPage, not_found::NotFoundPage,
    site_map::SiteMapPage, static_page::StaticPage,
};

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_route_state();
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

/// Every page of one language, under its URL prefix (`""` for zh-CN, `"zh-hk"`, `"en"`).
/// Keep `routes::ALL` in step: a unit test and the e2e site-map test check both.
#[component(transparent)]
fn PortalRoutes(prefix: &'static str) -> impl MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=StaticSegment(prefix) view=Outlet>
            <Route path=StaticSegment("") view=HomePage/>
            <Route path=StaticSegment("about") view=|| view! { <StaticPage slug="about"/> }/>
            <Route path=StaticSegment("copyright") view=|| view! { <StaticPage slug="copyright"/> }/>
            <Route path=StaticSegment("privacy") view=|| view! { <StaticPage slug="privacy"/> }/>
            <Route path=StaticSegment("accessibility") view=|| view! { <StaticPage slug="accessibility"/> }/>
            <Route path=StaticSegment("sitemap") view=SiteMapPage/>
            <Route path=StaticSegment("news") view=|| view! { <NewsListPage section="news"/> }/>
            <Route
                path=(StaticSegment("news"), StaticSegment("list"), ParamSegment("category"), ParamSegment("year"), ParamSegment("page"))
                view=|| view! { <NewsListPage section="news"/> }
            />
            <Route path=(StaticSegment("news"), ParamSegment("id")) view=|| view! { <NewsItemPage section="news"/> }/>
            <Route path=StaticSegment("notices") view=|| view! { <NewsListPage section="notices"/> }/>
            <Route
                path=(StaticSegment("notices"), StaticSegment("list"), ParamSegment("category"), ParamSegment("year"), ParamSegment("page"))
                view=|| view! { <NewsListPage section="notices"/> }
            />
            <Route path=(StaticSegment("notices"), ParamSegment("id")) view=|| view! { <NewsItemPage section="notices"/> }/>
        </ParentRoute>
    }
    .into_inner()
}

/// The frame around every page. `site.json` feeds the navigation, the footer and the home
/// page; while it loads the page says so, and if it fails the user gets the error view with
/// a retry button in `main` (the header, from the locale files, is always there).
#[component]
fn Shell() -> impl IntoView {
    let lang = i18n::provide_page_lang();
    let site = Resource::new(|| (), |_| api::site());
    let in_main = |content: AnyView| {
        view! {
            <div class="page-width">
                <main id=MAIN_ID tabindex="-1">{content}</main>
            </div>
        }
    };
    view! {
        <Html {..} lang=move || lang.get().tag()/>
        <SkipLink/>
        <Header/>
        <Suspense fallback=move || in_main(view! { <Loading/> }.into_any())>
            {move || {
                site.get()
                    .map(|result| match result {
                        Ok(site) => {
                            let links = site.navigation.clone();
                            let footer = site.footer.clone();
                            let origin = site.origin.clone();
                            view! {
                                <Provider value=site>
                                    <HeadLinks origin=origin/>
                                    <PrimaryNav links=links/>
                                    <div class="page-width">
                                        <main id=MAIN_ID tabindex="-1">
                                            <Routes fallback=NotFoundPage>
                                                <PortalRoutes prefix="en"/>
                                                <PortalRoutes prefix="zh-hk"/>
                                                <PortalRoutes prefix=""/>
                                            </Routes>
                                        </main>
                                    </div>
                                    <Footer data=footer/>
                                </Provider>
                            }
                            .into_any()
                        }
                        Err(error) => {
                            // Outside the routes, so re-create it when the language changes.
                            lang.track();
                            in_main(
                                view! { <ErrorView error=error on_retry=move |_| site.refetch()/> }.into_any(),
                            )
                            .into_any()
                        }
                    })
            }}
        </Suspense>
        <RouteAnnouncer/>
        <MagnifierStrip/>
    }
}
