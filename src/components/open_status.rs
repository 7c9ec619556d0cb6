//! Whether a checkpoint's mode is open now and when that changes ("开放中，22:00 关闭",
//! "已关闭，明天 06:30 开放"), in Shenzhen time. Renders nothing until the app runs (see
//! `crate::clock`): the prerendered page has no status, so it is never stale and hydration
//! finds what it expects.

use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;
use portal_model::checkpoint::{hhmm, Checkpoint, Local, Mode, Status};
use portal_model::{Date, Lang};

/// The sentence for a status seen on `today` (Shenzhen's date).
pub fn status_text(l: Lang, status: Status, today: Date) -> String {
    // A change at 00:00 tomorrow reads as 24:00 today ("closes at 24:00").
    let when = |at: Local| -> (i64, String) {
        match at.days_after(today) {
            1 if at.minute == 0 => (0, "24:00".to_string()),
            days => (days, hhmm(at.minute)),
        }
    };
    match status {
        Status::Open { until: None } => t!(l, "checkpoint-open-always"),
        Status::Open { until: Some(at) } => match when(at) {
            (0, time) => t!(l, "checkpoint-open-until", time = time),
            (1, time) => t!(l, "checkpoint-open-until-tomorrow", time = time),
            (_, time) => t!(l, "checkpoint-open-until-date", date = at.date.to_string(), time = time),
        },
        Status::Closed { opens: None } => t!(l, "checkpoint-closed-long"),
        Status::Closed { opens: Some(at) } => match when(at) {
            (0, time) => t!(l, "checkpoint-closed-opens", time = time),
            (1, time) => t!(l, "checkpoint-closed-opens-tomorrow", time = time),
            (_, time) => t!(l, "checkpoint-closed-opens-date", date = at.date.to_string(), time = time),
        },
    }
}

#[component]
pub fn OpenStatus(checkpoint: Checkpoint, mode: Mode, now: ReadSignal<Option<i64>>) -> impl IntoView {
    let l = use_lang().get_untracked();
    move || {
        now.get().map(|ms| {
            let status = checkpoint.status(mode, ms);
            let today = Local::from_utc_millis(ms).date;
            let state = if status.is_open() { "open" } else { "closed" };
            view! {
                <span class=format!("open-status open-status--{state}") data-status=state>
                    {status_text(l, status, today)}
                </span>
            }
        })
    }
}
