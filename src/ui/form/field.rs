//! One form field after the GOV.UK pattern: a label, an optional hint, the error message above the
//! input, and what the input reads back. `aria-describedby` is built here and only here, from the
//! elements actually on the page, so it never points at one that does not exist.

use leptos::prelude::*;

use super::error::FieldMessage;

/// What the field hands its input: the id to carry and the ARIA state to set.
///
/// Inputs keep their value with `prop:value` and `on:input` rather than `bind:value`: measured,
/// `bind:value` and `bind:checked` made the checker's wasm 3.6 KB (gzip) bigger for the same behaviour,
/// which `tests/web.rs` checks side by side.
#[derive(Clone)]
pub struct InputAttrs {
    pub id: String,
    /// The hint, the error while there is one, and the reading, by id; `None` when there are none.
    pub described_by: Signal<Option<String>>,
    /// `"true"` while the field has an error.
    pub invalid: Signal<Option<&'static str>>,
}

/// The ids that describe an input, in reading order: hint, error (while shown), reading.
pub fn described_by(id: &str, hint: bool, error: bool, reading: bool) -> Option<String> {
    let ids: Vec<String> = [(hint, "hint"), (error, "error"), (reading, "reading")]
        .into_iter()
        .filter(|(present, _)| *present)
        .map(|(_, part)| format!("{id}-{part}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A labelled field. `input` draws the control with the attributes it is given. Only the call to
/// `input` is generic: the rest is one function, so each use adds little to the wasm.
#[component]
pub fn Field<F, V>(
    /// The input's id, which the label and the error summary point at.
    #[prop(into)]
    id: String,
    #[prop(into)] label: String,
    /// Always passed, `None` when the field has no hint.
    #[prop(default = None)]
    hint: Option<&'static str>,
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
    /// Text read back from what was typed (the PESEL's birth date and sex), announced as it changes.
    #[prop(optional, into)]
    reading: Option<Signal<Option<String>>>,
    input: F,
) -> impl IntoView
where
    F: FnOnce(InputAttrs) -> V,
    V: IntoView + 'static,
{
    let error = error.unwrap_or_else(|| Signal::derive(|| None));
    let attrs = input_attrs(&id, hint.is_some(), error, reading.is_some());
    let control = input(attrs).into_any();
    field_view(id, label, hint, error, reading, control)
}

pub fn input_attrs(id: &str, has_hint: bool, error: Signal<Option<String>>, has_reading: bool) -> InputAttrs {
    let owned = id.to_string();
    InputAttrs {
        id: id.to_string(),
        described_by: Signal::derive(move || described_by(&owned, has_hint, error.read().is_some(), has_reading)),
        invalid: Signal::derive(move || error.read().as_ref().map(|_| "true")),
    }
}

pub(crate) fn field_view(
    id: String,
    label: String,
    hint: Option<&'static str>,
    error: Signal<Option<String>>,
    reading: Option<Signal<Option<String>>>,
    control: AnyView,
) -> AnyView {
    view! {
        <div class="field" class:field-invalid=move || error.read().is_some()>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            <FieldMessage id=format!("{id}-error") message=error/>
            {control}
            {reading.map(|r| view! { <p class="derived" id=format!("{id}-reading") aria-live="polite">{move || r.get()}</p> })}
        </div>
    }
    .into_any()
}
