//! `/disclosure`: the disclosure home (信息公开). Its entry points are the routes the page
//! registry puts under it (the guide, the catalogue; a page added there later, such as the
//! annual reports, appears here with no change to this file), then how to apply for
//! disclosure and whom to contact, from `disclosure/home.json`.

use crate::api;
use crate::components::entry_cards::{child_pages, EntryCards};
use crate::components::page_heading::PageHeading;
use crate::components::page_loader::PageLoader;
use crate::i18n::{lang_attr, use_lang};
use crate::t;
use leptos::prelude::*;
use portal_model::disclosure::DisclosureHome;
use portal_model::registry::Kind;

#[component]
pub fn DisclosureHomePage() -> impl IntoView {
    let show = |home: DisclosureHome| view! { <HomeView home=home/> }.into_any();
    view! { <PageLoader load=api::disclosure_home view=show/> }
}

#[component]
fn HomeView(home: DisclosureHome) -> impl IntoView {
    let l = use_lang().get_untracked();
    let lead = home.lead.get(l);
    let c = home.contact;
    let entries = child_pages(l, Kind::DisclosureHome);
    let (unit, address, hours) = (c.unit.get(l), c.address.get(l), c.hours.get(l));
    view! {
        <PageHeading title=t!(l, "route-disclosure") description=lead.text.to_string()/>
        <p class="lead" lang=lang_attr(lead.lang, l)>{lead.text.to_string()}</p>
        <section class="disclosure-home__section" aria-labelledby="disclosure-entries">
            <h2 id="disclosure-entries">{t!(l, "disclosure-entries-heading")}</h2>
            <EntryCards cards=entries/>
        </section>
        <section class="disclosure-home__section" aria-labelledby="disclosure-apply">
            <h2 id="disclosure-apply">{t!(l, "disclosure-apply-heading")}</h2>
            <p>{t!(l, "disclosure-apply-text")}</p>
            <p><a href=l.localize_path("/disclosure/guide")>{t!(l, "disclosure-apply-link")}</a></p>
        </section>
        <section class="disclosure-home__section" aria-labelledby="disclosure-contact">
            <h2 id="disclosure-contact">{t!(l, "disclosure-contact-heading")}</h2>
            <dl class="disclosure-home__contact">
                <div><dt>{t!(l, "disclosure-contact-unit")}</dt><dd lang=lang_attr(unit.lang, l)>{unit.text.to_string()}</dd></div>
                <div><dt>{t!(l, "footer-address")}</dt><dd lang=lang_attr(address.lang, l)>{address.text.to_string()} " " {c.postcode.clone()}</dd></div>
                <div><dt>{t!(l, "footer-phone")}</dt><dd><a href=format!("tel:{}", c.phone)>{c.phone.clone()}</a></dd></div>
                <div><dt>{t!(l, "disclosure-contact-hours")}</dt><dd lang=lang_attr(hours.lang, l)>{hours.text.to_string()}</dd></div>
            </dl>
        </section>
    }
}
