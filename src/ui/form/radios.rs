//! Radio buttons in a fieldset whose legend says the question.

use leptos::prelude::*;

use super::error::FieldMessage;
use crate::household::Answer;
use crate::i18n::t;
use crate::ui::context::use_locale;

/// Tak / Nie / Nie wiem, as radio buttons in a fieldset whose legend is the page's heading.
#[component]
pub fn YesNoUnknown(
    name: &'static str,
    value: RwSignal<Option<Answer>>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let locale = use_locale();
    let l = locale.get_untracked();
    let options =
        [(Answer::Yes, t::answer_yes(l)), (Answer::No, t::answer_no(l)), (Answer::Unknown, t::answer_unknown(l))];
    let error_id = format!("{name}-error");
    view! {
        <FieldMessage id=error_id.clone() message=error/>
        <div class="radios">
            {options
                .into_iter()
                .enumerate()
                .map(|(i, (answer, label))| {
                    // The first radio carries the id the error summary links to.
                    let id = if i == 0 { name.to_string() } else { format!("{name}-{i}") };
                    view! {
                        <div class="radio">
                            <input type="radio" id=id.clone() name=name
                                prop:checked=move || value.get() == Some(answer)
                                on:change=move |_| value.set(Some(answer))/>
                            <label for=id>{label}</label>
                        </div>
                    }
                })
                .collect_view()}
        </div>
    }
}
