//! What a citizen sees when a letter is stored: the letter number and the query code they
//! need to look it up, when to expect an answer, and (once the app runs) buttons to copy the
//! two and to print the page as a receipt. The panel takes focus, so a screen reader reads
//! it at once. The same view is rendered by the server after a plain form post.

use crate::i18n::{message, use_lang};
use crate::t;
use leptos::html;
use leptos::prelude::*;
use portal_model::letter::Receipt;

#[component]
pub fn LetterReceipt(
    receipt: Receipt,
    /// Rendered by the server for a plain form post: the browser focuses it on load.
    #[prop(optional)]
    autofocus: bool,
) -> impl IntoView {
    let l = use_lang().get_untracked();
    let node = NodeRef::<html::Div>::new();
    // Copy and print need scripts: they appear only once the app runs.
    let running = RwSignal::new(false);
    let copied = RwSignal::new(false);
    Effect::new(move |_| {
        running.set(true);
        if let Some(el) = node.get() {
            crate::focus::focus_for_reading(&el);
        }
    });
    let Receipt { number, code, mailbox, received } = receipt;
    let both = t!(l, "letter-receipt-copy-text", number = number.clone(), code = code.clone());
    let copy = move |_| {
        #[cfg(not(feature = "ssr"))]
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().clipboard().write_text(&both);
            copied.set(true);
        }
        #[cfg(feature = "ssr")]
        let _ = &both;
    };
    let print = move |_| {
        #[cfg(not(feature = "ssr"))]
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <div class="letter-receipt" node_ref=node aria-labelledby="letter-receipt-title"
            tabindex=autofocus.then_some("-1") autofocus=autofocus>
            <h2 class="letter-receipt__title" id="letter-receipt-title">{t!(l, "letter-receipt-title")}</h2>
            <dl class="letter-receipt__facts">
                <div><dt>{t!(l, "letter-receipt-mailbox")}</dt><dd>{message(l, mailbox.label())}</dd></div>
                <div><dt>{t!(l, "letter-number")}</dt><dd class="letter-receipt__value">{number}</dd></div>
                <div><dt>{t!(l, "letter-code")}</dt><dd class="letter-receipt__value">{code}</dd></div>
                <div><dt>{t!(l, "letter-received")}</dt><dd>{received.to_string()}</dd></div>
            </dl>
            <p>{t!(l, "letter-receipt-keep")}</p>
            <p>{t!(l, "letter-receipt-when")}</p>
            <p class="letter-receipt__actions" hidden=move || !running.get()>
                <button type="button" class="button" on:click=copy>{t!(l, "letter-receipt-copy")}</button>
                " "
                <button type="button" class="button" on:click=print>{t!(l, "letter-receipt-print")}</button>
            </p>
            <p role="status" class="letter-receipt__copied">{move || copied.get().then(|| t!(l, "letter-receipt-copied"))}</p>
            <p><a href=l.localize_path("/mailbox/lookup")>{t!(l, "letter-receipt-lookup")}</a></p>
        </div>
    }
}
