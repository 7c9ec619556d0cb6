//! Approximate matches for site search: homophones in Chinese (罗胡 for 罗湖, 通光 for
//! 通关) and typos in words (chekpoint, anual, luohuu). Used only when the exact query
//! finds fewer than [`WIDEN_BELOW`] documents; what it adds ranks below every exact match,
//! and the search page says that results for similar-sounding or similarly spelt words
//! are shown. Why this design and what it costs: `docs/decisions/0014-site-search.md`.
//!
//! Two more kinds of file, written by the content tool and fetched by the browser only
//! when a query is widened:
//! - `search/pinyin.json` ([`Readings`], one for all languages): the toneless pinyin of
//!   the characters a citizen is likely to type (GB2312's 6,763 and every character of the
//!   bundle), grouped by syllable;
//! - `search/<lang>/v.json` ([`Vocabulary`]): the words (not Han) of the titles and the
//!   extra terms (pinyin of checkpoint names) of a language's documents.
//!
//! And one more kind of term in the index: every character pair of a title also under its
//! pinyin ([`pinyin_term`], `~luo'hu`), added by the content tool as a document's extra
//! terms. A widened query looks up each of its pairs under that term too, and each word
//! without postings under the vocabulary's words within [`max_edits`].

use super::{is_han, shard_of, Query, QueryTerm, Shard};
use crate::Lang;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// A query whose exact results are fewer than this is widened: only one that finds nothing.
/// Widening one that finds a few cost every such query one or two more round trips
/// (`docs/decisions/0014-site-search.md`, "Latency, third pass").
pub const WIDEN_BELOW: usize = 1;
/// The most vocabulary words a misspelt word is read as.
pub const MAX_NEAR: usize = 4;
/// Where a pinyin term begins: no query word can (words are letters and digits).
pub const PINYIN_MARK: char = '~';

/// The shared table of readings.
pub fn readings_file() -> String {
    "search/pinyin.json".into()
}

/// A language's vocabulary.
pub fn vocabulary_file(lang: Lang) -> String {
    format!("{}/v.json", super::dir(lang))
}

/// `search/pinyin.json`: toneless syllables, each with the characters read so (the most
/// common reading of each character only).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Readings {
    pub schema: u64,
    pub syllables: BTreeMap<String, String>,
}

impl Readings {
    /// From pairs of a character and its syllable.
    pub fn new(pairs: impl IntoIterator<Item = (char, String)>) -> Readings {
        let mut syllables: BTreeMap<String, String> = BTreeMap::new();
        let mut pairs: Vec<(char, String)> = pairs.into_iter().filter(|(c, s)| is_han(*c) && !s.is_empty()).collect();
        pairs.sort();
        pairs.dedup_by_key(|p| p.0);
        for (c, s) in pairs {
            syllables.entry(s).or_default().push(c);
        }
        Readings { schema: crate::SCHEMA_VERSION, syllables }
    }

    /// Character to syllable.
    pub fn map(&self) -> HashMap<char, &str> {
        self.syllables.iter().flat_map(|(s, chars)| chars.chars().map(move |c| (c, s.as_str()))).collect()
    }
}

/// The pinyin term of a pair of syllables. Each syllable is first [`blurred`]; the
/// apostrophe keeps 方案 (fan'an) apart from 反感 (fan'gan).
pub fn pinyin_term(a: &str, b: &str) -> String {
    format!("{PINYIN_MARK}{}'{}", blurred(a), blurred(b))
}

/// A syllable with the sounds many speakers do not tell apart made one, as the "fuzzy
/// pinyin" of input methods does: -ng as -n (光 guang as 关 guan), zh, ch, sh as z, c, s.
pub fn blurred(syllable: &str) -> String {
    let s = syllable.strip_suffix("ng").map(|s| format!("{s}n")).unwrap_or_else(|| syllable.to_string());
    match s.get(..2) {
        Some("zh" | "ch" | "sh") => format!("{}{}", &s[..1], &s[2..]),
        _ => s,
    }
}

/// The pinyin terms of a title: one per pair of Han characters both of which have a
/// reading (`reading`, at build time from the `pinyin` crate).
pub fn title_pinyin_terms(title: &str, reading: impl Fn(char) -> Option<String>) -> Vec<String> {
    let mut out = Vec::new();
    for run in super::runs(title, &HashMap::new()) {
        if let super::Run::Han(chars) = run {
            let syllables: Vec<Option<String>> = chars.iter().map(|&c| reading(c)).collect();
            for pair in syllables.windows(2) {
                if let [Some(a), Some(b)] = pair {
                    out.push(pinyin_term(a, b));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// `search/<lang>/v.json`: words a misspelt query word may stand for, sorted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Vocabulary {
    pub schema: u64,
    pub words: Vec<String>,
}

/// The vocabulary of documents: the words of their titles and their extra terms, of three
/// letters or more and not only digits (a typo in a number is not a typo we can guess).
pub fn vocabulary(docs: &[super::Doc]) -> Vocabulary {
    let mut words: Vec<String> = docs
        .iter()
        .flat_map(|d| super::index_terms(&d.title, true).into_iter().chain(d.extra.iter().map(|e| e.to_lowercase())))
        .filter(|w| w.chars().count() >= 3 && !w.starts_with(PINYIN_MARK) && !w.chars().any(is_han) && !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    words.sort();
    words.dedup();
    Vocabulary { schema: crate::SCHEMA_VERSION, words }
}

/// The edits a word may be away from a vocabulary word: none under four letters, one up to
/// seven, two from eight.
pub fn max_edits(word: &str) -> usize {
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The vocabulary words nearest a misspelt word (an edit is a letter wrong, missing, extra,
/// or two swapped), at most [`MAX_NEAR`], those with the fewest edits, in vocabulary order.
pub fn near_words(word: &str, vocabulary: &Vocabulary) -> Vec<String> {
    let max = max_edits(word);
    if max == 0 {
        return Vec::new();
    }
    let len = word.chars().count();
    let mut found: Vec<(usize, &String)> = vocabulary
        .words
        .iter()
        .filter(|w| w.chars().count().abs_diff(len) <= max && w.as_str() != word)
        .map(|w| (strsim::osa_distance(word, w), w))
        .filter(|(d, _)| *d <= max)
        .collect();
    let best = found.iter().map(|(d, _)| *d).min().unwrap_or(0);
    found.retain(|(d, _)| *d == best);
    found.into_iter().take(MAX_NEAR).map(|(_, w)| w.clone()).collect()
}

/// One way a term of a query may match, and whether a document matched that way matched
/// exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alternative {
    pub term: QueryTerm,
    pub exact: bool,
}

/// A widened query: for each term of the query, its alternatives (the term itself first).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Widened {
    pub slots: Vec<Vec<Alternative>>,
    /// Vocabulary words read for misspelt ones (to mark in snippets).
    pub marks: Vec<String>,
}

impl Widened {
    /// Whether any term has an alternative at all.
    pub fn adds_anything(&self) -> bool {
        self.slots.iter().any(|s| s.len() > 1)
    }

    /// Every term to look up, for the shards to fetch.
    pub fn terms(&self) -> impl Iterator<Item = &QueryTerm> {
        self.slots.iter().flatten().map(|a| &a.term)
    }
}

/// Whether a term has postings in its (loaded) shard: a word by prefix.
pub fn has_postings<'a>(term: &QueryTerm, shards: u32, shard: impl Fn(u32) -> Option<&'a Shard>) -> bool {
    let Some(s) = shard(shard_of(&term.text, shards)) else { return false };
    if term.prefix {
        s.terms.range(term.text.clone()..).next().is_some_and(|(w, _)| w.starts_with(&term.text))
    } else {
        s.terms.contains_key(&term.text)
    }
}

/// A word term of a query that may be misspelt: a prefix word of letters.
pub fn may_be_misspelt(term: &QueryTerm) -> bool {
    term.prefix && max_edits(&term.text) > 0 && !term.text.chars().any(is_han) && !term.text.chars().all(|c| c.is_ascii_digit())
}

/// Whether a term is a pair of Han characters (the kind that has a homophone term).
pub fn is_han_pair(term: &QueryTerm) -> bool {
    let mut chars = term.text.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(a), Some(b), None) if is_han(a) && is_han(b))
}

/// Widens a query: each Han pair also by its pinyin term (if `readings` knows both
/// characters), each word in `misspelt` also by its [`near_words`] in `vocabulary`.
pub fn widen(query: &Query, readings: Option<&HashMap<char, &str>>, vocabulary: Option<&Vocabulary>, misspelt: &[String]) -> Widened {
    let mut widened = Widened::default();
    for term in &query.terms {
        let mut slot = vec![Alternative { term: term.clone(), exact: true }];
        if let (Some(readings), true) = (readings, is_han_pair(term)) {
            let mut chars = term.text.chars();
            if let (Some(a), Some(b)) = (chars.next().and_then(|c| readings.get(&c)), chars.next().and_then(|c| readings.get(&c))) {
                slot.push(Alternative { term: QueryTerm { text: pinyin_term(a, b), prefix: false }, exact: false });
            }
        }
        if let (Some(vocabulary), true) = (vocabulary, misspelt.contains(&term.text)) {
            for word in near_words(&term.text, vocabulary) {
                widened.marks.push(word.clone());
                slot.push(Alternative { term: QueryTerm { text: word, prefix: true }, exact: false });
            }
        }
        widened.slots.push(slot);
    }
    widened
}

/// The pairs of Han characters in `text` that sound like a pair of the query: what to mark
/// in a result found by sound (罗湖 in its title for the query 罗胡).
pub fn sound_marks(query: &Query, readings: &HashMap<char, &str>, text: &str) -> Vec<String> {
    let sound = |a: char, b: char| Some(pinyin_term(readings.get(&a)?, readings.get(&b)?));
    let wanted: Vec<String> = query
        .terms
        .iter()
        .filter(|t| is_han_pair(t))
        .filter_map(|t| {
            let mut chars = t.text.chars();
            sound(chars.next()?, chars.next()?)
        })
        .collect();
    let mut out: Vec<String> = Vec::new();
    if wanted.is_empty() {
        return out;
    }
    for run in super::runs(text, &HashMap::new()) {
        if let super::Run::Han(chars) = run {
            for pair in chars.windows(2) {
                if sound(pair[0], pair[1]).is_some_and(|s| wanted.contains(&s)) {
                    let found: String = pair.iter().collect();
                    if !out.contains(&found) {
                        out.push(found);
                    }
                }
            }
        }
    }
    out
}

/// A result of a widened query.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub id: u32,
    pub score: u32,
    /// Every term matched as typed (not by an alternative).
    pub exact: bool,
}

/// The documents matching every slot of a widened query, by any of its alternatives: the
/// exact ones first, then the others, each best first and newest first on ties. An
/// alternative counts half as much as the term as typed.
pub fn evaluate<'a>(widened: &Widened, shards: u32, shard: impl Fn(u32) -> Option<&'a Shard>) -> Vec<Hit> {
    if widened.slots.is_empty() {
        return Vec::new();
    }
    let mut total: Option<HashMap<u32, (u32, bool)>> = None;
    for slot in &widened.slots {
        let mut scores: HashMap<u32, (u32, bool)> = HashMap::new();
        for alternative in slot {
            let term = &alternative.term;
            let Some(s) = shard(shard_of(&term.text, shards)) else { continue };
            let mut add = |id: u32, weight: u32| {
                let w = if alternative.exact { weight } else { weight.div_ceil(2) };
                let e = scores.entry(id).or_insert((0, false));
                e.0 = e.0.max(w);
                e.1 |= alternative.exact;
            };
            if term.prefix {
                for (word, list) in s.terms.range(term.text.clone()..).take_while(|(w, _)| w.starts_with(&term.text)) {
                    let whole = word == &term.text;
                    for (id, weight) in list.pairs() {
                        add(id, if whole { weight } else { weight.div_ceil(2) });
                    }
                }
            } else if let Some(list) = s.terms.get(&term.text) {
                for (id, weight) in list.pairs() {
                    add(id, weight);
                }
            }
        }
        total = Some(match total {
            None => scores,
            Some(prev) => prev.into_iter().filter_map(|(id, (s, e))| scores.get(&id).map(|(t, f)| (id, (s + t, e && *f)))).collect(),
        });
        if total.as_ref().is_some_and(HashMap::is_empty) {
            break;
        }
    }
    let mut hits: Vec<Hit> = total.unwrap_or_default().into_iter().map(|(id, (score, exact))| Hit { id, score, exact }).collect();
    hits.sort_by(|a, b| b.exact.cmp(&a.exact).then(b.score.cmp(&a.score)).then(a.id.cmp(&b.id)));
    hits
}

#[cfg(test)]
mod tests {
    use super::super::{build, fold_map, parse_query, Built, Doc};
    use super::*;
    use crate::Date;

    /// A few readings, as the content tool would take them from the `pinyin` crate.
    fn reading(c: char) -> Option<String> {
        let table = [
            ('罗', "luo"), ('湖', "hu"), ('胡', "hu"), ('口', "kou"), ('岸', "an"), ('通', "tong"), ('关', "guan"),
            ('光', "guang"), ('年', "nian"), ('度', "du"), ('报', "bao"), ('告', "gao"), ('高', "gao"), ('方', "fang"),
            ('案', "an"), ('反', "fan"), ('感', "gan"), ('皇', "huang"), ('岗', "gang"), ('黄', "huang"),
        ];
        table.iter().find(|(k, _)| *k == c).map(|(_, s)| s.to_string())
    }

    fn doc(path: &str, date: &str, title: &str, text: &str) -> Doc {
        Doc {
            path: path.into(),
            section: "news".into(),
            date: Some(Date::parse(date).unwrap()),
            extra: title_pinyin_terms(title, reading),
            title: title.into(),
            text: text.into(),
        }
    }

    fn corpus() -> Built {
        build(
            vec![
                doc("/a", "2024-01-02", "罗湖口岸春节延长通关时间", "罗湖口岸旅检大楼春节期间延长开放。"),
                doc("/b", "2025-03-04", "2024年政府信息公开工作年度报告", "本报告依据条例编制。Annual report."),
                doc("/c", "2023-05-06", "关于皇岗口岸的通知", "皇岗口岸货检场地调整，另见罗湖。"),
                doc("/d", "2026-01-01", "Checkpoint hours", "Reports of opening hours at Luohu."),
                doc("/e", "2022-01-01", "方案", "反感"),
                doc("/f", "2021-06-01", "Annual report", ""),
            ],
            String::new(),
            2,
            64,
        )
    }

    fn readings() -> Readings {
        Readings::new("罗湖胡口岸通关光年度报告高方案反感皇岗黄".chars().filter_map(|c| Some((c, reading(c)?))))
    }

    /// Runs `q` as the browser does: exact, and widened when that finds few.
    fn search(built: &Built, q: &str) -> Vec<(String, bool)> {
        let query = parse_query(q, &fold_map(&built.manifest.fold));
        let shard = |n: u32| built.shards.get(n as usize);
        let misspelt: Vec<String> =
            query.terms.iter().filter(|t| may_be_misspelt(t) && !has_postings(t, built.manifest.shards, shard)).map(|t| t.text.clone()).collect();
        let readings = readings();
        let map = readings.map();
        let docs: Vec<Doc> = built.groups.iter().flat_map(|g| &g.fragments).map(|f| Doc {
            path: f.path.clone(),
            section: f.section.clone(),
            date: f.date,
            title: f.title.clone(),
            text: String::new(),
            extra: if f.path == "/d" { vec!["luohu".into()] } else { Vec::new() },
        }).collect();
        let vocabulary = vocabulary(&docs);
        let widened = widen(&query, Some(&map), Some(&vocabulary), &misspelt);
        evaluate(&widened, built.manifest.shards, shard).into_iter().map(|h| (docs[h.id as usize].path.clone(), h.exact)).collect()
    }

    #[test]
    fn homophones_of_a_title_pair_are_found_below_exact_matches() {
        let built = corpus();
        assert_eq!(search(&built, "罗胡"), [("/a".to_string(), false)]);
        assert_eq!(search(&built, "罗胡口岸"), [("/a".to_string(), false)]);
        assert_eq!(search(&built, "通光"), [("/a".to_string(), false)]);
        assert_eq!(search(&built, "年度报高"), [("/b".to_string(), false)]);
        // 黄岗 sounds like 皇岗 (a title of /c); the exact 皇岗 first, marked exact.
        assert_eq!(search(&built, "黄岗"), [("/c".to_string(), false)]);
        assert_eq!(search(&built, "皇岗"), [("/c".to_string(), true)]);
        // Exact matches of a pair rank above documents found by its sound only.
        let both = build(
            vec![doc("/exact", "2020-01-01", "罗湖口岸", ""), doc("/sound", "2021-01-01", "罗胡", "")],
            String::new(),
            8,
            1000,
        );
        let query = parse_query("罗湖", &HashMap::new());
        let readings = readings();
        let widened = widen(&query, Some(&readings.map()), None, &[]);
        let hits = evaluate(&widened, both.manifest.shards, |n| both.shards.get(n as usize));
        let paths: Vec<(&str, bool)> = hits.iter().map(|h| (both.groups[0].fragments[h.id as usize].path.as_str(), h.exact)).collect();
        assert_eq!(paths, [("/exact", true), ("/sound", false)]);
    }

    #[test]
    fn the_syllables_of_a_pair_are_kept_apart() {
        assert_ne!(pinyin_term("fang", "an"), pinyin_term("fan", "gan"));
        let title_only = build(vec![doc("/e", "2022-01-01", "方案", "")], String::new(), 8, 1000);
        let query = parse_query("反感", &HashMap::new());
        let readings = readings();
        let widened = widen(&query, Some(&readings.map()), None, &[]);
        assert!(widened.adds_anything());
        assert!(evaluate(&widened, title_only.manifest.shards, |n| title_only.shards.get(n as usize)).is_empty(), "fan'gan is not fan'an");
        assert_eq!(title_pinyin_terms("罗湖，口岸 x 通", reading), ["~kou'an", "~luo'hu"]);
        assert_eq!(title_pinyin_terms("罗?湖", |_| None), Vec::<String>::new());
    }

    #[test]
    fn misspelt_words_find_their_vocabulary_words() {
        let built = corpus();
        assert_eq!(search(&built, "chekpoint"), [("/d".to_string(), false)]);
        assert_eq!(search(&built, "chekcpoint hours"), [("/d".to_string(), false)], "two letters swapped");
        assert_eq!(search(&built, "luohuu"), [("/d".to_string(), false)], "extra letter, an extra term");
        let anual = search(&built, "anual");
        assert_eq!(anual.first(), Some(&("/f".to_string(), false)), "missing letter, a word of a title: {anual:?}");
        assert_eq!(search(&built, "hours"), [("/d".to_string(), true)]);
        assert!(search(&built, "zqxjv").is_empty());
    }

    #[test]
    fn near_words_take_the_fewest_edits_and_short_words_none() {
        let words = ["annual", "annul", "checkpoint", "manual", "report", "reports"];
        let v = Vocabulary { schema: 0, words: words.iter().map(|w| w.to_string()).collect() };
        assert_eq!(near_words("anual", &v), ["annual", "manual"], "annul is two edits away");
        assert_eq!(near_words("reprot", &v), ["report"], "two letters swapped: one edit");
        assert!(near_words("rpeotrs", &v).is_empty(), "two edits, seven letters: one allowed");
        assert_eq!(near_words("chekpiont", &v), ["checkpoint"], "two edits, nine letters: two allowed");
        assert!(near_words("rep", &v).is_empty(), "three letters: too short to guess");
        assert_eq!(near_words("report", &v), ["reports"], "the word itself is left out");
        assert_eq!(max_edits("checkpoint"), 2);
        assert!(near_words("", &Vocabulary::default()).is_empty());
    }

    #[test]
    fn the_vocabulary_holds_title_words_and_extra_terms_only() {
        let mut d = doc("/x", "2020-01-01", "Checkpoint Hours 2024 of 罗湖", "bodyword");
        d.extra.push("Luohu".into());
        let v = vocabulary(&[d]);
        assert_eq!(v.words, ["checkpoint", "hours", "luohu"]);
    }

    #[test]
    fn readings_group_characters_by_syllable() {
        let r = Readings::new([('湖', "hu".to_string()), ('胡', "hu".to_string()), ('罗', "luo".to_string()), ('x', "x".to_string()), ('湖', "hu".to_string())]);
        assert_eq!(r.syllables.get("hu").map(String::as_str), Some("湖胡"));
        assert_eq!(r.map().get(&'罗'), Some(&"luo"));
        assert_eq!(r.map().len(), 3, "not a Han character: left out");
        assert_eq!(blurred("guang"), "guan");
        assert_eq!(blurred("zhong"), "zon");
        assert_eq!(blurred("shi"), "si");
        assert_eq!(blurred("hu"), "hu");
        assert_eq!(pinyin_term("tong", "guang"), pinyin_term("tong", "guan"), "通光 sounds like 通关");
    }

    #[test]
    fn pairs_that_sound_like_the_query_are_marked() {
        let readings = readings();
        let map = readings.map();
        let query = parse_query("罗胡口岸", &HashMap::new());
        assert_eq!(sound_marks(&query, &map, "关于罗湖口岸，罗湖"), ["罗湖", "湖口", "口岸"]);
        assert!(sound_marks(&query, &map, "皇岗").is_empty());
        assert!(sound_marks(&parse_query("chekpoint", &HashMap::new()), &map, "罗湖").is_empty());
    }

    #[test]
    fn a_widened_query_without_alternatives_adds_nothing() {
        let query = parse_query("口", &HashMap::new());
        let readings = readings();
        assert!(!widen(&query, Some(&readings.map()), None, &[]).adds_anything(), "a single character has no pair");
        let query = parse_query("罗湖 report", &HashMap::new());
        assert!(widen(&query, Some(&readings.map()), None, &[]).adds_anything());
        assert!(!widen(&query, None, None, &["report".into()]).adds_anything());
        assert!(evaluate(&Widened::default(), 3, |_| None).is_empty());
    }
}
