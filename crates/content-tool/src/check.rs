//! `content check`: loads every file of a bundle and reports, one line each, everything the
//! site could not show: files that do not parse (with their JSON path), ids that do not
//! match their file or date, duplicate ids, unknown categories, dangling links and
//! attachments, attachment sizes that are wrong, tables with ragged rows, interviews whose
//! transcript names no guest or disagrees with their status, pictures that are missing,
//! knowledge-base questions outside its categories; and everything a hostile bundle could
//! use: files over [`MAX_FILE_BYTES`] (refused before parsing), text that is not UTF-8, URLs
//! a field should not hold (every URL goes through the model's [`check_url`]) and ids that
//! would make odd paths ([`check_id`]).

use crate::Bundle;
use portal_model::disclosure::{check_index_number, Catalogue, CatalogueEntry, DisclosureHome, ValidityState};
use portal_model::checkpoint::Checkpoints;
use portal_model::interview::{Interview, InterviewStatus};
use portal_model::knowledge::KnowledgeBase;
use portal_model::news::NewsItem;
use portal_model::registry;
use portal_model::report::Report;
use portal_model::{parse, Block, Page, Site};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

pub use portal_model::ATTACHMENT_KINDS;
use portal_model::{check_id, check_url, UrlKind, MAX_FILE_BYTES};

/// One problem: file (relative to the bundle), JSON path, reason.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: String,
    pub path: String,
    pub reason: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // One line each, whatever a hostile file name or value holds.
        let line = |s: &str| -> String {
            s.chars().map(|c| if c.is_control() { c.escape_default().to_string() } else { c.to_string() }).collect()
        };
        write!(f, "{}: {}: {}", line(&self.file), line(&self.path), line(&self.reason))
    }
}

fn problem(file: &str, path: impl Into<String>, reason: impl Into<String>) -> Problem {
    Problem { file: file.to_string(), path: path.into(), reason: reason.into() }
}

fn from_bundle_error(err: portal_model::BundleError) -> Problem {
    use portal_model::BundleError::*;
    match err {
        Syntax { file, line, column, reason } => {
            // serde_json ends its reason with the position, which is already said.
            let reason = reason.rsplit_once(" at line ").map_or(reason.as_str(), |(r, _)| r);
            problem(&file, "$", format!("not valid JSON at line {line}, column {column}: {reason}"))
        }
        UnsupportedSchema { file, found } => problem(
            &file,
            "$.schema",
            match found {
                Some(v) => format!("unsupported schema {v} (this build reads {})", portal_model::SCHEMA_VERSION),
                None => "missing".to_string(),
            },
        ),
        Invalid { file, path, reason } => problem(&file, path, reason),
    }
}

/// JSON files directly in `dir`, sorted, as (name relative to the bundle, stem, text).
fn json_files(root: &Path, sub: &str, problems: &mut Vec<Problem>) -> Vec<(String, String, String)> {
    let dir = root.join(sub);
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .filter_map(|path| {
            let name = format!("{sub}/{}", path.file_name()?.to_string_lossy());
            let stem = path.file_stem()?.to_string_lossy().into_owned();
            match read_bundle_file(&path, &name) {
                Ok(text) => Some((name, stem, text)),
                Err(e) => {
                    problems.push(e);
                    None
                }
            }
        })
        .collect()
}

/// Reads one bundle file as text: at most [`MAX_FILE_BYTES`] (never more is read), UTF-8.
fn read_bundle_file(path: &Path, name: &str) -> Result<String, Problem> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| problem(name, "$", format!("cannot read: {e}")))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| problem(name, "$", format!("cannot read: {e}")))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        let limit = format_size(MAX_FILE_BYTES);
        return Err(problem(name, "$", format!("{} is over the {limit} limit for a bundle file", format_size(size))));
    }
    String::from_utf8(bytes)
        .map_err(|e| problem(name, "$", format!("not UTF-8 text (byte {} is invalid)", e.utf8_error().valid_up_to())))
}

/// `600 KB`, `3.4 MB` (binary units, as file managers show them).
fn format_size(bytes: u64) -> String {
    const KB: u64 = 1024;
    if bytes >= KB * KB {
        format!("{:.1} MB", bytes as f64 / (KB * KB) as f64)
    } else {
        format!("{} KB", bytes.div_ceil(KB))
    }
}

/// Checks `url` for a field of `kind`; a problem at `at` if it is refused. True if fine.
fn url_ok(file: &str, at: &str, url: &str, kind: UrlKind, problems: &mut Vec<Problem>) -> bool {
    check_url(url, kind).map_err(|e| problems.push(problem(file, at, e.to_string()))).is_ok()
}

/// Checks an id that becomes a path segment; a problem at `at` if it is refused.
fn id_ok(file: &str, at: &str, id: &str, problems: &mut Vec<Problem>) {
    if let Err(e) = check_id(id) {
        problems.push(problem(file, at, e.to_string()));
    }
}

/// The URLs and ids of `site.json` that are not links to pages of the site: the origin,
/// the filing registers, the security contacts, section and category ids.
fn check_site_urls_and_ids(site: &Site, problems: &mut Vec<Problem>) {
    url_ok("site.json", "$.origin", &site.origin, UrlKind::Origin, problems);
    url_ok("site.json", "$.footer.icp.url", &site.footer.icp.url, UrlKind::Web, problems);
    url_ok("site.json", "$.footer.public_security.url", &site.footer.public_security.url, UrlKind::Web, problems);
    if site.security_contact.is_empty() {
        problems.push(problem("site.json", "$.security_contact", "list at least one way to report a vulnerability"));
    }
    for (i, contact) in site.security_contact.iter().enumerate() {
        url_ok("site.json", &format!("$.security_contact[{i}]"), contact, UrlKind::SecurityContact, problems);
    }
    for (i, section) in site.sections.iter().enumerate() {
        id_ok("site.json", &format!("$.sections[{i}].id"), &section.id, problems);
        for (j, category) in section.categories.iter().enumerate() {
            id_ok("site.json", &format!("$.sections[{i}].categories[{j}].id"), &category.id, problems);
        }
    }
}

/// The WeChat account, if the bundle has one: an ID WeChat's search can find, and a QR
/// picture that passes the URL validator as an image and is a file of the site (a missing
/// one would be a broken image on the home page, the one place it matters most).
fn check_wechat(site: &Site, public_root: &Path, problems: &mut Vec<Problem>) {
    let Some(account) = &site.wechat else { return };
    if let Err(why) = portal_model::WechatAccount::check_id(&account.id) {
        problems.push(problem("site.json", "$.wechat.id", why));
    }
    if url_ok("site.json", "$.wechat.qr", &account.qr, UrlKind::Image, problems)
        && !public_root.join(account.qr.trim_start_matches('/')).is_file()
    {
        problems.push(problem("site.json", "$.wechat.qr", format!("{} does not exist", account.qr)));
    }
}

pub fn load_and_check(root: &Path) -> (Bundle, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut files = 0;

    let site: Option<Site> = match read_bundle_file(&root.join("site.json"), "site.json") {
        Ok(text) => {
            files += 1;
            parse("site.json", &text).map_err(|e| problems.push(from_bundle_error(e))).ok()
        }
        Err(e) => {
            problems.push(e);
            None
        }
    };

    let mut pages = Vec::new();
    for (name, stem, text) in json_files(root, "pages", &mut problems) {
        files += 1;
        match parse::<Page>(&name, &text) {
            Ok(page) => {
                id_ok(&name, "$.slug", &page.slug, &mut problems);
                if page.slug != stem {
                    problems.push(problem(&name, "$.slug", format!("\"{}\" differs from the file name \"{stem}\"", page.slug)));
                }
                pages.push(page);
            }
            Err(e) => problems.push(from_bundle_error(e)),
        }
    }

    let mut items = Vec::new();
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (name, stem, text) in json_files(root, "news/items", &mut problems) {
        files += 1;
        match parse::<NewsItem>(&name, &text) {
            Ok(item) => {
                check_item_identity(&name, &stem, &item, &mut problems);
                if let Some(first) = seen.insert(item.id.clone(), name.clone()) {
                    problems.push(problem(&name, "$.id", format!("\"{}\" is also the id of {first}", item.id)));
                }
                items.push(item);
            }
            Err(e) => problems.push(from_bundle_error(e)),
        }
    }

    // Disclosure: the home's facts, the guide, the category tree, the entries.
    let mut load_one = |name: &str, problems: &mut Vec<Problem>| -> Option<String> {
        let path = root.join(name);
        if !path.exists() {
            problems.push(problem(name, "$", "missing: the disclosure pages are made from it"));
            return None;
        }
        files += 1;
        read_bundle_file(&path, name).map_err(|e| problems.push(e)).ok()
    };
    let disclosure_home: Option<DisclosureHome> = load_one(DISCLOSURE_HOME, &mut problems)
        .and_then(|text| parse(DISCLOSURE_HOME, &text).map_err(|e| problems.push(from_bundle_error(e))).ok());
    let disclosure_guide: Option<Page> = load_one(DISCLOSURE_GUIDE, &mut problems)
        .and_then(|text| parse(DISCLOSURE_GUIDE, &text).map_err(|e| problems.push(from_bundle_error(e))).ok());
    let catalogue: Option<Catalogue> = load_one(CATALOGUE, &mut problems)
        .and_then(|text| parse(CATALOGUE, &text).map_err(|e| problems.push(from_bundle_error(e))).ok());
    let mut entries = Vec::new();
    let mut seen_entries: BTreeMap<String, String> = BTreeMap::new();
    for (name, stem, text) in json_files(root, "disclosure/entries", &mut problems) {
        files += 1;
        match parse::<CatalogueEntry>(&name, &text) {
            Ok(entry) => {
                if entry.id != stem {
                    problems.push(problem(&name, "$.id", format!("\"{}\" differs from the file name \"{stem}\"", entry.id)));
                }
                if let Some(first) = seen_entries.insert(entry.id.clone(), name.clone()) {
                    problems.push(problem(&name, "$.id", format!("\"{}\" is also the id of {first}", entry.id)));
                }
                entries.push(entry);
            }
            Err(e) => problems.push(from_bundle_error(e)),
        }
    }

    let mut reports: Vec<Report> = Vec::new();
    for (name, stem, text) in json_files(root, "disclosure/reports", &mut problems) {
        files += 1;
        match parse::<Report>(&name, &text) {
            Ok(report) => {
                if report.year.to_string() != stem {
                    problems.push(problem(&name, "$.year", format!("{} differs from the file name \"{stem}\"", report.year)));
                }
                for (at, reason) in report.problems() {
                    problems.push(problem(&name, at, reason));
                }
                reports.push(report);
            }
            Err(e) => problems.push(from_bundle_error(e)),
        }
    }

    // Interaction: the interviews and the knowledge base.
    let mut interviews: Vec<Interview> = Vec::new();
    let mut seen_interviews: BTreeMap<String, String> = BTreeMap::new();
    for (name, stem, text) in json_files(root, "interviews", &mut problems) {
        files += 1;
        match parse::<Interview>(&name, &text) {
            Ok(interview) => {
                if interview.id != stem {
                    problems.push(problem(&name, "$.id", format!("\"{}\" differs from the file name \"{stem}\"", interview.id)));
                }
                if let Some(first) = seen_interviews.insert(interview.id.clone(), name.clone()) {
                    problems.push(problem(&name, "$.id", format!("\"{}\" is also the id of {first}", interview.id)));
                }
                interviews.push(interview);
            }
            Err(e) => problems.push(from_bundle_error(e)),
        }
    }
    let knowledge: Option<KnowledgeBase> = {
        let path = root.join(KNOWLEDGE);
        if !path.exists() {
            problems.push(problem(KNOWLEDGE, "$", "missing: the knowledge base pages (/knowledge) are made from it"));
            None
        } else {
            files += 1;
            read_bundle_file(&path, KNOWLEDGE)
                .map_err(|e| problems.push(e))
                .ok()
                .and_then(|text| parse(KNOWLEDGE, &text).map_err(|e| problems.push(from_bundle_error(e))).ok())
        }
    };
    let checkpoints: Option<Checkpoints> = {
        let path = root.join(CHECKPOINTS);
        if !path.exists() {
            problems.push(problem(CHECKPOINTS, "$", "missing: the checkpoint directory (/checkpoints) is made from it"));
            None
        } else {
            files += 1;
            read_bundle_file(&path, CHECKPOINTS)
                .map_err(|e| problems.push(e))
                .ok()
                .and_then(|text| parse(CHECKPOINTS, &text).map_err(|e| problems.push(from_bundle_error(e))).ok())
        }
    };

    if let Some(site) = &site {
        check_site_urls_and_ids(site, &mut problems);
        check_site(site, &items, &pages, root, &mut problems);
        check_wechat(site, root.parent().unwrap_or(root), &mut problems);
        let derived = crate::derive_all(site, &items, catalogue.as_ref(), &entries, &reports, &interviews, knowledge.as_ref(), checkpoints.as_ref());
        let known: BTreeSet<String> = registry::pages(&derived).into_iter().map(|p| p.path).collect();
        let resolves = |href: &str| resolves_in(&known, href);
        if let Some(guide) = &disclosure_guide {
            if guide.slug != "guide" {
                problems.push(problem(DISCLOSURE_GUIDE, "$.slug", format!("\"{}\" differs from the file name \"guide\"", guide.slug)));
            }
            check_blocks(DISCLOSURE_GUIDE, "$.blocks", &guide.blocks, &resolves, &mut problems);
        }
        if let Some(catalogue) = &catalogue {
            check_catalogue(catalogue, &mut problems);
            check_entries(catalogue, &entries, &items, &resolves, &mut problems);
        }
        let public_root = root.parent().unwrap_or(root);
        for interview in &interviews {
            check_interview(interview, public_root, &mut problems);
        }
        if let Some(knowledge) = &knowledge {
            check_knowledge(knowledge, &resolves, &mut problems);
        }
        if let Some(checkpoints) = &checkpoints {
            // Hours, changes and references; a notice is a news item of a section.
            let notice_exists = |id: &str| derived.news.items.iter().any(|p| p.item.id == id);
            for (at, reason) in portal_model::checkpoint::check(checkpoints, &notice_exists) {
                problems.push(problem(CHECKPOINTS, at, reason));
            }
        }
        for report in &reports {
            let file = Report::file(report.year);
            for (i, section) in report.sections.iter().enumerate() {
                check_blocks(&file, &format!("$.sections[{i}].blocks"), &section.blocks, &resolves, &mut problems);
            }
        }
    }
    problems.sort();
    let bundle = Bundle { site, pages, items, disclosure_home, disclosure_guide, catalogue, entries, reports, interviews, knowledge, checkpoints, files };
    (bundle, problems)
}

/// `YYYYMMDD-NN`, equal to the file name, its date part equal to `date`.
fn check_item_identity(name: &str, stem: &str, item: &NewsItem, problems: &mut Vec<Problem>) {
    if item.id != stem {
        problems.push(problem(name, "$.id", format!("\"{}\" differs from the file name \"{stem}\"", item.id)));
    }
    let well_formed = item.id.len() == 11
        && item.id.as_bytes()[8] == b'-'
        && item.id.chars().enumerate().all(|(i, c)| i == 8 || c.is_ascii_digit());
    if !well_formed {
        problems.push(problem(name, "$.id", format!("\"{}\" is not of the form YYYYMMDD-NN", item.id)));
    } else {
        let date = item.date.to_string().replace('-', "");
        if item.id[..8] != date {
            problems.push(problem(name, "$.id", format!("\"{}\" does not start with its date {}", item.id, item.date)));
        }
    }
}

fn check_site(site: &Site, items: &[NewsItem], pages: &[Page], root: &Path, problems: &mut Vec<Problem>) {
    // Sections and categories: unique ids.
    let mut categories = BTreeSet::new();
    let mut section_ids = BTreeSet::new();
    for (i, section) in site.sections.iter().enumerate() {
        if !section_ids.insert(section.id.as_str()) {
            problems.push(problem("site.json", format!("$.sections[{i}].id"), format!("\"{}\" is used twice", section.id)));
        }
        for (j, category) in section.categories.iter().enumerate() {
            if !categories.insert(category.id.as_str()) {
                problems.push(problem(
                    "site.json",
                    format!("$.sections[{i}].categories[{j}].id"),
                    format!("\"{}\" is used twice", category.id),
                ));
            }
        }
    }

    for (i, section) in site.sections.iter().enumerate() {
        if registry::is_reserved(&section.id) {
            problems.push(problem("site.json", format!("$.sections[{i}].id"), format!("\"{}\" is reserved: a page or folder of the site has that address", section.id)));
        }
        // A section nobody can reach from the menu would silently appear nowhere.
        let own = format!("/{}", section.id);
        if !site.navigation.iter().any(|link| link.path == own) {
            problems.push(problem("site.json", format!("$.sections[{i}]"), format!("\"{}\" has no entry in $.navigation (add one with \"path\": \"{own}\")", section.id)));
        }
    }

    // Every page the registry lists for this bundle, for links.
    let section_of = |category: &str| {
        site.sections.iter().find(|s| s.categories.iter().any(|c| c.id == category)).map(|s| s.id.as_str())
    };
    let page_slugs: BTreeSet<&str> = pages.iter().map(|p| p.slug.as_str()).collect();
    // (Catalogue entries do not matter here: nothing in site.json or a page links to one.)
    let derived = crate::derive_all(site, items, None, &[], &[], &[], None, None);
    let known: BTreeSet<String> = registry::pages(&derived).into_iter().map(|p| p.path).collect();
    let resolves = |href: &str| resolves_in(&known, href);

    // Syntax first (check_url), then whether the site has the page (resolves).
    for (i, link) in site.navigation.iter().enumerate() {
        if url_ok("site.json", &format!("$.navigation[{i}].path"), &link.path, UrlKind::SitePath, problems) && !resolves(&link.path) {
            problems.push(problem("site.json", format!("$.navigation[{i}].path"), format!("\"{}\" is not a page of the site", link.path)));
        }
    }
    for (i, link) in site.footer.links.iter().enumerate() {
        if url_ok("site.json", &format!("$.footer.links[{i}].path"), &link.path, UrlKind::SitePath, problems) && !resolves(&link.path) {
            problems.push(problem("site.json", format!("$.footer.links[{i}].path"), format!("\"{}\" is not a page of the site", link.path)));
        }
    }
    // The static pages of the registry must exist.
    for slug in registry::static_slugs() {
        // (A page that exists but does not parse has its own problem line already.)
        if !page_slugs.contains(slug) && !root.join(format!("pages/{slug}.json")).exists() {
            problems.push(problem(&format!("pages/{slug}.json"), "$", "missing: the site links to this page"));
        }
    }
    for page in pages {
        check_blocks(&format!("pages/{}.json", page.slug), "$.blocks", &page.blocks, &resolves, problems);
    }

    let public_root = root.parent().unwrap_or(root);
    for item in items {
        let file = format!("news/items/{}.json", item.id);
        if section_of(&item.category).is_none() {
            problems.push(problem(&file, "$.category", format!("\"{}\" is not a category of any section in site.json", item.category)));
        }
        if item.body.is_empty() {
            problems.push(problem(&file, "$.body", "an item needs at least one block"));
        }
        for (i, tag) in item.tags.iter().enumerate() {
            if tag.trim().is_empty() {
                problems.push(problem(&file, format!("$.tags[{i}]"), "empty tag"));
            }
        }
        check_blocks(&file, "$.body", &item.body, &resolves, problems);
        for (i, attachment) in item.attachments.iter().enumerate() {
            let at = format!("$.attachments[{i}]");
            // A path under /files/ ending in one of ATTACHMENT_KINDS, and that is its kind.
            if !url_ok(&file, &format!("{at}.href"), &attachment.href, UrlKind::Attachment, problems) {
                continue;
            }
            let extension = attachment.href.rsplit_once('.').map_or("", |(_, e)| e);
            if attachment.kind != extension {
                problems.push(problem(
                    &file,
                    format!("{at}.kind"),
                    format!("{:?} but the file is .{extension}; the kind is the file's extension", attachment.kind),
                ));
            }
            let relative = attachment.href.trim_start_matches('/');
            match std::fs::metadata(public_root.join(relative)) {
                Ok(meta) if meta.len() != attachment.bytes => problems.push(problem(
                    &file,
                    format!("{at}.bytes"),
                    format!("says {} but {} has {} bytes", attachment.bytes, attachment.href, meta.len()),
                )),
                Ok(_) => {}
                Err(_) => problems.push(problem(&file, format!("{at}.href"), format!("{} does not exist", attachment.href))),
            }
        }
    }
}

fn check_blocks(file: &str, at: &str, blocks: &[Block], resolves: &dyn Fn(&str) -> bool, problems: &mut Vec<Problem>) {
    for (i, block) in blocks.iter().enumerate() {
        match block {
            Block::Link { href, .. } => {
                let at = format!("{at}[{i}].href");
                // Syntax first (check_url); a site path must then be a page of the site.
                if url_ok(file, &at, href, UrlKind::Link, problems) && href.starts_with('/') && !resolves(href) {
                    problems.push(problem(file, at, format!("\"{href}\" does not lead to a page of the site")));
                }
            }
            Block::Table(table) => {
                for (r, row) in table.rows.iter().enumerate() {
                    if row.len() != table.head.len() {
                        problems.push(problem(
                            file,
                            format!("{at}[{i}].rows[{r}]"),
                            format!("has {} cells but the head has {}", row.len(), table.head.len()),
                        ));
                    }
                }
            }
            _ => {}
        }
    }
}

const DISCLOSURE_HOME: &str = DisclosureHome::FILE;
const DISCLOSURE_GUIDE: &str = portal_model::disclosure::GUIDE_FILE;
const CATALOGUE: &str = Catalogue::FILE;
const KNOWLEDGE: &str = KnowledgeBase::FILE;
const CHECKPOINTS: &str = Checkpoints::FILE;

/// An interview: its id, guests with unique ids, a transcript whose every answer names one
/// of them and that matches its status (an upcoming interview has none yet, a past one has
/// one), pictures that are files of the site.
fn check_interview(interview: &Interview, public_root: &Path, problems: &mut Vec<Problem>) {
    let file = Interview::file(&interview.id);
    let file = file.as_str();
    id_ok(file, "$.id", &interview.id, problems);
    if interview.guests.is_empty() {
        problems.push(problem(file, "$.guests", "an interview needs at least one guest"));
    }
    let mut guests = BTreeSet::new();
    for (i, guest) in interview.guests.iter().enumerate() {
        id_ok(file, &format!("$.guests[{i}].id"), &guest.id, problems);
        if !guests.insert(guest.id.as_str()) {
            problems.push(problem(file, format!("$.guests[{i}].id"), format!("\"{}\" is used twice", guest.id)));
        }
    }
    match (interview.status, interview.transcript.is_empty()) {
        (InterviewStatus::Upcoming, false) => {
            problems.push(problem(file, "$.transcript", "an upcoming interview has no transcript yet: set \"status\" to \"past\" once it has taken place"))
        }
        (InterviewStatus::Past, true) => problems.push(problem(file, "$.transcript", "a past interview needs its transcript")),
        _ => {}
    }
    for (i, exchange) in interview.transcript.iter().enumerate() {
        if exchange.answers.is_empty() {
            problems.push(problem(file, format!("$.transcript[{i}].answers"), "a question needs at least one answer"));
        }
        for (j, answer) in exchange.answers.iter().enumerate() {
            if interview.guest(&answer.guest).is_none() {
                problems.push(problem(
                    file,
                    format!("$.transcript[{i}].answers[{j}].guest"),
                    format!("\"{}\" is not the id of a guest of this interview", answer.guest),
                ));
            }
        }
    }
    for (i, image) in interview.images.iter().enumerate() {
        let at = format!("$.images[{i}].src");
        if url_ok(file, &at, &image.src, UrlKind::Image, problems) && !public_root.join(image.src.trim_start_matches('/')).is_file() {
            problems.push(problem(file, at, format!("{} does not exist", image.src)));
        }
    }
}

/// The knowledge base: category and question ids are path segments and anchors, unique;
/// every question is in a known category, every category has a question (an empty one
/// would be a filter that finds nothing), every answer has text and its links lead somewhere.
fn check_knowledge(knowledge: &KnowledgeBase, resolves: &dyn Fn(&str) -> bool, problems: &mut Vec<Problem>) {
    if knowledge.categories.is_empty() {
        problems.push(problem(KNOWLEDGE, "$.categories", "the knowledge base needs at least one category"));
    }
    let mut categories = BTreeSet::new();
    for (i, c) in knowledge.categories.iter().enumerate() {
        id_ok(KNOWLEDGE, &format!("$.categories[{i}].id"), &c.id, problems);
        if !categories.insert(c.id.as_str()) {
            problems.push(problem(KNOWLEDGE, format!("$.categories[{i}].id"), format!("\"{}\" is used twice", c.id)));
        }
        if knowledge.in_category(&c.id).next().is_none() {
            problems.push(problem(KNOWLEDGE, format!("$.categories[{i}]"), format!("\"{}\" has no questions", c.id)));
        }
    }
    let mut questions = BTreeSet::new();
    for (i, q) in knowledge.questions.iter().enumerate() {
        let at = format!("$.questions[{i}]");
        id_ok(KNOWLEDGE, &format!("{at}.id"), &q.id, problems);
        if !questions.insert(q.id.as_str()) {
            problems.push(problem(KNOWLEDGE, format!("{at}.id"), format!("\"{}\" is used twice", q.id)));
        }
        if !categories.contains(q.category.as_str()) {
            problems.push(problem(KNOWLEDGE, format!("{at}.category"), format!("\"{}\" is not one of $.categories", q.category)));
        }
        if q.answer.is_empty() {
            problems.push(problem(KNOWLEDGE, format!("{at}.answer"), "a question needs its answer (at least one block)"));
        }
        check_blocks(KNOWLEDGE, &format!("{at}.answer"), &q.answer, resolves, problems);
    }
}

/// Whether `href` leads somewhere: a page of `known`, or an outside address.
fn resolves_in(known: &BTreeSet<String>, href: &str) -> bool {
    if !href.starts_with('/') {
        return href.starts_with("https://") || href.starts_with("http://") || href.starts_with("tel:");
    }
    let path = href.split(['?', '#']).next().unwrap_or(href);
    let path = if path.len() > 1 { path.trim_end_matches('/') } else { path };
    known.contains(path)
}

/// Category ids: path segments, unique, the tree at least one deep.
fn check_catalogue(catalogue: &Catalogue, problems: &mut Vec<Problem>) {
    if catalogue.categories.is_empty() {
        problems.push(problem(CATALOGUE, "$.categories", "the catalogue needs at least one category"));
    }
    fn walk(list: &[portal_model::disclosure::CatalogueCategory], at: &str, seen: &mut BTreeSet<String>, problems: &mut Vec<Problem>) {
        for (i, c) in list.iter().enumerate() {
            let here = format!("{at}[{i}]");
            id_ok(CATALOGUE, &format!("{here}.id"), &c.id, problems);
            if c.id == "all" {
                problems.push(problem(CATALOGUE, format!("{here}.id"), "\"all\" is reserved: it means every category in addresses"));
            }
            if !seen.insert(c.id.clone()) {
                problems.push(problem(CATALOGUE, format!("{here}.id"), format!("\"{}\" is used twice", c.id)));
            }
            walk(&c.children, &format!("{here}.children"), seen, problems);
        }
    }
    walk(&catalogue.categories, "$.categories", &mut BTreeSet::new(), problems);
}

/// Each entry: id and index number agree and have their forms, the category exists, dates
/// are in order, the validity is consistent, what it points at exists, its text is fine.
fn check_entries(
    catalogue: &Catalogue,
    entries: &[CatalogueEntry],
    items: &[NewsItem],
    resolves: &dyn Fn(&str) -> bool,
    problems: &mut Vec<Problem>,
) {
    let mut index_numbers: BTreeMap<&str, &str> = BTreeMap::new();
    for entry in entries {
        let file = format!("disclosure/entries/{}.json", entry.id);
        let file = file.as_str();
        id_ok(file, "$.id", &entry.id, problems);
        match check_index_number(&entry.index_number) {
            Err(reason) => problems.push(problem(file, "$.index_number", reason)),
            Ok(id) if id != entry.id => problems.push(problem(
                file,
                "$.id",
                format!("\"{}\" differs from the year and serial of its index number ({id})", entry.id),
            )),
            Ok(_) => {
                if entry.index_number[19..23] != entry.published.year.to_string() {
                    problems.push(problem(file, "$.index_number", format!("the year of \"{}\" is not the year it was published ({})", entry.index_number, entry.published.year)));
                }
            }
        }
        if let Some(first) = index_numbers.insert(&entry.index_number, &entry.id) {
            problems.push(problem(file, "$.index_number", format!("\"{}\" is also the index number of {first}", entry.index_number)));
        }
        if catalogue.find(&entry.category).is_none() {
            problems.push(problem(file, "$.category", format!("\"{}\" is not a category of disclosure/catalogue.json", entry.category)));
        }
        if entry.written > entry.published {
            problems.push(problem(file, "$.written", format!("{} is after the date it was published ({})", entry.written, entry.published)));
        }
        if entry.document_number.as_deref().is_some_and(|n| n.trim().is_empty()) {
            problems.push(problem(file, "$.document_number", "empty: leave the field out where there is none"));
        }
        let v = &entry.validity;
        match v.state {
            ValidityState::Current => {
                if v.date.is_some() {
                    problems.push(problem(file, "$.validity.date", "a current entry has no date of amendment or repeal"));
                }
                if v.replaced_by.is_some() {
                    problems.push(problem(file, "$.validity.replaced_by", "a current entry is not replaced"));
                }
            }
            ValidityState::Amended | ValidityState::Repealed => {
                match v.date {
                    None => problems.push(problem(file, "$.validity.date", format!("an entry that is {} needs the date", v.state.id()))),
                    Some(date) if date < entry.published => problems.push(problem(
                        file,
                        "$.validity.date",
                        format!("{date} is before the entry was published ({})", entry.published),
                    )),
                    Some(_) => {}
                }
                if v.state == ValidityState::Amended && v.replaced_by.is_none() {
                    problems.push(problem(file, "$.validity.replaced_by", "an amended entry needs the id of the entry that replaces it"));
                }
            }
        }
        if let Some(by) = &v.replaced_by {
            if by == &entry.id {
                problems.push(problem(file, "$.validity.replaced_by", "an entry cannot replace itself"));
            } else if !entries.iter().any(|e| &e.id == by) {
                problems.push(problem(file, "$.validity.replaced_by", format!("\"{by}\" is not an entry of the catalogue")));
            }
        }
        match &entry.news {
            Some(news) => {
                if !items.iter().any(|i| i.id == news.item) {
                    problems.push(problem(file, "$.news.item", format!("\"{}\" is not a news or notice item", news.item)));
                }
                if !entry.body.is_empty() {
                    problems.push(problem(file, "$.body", "an entry that points at a news item does not repeat its text: leave the body out"));
                }
            }
            None if entry.body.is_empty() => {
                problems.push(problem(file, "$.body", "an entry needs its text, or \"news\" pointing at the item that holds it"));
            }
            None => {}
        }
        check_blocks(file, "$.body", &entry.body, resolves, problems);
    }
}
