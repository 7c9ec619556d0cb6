//! `/mailbox/replies`: answered letters whose writers agreed to publication, personal data
//! hidden by the server, newest answer first, filtered by mailbox and category in the query
//! string (`?mailbox=director&category=complaint&page=2`, shareable).
//!
//! The replies are live data from the mailbox API, fetched in the browser (an island); the
//! prerendered page (and a browser without scripts) says so and gives the phone number.

use crate::components::page_heading::PageHeading;
use crate::i18n::{message, use_lang};
use crate::t;
use leptos::prelude::*;
use portal_model::letter::{Category, Mailbox, PublishedLetter, PublishedPage};
use portal_model::Site;

// Prerendering shows only the first states; the others come from the browser.
#[cfg_attr(feature = "ssr", allow(dead_code))]
#[derive(Clone, Debug, PartialEq)]
enum State {
    /// Before the app runs: the prerendered text.
    Static,
    Loading,
    Loaded(PublishedPage),
    Failed,
}

#[component]
pub fn LetterRepliesPage() -> impl IntoView {
    let l = use_lang().get_untracked();
    view! {
        <PageHeading title=t!(l, "route-letter-replies") description=t!(l, "route-letter-replies-desc")/>
        <LetterReplies phone={expect_context::<Site>().footer.phone.clone()}/>
    }
}

/// The filters and the replies, fetched in the browser; `phone` is the office's, for when
/// they cannot be.
// A chunk of its own in the browser's build (scripts/split-wasm); component tests, whose
// wasm is not cut, take it as a plain island.
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
fn LetterReplies(phone: String) -> impl IntoView {
    let l = use_lang().get_untracked();
    let query = Memo::new(|_| crate::address::query(&["mailbox", "category", "page"]));
    // Only known values reach the API; anything else is "all".
    let mailbox = Memo::new(move |_| query.with(|q| q.get("mailbox").and_then(|m| Mailbox::from_slug(&m))));
    let category = Memo::new(move |_| query.with(|q| q.get("category").and_then(|c| Category::from_slug(&c))));
    let page = Memo::new(move |_| query.with(|q| q.get("page").and_then(|p| p.parse::<usize>().ok()).filter(|p| *p >= 1).unwrap_or(1)));
    let state = RwSignal::new(State::Static);
    let query_string = move |page: usize| {
        let mut parts = Vec::new();
        if let Some(m) = mailbox.get() {
            parts.push(format!("mailbox={}", m.slug()));
        }
        if let Some(c) = category.get() {
            parts.push(format!("category={}", c.slug()));
        }
        if page > 1 {
            parts.push(format!("page={page}"));
        }
        if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
    };
    Effect::new(move |_| {
        let q = query_string(page.get());
        state.set(State::Loading);
        #[cfg(not(feature = "ssr"))]
        leptos::task::spawn_local(async move {
            state.set(match crate::mailbox::published(&q, l).await {
                Some(p) => State::Loaded(p),
                None => State::Failed,
            });
        });
        #[cfg(feature = "ssr")]
        let _ = q;
    });
    let base = l.localize_path("/mailbox/replies");
    let base2 = base.clone();
    view! {
        <p class="lead">{t!(l, "route-letter-replies-desc")}</p>
        <form class="replies-filter" method="get" action=base>
            <div class="replies-filter__field">
                <label class="field__label" for="replies-mailbox">{t!(l, "letter-filter-mailbox")}</label>
                <select class="field__input" id="replies-mailbox" name="mailbox">
                    <option value="" selected=move || mailbox.get().is_none()>{t!(l, "letter-filter-all")}</option>
                    {Mailbox::ALL.map(|m| view! { <option value=m.slug() selected=move || mailbox.get() == Some(m)>{message(l, m.label())}</option> }).collect_view()}
                </select>
            </div>
            <div class="replies-filter__field">
                <label class="field__label" for="replies-category">{t!(l, "letter-field-category")}</label>
                <select class="field__input" id="replies-category" name="category">
                    <option value="" selected=move || category.get().is_none()>{t!(l, "letter-filter-all")}</option>
                    {Category::ALL.map(|c| view! { <option value=c.slug() selected=move || category.get() == Some(c)>{message(l, c.label())}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button">{t!(l, "filter-apply")}</button>
        </form>
        <div class="replies" aria-live="polite" aria-busy=move || (state.get() == State::Loading).then_some("true")>
            {move || match state.get() {
                State::Static => view! { <p>{t!(l, "letter-live-data", phone = phone.clone())}</p> }.into_any(),
                State::Loading => view! { <p>{t!(l, "loading")}</p> }.into_any(),
                State::Failed => view! { <p class="replies__failed">{t!(l, "letter-live-failed", phone = phone.clone())}</p> }.into_any(),
                State::Loaded(p) if p.items.is_empty() => view! { <p>{t!(l, "letter-replies-none")}</p> }.into_any(),
                State::Loaded(p) => {
                    let base = base2.clone();
                    let (current, pages) = (p.page, p.pages);
                    view! {
                        <p>{t!(l, "letter-replies-count", count = p.total)}</p>
                        <ol class="replies__list">
                            {p.items.into_iter().map(|letter| view! { <Reply letter=letter/> }).collect_view()}
                        </ol>
                        <nav class="replies__pages" aria-label=t!(l, "pagination-label")>
                            {(current > 1).then(|| view! { <a href=format!("{base}{}", query_string(current - 1)) rel="prev">{t!(l, "pagination-previous")}</a> })}
                            " "
                            <span>{t!(l, "letter-page-of", page = current, pages = pages)}</span>
                            " "
                            {(current < pages).then(|| view! { <a href=format!("{base}{}", query_string(current + 1)) rel="next">{t!(l, "pagination-next")}</a> })}
                        </nav>
                    }.into_any()
                }
            }}
        </div>
    }
}

#[component]
fn Reply(letter: PublishedLetter) -> impl IntoView {
    let l = use_lang().get_untracked();
    let paragraphs = |text: String| text.split('\n').map(|p| view! { <p>{p.to_string()}</p> }).collect_view();
    view! {
        <li class="replies__item">
            <article aria-labelledby=format!("reply-{}", letter.number)>
                <h2 class="replies__title" id=format!("reply-{}", letter.number)>{letter.title.clone()}</h2>
                <p class="replies__meta">
                    <span>{message(l, letter.mailbox.label())}</span>
                    <span aria-hidden="true">" · "</span>
                    <span>{message(l, letter.category.label())}</span>
                    <span aria-hidden="true">" · "</span>
                    <span>{t!(l, "letter-received")} " " {letter.received.to_string()}</span>
                    <span aria-hidden="true">" · "</span>
                    <span>{t!(l, "letter-answered")} " " {letter.answered.to_string()}</span>
                </p>
                <h3 class="replies__part">{t!(l, "letter-published-letter")}</h3>
                <div lang="zh-CN">{paragraphs(letter.body)}</div>
                <h3 class="replies__part">{t!(l, "letter-reply")}</h3>
                <div class="replies__reply" lang="zh-CN">{paragraphs(letter.reply)}</div>
            </article>
        </li>
    }
}
