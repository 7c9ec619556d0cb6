//! The footer of every page: links to about / copyright / privacy / site map and the
//! office's registration facts, all from `site.json`. The filing numbers link to the public
//! registers where anyone can check them, as national rules expect.

use crate::i18n::{lang_attr, use_lang};
use crate::t;
use leptos::prelude::*;
use portal_model::{Footer as FooterData, Text};

#[component]
pub fn Footer(data: FooterData) -> impl IntoView {
    let lang = use_lang();
    let text = move |t: &Text| {
        let shown = t.get(lang.get());
        view! { <span lang=lang_attr(shown.lang, lang.get())>{shown.text.to_string()}</span> }
    };
    let FooterData { host, address, postcode, phone, fax, site_code, icp, public_security, links } = data;
    move || {
        let l = lang.get();
        view! {
            <footer class="site-footer">
                <div class="site-footer__inner">
                    <nav aria-label=t!(l, "nav-footer")>
                        <ul class="site-footer__links">
                            {links
                                .iter()
                                .map(|link| view! { <li><a href=l.localize_path(&link.path)>{text(&link.label)}</a></li> })
                                .collect_view()}
                        </ul>
                    </nav>
                    <dl class="site-footer__facts">
                        <div><dt>{t!(l, "footer-host")}</dt><dd>{text(&host)}</dd></div>
                        <div><dt>{t!(l, "footer-address")}</dt><dd>{text(&address)}</dd></div>
                        <div><dt>{t!(l, "footer-postcode")}</dt><dd>{postcode.clone()}</dd></div>
                        <div>
                            <dt>{t!(l, "footer-phone")}</dt>
                            <dd><a href=format!("tel:{}", phone)>{phone.clone()}</a></dd>
                        </div>
                        <div><dt>{t!(l, "footer-fax")}</dt><dd>{fax.clone()}</dd></div>
                        <div><dt>{t!(l, "footer-site-code")}</dt><dd>{site_code.clone()}</dd></div>
                        <div>
                            <dt>{t!(l, "footer-filings")}</dt>
                            <dd>
                                <a href=icp.url.clone() rel="noopener">{text(&icp.text)}</a>
                                " "
                                <a href=public_security.url.clone() rel="noopener">{text(&public_security.text)}</a>
                            </dd>
                        </div>
                    </dl>
                </div>
            </footer>
        }
    }
}
