//! The browser's side of site search: fetches the parts of a language's index a query needs
//! (`portal_model::search`: the manifest, the shards of its terms; then the fragments of the
//! results shown, from the server in one request), keeps what it fetched for the next
//! query, and runs the query. Only the
//! search page calls it, so its code is in that page's chunk of the app.

use crate::api::{self, ApiError};
use portal_model::search::{self as index, Filter, Fragment, Group, Manifest, Shard};
use portal_model::Lang;
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use std::any::Any;
use std::cell::RefCell;
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
    /// How long the search took in the browser, in milliseconds (`scripts/search-figures`).
    pub millis: f64,
}

/// An index file being fetched, or fetched: one request, whoever asks for it meanwhile.
type Loading = Shared<LocalBoxFuture<'static, Result<Rc<dyn Any>, ApiError>>>;

thread_local! {
    static FILES: RefCell<HashMap<String, Loading>> = RefCell::new(HashMap::new());
    /// Fragments fetched from the server, by language and document.
    static FRAGMENTS: RefCell<HashMap<(Lang, u32), Fragment>> = RefCell::new(HashMap::new());
}

/// An index file, from the cache, or from the request already under way for it (the
/// prefetch of [`prefetch`]), or fetched. A file that failed is asked for again next time.
pub(crate) async fn file<T: serde::de::DeserializeOwned + 'static>(name: String) -> Result<Rc<T>, ApiError> {
    let loading = FILES.with(|f| {
        f.borrow_mut()
            .entry(name.clone())
            .or_insert_with(|| {
                let name = name.clone();
                async move { api::search_file::<T>(name).await.map(|v| Rc::new(v) as Rc<dyn Any>) }.boxed_local().shared()
            })
            .clone()
    });
    match loading.await {
        Ok(value) => value.downcast::<T>().map_err(|_| ApiError::Network(format!("{name}: read as another kind of file"))),
        Err(error) => {
            FILES.with(|f| f.borrow_mut().remove(&name));
            Err(error)
        }
    }
}

/// Starts fetching what a search for `q` will need first (the manifest, then the shards of
/// its terms) while the citizen is still typing it, so that the search they then ask for
/// finds them fetched or under way. Called on each change of the search page's field; a
/// file already fetched costs nothing, and a failure here is left for the search to meet.
pub fn prefetch(lang: Lang, q: &str) {
    let q = q.trim().to_string();
    if q.is_empty() {
        return;
    }
    leptos::task::spawn_local(async move {
        let Ok(manifest) = file::<Manifest>(index::manifest_file(lang)).await else { return };
        let query = index::parse_query(&q, &index::fold_map(&manifest.fold));
        let shards = index::shards_for(&query, manifest.shards);
        let _ = futures::future::join_all(shards.iter().map(|&n| file::<Shard>(index::shard_file(lang, n)))).await;
    });
}

fn now() -> f64 {
    #[cfg(not(feature = "ssr"))]
    {
        web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_else(js_sys::Date::now)
    }
    #[cfg(feature = "ssr")]
    {
        0.0
    }
}

/// The fragments of documents `ids`, in that order: those fetched before from the cache, the
/// others in one request to the server (`api::search_fragments`), or, if that fails (a static
/// host, an older server), from the index's group files, one request a group.
async fn fragments(lang: Lang, manifest: &Manifest, ids: &[u32]) -> Result<Vec<Fragment>, ApiError> {
    let cached = |id: &u32| FRAGMENTS.with(|f| f.borrow().get(&(lang, *id)).cloned());
    let missing: Vec<u32> = ids.iter().copied().filter(|id| cached(id).is_none()).collect();
    if !missing.is_empty() {
        let fetched: Vec<(u32, Fragment)> = match api::search_fragments(lang, &missing).await {
            Ok(group) if group.fragments.len() == missing.len() => missing.iter().copied().zip(group.fragments).collect(),
            _ => from_groups(lang, manifest, &missing).await?,
        };
        FRAGMENTS.with(|f| f.borrow_mut().extend(fetched.into_iter().map(|(id, fragment)| ((lang, id), fragment))));
    }
    Ok(ids.iter().filter_map(cached).collect())
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
