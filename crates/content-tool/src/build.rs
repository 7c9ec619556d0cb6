//! `content build`: writes what the browser and search engines read, derived from a checked
//! bundle, into the built site: every list page of every filter, every item page with its
//! neighbours, the home page's latest items, the interviews' index, the checkpoint directory
//! with its notices' titles, the search index (`crate::search`), `sitemap.xml` and the
//! news feed `feed.xml`.
//! It runs in every build (scripts/build), so dist/ never holds stale derived files.

use crate::Bundle;
use portal_model::disclosure::EntryPage;
use portal_model::checkpoint::{CheckpointDirectory, NoticeLink};
use portal_model::interview::InterviewIndex;
use portal_model::news::{HomeFeed, ItemPage};
use portal_model::registry::{self, BundleDerived, Kind, PageIndex};
use portal_model::report::{Download, ReportIndex, ReportPage};
use portal_model::Lang;
use std::path::Path;

/// How many items the feed carries.
pub const FEED_LENGTH: usize = 50;

fn write_json<T: serde::Serialize>(out: &Path, file: &str, value: &T) -> Result<(), String> {
    let path = out.join("content").join(file);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    let json = serde_json::to_string(value).map_err(|e| e.to_string())?;
    std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The whole build of a checked bundle in `src`: the bundle with its zh-HK texts into
/// `out/content` (see `crate::traditional`), then everything derived from that. Returns
/// how many bundle files and how many derived files were written.
pub fn build(src: &Path, out: &Path) -> Result<(usize, usize), String> {
    let content = out.join("content");
    let converter = crate::traditional::Converter::new()?;
    let converted = crate::traditional::write_bundle(src, &content, &converter)?;
    let (bundle, problems) = crate::check::load_and_check(&content);
    if let Some(problem) = problems.first() {
        return Err(format!("the converted bundle has a problem: {problem}"));
    }
    Ok((converted, write(&bundle, out)?))
}

/// Writes the derived files of a loaded bundle; returns how many files.
pub fn write(bundle: &Bundle, out: &Path) -> Result<usize, String> {
    let site = bundle.site.as_ref().ok_or("site.json did not load")?;
    let derived = crate::derive_all(site, &bundle.items, bundle.catalogue.as_ref(), &bundle.entries, &bundle.reports, &bundle.interviews, bundle.knowledge.as_ref(), bundle.checkpoints.as_ref());
    let derived_dir = out.join("content/derived");
    if derived_dir.exists() {
        std::fs::remove_dir_all(&derived_dir).map_err(|e| format!("{}: {e}", derived_dir.display()))?;
    }
    let mut count = 0;
    for list in &derived.news.lists {
        write_json(out, &list.filter.file(&list.section, list.page), list)?;
        count += 1;
    }
    for page in &derived.news.items {
        write_json(out, &ItemPage::file(&page.item.id), page)?;
        count += 1;
    }
    for list in &derived.disclosure.lists {
        write_json(out, &list.filter.file(list.page), list)?;
        count += 1;
    }
    for page in &derived.disclosure.entries {
        write_json(out, &EntryPage::file(&page.entry.id), page)?;
        count += 1;
    }
    // Annual reports: the index, and each report with its tables as CSV (in Chinese).
    write_json(out, ReportIndex::FILE, &ReportIndex::new(&bundle.reports))?;
    count += 1;
    for report in &bundle.reports {
        let mut downloads = Vec::new();
        for grid in report.grids() {
            let csv = grid.csv(&crate::zh_message);
            let href = grid.href(report.year);
            let path = out.join(href.trim_start_matches('/'));
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
            }
            std::fs::write(&path, &csv).map_err(|e| format!("{}: {e}", path.display()))?;
            downloads.push(Download { table: grid.id.to_string(), href, bytes: csv.len() as u64 });
            count += 1;
        }
        let page = ReportPage { schema: portal_model::SCHEMA_VERSION, report: report.clone(), downloads };
        write_json(out, &ReportPage::file(report.year), &page)?;
        count += 1;
    }
    write_json(out, InterviewIndex::FILE, &InterviewIndex::new(&bundle.interviews))?;
    count += 1;
    if let Some(checkpoints) = &bundle.checkpoints {
        let notice = |id: &str| {
            derived.news.items.iter().find(|p| p.item.id == id).map(|p| NoticeLink {
                id: id.to_string(),
                path: format!("/{}/{id}", p.section),
                title: p.item.title.clone(),
                date: p.item.date,
            })
        };
        write_json(out, CheckpointDirectory::FILE, &CheckpointDirectory::new(checkpoints, &notice))?;
        count += 1;
    }
    count += crate::search::write(bundle, &derived, &out.join("content"))?;
    write_json(out, HomeFeed::FILE, &derived.news.home)?;
    write_json(out, PageIndex::FILE, &PageIndex::new(&derived))?;
    count += 2;

    std::fs::write(out.join("sitemap.xml"), sitemap(&site.origin, &derived))
        .map_err(|e| format!("sitemap.xml: {e}"))?;
    std::fs::write(out.join("feed.xml"), feed(site, &derived.news.items)).map_err(|e| format!("feed.xml: {e}"))?;
    Ok(count + 2)
}

/// Every page of the registry in every language, except filtered and later list pages
/// (reached from the lists); items with their date.
pub fn sitemap(origin: &str, derived: &BundleDerived) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in registry::pages(derived).into_iter().filter(|p| !matches!(p.page.route().kind, Kind::SectionList | Kind::CatalogueList)) {
        for lang in Lang::ALL {
            xml.push_str(&format!("  <url><loc>{}{}</loc>", xml_escape(origin), xml_escape(&lang.localize_path(&page.path))));
            if let Some(date) = page.updated {
                xml.push_str(&format!("<lastmod>{date}</lastmod>"));
            }
            xml.push_str("</url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

/// An Atom feed of the newest items of every section, in Chinese.
pub fn feed(site: &portal_model::Site, items: &[ItemPage]) -> String {
    let mut newest: Vec<&ItemPage> = items.iter().collect();
    newest.sort_by(|a, b| b.item.date.cmp(&a.item.date).then_with(|| b.item.id.cmp(&a.item.id)));
    newest.truncate(FEED_LENGTH);
    let origin = xml_escape(&site.origin);
    let updated = newest.first().map(|p| p.item.date.to_string()).unwrap_or_else(|| "2014-01-01".into());
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n  <title>{}</title>\n  <id>{origin}/</id>\n  <link href=\"{origin}/\"/>\n  <link rel=\"self\" href=\"{origin}/feed.xml\"/>\n  <updated>{updated}T00:00:00+08:00</updated>\n  <author><name>{}</name></author>\n",
        xml_escape(site.office.name.in_lang(Lang::ZhCn)),
        xml_escape(site.office.name.in_lang(Lang::ZhCn)),
    );
    for page in newest {
        let item = &page.item;
        let url = format!("{origin}{}", registry::PageRef::Item { section: page.section.clone(), id: item.id.clone() }.path());
        xml.push_str(&format!(
            "  <entry>\n    <title>{}</title>\n    <id>{url}</id>\n    <link href=\"{url}\"/>\n    <updated>{}T00:00:00+08:00</updated>\n    <summary>{}</summary>\n  </entry>\n",
            xml_escape(item.title.in_lang(Lang::ZhCn)),
            item.date,
            xml_escape(item.summary.in_lang(Lang::ZhCn)),
        ));
    }
    xml.push_str("</feed>\n");
    xml
}
