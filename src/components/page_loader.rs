//! The one way a page loads its data: a loading state while it comes, then the page, the
//! not-found page when the file does not exist (an unknown item, a missing static page: the
//! same 404 everywhere), or the error view with a retry button for anything else. Every page
//! that reads the bundle goes through it, so they all behave alike when a request fails.

use super::error_view::ErrorView;
use super::loading::Loading;
use crate::api::ApiError;
use crate::pages::not_found::NotFoundPage;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::future::Future;

/// Loads with `load` (one of `api.rs`'s functions) and shows the result with `view`. The
/// value is serialised into a prerendered page and reused by hydration, not fetched again.
#[component]
pub fn PageLoader<T, L, F, V>(load: L, view: V) -> impl IntoView
where
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
    L: Fn() -> F + Send + Sync + 'static,
    F: Future<Output = Result<T, ApiError>> + Send + 'static,
    V: Fn(T) -> AnyView + Send + Sync + 'static,
{
    let data = Resource::new(|| (), move |_| load());
    view! {
        <Suspense fallback=Loading>
            {move || data.get().map(|result| match result {
                Ok(value) => view(value),
                Err(ApiError::Status(404 | 410)) => view! { <NotFoundPage/> }.into_any(),
                Err(error) => view! { <ErrorView error=error on_retry=move |_| data.refetch()/> }.into_any(),
            })}
        </Suspense>
    }
}
