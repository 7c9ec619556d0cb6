//! Body blocks of pages and articles. Structured, never raw HTML: there is no injection
//! path, and screen readers get real headings, lists and tables.

use crate::Text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    Paragraph { text: Text },
    /// Level 2 to 4: the page title is the only level 1.
    Heading { level: HeadingLevel, text: Text },
    List(ListBlock),
    /// A link on its own line; `href` is a portal path (`/about`) or an absolute URL.
    Link { text: Text, href: String },
    Table(TableBlock),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListBlock {
    #[serde(default)]
    pub ordered: bool,
    pub items: Vec<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableBlock {
    pub caption: Text,
    pub head: Vec<Text>,
    pub rows: Vec<Vec<Text>>,
}

/// A heading level from 2 to 4.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct HeadingLevel(u8);

impl HeadingLevel {
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for HeadingLevel {
    type Error = String;
    fn try_from(level: u8) -> Result<Self, String> {
        if (2..=4).contains(&level) {
            Ok(HeadingLevel(level))
        } else {
            Err(format!("heading level {level} is out of range 2..=4 (the page title is level 1)"))
        }
    }
}

impl From<HeadingLevel> for u8 {
    fn from(level: HeadingLevel) -> u8 {
        level.0
    }
}
