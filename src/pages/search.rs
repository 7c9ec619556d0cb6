//! `/search?q=...&section=...&year=...&page=...`: site search. The address says everything,
//! so a search can be shared and the back button works; section and year filter the
//! results, with their counts, and results come ten to a page.
//!
//! The search runs in the browser (`src/search.rs`, on the index `content build` writes).
//! The prerendered page, which is what a browser without scripts gets for any query, says
//! that search needs scripts and links the site map, the disclosure catalogue and the
//! knowledge base. The form and the results are an island ([`SearchBody`]): it reads the
//! query from the address and runs it; the results count is announced (a status region,
//! once per search) and focus moves to the results heading, from which each result is a
//! heading link. A search from the form runs in place, with its address added to history;
//! a filter and a page of results are page loads of `/search` with the query in the
//! address (the index files stay in the browser's cache).

use crate::api::ApiError;
use crate::components::error_view::ErrorView;
use crate::components::page_heading::PageHeading;
use crate::components::pagination::Pagination;
use crate::components::search_result::SearchResult;
use crate::i18n::use_lang;
use crate::t;
use leptos::html;
use leptos::prelude::*;
use leptos_router::params::ParamsMap;
use portal_model::search::Filter;
use portal_model::{Lang, Site};
use std::collections::BTreeMap;

/// The longest query read from the address; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 100;

/// A search as the address gives it.
#[derive(Clone, Debug, Default, PartialEq)]
struct Params {
    q: String,
    section: Option<String>,
    year: Option<u16>,
    page: usize,
}

impl Params {
    /// The search in the page's address (`?q=…&section=…`).
    fn from_address() -> Params {
        Params::read(&crate::address::query(&["q", "section", "year", "page"]))
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

    #[cfg_attr(feature = "ssr", allow(dead_code))]
    fn filter(&self) -> Filter {
        Filter { section: self.section.clone(), year: self.year }
    }

    /// The address of this search with other filters and page.
    fn href(&self, lang: Lang, section: Option<&str>, year: Option<u16>, page: usize) -> String {
        let mut map = ParamsMap::new();
        map.insert("q", self.q.clone());
        if let Some(section) = section {
            map.insert("section", section.to_string());
        }
        if let Some(year) = year {
            map.insert("year", year.to_string());
        }
        if page > 1 {
            map.insert("page", page.to_string());
        }
        format!("{}{}", lang.localize_path("/search"), map.to_query_string())
    }
}

// Prerendering shows only the first state; the others come from the browser.
#[cfg_attr(feature = "ssr", allow(dead_code))]
#[derive(Clone, Debug, PartialEq)]
enum State {
    /// Before the app runs: the prerendered text.
    Static,
    /// No query yet.
    Empty,
    Loading,
    Done(Params, crate::search::Outcome),
    Failed(ApiError),
}

/// Every section key's name: the news-like sections' labels from `site.json`, and the
/// routes'. Built on the server and given to the island.
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
    view! {
        <PageHeading title=t!(l, "route-search") description=t!(l, "search-hint")/>
        <SearchBody labels=section_labels(l, &site)/>
    }
}

/// The form and the results, in the browser.
// A chunk of its own in the browser's build (scripts/split-wasm); component tests, whose
// wasm is not cut, take it as a plain island.
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
fn SearchBody(labels: BTreeMap<String, String>) -> impl IntoView {
    let l = use_lang().get_untracked();
    let params = RwSignal::new(Params::default());
    // The search in the address, on arrival and after a step back or forward (a search of
    // the form below adds a history entry without loading the page).
    Effect::new(move |_| {
        params.set(Params::from_address());
        let handle = window_event_listener(leptos::ev::popstate, move |_| params.set(Params::from_address()));
        on_cleanup(move || handle.remove());
    });
    let state = RwSignal::new(State::Static);
    let attempt = RwSignal::new(0u32);
    // What the field shows: the address's query once the app runs, then what is typed.
    let typed = RwSignal::new(String::new());
    let results_heading = NodeRef::<html::H2>::new();
    // The published replies could not be searched (no mailbox server, or it failed).
    let replies_failed = RwSignal::new(false);

    Effect::new(move |_| {
        let p = params.get();
        attempt.track();
        typed.set(p.q.clone());
        if p.q.is_empty() {
            state.set(State::Empty);
            return;
        }
        state.set(State::Loading);
        #[cfg(not(feature = "ssr"))]
        leptos::task::spawn_local(async move {
            let filter = p.filter();
            let (result, replies) = futures::join!(crate::search::run(l, &p.q, &filter, p.page), crate::search_replies::find(l, &p.q));
            // A newer search started meanwhile: its answer is the one to show.
            if params.get_untracked() != p {
                return;
            }
            replies_failed.set(replies.is_none());
            let result = result.map(|o| crate::search_replies::merge(o, replies.unwrap_or_default(), &filter, p.page));
            state.set(match result {
                Ok(outcome) => State::Done(p, outcome),
                Err(error) => State::Failed(error),
            });
        });
    });
    // After each search, focus goes to the results heading (the count is announced by the
    // status region; the heading says what was searched for).
    Effect::new(move |_| {
        if matches!(state.get(), State::Done(..)) {
            if let Some(h2) = results_heading.get() {
                let target = h2.clone();
                crate::focus::when_connected(h2.into(), move || crate::focus::focus_for_reading(&target));
            }
        }
    });

    // A search from the form runs here, in the page, with its address in history: the index
    // files that typing began to fetch are then used, not fetched again by a new page.
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let p = Params { q: typed.get_untracked().trim().chars().take(MAX_QUERY_CHARS).collect(), ..Params::default() };
        let href = p.href(l, None, None, 1);
        // The same search again (a double click, Enter twice) adds no second entry.
        if let Some(window) = web_sys::window() {
            let here = window.location().pathname().unwrap_or_default() + &window.location().search().unwrap_or_default();
            if let Ok(history) = window.history() {
                let _ = if here == href {
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
                } else {
                    history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
                };
            }
        }
        if params.get_untracked() == p {
            attempt.update(|n| *n += 1);
        } else {
            params.set(p);
        }
    };

    // What is typed is kept; its index files are fetched while the citizen types on (not
    // while an input method is still composing a character from its letters).
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        #[cfg(not(feature = "ssr"))]
        {
            // `InputEvent.isComposing` read by name: a binding of its own would add to the
            // JS glue every page loads.
            let composing = js_sys::Reflect::get(&ev, &"isComposing".into()).is_ok_and(|v| v.is_truthy());
            if !composing {
                crate::search::prefetch(l, &value);
            }
        }
        typed.set(value);
    };

    let count_text = move || match state.get() {
        State::Done(_, o) if o.pages > 1 => t!(l, "search-count-page", count = o.total, page = o.page, pages = o.pages),
        State::Done(_, o) => t!(l, "search-count", count = o.total),
        _ => String::new(),
    };
    // Said with the count (so it is announced with it) when the replies could not be searched.
    let replies_notice = move || {
        (replies_failed.get() && matches!(state.get(), State::Done(..)))
            .then(|| view! { " " <span>{t!(l, "search-replies-failed")}</span> })
    };
    // One status region for the page's life, so that each search's count is announced
    // once (a region made anew with its text in it is not announced at all); "searching"
    // is shown beside it, not in it.
    let live = Memo::new(move |_| state.get() != State::Static);
    let labels = StoredValue::new(labels);
    view! {
        <form class="search-form" role="search" method="get" action=l.localize_path("/search") on:submit=on_submit
            aria-label=t!(l, "route-search")>
            <label class="field__label" for="search-q">{t!(l, "search-query-label")}</label>
            <p class="field__hint" id="search-q-hint">{t!(l, "search-hint")}</p>
            <div class="search-form__row">
                <input class="field__input search-form__input" id="search-q" type="search" name="q" maxlength="100"
                    aria-describedby="search-q-hint" autocomplete="off"
                    prop:value=move || typed.get() on:input=on_input/>
                <button class="button search-form__button" type="submit">{t!(l, "search-button")}</button>
            </div>
        </form>
        {move || live.get().then(|| view! { <p class="search__count" role="status">{count_text}{replies_notice}</p> })}
        {move || match state.get() {
            State::Static => view! { <NoScript/> }.into_any(),
            State::Empty => ().into_any(),
            State::Loading => view! { <p class="search__loading">{t!(l, "search-loading")}</p> }.into_any(),
            State::Failed(error) => view! { <ErrorView error=error on_retry=move |_| attempt.update(|n| *n += 1) within_page=true/> }.into_any(),
            State::Done(p, o) => {
                let heading = t!(l, "search-results-heading", query = p.q.clone());
                if o.total == 0 && o.sections.is_empty() {
                    return view! {
                        <h2 class="search__heading" node_ref=results_heading data-search-query=p.q.clone() data-search-ms=format!("{:.1}", o.millis) data-search-total="0">{heading}</h2>
                        <p>{t!(l, "search-none", query = p.q.clone())}</p>
                        <Suggestions/>
                    }.into_any();
                }
                let (pp, p2, p3) = (p.clone(), p.clone(), p.clone());
                let marks = o.marks.clone();
                let approximate = o.approximate;
                view! {
                    <div class="search__layout">
                        <div class="search__filters">
                            <nav aria-label=t!(l, "search-filter-section")>
                                <h2 class="search__filter-heading">{t!(l, "search-filter-section")}</h2>
                                <ul class="search__filter-list">
                                    <li><a href=p.href(l, None, p.year, 1) aria-current=p.section.is_none().then_some("page")>{t!(l, "search-filter-all")}</a></li>
                                    {o.sections.iter().map(|(key, n)| {
                                        let name: String = labels.with_value(|labels| section_label(l, labels, key));
                                        let count: usize = *n;
                                        let label: String = t!(l, "search-filter-count", label = name, count = count);
                                        view! { <li><a href=pp.href(l, Some(key.as_str()), pp.year, 1) aria-current=(pp.section.as_deref() == Some(key.as_str())).then_some("page")>{label}</a></li> }
                                    }).collect_view()}
                                </ul>
                            </nav>
                            {(!o.years.is_empty()).then(|| view! {
                                <nav aria-label=t!(l, "search-filter-year")>
                                    <h2 class="search__filter-heading">{t!(l, "search-filter-year")}</h2>
                                    <ul class="search__filter-list">
                                        <li><a href=p2.href(l, p2.section.as_deref(), None, 1) aria-current=p2.year.is_none().then_some("page")>{t!(l, "search-filter-all")}</a></li>
                                        {o.years.iter().map(|(year, n)| {
                                            let name: String = year.to_string();
                                            let count: usize = *n;
                                            let label: String = t!(l, "search-filter-count", label = name, count = count);
                                            view! { <li><a href=p2.href(l, p2.section.as_deref(), Some(*year), 1) aria-current=(p2.year == Some(*year)).then_some("page")>{label}</a></li> }
                                        }).collect_view()}
                                    </ul>
                                </nav>
                            })}
                        </div>
                        <section class="search__results" aria-labelledby="search-results-heading">
                            <h2 class="search__heading" id="search-results-heading" node_ref=results_heading
                                data-search-query=p.q.clone() data-search-ms=format!("{:.1}", o.millis) data-search-total=o.total.to_string()>{heading}</h2>
                            {if o.total == 0 {
                                view! { <p>{t!(l, "search-none", query = p.q.clone())}</p> <Suggestions/> }.into_any()
                            } else {
                                view! {
                                    {approximate.then(|| view! { <p class="search__approximate">{t!(l, "search-approximate")}</p> })}
                                    <p class="search__marked">{t!(l, "search-marked")}</p>
                                    <ol class="search__list">
                                        {o.results.into_iter().map(|fragment| {
                                            let section = labels.with_value(|labels| section_label(l, labels, &fragment.section));
                                            view! { <SearchResult fragment=fragment section=section marks=marks.clone()/> }
                                        }).collect_view()}
                                    </ol>
                                    <Pagination current=o.page pages=o.pages href=move |n| p3.href(l, p3.section.as_deref(), p3.year, n)/>
                                }.into_any()
                            }}
                        </section>
                    </div>
                }.into_any()
            }
        }}
    }
}

/// What the page says before the app runs, and so without scripts.
#[component]
fn NoScript() -> impl IntoView {
    let l = use_lang().get_untracked();
    view! {
        <div class="search__static">
            <p>{t!(l, "search-needs-scripts")}</p>
            <Browse/>
        </div>
    }
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
