//! The person's sex, asked only from 60 to 64, where it decides the retirement age (60 for women, 65
//! for men); "Wolę nie podawać" is an answer, kept as not known.

use leptos::prelude::*;

use super::submit::{Apply, OnSubmit};
use crate::i18n::t;
use crate::pesel::Sex;
use crate::questionnaire::Question;
use crate::ui::check::state::CheckState;
use crate::ui::context::use_locale;
use crate::ui::form::choices::{options_view, radios_of, Control};
use crate::ui::form::error::{error_for, FieldError, FieldMessage};

#[component]
pub fn SexQuestion(state: CheckState, errors: ReadSignal<Vec<FieldError>>, on_submit: OnSubmit) -> impl IntoView {
    let l = use_locale().get_untracked();
    let answered = state.is_answered(Question::Sex);
    let current = state.household.applicant().and_then(|m| m.sex);
    let value: RwSignal<Option<Option<Sex>>> = RwSignal::new(answered.then_some(current));
    let options = vec![
        (Some(Sex::Female), t::sex_female(l).to_string()),
        (Some(Sex::Male), t::sex_male(l).to_string()),
        (None, t::sex_not_said(l).to_string()),
    ];
    let choices = radios_of(options, value.into(), move |s| value.set(Some(s)));
    on_submit.set(move || match value.get_untracked() {
        Some(sex) => Ok(Box::new(move |s: &mut CheckState| {
            if let Some(me) = s.household.members.first_mut() {
                me.sex = sex;
            }
        }) as Apply),
        None => Err(vec![FieldError::new("answer", t::error_choose(l))]),
    });
    view! {
        <FieldMessage id="answer-error".to_string() message=Signal::derive(error_for(errors, "answer"))/>
        {options_view(Control::Radio, "answer", choices)}
    }
}
