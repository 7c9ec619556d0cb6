//! Each class of bundle error, with a small broken file as fixture, and the demo bundle.

use super::*;

const SITE: &str = include_str!("../../../public/content/site.json");

fn site_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(SITE).unwrap();
    edit(&mut v);
    v.to_string()
}

#[test]
fn demo_site_parses_with_the_offices_facts() {
    let site: Site = parse("site.json", SITE).expect("demo site.json is valid");
    assert_eq!(site.footer.site_code, "4403000054");
    assert_eq!(site.footer.postcode, "518026");
    assert_eq!(site.footer.icp.text.in_lang(Lang::ZhCn), "粤ICP备19001328号");
    assert_eq!(site.office.name.in_lang(Lang::ZhCn), "深圳市人民政府口岸办公室");
    // The office phone of the footer (0755-83394325) as an RFC 3966 URI.
    assert_eq!(site.footer.phone, "0755-83394325");
    assert_eq!(site.security_contact, ["tel:+86-755-83394325"]);
}

#[test]
fn security_contact_is_required() {
    let json = site_with(|v| {
        v.as_object_mut().unwrap().remove("security_contact");
    });
    let err = parse::<Site>("site.json", &json).unwrap_err();
    assert!(err.to_string().contains("security_contact"), "{err}");
}

#[test]
fn demo_pages_parse() {
    for (file, json) in [
        ("about.json", include_str!("../../../public/content/pages/about.json")),
        ("copyright.json", include_str!("../../../public/content/pages/copyright.json")),
        ("privacy.json", include_str!("../../../public/content/pages/privacy.json")),
        ("accessibility.json", include_str!("../../../public/content/pages/accessibility.json")),
    ] {
        let page: Page = parse(file, json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(format!("{}.json", page.slug), file);
        assert!(!page.blocks.is_empty());
    }
}

#[test]
fn not_json_is_a_syntax_error_with_position() {
    let err = parse::<Site>("site.json", "{\"schema\": 1,\n  oops }").unwrap_err();
    match err {
        BundleError::Syntax { line, .. } => assert_eq!(line, 2),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn unknown_schema_version_is_refused_before_fields() {
    let json = site_with(|v| v["schema"] = 2.into());
    let err = parse::<Site>("site.json", &json).unwrap_err();
    assert_eq!(err, BundleError::UnsupportedSchema { file: "site.json".into(), found: Some("2".into()) });
    assert!(err.to_string().contains("unsupported schema 2"));
}

#[test]
fn missing_schema_is_refused() {
    let json = site_with(|v| {
        v.as_object_mut().unwrap().remove("schema");
    });
    let err = parse::<Site>("site.json", &json).unwrap_err();
    assert_eq!(err, BundleError::UnsupportedSchema { file: "site.json".into(), found: None });
}

#[test]
fn missing_field_names_its_json_path() {
    let json = site_with(|v| {
        v["footer"].as_object_mut().unwrap().remove("phone");
    });
    let err = parse::<Site>("site.json", &json).unwrap_err();
    match &err {
        BundleError::Invalid { path, reason, .. } => {
            assert_eq!(path, "$.footer");
            assert!(reason.contains("phone"), "{reason}");
        }
        other => panic!("expected invalid, got {other:?}"),
    }
}

#[test]
fn text_without_zh_cn_is_refused() {
    let json = site_with(|v| v["navigation"][1]["label"] = serde_json::json!({ "en": "About" }));
    let err = parse::<Site>("site.json", &json).unwrap_err();
    match &err {
        BundleError::Invalid { path, reason, .. } => {
            assert_eq!(path, "$.navigation[1].label");
            assert!(reason.contains("zh-CN"), "{reason}");
        }
        other => panic!("expected invalid, got {other:?}"),
    }
}

#[test]
fn unknown_language_is_refused() {
    let json = site_with(|v| v["office"]["name"]["fr"] = "Bureau".into());
    let err = parse::<Site>("site.json", &json).unwrap_err();
    assert!(err.to_string().contains("unknown language \"fr\""), "{err}");
}

#[test]
fn unknown_field_is_refused() {
    let json = site_with(|v| v["footer"]["phnoe"] = "1".into());
    let err = parse::<Site>("site.json", &json).unwrap_err();
    assert!(err.to_string().contains("phnoe"), "{err}");
}

#[test]
fn heading_level_out_of_range_is_refused() {
    let json = r#"{"schema":1,"slug":"x","title":{"zh-CN":"x"},"summary":{"zh-CN":"x"},"updated":"2026-01-01",
        "blocks":[{"type":"heading","level":1,"text":{"zh-CN":"x"}}]}"#;
    let err = parse::<Page>("x.json", json).unwrap_err();
    assert!(err.to_string().contains("$.blocks[0]"), "{err}");
    assert!(err.to_string().contains("level 1"), "{err}");
}

#[test]
fn unknown_block_type_is_refused() {
    let json = r#"{"schema":1,"slug":"x","title":{"zh-CN":"x"},"summary":{"zh-CN":"x"},"updated":"2026-01-01",
        "blocks":[{"type":"html","text":{"zh-CN":"<b>x</b>"}}]}"#;
    let err = parse::<Page>("x.json", json).unwrap_err();
    assert!(err.to_string().contains("unknown variant `html`"), "{err}");
}

#[test]
fn text_falls_back_to_zh_cn_and_says_so() {
    let text = Text::from("只有中文");
    let shown = text.get(Lang::En);
    assert_eq!(shown, Localized { text: "只有中文", lang: Lang::ZhCn });
}

#[test]
fn language_comes_from_the_path() {
    assert_eq!(Lang::from_path("/"), Lang::ZhCn);
    assert_eq!(Lang::from_path("/about"), Lang::ZhCn);
    assert_eq!(Lang::from_path("/en"), Lang::En);
    assert_eq!(Lang::from_path("/en/about"), Lang::En);
    assert_eq!(Lang::from_path("/english"), Lang::ZhCn);
    assert_eq!(Lang::strip_prefix("/en/about"), "/about");
    assert_eq!(Lang::strip_prefix("/en"), "/");
    assert_eq!(Lang::strip_prefix("/about"), "/about");
    assert_eq!(Lang::En.localize_path("/about"), "/en/about");
    assert_eq!(Lang::ZhCn.localize_path("/"), "/");
}

#[test]
fn traditional_chinese_has_its_own_prefix() {
    assert_eq!(Lang::from_path("/zh-hk/about"), Lang::ZhHk);
    assert_eq!(Lang::from_path("/zh-HK"), Lang::ZhHk);
    assert_eq!(Lang::strip_prefix("/zh-hk/news/20240315-01"), "/news/20240315-01");
    assert_eq!(Lang::ZhHk.localize_path("/"), "/zh-hk/");
    assert_eq!(Lang::ZhHk.tag(), "zh-HK");
}

#[test]
fn browser_tags_map_to_the_portal_languages() {
    for tag in ["zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW", "zh_TW", "ZH-hk"] {
        assert_eq!(Lang::from_tag(tag), Some(Lang::ZhHk), "{tag}");
    }
    for tag in ["zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-HK", "zh-cn"] {
        assert_eq!(Lang::from_tag(tag), Some(Lang::ZhCn), "{tag}");
    }
    for tag in ["en", "en-GB", "en-US"] {
        assert_eq!(Lang::from_tag(tag), Some(Lang::En), "{tag}");
    }
    assert_eq!(Lang::from_tag("fr-FR"), None);
    assert_eq!(Lang::from_tag(""), None);
}

#[test]
fn accept_language_is_read_in_order_of_preference() {
    assert_eq!(Lang::negotiate("zh-TW,zh;q=0.9,en;q=0.8"), Some(Lang::ZhHk));
    assert_eq!(Lang::negotiate("fr-FR, en;q=0.5, zh-Hant;q=0.7"), Some(Lang::ZhHk));
    assert_eq!(Lang::negotiate("en-US,en;q=0.9"), Some(Lang::En));
    assert_eq!(Lang::negotiate("zh-SG"), Some(Lang::ZhCn));
    assert_eq!(Lang::negotiate("zh-HK;q=0, zh-CN;q=0.1"), Some(Lang::ZhCn));
    assert_eq!(Lang::negotiate("fr, de"), None);
    assert_eq!(Lang::negotiate(""), None);
}

#[test]
fn fill_texts_adds_converted_texts_and_keeps_an_editors_own() {
    let mut file = serde_json::json!({
        "schema": 1,
        "title": {"zh-CN": "口岸", "en": "Ports"},
        "blocks": [{"type": "paragraph", "text": {"zh-CN": "开放", "zh-HK": "編者自譯"}}],
        "id": "not-a-text"
    });
    fill_texts(&mut file, Lang::ZhHk, &mut |s| format!("[{s}]"));
    assert_eq!(file["title"]["zh-HK"], "[口岸]");
    assert_eq!(file["blocks"][0]["text"]["zh-HK"], "編者自譯");
    assert_eq!(file["id"], "not-a-text");
    assert_eq!(file["schema"], 1);
}

#[test]
fn an_empty_translation_is_refused_with_its_language() {
    let json = site_with(|v| v["office"]["name"]["zh-HK"] = "  ".into());
    let err = parse::<Site>("site.json", &json).unwrap_err();
    assert!(err.to_string().contains("the zh-HK text is empty"), "{err}");
    assert!(err.to_string().contains("office.name"), "{err}");
}
