//! Widgets shared by pages and by the shell, one file each with its CSS beside it
//! (`header.rs` + `header.css`). `scripts/bundle-css` joins the CSS files in build order.

pub mod a11y_toolbar;
pub mod app_notice;
pub mod blocks;
pub mod breadcrumbs;
pub mod care_toggle;
pub mod entry_cards;
pub mod error_summary;
pub mod error_view;
pub mod footer;
pub mod head_links;
pub mod header;
pub mod item_list;
pub mod language_switch;
pub mod letter_form;
pub mod letter_form_enhance;
pub mod letter_receipt;
pub mod loading;
pub mod magnifier_strip;
pub mod menu_button;
pub mod page_heading;
pub mod page_loader;
pub mod open_status;
pub mod page_qr;
pub mod pagination;
pub mod primary_nav;
pub mod search_box;
pub mod search_link;
pub mod search_result;
pub mod report_chart;
pub mod report_table;
pub mod live_region;
pub mod skip_link;
pub mod transcript;
pub mod wechat_account;
pub mod wechat_hint;
