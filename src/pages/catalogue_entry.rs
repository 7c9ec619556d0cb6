//! `/disclosure/catalogue/<id>`: one entry of the catalogue with its index number,
//! publisher, dates, document number and validity. An amended or repealed entry says so
//! first, above everything else, with the date and the document that replaces it. An entry
//! that points at a news item or notice links to it instead of repeating it.

use crate::api;
use crate::components::blocks::Blocks;
use crate::components::page_heading::PageHeading;
use crate::components::page_loader::PageLoader;
use crate::i18n::{lang_attr, use_lang};
use crate::pages::catalogue_list::validity_label;
use crate::t;
use leptos::prelude::*;
use portal_model::disclosure::{CatalogueFilter, EntryPage, EntrySummary, ValidityState};
use portal_model::Lang;

#[component]
pub fn CatalogueEntryPage(id: String) -> impl IntoView {
    let show = |page: EntryPage| view! { <EntryView page=page/> }.into_any();
    view! { <PageLoader load=move || api::catalogue_entry(&id) view=show/> }
}

fn entry_link(l: Lang, e: &EntrySummary) -> impl IntoView {
    let title = e.title.get(l);
    view! {
        <a href=l.localize_path(&format!("{}/{}", CatalogueFilter::BASE, e.id)) lang=lang_attr(title.lang, l)>{title.text.to_string()}</a>
    }
}

#[component]
fn EntryView(page: EntryPage) -> impl IntoView {
    let l = use_lang().get_untracked();
    let EntryPage { entry, category_trail, replaced_by, replaces, news, .. } = page;
    let title = entry.title.in_lang(l).to_string();
    let publisher = entry.publisher.get(l);
    let category = category_trail.iter().map(|c| c.label.in_lang(l).to_string()).collect::<Vec<_>>().join(" / ");
    let validity = entry.validity.clone();
    let date = validity.date.map(|d| d.to_string()).unwrap_or_default();
    // What the reader must know first: this document is no longer (wholly) in force.
    let notice = match validity.state {
        ValidityState::Current => None,
        state => Some(view! {
            <div class="entry-validity" role="note" aria-labelledby="entry-validity-heading">
                <h2 id="entry-validity-heading">
                    {match state {
                        ValidityState::Amended => t!(l, "entry-amended-heading", date = date.clone()),
                        _ => t!(l, "entry-repealed-heading", date = date.clone()),
                    }}
                </h2>
                {replaced_by.as_ref().map(|by| view! { <p>{t!(l, "entry-replaced-by")}" "{entry_link(l, by)}</p> })}
            </div>
        }),
    };
    view! {
        <PageHeading title=title description=entry.summary.in_lang(l).to_string()/>
        {notice}
        {entry.sample.then(|| view! {
            <p class="sample-note"><strong>{t!(l, "sample-content")}</strong>" "{t!(l, "sample-note")}</p>
        })}
        <dl class="entry-meta">
            <div><dt>{t!(l, "entry-index-number")}</dt><dd>{entry.index_number.clone()}</dd></div>
            <div><dt>{t!(l, "item-category")}</dt><dd>{category}</dd></div>
            <div><dt>{t!(l, "entry-publisher")}</dt><dd lang=lang_attr(publisher.lang, l)>{publisher.text.to_string()}</dd></div>
            <div><dt>{t!(l, "entry-written")}</dt><dd><time datetime=entry.written.to_string()>{entry.written.to_string()}</time></dd></div>
            <div><dt>{t!(l, "entry-published")}</dt><dd><time datetime=entry.published.to_string()>{entry.published.to_string()}</time></dd></div>
            {entry.document_number.clone().map(|n| view! { <div><dt>{t!(l, "entry-document-number")}</dt><dd lang="zh-CN">{n}</dd></div> })}
            <div>
                <dt>{t!(l, "entry-validity")}</dt>
                <dd>
                    {validity_label(l, validity.state)}
                    {validity.date.map(|d| view! { " (" <time datetime=d.to_string()>{d.to_string()}</time> ")" })}
                </dd>
            </div>
        </dl>
        {news.map(|(section, item)| {
            let title = item.title.get(l);
            view! {
                <p class="entry-news">
                    {t!(l, "entry-news")}" "
                    <a href=l.localize_path(&format!("/{section}/{}", item.id)) lang=lang_attr(title.lang, l)>{title.text.to_string()}</a>
                </p>
            }
        })}
        {(!entry.body.is_empty()).then(|| view! {
            <div class="prose">
                <Blocks blocks=entry.body.clone() lang=l/>
            </div>
        })}
        {(!replaces.is_empty()).then(|| view! {
            <section class="entry-replaces" aria-labelledby="entry-replaces-heading">
                <h2 id="entry-replaces-heading">{t!(l, "entry-replaces")}</h2>
                <ul>{replaces.iter().map(|e| view! { <li>{entry_link(l, e)}</li> }).collect_view()}</ul>
            </section>
        })}
        <p class="entry-back"><a href=l.localize_path(CatalogueFilter::BASE)>{t!(l, "entry-back")}</a></p>
    }
}
