//! Build-time rendering of every route to a full HTML document (feature `ssr`).
//!
//! The same `App` that runs in the browser is rendered natively for each path, its data
//! read from the bundle on disk. Each document carries the page's title, description and
//! canonical link, the rendered body, and the resolved data (`__RESOLVED_RESOURCES`), so
//! the browser's hydration reuses it instead of fetching it again. Without JavaScript the
//! document reads fully on its own.
//!
//! Used by `src/bin/prerender.rs`; the recipe (shared context, `RequestUrl`, in-order
//! stream, `pending_data`) is the one verified in `shared/reference/toolchain.md`.

use crate::routes;
use crate::App;
use futures::StreamExt;
use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use leptos_meta::ServerMetaContext;
use leptos_router::location::RequestUrl;
use portal_model::news::{derive, NewsItem};
use portal_model::{Lang, Site};
use std::path::Path;
use std::sync::Arc;

/// Marks a document this tool wrote, so that it is never taken for Trunk's template.
pub const MARKER: &str = r#"<meta name="generator" content="portal-prerender">"#;

/// A path the route table does not know, rendered as each language's 404 page.
pub const NOT_FOUND_PROBE: &str = "/__not-found__";

/// Trunk's `index.html`, cut where the rendered body goes.
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
        let head = index_html[..body_open + "<body>".len()]
            .replacen(r#"<html lang="zh-CN">"#, "<html>", 1)
            .replacen("<head>", &format!("<head>{MARKER}"), 1)
            // Where leptos_meta puts the page's <title>, <meta> and <link>s; in the browser
            // it looks for the same marker to take them over (it panics without it).
            .replacen("</head>", "<!--HEAD--></head>", 1);
        Ok(Template { head: without_wasm_preload(&head), tail: index_html[body_close..].to_string() })
    }
}

/// Drops Trunk's `<link rel="preload" … type="application/wasm">`. With prerendered pages
/// the text does not wait for the wasm, but a preloaded wasm (about 300 KB) competes with the
/// HTML and CSS for a slow connection at high priority and delays the first paint; the
/// module script still fetches it right after parsing. Measured with scripts/lighthouse.
fn without_wasm_preload(head: &str) -> String {
    let mut out = String::with_capacity(head.len());
    let mut rest = head;
    while let Some(start) = rest.find("<link rel=\"preload\"") {
        let Some(len) = rest[start..].find('>') else { break };
        let tag = &rest[start..start + len + 1];
        out.push_str(&rest[..start]);
        if !tag.contains("application/wasm") {
            out.push_str(tag);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// Every path to prerender, each with the file it is written to (relative to dist/): the
/// routes without parameters, every list page of every filter and every item (from the
/// bundle in `content_dir`, derived the way the content tool derives them), and the 404
/// page, in every language.
pub fn pages(content_dir: &Path) -> Result<Vec<(String, String)>, String> {
    let read = |file: &str| {
        std::fs::read_to_string(content_dir.join(file)).map_err(|e| format!("{}: {e}", content_dir.join(file).display()))
    };
    let site: Site = portal_model::parse("site.json", &read("site.json")?).map_err(|e| e.to_string())?;
    let items_dir = content_dir.join("news/items");
    let mut items = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&items_dir) {
        for entry in entries.filter_map(Result::ok) {
            let name = format!("news/items/{}", entry.file_name().to_string_lossy());
            items.push(portal_model::parse::<NewsItem>(&name, &read(&name)?).map_err(|e| e.to_string())?);
        }
    }
    let derived = derive(&site.sections, &items);

    let mut neutral: Vec<String> = routes::ALL.iter().filter(|r| !r.path.contains(':')).map(|r| r.path.to_string()).collect();
    neutral.extend(derived.lists.iter().map(|l| l.filter.path(&l.section, l.page)));
    neutral.extend(derived.items.iter().map(|p| format!("/{}/{}", p.section, p.item.id)));

    let mut seen = std::collections::BTreeSet::new();
    let mut pages = Vec::new();
    for lang in Lang::ALL {
        for path in &neutral {
            let path = lang.localize_path(path);
            let file = format!("{}/index.html", path.trim_end_matches('/')).trim_start_matches('/').to_string();
            if seen.insert(file.clone()) {
                pages.push((path, file));
            }
        }
        let file = format!("{}/404.html", lang.url_prefix()).trim_start_matches('/').to_string();
        pages.push((lang.localize_path(NOT_FOUND_PROBE), file));
    }
    Ok(pages)
}

/// Marks a document as the 404 page. The server sends it for any unknown URL, and the app
/// must not hydrate it: at `/news/<unknown id>` the router would build the item page, not
/// the 404 page that was rendered, and hydration would fail. The 404 page needs no app (its
/// links are plain links), so `main.rs` leaves such a document as it is.
pub fn mark_not_found(html: &str) -> String {
    html.replacen("<html", r#"<html data-status="404""#, 1)
}

/// Renders one path to a complete document. Call [`init`] once first.
///
/// A page that rendered the error view (its bundle file is missing or broken) is refused:
/// the build fails with the reason instead of publishing an error page as content.
pub fn render(path: &str, template: &Template) -> Result<String, String> {
    let html = futures::executor::block_on(render_async(path, template));
    if html.contains(r#"class="error-view""#) {
        let detail = html
            .split_once("<pre>")
            .and_then(|(_, rest)| rest.split_once("</pre>"))
            .map(|(detail, _)| detail)
            .unwrap_or("unknown error");
        return Err(format!("{path}: the page could not load its content: {detail}"));
    }
    Ok(html)
}

/// Starts the executor that resources run on while rendering.
pub fn init(content_dir: std::path::PathBuf) {
    let _ = any_spawner::Executor::init_futures_executor();
    crate::api::set_content_dir(content_dir);
}

async fn render_async(path: &str, template: &Template) -> String {
    let shared = Arc::new(SsrSharedContext::new());
    let owner = Owner::new_root(Some(shared.clone()));
    let (body_stream, meta) = owner.with(|| {
        provide_context(RequestUrl::new(path));
        let (meta, meta_output) = ServerMetaContext::new();
        provide_context(meta);
        (App().to_html_stream_in_order(), meta_output)
    });
    // In order: every <Suspense> has resolved, so the body is complete HTML, never a
    // loading state.
    let body = body_stream.collect::<Vec<String>>().await.concat();
    let data = match shared.pending_data() {
        Some(stream) => stream.collect::<Vec<String>>().await.concat(),
        None => String::new(),
    };
    // The data script must exist on every page, even empty, or hydration panics.
    let document = format!("{}{}<script>{}</script>{}", template.head, body, data, template.tail);
    // Title, meta and <html lang> are known only now that the whole body has rendered.
    let injected = meta.inject_meta_context(futures::stream::once(async move { document }).boxed()).await;
    let html = injected.collect::<Vec<String>>().await.concat();
    drop(owner);
    html
}
