//! `/mailbox`: the interaction home (互动交流). The three mailboxes, the pages around them
//! (look-up, published replies, statistics) as the registry lists them under this page, what
//! the mailboxes cannot take (and where it goes instead), and how soon the office answers.

use crate::components::entry_cards::{child_pages, EntryCards};
use crate::components::page_heading::PageHeading;
use crate::i18n::{message, use_lang};
use crate::t;
use leptos::prelude::*;
use portal_model::letter::Mailbox;
use portal_model::registry::Kind;

#[component]
pub fn MailboxHomePage() -> impl IntoView {
    let l = use_lang().get_untracked();
    let boxes = Mailbox::ALL
        .map(|m| (message(l, m.label()), message(l, &format!("{}-desc", m.label())), l.localize_path(&format!("/mailbox/{}", m.slug()))))
        .to_vec();
    view! {
        <PageHeading title=t!(l, "route-mailbox") description=t!(l, "mailbox-home-lead")/>
        <p class="lead">{t!(l, "mailbox-home-lead")}</p>
        <section class="mailbox-home__section" aria-labelledby="mailbox-boxes">
            <h2 id="mailbox-boxes">{t!(l, "mailbox-home-write")}</h2>
            <EntryCards cards=boxes/>
        </section>
        <section class="mailbox-home__section" aria-labelledby="mailbox-more">
            <h2 id="mailbox-more">{t!(l, "mailbox-home-more")}</h2>
            <EntryCards cards=child_pages(l, Kind::MailboxHome)/>
        </section>
        <MailboxScope/>
    }
}

/// What the mailboxes take and what they do not, and the reply times: on the home and
/// above every form, so a citizen reads it before writing.
#[component]
pub fn MailboxScope() -> impl IntoView {
    let l = use_lang().get_untracked();
    view! {
        <section class="mailbox-home__section mailbox-scope" aria-labelledby="mailbox-scope">
            <h2 id="mailbox-scope">{t!(l, "mailbox-scope-heading")}</h2>
            <ul>
                <li>
                    {t!(l, "mailbox-scope-disclosure")} " "
                    <a href=l.localize_path("/disclosure/guide")>{t!(l, "route-disclosure-guide")}</a>
                </li>
                <li>{t!(l, "mailbox-scope-legal")}</li>
                <li>{t!(l, "mailbox-scope-petition")}</li>
                <li>{t!(l, "mailbox-scope-anonymous")}</li>
            </ul>
            <p>{t!(l, "mailbox-scope-times")}</p>
        </section>
    }
}
