//! The letter form of every mailbox: one machinery, three mailboxes.
//!
//! It is a real HTML form that posts to its own page, so it works with no WebAssembly at all
//! (the server answers with the receipt, or this form again with the error summary and
//! everything typed kept: [`Posted`]). In the browser (an island) it takes the submit over: it checks
//! the rules the server checks (`LetterForm::validate`), sends JSON with an idempotency key
//! (a retry or a double click stores one letter), keeps the draft in local storage as the
//! citizen types and restores it after a reload or a failed submit, and clears it after
//! success. Character counts are announced politely, a moment after typing stops.

use super::error_summary::ErrorSummary;
use super::letter_receipt::LetterReceipt;
use crate::i18n::use_lang;
use crate::mailbox::{control_id, localize, Posted, Sent};
use crate::t;
use leptos::prelude::*;
use portal_model::letter::{Category, Field, LetterForm, Mailbox, BODY_CHARS, TITLE_CHARS};
use portal_model::Lang;

/// A text field's signal and its limit, for the counter.
#[derive(Clone, Copy)]
struct Text {
    field: Field,
    value: RwSignal<String>,
}

#[component]
pub fn LetterFormView(mailbox: Mailbox, phone: String, address: String) -> impl IntoView {
    view! { <LetterFormIsland mailbox=mailbox phone=phone address=address/> }
}

/// The form in the browser; `posted` is the server's answer to a plain post, if the page is one.
// A chunk of its own in the browser's build (scripts/split-wasm); component tests, whose
// wasm is not cut, take it as a plain island.
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
fn LetterFormIsland(mailbox: Mailbox, phone: String, address: String) -> impl IntoView {
    // Only the server's answer to a plain post has one, and that page does not start the
    // app: so it is read from the context, not carried in the island's props (the browser
    // then has no code to read it).
    let posted = use_context::<Posted>();
    let l = use_lang().get_untracked();
    #[cfg(not(feature = "ssr"))]
    let from_post = posted.is_some();
    let (initial, sent) = match posted {
        Some(Posted::Letter { form, sent }) => (form, Some(sent)),
        _ => (typed_before_start(), None),
    };
    // Typed before the island ran: that, not a kept draft, is what the citizen is writing.
    #[cfg(not(feature = "ssr"))]
    let typed = initial != typed_before_start_default();
    // A page the server rendered for a plain post focuses its message on load.
    let autofocus = matches!(sent, Some(Sent::Refused(_)));
    let notice_autofocus = matches!(sent, Some(Sent::Declined(_) | Sent::Unreachable));
    let receipt_autofocus = matches!(sent, Some(Sent::Stored(_)));
    let text = |field: Field, value: &str| Text { field, value: RwSignal::new(value.to_string()) };
    let title = text(Field::Title, &initial.title);
    let body = text(Field::Body, &initial.body);
    let name = text(Field::Name, &initial.name);
    let phone_no = text(Field::Phone, &initial.phone);
    let email = text(Field::Email, &initial.email);
    let category = RwSignal::new(initial.category.clone());
    let publish = RwSignal::new(initial.publish);
    let privacy = RwSignal::new(initial.privacy);
    let key = RwSignal::new(String::new());
    let errors = RwSignal::new(match &sent {
        Some(Sent::Refused(errors)) => errors.clone(),
        _ => Vec::new(),
    });
    let notice = RwSignal::new(match &sent {
        Some(Sent::Declined(message)) => Some(message.clone()),
        Some(Sent::Unreachable) => Some(t!(l, "letter-unreachable", phone = phone.clone(), address = address.clone())),
        _ => None,
    });
    let receipt = RwSignal::new(match &sent {
        Some(Sent::Stored(receipt)) => Some(receipt.clone()),
        _ => None,
    });
    let sending = RwSignal::new(false);
    let (focus_summary, set_focus_summary) = signal(0u32);
    let (focus_notice, set_focus_notice) = signal(0u32);

    let current = move || LetterForm {
        mailbox: mailbox.slug().to_string(),
        category: category.get_untracked(),
        title: title.value.get_untracked(),
        body: body.value.get_untracked(),
        name: name.value.get_untracked(),
        phone: phone_no.value.get_untracked(),
        email: email.value.get_untracked(),
        publish: publish.get_untracked(),
        privacy: privacy.get_untracked(),
        key: key.get_untracked(),
    };

    #[cfg(not(feature = "ssr"))]
    {
        // After hydration: bring back a kept draft (unless the server just answered a
        // post), and make the key for this letter.
        let restore = !from_post && !typed;
        Effect::new(move |_| {
            let draft = if restore { crate::mailbox::load_draft(mailbox) } else { None };
            if let Some(d) = draft {
                title.value.set(d.title);
                body.value.set(d.body);
                name.value.set(d.name);
                phone_no.value.set(d.phone);
                email.value.set(d.email);
                if Category::from_slug(&d.category).is_some() {
                    category.set(d.category);
                }
                publish.set(d.publish);
                privacy.set(d.privacy);
                key.set(if d.key.is_empty() { crate::mailbox::new_key() } else { d.key });
            } else {
                key.set(crate::mailbox::new_key());
            }
        });
    }
    let save = move || {
        #[cfg(not(feature = "ssr"))]
        crate::mailbox::save_draft(mailbox, &current());
    };

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if sending.get_untracked() {
            return; // A double click: the first submit is on its way.
        }
        let form = current();
        save();
        notice.set(None);
        if let Err(found) = form.validate() {
            errors.set(localize(found, l));
            set_focus_summary.update(|n| *n += 1);
            return;
        }
        errors.set(Vec::new());
        sending.set(true);
        #[cfg(not(feature = "ssr"))]
        let (phone, address) = (phone.clone(), address.clone());
        #[cfg(not(feature = "ssr"))]
        leptos::task::spawn_local(async move {
            let sent = crate::mailbox::send_letter(&form, l).await;
            sending.set(false);
            match sent {
                Sent::Stored(r) => {
                    crate::mailbox::clear_draft(mailbox);
                    receipt.set(Some(r));
                }
                Sent::Refused(found) => {
                    errors.set(found);
                    set_focus_summary.update(|n| *n += 1);
                }
                Sent::Declined(message) => {
                    notice.set(Some(message));
                    set_focus_notice.update(|n| *n += 1);
                }
                Sent::Unreachable => {
                    notice.set(Some(t!(l, "letter-unreachable", phone = phone.clone(), address = address.clone())));
                    set_focus_notice.update(|n| *n += 1);
                }
            }
        });
        #[cfg(feature = "ssr")]
        let _ = (receipt, set_focus_notice, &phone, &address);
    };

    let error_of = move |field: Field| Memo::new(move |_| errors.with(|e| e.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone())));
    let notice_node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if focus_notice.get() > 0 {
            if let Some(el) = notice_node.get() {
                crate::focus::focus_for_reading(&el);
            }
        }
    });

    let action = l.localize_path(&format!("/mailbox/{}", mailbox.slug()));
    let text_input = move |t: Text, kind: &'static str, autocomplete: &'static str, hint: Option<String>| {
        let id = control_id(t.field);
        let error = error_of(t.field);
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let hint_view = hint.clone().map(|h| view! { <p class="field__hint" id=format!("{id}-hint")>{h}</p> });
        let described = move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if t.field == Field::Title {
                ids.push(format!("{}-count", control_id(t.field)));
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            ids.join(" ")
        };
        view! {
            <div class="field" class:field--error=move || error.with(Option::is_some)>
                <label class="field__label" for=id.clone()>{label(l, t.field)}</label>
                {hint_view}
                <ErrorText id=format!("{id}-error") error=error/>
                <input
                    class="field__input"
                    id=id.clone()
                    name=t.field.name()
                    type=kind
                    autocomplete=autocomplete
                    spellcheck=if kind == "text" { None } else { Some("false") }
                    aria-describedby=described
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    prop:value=move || t.value.get()
                    value=t.value.get_untracked()
                    on:input=move |ev| {
                        t.value.set(event_target_value(&ev));
                        save();
                    }
                />
                {(t.field == Field::Title).then(|| view! { <Counter id=format!("{id}-count") value=t.value limit=*TITLE_CHARS.end()/> })}
            </div>
        }
    };

    let body_error = error_of(Field::Body);
    let category_error = error_of(Field::Category);
    let privacy_error = error_of(Field::Privacy);
    let general_error = error_of(Field::Key);
    let mailbox_error = error_of(Field::Mailbox);

    view! {
        {move || receipt.get().map(|r| view! { <LetterReceipt receipt=r autofocus=receipt_autofocus/> })}
        <form
            class="letter-form"
            method="post"
            action=action
            novalidate
            hidden=move || receipt.with(Option::is_some)
            on:submit=on_submit
        >
            <ErrorSummary errors=errors.into() focus=focus_summary autofocus=autofocus/>
            <div class="letter-form__notice" role="alert" node_ref=notice_node hidden=move || notice.with(Option::is_none)
                tabindex=notice_autofocus.then_some("-1") autofocus=notice_autofocus>
                {move || notice.get()}
            </div>
            <input type="hidden" name="mailbox" value=mailbox.slug()/>
            <input type="hidden" name="key" prop:value=move || key.get() value=""/>
            <ErrorText id="letter-key-error".to_string() error=general_error/>
            <ErrorText id="letter-mailbox-error".to_string() error=mailbox_error/>
            <fieldset class="field" class:field--error=move || category_error.with(Option::is_some)
                aria-describedby=move || category_error.with(Option::is_some).then_some("letter-category-error")>
                <legend class="field__label">{t!(l, "letter-field-category")}</legend>
                <ErrorText id="letter-category-error".to_string() error=category_error/>
                <div class="letter-form__choices">
                    {Category::ALL.map(|c| {
                        let id = format!("{}-{}", control_id(Field::Category), c.slug());
                        view! {
                            <div class="choice">
                                <input type="radio" class="choice__input" id=id.clone() name="category" value=c.slug()
                                    checked=initial.category == c.slug()
                                    prop:checked=move || category.get() == c.slug()
                                    on:change=move |_| { category.set(c.slug().to_string()); save(); }/>
                                <label class="choice__label" for=id>{crate::i18n::message(l, c.label())}</label>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            {text_input(title, "text", "off", Some(t!(l, "letter-hint-title")))}
            <div class="field" class:field--error=move || body_error.with(Option::is_some)>
                <label class="field__label" for=control_id(Field::Body)>{label(l, Field::Body)}</label>
                <p class="field__hint" id="letter-body-hint">{t!(l, "letter-hint-body")}</p>
                <ErrorText id="letter-body-error".to_string() error=body_error/>
                <textarea
                    class="field__input field__textarea"
                    id=control_id(Field::Body)
                    name="body"
                    rows="8"
                    aria-describedby=move || if body_error.with(Option::is_some) { "letter-body-hint letter-body-count letter-body-error" } else { "letter-body-hint letter-body-count" }
                    aria-invalid=move || body_error.with(Option::is_some).then_some("true")
                    prop:value=move || body.value.get()
                    on:input=move |ev| {
                        body.value.set(event_target_value(&ev));
                        save();
                    }
                >{body.value.get_untracked()}</textarea>
                <Counter id="letter-body-count".to_string() value=body.value limit=*BODY_CHARS.end()/>
            </div>
            {text_input(name, "text", "name", Some(t!(l, "letter-hint-name")))}
            {text_input(phone_no, "tel", "tel", Some(t!(l, "letter-hint-contact")))}
            {text_input(email, "email", "email", None)}
            <div class="field">
                <div class="choice">
                    <input type="checkbox" class="choice__input" id="letter-publish" name="publish" value="on"
                        checked=initial.publish prop:checked=move || publish.get()
                        on:change=move |ev| { publish.set(event_target_checked(&ev)); save(); }/>
                    <label class="choice__label" for="letter-publish">{t!(l, "letter-field-publish")}</label>
                </div>
            </div>
            <div class="field" class:field--error=move || privacy_error.with(Option::is_some)>
                <p class="field__hint" id="letter-privacy-hint">
                    {t!(l, "letter-privacy-notice")} " "
                    <a href=l.localize_path("/privacy")>{t!(l, "letter-privacy-link")}</a>
                </p>
                <ErrorText id="letter-privacy-error".to_string() error=privacy_error/>
                <div class="choice">
                    <input type="checkbox" class="choice__input" id=control_id(Field::Privacy) name="privacy" value="on"
                        aria-describedby=move || if privacy_error.with(Option::is_some) { "letter-privacy-hint letter-privacy-error" } else { "letter-privacy-hint" }
                        aria-invalid=move || privacy_error.with(Option::is_some).then_some("true")
                        checked=initial.privacy prop:checked=move || privacy.get()
                        on:change=move |ev| { privacy.set(event_target_checked(&ev)); save(); }/>
                    <label class="choice__label" for=control_id(Field::Privacy)>{label(l, Field::Privacy)}</label>
                </div>
            </div>
            <button type="submit" class="button" aria-disabled=move || sending.get().then_some("true")>
                {move || if sending.get() { t!(l, "letter-sending") } else { t!(l, "letter-send") }}
            </button>
        </form>
    }
}

/// An empty letter (an enquiry).
fn typed_before_start_default() -> LetterForm {
    LetterForm { category: Category::Enquiry.slug().into(), ..LetterForm::default() }
}

/// The letter as the prerendered form holds it when the island starts: empty, or what was
/// typed before (`crate::typed`).
fn typed_before_start() -> LetterForm {
    use crate::typed::{ticked, value};
    let mut form = typed_before_start_default();
    for (field, slot) in [
        (Field::Title, &mut form.title),
        (Field::Body, &mut form.body),
        (Field::Name, &mut form.name),
        (Field::Phone, &mut form.phone),
        (Field::Email, &mut form.email),
    ] {
        if let Some(v) = value(&control_id(field)) {
            *slot = v;
        }
    }
    if let Some(c) = Category::ALL.into_iter().find(|c| ticked(&format!("{}-{}", control_id(Field::Category), c.slug())) == Some(true)) {
        form.category = c.slug().into();
    }
    form.publish = ticked("letter-publish").unwrap_or(form.publish);
    form.privacy = ticked(&control_id(Field::Privacy)).unwrap_or(form.privacy);
    form
}

/// The label of a field.
fn label(l: Lang, field: Field) -> String {
    crate::i18n::message(l, &format!("letter-field-{}", field.name()))
}

/// A field's own error message, beside it.
#[component]
fn ErrorText(id: String, error: Memo<Option<String>>) -> impl IntoView {
    let lang = use_lang().get_untracked();
    view! {
        <p class="field__error" id=id hidden=move || error.with(Option::is_none)>
            <span class="visually-hidden">{t!(lang, "form-error-prefix")}</span>
            {move || error.get()}
        </p>
    }
}

/// How many characters are left: shown as the citizen types, and announced politely once
/// typing pauses (not on every key, which would drown what they type).
#[component]
fn Counter(id: String, value: RwSignal<String>, limit: usize) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let message = move |n: usize| {
        if n <= limit {
            let count = limit - n;
            t!(lang, "letter-count-left", count = count)
        } else {
            let count = n - limit;
            t!(lang, "letter-count-over", count = count)
        }
    };
    let shown = move || message(value.with(|v| v.trim().chars().count()));
    let announced = RwSignal::new(String::new());
    #[cfg(not(feature = "ssr"))]
    {
        let pending = StoredValue::new(None::<leptos::prelude::TimeoutHandle>);
        Effect::new(move |first: Option<()>| {
            let text = shown();
            if first.is_none() {
                return;
            }
            if let Some(h) = pending.get_value() {
                h.clear();
            }
            let h = set_timeout_with_handle(move || announced.set(text), std::time::Duration::from_millis(1200)).ok();
            pending.set_value(h);
        });
    }
    view! {
        <p class="field__count" id=id class:field__count--over=move || value.with(|v| v.trim().chars().count() > limit)>{shown}</p>
        <p class="visually-hidden" aria-live="polite">{move || announced.get()}</p>
    }
}
