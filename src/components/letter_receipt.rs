//! What a citizen sees when a letter is stored: the letter number and the query code they
//! need to look it up, when to expect an answer, and (once the letter form's island runs)
//! buttons to copy the two and to print the page as a receipt. Rendered by the server in its
//! answer to a letter; the panel takes focus, so a screen reader reads it at once.

use crate::i18n::{message, use_lang};
use crate::t;
use leptos::prelude::*;
use portal_model::letter::Receipt;

#[component]
pub fn LetterReceipt(
    receipt: Receipt,
    /// Focused when the page (or the letter form island's answer) arrives.
    #[prop(optional)]
    autofocus: bool,
) -> impl IntoView {
    let l = use_lang().get_untracked();
    let Receipt { number, code, mailbox, received } = receipt;
    let both = t!(l, "letter-receipt-copy-text", number = number.clone(), code = code.clone());
    view! {
        <div class="letter-receipt" aria-labelledby="letter-receipt-title"
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
            // Copy and print need scripts: the letter form's island shows them and answers them.
            <p class="letter-receipt__actions" hidden>
                <button type="button" class="button" data-receipt="copy" data-copy=both>{t!(l, "letter-receipt-copy")}</button>
                " "
                <button type="button" class="button" data-receipt="print">{t!(l, "letter-receipt-print")}</button>
            </p>
            <p role="status" class="letter-receipt__copied" data-copied=t!(l, "letter-receipt-copied")></p>
            <p><a href=l.localize_path("/mailbox/lookup")>{t!(l, "letter-receipt-lookup")}</a></p>
        </div>
    }
}
