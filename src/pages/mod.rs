//! One file per route. Each page owns its data (through [`PageLoader`]) and renders its
//! content; the shell around it is in `lib.rs`. [`page_view`] is the router's table: the
//! page registry (`portal_model::registry`) says which page a path is, this says which
//! component shows it.
//!
//! [`PageLoader`]: crate::components::page_loader::PageLoader

pub mod catalogue_entry;
pub mod catalogue_list;
pub mod checkpoint;
pub mod checkpoints_list;
pub mod disclosure_guide;
pub mod disclosure_home;
pub mod home;
pub mod interview;
pub mod interviews_list;
pub mod knowledge;
pub mod letter_lookup;
pub mod letter_replies;
pub mod letter_statistics;
pub mod mailbox_home;
pub mod mailbox_write;
pub mod news_item;
pub mod news_list;
pub mod not_found;
pub mod report;
pub mod reports_list;
pub mod search;
pub mod site_map;
pub mod static_page;

use crate::api::ApiError;
use crate::components::error_view::ErrorView;
use crate::components::loading::Loading;
use leptos::prelude::*;
use portal_model::registry::PageRef;

/// The view of a concrete page. A new kind of page in the registry does not compile until
/// it has its arm in [`chunk_of`] and in its chunk's function below.
///
/// Each group of pages is a separate piece of the browser's WebAssembly (a "chunk", split
/// off by `scripts/split-wasm`), fetched the first time one of its pages is shown: a visitor
/// downloads the code of the pages they open, not of all of them
/// (docs/decisions/0004-wasm-size.md). Before hydration `main.rs` loads the chunk of the
/// prerendered page ([`preload`]), so the page hydrates at once; later navigations load
/// a chunk while the loading state shows, and a chunk that fails to arrive gets the error
/// view with a retry button (as a failed request does), never a panic.
pub fn page_view(page: PageRef) -> AnyView {
    #[cfg(feature = "ssr")]
    if let Some(rendered) = use_context::<RenderedChunk>() {
        *rendered.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(chunk_of(&page));
    }
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=Loading>
            {move || {
                attempt.track();
                let page = page.clone();
                Suspend::new(async move {
                    let chunk = chunk_of(&page);
                    match show(chunk, page).await {
                        Ok(view) => view,
                        Err(ChunkError) => {
                            let error = ApiError::Network(format!("the app's {} part did not load", chunk.name()));
                            view! { <ErrorView error=error on_retry=move |_| attempt.update(|n| *n += 1)/> }.into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
    .into_any()
}

/// The pieces of the app that pages come in. Pages that share most of their code share a
/// chunk (a list and its items, the mailbox's pages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk {
    Home,
    Info,
    News,
    Disclosure,
    Reports,
    Mailbox,
    Interaction,
    Checkpoints,
    Search,
}

impl Chunk {
    /// The chunk's name as `scripts/split-wasm` writes it into the file name.
    pub fn name(self) -> &'static str {
        match self {
            Chunk::Home => "page_home",
            Chunk::Info => "page_info",
            Chunk::News => "page_news",
            Chunk::Disclosure => "page_disclosure",
            Chunk::Reports => "page_reports",
            Chunk::Mailbox => "page_mailbox",
            Chunk::Interaction => "page_interaction",
            Chunk::Checkpoints => "page_checkpoints",
            Chunk::Search => "page_search",
        }
    }

    pub const ALL: [Chunk; 9] = [
        Chunk::Home,
        Chunk::Info,
        Chunk::News,
        Chunk::Disclosure,
        Chunk::Reports,
        Chunk::Mailbox,
        Chunk::Interaction,
        Chunk::Checkpoints,
        Chunk::Search,
    ];

    pub fn from_name(name: &str) -> Option<Chunk> {
        Chunk::ALL.into_iter().find(|chunk| chunk.name() == name)
    }
}

/// Prerendering: which chunk the rendered page is in, so that the document can name it
/// (`data-chunk` on `<html>`, read by `main.rs`).
#[cfg(feature = "ssr")]
#[derive(Clone, Debug, Default)]
pub struct RenderedChunk(pub std::sync::Arc<std::sync::Mutex<Option<Chunk>>>);

/// Which chunk a page's code is in.
pub fn chunk_of(page: &PageRef) -> Chunk {
    match page {
        PageRef::Home => Chunk::Home,
        PageRef::Static(_) | PageRef::SiteMap => Chunk::Info,
        PageRef::List { .. } | PageRef::Item { .. } => Chunk::News,
        PageRef::DisclosureHome | PageRef::DisclosureGuide | PageRef::Catalogue { .. } | PageRef::CatalogueEntry { .. } => {
            Chunk::Disclosure
        }
        PageRef::Reports | PageRef::Report { .. } => Chunk::Reports,
        PageRef::MailboxHome
        | PageRef::MailboxWrite { .. }
        | PageRef::LetterLookup
        | PageRef::LetterReplies
        | PageRef::LetterStatistics => Chunk::Mailbox,
        PageRef::Interviews | PageRef::Interview { .. } | PageRef::Knowledge { .. } => Chunk::Interaction,
        PageRef::Checkpoints { .. } | PageRef::Checkpoint { .. } => Chunk::Checkpoints,
        // The search page and the code that reads the index: loaded when a citizen searches.
        PageRef::Search => Chunk::Search,
    }
}

/// Fetches a chunk without showing anything (before hydration, see `main.rs`).
pub async fn preload(chunk: Chunk) -> Result<(), ChunkError> {
    match chunk {
        Chunk::Home => preload_home().await,
        Chunk::Info => preload_info().await,
        Chunk::News => preload_news().await,
        Chunk::Disclosure => preload_disclosure().await,
        Chunk::Reports => preload_reports().await,
        Chunk::Mailbox => preload_mailbox().await,
        Chunk::Interaction => preload_interaction().await,
        Chunk::Checkpoints => preload_checkpoints().await,
        Chunk::Search => preload_search().await,
    }
    .map_err(ChunkError::from)
}

async fn show(chunk: Chunk, page: PageRef) -> Result<AnyView, ChunkError> {
    match chunk {
        Chunk::Home => page_home(page).await,
        Chunk::Info => page_info(page).await,
        Chunk::News => page_news(page).await,
        Chunk::Disclosure => page_disclosure(page).await,
        Chunk::Reports => page_reports(page).await,
        Chunk::Mailbox => page_mailbox(page).await,
        Chunk::Interaction => page_interaction(page).await,
        Chunk::Checkpoints => page_checkpoints(page).await,
        Chunk::Search => page_search(page).await,
    }
}

/// A chunk of the app did not arrive (offline, a failed request).
#[derive(Clone, Copy, Debug)]
pub struct ChunkError;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// Declares a chunk: a function that shows its pages. With the feature `split` (the browser
/// build, whose wasm `scripts/split-wasm` cuts up) the function's code and everything only
/// it uses goes into its own wasm file, loaded on the first call; without it (prerendering,
/// native and component tests) it is a plain function.
macro_rules! chunk {
    ($name:ident, $preload:ident, |$page:ident| $body:expr) => {
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))]
        fn $name($page: PageRef) -> Result<AnyView, ChunkError> {
            Ok($body)
        }
        #[cfg(not(feature = "split"))]
        async fn $name($page: PageRef) -> Result<AnyView, ChunkError> {
            Ok($body)
        }
        #[cfg(not(feature = "split"))]
        #[allow(dead_code)]
        async fn $preload() -> Result<(), ChunkError> {
            Ok(())
        }
    };
}

/// What a chunk shows for a page that is not one of its own; `chunk_of` never sends one.
fn elsewhere() -> AnyView {
    view! { <not_found::NotFoundPage/> }.into_any()
}

chunk!(page_home, preload_home, |page| match page {
    PageRef::Home => view! { <home::HomePage/> }.into_any(),
    _ => elsewhere(),
});

chunk!(page_info, preload_info, |page| match page {
    PageRef::Static(slug) => view! { <static_page::StaticPage slug=slug/> }.into_any(),
    PageRef::SiteMap => view! { <site_map::SiteMapPage/> }.into_any(),
    _ => elsewhere(),
});

chunk!(page_news, preload_news, |page| match page {
    PageRef::List { section, filter, page } => {
        view! { <news_list::NewsListPage section=section filter=filter page=page/> }.into_any()
    }
    PageRef::Item { section, id } => view! { <news_item::NewsItemPage section=section id=id/> }.into_any(),
    _ => elsewhere(),
});

chunk!(page_disclosure, preload_disclosure, |page| match page {
    PageRef::DisclosureHome => view! { <disclosure_home::DisclosureHomePage/> }.into_any(),
    PageRef::DisclosureGuide => view! { <disclosure_guide::DisclosureGuidePage/> }.into_any(),
    PageRef::Catalogue { filter, page } => {
        view! { <catalogue_list::CatalogueListPage filter=filter page=page/> }.into_any()
    }
    PageRef::CatalogueEntry { id } => view! { <catalogue_entry::CatalogueEntryPage id=id/> }.into_any(),
    _ => elsewhere(),
});

chunk!(page_reports, preload_reports, |page| match page {
    PageRef::Reports => view! { <reports_list::ReportsListPage/> }.into_any(),
    PageRef::Report { year } => view! { <report::ReportPageView year=year/> }.into_any(),
    _ => elsewhere(),
});

chunk!(page_mailbox, preload_mailbox, |page| match page {
    PageRef::MailboxHome => view! { <mailbox_home::MailboxHomePage/> }.into_any(),
    PageRef::MailboxWrite { mailbox } => view! { <mailbox_write::MailboxWritePage mailbox=mailbox/> }.into_any(),
    PageRef::LetterLookup => view! { <letter_lookup::LetterLookupPage/> }.into_any(),
    PageRef::LetterReplies => view! { <letter_replies::LetterRepliesPage/> }.into_any(),
    PageRef::LetterStatistics => view! { <letter_statistics::LetterStatisticsPage/> }.into_any(),
    _ => elsewhere(),
});

chunk!(page_interaction, preload_interaction, |page| match page {
    PageRef::Interviews => view! { <interviews_list::InterviewsListPage/> }.into_any(),
    PageRef::Interview { id } => view! { <interview::InterviewPage id=id/> }.into_any(),
    PageRef::Knowledge { category } => view! { <knowledge::KnowledgePage category=category/> }.into_any(),
    _ => elsewhere(),
});

chunk!(page_checkpoints, preload_checkpoints, |page| match page {
    PageRef::Checkpoints { filter } => view! { <checkpoints_list::CheckpointsListPage filter=filter/> }.into_any(),
    PageRef::Checkpoint { id } => view! { <checkpoint::CheckpointPage id=id/> }.into_any(),
    _ => elsewhere(),
});

chunk!(page_search, preload_search, |page| match page {
    PageRef::Search => view! { <search::SearchPage/> }.into_any(),
    _ => elsewhere(),
});

#[cfg(test)]
mod tests {
    use portal_model::registry::{self, Kind, ROUTES};
    use portal_model::Lang;

    /// A concrete path for each route of the registry, with the demo bundle's sections.
    fn example(kind: Kind) -> &'static str {
        match kind {
            Kind::Home => "/",
            Kind::Search => "",
            Kind::Static(_) | Kind::SiteMap | Kind::DisclosureHome | Kind::DisclosureGuide | Kind::Catalogue | Kind::Reports => "",
            Kind::MailboxHome | Kind::LetterLookup | Kind::LetterReplies | Kind::LetterStatistics => "",
            Kind::MailboxWrite => "/mailbox/corrections",
            Kind::Interviews | Kind::Knowledge => "",
            Kind::Interview => "/interviews/2026-liantang-cargo",
            Kind::KnowledgeCategory => "/knowledge/vehicles",
            Kind::Checkpoints => "",
            Kind::CheckpointList => "/checkpoints/list/land/all/now",
            Kind::Checkpoint => "/checkpoints/luohu",
            Kind::Report => "/disclosure/reports/2021",
            Kind::CatalogueList => "/disclosure/catalogue/list/policy/2024/repealed/1",
            Kind::CatalogueEntry => "/disclosure/catalogue/2019-00003",
            Kind::Section => "/news",
            Kind::SectionList => "/news/list/statistics/2024/2",
            Kind::Item => "/news/20240315-01",
        }
    }

    #[test]
    fn every_registered_route_resolves_to_a_page_with_a_title_in_every_language() {
        let site: portal_model::Site = portal_model::parse("site.json", include_str!("../../public/content/site.json")).unwrap();
        for route in ROUTES {
            let path = match example(route.kind) {
                "" => route.pattern,
                path => path,
            };
            // `page_view` matches every PageRef, so a route that resolves has its view.
            let page = registry::resolve(&site, path).unwrap_or_else(|| panic!("{} does not resolve", route.pattern));
            assert_eq!(page.route().kind, route.kind, "{path}");
            for lang in Lang::ALL {
                assert!(crate::i18n::loader(lang).has(route.title), "{} lacks {}", lang.tag(), route.title);
            }
        }
    }
}
