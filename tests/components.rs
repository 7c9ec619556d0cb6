//! Component tests in a real browser (wasm-bindgen-test in headless Chromium): a component
//! is mounted into the document and checked through the DOM, as a user would meet it.
//! Run by scripts/test with `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use portal::api::ApiError;
use portal::components::error_view::ErrorView;
use portal::components::blocks::Blocks;
use portal::components::transcript::Transcript;
use portal_model::{Block, Lang, Page};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts a view into a fresh container, inside a router as in the app (headings render
/// breadcrumbs from the location), and returns the container.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + Send + 'static) -> web_sys::HtmlElement {
    let container: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        leptos_meta::provide_meta_context();
        // Children are built lazily, inside the router.
        view! { <leptos_router::components::Router>{view()}</leptos_router::components::Router> }
    });
    handle.forget();
    container
}

#[wasm_bindgen_test]
fn error_view_explains_and_retries() {
    let retries = RwSignal::new(0);
    let container = mount(move || {
        view! { <ErrorView error=ApiError::Status(503) on_retry=move |_| retries.update(|n| *n += 1)/> }
    });
    let h1 = container.query_selector("h1").unwrap().expect("a heading");
    assert_eq!(h1.text_content().unwrap(), "暂时无法显示此内容");
    assert!(container.text_content().unwrap().contains("代码 503"));

    let button: web_sys::HtmlElement =
        container.query_selector("button").unwrap().expect("a retry button").unchecked_into();
    assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    assert_eq!(button.text_content().unwrap(), "重新加载");
    button.click();
    button.click();
    assert_eq!(retries.get_untracked(), 2);
}

#[wasm_bindgen_test]
fn blocks_render_semantic_html_and_mark_fallback_language() {
    let json = r#"{"schema":1,"slug":"t","title":{"zh-CN":"t"},"summary":{"zh-CN":"s"},"updated":"2026-01-01",
      "blocks":[
        {"type":"heading","level":2,"text":{"zh-CN":"标题","en":"Heading"}},
        {"type":"paragraph","text":{"zh-CN":"只有中文"}},
        {"type":"list","ordered":true,"items":[{"zh-CN":"一","en":"one"},{"zh-CN":"二","en":"two"}]},
        {"type":"table","caption":{"zh-CN":"表","en":"Table"},"head":[{"zh-CN":"项","en":"Item"},{"zh-CN":"值","en":"Value"}],
         "rows":[[{"zh-CN":"电话","en":"Phone"},{"zh-CN":"0755-83394325"}]]}
      ]}"#;
    let page: Page = portal_model::parse("t.json", json).unwrap();
    let blocks: Vec<Block> = page.blocks;
    let container = mount(move || view! { <Blocks blocks=blocks lang=Lang::En/> });

    assert_eq!(container.query_selector("h2").unwrap().unwrap().text_content().unwrap(), "Heading");
    // A paragraph without an English text is shown in Chinese and says so.
    let p = container.query_selector("p").unwrap().unwrap();
    assert_eq!(p.text_content().unwrap(), "只有中文");
    assert_eq!(p.get_attribute("lang").as_deref(), Some("zh-CN"));
    assert_eq!(container.query_selector_all("ol > li").unwrap().length(), 2);
    // Tables have a caption, column headers and row headers.
    assert_eq!(container.query_selector("caption").unwrap().unwrap().text_content().unwrap(), "Table");
    assert_eq!(container.query_selector_all("th[scope=col]").unwrap().length(), 2);
    assert_eq!(
        container.query_selector("tbody th[scope=row]").unwrap().unwrap().text_content().unwrap(),
        "Phone"
    );
    // The number had no translation: its cell is marked zh-CN.
    assert_eq!(container.query_selector("td").unwrap().unwrap().get_attribute("lang").as_deref(), Some("zh-CN"));
}

#[wasm_bindgen_test]
fn a_transcript_names_who_speaks_before_each_turn() {
    let json = r#"{"schema":1,"id":"t","title":{"zh-CN":"访谈"},"status":"past","date":"2026-10-22","time":"14:30",
      "guests":[{"id":"wang","name":{"zh-CN":"王磊","en":"Wang Lei"},"role":{"zh-CN":"处长","en":"Director"}}],
      "summary":{"zh-CN":"摘要"},
      "transcript":[{"asker":{"zh-CN":"主持人","en":"Host"},"question":{"zh-CN":"问题？"},
        "answers":[{"guest":"wang","text":{"zh-CN":"回答。","en":"Answer."}}]}]}"#;
    let interview: portal_model::interview::Interview = portal_model::parse("t.json", json).unwrap();
    let (transcript, guests) = (interview.transcript, interview.guests);
    let container = mount(move || view! { <Transcript transcript=transcript guests=guests lang=Lang::En/> });

    // A heading per question, then a description list: who speaks (dt), what they said (dd).
    assert_eq!(container.query_selector("ol > li > h3").unwrap().unwrap().text_content().unwrap(), "Question 1");
    let terms = container.query_selector_all("dl > div > dt").unwrap();
    assert_eq!(terms.length(), 2);
    assert_eq!(terms.item(0).unwrap().text_content().unwrap(), "Asked by Host");
    assert_eq!(terms.item(1).unwrap().text_content().unwrap(), "Answered by Wang Lei Director");
    let said = container.query_selector_all("dl > div > dd").unwrap();
    // The question has no English text: shown in Chinese, and marked so.
    let question: web_sys::Element = said.item(0).unwrap().unchecked_into();
    assert_eq!(question.text_content().unwrap(), "问题？");
    assert_eq!(question.get_attribute("lang").as_deref(), Some("zh-CN"));
    let answer: web_sys::Element = said.item(1).unwrap().unchecked_into();
    assert_eq!(answer.text_content().unwrap(), "Answer.");
    assert_eq!(answer.get_attribute("lang"), None);
}
