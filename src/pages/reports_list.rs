//! `/disclosure/reports`: the annual reports, newest first, then their key figures compared
//! across years: a chart, the same numbers as a table, and one sentence on the trend
//! written from the data (`derived/reports.json`). A figure a report does not give is "—"
//! in the table, with "not reported" for screen readers.

use crate::api;
use crate::components::page_heading::PageHeading;
use crate::components::page_loader::PageLoader;
use crate::components::report_chart::{ReportChart, FIGURES};
use crate::i18n::{lang_attr, message, use_lang};
use crate::t;
use leptos::prelude::*;
use portal_model::report::{ReportIndex, ReportSummary};
use portal_model::Lang;

#[component]
pub fn ReportsListPage() -> impl IntoView {
    let show = |index: ReportIndex| view! { <ReportsView index=index/> }.into_any();
    view! { <PageLoader load=api::report_index view=show/> }
}

/// The trend in one sentence: the first and last year's items published, the totals of
/// applications received and concluded, reviews and lawsuits, and the letters answered
/// over the years whose reports give that figure (left out when none does). `reports`
/// oldest first.
pub fn trend(l: Lang, reports: &[ReportSummary]) -> Option<String> {
    let (first, last) = (reports.first()?, reports.last()?);
    let change = match last.key.published.cmp(&first.key.published) {
        std::cmp::Ordering::Greater => "up",
        std::cmp::Ordering::Less => "down",
        std::cmp::Ordering::Equal => "same",
    };
    let sum = |f: fn(&ReportSummary) -> i64| reports.iter().map(f).sum::<i64>().to_string();
    let letters: Vec<i64> = reports.iter().filter_map(|r| r.key.letters).collect();
    Some(t!(
        l,
        "reports-trend",
        first = first.year.to_string(),
        last = last.year.to_string(),
        change = change,
        from = first.key.published.to_string(),
        to = last.key.published.to_string(),
        applications = sum(|r| r.key.applications),
        results = sum(|r| r.key.results),
        reviews = sum(|r| r.key.reviews),
        lawsuits = sum(|r| r.key.lawsuits),
        has_letters = if letters.is_empty() { "no" } else { "yes" },
        // A number, not text, so that English can choose "one year" or "7 years".
        letter_years = letters.len(),
        letters = letters.iter().sum::<i64>().to_string()
    ))
}

#[component]
fn ReportsView(index: ReportIndex) -> impl IntoView {
    let l = use_lang().get_untracked();
    let mut oldest_first = index.reports.clone();
    oldest_first.reverse();
    let summary = trend(l, &oldest_first).unwrap_or_default();
    let items = index
        .reports
        .iter()
        .map(|r| {
            let title = r.title.get(l);
            view! {
                <li class="reports-list__item">
                    <a href=l.localize_path(&format!("/disclosure/reports/{}", r.year)) lang=lang_attr(title.lang, l)>{title.text.to_string()}</a>
                    " "
                    <span class="reports-list__meta">{t!(l, "reports-published", date = r.published.to_string())}</span>
                    {r.sample.then(|| view! { " " <span class="reports-list__sample">{t!(l, "sample-content")}</span> })}
                </li>
            }
        })
        .collect_view();
    let head = FIGURES.iter().map(|(label, _)| view! { <th scope="col">{message(l, label)}</th> }).collect_view();
    let not_reported = t!(l, "reports-not-reported");
    let rows = oldest_first
        .iter()
        .map(|r| {
            let cells = FIGURES
                .iter()
                .map(|(_, value)| match value(&r.key) {
                    Some(v) => view! { <td>{v.to_string()}</td> }.into_any(),
                    // A dash to the eye, words to a screen reader: "—" alone is read as
                    // nothing or as "em dash".
                    None => view! {
                        <td class="reports-compare__none">
                            <span aria-hidden="true">"—"</span>
                            <span class="visually-hidden">{not_reported.clone()}</span>
                        </td>
                    }
                    .into_any(),
                })
                .collect_view();
            view! { <tr><th scope="row">{r.year.to_string()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <PageHeading title=t!(l, "route-reports") description=t!(l, "route-reports-desc")/>
        <section aria-labelledby="reports-list-heading">
            <h2 id="reports-list-heading">{t!(l, "reports-list-heading")}</h2>
            <ul class="reports-list">{items}</ul>
        </section>
        <section aria-labelledby="reports-compare-heading">
            <h2 id="reports-compare-heading">{t!(l, "reports-compare-heading")}</h2>
            <p class="reports-trend">{summary}</p>
            <ReportChart reports=oldest_first.clone() lang=l/>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t!(l, "reports-table-caption")>
                <table class="table reports-compare">
                    <caption>{t!(l, "reports-table-caption")}</caption>
                    <thead><tr><th scope="col">{t!(l, "reports-year")}</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
