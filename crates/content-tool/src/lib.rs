//! The content tool's work, as functions the binary and the tests share.

pub mod build;
pub mod check;
pub mod generate;
pub mod traditional;

use portal_model::news::NewsItem;
use portal_model::{Page, Site};

/// A loaded bundle (what parsed; `check` reports the rest).
pub struct Bundle {
    pub site: Option<Site>,
    pub pages: Vec<Page>,
    pub items: Vec<NewsItem>,
    /// How many files were read.
    pub files: usize,
}
