//! The search index of the demo bundle, built as `content build` builds it (with the zh-HK
//! conversion), read back from disk and queried as the search page queries it.

use content_tool::build;
use portal_model::search::approx::{self, Readings, Vocabulary};
use portal_model::search::{self, Group, Manifest, Shard};
use portal_model::Lang;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/content");

fn built() -> &'static Path {
    static OUT: OnceLock<PathBuf> = OnceLock::new();
    OUT.get_or_init(|| {
        let out = std::env::temp_dir().join(format!("content-search-{}", std::process::id()));
        // The built site has the bundle's images and files beside it (Trunk copies public/).
        std::fs::create_dir_all(&out).unwrap();
        for dir in ["images", "files"] {
            let status = std::process::Command::new("cp").arg("-r").arg(Path::new(DEMO).join("..").join(dir)).arg(&out).status();
            assert!(status.unwrap().success());
        }
        build::build(Path::new(DEMO), &out).unwrap();
        out
    })
}

fn read<T: serde::de::DeserializeOwned>(file: &str) -> T {
    let path = built().join("content").join(file);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))).unwrap()
}

/// The paths of the results of `q` in `lang`, best first.
fn search(lang: Lang, q: &str) -> Vec<String> {
    let manifest: Manifest = read(&search::manifest_file(lang));
    let query = search::parse_query(q, &search::fold_map(&manifest.fold));
    let shards: Vec<Option<Shard>> = (0..manifest.shards)
        .map(|n| search::shards_for(&query, manifest.shards).contains(&n).then(|| read(&search::shard_file(lang, n))))
        .collect();
    let hits = search::evaluate(&query, manifest.shards, |n| shards[n as usize].as_ref());
    hits.into_iter()
        .map(|(id, _)| {
            let group: Group = read(&search::group_file(lang, id / manifest.group));
            group.fragments[(id % manifest.group) as usize].path.clone()
        })
        .collect()
}

/// The paths of the results of `q` in `lang` as the search page gives them: widened
/// (`src/search_fuzzy.rs`) when the exact query finds few; each with whether it matched
/// exactly.
fn search_widened(lang: Lang, q: &str) -> Vec<(String, bool)> {
    let manifest: Manifest = read(&search::manifest_file(lang));
    let query = search::parse_query(q, &search::fold_map(&manifest.fold));
    let shards: Vec<Shard> = (0..manifest.shards).map(|n| read(&search::shard_file(lang, n))).collect();
    let shard = |n: u32| shards.get(n as usize);
    let exact = search::evaluate(&query, manifest.shards, shard);
    let path = |id: u32| {
        let group: Group = read(&search::group_file(lang, id / manifest.group));
        group.fragments[(id % manifest.group) as usize].path.clone()
    };
    if exact.len() >= approx::WIDEN_BELOW {
        return exact.into_iter().map(|(id, _)| (path(id), true)).collect();
    }
    let misspelt: Vec<String> =
        query.terms.iter().filter(|t| approx::may_be_misspelt(t) && !approx::has_postings(t, manifest.shards, shard)).map(|t| t.text.clone()).collect();
    let readings: Readings = read(&approx::readings_file());
    let vocabulary: Vocabulary = read(&approx::vocabulary_file(lang));
    let widened = approx::widen(&query, Some(&readings.map()), Some(&vocabulary), &misspelt);
    approx::evaluate(&widened, manifest.shards, shard).into_iter().map(|h| (path(h.id), h.exact)).collect()
}

#[test]
fn homophones_find_the_page_below_exact_matches() {
    let luohu = search_widened(Lang::ZhCn, "罗胡");
    assert_eq!(luohu.first(), Some(&("/checkpoints/luohu".to_string(), false)), "{luohu:?}");
    let hk = search_widened(Lang::ZhHk, "罗胡");
    assert_eq!(hk.first(), Some(&("/checkpoints/luohu".to_string(), false)), "Simplified on the zh-HK index: {hk:?}");
    let customs = search_widened(Lang::ZhCn, "通光");
    assert!(!customs.is_empty() && customs.iter().all(|(_, exact)| !exact), "{customs:?}");
    let reports = search_widened(Lang::ZhCn, "年度报高");
    assert!(reports.iter().take(3).all(|(p, _)| p.starts_with("/disclosure/")), "{reports:?}");
    // Exact matches first: 皇岗 finds its own pages exactly.
    let exact = search_widened(Lang::ZhCn, "皇岗");
    assert!(exact.iter().all(|(_, e)| *e), "{exact:?}");
}

#[test]
fn misspelt_words_find_what_the_word_finds() {
    let first = |lang, q| search_widened(lang, q).first().map(|(p, _)| p.clone());
    assert_eq!(first(Lang::En, "chekpoint"), first(Lang::En, "checkpoint"));
    assert!(first(Lang::En, "chekpoint").is_some());
    assert_eq!(first(Lang::En, "anual report"), first(Lang::En, "annual report"));
    assert_eq!(first(Lang::ZhCn, "luohuu").as_deref(), Some("/checkpoints/luohu"));
    assert_eq!(first(Lang::ZhCn, "shenzenwan").as_deref(), Some("/checkpoints/shenzhen-bay"));
    assert!(search_widened(Lang::En, "zqxjv").is_empty());
}

#[test]
fn the_files_of_approximate_search() {
    let readings: Readings = read(&approx::readings_file());
    let map = readings.map();
    assert!(map.len() >= 6763, "{} characters", map.len());
    assert_eq!(map.get(&'胡'), Some(&"hu"));
    assert_eq!(map.get(&'羅'), Some(&"luo"));
    for lang in Lang::ALL {
        let vocabulary: Vocabulary = read(&approx::vocabulary_file(lang));
        assert!(vocabulary.words.iter().any(|w| w == "luohu"), "{lang:?}");
        assert!(vocabulary.words.windows(2).all(|w| w[0] < w[1]), "sorted, once each");
        let bytes = std::fs::metadata(built().join("content").join(approx::vocabulary_file(lang))).unwrap().len();
        assert!(bytes < 64 * 1024, "{lang:?}: {bytes} B");
    }
    let en: Vocabulary = read(&approx::vocabulary_file(Lang::En));
    assert!(en.words.iter().any(|w| w == "checkpoint"));
    // Title pairs are indexed by their sound, in a shard of their own term.
    let manifest: Manifest = read(&search::manifest_file(Lang::ZhCn));
    let term = approx::pinyin_term("luo", "hu");
    let shard: Shard = read(&search::shard_file(Lang::ZhCn, search::shard_of(&term, manifest.shards)));
    assert!(shard.terms.contains_key(&term));
}

#[test]
fn two_character_fragments_find_longer_words() {
    let hits = search(Lang::ZhCn, "口岸");
    assert!(hits.len() > 20, "{hits:?}");
    let luohu = search(Lang::ZhCn, "罗湖");
    assert_eq!(luohu.first().map(String::as_str), Some("/checkpoints/luohu"), "{luohu:?}");
    let reports = search(Lang::ZhCn, "年度报告");
    assert!(reports.iter().take(5).all(|p| p.starts_with("/disclosure/reports/")), "{reports:?}");
    assert!(!search(Lang::ZhCn, "通关").is_empty());
}

#[test]
fn either_script_finds_either_script() {
    // Traditional on the Simplified index, Simplified on the converted zh-HK index.
    assert_eq!(search(Lang::ZhCn, "羅湖").first(), search(Lang::ZhCn, "罗湖").first());
    assert_eq!(search(Lang::ZhHk, "罗湖").first(), search(Lang::ZhHk, "羅湖").first());
    assert!(!search(Lang::ZhHk, "关口").is_empty() || search(Lang::ZhHk, "關口").is_empty());
    assert_eq!(search(Lang::ZhHk, "年度报告"), search(Lang::ZhHk, "年度報告"));
    assert!(!search(Lang::ZhHk, "年度报告").is_empty());
}

#[test]
fn pinyin_and_english() {
    assert_eq!(search(Lang::ZhCn, "luohu").first().map(String::as_str), Some("/checkpoints/luohu"));
    assert_eq!(search(Lang::ZhCn, "shenzhenwan").first().map(String::as_str), Some("/checkpoints/shenzhen-bay"));
    assert_eq!(search(Lang::En, "Shenzhen Bay").first().map(String::as_str), Some("/checkpoints/shenzhen-bay"));
    let annual = search(Lang::En, "annual report");
    // The reports and the catalogue entries that publish them.
    assert!(annual.iter().take(10).all(|p| p.starts_with("/disclosure/")), "{annual:?}");
    assert!(annual.iter().any(|p| p.starts_with("/disclosure/reports/")), "{annual:?}");
}

#[test]
fn every_kind_of_content_is_indexed() {
    let manifest: Manifest = read(&search::manifest_file(Lang::ZhCn));
    for section in ["news", "notices", "catalogue", "reports", "interviews", "knowledge", "checkpoints", "pages"] {
        assert!(manifest.sections.iter().any(|s| s == section), "{section} missing from {:?}", manifest.sections);
    }
    assert_eq!(manifest.section_of.len(), manifest.docs as usize);
    assert_eq!(manifest.year_of.len(), manifest.docs as usize);
}
