//! Display preferences of the accessibility toolbar: text size, colour scheme, line
//! spacing, large pointer, reading guide (crosshair) and text-only mode. Each is an
//! attribute on `<html>` (`data-text="150"`, `data-scheme="black"`, `data-spacing="wide"`,
//! `data-pointer="large"`, `data-guide="on"`, `data-textonly="on"`) read by `style/care.css`, remembered in local storage and applied
//! again before first paint by `public/prefs.js` (which must use the same keys). Nothing
//! here runs while rendering: only in event handlers, after hydration.

pub mod speech;

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
}

impl Default for DisplayPrefs {
    fn default() -> Self {
        DisplayPrefs { text: 0, scheme: 0, wide_spacing: false, large_pointer: false, guide: false, text_only: false }
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

    /// The attributes on `<html>` for these preferences (`None`: attribute removed).
    pub fn attributes(self) -> [(&'static str, Option<String>); 6] {
        [
            ("data-text", (self.text > 0).then(|| self.percent().to_string())),
            ("data-scheme", (self.scheme > 0).then(|| SCHEMES[self.scheme].0.to_string())),
            ("data-spacing", self.wide_spacing.then(|| "wide".to_string())),
            ("data-pointer", self.large_pointer.then(|| "large".to_string())),
            ("data-guide", self.guide.then(|| "on".to_string())),
            ("data-textonly", self.text_only.then(|| "on".to_string())),
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
    }

    #[test]
    fn attributes_round_trip() {
        let p = DisplayPrefs { text: 3, scheme: 3, wide_spacing: true, large_pointer: true, guide: false, text_only: true };
        let attrs = p.attributes();
        let back = DisplayPrefs::from_attributes(|n| attrs.iter().find(|(k, _)| *k == n).and_then(|(_, v)| v.clone()));
        assert_eq!(back, p);
        assert_eq!(DisplayPrefs::default().attributes().iter().filter(|(_, v)| v.is_some()).count(), 0);
        assert_eq!(DisplayPrefs::default().next_scheme().next_scheme().next_scheme().next_scheme().next_scheme(), DisplayPrefs::default());
    }
}
