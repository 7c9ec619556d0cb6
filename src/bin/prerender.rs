//! Renders every route of the portal to HTML in dist/, after `trunk build`.
//!
//! Usage: `prerender [--dist DIR] [--content DIR] [--template FILE]` (defaults `dist`,
//! `dist/content`: the bundle as built, with the content tool's derived files, and
//! `DIST/index.html` as Trunk wrote it).
//! Prints how many pages it wrote and how long it took.

use portal::prerender::{self, Template};
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    if let Err(e) = run() {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let mut dist = PathBuf::from("dist");
    let mut content = PathBuf::from("dist/content");
    let mut template_file = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--dist" => dist = PathBuf::from(value),
            "--content" => content = PathBuf::from(value),
            "--template" => template_file = Some(PathBuf::from(value)),
            other => return Err(format!("unknown option {other}")),
        }
    }
    let index = template_file.unwrap_or_else(|| dist.join("index.html"));
    let template = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let template = Template::parse(&template)?;

    let start = Instant::now();
    prerender::init();
    let pages = prerender::jobs(&content)?;
    for job in &pages {
        let html = prerender::render(job, &template, &content)?;
        let out = dist.join(&job.file);
        if let Some(parent) = out.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(&out, html).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    // Each language's messages as the browser's islands read them (src/i18n.rs).
    for lang in portal_model::Lang::ALL {
        let out = dist.join(portal::i18n::texts_file(lang));
        std::fs::write(&out, portal::i18n::texts_json(lang)).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    let elapsed = start.elapsed();
    println!(
        "prerender: {} pages in {:.1} ms ({:.2} ms a page)",
        pages.len(),
        elapsed.as_secs_f64() * 1000.0,
        elapsed.as_secs_f64() * 1000.0 / pages.len() as f64
    );
    Ok(())
}
