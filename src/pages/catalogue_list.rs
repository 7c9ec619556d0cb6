//! `/disclosure/catalogue` and its filtered pages
//! `/disclosure/catalogue/list/<category>/<year>/<validity>/<page>`: the disclosure
//! catalogue (公开目录), newest first, 20 a page, with the category tree and filters by
//! category (a category includes the ones under it), year of publication and validity.
//! As on the news lists, the filter is in the path and the form is a plain GET form (the
//! server turns `?category=&year=&validity=` into the path).

use crate::api;
use crate::components::page_heading::PageHeading;
use crate::components::page_loader::PageLoader;
use crate::components::pagination::Pagination;
use crate::i18n::{lang_attr, use_lang};
use crate::t;
use leptos::prelude::*;
use portal_model::disclosure::{Catalogue, CatalogueCategory, CatalogueFilter, CatalogueListPage, ValidityState};
use portal_model::Lang;

#[component]
pub fn CatalogueListPage(filter: CatalogueFilter, page: usize) -> impl IntoView {
    let show = |list: CatalogueListPage| view! { <ListView list=list/> }.into_any();
    view! { <PageLoader load=move || api::catalogue(&filter, page) view=show/> }
}

/// The name of a validity state in the reader's language.
pub fn validity_label(l: Lang, state: ValidityState) -> String {
    match state {
        ValidityState::Current => t!(l, "validity-current"),
        ValidityState::Amended => t!(l, "validity-amended"),
        ValidityState::Repealed => t!(l, "validity-repealed"),
    }
}

/// The category tree as nested lists of links, the chosen one marked current.
fn tree(l: Lang, categories: &[CatalogueCategory], filter: &CatalogueFilter) -> AnyView {
    view! {
        <ul>
            {categories.iter().map(|c| {
                let target = CatalogueFilter { category: Some(c.id.clone()), ..filter.clone() };
                let current = filter.category.as_deref() == Some(c.id.as_str());
                let label = c.label.get(l);
                view! {
                    <li>
                        <a href=l.localize_path(&target.path(1)) aria-current=current.then_some("page") lang=lang_attr(label.lang, l)>
                            {label.text.to_string()}
                        </a>
                        {(!c.children.is_empty()).then(|| tree(l, &c.children, filter))}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
fn ListView(list: CatalogueListPage) -> impl IntoView {
    let l = use_lang().get_untracked();
    let filter = list.filter.clone();
    let catalogue = Catalogue { schema: list.schema, categories: list.categories.clone() };
    let label_of = {
        let catalogue = catalogue.clone();
        move |id: &str| catalogue.find(id).map(|c| c.label.in_lang(l).to_string()).unwrap_or_default()
    };
    let title = t!(l, "route-catalogue");
    let href = {
        let filter = filter.clone();
        move |page: usize| l.localize_path(&filter.path(page))
    };
    let all_categories = CatalogueFilter { category: None, ..filter.clone() };
    view! {
        <PageHeading title=title.clone() description=t!(l, "catalogue-lead")/>
        <p class="lead">{t!(l, "catalogue-lead")}</p>
        <div class="catalogue">
            <nav class="catalogue__tree" aria-labelledby="catalogue-tree-heading">
                <h2 id="catalogue-tree-heading">{t!(l, "catalogue-tree")}</h2>
                <ul>
                    <li>
                        <a href=l.localize_path(&all_categories.path(1)) aria-current=filter.category.is_none().then_some("page")>
                            {t!(l, "filter-all-categories")}
                        </a>
                    </li>
                </ul>
                {tree(l, &list.categories, &filter)}
            </nav>
            <div class="catalogue__main">
                <form class="list-filter" method="get" action=l.localize_path(CatalogueFilter::BASE)>
                    <fieldset>
                        <legend class="visually-hidden">{t!(l, "filter-legend")}</legend>
                        <div class="list-filter__field">
                            <label for="catalogue-category">{t!(l, "filter-category")}</label>
                            <select id="catalogue-category" name="category">
                                <option value=CatalogueFilter::ALL selected=filter.category.is_none()>{t!(l, "filter-all-categories")}</option>
                                {catalogue.flat().into_iter().map(|(depth, c)| view! {
                                    <option value=c.id.clone() selected=filter.category.as_deref() == Some(c.id.as_str())>
                                        {format!("{}{}", "\u{2014} ".repeat(depth), c.label.in_lang(l))}
                                    </option>
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="list-filter__field">
                            <label for="catalogue-year">{t!(l, "filter-year")}</label>
                            <select id="catalogue-year" name="year">
                                <option value=CatalogueFilter::ALL selected=filter.year.is_none()>{t!(l, "filter-all-years")}</option>
                                {list.years.iter().map(|y| view! {
                                    <option value=y.to_string() selected=filter.year == Some(*y)>{y.to_string()}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <div class="list-filter__field">
                            <label for="catalogue-validity">{t!(l, "filter-validity")}</label>
                            <select id="catalogue-validity" name="validity">
                                <option value=CatalogueFilter::ALL selected=filter.validity.is_none()>{t!(l, "filter-all-validity")}</option>
                                {ValidityState::ALL.into_iter().map(|v| view! {
                                    <option value=v.id() selected=filter.validity == Some(v)>{validity_label(l, v)}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <button type="submit" class="button">{t!(l, "filter-apply")}</button>
                    </fieldset>
                </form>
                <p class="list-count" role="status">
                    {t!(l, "catalogue-count", total = list.total, page = list.page, pages = list.pages)}
                </p>
                {if list.entries.is_empty() {
                    view! { <p>{t!(l, "catalogue-empty")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="catalogue__entries" aria-label=title.clone()>
                            {list.entries.iter().map(|e| {
                                let name = e.title.get(l);
                                view! {
                                    <li class="catalogue__entry">
                                        <a class="catalogue__title" href=l.localize_path(&format!("{}/{}", CatalogueFilter::BASE, e.id)) lang=lang_attr(name.lang, l)>
                                            {name.text.to_string()}
                                        </a>
                                        <p class="catalogue__meta">
                                            <span>{t!(l, "entry-index-number")}": "{e.index_number.clone()}</span>
                                            " "
                                            <span>{t!(l, "entry-published")}": "<time datetime=e.published.to_string()>{e.published.to_string()}</time></span>
                                            " "
                                            <span>{label_of(&e.category)}</span>
                                            " "
                                            <span class=format!("validity validity--{}", e.validity.id())>{validity_label(l, e.validity)}</span>
                                            {e.sample.then(|| view! { " " <span class="tag">{t!(l, "sample-content")}</span> })}
                                        </p>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <Pagination current=list.page pages=list.pages href=href/>
            </div>
        </div>
    }
}
