//! The comparison of annual reports' key figures as SVG drawn here (no chart script): one
//! small bar chart per figure, each an image with its own title and description, every bar
//! labelled with its number and year, so nothing depends on colour. Bars and text are
//! `currentColor`: they follow the text colour of elder mode and every colour scheme. The
//! page puts the same numbers in a table beside it.

use crate::i18n::message;
use crate::t;
use leptos::prelude::*;
use portal_model::report::ReportSummary;
use portal_model::Lang;

/// The figures compared: Fluent id of the label, and how to read it from a report.
pub const FIGURES: [(&str, fn(&ReportSummary) -> i64); 4] = [
    ("reports-figure-published", |r| r.key.published),
    ("reports-figure-applications", |r| r.key.applications),
    ("reports-figure-reviews", |r| r.key.reviews),
    ("reports-figure-lawsuits", |r| r.key.lawsuits),
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
            let desc = t!(l, "reports-chart-desc", figure = title.clone(), first = first.clone(), last = last.clone());
            let max = reports.iter().map(|r| value(r)).max().unwrap_or(0).max(1) as f64;
            let bars = reports
                .iter()
                .enumerate()
                .map(|(k, r)| {
                    let v = value(r);
                    let height = (H - TOP - BOTTOM) * v as f64 / max;
                    let x = slot * k as f64 + (slot - bar) / 2.0;
                    let y = H - BOTTOM - height;
                    let cx = slot * k as f64 + slot / 2.0;
                    view! {
                        <g>
                            <rect x=format!("{x:.1}") y=format!("{y:.1}") width=format!("{bar:.1}") height=format!("{height:.1}") fill="currentColor"/>
                            <text x=format!("{cx:.1}") y=format!("{:.1}", y - 5.0) text-anchor="middle" fill="currentColor" font-size="12">{v.to_string()}</text>
                            <text x=format!("{cx:.1}") y=format!("{:.1}", H - 8.0) text-anchor="middle" fill="currentColor" font-size="11">{r.year.to_string()}</text>
                        </g>
                    }
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
