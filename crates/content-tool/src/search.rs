//! The search index of a built bundle (`content build`): every news-like item, catalogue
//! entry, annual report, interview, knowledge-base answer, checkpoint and static page, as
//! one document per language, indexed by `portal_model::search` into
//! `content/search/<lang>/`. The format and the query are in that module.
//!
//! A checkpoint also carries the pinyin of its Chinese name (`luohu`, `shenzhenwan`, crate
//! `pinyin`), so a citizen who types the name in Latin letters finds it. Published mailbox
//! replies are not in the bundle (the mailbox server has them) and so not in the index.
//!
//! For approximate search (`portal_model::search::approx`), every title's character pairs
//! are also indexed by their pinyin, and two more files are written: the readings of the
//! characters a citizen is likely to type (`search/pinyin.json`: GB2312's 6,763 characters,
//! `data/gb2312-hanzi.txt`, made with Python's `gb2312` codec from rows 0xB0-0xF7, and every
//! character of the bundle, which brings the Traditional ones), and each language's
//! vocabulary of title words (`search/<lang>/v.json`).

use crate::Bundle;
use pinyin::ToPinyin;
use portal_model::registry::{BundleDerived, PageRef};
use portal_model::search::approx::{self, Readings};
use portal_model::search::{self, Doc};
use portal_model::{collect_texts, Lang};
use std::collections::HashMap;
use std::path::Path;

/// Fragments per file: a page of ten results fetches at most two or three files when its
/// results are close in date.
pub const GROUP: u32 = 8;
/// Postings per shard, in bytes of JSON before compression.
pub const SHARD_BYTES: usize = 24 * 1024;

/// Every text of a value in `lang` but the one under `skip` (its title), joined.
fn text_of<T: serde::Serialize>(value: &T, lang: Lang, skip: &[&str]) -> String {
    let mut json = serde_json::to_value(value).unwrap_or_default();
    if let Some(map) = json.as_object_mut() {
        for key in skip {
            map.remove(*key);
        }
    }
    let mut texts = Vec::new();
    collect_texts(&json, lang, &mut texts);
    texts.join("\n")
}

/// The pinyin of a Chinese name without tones, joined (`罗湖` -> `luohu`); characters
/// without a reading are left out.
pub fn pinyin_of(name: &str) -> String {
    name.to_pinyin().flatten().map(|p| p.plain()).collect()
}

/// The toneless pinyin of a character, its most common reading (`湖` -> `hu`).
pub fn reading(c: char) -> Option<String> {
    c.to_pinyin().map(|p| p.plain().to_string())
}

/// The GB2312 characters (levels 1 and 2).
const GB2312: &str = include_str!("../data/gb2312-hanzi.txt");

/// The table of readings: GB2312's characters and those of the documents.
pub fn readings(docs: &[&[Doc]]) -> Readings {
    let bundle = docs.iter().flat_map(|d| d.iter()).flat_map(|d| d.title.chars().chain(d.text.chars()));
    let mut chars: Vec<char> = GB2312.chars().chain(bundle).filter(|&c| search::is_han(c)).collect();
    chars.sort_unstable();
    chars.dedup();
    Readings::new(chars.into_iter().filter_map(|c| Some((c, reading(c)?))))
}

/// A language's documents with the pinyin terms of their titles added.
fn with_title_pinyin(mut docs: Vec<Doc>) -> Vec<Doc> {
    for doc in &mut docs {
        doc.extra.extend(approx::title_pinyin_terms(&doc.title, reading));
    }
    docs
}

/// The documents of a bundle in one language.
pub fn documents(bundle: &Bundle, derived: &BundleDerived, lang: Lang) -> Vec<Doc> {
    let mut docs = Vec::new();
    for page in &derived.news.items {
        let item = &page.item;
        docs.push(Doc {
            path: PageRef::Item { section: page.section.clone(), id: item.id.clone() }.path(),
            section: page.section.clone(),
            date: Some(item.date),
            title: item.title.in_lang(lang).to_string(),
            text: text_of(item, lang, &["title"]),
            extra: Vec::new(),
        });
    }
    for entry in &bundle.entries {
        docs.push(Doc {
            path: PageRef::CatalogueEntry { id: entry.id.clone() }.path(),
            section: "catalogue".into(),
            date: Some(entry.published),
            title: entry.title.in_lang(lang).to_string(),
            text: [entry.document_number.clone().unwrap_or_default(), text_of(entry, lang, &["title"])].join("\n"),
            extra: Vec::new(),
        });
    }
    for report in &bundle.reports {
        docs.push(Doc {
            path: PageRef::Report { year: report.year }.path(),
            section: "reports".into(),
            date: Some(report.published),
            title: report.title.in_lang(lang).to_string(),
            text: text_of(report, lang, &["title"]),
            extra: Vec::new(),
        });
    }
    for interview in &bundle.interviews {
        docs.push(Doc {
            path: PageRef::Interview { id: interview.id.clone() }.path(),
            section: "interviews".into(),
            date: Some(interview.date),
            title: interview.title.in_lang(lang).to_string(),
            text: text_of(interview, lang, &["title"]),
            extra: Vec::new(),
        });
    }
    if let Some(knowledge) = &bundle.knowledge {
        for q in &knowledge.questions {
            let page = PageRef::Knowledge { category: Some(q.category.clone()) }.path();
            docs.push(Doc {
                path: format!("{page}#q-{}", q.id),
                section: "knowledge".into(),
                date: Some(q.updated),
                title: q.question.in_lang(lang).to_string(),
                text: text_of(&q.answer, lang, &[]),
                extra: Vec::new(),
            });
        }
    }
    if let Some(file) = &bundle.checkpoints {
        for c in &file.checkpoints {
            let zh = c.name.in_lang(Lang::ZhCn);
            let short = zh.trim_end_matches("口岸");
            let mut extra = vec![pinyin_of(short), pinyin_of(zh), c.id.replace('-', "")];
            extra.dedup();
            docs.push(Doc {
                path: PageRef::Checkpoint { id: c.id.clone() }.path(),
                section: "checkpoints".into(),
                date: None,
                title: c.name.in_lang(lang).to_string(),
                text: text_of(c, lang, &["name"]),
                extra,
            });
        }
    }
    // Static pages by their route (a page whose slug has none is not on the site), then
    // the disclosure guide.
    let statics = bundle.pages.iter().filter_map(|page| {
        let slug = portal_model::registry::static_slugs().find(|s| *s == page.slug)?;
        Some((PageRef::Static(slug).path(), page))
    });
    let guide = bundle.disclosure_guide.iter().map(|page| (PageRef::DisclosureGuide.path(), page));
    for (path, page) in statics.chain(guide) {
        docs.push(Doc {
            path,
            section: "pages".into(),
            date: Some(page.updated),
            title: page.title.in_lang(lang).to_string(),
            text: text_of(page, lang, &["title"]),
            extra: Vec::new(),
        });
    }
    docs
}

/// The character fold of a language's index: for the Simplified indexes (zh-CN, and en,
/// whose untranslated texts are zh-CN), each Traditional character of the bundle's zh-HK
/// texts to the Simplified one it most often stands for; for zh-HK the reverse. Made by
/// pairing the characters of each zh-CN text with its zh-HK conversion where both have the
/// same length (OpenCC converts character by character but for a few phrases). `cn` and
/// `hk` are the bundle's documents in zh-CN and zh-HK, in the same order.
pub fn fold(cn: &[Doc], hk: &[Doc], lang: Lang) -> String {
    let mut counts: HashMap<(char, char), usize> = HashMap::new();
    for (a, b) in cn.iter().zip(hk) {
        for (x, y) in [(&a.title, &b.title), (&a.text, &b.text)] {
            if x.chars().count() != y.chars().count() {
                continue;
            }
            for (s, t) in x.chars().zip(y.chars()).filter(|(s, t)| s != t) {
                *counts.entry((s, t)).or_default() += 1;
            }
        }
    }
    let mut best: HashMap<char, (char, usize)> = HashMap::new();
    for ((s, t), n) in counts {
        let (from, to) = if lang == Lang::ZhHk { (s, t) } else { (t, s) };
        let e = best.entry(from).or_insert((to, 0));
        if n > e.1 || (n == e.1 && to < e.0) {
            *e = (to, n);
        }
    }
    let mut pairs: Vec<(char, char)> = best.into_iter().map(|(from, (to, _))| (from, to)).collect();
    pairs.sort();
    pairs.into_iter().flat_map(|(a, b)| [a, b]).collect()
}

fn write_json<T: serde::Serialize>(path: &Path, value: &T) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    let json = serde_json::to_string(value).map_err(|e| e.to_string())?;
    std::fs::write(path, json).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes the index of every language under `content`; returns how many files.
pub fn write(bundle: &Bundle, derived: &BundleDerived, content: &Path) -> Result<usize, String> {
    let root = content.join("search");
    if root.exists() {
        std::fs::remove_dir_all(&root).map_err(|e| format!("{}: {e}", root.display()))?;
    }
    let cn = documents(bundle, derived, Lang::ZhCn);
    let hk = documents(bundle, derived, Lang::ZhHk);
    let en = documents(bundle, derived, Lang::En);
    write_json(&content.join(approx::readings_file()), &readings(&[&cn, &hk, &en]))?;
    let mut count = 1;
    for lang in Lang::ALL {
        let docs = with_title_pinyin(match lang {
            Lang::ZhCn => cn.clone(),
            Lang::ZhHk => hk.clone(),
            Lang::En => en.clone(),
        });
        write_json(&content.join(approx::vocabulary_file(lang)), &approx::vocabulary(&docs))?;
        count += 1;
        let built = search::build(docs, fold(&cn, &hk, lang), GROUP, SHARD_BYTES);
        write_json(&content.join(search::manifest_file(lang)), &built.manifest)?;
        for (n, shard) in built.shards.iter().enumerate() {
            write_json(&content.join(search::shard_file(lang, n as u32)), shard)?;
        }
        for (n, group) in built.groups.iter().enumerate() {
            write_json(&content.join(search::group_file(lang, n as u32)), group)?;
        }
        count += 1 + built.shards.len() + built.groups.len();
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinyin_of_checkpoint_names() {
        assert_eq!(pinyin_of("罗湖"), "luohu");
        assert_eq!(pinyin_of("深圳湾"), "shenzhenwan");
        assert_eq!(pinyin_of("沙头角口岸"), "shatoujiaokouan");
    }

    #[test]
    fn readings_cover_gb2312_and_the_bundle() {
        assert_eq!(GB2312.trim().chars().count(), 6763);
        let doc = Doc { path: "/x".into(), section: "news".into(), date: None, title: "羅湖".into(), text: String::new(), extra: Vec::new() };
        let docs = [doc];
        let table = readings(&[&docs]);
        let map = table.map();
        assert_eq!(map.get(&'胡'), Some(&"hu"));
        assert_eq!(map.get(&'羅'), Some(&"luo"), "a Traditional character of the bundle");
        assert!(map.len() >= 6763, "{}", map.len());
    }
}
