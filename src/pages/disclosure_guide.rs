//! `/disclosure/guide`: the disclosure guide (公开指南) from `disclosure/guide.json`, as
//! blocks: what is published and where, how to apply, time limits, fees, the contact.

use crate::api;
use crate::components::blocks::Blocks;
use crate::components::page_heading::PageHeading;
use crate::components::page_loader::PageLoader;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;
use portal_model::Page;

#[component]
pub fn DisclosureGuidePage() -> impl IntoView {
    let l = use_lang().get_untracked();
    let show = move |page: Page| {
        view! {
            <PageHeading title=page.title.in_lang(l).to_string() description=page.summary.in_lang(l).to_string()/>
            <div class="prose">
                <Blocks blocks=page.blocks.clone() lang=l/>
            </div>
            <p class="page-meta">{t!(l, "page-updated", date = page.updated.to_string())}</p>
        }
        .into_any()
    };
    view! { <PageLoader load=api::disclosure_guide view=show/> }
}
