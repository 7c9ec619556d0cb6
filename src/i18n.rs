//! Interface text in the user's language. One Fluent loader per language, built once; the
//! page's language comes from its URL (`/en/...`), so a link always shows the same language
//! and a prerendered page never disagrees with the browser about it.
//!
//! Use [`t!`](crate::t) for a string: `t!(lang, "error-retry")` or with arguments
//! `t!(lang, "page-updated", date = "2026-01-01")`. Message ids are checked at compile time
//! against `locales/zh-CN/portal.ftl`.

use i18n_embed::fluent::{fluent_language_loader, FluentLanguageLoader};
use i18n_embed::LanguageLoader;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use portal_model::Lang;
use rust_embed::RustEmbed;
use std::sync::LazyLock;

#[derive(RustEmbed)]
#[folder = "locales/"]
struct Localizations;

/// Builds one language's loader: its Fluent file, with zh-CN as the fallback.
fn build_loader(lang: Lang) -> FluentLanguageLoader {
    let loader = fluent_language_loader!();
    let id: unic_langid::LanguageIdentifier = lang.tag().parse().expect("Lang::tag is a valid language identifier");
    // Files are embedded and checked by tests; a failure here is a build defect.
    loader.load_languages(&Localizations, &[id]).expect("embedded locale files load");
    // Fluent wraps arguments in U+2068/U+2069 isolation marks by default; they break
    // copy-paste of phone numbers and dates, and all our text is left-to-right.
    loader.set_use_isolating(false);
    loader
}

/// One loader per language, each built the first time it is used: a page parses only the
/// Fluent files of its own language (and the zh-CN fallback), not all three.
const _: () = assert!(Lang::ALL.len() == 3, "add a loader below for the new language");
static LOADERS: [LazyLock<FluentLanguageLoader>; 3] = [
    LazyLock::new(|| build_loader(Lang::ALL[0])),
    LazyLock::new(|| build_loader(Lang::ALL[1])),
    LazyLock::new(|| build_loader(Lang::ALL[2])),
];

/// The Fluent loader of one language (with zh-CN as its fallback).
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    let index = Lang::ALL.iter().position(|l| *l == lang).expect("every Lang is in Lang::ALL");
    &LOADERS[index]
}

/// A message by an id only known at run time (e.g. a route title from the route table).
pub fn message(lang: Lang, id: &str) -> String {
    loader(lang).get(id)
}

/// A page title from the registry: a message id, or a section's label from the bundle.
pub fn title(lang: Lang, title: &portal_model::registry::Title) -> String {
    match title {
        portal_model::registry::Title::Message(id) => message(lang, id),
        portal_model::registry::Title::Label(text) => text.in_lang(lang).to_string(),
    }
}

/// Looks up an interface string: `t!(lang, "id")` or `t!(lang, "id", name = value)`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $id)
    };
    ($lang:expr, $id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $id, $($args)*)
    };
}

/// The page's language, read from the router's current path.
#[derive(Clone, Copy)]
pub struct PageLang(pub Memo<Lang>);

/// Provides [`PageLang`]; call once inside the `<Router>`.
pub fn provide_page_lang() -> Memo<Lang> {
    let location = use_location();
    let lang = Memo::new(move |_| Lang::from_path(&location.pathname.get()));
    provide_context(PageLang(lang));
    lang
}

/// The page's language. Outside a router (component tests) it is the default language.
pub fn use_lang() -> Memo<Lang> {
    use_context::<PageLang>()
        .map(|p| p.0)
        .unwrap_or_else(|| Memo::new(|_| Lang::DEFAULT))
}

/// `Some(tag)` when a text is shown in another language than the page's (a missing
/// translation fell back to zh-CN), for the element's `lang` attribute; `None` otherwise.
pub fn lang_attr(shown: Lang, page: Lang) -> Option<&'static str> {
    (shown != page).then(|| shown.tag())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn ids(lang: Lang) -> BTreeSet<String> {
        let file = Localizations::get(&format!("{}/portal.ftl", lang.tag())).expect("file");
        std::str::from_utf8(&file.data)
            .unwrap()
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.trim().to_string()))
            .filter(|id| !id.starts_with('#') && !id.is_empty())
            .collect()
    }

    #[test]
    fn every_language_has_every_message() {
        let reference = ids(Lang::DEFAULT);
        assert!(reference.len() > 20, "parsed {} ids", reference.len());
        for lang in Lang::ALL {
            let have = ids(lang);
            let missing: Vec<_> = reference.difference(&have).collect();
            let extra: Vec<_> = have.difference(&reference).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.tag());
            assert!(extra.is_empty(), "{} has unknown {extra:?}", lang.tag());
        }
    }

    #[test]
    fn messages_come_in_the_asked_language_without_isolation_marks() {
        assert_eq!(crate::t!(Lang::ZhCn, "route-home"), "首页");
        assert_eq!(crate::t!(Lang::En, "route-home"), "Home");
        let updated = crate::t!(Lang::En, "page-updated", date = "2026-11-20");
        assert_eq!(updated, "Last updated: 2026-11-20");
    }

    #[test]
    fn fallback_text_is_marked_with_its_language() {
        assert_eq!(lang_attr(Lang::ZhCn, Lang::En), Some("zh-CN"));
        assert_eq!(lang_attr(Lang::En, Lang::En), None);
    }
}
