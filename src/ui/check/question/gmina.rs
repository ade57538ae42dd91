//! "W jakiej gminie mieszkasz?": a gmina typed with suggestions from the catalogue, or "nie wiem".

use std::sync::Arc;

use leptos::prelude::*;

use super::{Apply, OnSubmit};
use crate::i18n::t;
use crate::questionnaire::Question;
use crate::ui::check::inputs::{error_for, FieldError};
use crate::ui::check::state::CheckState;
use crate::ui::check::CheckData;
use crate::ui::components::field::{Field, InputAttrs};
use crate::ui::context::use_locale;

#[component]
pub fn GminaQuestion(
    data: Arc<CheckData>,
    state: CheckState,
    errors: ReadSignal<Vec<FieldError>>,
    on_submit: OnSubmit,
) -> impl IntoView {
    let l = use_locale().get_untracked();
    let text = RwSignal::new(state.household.gmina.clone().unwrap_or_default());
    let unknown = RwSignal::new(state.is_answered(Question::Gmina) && state.household.gmina.is_none());
    let options = data.loaded.catalogue.gminas().into_iter().map(|g| view! { <option value=g/> }).collect_view();
    on_submit.set(move || {
        if unknown.get_untracked() {
            return Ok(Box::new(|s: &mut CheckState| s.household.gmina = None) as Apply);
        }
        let value = text.get_untracked().trim().to_string();
        if value.is_empty() {
            return Err(vec![("gmina".into(), t::error_gmina_empty(l).to_string())]);
        }
        Ok(Box::new(move |s: &mut CheckState| s.household.gmina = Some(value)) as Apply)
    });
    view! {
        <Field id="gmina" label=t::q_gmina_label(l) error=Signal::derive(error_for(errors, "gmina"))
            input=move |a: InputAttrs| view! {
                <input type="text" id=a.id name="gmina" list="gminy" autocomplete="address-level2"
                    aria-describedby=a.described_by aria-invalid=a.invalid
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev)) prop:disabled=move || unknown.get()/>
                <datalist id="gminy">{options}</datalist>
            }/>
        <div class="checkbox unknown-choice">
            <input type="checkbox" id="gmina-unknown" prop:checked=move || unknown.get() on:change=move |ev| unknown.set(event_target_checked(&ev))/>
            <label for="gmina-unknown">{t::answer_unknown(l)}</label>
        </div>
    }
}
