//! News and notices: the items editors write (`news/items/<id>.json`) and the files the
//! content tool derives from them for the browser (paged lists, item pages with their
//! neighbours, the home page's latest items). Lists carry only what lists show, so the
//! first page of a list costs the same bytes whether the archive holds 100 items or 10,000.

use crate::{Block, Date, Text};
use serde::{Deserialize, Serialize};

/// How many items a list page shows.
pub const PAGE_SIZE: usize = 20;
/// How many items of each section the home page shows.
pub const HOME_LATEST: usize = 6;

/// A section of the site that lists items (`news`, `notices`), from `site.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// URL segment and id: `/news`, `/news/<item id>`.
    pub id: String,
    pub label: Text,
    /// One sentence under the list's heading.
    pub description: Text,
    pub categories: Vec<Category>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub label: Text,
}

/// One news item or notice, as the editor writes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsItem {
    pub schema: u64,
    /// `YYYYMMDD-NN`; also the file name and the URL (`/news/20240315-01`).
    pub id: String,
    /// Written as demo content, not real: the page says so.
    #[serde(default)]
    pub sample: bool,
    /// A category id of one of the sections in `site.json`.
    pub category: String,
    pub date: Date,
    /// Who issued it (来源).
    pub source: Text,
    pub title: Text,
    pub summary: Text,
    #[serde(default)]
    pub tags: Vec<String>,
    pub body: Vec<Block>,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
}

/// A file attached to an item. `bytes` must equal the file's size (the tool checks it), so
/// the page can tell users what they are about to download.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    pub title: Text,
    /// A path under the site root, e.g. `/files/2024-report.pdf`.
    pub href: String,
    /// File type as users know it: `pdf`, `csv`, `xlsx`, `docx`.
    pub kind: String,
    pub bytes: u64,
}

/// What a list shows of an item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItemSummary {
    pub id: String,
    pub category: String,
    pub date: Date,
    pub title: Text,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
}

/// A filter of a list: a category (or all) and a year (or all).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ListFilter {
    pub category: Option<String>,
    pub year: Option<i32>,
}

impl ListFilter {
    pub const ALL: &'static str = "all";

    /// The URL path of page `page` of this filter in `section`. Page 1 without a filter is
    /// the section's own address.
    pub fn path(&self, section: &str, page: usize) -> String {
        if self.category.is_none() && self.year.is_none() && page == 1 {
            return format!("/{section}");
        }
        format!(
            "/{section}/list/{}/{}/{page}",
            self.category.as_deref().unwrap_or(Self::ALL),
            self.year.map(|y| y.to_string()).unwrap_or_else(|| Self::ALL.to_string()),
        )
    }

    /// The derived file of page `page` (relative to the content root).
    pub fn file(&self, section: &str, page: usize) -> String {
        format!(
            "derived/lists/{section}/{}/{}/{page}.json",
            self.category.as_deref().unwrap_or(Self::ALL),
            self.year.map(|y| y.to_string()).unwrap_or_else(|| Self::ALL.to_string()),
        )
    }
}

/// One page of a list (`derived/lists/<section>/<category>/<year>/<page>.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListPage {
    pub schema: u64,
    pub section: String,
    pub filter: ListFilter,
    pub page: usize,
    pub pages: usize,
    /// Items matching the filter, on all pages.
    pub total: usize,
    /// Years that have items in this section (newest first), for the year filter.
    pub years: Vec<i32>,
    pub items: Vec<ItemSummary>,
}

/// An item with its place in its section (`derived/items/<id>.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItemPage {
    pub schema: u64,
    pub section: String,
    pub item: NewsItem,
    /// The next newer and next older item of the same section.
    pub newer: Option<ItemSummary>,
    pub older: Option<ItemSummary>,
}

impl ItemPage {
    pub fn file(id: &str) -> String {
        format!("derived/items/{id}.json")
    }
}

/// The home page's latest items (`derived/home.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeFeed {
    pub schema: u64,
    /// Per section, in `site.json` order: its id and its newest items.
    pub sections: Vec<(String, Vec<ItemSummary>)>,
}

impl HomeFeed {
    pub const FILE: &'static str = "derived/home.json";
}

impl NewsItem {
    pub fn summary(&self) -> ItemSummary {
        ItemSummary {
            id: self.id.clone(),
            category: self.category.clone(),
            date: self.date,
            title: self.title.clone(),
            sample: self.sample,
        }
    }
}

/// Everything the browser reads about news, derived from the items: every list page of
/// every filter, every item page, the home feed. Pure: the content tool writes it, the
/// prerenderer uses it to know which pages exist.
pub struct Derived {
    pub lists: Vec<ListPage>,
    pub items: Vec<ItemPage>,
    pub home: HomeFeed,
}

/// Newest first; the same day by id, descending, so the order is total and stable.
fn newest_first(a: &NewsItem, b: &NewsItem) -> std::cmp::Ordering {
    b.date.cmp(&a.date).then_with(|| b.id.cmp(&a.id))
}

pub fn derive(sections: &[Section], items: &[NewsItem]) -> Derived {
    let mut lists = Vec::new();
    let mut pages = Vec::new();
    let mut home = Vec::new();
    for section in sections {
        let mut in_section: Vec<&NewsItem> =
            items.iter().filter(|i| section.categories.iter().any(|c| c.id == i.category)).collect();
        in_section.sort_by(|a, b| newest_first(a, b));
        let mut years: Vec<i32> = in_section.iter().map(|i| i.date.year).collect();
        years.dedup();

        let categories = std::iter::once(None).chain(section.categories.iter().map(|c| Some(c.id.clone())));
        for category in categories {
            for year in std::iter::once(None).chain(years.iter().copied().map(Some)) {
                let filter = ListFilter { category: category.clone(), year };
                let matching: Vec<ItemSummary> = in_section
                    .iter()
                    .filter(|i| filter.category.as_ref().is_none_or(|c| *c == i.category))
                    .filter(|i| filter.year.is_none_or(|y| y == i.date.year))
                    .map(|i| i.summary())
                    .collect();
                let page_count = matching.len().div_ceil(PAGE_SIZE).max(1);
                for (n, chunk) in (1..=page_count).zip(
                    matching.chunks(PAGE_SIZE).map(<[ItemSummary]>::to_vec).chain(std::iter::repeat(Vec::new())),
                ) {
                    lists.push(ListPage {
                        schema: crate::SCHEMA_VERSION,
                        section: section.id.clone(),
                        filter: filter.clone(),
                        page: n,
                        pages: page_count,
                        total: matching.len(),
                        years: years.clone(),
                        items: chunk,
                    });
                }
            }
        }
        for (i, item) in in_section.iter().enumerate() {
            pages.push(ItemPage {
                schema: crate::SCHEMA_VERSION,
                section: section.id.clone(),
                item: (*item).clone(),
                newer: i.checked_sub(1).map(|j| in_section[j].summary()),
                older: in_section.get(i + 1).map(|n| n.summary()),
            });
        }
        home.push((section.id.clone(), in_section.iter().take(HOME_LATEST).map(|i| i.summary()).collect()));
    }
    Derived { lists, items: pages, home: HomeFeed { schema: crate::SCHEMA_VERSION, sections: home } }
}
