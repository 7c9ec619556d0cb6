//! The only place that loads content. Every bundle file is read and parsed here into the
//! model's types, and every failure becomes an [`ApiError`] that the error view can put in
//! the user's language. Nothing is logged and dropped (hackernews' `api.rs` turns errors
//! into `None`; a citizen then sees a blank page and cannot retry).
//!
//! Two implementations behind one signature, as in Leptos's hackernews example: the
//! browser fetches `/content/...` (feature `hydrate`, or a plain build); the prerenderer
//! (feature `ssr`) reads the same files from the bundle directory on disk. The futures are
//! `Send` so that pages can hold them in a `Resource`, whose value is serialised into the
//! prerendered page and reused by the browser instead of fetched again.

use portal_model::checkpoint::CheckpointDirectory;
use portal_model::disclosure::{self, CatalogueFilter, CatalogueListPage, DisclosureHome, EntryPage};
use portal_model::interview::{Interview, InterviewIndex};
use portal_model::knowledge::KnowledgeBase;
use portal_model::news::{HomeFeed, ItemPage, ListFilter, ListPage};
use portal_model::report::{ReportIndex, ReportPage};
use portal_model::{BundleError, Page, Site};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::future::Future;

/// Where the bundle is served from, relative to the site root.
pub const CONTENT_ROOT: &str = "/content";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ApiError {
    /// The request did not complete (offline, DNS, aborted, CORS).
    Network(String),
    /// The server answered with a status other than 2xx (or, prerendering, no such file: 404).
    Status(u16),
    /// The file arrived but is not a bundle file this build can read.
    Bundle(BundleError),
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::Network(reason) => write!(f, "network: {reason}"),
            ApiError::Status(status) => write!(f, "HTTP {status}"),
            ApiError::Bundle(err) => write!(f, "{err}"),
        }
    }
}

/// A file of the site search's index (`portal_model::search`): its manifest, a shard or a
/// group of fragments. Read by `src/search.rs` only, which the server runs (feature `ssr`:
/// the file on disk, under the `ContentDir` of the search). Parsed straight into its type,
/// not through a JSON tree as [`load`] does to check the schema first: a search waits for
/// these files. The caller checks the manifest's schema.
pub fn search_file<T: DeserializeOwned + 'static>(file: String) -> impl Future<Output = Result<T, ApiError>> + Send + 'static {
    #[cfg(not(feature = "ssr"))]
    {
        send_wrapper::SendWrapper::new(async move { browser::fetch_json(&format!("{CONTENT_ROOT}/{file}"), file).await })
    }
    #[cfg(feature = "ssr")]
    {
        // The server's search (`crate::search::answer`) reads the index on disk.
        let dir = leptos::prelude::use_context::<ContentDir>();
        async move {
            let dir = dir.ok_or_else(|| ApiError::Network(format!("{file}: no content directory")))?;
            let body = disk::read_text(&dir.0, &file)?;
            parse_json(&body, file)
        }
    }
}

/// Parses JSON straight into `T` (no JSON tree, no schema check: the search's files and
/// answers); an error names `name`, as a bundle file's would.
fn parse_json<T: DeserializeOwned>(body: &str, name: String) -> Result<T, ApiError> {
    serde_json::from_str(body).map_err(|e| ApiError::Bundle(BundleError::Syntax { file: name, line: e.line(), column: e.column(), reason: e.to_string() }))
}

/// `site.json`: office facts, navigation and footer.
pub fn site() -> impl Future<Output = Result<Site, ApiError>> + Send + 'static {
    load("site.json".to_string())
}

/// `pages/<slug>.json`: a static page.
pub fn page(slug: &str) -> impl Future<Output = Result<Page, ApiError>> + Send + 'static {
    load(format!("pages/{slug}.json"))
}

/// One page of a section's list, filtered (derived by the content tool).
pub fn list(section: &str, filter: &ListFilter, page: usize) -> impl Future<Output = Result<ListPage, ApiError>> + Send + 'static {
    load(filter.file(section, page))
}

/// One item with its neighbours (derived by the content tool).
pub fn item(id: &str) -> impl Future<Output = Result<ItemPage, ApiError>> + Send + 'static {
    load(ItemPage::file(id))
}

/// The home page's newest items of each section.
pub fn home_feed() -> impl Future<Output = Result<HomeFeed, ApiError>> + Send + 'static {
    load(HomeFeed::FILE.to_string())
}

/// The disclosure home's lead and the disclosure contact.
pub fn disclosure_home() -> impl Future<Output = Result<DisclosureHome, ApiError>> + Send + 'static {
    load(DisclosureHome::FILE.to_string())
}

/// The disclosure guide (a page of blocks).
pub fn disclosure_guide() -> impl Future<Output = Result<Page, ApiError>> + Send + 'static {
    load(disclosure::GUIDE_FILE.to_string())
}

/// One page of the disclosure catalogue, filtered (derived by the content tool).
pub fn catalogue(filter: &CatalogueFilter, page: usize) -> impl Future<Output = Result<CatalogueListPage, ApiError>> + Send + 'static {
    load(filter.file(page))
}

/// One catalogue entry with what replaces it and what it replaces (derived).
pub fn catalogue_entry(id: &str) -> impl Future<Output = Result<EntryPage, ApiError>> + Send + 'static {
    load(EntryPage::file(id))
}

/// Every annual report's year, title and key figures, newest first (derived).
pub fn report_index() -> impl Future<Output = Result<ReportIndex, ApiError>> + Send + 'static {
    load(ReportIndex::FILE.to_string())
}

/// One annual report with its tables' CSV downloads (derived).
pub fn report(year: i32) -> impl Future<Output = Result<ReportPage, ApiError>> + Send + 'static {
    load(ReportPage::file(year))
}

/// Every interview, upcoming first, then past ones, newest first (derived).
pub fn interviews() -> impl Future<Output = Result<InterviewIndex, ApiError>> + Send + 'static {
    load(InterviewIndex::FILE.to_string())
}

/// One interview with its guests, pictures and transcript (the bundle file itself).
pub fn interview(id: &str) -> impl Future<Output = Result<Interview, ApiError>> + Send + 'static {
    load(Interview::file(id))
}

/// The knowledge base, for `/knowledge` (`category` `None`) or one category's page: an
/// unknown category is not found (404), like an unknown item.
pub fn knowledge(category: Option<String>) -> impl Future<Output = Result<KnowledgeBase, ApiError>> + Send + 'static {
    let base = load::<KnowledgeBase>(KnowledgeBase::FILE.to_string());
    async move {
        let base = base.await?;
        match category {
            Some(id) if base.category(&id).is_none() => Err(ApiError::Status(404)),
            _ => Ok(base),
        }
    }
}

/// The checkpoint directory with its notices' titles (derived), for `/checkpoints`, its
/// filtered pages and, with `id`, one checkpoint's page: an unknown checkpoint is not found.
pub fn checkpoints(id: Option<String>) -> impl Future<Output = Result<CheckpointDirectory, ApiError>> + Send + 'static {
    let directory = load::<CheckpointDirectory>(CheckpointDirectory::FILE.to_string());
    async move {
        let directory = directory.await?;
        match id {
            Some(id) if directory.checkpoint(&id).is_none() => Err(ApiError::Status(404)),
            _ => Ok(directory),
        }
    }
}

#[cfg(not(feature = "ssr"))]
fn load<T: DeserializeOwned + 'static>(file: String) -> impl Future<Output = Result<T, ApiError>> + Send + 'static {
    // gloo-net's future holds JS values and is not Send; the browser is single-threaded,
    // so SendWrapper's "used on the thread that made it" check always holds there.
    send_wrapper::SendWrapper::new(async move { browser::fetch_bundle_file(&file).await })
}

#[cfg(not(feature = "ssr"))]
mod browser {
    use super::*;

    /// Fetches one bundle file and parses it. The request is aborted if the view that
    /// asked for it is cleaned up first (the user navigated away), so a slow answer for a
    /// page the user left cannot overwrite the page they are on.
    pub async fn fetch_bundle_file<T: DeserializeOwned>(file: &str) -> Result<T, ApiError> {
        let body = fetch_text(&format!("{CONTENT_ROOT}/{file}")).await?;
        portal_model::parse(file, &body).map_err(ApiError::Bundle)
    }

    /// Fetches `url` and parses it straight into `T` (no JSON tree, no schema check: the
    /// search's files and answers); a parse error names `name`.
    pub async fn fetch_json<T: DeserializeOwned>(url: &str, name: String) -> Result<T, ApiError> {
        parse_json(&fetch_text(url).await?, name)
    }

    /// Fetches a URL of the site (a file under `/content/`, or the search's fragments) as text.
    pub async fn fetch_text(url: &str) -> Result<String, ApiError> {
        let abort = web_sys::AbortController::new().ok();
        let signal = abort.as_ref().map(|a| a.signal());
        if let Some(abort) = abort {
            let abort = send_wrapper::SendWrapper::new(abort);
            leptos::prelude::on_cleanup(move || abort.abort());
        }
        let response = gloo_net::http::Request::get(url)
            .abort_signal(signal.as_ref())
            .send()
            .await
            .map_err(|e| ApiError::Network(e.to_string()))?;
        if !response.ok() {
            return Err(ApiError::Status(response.status()));
        }
        response.text().await.map_err(|e| ApiError::Network(e.to_string()))
    }
}

#[cfg(feature = "ssr")]
pub use disk::ContentDir;

#[cfg(feature = "ssr")]
fn load<T: DeserializeOwned + 'static>(file: String) -> impl Future<Output = Result<T, ApiError>> + Send + 'static {
    // Read now, while the page's owner is current: the future may run outside it.
    let dir = leptos::prelude::use_context::<ContentDir>();
    async move {
        match dir {
            Some(dir) => disk::read_bundle_file(&dir.0, &file),
            None => Err(ApiError::Network("no content directory: the prerenderer provides ContentDir".into())),
        }
    }
}

#[cfg(feature = "ssr")]
mod disk {
    use super::*;
    use std::path::{Path, PathBuf};

    /// The bundle directory the prerenderer reads (`dist/content`), provided as context for
    /// each page it renders (not a process-wide global: tests render different bundles).
    #[derive(Clone, Debug)]
    pub struct ContentDir(pub PathBuf);

    pub fn read_bundle_file<T: DeserializeOwned>(dir: &Path, file: &str) -> Result<T, ApiError> {
        portal_model::parse(file, &read_text(dir, file)?).map_err(ApiError::Bundle)
    }

    /// A file under the bundle directory as text; a missing one is a 404, as over HTTP.
    pub fn read_text(dir: &Path, file: &str) -> Result<String, ApiError> {
        match std::fs::read_to_string(dir.join(file)) {
            Ok(body) => Ok(body),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(ApiError::Status(404)),
            Err(e) => Err(ApiError::Network(e.to_string())),
        }
    }
}
