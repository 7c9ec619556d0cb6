//! Interface text in the user's language. One Fluent loader per language, built once; the
//! page's language comes from its URL (`/en/...`), so a link always shows the same language
//! and a prerendered page never disagrees with the browser about it.
//!
//! Use [`t!`](crate::t) for a string: `t!(lang, "error-retry")` or with arguments
//! `t!(lang, "page-updated", date = "2026-01-01")`. Message ids are checked at compile time
//! against `locales/zh-CN/portal.ftl`.
//!
//! Where the text comes from: natively (the prerenderer, the server) and in component
//! tests, from the three Fluent files, which this crate embeds. The browser's islands (feature
//! `served-texts`, set in index.html) carry no Fluent at all (about 53 KB brotli of the
//! first view, docs/decisions/0015-spa-or-islands.md): the prerenderer writes each
//! language's messages, already formatted by Fluent with their variables left as `{$name}`,
//! into a JSON file ([`texts_file`], [`texts_json`]); public/boot.js fetches the page's and
//! hands it to the module ([`set_texts`]) before the islands hydrate, and `t!` then reads
//! that table. A message that chooses a variant by `$count` also has its `count = 1`
//! variant in the table, under `id#one` (zh has one form; English's "one" is exactly 1).
#[cfg(not(feature = "served-texts"))]
pub use fluent::*;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use portal_model::Lang;

#[cfg(not(feature = "served-texts"))]
mod fluent {
use i18n_embed::fluent::{fluent_language_loader, FluentLanguageLoader};
use i18n_embed::{I18nAssets, LanguageLoader};
use portal_model::Lang;
use std::borrow::Cow;
use std::sync::OnceLock;

/// The default language's file, in every build.
const ZH_CN: &[u8] = include_bytes!("../locales/zh-CN/portal.ftl");

/// A language's Fluent file.
pub(super) fn embedded(lang: Lang) -> &'static [u8] {
    match lang {
        Lang::ZhCn => ZH_CN,
        Lang::ZhHk => include_bytes!("../locales/zh-HK/portal.ftl"),
        Lang::En => include_bytes!("../locales/en/portal.ftl"),
    }
}

/// FNV-1a, 64 bits, at compile time: names a language's file by its content, so the
/// server may let browsers cache it for a year (crates/server `files.rs`).
pub(super) const fn content_hash(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

/// The message ids of a Fluent file, and whether each chooses a variant (`->`).
pub(super) fn ids(file: &[u8]) -> Vec<(String, bool)> {
    let mut ids: Vec<(String, bool)> = Vec::new();
    for line in String::from_utf8_lossy(file).lines() {
        if let Some((id, _)) = line.split_once(" = ").filter(|(id, _)| !id.starts_with(' ') && !id.starts_with('#') && !id.is_empty()) {
            ids.push((id.trim().to_string(), false));
        }
        if line.contains("->") {
            if let Some(last) = ids.last_mut() {
                last.1 = true;
            }
        }
    }
    ids
}

/// A language's messages as the browser's islands read them (see the module's docs): JSON,
/// `{"id": "text with {$name}", "id#one": "…"}`. Made once a language (every prerendered
/// page names its file).
pub fn texts_json(lang: Lang) -> &'static str {
    &texts(lang).0
}

/// The name, under the site root, of the file with [`texts_json`]: `texts-en-<16 hex
/// digits>.json`, named by its content so that browsers may keep it for a year.
pub fn texts_file(lang: Lang) -> &'static str {
    &texts(lang).1
}

/// A language's table and its file name, made the first time either is asked for.
fn texts(lang: Lang) -> &'static (String, String) {
    static TABLES: [OnceLock<(String, String)>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    TABLES[index(lang)].get_or_init(|| {
        let loader = loader(lang);
        let mut table = std::collections::BTreeMap::new();
        // A message that chooses in any language (English has plurals, Chinese none).
        let selecting: std::collections::BTreeSet<String> =
            Lang::ALL.into_iter().flat_map(|l| ids(embedded(l))).filter(|(_, selects)| *selects).map(|(id, _)| id).collect();
        for (id, _) in ids(ZH_CN) {
            if selecting.contains(&id) {
                table.insert(format!("{id}#one"), loader.get_args(&id, std::collections::HashMap::from([("count", 1)])));
            }
            let text = loader.get(&id);
            table.insert(id, text);
        }
        let json = serde_json::to_string(&table).expect("strings serialise");
        let file = format!("texts-{}-{:016x}.json", lang.tag(), content_hash(json.as_bytes()));
        (json, file)
    })
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
pub(super) fn build_loader(lang: Lang, text: Cow<'static, [u8]>) -> FluentLanguageLoader {
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

/// A language's place in the per-language tables above.
fn index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).expect("every Lang is in Lang::ALL")
}

fn slot(lang: Lang) -> &'static OnceLock<FluentLanguageLoader> {
    &LOADERS[index(lang)]
}

/// The Fluent loader of one language (with zh-CN as its fallback).
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    slot(lang).get_or_init(|| build_loader(lang, Cow::Borrowed(embedded(lang))))
}

/// A message by an id only known at run time (e.g. a route title from the route table).
pub fn message(lang: Lang, id: &str) -> String {
    loader(lang).get(id)
}

}

/// A page title from the registry: a message id, or a section's label from the bundle.
pub fn title(lang: Lang, title: &portal_model::registry::Title) -> String {
    match title {
        portal_model::registry::Title::Message(id) => message(lang, id),
        portal_model::registry::Title::Label(text) => text.in_lang(lang).to_string(),
    }
}

#[cfg(feature = "served-texts")]
thread_local! {
    // The messages the browser was given ([`set_texts`]).
    static TEXTS: std::cell::RefCell<std::collections::HashMap<String, String>> = Default::default();
}

/// Takes the page language's messages (the JSON of [`texts_json`], fetched and parsed by
/// boot.js; read here without a JSON parser of our own, which the main module then does
/// not carry). What is not a string is left out: the islands show empty text, never panic.
#[cfg(feature = "served-texts")]
pub fn set_texts(table: &js_sys::Object) {
    let table = js_sys::Object::entries(table)
        .iter()
        .filter_map(|pair| {
            let pair = js_sys::Array::from(&pair);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect();
    TEXTS.with(|t| *t.borrow_mut() = table);
}

/// A message from the browser's table with its variables filled in (what `t!` does there).
#[cfg(feature = "served-texts")]
pub fn text(id: &str, args: &[(&str, String)]) -> String {
    TEXTS.with(|t| fill(&t.borrow(), id, args))
}

/// A message of a table of [`texts_json`] with its variables filled in: the `#one` form when
/// `count` is 1 and the message has one.
pub fn fill(table: &std::collections::HashMap<String, String>, id: &str, args: &[(&str, String)]) -> String {
    let one = args.iter().any(|(name, value)| *name == "count" && value == "1");
    let template = one.then(|| table.get(&format!("{id}#one"))).flatten().or_else(|| table.get(id));
    let mut text = template.cloned().unwrap_or_default();
    for (name, value) in args {
        text = text.replace(&format!("{{${name}}}"), value);
    }
    text
}

/// A message by an id only known at run time.
#[cfg(feature = "served-texts")]
pub fn message(_lang: Lang, id: &str) -> String {
    text(id, &[])
}

/// Looks up an interface string: `t!(lang, "id")` or `t!(lang, "id", name = value)`. In the
/// browser (`served-texts`) from the table boot.js hands over; the message ids are checked
/// at compile time by the native build of the same code.
#[cfg(feature = "served-texts")]
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal) => {{
        let _ = $lang;
        $crate::i18n::text($id, &[])
    }};
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let _ = $lang;
        $crate::i18n::text($id, &[$((stringify!($name), $value.to_string())),+])
    }};
}

/// Looks up an interface string: `t!(lang, "id")` or `t!(lang, "id", name = value)`.
#[cfg(not(feature = "served-texts"))]
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

/// The page's language. Outside the router (an island in the browser, a component test) it
/// is read from the address.
pub fn use_lang() -> Memo<Lang> {
    use_context::<PageLang>().map(|p| p.0).unwrap_or_else(|| {
        let path = if cfg!(target_arch = "wasm32") {
            web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default()
        } else {
            String::new()
        };
        let lang = Lang::from_path(&path);
        Memo::new(move |_| lang)
    })
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
        super::fluent::ids(super::fluent::embedded(lang)).into_iter().map(|(id, _)| id).collect()
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
    fn a_file_without_a_message_falls_back_to_zh_cn() {
        use std::borrow::Cow;
        let partial = super::fluent::build_loader(Lang::En, Cow::Owned(b"route-home = Home\n".to_vec()));
        assert_eq!(partial.get("route-home"), "Home");
        assert_eq!(partial.get("nav-language"), loader(Lang::ZhCn).get("nav-language"));
    }

    #[test]
    fn the_browser_table_gives_what_fluent_gives() {
        for lang in Lang::ALL {
            let table: std::collections::HashMap<String, String> = serde_json::from_str(texts_json(lang)).unwrap();
            for id in ids(Lang::DEFAULT) {
                assert!(table.contains_key(&id), "{} lacks {id}", lang.tag());
            }
            assert!(table.contains_key("search-count#one"), "the count = 1 form of a message that chooses in English");
            assert_eq!(fill(&table, "route-home", &[]), crate::t!(lang, "route-home"));
            assert_eq!(fill(&table, "page-updated", &[("date", "2026-11-20".into())]), crate::t!(lang, "page-updated", date = "2026-11-20"));
            for count in [0, 1, 2, 21] {
                assert_eq!(fill(&table, "search-count", &[("count", count.to_string())]), crate::t!(lang, "search-count", count = count), "{count}");
            }
            assert_eq!(fill(&table, "no-such-message", &[]), "");
        }
        let names: BTreeSet<&str> = Lang::ALL.into_iter().map(texts_file).collect();
        assert_eq!(names.len(), 3);
        assert!(texts_file(Lang::En).starts_with("texts-en-") && texts_file(Lang::En).ends_with(".json"));
    }

    #[test]
    fn fallback_text_is_marked_with_its_language() {
        assert_eq!(lang_attr(Lang::ZhCn, Lang::En), Some("zh-CN"));
        assert_eq!(lang_attr(Lang::En, Lang::En), None);
    }
}
