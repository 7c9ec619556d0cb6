//! 口岸门户: the public web portal of the Shenzhen Municipal People's Government Port Office.
//!
//! `App` sets up the providers (page metadata), the router and the shell every page shares:
//! skip link, header, primary navigation, breadcrumbs, `main`, footer and the live region.
//! It runs on the server only (the prerenderer, and the server's answer to a form post):
//! the browser gets the HTML, and hydrates only its islands (`src/browser.rs`). Which page
//! a path shows is the page registry's answer (`portal_model::registry::resolve`), and
//! `pages::page_view` maps it to a component: there is no other route table.

// Leptos view types nest deeply; the native (ssr) build needs more than the default 128.
#![recursion_limit = "256"]

pub mod api;
#[cfg(feature = "hydrate")]
pub mod browser;
pub mod care;
pub mod clock;
pub mod components;
pub mod focus;
pub mod i18n;
pub mod mailbox;
pub mod outcome;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod search;
pub mod search_fuzzy;
pub mod search_replies;
pub mod typed;

use components::{
    app_notice::AppNotice,
    error_view::ErrorView,
    footer::Footer,
    head_links::HeadLinks,
    header::Header,
    loading::Loading,
    magnifier_strip::MagnifierStrip,
    page_qr::PageQr,
    primary_nav::PrimaryNav,
    live_region::LiveRegion,
    skip_link::{SkipLink, MAIN_ID},
};
use leptos::context::Provider;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Html};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::WildcardSegment;
use pages::not_found::NotFoundPage;
use portal_model::{registry, Lang, Site};

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <Shell/>
        </Router>
    }
}

/// The page at the current path, as the page registry resolves it; `pages::page_view` says
/// which component shows it. Another page, or the same page in another language (`/about`
/// -> `/en/about`: pages read the language once), re-creates it.
#[component]
fn RegisteredPage() -> impl IntoView {
    let site = expect_context::<Site>();
    let location = use_location();
    let page = Memo::new(move |_| {
        let path = location.pathname.get();
        (Lang::from_path(&path), registry::resolve(&site, Lang::strip_prefix(&path)))
    });
    move || match page.get().1 {
        Some(page) => pages::page_view(page),
        None => view! { <NotFoundPage/> }.into_any(),
    }
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
                <main id=MAIN_ID>{content}</main>
            </div>
        }
    };
    view! {
        <Html {..} lang=move || lang.get().tag()/>
        <SkipLink/>
        <Header/>
        <AppNotice/>
        <Suspense fallback=move || in_main(view! { <Loading/> }.into_any())>
            {move || {
                site.get()
                    .map(|result| match result {
                        Ok(site) => {
                            let footer = site.footer.clone();
                            view! {
                                <Provider value=site.clone()>
                                    <HeadLinks site=site.clone()/>
                                    <PrimaryNav site=site.clone()/>
                                    <div class="page-width">
                                        <main id=MAIN_ID>
                                            // One route for every path: the registry, not a
                                            // route table, says which page it is.
                                            <Routes fallback=NotFoundPage>
                                                <Route path=WildcardSegment("path") view=RegisteredPage/>
                                            </Routes>
                                        </main>
                                    </div>
                                    <PageQr site=site.clone()/>
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
        <LiveRegion/>
        <MagnifierStrip/>
    }
}
