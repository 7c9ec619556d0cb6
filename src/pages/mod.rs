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

use leptos::prelude::*;
use portal_model::registry::PageRef;

/// The view of a concrete page. A new kind of page in the registry does not compile until
/// it has its arm here. Pages render on the server (the prerenderer); what acts in the
/// browser is an island inside them (`src/browser.rs`).
pub fn page_view(page: PageRef) -> AnyView {
    match page {
        PageRef::Home => view! { <home::HomePage/> }.into_any(),
        PageRef::Static(slug) => view! { <static_page::StaticPage slug=slug/> }.into_any(),
        PageRef::SiteMap => view! { <site_map::SiteMapPage/> }.into_any(),
        PageRef::List { section, filter, page } => {
            view! { <news_list::NewsListPage section=section filter=filter page=page/> }.into_any()
        }
        PageRef::Item { section, id } => view! { <news_item::NewsItemPage section=section id=id/> }.into_any(),
        PageRef::DisclosureHome => view! { <disclosure_home::DisclosureHomePage/> }.into_any(),
        PageRef::DisclosureGuide => view! { <disclosure_guide::DisclosureGuidePage/> }.into_any(),
        PageRef::Catalogue { filter, page } => {
            view! { <catalogue_list::CatalogueListPage filter=filter page=page/> }.into_any()
        }
        PageRef::CatalogueEntry { id } => view! { <catalogue_entry::CatalogueEntryPage id=id/> }.into_any(),
        PageRef::Reports => view! { <reports_list::ReportsListPage/> }.into_any(),
        PageRef::Report { year } => view! { <report::ReportPageView year=year/> }.into_any(),
        PageRef::MailboxHome => view! { <mailbox_home::MailboxHomePage/> }.into_any(),
        PageRef::MailboxWrite { mailbox } => view! { <mailbox_write::MailboxWritePage mailbox=mailbox/> }.into_any(),
        PageRef::LetterLookup => view! { <letter_lookup::LetterLookupPage/> }.into_any(),
        PageRef::LetterReplies => view! { <letter_replies::LetterRepliesPage/> }.into_any(),
        PageRef::LetterStatistics => view! { <letter_statistics::LetterStatisticsPage/> }.into_any(),
        PageRef::Interviews => view! { <interviews_list::InterviewsListPage/> }.into_any(),
        PageRef::Interview { id } => view! { <interview::InterviewPage id=id/> }.into_any(),
        PageRef::Knowledge { category } => view! { <knowledge::KnowledgePage category=category/> }.into_any(),
        PageRef::Checkpoints { filter } => view! { <checkpoints_list::CheckpointsListPage filter=filter/> }.into_any(),
        PageRef::Checkpoint { id } => view! { <checkpoint::CheckpointPage id=id/> }.into_any(),
        PageRef::Search => view! { <search::SearchPage/> }.into_any(),
    }
}

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
