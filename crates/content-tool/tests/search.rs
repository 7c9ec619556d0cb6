//! The search index of the demo bundle, built as `content build` builds it (with the zh-HK
//! conversion), read back from disk and queried as the search page queries it.

use content_tool::build;
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
