//! The published replies in site search (`GET /api/letters/search?q=`). The site's static
//! index (`content/search/`) cannot hold them: they are live data, published and withdrawn
//! by staff at any time. So the server searches them itself, with the site search's own
//! tokenizer, index and ranking (`portal_model::search`: the same terms, the same "every
//! term must match", title above text, newer first on ties), on the replies as the public
//! sees them: masked, so a search for a name or a phone number finds nothing it hides.
//! Why this design and its figures: `docs/decisions/0014-site-search.md`.
//!
//! The index of every published reply is built in memory when first asked for and kept
//! until the database changes (SQLite's `data_version`, which moves on any other
//! connection's commit: a letter received, answered, published or withdrawn, by the web or
//! the staff's command line). Letters are stored in the script they were written in; the
//! replies' texts and the query are both read through the fold of the zh-CN index
//! (Traditional to Simplified), so either script finds either.

use super::Service;
use portal_model::letter::{PublishedLetter, PublishedMatch, PUBLISHED_PAGE_SIZE, SEARCH_MATCHES};
use portal_model::search::{self as index, Doc};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// The section key of the replies among the search page's sections.
pub const SECTION: &str = "mailbox-replies";

/// The published replies as a search index.
pub struct RepliesIndex {
    /// The database's `data_version` the index was built at.
    version: i64,
    letters: Vec<PublishedLetter>,
    built: index::Built,
}

impl std::fmt::Debug for RepliesIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RepliesIndex(version {}, {} replies)", self.version, self.letters.len())
    }
}

/// The index kept between searches.
#[derive(Debug, Default)]
pub struct Cache(Mutex<Option<Arc<RepliesIndex>>>);

/// A text read through a fold.
fn folded(text: &str, fold: &HashMap<char, char>) -> String {
    text.chars().map(|c| *fold.get(&c).unwrap_or(&c)).collect()
}

impl RepliesIndex {
    /// Indexes replies given in the published list's order (newest answered first).
    pub fn build(version: i64, letters: Vec<PublishedLetter>, fold: &HashMap<char, char>) -> RepliesIndex {
        let docs = letters
            .iter()
            .enumerate()
            .map(|(i, l)| Doc {
                // The position in the list, zero-padded so that ties keep the list's order.
                path: format!("{i:010}"),
                section: SECTION.into(),
                date: Some(l.answered),
                title: folded(&l.title, fold),
                text: folded(&format!("{}\n{}", l.body, l.reply), fold),
                extra: Vec::new(),
            })
            .collect();
        // One shard (it stays in memory) and one group.
        let built = index::build(docs, String::new(), (letters.len() as u32).max(1), usize::MAX);
        RepliesIndex { version, letters, built }
    }

    /// The replies matching `q`, best first, at most [`SEARCH_MATCHES`], each with its page
    /// in the published list.
    pub fn search(&self, q: &str, fold: &HashMap<char, char>) -> Vec<PublishedMatch> {
        let query = index::parse_query(q, fold);
        let fragments: Vec<&index::Fragment> = self.built.groups.iter().flat_map(|g| &g.fragments).collect();
        index::evaluate(&query, self.built.manifest.shards, |n| self.built.shards.get(n as usize))
            .into_iter()
            .filter_map(|(id, _)| fragments.get(id as usize)?.path.parse::<usize>().ok())
            .filter_map(|i| Some(PublishedMatch { letter: self.letters.get(i)?.clone(), page: i / PUBLISHED_PAGE_SIZE + 1 }))
            .take(SEARCH_MATCHES)
            .collect()
    }
}

/// Searches the published replies of `service`, rebuilding the kept index if the database
/// changed since it was built. Blocking (run it on the blocking pool).
pub fn find(service: &Service, q: &str, fold: &HashMap<char, char>) -> rusqlite::Result<Vec<PublishedMatch>> {
    let version = service.store.data_version()?;
    let kept = service.replies.0.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let current = match kept {
        Some(kept) if kept.version == version => kept,
        _ => {
            let (version, letters) = service.store.published_all()?;
            let fresh = Arc::new(RepliesIndex::build(version, letters, fold));
            *service.replies.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(fresh.clone());
            fresh
        }
    };
    Ok(current.search(q, fold))
}

/// The fold of the zh-CN index in `dist` (`content/search/zh-cn/index.json`), or none if
/// it cannot be read (a site built without search).
pub fn load_fold(dist: &std::path::Path) -> HashMap<char, char> {
    std::fs::read(dist.join("content").join(index::manifest_file(portal_model::Lang::ZhCn)))
        .ok()
        .and_then(|bytes| serde_json::from_slice::<index::Manifest>(&bytes).ok())
        .map(|m| index::fold_map(&m.fold))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use portal_model::letter::{Category, Mailbox};
    use portal_model::Date;

    fn letter(number: &str, answered: &str, title: &str, body: &str, reply: &str) -> PublishedLetter {
        PublishedLetter {
            number: number.into(),
            mailbox: Mailbox::Director,
            category: Category::Enquiry,
            title: title.into(),
            body: body.into(),
            received: Date::parse("2026-01-01").unwrap(),
            answered: Date::parse(answered).unwrap(),
            reply: reply.into(),
        }
    }

    fn numbers(found: &[PublishedMatch]) -> Vec<&str> {
        found.iter().map(|m| m.letter.number.as_str()).collect()
    }

    #[test]
    fn replies_are_ranked_like_the_site_index_and_fold_traditional() {
        let fold: HashMap<char, char> = [('羅', '罗'), ('關', '关')].into_iter().collect();
        let letters = vec![
            letter("3", "2026-03-01", "请问通关时间", "罗湖口岸晚上几点关闭？", "每天 6:30 至 24:00。"),
            letter("2", "2026-02-01", "罗湖口岸停车", "停车场在哪里？", "在口岸东侧。"),
            letter("1", "2026-01-01", "羅湖口岸行李", "行李可以寄存吗", "可以。"),
        ];
        let index = RepliesIndex::build(1, letters, &fold);
        // Title matches (2 and the Traditional 1) above the text match (3).
        assert_eq!(numbers(&index.search("罗湖", &fold)), ["2", "1", "3"]);
        assert_eq!(numbers(&index.search("羅湖 停车", &fold)), ["2"]);
        assert_eq!(numbers(&index.search("24", &fold)), ["3"], "words and numbers of the reply");
        assert!(index.search("皇岗", &fold).is_empty());
        assert!(index.search("，。", &fold).is_empty());
    }

    #[test]
    fn each_match_says_its_page_and_at_most_twenty_are_given() {
        let letters: Vec<PublishedLetter> = (0..25).map(|i| letter(&format!("{i:02}"), "2026-01-01", "口岸", "", "")).collect();
        let found = RepliesIndex::build(1, letters, &HashMap::new()).search("口岸", &HashMap::new());
        assert_eq!(found.len(), SEARCH_MATCHES);
        assert_eq!((found[0].letter.number.as_str(), found[0].page), ("00", 1));
        assert_eq!((found[10].letter.number.as_str(), found[10].page), ("10", 2));
    }
}

/// Figures for the decision record: `cargo test --release -p portal-server replies_figures
/// -- --ignored --nocapture`.
#[cfg(test)]
mod figures {
    use super::*;
    use portal_model::letter::{Category, Mailbox};
    use portal_model::Date;
    use std::time::Instant;

    #[test]
    #[ignore]
    fn replies_figures() {
        let text = "请问罗湖口岸旅检通道晚上几点关闭？春节期间是否延长开放时间，车辆可以在哪里停放，行李可以寄存吗。";
        for n in [100usize, 1000, 5000] {
            let letters: Vec<PublishedLetter> = (0..n)
                .map(|i| PublishedLetter {
                    number: format!("2026{i:06}"),
                    mailbox: Mailbox::Director,
                    category: Category::Enquiry,
                    title: format!("关于口岸通关的咨询第{i}号"),
                    body: text.repeat(4),
                    received: Date::parse("2026-01-01").unwrap(),
                    answered: Date::parse("2026-01-02").unwrap(),
                    reply: format!("{}答复编号{i}", text.repeat(3)),
                })
                .collect();
            let start = Instant::now();
            let index = RepliesIndex::build(1, letters, &HashMap::new());
            let built = start.elapsed();
            let start = Instant::now();
            let runs = 100;
            for _ in 0..runs {
                assert_eq!(index.search("罗湖口岸 停放", &HashMap::new()).len(), SEARCH_MATCHES);
            }
            println!("{n} replies: build {:.1} ms, search {:.2} ms", built.as_secs_f64() * 1e3, start.elapsed().as_secs_f64() * 1e3 / runs as f64);
        }
    }
}
