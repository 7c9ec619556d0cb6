//! Every page's one `<h1>`, with the breadcrumbs above it; it also sets the document title
//! and description. Every page is a page load (the pages are not an app, see `src/browser.rs`),
//! so a screen reader announces the new document itself and focus starts at the top.
//!
//! The same title and description are the page's link card for WeChat and other apps
//! (`og:title`, `og:description`; a page without a description of its own gets the site's).
//! The card's address and image are in `head_links.rs`.
//!
//! Pages read the language once, untracked: the language is part of the URL, so a change of
//! language re-creates the page. A page that tracked it would re-render while the router is
//! disposing it and touch disposed signals (seen: a panic on switching /about -> /en/about).

use super::breadcrumbs::Breadcrumbs;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The document title: the page's, then the site's name; the home page, titled by the
/// site's name, says it once.
pub fn document_title(title: &str, site_name: &str) -> String {
    if title == site_name {
        site_name.to_string()
    } else {
        format!("{title} - {site_name}")
    }
}

/// The title as the text of `<title>`: leptos_meta writes it into the document as it is, so
/// `&` and `<` are escaped here (a searched-for `</title><meta …>` stays text).
fn title_text(title: &str) -> String {
    title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[component]
pub fn PageHeading(
    #[prop(into)] title: String,
    /// One sentence for the page's `<meta name="description">` (search results, shares).
    #[prop(optional, into)]
    description: Option<String>,
    /// The page's part of the document title, when it says more than the heading (a
    /// search: what was searched for).
    #[prop(optional_no_strip)]
    document: Option<String>,
) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let share_description = description.clone().unwrap_or_else(|| t!(lang, "share-description"));
    view! {
        <Breadcrumbs current=title.clone()/>
        <Title text=title_text(&document_title(document.as_deref().unwrap_or(&title), &t!(lang, "site-name")))/>
        {description.map(|content| view! { <Meta name="description" content=content/> })}
        <Meta property="og:title" content=title.clone()/>
        <Meta property="og:description" content=share_description/>
        <Meta property="og:site_name" content=t!(lang, "site-name")/>
        <h1 class="page-heading">{title}</h1>
    }
}

#[cfg(test)]
mod tests {
    use super::document_title;

    #[test]
    fn the_site_name_is_said_once() {
        assert_eq!(document_title("关于我们", "市口岸办"), "关于我们 - 市口岸办");
        assert_eq!(document_title("市口岸办", "市口岸办"), "市口岸办");
    }

    #[test]
    fn the_title_is_text() {
        assert_eq!(super::title_text("“</title><b>” & - 搜索"), "“&lt;/title&gt;&lt;b&gt;” &amp; - 搜索");
    }
}
