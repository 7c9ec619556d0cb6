//! `/mailbox/replies`: answered letters whose writers agreed to publication, personal data
//! hidden by the server, newest answer first, filtered by mailbox and category in the query
//! string (`?mailbox=director&category=complaint&page=2`, shareable).
//!
//! The replies are live data: the server reads them from the mailbox for each request and
//! renders this page with them (`crates/server/src/replies_page.rs`), so it needs no script
//! and no island. The prerendered page, for a host without the mailbox server, says the
//! replies are live and gives the phone number.

use crate::components::page_heading::PageHeading;
use crate::i18n::{message, use_lang};
use crate::t;
use leptos::prelude::*;
use portal_model::letter::{Category, Mailbox, PublishedLetter, PublishedPage};
use portal_model::Site;

/// The filters and page in the address; anything that is not one of them is "all" (page 1).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RepliesQuery {
    pub mailbox: Option<Mailbox>,
    pub category: Option<Category>,
    pub page: usize,
}

impl RepliesQuery {
    /// From the address's query, decoded (`mailbox=…&category=…&page=…`).
    pub fn from_pairs(pairs: &[(String, String)]) -> RepliesQuery {
        let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.trim());
        RepliesQuery {
            mailbox: get("mailbox").and_then(Mailbox::from_slug),
            category: get("category").and_then(Category::from_slug),
            page: get("page").and_then(|p| p.parse().ok()).filter(|p| (1..=1_000_000).contains(p)).unwrap_or(1),
        }
    }

    /// This query's address at `page`.
    fn href(&self, base: &str, page: usize) -> String {
        let mut parts = Vec::new();
        if let Some(m) = self.mailbox {
            parts.push(format!("mailbox={}", m.slug()));
        }
        if let Some(c) = self.category {
            parts.push(format!("category={}", c.slug()));
        }
        if page > 1 {
            parts.push(format!("page={page}"));
        }
        if parts.is_empty() { base.to_string() } else { format!("{base}?{}", parts.join("&")) }
    }
}

/// What the server read from the mailbox for this page (`crates/server/src/replies_page.rs`);
/// `page` is `None` when the mailbox could not be read.
#[derive(Clone, Debug)]
pub struct Replies {
    pub query: RepliesQuery,
    pub page: Option<PublishedPage>,
}

#[component]
pub fn LetterRepliesPage() -> impl IntoView {
    let l = use_lang().get_untracked();
    let phone = expect_context::<Site>().footer.phone.clone();
    let replies = use_context::<Replies>();
    let query = replies.as_ref().map(|r| r.query.clone()).unwrap_or_default();
    let base = l.localize_path("/mailbox/replies");
    let list = match replies.map(|r| r.page) {
        // The prerendered page, for a host without the mailbox server.
        None => view! { <p>{t!(l, "letter-live-data", phone = phone)}</p> }.into_any(),
        Some(None) => view! { <p class="replies__failed">{t!(l, "letter-live-failed", phone = phone)}</p> }.into_any(),
        Some(Some(p)) if p.items.is_empty() => view! { <p>{t!(l, "letter-replies-none")}</p> }.into_any(),
        Some(Some(p)) => {
            let (current, pages) = (p.page, p.pages);
            view! {
                <p>{t!(l, "letter-replies-count", count = p.total)}</p>
                <ol class="replies__list">
                    {p.items.into_iter().map(|letter| view! { <Reply letter=letter/> }).collect_view()}
                </ol>
                <nav class="replies__pages" aria-label=t!(l, "pagination-label")>
                    {(current > 1).then(|| view! { <a href=query.href(&base, current - 1) rel="prev">{t!(l, "pagination-previous")}</a> })}
                    " "
                    <span>{t!(l, "letter-page-of", page = current, pages = pages)}</span>
                    " "
                    {(current < pages).then(|| view! { <a href=query.href(&base, current + 1) rel="next">{t!(l, "pagination-next")}</a> })}
                </nav>
            }
            .into_any()
        }
    };
    view! {
        <PageHeading title=t!(l, "route-letter-replies") description=t!(l, "route-letter-replies-desc")/>
        <p class="lead">{t!(l, "route-letter-replies-desc")}</p>
        <form class="replies-filter" method="get" action=base.clone()>
            <div class="replies-filter__field">
                <label class="field__label" for="replies-mailbox">{t!(l, "letter-filter-mailbox")}</label>
                <select class="field__input" id="replies-mailbox" name="mailbox">
                    <option value="" selected=query.mailbox.is_none()>{t!(l, "letter-filter-all")}</option>
                    {Mailbox::ALL.map(|m| view! { <option value=m.slug() selected=query.mailbox == Some(m)>{message(l, m.label())}</option> }).collect_view()}
                </select>
            </div>
            <div class="replies-filter__field">
                <label class="field__label" for="replies-category">{t!(l, "letter-field-category")}</label>
                <select class="field__input" id="replies-category" name="category">
                    <option value="" selected=query.category.is_none()>{t!(l, "letter-filter-all")}</option>
                    {Category::ALL.map(|c| view! { <option value=c.slug() selected=query.category == Some(c)>{message(l, c.label())}</option> }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button">{t!(l, "filter-apply")}</button>
        </form>
        <div class="replies">{list}</div>
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
