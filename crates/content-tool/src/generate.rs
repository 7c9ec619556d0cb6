//! `content generate N DIR`: a synthetic bundle of N items (the demo's site.json, pages and
//! disclosure home, guide and category tree, knowledge base,
//! plus generated items spread over every category of its sections and the years 2014-2026), to measure
//! the tool, the prerenderer and list sizes at the scale of a real archive.

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
    copy(&demo.join("site.json"), &dir.join("site.json"))?;
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
    Ok(())
}
