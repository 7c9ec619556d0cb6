//! The staff's command line, on the same database as the server (SQLite's WAL lets both
//! use it at once):
//!
//! ```text
//! portal-server admin [--data DIR] [--by NAME] [--today YYYY-MM-DD] COMMAND
//!   list [--status received|in-progress|answered] [--mailbox director|enquiries|corrections]
//!   show NUMBER
//!   answer NUMBER (--reply-file FILE | --reply TEXT)
//!   progress NUMBER
//!   publish NUMBER
//!   unpublish NUMBER
//!   export --csv FILE
//! ```
//!
//! `--data` defaults to `$PORTAL_DATA`, else `data`. Every change is written to the audit
//! table with who made it (`--by`, else `$USER`) and when. `--today` sets the answer date
//! (for tests and for recording an answer given on paper); the default is today in China
//! Standard Time. Options may come before or after the command.

use super::store::{office_today, AdminError, Record, Store};
use portal_model::letter::{Mailbox, Status};
use portal_model::Date;
use std::path::PathBuf;
use time::OffsetDateTime;

pub const USAGE: &str = "usage: portal-server admin [--data DIR] [--by NAME] [--today YYYY-MM-DD] COMMAND
  list [--status received|in-progress|answered] [--mailbox director|enquiries|corrections]
  show NUMBER
  answer NUMBER (--reply-file FILE | --reply TEXT)
  progress NUMBER
  publish NUMBER
  unpublish NUMBER
  export --csv FILE";

/// The data directory from `--data`, else `$PORTAL_DATA`, else `data`.
pub fn default_data_dir() -> PathBuf {
    std::env::var_os("PORTAL_DATA").filter(|v| !v.is_empty()).map_or_else(|| PathBuf::from("data"), PathBuf::from)
}

#[derive(Debug, Default)]
struct Options {
    data: Option<PathBuf>,
    by: Option<String>,
    today: Option<Date>,
    status: Option<Status>,
    mailbox: Option<Mailbox>,
    reply: Option<String>,
    reply_file: Option<PathBuf>,
    csv: Option<PathBuf>,
    words: Vec<String>,
}

fn parse(args: &[String]) -> Result<Options, String> {
    let mut o = Options::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        if !arg.starts_with("--") {
            o.words.push(arg.clone());
            continue;
        }
        let value = it.next().ok_or_else(|| format!("{arg} needs a value"))?.clone();
        match arg.as_str() {
            "--data" => o.data = Some(PathBuf::from(value)),
            "--by" => o.by = Some(value),
            "--today" => o.today = Some(Date::parse(&value)?),
            "--status" => o.status = Some(Status::from_slug(&value).ok_or_else(|| format!("no status {value:?}"))?),
            "--mailbox" => o.mailbox = Some(Mailbox::from_slug(&value).ok_or_else(|| format!("no mailbox {value:?}"))?),
            "--reply" => o.reply = Some(value),
            "--reply-file" => o.reply_file = Some(PathBuf::from(value)),
            "--csv" => o.csv = Some(PathBuf::from(value)),
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(o)
}

fn summary(r: &Record) -> String {
    format!(
        "{}  {:<11}  {:<10}  {:<11}  {}  {}{}",
        r.number,
        r.mailbox.slug(),
        r.category.slug(),
        r.status.slug(),
        r.received,
        r.title,
        if r.published { "  [published]" } else { "" }
    )
}

fn details(r: &Record) -> String {
    let mut out = format!(
        "number:    {}\nmailbox:   {}\ncategory:  {}\nstatus:    {}\nreceived:  {}\nanswered:  {}\nname:      {}\nphone:     {}\nemail:     {}\npublish consent: {}\npublished: {}\ntitle:     {}\n\n{}\n",
        r.number,
        r.mailbox.slug(),
        r.category.slug(),
        r.status.slug(),
        r.received,
        r.answered.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
        r.name,
        r.phone,
        r.email,
        if r.publish_consent { "yes" } else { "no" },
        if r.published { "yes" } else { "no" },
        r.title,
        r.body
    );
    if let Some(reply) = &r.reply {
        out.push_str(&format!("\n--- reply ({}) ---\n{reply}\n", r.answered_by.as_deref().unwrap_or("-")));
    }
    out
}

/// Runs one admin command (`args` after `admin`); what it prints, or an error message.
pub fn run(args: &[String]) -> Result<String, String> {
    let o = parse(args)?;
    let Some((command, rest)) = o.words.split_first() else { return Err(USAGE.to_string()) };
    let store = Store::open(&o.data.clone().unwrap_or_else(default_data_dir))?;
    let who = o
        .by
        .clone()
        .or_else(|| std::env::var("USER").ok())
        .filter(|w| !w.trim().is_empty())
        .unwrap_or_else(|| "unknown".into());
    let now = OffsetDateTime::now_utc();
    let number = || rest.first().cloned().ok_or_else(|| format!("{command} needs a letter number\n{USAGE}"));
    let done = |r: Result<Record, AdminError>| r.map(|r| summary(&r)).map_err(|e| e.to_string());
    match command.as_str() {
        "list" => {
            let records = store.list(o.status, o.mailbox).map_err(|e| e.to_string())?;
            let mut out: String = records.iter().map(|r| summary(r) + "\n").collect();
            out.push_str(&format!("{} letters", records.len()));
            Ok(out)
        }
        "show" => {
            let n = number()?;
            let record = store.show(&n).map_err(|e| e.to_string())?.ok_or_else(|| format!("no letter {n}"))?;
            let mut out = details(&record);
            out.push_str("\n--- audit ---\n");
            for a in store.audit(&n).map_err(|e| e.to_string())? {
                out.push_str(&format!("{}  {}  {}{}\n", a.at, a.who, a.action, a.detail.map(|d| format!("  ({d})")).unwrap_or_default()));
            }
            Ok(out.trim_end().to_string())
        }
        "answer" => {
            let n = number()?;
            let reply = match (&o.reply, &o.reply_file) {
                (Some(text), None) => text.clone(),
                (None, Some(file)) => std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?,
                _ => return Err(format!("answer needs --reply TEXT or --reply-file FILE\n{USAGE}")),
            };
            let today = o.today.unwrap_or_else(|| office_today(now));
            done(store.answer(&n, &reply, &who, today, now))
        }
        "progress" => done(store.progress(&number()?, &who, now)),
        "publish" => done(store.publish(&number()?, true, &who, now)),
        "unpublish" => done(store.publish(&number()?, false, &who, now)),
        "export" => {
            let file = o.csv.clone().ok_or_else(|| format!("export needs --csv FILE\n{USAGE}"))?;
            let n = store.export_csv(&file, &who, now)?;
            Ok(format!("{n} letters written to {}", file.display()))
        }
        other => Err(format!("unknown command {other}\n{USAGE}")),
    }
}
