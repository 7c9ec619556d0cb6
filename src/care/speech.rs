//! Read-aloud with the browser's Web Speech API: the page continuously, or one element
//! (what the pointer or the focus is on). Each utterance carries the language of its text
//! (the nearest `lang` attribute), so Chinese is read with a Chinese voice on an English
//! page. Where the browser has no speech synthesis (Android WebView, hence WeChat on
//! Android) [`supported`] says so, or has it without a voice (Firefox on Linux without
//! speech-dispatcher) [`voiceless`] does, and the toolbar tells the user instead of failing
//! silently.

use wasm_bindgen::JsCast;

/// Speech rates offered: slow, normal, fast.
pub const RATES: [f32; 3] = [0.7, 1.0, 1.4];

fn synth() -> Option<web_sys::SpeechSynthesis> {
    let window = web_sys::window()?;
    let value = js_sys::Reflect::get(&window, &"speechSynthesis".into()).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    // Unchecked: a stand-in object (a test's stub, a polyfill) is not an instance of the
    // browser's class but answers the same methods.
    Some(value.unchecked_into())
}

/// Whether this browser has speech synthesis at all.
pub fn supported() -> bool {
    synth().is_some()
}

/// Whether the browser has speech synthesis but no voice to speak with (Firefox on Linux
/// without speech-dispatcher: every utterance fails at once). Asked when the reader asks to
/// hear something, not at start: Chromium fills the list only after the first call (made
/// when the toolbar starts), and a stand-in without `getVoices` counts as having voices.
pub fn voiceless() -> bool {
    let Some(s) = synth() else { return false };
    let has_list = js_sys::Reflect::get(&s, &"getVoices".into()).map(|f| f.is_function()).unwrap_or(false);
    has_list && s.get_voices().length() == 0
}

/// Stops reading.
pub fn stop() {
    if let Some(s) = synth() {
        s.cancel();
    }
}

/// The language of an element's text: its own or its nearest ancestor's `lang`.
pub fn lang_of(el: &web_sys::Element) -> String {
    el.closest("[lang]").ok().flatten().and_then(|e| e.get_attribute("lang")).unwrap_or_else(|| "zh-CN".into())
}

fn speak(s: &web_sys::SpeechSynthesis, text: &str, lang: &str, rate: f32) {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return;
    }
    if let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) {
        u.set_lang(lang);
        u.set_rate(rate);
        s.speak(&u);
    }
}

/// Queues a message in the page's language after what is being read (screen-reader mode
/// speaks the live region's announcements this way). Returns false if speech is unsupported.
pub fn say(text: &str, rate: f32) -> bool {
    let Some(s) = synth() else { return false };
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
    let lang = root.map(|r| lang_of(&r)).unwrap_or_else(|| "zh-CN".into());
    speak(&s, text, &lang, rate);
    true
}

/// Reads one element (pointer or focus reading). Returns false if speech is unsupported.
pub fn read_element(el: &web_sys::Element, rate: f32) -> bool {
    let Some(s) = synth() else { return false };
    s.cancel();
    let text = el.get_attribute("aria-label").or_else(|| el.text_content()).unwrap_or_default();
    speak(&s, &text, &lang_of(el), rate);
    true
}

/// Reads the main content from its heading, one utterance per heading, paragraph, list
/// item or table cell, queued in order, leaving out navigation. Returns false if speech is unsupported.
pub fn read_page(rate: f32) -> bool {
    let Some(s) = synth() else { return false };
    s.cancel();
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return false };
    let Ok(blocks) = doc.query_selector_all("main h1, main h2, main h3, main h4, main p, main li, main th, main td, main dt, main dd, main caption")
    else {
        return false;
    };
    for i in 0..blocks.length() {
        if let Some(el) = blocks.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
            // Navigation (breadcrumbs, pagination) is not content; a list item that holds
            // paragraphs is read through them.
            let in_nav = el.closest("nav").ok().flatten().is_some();
            if in_nav || (el.tag_name() == "LI" && el.query_selector("p").ok().flatten().is_some()) {
                continue;
            }
            speak(&s, &el.text_content().unwrap_or_default(), &lang_of(&el), rate);
        }
    }
    true
}
