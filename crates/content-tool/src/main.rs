//! `content`: the editors' tool.
//!
//! - `content check DIR`: everything the site relies on, one line per problem
//!   (`file: $.json.path: reason`); exits 1 if there is any.
//! - `content build DIR --out DIST`: checks, then writes the bundle with its zh-HK texts
//!   made from zh-CN (`DIST/content/...`, see `traditional`), the derived files the browser
//!   reads (`DIST/content/derived/...`), `DIST/sitemap.xml` and the news feed `DIST/feed.xml`.
//! - `content to-hk FILE`: prints a text file (e.g. a Fluent file) in Traditional
//!   characters, as a first draft of its zh-HK version for a translator to review.
//! - `content generate N DIR`: writes a synthetic bundle of N items for scale tests.

use content_tool::{build, check, generate, traditional, Bundle};
use std::path::PathBuf;
use std::time::Instant;

const USAGE: &str = "usage: content check DIR | content build DIR --out DIST | content to-hk FILE | content generate N DIR";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["check", dir] => run_check(dir),
        ["build", dir, "--out", out] => run_build(dir, out),
        ["to-hk", file] => report(
            std::fs::read_to_string(file)
                .map_err(|e| format!("{file}: {e}"))
                .and_then(|text| Ok(traditional::Converter::new()?.convert(&text))),
        ),
        ["generate", n, dir] => match n.parse::<usize>() {
            Ok(n) => report(generate::write(n, &PathBuf::from(dir)).map(|()| format!("generate: {n} items in {dir}"))),
            Err(_) => usage(),
        },
        _ => usage(),
    };
    std::process::exit(code);
}

fn usage() -> i32 {
    eprintln!("{USAGE}");
    2
}

fn report(result: Result<String, String>) -> i32 {
    match result {
        Ok(message) => {
            println!("{message}");
            0
        }
        Err(e) => {
            eprintln!("content: {e}");
            1
        }
    }
}

/// Loads and checks; prints problems; returns the bundle when there are none.
fn load_checked(dir: &str) -> Result<Bundle, i32> {
    let start = Instant::now();
    let (bundle, problems) = check::load_and_check(&PathBuf::from(dir));
    for problem in &problems {
        println!("{problem}");
    }
    println!(
        "check: {} files, {} items, {} catalogue entries, {} annual reports, {} problem(s) in {:.0} ms",
        bundle.files,
        bundle.items.len(),
        bundle.entries.len(),
        bundle.reports.len(),
        problems.len(),
        start.elapsed().as_secs_f64() * 1000.0
    );
    if problems.is_empty() {
        Ok(bundle)
    } else {
        Err(1)
    }
}

fn run_check(dir: &str) -> i32 {
    match load_checked(dir) {
        Ok(_) => 0,
        Err(code) => code,
    }
}

fn run_build(dir: &str, out: &str) -> i32 {
    if let Err(code) = load_checked(dir) {
        return code;
    }
    let start = Instant::now();
    report(build::build(&PathBuf::from(dir), &PathBuf::from(out)).map(|(bundle, derived)| {
        format!(
            "build: {bundle} bundle files with zh-HK texts, {derived} derived files in {:.0} ms",
            start.elapsed().as_secs_f64() * 1000.0
        )
    }))
}
