//! `/`: the office's name, what the site is for, entry points to the sections that exist
//! (from the navigation in `site.json`, filtered to built routes), and how to reach us.

use crate::components::page_heading::PageHeading;
use crate::i18n::{lang_attr, use_lang};
use crate::routes;
use crate::t;
use leptos::prelude::*;
use portal_model::Site;

#[component]
pub fn HomePage() -> impl IntoView {
    let l = use_lang().get_untracked();
    let site = expect_context::<Site>();
    let lead = site.home_lead.get(l);
    let entries: Vec<_> = site
        .navigation
        .iter()
        .filter(|link| link.path != "/" && routes::find(&link.path).is_some())
        .cloned()
        .collect();
    let footer = site.footer.clone();
    view! {
        <PageHeading title=t!(l, "site-name") description=lead.text.to_string()/>
        <p class="lead" lang=lang_attr(lead.lang, l)>{lead.text.to_string()}</p>
        <section class="home__section" aria-labelledby="home-entries">
            <h2 id="home-entries">{t!(l, "home-lead-heading")}</h2>
            <ul class="home__cards">
                {entries
                    .into_iter()
                    .map(|link| {
                        let label = link.label.get(l);
                        let description = link.description.as_ref().map(|d| d.get(l));
                        view! {
                            <li class="home__card">
                                <h3 lang=lang_attr(label.lang, l)>
                                    <a href=l.localize_path(&link.path)>{label.text.to_string()}</a>
                                </h3>
                                {description.map(|d| view! { <p lang=lang_attr(d.lang, l)>{d.text.to_string()}</p> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
        <section class="home__section home__contact" aria-labelledby="home-contact">
            <h2 id="home-contact">{t!(l, "home-contact-heading")}</h2>
            <p>
                {t!(l, "footer-phone")} " "
                <a href=format!("tel:{}", footer.phone)>{footer.phone.clone()}</a>
            </p>
            <p>{t!(l, "home-contact-hours")}</p>
            <p>{t!(l, "footer-address")} " " {footer.address.in_lang(l).to_string()}</p>
        </section>
    }
}
