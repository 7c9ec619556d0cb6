//! `/interviews`: online interviews (在线访谈). Upcoming interviews first, soonest first, then
//! past ones, newest first, each under its own heading, with guests, time (Shenzhen time)
//! and summary (`derived/interviews.json`).

use crate::api;
use crate::components::page_heading::PageHeading;
use crate::components::page_loader::PageLoader;
use crate::i18n::{lang_attr, use_lang};
use crate::t;
use leptos::prelude::*;
use portal_model::interview::{Clock, Guest, InterviewIndex, InterviewStatus, InterviewSummary};
use portal_model::registry::PageRef;
use portal_model::{Date, Lang};

#[component]
pub fn InterviewsListPage() -> impl IntoView {
    let show = |index: InterviewIndex| view! { <InterviewsView index=index/> }.into_any();
    view! { <PageLoader load=api::interviews view=show/> }
}

/// The name of a status in the reader's language.
pub fn status_label(l: Lang, status: InterviewStatus) -> String {
    match status {
        InterviewStatus::Upcoming => t!(l, "interview-upcoming"),
        InterviewStatus::Past => t!(l, "interview-past"),
    }
}

/// When an interview starts: a `<time>` with its offset for machines, the date and time
/// and "Beijing time" for people, punctuated as the language does.
pub fn when(l: Lang, date: Date, time: Clock) -> impl IntoView {
    view! {
        <time datetime=format!("{date}T{time}{}", Clock::OFFSET)>
            {t!(l, "interview-when", date = date.to_string(), time = time.to_string())}
        </time>
    }
}

/// Guests as "role name" (市口岸办副主任 王磊), separated as the language separates list items.
pub fn guest_names(l: Lang, guests: &[Guest]) -> impl IntoView {
    guests
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let (name, role) = (g.name.get(l), g.role.get(l));
            view! {
                {(i > 0).then(|| t!(l, "interview-guest-separator"))}
                <span lang=lang_attr(role.lang, l)>{role.text.to_string()}</span>
                " "<span lang=lang_attr(name.lang, l)>{name.text.to_string()}</span>
            }
        })
        .collect_view()
}

fn card(l: Lang, i: &InterviewSummary) -> impl IntoView {
    let title = i.title.get(l);
    let summary = i.summary.get(l);
    view! {
        <li class="interview-card">
            <h3 class="interview-card__title">
                <a href=l.localize_path(&PageRef::Interview { id: i.id.clone() }.path()) lang=lang_attr(title.lang, l)>{title.text.to_string()}</a>
            </h3>
            <p class="interview-card__meta">
                <span class=format!("interview-status interview-status--{}", i.status.id())>{status_label(l, i.status)}</span>
                " "{when(l, i.date, i.time)}
                {i.sample.then(|| view! { " " <span class="tag">{t!(l, "sample-content")}</span> })}
            </p>
            <p class="interview-card__guests">{t!(l, "interview-guests-label")}" "{guest_names(l, &i.guests)}</p>
            <p lang=lang_attr(summary.lang, l)>{summary.text.to_string()}</p>
        </li>
    }
}

#[component]
fn InterviewsView(index: InterviewIndex) -> impl IntoView {
    let l = use_lang().get_untracked();
    let (upcoming, past): (Vec<_>, Vec<_>) = index.interviews.iter().partition(|i| i.status == InterviewStatus::Upcoming);
    let group = move |id: &'static str, heading: String, list: Vec<&InterviewSummary>, empty: String| {
        view! {
            <section class="interviews__group" aria-labelledby=id>
                <h2 id=id>{heading}</h2>
                {if list.is_empty() {
                    view! { <p>{empty}</p> }.into_any()
                } else {
                    view! { <ul class="interviews__list">{list.into_iter().map(|i| card(l, i)).collect_view()}</ul> }.into_any()
                }}
            </section>
        }
    };
    view! {
        <PageHeading title=t!(l, "route-interviews") description=t!(l, "interviews-lead")/>
        <p class="lead">{t!(l, "interviews-lead")}</p>
        {group("interviews-upcoming", t!(l, "interviews-upcoming-heading"), upcoming, t!(l, "interviews-none-upcoming"))}
        {group("interviews-past", t!(l, "interviews-past-heading"), past, t!(l, "interviews-none-past"))}
    }
}
