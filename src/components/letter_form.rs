//! The letter form of every mailbox: one machinery, three mailboxes.
//!
//! A real HTML form that posts to its own page, rendered by the server only: the server
//! checks the letter (`LetterForm::validate`) and answers with the receipt, or with this form
//! again with the error summary and everything typed kept ([`Posted`]). Without WebAssembly
//! that answer is a new page. With it, the island after the form
//! ([`LetterFormEnhance`](super::letter_form_enhance)) sends the same post itself and puts
//! the answer's form or receipt in place, keeps the draft as the citizen types, counts the
//! characters and says when the server cannot be reached: it carries none of the form's
//! markup or rules (docs/decisions/0015-spa-or-islands.md).

use super::error_summary::ErrorSummary;
use super::letter_form_enhance::LetterFormEnhance;
use super::letter_receipt::LetterReceipt;
use crate::i18n::use_lang;
use crate::mailbox::{control_id, Posted, Sent};
use crate::t;
use leptos::prelude::*;
use portal_model::letter::{Category, Field, LetterForm, Mailbox, BODY_CHARS, TITLE_CHARS};
use portal_model::Lang;

/// The id of the part of the page that holds the form, and after success the receipt.
pub const REGION_ID: &str = "letter-form-region";

#[component]
pub fn LetterFormView(mailbox: Mailbox, phone: String, address: String) -> impl IntoView {
    let l = use_lang().get_untracked();
    // The server's answer to a post (the island's or a plain one) has one.
    let (initial, sent) = match use_context::<Posted>() {
        Some(Posted::Letter { form, sent }) => (form, Some(sent)),
        _ => (empty_letter(), None),
    };
    let unreachable = t!(l, "letter-unreachable", phone = phone, address = address);
    let (errors, notice, receipt) = match sent {
        Some(Sent::Refused(errors)) => (errors, None, None),
        Some(Sent::Declined(message)) => (Vec::new(), Some(message), None),
        Some(Sent::Unreachable) => (Vec::new(), Some(unreachable.clone()), None),
        Some(Sent::Stored(receipt)) => (Vec::new(), None, Some(receipt)),
        None => (Vec::new(), None, None),
    };
    let error_of = |field: Field| errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone());
    let has_notice = notice.is_some();
    let text_input = |field: Field, value: &str, kind: &'static str, autocomplete: &'static str, hint: Option<String>| {
        let id = control_id(field);
        let error = error_of(field);
        let mut described: Vec<String> = Vec::new();
        if hint.is_some() {
            described.push(format!("{id}-hint"));
        }
        if field == Field::Title {
            described.push(format!("{id}-count"));
        }
        if error.is_some() {
            described.push(format!("{id}-error"));
        }
        view! {
            <div class="field" class:field--error=error.is_some()>
                <label class="field__label" for=id.clone()>{label(l, field)}</label>
                {hint.map(|h| view! { <p class="field__hint" id=format!("{id}-hint")>{h}</p> })}
                <ErrorText id=format!("{id}-error") error=error.clone()/>
                <input
                    class="field__input"
                    id=id.clone()
                    name=field.name()
                    type=kind
                    autocomplete=autocomplete
                    spellcheck=if kind == "text" { None } else { Some("false") }
                    aria-describedby=described.join(" ")
                    aria-invalid=error.is_some().then_some("true")
                    value=value.to_string()
                />
                {(field == Field::Title).then(|| view! { <Counter id=format!("{id}-count") value=value.to_string() limit=*TITLE_CHARS.end()/> })}
            </div>
        }
    };
    let body_error = error_of(Field::Body);
    let category_error = error_of(Field::Category);
    let privacy_error = error_of(Field::Privacy);
    let stored = receipt.is_some();
    let fields = view! {
        <input type="hidden" name="mailbox" value=mailbox.slug()/>
        // Empty: the server makes the key from what is posted (a double click or a retry
        // stores one letter).
        <input type="hidden" name="key" value=""/>
        <ErrorText id="letter-key-error".to_string() error=error_of(Field::Key)/>
        <ErrorText id="letter-mailbox-error".to_string() error=error_of(Field::Mailbox)/>
        <fieldset class="field" class:field--error=category_error.is_some()
            aria-describedby=category_error.is_some().then_some("letter-category-error")>
            <legend class="field__label">{t!(l, "letter-field-category")}</legend>
            <ErrorText id="letter-category-error".to_string() error=category_error.clone()/>
            <div class="letter-form__choices">
                {Category::ALL.map(|c| {
                    let id = format!("{}-{}", control_id(Field::Category), c.slug());
                    view! {
                        <div class="choice">
                            <input type="radio" class="choice__input" id=id.clone() name="category" value=c.slug()
                                checked=initial.category == c.slug()/>
                            <label class="choice__label" for=id>{crate::i18n::message(l, c.label())}</label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        {text_input(Field::Title, &initial.title, "text", "off", Some(t!(l, "letter-hint-title")))}
        <div class="field" class:field--error=body_error.is_some()>
            <label class="field__label" for=control_id(Field::Body)>{label(l, Field::Body)}</label>
            <p class="field__hint" id="letter-body-hint">{t!(l, "letter-hint-body")}</p>
            <ErrorText id="letter-body-error".to_string() error=body_error.clone()/>
            <textarea
                class="field__input field__textarea"
                id=control_id(Field::Body)
                name="body"
                rows="8"
                aria-describedby=if body_error.is_some() { "letter-body-hint letter-body-count letter-body-error" } else { "letter-body-hint letter-body-count" }
                aria-invalid=body_error.is_some().then_some("true")
            >{initial.body.clone()}</textarea>
            <Counter id="letter-body-count".to_string() value=initial.body.clone() limit=*BODY_CHARS.end()/>
        </div>
        {text_input(Field::Name, &initial.name, "text", "name", Some(t!(l, "letter-hint-name")))}
        {text_input(Field::Phone, &initial.phone, "tel", "tel", Some(t!(l, "letter-hint-contact")))}
        {text_input(Field::Email, &initial.email, "email", "email", None)}
        <div class="field">
            <div class="choice">
                <input type="checkbox" class="choice__input" id="letter-publish" name="publish" value="on" checked=initial.publish/>
                <label class="choice__label" for="letter-publish">{t!(l, "letter-field-publish")}</label>
            </div>
        </div>
        <div class="field" class:field--error=privacy_error.is_some()>
            <p class="field__hint" id="letter-privacy-hint">
                {t!(l, "letter-privacy-notice")} " "
                <a href=l.localize_path("/privacy")>{t!(l, "letter-privacy-link")}</a>
            </p>
            <ErrorText id="letter-privacy-error".to_string() error=privacy_error.clone()/>
            <div class="choice">
                <input type="checkbox" class="choice__input" id=control_id(Field::Privacy) name="privacy" value="on"
                    aria-describedby=if privacy_error.is_some() { "letter-privacy-hint letter-privacy-error" } else { "letter-privacy-hint" }
                    aria-invalid=privacy_error.is_some().then_some("true")
                    checked=initial.privacy/>
                <label class="choice__label" for=control_id(Field::Privacy)>{label(l, Field::Privacy)}</label>
            </div>
        </div>
    };
    view! {
        // What the island replaces with the server's answer to the form.
        <div class="letter-form-region" id=REGION_ID>
            {receipt.map(|r| view! { <LetterReceipt receipt=r autofocus=true/> })}
            <form class="letter-form" method="post" action=l.localize_path(&format!("/mailbox/{}", mailbox.slug())) novalidate hidden=stored>
                <ErrorSummary autofocus=!errors.is_empty() errors=errors.clone()/>
                // The island shows `data-unreachable` when the server cannot be reached.
                <div class="letter-form__notice" role="alert" hidden=!has_notice data-unreachable=unreachable
                    tabindex=has_notice.then_some("-1") autofocus=has_notice>
                    {notice}
                </div>
                {fields}
                <button type="submit" class="button" data-sending=t!(l, "letter-sending")>{t!(l, "letter-send")}</button>
            </form>
        </div>
        <LetterFormEnhance/>
    }
}

/// An empty letter (an enquiry).
fn empty_letter() -> LetterForm {
    LetterForm { category: Category::Enquiry.slug().into(), ..LetterForm::default() }
}

/// The label of a field.
fn label(l: Lang, field: Field) -> String {
    crate::i18n::message(l, &format!("letter-field-{}", field.name()))
}

/// A field's own error message, beside it.
#[component]
fn ErrorText(id: String, error: Option<String>) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let none = error.is_none();
    view! {
        <p class="field__error" id=id hidden=none>
            <span class="visually-hidden">{t!(lang, "form-error-prefix")}</span>
            {error}
        </p>
    }
}

/// How many characters are left. The island keeps it up to date as the citizen types and
/// says it politely once typing pauses (`data-limit`; the live paragraph after it).
#[component]
fn Counter(id: String, value: String, limit: usize) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let n = value.trim().chars().count();
    view! {
        <p class="field__count" id=id class:field__count--over={n > limit} data-limit=limit>{count_text(lang, n, limit)}</p>
        <p class="visually-hidden" aria-live="polite"></p>
    }
}

/// "N characters left" or "N too many".
pub fn count_text(lang: Lang, n: usize, limit: usize) -> String {
    if n <= limit {
        let count = limit - n;
        t!(lang, "letter-count-left", count = count)
    } else {
        let count = n - limit;
        t!(lang, "letter-count-over", count = count)
    }
}
