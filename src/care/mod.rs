//! Display preferences of the accessibility toolbar: text size, page zoom, colour scheme,
//! line spacing, large pointer, reading guide (crosshair), text-only mode, the magnifier
//! strip and screen-reader mode. Each is an attribute on `<html>` (`data-text="150"`,
//! `data-zoom="125"`, `data-scheme="black"`, `data-spacing="wide"`, `data-pointer="large"`,
//! `data-guide="on"`, `data-textonly="on"`, `data-magnifier="on"`, `data-reader="on"`)
//! read by `style/care.css` and the components, remembered in local storage and applied
//! again before first paint by `public/prefs.js` (which must use the same keys). Nothing
//! here runs while rendering: only in event handlers, after hydration.

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

    /// The attributes on `<html>` for these preferences (`None`: attribute removed).
    pub fn attributes(self) -> [(&'static str, Option<String>); 9] {
        [
            ("data-text", (self.text > 0).then(|| self.percent().to_string())),
            ("data-scheme", (self.scheme > 0).then(|| SCHEMES[self.scheme].0.to_string())),
            ("data-spacing", self.wide_spacing.then(|| "wide".to_string())),
            ("data-pointer", self.large_pointer.then(|| "large".to_string())),
            ("data-guide", self.guide.then(|| "on".to_string())),
            ("data-textonly", self.text_only.then(|| "on".to_string())),
            ("data-zoom", (self.zoom > 0).then(|| self.zoom_percent().to_string())),
            ("data-magnifier", self.magnifier.then(|| "on".to_string())),
            ("data-reader", self.reader.then(|| "on".to_string())),
        ]
    }

    /// Reads them back from the attributes (as prefs.js left them).
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> Self {
        let text = get("data-text")
            .and_then(|v| TEXT_STEPS.iter().position(|s| s.to_string() == v))
            .unwrap_or(0);
        let scheme = get("data-scheme").and_then(|v| SCHEMES.iter().position(|s| s.0 == v)).unwrap_or(0);
        DisplayPrefs {
            text,
            scheme,
            wide_spacing: get("data-spacing").as_deref() == Some("wide"),
            large_pointer: get("data-pointer").as_deref() == Some("large"),
            guide: get("data-guide").as_deref() == Some("on"),
            text_only: get("data-textonly").as_deref() == Some("on"),
            zoom: get("data-zoom").and_then(|v| ZOOM_STEPS.iter().position(|s| s.to_string() == v)).unwrap_or(0),
            magnifier: get("data-magnifier").as_deref() == Some("on"),
            reader: get("data-reader").as_deref() == Some("on"),
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
        let key = format!("portal.{}", name.trim_start_matches("data-"));
        match value {
            Some(v) => {
                let _ = root.set_attribute(name, &v);
                if let Some(s) = &storage {
                    let _ = s.set_item(&key, &v);
                }
            }
            None => {
                let _ = root.remove_attribute(name);
                if let Some(s) = &storage {
                    let _ = s.remove_item(&key);
                }
            }
        }
    }
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

    #[test]
    fn attributes_round_trip() {
        let p = DisplayPrefs {
            text: 3,
            scheme: 3,
            wide_spacing: true,
            large_pointer: true,
            guide: false,
            text_only: true,
            zoom: 2,
            magnifier: true,
            reader: false,
        };
        let attrs = p.attributes();
        let back = DisplayPrefs::from_attributes(|n| attrs.iter().find(|(k, _)| *k == n).and_then(|(_, v)| v.clone()));
        assert_eq!(back, p);
        assert_eq!(DisplayPrefs::default().attributes().iter().filter(|(_, v)| v.is_some()).count(), 0);
        assert_eq!(DisplayPrefs::default().next_scheme().next_scheme().next_scheme().next_scheme().next_scheme(), DisplayPrefs::default());
    }
}
