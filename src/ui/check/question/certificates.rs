//! "Czy ktoś w Twoim gospodarstwie domowym ma orzeczenie o niepełnosprawności?": one choice per person
//! of the household, "nie wiem" among them.

use leptos::prelude::*;

use super::submit::{Apply, OnSubmit};
use crate::household::Certificate;
use crate::i18n::t;
use crate::rules::explain::certificate_label;
use crate::ui::check::labels::member_label;
use crate::ui::check::state::CheckState;
use crate::ui::context::use_locale;
use crate::ui::form::error::{error_for, FieldError};
use crate::ui::form::field::{Field, InputAttrs};

#[component]
pub fn CertificatesQuestion(
    state: CheckState,
    errors: ReadSignal<Vec<FieldError>>,
    on_submit: OnSubmit,
) -> impl IntoView {
    let l = use_locale().get_untracked();
    let answered = state.is_answered(crate::questionnaire::Question::Certificates);
    // Nothing chosen until the person chooses (a question answered before shows its answers).
    let chosen: Vec<RwSignal<Option<Certificate>>> =
        state.household.members.iter().map(|m| RwSignal::new(answered.then_some(m.certificate))).collect();
    let rows = state
        .household
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let value = chosen[i];
            let id = format!("certificate-{i}");
            let options = Certificate::ANSWERS.into_iter().map(move |c| {
                view! { <option value=c.code() selected=move || value.get() == Some(c)>{certificate_label(c, l)}</option> }
            });
            view! {
                <Field id=id.clone() label=member_label(i, m, l) error=Signal::derive(error_for(errors, id))
                    input=move |a: InputAttrs| view! {
                        <select id=a.id aria-describedby=a.described_by aria-invalid=a.invalid
                            on:change=move |ev| value.set(Certificate::from_code(&event_target_value(&ev)))>
                            <option value="" selected=move || value.get().is_none()>{t::choose_option(l)}</option>
                            {options.collect_view()}
                        </select>
                    }/>
            }
        })
        .collect_view();
    // Each person's message names them, so the summary says whose answer is missing.
    let names: Vec<String> = state.household.members.iter().enumerate().map(|(i, m)| member_label(i, m, l)).collect();
    on_submit.set(move || {
        let values: Vec<Option<Certificate>> = chosen.iter().map(|c| c.get_untracked()).collect();
        let missing: Vec<FieldError> = values
            .iter()
            .enumerate()
            .filter(|(_, v)| v.is_none())
            .map(|(i, _)| FieldError::new(format!("certificate-{i}"), t::error_choose_for(l, &names[i])))
            .collect();
        if !missing.is_empty() {
            return Err(missing);
        }
        Ok(Box::new(move |s: &mut CheckState| {
            for (m, v) in s.household.members.iter_mut().zip(values) {
                m.certificate = v.unwrap_or_default();
            }
        }) as Apply)
    });
    view! { <div class="certificate-rows">{rows}</div> }
}
