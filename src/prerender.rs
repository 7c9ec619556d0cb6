//! Build-time rendering of every route to a full HTML document (feature `ssr`).
//!
//! `App` is rendered natively for each path, its data read from the bundle on disk. Each
//! document carries the page's title, description and canonical link, the rendered body
//! with its islands (each with its props, `src/browser.rs`), and names the table of its
//! language's messages (`data-texts`, src/i18n.rs). Without JavaScript the document reads
//! fully on its own.
//!
//! Used by `src/bin/prerender.rs`; the recipe (shared context, `RequestUrl`, in-order
//! stream, `pending_data`) is the one verified in `shared/reference/toolchain.md`.

use crate::api::ContentDir;
use crate::mailbox::Posted;
use crate::outcome::{Outcome, PageOutcome};
use crate::App;
use futures::StreamExt;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use portal_model::registry::{self, PageIndex};
use portal_model::Lang;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Marks a document this tool wrote, so that it is never taken for Trunk's template.
pub const MARKER: &str = r#"<meta name="generator" content="portal-prerender">"#;

/// A path the route table does not know, rendered as each language's 404 page.
pub const NOT_FOUND_PROBE: &str = "/__not-found__";

/// Trunk's `index.html`, cut where the rendered body goes.
#[derive(Clone, Debug)]
pub struct Template {
    head: String,
    tail: String,
}

impl Template {
    /// Takes Trunk's output. Fails on a document that is already prerendered (the build
    /// must run Trunk first) or has no `<body>`.
    pub fn parse(index_html: &str) -> Result<Template, String> {
        if index_html.contains(MARKER) {
            return Err("dist/index.html is already prerendered: run `trunk build` first".into());
        }
        let body_open = index_html.find("<body>").ok_or("index.html has no <body>")?;
        let body_close = index_html.rfind("</body>").ok_or("index.html has no </body>")?;
        // leptos_meta inserts the page's `lang` right after `<html`; the template's own would
        // then be a duplicate attribute.
        let head = without_html_lang(&index_html[..body_open + "<body>".len()])?
            .replacen("<head>", &format!("<head>{MARKER}"), 1)
            // Where leptos_meta puts the page's <title>, <meta> and <link>s; in the browser
            // it looks for the same marker to take them over (it panics without it).
            .replacen("</head>", "<!--HEAD--></head>", 1);
        Ok(Template { head: without_app_preloads(&head), tail: index_html[body_close..].to_string() })
    }

    /// The same template without the app: no module script, no module preload. For pages
    /// the server renders in answer to a plain form post (see [`render_posted`]).
    pub fn without_app(&self) -> Template {
        let mut head = String::with_capacity(self.head.len());
        let mut rest = self.head.as_str();
        loop {
            let next = [rest.find("<script type=\"module\""), rest.find("<link rel=\"modulepreload\"")].into_iter().flatten().min();
            let Some(start) = next else { break };
            head.push_str(&rest[..start]);
            let tail = &rest[start..];
            let end = if tail.starts_with("<script") { tail.find("</script>").map(|e| e + "</script>".len()) } else { tail.find('>').map(|e| e + 1) };
            let Some(end) = end else { break };
            rest = &tail[end..];
        }
        head.push_str(rest);
        Template { head, tail: self.tail.clone() }
    }
}

/// The document with the `lang` attribute of its `<html>` tag removed, whatever its value or
/// quoting: leptos_meta writes the page's own.
fn without_html_lang(document: &str) -> Result<String, String> {
    let start = document.find("<html").ok_or("index.html has no <html> tag")?;
    let len = document[start..].find('>').ok_or("index.html: <html> tag is not closed")?;
    let tag = &document[start..start + len];
    let attributes: Vec<&str> = tag["<html".len()..].split_whitespace().filter(|a| !a.starts_with("lang=")).collect();
    let tag = if attributes.is_empty() { "<html".to_string() } else { format!("<html {}", attributes.join(" ")) };
    Ok(format!("{}{}{}", &document[..start], tag, &document[start + len..]))
}

/// Drops Trunk's `<link rel="preload" … type="application/wasm">` and its
/// `<link rel="modulepreload">` of the app's JS. With prerendered pages the text does not
/// wait for the app, but a preloaded wasm (about 300 KB) competes with the HTML and CSS for
/// a slow connection at high priority and delays the first paint; and any request of the
/// app's that starts before the first paint is counted into Lighthouse's simulated LCP
/// (its LCP flipped between about 1.2 s and 3 s by whether the wasm request had begun
/// before the paint). public/boot.js starts the app after the first paint instead.
/// Measured with scripts/lighthouse (docs/decisions/0004-wasm-size.md).
fn without_app_preloads(head: &str) -> String {
    let mut out = String::with_capacity(head.len());
    let mut rest = head;
    while let Some(start) = [rest.find("<link rel=\"preload\""), rest.find("<link rel=\"modulepreload\"")].into_iter().flatten().min() {
        let Some(len) = rest[start..].find('>') else { break };
        let tag = &rest[start..start + len + 1];
        out.push_str(&rest[..start]);
        if !tag.contains("application/wasm") && !tag.starts_with("<link rel=\"modulepreload\"") {
            out.push_str(tag);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// One document to write: the path it renders and its file, relative to dist/.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Job {
    pub path: String,
    pub file: String,
    /// The 404 page of a language: it must render not-found, every other page must not.
    pub not_found: bool,
}

/// Every document to prerender: every page the registry lists for the bundle (the content
/// tool writes that list as `derived/pages.json` from `registry::pages`) in every language,
/// and each language's 404 page.
pub fn jobs(content_dir: &Path) -> Result<Vec<Job>, String> {
    let file = content_dir.join(PageIndex::FILE);
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e} (run `content build` first)", file.display()))?;
    let index: PageIndex = portal_model::parse(PageIndex::FILE, &text).map_err(|e| e.to_string())?;
    let mut jobs: Vec<Job> = registry::in_every_language(&index.paths)
        .map(|(_, path)| {
            let file = format!("{}/index.html", path.trim_end_matches('/')).trim_start_matches('/').to_string();
            Job { path, file, not_found: false }
        })
        .collect();
    for lang in Lang::ALL {
        let file = format!("{}/404.html", lang.url_prefix()).trim_start_matches('/').to_string();
        jobs.push(Job { path: lang.localize_path(NOT_FOUND_PROBE), file, not_found: true });
    }
    Ok(jobs)
}

/// Marks a document as the 404 page, which the server sends for any unknown URL (with
/// status 404); tests and styles can tell it by `data-status="404"`. Its islands (the
/// header's) hydrate as on any page: they do not depend on the address.
pub fn mark_not_found(html: &str) -> String {
    html.replacen("<html", r#"<html data-status="404""#, 1)
}

/// Renders one path to a complete document, reading the bundle in `content_dir`. Call
/// [`init`] once first.
///
/// A path that rendered the not-found page or the error view (its bundle file is missing or
/// broken) is refused with the path and the reason, so the build fails instead of publishing
/// an error page as content. The 404 page (`job.not_found`) must render not-found.
pub fn render(job: &Job, template: &Template, content_dir: &Path) -> Result<String, String> {
    let (html, outcome) = futures::executor::block_on(render_async(&job.path, template, content_dir.to_path_buf(), || ()));
    match (outcome, job.not_found) {
        (None, false) => Ok(html),
        (Some(Outcome::NotFound), true) => Ok(mark_not_found(&html)),
        (Some(Outcome::NotFound), false) => Err(format!("{}: a registered page rendered the not-found page", job.path)),
        (Some(Outcome::Error(reason)), _) => Err(format!("{}: the page could not load its content: {reason}", job.path)),
        (None, true) => Err(format!("{}: the 404 page rendered as a page", job.path)),
    }
}

/// Renders a page path (not the 404 page); see [`render`].
pub fn render_path(path: &str, template: &Template, content_dir: &Path) -> Result<String, String> {
    render(&Job { path: path.to_string(), file: String::new(), not_found: false }, template, content_dir)
}

/// Renders a mailbox page as the server's answer to a plain form post (the app was not
/// running): the page with what was posted, and the receipt, the errors or the look-up's
/// answer ([`Posted`]). The document does not start the app: its state came from the post,
/// not from the bundle, so there is nothing a hydration could take over; its links load
/// pages that do. Pass `template.without_app()`.
pub fn render_posted(path: &str, template: &Template, content_dir: &Path, posted: Posted) -> Result<String, String> {
    render_with(path, template, content_dir, posted)
}

/// Renders a page the server answers a GET with, from what it read for the request (the
/// search's answer, `pages::search::Searched`; the published replies,
/// `pages::letter_replies::Replies`), given to the page as context: a page like any other,
/// with the app.
pub fn render_with<T: Clone + Send + Sync + 'static>(path: &str, template: &Template, content_dir: &Path, answer: T) -> Result<String, String> {
    let (html, outcome) = futures::executor::block_on(render_async(path, template, content_dir.to_path_buf(), move || provide_context(answer)));
    match outcome {
        None => Ok(html),
        Some(Outcome::NotFound) => Err(format!("{path}: not a page")),
        Some(Outcome::Error(reason)) => Err(format!("{path}: {reason}")),
    }
}

/// Starts the executor that resources run on while rendering.
pub fn init() {
    let _ = any_spawner::Executor::init_futures_executor();
}

/// `provide`: the contexts of a page the server renders for a request (see [`render_posted`],
/// [`render_with`]).
async fn render_async(path: &str, template: &Template, content_dir: PathBuf, provide: impl FnOnce()) -> (String, Option<Outcome>) {
    let shared = Arc::new(SsrSharedContext::new());
    let owner = Owner::new_root(Some(shared.clone()));
    let outcome = PageOutcome::default();
    let (body_stream, meta) = owner.with(|| {
        provide_context(RequestUrl::new(path));
        provide_context(ContentDir(content_dir));
        provide_context(outcome.clone());
        provide();
        let (meta, meta_output) = ServerMetaContext::new();
        provide_context(meta);
        (App().to_html_stream_in_order(), meta_output)
    });
    // In order: every <Suspense> has resolved, so the body is complete HTML, never a
    // loading state.
    let body = body_stream.collect::<Vec<String>>().await.concat();
    let document = format!("{}{}{}", template.head, body, template.tail);
    // The messages of the page's language, which boot.js fetches for the islands.
    let document = document.replacen("<html", &format!(r#"<html data-texts="/{}""#, crate::i18n::texts_file(Lang::from_path(path))), 1);
    // Title, meta and <html lang> are known only now that the whole body has rendered.
    let injected = meta.inject_meta_context(futures::stream::once(async move { document }).boxed()).await;
    let html = injected.collect::<Vec<String>>().await.concat();
    drop(owner);
    (html, outcome.get())
}

#[cfg(test)]
mod tests {
    use super::Template;

    #[test]
    fn a_posted_page_does_not_start_the_app() {
        let index = r#"<!DOCTYPE html><html lang="zh-CN"><head><script src="/prefs.js"></script>
<script type="module" src="/boot.js" id="portal-boot" data-js="/p.js"></script><link rel="stylesheet" href="/app.css"/>
<link rel="modulepreload" href="/p.js" crossorigin="anonymous"></head><body></body></html>"#;
        let t = Template::parse(index).unwrap().without_app();
        assert!(!t.head.contains("boot.js") && !t.head.contains("modulepreload"), "{}", t.head);
        assert!(t.head.contains("/prefs.js") && t.head.contains("/app.css"), "{}", t.head);
    }
}
