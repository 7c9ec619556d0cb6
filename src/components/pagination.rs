//! Page links under a list: previous, numbered pages around the current one, next. Plain
//! links to real URLs (`/news/list/all/2024/3`), so paging works without the app and any
//! page can be shared. The current page is marked `aria-current="page"`.

use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

/// Which page numbers to show: the first, the last, and two either side of the current;
/// `None` marks a gap.
pub fn window(current: usize, pages: usize) -> Vec<Option<usize>> {
    let mut shown: Vec<usize> = (1..=pages)
        .filter(|&p| p == 1 || p == pages || p.abs_diff(current) <= 2)
        .collect();
    shown.dedup();
    let mut out = Vec::new();
    for (i, &p) in shown.iter().enumerate() {
        if i > 0 && p - shown[i - 1] > 1 {
            out.push(None);
        }
        out.push(Some(p));
    }
    out
}

#[component]
pub fn Pagination(current: usize, pages: usize, href: impl Fn(usize) -> String + 'static) -> impl IntoView {
    let lang = use_lang().get_untracked();
    (pages > 1).then(|| {
        view! {
            <nav class="pagination" aria-label=t!(lang, "pagination-label")>
                <ul class="pagination__list">
                    {(current > 1).then(|| view! {
                        <li class="pagination__step">
                            <a href=href(current - 1) rel="prev">{t!(lang, "pagination-previous")}</a>
                        </li>
                    })}
                    {window(current, pages)
                        .into_iter()
                        .map(|entry| match entry {
                            None => view! { <li class="pagination__gap" aria-hidden="true">"…"</li> }.into_any(),
                            Some(p) => view! {
                                <li>
                                    <a
                                        href=href(p)
                                        aria-label=t!(lang, "pagination-page", page = p)
                                        aria-current=(p == current).then_some("page")
                                    >
                                        {p}
                                    </a>
                                </li>
                            }
                            .into_any(),
                        })
                        .collect_view()}
                    {(current < pages).then(|| view! {
                        <li class="pagination__step">
                            <a href=href(current + 1) rel="next">{t!(lang, "pagination-next")}</a>
                        </li>
                    })}
                </ul>
            </nav>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn window_keeps_ends_and_neighbours() {
        assert_eq!(window(1, 1), vec![Some(1)]);
        assert_eq!(window(1, 4), vec![Some(1), Some(2), Some(3), Some(4)]);
        assert_eq!(window(10, 20), vec![Some(1), None, Some(8), Some(9), Some(10), Some(11), Some(12), None, Some(20)]);
        assert_eq!(window(20, 20), vec![Some(1), None, Some(18), Some(19), Some(20)]);
    }
}
