//! Browser entry point: mounts the app. Everything else is in `lib.rs`.

fn main() {
    console_error_panic_hook::set_once();
    // index.html carries a plain-HTML notice for browsers that cannot run the app; once the
    // app runs, it replaces that notice.
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    leptos::mount::mount_to_body(portal::App);
}
