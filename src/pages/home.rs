//! `/`: the office's name and what the site is for, quick links to what people come for
//! most, the newest items of each section (news, notices) with a link to each list, entry
//! points to the other sections that exist, the newest annual disclosure report, and how to
//! reach the office, with its WeChat account when the bundle has one.

use crate::api;
use crate::components::item_list::ItemList;
use crate::components::page_heading::PageHeading;
use crate::components::page_loader::PageLoader;
use crate::components::wechat_account::WechatAccountCard;
use crate::i18n::{lang_attr, use_lang};
use crate::t;
use leptos::prelude::*;
use portal_model::news::{HomeFeed, ListFilter};
use portal_model::report::ReportIndex;
use portal_model::{registry, Lang, Site};

#[component]
pub fn HomePage() -> impl IntoView {
    let l = use_lang().get_untracked();
    let site = expect_context::<Site>();
    let lead = site.home_lead.get(l);
    let entries: Vec<_> = site
        .navigation
        .iter()
        .filter(|link| link.path != "/" && registry::resolve(&site, &link.path).is_some())
        .cloned()
        .collect();
    let footer = site.footer.clone();
    let wechat = site.wechat.clone();
    let latest_site = site.clone();
    // Shown only while the bundle has these pages (a renamed category drops its link).
    let quick: Vec<_> = [
        (t!(l, "home-quick-checkpoints"), portal_model::checkpoint::Checkpoints::BASE.to_string()),
        (t!(l, "home-quick-statistics"), ListFilter { category: Some("statistics".into()), year: None }.path("news", 1)),
        (t!(l, "route-notices"), "/notices".to_string()),
        (t!(l, "home-quick-policy"), ListFilter { category: Some("policy".into()), year: None }.path("notices", 1)),
        (t!(l, "home-contact-heading"), "/about".to_string()),
    ]
    .into_iter()
    .filter(|(_, path)| registry::resolve(&site, path).is_some())
    .collect();
    view! {
        <PageHeading title=t!(l, "site-name") description=lead.text.to_string()/>
        <p class="lead" lang=lang_attr(lead.lang, l)>{lead.text.to_string()}</p>
        <section class="home__section" aria-labelledby="home-quick">
            <h2 id="home-quick">{t!(l, "home-quick-heading")}</h2>
            <ul class="home__quick">
                {quick.into_iter().map(|(label, path)| view! {
                    <li><a href=l.localize_path(&path)>{label}</a></li>
                }).collect_view()}
            </ul>
        </section>
        <PageLoader load=api::report_index view=move |index| newest_report(index, l).into_any()/>
        <PageLoader load=api::home_feed view=move |feed| latest(feed, &latest_site, l).into_any()/>
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
        {wechat.map(|account| view! { <WechatAccountCard account=account lang=l heading_id="home-wechat"/> })}
    }
}

/// The newest annual report on government information disclosure, as an entry point.
fn newest_report(index: ReportIndex, l: Lang) -> impl IntoView {
    index.reports.into_iter().next().map(|r| {
        let title = r.title.get(l);
        view! {
            <p class="home__report">
                {t!(l, "reports-newest")} " "
                <a href=l.localize_path(&format!("/disclosure/reports/{}", r.year)) lang=lang_attr(title.lang, l)>{title.text.to_string()}</a>
            </p>
        }
    })
}

/// The newest items of each section, each list under its heading with a link to all.
fn latest(feed: HomeFeed, site: &Site, l: Lang) -> impl IntoView {
    feed.sections
        .into_iter()
        .filter_map(|(id, items)| {
            let section = site.sections.iter().find(|s| s.id == id)?.clone();
            let label = section.label.in_lang(l).to_string();
            let heading_id = format!("home-latest-{id}");
            let labelled_by = heading_id.clone();
            Some(view! {
                <section class="home__section" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{label.clone()}</h2>
                    <ItemList items=items section=section label=label.clone()/>
                    <p class="home__more">
                        <a href=l.localize_path(&format!("/{id}"))>{t!(l, "home-latest-more", section = label)}</a>
                    </p>
                </section>
            })
        })
        .collect_view()
}
