//! The API's messages in the request's language, from the app's own Fluent files
//! (`locales/*/portal.ftl`, embedded at build time), so the server and the pages say the
//! same words.
//!
//! Why not `portal::i18n` (the app crate with `features = ["ssr"]`): that would build
//! Leptos and the browser-side crates (web-sys, gloo-net) into the server and its tests,
//! several minutes more per clean build on the project's 2-core machines, for two
//! functions. The loader below is the same one the app builds (same files, zh-CN
//! fallback, no isolation marks); if the server ever renders the app's shell itself, it
//! can switch to `portal::i18n::message` with no change to callers.

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::LanguageLoader;
use portal_model::Lang;
use rust_embed::RustEmbed;
use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(RustEmbed)]
#[folder = "../../locales/"]
struct Localizations;

fn build_loader(lang: Lang) -> FluentLanguageLoader {
    let fallback: unic_langid::LanguageIdentifier = Lang::DEFAULT.tag().parse().expect("valid tag");
    let loader = FluentLanguageLoader::new("portal", fallback);
    let id: unic_langid::LanguageIdentifier = lang.tag().parse().expect("Lang::tag is a valid language identifier");
    loader.load_languages(&Localizations, &[id]).expect("embedded locale files load");
    loader.set_use_isolating(false);
    loader
}

const _: () = assert!(Lang::ALL.len() == 3, "add a loader below for the new language");
static LOADERS: [LazyLock<FluentLanguageLoader>; 3] = [
    LazyLock::new(|| build_loader(Lang::ALL[0])),
    LazyLock::new(|| build_loader(Lang::ALL[1])),
    LazyLock::new(|| build_loader(Lang::ALL[2])),
];

fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    let index = Lang::ALL.iter().position(|l| *l == lang).expect("every Lang is in Lang::ALL");
    &LOADERS[index]
}

/// A message by its Fluent id.
pub fn message(lang: Lang, id: &str) -> String {
    loader(lang).get(id)
}

/// A message with arguments, e.g. `("minutes", "10")`.
pub fn message_args(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    let args: HashMap<&str, String> = args.iter().cloned().collect();
    loader(lang).get_args(id, args)
}

/// The request's language: a `lang` query parameter if it names one, else the first of
/// `Accept-Language` the portal is offered in, else zh-CN.
pub fn request_lang(query_lang: Option<&str>, accept_language: Option<&str>) -> Lang {
    query_lang
        .and_then(Lang::from_tag)
        .or_else(|| accept_language.and_then(Lang::negotiate))
        .unwrap_or(Lang::DEFAULT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_come_in_each_language_with_arguments() {
        assert_eq!(message(Lang::En, "letter-error-title-missing"), "Enter a title");
        assert_ne!(message(Lang::ZhCn, "letter-error-title-missing"), "Enter a title");
        let text = message_args(Lang::En, "api-error-rate-limited", &[("minutes", "3".into()), ("phone", "0755-1".into())]);
        assert!(text.contains("3 minutes") && text.contains("0755-1"), "{text}");
        assert_eq!(request_lang(Some("en"), Some("zh-CN")), Lang::En);
        assert_eq!(request_lang(None, Some("zh-TW,en;q=0.5")), Lang::ZhHk);
        assert_eq!(request_lang(Some("xx"), None), Lang::ZhCn);
    }
}
