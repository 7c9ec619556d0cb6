//! The accessibility toolbar (无障碍), opened from the header and operable by keyboard alone:
//! text size in six steps up to 200%, page zoom in five steps up to 200%, five colour
//! schemes, wider line spacing, a large pointer, a crosshair reading guide, a text-only
//! mode, the magnifier strip, read-aloud, screen-reader mode, reset, and a list of its
//! shortcuts. Choices persist (see `crate::care`).
//!
//! Shortcuts (domain.md §3) are the table [`SHORTCUTS`], which both the key handler and
//! the list shown in the panel read, so they cannot disagree. Keys are read from
//! `KeyboardEvent.code` so they work on any keyboard layout, all with Alt (except Esc, which
//! closes the panel); none is a command of NVDA, JAWS or VoiceOver in their default setups
//! (they use Insert, Caps Lock or Ctrl+Option as modifiers).
//!
//! The panel renders only when open, so the prerendered page (always closed) and hydration
//! agree; the current settings are read from `<html>` when it opens.

use super::live_region::announce;
use crate::care::{self, speech, DisplayPrefs, SCHEMES};
use crate::i18n::{message, use_lang};
use crate::t;
use leptos::html;
use leptos::prelude::*;

const PANEL_ID: &str = "a11y-toolbar";

/// What a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    Larger,
    Smaller,
    NextScheme,
    Reset,
    /// Jump to region 1..=6 (the position of the pressed key in [`Shortcut::codes`]).
    Region(u8),
    ReadPage,
    PointReading,
    StopReading,
    NextRate,
    Toggle(Flag),
    Reader,
    Help,
    Close,
}

/// One keyboard shortcut: the `KeyboardEvent.code`s it answers to, the keys as shown in the
/// panel's list, what it does, and the Fluent id of its description there.
struct Shortcut {
    codes: &'static [&'static str],
    /// Alt must be held (all but Esc).
    alt: bool,
    /// Shift must be held too (Alt+? is Alt+Shift+/ on most layouts).
    shift: bool,
    keys: &'static str,
    action: Action,
    label: &'static str,
}

/// An Alt shortcut (all but two of them), to keep the table to one line a row.
const fn alt(codes: &'static [&'static str], keys: &'static str, action: Action, label: &'static str) -> Shortcut {
    Shortcut { codes, alt: true, shift: false, keys, action, label }
}

/// Every shortcut, in the order the panel lists them: the one table for the key handler
/// and the list.
const SHORTCUTS: &[Shortcut] = &[
    alt(&["ArrowUp"], "Alt + ↑", Action::Larger, "toolbar-key-larger"),
    alt(&["ArrowDown"], "Alt + ↓", Action::Smaller, "toolbar-key-smaller"),
    alt(&["Backquote"], "Alt + ~", Action::NextScheme, "toolbar-key-scheme"),
    alt(&["KeyR"], "Alt + R", Action::Reset, "toolbar-key-reset"),
    alt(&["Digit1", "Digit2", "Digit3", "Digit4", "Digit5", "Digit6"], "Alt + 1 … 6", Action::Region(1), "toolbar-key-regions"),
    alt(&["KeyX"], "Alt + X", Action::ReadPage, "speech-read-page"),
    alt(&["KeyP"], "Alt + P", Action::PointReading, "speech-point"),
    alt(&["KeyV"], "Alt + V", Action::StopReading, "speech-stop"),
    alt(&["KeyS"], "Alt + S", Action::NextRate, "speech-rate-next"),
    alt(&["KeyM"], "Alt + M", Action::Toggle(Flag::Pointer), "toolbar-pointer"),
    alt(&["KeyC"], "Alt + C", Action::Toggle(Flag::Guide), "toolbar-guide"),
    alt(&["KeyT"], "Alt + T", Action::Toggle(Flag::TextOnly), "toolbar-textonly"),
    alt(&["KeyB"], "Alt + B", Action::Toggle(Flag::Magnifier), "toolbar-magnifier"),
    alt(&["KeyH"], "Alt + H", Action::Reader, "toolbar-reader"),
    Shortcut { codes: &["Slash"], alt: true, shift: true, keys: "Alt + ?", action: Action::Help, label: "toolbar-key-help" },
    Shortcut { codes: &["Escape"], alt: false, shift: false, keys: "Esc", action: Action::Close, label: "toolbar-key-close" },
];

/// The action of a key press, if it is a shortcut: `code` is `KeyboardEvent.code`. Ctrl and
/// Meta never combine with ours (they are the browser's and the system's); Shift matters
/// only where a shortcut asks for it (so Alt+Shift+↑ still makes text larger).
fn shortcut_for(code: &str, alt: bool, shift: bool, ctrl_or_meta: bool) -> Option<Action> {
    if ctrl_or_meta {
        return None;
    }
    SHORTCUTS.iter().filter(|s| s.alt == alt && (!s.shift || shift)).find_map(|s| {
        let i = s.codes.iter().position(|c| *c == code)?;
        Some(match s.action {
            Action::Region(_) => Action::Region(i as u8 + 1),
            other => other,
        })
    })
}

/// The on/off functions of the toolbar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Flag {
    Spacing,
    Pointer,
    Guide,
    TextOnly,
    Magnifier,
}

impl Flag {
    /// In the order of the panel's checkboxes.
    const ALL: [Flag; 5] = [Flag::Spacing, Flag::Pointer, Flag::Guide, Flag::TextOnly, Flag::Magnifier];

    fn get(self, p: DisplayPrefs) -> bool {
        match self {
            Flag::Spacing => p.wide_spacing,
            Flag::Pointer => p.large_pointer,
            Flag::Guide => p.guide,
            Flag::TextOnly => p.text_only,
            Flag::Magnifier => p.magnifier,
        }
    }
    fn toggle(self, p: DisplayPrefs) -> DisplayPrefs {
        match self {
            Flag::Spacing => DisplayPrefs { wide_spacing: !p.wide_spacing, ..p },
            Flag::Pointer => DisplayPrefs { large_pointer: !p.large_pointer, ..p },
            Flag::Guide => DisplayPrefs { guide: !p.guide, ..p },
            Flag::TextOnly => DisplayPrefs { text_only: !p.text_only, ..p },
            Flag::Magnifier => DisplayPrefs { magnifier: !p.magnifier, ..p },
        }
    }
    fn label(self, l: portal_model::Lang) -> String {
        match self {
            Flag::Spacing => t!(l, "toolbar-spacing"),
            Flag::Pointer => t!(l, "toolbar-pointer"),
            Flag::Guide => t!(l, "toolbar-guide"),
            Flag::TextOnly => t!(l, "toolbar-textonly"),
            Flag::Magnifier => t!(l, "toolbar-magnifier"),
        }
    }
}

/// The name of speed `i` of [`speech::RATES`].
fn rate_name(l: portal_model::Lang, i: usize) -> String {
    match i {
        0 => t!(l, "speech-rate-slow"),
        1 => t!(l, "speech-rate-normal"),
        _ => t!(l, "speech-rate-fast"),
    }
}

#[island]
pub fn A11yToolbar() -> impl IntoView {
    let lang = use_lang();
    let open = RwSignal::new(false);
    let prefs = RwSignal::new(DisplayPrefs::default());
    let toggle_ref = NodeRef::<html::Button>::new();
    let help_ref = NodeRef::<html::H3>::new();
    let panel_ref = NodeRef::<html::Section>::new();

    let set = move |next: DisplayPrefs, message: String| {
        prefs.set(next);
        care::apply(next);
        announce(message);
    };
    let larger = move || {
        let next = care::current().larger();
        set(next, t!(lang.get_untracked(), "toolbar-announce-text", percent = next.percent()));
    };
    let smaller = move || {
        let next = care::current().smaller();
        set(next, t!(lang.get_untracked(), "toolbar-announce-text", percent = next.percent()));
    };
    let scheme = move |next: DisplayPrefs| {
        let name = message(lang.get_untracked(), SCHEMES[next.scheme].1);
        set(next, t!(lang.get_untracked(), "toolbar-announce-scheme", scheme = name));
    };
    let zoom = move |next: DisplayPrefs| {
        set(next, t!(lang.get_untracked(), "toolbar-announce-zoom", percent = next.zoom_percent()));
    };
    let toggle_flag = move |flag: Flag| {
        let next = flag.toggle(care::current());
        let l = lang.get_untracked();
        let state = if flag.get(next) { t!(l, "toolbar-announce-on") } else { t!(l, "toolbar-announce-off") };
        set(next, format!("{} {state}", flag.label(l)));
    };
    // Read-aloud: rate index, pointer reading on/off, and whether the browser can speak
    // (known only after hydration; until then the controls are not rendered).
    let rate = RwSignal::new(1usize);
    let point_reading = RwSignal::new(false);
    let speech_ok = RwSignal::new(None::<bool>);
    let unsupported = move || {
        speech_ok.set(Some(false));
        announce(t!(lang.get_untracked(), "speech-unsupported"));
    };
    let read_page = move || {
        if speech::voiceless() || !speech::read_page(speech::RATES[rate.get_untracked()]) {
            unsupported();
        }
    };
    let stop_reading = move || {
        speech::stop();
        point_reading.set(false);
    };
    let next_rate = move || {
        rate.update(|r| *r = (*r + 1) % speech::RATES.len());
        let l = lang.get_untracked();
        announce(t!(l, "speech-announce-rate", rate = rate_name(l, rate.get_untracked())));
    };
    // Screen-reader mode: focus and pointer reading, and spoken announcements, kept on
    // across pages; it says how to use it when it starts.
    let toggle_reader = move || {
        let l = lang.get_untracked();
        if !speech::supported() || speech::voiceless() {
            unsupported();
            return;
        }
        let current = care::current();
        let next = DisplayPrefs { reader: !current.reader, ..current };
        prefs.set(next);
        if next.reader {
            care::apply(next);
            speech::stop();
            announce(t!(l, "speech-reader-on"));
        } else {
            care::apply(next);
            speech::stop();
            let message = t!(l, "speech-reader-off");
            speech::say(&message, 1.0);
            announce(message);
        }
    };
    let toggle_point = move || {
        if !speech::supported() || speech::voiceless() {
            unsupported();
            return;
        }
        point_reading.update(|on| *on = !*on);
        if !point_reading.get_untracked() {
            speech::stop();
        }
    };
    // Alt+1..6: jump to a region (navigation, main, services, interaction, lists, article).
    let jump = move |n: u8| {
        let l = lang.get_untracked();
        let selector = match n {
            1 => ".primary-nav",
            2 => "main",
            3 => "#home-quick",
            4 => "[data-region='interaction']",
            5 => "main .item-list",
            _ => "main h1",
        };
        let target = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
        match target {
            Some(el) => {
                crate::focus::focus_for_reading(&el);
                el.scroll_into_view();
            }
            None => announce(t!(l, "toolbar-no-region")),
        }
    };
    let reset = move || set(DisplayPrefs::default(), t!(lang.get_untracked(), "toolbar-announce-reset"));
    let show = move |focus_help: bool| {
        prefs.set(care::current());
        open.set(true);
        // Focus moves into the panel once it is in the DOM (next frame).
        request_animation_frame(move || {
            if focus_help {
                if let Some(h) = help_ref.get() {
                    crate::focus::focus_for_reading(&h);
                }
            } else if let Some(p) = panel_ref.get() {
                crate::focus::focus_for_reading(&p);
            }
        });
    };
    let close = move || {
        open.set(false);
        if let Some(b) = toggle_ref.get() {
            let _ = b.focus();
        }
    };

    // Keyboard shortcuts (the table SHORTCUTS), registered after hydration (effects do not
    // run when prerendering).
    Effect::new(move |_| {
        let handle = window_event_listener(leptos::ev::keydown, move |ev| {
            let Some(action) = shortcut_for(&ev.code(), ev.alt_key(), ev.shift_key(), ev.ctrl_key() || ev.meta_key()) else {
                return;
            };
            match action {
                // Esc is everyone's key: it is ours only while the panel is open.
                Action::Close if !open.get_untracked() => return,
                Action::Close => close(),
                Action::Larger => larger(),
                Action::Smaller => smaller(),
                Action::NextScheme => scheme(care::current().next_scheme()),
                Action::Reset => reset(),
                Action::Region(n) => jump(n),
                Action::ReadPage => read_page(),
                Action::PointReading => toggle_point(),
                Action::StopReading => stop_reading(),
                Action::NextRate => next_rate(),
                Action::Toggle(flag) => toggle_flag(flag),
                Action::Reader => toggle_reader(),
                Action::Help => show(true),
            }
            ev.prevent_default();
        });
        on_cleanup(move || handle.remove());
    });
    // Screen-reader mode stays on across pages: each page, a page load, says which page
    // opened (by its heading), as a screen reader announces a new document.
    Effect::new(move |_| {
        if care::is_on("data-reader") {
            let heading = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector("main h1").ok().flatten())
                .and_then(|h| h.text_content());
            if let Some(title) = heading {
                speech::say(&t!(lang.get_untracked(), "announce-page", title = title.trim().to_string()), 1.0);
            }
        }
    });
    // Pointer and focus reading (指读): read what the pointer rests on or what gets focus.
    Effect::new(move |_| {
        speech_ok.set(Some(speech::supported()));
        // Asks for the voices once, so that Chromium has loaded them by the first reading.
        let _ = speech::voiceless();
        let read = move |target: Option<web_sys::EventTarget>| {
            if !point_reading.get_untracked() && !care::is_on("data-reader") {
                return;
            }
            if let Some(el) = care::pointed_block(target) {
                speech::read_element(&el, speech::RATES[rate.get_untracked()]);
            }
        };
        let over = window_event_listener(leptos::ev::mouseover, move |ev| read(ev.target()));
        let focus = window_event_listener(leptos::ev::focusin, move |ev| read(ev.target()));
        on_cleanup(move || {
            over.remove();
            focus.remove();
        });
    });
    // The reading guide follows the pointer through two custom properties on <html> (set
    // through CSSOM, see care::move_guide); the lines themselves are pseudo-elements in
    // style/care.css, drawn only when the guide is on.
    Effect::new(move |_| {
        let handle = window_event_listener(leptos::ev::pointermove, move |ev| {
            if care::is_on("data-guide") {
                care::move_guide(ev.client_x(), ev.client_y());
            }
        });
        on_cleanup(move || handle.remove());
    });

    view! {
        <button
            type="button"
            class="toolbar-toggle"
            aria-expanded=move || if open.get() { "true" } else { "false" }
            aria-controls=PANEL_ID
            node_ref=toggle_ref
            on:click=move |_| if open.get_untracked() { close() } else { show(false) }
        >
            {move || t!(lang.get(), "toolbar-open")}
        </button>
        <Show when=move || open.get()>
            {move || {
                let l = lang.get();
                view! {
                    <section id=PANEL_ID class="a11y-toolbar" aria-labelledby="a11y-toolbar-heading" node_ref=panel_ref>
                        <h2 id="a11y-toolbar-heading">{t!(l, "toolbar-heading")}</h2>
                        <div class="a11y-toolbar__row" role="group" aria-labelledby="a11y-text-size">
                            <span id="a11y-text-size">{move || t!(l, "toolbar-text-size", percent = prefs.get().percent())}</span>
                            <button type="button" class="a11y-toolbar__button" on:click=move |_| smaller()>{t!(l, "toolbar-text-smaller")}</button>
                            <button type="button" class="a11y-toolbar__button" on:click=move |_| larger()>{t!(l, "toolbar-text-larger")}</button>
                        </div>
                        <div class="a11y-toolbar__row" role="group" aria-labelledby="a11y-zoom">
                            <span id="a11y-zoom">{move || t!(l, "toolbar-zoom", percent = prefs.get().zoom_percent())}</span>
                            <button type="button" class="a11y-toolbar__button" on:click=move |_| zoom(care::current().zoom_out())>{t!(l, "toolbar-zoom-out")}</button>
                            <button type="button" class="a11y-toolbar__button" on:click=move |_| zoom(care::current().zoom_in())>{t!(l, "toolbar-zoom-in")}</button>
                        </div>
                        <fieldset class="a11y-toolbar__row">
                            <legend>{t!(l, "toolbar-scheme")}</legend>
                            {SCHEMES.iter().enumerate().map(|(i, (id, name))| view! {
                                <label class=format!("a11y-toolbar__scheme a11y-toolbar__scheme--{id}")>
                                    <input
                                        type="radio"
                                        name="a11y-scheme"
                                        value=*id
                                        prop:checked=move || prefs.get().scheme == i
                                        on:change=move |_| scheme(DisplayPrefs { scheme: i, ..care::current() })
                                    />
                                    {message(l, name)}
                                </label>
                            }).collect_view()}
                        </fieldset>
                        <div class="a11y-toolbar__row">
                            {Flag::ALL.into_iter().map(|flag| view! {
                                <label class="a11y-toolbar__check">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || flag.get(prefs.get())
                                        on:change=move |_| toggle_flag(flag)
                                    />
                                    {flag.label(l)}
                                </label>
                            }).collect_view()}
                            <button type="button" class="a11y-toolbar__button" on:click=move |_| reset()>{t!(l, "toolbar-reset")}</button>
                        </div>
                        {move || match speech_ok.get() {
                            Some(true) => view! {
                                <div class="a11y-toolbar__row" role="group" aria-labelledby="a11y-speech">
                                    <span id="a11y-speech">{t!(l, "speech-heading")}</span>
                                    <button type="button" class="a11y-toolbar__button" on:click=move |_| read_page()>{t!(l, "speech-read-page")}</button>
                                    <button
                                        type="button"
                                        class="a11y-toolbar__button"
                                        aria-pressed=move || if point_reading.get() { "true" } else { "false" }
                                        on:click=move |_| toggle_point()
                                    >
                                        {t!(l, "speech-point")}
                                    </button>
                                    <button
                                        type="button"
                                        class="a11y-toolbar__button"
                                        aria-pressed=move || if prefs.get().reader { "true" } else { "false" }
                                        on:click=move |_| toggle_reader()
                                    >
                                        {t!(l, "toolbar-reader")}
                                    </button>
                                    <button type="button" class="a11y-toolbar__button" on:click=move |_| stop_reading()>
                                        {t!(l, "speech-stop")}
                                    </button>
                                    <label class="a11y-toolbar__check">
                                        {t!(l, "speech-rate")}
                                        <select on:change=move |ev| rate.set(event_target_value(&ev).parse().unwrap_or(1)) prop:value=move || rate.get().to_string()>
                                            {(0..speech::RATES.len()).map(|i| view! { <option value=i.to_string()>{rate_name(l, i)}</option> }).collect_view()}
                                        </select>
                                    </label>
                                </div>
                            }.into_any(),
                            Some(false) => view! { <p class="a11y-toolbar__note" role="status">{t!(l, "speech-unsupported")}</p> }.into_any(),
                            None => ().into_any(),
                        }}
                        <h3 id="a11y-toolbar-help" node_ref=help_ref>{t!(l, "toolbar-help")}</h3>
                        <dl class="a11y-toolbar__keys">
                            {SHORTCUTS.iter().map(|s| view! {
                                <div><dt><kbd>{s.keys}</kbd></dt><dd>{message(l, s.label)}</dd></div>
                            }).collect_view()}
                        </dl>
                        <button type="button" class="a11y-toolbar__button" on:click=move |_| close()>{t!(l, "toolbar-close")}</button>
                    </section>
                }
            }}
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use portal_model::Lang;

    #[test]
    fn each_key_is_one_shortcut_and_each_shortcut_has_a_description_in_every_language() {
        let mut seen = std::collections::BTreeSet::new();
        for s in SHORTCUTS {
            assert!(!s.keys.is_empty());
            for code in s.codes {
                assert!(seen.insert((s.alt, s.shift, *code)), "{code} is bound twice");
            }
            for lang in Lang::ALL {
                assert!(crate::i18n::loader(lang).has(s.label), "{} lacks {}", lang.tag(), s.label);
            }
        }
    }

    #[test]
    fn keys_map_to_their_actions() {
        let alt = |code| shortcut_for(code, true, false, false);
        assert_eq!(alt("ArrowUp"), Some(Action::Larger));
        assert_eq!(alt("ArrowDown"), Some(Action::Smaller));
        assert_eq!(alt("Backquote"), Some(Action::NextScheme));
        assert_eq!(alt("KeyR"), Some(Action::Reset));
        assert_eq!(alt("Digit1"), Some(Action::Region(1)));
        assert_eq!(alt("Digit4"), Some(Action::Region(4)));
        assert_eq!(alt("Digit6"), Some(Action::Region(6)));
        assert_eq!(alt("Digit7"), None);
        assert_eq!(alt("KeyX"), Some(Action::ReadPage));
        assert_eq!(alt("KeyP"), Some(Action::PointReading));
        assert_eq!(alt("KeyV"), Some(Action::StopReading));
        assert_eq!(alt("KeyS"), Some(Action::NextRate));
        assert_eq!(alt("KeyM"), Some(Action::Toggle(Flag::Pointer)));
        assert_eq!(alt("KeyC"), Some(Action::Toggle(Flag::Guide)));
        assert_eq!(alt("KeyT"), Some(Action::Toggle(Flag::TextOnly)));
        assert_eq!(alt("KeyB"), Some(Action::Toggle(Flag::Magnifier)));
        assert_eq!(alt("KeyH"), Some(Action::Reader));
        // Alt+? needs Shift; Shift does not stop the others.
        assert_eq!(alt("Slash"), None);
        assert_eq!(shortcut_for("Slash", true, true, false), Some(Action::Help));
        assert_eq!(shortcut_for("ArrowUp", true, true, false), Some(Action::Larger));
        // Without Alt only Esc; with Ctrl or Meta never (those are the browser's).
        assert_eq!(shortcut_for("KeyR", false, false, false), None);
        assert_eq!(shortcut_for("Escape", false, false, false), Some(Action::Close));
        assert_eq!(shortcut_for("KeyR", true, false, true), None);
    }

    #[test]
    fn each_flag_turns_its_own_preference_on_and_off() {
        for flag in Flag::ALL {
            let on = flag.toggle(DisplayPrefs::default());
            assert!(flag.get(on));
            assert!(!flag.get(flag.toggle(on)));
            for other in Flag::ALL.into_iter().filter(|o| *o != flag) {
                assert!(!other.get(on), "{flag:?} also turned on {other:?}");
            }
            assert_eq!(on.attributes().iter().filter(|(_, v)| v.is_some()).count(), 1);
        }
        // Line spacing is a flag like the others, so its announcement (toggle_flag) names it
        // in the page's language.
        assert_eq!(Flag::Spacing.label(Lang::En), "Wider line spacing");
        assert_eq!(Flag::Spacing.label(Lang::ZhCn), "加大行距");
    }
}
