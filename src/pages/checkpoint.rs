//! `/checkpoints/<id>`: one checkpoint. Its hours per mode as a table (Shenzhen time), and
//! once the app runs whether each mode is open now; holiday and temporary changes with
//! their notices; how to get there; the address as text to copy and a `geo:` link that opens
//! the phone's map app (no map script: nothing to load, nothing the CSP must allow);
//! facilities; related notices; the office's hotline (`site.json`).

use crate::api;
use crate::clock::use_now;
use crate::components::open_status::OpenStatus;
use crate::components::page_heading::PageHeading;
use crate::components::page_loader::PageLoader;
use crate::i18n::{lang_attr, use_lang};
use crate::pages::checkpoints_list::{change_view, mode_label, spans_text, type_label};
use crate::t;
use leptos::prelude::*;
use portal_model::checkpoint::{hhmm, CheckpointDirectory, Checkpoints, FacilityKind, Local, Timetable, TransportKind};
use portal_model::{Lang, Site};

#[component]
pub fn CheckpointPage(id: String) -> impl IntoView {
    let chosen = id.clone();
    let show = move |directory: CheckpointDirectory| view! { <CheckpointView directory=directory id=chosen.clone()/> }.into_any();
    view! { <PageLoader load=move || api::checkpoints(Some(id.clone())) view=show/> }
}

fn transport_label(l: Lang, kind: TransportKind) -> String {
    match kind {
        TransportKind::Metro => t!(l, "checkpoint-transport-metro"),
        TransportKind::Bus => t!(l, "checkpoint-transport-bus"),
        TransportKind::Ferry => t!(l, "checkpoint-transport-ferry"),
        TransportKind::Rail => t!(l, "checkpoint-transport-rail"),
        TransportKind::Car => t!(l, "checkpoint-transport-car"),
    }
}

fn facility_label(l: Lang, kind: FacilityKind) -> String {
    match kind {
        FacilityKind::Accessible => t!(l, "checkpoint-facility-accessible"),
        FacilityKind::EChannel => t!(l, "checkpoint-facility-e-channel"),
        FacilityKind::Other => t!(l, "checkpoint-facility-other"),
    }
}

/// Whether each mode is open now: only in the browser, which has the time (crate::clock).
// A chunk of its own in the browser's build (scripts/split-wasm); component tests, whose
// wasm is not cut, take it as a plain island.
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
fn CheckpointNow(timetable: Timetable) -> impl IntoView {
    let l = use_lang().get_untracked();
    let now = use_now();
    move || {
        let c = timetable.clone();
        now.get().map(|ms| {
            let at = Local::from_utc_millis(ms);
            view! {
                <section class="checkpoint-now" aria-labelledby="checkpoint-now-heading">
                    <h2 id="checkpoint-now-heading">{t!(l, "checkpoints-now", date = at.date.to_string(), time = hhmm(at.minute))}</h2>
                    <ul>
                        {c.crosses.iter().map(|m| view! {
                            <li>{mode_label(l, *m)}" "<OpenStatus timetable=c.clone() mode=*m now=now/></li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

#[component]
fn CheckpointView(directory: CheckpointDirectory, id: String) -> impl IntoView {
    let l = use_lang().get_untracked();
    let site = expect_context::<Site>();
    // The loader answered "not found" for an unknown id, so this one exists.
    let c = directory.checkpoint(&id).cloned().expect("the loader checked the id");
    let name = c.name.get(l).text.to_string();
    let summary = c.summary.get(l);
    let to = c.to.get(l);
    let address = c.address.get(l);
    let rows = c
        .crosses
        .iter()
        .filter_map(|m| c.hours_of(*m))
        .map(|h| {
            let note = h.note.as_ref().map(|n| n.get(l));
            view! {
                <tr>
                    <th scope="row">{mode_label(l, h.mode)}</th>
                    <td>{spans_text(l, &h.spans)}</td>
                    <td>{note.map(|n| view! { <span lang=lang_attr(n.lang, l)>{n.text.to_string()}</span> })}</td>
                </tr>
            }
        })
        .collect_view();
    let status = view! { <CheckpointNow timetable=c.timetable()/> };
    let changes = (!c.changes.is_empty()).then(|| {
        view! {
            <section class="checkpoint-section" aria-labelledby="checkpoint-changes-heading">
                <h2 id="checkpoint-changes-heading">{t!(l, "checkpoint-changes")}</h2>
                <ul class="checkpoint-changes">{c.changes.iter().map(|ch| change_view(l, &directory, ch)).collect_view()}</ul>
            </section>
        }
    });
    let transport = (!c.transport.is_empty()).then(|| {
        view! {
            <section class="checkpoint-section" aria-labelledby="checkpoint-transport-heading">
                <h2 id="checkpoint-transport-heading">{t!(l, "checkpoint-transport")}</h2>
                <ul class="checkpoint-list">
                    {c.transport.iter().map(|tr| {
                        let text = tr.text.get(l);
                        view! { <li><strong>{transport_label(l, tr.kind)}</strong>" "<span lang=lang_attr(text.lang, l)>{text.text.to_string()}</span></li> }
                    }).collect_view()}
                </ul>
            </section>
        }
    });
    let facilities = (!c.facilities.is_empty()).then(|| {
        view! {
            <section class="checkpoint-section" aria-labelledby="checkpoint-facilities-heading">
                <h2 id="checkpoint-facilities-heading">{t!(l, "checkpoint-facilities")}</h2>
                <ul class="checkpoint-list">
                    {c.facilities.iter().map(|f| {
                        let text = f.text.get(l);
                        view! { <li><strong>{facility_label(l, f.kind)}</strong>" "<span lang=lang_attr(text.lang, l)>{text.text.to_string()}</span></li> }
                    }).collect_view()}
                </ul>
            </section>
        }
    });
    let notices: Vec<_> = c.notices.iter().filter_map(|id| directory.notice(id)).cloned().collect();
    let notices = (!notices.is_empty()).then(|| {
        view! {
            <section class="checkpoint-section" aria-labelledby="checkpoint-notices-heading">
                <h2 id="checkpoint-notices-heading">{t!(l, "checkpoint-notices")}</h2>
                <ul class="checkpoint-list">
                    {notices.into_iter().map(|n| {
                        let title = n.title.get(l);
                        view! {
                            <li>
                                <a href=l.localize_path(&n.path) lang=lang_attr(title.lang, l)>{title.text.to_string()}</a>
                                " "<time datetime=n.date.to_string()>{n.date.to_string()}</time>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    });
    let phone = site.footer.phone.clone();
    view! {
        <PageHeading title=name.clone() description=summary.text.to_string()/>
        <p class="lead" lang=lang_attr(summary.lang, l)>{summary.text.to_string()}</p>
        <p class="checkpoint-row__meta">
            <span class="tag">{type_label(l, c.kind)}</span>
            " "<span>{t!(l, "checkpoint-to")}" "<span lang=lang_attr(to.lang, l)>{to.text.to_string()}</span></span>
        </p>
        {c.sample.then(|| view! {
            <p class="sample-note"><strong>{t!(l, "sample-content")}</strong>" "{t!(l, "checkpoints-sample-note")}</p>
        })}
        {status}
        <section class="checkpoint-section" aria-labelledby="checkpoint-hours-heading">
            <h2 id="checkpoint-hours-heading">{t!(l, "checkpoint-hours")}</h2>
            <div class="checkpoint-table">
                <table>
                    <caption>{t!(l, "checkpoint-hours-caption", name = name.clone())}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t!(l, "checkpoint-hours-mode")}</th>
                            <th scope="col">{t!(l, "checkpoint-hours-daily")}</th>
                            <th scope="col">{t!(l, "checkpoint-hours-note")}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
        {changes}
        <section class="checkpoint-section" aria-labelledby="checkpoint-address-heading">
            <h2 id="checkpoint-address-heading">{t!(l, "checkpoint-address")}</h2>
            <p class="checkpoint-address" lang=lang_attr(address.lang, l)>{address.text.to_string()}</p>
            <p>
                <a class="checkpoint-map" href=c.location.geo_uri()>{t!(l, "checkpoint-open-map", name = name.clone())}</a>
            </p>
        </section>
        {transport}
        {facilities}
        {notices}
        <section class="checkpoint-section" aria-labelledby="checkpoint-contact-heading">
            <h2 id="checkpoint-contact-heading">{t!(l, "checkpoint-contact")}</h2>
            <p>{t!(l, "checkpoint-hotline")}" "<a href=format!("tel:{phone}")>{phone.clone()}</a></p>
        </section>
        <p class="checkpoint-back"><a href=l.localize_path(Checkpoints::BASE)>{t!(l, "checkpoint-back")}</a></p>
    }
}
