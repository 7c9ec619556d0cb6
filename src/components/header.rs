//! The banner of every page: the office's name (a link home), the tools, the language
//! switch and the site search box (`search_box.rs`).
//! Its text comes from the locale files, not the bundle, so it shows even when the
//! bundle cannot be loaded.
//!
//! On narrow screens it also holds the phone menu's button (`menu_button.rs`), on the
//! name's row, and the tools move to a row of their own (`header.css`): at 375 px the
//! header is about 120 px high instead of half the screen with the navigation.

use super::a11y_toolbar::A11yToolbar;
use super::care_toggle::CareToggle;
use super::language_switch::LanguageSwitch;
use super::menu_button::MenuButton;
use super::search_box::SearchBox;
use super::search_link::SearchLink;
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
                    <span class="site-header__full">{move || t!(lang.get(), "site-name")}</span>
                    // English phones: the full name takes five lines at 320 px (measured);
                    // the short one is shown there instead (header.css), one at a time.
                    <span class="site-header__short">{move || t!(lang.get(), "site-short-name")}</span>
                </a>
                <MenuButton/>
                <div class="site-header__tools">
                    <A11yToolbar/>
                    <CareToggle/>
                    <SearchLink/>
                    <LanguageSwitch/>
                </div>
                <SearchBox/>
            </div>
        </header>
    }
}
