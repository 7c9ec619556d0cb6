//! What can be wrong with a bundle file, worded for the editor who has to fix it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Serialisable, so a prerendered page can hand an error to the browser like any data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BundleError {
    /// Not JSON at all.
    Syntax { file: String, line: usize, column: usize, reason: String },
    /// `"schema"` missing or not the version this build understands.
    UnsupportedSchema { file: String, found: Option<String> },
    /// JSON, right schema, but a field is missing or of the wrong kind.
    Invalid { file: String, path: String, reason: String },
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::Syntax { file, line, column, reason } => {
                write!(f, "{file}:{line}:{column}: not valid JSON: {reason}")
            }
            BundleError::UnsupportedSchema { file, found: Some(found) } => write!(
                f,
                "{file}: $.schema: unsupported schema {found} (this build reads {})",
                crate::SCHEMA_VERSION
            ),
            BundleError::UnsupportedSchema { file, found: None } => {
                write!(f, "{file}: $.schema: missing (this build reads {})", crate::SCHEMA_VERSION)
            }
            BundleError::Invalid { file, path, reason } => write!(f, "{file}: {path}: {reason}"),
        }
    }
}

impl std::error::Error for BundleError {}
