//! A broken bundle never becomes a published page: prerendering refuses it and says which
//! file is wrong and why. 
#![cfg(feature = "ssr")]

use portal::prerender::{self, Template};

#[test]
fn a_broken_site_json_fails_the_build_with_the_reason() {
    let dir = std::env::temp_dir().join(format!("portal-broken-bundle-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("site.json"), r#"{"schema": 2}"#).unwrap();
    prerender::init();
    let template = Template::parse("<html lang=\"zh-CN\"><head></head><body></body></html>").unwrap();
    let err = prerender::render_path("/", &template, &dir).unwrap_err();
    assert!(err.contains("site.json"), "{err}");
    assert!(err.contains("unsupported schema 2"), "{err}");
}
