//! `/mailbox/statistics`: letters received and answered, and the average working days to an
//! answer, per year and per month, as national rules expect a portal to publish. Live data
//! from the mailbox API, fetched in the browser (an island); each year is one table with a caption
//! and headers.

use crate::components::page_heading::PageHeading;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;
use portal_model::letter::{Counts, Statistics};
use portal_model::Site;

// Prerendering shows only the first states; the others come from the browser.
#[cfg_attr(feature = "ssr", allow(dead_code))]
#[derive(Clone, Debug, PartialEq)]
enum State {
    Static,
    Loading,
    Loaded(Statistics),
    Failed,
}

/// An average as shown: one decimal, or a dash when nothing was answered.
fn average(c: &Counts) -> String {
    c.average_working_days.map(|d| format!("{d:.1}")).unwrap_or_else(|| "—".to_string())
}

#[component]
pub fn LetterStatisticsPage() -> impl IntoView {
    let l = use_lang().get_untracked();
    view! {
        <PageHeading title=t!(l, "route-letter-statistics") description=t!(l, "route-letter-statistics-desc")/>
        <LetterStatistics phone={expect_context::<Site>().footer.phone.clone()}/>
    }
}

/// The figures, fetched in the browser; `phone` is the office's, for when they cannot be.
// A chunk of its own in the browser's build (scripts/split-wasm); component tests, whose
// wasm is not cut, take it as a plain island.
#[cfg_attr(feature = "split", island(lazy))]
#[cfg_attr(not(feature = "split"), island)]
fn LetterStatistics(phone: String) -> impl IntoView {
    let l = use_lang().get_untracked();
    let state = RwSignal::new(State::Static);
    Effect::new(move |_| {
        state.set(State::Loading);
        #[cfg(not(feature = "ssr"))]
        leptos::task::spawn_local(async move {
            state.set(match crate::mailbox::statistics(l).await {
                Some(s) => State::Loaded(s),
                None => State::Failed,
            });
        });
    });
    let row = move |label: String, c: Counts, total: bool| {
        let avg = average(&c);
        view! {
            <tr class:statistics__total=total>
                <th scope="row">{label}</th>
                <td>{c.received}</td>
                <td>{c.answered}</td>
                <td>{avg}</td>
            </tr>
        }
    };
    view! {
        <p class="lead">{t!(l, "route-letter-statistics-desc")}</p>
        <p>{t!(l, "letter-statistics-note")}</p>
        <div class="statistics" aria-live="polite" aria-busy=move || (state.get() == State::Loading).then_some("true")>
            {move || match state.get() {
                State::Static => view! { <p>{t!(l, "letter-live-data", phone = phone.clone())}</p> }.into_any(),
                State::Loading => view! { <p>{t!(l, "loading")}</p> }.into_any(),
                State::Failed => view! { <p class="statistics__failed">{t!(l, "letter-live-failed", phone = phone.clone())}</p> }.into_any(),
                State::Loaded(s) if s.years.is_empty() => view! { <p>{t!(l, "letter-statistics-none")}</p> }.into_any(),
                State::Loaded(s) => s.years.into_iter().map(|y| {
                    let year = y.year;
                    view! {
                        <div class="statistics__scroll" role="region" tabindex="0" aria-labelledby=format!("statistics-{year}")>
                            <table class="statistics__table">
                                <caption id=format!("statistics-{year}")>{t!(l, "letter-statistics-caption", year = year)}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{t!(l, "letter-statistics-month")}</th>
                                        <th scope="col">{t!(l, "letter-statistics-received")}</th>
                                        <th scope="col">{t!(l, "letter-statistics-answered")}</th>
                                        <th scope="col">{t!(l, "letter-statistics-days")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {y.months.into_iter().map(|m| row(t!(l, "letter-statistics-month-name", month = m.month), m.counts, false)).collect_view()}
                                    {row(t!(l, "letter-statistics-year-total", year = year), y.counts, true)}
                                </tbody>
                            </table>
                        </div>
                    }
                }).collect_view().into_any(),
            }}
        </div>
    }
}
