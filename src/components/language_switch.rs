//! Links to the same page in each language ("简 | 繁 | EN"). They are plain links (`/about`,
//! `/zh-hk/about`, `/en/about`), so they work before the app loads and can be shared.
//! `public/prefs.js` remembers the one clicked (cookie `portal-lang`), and the server sends
//! a visitor who comes back to `/` to that language's home page.
//! They load the other language's page in full (`rel="external"`, which the router leaves
//! to the browser): the app carries only the zh-CN interface text and fetches another
//! language's before it hydrates a page (src/i18n.rs).

use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use portal_model::Lang;

/// What the switch shows for a language, and its accessible name. Each language is named
/// in itself, so a reader of that language recognises it whatever the page's language.
/// The name contains the visible label (WCAG 2.5.3, label in name): a speech-input user
/// who says "click EN" must hit it, and axe wants the name to start with the label.
fn label(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::ZhCn => ("简", "简体中文"),
        Lang::ZhHk => ("繁", "繁體中文"),
        Lang::En => ("EN", "EN English"),
    }
}

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    view! {
        <nav class="language-switch" aria-label=move || t!(lang.get(), "nav-language")>
            <ul>
                {Lang::ALL
                    .into_iter()
                    .map(|target| {
                        let (short, name) = label(target);
                        let href = move || {
                            let neutral = Lang::strip_prefix(&location.pathname.get()).to_string();
                            target.localize_path(&neutral)
                        };
                        view! {
                            <li>
                                <a
                                    href=href
                                    lang=target.tag()
                                    hreflang=target.tag()
                                    rel="external"
                                    data-lang-choice=target.tag()
                                    aria-label=name
                                    aria-current=move || (lang.get() == target).then_some("true")
                                >
                                    {short}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
