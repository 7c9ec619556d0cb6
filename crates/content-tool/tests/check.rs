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
    std::fs::copy(Path::new(DEMO).join("site.json"), dir.join("site.json")).unwrap();
    for page in ["about", "copyright", "privacy", "accessibility"] {
        std::fs::copy(Path::new(DEMO).join(format!("pages/{page}.json")), dir.join(format!("pages/{page}.json"))).unwrap();
    }
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
    assert_one(&dir, "pages/about.json: line 1, column");
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
    edit(&dir, "site.json", |v| v["navigation"][1]["path"] = json!("/mailbox"));
    assert_one(&dir, "site.json: $.navigation[1].path: \"/mailbox\" is not a page of the site");
}

#[test]
fn missing_attachment_file_and_wrong_size() {
    let dir = fixture("attachment");
    edit(&dir, "news/items/20240316-01.json", |v| v["attachments"][0]["bytes"] = json!(9));
    assert_one(&dir, "$.attachments[0].bytes: says 9 but /files/data.csv has 8 bytes");
    edit(&dir, "news/items/20240316-01.json", |v| v["attachments"][0]["href"] = json!("/files/gone.pdf"));
    assert_one(&dir, "$.attachments[0].href: /files/gone.pdf does not exist");
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
