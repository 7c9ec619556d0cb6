//! One table of an annual report ([`Grid`]): caption, column headers (two rows where a
//! column has sub-columns, as table 三's 法人或其他组织), row headers, group heading rows,
//! and on every data cell `headers` naming its column, its group and its row header, so a
//! screen reader announces "法人或其他组织, 商业企业, （三）不予公开, 1. 属于国家秘密" for a
//! cell of a two-level table. A wide table scrolls in its own labelled, focusable box.

use crate::i18n::message;
use crate::t;
use leptos::prelude::*;
use portal_model::report::{Grid, GridRow};
use portal_model::Lang;

#[component]
pub fn ReportTable(grid: Grid, lang: Lang) -> impl IntoView {
    let l = lang;
    let id = grid.id;
    let caption = message(l, grid.caption);
    let two = grid.two_levels();
    let leaves = grid.leaves();
    let width = leaves.len() + 1;
    let corner_id = format!("{id}-corner");
    let top = grid
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let cid = format!("{id}-c{i}");
            let label = message(l, c.label);
            if c.sub.is_empty() {
                view! { <th id=cid scope="col" rowspan=if two { "2" } else { "1" }>{label}</th> }.into_any()
            } else {
                view! { <th id=cid scope="colgroup" colspan=c.sub.len().to_string()>{label}</th> }.into_any()
            }
        })
        .collect_view();
    let second = two.then(|| {
        let subs = grid
            .columns
            .iter()
            .enumerate()
            .flat_map(|(i, c)| c.sub.iter().enumerate().map(move |(j, s)| (format!("{id}-c{i}-{j}"), *s)))
            .map(|(sid, s)| view! { <th id=sid scope="col">{message(l, s)}</th> })
            .collect_view();
        view! { <tr>{subs}</tr> }
    });
    let rows = grid
        .rows
        .iter()
        .enumerate()
        .map(|(r, row)| match row {
            GridRow::Group(label) => {
                let gid = format!("{id}-{label}");
                view! {
                    <tr class="report-table__group">
                        <th id=gid scope="colgroup" colspan=width.to_string()>{message(l, label)}</th>
                    </tr>
                }
                .into_any()
            }
            GridRow::Data { label, group, cells } => {
                let rid = format!("{id}-r{r}");
                let group_id = group.map(|g| format!("{id}-{g}"));
                let row_headers = match &group_id {
                    Some(g) => format!("{g} {rid}"),
                    None => rid.clone(),
                };
                let row_header_headers = group_id.clone().unwrap_or_else(|| corner_id.clone());
                let cells = cells
                    .iter()
                    .zip(&leaves)
                    .map(|(n, (col, _))| view! { <td headers=format!("{col} {row_headers}")>{n.to_string()}</td> })
                    .collect_view();
                view! {
                    <tr class:report-table__grouped=group.is_some()>
                        <th id=rid scope="row" headers=row_header_headers>{message(l, label)}</th>
                        {cells}
                    </tr>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll report-table" tabindex="0" role="region" aria-label=t!(l, "report-table-region", caption = caption.clone())>
            <table class="table" id=format!("table-{id}")>
                <caption>{caption.clone()}</caption>
                <thead>
                    <tr>
                        <th id=corner_id.clone() scope="col" rowspan=if two { "2" } else { "1" }>{message(l, grid.corner)}</th>
                        {top}
                    </tr>
                    {second}
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
