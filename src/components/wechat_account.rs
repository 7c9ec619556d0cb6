//! The office's WeChat official account (公众号), on the home page and the contact page
//! (`/about`): its QR code from the bundle (`site.json`'s `wechat`), and beside it, as text,
//! the account's name and WeChat ID with how to follow it, for the person who cannot scan
//! (a screen-reader user, or someone reading on the very phone that would have to scan).
//!
//! The picture is a file of the site checked by `content check` (`UrlKind::Image`, and that
//! it exists), so the CSP's `img-src 'self'` holds. It is an `<img>` with the bundle's text
//! alternative; with the toolbar's text-only mode, which hides pictures, the name and the ID
//! still say everything. A pure function of the bundle: prerendered as is, and hydration
//! finds the same markup.

use crate::i18n::lang_attr;
use crate::t;
use leptos::prelude::*;
use portal_model::{Lang, WechatAccount};

/// Loaded eagerly: the file is 3.4 KB (under 1 KB as brotli), and with `loading="lazy"` the
/// picture was drawn or not depending on when the page was scrolled, so the page before and
/// after hydration looked different in tests/e2e/prerender.spec.ts.
///
/// Shown 160 px square: at least 2 px a module for a code of up to version 6 with its
/// margin, which phone cameras read from a screen at arm's length.
const SIDE: u32 = 160;

/// `heading_id` must be unique on the page (the section is labelled by its heading).
#[component]
pub fn WechatAccountCard(account: WechatAccount, lang: Lang, heading_id: &'static str) -> impl IntoView {
    let l = lang;
    let name = account.name.get(l);
    let alt = account.qr_alt.get(l);
    let name_text = name.text.to_string();
    view! {
        <section class="wechat-account" aria-labelledby=heading_id>
            <h2 id=heading_id>{t!(l, "wechat-account-heading")}</h2>
            <div class="wechat-account__body">
                <img
                    class="wechat-account__qr"
                    src=account.qr.clone()
                    alt=alt.text.to_string()
                    lang=lang_attr(alt.lang, l)
                    width=SIDE
                    height=SIDE
                />
                <div class="wechat-account__text">
                    <p class="wechat-account__name">
                        <span lang=lang_attr(name.lang, l)>{name_text.clone()}</span>
                        {account.sample.then(|| view! { " " <span class="tag">{t!(l, "sample-content")}</span> })}
                    </p>
                    <p>{t!(l, "wechat-account-id-label")} " " <span class="wechat-account__id">{account.id.clone()}</span></p>
                    <p>{t!(l, "wechat-account-scan")}</p>
                    {account.sample.then(|| view! { <p class="wechat-account__sample">{t!(l, "wechat-account-sample-note")}</p> })}
                </div>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use crate::components::page_qr::qr_path;

    /// What the demo bundle's sample QR code encodes: a placeholder, not a real account.
    const SAMPLE_URL: &str = "https://weixin.qq.com/r/sample-port-office";
    const SAMPLE_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/images/wechat-account-qr.svg");

    /// The sample picture, drawn with the same `qrcode` code as the page's own QR code.
    fn sample_svg() -> String {
        let (d, width) = qr_path(SAMPLE_URL).expect("a short URL encodes");
        let size = width + 8;
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-4 -4 {size} {size}\" width=\"{px}\" height=\"{px}\" shape-rendering=\"crispEdges\">\
             <!-- Sample content (示例内容), not the office's account: the QR code of {SAMPLE_URL}. \
             Drawn by the ignored test write_the_sample_wechat_qr of src/components/wechat_account.rs. -->\
             <rect x=\"-4\" y=\"-4\" width=\"{size}\" height=\"{size}\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"{d}\"/></svg>\n",
            px = size * 4,
        )
    }

    /// The committed picture is ours and current: regenerate with the ignored test below.
    #[test]
    fn the_sample_wechat_qr_is_the_code_of_the_placeholder() {
        let committed = std::fs::read_to_string(SAMPLE_FILE).expect("public/images/wechat-account-qr.svg");
        assert_eq!(committed, sample_svg(), "run: cargo test --lib write_the_sample_wechat_qr -- --ignored");
        assert!(committed.contains("Sample content"));
        // An XML comment may not contain a double hyphen: the picture would not show.
        assert!(!committed.split("<!--").nth(1).unwrap().split("-->").next().unwrap().contains("--"));
    }

    #[test]
    #[ignore = "writes public/images/wechat-account-qr.svg"]
    fn write_the_sample_wechat_qr() {
        std::fs::write(SAMPLE_FILE, sample_svg()).unwrap();
    }
}
