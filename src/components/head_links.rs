//! `<link rel="canonical">` and one `<link rel="alternate" hreflang>` per language for the
//! current page, so search engines index each page once per language and find the others.
//! Not rendered for paths the page registry does not know (the 404 page has no canonical).

use leptos::prelude::*;
use leptos_meta::Link;
use leptos_router::hooks::use_location;
use portal_model::{registry, Lang, Site};

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
        Some(view! {
            <Link rel="canonical" href=format!("{origin}{}", lang.localize_path(&neutral))/>
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
