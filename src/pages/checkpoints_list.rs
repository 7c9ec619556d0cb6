//! `/checkpoints` and its filtered pages `/checkpoints/list/<type>/<crosses>/<open>`: the
//! checkpoint directory (口岸通关服务). Every checkpoint with its type, where it leads, what
//! crosses there and each mode's regular hours, the holiday and temporary changes with the
//! notice that announced them, and, once the app runs, whether each mode is open now and
//! when that changes, in Shenzhen time (`derived/checkpoints.json`).
//!
//! As on the news and catalogue lists, the filter is in the path and the form is a plain
//! GET form (the server turns `?type=&crosses=&open=` into the path). Type and crossing are applied when the page is built; "open now" cannot be
//! (the page is built once and read for days), so without the app that page lists every
//! matching checkpoint with its hours and says so, and with it the closed ones are hidden.

use crate::api;
use crate::clock::use_now;
use crate::components::open_status::status_of;
use crate::components::page_heading::PageHeading;
use crate::components::page_loader::PageLoader;
use crate::i18n::{lang_attr, use_lang};
use crate::t;
use leptos::prelude::*;
use portal_model::checkpoint::{hhmm, Change, Checkpoint, CheckpointDirectory, CheckpointFilter, CheckpointType, Local, Mode, Span, Timetable};
use portal_model::Lang;

#[component]
pub fn CheckpointsListPage(filter: CheckpointFilter) -> impl IntoView {
    let show = move |directory: CheckpointDirectory| {
        let l = use_lang().get_untracked();
        view! {
            <PageHeading title=t!(l, "route-checkpoints") description=t!(l, "checkpoints-lead")/>
            <DirectoryView directory=directory filter=filter.clone()/>
        }
        .into_any()
    };
    view! { <PageLoader load=|| api::checkpoints(None) view=show/> }
}

/// The name of a checkpoint type in the reader's language.
pub fn type_label(l: Lang, kind: CheckpointType) -> String {
    match kind {
        CheckpointType::Land => t!(l, "checkpoint-type-land"),
        CheckpointType::Sea => t!(l, "checkpoint-type-sea"),
        CheckpointType::Air => t!(l, "checkpoint-type-air"),
    }
}

/// The name of what crosses in the reader's language.
pub fn mode_label(l: Lang, mode: Mode) -> String {
    match mode {
        Mode::Passengers => t!(l, "checkpoint-mode-passengers"),
        Mode::Vehicles => t!(l, "checkpoint-mode-vehicles"),
        Mode::Cargo => t!(l, "checkpoint-mode-cargo"),
    }
}

/// One daily range as people read it: `06:30–22:00`, `24 小时`, `22:00–次日 02:00`.
pub fn span_text(l: Lang, span: Span) -> String {
    if span.all_day() {
        t!(l, "checkpoint-all-day")
    } else if span.overnight() {
        t!(l, "checkpoint-span-overnight", start = hhmm(span.start), end = hhmm(span.end))
    } else {
        t!(l, "checkpoint-span", start = hhmm(span.start), end = hhmm(span.end))
    }
}

/// A mode's ranges of a day, separated as the language separates list items; "closed" for none.
pub fn spans_text(l: Lang, spans: &[Span]) -> String {
    if spans.is_empty() {
        return t!(l, "checkpoint-closed-day");
    }
    spans.iter().map(|s| span_text(l, *s)).collect::<Vec<_>>().join(&t!(l, "interview-guest-separator"))
}

/// A change of the hours: its days, the modes, the hours then, why, and the notice.
pub fn change_view(l: Lang, directory: &CheckpointDirectory, change: &Change) -> impl IntoView {
    let reason = change.reason.get(l);
    let days = if change.from == change.to {
        change.from.to_string()
    } else {
        t!(l, "checkpoint-change-days", from = change.from.to_string(), to = change.to.to_string())
    };
    let modes = change.modes.iter().map(|m| mode_label(l, *m)).collect::<Vec<_>>().join(&t!(l, "interview-guest-separator"));
    let notice = directory.notice(&change.notice).map(|n| {
        let title = n.title.get(l);
        view! {
            " "<a href=l.localize_path(&n.path) lang=lang_attr(title.lang, l)>{t!(l, "checkpoint-change-notice", title = title.text.to_string())}</a>
        }
    });
    view! {
        <li class=if change.closed() { "checkpoint-change checkpoint-change--closed" } else { "checkpoint-change" }>
            <strong>{days}</strong>" "{t!(l, "checkpoint-change-hours", modes = modes, hours = spans_text(l, &change.spans))}
            " "<span lang=lang_attr(reason.lang, l)>{reason.text.to_string()}</span>
            {notice}
            {change.sample.then(|| view! { " " <span class="tag">{t!(l, "sample-content")}</span> })}
        </li>
    }
}

/// One checkpoint of the directory: a row on a wide screen, a card on a phone.
fn row(l: Lang, directory: &CheckpointDirectory, c: &Checkpoint) -> impl IntoView {
    let name = c.name.get(l);
    let to = c.to.get(l);
    let heading_id = format!("checkpoint-{}", c.id);
    let labelled_by = heading_id.clone();
    let hours = c
        .crosses
        .iter()
        .filter_map(|m| c.hours_of(*m))
        .map(|h| {
            view! {
                <div class="checkpoint-row__mode">
                    <dt>{mode_label(l, h.mode)}</dt>
                    <dd>
                        <span class="checkpoint-row__hours">{spans_text(l, &h.spans)}</span>
                        // Filled in by the clock's island (DirectoryClock).
                        " "<span data-status-of=h.mode.id()></span>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let changes = (!c.changes.is_empty()).then(|| {
        view! {
            <div class="checkpoint-row__changes">
                <p class="checkpoint-row__changes-heading">{t!(l, "checkpoint-changes")}</p>
                <ul>{c.changes.iter().map(|ch| change_view(l, directory, ch)).collect_view()}</ul>
            </div>
        }
    });
    view! {
        <article class="checkpoint-row" aria-labelledby=labelled_by>
            <h2 id=heading_id class="checkpoint-row__name">
                <a href=l.localize_path(&format!("{}/{}", portal_model::checkpoint::Checkpoints::BASE, c.id)) lang=lang_attr(name.lang, l)>
                    {name.text.to_string()}
                </a>
            </h2>
            <p class="checkpoint-row__meta">
                <span class="tag">{type_label(l, c.kind)}</span>
                " "<span>{t!(l, "checkpoint-to")}" "<span lang=lang_attr(to.lang, l)>{to.text.to_string()}</span></span>
                {c.sample.then(|| view! { " " <span class="tag">{t!(l, "sample-content")}</span> })}
            </p>
            <dl class="checkpoint-row__modes">{hours}</dl>
            {changes}
        </article>
    }
}

/// The directory as the server renders it: every checkpoint the filter's type and mode
/// match, with its hours; what depends on the time is filled in by [`DirectoryClock`].
#[component]
fn DirectoryView(directory: CheckpointDirectory, filter: CheckpointFilter) -> impl IntoView {
    let l = use_lang().get_untracked();
    let title = t!(l, "route-checkpoints");
    let matching: Vec<&Checkpoint> = directory.checkpoints.iter().filter(|c| filter.matches(c)).collect();
    let any_sample = matching.iter().any(|c| c.sample);
    let clock = view! {
        <DirectoryClock
            rows=matching.iter().map(|c| (c.id.clone(), c.timetable())).collect()
            mode=filter.mode
            open_now=filter.open_now
        />
    };
    let rows = matching
        .iter()
        .map(|c| view! { <li class="checkpoints__item" data-checkpoint=c.id.clone()>{row(l, &directory, c)}</li> })
        .collect_view();
    let empty = matching.is_empty();
    view! {
        <p class="lead">{t!(l, "checkpoints-lead")}</p>
        <p class="checkpoints-time-note">{t!(l, "checkpoints-time-note")}</p>
        // There from the start, empty, so its text arriving does not push the form and the
        // list down.
        <p class="checkpoints-now"></p>
        <form class="list-filter checkpoints-filter" method="get" action=l.localize_path(portal_model::checkpoint::Checkpoints::BASE)>
            <fieldset>
                <legend class="visually-hidden">{t!(l, "filter-legend")}</legend>
                <div class="list-filter__field">
                    <label for="checkpoints-type">{t!(l, "checkpoints-filter-type")}</label>
                    <select id="checkpoints-type" name="type">
                        <option value=CheckpointFilter::ALL selected=filter.kind.is_none()>{t!(l, "checkpoints-filter-all-types")}</option>
                        {CheckpointType::ALL.into_iter().map(|k| view! {
                            <option value=k.id() selected=filter.kind == Some(k)>{type_label(l, k)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="list-filter__field">
                    <label for="checkpoints-crosses">{t!(l, "checkpoints-filter-crosses")}</label>
                    <select id="checkpoints-crosses" name="crosses">
                        <option value=CheckpointFilter::ALL selected=filter.mode.is_none()>{t!(l, "checkpoints-filter-all-modes")}</option>
                        {Mode::ALL.into_iter().map(|m| view! {
                            <option value=m.id() selected=filter.mode == Some(m)>{mode_label(l, m)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="checkpoints-filter__open">
                    <input type="checkbox" id="checkpoints-open" name="open" value=CheckpointFilter::NOW checked=filter.open_now/>
                    <label for="checkpoints-open">{t!(l, "checkpoints-filter-open")}</label>
                </div>
                <button type="submit" class="button">{t!(l, "filter-apply")}</button>
            </fieldset>
        </form>
        // Said for the page without the app; once the app has the time, the filter applies.
        {filter.open_now.then(|| view! { <p class="checkpoints-open-note">{t!(l, "checkpoints-open-note")}</p> })}
        <p class="list-count" role="status">{t!(l, "checkpoints-count", count = matching.len())}</p>
        {any_sample.then(|| view! {
            <p class="sample-note"><strong>{t!(l, "sample-content")}</strong>" "{t!(l, "checkpoints-sample-note")}</p>
        })}
        {if empty {
            view! { <p>{t!(l, "checkpoints-empty")}</p> }.into_any()
        } else {
            view! { <ul class="checkpoints" aria-label=title.clone()>{rows}</ul> }.into_any()
        }}
        {clock}
    }
}

/// What the directory says once the browser has the time (an island that takes over the
/// server's markup instead of rendering it again, so that it carries only the checkpoints'
/// timetables, not their texts): the time in Shenzhen, whether each mode is open and when
/// that changes, and with "open now" the closed checkpoints hidden and the count of the rest.
/// Every 30 seconds (`crate::clock`).
// A chunk of its own in the browser's build (scripts/split-wasm); component tests, whose
// wasm is not cut, take it as a plain island.
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
fn DirectoryClock(rows: Vec<(String, Timetable)>, mode: Option<Mode>, open_now: bool) -> impl IntoView {
    let l = use_lang().get_untracked();
    let now = use_now();
    Effect::new(move |_| {
        if let Some(ms) = now.get() {
            show_time(l, &rows, mode, open_now, ms);
        }
    });
}

/// Writes what [`DirectoryClock`] says into the directory's markup.
fn show_time(l: Lang, rows: &[(String, Timetable)], mode: Option<Mode>, open_now: bool, ms: i64) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let find = |within: &web_sys::Element, selector: &str| within.query_selector(selector).ok().flatten();
    let Some(root) = document.document_element() else {
        return;
    };
    let at = Local::from_utc_millis(ms);
    if let Some(p) = find(&root, ".checkpoints-now") {
        p.set_text_content(Some(&t!(l, "checkpoints-now", date = at.date.to_string(), time = hhmm(at.minute))));
    }
    let mut shown = 0;
    for (id, timetable) in rows {
        // Ids are `[a-z0-9-]` (the content tool refuses others), so they quote safely.
        let Some(item) = find(&root, &format!("li[data-checkpoint=\"{id}\"]")) else {
            continue;
        };
        let hide = open_now && !timetable.open_at(mode, ms);
        let _ = if hide { item.set_attribute("hidden", "") } else { item.remove_attribute("hidden") };
        shown += usize::from(!hide);
        for m in &timetable.crosses {
            if let Some(span) = find(&item, &format!("[data-status-of=\"{}\"]", m.id())) {
                let (state, text) = status_of(l, timetable, *m, ms);
                span.set_class_name(&format!("open-status open-status--{state}"));
                let _ = span.set_attribute("data-status", state);
                span.set_text_content(Some(&text));
            }
        }
    }
    if open_now {
        if let Some(count) = find(&root, ".list-count") {
            count.set_text_content(Some(&t!(l, "checkpoints-count", count = shown)));
        }
        if let Some(note) = find(&root, ".checkpoints-open-note") {
            let _ = note.set_attribute("hidden", "");
        }
    }
}
