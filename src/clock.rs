//! The current instant, for what depends on it (whether a checkpoint is open now), and
//! [`sleep`], the one timer the app awaits (startup, retries, time-outs). The instant is `None`
//! while prerendering and during hydration, the browser's `Date.now()` once the app runs,
//! refreshed every 30 seconds.
//!
//! Why not read the clock while rendering: the prerendered page is built once and read for
//! days, so anything time-dependent in it would be wrong; and hydration must render exactly
//! what the prerendered HTML holds, or Leptos patches the wrong nodes. An effect never runs
//! when prerendering and runs in the browser only after hydration, so a view that shows
//! nothing for `None` hydrates cleanly and then fills in. `Date.now()` is a UTC instant in
//! every browser whatever its time zone; `portal_model::checkpoint` turns it into Shenzhen
//! time.

use leptos::prelude::*;
use std::time::Duration;

/// Milliseconds since the Unix epoch (UTC), once the app has hydrated.
pub fn use_now() -> ReadSignal<Option<i64>> {
    let (now, set_now) = signal(None::<i64>);
    Effect::new(move |_| {
        set_now.set(Some(js_sys::Date::now() as i64));
        if let Ok(handle) = set_interval_with_handle(move || set_now.set(Some(js_sys::Date::now() as i64)), Duration::from_secs(30)) {
            on_cleanup(move || handle.clear());
        }
    });
    now
}

/// Waits `ms` milliseconds on a `setTimeout`; `sleep(0)` waits for a new task of the
/// browser's event loop, so that work after it does not lengthen the task before it. Where
/// no timer can be set (no window) it returns at once.
#[cfg(not(feature = "ssr"))]
pub async fn sleep(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            if window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms.min(i32::MAX as u32) as i32).is_ok() {
                return;
            }
        }
        let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
