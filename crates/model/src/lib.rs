//! The portal's content bundle: the serde types of every JSON file under `public/content/`,
//! and the parsing that turns a file into those types or into a [`BundleError`] that says
//! where and why it is wrong.
//!
//! This crate knows no browser: the SPA, the content tool and the server all use it, and
//! its tests run natively in milliseconds. See `docs/content.md` for the editors' view.

mod blocks;
mod date;
pub mod checkpoint;
pub mod disclosure;
pub mod letter;
mod error;
pub mod interview;
pub mod knowledge;
pub mod news;
mod page;
pub mod registry;
pub mod report;
pub mod search;
mod site;
mod text;
mod url;

pub use blocks::{Block, HeadingLevel, ListBlock, TableBlock};
pub use date::Date;
pub use error::BundleError;
pub use page::Page;
pub use site::{FilingNumber, Footer, NavLink, Office, Site, WechatAccount};
pub use text::{collect_texts, fill_texts, Lang, Localized, Text};
pub use url::{check_id, check_url, UrlError, UrlKind, ATTACHMENT_KINDS, IMAGE_KINDS};

use serde::de::DeserializeOwned;

/// The largest bundle file the tools accept, checked before the file is read whole. The
/// largest demo file is 7 KB and `site.json` (read on every first view) 5 KB; 512 KiB is
/// some 170,000 Chinese characters, far beyond any page or notice, yet it keeps a hostile
/// file from costing the checker, the prerenderer or a phone much memory or time.
pub const MAX_FILE_BYTES: u64 = 512 * 1024;

/// The bundle schema this build understands. A file with another `"schema"` is refused
/// whole, rather than half-shown with fields the UI does not know.
pub const SCHEMA_VERSION: u64 = 1;

/// Parses one bundle file. `file` names it in errors (e.g. `site.json`).
///
/// The schema version is checked before anything else, so a file from a newer bundle says
/// "unsupported schema 2" instead of a confusing missing-field error.
///
/// With the feature `error-paths` (the content tool, the server, the prerenderer) an invalid
/// file's error names the field (`$.footer.phone`), through `serde_path_to_error`. The
/// browser's app builds without it: its error view does not show the path, and the
/// wrapper's code cost about 3 KB brotli of every first view (docs/decisions/0004-wasm-size.md);
/// its errors give the line and column instead.
pub fn parse<T: DeserializeOwned>(file: &str, json: &str) -> Result<T, BundleError> {
    let syntax = |e: serde_json::Error| BundleError::Syntax {
        file: file.to_string(),
        line: e.line(),
        column: e.column(),
        reason: e.to_string(),
    };
    #[cfg(feature = "error-paths")]
    {
        let value: serde_json::Value = serde_json::from_str(json).map_err(syntax)?;
        check_schema(file, value.get("schema"))?;
        serde_path_to_error::deserialize(value).map_err(|e| BundleError::Invalid {
            file: file.to_string(),
            path: json_path(e.path()),
            reason: e.inner().to_string(),
        })
    }
    #[cfg(not(feature = "error-paths"))]
    {
        /// Only the schema field; the rest of the file is skipped by this first pass.
        #[derive(serde::Deserialize)]
        struct Head {
            schema: Option<serde_json::Value>,
        }
        let head: Head = serde_json::from_str(json).map_err(syntax)?;
        check_schema(file, head.schema.as_ref())?;
        serde_json::from_str(json).map_err(|e| BundleError::Invalid {
            file: file.to_string(),
            path: format!("line {}, column {}", e.line(), e.column()),
            reason: e.to_string(),
        })
    }
}

/// Refuses a file whose `"schema"` is missing or not [`SCHEMA_VERSION`].
fn check_schema(file: &str, schema: Option<&serde_json::Value>) -> Result<(), BundleError> {
    if schema.and_then(serde_json::Value::as_u64) != Some(SCHEMA_VERSION) {
        return Err(BundleError::UnsupportedSchema {
            file: file.to_string(),
            found: schema.map(|v| v.to_string()),
        });
    }
    Ok(())
}

/// Renders serde_path_to_error's path as a JSONPath-like string (`$.footer.phone`).
#[cfg(feature = "error-paths")]
fn json_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::from("$");
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                out.push('.');
                out.push_str(key);
            }
            Segment::Unknown => out.push_str(".?"),
        }
    }
    out
}

#[cfg(test)]
mod tests;
