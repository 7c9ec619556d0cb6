//! The knowledge base (业务知识库): questions and answers about port clearance, by category,
//! in one file (`knowledge.json`; a few dozen short answers, read whole by `/knowledge` and
//! by each category's page `/knowledge/<category>`).
//!
//! Addresses (stable: the mailbox form and other pages link to them):
//! - `/knowledge`: every question, grouped by category;
//! - `/knowledge/<category>`: one category only (the filter, as a page of its own, so it
//!   works without JavaScript);
//! - `#q-<id>` on either page: one question ([`question_anchor`]).

use crate::{Block, Date, Text};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeCategory {
    /// The URL segment of its page (`/knowledge/<id>`).
    pub id: String,
    pub label: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Its anchor (`#q-<id>`); unique in the file.
    pub id: String,
    pub category: String,
    /// Guidance that is not the office's confirmed wording is flagged, and says so.
    #[serde(default)]
    pub sample: bool,
    pub question: Text,
    pub answer: Vec<Block>,
    /// Last reviewed.
    pub updated: Date,
}

/// `knowledge.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnowledgeBase {
    pub schema: u64,
    /// In the order the page shows them.
    pub categories: Vec<KnowledgeCategory>,
    /// In the order the page shows them, within their category.
    pub questions: Vec<Question>,
}

/// The page's own address: all categories (`None`) or one.
pub fn knowledge_path(category: Option<&str>) -> String {
    match category {
        None => KnowledgeBase::BASE.to_string(),
        Some(id) => format!("{}/{id}", KnowledgeBase::BASE),
    }
}

/// The `id` attribute of a question's heading, so `/knowledge#q-<id>` reaches it. Prefixed
/// so that no question id can take the id of another element of the page.
pub fn question_anchor(id: &str) -> String {
    format!("q-{id}")
}

impl KnowledgeBase {
    pub const FILE: &'static str = "knowledge.json";
    pub const BASE: &'static str = "/knowledge";

    pub fn category(&self, id: &str) -> Option<&KnowledgeCategory> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// The questions of a category, in file order.
    pub fn in_category<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Question> + 'a {
        self.questions.iter().filter(move |q| q.category == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_knowledge_base_parses_and_every_category_has_questions() {
        let kb: KnowledgeBase = crate::parse("knowledge.json", include_str!("../../../public/content/knowledge.json")).unwrap();
        assert!(kb.questions.len() >= 20, "{}", kb.questions.len());
        for c in &kb.categories {
            assert!(kb.in_category(&c.id).count() > 0, "{} is empty", c.id);
        }
        assert_eq!(knowledge_path(None), "/knowledge");
        assert_eq!(knowledge_path(Some("vehicles")), "/knowledge/vehicles");
        assert_eq!(question_anchor("hours"), "q-hours");
    }
}
