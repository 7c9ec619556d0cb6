//! `/news`, `/notices` and their filtered pages `/<section>/list/<category>/<year>/<page>`:
//! a section's items, newest first, 20 a page, with category and year filters. The filter
//! and the page are in the path, so page 3 of 2024's notices is a link anyone can share and
//! a prerendered document of its own. The filter form is a plain GET form (the server turns
//! `?category=&year=` into the path); with the app it navigates directly.

use crate::api::{self, ApiError};
use crate::components::error_view::ErrorView;
use crate::components::item_list::ItemList;
use crate::components::loading::Loading;
use crate::components::page_heading::PageHeading;
use crate::components::pagination::Pagination;
use crate::i18n::use_lang;
use crate::pages::not_found::NotFoundPage;
use crate::t;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use portal_model::news::{ListFilter, ListPage, Section};
use portal_model::Site;

/// Reads the filter and page from the path's parameters; `None` if any is not valid for
/// the section (an unknown category, a year that is not a number, page 0).
pub fn parse_filter(section: &Section, category: Option<&str>, year: Option<&str>, page: Option<&str>) -> Option<(ListFilter, usize)> {
    let category = match category.unwrap_or(ListFilter::ALL) {
        ListFilter::ALL => None,
        id if section.categories.iter().any(|c| c.id == id) => Some(id.to_string()),
        _ => return None,
    };
    let year = match year.unwrap_or(ListFilter::ALL) {
        ListFilter::ALL => None,
        y => Some(y.parse::<i32>().ok().filter(|y| (1990..=2100).contains(y))?),
    };
    let page = match page {
        None => 1,
        Some(p) => p.parse::<usize>().ok().filter(|p| *p >= 1)?,
    };
    Some((ListFilter { category, year }, page))
}

#[component]
pub fn NewsListPage(section: &'static str) -> impl IntoView {
    let site = expect_context::<Site>();
    let Some(info) = site.sections.iter().find(|s| s.id == section).cloned() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let params = use_params_map();
    let query = {
        let info = info.clone();
        Memo::new(move |_| {
            params.with(|p| parse_filter(&info, p.get_str("category"), p.get_str("year"), p.get_str("page")))
        })
    };
    let data = Resource::new(
        move || query.get(),
        move |query| async move {
            match query {
                Some((filter, page)) => api::list(section, &filter, page).await.map(Some),
                None => Ok(None),
            }
        },
    );
    view! {
        <Suspense fallback=Loading>
            {move || {
                let info = info.clone();
                data.get().map(|result| match result {
                    Ok(Some(list)) => view! { <ListView list=list section=info/> }.into_any(),
                    Ok(None) | Err(ApiError::Status(404)) => view! { <NotFoundPage/> }.into_any(),
                    Err(error) => view! { <ErrorView error=error on_retry=move |_| data.refetch()/> }.into_any(),
                })
            }}
        </Suspense>
    }
    .into_any()
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
    let category_select = NodeRef::<html::Select>::new();
    let year_select = NodeRef::<html::Select>::new();
    let navigate = use_navigate();
    let on_submit = {
        let section_id = section_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            let (Some(category), Some(year)) = (category_select.get(), year_select.get()) else { return };
            ev.prevent_default();
            let pick = |v: String| (v != ListFilter::ALL).then_some(v);
            let filter = ListFilter { category: pick(category.value()), year: pick(year.value()).and_then(|y| y.parse().ok()) };
            navigate(&lang.localize_path(&filter.path(&section_id, 1)), Default::default());
        }
    };
    view! {
        <PageHeading title=title description=section.description.in_lang(lang).to_string()/>
        <p class="lead">{section.description.in_lang(lang).to_string()}</p>
        <form class="list-filter" method="get" action=lang.localize_path(&format!("/{}", section_id)) on:submit=on_submit>
            <fieldset>
                <legend class="visually-hidden">{t!(lang, "filter-legend")}</legend>
                <div class="list-filter__field">
                    <label for="filter-category">{t!(lang, "filter-category")}</label>
                    <select id="filter-category" name="category" node_ref=category_select>
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
                    <select id="filter-year" name="year" node_ref=year_select>
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

#[cfg(test)]
mod tests {
    use super::*;

    fn section() -> Section {
        let site: Site = portal_model::parse("site.json", include_str!("../../public/content/site.json")).unwrap();
        site.sections.into_iter().find(|s| s.id == "notices").unwrap()
    }

    #[test]
    fn filters_and_pages_come_from_the_path() {
        let s = section();
        assert_eq!(parse_filter(&s, None, None, None), Some((ListFilter { category: None, year: None }, 1)));
        assert_eq!(
            parse_filter(&s, Some("policy"), Some("2024"), Some("3")),
            Some((ListFilter { category: Some("policy".into()), year: Some(2024) }, 3))
        );
        assert_eq!(parse_filter(&s, Some("all"), Some("all"), Some("2")).unwrap().1, 2);
    }

    #[test]
    fn invalid_filters_are_not_found() {
        let s = section();
        assert_eq!(parse_filter(&s, Some("port-news"), None, None), None, "category of another section");
        assert_eq!(parse_filter(&s, None, Some("24x"), None), None);
        assert_eq!(parse_filter(&s, None, None, Some("0")), None);
    }
}
