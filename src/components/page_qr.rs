//! "Scan to open this page on your phone", on desktop widths (48em and up; a phone has no
//! use for it): a QR code of the current page's address, with the address as text beside it
//! for people who cannot scan (and for copying).
//!
//! The code is drawn by the app itself with the `qrcode` crate (encoding only, no image
//! dependency), as one SVG `<path>` of horizontal runs of dark modules. It is a pure
//! function of the address, so the prerendered page already carries it and hydration finds
//! the same markup. The address is the page's canonical one (`head_links::canonical_path`):
//! the public origin from `site.json`, not whatever host served the page.

use super::head_links::canonical_path;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use portal_model::{Lang, Site};
use qrcode::{Color, EcLevel, QrCode};

/// Modules of light margin around the code, as the QR standard asks.
const QUIET: usize = 4;

/// The SVG path of a QR code for `text` and the code's width in modules, or `None` if the
/// text is too long to encode. Level M: still scannable with 15% of the code damaged
/// (glare on a screen), small enough for a long address.
pub fn qr_path(text: &str) -> Option<(String, usize)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut d = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let start = x;
                while x < width && row[x] == Color::Dark {
                    x += 1;
                }
                d.push_str(&format!("M{start} {y}h{}v1H{start}z", x - start));
            } else {
                x += 1;
            }
        }
    }
    Some((d, width))
}

#[component]
pub fn PageQr(site: Site) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let origin = site.origin.clone();
    move || {
        let path = location.pathname.get();
        let l = Lang::from_path(&path);
        let neutral = canonical_path(&site, Lang::strip_prefix(&path))?;
        let url = format!("{origin}{}", l.localize_path(&neutral));
        let (d, width) = qr_path(&url)?;
        let size = width + 2 * QUIET;
        let q = QUIET as i64;
        Some(view! {
            <aside class="page-qr" aria-label=move || t!(lang.get(), "qr-heading")>
                <svg class="page-qr__code" viewBox=format!("{} {} {size} {size}", -q, -q) width="132" height="132" role="img" aria-label=move || t!(lang.get(), "qr-image")>
                    <rect class="page-qr__light" x=-q y=-q width=size height=size/>
                    <path class="page-qr__dark" d=d/>
                </svg>
                <div class="page-qr__text">
                    <p class="page-qr__heading">{move || t!(lang.get(), "qr-heading")}</p>
                    <p class="page-qr__url">{url}</p>
                </div>
            </aside>
        })
    }
}

#[cfg(test)]
mod tests {
    use super::qr_path;

    #[test]
    fn a_page_address_gives_a_square_code_of_runs() {
        let (d, width) = qr_path("https://ka.sz.gov.cn/disclosure/reports/2021").unwrap();
        // 44 bytes: version 4 at level M (33 modules); every version is 17 + 4 x its number.
        assert_eq!(width, 33);
        assert!(d.starts_with("M0 0h7v1H0z"), "finder pattern first: {}", &d[..40]);
        assert!(d.split('M').count() > 100);
    }

    #[test]
    fn too_long_is_none_not_a_panic() {
        assert!(qr_path(&"x".repeat(5000)).is_none());
    }
}
