//! Languages and per-language text. Every text field in the bundle may carry translations;
//! zh-CN is required and is the fallback, and the UI marks a fallback with its real `lang`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The languages the portal is offered in. The first is the default and the fallback.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lang {
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::ZhCn, Lang::En];
    pub const DEFAULT: Lang = Lang::ZhCn;

    /// The BCP 47 tag, as used in `lang` attributes, Fluent and the bundle's text maps.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The URL prefix of this language's pages: zh-CN lives at the root, others under
    /// `/en/...`, so a link always says which language it shows.
    pub fn url_prefix(self) -> &'static str {
        match self {
            Lang::ZhCn => "",
            Lang::En => "/en",
        }
    }

    /// Reads the language a path is in from its first segment (`/en/about` -> En).
    pub fn from_path(path: &str) -> Lang {
        let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| !l.url_prefix().is_empty() && l.url_prefix()[1..].eq_ignore_ascii_case(first))
            .unwrap_or(Lang::DEFAULT)
    }

    /// Strips this language's prefix from a path: `/en/about` -> `/about`, `/en` -> `/`.
    pub fn strip_prefix(path: &str) -> &str {
        let lang = Lang::from_path(path);
        let rest = &path[lang.url_prefix().len()..];
        if rest.is_empty() {
            "/"
        } else {
            rest
        }
    }

    /// The same page in this language: `/about` -> `/en/about`; `/` -> `/en/`.
    pub fn localize_path(self, neutral: &str) -> String {
        let neutral = if neutral.starts_with('/') { neutral.to_string() } else { format!("/{neutral}") };
        format!("{}{}", self.url_prefix(), neutral)
    }
}

/// A text with translations keyed by language tag; `zh-CN` must be present.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "BTreeMap<String, String>")]
pub struct Text(BTreeMap<String, String>);

/// A text as shown: the string, and the language it is really in (differs from the page's
/// language when the translation is missing and zh-CN was used).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    pub lang: Lang,
}

impl Text {
    /// The text in `lang`, or in zh-CN when there is no translation.
    pub fn get(&self, lang: Lang) -> Localized<'_> {
        match self.0.get(lang.tag()) {
            Some(text) => Localized { text, lang },
            None => Localized { text: &self.0[Lang::DEFAULT.tag()], lang: Lang::DEFAULT },
        }
    }

    /// Shorthand for the string alone.
    pub fn in_lang(&self, lang: Lang) -> &str {
        self.get(lang).text
    }
}

impl TryFrom<BTreeMap<String, String>> for Text {
    type Error = String;
    fn try_from(map: BTreeMap<String, String>) -> Result<Self, String> {
        if let Some(unknown) = map.keys().find(|k| !Lang::ALL.iter().any(|l| l.tag() == k.as_str())) {
            return Err(format!("unknown language \"{unknown}\" (known: zh-CN, en)"));
        }
        match map.get(Lang::DEFAULT.tag()) {
            Some(zh) if !zh.trim().is_empty() => Ok(Text(map)),
            _ => Err("a zh-CN text is required and must not be empty".to_string()),
        }
    }
}

impl From<&str> for Text {
    fn from(zh: &str) -> Self {
        Text(BTreeMap::from([(Lang::DEFAULT.tag().to_string(), zh.to_string())]))
    }
}
