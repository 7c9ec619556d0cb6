//! A list of news items or notices: title as a link, date, category, and a "sample" tag on
//! demo content. Used by the lists and the home page.

use crate::i18n::{lang_attr, use_lang};
use crate::t;
use leptos::prelude::*;
use portal_model::news::{ItemSummary, Section};

#[component]
pub fn ItemList(
    items: Vec<ItemSummary>,
    section: Section,
    /// The list's accessible name (the section's name), so it can be found and told apart.
    label: String,
) -> impl IntoView {
    let lang = use_lang().get_untracked();
    view! {
        <ul class="item-list" aria-label=label>
            {items
                .into_iter()
                .map(|item| {
                    let title = item.title.get(lang);
                    let category = section
                        .categories
                        .iter()
                        .find(|c| c.id == item.category)
                        .map(|c| c.label.in_lang(lang).to_string())
                        .unwrap_or_default();
                    view! {
                        <li class="item-list__item">
                            <a class="item-list__title" href=lang.localize_path(&format!("/{}/{}", section.id, item.id)) lang=lang_attr(title.lang, lang)>
                                {title.text.to_string()}
                            </a>
                            // Spaces between the parts: without them a screen reader's
                            // line reading ran the category and the tag together
                            // ("Checkpoint newsSample content").
                            <p class="item-list__meta">
                                <time datetime=item.date.to_string()>{item.date.to_string()}</time>
                                " "
                                <span class="item-list__category">{category}</span>
                                {item.sample.then(|| view! { " " <span class="tag">{t!(lang, "sample-content")}</span> })}
                            </p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
