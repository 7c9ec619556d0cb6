//! One result of a site search: its title as a heading link, its section and date, and a
//! snippet of its text, with the words that matched the query marked (`<mark>`, shown bold
//! and underlined: not by colour alone).

use crate::i18n::use_lang;
use leptos::prelude::*;
use portal_model::search::{snippet, Fragment};

/// Characters of text in a snippet.
const SNIPPET_CHARS: usize = 110;

/// Pieces of a snippet, the marked ones in `<mark>`.
fn marked(pieces: Vec<(String, bool)>) -> impl IntoView {
    pieces
        .into_iter()
        .map(|(piece, is_mark)| if is_mark { view! { <mark>{piece}</mark> }.into_any() } else { piece.into_any() })
        .collect_view()
}

#[component]
pub fn SearchResult(
    fragment: Fragment,
    /// The section's name in the page's language.
    section: String,
    marks: Vec<String>,
) -> impl IntoView {
    let lang = use_lang().get_untracked();
    view! {
        <li class="search-result">
            <h3 class="search-result__title">
                <a href=lang.localize_path(&fragment.path)>{marked(snippet(&fragment.title, &marks, usize::MAX))}</a>
            </h3>
            <p class="search-result__meta">
                <span>{section}</span>
                {fragment.date.map(|d| view! { " " <time datetime=d.to_string()>{d.to_string()}</time> })}
            </p>
            <p class="search-result__snippet">{marked(snippet(&fragment.text, &marks, SNIPPET_CHARS))}</p>
        </li>
    }
}
