//! `content generate N DIR`: a synthetic bundle at the scale of a real archive, to measure
//! the tool, the prerenderer and list sizes: the demo's site.json (without its WeChat
//! account, whose picture is not in DIR), pages and disclosure
//! home, guide and category tree, its knowledge base and checkpoints (without notices); N news items spread over every category of its sections
//! and the years 2014-2026; N disclosure catalogue entries spread over every category of
//! the tree and the same years, a tenth of them repealed and a tenth amended (replaced by a
//! later entry); and 30 years of annual reports, 1996-2025, every one with the national
//! tables (the demo's 2019-2025 reports in turn, renamed: the heaviest case for `content
//! check`, and one in seven without a letters figure, as the demo's 2019). Everything
//! generated is flagged sample and keeps every rule of `content check`.

use std::path::Path;

/// The demo bundle whose site.json and static pages the generated bundle takes.
const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/content");
const PLACES: &[&str] = &["罗湖", "皇岗", "福田", "深圳湾", "文锦渡", "沙头角", "莲塘", "蛇口", "宝安机场", "盐田港"];

pub fn write(n: usize, dir: &Path) -> Result<(), String> {
    let items_dir = dir.join("news/items");
    std::fs::create_dir_all(&items_dir).map_err(|e| format!("{}: {e}", items_dir.display()))?;
    std::fs::create_dir_all(dir.join("pages")).map_err(|e| e.to_string())?;
    let demo = std::path::Path::new(DEMO);
    let copy = |from: &Path, to: &Path| std::fs::copy(from, to).map(|_| ()).map_err(|e| format!("{}: {e}", from.display()));
    // Without the WeChat account: its QR picture lives beside the bundle (public/images/),
    // outside DIR, and one account does not grow with N.
    let mut site: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(demo.join("site.json")).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    site.as_object_mut().ok_or("site.json is not an object")?.remove("wechat");
    std::fs::write(dir.join("site.json"), serde_json::to_string_pretty(&site).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    for entry in std::fs::read_dir(demo.join("pages")).map_err(|e| e.to_string())?.filter_map(Result::ok) {
        copy(&entry.path(), &dir.join("pages").join(entry.file_name()))?;
    }
    // The disclosure home, guide and category tree of the demo, without its entries.
    std::fs::create_dir_all(dir.join("disclosure")).map_err(|e| e.to_string())?;
    for file in ["home.json", "guide.json", "catalogue.json"] {
        copy(&demo.join("disclosure").join(file), &dir.join("disclosure").join(file))?;
    }
    // The demo's knowledge base (its pages are made from it; it does not grow with N).
    copy(&demo.join("knowledge.json"), &dir.join("knowledge.json"))?;
    // The checkpoint directory, without its references to demo notices N may not hold.
    let mut checkpoints: portal_model::checkpoint::Checkpoints =
        portal_model::parse("checkpoints.json", &std::fs::read_to_string(demo.join("checkpoints.json")).map_err(|e| e.to_string())?)
            .map_err(|e| e.to_string())?;
    for c in &mut checkpoints.checkpoints {
        c.notices.clear();
        c.changes.clear();
    }
    std::fs::write(dir.join("checkpoints.json"), serde_json::to_string_pretty(&checkpoints).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    // Items spread over every category of every section of the demo's site.json.
    let site: portal_model::Site = portal_model::parse("site.json", &std::fs::read_to_string(demo.join("site.json")).map_err(|e| e.to_string())?)
        .map_err(|e| e.to_string())?;
    let categories: Vec<&str> = site.sections.iter().flat_map(|s| s.categories.iter().map(|c| c.id.as_str())).collect();
    // Spread over 2014-01-01 .. 2026-11-20: 13 years of 336 usable days (28 a month), so
    // every date is valid without a calendar; up to 99 items a day.
    let days = 13 * 12 * 28;
    for i in 0..n {
        let day = i % days;
        let (year, month, dom) = (2014 + day / (12 * 28), 1 + (day / 28) % 12, 1 + day % 28);
        let seq = 1 + i / days;
        let id = format!("{year:04}{month:02}{dom:02}-{seq:02}");
        let place = PLACES[i % PLACES.len()];
        let item = serde_json::json!({
            "schema": 1,
            "id": id,
            "sample": true,
            "category": categories[i % categories.len()],
            "date": format!("{year:04}-{month:02}-{dom:02}"),
            "source": { "zh-CN": "市口岸办", "en": "Shenzhen Port Office" },
            "title": { "zh-CN": format!("{place}口岸第{}号测试信息", i + 1), "en": format!("{place} checkpoint test item {}", i + 1) },
            "summary": { "zh-CN": format!("这是为规模测试生成的第{}条信息。", i + 1) },
            "tags": [format!("{place}口岸")],
            "body": [
                { "type": "paragraph", "text": { "zh-CN": format!("{place}口岸的测试正文，用于衡量大量内容时的构建和下载成本。") } }
            ]
        });
        let path = items_dir.join(format!("{id}.json"));
        std::fs::write(&path, serde_json::to_string_pretty(&item).unwrap()).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    write_entries(n, dir)?;
    write_reports(dir, demo)
}

/// The first year of the generated entries, and how many years they span (2014-2026).
const ENTRY_YEARS: (usize, usize) = (2014, 13);

fn entry_id(i: usize) -> String {
    format!("{:04}-{:05}", ENTRY_YEARS.0 + i % ENTRY_YEARS.1, 1 + i / ENTRY_YEARS.1)
}

/// N catalogue entries: entry i is in year 2014 + i % 13 with serial 1 + i / 13 (so the
/// serials of a year run without gaps), dated on a 28-day month as the items are.
fn write_entries(n: usize, dir: &Path) -> Result<(), String> {
    let entries_dir = dir.join("disclosure/entries");
    std::fs::create_dir_all(&entries_dir).map_err(|e| format!("{}: {e}", entries_dir.display()))?;
    let catalogue: portal_model::disclosure::Catalogue =
        portal_model::parse("catalogue.json", &std::fs::read_to_string(dir.join("disclosure/catalogue.json")).map_err(|e| e.to_string())?)
            .map_err(|e| e.to_string())?;
    let categories: Vec<String> = catalogue.flat().into_iter().map(|(_, c)| c.id.clone()).collect();
    if categories.is_empty() {
        return Err("generate: the demo catalogue has no categories".into());
    }
    for i in 0..n {
        let id = entry_id(i);
        let year = ENTRY_YEARS.0 + i % ENTRY_YEARS.1;
        let k = i / ENTRY_YEARS.1;
        let (month, dom) = (1 + k % 12, 1 + (k / 12) % 28);
        let date = format!("{year:04}-{month:02}-{dom:02}");
        let place = PLACES[i % PLACES.len()];
        // A tenth repealed at the end of their year; a tenth amended by the entry with the
        // next serial of the same year (13 further on), where there is one.
        let validity = match i % 10 {
            7 => serde_json::json!({ "state": "repealed", "date": format!("{year:04}-12-31") }),
            8 if i + ENTRY_YEARS.1 < n => {
                serde_json::json!({ "state": "amended", "date": format!("{year:04}-12-31"), "replaced_by": entry_id(i + ENTRY_YEARS.1) })
            }
            _ => serde_json::json!({ "state": "current" }),
        };
        let mut entry = serde_json::json!({
            "schema": 1,
            "id": id,
            "sample": true,
            "index_number": format!("11440300K00000000X/{id}"),
            "category": categories[i % categories.len()],
            "title": { "zh-CN": format!("{place}口岸第{}号测试公开条目", i + 1), "en": format!("{place} checkpoint test disclosure entry {}", i + 1) },
            "publisher": { "zh-CN": "深圳市人民政府口岸办公室", "en": "Shenzhen Port Office" },
            "written": date,
            "published": date,
            "validity": validity,
            "summary": { "zh-CN": format!("这是为规模测试生成的第{}条公开目录条目。", i + 1) },
            "body": [
                { "type": "paragraph", "text": { "zh-CN": format!("{place}口岸的测试公开条目正文，用于衡量大量条目时的检查、构建和预渲染成本。") } }
            ]
        });
        if i % 3 == 0 {
            entry["document_number"] = serde_json::json!(format!("深口岸办〔{year}〕{}号", 1 + k));
        }
        let path = entries_dir.join(format!("{id}.json"));
        std::fs::write(&path, serde_json::to_string_pretty(&entry).unwrap()).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// 30 annual reports, 1996-2025, each the demo's report of 2019 + (year - 1996) % 7 with
/// its year, publishing date, title and summary changed; all flagged sample.
fn write_reports(dir: &Path, demo: &Path) -> Result<(), String> {
    let reports_dir = dir.join("disclosure/reports");
    std::fs::create_dir_all(&reports_dir).map_err(|e| format!("{}: {e}", reports_dir.display()))?;
    for year in 1996..=2025 {
        let template = 2019 + (year - 1996) % 7;
        let from = demo.join(format!("disclosure/reports/{template}.json"));
        let text = std::fs::read_to_string(&from).map_err(|e| format!("{}: {e}", from.display()))?;
        let mut report: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", from.display()))?;
        report["year"] = serde_json::json!(year);
        report["sample"] = serde_json::json!(true);
        report["published"] = serde_json::json!(format!("{}-01-25", year + 1));
        for field in ["title", "summary"] {
            if let Some(texts) = report[field].as_object_mut() {
                for text in texts.values_mut() {
                    if let Some(s) = text.as_str() {
                        *text = serde_json::json!(s.replace(&template.to_string(), &year.to_string()));
                    }
                }
            }
        }
        let path = reports_dir.join(format!("{year}.json"));
        std::fs::write(&path, serde_json::to_string_pretty(&report).unwrap()).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}
