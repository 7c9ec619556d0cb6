//! The prerenderer, natively: each route becomes a complete document in its language, with
//! its own title, description and canonical link, and the data the browser will reuse.
//! Run with `cargo test --features ssr --test prerender` (scripts/test does).
#![cfg(feature = "ssr")]

use portal::prerender::{self, Template};

const TEMPLATE: &str = r#"<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <script type="module">import init from '/portal-0123456789abcdef.js'; init();</script>
</head>
<body></body>
</html>"#;

fn render(path: &str) -> Result<String, String> {
    prerender::init(concat!(env!("CARGO_MANIFEST_DIR"), "/public/content").into());
    prerender::render(path, &Template::parse(TEMPLATE).unwrap())
}

#[test]
fn home_in_chinese_is_a_complete_document() {
    let html = render("/").unwrap();
    assert!(html.contains(r#"<html lang="zh-CN">"#), "{html}");
    assert!(html.contains("<title>深圳市人民政府口岸办公室 - 深圳市人民政府口岸办公室</title>"));
    assert!(html.contains(r#"<link href="https://ka.sz.gov.cn/" rel="canonical">"#), "{html}");
    assert!(html.contains(r#"<link href="https://ka.sz.gov.cn/en/" hreflang="en" rel="alternate">"#));
    assert!(html.contains(r#"<meta name="description""#));
    // The body is the page, not a loading state, and the footer facts are in it.
    assert!(html.contains("<h1"), "no heading");
    assert!(!html.contains(r#"role="status""#), "a loading state was prerendered");
    assert!(html.contains("4403000054"));
    // The data handover is there, and the module script stays.
    assert!(html.contains("__RESOLVED_RESOURCES=["));
    assert!(html.contains("/portal-0123456789abcdef.js"));
}

#[test]
fn english_static_page_has_its_language_title_and_data() {
    let html = render("/en/privacy").unwrap();
    assert!(html.contains(r#"<html lang="en">"#));
    assert!(!html.contains(r#"<html lang="zh-CN""#));
    assert!(html.contains("<title>Privacy - Port Office of the Shenzhen Municipal People&#39;s Government</title>")
        || html.contains("<title>Privacy - Port Office of the Shenzhen Municipal People's Government</title>"), "{html}");
    assert!(html.contains(r#"<link href="https://ka.sz.gov.cn/en/privacy" rel="canonical">"#));
    assert!(html.contains("Your rights"));
    // The page's JSON travels in the document, so the browser need not fetch it.
    assert!(html.contains("Personal Information Protection Law"));
}

#[test]
fn unknown_path_renders_the_404_page_without_canonical() {
    let html = render(prerender::NOT_FOUND_PROBE).unwrap();
    assert!(html.contains("页面未找到"));
    assert!(!html.contains(r#"rel="canonical""#));
}

#[test]
fn every_page_of_the_site_map_is_prerendered_once() {
    let pages = prerender::pages();
    let files: std::collections::BTreeSet<_> = pages.iter().map(|(_, f)| f.as_str()).collect();
    assert_eq!(files.len(), pages.len(), "two paths write the same file");
    for file in ["index.html", "about/index.html", "en/index.html", "en/sitemap/index.html", "404.html", "en/404.html"] {
        assert!(files.contains(file), "{file} missing from {files:?}");
    }
}

#[test]
fn an_already_prerendered_document_is_not_a_template() {
    let once = render("/").unwrap();
    assert!(Template::parse(&once).is_err());
}
