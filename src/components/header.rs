//! The banner of every page: the office's name (a link home) and the language switch.
//! Its text comes from the locale files, not the bundle, so it shows even when the
//! bundle cannot be loaded.

use super::a11y_toolbar::A11yToolbar;
use super::care_toggle::CareToggle;
use super::language_switch::LanguageSwitch;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let lang = use_lang();
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="site-header__name" href=move || lang.get().localize_path("/")>
                    <img class="site-header__emblem" src="/emblem.svg" alt="" width="40" height="40"/>
                    <span>{move || t!(lang.get(), "site-name")}</span>
                </a>
                <div class="site-header__tools">
                    <A11yToolbar/>
                    <CareToggle/>
                    <LanguageSwitch/>
                </div>
            </div>
        </header>
    }
}
