//! The route table as data: every page the portal has, with its title and its parent.
//! Breadcrumbs, the site map and the navigation filter read it, so a page added here shows
//! up in all three; `lib.rs` maps each path to its view.

/// One page of the portal. `path` is language-neutral (`/about`); the English page is at
/// `/en/about`. A segment `:name` matches any one segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RouteInfo {
    pub path: &'static str,
    /// Fluent id of the page's short title (breadcrumbs, site map).
    pub title: &'static str,
    /// The path of the page above it in the breadcrumbs; `None` for home.
    pub parent: Option<&'static str>,
    /// Listed in the site map (pages with parameters are reached from their lists).
    pub in_site_map: bool,
}

const fn page(path: &'static str, title: &'static str, parent: Option<&'static str>) -> RouteInfo {
    RouteInfo { path, title, parent, in_site_map: true }
}
const fn hidden(path: &'static str, title: &'static str, parent: &'static str) -> RouteInfo {
    RouteInfo { path, title, parent: Some(parent), in_site_map: false }
}

pub const HOME: RouteInfo = page("/", "route-home", None);
pub const NEWS: RouteInfo = page("/news", "route-news", Some("/"));
pub const NOTICES: RouteInfo = page("/notices", "route-notices", Some("/"));
pub const ABOUT: RouteInfo = page("/about", "route-about", Some("/"));
pub const COPYRIGHT: RouteInfo = page("/copyright", "route-copyright", Some("/"));
pub const PRIVACY: RouteInfo = page("/privacy", "route-privacy", Some("/"));
pub const SITEMAP: RouteInfo = page("/sitemap", "route-sitemap", Some("/"));
pub const ACCESSIBILITY: RouteInfo = page("/accessibility", "route-accessibility", Some("/"));

/// Every route, in site-map order. Filtered list pages count as their list; items have
/// their list as parent.
pub const ALL: &[RouteInfo] = &[
    HOME,
    NEWS,
    NOTICES,
    ABOUT,
    SITEMAP,
    COPYRIGHT,
    PRIVACY,
    ACCESSIBILITY,
    hidden("/news/list/:category/:year/:page", "route-news", "/"),
    hidden("/news/:id", "route-news", "/news"),
    hidden("/notices/list/:category/:year/:page", "route-notices", "/"),
    hidden("/notices/:id", "route-notices", "/notices"),
];

fn matches(pattern: &str, path: &str) -> bool {
    let (p, q): (Vec<_>, Vec<_>) = (pattern.split('/').collect(), path.split('/').collect());
    p.len() == q.len() && p.iter().zip(&q).all(|(a, b)| a.starts_with(':') && !b.is_empty() || a == b)
}

/// The route of a language-neutral path, ignoring a trailing slash.
pub fn find(neutral_path: &str) -> Option<&'static RouteInfo> {
    let trimmed = neutral_path.trim_end_matches('/');
    let path = if trimmed.is_empty() { "/" } else { trimmed };
    ALL.iter().find(|r| r.path == path).or_else(|| ALL.iter().find(|r| matches(r.path, path)))
}

/// The pages above a route, home first, the route itself not included.
pub fn ancestors(route: &'static RouteInfo) -> Vec<&'static RouteInfo> {
    let mut trail = Vec::new();
    let mut current = route;
    while let Some(parent) = current.parent.and_then(find) {
        trail.push(parent);
        current = parent;
    }
    trail.reverse();
    trail
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_has_a_title_in_every_language_and_a_parent_that_exists() {
        for route in ALL {
            for lang in portal_model::Lang::ALL {
                assert!(crate::i18n::loader(lang).has(route.title), "{} lacks {}", lang.tag(), route.title);
            }
            if let Some(parent) = route.parent {
                assert!(find(parent).is_some(), "{}: parent {parent} is not a route", route.path);
            }
        }
    }

    #[test]
    fn ancestors_start_at_home_and_items_sit_under_their_list() {
        assert_eq!(ancestors(find("/about/").unwrap()), vec![&HOME]);
        assert!(ancestors(&HOME).is_empty());
        assert_eq!(ancestors(find("/news/20240315-01").unwrap()), vec![&HOME, &NEWS]);
        assert_eq!(find("/news/list/all/2024/3").unwrap().title, "route-news");
        assert!(find("/nope").is_none());
        assert!(find("/news/a/b").is_none());
    }

    #[test]
    fn the_content_tool_knows_the_same_static_pages() {
        let ours: Vec<&str> = ALL
            .iter()
            .filter(|r| r.in_site_map && ![NEWS.path, NOTICES.path].contains(&r.path))
            .map(|r| r.path)
            .collect();
        assert_eq!(ours, portal_model::STATIC_PATHS);
    }
}
