//! Languages and per-language text. Every text field in the bundle may carry translations;
//! zh-CN is required and is the fallback, and the UI marks a fallback with its real `lang`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The languages the portal is offered in. The first is the default and the fallback.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Lang {
    #[serde(rename = "zh-CN")]
    ZhCn,
    /// Traditional characters, as read in Hong Kong, Macao and Taiwan. Content in zh-HK is
    /// converted from zh-CN at build time unless an editor wrote it (`content build`).
    #[serde(rename = "zh-HK")]
    ZhHk,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::ZhCn, Lang::ZhHk, Lang::En];
    pub const DEFAULT: Lang = Lang::ZhCn;

    /// The BCP 47 tag, as used in `lang` attributes, Fluent and the bundle's text maps.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::ZhHk => "zh-HK",
            Lang::En => "en",
        }
    }

    /// The language of a BCP 47 tag as browsers send them (`navigator.languages`,
    /// `Accept-Language`), or `None` for one the portal is not offered in. Traditional
    /// script (zh-TW, zh-HK, zh-MO, zh-Hant-*) reads the zh-HK pages; simplified (zh, zh-CN,
    /// zh-SG, zh-Hans-*) the zh-CN pages; any English the English pages.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let lower = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = lower.split('-');
        match parts.next()? {
            "en" => Some(Lang::En),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                if rest.contains(&"hant") {
                    Some(Lang::ZhHk)
                } else if rest.contains(&"hans") {
                    Some(Lang::ZhCn)
                } else if rest.iter().any(|p| ["tw", "hk", "mo"].contains(p)) {
                    Some(Lang::ZhHk)
                } else {
                    Some(Lang::ZhCn)
                }
            }
            _ => None,
        }
    }

    /// The first language of an `Accept-Language` header the portal is offered in, by the
    /// header's order of preference (`q`), or `None` if there is none.
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut ranked: Vec<(f32, usize, Lang)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut pieces = part.split(';');
                let lang = Lang::from_tag(pieces.next()?)?;
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .unwrap_or(1.0);
                (q > 0.0).then_some((q, i, lang))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.first().map(|r| r.2)
    }

    /// The URL prefix of this language's pages: zh-CN lives at the root, others under
    /// `/zh-hk/...` and `/en/...`, so a link always says which language it shows.
    pub fn url_prefix(self) -> &'static str {
        match self {
            Lang::ZhCn => "",
            Lang::ZhHk => "/zh-hk",
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
            return Err(format!("unknown language \"{unknown}\" (known: zh-CN, zh-HK, en)"));
        }
        match map.get(Lang::DEFAULT.tag()) {
            Some(zh) if !zh.trim().is_empty() => {}
            _ => return Err("a zh-CN text is required and must not be empty".to_string()),
        }
        // An empty translation would show as a blank heading or link; without it the
        // zh-CN text is shown (marked as Chinese), which is what the editor meant.
        if let Some((lang, _)) = map.iter().find(|(_, text)| text.trim().is_empty()) {
            return Err(format!("the {lang} text is empty: write it, or leave it out to show the zh-CN text"));
        }
        Ok(Text(map))
    }
}

impl From<&str> for Text {
    fn from(zh: &str) -> Self {
        Text(BTreeMap::from([(Lang::DEFAULT.tag().to_string(), zh.to_string())]))
    }
}

/// Whether a JSON object is a [`Text`]: all its keys language tags, one of them `zh-CN`.
fn is_text(map: &serde_json::Map<String, serde_json::Value>) -> bool {
    map.contains_key(Lang::DEFAULT.tag()) && map.iter().all(|(k, v)| v.is_string() && Lang::ALL.iter().any(|l| l.tag() == k))
}

/// Adds to every text in a bundle file the text in `lang` made by `convert` from its zh-CN
/// text, where there is none (an editor's own translation is kept). A text is recognised by
/// its JSON shape: an object whose keys are all language tags, one of them `zh-CN`. The
/// content tool uses it to make the zh-HK bundle from the zh-CN one at build time.
pub fn fill_texts(value: &mut serde_json::Value, lang: Lang, convert: &mut impl FnMut(&str) -> String) {
    match value {
        serde_json::Value::Object(map) => {
            let is_text = is_text(map);
            if is_text {
                if !map.contains_key(lang.tag()) {
                    let made = convert(map[Lang::DEFAULT.tag()].as_str().unwrap_or_default());
                    map.insert(lang.tag().to_string(), made.into());
                }
            } else {
                map.values_mut().for_each(|v| fill_texts(v, lang, convert));
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| fill_texts(v, lang, convert)),
        _ => {}
    }
}

/// Every text of a bundle value (an item serialized to JSON) in `lang`, in document order,
/// as shown: the zh-CN text where there is no translation. The search index reads an
/// item's whole text this way, whatever its type.
pub fn collect_texts(value: &serde_json::Value, lang: Lang, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            let is_text = is_text(map);
            if is_text {
                let text = map.get(lang.tag()).or_else(|| map.get(Lang::DEFAULT.tag()));
                out.extend(text.and_then(serde_json::Value::as_str).map(str::to_string));
            } else {
                map.values().for_each(|v| collect_texts(v, lang, out));
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_texts(v, lang, out)),
        _ => {}
    }
}
