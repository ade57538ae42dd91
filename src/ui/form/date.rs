//! A date in three boxes (day, month, year), after GOV.UK Frontend's date input: a fieldset whose
//! legend names the date and whose `aria-describedby` names its hint and, while there is one, its
//! error, so that a screen reader says both on entering any of the boxes.

use leptos::prelude::*;

use super::error::FieldMessage;
use super::field::described_by;

/// The three boxes: each one's words, its width class and what it holds when drawn.
pub struct DateBox {
    pub label: &'static str,
    pub width: &'static str,
    pub value: String,
}

/// The date's fieldset. The first box carries `id` (the error summary's link lands on it), the
/// others `{id}-1` and `{id}-2`; `on_input` is told which box changed and what it holds.
#[component]
pub fn DateInput(
    #[prop(into)] id: String,
    #[prop(into)] legend: String,
    hint: &'static str,
    error: Signal<Option<String>>,
    boxes: [DateBox; 3],
    on_input: impl Fn(usize, String) + Clone + 'static,
) -> impl IntoView {
    let described = {
        let id = id.clone();
        move || described_by(&id, true, error.read().is_some(), false)
    };
    let parts = boxes
        .into_iter()
        .enumerate()
        .map(|(which, part)| {
            let box_id = if which == 0 { id.clone() } else { format!("{id}-{which}") };
            let on_input = on_input.clone();
            view! {
                <div class="date-part">
                    <label for=box_id.clone()>{part.label}</label>
                    <input id=box_id class=part.width inputmode="numeric" prop:value=part.value
                        aria-invalid=move || error.read().as_ref().map(|_| "true")
                        on:input=move |ev| on_input(which, event_target_value(&ev))/>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field date-field" class:field-invalid=move || error.read().is_some() aria-describedby=described>
            <legend>{legend}</legend>
            <p class="hint" id=format!("{id}-hint")>{hint}</p>
            <FieldMessage id=format!("{id}-error") message=error/>
            <div class="date-parts">{parts}</div>
        </fieldset>
    }
}
