//! The route table as data: every page the portal has, with its title and its parent.
//! Breadcrumbs, the site map and the navigation filter read it, so a page added here shows
//! up in all three; `lib.rs` maps each path to its view.

/// One page of the portal. `path` is language-neutral (`/about`); the English page is at
/// `/en/about`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RouteInfo {
    pub path: &'static str,
    /// Fluent id of the page's short title (breadcrumbs, site map).
    pub title: &'static str,
    /// The path of the page above it in the breadcrumbs; `None` for home.
    pub parent: Option<&'static str>,
}

pub const HOME: RouteInfo = RouteInfo { path: "/", title: "route-home", parent: None };
pub const ABOUT: RouteInfo = RouteInfo { path: "/about", title: "route-about", parent: Some("/") };
pub const COPYRIGHT: RouteInfo =
    RouteInfo { path: "/copyright", title: "route-copyright", parent: Some("/") };
pub const PRIVACY: RouteInfo = RouteInfo { path: "/privacy", title: "route-privacy", parent: Some("/") };
pub const SITEMAP: RouteInfo = RouteInfo { path: "/sitemap", title: "route-sitemap", parent: Some("/") };

/// Every route, in site-map order.
pub const ALL: &[RouteInfo] = &[HOME, ABOUT, SITEMAP, COPYRIGHT, PRIVACY];

/// The route of a language-neutral path, ignoring a trailing slash.
pub fn find(neutral_path: &str) -> Option<&'static RouteInfo> {
    let trimmed = neutral_path.trim_end_matches('/');
    let path = if trimmed.is_empty() { "/" } else { trimmed };
    ALL.iter().find(|r| r.path == path)
}

/// The breadcrumb trail to a route, home first, the route itself last.
pub fn trail(route: &'static RouteInfo) -> Vec<&'static RouteInfo> {
    let mut trail = vec![route];
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
    fn trail_starts_at_home() {
        assert_eq!(trail(find("/about/").unwrap()), vec![&HOME, &ABOUT]);
        assert_eq!(trail(&HOME), vec![&HOME]);
        assert!(find("/nope").is_none());
    }
}
