//! `/about`, `/copyright`, `/privacy`: a page from `pages/<slug>.json`, rendered from its
//! blocks, with the date it was last reviewed.

use crate::api;
use crate::components::blocks::Blocks;
use crate::components::error_view::ErrorView;
use crate::components::loading::Loading;
use crate::components::page_heading::PageHeading;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn StaticPage(slug: &'static str) -> impl IntoView {
    let l = use_lang().get_untracked();
    let page = Resource::new(move || slug, |slug| api::page(slug));
    view! {
        <Suspense fallback=Loading>
            {move || {
                page.get().map(|result| match result {
                    Ok(page) => {
                        let title = page.title.in_lang(l).to_string();
                        view! {
                            <PageHeading title=title description=page.summary.in_lang(l).to_string()/>
                            <div class="prose">
                                <Blocks blocks=page.blocks.clone() lang=l/>
                            </div>
                            <p class="page-meta">{t!(l, "page-updated", date = page.updated.to_string())}</p>
                        }
                        .into_any()
                    }
                    Err(error) => view! { <ErrorView error=error on_retry=move |_| page.refetch()/> }.into_any(),
                })
            }}
        </Suspense>
    }
}
