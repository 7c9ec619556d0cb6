//! Display preferences of the accessibility toolbar: text size, page zoom, colour scheme,
//! line spacing, large pointer, reading guide (crosshair), text-only mode, the magnifier
//! strip and screen-reader mode. Each is an attribute on `<html>` (`data-text="150"`,
//! `data-zoom="125"`, `data-scheme="black"`, `data-spacing="wide"`, `data-pointer="large"`,
//! `data-guide="on"`, `data-textonly="on"`, `data-magnifier="on"`, `data-reader="on"`)
//! read by `style/care.css` and the components, remembered in local storage under
//! `portal.<name>` and applied again before first paint by `public/prefs.js`. The names are
//! [`NAMES`]; prefs.js must list the same ones, which a unit test below checks by reading
//! prefs.js (it runs before the app, so it cannot take them from here). Nothing here runs
//! while rendering: only in event handlers, after hydration. Nothing here writes a `style`
//! attribute either: the site's Content-Security-Policy (`style-src 'self'`) blocks those.

pub mod speech;

/// Page zoom steps, in percent: the whole page scaled by CSS `zoom` (images, spacing and
/// boxes too, unlike text size), without the browser's zoom (MIIT elder spec, domain.md §2).
pub const ZOOM_STEPS: [u16; 5] = [100, 125, 150, 175, 200];

/// Text size steps, in percent of the normal size (WCAG 1.4.4 asks for 200%).
pub const TEXT_STEPS: [u16; 6] = [100, 115, 130, 150, 175, 200];

/// Colour schemes: the default and the four pairs in common use on Chinese government
/// sites (domain.md §3), as (id, Fluent id of its name).
pub const SCHEMES: [(&str, &str); 5] = [
    ("default", "toolbar-scheme-default"),
    ("white", "toolbar-scheme-white"),
    ("cream", "toolbar-scheme-cream"),
    ("black", "toolbar-scheme-black"),
    ("blue", "toolbar-scheme-blue"),
];

/// Every preference's name, in the order of [`DisplayPrefs::attributes`]: the attribute on
/// `<html>` is `data-<name>` and the storage key `portal.<name>` (see [`attribute`] and
/// [`storage_key`]). `public/prefs.js` restores exactly these (checked by a test).
pub const NAMES: [&str; 9] = ["text", "zoom", "scheme", "spacing", "pointer", "guide", "textonly", "magnifier", "reader"];

/// The attribute on `<html>` of the preference `name` (one of [`NAMES`]).
pub fn attribute(name: &str) -> String {
    format!("data-{name}")
}

/// Where the preference `name` is remembered in local storage (prefs.js reads it there).
pub fn storage_key(name: &str) -> String {
    format!("portal.{name}")
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DisplayPrefs {
    /// Index into [`TEXT_STEPS`].
    pub text: usize,
    /// Index into [`SCHEMES`].
    pub scheme: usize,
    pub wide_spacing: bool,
    pub large_pointer: bool,
    /// The crosshair reading guide (十字辅助线) that follows the pointer.
    pub guide: bool,
    /// Text only (纯文本): no images, no colours, no decoration.
    pub text_only: bool,
    /// Index into [`ZOOM_STEPS`].
    pub zoom: usize,
    /// The magnifier strip (大字幕): what the pointer or focus is on, in large type.
    pub magnifier: bool,
    /// Screen-reader mode (读屏模式): the page speaks what gets focus or the pointer, and
    /// what the live region announces, for people without a screen reader of their own.
    pub reader: bool,
}

impl Default for DisplayPrefs {
    fn default() -> Self {
        DisplayPrefs {
            text: 0,
            scheme: 0,
            wide_spacing: false,
            large_pointer: false,
            guide: false,
            text_only: false,
            zoom: 0,
            magnifier: false,
            reader: false,
        }
    }
}

impl DisplayPrefs {
    pub fn larger(self) -> Self {
        DisplayPrefs { text: (self.text + 1).min(TEXT_STEPS.len() - 1), ..self }
    }
    pub fn smaller(self) -> Self {
        DisplayPrefs { text: self.text.saturating_sub(1), ..self }
    }
    pub fn next_scheme(self) -> Self {
        DisplayPrefs { scheme: (self.scheme + 1) % SCHEMES.len(), ..self }
    }
    pub fn percent(self) -> u16 {
        TEXT_STEPS[self.text]
    }
    pub fn zoom_in(self) -> Self {
        DisplayPrefs { zoom: (self.zoom + 1).min(ZOOM_STEPS.len() - 1), ..self }
    }
    pub fn zoom_out(self) -> Self {
        DisplayPrefs { zoom: self.zoom.saturating_sub(1), ..self }
    }
    pub fn zoom_percent(self) -> u16 {
        ZOOM_STEPS[self.zoom]
    }

    /// The value of each preference, as (name from [`NAMES`], value; `None`: not set, so the
    /// attribute and the stored key are removed).
    pub fn attributes(self) -> [(&'static str, Option<String>); 9] {
        let values = [
            (self.text > 0).then(|| self.percent().to_string()),
            (self.zoom > 0).then(|| self.zoom_percent().to_string()),
            (self.scheme > 0).then(|| SCHEMES[self.scheme].0.to_string()),
            self.wide_spacing.then(|| "wide".to_string()),
            self.large_pointer.then(|| "large".to_string()),
            self.guide.then(|| "on".to_string()),
            self.text_only.then(|| "on".to_string()),
            self.magnifier.then(|| "on".to_string()),
            self.reader.then(|| "on".to_string()),
        ];
        let mut values = values.into_iter();
        NAMES.map(|name| (name, values.next().flatten()))
    }

    /// Reads them back from the attributes on `<html>` (as prefs.js or [`apply`] left
    /// them); `get` is given the attribute's name (`data-text`).
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> Self {
        let value = |name: &str| {
            debug_assert!(NAMES.contains(&name), "{name} is not in NAMES");
            get(&attribute(name))
        };
        let text = value("text").and_then(|v| TEXT_STEPS.iter().position(|s| s.to_string() == v)).unwrap_or(0);
        let scheme = value("scheme").and_then(|v| SCHEMES.iter().position(|s| s.0 == v)).unwrap_or(0);
        DisplayPrefs {
            text,
            scheme,
            wide_spacing: value("spacing").as_deref() == Some("wide"),
            large_pointer: value("pointer").as_deref() == Some("large"),
            guide: value("guide").as_deref() == Some("on"),
            text_only: value("textonly").as_deref() == Some("on"),
            zoom: value("zoom").and_then(|v| ZOOM_STEPS.iter().position(|s| s.to_string() == v)).unwrap_or(0),
            magnifier: value("magnifier").as_deref() == Some("on"),
            reader: value("reader").as_deref() == Some("on"),
        }
    }
}

/// Reads the preferences from `<html>`.
pub fn current() -> DisplayPrefs {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
    match root {
        Some(root) => DisplayPrefs::from_attributes(|name| root.get_attribute(name)),
        None => DisplayPrefs::default(),
    }
}

/// Applies the preferences to `<html>` and remembers them (storage may be blocked: they
/// then hold for this page only).
pub fn apply(prefs: DisplayPrefs) {
    let Some(window) = web_sys::window() else { return };
    let Some(root) = window.document().and_then(|d| d.document_element()) else { return };
    let storage = window.local_storage().ok().flatten();
    for (name, value) in prefs.attributes() {
        let (attr, key) = (attribute(name), storage_key(name));
        match value {
            Some(v) => {
                let _ = root.set_attribute(&attr, &v);
                if let Some(s) = &storage {
                    let _ = s.set_item(&key, &v);
                }
            }
            None => {
                let _ = root.remove_attribute(&attr);
                if let Some(s) = &storage {
                    let _ = s.remove_item(&key);
                }
            }
        }
    }
}

/// Moves the reading guide (crosshair) to a pointer position in window pixels: two custom
/// properties on `<html>`, `--guide-x` and `--guide-y`, that `style/care.css` draws the
/// lines at. Set through CSSOM, which the Content-Security-Policy allows, and one property
/// at a time, so other inline properties of `<html>` stay as they are (writing the `style`
/// attribute would be blocked by the policy, and would wipe them).
pub fn move_guide(x: i32, y: i32) {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
    let Some(root) = root.and_then(|r| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(r).ok()) else { return };
    let style = root.style();
    let _ = style.set_property("--guide-x", &format!("{x}px"));
    let _ = style.set_property("--guide-y", &format!("{y}px"));
}

/// The element a pointer or focus event is about, widened to the block a reader means
/// (a link, a control, a heading, a paragraph, a list item, a cell), for pointer reading
/// and the magnifier strip; `None` over anything else (a page's margins, a container),
/// which would otherwise read out a whole region.
pub fn pointed_block(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    let el = wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(target?).ok()?;
    el.closest("a, button, label, select, input, h1, h2, h3, h4, p, li, td, th, dt, dd, summary, legend, caption")
        .ok()
        .flatten()
}

/// Whether a preference attribute is on now (read from `<html>`, where prefs.js and
/// [`apply`] keep them).
pub fn is_on(attribute: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.has_attribute(attribute))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_size_steps_stop_at_both_ends() {
        let mut p = DisplayPrefs::default();
        assert_eq!(p.smaller().percent(), 100);
        for _ in 0..10 {
            p = p.larger();
        }
        assert_eq!(p.percent(), 200);
        let mut z = DisplayPrefs::default();
        assert_eq!(z.zoom_out().zoom_percent(), 100);
        for _ in 0..10 {
            z = z.zoom_in();
        }
        assert_eq!(z.zoom_percent(), 200);
        assert_eq!(z.percent(), 100, "zoom leaves the text size alone");
    }

    /// Every preference set to something other than its default.
    fn everything_on() -> DisplayPrefs {
        DisplayPrefs {
            text: 3,
            scheme: 3,
            wide_spacing: true,
            large_pointer: true,
            guide: true,
            text_only: true,
            zoom: 2,
            magnifier: true,
            reader: true,
        }
    }

    fn read_back(p: DisplayPrefs) -> DisplayPrefs {
        let attrs = p.attributes();
        DisplayPrefs::from_attributes(|attr| attrs.iter().find(|(n, _)| attribute(n) == attr).and_then(|(_, v)| v.clone()))
    }

    #[test]
    fn attributes_round_trip() {
        // All on, and each one alone: a name written differently in `attributes` and
        // `from_attributes` loses that preference here.
        let all = everything_on();
        assert_eq!(read_back(all), all);
        for (i, (name, value)) in all.attributes().into_iter().enumerate() {
            assert!(value.is_some(), "{name} is set in everything_on()");
            let mut attrs = DisplayPrefs::default().attributes();
            attrs[i].1 = value;
            let one = DisplayPrefs::from_attributes(|attr| attrs.iter().find(|(n, _)| attribute(n) == attr).and_then(|(_, v)| v.clone()));
            assert_ne!(one, DisplayPrefs::default(), "data-{name} is not read back");
            assert_eq!(read_back(one), one);
        }
        assert_eq!(DisplayPrefs::default().attributes().iter().filter(|(_, v)| v.is_some()).count(), 0);
        assert_eq!(DisplayPrefs::default().next_scheme().next_scheme().next_scheme().next_scheme().next_scheme(), DisplayPrefs::default());
    }

    #[test]
    fn attributes_come_in_the_order_of_names() {
        let names: Vec<_> = everything_on().attributes().iter().map(|(n, _)| *n).collect();
        assert_eq!(names, NAMES);
        // Each value sits under its own name (a value moved to another name would still
        // round-trip, but be stored and styled under the wrong attribute).
        let attrs = everything_on().attributes();
        let value = |name: &str| attrs.iter().find(|(n, _)| *n == name).and_then(|(_, v)| v.clone());
        assert_eq!(value("text").as_deref(), Some("150"));
        assert_eq!(value("zoom").as_deref(), Some("150"));
        assert_eq!(value("scheme").as_deref(), Some("black"));
        assert_eq!(value("spacing").as_deref(), Some("wide"));
        assert_eq!(value("pointer").as_deref(), Some("large"));
        assert_eq!(attribute("textonly"), "data-textonly");
        assert_eq!(storage_key("textonly"), "portal.textonly");
    }

    /// The names public/prefs.js restores before first paint: the array literal on its
    /// line `var names = [...]`.
    fn prefs_js_names() -> Vec<String> {
        let js = include_str!("../../public/prefs.js");
        let start = js.find("var names = [").expect("public/prefs.js declares `var names = [...]`") + "var names = [".len();
        let end = start + js[start..].find(']').expect("the names array ends");
        js[start..end].split(',').map(|n| n.trim().trim_matches('\'').to_string()).filter(|n| !n.is_empty()).collect()
    }

    #[test]
    fn prefs_js_restores_the_same_preferences_under_the_same_keys() {
        let mut theirs = prefs_js_names();
        let mut ours: Vec<String> = NAMES.iter().map(|n| n.to_string()).collect();
        theirs.sort();
        ours.sort();
        assert_eq!(theirs, ours, "public/prefs.js and care::NAMES list different preferences");
        // ...and turns a name into the same storage key and attribute as `storage_key`
        // and `attribute`.
        let js = include_str!("../../public/prefs.js");
        assert!(js.contains("localStorage.getItem('portal.' + name)"), "prefs.js reads portal.<name>");
        assert!(js.contains("root.setAttribute('data-' + name, v)"), "prefs.js sets data-<name>");
        assert_eq!(storage_key("x"), "portal.x");
        assert_eq!(attribute("x"), "data-x");
    }

    #[test]
    fn prefs_js_accepts_every_value_we_store() {
        // prefs.js ignores a stored value outside /^[a-z0-9]{1,10}$/ (nothing else is ours).
        let js = include_str!("../../public/prefs.js");
        assert!(js.contains("/^[a-z0-9]{1,10}$/"), "prefs.js's value pattern changed: update this test");
        let fits = |v: &str| (1..=10).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        let mut all = vec![everything_on()];
        all.extend((0..SCHEMES.len()).map(|scheme| DisplayPrefs { scheme, ..everything_on() }));
        all.extend((0..TEXT_STEPS.len()).map(|text| DisplayPrefs { text, zoom: text.min(ZOOM_STEPS.len() - 1), ..everything_on() }));
        for p in all {
            for (name, value) in p.attributes() {
                if let Some(v) = value {
                    assert!(fits(&v), "prefs.js would drop {name}={v}");
                }
            }
        }
    }
}
