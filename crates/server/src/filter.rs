//! The list filter form without the app. It submits `GET /news?category=policy&year=2024`;
//! the filtered pages are prerendered at `/news/list/policy/2024/1`. This finds that page
//! and redirects to it (303), but only when it exists in `dist/`: a query the page has no
//! filter for (`/about?year=2024`, `/?year=2020`), an unknown category or a year with no
//! items serves the page itself, never a redirect to a 404. The disclosure catalogue's form
//! (`GET /disclosure/catalogue?category=policy&year=2024&validity=repealed`) is the same
//! with a third field. The knowledge base has only a category: `GET /knowledge?category=cargo`
//! goes to its page `/knowledge/cargo`, so a link written either way lands on it. The
//! checkpoint directory's form (`GET /checkpoints?type=land&crosses=cargo&open=now`) goes to
//! `/checkpoints/list/land/cargo/now`.

use crate::paths::SitePath;
use crate::pages::page_file;
use portal_model::checkpoint::{CheckpointFilter, Checkpoints};
use portal_model::disclosure::{CatalogueFilter, ValidityState};
use portal_model::knowledge::{knowledge_path, KnowledgeBase};
use portal_model::news::ListFilter;
use portal_model::Lang;
use serde::Deserialize;
use std::path::Path;

/// The form's fields. Other keys (`utm_source`, `care`) are ignored.
#[derive(Deserialize)]
struct Form {
    category: Option<String>,
    year: Option<String>,
    validity: Option<String>,
    /// The checkpoint directory's fields.
    #[serde(rename = "type")]
    kind: Option<String>,
    crosses: Option<String>,
    open: Option<String>,
}

/// `all` or nothing means no filter on that field.
fn chosen(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.is_empty() && v != ListFilter::ALL)
}

/// The list page this request's form asks for, as a URL path on this site, or `None` to
/// serve the requested page itself.
pub async fn target(dist: &Path, path: &SitePath, query: Option<&str>) -> Option<String> {
    // A query that does not parse (repeated keys, bad encoding) is no filter.
    let form: Form = serde_urlencoded::from_str(query?).ok()?;
    if form.category.is_none() && form.year.is_none() && form.validity.is_none() && form.kind.is_none() && form.crosses.is_none() && form.open.is_none() {
        return None;
    }
    // The section is the one segment after the language prefix: `/news`, `/en/news`.
    let lang = Lang::from_path(&path.to_url());
    let skip = usize::from(lang != Lang::DEFAULT);
    let segments = path.segments().get(skip..)?;
    let no_list_field = form.category.is_none() && form.year.is_none();
    let year = match chosen(form.year) {
        Some(year) => Some(year.parse::<i32>().ok()?),
        None => None,
    };
    let category = chosen(form.category);
    if category.as_deref().is_some_and(|c| c.contains('/')) {
        return None;
    }
    let here = format!("/{}", segments.join("/"));
    let neutral = if here == Checkpoints::BASE {
        if category.is_some() || year.is_some() || form.validity.is_some() {
            return None;
        }
        let all = || CheckpointFilter::ALL.to_string();
        let field = |v: Option<String>| v.filter(|v| !v.is_empty()).unwrap_or_else(all);
        CheckpointFilter::parse(&field(form.kind), &field(form.crosses), &field(form.open))?.path()
    } else if here == KnowledgeBase::BASE {
        if year.is_some() || form.validity.is_some() {
            return None;
        }
        knowledge_path(category.as_deref())
    } else if here == CatalogueFilter::BASE {
        let validity = match chosen(form.validity) {
            Some(v) => Some(ValidityState::from_id(&v)?),
            None => None,
        };
        CatalogueFilter { category, year, validity }.path(1)
    } else {
        let [section] = segments else { return None };
        if no_list_field {
            return None;
        }
        ListFilter { category, year }.path(section, 1)
    };
    // Rebuilt from checked segments: the category is the reader's text, and a target
    // is only ever a page of this site that exists.
    let target = SitePath::parse(&lang.localize_path(&neutral))?;
    page_file(dist, &target).await?;
    Some(target.to_url())
}
