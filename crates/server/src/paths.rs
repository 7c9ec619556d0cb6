//! Request paths as checked segments. Every handler that turns a URL into a file name or
//! a redirect target goes through [`SitePath::parse`], so `..`, `//host`, backslashes,
//! NUL and their percent-encoded forms are refused in one place, before any file-system
//! call and before any `Location` is written.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS};
use std::path::{Path, PathBuf};

/// The characters re-encoded when a checked segment goes back into a URL: everything
/// that is not plain in a path segment (RFC 3986 `pchar`).
const SEGMENT: &AsciiSet =
    &CONTROLS.add(b' ').add(b'"').add(b'#').add(b'<').add(b'>').add(b'?').add(b'`').add(b'{').add(b'}').add(b'%').add(b'/').add(b'\\');

/// A request path that can only name something inside the site: decoded segments, none
/// empty, none starting with `.`, none holding `/`, `\`, `%` or a control character once
/// decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SitePath {
    segments: Vec<String>,
}

impl SitePath {
    /// Checks the raw (still percent-encoded) path of a request. `None` means the path
    /// cannot name anything on this site: the caller answers 404.
    ///
    /// One trailing slash is allowed (`/about/` is `/about`); an empty segment anywhere
    /// else is not, so `//evil.example` never becomes a redirect to another host.
    pub fn parse(raw: &str) -> Option<SitePath> {
        let rest = raw.strip_prefix('/')?;
        let rest = rest.strip_suffix('/').unwrap_or(rest);
        if rest.is_empty() {
            return Some(SitePath { segments: Vec::new() });
        }
        let segments = rest.split('/').map(segment).collect::<Option<Vec<_>>>()?;
        Some(SitePath { segments })
    }

    /// `/`.
    pub fn root() -> SitePath {
        SitePath { segments: Vec::new() }
    }

    pub fn segments(&self) -> &[String] {
        &self.segments
    }

    /// The last segment, if any (`index.html` of `/about/index.html`).
    pub fn last(&self) -> Option<&str> {
        self.segments.last().map(String::as_str)
    }

    /// The path without its last segment.
    pub fn parent(&self) -> SitePath {
        let mut segments = self.segments.clone();
        segments.pop();
        SitePath { segments }
    }

    /// The URL path: exactly one `/`, then re-encoded segments. This is the only way a
    /// `Location` is built, so it can never start with `//` or name another host.
    pub fn to_url(&self) -> String {
        if self.segments.is_empty() {
            return "/".to_string();
        }
        self.segments.iter().map(|s| format!("/{}", utf8_percent_encode(s, SEGMENT))).collect()
    }

    /// The file or directory this path names under `root`.
    pub fn under(&self, root: &Path) -> PathBuf {
        let mut path = root.to_path_buf();
        path.extend(&self.segments);
        path
    }
}

/// One decoded segment, or `None` when it is unsafe. A `%` left after decoding means the
/// request was encoded twice (`%252e%252e`): no file here has one, so it is refused
/// rather than decoded again.
fn segment(raw: &str) -> Option<String> {
    let decoded = percent_decode_str(raw).decode_utf8().ok()?;
    let bad = |c: char| c == '/' || c == '\\' || c == '%' || c.is_control();
    (!decoded.is_empty() && !decoded.starts_with('.') && !decoded.contains(bad)).then(|| decoded.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_keep_their_segments() {
        assert_eq!(SitePath::parse("/").unwrap().segments(), &[] as &[String]);
        assert_eq!(SitePath::parse("/en/about/").unwrap().segments(), ["en", "about"]);
        assert_eq!(SitePath::parse("/en/about").unwrap().to_url(), "/en/about");
        assert_eq!(SitePath::parse("/%E5%85%B3%E4%BA%8E").unwrap().segments(), ["关于"]);
        assert_eq!(SitePath::parse("/%E5%85%B3%E4%BA%8E").unwrap().to_url(), "/%E5%85%B3%E4%BA%8E");
    }

    #[test]
    fn unsafe_paths_are_refused() {
        for raw in [
            "",
            "//evil.example/index.html",
            "/\\evil.example/index.html",
            "/%5Cevil.example",
            "/%2F%2Fevil.example/index.html",
            "/a//b",
            "/a///",
            "/../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc",
            "/..%2fetc",
            "/%252e%252e/etc",
            "/./about",
            "/.git/config",
            "/about%00.html",
            "/a%0d%0aLocation:%20x",
            "/%ff",
            "evil.example",
        ] {
            assert_eq!(SitePath::parse(raw), None, "{raw}");
        }
    }
}
