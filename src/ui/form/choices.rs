//! Radio buttons and checkboxes, after GOV.UK Frontend's `radios` and `checkboxes`: a group in a
//! fieldset whose legend asks the question, with its hint and error named by the fieldset's
//! `aria-describedby`, and each option with its own hint when it has one.
//!
//! One function draws every option of every group (`option_view`); the generic helpers only turn a
//! list of values into [`Choice`]s, so each use adds little to the wasm.

use leptos::prelude::*;

use super::error::FieldMessage;
use super::field::described_by;
use crate::household::Answer;
use crate::i18n::t;
use crate::ui::context::use_locale;

/// Radio buttons (one of them) or checkboxes (any of them).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Control {
    Radio,
    Checkbox,
}

/// One option: its words, whether it is chosen, and what choosing (or unticking) it does.
pub struct Choice {
    pub label: String,
    /// `lang="pl"` for words from the catalogue on a page in another language.
    pub lang: Option<&'static str>,
    pub hint: Option<String>,
    pub checked: Signal<bool>,
    pub disabled: Option<Signal<bool>>,
    pub on_change: Box<dyn Fn(bool)>,
}

impl Choice {
    pub fn new(label: impl Into<String>, checked: Signal<bool>, on_change: impl Fn(bool) + 'static) -> Choice {
        Choice { label: label.into(), lang: None, hint: None, checked, disabled: None, on_change: Box::new(on_change) }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Choice {
        self.hint = Some(hint.into());
        self
    }

    pub fn lang(mut self, lang: Option<&'static str>) -> Choice {
        self.lang = lang;
        self
    }

    pub fn disabled(mut self, disabled: Signal<bool>) -> Choice {
        self.disabled = Some(disabled);
        self
    }
}

/// One radio of a group named `name` for each value, the one `current` holds chosen.
pub fn radios_of<T: Copy + PartialEq + Send + Sync + 'static>(
    options: Vec<(T, String)>,
    current: Signal<Option<T>>,
    choose: impl Fn(T) + Copy + 'static,
) -> Vec<Choice> {
    options
        .into_iter()
        .map(|(value, label)| {
            Choice::new(label, Signal::derive(move || current.get() == Some(value)), move |_| choose(value))
        })
        .collect()
}

/// One checkbox for each value, ticked while `chosen` holds it; a click adds or takes it away.
pub fn checkboxes_of<T: Copy + PartialEq + Send + Sync + 'static>(
    options: Vec<(T, String)>,
    chosen: RwSignal<Vec<T>>,
) -> Vec<Choice> {
    options
        .into_iter()
        .map(|(value, label)| {
            let checked = Signal::derive(move || chosen.read().contains(&value));
            Choice::new(label, checked, move |on| {
                chosen.update(|c| {
                    c.retain(|x| *x != value);
                    if on {
                        c.push(value);
                    }
                })
            })
        })
        .collect()
}

/// The options of a group: the first carries `id`, which the label of the group and the error
/// summary point at, the others `{id}-1`, `{id}-2` …; radios share `id` as their name.
pub fn options_view(control: Control, id: &str, choices: Vec<Choice>) -> impl IntoView {
    let class = if control == Control::Radio { "radios" } else { "checkboxes" };
    let options = choices
        .into_iter()
        .enumerate()
        .map(|(i, choice)| {
            let own = if i == 0 { id.to_string() } else { format!("{id}-{i}") };
            option_view(control, id, own, choice)
        })
        .collect_view();
    view! { <div class=class>{options}</div> }
}

/// One radio or checkbox with its label and its hint.
pub fn option_view(control: Control, name: &str, id: String, choice: Choice) -> AnyView {
    let Choice { label, lang, hint, checked, disabled, on_change } = choice;
    let (class, kind) = match control {
        Control::Radio => ("radio", "radio"),
        Control::Checkbox => ("checkbox", "checkbox"),
    };
    let described = described_by(&id, hint.is_some(), false, false);
    let hint = hint.map(|h| view! { <p class="hint choice-hint" id=format!("{id}-hint")>{h}</p> });
    let name = (control == Control::Radio).then(|| name.to_string());
    view! {
        <div class=class>
            <input type=kind id=id.clone() name=name aria-describedby=described
                prop:checked=move || checked.get() prop:disabled=move || disabled.is_some_and(|d| d.get())
                on:change=move |ev| on_change(event_target_checked(&ev))/>
            <label for=id lang=lang>{label}</label>
            {hint}
        </div>
    }
    .into_any()
}

/// A group of options in a fieldset: the legend, the group's hint, its error, the options. The
/// fieldset's `aria-describedby` names the hint and, while there is one, the error.
#[component]
pub fn ChoiceGroup(
    control: Control,
    /// The first option's id, and the start of the hint's and the error's.
    #[prop(into)]
    id: String,
    #[prop(into)] legend: String,
    #[prop(default = None)] hint: Option<String>,
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
    choices: Vec<Choice>,
    /// Drawn after the options, inside the fieldset (an "or" and a "nie wiem" of its own).
    #[prop(optional)]
    after: Option<AnyView>,
) -> impl IntoView {
    let error = error.unwrap_or_else(|| Signal::derive(|| None));
    let has_hint = hint.is_some();
    let described = {
        let id = id.clone();
        move || described_by(&id, has_hint, error.read().is_some(), false)
    };
    view! {
        <fieldset class="field" class:field-invalid=move || error.read().is_some() aria-describedby=described>
            <legend>{legend}</legend>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            <FieldMessage id=format!("{id}-error") message=error/>
            {options_view(control, &id, choices)}
            {after}
        </fieldset>
    }
}

/// The `aria-describedby` of a fieldset the page draws itself (a question whose legend is the page's
/// heading): its hint and, while there is one, its error, each by its full id.
pub fn fieldset_described_by(hint: Option<&str>, error: Option<&str>) -> Option<String> {
    let ids: Vec<&str> = [hint, error].into_iter().flatten().collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// Tak / Nie / Nie wiem, as radio buttons inside a fieldset whose legend is the page's heading: its
/// error first, named `{name}-error`.
#[component]
pub fn YesNoUnknown(
    name: &'static str,
    value: RwSignal<Option<Answer>>,
    error: Signal<Option<String>>,
) -> impl IntoView {
    let l = use_locale().get_untracked();
    let options = vec![
        (Answer::Yes, t::answer_yes(l).to_string()),
        (Answer::No, t::answer_no(l).to_string()),
        (Answer::Unknown, t::answer_unknown(l).to_string()),
    ];
    let choices = radios_of(options, value.into(), move |a| value.set(Some(a)));
    view! {
        <FieldMessage id=format!("{name}-error") message=error/>
        {options_view(Control::Radio, name, choices)}
    }
}
