//! Whether a checkpoint's mode is open now and when that changes ("开放中，22:00 关闭",
//! "已关闭，明天 06:30 开放"), in Shenzhen time. Renders nothing until the app runs (see
//! `crate::clock`): the prerendered page has no status, so it is never stale and hydration
//! finds what it expects.

use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;
use portal_model::checkpoint::{hhmm, Local, Mode, Status, Timetable};
use portal_model::{Date, Lang};

/// The sentence for a status seen on `today` (Shenzhen's date).
pub fn status_text(l: Lang, status: Status, today: Date) -> String {
    // Closing at 00:00 reads as 24:00 of the day before ("closes at 24:00"), as the
    // hours are written; opening at 00:00 stays 00:00.
    let closes = |at: Local| -> (i64, Date, String) {
        if at.minute == 0 {
            (at.days_after(today) - 1, Date::from_days_since_epoch(at.date.days_since_epoch() - 1), "24:00".to_string())
        } else {
            (at.days_after(today), at.date, hhmm(at.minute))
        }
    };
    let opens = |at: Local| -> (i64, Date, String) { (at.days_after(today), at.date, hhmm(at.minute)) };
    match status {
        Status::Open { until: None } => t!(l, "checkpoint-open-always"),
        Status::Open { until: Some(at) } => match closes(at) {
            (0, _, time) => t!(l, "checkpoint-open-until", time = time),
            (1, _, time) => t!(l, "checkpoint-open-until-tomorrow", time = time),
            (_, date, time) => t!(l, "checkpoint-open-until-date", date = date.to_string(), time = time),
        },
        Status::Closed { opens: None } => t!(l, "checkpoint-closed-long"),
        Status::Closed { opens: Some(at) } => match opens(at) {
            (0, _, time) => t!(l, "checkpoint-closed-opens", time = time),
            (1, _, time) => t!(l, "checkpoint-closed-opens-tomorrow", time = time),
            (_, date, time) => t!(l, "checkpoint-closed-opens-date", date = date.to_string(), time = time),
        },
    }
}

/// Whether `mode` is open at `ms` (UTC milliseconds): `"open"` or `"closed"`, and the
/// sentence that says it and when that changes.
pub fn status_of(l: Lang, timetable: &Timetable, mode: Mode, ms: i64) -> (&'static str, String) {
    let status = timetable.status(mode, ms);
    let today = Local::from_utc_millis(ms).date;
    (if status.is_open() { "open" } else { "closed" }, status_text(l, status, today))
}

#[component]
pub fn OpenStatus(timetable: Timetable, mode: Mode, now: ReadSignal<Option<i64>>) -> impl IntoView {
    let l = use_lang().get_untracked();
    move || {
        now.get().map(|ms| {
            let (state, text) = status_of(l, &timetable, mode, ms);
            view! { <span class=format!("open-status open-status--{state}") data-status=state>{text}</span> }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(date: &str, minute: u16) -> Local {
        Local { date: Date::parse(date).unwrap(), minute }
    }

    #[test]
    fn the_next_change_reads_as_people_say_it() {
        let today = Date::parse("2026-11-28").unwrap();
        let open = |until| status_text(Lang::ZhCn, Status::Open { until: Some(until) }, today);
        let closed = |opens| status_text(Lang::ZhCn, Status::Closed { opens: Some(opens) }, today);
        assert_eq!(open(at("2026-11-28", 22 * 60)), "开放中，22:00 关闭");
        assert_eq!(open(at("2026-11-29", 0)), "开放中，24:00 关闭", "midnight is 24:00 of today");
        assert_eq!(open(at("2026-11-29", 60)), "开放中，明天 01:00 关闭");
        assert_eq!(open(at("2026-12-03", 0)), "开放中，2026-12-02 24:00 关闭");
        assert_eq!(closed(at("2026-11-29", 6 * 60 + 30)), "已关闭，明天 06:30 开放");
        assert_eq!(closed(at("2026-11-28", 7 * 60)), "已关闭，07:00 开放");
        assert_eq!(status_text(Lang::En, Status::Closed { opens: Some(at("2026-11-29", 390)) }, today), "Closed, opens at 06:30 tomorrow");
        assert_eq!(status_text(Lang::En, Status::Open { until: None }, today), "Open, around the clock");
        assert_eq!(status_text(Lang::ZhHk, Status::Closed { opens: None }, today), "已關閉，近期暫停通關");
    }
}
