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
pub mod site_map;
pub mod static_page;

use leptos::prelude::*;
use portal_model::registry::PageRef;

/// The view of a concrete page. A new kind of page in the registry does not compile until
/// it has its arm here.
pub fn page_view(page: PageRef) -> AnyView {
    use catalogue_entry::CatalogueEntryPage;
    use catalogue_list::CatalogueListPage;
    use checkpoint::CheckpointPage;
    use checkpoints_list::CheckpointsListPage;
    use disclosure_guide::DisclosureGuidePage;
    use disclosure_home::DisclosureHomePage;
    use home::HomePage;
    use interview::InterviewPage;
    use interviews_list::InterviewsListPage;
    use knowledge::KnowledgePage;
    use letter_lookup::LetterLookupPage;
    use letter_replies::LetterRepliesPage;
    use letter_statistics::LetterStatisticsPage;
    use mailbox_home::MailboxHomePage;
    use mailbox_write::MailboxWritePage;
    use news_item::NewsItemPage;
    use news_list::NewsListPage;
    use report::ReportPageView;
    use reports_list::ReportsListPage;
    use site_map::SiteMapPage;
    use static_page::StaticPage;
    match page {
        PageRef::Home => view! { <HomePage/> }.into_any(),
        PageRef::Static(slug) => view! { <StaticPage slug=slug/> }.into_any(),
        PageRef::SiteMap => view! { <SiteMapPage/> }.into_any(),
        PageRef::List { section, filter, page } => view! { <NewsListPage section=section filter=filter page=page/> }.into_any(),
        PageRef::Item { section, id } => view! { <NewsItemPage section=section id=id/> }.into_any(),
        PageRef::DisclosureHome => view! { <DisclosureHomePage/> }.into_any(),
        PageRef::DisclosureGuide => view! { <DisclosureGuidePage/> }.into_any(),
        PageRef::Catalogue { filter, page } => view! { <CatalogueListPage filter=filter page=page/> }.into_any(),
        PageRef::CatalogueEntry { id } => view! { <CatalogueEntryPage id=id/> }.into_any(),
        PageRef::Reports => view! { <ReportsListPage/> }.into_any(),
        PageRef::Report { year } => view! { <ReportPageView year=year/> }.into_any(),
        PageRef::MailboxHome => view! { <MailboxHomePage/> }.into_any(),
        PageRef::MailboxWrite { mailbox } => view! { <MailboxWritePage mailbox=mailbox/> }.into_any(),
        PageRef::LetterLookup => view! { <LetterLookupPage/> }.into_any(),
        PageRef::LetterReplies => view! { <LetterRepliesPage/> }.into_any(),
        PageRef::LetterStatistics => view! { <LetterStatisticsPage/> }.into_any(),
        PageRef::Interviews => view! { <InterviewsListPage/> }.into_any(),
        PageRef::Interview { id } => view! { <InterviewPage id=id/> }.into_any(),
        PageRef::Knowledge { category } => view! { <KnowledgePage category=category/> }.into_any(),
        PageRef::Checkpoints { filter } => view! { <CheckpointsListPage filter=filter/> }.into_any(),
        PageRef::Checkpoint { id } => view! { <CheckpointPage id=id/> }.into_any(),
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
