//! Site search on the index `content build` writes (`portal_model::search`): reads the parts
//! of a language's index a query needs (the manifest, the shards of its terms, then the
//! fragments of the results shown) and runs the query. The server runs it for the search
//! page ([`answer`]), reading the files from disk; the reading is behind `api::search_file`,
//! so the same code could run in a browser on the static files (it did until the search page
//! became server HTML: docs/decisions/0014-site-search.md, "Server pages").

use crate::api::{self, ApiError};
use portal_model::search::{self as index, Filter, Fragment, Group, Manifest, Shard};
use portal_model::Lang;
use std::collections::HashMap;
use std::rc::Rc;

/// What a search shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// Results after the filters.
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    /// Results per section and per year, before the filters.
    pub sections: Vec<(String, usize)>,
    pub years: Vec<(u16, usize)>,
    pub results: Vec<Fragment>,
    /// The strings to mark in titles and snippets.
    pub marks: Vec<String>,
    /// Some results matched only by sound or by a near spelling (`src/search_fuzzy.rs`).
    pub approximate: bool,
    /// How long the search took, in milliseconds (`scripts/search-figures`).
    pub millis: f64,
}

/// An index file, read and parsed. Each search reads its files anew (the system's file
/// cache keeps them warm): a cache per server worker thread would hold the index once a thread.
pub(crate) async fn file<T: serde::de::DeserializeOwned + 'static>(name: String) -> Result<Rc<T>, ApiError> {
    api::search_file::<T>(name).await.map(Rc::new)
}

/// Milliseconds from a fixed moment, to time a search.
fn now() -> f64 {
    #[cfg(not(feature = "ssr"))]
    {
        web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_else(js_sys::Date::now)
    }
    #[cfg(feature = "ssr")]
    {
        use std::sync::OnceLock;
        static START: OnceLock<std::time::Instant> = OnceLock::new();
        START.get_or_init(std::time::Instant::now).elapsed().as_secs_f64() * 1000.0
    }
}

/// The fragments of documents `ids`, in that order, from the index's group files.
async fn fragments(lang: Lang, manifest: &Manifest, ids: &[u32]) -> Result<Vec<Fragment>, ApiError> {
    Ok(from_groups(lang, manifest, ids).await?.into_iter().map(|(_, fragment)| fragment).collect())
}

/// The fragments of documents `ids` from the group files `d<N>.json`, each with its id (one
/// a file does not have is left out).
async fn from_groups(lang: Lang, manifest: &Manifest, ids: &[u32]) -> Result<Vec<(u32, Fragment)>, ApiError> {
    let mut groups: Vec<u32> = ids.iter().map(|id| id / manifest.group).collect();
    groups.sort_unstable();
    groups.dedup();
    let fetched = futures::future::try_join_all(groups.iter().map(|&g| file::<Group>(index::group_file(lang, g)))).await?;
    let by_group: HashMap<u32, &Group> = groups.iter().copied().zip(fetched.iter().map(|g| g.as_ref())).collect();
    Ok(ids
        .iter()
        .filter_map(|&id| Some((id, by_group.get(&(id / manifest.group))?.fragments.get((id % manifest.group) as usize)?.clone())))
        .collect())
}

/// Runs a query on the index of `lang`: page `page` (from 1; past the last is the last) of
/// the results that pass `filter`.
pub async fn run(lang: Lang, q: &str, filter: &Filter, page: usize) -> Result<Outcome, ApiError> {
    let start = now();
    let manifest: Rc<Manifest> = file(index::manifest_file(lang)).await?;
    if manifest.schema != portal_model::SCHEMA_VERSION {
        return Err(ApiError::Bundle(portal_model::BundleError::UnsupportedSchema {
            file: index::manifest_file(lang),
            found: Some(manifest.schema.to_string()),
        }));
    }
    let query = index::parse_query(q, &index::fold_map(&manifest.fold));
    let needed = index::shards_for(&query, manifest.shards);
    let loaded = futures::future::try_join_all(needed.iter().map(|&n| file::<Shard>(index::shard_file(lang, n)))).await?;
    let by_number: HashMap<u32, &Shard> = needed.iter().copied().zip(loaded.iter().map(|s| s.as_ref())).collect();
    let mut hits = index::evaluate(&query, manifest.shards, |n| by_number.get(&n).copied());
    let mut marks = query.marks.clone();
    let mut approximate = false;
    let wider = crate::search_fuzzy::widen(lang, &manifest, &query, hits.len(), &by_number).await;
    if let Some(wider) = &wider {
        (hits, approximate) = (wider.hits.clone(), wider.approximate);
        marks.extend(wider.marks.iter().cloned());
    }
    let (sections, years) = index::facets(&manifest, &hits);
    let shown = index::filter(&manifest, hits, filter);
    let total = shown.len();
    let pages = total.div_ceil(index::PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let ids: Vec<u32> = shown.iter().skip((page - 1) * index::PAGE_SIZE).take(index::PAGE_SIZE).map(|h| h.0).collect();
    let results = fragments(lang, &manifest, &ids).await?;
    if let Some(wider) = &wider {
        marks.extend(wider.sound_marks(&query, &results));
    }
    Ok(Outcome { total, page, pages, sections, years, results, marks, approximate, millis: now() - start })
}

/// What the search page shows for a search: its results with the published replies merged
/// in ([`crate::search_replies`]), or why there are none. Made by the server before it
/// renders the page (`prerender::render_with`), which gives it to the page as context.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub q: String,
    pub outcome: Result<Outcome, ApiError>,
    /// The published replies could not be searched (no mailbox, or it failed).
    pub replies_failed: bool,
}

/// Runs a search on the index under `content_dir` (the built site's `content/`), with the
/// published replies `replies` (`None`: they could not be searched). Blocks: the server
/// calls it off its async workers.
#[cfg(feature = "ssr")]
pub fn answer(content_dir: &std::path::Path, lang: Lang, q: &str, filter: &Filter, page: usize, replies: Option<Vec<Fragment>>) -> Answer {
    use leptos::prelude::{provide_context, Owner};
    let owner = Owner::new();
    let outcome = owner.with(|| {
        provide_context(api::ContentDir(content_dir.to_path_buf()));
        futures::executor::block_on(run(lang, q, filter, page))
    });
    let replies_failed = replies.is_none();
    let outcome = outcome.map(|o| crate::search_replies::merge(o, replies.unwrap_or_default(), filter, page));
    Answer { q: q.to_string(), outcome, replies_failed }
}
