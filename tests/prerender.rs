//! The prerenderer, natively: each route becomes a complete document in its language, with
//! its own title, description and canonical link, and the data the browser will reuse.
//! Run with `cargo test --features ssr --test prerender` (scripts/test does).
#![cfg(feature = "ssr")]

use portal::prerender::{self, Template};

const TEMPLATE: &str = r#"<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <script type="module" src="/boot.js" id="portal-boot" data-js="/portal-0123456789abcdef.js" data-wasm="/portal-0123456789abcdef_bg.wasm"></script>
  <link rel="preload" href="/portal-0123456789abcdef_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm">
  <link rel="modulepreload" href="/portal-0123456789abcdef.js">
</head>
<body></body>
</html>"#;

/// The demo bundle as the build leaves it in dist/content: sources plus derived files.
fn built_bundle() -> std::path::PathBuf {
    static DIR: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content");
        let dist = std::env::temp_dir().join(format!("portal-prerender-test-{}", std::process::id()));
        copy_dir(&source, &dist.join("content"));
        // Attachments sit beside the bundle, as Trunk copies them (the check looks for them).
        copy_dir(&source.join("../files"), &dist.join("files"));
        // And the pictures (interviews), which the check also looks for.
        copy_dir(&source.join("../images"), &dist.join("images"));
        let (_, problems) = content_tool::check::load_and_check(&source);
        assert!(problems.is_empty(), "{problems:?}");
        content_tool::build::build(&source, &dist).unwrap();
        dist.join("content")
    })
    .clone()
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().map(Result::unwrap) {
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn render(path: &str) -> Result<String, String> {
    prerender::init();
    prerender::render_path(path, &Template::parse(TEMPLATE).unwrap(), &built_bundle())
}

/// The 404 page of a language, rendered as the build renders it.
fn render_not_found(lang: portal_model::Lang) -> Result<String, String> {
    prerender::init();
    let jobs = prerender::jobs(&built_bundle()).unwrap();
    let job = jobs.iter().find(|j| j.not_found && j.path == lang.localize_path(prerender::NOT_FOUND_PROBE)).unwrap();
    prerender::render(job, &Template::parse(TEMPLATE).unwrap(), &built_bundle())
}

#[test]
fn home_in_chinese_is_a_complete_document() {
    let html = render("/").unwrap();
    // The document names the table of its language's messages, which boot.js fetches for
    // the islands, and the header's islands are in it.
    let texts = portal::i18n::texts_file(portal_model::Lang::ZhCn);
    assert!(html.contains(&format!(r#"<html lang="zh-CN" data-texts="/{texts}">"#)), "{html}");
    assert!(html.contains(r#"<leptos-island data-component="A11yToolbar_"#), "the toolbar is an island");
    // Pages are not hydrated: no data for it, no hydration markers of a whole app.
    assert!(!html.contains("portal-data"), "a data block for hydration");
    // The home page is titled by the office's name once, not "name - name".
    assert!(html.contains("<title>深圳市人民政府口岸办公室</title>"), "{html}");
    assert!(html.contains(r#"<link href="https://ka.sz.gov.cn/" rel="canonical">"#), "{html}");
    assert!(html.contains(r#"<link href="https://ka.sz.gov.cn/en/" hreflang="en" rel="alternate">"#));
    assert!(html.contains(r#"<meta name="description""#));
    // The body is the page, not a loading state, and the footer facts are in it.
    assert!(html.contains("<h1"), "no heading");
    assert!(!html.contains(r#"class="loading""#), "a loading state was prerendered");
    assert!(html.contains("4403000054"));
    // The module script stays; the wasm is not preloaded.
    assert!(!html.contains("application/wasm"), "wasm preload left in");
    // Nor the app's JS: no request of the app's may start before the first paint.
    assert!(!html.contains("modulepreload"), "module preload left in");
    assert!(html.contains("/portal-0123456789abcdef.js"));
    // Under the CSP (no 'unsafe-inline') every script is a file or data, never inline code.
    for script in html.split("<script").skip(1) {
        let tag = &script[..script.find('>').unwrap()];
        assert!(tag.contains(" src=") || tag.contains(r#"type="application/json""#), "inline script: <script{tag}>");
    }
    assert!(!html.contains(" style="), "inline style attribute");
}

#[test]
fn english_static_page_has_its_language_title_and_data() {
    let html = render("/en/privacy").unwrap();
    assert!(html.contains(&format!(r#"<html lang="en" data-texts="/{}">"#, portal::i18n::texts_file(portal_model::Lang::En))), "{html}");
    assert!(!html.contains(r#"<html lang="zh-CN""#));
    assert!(html.contains("<title>Privacy - Port Office of the Shenzhen Municipal People&#39;s Government</title>")
        || html.contains("<title>Privacy - Port Office of the Shenzhen Municipal People's Government</title>"), "{html}");
    assert!(html.contains(r#"<link href="https://ka.sz.gov.cn/en/privacy" rel="canonical">"#));
    assert!(html.contains("Your rights"));
    assert!(html.contains("Personal Information Protection Law"));
}

#[test]
fn unknown_path_renders_the_404_page_without_canonical() {
    let html = render_not_found(portal_model::Lang::ZhCn).unwrap();
    assert!(html.contains("页面未找到"));
    assert!(html.contains(r#"data-status="404""#));
    assert!(!html.contains(r#"rel="canonical""#));
    let en = render_not_found(portal_model::Lang::En).unwrap();
    let tag = &en[en.find("<html").unwrap()..][..en[en.find("<html").unwrap()..].find('>').unwrap()];
    assert!(tag.contains(r#"data-status="404""#) && tag.contains(r#"lang="en""#), "{tag}");
}

#[test]
fn a_registered_path_that_renders_not_found_fails_the_build() {
    // Each is a path the registry matches whose content does not exist.
    for path in ["/news/20990101-01", "/notices/20180612-01", "/news/list/all/2099/1", "/en/news/list/statistics/all/99"] {
        let err = render(path).unwrap_err();
        assert!(err.starts_with(path) && err.contains("not-found"), "{path}: {err}");
    }
    assert!(render("/no-such-page").unwrap_err().contains("not-found"));
}

#[test]
fn a_missing_static_page_is_not_found_like_an_unknown_item() {
    let dir = std::env::temp_dir().join(format!("portal-prerender-missing-page-{}", std::process::id()));
    copy_dir(&built_bundle(), &dir);
    std::fs::remove_file(dir.join("pages/privacy.json")).unwrap();
    prerender::init();
    let err = prerender::render_path("/privacy", &Template::parse(TEMPLATE).unwrap(), &dir).unwrap_err();
    assert!(err.contains("/privacy") && err.contains("not-found"), "{err}");
    // A broken one is an error, with the file and the reason.
    std::fs::write(dir.join("pages/about.json"), "{").unwrap();
    let err = prerender::render_path("/about", &Template::parse(TEMPLATE).unwrap(), &dir).unwrap_err();
    assert!(err.contains("pages/about.json"), "{err}");
}

#[test]
fn the_template_may_name_any_language_or_none() {
    for html_tag in [r#"<html lang="en">"#, "<html>", r#"<html lang='zh-CN' dir="ltr">"#] {
        let template = TEMPLATE.replace(r#"<html lang="zh-CN">"#, html_tag);
        prerender::init();
        let html = prerender::render_path("/en/about", &Template::parse(&template).unwrap(), &built_bundle()).unwrap();
        let open = &html[html.find("<html").unwrap()..];
        let open = &open[..open.find('>').unwrap()];
        assert_eq!(open.matches("lang=").count(), 1, "{open}");
        assert!(open.contains(r#"lang="en""#), "{open}");
    }
}

#[test]
fn every_page_of_the_site_map_is_prerendered_once() {
    let pages = prerender::jobs(&built_bundle()).unwrap();
    let files: std::collections::BTreeSet<_> = pages.iter().map(|j| j.file.as_str()).collect();
    assert_eq!(files.len(), pages.len(), "two paths write the same file");
    for file in [
        "index.html",
        "about/index.html",
        "en/index.html",
        "en/sitemap/index.html",
        "404.html",
        "en/404.html",
        "news/index.html",
        "notices/list/policy/all/1/index.html",
        "en/news/list/all/2024/1/index.html",
        "news/20180612-01/index.html",
        "en/news/20180612-01/index.html",
    ] {
        assert!(files.contains(file), "{file} missing from {files:?}");
    }
}

#[test]
fn an_already_prerendered_document_is_not_a_template() {
    let once = render("/").unwrap();
    assert!(Template::parse(&once).is_err());
}

#[test]
fn a_news_item_carries_its_body_breadcrumbs_and_neighbours() {
    let html = render("/news/20180612-01").unwrap();
    assert!(html.contains("深圳湾口岸旅检区新增一批便民服务设施"));
    // (Leptos puts <!> markers after text nodes, so match the start of each element.)
    assert!(html.contains(r#"<li aria-current="page">深圳湾口岸旅检区新增一批便民服务设施"#), "breadcrumb");
    assert!(html.contains(r#"href="/news">新闻动态"#), "breadcrumb to the list");
    assert!(html.contains("示例内容"), "sample items say so");
    assert!(html.contains(r#"rel="next""#) || html.contains(r#"rel="prev""#));
}

#[test]
fn item_pages_are_known_by_their_own_address_in_every_language() {
    let html = render("/news/20180612-01").unwrap();
    assert!(html.contains(r#"<link href="https://ka.sz.gov.cn/news/20180612-01" rel="canonical">"#), "{html}");
    assert!(html.contains(r#"<link href="https://ka.sz.gov.cn/zh-hk/news/20180612-01" hreflang="zh-HK" rel="alternate">"#));
    let list = render("/en/news/list/all/2024/1").unwrap();
    assert!(list.contains(r#"<link href="https://ka.sz.gov.cn/en/news/list/all/2024/1" rel="canonical">"#));
}

#[test]
fn traditional_pages_show_converted_content_and_interface() {
    let html = render("/zh-hk/news/20180612-01").unwrap();
    assert!(html.contains(r#"<html lang="zh-HK""#));
    assert!(html.contains("深圳灣口岸旅檢區新增一批便民服務設施"), "converted title");
    assert!(html.contains("新聞動態"), "zh-HK interface strings");
    // The heading shows the Traditional text (the data handover carries every language).
    assert!(html.contains(r#"class="page-heading">深圳灣口岸旅檢區新增一批便民服務設施"#), "{html}");
}

#[test]
fn a_filtered_list_page_shows_its_filter_and_count() {
    let html = render("/notices/list/policy/all/1").unwrap();
    assert!(html.contains(r#"<option value="policy" selected"#), "{html}");
    assert!(html.contains("共 "), "count line");
    assert!(render("/notices/list/port-news/all/1").is_err(), "a category of the other section is not found");
}

#[test]
fn disclosure_pages_render_in_every_language() {
    for (path, heading) in [
        ("/disclosure", "信息公开"),
        ("/disclosure/guide", "政府信息公开指南"),
        ("/disclosure/catalogue", "公开目录"),
        ("/en/disclosure/catalogue/list/policy/all/all/1", "Disclosure catalogue"),
        ("/zh-hk/disclosure", "信息公開"),
    ] {
        let html = render(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let h1 = &html[html.find("<h1").expect("a heading")..html.find("</h1>").expect("a heading")];
        assert!(h1.contains(heading), "{path}: heading {h1}, not {heading}");
    }
    // The catalogue's first view carries one page of entries, not the catalogue.
    let html = render("/disclosure/catalogue").unwrap();
    assert_eq!(html.matches(r#"class="catalogue__entry""#).count(), 20);
    assert!(html.contains(r#"name="validity""#) && html.contains(r#"action="/disclosure/catalogue""#));
    // The disclosure home offers the guide and the catalogue.
    let html = render("/en/disclosure").unwrap();
    assert!(html.contains(r#"href="/en/disclosure/guide""#) && html.contains(r#"href="/en/disclosure/catalogue""#));
}

#[test]
fn a_repealed_entry_says_so_at_the_top() {
    let html = render("/disclosure/catalogue/2019-00003").unwrap();
    let h1 = html.find("</h1>").expect("heading");
    let notice = html.find("本文件已于 2022-06-30 废止").expect("the repeal notice");
    let meta = html.find(r#"class="entry-meta""#).expect("the entry's facts");
    assert!(h1 < notice && notice < meta, "the notice is not right under the heading");
    assert!(html.contains(r#"href="/disclosure/catalogue/2022-00004""#), "no link to the replacing document");
    assert!(html.contains("11440300K00000000X/2019-00003"));
    // Breadcrumbs: home, disclosure, catalogue.
    assert!(html.contains(r#"href="/disclosure""#) && html.contains(r#"href="/disclosure/catalogue""#));
    let current = render("/en/disclosure/catalogue/2022-00004").unwrap();
    assert!(!current.contains("entry-validity"), "a current entry has no notice");
    // An entry that points at a news item links to it instead of repeating it.
    let linked = render("/disclosure/catalogue/2023-00004").unwrap();
    assert!(linked.contains(r#"href="/notices/20230203-01""#));
}

#[test]
fn an_annual_report_renders_its_tables_with_captions_and_headers() {
    let html = render("/disclosure/reports/2021").unwrap();
    assert!(html.contains("市口岸办2021年政府信息公开工作年度报告"), "no title");
    for caption in ["表二（一）", "表三 收到和处理政府信息公开申请情况", "表四 政府信息公开行政复议、行政诉讼情况"] {
        assert!(html.contains(&format!("<caption>{caption}")), "no caption {caption}");
    }
    // Table 三's two-level header: the group spans its five sub-columns, and a cell of a
    // sub-column names both, its group of rows and its row.
    assert!(html.contains(r#"<th id="t3-c1" scope="colgroup" colspan="5">法人或其他组织<"#), "two-level header");
    assert!(html.contains(r#"<th id="t3-c1-0" scope="col">商业企业<"#));
    assert!(html.contains(r#"headers="t3-c1 t3-c1-0 t3-report-t3-refused "#), "a refused reason's cell");
    // Every `headers` id exists in the page.
    for attr in html.split(r#"headers=""#).skip(1) {
        for id in attr[..attr.find('"').unwrap()].split(' ') {
            assert!(html.contains(&format!(r#"id="{id}""#)), "headers names {id}, which is not in the page");
        }
    }
    assert!(html.contains(r#"href="/files/reports/2021-t3.csv""#), "CSV link");
    assert!(html.contains("CSV 表格"), "type in the link text");
    let en = render("/en/disclosure/reports/2021").unwrap();
    assert!(en.contains("<caption>Table 3: applications for disclosure received and handled<"));
    assert!(en.contains(">Legal persons or other organisations<"));
}

#[test]
fn the_2014_report_and_the_reports_list_render() {
    let html = render("/disclosure/reports/2014").unwrap();
    for figure in ["164", "404", "140", "538"] {
        assert!(html.contains(&format!("<dd>{figure}<")), "2014 figure {figure}");
    }
    assert!(!html.contains("<table"), "a narrative report has no tables");
    let list = render("/disclosure/reports").unwrap();
    let newest = list.find("/disclosure/reports/2025").expect("2025 listed");
    assert!(newest < list.find("/disclosure/reports/2014").expect("2014 listed"), "newest first");
    assert!(list.contains(r#"role="img""#) && list.contains("<title id="), "the chart is a labelled image");
    let home = render("/en/").unwrap();
    assert!(home.contains(r#"href="/en/disclosure/reports/2025""#), "the home page links the newest report");
    assert!(list.contains("2014年至2025年，本办主动公开的信息从 164 条增加到 297 条"), "trend sentence");
    // The letters figure: 2014's real 538, none in the 2019 report: no bar, its description
    // names the year, the table says "not reported", the trend counts only the years with it.
    assert!(list.contains("柱状图：答复市民来信（件），2014年至2025年；2019年无此数字。"), "the chart names the year without a figure");
    assert!(list.contains(r#"<span aria-hidden="true">—</span><span class="visually-hidden">未报告"#), "not reported in the table");
    assert!(list.contains("在报告了来信数字的 7 个年度共答复市民来信 3669 件"), "letters in the trend");
    assert!(html.contains("<dt>答复市民来信（件）<!></dt><dd>538<!></dd>"), "2014's letters among its key figures");
    let r2019 = render("/disclosure/reports/2019").unwrap();
    assert!(!r2019.contains("答复市民来信"), "a report without the figure does not list it");
}

#[test]
fn the_trend_sentence_leaves_out_letters_when_no_report_gives_them() {
    use portal_model::report::{KeyFigures, ReportSummary};
    let report = |year, published, letters| ReportSummary {
        year,
        title: portal_model::Text::from("年度报告"),
        sample: true,
        published: portal_model::Date::parse("2020-01-20").unwrap(),
        key: KeyFigures { published, applications: 3, results: 2, reviews: 1, lawsuits: 0, letters },
    };
    let none = portal::pages::reports_list::trend(portal_model::Lang::En, &[report(2019, 10, None), report(2020, 8, None)]).unwrap();
    assert_eq!(
        none,
        "From 2019 to 2020, the information the Office published proactively fell from 10 to 8 items a year; over those years it received 6 applications for disclosure and concluded 4, and faced 2 administrative reviews and 0 lawsuits."
    );
    let some = portal::pages::reports_list::trend(portal_model::Lang::En, &[report(2019, 10, None), report(2020, 10, Some(5))]).unwrap();
    assert!(some.ends_with("stayed from 10 to 10 items a year; over those years it received 6 applications for disclosure and concluded 4, and faced 2 administrative reviews and 0 lawsuits; in the one year whose report gives the figure, it answered 5 letters from the public."), "{some}");
    assert_eq!(portal::pages::reports_list::trend(portal_model::Lang::En, &[]), None);
}

#[test]
fn checkpoint_pages_show_regular_hours_and_never_an_open_now_status() {
    let html = render("/checkpoints").unwrap();
    assert!(html.contains("罗湖口岸") && html.contains("06:30–24:00"), "regular hours");
    assert!(html.contains(r#"action="/checkpoints""#) && html.contains(r#"name="open" value="now""#), "the GET form");
    // The status depends on the moment the page is read: none is baked in.
    for baked in ["open-status", "开放中", "已关闭", "现在是北京时间"] {
        assert!(!html.contains(baked), "{baked} in the prerendered directory");
    }
    let filtered = render("/en/checkpoints/list/sea/all/now").unwrap();
    assert!(filtered.contains("Shekou Cruise Home Port") && !filtered.contains("Luohu Port</a>"), "type filter applied");
    assert!(filtered.contains(r#"<option value="sea" selected"#) && filtered.contains("checked"), "{filtered}");
    assert!(!filtered.contains("open-status") && !filtered.contains("Closed, opens"));
    let page = render("/checkpoints/luohu").unwrap();
    assert!(page.contains("<caption>罗湖口岸每日通关时间（北京时间）"), "table caption");
    assert!(page.contains(r#"<th scope="col">"#) && page.contains(r#"<th scope="row">旅客"#));
    assert!(page.contains(r#"href="geo:22.53215,114.11751""#), "map link");
    assert!(page.contains(r#"href="/notices/20261126-01""#), "the notice of a change");
    assert!(page.contains(r#"href="tel:0755-83394325""#), "hotline");
    assert!(!page.contains("open-status") && !page.contains("开放中"));
    assert!(render("/zh-hk/checkpoints/shatoujiao").unwrap().contains("暫停通關"), "a closure, in Traditional");
    assert!(render("/checkpoints/nowhere").is_err(), "an unknown checkpoint is not found");
}

/// The search page as the server renders it for a search (`crates/server/src/search_page.rs`).
fn render_search(path_and_query: &str, replies: Option<Vec<portal_model::search::Fragment>>, content: &std::path::Path) -> String {
    prerender::init();
    let (path, query) = path_and_query.split_once('?').unwrap();
    let params = portal::pages::search::Params::from_pairs(serde_urlencoded::from_str(query).unwrap());
    let lang = portal_model::Lang::from_path(path);
    let answer = portal::search::answer(content, lang, &params.q, &params.filter(), params.page, replies);
    prerender::render_with(path, &Template::parse(TEMPLATE).unwrap(), &built_bundle(), portal::pages::search::Searched { params, answer }).unwrap()
}

#[test]
fn the_server_renders_a_search_with_its_results_and_every_page_has_the_search_form() {
    // The page without a search: the form, and the search page's island; no results.
    let html = render("/search").unwrap();
    assert!(html.contains(r#"<form role="search" method="get" action="/search" aria-label="站内搜索" class="search-form">"#), "the form");
    assert!(html.contains(r#"<leptos-island data-component="SearchEnhance_"#), "the search page's island");
    assert!(!html.contains("data-search-query"));
    // A search: its results, filters and count, the query in the field and the title.
    let page = render_search("/search?q=罗湖&page=1", Some(Vec::new()), &built_bundle());
    assert!(page.contains(r#"data-search-query="罗湖""#), "the results heading");
    assert!(page.contains(r#"<title>“罗湖”的搜索结果 - 站内搜索 - "#), "the title says the search");
    assert!(page.contains(r#"href="/checkpoints/luohu""#), "a result");
    assert!(page.contains(r#"role="status" class="search__count">共找到 "#), "the count");
    assert!(page.contains(r#"value="罗湖""#), "the field keeps the query");
    assert!(page.contains("&amp;section=checkpoints"), "a section filter");
    assert!(!page.contains("来信答复暂时无法搜索"));
    // Crafted values are ignored; markup in the query is text.
    let crafted = render_search("/en/search?q=%3Cimg+src%3Dx%3E&section=%3Cb%3E&year=abc&page=-1", Some(Vec::new()), &built_bundle());
    assert!(!crafted.contains("<img src=x>") && crafted.contains("&lt;img src=x&gt;"), "the query is text, in the page and its title");
    assert!(crafted.contains("<title>Results for “&lt;img src=x&gt;” - Search - "));
    assert!(crafted.contains("Nothing was found for"));
    // The replies could not be searched: the index's results, and a notice with the count.
    let alone = render_search("/search?q=口岸", None, &built_bundle());
    assert!(alone.contains("来信答复暂时无法搜索") && alone.contains("data-search-total"), "{alone}");
    // An index that cannot be read: the page says so, with the form and the way to help.
    let empty = std::env::temp_dir().join(format!("portal-search-no-index-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let failed = render_search("/search?q=口岸", Some(Vec::new()), &empty);
    assert!(failed.contains("暂时无法显示此内容") && failed.contains(r#"value="口岸""#) && failed.contains("0755-83394325"), "{failed}");
    assert!(failed.contains(r#"href="/search?q=%E5%8F%A3%E5%B2%B8""#), "try again");
    for path in ["/", "/en/about", "/zh-hk/news"] {
        let page = render(path).unwrap();
        let class = page.find(r#"class="search-box""#).unwrap_or_else(|| panic!("{path}: no search form"));
        let form = page[..class].rfind("<form").unwrap();
        let end = form + page[form..].find("</form>").unwrap();
        let prefix = portal_model::Lang::from_path(path).url_prefix();
        assert!(page[form..end].contains(&format!(r#"action="{prefix}/search""#)), "{path}: {}", &page[form..end]);
        assert!(page[form..end].contains(r#"name="q""#));
        assert!(page[form..end].contains(r#"role="search""#) && page[form..end].contains(r#"method="get""#));
    }
}

#[test]
fn the_server_renders_the_published_replies_it_read_and_says_when_it_could_not() {
    use portal::pages::letter_replies::{Replies, RepliesQuery};
    use portal_model::letter::{Category, Mailbox, PublishedLetter, PublishedPage};
    prerender::init();
    let template = Template::parse(TEMPLATE).unwrap();
    let render = |query: &str, page: Option<PublishedPage>| {
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap();
        prerender::render_with("/mailbox/replies", &template, &built_bundle(), Replies { query: RepliesQuery::from_pairs(&pairs), page }).unwrap()
    };
    // The prerendered page (no mailbox server behind the host): the replies are live, and the phone.
    let prerendered = self::render("/mailbox/replies").unwrap();
    assert!(prerendered.contains("0755-83394325") && !prerendered.contains("<leptos-island data-component=\"LetterReplies"), "no island");
    // A page of replies, with the filter as asked and the next page's link keeping it.
    let letter = PublishedLetter {
        number: "2026000007".into(),
        mailbox: Mailbox::Director,
        category: Category::Complaint,
        title: "莲塘口岸<b>夜间</b>".into(),
        body: "问".into(),
        received: portal_model::Date::parse("2026-01-01").unwrap(),
        answered: portal_model::Date::parse("2026-01-05").unwrap(),
        reply: "答".into(),
    };
    let page = PublishedPage { items: vec![letter], total: 11, page: 1, pages: 2 };
    let html = render("mailbox=director&category=nosuch&page=-2", Some(page));
    assert!(html.contains(r#"id="reply-2026000007""#) && html.contains("莲塘口岸&lt;b&gt;夜间&lt;/b&gt;"), "the reply, its title as text");
    assert!(html.contains(r#"<option value="director" selected"#), "the mailbox filter as asked");
    assert!(html.contains(r#"href="/mailbox/replies?mailbox=director&amp;page=2""#), "the next page keeps the filter, not the unknown category");
    // The mailbox could not be read.
    let failed = render("", None);
    assert!(failed.contains(r#"class="replies__failed""#) && failed.contains("0755-83394325"));
}

#[test]
fn the_wechat_account_is_prerendered_on_home_and_the_contact_page_only() {
    for (path, heading, id_label, alt) in [
        ("/", "微信公众号", "微信号：", "微信公众号“深圳口岸办示例号”的二维码"),
        ("/about", "微信公众号", "微信号：", "微信公众号“深圳口岸办示例号”的二维码"),
        ("/zh-hk/about", "微信公眾號", "微信號：", "微信公眾號“深圳口岸辦示例號”的二維碼"),
        ("/en/", "WeChat official account", "WeChat ID:", "QR code of the WeChat official account &quot;Shenzhen Port Office sample account&quot;"),
    ] {
        let html = render(path).unwrap();
        assert!(html.contains(r#"-wechat" class="wechat-account">"#), "{path}: no account section");
        assert!(html.contains(&format!("-wechat\">{heading}<")), "{path}: heading {heading}");
        assert!(html.contains(r#"src="/images/wechat-account-qr.svg""#), "{path}: the picture");
        assert!(html.contains(&format!(r#"alt="{alt}""#)), "{path}: the text alternative {alt}");
        // What a person who cannot scan types into WeChat's search, as text.
        assert!(html.contains(id_label) && html.contains("sample-szka"), "{path}: the WeChat ID");
        // The demo account is not the office's: labelled as sample content.
        assert!(html.contains(r#"<span class="tag">"#), "{path}: the sample label");
    }
    for path in ["/copyright", "/en/privacy", "/news"] {
        // (The site data handed to the app names the picture on every page; the markup is not there.)
        assert!(!render(path).unwrap().contains(r#"class="wechat-account""#), "{path} shows no account");
    }
}
