//! The one place that decides whether a URL or an id in the bundle is safe to put in a page.
//!
//! Every `href` the site renders comes from the bundle, so a hostile or careless bundle
//! could otherwise put `javascript:` on every page, or a `//news` that browsers read as the
//! host `news`. [`check_url`] says, for the use a field has ([`UrlKind`]), whether a URL is
//! acceptable, in words an editor can act on. [`check_id`] does the same for ids that become
//! URL segments and file names (section, category, page). The content tool calls both for
//! every such field; whether a site path is a page the site has is a separate question
//! (the content tool answers it from the bundle).

use std::fmt;

/// Attachment types the site knows how to describe; an attachment's file name ends in one.
pub const ATTACHMENT_KINDS: &[&str] = &["pdf", "csv", "xlsx", "docx", "zip"];

/// Picture types an image field may name (interview pictures); drawn by us, served by us
/// from `/images/` (the server never serves an `.svg` from `/files/`, where editors' uploads
/// go; in an `<img>` an SVG cannot run script).
pub const IMAGE_KINDS: &[&str] = &["svg", "png", "jpg", "webp"];

/// What a field uses its URL for, and so which URLs it accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlKind {
    /// Navigation and footer links: a path on this site only (`/about`).
    SitePath,
    /// `site.json`'s `origin`: `https://host` (http only for localhost), no path.
    Origin,
    /// Public registers of the filing numbers: `https://` or `http://`.
    Web,
    /// Link blocks: a site path, `https://`, `http://`, `tel:` or `mailto:`.
    Link,
    /// Attachments: a site path under `/files/` ending in one of [`ATTACHMENT_KINDS`].
    Attachment,
    /// `security_contact`: `mailto:`, `tel:` or `https:`.
    SecurityContact,
    /// Pictures: a site path under `/images/` ending in one of [`IMAGE_KINDS`] (never another
    /// site's picture: it would tell that site who reads the page, and the CSP refuses it).
    Image,
}

/// Why a URL or id is refused, as a sentence for the editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UrlError(pub String);

impl fmt::Display for UrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UrlError {}

impl UrlKind {
    /// Whether the field takes a path on this site, and which schemes it takes.
    fn accepts(self) -> (bool, &'static [&'static str]) {
        match self {
            UrlKind::SitePath | UrlKind::Attachment | UrlKind::Image => (true, &[]),
            UrlKind::Origin => (false, &["https", "http"]),
            UrlKind::Web => (false, &["https", "http"]),
            UrlKind::Link => (true, &["https", "http", "tel", "mailto"]),
            UrlKind::SecurityContact => (false, &["mailto", "tel", "https"]),
        }
    }

    /// What the field expects, for messages.
    fn expected(self) -> &'static str {
        match self {
            UrlKind::SitePath => "a path on this site, such as /about",
            UrlKind::Origin => "https:// and a host name only, such as https://ka.sz.gov.cn",
            UrlKind::Web => "an https:// or http:// address",
            UrlKind::Link => "a path on this site (/about), an https:// or http:// address, tel: or mailto:",
            UrlKind::Attachment => "a path under /files/, such as /files/2024-report.pdf",
            UrlKind::SecurityContact => "a mailto:, tel: or https:// address",
            UrlKind::Image => "a path under /images/, such as /images/interviews/studio.svg",
        }
    }
}

/// Checks `url` for a field of kind `kind`: `Ok` if a browser will take it to what the
/// field is for, else why not. A site path is accepted here whether or not the site has
/// that page; the caller asks that separately.
pub fn check_url(url: &str, kind: UrlKind) -> Result<(), UrlError> {
    let fail = |why: String| Err(UrlError(format!("{}: {why}", shown(url))));
    if url.is_empty() {
        return fail(format!("is empty; expected {}", kind.expected()));
    }
    let (site_paths, schemes) = kind.accepts();
    let scheme = scheme_as_browsers_read_it(url);
    match &scheme {
        Some(scheme) if !schemes.contains(&scheme.as_str()) => {
            return fail(format!("{scheme}: URLs are not allowed here; expected {}", kind.expected()));
        }
        None if !(site_paths && url.starts_with('/')) => {
            return fail(format!("expected {}", kind.expected()));
        }
        _ => {}
    }
    if let Some(c) = url.chars().find(|&c| c.is_whitespace() || c.is_control() || is_invisible(c)) {
        let what = match c {
            ' ' => "a space".to_string(),
            c if c.is_whitespace() => format!("white space ({})", code(c)),
            c if c.is_control() => format!("a control character ({})", code(c)),
            c => format!("an invisible character ({})", code(c)),
        };
        return fail(format!("contains {what}; expected {}", kind.expected()));
    }
    if url.contains('\\') {
        return fail("contains a backslash, which browsers read as /".to_string());
    }
    let checked = match scheme.as_deref() {
        None => site_path(url, match kind {
            UrlKind::Attachment => Some(("an attachment", "/files/", ATTACHMENT_KINDS)),
            UrlKind::Image => Some(("a picture", "/images/", IMAGE_KINDS)),
            _ => None,
        }),
        Some("https" | "http") => web(url, kind == UrlKind::Origin),
        Some("tel") => tel(&url[4..]),
        Some("mailto") => mailto(&url[7..]),
        Some(_) => Ok(()), // not reached: every accepted scheme is handled above
    };
    checked.or_else(|why| fail(why))
}

/// Checks an id that becomes a URL segment and a file name (section, category, page):
/// `[a-z0-9-]`, 1 to 64 characters, not starting or ending with `-`.
pub fn check_id(id: &str) -> Result<(), UrlError> {
    let fail = |why: String| Err(UrlError(format!("{}: {why}", shown(id))));
    if id.is_empty() {
        return fail("is empty; an id is 1 to 64 of a-z, 0-9 and -".to_string());
    }
    if let Some(c) = id.chars().find(|c| !matches!(c, 'a'..='z' | '0'..='9' | '-')) {
        return fail(format!("contains {}; an id is 1 to 64 of a-z, 0-9 and -", quoted_char(c)));
    }
    if id.len() > 64 {
        return fail(format!("is {} characters long; an id has at most 64", id.len()));
    }
    if id.starts_with('-') || id.ends_with('-') {
        return fail("an id must not start or end with -".to_string());
    }
    Ok(())
}

/// The scheme a browser would see, lower-cased: leading C0 controls and spaces are
/// skipped and tabs and newlines anywhere are dropped, as the URL standard says, so
/// ` java\tscript:` is `javascript`. `None` for a relative URL.
fn scheme_as_browsers_read_it(url: &str) -> Option<String> {
    let mut chars = url.trim_start_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r'));
    let first = chars.next().filter(char::is_ascii_alphabetic)?;
    let mut scheme = first.to_ascii_lowercase().to_string();
    for c in chars {
        match c {
            ':' => return Some(scheme),
            c if c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.') => scheme.push(c.to_ascii_lowercase()),
            _ => return None,
        }
    }
    None
}

/// A path on this site: `/` then segments; nothing a browser could read as another host,
/// a parent folder or a hidden character.
/// `file`: for a field that names a file (an attachment, a picture), what it is, the folder
/// it must be in and its extensions.
fn site_path(url: &str, file: Option<(&str, &str, &[&str])>) -> Result<(), String> {
    if url.contains("//") {
        return Err("contains //, which browsers read as the start of another site's address".to_string());
    }
    if let Some(c) = url.chars().find(|c| !c.is_ascii()) {
        return Err(format!("contains {}; a path on this site is ASCII (percent-encode other characters)", quoted_char(c)));
    }
    if let Some(c) = url.chars().find(|c| matches!(c, '"' | '<' | '>' | '`' | '{' | '}' | '|' | '^' | '\'')) {
        return Err(format!("contains {}, which has no place in a path", quoted_char(c)));
    }
    let bytes = url.as_bytes();
    for (i, _) in url.match_indices('%') {
        let hex = bytes
            .get(i + 1..i + 3)
            .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
            .and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
        match hex {
            None => return Err("contains a % that is not followed by two hex digits".to_string()),
            Some(b @ (b'/' | b'\\' | b'.')) => {
                return Err(format!("contains %{b:02X}, an encoded {}, which can lead out of the folder", quoted_char(b as char)));
            }
            Some(b) if b < 0x20 || b == 0x7f => return Err(format!("contains %{b:02X}, an encoded control character")),
            Some(_) => {}
        }
    }
    let path = url.split(['?', '#']).next().unwrap_or(url);
    if let Some(dots) = path.split('/').find(|s| *s == "." || *s == "..") {
        return Err(format!("contains a \"{dots}\" segment; write the path without it"));
    }
    if let Some((what, folder, kinds)) = file {
        let Some(name) = path.strip_prefix(folder) else {
            let example = if folder == "/files/" { "/files/2024-report.pdf" } else { "/images/interviews/studio.svg" };
            return Err(format!("{what} must be under {folder}, such as {example}"));
        };
        if path.len() != url.len() {
            return Err(format!("{what} path has no ? or # part"));
        }
        let name = name.rsplit('/').next().unwrap_or(name);
        if name.is_empty() {
            return Err("has no file name".to_string());
        }
        let Some((_, extension)) = name.rsplit_once('.') else {
            return Err(format!("has no extension; {what} ends in one of .{}", kinds.join(", .")));
        };
        if !kinds.contains(&extension) {
            return Err(format!(".{extension} is not one of .{}", kinds.join(", .")));
        }
    }
    Ok(())
}

/// `https://host[:port][/path][?query][#fragment]`; for the origin, scheme and host only.
fn web(url: &str, origin: bool) -> Result<(), String> {
    let (scheme, rest) = url.split_once(':').unwrap_or((url, ""));
    let Some(rest) = rest.strip_prefix("//") else {
        return Err(format!("write {}:// and then the host", scheme.to_ascii_lowercase()));
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    if authority.contains('@') {
        return Err("contains a user name before @, which hides the real host".to_string());
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    if host.is_empty() {
        return Err("has no host".to_string());
    }
    if !host.is_ascii() {
        return Err("write an international host name in its xn-- form".to_string());
    }
    if !is_host(host) {
        return Err(format!("{} is not a host name", shown(host)));
    }
    if let Some(port) = port {
        if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) || port.parse::<u32>().map_or(true, |p| p == 0 || p > 65535) {
            return Err(format!("{} is not a port number", shown(port)));
        }
    }
    if let Some(c) = tail.chars().find(|c| matches!(c, '"' | '<' | '>' | '`')) {
        return Err(format!("contains {}, which has no place in an address", quoted_char(c)));
    }
    if origin {
        if url.chars().any(|c| c.is_ascii_uppercase()) {
            return Err("write the origin in lower case".to_string());
        }
        if scheme == "http" && !matches!(host, "localhost" | "127.0.0.1") {
            return Err("http: is only for localhost and 127.0.0.1; the public origin is https://".to_string());
        }
        if tail == "/" {
            return Err("ends with a trailing /; write the origin without it".to_string());
        }
        if !tail.is_empty() {
            return Err("has a path, query or fragment; the origin has no path".to_string());
        }
    }
    Ok(())
}

/// Letters, digits and `-` in dot-separated labels (which also covers IPv4 addresses).
fn is_host(host: &str) -> bool {
    host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// A phone number: an optional `+`, then 3 to 15 digits with `-`, `.`, `(` or `)` between.
fn tel(number: &str) -> Result<(), String> {
    let digits = number.bytes().filter(u8::is_ascii_digit).count();
    let body = number.strip_prefix('+').unwrap_or(number);
    let well_formed = body.starts_with(|c: char| c.is_ascii_digit())
        && body.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'.' | b'(' | b')'))
        && (3..=15).contains(&digits);
    if well_formed {
        Ok(())
    } else {
        Err("is not a phone number; write it as tel:+86-755-83394325".to_string())
    }
}

/// One address, `name@host.domain`, optionally followed by `?subject=...`.
fn mailto(rest: &str) -> Result<(), String> {
    let address = rest.split('?').next().unwrap_or(rest);
    let well_formed = match address.split_once('@') {
        Some((name, host)) => {
            !name.is_empty()
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-'))
                && host.contains('.')
                && is_host(host)
        }
        None => false,
    };
    if !well_formed {
        return Err("is not an e-mail address; write it as mailto:name@example.org".to_string());
    }
    if let Some(c) = rest.chars().find(|c| matches!(c, '"' | '<' | '>' | '`')) {
        return Err(format!("contains {}, which has no place in an address", quoted_char(c)));
    }
    Ok(())
}

/// Zero-width and bidirectional-control characters: invisible, and able to make a URL
/// read differently from what it is.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

fn code(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

fn quoted_char(c: char) -> String {
    if c.is_control() || c.is_whitespace() || is_invisible(c) {
        format!("\"{}\" ({})", c.escape_default(), code(c))
    } else {
        format!("\"{c}\"")
    }
}

/// A value quoted for a message: on one line (control characters escaped) and at most
/// 60 characters, so a hostile value cannot flood or split the report.
fn shown(value: &str) -> String {
    const MAX: usize = 60;
    let short: String = value.chars().take(MAX).collect();
    let quoted = format!("{short:?}");
    if value.chars().count() > MAX {
        format!("{}…\"", &quoted[..quoted.len() - 1])
    } else {
        quoted
    }
}
