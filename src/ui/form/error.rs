//! A form's problems, after the GOV.UK patterns: an error summary that takes focus and links to each
//! field, and the message at the field, both over one [`FieldError`].

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::t;
use crate::ui::context::use_locale;

/// One problem: the id of the field it belongs to (the error summary links to it), and the message.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub id: String,
    pub message: String,
}

impl FieldError {
    pub fn new(id: impl Into<String>, message: impl Into<String>) -> FieldError {
        FieldError { id: id.into(), message: message.into() }
    }
}

/// Moves focus to the element `id` once it is on the page (after the next render).
pub fn focus_by_id(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(id) {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}

/// Moves focus to the error summary once it is on the page, so screen readers read it first.
pub fn focus_error_summary() {
    focus_by_id("error-summary");
}

/// The message for one field, if it has a problem.
pub fn error_for(
    errors: ReadSignal<Vec<FieldError>>,
    id: impl Into<String>,
) -> impl Fn() -> Option<String> + Send + Sync {
    let id = id.into();
    move || errors.get().into_iter().find(|e| e.id == id).map(|e| e.message)
}

#[component]
pub fn ErrorSummary(errors: ReadSignal<Vec<FieldError>>) -> impl IntoView {
    let locale = use_locale();
    move || {
        let list = errors.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                    <h2 id="error-summary-title">{t::error_summary_title(locale.get())}</h2>
                    <ul>
                        {list.into_iter().map(|e| view! { <li><a href=format!("#{}", e.id)>{e.message}</a></li> }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// A message under a field's label, linked to the field by `aria-describedby`.
#[component]
pub fn FieldMessage(id: String, message: Signal<Option<String>>) -> impl IntoView {
    let locale = use_locale();
    move || {
        message.get().map(|m| {
            view! {
                <p class="field-error" id=id.clone()>
                    <span class="visually-hidden">{t::error_prefix(locale.get())}</span>
                    {m}
                </p>
            }
        })
    }
}
