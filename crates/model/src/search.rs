//! Site search: the index the content tool writes (`content build`) and the query that the
//! search page (`src/pages/search.rs`) runs on it in the browser. Both sides use the same
//! tokenizer from this module, so a text is cut into the same terms when it is indexed and
//! when it is searched for. Why an index of our own and not Pagefind:
//! `docs/decisions/0014-site-search.md`.
//!
//! One index per language, under `content/search/<lang>/`:
//! - `index.json` ([`Manifest`]): how many documents and shards, each document's section
//!   and year (for the filters), and the character fold of the other script;
//! - `s<N>.json` ([`Shard`]): the postings of the terms whose [`shard_key`] hashes to N;
//! - `d<N>.json`: the [`Fragment`]s (address, title, section, date, text for the snippet) of
//!   documents `N * group ..`; the browser asks the server for those of the results shown
//!   (`GET /api/search/fragments`, which reads these files) and reads the files itself only
//!   when that fails.
//!
//! Terms: Chinese is written without spaces, so a run of Han characters is indexed as its
//! overlapping pairs (character bigrams): a query of two or more characters matches where
//! all its pairs occur, so 口岸 finds 罗湖口岸 and 年度报告 finds 政府信息公开工作年度报告,
//! whatever a word segmenter would have made of them. Titles also index single characters.
//! Other letters and digits are indexed as lower-case words and matched by prefix
//! (`report` finds `reports`). A query in Traditional characters on the Simplified index
//! (or the reverse) is first mapped through the index's fold, made at build time from the
//! bundle's own zh-CN and zh-HK texts. Documents may carry extra terms (the pinyin of a
//! checkpoint's name, `luohu`).
//!
//! Ranking: a term found in the title weighs [`TITLE_WEIGHT`] and more the shorter the
//! title, each occurrence in the text one (at most [`BODY_CAP`]); a document must match every term of the query; ties go to
//! the newer document (documents are numbered newest first).
//!
//! A query that finds few documents is widened by [`approx`]: homophones of its character
//! pairs (the pinyin of every title's pairs is indexed too) and near spellings of its words.

pub mod approx;

use crate::{Date, Lang};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Weight of a term in a document's title.
pub const TITLE_WEIGHT: u32 = 16;
/// The most that occurrences in a document's text add for one term.
pub const BODY_CAP: u32 = 8;
/// Results per page.
pub const PAGE_SIZE: usize = 10;
/// Characters of a document's text kept for its snippet.
pub const FRAGMENT_CHARS: usize = 1200;

/// The folder of a language's index, under `content/`.
pub fn dir(lang: Lang) -> String {
    format!("search/{}", lang.tag().to_ascii_lowercase())
}

pub fn manifest_file(lang: Lang) -> String {
    format!("{}/index.json", dir(lang))
}

pub fn shard_file(lang: Lang, shard: u32) -> String {
    format!("{}/s{shard}.json", dir(lang))
}

pub fn group_file(lang: Lang, group: u32) -> String {
    format!("{}/d{group}.json", dir(lang))
}

/// `index.json` of a language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub schema: u64,
    /// Documents, numbered `0..docs`, newest first.
    pub docs: u32,
    pub shards: u32,
    /// Fragments per `d<N>.json`.
    pub group: u32,
    /// The section keys in use: a news-like section's id from `site.json`, or one of
    /// [`SECTIONS`].
    pub sections: Vec<String>,
    /// Per document, its index in `sections`: written as one character a document
    /// ([`letters`]), so that the browser reads 20,000 documents as one string.
    #[serde(with = "letters")]
    pub section_of: Vec<u16>,
    /// Per document, its year, or 0 for an undated one (a checkpoint, a page): written as
    /// runs ([`runs`]), since documents are numbered newest first (undated last).
    #[serde(with = "runs")]
    pub year_of: Vec<u16>,
    /// Pairs of characters: the first, in a query, is read as the second (`關关`).
    pub fold: String,
}

/// Small numbers as one character each (`'0'` is 0) in a JSON string: a list of 20,000
/// numbers costs the browser's JSON parser some milliseconds on the first search of a
/// language, one string of the same length almost nothing.
mod letters {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    const ZERO: u32 = '0' as u32;

    pub fn serialize<S: Serializer>(values: &[u16], s: S) -> Result<S::Ok, S::Error> {
        let text: Option<String> = values.iter().map(|&v| char::from_u32(ZERO + v as u32)).collect();
        s.serialize_str(&text.ok_or_else(|| serde::ser::Error::custom("a number too large for one character"))?)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u16>, D::Error> {
        let text = String::deserialize(d)?;
        text.chars()
            .map(|c| (c as u32).checked_sub(ZERO).and_then(|v| u16::try_from(v).ok()).ok_or_else(|| D::Error::custom(format!("{c:?} is not a number here"))))
            .collect()
    }
}

/// A list of numbers as runs `[value, count, value, count, ...]`.
mod runs {
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(values: &[u16], s: S) -> Result<S::Ok, S::Error> {
        let mut out: Vec<u32> = Vec::new();
        for &v in values {
            match out.len() {
                n if n >= 2 && out[n - 2] == v as u32 => out[n - 1] += 1,
                _ => out.extend([v as u32, 1]),
            }
        }
        s.collect_seq(out)
    }

    /// Runs longer than this are refused, so that a broken file cannot ask for gigabytes.
    const MAX_DOCS: usize = 10_000_000;

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u16>, D::Error> {
        let pairs = Vec::<u32>::deserialize(d)?;
        if pairs.len() % 2 != 0 {
            return Err(D::Error::custom("runs come as value and count pairs"));
        }
        let mut out = Vec::new();
        for pair in pairs.chunks_exact(2) {
            let value = u16::try_from(pair[0]).map_err(|_| D::Error::custom("a value over 65535"))?;
            if out.len() + pair[1] as usize > MAX_DOCS {
                return Err(D::Error::custom("too many documents"));
            }
            out.extend(std::iter::repeat_n(value, pair[1] as usize));
        }
        Ok(out)
    }
}

/// The sections of documents that are not news-like items.
pub const SECTIONS: &[&str] = &["catalogue", "reports", "interviews", "knowledge", "checkpoints", "pages"];

/// `s<N>.json`: each term with its [`Postings`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Shard {
    pub schema: u64,
    pub terms: BTreeMap<String, Postings>,
}

/// A term's postings: `"id delta,weight,id delta,weight,..."` in increasing document order
/// (the first delta is the id itself), kept as the one string the file has and read only
/// for the terms a query asks for. A shard of a large site holds thousands of terms and
/// some 100 KB of numbers; the browser reads strings far faster than numbers (a list of
/// numbers cost up to 7 ms a shard, `docs/decisions/0014-site-search.md`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Postings(String);

impl Postings {
    /// The postings of `(id, weight)` pairs in increasing id order.
    pub fn new(pairs: &[(u32, u32)]) -> Postings {
        use std::fmt::Write;
        let mut text = String::with_capacity(pairs.len() * 6);
        let mut last = 0;
        for (i, &(id, weight)) in pairs.iter().enumerate() {
            if i > 0 {
                text.push(',');
            }
            let delta = if i == 0 { id } else { id - last };
            let _ = write!(text, "{delta},{weight}");
            last = id;
        }
        Postings(text)
    }

    /// The `(id, weight)` pairs. A file spoilt past some point gives the pairs before it.
    pub fn pairs(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        let mut numbers = self.0.split(',').filter(|s| !s.is_empty()).map(|n| n.parse::<u32>().ok());
        let mut id: Option<u32> = None;
        std::iter::from_fn(move || {
            let (delta, weight) = (numbers.next()??, numbers.next()??);
            let next = match id {
                None => delta,
                Some(last) => last.checked_add(delta)?,
            };
            id = Some(next);
            Some((next, weight))
        })
    }
}

/// `d<N>.json`: the fragments of documents `N * group ..`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub schema: u64,
    pub fragments: Vec<Fragment>,
}

/// What a result shows of a document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fragment {
    /// Language-neutral address (`/news/20240315-01`, `/knowledge/vehicles#q-permit`).
    pub path: String,
    pub title: String,
    pub section: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The start of its text, for the snippet.
    pub text: String,
}

/// A document to index, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    pub path: String,
    pub section: String,
    pub date: Option<Date>,
    pub title: String,
    pub text: String,
    /// Further terms, matched like words (pinyin).
    pub extra: Vec<String>,
}

/// Han characters (CJK unified ideographs and their extensions and compatibility forms).
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// Full-width ASCII as ASCII, lower case.
fn normalize(c: char) -> char {
    let c = match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    c.to_lowercase().next().unwrap_or(c)
}

/// A piece of text between separators: a run of Han characters or a word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Run {
    Han(Vec<char>),
    Word(String),
}

/// Cuts a text into runs of Han characters and words of other letters and digits, after
/// `fold` and [`normalize`].
pub fn runs(text: &str, fold: &HashMap<char, char>) -> Vec<Run> {
    let mut out = Vec::new();
    let mut han: Vec<char> = Vec::new();
    let mut word = String::new();
    let flush = |han: &mut Vec<char>, word: &mut String, out: &mut Vec<Run>| {
        if !han.is_empty() {
            out.push(Run::Han(std::mem::take(han)));
        }
        if !word.is_empty() {
            out.push(Run::Word(std::mem::take(word)));
        }
    };
    for c in text.chars() {
        let c = normalize(*fold.get(&c).unwrap_or(&c));
        if is_han(c) {
            if !word.is_empty() {
                flush(&mut han, &mut word, &mut out);
            }
            han.push(c);
        } else if c.is_alphanumeric() {
            if !han.is_empty() {
                flush(&mut han, &mut word, &mut out);
            }
            word.push(c);
        } else {
            flush(&mut han, &mut word, &mut out);
        }
    }
    flush(&mut han, &mut word, &mut out);
    out
}

/// The terms a text is indexed under: Han pairs (and, for a title, single characters),
/// words.
pub fn index_terms(text: &str, title: bool) -> Vec<String> {
    let mut out = Vec::new();
    for run in runs(text, &HashMap::new()) {
        match run {
            Run::Han(chars) => {
                if title || chars.len() == 1 {
                    out.extend(chars.iter().map(|c| c.to_string()));
                }
                out.extend(chars.windows(2).map(|w| w.iter().collect::<String>()));
            }
            Run::Word(w) => out.push(w),
        }
    }
    out
}

/// One term of a query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryTerm {
    pub text: String,
    /// Matches any indexed word it begins (words of two letters or more).
    pub prefix: bool,
}

/// A query as terms, and the strings to mark in snippets (its Han runs and words).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Query {
    pub terms: Vec<QueryTerm>,
    pub marks: Vec<String>,
}

/// The most terms a query is cut into; the rest of a very long query is ignored.
pub const MAX_TERMS: usize = 24;

/// Reads a query: a Han run of one character is that character, a longer one its pairs;
/// a word a prefix term.
pub fn parse_query(q: &str, fold: &HashMap<char, char>) -> Query {
    let mut query = Query::default();
    for run in runs(q, fold) {
        match run {
            Run::Han(chars) => {
                if chars.len() == 1 {
                    query.terms.push(QueryTerm { text: chars[0].to_string(), prefix: false });
                } else {
                    for w in chars.windows(2) {
                        query.terms.push(QueryTerm { text: w.iter().collect(), prefix: false });
                    }
                }
                query.marks.push(chars.iter().collect());
            }
            Run::Word(w) => {
                query.terms.push(QueryTerm { prefix: w.chars().count() >= 2, text: w.clone() });
                query.marks.push(w);
            }
        }
    }
    query.terms.dedup();
    let mut seen = std::collections::HashSet::new();
    query.terms.retain(|t| seen.insert(t.text.clone()));
    query.terms.truncate(MAX_TERMS);
    query
}

/// The part of a term that decides its shard: a word's first two characters (so that all
/// words a prefix can match are in one shard), a Han term and a pinyin term
/// ([`approx::pinyin_term`], never matched by prefix) whole.
pub fn shard_key(term: &str) -> &str {
    match term.chars().next() {
        Some(c) if is_han(c) || c == approx::PINYIN_MARK => term,
        _ => match term.char_indices().nth(2) {
            Some((i, _)) => &term[..i],
            None => term,
        },
    }
}

/// The shard of a term (FNV-1a of its key).
pub fn shard_of(term: &str, shards: u32) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for b in shard_key(term).bytes() {
        hash ^= b as u32;
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash % shards.max(1)
}

/// The fold of a manifest as a map.
pub fn fold_map(fold: &str) -> HashMap<char, char> {
    let chars: Vec<char> = fold.chars().collect();
    chars.chunks_exact(2).map(|p| (p[0], p[1])).collect()
}

/// The shards a query needs.
pub fn shards_for(query: &Query, shards: u32) -> Vec<u32> {
    let mut out: Vec<u32> = query.terms.iter().map(|t| shard_of(&t.text, shards)).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The documents matching every term, with their scores, best first, newest first on ties.
/// `shard` gives a loaded shard by number (a missing one matches nothing).
pub fn evaluate<'a>(query: &Query, shards: u32, shard: impl Fn(u32) -> Option<&'a Shard>) -> Vec<(u32, u32)> {
    if query.terms.is_empty() {
        return Vec::new();
    }
    let mut total: Option<HashMap<u32, u32>> = None;
    for term in &query.terms {
        let mut scores: HashMap<u32, u32> = HashMap::new();
        if let Some(s) = shard(shard_of(&term.text, shards)) {
            if term.prefix {
                for (word, list) in s.terms.range(term.text.clone()..).take_while(|(w, _)| w.starts_with(&term.text)) {
                    // A whole-word match counts fully, a longer word half.
                    let exact = word == &term.text;
                    for (id, weight) in list.pairs() {
                        let w = if exact { weight } else { weight.div_ceil(2) };
                        let e = scores.entry(id).or_default();
                        *e = (*e).max(w);
                    }
                }
            } else if let Some(list) = s.terms.get(&term.text) {
                scores.extend(list.pairs());
            }
        }
        total = Some(match total {
            None => scores,
            Some(prev) => prev.into_iter().filter_map(|(id, s)| scores.get(&id).map(|t| (id, s + t))).collect(),
        });
        if total.as_ref().is_some_and(HashMap::is_empty) {
            break;
        }
    }
    let mut hits: Vec<(u32, u32)> = total.unwrap_or_default().into_iter().collect();
    hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    hits
}

/// A filter of results: section key and year, `None` for all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub section: Option<String>,
    pub year: Option<u16>,
}

/// How many results each section and each year has (for the filters' counts), from all
/// hits of the query: sections in the manifest's order, years newest first.
pub fn facets(manifest: &Manifest, hits: &[(u32, u32)]) -> (Vec<(String, usize)>, Vec<(u16, usize)>) {
    let mut sections = vec![0usize; manifest.sections.len()];
    let mut years: BTreeMap<u16, usize> = BTreeMap::new();
    for &(id, _) in hits {
        if let Some(&s) = manifest.section_of.get(id as usize) {
            if let Some(n) = sections.get_mut(s as usize) {
                *n += 1;
            }
        }
        match manifest.year_of.get(id as usize) {
            Some(&y) if y > 0 => *years.entry(y).or_default() += 1,
            _ => {}
        }
    }
    let sections = manifest.sections.iter().cloned().zip(sections).filter(|(_, n)| *n > 0).collect();
    (sections, years.into_iter().rev().collect())
}

/// The hits that pass a filter.
pub fn filter(manifest: &Manifest, hits: Vec<(u32, u32)>, filter: &Filter) -> Vec<(u32, u32)> {
    let section = filter.section.as_ref().map(|s| manifest.sections.iter().position(|k| k == s));
    hits.into_iter()
        .filter(|&(id, _)| match section {
            None => true,
            Some(None) => false,
            Some(Some(s)) => manifest.section_of.get(id as usize).is_some_and(|&d| d as usize == s),
        })
        .filter(|&(id, _)| filter.year.is_none_or(|y| manifest.year_of.get(id as usize) == Some(&y)))
        .collect()
}

/// A snippet: pieces of text, each marked or not, around the first place a mark occurs
/// (the start of the text if none does), at most `chars` characters.
pub fn snippet(text: &str, marks: &[String], chars: usize) -> Vec<(String, bool)> {
    let text: Vec<char> = text.chars().collect();
    let lower: Vec<char> = text.iter().map(|&c| normalize(c)).collect();
    let marks: Vec<Vec<char>> = marks.iter().filter(|m| !m.is_empty()).map(|m| m.chars().collect()).collect();
    let at = |i: usize| marks.iter().find(|m| lower[i..].starts_with(m)).map(Vec::len);
    let first = (0..lower.len()).find(|&i| at(i).is_some());
    let start = first.map(|i| i.saturating_sub((chars / 4).min(40))).unwrap_or(0);
    let end = start.saturating_add(chars).min(text.len());
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut i = start;
    let push = |out: &mut Vec<(String, bool)>, s: String, marked: bool| match out.last_mut() {
        Some(last) if last.1 == marked => last.0.push_str(&s),
        _ => out.push((s, marked)),
    };
    if start > 0 {
        push(&mut out, "…".into(), false);
    }
    while i < end {
        match at(i) {
            Some(len) => {
                let stop = (i + len).min(end);
                push(&mut out, text[i..stop].iter().collect(), true);
                i = stop;
            }
            None => {
                push(&mut out, text[i].to_string(), false);
                i += 1;
            }
        }
    }
    if end < text.len() {
        push(&mut out, "…".into(), false);
    }
    out
}

/// A built index, ready to be written.
pub struct Built {
    pub manifest: Manifest,
    pub shards: Vec<Shard>,
    pub groups: Vec<Group>,
}

/// Indexes documents: numbers them newest first, collects their terms' weights, and sizes
/// the shards so that each holds about `shard_bytes` of postings.
pub fn build(mut docs: Vec<Doc>, fold: String, group: u32, shard_bytes: usize) -> Built {
    docs.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.path.cmp(&b.path)));
    let mut sections: Vec<String> = Vec::new();
    let mut section_of = Vec::new();
    let mut year_of = Vec::new();
    let mut weights: BTreeMap<String, Vec<(u32, u32)>> = BTreeMap::new();
    for (id, doc) in docs.iter().enumerate() {
        let id = id as u32;
        let s = sections.iter().position(|k| k == &doc.section).unwrap_or_else(|| {
            sections.push(doc.section.clone());
            sections.len() - 1
        });
        section_of.push(s as u16);
        year_of.push(doc.date.map(|d| d.year as u16).unwrap_or(0));
        let mut title: HashMap<String, u32> = HashMap::new();
        let title_terms = index_terms(&doc.title, true);
        // A short title (a checkpoint's name) says more of what its document is about than
        // a long one that mentions the same words.
        let short = TITLE_WEIGHT * 4 / (title_terms.len() as u32).max(1);
        for term in title_terms.into_iter().chain(doc.extra.iter().map(|e| e.to_lowercase())) {
            title.insert(term, TITLE_WEIGHT + short);
        }
        let mut here: HashMap<String, u32> = HashMap::new();
        for term in index_terms(&doc.text, false) {
            let e = here.entry(term).or_default();
            *e = (*e + 1).min(BODY_CAP);
        }
        for (term, weight) in title {
            *here.entry(term).or_default() += weight;
        }
        for (term, weight) in here {
            weights.entry(term).or_default().push((id, weight));
        }
    }
    // Postings bytes as JSON, roughly: the term and four characters per number pair.
    let bytes: usize = weights.iter().map(|(t, l)| t.len() + 6 + l.len() * 8).sum();
    let shards = (bytes / shard_bytes.max(1) + 1) as u32;
    let mut out = vec![Shard { schema: crate::SCHEMA_VERSION, ..Shard::default() }; shards as usize];
    for (term, list) in weights {
        out[shard_of(&term, shards) as usize].terms.insert(term, Postings::new(&list));
    }
    let groups = docs
        .chunks(group.max(1) as usize)
        .map(|chunk| Group {
            schema: crate::SCHEMA_VERSION,
            fragments: chunk
                .iter()
                .map(|d| Fragment {
                    path: d.path.clone(),
                    title: d.title.clone(),
                    section: d.section.clone(),
                    date: d.date,
                    text: d.text.chars().take(FRAGMENT_CHARS).collect(),
                })
                .collect(),
        })
        .collect();
    Built {
        manifest: Manifest {
            schema: crate::SCHEMA_VERSION,
            docs: docs.len() as u32,
            shards,
            group: group.max(1),
            sections,
            section_of,
            year_of,
            fold,
        },
        shards: out,
        groups,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(path: &str, date: &str, title: &str, text: &str) -> Doc {
        Doc {
            path: path.into(),
            section: "news".into(),
            date: Some(Date::parse(date).unwrap()),
            title: title.into(),
            text: text.into(),
            extra: Vec::new(),
        }
    }

    fn search(built: &Built, q: &str) -> Vec<String> {
        let query = parse_query(q, &fold_map(&built.manifest.fold));
        let paths: Vec<&Fragment> = built.groups.iter().flat_map(|g| &g.fragments).collect();
        evaluate(&query, built.manifest.shards, |n| built.shards.get(n as usize))
            .into_iter()
            .map(|(id, _)| paths[id as usize].path.clone())
            .collect()
    }

    fn corpus() -> Built {
        build(
            vec![
                doc("/a", "2024-01-02", "罗湖口岸春节延长通关时间", "罗湖口岸旅检大楼春节期间延长开放。"),
                doc("/b", "2025-03-04", "2024年政府信息公开工作年度报告", "本报告依据条例编制。Annual report."),
                doc("/c", "2023-05-06", "关于皇岗口岸的通知", "皇岗口岸货检场地调整，另见罗湖。"),
                doc("/d", "2026-01-01", "Checkpoint hours", "Reports of opening hours at Luohu."),
            ],
            "關关羅罗".into(),
            2,
            64,
        )
    }

    #[test]
    fn the_manifest_writes_sections_as_letters_and_years_as_runs() {
        let mut built = corpus();
        built.manifest.section_of = vec![0, 1, 1, 12];
        built.manifest.year_of = vec![2026, 2025, 2025, 0];
        let json = serde_json::to_value(&built.manifest).unwrap();
        assert_eq!(json["section_of"], "011<");
        assert_eq!(json["year_of"], serde_json::json!([2026, 1, 2025, 2, 0, 1]));
        let back: Manifest = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(back, built.manifest);
        let mut broken = json;
        broken["year_of"] = serde_json::json!([2026, 1, 2025]);
        assert!(serde_json::from_value::<Manifest>(broken.clone()).is_err(), "an odd run list");
        broken["year_of"] = serde_json::json!([70000, 1]);
        assert!(serde_json::from_value::<Manifest>(broken.clone()).is_err(), "a year over u16");
        broken["year_of"] = serde_json::json!([2026, 4_000_000_000u32]);
        assert!(serde_json::from_value::<Manifest>(broken.clone()).is_err(), "a run too long");
        broken["year_of"] = serde_json::json!([2026, 1]);
        broken["section_of"] = serde_json::json!(" ");
        assert!(serde_json::from_value::<Manifest>(broken).is_err(), "a character below '0'");
    }

    #[test]
    fn a_two_character_fragment_inside_a_longer_word_is_found() {
        let built = corpus();
        assert_eq!(search(&built, "口岸"), ["/c", "/a"], "both titles: the shorter first");
        assert_eq!(search(&built, "通关"), ["/a"]);
        assert_eq!(search(&built, "年度报告"), ["/b"]);
    }

    #[test]
    fn title_matches_rank_above_text_matches_and_newer_above_older_on_ties() {
        let built = corpus();
        // 罗湖 is in the title of /a and only in the text of /c.
        assert_eq!(search(&built, "罗湖"), ["/a", "/c"]);
        let tie = build(vec![doc("/old", "2020-01-01", "口岸", ""), doc("/new", "2021-01-01", "口岸", "")], String::new(), 8, 1000);
        assert_eq!(search(&tie, "口岸"), ["/new", "/old"]);
    }

    #[test]
    fn traditional_queries_are_folded_to_the_index_script() {
        let built = corpus();
        assert_eq!(search(&built, "羅湖"), ["/a", "/c"]);
        assert_eq!(search(&built, "關於"), Vec::<String>::new(), "於 is not in the fold: nothing");
        assert_eq!(search(&built, "關"), ["/c", "/a"], "a single character matches titles");
    }

    #[test]
    fn words_match_by_prefix_and_case_insensitively() {
        let built = corpus();
        assert_eq!(search(&built, "REPORT"), ["/d", "/b"], "text matches both: a tie, newer first");
        assert_eq!(search(&built, "checkpoint hour"), ["/d"]);
        assert_eq!(search(&built, "Ｌｕｏｈｕ"), ["/d"], "full-width letters");
        assert_eq!(search(&built, "2024 年度报告"), ["/b"], "mixed");
        assert!(search(&built, "x").is_empty());
    }

    #[test]
    fn every_term_must_match() {
        let built = corpus();
        assert_eq!(search(&built, "罗湖 年度"), Vec::<String>::new());
        assert!(search(&built, "  ，。").is_empty());
    }

    #[test]
    fn extra_terms_are_searchable_words() {
        let mut d = doc("/luohu", "2020-01-01", "罗湖口岸", "");
        d.extra = vec!["luohu".into(), "Luohu Kouan".into()];
        let built = build(vec![d], String::new(), 8, 1000);
        assert_eq!(search(&built, "luohu"), ["/luohu"]);
        assert_eq!(search(&built, "luo"), ["/luohu"]);
    }

    #[test]
    fn postings_are_one_string_read_back_as_pairs() {
        let pairs = [(3, 16), (4, 1), (90, 8)];
        let postings = Postings::new(&pairs);
        assert_eq!(serde_json::to_string(&postings).unwrap(), r#""3,16,1,1,86,8""#);
        let read: Postings = serde_json::from_str(r#""3,16,1,1,86,8""#).unwrap();
        assert_eq!(read.pairs().collect::<Vec<_>>(), pairs);
        assert_eq!(Postings::new(&[]).pairs().count(), 0);
        // A spoilt string gives the pairs before the fault, and never overflows.
        for (text, count) in [("3,16,x,1", 1), ("3,16,1", 1), ("3,-1", 0), ("4294967295,1,1,1", 1), ("", 0), (",,", 0)] {
            let spoilt: Postings = serde_json::from_str(&format!("{text:?}")).unwrap();
            assert_eq!(spoilt.pairs().count(), count, "{text}");
        }
        assert!(serde_json::from_str::<Postings>("[3,16]").is_err(), "the list form of earlier builds is refused");
    }

    #[test]
    fn shards_are_sized_and_a_prefix_shares_a_shard() {
        let built = corpus();
        assert!(built.manifest.shards > 1, "{} shards", built.manifest.shards);
        assert_eq!(shard_of("report", 97), shard_of("reports", 97));
        assert_eq!(shard_of("re", 97), shard_of("reports", 97));
        assert_eq!(shard_key("~luo'hu"), "~luo'hu", "pinyin terms spread over the shards, not by their first letters");
        for (n, shard) in built.shards.iter().enumerate() {
            for term in shard.terms.keys() {
                assert_eq!(shard_of(term, built.manifest.shards) as usize, n);
            }
        }
    }

    #[test]
    fn filters_and_facets() {
        let mut built = corpus();
        built.manifest.sections = vec!["news".into(), "reports".into()];
        built.manifest.section_of = vec![0, 1, 0, 0];
        let hits = vec![(0, 5), (1, 4), (3, 1)];
        let (sections, years) = facets(&built.manifest, &hits);
        assert_eq!(sections, [("news".to_string(), 2), ("reports".to_string(), 1)]);
        assert_eq!(years, [(2026, 1), (2025, 1), (2023, 1)]);
        let only = filter(&built.manifest, hits.clone(), &Filter { section: Some("reports".into()), year: None });
        assert_eq!(only, [(1, 4)]);
        let year = filter(&built.manifest, hits.clone(), &Filter { section: None, year: Some(2023) });
        assert_eq!(year, [(3, 1)]);
        let unknown = filter(&built.manifest, hits, &Filter { section: Some("nope".into()), year: None });
        assert!(unknown.is_empty());
    }

    #[test]
    fn snippets_mark_every_match_and_cut_around_the_first() {
        let s = snippet("前言。罗湖口岸延长通关，罗湖口岸。", &["罗湖".into()], 100);
        assert_eq!(
            s,
            [
                ("前言。".to_string(), false),
                ("罗湖".to_string(), true),
                ("口岸延长通关，".to_string(), false),
                ("罗湖".to_string(), true),
                ("口岸。".to_string(), false)
            ]
        );
        let long = format!("{}罗湖{}", "甲".repeat(100), "乙".repeat(100));
        let cut = snippet(&long, &["罗湖".into()], 40);
        assert_eq!(cut.first().unwrap().0.chars().next(), Some('…'));
        assert!(cut.iter().any(|(t, m)| *m && t == "罗湖"));
        let none = snippet("Opening Hours", &["hours".into()], 100);
        assert_eq!(none, [("Opening ".to_string(), false), ("Hours".to_string(), true)]);
    }
}
