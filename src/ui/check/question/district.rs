//! "W której dzielnicy mieszkasz?": asked in a gmina whose districts each have a centre (Warszawa), so
//! that the results and the request name the centre to go to; "nie wiem" is an answer.

use leptos::prelude::*;

use super::submit::{Apply, OnSubmit};
use crate::directory::District;
use crate::i18n::t;
use crate::questionnaire::Question;
use crate::ui::check::state::CheckState;
use crate::ui::context::use_locale;
use crate::ui::form::choices::{options_view, radios_of, Control};
use crate::ui::form::error::{error_for, FieldError, FieldMessage};

#[component]
pub fn DistrictQuestion(
    state: CheckState,
    districts: Vec<District>,
    errors: ReadSignal<Vec<FieldError>>,
    on_submit: OnSubmit,
) -> impl IntoView {
    let l = use_locale().get_untracked();
    let answered = state.is_answered(Question::District);
    let current = state.household.district.as_ref().and_then(|code| districts.iter().position(|d| d.code == *code));
    // `Some(None)` is "nie wiem"; `None` is not chosen yet.
    let value: RwSignal<Option<Option<usize>>> = RwSignal::new(answered.then_some(current));
    let mut options: Vec<(Option<usize>, String)> =
        districts.iter().enumerate().map(|(i, d)| (Some(i), d.name.clone())).collect();
    options.push((None, t::answer_unknown(l).to_string()));
    let choices = radios_of(options, value.into(), move |d| value.set(Some(d)));
    let codes: Vec<String> = districts.iter().map(|d| d.code.clone()).collect();
    on_submit.set(move || match value.get_untracked() {
        Some(chosen) => {
            let code = chosen.and_then(|i| codes.get(i).cloned());
            Ok(Box::new(move |s: &mut CheckState| s.household.district = code) as Apply)
        }
        None => Err(vec![FieldError::new("answer", t::error_choose(l))]),
    });
    view! {
        <FieldMessage id="answer-error".to_string() message=Signal::derive(error_for(errors, "answer"))/>
        {options_view(Control::Radio, "answer", choices)}
    }
}
