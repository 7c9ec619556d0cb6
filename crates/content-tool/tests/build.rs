//! `content build`: derived files a list page and an item page need, a sitemap with every
//! route, a feed; and `generate` makes a bundle that checks clean.

use content_tool::{build, check::load_and_check, generate};
use portal_model::news::{ItemPage, ListPage};
use std::path::Path;

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/content");

#[test]
fn build_writes_lists_items_sitemap_and_feed() {
    let out = std::env::temp_dir().join(format!("content-build-{}", std::process::id()));
    let (bundle, problems) = load_and_check(Path::new(DEMO));
    assert!(problems.is_empty());
    build::write(&bundle, &out).unwrap();

    let first: ListPage =
        serde_json::from_str(&std::fs::read_to_string(out.join("content/derived/lists/news/all/all/1.json")).unwrap()).unwrap();
    assert_eq!(first.items.len(), portal_model::news::PAGE_SIZE);
    assert!(first.items.windows(2).all(|w| w[0].date >= w[1].date), "newest first");
    let total_news = bundle.items.iter().filter(|i| ["port-news", "statistics"].contains(&i.category.as_str())).count();
    assert_eq!(first.total, total_news);

    let item: ItemPage =
        serde_json::from_str(&std::fs::read_to_string(out.join("content/derived/items/20180612-01.json")).unwrap()).unwrap();
    assert_eq!(item.section, "news");
    assert!(item.newer.is_some() && item.older.is_some());

    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    for loc in ["https://ka.sz.gov.cn/</loc>", "https://ka.sz.gov.cn/en/about</loc>", "https://ka.sz.gov.cn/notices</loc>", "https://ka.sz.gov.cn/news/20180612-01</loc>"] {
        assert!(sitemap.contains(loc), "sitemap lacks {loc}");
    }
    let feed = std::fs::read_to_string(out.join("feed.xml")).unwrap();
    assert!(feed.starts_with("<?xml") && feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
    assert_eq!(feed.matches("<entry>").count(), build::FEED_LENGTH);
}

#[test]
fn a_generated_bundle_checks_clean() {
    let dir = std::env::temp_dir().join(format!("content-generate-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    generate::write(500, &dir).unwrap();
    let (bundle, problems) = load_and_check(&dir);
    assert_eq!(problems, vec![]);
    assert_eq!(bundle.items.len(), 500);
    // As many catalogue entries, some repealed or amended, and 30 years of reports with
    // their tables, some without a letters figure.
    use portal_model::disclosure::ValidityState;
    assert_eq!(bundle.entries.len(), 500);
    for state in ValidityState::ALL {
        assert!(bundle.entries.iter().filter(|e| e.validity.state == state).count() >= 40, "{state:?}");
    }
    let mut years: Vec<i32> = bundle.reports.iter().map(|r| r.year).collect();
    years.sort();
    assert_eq!(years, (1996..=2025).collect::<Vec<_>>());
    assert!(bundle.reports.iter().all(|r| r.tables.is_some() && r.sample));
    assert!(bundle.reports.iter().any(|r| r.key.letters.is_none()));
    assert!(bundle.reports.iter().any(|r| r.key.letters.is_some()));
}
