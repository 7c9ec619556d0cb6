//! `<link rel="canonical">` and one `<link rel="alternate" hreflang>` per language for the
//! current page, so search engines index each page once per language and find the others.
//! Not rendered for paths the route table does not know (the 404 page has no canonical).

use crate::routes;
use leptos::prelude::*;
use leptos_meta::Link;
use leptos_router::hooks::use_location;
use portal_model::Lang;

#[component]
pub fn HeadLinks(origin: String) -> impl IntoView {
    let location = use_location();
    move || {
        let path = location.pathname.get();
        let lang = Lang::from_path(&path);
        let route = routes::find(Lang::strip_prefix(&path))?;
        let origin = origin.clone();
        Some(view! {
            <Link rel="canonical" href=format!("{origin}{}", lang.localize_path(route.path))/>
            {Lang::ALL
                .into_iter()
                .map(|other| view! {
                    <Link rel="alternate" hreflang=other.tag() href=format!("{origin}{}", other.localize_path(route.path))/>
                })
                .collect_view()}
        })
    }
}
