//! The comparison of annual reports' key figures as SVG drawn here (no chart script): one
//! small bar chart per figure, each an image with its own title and description, every bar
//! labelled with its number and year, so nothing depends on colour. Bars and text are
//! `currentColor`: they follow the text colour of elder mode and every colour scheme. The
//! page puts the same numbers in a table beside it.
//!
//! The figures: items published proactively; applications received (table 三 row 一);
//! results, i.e. applications concluded in the year (row 三（七）总计, the template's one
//! total over every kind of answer, so granted and refused requests both count as work
//! done, and received minus concluded shows what is carried forward); administrative
//! reviews; lawsuits; and letters from the public answered, which is not part of the
//! template and which a report may not give. A year without a figure gets no bar (a zero bar
//! would claim a count of nought) but the words "no figure" written up its slot, and the
//! image's description names those years, because the bars inside an `img` are not read.

use crate::i18n::message;
use crate::t;
use leptos::prelude::*;
use portal_model::report::{KeyFigures, ReportSummary};
use portal_model::Lang;

/// The figures compared: Fluent id of the label, and how to read it from a report's key
/// figures (`None`: the report does not give it).
pub const FIGURES: [(&str, fn(&KeyFigures) -> Option<i64>); 6] = [
    ("reports-figure-published", |k| Some(k.published)),
    ("reports-figure-applications", |k| Some(k.applications)),
    ("reports-figure-results", |k| Some(k.results)),
    ("reports-figure-reviews", |k| Some(k.reviews)),
    ("reports-figure-lawsuits", |k| Some(k.lawsuits)),
    ("reports-figure-letters", |k| k.letters),
];

const W: f64 = 320.0;
const H: f64 = 150.0;
const TOP: f64 = 22.0;
const BOTTOM: f64 = 24.0;

/// `reports` oldest first.
#[component]
pub fn ReportChart(reports: Vec<ReportSummary>, lang: Lang) -> impl IntoView {
    let l = lang;
    let (first, last) = (
        reports.first().map(|r| r.year.to_string()).unwrap_or_default(),
        reports.last().map(|r| r.year.to_string()).unwrap_or_default(),
    );
    let n = reports.len().max(1) as f64;
    let slot = W / n;
    let bar = (slot * 0.6).min(28.0);
    let panels = FIGURES
        .iter()
        .enumerate()
        .map(|(i, (label, value))| {
            let title = message(l, label);
            let title_id = format!("report-chart-{i}-title");
            let desc_id = format!("report-chart-{i}-desc");
            let missing: Vec<String> = reports.iter().filter(|r| value(&r.key).is_none()).map(|r| r.year.to_string()).collect();
            let desc = if missing.is_empty() {
                t!(l, "reports-chart-desc", figure = title.clone(), first = first.clone(), last = last.clone())
            } else {
                t!(l, "reports-chart-desc-missing", figure = title.clone(), first = first.clone(), last = last.clone(), years = missing.join(&message(l, "reports-years-separator")))
            };
            let max = reports.iter().filter_map(|r| value(&r.key)).max().unwrap_or(0).max(1) as f64;
            let no_figure = t!(l, "reports-chart-no-figure");
            let bars = reports
                .iter()
                .enumerate()
                .map(|(k, r)| {
                    let cx = slot * k as f64 + slot / 2.0;
                    let year = view! {
                        <text x=format!("{cx:.1}") y=format!("{:.1}", H - 8.0) text-anchor="middle" fill="currentColor" font-size="11">{r.year.to_string()}</text>
                    };
                    let Some(v) = value(&r.key) else {
                        // Written up the empty slot, so that it fits however narrow the slot.
                        let cy = TOP + (H - TOP - BOTTOM) / 2.0;
                        return view! {
                            <g class="report-chart__none">
                                <text x=format!("{cx:.1}") y=format!("{cy:.1}") transform=format!("rotate(-90 {cx:.1} {cy:.1})") text-anchor="middle"
                                    dominant-baseline="middle" fill="currentColor" font-size="11">{no_figure.clone()}</text>
                                {year}
                            </g>
                        }
                        .into_any();
                    };
                    let height = (H - TOP - BOTTOM) * v.max(0) as f64 / max;
                    let x = slot * k as f64 + (slot - bar) / 2.0;
                    let y = H - BOTTOM - height;
                    view! {
                        <g>
                            <rect x=format!("{x:.1}") y=format!("{y:.1}") width=format!("{bar:.1}") height=format!("{height:.1}") fill="currentColor"/>
                            <text x=format!("{cx:.1}") y=format!("{:.1}", y - 5.0) text-anchor="middle" fill="currentColor" font-size="12">{v.to_string()}</text>
                            {year}
                        </g>
                    }
                    .into_any()
                })
                .collect_view();
            view! {
                <div class="report-chart__panel">
                    <svg class="report-chart__svg" viewBox=format!("0 0 {W} {H}") role="img" tabindex="0"
                        aria-labelledby=format!("{title_id} {desc_id}")>
                        <title id=title_id.clone()>{title.clone()}</title>
                        <desc id=desc_id.clone()>{desc}</desc>
                        <line x1="0" y1=format!("{}", H - BOTTOM) x2=format!("{W}") y2=format!("{}", H - BOTTOM) stroke="currentColor" stroke-width="1"/>
                        {bars}
                    </svg>
                    <p class="report-chart__label" aria-hidden="true">{title}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        <figure class="report-chart">
            <div class="report-chart__panels">{panels}</div>
            <figcaption>{t!(l, "reports-chart-caption")}</figcaption>
        </figure>
    }
}
