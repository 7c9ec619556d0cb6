//! The mailbox end to end through the router, on a real SQLite file in a temporary
//! directory per test.

use super::*;
use crate::mailbox::store::Store;
use crate::mailbox::{RateLimit, Service};
use axum::body::Body;
use axum::extract::{ConnectInfo, Request};
use axum::http::{header, HeaderMap, StatusCode};
use http_body_util::BodyExt;
use portal_model::letter::{LetterState, PublishedMatches, PublishedPage, Receipt, Rejection, Statistics, Status};
use portal_model::{Date, Lang};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;
use tower::ServiceExt;

const PHONE: &str = "0755-83394325";

/// A fresh directory with a dist/ (index.html, site.json with the office phone) and a
/// data/ for the database.
fn temp_dir() -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("portal-mailbox-test-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("dist/content")).unwrap();
    std::fs::write(dir.join("dist/index.html"), "home").unwrap();
    std::fs::write(dir.join("dist/content/site.json"), json!({ "footer": { "phone": PHONE } }).to_string()).unwrap();
    dir
}

struct Setup {
    dir: PathBuf,
    app: Router,
    service: Arc<Service>,
}

fn setup_with(rate: RateLimit) -> Setup {
    let dir = temp_dir();
    let service = Service::open(&dir.join("data"), rate).unwrap();
    let app = app(Config { mailbox: Some(service.clone()), ..Config::new(dir.join("dist")) });
    Setup { dir, app, service }
}

fn setup() -> Setup {
    setup_with(RateLimit { limit: 1000, window: Duration::from_secs(600) })
}

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

impl Reply {
    fn json<T: serde::de::DeserializeOwned>(&self) -> T {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

async fn send(app: &Router, request: Request) -> Reply {
    let response = app.clone().oneshot(request).await.unwrap();
    let (status, headers) = (response.status(), response.headers().clone());
    let body = response.into_body().collect().await.unwrap().to_bytes();
    Reply { status, headers, body: String::from_utf8_lossy(&body).into_owned() }
}

async fn post(app: &Router, uri: &str, content_type: &str, body: impl Into<Body>, headers: &[(&str, &str)]) -> Reply {
    let mut request = Request::post(uri).header(header::CONTENT_TYPE, content_type);
    for (n, v) in headers {
        request = request.header(*n, *v);
    }
    send(app, request.body(body.into()).unwrap()).await
}

async fn post_json(app: &Router, letter: &Value, lang: &str) -> Reply {
    post(app, "/api/letters", "application/json", letter.to_string(), &[("accept-language", lang)]).await
}

async fn get(app: &Router, uri: &str) -> Reply {
    send(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

fn letter(key: &str) -> Value {
    json!({
        "mailbox": "enquiries",
        "category": "enquiry",
        "title": "皇岗口岸夜间通关时间",
        "body": "请问皇岗口岸旅检通道夜间是否开放，几点关闭？我是张三，电话13800138000。",
        "name": "张三",
        "phone": "13800138000",
        "email": "",
        "publish": true,
        "privacy": true,
        "key": key,
    })
}

fn key(n: usize) -> String {
    format!("test-key-{n:016}")
}

#[tokio::test]
async fn each_rule_is_answered_in_the_request_language() {
    let s = setup();
    let cases: Vec<(&str, Value, &str)> = vec![
        ("mailbox", json!("../admin"), "letter-error-mailbox"),
        ("category", json!("other"), "letter-error-category"),
        ("title", json!(""), "letter-error-title-missing"),
        ("title", json!("太短"), "letter-error-title-short"),
        ("title", json!("长".repeat(41)), "letter-error-title-long"),
        ("title", json!("标题\u{202e}反转文字"), "letter-error-characters"),
        ("body", json!(""), "letter-error-body-missing"),
        ("body", json!("太短了"), "letter-error-body-short"),
        ("body", json!("字".repeat(1001)), "letter-error-body-long"),
        ("name", json!(""), "letter-error-name-missing"),
        ("name", json!("名".repeat(31)), "letter-error-name-long"),
        ("phone", json!("12ab"), "letter-error-phone"),
        ("email", json!("a@b"), "letter-error-email"),
        ("privacy", json!(false), "letter-error-privacy"),
        ("key", json!("short"), "letter-error-key"),
    ];
    for (i, (field, value, id)) in cases.into_iter().enumerate() {
        let mut form = letter(&key(i));
        form[field] = value;
        let mut seen = Vec::new();
        for (accept, lang) in [("zh-CN", Lang::ZhCn), ("en-GB,en;q=0.9", Lang::En)] {
            let reply = post_json(&s.app, &form, accept).await;
            assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY, "{id}: {}", reply.body);
            let rejection: Rejection = reply.json();
            assert_eq!(rejection.errors.len(), 1, "{id}: {rejection:?}");
            assert_eq!(rejection.errors[0].field.name(), field);
            let message = &rejection.errors[0].message;
            assert_eq!(message, &crate::i18n::message(lang, id));
            assert!(!message.contains("letter-error"), "{id} not localized: {message}");
            seen.push(message.clone());
        }
        assert_ne!(seen[0], seen[1], "{id}: zh-CN and en say the same");
    }
    // No contact at all: one message on the phone field.
    let mut form = letter(&key(99));
    form["phone"] = json!("");
    let rejection: Rejection = post_json(&s.app, &form, "en").await.json();
    assert_eq!(rejection.errors[0].message, "Enter a phone number or an email address so that we can reply");
    // The `lang` parameter wins over Accept-Language.
    let reply = post(&s.app, "/api/letters?lang=en", "application/json", json!({}).to_string(), &[("accept-language", "zh-CN")]).await;
    let rejection: Rejection = reply.json();
    assert_eq!(rejection.errors[0].message, "Choose a mailbox");
    assert!(s.service.store.list(None, None).unwrap().is_empty(), "nothing stored");
}

#[tokio::test]
async fn the_same_key_stores_one_letter() {
    let s = setup();
    let first = post_json(&s.app, &letter(&key(1)), "zh-CN").await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.body);
    assert_eq!(first.headers.get(header::CACHE_CONTROL).unwrap(), "no-store");
    let receipt: Receipt = first.json();
    assert_eq!(receipt.number.len(), 10);
    assert!(receipt.number.ends_with("000001"), "{}", receipt.number);
    assert_eq!(receipt.code.len(), 14);
    assert_eq!(receipt.code.matches('-').count(), 2);
    let again = post_json(&s.app, &letter(&key(1)), "zh-CN").await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.json::<Receipt>(), receipt);
    let mut other = letter(&key(1));
    other["title"] = json!("另一封信的标题");
    let conflict = post_json(&s.app, &other, "en").await;
    assert_eq!(conflict.status, StatusCode::CONFLICT);
    assert_eq!(conflict.json::<Value>()["error"], crate::i18n::message(Lang::En, "api-error-conflict"));
    assert_eq!(s.service.store.list(None, None).unwrap().len(), 1);
    let second: Receipt = post_json(&s.app, &letter(&key(2)), "zh-CN").await.json();
    assert!(second.number.ends_with("000002"));
    assert_ne!(second.code, receipt.code);
    // Many submits of one key at once: still one letter.
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let app = s.app.clone();
            tokio::spawn(async move { post_json(&app, &letter(&key(3)), "zh-CN").await.status })
        })
        .collect();
    let mut created = 0;
    for t in tasks {
        let status = t.await.unwrap();
        assert!(status == StatusCode::CREATED || status == StatusCode::OK);
        created += usize::from(status == StatusCode::CREATED);
    }
    assert_eq!(created, 1);
    assert_eq!(s.service.store.list(None, None).unwrap().len(), 3);
}

#[tokio::test]
async fn a_wrong_code_answers_as_an_unknown_number() {
    let s = setup();
    let receipt: Receipt = post_json(&s.app, &letter(&key(1)), "zh-CN").await.json();
    let ok = get(&s.app, &format!("/api/letters/{}?code={}", receipt.number, receipt.code)).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    let state: LetterState = ok.json();
    assert_eq!(state.status, Status::Received);
    assert_eq!(state.title, "皇岗口岸夜间通关时间");
    assert_eq!(state.reply, None);
    // Typed without dashes, in lower case, with spaces.
    let typed = receipt.code.replace('-', " ").to_lowercase();
    let ok = get(&s.app, &format!("/api/letters/{}?code={}", receipt.number, typed.replace(' ', "+"))).await;
    assert_eq!(ok.status, StatusCode::OK);
    let mut wrong = receipt.code.clone();
    wrong.replace_range(0..1, if wrong.starts_with('A') { "B" } else { "A" });
    let unknown_number = format!("{}999999", &receipt.number[..4]);
    let replies = [
        get(&s.app, &format!("/api/letters/{}?code={wrong}", receipt.number)).await,
        get(&s.app, &format!("/api/letters/{unknown_number}?code={}", receipt.code)).await,
        get(&s.app, &format!("/api/letters/{}", receipt.number)).await,
        get(&s.app, &format!("/api/letters/{}?code=x", receipt.number)).await,
        get(&s.app, "/api/letters/not-a-number?code=x").await,
    ];
    for r in &replies {
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert_eq!(r.body, replies[0].body);
        assert_eq!(r.headers.get(header::CONTENT_TYPE), replies[0].headers.get(header::CONTENT_TYPE));
    }
    assert_eq!(replies[0].json::<Value>()["error"], crate::i18n::message(Lang::ZhCn, "api-error-not-found"));
    let en = get(&s.app, &format!("/api/letters/{}?code={wrong}&lang=en", receipt.number)).await;
    assert_eq!(en.json::<Value>()["error"], "No letter was found: check the letter number and the query code");
}

#[tokio::test]
async fn published_replies_are_masked_filtered_and_paged() {
    let s = setup();
    let mut numbers = Vec::new();
    for i in 0..13 {
        let mut form = letter(&key(i));
        form["mailbox"] = json!(if i % 2 == 0 { "enquiries" } else { "director" });
        form["publish"] = json!(i != 12);
        form["body"] = json!(format!("我是张三，身份证44030119900101123X，邮箱zhang.san@example.cn，电话138-0013-8000。第{i}封。"));
        let receipt: Receipt = post_json(&s.app, &form, "zh-CN").await.json();
        numbers.push(receipt.number);
    }
    let store = &s.service.store;
    let now = time::OffsetDateTime::now_utc();
    let today = crate::mailbox::store::office_today(now);
    for (i, n) in numbers.iter().enumerate() {
        if i == 11 {
            continue; // answered but never published
        }
        store.answer(n, "张三您好：请致电0755-83394325咨询。", "tester", today, now).unwrap();
        if i == 12 {
            // No consent: cannot be published.
            assert!(store.publish(n, true, "tester", now).is_err());
            continue;
        }
        store.publish(n, true, "tester", now).unwrap();
    }
    let page: PublishedPage = get(&s.app, "/api/letters/published").await.json();
    assert_eq!((page.total, page.pages, page.page, page.items.len()), (11, 2, 1, 10));
    let first = &page.items[0];
    assert_eq!(first.number, numbers[10], "newest answered first (same day: highest number)");
    assert!(!first.body.contains("张三") && first.body.contains("张*"), "{}", first.body);
    assert!(!first.body.contains("44030119900101123X") && !first.body.contains("zhang.san") && !first.body.contains("0013"), "{}", first.body);
    assert!(first.reply.starts_with("张*您好") && !first.reply.contains("83394325"), "{}", first.reply);
    let page2: PublishedPage = get(&s.app, "/api/letters/published?page=2").await.json();
    assert_eq!(page2.items.len(), 1);
    let page9: PublishedPage = get(&s.app, "/api/letters/published?page=9").await.json();
    assert!(page9.items.is_empty());
    let director: PublishedPage = get(&s.app, "/api/letters/published?mailbox=director&category=enquiry").await.json();
    assert_eq!(director.total, 5, "odd numbers 1..9 (11 unpublished)");
    let none: PublishedPage = get(&s.app, "/api/letters/published?category=complaint").await.json();
    assert_eq!(none.total, 0);
    for bad in ["mailbox=nope", "category=x", "page=0", "page=-1", "page=abc", "page=1&page=2"] {
        let r = get(&s.app, &format!("/api/letters/published?{bad}&lang=en")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(r.json::<Value>()["error"], crate::i18n::message(Lang::En, "api-error-bad-request"));
    }
    // Withdrawn: gone from the list.
    store.publish(&numbers[10], false, "tester", now).unwrap();
    let page: PublishedPage = get(&s.app, "/api/letters/published").await.json();
    assert_eq!(page.total, 10);
}

/// `/api/letters/search?q=` with the query percent-encoded.
async fn search_replies(app: &Router, q: &str) -> Reply {
    let q: String = serde_urlencoded::to_string([("q", q)]).unwrap();
    get(app, &format!("/api/letters/search?{q}")).await
}

fn found_numbers(reply: &Reply) -> Vec<String> {
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    reply.json::<PublishedMatches>().items.into_iter().map(|m| m.letter.number).collect()
}

#[tokio::test]
async fn the_replies_search_finds_only_published_replies_masked_and_refuses_bad_queries() {
    let s = setup();
    let store = &s.service.store;
    let now = time::OffsetDateTime::now_utc();
    let today = crate::mailbox::store::office_today(now);
    let mut numbers = Vec::new();
    for (i, (title, publish)) in [("莲塘口岸夜间通关", true), ("莲塘口岸停车收费", true), ("莲塘口岸行李寄存", false), ("莲塘口岸未答复", true)].iter().enumerate() {
        let mut form = letter(&key(i));
        form["title"] = json!(title);
        form["publish"] = json!(publish);
        let receipt: Receipt = post_json(&s.app, &form, "zh-CN").await.json();
        numbers.push(receipt.number);
    }
    // 0 and 1 published; 2 answered without consent; 3 never answered.
    for n in &numbers[..3] {
        store.answer(n, "张三您好：旅检通道每天开放至二十二时，详询0755-83394325。", "tester", today, now).unwrap();
    }
    store.publish(&numbers[0], true, "tester", now).unwrap();
    store.publish(&numbers[1], true, "tester", now).unwrap();
    assert_eq!(found_numbers(&search_replies(&s.app, "莲塘").await).len(), 2);
    let mut both = found_numbers(&search_replies(&s.app, "莲塘口岸").await);
    both.sort();
    assert_eq!(both, [numbers[0].clone(), numbers[1].clone()], "only the published ones");
    // The title ranks: 停车 only in letter 1's title.
    assert_eq!(found_numbers(&search_replies(&s.app, "停车").await), [numbers[1].clone()]);
    // The reply's text is searched, and its words; every term must match.
    assert_eq!(found_numbers(&search_replies(&s.app, "二十二时 夜间通关").await), [numbers[0].clone()]);
    assert!(found_numbers(&search_replies(&s.app, "行李").await).is_empty(), "answered without consent");
    assert!(found_numbers(&search_replies(&s.app, "未答复").await).is_empty(), "not answered");
    // Masked as the published list is, and what is masked cannot be found.
    let reply = search_replies(&s.app, "停车").await;
    let found = &reply.json::<PublishedMatches>().items[0];
    assert!(!found.letter.body.contains("张三") && !found.letter.body.contains("13800138000"), "{}", found.letter.body);
    assert!(found.letter.reply.starts_with("张*") && !found.letter.reply.contains("83394325"), "{}", found.letter.reply);
    assert_eq!(found.page, 1);
    for hidden in ["张三", "13800138000", "83394325"] {
        assert!(found_numbers(&search_replies(&s.app, hidden).await).is_empty(), "{hidden}");
    }
    // Withdrawn: no longer found (the kept index follows the database).
    store.publish(&numbers[1], false, "tester", now).unwrap();
    assert!(found_numbers(&search_replies(&s.app, "停车").await).is_empty());
    // Bad queries: 400 in the request's language, no panic.
    let long = "口".repeat(portal_model::letter::SEARCH_QUERY_CHARS + 1);
    for bad in ["".to_string(), "q=".into(), "q=%20%20".into(), format!("q={long}"), "q=a&q=b".into(), "q=%C0%AF".into()] {
        let r = get(&s.app, &format!("/api/letters/search?{bad}&lang=en")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(r.json::<Value>()["error"], crate::i18n::message(Lang::En, "api-error-bad-request"));
    }
    let punctuation = search_replies(&s.app, "，。!").await;
    assert!(found_numbers(&punctuation).is_empty());
    assert_eq!(search_replies(&s.app, "莲塘").await.headers.get("x-content-type-options").unwrap(), "nosniff");
}

#[tokio::test]
async fn statistics_count_by_month_and_year() {
    let s = setup();
    let store = &s.service.store;
    let at = |d: &str| time::OffsetDateTime::parse(&format!("{d}T02:00:00Z"), &time::format_description::well_known::Rfc3339).unwrap();
    let day = |d: &str| Date::parse(d).unwrap();
    let stored = |k: usize, d: &str| {
        let form: portal_model::letter::LetterForm = serde_json::from_value(letter(&key(k))).unwrap();
        match store.submit(&form.validate().unwrap(), at(d), || Ok(())).unwrap() {
            crate::mailbox::store::Stored::New(r) => r.number,
            other => panic!("{other:?}"),
        }
    };
    // 2025-12-30 (Tue) answered 2026-01-06 (Tue): 5 working days, counted in January.
    let a = stored(1, "2025-12-30");
    store.answer(&a, "答复", "t", day("2026-01-06"), at("2026-01-06")).unwrap();
    // 2026-01-05 (Mon) answered 2026-01-07: 2 days; 2026-01-09 unanswered; 2026-02-02 answered same month 2026-02-03: 1 day.
    let b = stored(2, "2026-01-05");
    store.answer(&b, "答复", "t", day("2026-01-07"), at("2026-01-07")).unwrap();
    stored(3, "2026-01-09");
    let d = stored(4, "2026-02-02");
    store.answer(&d, "答复", "t", day("2026-02-03"), at("2026-02-03")).unwrap();
    assert!(a.starts_with("2025") && b.starts_with("2026"));
    assert!(store.answer(&d, "答复", "t", day("2026-01-01"), at("2026-02-03")).is_err(), "an answer before receipt");
    let stats: Statistics = get(&s.app, "/api/letters/statistics").await.json();
    let json: Value = serde_json::to_value(&stats).unwrap();
    assert_eq!(json["years"][0]["year"], 2026);
    assert_eq!(json["years"][0]["received"], 3);
    assert_eq!(json["years"][0]["answered"], 3);
    assert_eq!(json["years"][0]["average_working_days"], 2.7);
    assert_eq!(json["years"][0]["months"][0], json!({"month": 1, "received": 2, "answered": 2, "average_working_days": 3.5}));
    assert_eq!(json["years"][0]["months"][1], json!({"month": 2, "received": 1, "answered": 1, "average_working_days": 1.0}));
    assert_eq!(json["years"][1], json!({"year": 2025, "received": 1, "answered": 0, "average_working_days": null,
        "months": [{"month": 12, "received": 1, "answered": 0, "average_working_days": null}]}));
}

#[tokio::test]
async fn the_rate_limit_answers_429_with_retry_after() {
    let s = setup_with(RateLimit { limit: 2, window: Duration::from_secs(600) });
    for i in 0..2 {
        assert_eq!(post_json(&s.app, &letter(&key(i)), "zh-CN").await.status, StatusCode::CREATED);
    }
    let limited = post_json(&s.app, &letter(&key(2)), "en").await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = limited.headers.get(header::RETRY_AFTER).unwrap().to_str().unwrap().parse().unwrap();
    assert!((590..=600).contains(&retry), "{retry}");
    let message = limited.json::<Value>()["error"].as_str().unwrap().to_string();
    assert!(message.contains("10 minutes") && message.contains(PHONE), "{message}");
    assert!(limited.headers.contains_key(header::CONTENT_SECURITY_POLICY));
    // A retry of a stored letter is not a new letter: it still gets its receipt.
    assert_eq!(post_json(&s.app, &letter(&key(0)), "zh-CN").await.status, StatusCode::OK);
    // Another address has its own count.
    let mut request = Request::post("/api/letters").header(header::CONTENT_TYPE, "application/json").body(Body::from(letter(&key(3)).to_string())).unwrap();
    request.extensions_mut().insert(ConnectInfo("192.0.2.7:5555".parse::<SocketAddr>().unwrap()));
    assert_eq!(send(&s.app, request).await.status, StatusCode::CREATED);
    assert_eq!(s.service.store.list(None, None).unwrap().len(), 3);
}

#[tokio::test]
async fn a_staff_answer_is_seen_in_the_public_look_up() {
    let s = setup();
    let mut form = letter(&key(1));
    form["publish"] = json!(false);
    let receipt: Receipt = post_json(&s.app, &form, "zh-CN").await.json();
    let data = s.dir.join("data");
    let admin = |args: &[&str]| {
        let mut all = vec!["--data".to_string(), data.display().to_string(), "--by".into(), "王科员".into()];
        all.extend(args.iter().map(|a| a.to_string()));
        crate::mailbox::admin::run(&all)
    };
    let listed = admin(&["list", "--status", "received"]).unwrap();
    assert!(listed.contains(&receipt.number) && listed.ends_with("1 letters"), "{listed}");
    admin(&["progress", &receipt.number]).unwrap();
    let state: LetterState = get(&s.app, &format!("/api/letters/{}?code={}", receipt.number, receipt.code)).await.json();
    assert_eq!(state.status, Status::InProgress);
    let reply_file = s.dir.join("reply.txt");
    std::fs::write(&reply_file, "您好，皇岗口岸旅检通道24小时通关。").unwrap();
    let today = crate::mailbox::store::office_today(time::OffsetDateTime::now_utc()).to_string();
    admin(&["answer", &receipt.number, "--reply-file", reply_file.to_str().unwrap(), "--today", &today]).unwrap();
    let state: LetterState = get(&s.app, &format!("/api/letters/{}?code={}", receipt.number, receipt.code)).await.json();
    assert_eq!(state.status, Status::Answered);
    assert_eq!(state.answered.unwrap().to_string(), today);
    assert_eq!(state.reply.as_deref(), Some("您好，皇岗口岸旅检通道24小时通关。"));
    // The writer did not consent: publishing is refused, and nothing is listed.
    let refused = admin(&["publish", &receipt.number]).unwrap_err();
    assert!(refused.contains("consent"), "{refused}");
    assert!(admin(&["progress", &receipt.number]).is_err(), "an answered letter goes back to nothing");
    assert!(admin(&["show", "2000000001"]).is_err());
    let shown = admin(&["show", &receipt.number]).unwrap();
    assert!(shown.contains("王科员  answered") && shown.contains("web  received") && shown.contains("王科员  in-progress"), "{shown}");
    let csv = s.dir.join("export.csv");
    assert!(admin(&["export", "--csv", csv.to_str().unwrap()]).unwrap().starts_with("1 letters"));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("\u{feff}number,mailbox,"), "{text}");
    assert!(text.contains(&receipt.number) && text.contains("24小时通关"));
    assert!(admin(&["answer", &receipt.number]).is_err(), "answer without a reply");
    assert!(admin(&["frobnicate"]).is_err());
}

#[test]
fn an_old_database_is_upgraded_and_keeps_its_letters_and_secret() {
    let dir = temp_dir().join("data");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(crate::mailbox::store::FILE_NAME);
    {
        // A database as schema version 1 left it, with one letter.
        let mut conn = crate::mailbox::store::connect(&path).unwrap();
        assert_eq!(crate::mailbox::store::migrate(&mut conn, 1).unwrap(), 1);
        conn.execute(
            "INSERT INTO letters (number, year, seq, idem_key, content_hash, code_salt, code_hash, mailbox, category, title, body, name, phone, email, publish_consent, received, received_at)
             VALUES ('2025000007', 2025, 7, 'old-key-0000000000001', x'00', x'00', x'00', 'director', 'help', '旧信的标题', '旧信的正文内容足够长', '李四', '13900000000', '', 0, '2025-06-02', '2025-06-02T01:00:00Z')",
            [],
        )
        .unwrap();
    }
    let store = Store::open(&dir).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let fresh = temp_dir().join("fresh");
        let open = Store::open(&fresh).unwrap();
        let mode = |p: PathBuf| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(fresh.clone()), 0o700);
        assert_eq!(mode(fresh.join(crate::mailbox::store::FILE_NAME)), 0o600);
        assert_eq!(mode(fresh.join(format!("{}-wal", crate::mailbox::store::FILE_NAME))), 0o600);
        drop(open);
    }
    let version: i64 = crate::mailbox::store::connect(&path).unwrap().query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version as usize, crate::mailbox::store::MIGRATIONS.len());
    let old = store.show("2025000007").unwrap().unwrap();
    assert_eq!((old.title.as_str(), old.status), ("旧信的标题", Status::Received));
    // A letter stored now, then the database reopened: the letters, the secret (the same
    // code for a retry) and the sequence are kept.
    let form: portal_model::letter::LetterForm = serde_json::from_value(letter(&key(5))).unwrap();
    let now = time::OffsetDateTime::now_utc();
    let crate::mailbox::store::Stored::New(receipt) = store.submit(&form.validate().unwrap(), now, || Ok(())).unwrap() else { panic!() };
    drop(store);
    let store = Store::open(&dir).unwrap();
    assert_eq!(store.list(None, None).unwrap().len(), 2);
    let crate::mailbox::store::Stored::Replay(again) = store.submit(&form.validate().unwrap(), now, || Ok(())).unwrap() else { panic!() };
    assert_eq!(again, receipt);
    assert!(store.lookup(&receipt.number, &receipt.code).unwrap().is_some());
    // A database from a newer server is not touched.
    let conn = crate::mailbox::store::connect(&path).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(store);
    assert!(Store::open(&dir).unwrap_err().contains("newer"));
}

#[tokio::test]
async fn form_posts_are_read_like_json_and_other_types_refused() {
    let s = setup();
    let body = serde_urlencoded::to_string([
        ("mailbox", "corrections"),
        ("category", "suggestion"),
        ("title", "网站链接失效"),
        ("body", "政策文件页面的附件链接打开后显示404，请修复。<script>alert(1)</script>"),
        ("name", "Li Si"),
        ("email", "li.si@example.cn"),
        ("privacy", "on"),
        ("key", "form-key-000000000001"),
    ])
    .unwrap();
    let reply = post(&s.app, "/api/letters", "application/x-www-form-urlencoded; charset=UTF-8", body.clone(), &[]).await;
    assert_eq!(reply.status, StatusCode::CREATED, "{}", reply.body);
    let stored = s.service.store.list(None, None).unwrap();
    assert!(stored[0].body.ends_with("<script>alert(1)</script>"), "kept as text");
    assert!(!stored[0].publish_consent);
    // Unticked consent: a message on its field.
    let unticked = body.replace("&privacy=on", "");
    let reply = post(&s.app, "/api/letters?lang=en", "application/x-www-form-urlencoded", unticked, &[]).await;
    assert_eq!(reply.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(reply.json::<Rejection>().errors[0].message, "Read and agree to the privacy notice before you send");
    let en = crate::i18n::message(Lang::En, "api-error-bad-request");
    for (content_type, bad) in [
        ("application/x-www-form-urlencoded", b"title=%FF%FE&key=x".to_vec()),
        ("application/x-www-form-urlencoded", b"title=\xff\xfe".to_vec()),
        ("application/json", b"{\"title\": \"\xff\"}".to_vec()),
        ("application/json", b"{\"title\": 5}".to_vec()),
        ("application/json", b"[1,2]".to_vec()),
        ("application/json", b"{\"title\": \"\\ud800\"}".to_vec()),
        ("application/json", b"".to_vec()),
    ] {
        let reply = post(&s.app, "/api/letters?lang=en", content_type, bad.clone(), &[]).await;
        assert_eq!(reply.status, StatusCode::BAD_REQUEST, "{}", String::from_utf8_lossy(&bad));
        assert_eq!(reply.json::<Value>()["error"], en);
    }
    for content_type in ["text/plain", "multipart/form-data; boundary=x", "application/xml"] {
        let reply = post(&s.app, "/api/letters?lang=en", content_type, letter(&key(1)).to_string(), &[]).await;
        assert_eq!(reply.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        assert_eq!(reply.json::<Value>()["error"], crate::i18n::message(Lang::En, "api-error-unsupported-type"));
    }
    let reply = send(&s.app, Request::post("/api/letters").body(Body::from(letter(&key(1)).to_string())).unwrap()).await;
    assert_eq!(reply.status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "no content type");
    let huge = post(&s.app, "/api/letters", "application/json", "x".repeat(70_000), &[]).await;
    assert_eq!(huge.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(huge.json::<Value>()["error"], crate::i18n::message(Lang::ZhCn, "api-error-too-large"));
    let long_head = post(&s.app, "/api/letters", "application/json", "{}", &[("accept-language", "en"), ("x-filler", &"a".repeat(9000))]).await;
    assert_eq!(long_head.status, StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE);
    assert_eq!(long_head.json::<Value>()["error"], crate::i18n::message(Lang::En, "api-error-too-large"));
    assert!(long_head.headers.contains_key(header::CONTENT_SECURITY_POLICY));
    let wrong_method = send(&s.app, Request::delete("/api/letters").body(Body::empty()).unwrap()).await;
    assert_eq!(wrong_method.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(s.service.store.list(None, None).unwrap().len(), 1);
}

#[tokio::test]
async fn without_a_database_the_letter_routes_say_unavailable() {
    let dir = temp_dir();
    let app = app(Config::new(dir.join("dist")));
    let reply = post_json(&app, &letter(&key(1)), "en").await;
    assert_eq!(reply.status, StatusCode::SERVICE_UNAVAILABLE);
    let message = reply.json::<Value>()["error"].as_str().unwrap().to_string();
    assert!(message.contains(PHONE), "{message}");
    assert_eq!(get(&app, "/api/letters/statistics").await.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(get(&app, "/api/letters/2026000001?code=x").await.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(get(&app, "/api/letters/search?q=%E5%8F%A3%E5%B2%B8").await.status, StatusCode::SERVICE_UNAVAILABLE);
}
