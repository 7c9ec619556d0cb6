//! `/interviews/<id>`: one online interview: its time (Shenzhen time), status, guests with
//! their posts, summary, pictures with their text alternatives and, once it has taken place,
//! the transcript, question by question, each turn with who speaks
//! (`interviews/<id>.json`, read as the editor wrote it).

use crate::api;
use crate::components::page_heading::PageHeading;
use crate::components::page_loader::PageLoader;
use crate::components::transcript::Transcript;
use crate::i18n::{lang_attr, use_lang};
use crate::pages::interviews_list::{status_label, when};
use crate::t;
use leptos::prelude::*;
use portal_model::interview::{Interview, InterviewStatus};
use portal_model::registry::PageRef;
use portal_model::{check_url, UrlKind};

#[component]
pub fn InterviewPage(id: String) -> impl IntoView {
    let show = |interview: Interview| view! { <InterviewView interview=interview/> }.into_any();
    view! { <PageLoader load=move || api::interview(&id) view=show/> }
}

#[component]
fn InterviewView(interview: Interview) -> impl IntoView {
    let l = use_lang().get_untracked();
    let title = interview.title.in_lang(l).to_string();
    let summary = interview.summary.get(l);
    let guests = interview
        .guests
        .iter()
        .map(|g| {
            let (name, role) = (g.name.get(l), g.role.get(l));
            view! {
                <li>
                    <span class="interview-guests__name" lang=lang_attr(name.lang, l)>{name.text.to_string()}</span>
                    " "<span lang=lang_attr(role.lang, l)>{role.text.to_string()}</span>
                </li>
            }
        })
        .collect_view();
    // Only pictures of the site (checked by `content check`; checked again here so that a
    // bundle that skipped the check cannot put another site's address into the page).
    let images = interview
        .images
        .iter()
        .filter(|img| check_url(&img.src, UrlKind::Image).is_ok())
        .map(|img| {
            let alt = img.alt.get(l);
            let caption = img.caption.as_ref().map(|c| c.get(l));
            view! {
                <figure class="interview-figure">
                    <img src=img.src.clone() alt=alt.text.to_string() lang=lang_attr(alt.lang, l) width="320" height="180"/>
                    {caption.map(|c| view! { <figcaption lang=lang_attr(c.lang, l)>{c.text.to_string()}</figcaption> })}
                </figure>
            }
        })
        .collect_view();
    let transcript = match interview.status {
        InterviewStatus::Upcoming => view! { <p>{t!(l, "interview-transcript-later")}</p> }.into_any(),
        InterviewStatus::Past if interview.transcript.is_empty() => view! { <p>{t!(l, "interview-transcript-none")}</p> }.into_any(),
        InterviewStatus::Past => {
            view! { <Transcript transcript=interview.transcript.clone() guests=interview.guests.clone() lang=l/> }.into_any()
        }
    };
    view! {
        <PageHeading title=title description=summary.text.to_string()/>
        {interview.sample.then(|| view! {
            <p class="sample-note"><strong>{t!(l, "sample-content")}</strong>" "{t!(l, "sample-note")}</p>
        })}
        <dl class="interview-meta">
            <div><dt>{t!(l, "interview-status")}</dt><dd>{status_label(l, interview.status)}</dd></div>
            <div><dt>{t!(l, "interview-time")}</dt><dd>{when(l, interview.date, interview.time)}</dd></div>
        </dl>
        <p class="lead" lang=lang_attr(summary.lang, l)>{summary.text.to_string()}</p>
        <section aria-labelledby="interview-guests-heading">
            <h2 id="interview-guests-heading">{t!(l, "interview-guests")}</h2>
            <ul class="interview-guests">{guests}</ul>
        </section>
        {images}
        <section aria-labelledby="interview-transcript-heading">
            <h2 id="interview-transcript-heading">{t!(l, "interview-transcript")}</h2>
            {transcript}
        </section>
        <p class="interview-back"><a href=l.localize_path(&PageRef::Interviews.path())>{t!(l, "interview-back")}</a></p>
    }
}
