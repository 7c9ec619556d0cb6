//! `pages/<slug>.json`: a static page (about, copyright, privacy ...) as structured blocks.

use crate::{Block, Text};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    pub schema: u64,
    pub slug: String,
    pub title: Text,
    /// One sentence for search results and the page's meta description.
    pub summary: Text,
    /// Last reviewed.
    pub updated: crate::Date,
    pub blocks: Vec<Block>,
}
