//! A short hint beside attachments and links to other websites, for readers inside WeChat's
//! in-app browser, which cannot download files and may refuse other sites: open the page in
//! the system browser (the "…" menu at the top right).
//!
//! Shown only inside WeChat. Who is inside WeChat is known only in the browser (the user
//! agent contains `MicroMessenger`), and the pages are prerendered files, so the server
//! cannot decide. `public/prefs.js` marks `<html data-wechat="1">` before the first paint,
//! and CSS shows the hints (`wechat_hint.css`): rendered into every page, hidden elsewhere,
//! so hydration never sees a difference and the hint works without the app too.

use crate::t;
use leptos::prelude::*;
use portal_model::Lang;

/// What the hint is beside.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HintFor {
    /// Files to download (attachments, CSV tables).
    Downloads,
    /// A link to another website.
    External,
}

/// What kind of hint a link needs, from its `href`: files of the site (`/files/`, `.csv`,
/// `.pdf`, …) are downloads, absolute `http(s)` addresses are other websites, and the
/// portal's own pages need none.
pub fn hint_for(href: &str) -> Option<HintFor> {
    let lower = href.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        Some(HintFor::External)
    } else if lower.starts_with("/files/") || [".pdf", ".csv", ".doc", ".docx", ".xls", ".xlsx", ".zip"].iter().any(|e| lower.ends_with(e)) {
        Some(HintFor::Downloads)
    } else {
        None
    }
}

/// The hint as a paragraph (after a list of files), or `inline` as a phrase after one link.
#[component]
pub fn WechatHint(kind: HintFor, lang: Lang, #[prop(optional)] inline: bool) -> impl IntoView {
    let text = match kind {
        HintFor::Downloads => t!(lang, "wechat-hint-download"),
        HintFor::External => t!(lang, "wechat-hint-external"),
    };
    if inline {
        view! { <span class="wechat-hint wechat-hint--inline">{text}</span> }.into_any()
    } else {
        view! { <p class="wechat-hint">{text}</p> }.into_any()
    }
}

#[cfg(test)]
mod tests {
    use super::{hint_for, HintFor};

    #[test]
    fn links_get_the_hint_they_need() {
        assert_eq!(hint_for("/files/2014-report.pdf"), Some(HintFor::Downloads));
        assert_eq!(hint_for("/content/reports/2021/table-1.CSV"), Some(HintFor::Downloads));
        assert_eq!(hint_for("https://www.gov.cn/"), Some(HintFor::External));
        assert_eq!(hint_for("/news/20180612-01"), None);
        assert_eq!(hint_for("tel:0755-83394325"), None);
    }
}
