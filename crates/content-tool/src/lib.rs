//! The content tool's work, as functions the binary and the tests share.

pub mod build;
pub mod check;
pub mod generate;
pub mod search;
pub mod traditional;

use portal_model::disclosure::{Catalogue, CatalogueEntry, DisclosureHome};
use portal_model::interview::Interview;
use portal_model::knowledge::KnowledgeBase;
use portal_model::news::NewsItem;
use portal_model::registry::BundleDerived;
use portal_model::{Page, Site};

/// A loaded bundle (what parsed; `check` reports the rest).
pub struct Bundle {
    pub site: Option<Site>,
    pub pages: Vec<Page>,
    pub items: Vec<NewsItem>,
    /// `disclosure/home.json`, `disclosure/guide.json`, `disclosure/catalogue.json`.
    pub disclosure_home: Option<DisclosureHome>,
    pub disclosure_guide: Option<Page>,
    pub catalogue: Option<Catalogue>,
    /// `disclosure/entries/<id>.json`.
    pub entries: Vec<CatalogueEntry>,
    /// `disclosure/reports/<year>.json`, the annual reports.
    pub reports: Vec<portal_model::report::Report>,
    /// `interviews/<id>.json`.
    pub interviews: Vec<Interview>,
    /// `knowledge.json`.
    pub knowledge: Option<KnowledgeBase>,
    /// `checkpoints.json`.
    pub checkpoints: Option<portal_model::checkpoint::Checkpoints>,
    /// How many files were read.
    pub files: usize,
}

/// The derived files of the news items and of the catalogue, from which the registry lists
/// every page (`registry::pages`).
pub fn derive_all(
    site: &Site,
    items: &[NewsItem],
    catalogue: Option<&Catalogue>,
    entries: &[CatalogueEntry],
    reports: &[portal_model::report::Report],
    interviews: &[Interview],
    knowledge: Option<&KnowledgeBase>,
    checkpoints: Option<&portal_model::checkpoint::Checkpoints>,
) -> BundleDerived {
    let news = portal_model::news::derive(&site.sections, items);
    let find = |id: &str| {
        news.items.iter().find(|p| p.item.id == id).map(|p| (p.section.clone(), p.item.summary()))
    };
    let empty = Catalogue { schema: portal_model::SCHEMA_VERSION, categories: Vec::new() };
    let disclosure = portal_model::disclosure::derive(catalogue.unwrap_or(&empty), entries, &find);
    BundleDerived {
        news,
        disclosure,
        reports: reports.iter().map(|r| r.year).collect(),
        interviews: interviews.iter().map(|i| i.id.clone()).collect(),
        knowledge: knowledge.map(|k| k.categories.iter().map(|c| c.id.clone()).collect()).unwrap_or_default(),
        checkpoints: checkpoints.map(|f| f.checkpoints.iter().map(|c| c.id.clone()).collect()).unwrap_or_default(),
    }
}

/// The Chinese text of an interface message (`locales/zh-CN/portal.ftl`), for files the
/// tool writes in Chinese (the report tables' CSV). Only plain `id = text` messages.
pub fn zh_message(id: &str) -> String {
    const FTL: &str = include_str!("../../../locales/zh-CN/portal.ftl");
    FTL.lines()
        .find_map(|line| line.split_once(" = ").filter(|(k, _)| k.trim() == id).map(|(_, v)| v.trim().to_string()))
        .unwrap_or_else(|| id.to_string())
}
