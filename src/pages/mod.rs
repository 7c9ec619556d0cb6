//! One file per route. Each page owns its data (a resource from `api.rs`) and renders
//! loading, error and content states; the shell around it is in `lib.rs`.

pub mod home;
pub mod news_item;
pub mod news_list;
pub mod not_found;
pub mod site_map;
pub mod static_page;
