//! The page registry: every route of the portal, written once, and the one function that
//! lists every concrete page of a bundle.
//!
//! Everything that needs to know which pages exist reads this module: the app's router
//! (which view a path gets), breadcrumbs, the site map, the navigation filter, canonical and
//! hreflang links, the content tool (link check, required pages, `sitemap.xml`, the page
//! index the prerenderer renders); the server's filter redirect builds list addresses with
//! the same `ListFilter::path` and only to pages prerendered from this list. A news-like section
//! declared in `site.json` gets its list, filtered list and item pages from the three
//! `/:section` routes below, so adding one is a content change, not a code change.
//!
//! Paths here are language-neutral (`/about`); [`Lang::localize_path`] puts `/en` or `/zh-hk`
//! in front.
//!
//! Interaction pages (互动交流) and their stable addresses, which other pages may link to:
//! - `/interviews`: online interviews (在线访谈), upcoming first, then past ones, newest first;
//!   `/interviews/<id>`: one interview (`interviews/<id>.json`).
//! - `/knowledge`: the knowledge base (业务知识库), every question grouped by category;
//!   `/knowledge/<category>`: one category (the filter as a page of its own, so it works
//!   without JavaScript; it is what `/knowledge?category=<id>` would have been);
//!   `#q-<id>` on either page: one question. A link "before you write, see if your question
//!   is answered" goes to `/knowledge` (or `/knowledge/<category>`), built with
//!   [`knowledge_path`](crate::knowledge::knowledge_path).
//!
//! Checkpoints (口岸通关服务): `/checkpoints`, the directory; `/checkpoints/<id>`, one
//! checkpoint; `/checkpoints/list/<type>/<crosses>/<open>`, the directory filtered
//! ([`CheckpointFilter::path`], `all` for no filter; `GET /checkpoints?type=&crosses=&open=`
//! lands there without the app).

use crate::checkpoint::{CheckpointFilter, Checkpoints as CheckpointsFile};
use crate::disclosure::{CatalogueFilter, DisclosureDerived};
use crate::letter::Mailbox;
use crate::news::{Derived, ListFilter, Section};
use crate::{Date, Lang, Site, Text};

/// What a route shows. The app maps each kind to one page component, in one `match`, so a
/// kind without a view does not compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Home,
    /// A page written as `pages/<slug>.json`.
    Static(&'static str),
    SiteMap,
    /// A section's list, unfiltered, first page (`/news`).
    Section,
    /// A filtered or later page of a section's list (`/news/list/<category>/<year>/<page>`).
    SectionList,
    /// One item of a section (`/news/<id>`).
    Item,
    /// `/disclosure`: the disclosure home, whose entry points are the routes under it.
    DisclosureHome,
    /// `/disclosure/guide`: the disclosure guide (`disclosure/guide.json`).
    DisclosureGuide,
    /// `/disclosure/catalogue`: the catalogue, unfiltered, first page.
    Catalogue,
    /// `/disclosure/catalogue/list/<category>/<year>/<validity>/<page>`.
    CatalogueList,
    /// `/disclosure/catalogue/<id>`: one entry of the catalogue.
    CatalogueEntry,
    /// `/disclosure/reports`: the annual reports, newest first, and their comparison.
    Reports,
    /// `/disclosure/reports/<year>`: one annual report.
    Report,
    /// `/mailbox`: the interaction home: the three mailboxes and what is around them.
    MailboxHome,
    /// `/mailbox/<mailbox>`: write to one mailbox (`letter::Mailbox` slugs). The server
    /// takes the same path as the form's plain POST when the app is not running.
    MailboxWrite,
    /// `/mailbox/lookup`: a letter's state by number and query code (plain POST too).
    LetterLookup,
    /// `/mailbox/replies`: published replies, filtered in the query string (`?mailbox=`,
    /// `?category=`, `?page=`): they come from the mailbox API, not from the bundle.
    LetterReplies,
    /// `/mailbox/statistics`: letters received and answered per month and year.
    LetterStatistics,
    /// `/interviews`: online interviews, upcoming then past.
    Interviews,
    /// `/interviews/<id>`: one interview with its transcript.
    Interview,
    /// `/knowledge`: the knowledge base, every category.
    Knowledge,
    /// `/knowledge/<category>`: the knowledge base filtered to one category.
    KnowledgeCategory,
    /// `/checkpoints`: the checkpoint directory, unfiltered.
    Checkpoints,
    /// `/checkpoints/list/<type>/<crosses>/<open>`: the directory filtered.
    CheckpointList,
    /// `/checkpoints/<id>`: one checkpoint.
    Checkpoint,
    /// `/search?q=&section=&year=&page=`: site search (`crate::search`). One prerendered
    /// page; the query is read and run by the app in the browser.
    Search,
}

/// One route: a path pattern (`:name` matches one segment) and what the rest of the site
/// needs to know about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    pub kind: Kind,
    pub pattern: &'static str,
    /// Fluent id of the page's short title (breadcrumbs, site map). Section routes are
    /// titled by their section's label from `site.json` instead.
    pub title: &'static str,
    /// The kind of the page above it in the breadcrumbs; `None` for home.
    pub parent: Option<Kind>,
    /// Listed in the site map (and `sitemap.xml`). Filtered lists and items are reached
    /// from their lists; items still go into `sitemap.xml`.
    pub in_site_map: bool,
}

const fn route(kind: Kind, pattern: &'static str, title: &'static str, parent: Option<Kind>, in_site_map: bool) -> Route {
    Route { kind, pattern, title, parent, in_site_map }
}

use Kind::*;

/// Every route, in site-map order. Routes without parameters match before those with: a
/// section can never be called `about` (the content tool refuses ids in [`RESERVED`]).
///
/// To add a static page: write `pages/<slug>.json` and add one line here (its title id
/// goes into each `locales/*/portal.ftl`; a test checks it is there).
pub const ROUTES: &[Route] = &[
    route(Home, "/", "route-home", None, true),
    route(Section, "/:section", "route-section", Some(Home), true),
    route(Static("about"), "/about", "route-about", Some(Home), true),
    route(SiteMap, "/sitemap", "route-sitemap", Some(Home), true),
    route(Search, "/search", "route-search", Some(Home), true),
    route(Static("copyright"), "/copyright", "route-copyright", Some(Home), true),
    route(Static("privacy"), "/privacy", "route-privacy", Some(Home), true),
    route(Static("accessibility"), "/accessibility", "route-accessibility", Some(Home), true),
    route(DisclosureHome, "/disclosure", "route-disclosure", Some(Home), true),
    route(Checkpoints, "/checkpoints", "route-checkpoints", Some(Home), true),
    route(Interviews, "/interviews", "route-interviews", Some(MailboxHome), true),
    route(Knowledge, "/knowledge", "route-knowledge", Some(MailboxHome), true),
    route(DisclosureGuide, "/disclosure/guide", "route-disclosure-guide", Some(DisclosureHome), true),
    route(Catalogue, "/disclosure/catalogue", "route-catalogue", Some(DisclosureHome), true),
    route(Reports, "/disclosure/reports", "route-reports", Some(DisclosureHome), true),
    route(Report, "/disclosure/reports/:year", "route-report", Some(Reports), false),
    route(MailboxHome, "/mailbox", "route-mailbox", Some(Home), true),
    route(LetterLookup, "/mailbox/lookup", "route-letter-lookup", Some(MailboxHome), true),
    route(LetterReplies, "/mailbox/replies", "route-letter-replies", Some(MailboxHome), true),
    route(LetterStatistics, "/mailbox/statistics", "route-letter-statistics", Some(MailboxHome), true),
    route(MailboxWrite, "/mailbox/:mailbox", "route-mailbox-write", Some(MailboxHome), false),
    route(CatalogueList, "/disclosure/catalogue/list/:category/:year/:validity/:page", "route-catalogue", Some(DisclosureHome), false),
    route(CatalogueEntry, "/disclosure/catalogue/:id", "route-catalogue-entry", Some(Catalogue), false),
    route(Interview, "/interviews/:id", "route-interview", Some(Interviews), false),
    route(KnowledgeCategory, "/knowledge/:category", "route-knowledge", Some(Knowledge), false),
    route(CheckpointList, "/checkpoints/list/:type/:crosses/:open", "route-checkpoints", Some(Checkpoints), false),
    route(Checkpoint, "/checkpoints/:id", "route-checkpoint", Some(Checkpoints), false),
    route(SectionList, "/:section/list/:category/:year/:page", "route-section", Some(Home), false),
    route(Item, "/:section/:id", "route-section", Some(Section), false),
];

/// First path segments a section id may not take: the static pages', the language prefixes
/// and the folders the build writes beside the pages.
pub const RESERVED: &[&str] = &["en", "zh-hk", "content", "files", "images", "api", "list", "well-known", "404"];

/// Whether `id` can name a section (a URL segment and a folder of `dist/`).
pub fn is_reserved(id: &str) -> bool {
    RESERVED.contains(&id) || ROUTES.iter().any(|r| !r.pattern.contains(':') && r.pattern.trim_start_matches('/') == id)
}

/// The route of `kind`.
pub fn route_of(kind: Kind) -> &'static Route {
    ROUTES.iter().find(|r| r.kind == kind).expect("every kind has a route in ROUTES")
}

/// The slugs of the static pages: each needs its `pages/<slug>.json`.
pub fn static_slugs() -> impl Iterator<Item = &'static str> {
    ROUTES.iter().filter_map(|r| match r.kind {
        Static(slug) => Some(slug),
        _ => None,
    })
}

/// A concrete page: a route and the values of its parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageRef {
    Home,
    Static(&'static str),
    SiteMap,
    /// A page of a section's list (the first unfiltered page is the section's own address).
    List { section: String, filter: ListFilter, page: usize },
    Item { section: String, id: String },
    DisclosureHome,
    DisclosureGuide,
    /// A page of the catalogue (the first unfiltered page is `/disclosure/catalogue`).
    Catalogue { filter: CatalogueFilter, page: usize },
    CatalogueEntry { id: String },
    Reports,
    Report { year: i32 },
    MailboxHome,
    MailboxWrite { mailbox: Mailbox },
    LetterLookup,
    LetterReplies,
    LetterStatistics,
    Interviews,
    Interview { id: String },
    /// The knowledge base, all categories (`None`, `/knowledge`) or one.
    Knowledge { category: Option<String> },
    /// The checkpoint directory (no filter is `/checkpoints`).
    Checkpoints { filter: CheckpointFilter },
    Checkpoint { id: String },
    Search,
}

impl PageRef {
    /// The route this page belongs to.
    pub fn route(&self) -> &'static Route {
        route_of(match self {
            PageRef::Home => Home,
            PageRef::Static(slug) => Static(slug),
            PageRef::SiteMap => SiteMap,
            PageRef::List { filter, page, .. } if filter.category.is_none() && filter.year.is_none() && *page == 1 => Section,
            PageRef::List { .. } => SectionList,
            PageRef::Item { .. } => Item,
            PageRef::DisclosureHome => DisclosureHome,
            PageRef::DisclosureGuide => DisclosureGuide,
            PageRef::Catalogue { filter, page } if filter.is_none() && *page == 1 => Catalogue,
            PageRef::Catalogue { .. } => CatalogueList,
            PageRef::CatalogueEntry { .. } => CatalogueEntry,
            PageRef::Reports => Reports,
            PageRef::Report { .. } => Report,
            PageRef::MailboxHome => MailboxHome,
            PageRef::MailboxWrite { .. } => MailboxWrite,
            PageRef::LetterLookup => LetterLookup,
            PageRef::LetterReplies => LetterReplies,
            PageRef::LetterStatistics => LetterStatistics,
            PageRef::Interviews => Interviews,
            PageRef::Interview { .. } => Interview,
            PageRef::Knowledge { category: None } => Knowledge,
            PageRef::Knowledge { category: Some(_) } => KnowledgeCategory,
            PageRef::Checkpoints { filter } if filter.is_none() => Checkpoints,
            PageRef::Checkpoints { .. } => CheckpointList,
            PageRef::Checkpoint { .. } => Checkpoint,
            PageRef::Search => Search,
        })
    }

    /// The page's own language-neutral address (no trailing slash, except home).
    pub fn path(&self) -> String {
        match self {
            PageRef::Home => "/".to_string(),
            PageRef::Static(slug) => format!("/{slug}"),
            PageRef::SiteMap => route_of(SiteMap).pattern.to_string(),
            PageRef::Search => route_of(Search).pattern.to_string(),
            PageRef::List { section, filter, page } => filter.path(section, *page),
            PageRef::Item { section, id } => format!("/{section}/{id}"),
            PageRef::DisclosureHome => route_of(DisclosureHome).pattern.to_string(),
            PageRef::DisclosureGuide => route_of(DisclosureGuide).pattern.to_string(),
            PageRef::Catalogue { filter, page } => filter.path(*page),
            PageRef::CatalogueEntry { id } => format!("{}/{id}", CatalogueFilter::BASE),
            PageRef::Reports => route_of(Reports).pattern.to_string(),
            PageRef::Report { year } => format!("{}/{year}", route_of(Reports).pattern),
            PageRef::MailboxWrite { mailbox } => format!("{}/{}", route_of(MailboxHome).pattern, mailbox.slug()),
            PageRef::MailboxHome | PageRef::LetterLookup | PageRef::LetterReplies | PageRef::LetterStatistics => {
                self.route().pattern.to_string()
            }
            PageRef::Interviews => route_of(Interviews).pattern.to_string(),
            PageRef::Interview { id } => format!("{}/{id}", route_of(Interviews).pattern),
            PageRef::Knowledge { category } => crate::knowledge::knowledge_path(category.as_deref()),
            PageRef::Checkpoints { filter } => filter.path(),
            PageRef::Checkpoint { id } => format!("{}/{id}", CheckpointsFile::BASE),
        }
    }

    /// The section a list or item page belongs to.
    pub fn section(&self) -> Option<&str> {
        match self {
            PageRef::List { section, .. } | PageRef::Item { section, .. } => Some(section),
            _ => None,
        }
    }
}

/// Reads a list filter and page from path segments; `None` if any is not valid for the
/// section (a category of another section, a year that is not a number, page 0).
pub fn parse_filter(section: &Section, category: &str, year: &str, page: &str) -> Option<(ListFilter, usize)> {
    let category = match category {
        ListFilter::ALL => None,
        id if section.categories.iter().any(|c| c.id == id) => Some(id.to_string()),
        _ => return None,
    };
    let year = match year {
        ListFilter::ALL => None,
        y if y.len() == 4 => Some(y.parse::<i32>().ok().filter(|y| (1990..=2100).contains(y))?),
        _ => return None,
    };
    // Digits only, no leading zero: one address per page.
    let page = page.parse::<usize>().ok().filter(|p| *p >= 1 && p.to_string() == page)?;
    Some((ListFilter { category, year }, page))
}

/// Item ids are `[a-z0-9-]`; anything else cannot be an item and is not looked up.
fn is_id(segment: &str) -> bool {
    !segment.is_empty() && segment.len() <= 64 && segment.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The page at a language-neutral path (a trailing slash is ignored), or `None` if no
/// route matches. An item's existence is not checked here (the app learns it by loading
/// the item; the content tool by [`pages`]).
pub fn resolve(site: &Site, neutral_path: &str) -> Option<PageRef> {
    let trimmed = neutral_path.trim_end_matches('/');
    if trimmed.is_empty() {
        return Some(PageRef::Home);
    }
    let segments: Vec<&str> = trimmed.strip_prefix('/')?.split('/').collect();
    let section = |id: &str| site.sections.iter().find(|s| s.id == id);
    for route in ROUTES {
        let pattern: Vec<&str> = route.pattern.trim_start_matches('/').split('/').collect();
        if pattern.len() != segments.len()
            || !pattern.iter().zip(&segments).all(|(p, s)| p.starts_with(':') || p == s)
        {
            continue;
        }
        let page = match (route.kind, segments.as_slice()) {
            (Home, _) => Some(PageRef::Home),
            (Static(slug), _) => Some(PageRef::Static(slug)),
            (SiteMap, _) => Some(PageRef::SiteMap),
            (Search, _) => Some(PageRef::Search),
            (Section, [id]) => section(id).map(|s| PageRef::List { section: s.id.clone(), filter: ListFilter::default(), page: 1 }),
            (SectionList, [id, _, category, year, page]) => section(id).and_then(|s| {
                let (filter, page) = parse_filter(s, category, year, page)?;
                // The first unfiltered page has one address, the section's own.
                let page = PageRef::List { section: s.id.clone(), filter, page };
                (page.route().kind == SectionList).then_some(page)
            }),
            (Item, [id, item]) => section(id).filter(|_| is_id(item)).map(|s| PageRef::Item { section: s.id.clone(), id: item.to_string() }),
            (DisclosureHome, _) => Some(PageRef::DisclosureHome),
            (DisclosureGuide, _) => Some(PageRef::DisclosureGuide),
            (Catalogue, _) => Some(PageRef::Catalogue { filter: CatalogueFilter::default(), page: 1 }),
            (CatalogueList, [.., category, year, validity, page]) => {
                CatalogueFilter::parse(category, year, validity, page).and_then(|(filter, page)| {
                    let page = PageRef::Catalogue { filter, page };
                    (page.route().kind == CatalogueList).then_some(page)
                })
            }
            (CatalogueEntry, [.., id]) if *id != "list" => is_id(id).then(|| PageRef::CatalogueEntry { id: id.to_string() }),
            (Reports, _) => Some(PageRef::Reports),
            // Four digits, no sign or leading `+`: one address per report.
            (Report, [.., year]) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => {
                year.parse::<i32>().ok().filter(|y| (1990..=2100).contains(y)).map(|year| PageRef::Report { year })
            }
            (MailboxHome, _) => Some(PageRef::MailboxHome),
            (LetterLookup, _) => Some(PageRef::LetterLookup),
            (LetterReplies, _) => Some(PageRef::LetterReplies),
            (LetterStatistics, _) => Some(PageRef::LetterStatistics),
            (MailboxWrite, [.., slug]) => Mailbox::from_slug(slug).map(|mailbox| PageRef::MailboxWrite { mailbox }),
            (Interviews, _) => Some(PageRef::Interviews),
            (Interview, [.., id]) => is_id(id).then(|| PageRef::Interview { id: id.to_string() }),
            (Knowledge, _) => Some(PageRef::Knowledge { category: None }),
            // Only checked to be an id: an unknown category's page is not found.
            (KnowledgeCategory, [.., id]) => is_id(id).then(|| PageRef::Knowledge { category: Some(id.to_string()) }),
            (Checkpoints, _) => Some(PageRef::Checkpoints { filter: CheckpointFilter::default() }),
            // The unfiltered directory has one address, `/checkpoints`.
            (CheckpointList, [.., kind, mode, open]) => {
                CheckpointFilter::parse(kind, mode, open).filter(|f| !f.is_none()).map(|filter| PageRef::Checkpoints { filter })
            }
            (Checkpoint, [.., id]) if *id != "list" => is_id(id).then(|| PageRef::Checkpoint { id: id.to_string() }),
            _ => None,
        };
        if page.is_some() {
            return page;
        }
    }
    None
}

/// A page's short title: a Fluent message id, or a label from the bundle.
#[derive(Clone, Debug, PartialEq)]
pub enum Title {
    Message(&'static str),
    Label(Text),
}

/// The title of a route for a given section (section routes are titled by its label).
fn title_of(site: &Site, route: &Route, section: Option<&str>) -> Title {
    match (route.kind, section.and_then(|id| site.sections.iter().find(|s| s.id == id))) {
        (Section | SectionList | Item, Some(s)) => Title::Label(s.label.clone()),
        _ => Title::Message(route.title),
    }
}

/// One step of a breadcrumb trail or one entry of the site map.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub title: Title,
    /// Language-neutral.
    pub path: String,
}

/// The pages above `page`, home first, the page itself not included.
pub fn ancestors(site: &Site, page: &PageRef) -> Vec<Link> {
    let section = page.section();
    let mut trail = Vec::new();
    let mut current = page.route();
    while let Some(parent) = current.parent.map(route_of) {
        let path = match (parent.kind, section) {
            (Section, Some(id)) => format!("/{id}"),
            _ => parent.pattern.to_string(),
        };
        trail.push(Link { title: title_of(site, parent, section), path });
        current = parent;
    }
    trail.reverse();
    trail
}

/// One entry of the site map with the entries under it.
#[derive(Clone, Debug, PartialEq)]
pub struct SiteMapEntry {
    pub link: Link,
    pub children: Vec<SiteMapEntry>,
}

/// The site map: home, and under it every page listed in the site map (one entry per
/// section), nested as in the breadcrumbs.
pub fn site_map(site: &Site) -> SiteMapEntry {
    fn children(site: &Site, parent: Kind) -> Vec<SiteMapEntry> {
        ROUTES
            .iter()
            .filter(|r| r.in_site_map && r.parent == Some(parent))
            .flat_map(|r| -> Vec<SiteMapEntry> {
                match r.kind {
                    Section => site
                        .sections
                        .iter()
                        .map(|s| SiteMapEntry {
                            link: Link { title: Title::Label(s.label.clone()), path: format!("/{}", s.id) },
                            children: Vec::new(),
                        })
                        .collect(),
                    kind => vec![SiteMapEntry {
                        link: Link { title: Title::Message(r.title), path: r.pattern.to_string() },
                        children: children(site, kind),
                    }],
                }
            })
            .collect()
    }
    let home = route_of(Home);
    SiteMapEntry { link: Link { title: Title::Message(home.title), path: home.pattern.to_string() }, children: children(site, Home) }
}

/// One concrete page of a bundle.
#[derive(Clone, Debug, PartialEq)]
pub struct PageEntry {
    pub page: PageRef,
    /// Language-neutral address.
    pub path: String,
    /// When its content last changed, where the bundle says (items).
    pub updated: Option<Date>,
}

/// What [`pages`] needs to know of a bundle: the files derived from its news items and
/// from its disclosure catalogue.
pub struct BundleDerived {
    pub news: Derived,
    pub disclosure: DisclosureDerived,
    /// The years of the annual reports.
    pub reports: Vec<i32>,
    /// The ids of the interviews.
    pub interviews: Vec<String>,
    /// The ids of the knowledge base's categories.
    pub knowledge: Vec<String>,
    /// The ids of the checkpoints.
    pub checkpoints: Vec<String>,
}

/// Every concrete page of a bundle, each once, language-neutral: the pages without
/// parameters, every list page of every filter of every section, every item, every page of
/// every catalogue filter and every catalogue entry.
pub fn pages(derived: &BundleDerived) -> Vec<PageEntry> {
    let mut out = Vec::new();
    for route in ROUTES {
        match route.kind {
            Home => out.push(PageRef::Home),
            Static(slug) => out.push(PageRef::Static(slug)),
            SiteMap => out.push(PageRef::SiteMap),
            Search => out.push(PageRef::Search),
            DisclosureHome => out.push(PageRef::DisclosureHome),
            DisclosureGuide => out.push(PageRef::DisclosureGuide),
            Reports => out.push(PageRef::Reports),
            Report => out.extend(derived.reports.iter().map(|&year| PageRef::Report { year })),
            MailboxHome => out.push(PageRef::MailboxHome),
            MailboxWrite => out.extend(Mailbox::ALL.map(|mailbox| PageRef::MailboxWrite { mailbox })),
            LetterLookup => out.push(PageRef::LetterLookup),
            LetterReplies => out.push(PageRef::LetterReplies),
            LetterStatistics => out.push(PageRef::LetterStatistics),
            Interviews => out.push(PageRef::Interviews),
            Interview => out.extend(derived.interviews.iter().map(|id| PageRef::Interview { id: id.clone() })),
            Knowledge => out.push(PageRef::Knowledge { category: None }),
            KnowledgeCategory => out.extend(derived.knowledge.iter().map(|id| PageRef::Knowledge { category: Some(id.clone()) })),
            Checkpoints => out.push(PageRef::Checkpoints { filter: CheckpointFilter::default() }),
            CheckpointList => {
                out.extend(CheckpointFilter::every().into_iter().filter(|f| !f.is_none()).map(|filter| PageRef::Checkpoints { filter }))
            }
            Checkpoint => out.extend(derived.checkpoints.iter().map(|id| PageRef::Checkpoint { id: id.clone() })),
            // Lists, items and entries come from the derived files below.
            Section | SectionList | Item | Catalogue | CatalogueList | CatalogueEntry => {}
        }
    }
    let mut entries: Vec<PageEntry> = out.into_iter().map(|page| PageEntry { path: page.path(), page, updated: None }).collect();
    let (news, disclosure) = (&derived.news, &derived.disclosure);
    for list in &news.lists {
        let page = PageRef::List { section: list.section.clone(), filter: list.filter.clone(), page: list.page };
        entries.push(PageEntry { path: page.path(), page, updated: None });
    }
    for item in &news.items {
        let page = PageRef::Item { section: item.section.clone(), id: item.item.id.clone() };
        entries.push(PageEntry { path: page.path(), page, updated: Some(item.item.date) });
    }
    for list in &disclosure.lists {
        let page = PageRef::Catalogue { filter: list.filter.clone(), page: list.page };
        entries.push(PageEntry { path: page.path(), page, updated: None });
    }
    for entry in &disclosure.entries {
        let page = PageRef::CatalogueEntry { id: entry.entry.id.clone() };
        let updated = entry.entry.validity.date.unwrap_or(entry.entry.published).max(entry.entry.published);
        entries.push(PageEntry { path: page.path(), page, updated: Some(updated) });
    }
    entries
}

/// Every concrete page path of a bundle in every language (`/about`, `/zh-hk/about`,
/// `/en/about`, ...).
pub fn localized_paths(derived: &BundleDerived) -> Vec<String> {
    let neutral: Vec<String> = pages(derived).into_iter().map(|p| p.path).collect();
    in_every_language(&neutral).map(|(_, path)| path).collect()
}

/// Language-neutral paths in every language, language by language, each with its language.
pub fn in_every_language(neutral: &[String]) -> impl Iterator<Item = (Lang, String)> + '_ {
    Lang::ALL.into_iter().flat_map(move |lang| neutral.iter().map(move |path| (lang, lang.localize_path(path))))
}

/// The file the content tool writes for the prerenderer: every page's language-neutral
/// path (`derived/pages.json`), so that the prerenderer renders exactly what the registry
/// lists without reading and deriving the bundle again.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PageIndex {
    pub schema: u64,
    pub paths: Vec<String>,
}

impl PageIndex {
    pub const FILE: &'static str = "derived/pages.json";

    pub fn new(derived: &BundleDerived) -> PageIndex {
        PageIndex { schema: crate::SCHEMA_VERSION, paths: pages(derived).into_iter().map(|p| p.path).collect() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::news::{derive, NewsItem};

    fn site() -> Site {
        crate::parse("site.json", include_str!("../../../public/content/site.json")).unwrap()
    }

    fn list(section: &str, category: Option<&str>, year: Option<i32>, page: usize) -> PageRef {
        PageRef::List { section: section.into(), filter: ListFilter { category: category.map(Into::into), year }, page }
    }

    #[test]
    fn paths_resolve_to_their_pages_and_back() {
        let site = site();
        for (path, page) in [
            ("/", PageRef::Home),
            ("/about", PageRef::Static("about")),
            ("/about/", PageRef::Static("about")),
            ("/sitemap", PageRef::SiteMap),
            ("/news", list("news", None, None, 1)),
            ("/notices/list/policy/all/1", list("notices", Some("policy"), None, 1)),
            ("/news/list/all/2024/3", list("news", None, Some(2024), 3)),
            ("/news/20240315-01", PageRef::Item { section: "news".into(), id: "20240315-01".into() }),
        ] {
            assert_eq!(resolve(&site, path), Some(page.clone()), "{path}");
            let own = if path == "/" { "/" } else { path.trim_end_matches('/') };
            assert_eq!(page.path(), own, "{path}");
        }
    }

    #[test]
    fn what_is_not_a_page_resolves_to_nothing() {
        let site = site();
        for path in [
            "/nope",
            "/news/a/b",
            "/news/list/all/all/1",     // the unfiltered first page is /news
            "/news/list/policy/all/1",  // a category of another section
            "/news/list/all/24x/1",
            "/news/list/all/all/0",
            "/news/list/all/all/01",
            "/news/NOT-AN-ID",
            "//news",
            "news",
            "/about/x",
        ] {
            assert_eq!(resolve(&site, path), None, "{path}");
        }
    }

    #[test]
    fn a_section_declared_in_site_json_gets_its_pages_without_code() {
        let mut site = site();
        let mut extra = site.sections[0].clone();
        extra.id = "briefings".into();
        extra.categories[0].id = "briefing".into();
        extra.categories.truncate(1);
        site.sections.push(extra);
        assert_eq!(resolve(&site, "/briefings"), Some(list("briefings", None, None, 1)));
        assert!(resolve(&site, "/briefings/list/briefing/all/2").is_some());
        let crumbs = ancestors(&site, &resolve(&site, "/briefings/20240101-01").unwrap());
        assert_eq!(crumbs.iter().map(|l| l.path.as_str()).collect::<Vec<_>>(), ["/", "/briefings"]);
        assert!(site_map(&site).children.iter().any(|e| e.link.path == "/briefings"));
    }

    #[test]
    fn breadcrumbs_start_at_home_and_items_sit_under_their_section() {
        let site = site();
        assert!(ancestors(&site, &PageRef::Home).is_empty());
        let about = ancestors(&site, &PageRef::Static("about"));
        assert_eq!(about, vec![Link { title: Title::Message("route-home"), path: "/".into() }]);
        let item = ancestors(&site, &resolve(&site, "/notices/20240315-01").unwrap());
        assert_eq!(item[1].path, "/notices");
        assert!(matches!(&item[1].title, Title::Label(t) if t.in_lang(Lang::ZhCn) == "通知公告"));
        let filtered = ancestors(&site, &resolve(&site, "/news/list/all/2024/1").unwrap());
        assert_eq!(filtered.len(), 1, "a filtered list sits under home, titled by its section");
    }

    #[test]
    fn the_site_map_lists_sections_then_pages_once() {
        let site = site();
        let map = site_map(&site);
        let paths: Vec<&str> = map.children.iter().map(|e| e.link.path.as_str()).collect();
        let sections: Vec<String> = site.sections.iter().map(|s| format!("/{}", s.id)).collect();
        assert_eq!(&paths[..sections.len()], sections.iter().map(String::as_str).collect::<Vec<_>>().as_slice());
        assert!(paths.contains(&"/about") && paths.contains(&"/accessibility"));
        assert!(!paths.iter().any(|p| p.contains(':')), "{paths:?}");
    }

    #[test]
    fn every_page_of_a_bundle_is_listed_once_and_resolves_to_itself() {
        let site = site();
        let item: NewsItem = crate::parse(
            "x.json",
            r#"{"schema":1,"id":"20240315-01","category":"policy","date":"2024-03-15","source":{"zh-CN":"市口岸办"},
               "title":{"zh-CN":"标题"},"summary":{"zh-CN":"摘要"},"body":[]}"#,
        )
        .unwrap();
        let derived = BundleDerived { news: derive(&site.sections, &[item]), disclosure: Default::default(), reports: vec![2014, 2021], interviews: vec!["2026-port-hours".into()], knowledge: vec!["vehicles".into()], checkpoints: vec!["luohu".into()] };
        let pages = pages(&derived);
        let paths: std::collections::BTreeSet<&str> = pages.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths.len(), pages.len(), "a page is listed twice");
        for entry in &pages {
            assert_eq!(resolve(&site, &entry.path).as_ref(), Some(&entry.page), "{}", entry.path);
        }
        for path in ["/", "/about", "/sitemap", "/news", "/notices", "/notices/list/policy/2024/1", "/notices/20240315-01"] {
            assert!(paths.contains(path), "{path} missing");
        }
        for path in ["/disclosure/reports", "/disclosure/reports/2014", "/disclosure/reports/2021"] {
            assert!(paths.contains(path), "{path} missing");
        }
        for path in ["/interviews", "/interviews/2026-port-hours", "/knowledge", "/knowledge/vehicles"] {
            assert!(paths.contains(path), "{path} missing");
        }
        for path in ["/checkpoints", "/checkpoints/luohu", "/checkpoints/list/land/all/all", "/checkpoints/list/all/cargo/now", "/checkpoints/list/air/vehicles/all"] {
            assert!(paths.contains(path), "{path} missing");
        }
        for path in ["/checkpoints/list/all/all/all", "/checkpoints/list/rail/all/all", "/checkpoints/list", "/checkpoints/Luohu", "/checkpoints/a/b"] {
            assert_eq!(resolve(&site, path), None, "{path}");
        }
        assert_eq!(
            ancestors(&site, &PageRef::Checkpoint { id: "luohu".into() }).iter().map(|l| l.path.as_str()).collect::<Vec<_>>(),
            ["/", "/checkpoints"]
        );
        assert!(site_map(&site).children.iter().any(|e| e.link.path == "/checkpoints"));
        assert!(is_reserved("checkpoints"));
        for path in ["/interviews/Bad_Id", "/interviews/a/b", "/knowledge/a/b", "/knowledge/X"] {
            assert_eq!(resolve(&site, path), None, "{path}");
        }
        assert_eq!(
            ancestors(&site, &PageRef::Knowledge { category: Some("vehicles".into()) }).iter().map(|l| l.path.as_str()).collect::<Vec<_>>(),
            ["/", "/mailbox", "/knowledge"]
        );
        assert_eq!(
            ancestors(&site, &PageRef::Interview { id: "x".into() }).iter().map(|l| l.path.as_str()).collect::<Vec<_>>(),
            ["/", "/mailbox", "/interviews"]
        );
        assert!(is_reserved("interviews") && is_reserved("knowledge"));
        for path in ["/disclosure/reports/14", "/disclosure/reports/+2014", "/disclosure/reports/1800", "/disclosure/reports/2014/x"] {
            assert_eq!(resolve(&site, path), None, "{path}");
        }
        assert_eq!(
            ancestors(&site, &PageRef::Report { year: 2021 }).iter().map(|l| l.path.as_str()).collect::<Vec<_>>(),
            ["/", "/disclosure", "/disclosure/reports"]
        );
        assert_eq!(localized_paths(&derived).len(), pages.len() * Lang::ALL.len());
        assert!(localized_paths(&derived).contains(&"/en/notices/20240315-01".to_string()));
    }

    #[test]
    fn disclosure_pages_resolve_sit_under_the_disclosure_home_and_are_listed() {
        use crate::disclosure::{self, Catalogue, CatalogueEntry, ValidityState};
        let site = site();
        let f = |category: Option<&str>, year: Option<i32>, validity: Option<ValidityState>, page| PageRef::Catalogue {
            filter: CatalogueFilter { category: category.map(Into::into), year, validity },
            page,
        };
        for (path, page) in [
            ("/disclosure", PageRef::DisclosureHome),
            ("/disclosure/guide", PageRef::DisclosureGuide),
            ("/disclosure/catalogue", f(None, None, None, 1)),
            ("/disclosure/catalogue/list/policy/2024/repealed/2", f(Some("policy"), Some(2024), Some(ValidityState::Repealed), 2)),
            ("/disclosure/catalogue/list/all/all/current/1", f(None, None, Some(ValidityState::Current), 1)),
            ("/disclosure/catalogue/2024-00012", PageRef::CatalogueEntry { id: "2024-00012".into() }),
        ] {
            assert_eq!(resolve(&site, path), Some(page.clone()), "{path}");
            assert_eq!(page.path(), path);
        }
        for path in ["/disclosure/catalogue/list/all/all/all/1", "/disclosure/catalogue/list/all/all/void/1", "/disclosure/catalogue/list", "/disclosure/x/y"] {
            assert_eq!(resolve(&site, path), None, "{path}");
        }
        assert!(is_reserved("disclosure"));
        let entry = ancestors(&site, &PageRef::CatalogueEntry { id: "2024-00012".into() });
        assert_eq!(entry.iter().map(|l| l.path.as_str()).collect::<Vec<_>>(), ["/", "/disclosure", "/disclosure/catalogue"]);
        let map = site_map(&site);
        let home = map.children.iter().find(|e| e.link.path == "/disclosure").expect("the disclosure home is in the site map");
        assert_eq!(home.children.iter().map(|e| e.link.path.as_str()).collect::<Vec<_>>(), ["/disclosure/guide", "/disclosure/catalogue", "/disclosure/reports"]);

        let catalogue: Catalogue = crate::parse("c.json", r#"{"schema":1,"categories":[{"id":"policy","label":{"zh-CN":"政策法规"}}]}"#).unwrap();
        let entry: CatalogueEntry = crate::parse(
            "e.json",
            r#"{"schema":1,"id":"2024-00012","index_number":"11440300MB2C92051T/2024-00012","category":"policy",
               "title":{"zh-CN":"标题"},"publisher":{"zh-CN":"市口岸办"},"written":"2024-03-01","published":"2024-03-05",
               "validity":{"state":"repealed","date":"2025-01-01"},"summary":{"zh-CN":"摘要"},"body":[]}"#,
        )
        .unwrap();
        let derived = BundleDerived { news: derive(&site.sections, &[]), disclosure: disclosure::derive(&catalogue, &[entry], &|_| None), reports: Vec::new(), interviews: Vec::new(), knowledge: Vec::new(), checkpoints: Vec::new() };
        let pages = pages(&derived);
        let paths: std::collections::BTreeSet<&str> = pages.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths.len(), pages.len(), "a page is listed twice");
        for entry in &pages {
            assert_eq!(resolve(&site, &entry.path).as_ref(), Some(&entry.page), "{}", entry.path);
        }
        for path in ["/disclosure", "/disclosure/guide", "/disclosure/catalogue", "/disclosure/catalogue/2024-00012", "/disclosure/catalogue/list/policy/2024/repealed/1"] {
            assert!(paths.contains(path), "{path} missing");
        }
    }

    #[test]
    fn reserved_ids_cover_static_pages_and_prefixes() {
        for id in ["about", "sitemap", "en", "zh-hk", "content", "files", "images", "list"] {
            assert!(is_reserved(id), "{id}");
        }
        assert!(!is_reserved("news"));
        assert_eq!(static_slugs().collect::<Vec<_>>(), ["about", "copyright", "privacy", "accessibility"]);
    }
}
