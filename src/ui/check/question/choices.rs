//! The two checkbox questions: the EU "at risk" categories and the art. 7 grounds, each with "nie wiem".

use leptos::prelude::*;

use super::submit::{Apply, OnSubmit};
use crate::household::{Art7Ground, AtRiskCategory};
use crate::i18n::{t, Locale};
use crate::questionnaire::Question;
use crate::rules::explain::{art7_label, at_risk_label};
use crate::ui::check::state::CheckState;
use crate::ui::context::use_locale;
use crate::ui::form::choices::{checkboxes_of, option_view, options_view, Choice, Control};

#[component]
pub fn ChoicesQuestion(question: Question, state: CheckState, on_submit: OnSubmit) -> impl IntoView {
    let answered = state.is_answered(question);
    if question == Question::AtRisk {
        let (view, selected, unknown) =
            choices(&AtRiskCategory::ALL, state.household.at_risk.clone(), answered, at_risk_label, "at-risk");
        on_submit.set(move || {
            let value = (!unknown.get_untracked()).then(|| selected.get_untracked());
            Ok(Box::new(move |s: &mut CheckState| s.household.at_risk = value) as Apply)
        });
        view
    } else {
        let (view, selected, unknown) =
            choices(&Art7Ground::ALL, state.household.art7.clone(), answered, art7_label, "art7");
        on_submit.set(move || {
            let value = (!unknown.get_untracked()).then(|| selected.get_untracked());
            Ok(Box::new(move |s: &mut CheckState| s.household.art7 = value) as Apply)
        });
        view
    }
}

/// A list of checkboxes for a set of categories, plus "nie wiem".
fn choices<T: Copy + PartialEq + Send + Sync + 'static>(
    all: &'static [T],
    chosen: Option<Vec<T>>,
    answered: bool,
    label: fn(T, Locale) -> &'static str,
    prefix: &'static str,
) -> (AnyView, RwSignal<Vec<T>>, RwSignal<bool>) {
    let l = use_locale().get_untracked();
    let selected = RwSignal::new(chosen.clone().unwrap_or_default());
    let unknown = RwSignal::new(answered && chosen.is_none());
    let options = all.iter().map(|&item| (item, label(item, l).to_string())).collect();
    let disabled = Signal::derive(move || unknown.get());
    let boxes: Vec<Choice> = checkboxes_of(options, selected).into_iter().map(|c| c.disabled(disabled)).collect();
    let unknown_box = Choice::new(t::answer_unknown(l), unknown.into(), move |on| unknown.set(on));
    let view = view! {
        {options_view(Control::Checkbox, prefix, boxes)}
        <p class="or">{t::or(l)}</p>
        {option_view(Control::Checkbox, "", format!("{prefix}-unknown"), unknown_box)}
    }
    .into_any();
    (view, selected, unknown)
}
