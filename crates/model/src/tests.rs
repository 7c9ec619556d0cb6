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

#[cfg(feature = "error-paths")] // the path in the error
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

#[cfg(feature = "error-paths")] // the path in the error
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

#[cfg(feature = "error-paths")] // the path in the error
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

#[cfg(feature = "error-paths")] // the path in the error
#[test]
fn an_empty_translation_is_refused_with_its_language() {
    let json = site_with(|v| v["office"]["name"]["zh-HK"] = "  ".into());
    let err = parse::<Site>("site.json", &json).unwrap_err();
    assert!(err.to_string().contains("the zh-HK text is empty"), "{err}");
    assert!(err.to_string().contains("office.name"), "{err}");
}

// --- URLs and ids (url.rs) ---

fn refused(url: &str, kind: UrlKind) -> String {
    match check_url(url, kind) {
        Ok(()) => panic!("{url:?} was accepted as {kind:?}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn good_urls_are_accepted_for_their_fields() {
    for (url, kind) in [
        ("/", UrlKind::SitePath),
        ("/about", UrlKind::SitePath),
        ("/news/20240315-01", UrlKind::SitePath),
        ("/news/list/port-news/2024/1", UrlKind::SitePath),
        ("/about#contact", UrlKind::Link),
        ("https://www.gov.cn/zhengce/", UrlKind::Link),
        ("http://example.org", UrlKind::Link),
        ("tel:+86-755-83394325", UrlKind::Link),
        ("tel:12345", UrlKind::Link),
        ("mailto:office@example.org?subject=Hello", UrlKind::Link),
        ("https://ka.sz.gov.cn", UrlKind::Origin),
        ("http://localhost:8080", UrlKind::Origin),
        ("http://127.0.0.1:8080", UrlKind::Origin),
        ("https://beian.miit.gov.cn/", UrlKind::Web),
        ("https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=44030402002824", UrlKind::Web),
        ("/files/20240315-01-data.csv", UrlKind::Attachment),
        ("/files/report.pdf", UrlKind::Attachment),
        ("tel:+86-755-83394325", UrlKind::SecurityContact),
        ("mailto:security@example.org", UrlKind::SecurityContact),
        ("https://example.org/security", UrlKind::SecurityContact),
    ] {
        assert_eq!(check_url(url, kind), Ok(()), "{url} as {kind:?}");
    }
}

#[test]
fn script_and_data_schemes_are_refused_however_written() {
    for kind in [UrlKind::SitePath, UrlKind::Link, UrlKind::Web, UrlKind::Origin, UrlKind::Attachment, UrlKind::SecurityContact] {
        for url in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "\tjavascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
        ] {
            let reason = refused(url, kind);
            assert!(reason.contains("javascript: URLs are not allowed"), "{url:?} {kind:?}: {reason}");
        }
        for (url, scheme) in [
            ("data:text/html,<script>alert(1)</script>", "data"),
            ("vbscript:msgbox(1)", "vbscript"),
            ("file:///etc/passwd", "file"),
            ("ftp://example.org/x", "ftp"),
        ] {
            assert!(refused(url, kind).contains(&format!("{scheme}: URLs are not allowed")), "{url} {kind:?}");
        }
    }
}

#[test]
fn each_field_accepts_only_its_schemes() {
    assert!(refused("https://example.org", UrlKind::SitePath).contains("https: URLs are not allowed"));
    assert!(refused("tel:+8675583394325", UrlKind::Web).contains("tel: URLs are not allowed"));
    assert!(refused("mailto:a@example.org", UrlKind::Origin).contains("mailto: URLs are not allowed"));
    assert!(refused("http://example.org/x", UrlKind::SecurityContact).contains("http: URLs are not allowed"));
    assert!(refused("/about", UrlKind::Web).contains("expected an https:// or http:// address"));
    assert!(refused("/about", UrlKind::SecurityContact).contains("expected"));
    assert!(refused("https://example.org/a.pdf", UrlKind::Attachment).contains("https: URLs are not allowed"));
    assert!(refused("about", UrlKind::Link).contains("expected a path on this site"));
    assert!(refused("", UrlKind::Link).contains("empty"));
}

#[test]
fn site_paths_that_leave_the_site_or_the_folder_are_refused() {
    for (url, why) in [
        ("//news", "//"),
        ("/news//x", "//"),
        ("/\\evil.example", "backslash"),
        ("/%2F%2Fevil.example", "%2F"),
        ("/%2f", "%2F"),
        ("/%5Cevil", "%5C"),
        ("/%2e%2e/x", "%2E"),
        ("/about%00", "%00"),
        ("/about%0a", "%0A"),
        ("/about%zz", "two hex digits"),
        ("/about%+F", "two hex digits"),
        ("/about%", "two hex digits"),
        ("/../etc", "\"..\""),
        ("/news/../x", "\"..\""),
        ("/./about", "\".\""),
        ("/about/.", "\".\""),
        ("/about us", "space"),
        ("/about\u{0}", "control"),
        ("/about\u{202e}", "invisible"),
        ("/about\"><script>", "\""),
        ("/关于", "ASCII"),
    ] {
        let reason = refused(url, UrlKind::SitePath);
        assert!(reason.contains(why), "{url:?}: {reason}");
        assert!(!reason.contains('\n'), "{reason}");
    }
}

#[test]
fn web_addresses_need_a_plain_host() {
    for (url, why) in [
        ("https://", "no host"),
        ("https:///x", "no host"),
        ("https:example.org", "https://"),
        ("https:/example.org", "https://"),
        ("https:\\\\example.org", "backslash"),
        ("https://ka.sz.gov.cn@evil.example/", "@"),
        ("https://exa mple.org", "space"),
        ("https://例子.中国/", "xn--"),
        ("https://-bad-.org", "host"),
        ("https://example.org:99999/", "port"),
    ] {
        let reason = refused(url, UrlKind::Web);
        assert!(reason.contains(why), "{url:?}: {reason}");
    }
}

#[test]
fn the_origin_is_scheme_and_host_only() {
    assert!(refused("https://ka.sz.gov.cn/", UrlKind::Origin).contains("trailing /"));
    assert!(refused("https://ka.sz.gov.cn/news", UrlKind::Origin).contains("no path"));
    assert!(refused("https://ka.sz.gov.cn?x=1", UrlKind::Origin).contains("no path"));
    assert!(refused("http://ka.sz.gov.cn", UrlKind::Origin).contains("http: is only for localhost"));
    assert!(refused("https://KA.sz.gov.cn", UrlKind::Origin).contains("lower case"));
}

#[test]
fn tel_and_mailto_must_be_well_formed() {
    assert!(refused("tel:", UrlKind::Link).contains("phone number"));
    assert!(refused("tel:call-me", UrlKind::Link).contains("phone number"));
    assert!(refused("tel:+1234567890123456", UrlKind::Link).contains("phone number"));
    assert!(refused("mailto:", UrlKind::Link).contains("e-mail address"));
    assert!(refused("mailto:nobody", UrlKind::Link).contains("e-mail address"));
    assert!(refused("mailto:a@b@example.org", UrlKind::Link).contains("e-mail address"));
    assert!(refused("mailto:a@localhost", UrlKind::SecurityContact).contains("e-mail address"));
}

#[test]
fn attachments_live_under_files_with_a_known_extension() {
    assert!(refused("/about.pdf", UrlKind::Attachment).contains("/files/"));
    assert!(refused("/files/", UrlKind::Attachment).contains("file name"));
    assert!(refused("/files/report", UrlKind::Attachment).contains("extension"));
    assert!(refused("/files/x.html", UrlKind::Attachment).contains(".html is not one of"));
    assert!(refused("/files/x.svg", UrlKind::Attachment).contains(".svg is not one of"));
    assert!(refused("/files/x.PDF", UrlKind::Attachment).contains(".PDF is not one of"));
    assert!(refused("/files/x.pdf?download=1", UrlKind::Attachment).contains("? or #"));
    assert!(refused("/files/../site.json", UrlKind::Attachment).contains("\"..\""));
}

#[test]
fn a_long_hostile_url_is_quoted_short_on_one_line() {
    let url = format!("javascript:{}\n", "a".repeat(10_000));
    let reason = refused(&url, UrlKind::Link);
    assert!(reason.len() < 300, "{reason}");
    assert!(!reason.contains('\n'));
}

#[test]
fn ids_are_lowercase_ascii_words() {
    for id in ["news", "port-news", "a", "2024", &"a".repeat(64)] {
        assert_eq!(check_id(id), Ok(()), "{id}");
    }
    for (id, why) in [
        ("", "empty"),
        (&"a".repeat(65) as &str, "65 characters"),
        ("../../x", "\".\""),
        ("a/b", "\"/\""),
        ("port news", "\" \""),
        ("News", "\"N\""),
        ("新闻", "\"新\""),
        ("-news", "start or end"),
        ("news-", "start or end"),
    ] {
        let reason = check_id(id).expect_err(id).to_string();
        assert!(reason.contains(why), "{id:?}: {reason}");
        assert!(reason.contains("a-z, 0-9 and -") || why == "empty" || why.contains("characters") || why == "start or end", "{reason}");
    }
}

#[test]
fn the_demo_wechat_account_is_sample_content_with_a_picture_and_its_text() {
    let site: Site = parse("site.json", SITE).unwrap();
    let account = site.wechat.expect("the demo bundle has a WeChat account");
    assert!(account.sample, "the demo account is not the office's: marked sample");
    assert_eq!(account.qr, "/images/wechat-account-qr.svg");
    assert!(check_url(&account.qr, UrlKind::Image).is_ok());
    assert!(WechatAccount::check_id(&account.id).is_ok());
    assert!(!account.qr_alt.in_lang(Lang::En).is_empty());
}

#[cfg(feature = "error-paths")] // the path in the error
#[test]
fn the_wechat_account_is_optional_and_takes_no_unknown_field() {
    let json = site_with(|v| {
        v.as_object_mut().unwrap().remove("wechat");
    });
    assert_eq!(parse::<Site>("site.json", &json).unwrap().wechat, None);
    let json = site_with(|v| {
        v["wechat"]["url"] = "https://weixin.qq.com/r/x".into();
    });
    let err = parse::<Site>("site.json", &json).unwrap_err();
    assert!(err.to_string().contains("$.wechat"), "{err}");
    let json = site_with(|v| {
        v["wechat"].as_object_mut().unwrap().remove("qr_alt");
    });
    let err = parse::<Site>("site.json", &json).unwrap_err();
    assert!(err.to_string().contains("qr_alt"), "{err}");
}

#[test]
fn wechat_ids_are_what_wechat_allows() {
    for good in ["szkab1", "sample-szka", "Port_Office_2026", "a2345678901234567890"] {
        assert_eq!(WechatAccount::check_id(good), Ok(()), "{good}");
    }
    for (bad, why) in [
        ("", "0 characters"),
        ("abcde", "5 characters"),
        ("a23456789012345678901", "21 characters"),
        ("1abcdef", "start with a letter"),
        ("_abcdef", "start with a letter"),
        ("abc def", "' '"),
        ("深圳口岸办公室", "start with a letter"),
        ("abc<script>", "'<'"),
    ] {
        let err = WechatAccount::check_id(bad).unwrap_err();
        assert!(err.contains(why), "{bad}: {err}");
    }
}

/// The browser's build (without `error-paths`) still refuses a bad file, with its line and
/// column. Run by scripts/test: `cargo test -p portal-model --no-default-features`.
#[cfg(not(feature = "error-paths"))]
#[test]
fn without_paths_an_invalid_file_names_its_line_and_column() {
    let err = crate::parse::<crate::Site>("site.json", "{\"schema\": 1,\n \"name\": 5}").unwrap_err();
    match err {
        crate::BundleError::Invalid { file, path, .. } => {
            assert_eq!(file, "site.json");
            assert!(path.starts_with("line 2, column"), "{path}");
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    let newer = crate::parse::<crate::Site>("site.json", "{\"schema\": 2}").unwrap_err();
    assert!(matches!(newer, crate::BundleError::UnsupportedSchema { .. }), "{newer:?}");
    let broken = crate::parse::<crate::Site>("site.json", "{\"schema\": 1,").unwrap_err();
    assert!(matches!(broken, crate::BundleError::Syntax { .. }), "{broken:?}");
}
