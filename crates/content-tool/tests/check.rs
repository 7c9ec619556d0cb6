//! Each class of problem `content check` catches, each with a small broken bundle made
//! from the demo bundle by one edit, and the line it must print.

use content_tool::check::load_and_check;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/content");

/// A fresh copy of a small bundle: the demo's site.json and pages, two items, one
/// attachment file. Returns the bundle dir (`<tmp>/content`).
fn fixture(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("content-check-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let dir = root.join("content");
    std::fs::create_dir_all(dir.join("pages")).unwrap();
    std::fs::create_dir_all(dir.join("news/items")).unwrap();
    std::fs::create_dir_all(root.join("files")).unwrap();
    std::fs::create_dir_all(root.join("images")).unwrap();
    std::fs::copy(Path::new(DEMO).join("site.json"), dir.join("site.json")).unwrap();
    // The WeChat account's QR code, which site.json names.
    std::fs::copy(Path::new(DEMO).join("../images/wechat-account-qr.svg"), root.join("images/wechat-account-qr.svg")).unwrap();
    for page in ["about", "copyright", "privacy", "accessibility"] {
        std::fs::copy(Path::new(DEMO).join(format!("pages/{page}.json")), dir.join(format!("pages/{page}.json"))).unwrap();
    }
    std::fs::create_dir_all(dir.join("disclosure/entries")).unwrap();
    for file in ["home", "guide", "catalogue"] {
        std::fs::copy(Path::new(DEMO).join(format!("disclosure/{file}.json")), dir.join(format!("disclosure/{file}.json"))).unwrap();
    }
    std::fs::copy(Path::new(DEMO).join("knowledge.json"), dir.join("knowledge.json")).unwrap();
    write_checkpoints(&dir, |_| {});
    std::fs::write(root.join("files/data.csv"), "a,b\n1,2\n").unwrap();
    write_item(&dir, &item("20240315-01", "notices", "2024-03-15"));
    let mut second = item("20240316-01", "port-news", "2024-03-16");
    second["attachments"] = json!([{ "title": { "zh-CN": "数据" }, "href": "/files/data.csv", "kind": "csv", "bytes": 8 }]);
    write_item(&dir, &second);
    dir
}

fn item(id: &str, category: &str, date: &str) -> Value {
    json!({
        "schema": 1, "id": id, "sample": true, "category": category, "date": date,
        "source": { "zh-CN": "市口岸办" }, "title": { "zh-CN": "标题" }, "summary": { "zh-CN": "摘要" },
        "tags": ["罗湖口岸"],
        "body": [{ "type": "paragraph", "text": { "zh-CN": "正文" } }]
    })
}

fn write_item(dir: &Path, item: &Value) {
    let id = item["id"].as_str().unwrap();
    std::fs::write(dir.join(format!("news/items/{id}.json")), item.to_string()).unwrap();
}

fn edit(dir: &Path, file: &str, f: impl FnOnce(&mut Value)) {
    let path = dir.join(file);
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    f(&mut v);
    std::fs::write(path, v.to_string()).unwrap();
}

/// The printed problem lines.
fn problems(dir: &Path) -> Vec<String> {
    load_and_check(dir).1.iter().map(|p| p.to_string()).collect()
}

fn assert_one(dir: &Path, expected: &str) {
    let found = problems(dir);
    assert_eq!(found.len(), 1, "expected one problem, got {found:#?}");
    assert!(found[0].contains(expected), "{:?} does not contain {expected:?}", found[0]);
}

#[test]
fn the_fixture_and_the_demo_bundle_are_clean() {
    assert_eq!(problems(&fixture("clean")), Vec::<String>::new());
    let (bundle, demo) = load_and_check(Path::new(DEMO));
    assert_eq!(demo, vec![]);
    assert!(bundle.items.len() >= 120, "the demo has {} items", bundle.items.len());
}

#[test]
fn unknown_schema_version() {
    let dir = fixture("schema");
    edit(&dir, "news/items/20240315-01.json", |v| v["schema"] = json!(2));
    assert_one(&dir, "news/items/20240315-01.json: $.schema: unsupported schema 2");
}

#[test]
fn not_json() {
    let dir = fixture("syntax");
    std::fs::write(dir.join("pages/about.json"), "{ \"schema\": 1,").unwrap();
    assert_one(&dir, "pages/about.json: $: not valid JSON at line 1, column");
}

#[test]
fn missing_required_field_names_its_path() {
    let dir = fixture("missing");
    edit(&dir, "news/items/20240315-01.json", |v| {
        v.as_object_mut().unwrap().remove("title");
    });
    assert_one(&dir, "news/items/20240315-01.json: $: missing field `title`");
}

#[test]
fn bad_date() {
    let dir = fixture("date");
    edit(&dir, "news/items/20240315-01.json", |v| v["date"] = json!("2024-02-30"));
    assert_one(&dir, "$.date: \"2024-02-30\": day 30 does not exist");
}

#[test]
fn id_that_differs_from_its_date() {
    let dir = fixture("id-date");
    edit(&dir, "news/items/20240315-01.json", |v| v["date"] = json!("2024-03-14"));
    assert_one(&dir, "$.id: \"20240315-01\" does not start with its date 2024-03-14");
}

#[test]
fn duplicate_id() {
    let dir = fixture("duplicate");
    let mut copy = item("20240315-01", "notices", "2024-03-15");
    copy["title"] = json!({ "zh-CN": "另一条" });
    std::fs::write(dir.join("news/items/20240315-01 copy.json"), copy.to_string()).unwrap();
    let found = problems(&dir);
    assert!(found.iter().any(|p| p.contains("\"20240315-01\" is also the id of")), "{found:#?}");
}

#[test]
fn unknown_category() {
    let dir = fixture("category");
    edit(&dir, "news/items/20240315-01.json", |v| v["category"] = json!("gossip"));
    assert_one(&dir, "$.category: \"gossip\" is not a category of any section");
}

#[test]
fn dangling_link_in_a_body() {
    let dir = fixture("link");
    edit(&dir, "news/items/20240315-01.json", |v| {
        v["body"].as_array_mut().unwrap().push(json!({ "type": "link", "text": { "zh-CN": "旧文" }, "href": "/news/20000101-01" }));
    });
    assert_one(&dir, "$.body[1].href: \"/news/20000101-01\" does not lead to a page");
}

#[test]
fn a_link_to_an_item_of_the_site_resolves() {
    let dir = fixture("good-link");
    edit(&dir, "news/items/20240315-01.json", |v| {
        v["body"].as_array_mut().unwrap().push(json!({ "type": "link", "text": { "zh-CN": "相关" }, "href": "/news/20240316-01" }));
    });
    assert_eq!(problems(&dir), Vec::<String>::new());
}

#[test]
fn navigation_to_a_page_the_site_does_not_have() {
    let dir = fixture("nav");
    edit(&dir, "site.json", |v| v["navigation"][4]["path"] = json!("/no-such-page"));
    assert_one(&dir, "site.json: $.navigation[4].path: \"/no-such-page\" is not a page of the site");
}

#[test]
fn missing_attachment_file_and_wrong_size() {
    let dir = fixture("attachment");
    edit(&dir, "news/items/20240316-01.json", |v| v["attachments"][0]["bytes"] = json!(9));
    assert_one(&dir, "$.attachments[0].bytes: says 9 but /files/data.csv has 8 bytes");
    edit(&dir, "news/items/20240316-01.json", |v| v["attachments"][0]["href"] = json!("/files/gone.csv"));
    assert_one(&dir, "$.attachments[0].href: /files/gone.csv does not exist");
}

#[test]
fn ragged_table() {
    let dir = fixture("table");
    edit(&dir, "news/items/20240315-01.json", |v| {
        v["body"].as_array_mut().unwrap().push(json!({
            "type": "table", "caption": { "zh-CN": "表" },
            "head": [{ "zh-CN": "a" }, { "zh-CN": "b" }],
            "rows": [[{ "zh-CN": "1" }]]
        }));
    });
    assert_one(&dir, "$.body[1].rows[0]: has 1 cells but the head has 2");
}

#[test]
fn missing_static_page() {
    let dir = fixture("page");
    std::fs::remove_file(dir.join("pages/privacy.json")).unwrap();
    assert_one(&dir, "pages/privacy.json: $: missing: the site links to this page");
}

#[test]
fn the_binary_exits_non_zero_and_prints_the_line() {
    let dir = fixture("binary");
    edit(&dir, "news/items/20240315-01.json", |v| v["category"] = json!("gossip"));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_content")).arg("check").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("news/items/20240315-01.json: $.category:"), "{stdout}");
    assert!(stdout.contains("1 problem(s)"), "{stdout}");
}

// --- URLs, ids, sizes: what a hostile bundle could put in a page ---

/// Sets one field of site.json and expects exactly one problem at `path` containing `why`.
fn site_field_refused(name: &str, edit_site: impl FnOnce(&mut Value), path: &str, why: &str) {
    let dir = fixture(name);
    edit(&dir, "site.json", edit_site);
    assert_one(&dir, &format!("site.json: {path}: "));
    assert_one(&dir, why);
}

#[test]
fn script_urls_in_every_site_field_are_refused() {
    site_field_refused("origin", |v| v["origin"] = json!("javascript:alert(1)"), "$.origin", "javascript: URLs are not allowed");
    site_field_refused("icp", |v| v["footer"]["icp"]["url"] = json!("javascript:alert(1)"), "$.footer.icp.url", "javascript: URLs are not allowed");
    site_field_refused(
        "psb",
        |v| v["footer"]["public_security"]["url"] = json!("data:text/html,<script>alert(1)</script>"),
        "$.footer.public_security.url",
        "data: URLs are not allowed",
    );
    site_field_refused("nav-js", |v| v["navigation"][0]["path"] = json!(" javascript:alert(1)"), "$.navigation[0].path", "javascript: URLs");
    site_field_refused("footer-js", |v| v["footer"]["links"][2]["path"] = json!("\tJaVaScRiPt:alert(1)"), "$.footer.links[2].path", "javascript: URLs");
    site_field_refused("contact-js", |v| v["security_contact"][0] = json!("vbscript:msgbox(1)"), "$.security_contact[0]", "vbscript: URLs");
}

#[test]
fn site_paths_that_leave_the_site_are_refused_not_resolved() {
    site_field_refused("nav-slashes", |v| v["navigation"][4]["path"] = json!("//news"), "$.navigation[4].path", "contains //");
    site_field_refused("footer-backslash", |v| v["footer"]["links"][0]["path"] = json!("/\\evil.example"), "$.footer.links[0].path", "backslash");
    site_field_refused("nav-encoded", |v| v["navigation"][4]["path"] = json!("/%2F%2Fevil.example"), "$.navigation[4].path", "%2F");
    site_field_refused("nav-https", |v| v["navigation"][4]["path"] = json!("https://evil.example"), "$.navigation[4].path", "https: URLs are not allowed");
}

#[test]
fn the_origin_and_the_filing_registers_are_plain_web_addresses() {
    site_field_refused("origin-slash", |v| v["origin"] = json!("https://ka.sz.gov.cn/"), "$.origin", "trailing /");
    site_field_refused("origin-http", |v| v["origin"] = json!("http://ka.sz.gov.cn"), "$.origin", "only for localhost");
    site_field_refused("icp-relative", |v| v["footer"]["icp"]["url"] = json!("/about"), "$.footer.icp.url", "expected an https://");
    site_field_refused("icp-nohost", |v| v["footer"]["icp"]["url"] = json!("https:///x"), "$.footer.icp.url", "no host");
}

#[test]
fn security_contacts_are_mailto_tel_or_https_and_there_is_one() {
    site_field_refused("contact-http", |v| v["security_contact"][0] = json!("http://example.org"), "$.security_contact[0]", "http: URLs are not allowed");
    site_field_refused("contact-tel", |v| v["security_contact"][0] = json!("tel:call-us"), "$.security_contact[0]", "not a phone number");
    site_field_refused("contact-none", |v| v["security_contact"] = json!([]), "$.security_contact", "at least one");
}

#[test]
fn the_wechat_qr_is_a_picture_of_the_site_that_exists() {
    site_field_refused("wechat-js", |v| v["wechat"]["qr"] = json!("javascript:alert(1)"), "$.wechat.qr", "javascript: URLs are not allowed");
    site_field_refused("wechat-other-site", |v| v["wechat"]["qr"] = json!("https://open.weixin.qq.com/qr/code?username=x"), "$.wechat.qr", "https: URLs are not allowed");
    site_field_refused("wechat-not-image", |v| v["wechat"]["qr"] = json!("/files/data.csv"), "$.wechat.qr", "a picture must be under /images/");
    site_field_refused("wechat-leaves", |v| v["wechat"]["qr"] = json!("/images/../content/site.json"), "$.wechat.qr", "\"..\"");
    site_field_refused("wechat-missing", |v| v["wechat"]["qr"] = json!("/images/wechat-gone.png"), "$.wechat.qr", "/images/wechat-gone.png does not exist");
    site_field_refused("wechat-id", |v| v["wechat"]["id"] = json!("公众号"), "$.wechat.id", "starting with a letter");
    // And a bundle without an account is fine: the pages show none.
    let dir = fixture("wechat-none");
    edit(&dir, "site.json", |v| {
        v.as_object_mut().unwrap().remove("wechat");
    });
    assert_eq!(problems(&dir), Vec::<String>::new());
}

#[test]
fn link_blocks_in_pages_and_items_are_checked() {
    let dir = fixture("page-link");
    edit(&dir, "pages/about.json", |v| {
        v["blocks"].as_array_mut().unwrap().push(json!({ "type": "link", "text": { "zh-CN": "x" }, "href": "vbscript:msgbox(1)" }));
    });
    let at = problems(&dir);
    assert_eq!(at.len(), 1, "{at:#?}");
    assert!(at[0].starts_with("pages/about.json: $.blocks[") && at[0].contains("].href: ") && at[0].contains("vbscript: URLs"), "{at:#?}");

    let dir = fixture("item-link");
    edit(&dir, "news/items/20240315-01.json", |v| {
        v["body"].as_array_mut().unwrap().push(json!({ "type": "link", "text": { "zh-CN": "x" }, "href": "//news" }));
    });
    assert_one(&dir, "news/items/20240315-01.json: $.body[1].href: \"//news\": contains //");

    let dir = fixture("item-link-ok");
    edit(&dir, "news/items/20240315-01.json", |v| {
        let body = v["body"].as_array_mut().unwrap();
        for href in ["https://www.gov.cn/", "tel:+86-755-83394325", "mailto:office@example.org", "/about#contact"] {
            body.push(json!({ "type": "link", "text": { "zh-CN": "x" }, "href": href }));
        }
    });
    assert_eq!(problems(&dir), Vec::<String>::new());
}

#[test]
fn ids_that_would_become_odd_paths_are_refused() {
    // (Renaming a section also orphans its menu entry and items: more lines.)
    let dir = fixture("section-dots");
    edit(&dir, "site.json", |v| v["sections"][0]["id"] = json!("../../x"));
    let found = problems(&dir);
    assert!(found.contains(&r#"site.json: $.sections[0].id: "../../x": contains "."; an id is 1 to 64 of a-z, 0-9 and -"#.to_string()), "{found:#?}");
    let dir = fixture("category-case");
    edit(&dir, "site.json", |v| v["sections"][1]["categories"][1]["id"] = json!("Policy News"));
    assert_one(&dir, "site.json: $.sections[1].categories[1].id: \"Policy News\": contains \"P\"");

    let dir = fixture("slug");
    let mut page: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("pages/about.json")).unwrap()).unwrap();
    page["slug"] = json!("关于");
    std::fs::write(dir.join("pages/关于.json"), page.to_string()).unwrap();
    assert_one(&dir, "pages/关于.json: $.slug: \"关于\": contains \"关\"");
}

#[test]
fn an_attachment_is_what_its_kind_says() {
    let dir = fixture("attachment-html");
    std::fs::write(dir.join("../files/report.html"), "<script>alert(1)</script>").unwrap();
    edit(&dir, "news/items/20240316-01.json", |v| {
        v["attachments"][0] = json!({ "title": { "zh-CN": "报告" }, "href": "/files/report.html", "kind": "pdf", "bytes": 25 });
    });
    assert_one(&dir, "$.attachments[0].href: \"/files/report.html\": .html is not one of");

    let dir = fixture("attachment-kind");
    edit(&dir, "news/items/20240316-01.json", |v| v["attachments"][0]["kind"] = json!("pdf"));
    assert_one(&dir, "$.attachments[0].kind: \"pdf\" but the file is .csv");

    let dir = fixture("attachment-outside");
    edit(&dir, "news/items/20240316-01.json", |v| v["attachments"][0]["href"] = json!("/content/site.json"));
    assert_one(&dir, "$.attachments[0].href: \"/content/site.json\": an attachment must be under /files/");
}

#[test]
fn an_oversized_file_is_refused_before_parsing() {
    let dir = fixture("big");
    let mut item = item("20240315-01", "notices", "2024-03-15");
    item["summary"] = json!({ "zh-CN": "长".repeat(1_200_000) });
    write_item(&dir, &item);
    assert_one(&dir, "news/items/20240315-01.json: $: 3.4 MB is over the 512 KB limit for a bundle file");
    std::fs::write(dir.join("site.json"), vec![b' '; 600 * 1024]).unwrap();
    let found = problems(&dir);
    assert!(found.contains(&"site.json: $: 600 KB is over the 512 KB limit for a bundle file".to_string()), "{found:#?}");
}

#[test]
fn a_file_that_is_not_utf8_names_the_byte() {
    let dir = fixture("utf8");
    std::fs::write(dir.join("pages/about.json"), b"{ \"schema\": 1, \"slug\": \"ab\xffout\" }").unwrap();
    assert_one(&dir, "pages/about.json: $: not UTF-8 text (byte 26 is invalid)");
}

#[test]
fn deeply_nested_json_is_a_problem_not_a_crash() {
    let dir = fixture("deep");
    std::fs::write(dir.join("pages/about.json"), format!("{}{}", "[".repeat(100_000), "]".repeat(100_000))).unwrap();
    assert_one(&dir, "pages/about.json: $: not valid JSON at line 1, column 128: recursion limit exceeded");
}

#[test]
fn a_control_character_in_a_value_does_not_split_the_report_line() {
    let dir = fixture("newline");
    edit(&dir, "news/items/20240315-01.json", |v| v["category"] = json!("x\nsite.json: $: fake"));
    let found = problems(&dir);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(!found[0].contains('\n'), "{found:#?}");
}


// Disclosure: the catalogue's entries.

fn entry(id: &str, category: &str, published: &str) -> Value {
    json!({
        "schema": 1, "id": id, "sample": true, "index_number": format!("11440300K00000000X/{id}"),
        "category": category, "title": { "zh-CN": "标题" }, "publisher": { "zh-CN": "市口岸办" },
        "written": published, "published": published, "validity": { "state": "current" },
        "summary": { "zh-CN": "摘要" }, "body": [{ "type": "paragraph", "text": { "zh-CN": "正文" } }]
    })
}

fn write_entry(dir: &Path, entry: &Value) {
    let id = entry["id"].as_str().unwrap();
    std::fs::write(dir.join(format!("disclosure/entries/{id}.json")), entry.to_string()).unwrap();
}

/// A fixture with two good entries, then `f` applied to the first (`2024-00001`).
fn entry_fixture(name: &str, f: impl FnOnce(&mut Value)) -> PathBuf {
    let dir = fixture(name);
    let mut first = entry("2024-00001", "policy-normative", "2024-03-01");
    f(&mut first);
    write_entry(&dir, &first);
    write_entry(&dir, &entry("2025-00001", "plans", "2025-01-10"));
    dir
}

#[test]
fn good_entries_pass() {
    let dir = entry_fixture("entry-good", |e| {
        e["validity"] = json!({ "state": "amended", "date": "2025-01-10", "replaced_by": "2025-00001" });
    });
    assert_eq!(problems(&dir), Vec::<String>::new());
}

#[test]
fn index_number_format() {
    let dir = entry_fixture("entry-index", |e| e["index_number"] = json!("K0000/2024-1"));
    assert_one(&dir, "disclosure/entries/2024-00001.json: $.index_number: \"K0000/2024-1\" is not an index number");
}

#[test]
fn index_number_and_id_agree() {
    let dir = entry_fixture("entry-index-id", |e| e["index_number"] = json!("11440300K00000000X/2024-00002"));
    assert_one(&dir, "disclosure/entries/2024-00001.json: $.id: \"2024-00001\" differs from the year and serial of its index number");
}

#[test]
fn index_number_year_is_the_year_published() {
    let dir = entry_fixture("entry-index-year", |e| {
        e["published"] = json!("2023-12-30");
        e["written"] = json!("2023-12-20");
    });
    assert_one(&dir, "$.index_number: the year of \"11440300K00000000X/2024-00001\" is not the year it was published (2023)");
}

#[test]
fn entry_id_is_a_path_segment() {
    let dir = entry_fixture("entry-id", |e| {
        e["id"] = json!("2024_00001");
    });
    let found = problems(&dir);
    assert!(found.iter().any(|p| p.contains("disclosure/entries/2024_00001.json: $.id:")), "{found:#?}");
}

#[test]
fn entry_category_exists() {
    let dir = entry_fixture("entry-category", |e| e["category"] = json!("gossip"));
    assert_one(&dir, "disclosure/entries/2024-00001.json: $.category: \"gossip\" is not a category of disclosure/catalogue.json");
}

#[test]
fn repealed_needs_its_date() {
    let dir = entry_fixture("entry-repealed-date", |e| e["validity"] = json!({ "state": "repealed" }));
    assert_one(&dir, "disclosure/entries/2024-00001.json: $.validity.date: an entry that is repealed needs the date");
}

#[test]
fn amended_needs_its_replacement() {
    let dir = entry_fixture("entry-amended-by", |e| e["validity"] = json!({ "state": "amended", "date": "2025-01-10" }));
    assert_one(&dir, "$.validity.replaced_by: an amended entry needs the id of the entry that replaces it");
}

#[test]
fn the_replacement_exists() {
    let dir = entry_fixture("entry-replaced-by", |e| {
        e["validity"] = json!({ "state": "repealed", "date": "2025-01-10", "replaced_by": "2099-00001" })
    });
    assert_one(&dir, "$.validity.replaced_by: \"2099-00001\" is not an entry of the catalogue");
}

#[test]
fn a_current_entry_has_no_repeal_date() {
    let dir = entry_fixture("entry-current", |e| e["validity"] = json!({ "state": "current", "date": "2025-01-10" }));
    assert_one(&dir, "$.validity.date: a current entry has no date of amendment or repeal");
}

#[test]
fn repeal_date_after_publication() {
    let dir = entry_fixture("entry-repeal-before", |e| e["validity"] = json!({ "state": "repealed", "date": "2020-01-01" }));
    assert_one(&dir, "$.validity.date: 2020-01-01 is before the entry was published (2024-03-01)");
}

#[test]
fn unknown_validity_state() {
    let dir = entry_fixture("entry-state", |e| e["validity"] = json!({ "state": "void" }));
    assert_one(&dir, "disclosure/entries/2024-00001.json: $.validity.state: unknown variant `void`");
}

#[test]
fn referenced_news_item_exists_and_is_not_repeated() {
    let dir = entry_fixture("entry-news", |e| {
        e["news"] = json!({ "item": "20990101-01" });
        e.as_object_mut().unwrap().remove("body");
    });
    assert_one(&dir, "disclosure/entries/2024-00001.json: $.news.item: \"20990101-01\" is not a news or notice item");
    let dir = entry_fixture("entry-news-body", |e| e["news"] = json!({ "item": "20240315-01" }));
    assert_one(&dir, "$.body: an entry that points at a news item does not repeat its text");
    let dir = entry_fixture("entry-news-good", |e| {
        e["news"] = json!({ "item": "20240315-01" });
        e.as_object_mut().unwrap().remove("body");
    });
    assert_eq!(problems(&dir), Vec::<String>::new());
}

#[test]
fn entry_without_text() {
    let dir = entry_fixture("entry-body", |e| e["body"] = json!([]));
    assert_one(&dir, "$.body: an entry needs its text");
}

#[test]
fn entry_links_go_through_the_url_validator() {
    let dir = entry_fixture("entry-url", |e| {
        e["body"] = json!([{ "type": "link", "text": { "zh-CN": "x" }, "href": "javascript:alert(1)" }])
    });
    let found = problems(&dir);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("disclosure/entries/2024-00001.json: $.body[0].href: "), "{found:#?}");
    let dir = entry_fixture("entry-dangling", |e| {
        e["body"] = json!([{ "type": "link", "text": { "zh-CN": "x" }, "href": "/disclosure/catalogue/2099-00001" }])
    });
    assert_one(&dir, "$.body[0].href: \"/disclosure/catalogue/2099-00001\" does not lead to a page of the site");
}

#[test]
fn duplicate_category_and_missing_guide() {
    let dir = fixture("catalogue-dup");
    edit(&dir, "disclosure/catalogue.json", |c| c["categories"][1]["id"] = json!("plans"));
    let found = problems(&dir);
    assert!(found.iter().any(|p| p.contains("disclosure/catalogue.json: $.categories[2].id: \"plans\" is used twice")), "{found:#?}");
    let dir = fixture("guide-missing");
    std::fs::remove_file(dir.join("disclosure/guide.json")).unwrap();
    assert_one(&dir, "disclosure/guide.json: $: missing");
}

#[test]
fn written_after_published() {
    let dir = entry_fixture("entry-written", |e| e["written"] = json!("2024-03-02"));
    assert_one(&dir, "$.written: 2024-03-02 is after the date it was published (2024-03-01)");
}

// Annual reports: each rule of the national template with a report that keeps it (the
// fixture changed consistently) and one that breaks it, and the line naming report, table,
// row and column.

fn report_fixture(name: &str, year: i32, f: impl FnOnce(&mut Value)) -> PathBuf {
    let dir = fixture(name);
    std::fs::create_dir_all(dir.join("disclosure/reports")).unwrap();
    let file = format!("disclosure/reports/{year}.json");
    std::fs::copy(Path::new(DEMO).join(&file), dir.join(&file)).unwrap();
    edit(&dir, &file, f);
    dir
}

/// Adds `by` to `v[path][column]` (a count in a row of seven or five).
fn bump(v: &mut Value, pointer: &str, by: i64) {
    let cell = v.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer}"));
    *cell = json!(cell.as_i64().unwrap() + by);
}

fn assert_has(dir: &Path, expected: &str) {
    let found = problems(dir);
    assert!(found.iter().any(|p| p.contains(expected)), "no line contains {expected:?}: {found:#?}");
    assert!(found.iter().all(|p| p.starts_with("disclosure/reports/")), "{found:#?}");
}

fn assert_clean(dir: &Path) {
    assert_eq!(problems(dir), Vec::<String>::new());
}

const T3: &str = "/tables/applications";

#[test]
fn demo_reports_keep_every_rule() {
    assert_clean(&report_fixture("report-2014", 2014, |_| {}));
    assert_clean(&report_fixture("report-2021", 2021, |_| {}));
}

#[test]
fn rule_rows_one_and_two_equal_rows_three_seven_and_four() {
    // One more application received by a natural person, disclosed: still balanced.
    assert_clean(&report_fixture("balance-ok", 2021, |v| {
        for p in ["received/0", "received/6", "granted/0", "granted/6", "total/0", "total/6"] {
            bump(v, &format!("{T3}/{p}"), 1);
        }
        bump(v, "/key/applications", 1);
        bump(v, "/key/results", 1);
    }));
    // One more carried forward with nothing received to match.
    let dir = report_fixture("balance-bad", 2021, |v| {
        bump(v, &format!("{T3}/carried_forward/0"), 1);
        bump(v, &format!("{T3}/carried_forward/6"), 1);
    });
    assert_has(&dir, "disclosure/reports/2021.json: $.tables.applications.carried_forward[0]: report 2021: table 三, column 自然人: row 一 + row 二 =");
}

#[test]
fn rule_the_total_column_is_natural_persons_plus_organisations() {
    assert_clean(&report_fixture("columns-ok", 2021, |v| {
        // Moved from natural persons to businesses: the 总计 stays.
        bump(v, &format!("{T3}/granted/0"), -1);
        bump(v, &format!("{T3}/granted/1"), 1);
        bump(v, &format!("{T3}/total/0"), -1);
        bump(v, &format!("{T3}/total/1"), 1);
        bump(v, &format!("{T3}/received/0"), -1);
        bump(v, &format!("{T3}/received/1"), 1);
    }));
    let dir = report_fixture("columns-bad", 2021, |v| bump(v, &format!("{T3}/granted/6"), 2));
    assert_has(&dir, "$.tables.applications.granted[6]: report 2021: table 三, row 三（一）予以公开, column 总计:");
}

#[test]
fn rule_each_subtotal_is_the_sum_of_its_reasons() {
    assert_clean(&report_fixture("subtotal-ok", 2021, |v| {
        // One more application from a natural person, refused as a state secret: the
        // reason, its sub-total, the total and the received row all grow by one.
        for p in ["refused/reasons/0/0", "refused/reasons/0/6", "refused/subtotal/0", "refused/subtotal/6", "total/0", "total/6", "received/0", "received/6"] {
            bump(v, &format!("{T3}/{p}"), 1);
        }
        bump(v, "/key/applications", 1);
        bump(v, "/key/results", 1);
    }));
    for (group, number) in [("refused", "（三）"), ("unavailable", "（四）"), ("not_processed", "（五）"), ("other", "（六）")] {
        let dir = report_fixture(&format!("subtotal-bad-{group}"), 2021, |v| {
            bump(v, &format!("{T3}/{group}/reasons/0/0"), 1);
            bump(v, &format!("{T3}/{group}/reasons/0/6"), 1);
        });
        assert_has(&dir, &format!("$.tables.applications.{group}.subtotal[0]: report 2021: table 三, row 三{number}小计, column 自然人:"));
    }
}

#[test]
fn rule_row_three_seven_is_the_sum_of_the_results() {
    let dir = report_fixture("results-bad", 2021, |v| {
        bump(v, &format!("{T3}/partly_granted/2"), 1);
        bump(v, &format!("{T3}/partly_granted/6"), 1);
    });
    assert_has(&dir, "$.tables.applications.total[2]: report 2021: table 三, row 三（七）总计, column 科研机构:");
}

#[test]
fn rule_each_review_and_litigation_group_totals() {
    assert_clean(&report_fixture("reviews-ok", 2021, |v| {
        bump(v, "/tables/reviews/review/3", 1);
        bump(v, "/tables/reviews/review/4", 1);
        bump(v, "/key/reviews", 1);
    }));
    for (group, name) in [("review", "行政复议"), ("direct", "行政诉讼（未经复议直接起诉）"), ("after_review", "行政诉讼（复议后起诉）")] {
        let dir = report_fixture(&format!("reviews-bad-{group}"), 2021, |v| bump(v, &format!("/tables/reviews/{group}/1"), 1));
        assert_has(&dir, &format!("$.tables.reviews.{group}[4]: report 2021: table 四, row {name}, column 总计:"));
    }
}

#[test]
fn rule_no_negative_counts() {
    assert_clean(&report_fixture("negative-ok", 2021, |v| v["tables"]["proactive"]["licensing"] = json!(0)));
    let dir = report_fixture("negative-bad", 2021, |v| v["tables"]["proactive"]["penalties"] = json!(-1));
    assert_has(&dir, "$.tables.proactive.penalties: report 2021: table 二, row 行政处罚, column 本年处理决定数量: negative count -1");
    let dir = report_fixture("negative-bad-t3", 2021, |v| {
        bump(v, &format!("{T3}/unavailable/reasons/2/4"), -5);
    });
    assert_has(&dir, "$.tables.applications.unavailable.reasons[2][4]: report 2021: table 三, row 三（四）3, column 法律服务机构: negative count");
    let dir = report_fixture("negative-bad-2014", 2014, |v| v["figures"][0]["value"] = json!(-164));
    assert_has(&dir, "$.figures[0].value: report 2014: figure");
}

#[test]
fn key_figures_agree_with_the_tables_and_reports_from_2019_have_them() {
    let dir = report_fixture("key-bad", 2021, |v| bump(v, "/key/applications", 1));
    assert_has(&dir, "$.key.applications: report 2021: key figure applications is");
    let dir = report_fixture("no-tables", 2021, |v| {
        v.as_object_mut().unwrap().remove("tables");
    });
    assert_has(&dir, "$.tables: report 2021: a report from 2019 needs the tables");
    let dir = report_fixture("wrong-year", 2021, |v| v["year"] = json!(2020));
    assert_has(&dir, "disclosure/reports/2021.json: $.year: 2020 differs from the file name");
}

/// A small interview of the fixture: one guest, past, one question answered.
fn write_interview(dir: &Path, f: impl FnOnce(&mut Value)) {
    let mut v = json!({
        "schema": 1, "id": "talk", "sample": true, "title": { "zh-CN": "访谈" }, "status": "past",
        "date": "2026-10-22", "time": "14:30",
        "guests": [{ "id": "wang", "name": { "zh-CN": "王磊" }, "role": { "zh-CN": "处长" } }],
        "summary": { "zh-CN": "摘要" },
        "transcript": [{ "asker": { "zh-CN": "主持人" }, "question": { "zh-CN": "问" }, "answers": [{ "guest": "wang", "text": { "zh-CN": "答" } }] }]
    });
    f(&mut v);
    std::fs::create_dir_all(dir.join("interviews")).unwrap();
    std::fs::write(dir.join("interviews/talk.json"), v.to_string()).unwrap();
}

#[test]
fn an_interview_answer_by_someone_who_is_not_a_guest() {
    let dir = fixture("interview-guest");
    write_interview(&dir, |_| {});
    assert_eq!(problems(&dir), Vec::<String>::new());
    write_interview(&dir, |v| v["transcript"][0]["answers"][0]["guest"] = json!("li"));
    assert_one(&dir, "interviews/talk.json: $.transcript[0].answers[0].guest: \"li\" is not the id of a guest of this interview");
}

#[test]
fn an_interview_whose_status_and_transcript_disagree() {
    let dir = fixture("interview-status");
    write_interview(&dir, |v| v["status"] = json!("upcoming"));
    assert_one(&dir, "interviews/talk.json: $.transcript: an upcoming interview has no transcript yet");
    write_interview(&dir, |v| v["transcript"] = json!([]));
    assert_one(&dir, "interviews/talk.json: $.transcript: a past interview needs its transcript");
}

#[test]
fn an_interview_with_a_bad_time_a_foreign_picture_or_a_missing_one() {
    let dir = fixture("interview-fields");
    write_interview(&dir, |v| v["time"] = json!("24:00"));
    assert_one(&dir, "interviews/talk.json: $.time: \"24:00\" is not a time of the form HH:MM");
    write_interview(&dir, |v| v["images"] = json!([{ "src": "https://example.com/a.png", "alt": { "zh-CN": "图" } }]));
    assert_one(&dir, "interviews/talk.json: $.images[0].src: \"https://example.com/a.png\": https: URLs are not allowed here");
    write_interview(&dir, |v| v["images"] = json!([{ "src": "/images/none.svg", "alt": { "zh-CN": "图" } }]));
    assert_one(&dir, "interviews/talk.json: $.images[0].src: /images/none.svg does not exist");
    write_interview(&dir, |v| v["images"] = json!([{ "src": "/images/data.csv", "alt": { "zh-CN": "图" } }]));
    assert_one(&dir, "$.images[0].src: \"/images/data.csv\": .csv is not one of .svg");
    // Not from /files/: the server never serves an .svg from there.
    write_interview(&dir, |v| v["images"] = json!([{ "src": "/files/data.svg", "alt": { "zh-CN": "图" } }]));
    assert_one(&dir, "$.images[0].src: \"/files/data.svg\": a picture must be under /images/");
    write_interview(&dir, |v| v["id"] = json!("other"));
    assert_one(&dir, "interviews/talk.json: $.id: \"other\" differs from the file name \"talk\"");
}

#[test]
fn a_knowledge_question_in_an_unknown_category_and_duplicate_ids() {
    let dir = fixture("knowledge-category");
    edit(&dir, "knowledge.json", |v| v["questions"][0]["category"] = json!("boats"));
    let found = problems(&dir);
    assert!(found.iter().any(|p| p.starts_with("knowledge.json: $.questions[0].category: \"boats\" is not one of $.categories")), "{found:#?}");
    let dir = fixture("knowledge-duplicate");
    edit(&dir, "knowledge.json", |v| {
        let id = v["questions"][0]["id"].clone();
        v["questions"][1]["id"] = id;
    });
    assert_one(&dir, "knowledge.json: $.questions[1].id: \"traveller-documents\" is used twice");
    let dir = fixture("knowledge-missing");
    std::fs::remove_file(dir.join("knowledge.json")).unwrap();
    assert_one(&dir, "knowledge.json: $: missing");
    let dir = fixture("knowledge-link");
    edit(&dir, "knowledge.json", |v| v["questions"][0]["answer"] = json!([{ "type": "link", "text": { "zh-CN": "x" }, "href": "/knowledge/boats" }]));
    assert_one(&dir, "knowledge.json: $.questions[0].answer[0].href: \"/knowledge/boats\" does not lead to a page of the site");
}

#[test]
fn the_results_figure_is_row_three_seven_and_letters_are_optional_but_not_negative() {
    let dir = report_fixture("key-results-bad", 2021, |v| bump(v, "/key/results", 1));
    assert_has(&dir, "$.key.results: report 2021: key figure results is 22 but table 三 row 三（七） 总计 is 21");
    // A report that gives no letters figure is complete: it is not part of the template.
    assert_clean(&report_fixture("letters-absent", 2021, |v| {
        v["key"].as_object_mut().unwrap().remove("letters");
    }));
    assert_clean(&report_fixture("letters-absent-2019", 2019, |_| {}));
    let dir = report_fixture("letters-negative", 2014, |v| v["key"]["letters"] = json!(-538));
    assert_has(&dir, "$.key.letters: report 2014: key figure letters is negative (-538)");
    let dir = report_fixture("letters-not-a-count", 2014, |v| v["key"]["letters"] = json!("538"));
    let found = problems(&dir);
    assert!(found.iter().any(|p| p.contains("disclosure/reports/2014.json") && p.contains("letters")), "{found:#?}");
}

/// A one-checkpoint directory of the fixture: passengers by day, an overnight vehicle range,
/// no changes or notices (tests that break the fixture's items must not break it too).
fn write_checkpoints(dir: &Path, f: impl FnOnce(&mut Value)) {
    let mut v = json!({
        "schema": 1,
        "checkpoints": [{
            "id": "luohu", "sample": true, "name": { "zh-CN": "罗湖口岸" }, "type": "land", "to": { "zh-CN": "香港" },
            "summary": { "zh-CN": "摘要" }, "crosses": ["passengers", "vehicles"],
            "hours": [{ "mode": "passengers", "spans": ["06:30-24:00"] }, { "mode": "vehicles", "spans": ["22:00-02:00", "06:00-12:00"] }],
            "address": { "zh-CN": "地址" }, "location": { "lat": 22.532, "lon": 114.117 }
        }]
    });
    f(&mut v);
    std::fs::write(dir.join("checkpoints.json"), v.to_string()).unwrap();
}

#[test]
fn checkpoint_hours_that_overlap_or_do_not_parse() {
    let dir = fixture("checkpoint-hours");
    assert_eq!(problems(&dir), Vec::<String>::new());
    write_checkpoints(&dir, |v| v["checkpoints"][0]["hours"][1]["spans"] = json!(["22:00-02:00", "01:00-03:00"]));
    assert_one(&dir, "checkpoints.json: $.checkpoints[0].hours[1].spans[1]: 01:00-03:00 overlaps 22:00-02:00");
    write_checkpoints(&dir, |v| v["checkpoints"][0]["hours"][0]["spans"] = json!(["06:30-24:30"]));
    assert_one(&dir, "checkpoints.json: $.checkpoints[0].hours[0].spans[0]: \"06:30-24:30\" is not a range of the form HH:MM-HH:MM");
    write_checkpoints(&dir, |v| v["checkpoints"][0]["hours"][0]["spans"] = json!(["07:00-07:00"]));
    assert_one(&dir, "checkpoints.json: $.checkpoints[0].hours[0].spans[0]: \"07:00-07:00\": a range cannot start and end at the same time");
    write_checkpoints(&dir, |v| v["checkpoints"][0]["hours"][0]["spans"] = json!(["00:00-24:00", "06:00-07:00"]));
    let found = problems(&dir);
    assert!(found.iter().any(|p| p.starts_with("checkpoints.json: $.checkpoints[0].hours[0].spans[0]: 00:00-24:00 is around the clock")), "{found:#?}");
    write_checkpoints(&dir, |v| v["checkpoints"][0]["hours"].as_array_mut().unwrap().truncate(1));
    assert_one(&dir, "checkpoints.json: $.checkpoints[0].hours: no hours for \"vehicles\", which crosses here");
}

#[test]
fn checkpoint_changes_and_notices_that_lead_nowhere() {
    let dir = fixture("checkpoint-refs");
    // A holiday change announced by the fixture's second item, which also is related.
    let holiday = |v: &mut Value| {
        v["checkpoints"][0]["changes"] = json!([{ "from": "2027-02-05", "to": "2027-02-13", "modes": ["passengers"],
            "spans": ["00:00-24:00"], "reason": { "zh-CN": "春节" }, "notice": "20240316-01" }]);
        v["checkpoints"][0]["notices"] = json!(["20240316-01"]);
    };
    write_checkpoints(&dir, holiday);
    assert_eq!(problems(&dir), Vec::<String>::new());
    write_checkpoints(&dir, |v| {
        holiday(v);
        v["checkpoints"][0]["changes"][0]["notice"] = json!("20990101-01");
    });
    assert_one(&dir, "checkpoints.json: $.checkpoints[0].changes[0].notice: \"20990101-01\" is not a news item or notice");
    write_checkpoints(&dir, |v| {
        holiday(v);
        v["checkpoints"][0]["notices"] = json!(["nothing"]);
    });
    assert_one(&dir, "checkpoints.json: $.checkpoints[0].notices[0]: \"nothing\" is not a news item or notice");
    write_checkpoints(&dir, |v| {
        holiday(v);
        v["checkpoints"][0]["changes"][0]["to"] = json!("2027-02-01");
    });
    assert_one(&dir, "checkpoints.json: $.checkpoints[0].changes[0].to: 2027-02-01 is before $.from 2027-02-05");
    write_checkpoints(&dir, |v| {
        holiday(v);
        v["checkpoints"][0]["changes"][0]["modes"] = json!(["cargo"]);
    });
    assert_one(&dir, "checkpoints.json: $.checkpoints[0].changes[0].modes[0]: \"cargo\" does not cross here");
    write_checkpoints(&dir, |v| {
        holiday(v);
        let again = v["checkpoints"][0]["changes"][0].clone();
        v["checkpoints"][0]["changes"].as_array_mut().unwrap().push(again);
    });
    assert_one(&dir, "checkpoints.json: $.checkpoints[0].changes[1].from: overlaps $.changes[0] for \"passengers\"");
    write_checkpoints(&dir, |v| v["checkpoints"][0]["id"] = json!("list"));
    assert_one(&dir, "checkpoints.json: $.checkpoints[0].id: \"list\" is the address of the filtered lists");
    std::fs::remove_file(dir.join("checkpoints.json")).unwrap();
    assert_one(&dir, "checkpoints.json: $: missing");
}
