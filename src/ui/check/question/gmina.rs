//! "W jakiej gminie mieszkasz?": the gmina picked with the same search as the first page's "Gdzie
//! mieszkasz?", so the answer is its TERYT code; or "nie wiem".

use leptos::prelude::*;

use super::submit::{Apply, OnSubmit};
use crate::i18n::t;
use crate::questionnaire::Question;
use crate::ui::check::state::CheckState;
use crate::ui::components::gmina_picker::{only_gmina_named, GminaPicker};
use crate::ui::components::place_search::Picked;
use crate::ui::context::use_locale;
use crate::ui::form::error::{error_for, FieldError};

/// The answer a pick gives. A district picked (Bemowo) answers the district too; another gmina than
/// before asks it again.
pub(super) fn apply(picked: Picked) -> Apply {
    Box::new(move |s: &mut CheckState| {
        let same = s.household.gmina_code.as_deref() == Some(picked.code.as_str());
        s.household.gmina = Some(picked.name);
        s.household.gmina_code = Some(picked.code);
        match picked.district {
            Some(district) => {
                s.household.district = Some(district);
                s.mark_answered(Question::District);
            }
            None if !same => {
                s.household.district = None;
                s.mark_unanswered(Question::District);
            }
            None => {}
        }
    })
}

/// "Nie wiem": no gmina, and so no district.
pub(super) fn unknown_gmina() -> Apply {
    Box::new(|s: &mut CheckState| {
        s.household.gmina = None;
        s.household.gmina_code = None;
        s.household.district = None;
        s.mark_unanswered(Question::District);
    })
}

#[component]
pub fn GminaQuestion(state: CheckState, errors: ReadSignal<Vec<FieldError>>, on_submit: OnSubmit) -> impl IntoView {
    let l = use_locale().get_untracked();
    let h = &state.household;
    let chosen = RwSignal::new(match (&h.gmina_code, &h.gmina) {
        (Some(code), Some(name)) => {
            Some(Picked { code: code.clone(), name: name.clone(), town: None, district: h.district.clone() })
        }
        _ => None,
    });
    let typed = RwSignal::new(String::new());
    let unknown = RwSignal::new(state.is_answered(Question::Gmina) && h.gmina_code.is_none());
    on_submit.set(move || {
        if unknown.get_untracked() {
            return Ok(unknown_gmina());
        }
        if let Some(picked) = chosen.get_untracked() {
            return Ok(apply(picked));
        }
        let text = typed.get_untracked();
        if text.trim().is_empty() {
            return Err(vec![FieldError::new("gmina", t::error_gmina_empty(l))]);
        }
        // A name only one gmina has is as good as picking it.
        match only_gmina_named(&text) {
            Some(picked) => Ok(apply(picked)),
            None => Err(vec![FieldError::new("gmina", t::error_gmina_pick(l))]),
        }
    });
    view! {
        <GminaPicker id="gmina" label=t::place_search_label(l) chosen typed
            error=Signal::derive(error_for(errors, "gmina")) disabled=unknown/>
        <div class="checkbox unknown-choice">
            <input type="checkbox" id="gmina-unknown" prop:checked=move || unknown.get() on:change=move |ev| {
                let checked = event_target_checked(&ev);
                unknown.set(checked);
                if checked {
                    chosen.set(None);
                }
            }/>
            <label for="gmina-unknown">{t::answer_unknown(l)}</label>
        </div>
    }
}
