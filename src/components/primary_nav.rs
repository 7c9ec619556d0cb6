//! The main navigation, from `site.json`. Only links to pages of the registry are shown, so an
//! editor cannot put a dead link into the menu; the current section is marked with
//! `aria-current="page"`.
//!
//! On narrow screens (below 48em) the list folds away behind the header's menu button
//! (`menu_button.rs`, an island, which owns the open state); the nav carries the button's
//! `aria-controls` id and the button says it is open with `data-open` on it, which its CSS
//! reads.

use super::menu_button::NAV_ID;
use crate::i18n::{lang_attr, use_lang};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use portal_model::{registry, Lang, NavLink, Site};

#[component]
pub fn PrimaryNav(site: Site) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let links: Vec<NavLink> = site.navigation.iter().filter(|l| registry::resolve(&site, &l.path).is_some()).cloned().collect();
    view! {
        <nav
            class="primary-nav"
            id=NAV_ID
            aria-label=move || t!(lang.get(), "nav-primary")
        >
            <ul class="primary-nav__list">
                {links
                    .into_iter()
                    .map(|link| {
                        let path = link.path.clone();
                        let current = move || {
                            let here = Lang::strip_prefix(&location.pathname.get()).trim_end_matches('/').to_string();
                            let target = path.trim_end_matches('/');
                            // A section stays current on its filtered lists and its items.
                            let inside = !target.is_empty() && here.starts_with(&format!("{target}/"));
                            (here == target || inside).then_some("page")
                        };
                        let href = {
                            let path = link.path.clone();
                            move || lang.get().localize_path(&path)
                        };
                        let label = link.label.clone();
                        view! {
                            <li>
                                <a href=href aria-current=current lang=move || lang_attr(label.get(lang.get()).lang, lang.get())>
                                    {let label = link.label.clone(); move || label.in_lang(lang.get()).to_string()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
