//! The error summary at the top of a form (GOV.UK's pattern): a heading that says there is a
//! problem and a list of every broken rule, each a link to its field. It takes focus when a
//! submit fails, so a screen reader reads it at once and a keyboard user can jump to each
//! field; each field repeats its own message beside it.

use crate::focus::focus_for_reading;
use crate::i18n::use_lang;
use crate::mailbox::control_id;
use crate::t;
use leptos::html;
use leptos::prelude::*;
use portal_model::letter::Field;

/// `errors` in form order; `focus` is bumped on every failed submit to move focus here.
#[component]
pub fn ErrorSummary(
    errors: Signal<Vec<(Field, String)>>,
    focus: ReadSignal<u32>,
    /// Rendered by the server for a plain form post: the browser focuses it on load.
    #[prop(optional)]
    autofocus: bool,
) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let node = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if focus.get() > 0 {
            if let Some(el) = node.get() {
                focus_for_reading(&el);
            }
        }
    });
    view! {
        <div class="error-summary" node_ref=node aria-labelledby="error-summary-title" hidden=move || errors.with(Vec::is_empty)
            tabindex=autofocus.then_some("-1") autofocus=autofocus>
            <h2 class="error-summary__title" id="error-summary-title">{t!(lang, "form-error-summary")}</h2>
            <ul class="error-summary__list">
                {move || errors.get().into_iter().map(|(field, message)| {
                    // Checkbox and radio groups: the link goes to their first control.
                    let target = match field {
                        Field::Category => format!("#{}-enquiry", control_id(field)),
                        _ => format!("#{}", control_id(field)),
                    };
                    // Without the app the link scrolls to the field; with it, the field also
                    // takes focus (a fragment link alone does not focus a control).
                    let id = target.trim_start_matches('#').to_string();
                    let focus_field = move |ev: leptos::ev::MouseEvent| {
                        let field = document().get_element_by_id(&id);
                        if let Some(field) = field.and_then(|f| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(f).ok()) {
                            ev.prevent_default();
                            let _ = field.focus();
                        }
                    };
                    view! { <li><a href=target on:click=focus_field>{message}</a></li> }
                }).collect_view()}
            </ul>
        </div>
    }
}
