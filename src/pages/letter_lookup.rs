//! `/mailbox/lookup`: a citizen's own letter by its number and query code: its state, dates
//! and the reply. A real form that posts to this page, so it works without WebAssembly (the
//! server renders the answer: [`Posted::Lookup`]); in the browser (an island) it asks
//! the API instead. A wrong code and an unknown number get the same answer, from the server.

use crate::components::page_heading::PageHeading;
use crate::i18n::{message, use_lang};
use crate::mailbox::Posted;
use crate::t;
use leptos::prelude::*;
use portal_model::letter::LetterState;

/// What the page shows under the form.
// Prerendering shows only the first states; the others come from the browser.
#[cfg_attr(feature = "ssr", allow(dead_code))]
#[derive(Clone, Debug, PartialEq)]
enum Answer {
    None,
    Found(LetterState),
    Missing(String),
    Unreachable,
}

#[component]
pub fn LetterLookupPage() -> impl IntoView {
    let l = use_lang().get_untracked();
    view! {
        <PageHeading title=t!(l, "route-letter-lookup") description=t!(l, "route-letter-lookup-desc")/>
        <LetterLookup/>
    }
}

/// The form and its answer, in the browser; `posted` is the server's answer to a plain post.
// A chunk of its own in the browser's build (scripts/split-wasm); component tests, whose
// wasm is not cut, take it as a plain island.
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
fn LetterLookup() -> impl IntoView {
    let l = use_lang().get_untracked();
    // Only the server's answer to a plain post has one, and that page does not start the
    // app: so it is read from the context, not carried in the island's props.
    let posted = use_context::<Posted>();
    let (number0, answer0) = match posted {
        Some(Posted::Lookup { number, found: Some(state) }) => (number, Answer::Found(state)),
        Some(Posted::Lookup { number, found: None }) => (number, Answer::Missing(t!(l, "api-error-not-found"))),
        // What was typed before the island ran is kept (`crate::typed`).
        _ => (crate::typed::value("lookup-number").unwrap_or_default(), Answer::None),
    };
    let number = RwSignal::new(number0.clone());
    let code = RwSignal::new(crate::typed::value("lookup-code").unwrap_or_default());
    let answer = RwSignal::new(answer0);
    let busy = RwSignal::new(false);
    let result_node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if !matches!(answer.get(), Answer::None) {
            if let Some(el) = result_node.get_untracked() {
                crate::focus::focus_for_reading(&el);
            }
        }
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        #[cfg(not(feature = "ssr"))]
        leptos::task::spawn_local(async move {
            use crate::mailbox::Looked;
            let got = crate::mailbox::look_up(&number.get_untracked(), &code.get_untracked(), l).await;
            busy.set(false);
            answer.set(match got {
                Looked::Found(state) => Answer::Found(state),
                Looked::NotFound(message) => Answer::Missing(message),
                Looked::Unreachable => Answer::Unreachable,
            });
        });
    };
    view! {
        <p class="lead">{t!(l, "route-letter-lookup-desc")}</p>
        <form class="letter-lookup" method="post" action=l.localize_path("/mailbox/lookup") on:submit=on_submit>
            <div class="field">
                <label class="field__label" for="lookup-number">{t!(l, "letter-number")}</label>
                <p class="field__hint" id="lookup-number-hint">{t!(l, "letter-lookup-number-hint")}</p>
                <input class="field__input letter-lookup__input" id="lookup-number" name="number" type="text" inputmode="numeric"
                    autocomplete="off" spellcheck="false" required aria-describedby="lookup-number-hint"
                    value=number0 prop:value=move || number.get() on:input=move |ev| number.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label class="field__label" for="lookup-code">{t!(l, "letter-code")}</label>
                <p class="field__hint" id="lookup-code-hint">{t!(l, "letter-lookup-code-hint")}</p>
                <input class="field__input letter-lookup__input" id="lookup-code" name="code" type="text"
                    autocomplete="off" spellcheck="false" required aria-describedby="lookup-code-hint"
                    prop:value=move || code.get() on:input=move |ev| code.set(event_target_value(&ev))/>
            </div>
            <button type="submit" class="button" aria-disabled=move || busy.get().then_some("true")>{t!(l, "letter-lookup-submit")}</button>
        </form>
        <div class="letter-lookup__result" node_ref=result_node aria-live="polite">
            {move || match answer.get() {
                Answer::None => ().into_any(),
                Answer::Found(state) => view! { <LetterStateView state=state/> }.into_any(),
                Answer::Missing(message) => view! { <p class="letter-lookup__missing">{message}</p> }.into_any(),
                Answer::Unreachable => view! { <p class="letter-lookup__missing">{t!(l, "letter-lookup-unreachable")}</p> }.into_any(),
            }}
        </div>
    }
}

#[component]
fn LetterStateView(state: LetterState) -> impl IntoView {
    let l = use_lang().get_untracked();
    let LetterState { number, mailbox, category, title, status, received, answered, reply } = state;
    view! {
        <h2>{t!(l, "letter-lookup-result", number = number.clone())}</h2>
        <dl class="letter-lookup__facts">
            <div><dt>{t!(l, "letter-status")}</dt><dd><strong>{message(l, status.label())}</strong></dd></div>
            <div><dt>{t!(l, "letter-receipt-mailbox")}</dt><dd>{message(l, mailbox.label())}</dd></div>
            <div><dt>{t!(l, "letter-field-category")}</dt><dd>{message(l, category.label())}</dd></div>
            <div><dt>{t!(l, "letter-field-title")}</dt><dd>{title}</dd></div>
            <div><dt>{t!(l, "letter-received")}</dt><dd>{received.to_string()}</dd></div>
            {answered.map(|d| view! { <div><dt>{t!(l, "letter-answered")}</dt><dd>{d.to_string()}</dd></div> })}
        </dl>
        {reply.map(|text| view! {
            <h3>{t!(l, "letter-reply")}</h3>
            <div class="letter-lookup__reply">{text.split('\n').map(|p| view! { <p>{p.to_string()}</p> }).collect_view()}</div>
        })}
    }
}
