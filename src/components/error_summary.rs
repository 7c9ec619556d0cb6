//! The error summary at the top of a form (GOV.UK's pattern): a heading that says there is a
//! problem and a list of every broken rule, each a link to its field. The server renders it
//! in its answer to a form that broke a rule, and the page focuses it (`autofocus`, or the
//! letter form's island after it put the answer in place), so a screen reader reads it at
//! once and a keyboard user can jump to each field; each field repeats its own message
//! beside it. A link scrolls to its field; with the island it also focuses the field (a
//! fragment link alone does not focus a control).

use crate::i18n::use_lang;
use crate::mailbox::control_id;
use crate::t;
use leptos::prelude::*;
use portal_model::letter::Field;

/// `errors` in form order; none: hidden.
#[component]
pub fn ErrorSummary(
    errors: Vec<(Field, String)>,
    /// Focused when the page (or the island's answer) arrives.
    #[prop(optional)]
    autofocus: bool,
) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let none = errors.is_empty();
    view! {
        <div class="error-summary" aria-labelledby="error-summary-title" hidden=none
            tabindex=autofocus.then_some("-1") autofocus=autofocus>
            <h2 class="error-summary__title" id="error-summary-title">{t!(lang, "form-error-summary")}</h2>
            <ul class="error-summary__list">
                {errors.into_iter().map(|(field, message)| {
                    // Checkbox and radio groups: the link goes to their first control.
                    let target = match field {
                        Field::Category => format!("#{}-enquiry", control_id(field)),
                        _ => format!("#{}", control_id(field)),
                    };
                    view! { <li><a href=target>{message}</a></li> }
                }).collect_view()}
            </ul>
        </div>
    }
}
