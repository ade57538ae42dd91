//! A yes / no / "nie wiem" question; where each answer is kept is the questionnaire's to say.

use leptos::prelude::*;

use super::submit::{Apply, OnSubmit};
use crate::i18n::t;
use crate::questionnaire::{set_yes_no_answer, yes_no_answer, Question};
use crate::ui::check::state::CheckState;
use crate::ui::context::use_locale;
use crate::ui::form::choices::YesNoUnknown;
use crate::ui::form::error::{error_for, FieldError};

#[component]
pub fn YesNoQuestion(
    question: Question,
    state: CheckState,
    errors: ReadSignal<Vec<FieldError>>,
    on_submit: OnSubmit,
) -> impl IntoView {
    let l = use_locale().get_untracked();
    let answered = state.is_answered(question);
    let value = RwSignal::new(yes_no_answer(question, &state.household).filter(|_| answered));
    on_submit.set(move || match value.get_untracked() {
        Some(a) => Ok(Box::new(move |s: &mut CheckState| {
            set_yes_no_answer(question, &mut s.household, a);
        }) as Apply),
        None => Err(vec![FieldError::new("answer", t::error_choose(l))]),
    });
    view! { <YesNoUnknown name="answer" value=value error=Signal::derive(error_for(errors, "answer"))/> }
}
