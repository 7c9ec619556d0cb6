//! `<link rel="canonical">` and one `<link rel="alternate" hreflang>` per language for the
//! current page, so search engines index each page once per language and find the others.
//! Not rendered for paths the page registry does not know (the 404 page has no canonical).
//!
//! Also the link card's address and image for WeChat and other apps (`og:url`, the canonical
//! address; `og:image`, `public/share-icon.png`: a square PNG, because WeChat shows no SVG
//! in a card). The card's title and description come with the page's heading
//! (`page_heading.rs`), which knows them.

use leptos::prelude::*;
use leptos_meta::{Link, Meta};
use leptos_router::hooks::use_location;
use portal_model::{registry, Lang, Site};

/// The image of link cards (og:image), drawn by scripts/share-icon.mjs.
pub const SHARE_ICON: &str = "/share-icon.png";

/// The language-neutral path a page is known by (no trailing slash, except home), or `None`
/// for a path no route matches. Pages with parameters keep their own path (`/news/<id>`).
pub fn canonical_path(site: &Site, neutral: &str) -> Option<String> {
    registry::resolve(site, neutral).map(|page| page.path())
}

#[component]
pub fn HeadLinks(site: Site) -> impl IntoView {
    let location = use_location();
    let origin = site.origin.clone();
    move || {
        let path = location.pathname.get();
        let lang = Lang::from_path(&path);
        let neutral = canonical_path(&site, Lang::strip_prefix(&path))?;
        let origin = origin.clone();
        let url = format!("{origin}{}", lang.localize_path(&neutral));
        Some(view! {
            <Link rel="canonical" href=url.clone()/>
            <Meta property="og:url" content=url/>
            <Meta property="og:type" content="website"/>
            <Meta property="og:image" content=format!("{origin}{SHARE_ICON}")/>
            <Meta property="og:image:width" content="300"/>
            <Meta property="og:image:height" content="300"/>
            {Lang::ALL
                .into_iter()
                .map(|other| view! {
                    <Link rel="alternate" hreflang=other.tag() href=format!("{origin}{}", other.localize_path(&neutral))/>
                })
                .collect_view()}
        })
    }
}

#[cfg(test)]
mod tests {
    use super::canonical_path as canonical;

    fn canonical_path(path: &str) -> Option<String> {
        let site = portal_model::parse("site.json", include_str!("../../public/content/site.json")).unwrap();
        canonical(&site, path)
    }

    #[test]
    fn canonical_paths_are_the_real_paths() {
        assert_eq!(canonical_path("/news/20180612-01").as_deref(), Some("/news/20180612-01"));
        assert_eq!(canonical_path("/news/list/all/2024/1").as_deref(), Some("/news/list/all/2024/1"));
        assert_eq!(canonical_path("/about/").as_deref(), Some("/about"));
        assert_eq!(canonical_path("/").as_deref(), Some("/"));
        assert_eq!(canonical_path("/nope"), None);
    }
}
