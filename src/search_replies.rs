//! Published mailbox replies in site search. They are live data, so the static index cannot
//! hold them: the server asks its mailbox (`crates/server/src/mailbox/search.rs`, with the
//! index's own tokenizer and ranking) for the replies matching the query, and [`merge`]
//! puts them among the index's results as a section of their own ([`SECTION`], "来信答复"),
//! with its count among the section filters and its years among the year filters. In "all
//! sections" they come after the site's own results (the two rankings are not on one
//! scale, and the office's own pages are the authority); filtered by their section they are
//! the results. Where the mailbox is unavailable the page shows the index's results with a
//! short notice. Why this design: `docs/decisions/0014-site-search.md`.

use crate::search::Outcome;
use portal_model::search::{Filter, Fragment, PAGE_SIZE};
use portal_model::Date;
use std::collections::BTreeMap;

/// The replies' section key in the address (`section=mailbox-replies`) and the results.
pub const SECTION: &str = "mailbox-replies";

/// What a result shows of one of the mailbox's `PublishedMatch`es.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub number: String,
    pub title: String,
    pub body: String,
    pub reply: String,
    pub answered: Date,
    /// Its page on the published list.
    pub page: usize,
}

impl From<portal_model::letter::PublishedMatch> for Found {
    fn from(m: portal_model::letter::PublishedMatch) -> Found {
        let letter = m.letter;
        Found { number: letter.number, title: letter.title, body: letter.body, reply: letter.reply, answered: letter.answered, page: m.page }
    }
}

/// A reply as a search result: its title; a link to it on the published list, on the page
/// it is on and at its heading's anchor (there is no page per reply); its answer date; its
/// letter and reply as the snippet's text.
pub fn fragment(found: Found) -> Fragment {
    let page = if found.page > 1 { format!("?page={}", found.page) } else { String::new() };
    Fragment {
        path: format!("/mailbox/replies{page}#reply-{}", found.number),
        title: found.title,
        section: SECTION.into(),
        date: Some(found.answered),
        text: format!("{}\n{}", found.body, found.reply),
    }
}

/// The index's outcome for page `page` with the replies (best first) merged in: their count
/// among the sections and their years among the years (before the filters, like the
/// index's), and those passing `filter` after the index's results, paged with them.
pub fn merge(mut outcome: Outcome, replies: Vec<Fragment>, filter: &Filter, page: usize) -> Outcome {
    if replies.is_empty() {
        return outcome;
    }
    outcome.sections.push((SECTION.to_string(), replies.len()));
    let mut years: BTreeMap<u16, usize> = outcome.years.iter().copied().collect();
    for reply in &replies {
        if let Some(date) = reply.date {
            *years.entry(date.year as u16).or_default() += 1;
        }
    }
    outcome.years = years.into_iter().rev().collect();
    let in_section = filter.section.as_deref().is_none_or(|s| s == SECTION);
    let shown: Vec<Fragment> = replies
        .into_iter()
        .filter(|r| in_section && filter.year.is_none_or(|y| r.date.is_some_and(|d| d.year as u16 == y)))
        .collect();
    if shown.is_empty() {
        return outcome;
    }
    let from_index = outcome.total;
    let total = from_index + shown.len();
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let start = (page - 1) * PAGE_SIZE;
    // The index's results of this page, if it has any here (the index clamps a page past
    // its last to its last: those are not this page's).
    let mut results = if outcome.page == page && start < from_index { outcome.results } else { Vec::new() };
    let room = PAGE_SIZE - results.len().min(PAGE_SIZE);
    results.extend(shown.into_iter().skip(start.saturating_sub(from_index)).take(room));
    Outcome { total, page, pages, results, ..outcome }
}

#[cfg(test)]
mod tests {
    use super::*;
    use portal_model::Date;

    fn result(path: &str, date: &str) -> Fragment {
        Fragment { path: path.into(), title: path.into(), section: "news".into(), date: Some(Date::parse(date).unwrap()), text: String::new() }
    }

    fn reply(n: usize, date: &str) -> Fragment {
        Fragment { section: SECTION.into(), ..result(&format!("/mailbox/replies#reply-{n}"), date) }
    }

    /// The index's outcome of a query with `total` results (of 2024), page `page`.
    fn index(total: usize, page: usize) -> Outcome {
        let pages = total.div_ceil(PAGE_SIZE).max(1);
        let page = page.clamp(1, pages);
        let results = ((page - 1) * PAGE_SIZE..total.min(page * PAGE_SIZE)).map(|i| result(&format!("/news/{i}"), "2024-01-01")).collect();
        Outcome {
            total,
            page,
            pages,
            sections: if total > 0 { vec![("news".into(), total)] } else { Vec::new() },
            years: if total > 0 { vec![(2024, total)] } else { Vec::new() },
            results,
            marks: Vec::new(),
            approximate: false,
            millis: 0.0,
        }
    }

    fn paths(o: &Outcome) -> Vec<&str> {
        o.results.iter().map(|r| r.path.as_str()).collect()
    }

    #[test]
    fn replies_come_after_the_index_results_and_page_with_them() {
        let replies: Vec<Fragment> = (0..3).map(|n| reply(n, "2026-02-01")).collect();
        let all = Filter::default();
        let first = merge(index(12, 1), replies.clone(), &all, 1);
        assert_eq!((first.total, first.page, first.pages, first.results.len()), (15, 1, 2, 10));
        assert_eq!(first.sections, [("news".to_string(), 12), (SECTION.to_string(), 3)]);
        assert_eq!(first.years, [(2026, 3), (2024, 12)]);
        let second = merge(index(12, 2), replies.clone(), &all, 2);
        assert_eq!(paths(&second), ["/news/10", "/news/11", "/mailbox/replies#reply-0", "/mailbox/replies#reply-1", "/mailbox/replies#reply-2"]);
        // Only replies: the index found nothing.
        let only = merge(index(0, 1), replies.clone(), &all, 1);
        assert_eq!((only.total, only.pages, only.results.len()), (3, 1, 3));
    }

    #[test]
    fn the_section_and_year_filters_apply_to_replies() {
        let replies: Vec<Fragment> = (0..12).map(|n| reply(n, if n < 11 { "2026-02-01" } else { "2025-05-05" })).collect();
        let section = Filter { section: Some(SECTION.into()), year: None };
        // The index, filtered by a section it does not have, found nothing.
        let page2 = merge(index(0, 2), replies.clone(), &section, 2);
        assert_eq!((page2.total, page2.page, page2.pages), (12, 2, 2));
        assert_eq!(paths(&page2), ["/mailbox/replies#reply-10", "/mailbox/replies#reply-11"]);
        let news = Filter { section: Some("news".into()), year: None };
        let o = merge(index(12, 1), replies.clone(), &news, 1);
        assert_eq!((o.total, o.results.iter().filter(|r| r.section == SECTION).count()), (12, 0));
        assert!(o.sections.contains(&(SECTION.to_string(), 12)), "the count is before the filters");
        let year = Filter { section: Some(SECTION.into()), year: Some(2025) };
        assert_eq!(paths(&merge(index(0, 1), replies.clone(), &year, 1)), ["/mailbox/replies#reply-11"]);
        // Past the last page: the last.
        assert_eq!(merge(index(12, 99), replies, &Filter::default(), 99).page, 3);
    }

    #[test]
    fn a_reply_links_to_its_page_and_anchor_on_the_published_list() {
        // Made from what the mailbox's search finds (`PublishedMatch`).
        let letter = portal_model::letter::PublishedLetter {
            number: "2026000007".into(),
            mailbox: portal_model::letter::Mailbox::Director,
            category: portal_model::letter::Category::Enquiry,
            title: "莲塘口岸".into(),
            body: "问".into(),
            received: Date::parse("2026-01-01").unwrap(),
            answered: Date::parse("2026-01-05").unwrap(),
            reply: "答".into(),
        };
        let found = Found::from(portal_model::letter::PublishedMatch { letter, page: 3 });
        assert_eq!(found.answered, Date::parse("2026-01-05").unwrap());
        let f = fragment(found.clone());
        assert_eq!((f.path.as_str(), f.text.as_str(), f.section.as_str()), ("/mailbox/replies?page=3#reply-2026000007", "问\n答", SECTION));
        assert_eq!(fragment(Found { page: 1, ..found }).path, "/mailbox/replies#reply-2026000007");
    }
}
