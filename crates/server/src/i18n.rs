//! The server's messages in the request's language, from the app's own Fluent loader
//! (`portal::i18n`, the files in `locales/`), so the server, the pages it renders for plain
//! form posts and the app say the same words.

use portal_model::Lang;
use std::collections::HashMap;

/// A message by its Fluent id.
pub fn message(lang: Lang, id: &str) -> String {
    portal::i18n::message(lang, id)
}

/// A message with arguments, e.g. `("minutes", "10")`.
pub fn message_args(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    let args: HashMap<&str, String> = args.iter().cloned().collect();
    portal::i18n::loader(lang).get_args(id, args)
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
