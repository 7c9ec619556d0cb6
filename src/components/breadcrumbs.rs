//! "You are here": the trail from home to the current page, built from the route table.
//! The last item is the current page: not a link, and marked `aria-current="page"`.
//! Not shown on the home page (GOV.UK does the same: a trail of one says nothing).

use crate::i18n::{message, use_lang};
use crate::routes::{self, RouteInfo};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use portal_model::Lang;

/// One step of the trail: its label and, unless it is the current page, its link.
#[derive(Clone, Debug, PartialEq)]
pub struct Crumb {
    pub label: String,
    pub href: Option<String>,
}

/// The crumbs for a path. Unknown paths get home and "page not found".
pub fn crumbs_for(path: &str, lang: Lang) -> Vec<Crumb> {
    let neutral = Lang::strip_prefix(path);
    let to_crumb = |r: &RouteInfo, current: bool| Crumb {
        label: message(lang, r.title),
        href: (!current).then(|| lang.localize_path(r.path)),
    };
    match routes::find(neutral) {
        Some(route) => {
            let trail = routes::trail(route);
            let last = trail.len() - 1;
            trail.iter().enumerate().map(|(i, r)| to_crumb(r, i == last)).collect()
        }
        None => vec![
            to_crumb(&routes::HOME, false),
            Crumb { label: t!(lang, "route-not-found"), href: None },
        ],
    }
}

#[component]
pub fn Breadcrumbs() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let crumbs = Memo::new(move |_| crumbs_for(&location.pathname.get(), lang.get()));
    move || {
        let crumbs = crumbs.get();
        (crumbs.len() > 1).then(|| {
            view! {
                <nav class="breadcrumbs" aria-label=t!(lang.get(), "nav-breadcrumb")>
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trail_of_a_static_page_in_english() {
        let crumbs = crumbs_for("/en/about", Lang::En);
        assert_eq!(
            crumbs,
            vec![
                Crumb { label: "Home".into(), href: Some("/en/".into()) },
                Crumb { label: "About us".into(), href: None },
            ]
        );
    }

    #[test]
    fn unknown_path_ends_in_not_found() {
        let crumbs = crumbs_for("/no/such/page", Lang::ZhCn);
        assert_eq!(crumbs.last().unwrap().label, "页面未找到");
        assert_eq!(crumbs[0].href.as_deref(), Some("/"));
    }
}
