//! "You are here": the trail from home to the current page. The pages above come from the
//! page registry; the last item is the page's own title (an item's headline, not "News"),
//! not a link, and marked `aria-current="page"`. Rendered by [`PageHeading`] just above the
//! h1, so it always agrees with the heading, also on prerendered pages. Not shown on the
//! home page (GOV.UK does the same: a trail of one says nothing).
//!
//! [`PageHeading`]: super::page_heading::PageHeading

use crate::i18n::{message, title, use_lang};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use portal_model::registry::{self, PageRef};
use portal_model::{Lang, Site};

/// One step of the trail: its label and, unless it is the current page, its link.
#[derive(Clone, Debug, PartialEq)]
pub struct Crumb {
    pub label: String,
    pub href: Option<String>,
}

/// The crumbs for a path whose page is titled `current`. Unknown paths (and any path when
/// there is no site, as in component tests) sit under home.
pub fn crumbs_for(site: Option<&Site>, path: &str, lang: Lang, current: &str) -> Vec<Crumb> {
    let neutral = Lang::strip_prefix(path);
    let above = match site.and_then(|site| Some((site, registry::resolve(site, neutral)?))) {
        Some((_, PageRef::Home)) => return Vec::new(),
        Some((site, page)) => registry::ancestors(site, &page)
            .into_iter()
            .map(|link| Crumb { label: title(lang, &link.title), href: Some(lang.localize_path(&link.path)) })
            .collect(),
        None => vec![Crumb { label: message(lang, "route-home"), href: Some(lang.localize_path("/")) }],
    };
    above.into_iter().chain(std::iter::once(Crumb { label: current.to_string(), href: None })).collect()
}

#[component]
pub fn Breadcrumbs(current: String) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let path = use_location().pathname.get_untracked();
    let crumbs = crumbs_for(use_context::<Site>().as_ref(), &path, lang, &current);
    (!crumbs.is_empty()).then(|| {
        view! {
            <nav class="breadcrumbs" aria-label=t!(lang, "nav-breadcrumb")>
                <ol class="breadcrumbs__list">
                    {crumbs
                        .into_iter()
                        .map(|crumb| match crumb.href {
                            Some(href) => view! { <li><a href=href>{crumb.label}</a></li> }.into_any(),
                            None => view! { <li aria-current="page">{crumb.label}</li> }.into_any(),
                        })
                        .collect_view()}
                </ol>
            </nav>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        portal_model::parse("site.json", include_str!("../../public/content/site.json")).unwrap()
    }

    #[test]
    fn trail_of_a_static_page_in_english() {
        let crumbs = crumbs_for(Some(&site()), "/en/about", Lang::En, "About us");
        assert_eq!(
            crumbs,
            vec![
                Crumb { label: "Home".into(), href: Some("/en/".into()) },
                Crumb { label: "About us".into(), href: None },
            ]
        );
    }

    #[test]
    fn an_item_sits_under_its_list_with_its_own_title() {
        let crumbs = crumbs_for(Some(&site()), "/notices/20240315-01", Lang::ZhCn, "清明节出行提示");
        let labels: Vec<_> = crumbs.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["首页", "通知公告", "清明节出行提示"]);
        assert_eq!(crumbs[1].href.as_deref(), Some("/notices"));
    }

    #[test]
    fn unknown_path_sits_under_home_and_home_has_none() {
        let crumbs = crumbs_for(Some(&site()), "/no/such/page", Lang::ZhCn, "页面未找到");
        assert_eq!(crumbs.len(), 2);
        assert_eq!(crumbs[0].href.as_deref(), Some("/"));
        assert!(crumbs_for(Some(&site()), "/en/", Lang::En, "Home").is_empty());
    }
}
