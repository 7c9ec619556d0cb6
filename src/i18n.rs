//! Interface text in the user's language. One Fluent loader per language, built once; the
//! page's language comes from its URL (`/en/...`), so a link always shows the same language
//! and a prerendered page never disagrees with the browser about it.
//!
//! Use [`t!`](crate::t) for a string: `t!(lang, "error-retry")` or with arguments
//! `t!(lang, "page-updated", date = "2026-01-01")`. Message ids are checked at compile time
//! against `locales/zh-CN/portal.ftl`.
//!
//! Where the Fluent files come from: the prerenderer and the tests carry all three. The
//! browser's app (feature `fetched-locales`, set in index.html) carries only zh-CN, the
//! default and the fallback of the others; a page in another language fetches its file
//! ([`locale_file`], written into dist/ by the prerenderer) before it hydrates (`main.rs`).
//! That keeps two of the three files (about 10 KB brotli) out of every page's first view
//! (docs/decisions/0004-wasm-size.md). The language switch loads the other language's page
//! in full (`rel="external"`, components/language_switch.rs); should any other in-app link
//! reach a language whose file is not loaded, the shell loads that page in full too
//! ([`reload_if_missing`]).

use i18n_embed::fluent::{fluent_language_loader, FluentLanguageLoader};
use i18n_embed::{I18nAssets, LanguageLoader};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use portal_model::Lang;
use std::borrow::Cow;
use std::sync::OnceLock;

/// The default language's file, in every build.
const ZH_CN: &[u8] = include_bytes!("../locales/zh-CN/portal.ftl");

/// A language's Fluent file as this build carries it: all three natively and in component
/// tests; only zh-CN in the browser's app.
fn embedded(lang: Lang) -> Option<&'static [u8]> {
    match lang {
        Lang::ZhCn => Some(ZH_CN),
        #[cfg(not(feature = "fetched-locales"))]
        Lang::ZhHk => Some(include_bytes!("../locales/zh-HK/portal.ftl")),
        #[cfg(not(feature = "fetched-locales"))]
        Lang::En => Some(include_bytes!("../locales/en/portal.ftl")),
        #[cfg(feature = "fetched-locales")]
        _ => None,
    }
}

/// FNV-1a, 64 bits, at compile time: names a language's file by its content, so the
/// server may let browsers cache it for a year (crates/server `files.rs`).
const fn content_hash(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

/// Each language's content hash. Only the hashes go into the browser's app, not the files.
const HASHES: [(Lang, u64); 3] = [
    (Lang::ZhCn, content_hash(ZH_CN)),
    (Lang::ZhHk, content_hash(include_bytes!("../locales/zh-HK/portal.ftl"))),
    (Lang::En, content_hash(include_bytes!("../locales/en/portal.ftl"))),
];

/// The path under the site root of a language's Fluent file as the browser fetches it:
/// `locale-en-<16 hex digits>.txt` (plain text; the hash is of its content).
pub fn locale_file(lang: Lang) -> String {
    let hash = HASHES.iter().find(|(l, _)| *l == lang).map_or(0, |(_, h)| *h);
    format!("locale-{}-{hash:016x}.txt", lang.tag())
}

/// The languages whose file the browser fetches, with their text, for the prerenderer to
/// write beside the pages. Native builds only (they carry every file).
#[cfg(not(feature = "fetched-locales"))]
pub fn fetched_files() -> Vec<(String, &'static [u8])> {
    Lang::ALL
        .into_iter()
        .filter(|l| *l != Lang::DEFAULT)
        .filter_map(|l| Some((locale_file(l), embedded(l)?)))
        .collect()
}

/// One language's file and the zh-CN fallback, as i18n-embed reads them.
struct Files {
    tag: &'static str,
    text: Cow<'static, [u8]>,
}

impl I18nAssets for Files {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let own = format!("{}/portal.ftl", self.tag);
        if file_path == own {
            vec![Cow::Borrowed(&*self.text)]
        } else if file_path == "zh-CN/portal.ftl" {
            vec![Cow::Borrowed(ZH_CN)]
        } else {
            Vec::new()
        }
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new([format!("{}/portal.ftl", self.tag), "zh-CN/portal.ftl".to_string()].into_iter())
    }
}

/// Builds one language's loader from its file, with zh-CN as the fallback.
fn build_loader(lang: Lang, text: Cow<'static, [u8]>) -> FluentLanguageLoader {
    let loader = fluent_language_loader!();
    let id: unic_langid::LanguageIdentifier = lang.tag().parse().expect("Lang::tag is a valid language identifier");
    let files = Files { tag: lang.tag(), text };
    // zh-CN is carried by every build, so loading cannot fail for want of the fallback; a
    // broken fetched file is logged by i18n-embed and its messages fall back to zh-CN.
    if let Err(error) = loader.load_languages(&files, &[id]) {
        leptos::logging::error!("locale {}: {error}", lang.tag());
    }
    // Fluent wraps arguments in U+2068/U+2069 isolation marks by default; they break
    // copy-paste of phone numbers and dates, and all our text is left-to-right.
    loader.set_use_isolating(false);
    loader
}

/// One loader per language, each built the first time it is used: a page parses only the
/// Fluent files of its own language (and the zh-CN fallback), not all three.
const _: () = assert!(Lang::ALL.len() == 3, "add a loader below for the new language");
static LOADERS: [OnceLock<FluentLanguageLoader>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> &'static OnceLock<FluentLanguageLoader> {
    let index = Lang::ALL.iter().position(|l| *l == lang).expect("every Lang is in Lang::ALL");
    &LOADERS[index]
}

/// Whether a language's messages are at hand: carried by this build or already fetched.
pub fn is_ready(lang: Lang) -> bool {
    embedded(lang).is_some() || slot(lang).get().is_some()
}

/// The Fluent loader of one language (with zh-CN as its fallback). A language whose file
/// the browser has not fetched gets zh-CN's (never a panic); the shell then reloads the
/// page ([`reload_if_missing`]).
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    if let Some(loader) = slot(lang).get() {
        return loader;
    }
    match embedded(lang) {
        Some(text) => slot(lang).get_or_init(|| build_loader(lang, Cow::Borrowed(text))),
        None => loader(Lang::DEFAULT),
    }
}

/// Fetches a language's file if this build does not carry it (once; later calls return at
/// once). The browser's app awaits it before hydrating a page of that language.
#[cfg(not(feature = "ssr"))]
pub async fn fetch(lang: Lang) -> Result<(), crate::api::ApiError> {
    use crate::api::ApiError;
    if is_ready(lang) {
        return Ok(());
    }
    let url = format!("/{}", locale_file(lang));
    let response = gloo_net::http::Request::get(&url).send().await.map_err(|e| ApiError::Network(e.to_string()))?;
    if !response.ok() {
        return Err(ApiError::Status(response.status()));
    }
    let text = response.text().await.map_err(|e| ApiError::Network(e.to_string()))?;
    let _ = slot(lang).set(build_loader(lang, Cow::Owned(text.into_bytes())));
    Ok(())
}

/// Loads the page in full when the app reached a language whose file it has not fetched
/// (an in-app link across languages): the prerendered page of that language has its text,
/// and `main.rs` fetches the file before hydrating it. Call once inside the `<Router>`.
pub fn reload_if_missing(lang: Memo<Lang>) {
    Effect::new(move |_| {
        let lang = lang.get();
        if !is_ready(lang) {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        }
    });
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
        let file = embedded(lang).expect("native builds carry every file");
        std::str::from_utf8(file)
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
    fn a_fetched_file_builds_the_same_loader_and_is_named_by_its_content() {
        let en = embedded(Lang::En).unwrap();
        let built = build_loader(Lang::En, Cow::Owned(en.to_vec()));
        assert_eq!(built.get("route-home"), "Home");
        // A file without a message falls back to zh-CN, not to an empty string or a panic.
        let partial = build_loader(Lang::En, Cow::Owned(b"route-home = Home\n".to_vec()));
        assert_eq!(partial.get("nav-language"), loader(Lang::ZhCn).get("nav-language"));
        let names: Vec<String> = Lang::ALL.into_iter().map(locale_file).collect();
        assert!(names[2].starts_with("locale-en-") && names[2].ends_with(".txt"), "{names:?}");
        assert_eq!(names.iter().collect::<std::collections::BTreeSet<_>>().len(), 3);
        assert_ne!(content_hash(b"a"), content_hash(b"b"));
        let files: Vec<String> = fetched_files().into_iter().map(|(name, _)| name).collect();
        assert_eq!(files, vec![locale_file(Lang::ZhHk), locale_file(Lang::En)]);
    }

    #[test]
    fn fallback_text_is_marked_with_its_language() {
        assert_eq!(lang_attr(Lang::ZhCn, Lang::En), Some("zh-CN"));
        assert_eq!(lang_attr(Lang::En, Lang::En), None);
    }
}
