//! `/about`, `/copyright`, `/privacy`, `/accessibility` (the registry's static pages): a page
//! from `pages/<slug>.json`, rendered from its blocks, with the date it was last reviewed.
//! `/about` is also the contact page (the home page's "contact us" leads there): it shows
//! the office's WeChat account when `site.json` has one.

use crate::api;
use crate::components::blocks::Blocks;
use crate::components::page_heading::PageHeading;
use crate::components::page_loader::PageLoader;
use crate::components::wechat_account::WechatAccountCard;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;
use portal_model::{Page, Site};

/// The static page that is also the contact page.
const CONTACT_SLUG: &str = "about";

#[component]
pub fn StaticPage(slug: &'static str) -> impl IntoView {
    let l = use_lang().get_untracked();
    let wechat = (slug == CONTACT_SLUG).then(|| expect_context::<Site>().wechat).flatten();
    let show = move |page: Page| {
        view! {
            <PageHeading title=page.title.in_lang(l).to_string() description=page.summary.in_lang(l).to_string()/>
            <div class="prose">
                <Blocks blocks=page.blocks.clone() lang=l/>
            </div>
            {wechat.clone().map(|account| view! { <WechatAccountCard account=account lang=l heading_id="contact-wechat"/> })}
            <p class="page-meta">{t!(l, "page-updated", date = page.updated.to_string())}</p>
        }
        .into_any()
    };
    view! { <PageLoader load=move || api::page(slug) view=show/> }
}
