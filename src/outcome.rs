//! What a rendered page turned out to be: the page itself, the not-found page or the error
//! view. The prerenderer provides a [`PageOutcome`] before rendering a path and reads it
//! afterwards, so a registered path that rendered not-found or an error fails the build with
//! the path and the reason, from this structured signal rather than from the HTML. In the
//! browser nothing provides it and [`report`] does nothing.

use leptos::prelude::*;
use std::sync::{Arc, Mutex};

/// A page that is not the content it was asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The not-found page: no such route, item or static page.
    NotFound,
    /// The error view, with the technical reason (a bundle file missing or broken).
    Error(String),
}

/// Shared slot for the first [`Outcome`] reported while rendering one page.
#[derive(Clone, Default)]
pub struct PageOutcome(Arc<Mutex<Option<Outcome>>>);

impl PageOutcome {
    /// The first outcome reported, if any (`None`: the page rendered its content).
    pub fn get(&self) -> Option<Outcome> {
        self.0.lock().map(|o| o.clone()).unwrap_or(None)
    }
}

/// Records what the page being rendered turned out to be (the first report wins: an error
/// view that contains a not-found page is an error).
pub fn report(outcome: Outcome) {
    if let Some(PageOutcome(slot)) = use_context::<PageOutcome>() {
        if let Ok(mut slot) = slot.lock() {
            slot.get_or_insert(outcome);
        }
    }
}
