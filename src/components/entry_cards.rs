//! Entry points as cards: a list of links, each a heading with one sentence under it. The
//! hub pages (信息公开, 互动交流) use it for the pages the registry puts under them
//! ([`child_pages`]) and for anything else they lead to.

use crate::i18n::message;
use leptos::prelude::*;
use portal_model::registry::{Kind, ROUTES};
use portal_model::Lang;

/// One card: its title, its sentence and where it leads (already localized).
pub type Card = (String, String, String);

/// The pages the registry lists under `parent` in the site map, as cards: each route's
/// title and its `<title id>-desc` sentence from the locales. A page added under the hub
/// later appears with no change to the hub.
pub fn child_pages(l: Lang, parent: Kind) -> Vec<Card> {
    ROUTES
        .iter()
        .filter(|r| r.in_site_map && r.parent == Some(parent))
        .map(|r| (message(l, r.title), message(l, &format!("{}-desc", r.title)), l.localize_path(r.pattern)))
        .collect()
}

#[component]
pub fn EntryCards(cards: Vec<Card>) -> impl IntoView {
    view! {
        <ul class="entry-cards">
            {cards.into_iter().map(|(title, description, href)| view! {
                <li class="entry-cards__card">
                    <h3><a href=href>{title}</a></h3>
                    <p>{description}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}
