//! `/news/<id>`, `/notices/<id>`: one item with its date, source and category, its body,
//! its attachments (type and size, and what to do inside WeChat, which cannot download),
//! and links to the next newer and older item. An id that does not exist, or that belongs
//! to another section, gets the not-found page.

use crate::api::{self, ApiError};
use crate::components::blocks::Blocks;
use crate::components::page_heading::PageHeading;
use crate::components::wechat_hint::{HintFor, WechatHint};
use crate::components::page_loader::PageLoader;
use crate::i18n::{lang_attr, use_lang};
use crate::t;
use leptos::prelude::*;
use portal_model::news::{ItemPage, ItemSummary};
use portal_model::{Lang, Site};

/// A file size as people read it: `820 B`, `12.5 KB`, `3.1 MB` (1 KB = 1024 B).
pub fn human_size(bytes: u64) -> String {
    match bytes {
        b if b < 1024 => format!("{b} B"),
        b if b < 1024 * 1024 => format!("{:.1} KB", b as f64 / 1024.0),
        b => format!("{:.1} MB", b as f64 / (1024.0 * 1024.0)),
    }
}

#[component]
pub fn NewsItemPage(section: String, id: String) -> impl IntoView {
    // An id of the other section is not found here (its page is at its own address).
    let load = move || {
        let (section, item) = (section.clone(), api::item(&id));
        async move { item.await.and_then(|page| if page.section == section { Ok(page) } else { Err(ApiError::Status(404)) }) }
    };
    view! { <PageLoader load=load view=|page: ItemPage| view! { <ItemView page=page/> }.into_any()/> }
}

fn neighbour(lang: Lang, section: &str, label: String, item: Option<ItemSummary>, rel: &'static str) -> impl IntoView {
    item.map(|item| {
        let title = item.title.get(lang);
        view! {
            <li>
                <span class="item-neighbours__label">{label}</span>
                <a href=lang.localize_path(&format!("/{section}/{}", item.id)) rel=rel lang=lang_attr(title.lang, lang)>
                    {title.text.to_string()}
                </a>
            </li>
        }
    })
}

#[component]
fn ItemView(page: ItemPage) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let site = expect_context::<Site>();
    let ItemPage { section, item, newer, older, .. } = page;
    let category = site
        .sections
        .iter()
        .flat_map(|s| s.categories.iter())
        .find(|c| c.id == item.category)
        .map(|c| c.label.in_lang(lang).to_string())
        .unwrap_or_default();
    let title = item.title.in_lang(lang).to_string();
    let source = item.source.get(lang);
    view! {
        <PageHeading title=title description=item.summary.in_lang(lang).to_string()/>
        {item.sample.then(|| view! {
            <p class="sample-note"><strong>{t!(lang, "sample-content")}</strong>" "{t!(lang, "sample-note")}</p>
        })}
        <dl class="item-meta">
            <div><dt>{t!(lang, "item-date")}</dt><dd><time datetime=item.date.to_string()>{item.date.to_string()}</time></dd></div>
            <div><dt>{t!(lang, "item-source")}</dt><dd lang=lang_attr(source.lang, lang)>{source.text.to_string()}</dd></div>
            <div><dt>{t!(lang, "item-category")}</dt><dd>{category}</dd></div>
        </dl>
        <div class="prose">
            <Blocks blocks=item.body.clone() lang=lang/>
        </div>
        {(!item.attachments.is_empty()).then(|| view! {
            <section class="attachments" aria-labelledby="attachments-heading">
                <h2 id="attachments-heading">{t!(lang, "item-attachments")}</h2>
                <ul class="attachments__list">
                    {item.attachments.iter().map(|a| {
                        let name = a.title.get(lang);
                        view! {
                            <li>
                                // Type and size inside the link: a screen reader moving by
                                // link (Tab) hears only the link's name; outside it, Orca
                                // never read them.
                                <a href=a.href.clone()>
                                    <span lang=lang_attr(name.lang, lang)>{name.text.to_string()}</span>
                                    " "
                                    <span class="attachments__info">{format!("({}, {})", a.kind.to_uppercase(), human_size(a.bytes))}</span>
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <WechatHint kind=HintFor::Downloads lang=lang/>
            </section>
        })}
        {(!item.tags.is_empty()).then(|| view! {
            <p class="item-tags">
                {t!(lang, "item-tags")}": "
                {item.tags.iter().map(|tag| view! { <span class="tag" lang="zh-CN">{tag.clone()}</span>" " }).collect_view()}
            </p>
        })}
        {(newer.is_some() || older.is_some()).then(|| view! {
            <nav class="item-neighbours" aria-label=t!(lang, "item-neighbours")>
                <ul>
                    {neighbour(lang, &section, t!(lang, "item-newer"), newer.clone(), "prev")}
                    {neighbour(lang, &section, t!(lang, "item-older"), older.clone(), "next")}
                </ul>
            </nav>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::human_size;

    #[test]
    fn sizes_read_like_people_say_them() {
        assert_eq!(human_size(820), "820 B");
        assert_eq!(human_size(12_800), "12.5 KB");
        assert_eq!(human_size(3_250_586), "3.1 MB");
    }
}
