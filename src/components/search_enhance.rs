//! The search page's island. The server runs each search and renders its page
//! (`src/pages/search.rs`); this only spares a citizen who searches again from the search
//! page a whole page load: it asks the server for the new search's page and puts its count
//! and results in place of the old ones ([`ANSWER_ID`]), with the address in history (the
//! back button steps through the searches), the document title the server gave, the count
//! said through the page's live region, and focus on the results heading. A double click or
//! a second Enter runs one search. If the server cannot be reached, the results give way to
//! a message saying so; the form keeps the query.

use crate::i18n::use_lang;
use leptos::prelude::*;

/// Acts on the search form before it (see the module).
// A chunk of its own in the browser's build (scripts/split-wasm); component tests, whose
// wasm is not cut, take it as a plain island.
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
pub fn SearchEnhance() -> impl IntoView {
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
    use crate::pages::search::{ANSWER_ID, MAX_QUERY_CHARS};
    use crate::t;
    use leptos::prelude::*;
    use portal_model::Lang;
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use web_sys::{Element, HtmlElement, HtmlFormElement, HtmlInputElement, UrlSearchParams};

    pub fn start(l: Lang) {
        // A results page arrived (a link, the header's search box): its results heading takes
        // focus, as after a search in place (a screen reader then reads the count, the
        // status before it, on its own: said through the live region too, it was heard twice).
        if let Some(heading) = document().query_selector(&format!("#{ANSWER_ID} h2[tabindex]")).ok().flatten().and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
            let _ = heading.focus();
        }
        let busy = Rc::new(Cell::new(false));
        let on_submit = busy.clone();
        let _ = window_event_listener(leptos::ev::submit, move |ev| submit(l, ev, on_submit.clone()));
        // A step back or forward between two searches of this page (not a move within the
        // page, such as the skip link's `#main`, which also fires it).
        SHOWN.with(|shown| *shown.borrow_mut() = here());
        let _ = window_event_listener(leptos::ev::popstate, move |_| {
            if SHOWN.with(|shown| *shown.borrow() != here()) {
                show(l, here(), busy.clone());
            }
        });
    }

    thread_local! {
        /// The address (without its fragment) of the search the page shows.
        static SHOWN: RefCell<String> = const { RefCell::new(String::new()) };
    }

    /// The page's address without its fragment.
    fn here() -> String {
        let location = window().location();
        location.pathname().unwrap_or_default() + &location.search().unwrap_or_default()
    }

    fn submit(l: Lang, ev: web_sys::SubmitEvent, busy: Rc<Cell<bool>>) {
        let Some(form) = ev.target().and_then(|t| t.dyn_into::<HtmlFormElement>().ok()) else {
            return;
        };
        if !form.class_list().contains("search-form") {
            return;
        }
        let Some(field) = form.query_selector("input[name=q]").ok().flatten().and_then(|f| f.dyn_into::<HtmlInputElement>().ok()) else {
            return;
        };
        let q: String = field.value().trim().chars().take(MAX_QUERY_CHARS).collect();
        if q.is_empty() {
            return; // The page of the form alone, loaded.
        }
        ev.prevent_default();
        if busy.get() {
            return; // A double click: the first search is on its way.
        }
        let Ok(query) = UrlSearchParams::new() else { return };
        query.append("q", &q);
        let href = format!("{}?{}", l.localize_path("/search"), String::from(query.to_string()));
        // The same search again (a double click, Enter twice) adds no second entry.
        if let Ok(history) = window().history() {
            let _ = if here() == href {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
            } else {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
            };
        }
        show(l, href, busy);
    }

    /// Asks the server for the search at `href` (a path and query) and shows its answer.
    fn show(l: Lang, href: String, busy: Rc<Cell<bool>>) {
        if busy.replace(true) {
            return;
        }
        SHOWN.with(|shown| *shown.borrow_mut() = href.clone());
        leptos::task::spawn_local(async move {
            let page = page(&href).await;
            busy.set(false);
            let Some(answer) = document().get_element_by_id(ANSWER_ID) else {
                return;
            };
            match page {
                Some((title, found)) => {
                    answer.set_inner_html(&found.inner_html());
                    document().set_title(&title);
                }
                None => failed(l, &answer),
            }
            arrived(&answer);
        });
    }

    /// Says the count of the answer in place, and focuses its heading.
    fn arrived(answer: &Element) {
        if let Some(count) = answer.query_selector(".search__count").ok().flatten().and_then(|c| c.text_content()) {
            crate::components::live_region::announce(count);
        }
        if let Some(heading) = answer.query_selector("h2[tabindex]").ok().flatten().and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
            let _ = heading.focus();
        }
    }

    /// The search page at `href`: its title and the part with the count and results.
    async fn page(href: &str) -> Option<(String, Element)> {
        let response = gloo_net::http::Request::get(href).send().await.ok()?;
        let text = response.text().await.ok()?;
        let page = web_sys::DomParser::new().ok()?.parse_from_string(&text, web_sys::SupportedType::TextHtml).ok()?;
        let answer = page.get_element_by_id(ANSWER_ID)?;
        Some((page.title(), answer))
    }

    /// No answer from the server: says so where the results were.
    fn failed(l: Lang, answer: &Element) {
        answer.set_inner_html("");
        let add = |tag: &str, text: String, attributes: &[(&str, &str)]| {
            let Ok(element) = document().create_element(tag) else { return };
            element.set_text_content(Some(&text));
            for (name, value) in attributes {
                let _ = element.set_attribute(name, value);
            }
            let _ = answer.append_child(&element);
        };
        add("p", t!(l, "error-network"), &[("class", "search__count"), ("role", "status")]);
        add("h2", t!(l, "error-title"), &[("class", "error-view__heading"), ("tabindex", "-1")]);
        add("p", t!(l, "error-contact"), &[]);
    }
}
