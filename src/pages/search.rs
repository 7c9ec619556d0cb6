//! `/search?q=...&section=...&year=...&page=...`: site search. The address says everything,
//! so a search can be shared and the back button works; section and year filter the
//! results, with their counts, and results come ten to a page.
//!
//! The server runs the search (`crate::search::answer`, on the index `content build`
//! writes, with the published replies) and renders this page with its answer; the page
//! prerendered for `/search` is the form alone. So search works without scripts, and the
//! browser carries no search code: with scripts, the island [`SearchEnhance`] only asks
//! the server for the next search's page and puts its results in place (an address in
//! history, the count announced, focus on the results heading). Each result is a heading
//! link; a filter and a page of results are links to the search's address.

use crate::components::error_view::explain;
use crate::components::page_heading::PageHeading;
use crate::components::pagination::Pagination;
use crate::components::search_enhance::SearchEnhance;
use crate::components::search_result::SearchResult;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;
use leptos_router::params::ParamsMap;
use portal_model::search::Filter;
use portal_model::{Lang, Site};
use std::collections::BTreeMap;

/// The longest query read from the address; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 100;

/// A search as the address gives it. Values that are not what they should be are ignored
/// (a crafted address gets the search without them).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Params {
    pub q: String,
    pub section: Option<String>,
    pub year: Option<u16>,
    pub page: usize,
}

impl Params {
    /// From the address's query, decoded (`q=…&section=…`); the first of a key given twice.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Params {
        let mut map = ParamsMap::new();
        for (key, value) in pairs.into_iter().rev() {
            // The map decodes what it is given; these are decoded already.
            map.replace(key, value.replace('%', "%25"));
        }
        Params::read(&map)
    }

    fn read(map: &ParamsMap) -> Params {
        let word = |key: &str| map.get(key).filter(|v| !v.is_empty() && v.len() <= 40 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
        Params {
            q: map.get("q").unwrap_or_default().trim().chars().take(MAX_QUERY_CHARS).collect(),
            section: word("section"),
            year: map.get("year").and_then(|y| y.parse().ok()).filter(|y| (1990..=2100).contains(y)),
            page: map.get("page").and_then(|p| p.parse().ok()).filter(|p| *p >= 1).unwrap_or(1),
        }
    }

    pub fn filter(&self) -> Filter {
        Filter { section: self.section.clone(), year: self.year }
    }

    /// The address of this search with other filters and page (`section` is a word of
    /// `[A-Za-z0-9-]`, as read).
    fn href(&self, lang: Lang, section: Option<&str>, year: Option<u16>, page: usize) -> String {
        let mut href = format!("{}?q={}", lang.localize_path("/search"), leptos_router::location::Url::escape(&self.q));
        if let Some(section) = section {
            href.push_str(&format!("&section={section}"));
        }
        if let Some(year) = year {
            href.push_str(&format!("&year={year}"));
        }
        if page > 1 {
            href.push_str(&format!("&page={page}"));
        }
        href
    }
}

/// The search the server ran for this page (`prerender::render_with`).
#[derive(Clone, Debug)]
pub struct Searched {
    pub params: Params,
    pub answer: crate::search::Answer,
}

/// Every section key's name: the news-like sections' labels from `site.json`, and the
/// routes'.
fn section_labels(l: Lang, site: &Site) -> BTreeMap<String, String> {
    let mut labels: BTreeMap<String, String> = [
        ("catalogue", t!(l, "route-catalogue")),
        ("reports", t!(l, "route-reports")),
        ("interviews", t!(l, "route-interviews")),
        ("knowledge", t!(l, "route-knowledge")),
        ("checkpoints", t!(l, "route-checkpoints")),
        (crate::search_replies::SECTION, t!(l, "search-section-replies")),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    for section in &site.sections {
        labels.insert(section.id.clone(), section.label.in_lang(l).to_string());
    }
    labels
}

/// A section key's name (a key without one is one of the site's other pages).
fn section_label(l: Lang, labels: &BTreeMap<String, String>, key: &str) -> String {
    labels.get(key).cloned().unwrap_or_else(|| t!(l, "search-section-pages"))
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let l = use_lang().get_untracked();
    let site = expect_context::<Site>();
    let searched = use_context::<Searched>();
    let q = searched.as_ref().map(|s| s.params.q.clone()).unwrap_or_default();
    // The document title says what was searched for (a screen reader says it on arrival).
    let document = searched.as_ref().map(|s| format!("{} - {}", t!(l, "search-results-heading", query = s.params.q.clone()), t!(l, "route-search")));
    view! {
        <PageHeading title=t!(l, "route-search") description=t!(l, "search-hint") document=document/>
        <form class="search-form" role="search" method="get" action=l.localize_path("/search") aria-label=t!(l, "route-search")>
            <label class="field__label" for="search-q">{t!(l, "search-query-label")}</label>
            <p class="field__hint" id="search-q-hint">{t!(l, "search-hint")}</p>
            <div class="search-form__row">
                <input class="field__input search-form__input" id="search-q" type="search" name="q" maxlength="100"
                    aria-describedby="search-q-hint" autocomplete="off" value=q/>
                <button class="button search-form__button" type="submit">{t!(l, "search-button")}</button>
            </div>
        </form>
        // What the island replaces with the next search's.
        <div class="search__answer" id=ANSWER_ID>
            {searched.map(|s| answer_view(l, &section_labels(l, &site), s))}
        </div>
        <SearchEnhance/>
    }
}

/// The id of the part of the page that holds a search's count and results.
pub const ANSWER_ID: &str = "search-answer";

/// A search's count (a status, so that the island's next search is announced) and results.
fn answer_view(l: Lang, labels: &BTreeMap<String, String>, searched: Searched) -> impl IntoView {
    let Searched { params: p, answer } = searched;
    let replies_notice = answer.replies_failed.then(|| view! { " " <span>{t!(l, "search-replies-failed")}</span> });
    let o = match answer.outcome {
        Ok(o) => o,
        Err(error) => {
            let again = p.href(l, p.section.as_deref(), p.year, p.page);
            return view! {
                <div class="error-view">
                    <h2 class="error-view__heading search__heading" id="search-results-heading" tabindex="-1">{t!(l, "error-title")}</h2>
                    <p class="error-view__reason">{explain(&error, l)}</p>
                    <p><a class="button" href=again>{t!(l, "error-retry")}</a></p>
                    <p>{t!(l, "error-contact")}</p>
                    <Browse/>
                </div>
            }
            .into_any();
        }
    };
    let count = if o.pages > 1 { t!(l, "search-count-page", count = o.total, page = o.page, pages = o.pages) } else { t!(l, "search-count", count = o.total) };
    let heading = t!(l, "search-results-heading", query = p.q.clone());
    let timing = (p.q.clone(), format!("{:.1}", o.millis), o.total.to_string());
    if o.total == 0 && o.sections.is_empty() {
        return view! {
            <p class="search__count" role="status">{count}{replies_notice}</p>
            <h2 class="search__heading" id="search-results-heading" tabindex="-1" data-search-query=timing.0 data-search-ms=timing.1 data-search-total=timing.2>{heading}</h2>
            <p>{t!(l, "search-none", query = p.q.clone())}</p>
            <Suggestions/>
        }
        .into_any();
    }
    let marks = o.marks.clone();
    let approximate = o.approximate;
    let filter_link = |label: String, href: String, current: bool| view! { <li><a href=href aria-current=current.then_some("page")>{label}</a></li> };
    view! {
        <p class="search__count" role="status">{count}{replies_notice}</p>
        <div class="search__layout">
            <div class="search__filters">
                <nav aria-label=t!(l, "search-filter-section")>
                    <h2 class="search__filter-heading">{t!(l, "search-filter-section")}</h2>
                    <ul class="search__filter-list">
                        {filter_link(t!(l, "search-filter-all"), p.href(l, None, p.year, 1), p.section.is_none())}
                        {o.sections.iter().map(|(key, n)| {
                            let (name, count): (String, usize) = (section_label(l, labels, key), *n);
                            let label: String = t!(l, "search-filter-count", label = name, count = count);
                            filter_link(label, p.href(l, Some(key.as_str()), p.year, 1), p.section.as_deref() == Some(key.as_str()))
                        }).collect_view()}
                    </ul>
                </nav>
                {(!o.years.is_empty()).then(|| view! {
                    <nav aria-label=t!(l, "search-filter-year")>
                        <h2 class="search__filter-heading">{t!(l, "search-filter-year")}</h2>
                        <ul class="search__filter-list">
                            {filter_link(t!(l, "search-filter-all"), p.href(l, p.section.as_deref(), None, 1), p.year.is_none())}
                            {o.years.iter().map(|(year, n)| {
                                let (name, count): (String, usize) = (year.to_string(), *n);
                                let label: String = t!(l, "search-filter-count", label = name, count = count);
                                filter_link(label, p.href(l, p.section.as_deref(), Some(*year), 1), p.year == Some(*year))
                            }).collect_view()}
                        </ul>
                    </nav>
                })}
            </div>
            <section class="search__results" aria-labelledby="search-results-heading">
                <h2 class="search__heading" id="search-results-heading" tabindex="-1" data-search-query=timing.0 data-search-ms=timing.1 data-search-total=timing.2>{heading}</h2>
                {if o.total == 0 {
                    view! { <p>{t!(l, "search-none", query = p.q.clone())}</p> <Suggestions/> }.into_any()
                } else {
                    let pages_href = p.clone();
                    view! {
                        {approximate.then(|| view! { <p class="search__approximate">{t!(l, "search-approximate")}</p> })}
                        <p class="search__marked">{t!(l, "search-marked")}</p>
                        <ol class="search__list">
                            {o.results.into_iter().map(|fragment| {
                                let section = section_label(l, labels, &fragment.section);
                                view! { <SearchResult fragment=fragment section=section marks=marks.clone()/> }
                            }).collect_view()}
                        </ol>
                        <Pagination current=o.page pages=o.pages href=move |n| pages_href.href(l, pages_href.section.as_deref(), pages_href.year, n)/>
                    }.into_any()
                }}
            </section>
        </div>
    }
    .into_any()
}

/// Where to look instead: the site map, the catalogue, the knowledge base.
#[component]
fn Browse() -> impl IntoView {
    let l = use_lang().get_untracked();
    view! {
        <ul class="search__browse">
            <li><a href=l.localize_path("/sitemap")>{t!(l, "route-sitemap")}</a></li>
            <li><a href=l.localize_path("/disclosure/catalogue")>{t!(l, "route-catalogue")}</a></li>
            <li><a href=l.localize_path("/knowledge")>{t!(l, "route-knowledge")}</a></li>
        </ul>
    }
}

/// Suggestions after a search that found nothing.
#[component]
fn Suggestions() -> impl IntoView {
    let l = use_lang().get_untracked();
    view! {
        <p>{t!(l, "search-suggestions")}</p>
        <ul class="search__suggestions">
            <li>{t!(l, "search-suggest-words")}</li>
            <li>{t!(l, "search-suggest-script")}</li>
            <li>{t!(l, "search-suggest-browse")}</li>
        </ul>
        <Browse/>
    }
}
