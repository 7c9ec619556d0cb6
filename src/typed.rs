//! What a citizen entered into a prerendered form before its island ran (on a slow
//! connection the fields work, and are used, long before the wasm arrives). An island with
//! a form starts from these values, so hydration does not wipe what was typed. On the
//! server there is nothing typed.

/// The value of the field with `id`, if something is in it.
pub fn value(id: &str) -> Option<String> {
    let field = element(id)?;
    js_sys::Reflect::get(&field, &"value".into()).ok()?.as_string().filter(|v| !v.is_empty())
}

/// Whether the checkbox or radio button with `id` is ticked.
pub fn ticked(id: &str) -> Option<bool> {
    let field = element(id)?;
    js_sys::Reflect::get(&field, &"checked".into()).ok()?.as_bool()
}

fn element(id: &str) -> Option<web_sys::Element> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    web_sys::window()?.document()?.get_element_by_id(id)
}
