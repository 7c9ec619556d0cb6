//! The page's address as the islands read it in the browser: the query string of a page
//! whose content depends on it (search, published replies). On the server, where islands
//! also render once, there is none: the prerendered page is the one without a query.

use leptos_router::params::ParamsMap;

/// The values of `keys` in the query string (`?q=…&page=2`).
pub fn query(keys: &[&'static str]) -> ParamsMap {
    let mut map = ParamsMap::new();
    if !cfg!(target_arch = "wasm32") {
        return map;
    }
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    if let Ok(query) = web_sys::UrlSearchParams::new_with_str(&search) {
        for key in keys {
            if let Some(value) = query.get(key) {
                map.insert(*key, value);
            }
        }
    }
    map
}
