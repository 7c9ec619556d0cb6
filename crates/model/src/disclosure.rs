//! Government information disclosure (政府信息公开): the disclosure home's facts
//! (`disclosure/home.json`), the guide (`disclosure/guide.json`, a [`Page`](crate::Page)),
//! the catalogue's category tree (`disclosure/catalogue.json`) and its entries
//! (`disclosure/entries/<id>.json`), and the files the content tool derives from them for
//! the browser: paged lists for every filter (category, year, validity) and one file per
//! entry with the entries it replaces or is replaced by. Lists carry only what lists show.

use crate::{Block, Date, Text};
use serde::{Deserialize, Serialize};

/// How many entries a catalogue page shows.
pub const CATALOGUE_PAGE_SIZE: usize = 20;

/// `disclosure/home.json`: the opening paragraph of `/disclosure` and the disclosure
/// contact (公开工作机构).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisclosureHome {
    pub schema: u64,
    pub lead: Text,
    pub contact: Contact,
}

impl DisclosureHome {
    pub const FILE: &'static str = "disclosure/home.json";
}

/// The disclosure guide, a [`Page`](crate::Page) whose slug is `guide`.
pub const GUIDE_FILE: &str = "disclosure/guide.json";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Who handles disclosure (the office or one of its divisions).
    pub unit: Text,
    pub address: Text,
    pub postcode: String,
    /// As printed (`0755-83394325`).
    pub phone: String,
    pub hours: Text,
}

/// `disclosure/catalogue.json`: the category tree of the catalogue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub schema: u64,
    pub categories: Vec<CatalogueCategory>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueCategory {
    pub id: String,
    pub label: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<CatalogueCategory>,
}

impl Catalogue {
    pub const FILE: &'static str = "disclosure/catalogue.json";

    /// Every category of the tree, parents before their children, with its depth (0 = top).
    pub fn flat(&self) -> Vec<(usize, &CatalogueCategory)> {
        fn walk<'a>(depth: usize, list: &'a [CatalogueCategory], out: &mut Vec<(usize, &'a CatalogueCategory)>) {
            for c in list {
                out.push((depth, c));
                walk(depth + 1, &c.children, out);
            }
        }
        let mut out = Vec::new();
        walk(0, &self.categories, &mut out);
        out
    }

    pub fn find(&self, id: &str) -> Option<&CatalogueCategory> {
        self.flat().into_iter().map(|(_, c)| c).find(|c| c.id == id)
    }

    /// `id` and the ids of all the categories under it.
    pub fn with_descendants(&self, id: &str) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(c) = self.find(id) {
            let nested = Catalogue { schema: self.schema, categories: vec![c.clone()] };
            out.extend(nested.flat().into_iter().map(|(_, c)| c.id.clone()));
        }
        out
    }

    /// The categories from the top of the tree down to `id` (empty if unknown).
    pub fn trail(&self, id: &str) -> Vec<CatalogueCategory> {
        fn walk(list: &[CatalogueCategory], id: &str, path: &mut Vec<CatalogueCategory>) -> bool {
            for c in list {
                path.push(CatalogueCategory { id: c.id.clone(), label: c.label.clone(), children: Vec::new() });
                if c.id == id || walk(&c.children, id, path) {
                    return true;
                }
                path.pop();
            }
            false
        }
        let mut path = Vec::new();
        walk(&self.categories, id, &mut path);
        path
    }
}

/// Whether a document is still in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ValidityState {
    /// 现行有效
    Current,
    /// 已修改: replaced by an amended version (`replaced_by`).
    Amended,
    /// 已废止: no longer in force (possibly replaced).
    Repealed,
}

impl ValidityState {
    pub const ALL: [ValidityState; 3] = [ValidityState::Current, ValidityState::Amended, ValidityState::Repealed];

    /// Its URL segment and JSON name.
    pub fn id(self) -> &'static str {
        match self {
            ValidityState::Current => "current",
            ValidityState::Amended => "amended",
            ValidityState::Repealed => "repealed",
        }
    }

    pub fn from_id(id: &str) -> Option<ValidityState> {
        Self::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// An entry's validity: its state and, once it is no longer current, since when and what
/// replaces it. `content check` keeps the three consistent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Validity {
    pub state: ValidityState,
    /// When it was amended or repealed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The id of the entry that replaces it (required when amended).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaced_by: Option<String>,
}

/// The news or notice item an entry points at, instead of repeating its text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NewsRef {
    pub item: String,
}

/// One entry of the catalogue, as the editor writes it (`disclosure/entries/<id>.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueEntry {
    pub schema: u64,
    /// `YYYY-NNNNN`, the year and serial of its index number; the file name and the URL.
    pub id: String,
    #[serde(default)]
    pub sample: bool,
    /// 索引号: `<18-character organisation code>/<YYYY>-<NNNNN>`, see [`check_index_number`].
    pub index_number: String,
    pub category: String,
    pub title: Text,
    /// 发布机构
    pub publisher: Text,
    /// 成文日期
    pub written: Date,
    /// 发布日期
    pub published: Date,
    /// 文号, where the document has one (`深口岸办〔2024〕3号`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document_number: Option<String>,
    pub validity: Validity,
    pub summary: Text,
    /// The text, or empty when `news` points at the item that holds it.
    #[serde(default)]
    pub body: Vec<Block>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub news: Option<NewsRef>,
}

/// Checks an index number (索引号): an 18-character organisation code of digits and
/// capital letters (统一社会信用代码), `/`, the year, `-`, a five-digit serial.
/// Returns the year and serial as the entry's id (`2024-00012`).
pub fn check_index_number(index: &str) -> Result<String, String> {
    let bad = || format!("\"{index}\" is not an index number of the form <18 digits or capital letters>/YYYY-NNNNN");
    let (code, rest) = index.split_once('/').ok_or_else(bad)?;
    if code.len() != 18 || !code.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()) {
        return Err(bad());
    }
    let (year, serial) = rest.split_once('-').ok_or_else(bad)?;
    if year.len() != 4 || serial.len() != 5 || !year.bytes().chain(serial.bytes()).all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    Ok(format!("{year}-{serial}"))
}

/// What a list shows of an entry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntrySummary {
    pub id: String,
    pub index_number: String,
    pub category: String,
    pub published: Date,
    pub title: Text,
    pub validity: ValidityState,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
}

impl CatalogueEntry {
    pub fn summary(&self) -> EntrySummary {
        EntrySummary {
            id: self.id.clone(),
            index_number: self.index_number.clone(),
            category: self.category.clone(),
            published: self.published,
            title: self.title.clone(),
            validity: self.validity.state,
            sample: self.sample,
        }
    }
}

/// A filter of the catalogue: category (with the categories under it), year of
/// publication and validity, each or all.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CatalogueFilter {
    pub category: Option<String>,
    pub year: Option<i32>,
    pub validity: Option<ValidityState>,
}

impl CatalogueFilter {
    pub const ALL: &'static str = "all";
    /// The catalogue's own address.
    pub const BASE: &'static str = "/disclosure/catalogue";

    pub fn is_none(&self) -> bool {
        self.category.is_none() && self.year.is_none() && self.validity.is_none()
    }

    fn segments(&self) -> String {
        format!(
            "{}/{}/{}",
            self.category.as_deref().unwrap_or(Self::ALL),
            self.year.map(|y| y.to_string()).unwrap_or_else(|| Self::ALL.to_string()),
            self.validity.map(ValidityState::id).unwrap_or(Self::ALL),
        )
    }

    /// The URL path of page `page`; page 1 without a filter is the catalogue's own address.
    pub fn path(&self, page: usize) -> String {
        if self.is_none() && page == 1 {
            return Self::BASE.to_string();
        }
        format!("{}/list/{}/{page}", Self::BASE, self.segments())
    }

    /// The derived file of page `page`, relative to the content root.
    pub fn file(&self, page: usize) -> String {
        format!("derived/disclosure/lists/{}/{page}.json", self.segments())
    }

    /// Reads a filter and page from path segments; `None` if one is not valid (the category
    /// is only checked to be an id: an unknown one has no derived file, so it is not found).
    pub fn parse(category: &str, year: &str, validity: &str, page: &str) -> Option<(CatalogueFilter, usize)> {
        let category = match category {
            Self::ALL => None,
            c if !c.is_empty() && c.len() <= 64 && c.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') => {
                Some(c.to_string())
            }
            _ => return None,
        };
        let year = match year {
            Self::ALL => None,
            y if y.len() == 4 => Some(y.parse::<i32>().ok().filter(|y| (1990..=2100).contains(y))?),
            _ => return None,
        };
        let validity = match validity {
            Self::ALL => None,
            v => Some(ValidityState::from_id(v)?),
        };
        let page = page.parse::<usize>().ok().filter(|p| *p >= 1 && p.to_string() == page)?;
        Some((CatalogueFilter { category, year, validity }, page))
    }
}

/// One page of the catalogue (`derived/disclosure/lists/<category>/<year>/<validity>/<page>.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CatalogueListPage {
    pub schema: u64,
    pub filter: CatalogueFilter,
    pub page: usize,
    pub pages: usize,
    pub total: usize,
    /// Years that have entries, newest first, for the year filter.
    pub years: Vec<i32>,
    /// The category tree, for the filter and the tree beside the list.
    pub categories: Vec<CatalogueCategory>,
    pub entries: Vec<EntrySummary>,
}

/// An entry with what its page shows beside it (`derived/disclosure/entries/<id>.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntryPage {
    pub schema: u64,
    pub entry: CatalogueEntry,
    /// Its category and the ones above it, top first.
    pub category_trail: Vec<CatalogueCategory>,
    /// The entry that replaces it.
    pub replaced_by: Option<EntrySummary>,
    /// The entries it replaces.
    pub replaces: Vec<EntrySummary>,
    /// The news or notice item it points at: its section and what a list shows of it.
    pub news: Option<(String, crate::news::ItemSummary)>,
}

impl EntryPage {
    pub fn file(id: &str) -> String {
        format!("derived/disclosure/entries/{id}.json")
    }
}

/// Everything the browser reads about the catalogue, derived from its entries.
#[derive(Clone, Debug, Default)]
pub struct DisclosureDerived {
    pub lists: Vec<CatalogueListPage>,
    pub entries: Vec<EntryPage>,
}

/// Newest first; the same day by id, descending.
fn newest_first(a: &CatalogueEntry, b: &CatalogueEntry) -> std::cmp::Ordering {
    b.published.cmp(&a.published).then_with(|| b.id.cmp(&a.id))
}

/// Every list page of every filter (every category, year with entries and validity, and
/// "all" of each) and every entry page. `news` finds an item's section and summary.
pub fn derive(
    catalogue: &Catalogue,
    entries: &[CatalogueEntry],
    news: &dyn Fn(&str) -> Option<(String, crate::news::ItemSummary)>,
) -> DisclosureDerived {
    let mut sorted: Vec<&CatalogueEntry> = entries.iter().collect();
    sorted.sort_by(|a, b| newest_first(a, b));
    let mut years: Vec<i32> = sorted.iter().map(|e| e.published.year).collect();
    years.dedup();
    let mut lists = Vec::new();
    let categories = std::iter::once(None).chain(catalogue.flat().into_iter().map(|(_, c)| Some(c.id.clone())));
    for category in categories {
        let included = category.as_deref().map(|c| catalogue.with_descendants(c));
        for year in std::iter::once(None).chain(years.iter().copied().map(Some)) {
            for validity in std::iter::once(None).chain(ValidityState::ALL.into_iter().map(Some)) {
                let filter = CatalogueFilter { category: category.clone(), year, validity };
                let matching: Vec<EntrySummary> = sorted
                    .iter()
                    .filter(|e| included.as_ref().is_none_or(|ids| ids.contains(&e.category)))
                    .filter(|e| year.is_none_or(|y| y == e.published.year))
                    .filter(|e| validity.is_none_or(|v| v == e.validity.state))
                    .map(|e| e.summary())
                    .collect();
                let pages = matching.len().div_ceil(CATALOGUE_PAGE_SIZE).max(1);
                for n in 1..=pages {
                    let chunk = matching.chunks(CATALOGUE_PAGE_SIZE).nth(n - 1).map(<[EntrySummary]>::to_vec).unwrap_or_default();
                    lists.push(CatalogueListPage {
                        schema: crate::SCHEMA_VERSION,
                        filter: filter.clone(),
                        page: n,
                        pages,
                        total: matching.len(),
                        years: years.clone(),
                        categories: catalogue.categories.clone(),
                        entries: chunk,
                    });
                }
            }
        }
    }
    let by_id = |id: &str| entries.iter().find(|e| e.id == id);
    let pages = sorted
        .iter()
        .map(|e| EntryPage {
            schema: crate::SCHEMA_VERSION,
            entry: (*e).clone(),
            category_trail: catalogue.trail(&e.category),
            replaced_by: e.validity.replaced_by.as_deref().and_then(by_id).map(CatalogueEntry::summary),
            replaces: sorted
                .iter()
                .filter(|other| other.validity.replaced_by.as_deref() == Some(e.id.as_str()))
                .map(|other| other.summary())
                .collect(),
            news: e.news.as_ref().and_then(|n| news(&n.item)),
        })
        .collect();
    DisclosureDerived { lists, entries: pages }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_numbers_have_one_form() {
        assert_eq!(check_index_number("11440300MB2C92051T/2024-00012"), Ok("2024-00012".into()));
        for bad in [
            "",
            "11440300MB2C92051T",
            "11440300mb2c92051t/2024-00012",
            "11440300MB2C9205/2024-00012",
            "11440300MB2C92051T/24-00012",
            "11440300MB2C92051T/2024-0012",
            "11440300MB2C92051T/2024_00012",
            "11440300MB2C92051T/2024-0001X",
        ] {
            assert!(check_index_number(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn filters_have_one_address_each_and_parse_back() {
        assert_eq!(CatalogueFilter::default().path(1), "/disclosure/catalogue");
        let f = CatalogueFilter { category: Some("policy".into()), year: Some(2024), validity: Some(ValidityState::Repealed) };
        assert_eq!(f.path(2), "/disclosure/catalogue/list/policy/2024/repealed/2");
        assert_eq!(f.file(2), "derived/disclosure/lists/policy/2024/repealed/2.json");
        assert_eq!(CatalogueFilter::parse("policy", "2024", "repealed", "2"), Some((f, 2)));
        assert_eq!(CatalogueFilter::parse("all", "all", "void", "1"), None);
        assert_eq!(CatalogueFilter::parse("all", "all", "all", "01"), None);
        assert_eq!(CatalogueFilter::parse("Bad", "all", "all", "1"), None);
    }

    fn entry(id: &str, category: &str, published: &str, state: ValidityState, by: Option<&str>) -> CatalogueEntry {
        CatalogueEntry {
            schema: 1,
            id: id.into(),
            sample: true,
            index_number: format!("11440300MB2C92051T/{id}"),
            category: category.into(),
            title: "标题".into(),
            publisher: "市口岸办".into(),
            written: Date::parse(published).unwrap(),
            published: Date::parse(published).unwrap(),
            document_number: None,
            validity: Validity { state, date: None, replaced_by: by.map(Into::into) },
            summary: "摘要".into(),
            body: Vec::new(),
            news: None,
        }
    }

    #[test]
    fn a_parent_category_lists_its_children_and_replacements_are_linked_both_ways() {
        let catalogue = Catalogue {
            schema: 1,
            categories: vec![CatalogueCategory {
                id: "policy".into(),
                label: "政策法规".into(),
                children: vec![CatalogueCategory { id: "normative".into(), label: "规范性文件".into(), children: vec![] }],
            }],
        };
        let entries = vec![
            entry("2023-00001", "normative", "2023-05-01", ValidityState::Amended, Some("2024-00001")),
            entry("2024-00001", "policy", "2024-02-01", ValidityState::Current, None),
        ];
        let derived = derive(&catalogue, &entries, &|_| None);
        let policy = derived.lists.iter().find(|l| l.filter.category.as_deref() == Some("policy") && l.filter.year.is_none() && l.filter.validity.is_none()).unwrap();
        assert_eq!(policy.total, 2);
        let amended = derived.lists.iter().find(|l| l.filter == CatalogueFilter { category: None, year: None, validity: Some(ValidityState::Amended) }).unwrap();
        assert_eq!(amended.entries.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["2023-00001"]);
        let old = derived.entries.iter().find(|p| p.entry.id == "2023-00001").unwrap();
        assert_eq!(old.replaced_by.as_ref().map(|e| e.id.as_str()), Some("2024-00001"));
        assert_eq!(old.category_trail.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["policy", "normative"]);
        let new = derived.entries.iter().find(|p| p.entry.id == "2024-00001").unwrap();
        assert_eq!(new.replaces.len(), 1);
        // all × (all + 2 years) × (all + 3 states), for all + 2 categories
        assert_eq!(derived.lists.len(), 3 * 3 * 4);
    }
}
