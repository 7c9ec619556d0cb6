//! A section's list (`/news`, `/notices`, any section of `site.json`) and its filtered
//! pages `/<section>/list/<category>/<year>/<page>` (the registry reads the path):
//! a section's items, newest first, 20 a page, with category and year filters. The filter
//! and the page are in the path, so page 3 of 2024's notices is a link anyone can share and
//! a prerendered document of its own. The filter form is a plain GET form (the server turns
//! `?category=&year=` into the path).

use crate::api;
use crate::components::item_list::ItemList;
use crate::components::page_heading::PageHeading;
use crate::components::page_loader::PageLoader;
use crate::components::pagination::Pagination;
use crate::i18n::use_lang;
use crate::pages::not_found::NotFoundPage;
use crate::t;
use leptos::prelude::*;
use portal_model::news::{ListFilter, ListPage, Section};
use portal_model::Site;

#[component]
pub fn NewsListPage(section: String, filter: ListFilter, page: usize) -> impl IntoView {
    let site = expect_context::<Site>();
    // The registry resolved this path, so the section exists.
    let Some(info) = site.sections.iter().find(|s| s.id == section).cloned() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let show = move |list: ListPage| view! { <ListView list=list section=info.clone()/> }.into_any();
    view! { <PageLoader load=move || api::list(&section, &filter, page) view=show/> }.into_any()
}

#[component]
fn ListView(list: ListPage, section: Section) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let title = section.label.in_lang(lang).to_string();
    let filter = list.filter.clone();
    let section_id = section.id.clone();
    let href = {
        let (filter, section_id) = (filter.clone(), section_id.clone());
        move |page: usize| lang.localize_path(&filter.path(&section_id, page))
    };
    view! {
        <PageHeading title=title description=section.description.in_lang(lang).to_string()/>
        <p class="lead">{section.description.in_lang(lang).to_string()}</p>
        <form class="list-filter" method="get" action=lang.localize_path(&format!("/{}", section_id))>
            <fieldset>
                <legend class="visually-hidden">{t!(lang, "filter-legend")}</legend>
                <div class="list-filter__field">
                    <label for="filter-category">{t!(lang, "filter-category")}</label>
                    <select id="filter-category" name="category">
                        <option value=ListFilter::ALL selected=filter.category.is_none()>{t!(lang, "filter-all-categories")}</option>
                        {section.categories.iter().map(|c| view! {
                            <option value=c.id.clone() selected=filter.category.as_deref() == Some(c.id.as_str())>
                                {c.label.in_lang(lang).to_string()}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="list-filter__field">
                    <label for="filter-year">{t!(lang, "filter-year")}</label>
                    <select id="filter-year" name="year">
                        <option value=ListFilter::ALL selected=filter.year.is_none()>{t!(lang, "filter-all-years")}</option>
                        {list.years.iter().map(|y| view! {
                            <option value=y.to_string() selected=filter.year == Some(*y)>{y.to_string()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button">{t!(lang, "filter-apply")}</button>
            </fieldset>
        </form>
        <p class="list-count" role="status">
            {t!(lang, "list-count", total = list.total, page = list.page, pages = list.pages)}
        </p>
        {if list.items.is_empty() {
            view! { <p>{t!(lang, "list-empty")}</p> }.into_any()
        } else {
            view! { <ItemList items=list.items.clone() section=section.clone() label=section.label.in_lang(lang).to_string()/> }.into_any()
        }}
        <Pagination current=list.page pages=list.pages href=href/>
    }
}
