//! The magnifier strip (大字幕, Alt+B): a band across the bottom of the window that shows,
//! in large type, the text of whatever the pointer rests on or the keyboard focus is on,
//! for readers who can see the page but not read its normal type. It is shown only while
//! `<html data-magnifier="on">` (see `crate::care`); it repeats what is on the page, so it
//! is hidden from screen readers. An island: its listeners run in the browser.

use crate::care;
use leptos::prelude::*;

/// How much text the strip shows (a long paragraph is cut with an ellipsis).
const MAX_CHARS: usize = 120;

/// The strip's text for an element: its words with whitespace collapsed, cut to
/// [`MAX_CHARS`].
pub fn strip_text(raw: &str) -> String {
    let words = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if words.chars().count() > MAX_CHARS {
        format!("{}…", words.chars().take(MAX_CHARS).collect::<String>())
    } else {
        words
    }
}

#[island]
pub fn MagnifierStrip() -> impl IntoView {
    let text = RwSignal::new(String::new());
    let lang = RwSignal::new(None::<String>);
    // Listeners after hydration only (effects do not run when prerendering).
    Effect::new(move |_| {
        let show = move |target: Option<web_sys::EventTarget>| {
            if !care::is_on("data-magnifier") {
                return;
            }
            if let Some(el) = care::pointed_block(target) {
                // The strip is not content: pointing at it keeps what it shows.
                if el.closest(".magnifier-strip").ok().flatten().is_some() {
                    return;
                }
                let raw = el.get_attribute("aria-label").or_else(|| el.text_content()).unwrap_or_default();
                text.set(strip_text(&raw));
                lang.set(Some(care::speech::lang_of(&el)));
            }
        };
        let over = window_event_listener(leptos::ev::mouseover, move |ev| show(ev.target()));
        let focus = window_event_listener(leptos::ev::focusin, move |ev| show(ev.target()));
        on_cleanup(move || {
            over.remove();
            focus.remove();
        });
    });
    view! {
        <div class="magnifier-strip" aria-hidden="true">
            <p class="magnifier-strip__text" lang=move || lang.get()>{move || text.get()}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strip_text_collapses_space_and_cuts_long_text() {
        assert_eq!(strip_text("  口岸\n  通关  "), "口岸 通关");
        let long = "字".repeat(200);
        let cut = strip_text(&long);
        assert_eq!(cut.chars().count(), MAX_CHARS + 1);
        assert!(cut.ends_with('…'));
    }
}
