//! `/mailbox/<mailbox>`: write to one of the three mailboxes. Above the form: what the
//! mailbox is for, "see if your question is already answered" (published replies), what
//! the mailboxes cannot take. The form itself is [`LetterFormView`], the same for all three.

use super::mailbox_home::MailboxScope;
use crate::components::letter_form::LetterFormView;
use crate::components::page_heading::PageHeading;
use crate::i18n::{message, use_lang};
use crate::t;
use leptos::prelude::*;
use portal_model::knowledge::knowledge_path;
use portal_model::letter::Mailbox;
use portal_model::Site;

#[component]
pub fn MailboxWritePage(mailbox: Mailbox) -> impl IntoView {
    let l = use_lang().get_untracked();
    let site = expect_context::<Site>();
    let phone = site.footer.phone.clone();
    let address = site.footer.address.in_lang(l).to_string();
    let title = message(l, mailbox.label());
    let lead = message(l, &format!("{}-desc", mailbox.label()));
    view! {
        <PageHeading title=title description=lead.clone()/>
        <p class="lead">{lead}</p>
        <p class="mailbox-write__before">
            {t!(l, "mailbox-before-you-write")} " "
            <a href=l.localize_path(&knowledge_path(None))>{t!(l, "route-knowledge")}</a>
            " · "
            <a href=l.localize_path("/mailbox/replies")>{t!(l, "route-letter-replies")}</a>
        </p>
        <MailboxScope/>
        <h2 class="mailbox-write__form-heading">{t!(l, "mailbox-write-heading")}</h2>
        <LetterFormView mailbox=mailbox phone=phone address=address/>
    }
}
