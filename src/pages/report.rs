//! `/disclosure/reports/<year>`: one annual report. Sections as blocks; from 2019 the
//! national tables after sections 二, 三 and 四 and each table as a CSV download; before
//! 2019 the key figures as a list. From `derived/reports/<year>.json`.

use crate::api;
use crate::components::blocks::Blocks;
use crate::components::page_heading::PageHeading;
use crate::components::page_loader::PageLoader;
use crate::components::report_chart::FIGURES;
use crate::components::report_table::ReportTable;
use crate::components::wechat_hint::{HintFor, WechatHint};
use crate::i18n::{lang_attr, message, use_lang};
use crate::pages::news_item::human_size;
use crate::t;
use leptos::prelude::*;
use portal_model::report::ReportPage;

#[component]
pub fn ReportPageView(year: i32) -> impl IntoView {
    let show = |page: ReportPage| view! { <ReportView page=page/> }.into_any();
    view! { <PageLoader load=move || api::report(year) view=show/> }
}

#[component]
fn ReportView(page: ReportPage) -> impl IntoView {
    let l = use_lang().get_untracked();
    let ReportPage { report, downloads, .. } = page;
    let grids = report.grids();
    // The figures of the comparison that this report gives (a letters figure only where
    // it has one).
    let key_figures = FIGURES
        .iter()
        .filter_map(|(label, value)| value(&report.key).map(|v| (*label, v)))
        .map(|(label, v)| view! { <div><dt>{message(l, label)}</dt><dd>{v.to_string()}</dd></div> })
        .collect_view();
    // Table 二 (two parts) after section 二, 三 after 三, 四 after 四.
    let tables_after = |section: usize| -> Vec<usize> {
        match section {
            1 => vec![0, 1],
            2 => vec![2],
            3 => vec![3],
            _ => Vec::new(),
        }
    };
    let sections = report
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let heading = s.heading.get(l);
            let hid = format!("report-section-{i}");
            let hid_ref = hid.clone();
            let tables = tables_after(i)
                .into_iter()
                .filter_map(|g| grids.get(g).cloned())
                .map(|grid| view! { <ReportTable grid=grid lang=l/> })
                .collect_view();
            view! {
                <section class="report-section" aria-labelledby=hid_ref>
                    <h2 id=hid lang=lang_attr(heading.lang, l)>{heading.text.to_string()}</h2>
                    <div class="prose"><Blocks blocks=s.blocks.clone() lang=l/></div>
                    {tables}
                </section>
            }
        })
        .collect_view();
    let figures = (!report.figures.is_empty()).then(|| {
        let items = report
            .figures
            .iter()
            .map(|f| {
                let label = f.label.get(l);
                view! { <div><dt lang=lang_attr(label.lang, l)>{label.text.to_string()}</dt><dd>{f.value.to_string()}</dd></div> }
            })
            .collect_view();
        view! {
            <section aria-labelledby="report-figures">
                <h2 id="report-figures">{t!(l, "report-figures-heading")}</h2>
                <dl class="report-figures">{items}</dl>
            </section>
        }
    });
    let downloads = (!downloads.is_empty()).then(|| {
        let links = downloads
            .iter()
            .filter_map(|d| grids.iter().find(|g| g.id == d.table).map(|g| (d, message(l, g.caption))))
            .map(|(d, caption)| {
                view! { <li><a href=d.href.clone() download="">{t!(l, "report-download", table = caption, size = human_size(d.bytes))}</a></li> }
            })
            .collect_view();
        view! {
            <section class="report-downloads" aria-labelledby="report-downloads">
                <h2 id="report-downloads">{t!(l, "report-downloads-heading")}</h2>
                <ul>{links}</ul>
                <WechatHint kind=HintFor::Downloads lang=l/>
            </section>
        }
    });
    let title = report.title.in_lang(l).to_string();
    let summary = report.summary.get(l);
    view! {
        <PageHeading title=title description=summary.text.to_string()/>
        {report.sample.then(|| view! {
            <p class="sample-note"><strong>{t!(l, "sample-content")}</strong>" "{t!(l, "sample-note")}</p>
        })}
        <p class="lead" lang=lang_attr(summary.lang, l)>{summary.text.to_string()}</p>
        <p class="page-meta">{t!(l, "reports-published", date = report.published.to_string())}</p>
        <section aria-labelledby="report-key">
            <h2 id="report-key">{t!(l, "report-key-heading")}</h2>
            <dl class="report-figures">{key_figures}</dl>
        </section>
        {figures}
        {sections}
        {downloads}
        <p><a href=l.localize_path("/disclosure/reports")>{t!(l, "report-back")}</a></p>
    }
}
