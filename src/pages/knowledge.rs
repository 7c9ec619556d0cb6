//! `/knowledge` and `/knowledge/<category>`: the knowledge base (业务知识库), questions and
//! answers about port clearance, every category or one (`knowledge.json`).
//!
//! The filter is a list of links, one per category, each to a prerendered page of its
//! own: it works the same without JavaScript (the server sends that page) and with the app
//! (the router navigates), and a filtered view is an address to share. Each question's
//! heading has the id `q-<id>`, so `/knowledge#q-<id>` (or the category page's) leads to it;
//! these addresses are stable, other pages link to them (see `portal_model::registry`).

use crate::api;
use crate::components::blocks::Blocks;
use crate::components::page_heading::PageHeading;
use crate::components::page_loader::PageLoader;
use crate::i18n::{lang_attr, use_lang};
use crate::t;
use leptos::prelude::*;
use portal_model::knowledge::{knowledge_path, question_anchor, KnowledgeBase, KnowledgeCategory};
use portal_model::Lang;

#[component]
pub fn KnowledgePage(category: Option<String>) -> impl IntoView {
    let chosen = category.clone();
    let show = move |base: KnowledgeBase| view! { <KnowledgeView base=base category=chosen.clone()/> }.into_any();
    view! { <PageLoader load=move || api::knowledge(category.clone()) view=show/> }
}

/// One category's questions under its heading.
fn category_section(l: Lang, base: &KnowledgeBase, c: &KnowledgeCategory) -> impl IntoView {
    let label = c.label.get(l);
    let (heading_id, labelled_by) = (format!("knowledge-{}", c.id), format!("knowledge-{}", c.id));
    let questions = base
        .in_category(&c.id)
        .map(|q| {
            let question = q.question.get(l);
            view! {
                <div class="knowledge-question">
                    <h3 id=question_anchor(&q.id) lang=lang_attr(question.lang, l)>{question.text.to_string()}</h3>
                    <div class="prose knowledge-question__answer">
                        <Blocks blocks=q.answer.clone() lang=l/>
                    </div>
                    <p class="knowledge-question__meta">
                        {t!(l, "knowledge-updated", date = q.updated.to_string())}
                        {q.sample.then(|| view! { " " <span class="tag">{t!(l, "sample-content")}</span> })}
                    </p>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="knowledge-category" aria-labelledby=labelled_by>
            <h2 id=heading_id lang=lang_attr(label.lang, l)>{label.text.to_string()}</h2>
            {questions}
        </section>
    }
}

#[component]
fn KnowledgeView(base: KnowledgeBase, category: Option<String>) -> impl IntoView {
    let l = use_lang().get_untracked();
    // The loader answered "not found" for an unknown category, so this one exists.
    let chosen = category.as_deref().and_then(|id| base.category(id));
    let title = match chosen {
        Some(c) => t!(l, "knowledge-category-title", category = c.label.in_lang(l).to_string()),
        None => t!(l, "route-knowledge"),
    };
    let shown: Vec<&KnowledgeCategory> = match chosen {
        Some(c) => vec![c],
        None => base.categories.iter().collect(),
    };
    let count: usize = shown.iter().map(|c| base.in_category(&c.id).count()).sum();
    let any_sample = shown.iter().any(|c| base.in_category(&c.id).any(|q| q.sample));
    let filter_link = |target: Option<&KnowledgeCategory>, label: AnyView| {
        let current = target.map(|c| c.id.as_str()) == category.as_deref();
        view! {
            <li>
                <a href=l.localize_path(&knowledge_path(target.map(|c| c.id.as_str()))) aria-current=current.then_some("page")>{label}</a>
            </li>
        }
    };
    let links = base
        .categories
        .iter()
        .map(|c| {
            let label = c.label.get(l);
            filter_link(Some(c), view! { <span lang=lang_attr(label.lang, l)>{label.text.to_string()}</span> }.into_any())
        })
        .collect_view();
    view! {
        <PageHeading title=title description=t!(l, "knowledge-lead")/>
        <p class="lead">{t!(l, "knowledge-lead")}</p>
        <nav class="knowledge-filter" aria-labelledby="knowledge-filter-heading">
            <h2 id="knowledge-filter-heading" class="knowledge-filter__heading">{t!(l, "knowledge-filter")}</h2>
            <ul>
                {filter_link(None, view! { <span>{t!(l, "knowledge-all")}</span> }.into_any())}
                {links}
            </ul>
        </nav>
        <p class="list-count">{t!(l, "knowledge-count", count = count)}</p>
        {any_sample.then(|| view! {
            <p class="sample-note"><strong>{t!(l, "sample-content")}</strong>" "{t!(l, "knowledge-sample-note")}</p>
        })}
        {shown.into_iter().map(|c| category_section(l, &base, c)).collect_view()}
    }
}
