//! The letter form's island: what the form ([`LetterFormView`](super::letter_form), rendered
//! by the server) does once the browser runs it. It takes over the server's markup instead of
//! rendering the form again, so it carries none of the form's fields or rules, only this:
//!
//! - **Sending.** The submit sends the same form post a browser without WebAssembly sends,
//!   and puts the server's answer in place of the form: the form again with the error
//!   summary and everything typed, a refusal (too many letters), or the receipt. Whatever
//!   the answer says to focus (`autofocus`) takes focus, so a screen reader reads it. A
//!   double click sends once (and the server stores a repeated post once).
//! - **The server cannot be reached** (no answer, or not one of ours): the form stays as
//!   typed, and the notice the server wrote for this (`data-unreachable`, with the office's
//!   phone and address) shows and takes focus.
//! - **The draft** is kept in local storage as the citizen types, put back after a reload
//!   (unless something was typed before the island ran) and dropped once a receipt arrives.
//! - **Character counts** follow the typing, and are said politely a moment after it stops.
//! - **Links and buttons:** an error summary link also focuses its field; the receipt's copy
//!   and print buttons show and work.

use crate::i18n::use_lang;
use leptos::prelude::*;

/// Acts on the letter form before it (see the module).
// A chunk of its own in the browser's build (scripts/split-wasm); component tests, whose
// wasm is not cut, take it as a plain island.
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
pub fn LetterFormEnhance() -> impl IntoView {
    let l = use_lang().get_untracked();
    Effect::new(move |_| {
        #[cfg(not(feature = "ssr"))]
        browser::start(l);
        #[cfg(feature = "ssr")]
        let _ = l;
    });
}

#[cfg(not(feature = "ssr"))]
mod browser {
    use super::super::letter_form::{count_text, REGION_ID};
    use leptos::prelude::*;
    use portal_model::Lang;
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;
    use std::time::Duration;
    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlElement, HtmlFormElement, HtmlInputElement, HtmlTextAreaElement, UrlSearchParams};

    /// How long a post may take before the server counts as unreachable.
    const TIME_OUT: Duration = Duration::from_secs(30);
    /// How long typing must pause before a count is said.
    const SAY_COUNT_AFTER: Duration = Duration::from_millis(1200);

    thread_local! {
        /// The count waiting to be said.
        static PENDING: RefCell<Option<TimeoutHandle>> = const { RefCell::new(None) };
    }

    pub fn start(l: Lang) {
        let Some(form) = form() else {
            return;
        };
        restore_draft(&form);
        count_all(l);
        let sending = Rc::new(Cell::new(false));
        // On the window: the form in place is replaced by each answer.
        let _ = window_event_listener(leptos::ev::submit, move |ev| submit(l, ev, sending.clone()));
        let _ = window_event_listener(leptos::ev::input, move |ev| typed(l, ev));
        let _ = window_event_listener(leptos::ev::change, move |ev| typed(l, ev));
        let _ = window_event_listener(leptos::ev::click, click);
    }

    fn region() -> Option<Element> {
        document().get_element_by_id(REGION_ID)
    }

    fn form() -> Option<HtmlFormElement> {
        region()?.query_selector("form.letter-form").ok()??.dyn_into().ok()
    }

    /// The form that contains an event's target, if it is the letter form.
    fn form_of(ev: &web_sys::Event) -> Option<HtmlFormElement> {
        let target: Element = ev.target()?.dyn_into().ok()?;
        target.closest("form.letter-form").ok()??.dyn_into().ok()
    }

    /// The form's fields as the body of a form post (`application/x-www-form-urlencoded`).
    fn encoded(form: &HtmlFormElement) -> Option<String> {
        let data = web_sys::FormData::new_with_form(form).ok()?;
        Some(UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?.to_string().into())
    }

    /// The controls a citizen fills in.
    fn controls(form: &HtmlFormElement) -> Vec<Element> {
        let Ok(list) = form.query_selector_all("input[name]:not([type=hidden]), textarea[name]") else {
            return Vec::new();
        };
        (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
    }

    /// A text control's value (`None` for a choice).
    fn text_of(control: &Element) -> Option<String> {
        if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
            return (!matches!(input.type_().as_str(), "radio" | "checkbox")).then(|| input.value());
        }
        control.dyn_ref::<HtmlTextAreaElement>().map(HtmlTextAreaElement::value)
    }

    fn storage() -> Option<web_sys::Storage> {
        window().local_storage().ok().flatten()
    }

    /// Where the draft of this form's mailbox is kept.
    fn draft_key(form: &HtmlFormElement) -> Option<String> {
        let mailbox: HtmlInputElement = form.query_selector("input[name=mailbox]").ok()??.dyn_into().ok()?;
        Some(format!("portal-letter-form-{}", mailbox.value()))
    }

    /// Keeps what the form holds (quietly nothing where storage is off).
    fn save_draft(form: &HtmlFormElement) {
        if let (Some(storage), Some(key), Some(body)) = (storage(), draft_key(form), encoded(form)) {
            let _ = storage.set_item(&key, &body);
        }
    }

    /// Puts the kept draft back, unless something was typed before the island ran.
    fn restore_draft(form: &HtmlFormElement) {
        let controls = controls(form);
        if controls.iter().filter_map(text_of).any(|v| !v.is_empty()) {
            return;
        }
        let Some(saved) = draft_key(form).and_then(|key| storage()?.get_item(&key).ok().flatten()) else {
            return;
        };
        let Ok(draft) = UrlSearchParams::new_with_str(&saved) else {
            return;
        };
        for control in controls {
            if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
                let name = input.name();
                match input.type_().as_str() {
                    "radio" => input.set_checked(draft.get(&name).is_some_and(|v| v == input.value())),
                    "checkbox" => input.set_checked(draft.has(&name)),
                    _ => input.set_value(&draft.get(&name).unwrap_or_default()),
                }
            } else if let Some(area) = control.dyn_ref::<HtmlTextAreaElement>() {
                area.set_value(&draft.get(&area.name()).unwrap_or_default());
            }
        }
    }

    /// An input or a change in the form: keep the draft, count its characters.
    fn typed(l: Lang, ev: web_sys::Event) {
        let Some(form) = form_of(&ev) else {
            return;
        };
        save_draft(&form);
        let Some(control) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if let Some(counter) = document().get_element_by_id(&format!("{}-count", control.id())) {
            count(l, &control, &counter, true);
        }
    }

    /// Every count of the form, as the fields now hold them (after a draft came back).
    fn count_all(l: Lang) {
        let Some(list) = region().and_then(|r| r.query_selector_all(".field__count[data-limit]").ok()) else {
            return;
        };
        for counter in (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()) {
            let control = counter.id().strip_suffix("-count").and_then(|id| document().get_element_by_id(id));
            if let Some(control) = control {
                count(l, &control, &counter, false);
            }
        }
    }

    /// Writes a control's count; `say`: also says it once typing pauses (the polite live
    /// paragraph after the count).
    fn count(l: Lang, control: &Element, counter: &Element, say: bool) {
        let Some(value) = text_of(control) else {
            return;
        };
        let limit = counter.get_attribute("data-limit").and_then(|v| v.parse().ok()).unwrap_or(usize::MAX);
        let n = value.trim().chars().count();
        let text = count_text(l, n, limit);
        if counter.text_content().as_deref() == Some(text.as_str()) {
            return;
        }
        counter.set_text_content(Some(&text));
        let _ = counter.class_list().toggle_with_force("field__count--over", n > limit);
        if let (true, Some(live)) = (say, counter.next_element_sibling()) {
            PENDING.with(|pending| {
                if let Some(handle) = pending.borrow_mut().take() {
                    handle.clear();
                }
                *pending.borrow_mut() = set_timeout_with_handle(move || live.set_text_content(Some(&text)), SAY_COUNT_AFTER).ok();
            });
        }
    }

    /// The submit button says it is sending (and sends nothing more meanwhile), or not.
    fn busy(form: &HtmlFormElement, on: bool) {
        let Some(button) = form.query_selector("button[type=submit]").ok().flatten() else {
            return;
        };
        if on {
            let _ = button.set_attribute("aria-disabled", "true");
            let _ = button.set_attribute("data-send", &button.text_content().unwrap_or_default());
            button.set_text_content(button.get_attribute("data-sending").as_deref());
        } else {
            let _ = button.remove_attribute("aria-disabled");
            button.set_text_content(button.get_attribute("data-send").as_deref());
        }
    }

    fn submit(l: Lang, ev: web_sys::SubmitEvent, sending: Rc<Cell<bool>>) {
        let Some(form) = form_of(&ev) else {
            return;
        };
        let Some(body) = encoded(&form) else {
            return; // The browser posts it itself.
        };
        ev.prevent_default();
        if sending.replace(true) {
            return; // A double click: the first is on its way.
        }
        save_draft(&form);
        busy(&form, true);
        let key = draft_key(&form);
        leptos::task::spawn_local(async move {
            let answer = post(&form.action(), body).await;
            sending.set(false);
            match (answer, region()) {
                (Some(answer), Some(region)) => {
                    region.set_inner_html(&answer);
                    arrived(l, &region, key);
                }
                _ => {
                    busy(&form, false);
                    unreachable(&form);
                }
            }
        });
    }

    /// Posts the form and reads the part of the server's answer that holds the form or the
    /// receipt; `None` when no answer came, or not one of ours (a proxy's error page). A post
    /// that got no answer is sent again, three times in all: the server stores a repeated
    /// letter once (its key is made from what is posted).
    async fn post(action: &str, body: String) -> Option<String> {
        for attempt in 0..3u32 {
            if attempt > 0 {
                crate::clock::sleep(1000 * attempt).await;
            }
            if let Some(text) = post_once(action, body.clone()).await {
                let page = web_sys::DomParser::new().ok()?.parse_from_string(&text, web_sys::SupportedType::TextHtml).ok()?;
                return Some(page.get_element_by_id(REGION_ID)?.inner_html());
            }
        }
        None
    }

    /// One post, given up after [`TIME_OUT`]: the answer's text.
    async fn post_once(action: &str, body: String) -> Option<String> {
        let abort = web_sys::AbortController::new().ok()?;
        let signal = abort.signal();
        let timer = set_timeout_with_handle(move || abort.abort(), TIME_OUT).ok();
        let response = gloo_net::http::Request::post(action)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .abort_signal(Some(&signal))
            .body(body)
            .ok()?
            .send()
            .await;
        let text = match response {
            // A proxy's 502/503/504: the letter may not have arrived; try again.
            Ok(response) if matches!(response.status(), 502..=504) => None,
            Ok(response) => response.text().await.ok(),
            Err(_) => None,
        };
        if let Some(timer) = timer {
            timer.clear();
        }
        text
    }

    /// The answer is in place: a receipt ends the draft and gets its buttons; what the answer
    /// focuses takes focus.
    fn arrived(l: Lang, region: &Element, key: Option<String>) {
        let find = |selector: &str| region.query_selector(selector).ok().flatten();
        if find(".letter-receipt").is_some() {
            if let (Some(storage), Some(key)) = (storage(), key) {
                let _ = storage.remove_item(&key);
            }
            if let Some(actions) = find(".letter-receipt__actions") {
                let _ = actions.remove_attribute("hidden");
            }
        }
        count_all(l);
        if let Some(target) = find("[autofocus]").and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = target.focus();
        }
    }

    /// Says that the server could not be reached, in the notice the server wrote for it.
    fn unreachable(form: &HtmlFormElement) {
        let Some(notice) = form.query_selector(".letter-form__notice").ok().flatten().and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            return;
        };
        notice.set_text_content(notice.get_attribute("data-unreachable").as_deref());
        notice.set_hidden(false);
        crate::focus::focus_for_reading(&notice);
    }

    /// An error summary's link also focuses its field; the receipt's copy and print buttons.
    fn click(ev: web_sys::MouseEvent) {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if let Some(link) = target.closest(".error-summary a[href^='#']").ok().flatten() {
            let field = link.get_attribute("href").and_then(|href| document().get_element_by_id(&href[1..]));
            if let Some(field) = field.and_then(|f| f.dyn_into::<HtmlElement>().ok()) {
                ev.prevent_default();
                let _ = field.focus();
            }
            return;
        }
        let Some(button) = target.closest(".letter-receipt [data-receipt]").ok().flatten() else {
            return;
        };
        match button.get_attribute("data-receipt").as_deref() {
            Some("copy") => {
                let _ = window().navigator().clipboard().write_text(&button.get_attribute("data-copy").unwrap_or_default());
                if let Some(done) = region().and_then(|r| r.query_selector(".letter-receipt__copied").ok().flatten()) {
                    done.set_text_content(done.get_attribute("data-copied").as_deref());
                }
            }
            Some("print") => {
                let _ = window().print();
            }
            _ => {}
        }
    }
}
