//! "Try it": a sample household in the few questions the project's conditions ask about, judged by the
//! checker's own engine, with the verdict and every reason as a resident reads them.

use std::collections::BTreeSet;
use std::sync::Arc;

use leptos::prelude::*;

use crate::catalogue::Loaded;
use crate::editor::fields::Typed;
use crate::editor::sample::{try_sample, Sample, MAX_PEOPLE};
use crate::household::{Answer, Art7Ground, AtRiskCategory};
use crate::i18n::{t, Locale};
use crate::parameters::ParametersFile;
use crate::rules::explain::{art7_label, at_risk_label, verdict_headline};
use crate::rules::{CriterionCode, ProjectVerdict};
use crate::ui::check::results::criterion_view;
use crate::ui::components::gmina_picker::GminaPicker;
use crate::ui::components::place_search::Picked;
use crate::ui::context::today;
use crate::ui::form::choices::{radios_of, Choice, ChoiceGroup, Control};
use crate::ui::form::field::{Field, InputAttrs};

/// A text box of the sample, with its error after a try.
fn text_box(
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    value: RwSignal<String>,
    error: RwSignal<Option<String>>,
    decimal: bool,
) -> impl IntoView {
    let error: Signal<Option<String>> = error.into();
    view! {
        <Field id=id label=label hint=hint error=error input=move |a: InputAttrs| view! {
            <input id=a.id type="text" class="width-10" inputmode=if decimal { "decimal" } else { "numeric" } spellcheck="false"
                aria-describedby=a.described_by aria-invalid=a.invalid prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))/>
        }/>
    }
}

/// Yes, no or "nie wiem", as the checker asks.
fn answer(id: &'static str, legend: &'static str, value: RwSignal<Answer>, l: Locale) -> impl IntoView {
    let options = vec![
        (Answer::Yes, t::answer_yes(l).to_string()),
        (Answer::No, t::answer_no(l).to_string()),
        (Answer::Unknown, t::answer_unknown(l).to_string()),
    ];
    let current = Signal::derive(move || Some(value.get()));
    let choices = radios_of(options, current, move |a| value.set(a));
    view! { <ChoiceGroup control=Control::Radio id legend choices/> }
}

/// Checkboxes of what applies; none ticked is "none of them".
fn applies<T: Copy + Ord + Send + Sync + 'static>(
    id: &'static str,
    legend: &'static str,
    options: Vec<(T, &'static str)>,
    chosen: RwSignal<BTreeSet<T>>,
    l: Locale,
) -> impl IntoView {
    let choices = options
        .into_iter()
        .map(|(v, label)| {
            let checked = Signal::derive(move || chosen.read().contains(&v));
            Choice::new(label, checked, move |on| {
                chosen.update(|c| {
                    if on {
                        c.insert(v);
                    } else {
                        c.remove(&v);
                    }
                })
            })
        })
        .collect();
    let hint = Some(t::editor_try_none_ticked(l).to_string());
    view! { <ChoiceGroup control=Control::Checkbox id legend hint choices/> }
}

/// What the sample's try gave: the verdict, or how many problems the rules still have.
fn outcome_view(outcome: Result<ProjectVerdict, usize>, l: Locale) -> AnyView {
    match outcome {
        Ok(v) => verdict_view(v, l).into_any(),
        Err(count) => view! { <p class="error-box">{t::editor_try_rules_broken(l, count as i64)}</p> }.into_any(),
    }
}

fn verdict_view(v: ProjectVerdict, l: Locale) -> impl IntoView {
    let outcome = v.outcome.map_or("none", |o| o.code());
    let reasons = v.rule.as_ref().map(|r| r.results()).unwrap_or_default();
    view! {
        <div class=format!("verdict verdict-{outcome} try-result")>
            <h3 id="try-result" tabindex="-1">{verdict_headline(&v, l)}</h3>
            <ul class="criteria">{reasons.into_iter().map(|r| criterion_view(r, l)).collect_view()}</ul>
            {(!v.priority.is_empty()).then(|| view! {
                <h4>{t::rules_priority(l)}</h4>
                <ul class="criteria">{v.priority.iter().map(|r| criterion_view(r, l)).collect_view()}</ul>
            })}
        </div>
    }
}

/// The numbers of the sample as typed, each read: people, children, income, age (`None`: not typed).
type Numbers = (Option<u32>, Option<u32>, Option<rust_decimal::Decimal>, Option<u32>);

/// The numbers typed (people, children, income, age), each read or its problem set at its field.
fn read_typed(typed: &[String; 4], errors: [RwSignal<Option<String>>; 4], l: Locale) -> Option<Numbers> {
    let count = |text: &str, limit: u32| match text.trim() {
        "" => Ok(None),
        t => t.parse::<u32>().ok().filter(|n| *n <= limit).map(Some).ok_or(()),
    };
    let people = count(&typed[0], MAX_PEOPLE).map_err(|_| t::editor_try_people_error(l, MAX_PEOPLE as i64));
    let children = count(&typed[1], MAX_PEOPLE - 1).map_err(|_| Typed::Count.describe(l));
    let income = match typed[2].trim() {
        "" => Ok(None),
        text => crate::household::parse_sum_input(text, l).map(Some).map_err(|e| Typed::Amount(e).describe(l)),
    };
    let age = crate::household::parse_age_input(&typed[3]).map_err(|_| t::editor_try_age_error(l).to_string());
    errors[0].set(people.clone().err());
    errors[1].set(children.clone().err());
    errors[2].set(income.clone().err());
    errors[3].set(age.clone().err());
    Some((people.ok()?, children.ok()?, income.ok()?, age.ok()?))
}

/// The sample's questions for the conditions the project has (`kinds`: their codes), and the verdict.
#[component]
pub fn TryIt(
    loaded: Arc<Loaded>,
    entry: usize,
    kinds: Vec<CriterionCode>,
    params: Option<ParametersFile>,
    l: Locale,
) -> impl IntoView {
    let has = |code: CriterionCode| kinds.contains(&code);
    let gmina = RwSignal::new(None::<Picked>);
    let typed = RwSignal::new(String::new());
    let (people, children, income, age) = (
        RwSignal::new("1".to_string()),
        RwSignal::new("0".to_string()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let errors: [RwSignal<Option<String>>; 4] = std::array::from_fn(|_| RwSignal::new(None));
    let unemployed = RwSignal::new(Answer::Unknown);
    let revitalisation = RwSignal::new(Answer::Unknown);
    let at_risk = RwSignal::new(BTreeSet::<AtRiskCategory>::new());
    let art7 = RwSignal::new(BTreeSet::<Art7Ground>::new());
    let result = RwSignal::new(None::<Result<ProjectVerdict, usize>>);
    // Being at risk may come from an art. 7 ground: both are asked, as the checker asks them.
    let (ask_at_risk, ask_art7) =
        (has(CriterionCode::AtRisk), has(CriterionCode::Art7Ground) || has(CriterionCode::AtRisk));
    let no_params = params.is_none();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = [people, children, income, age].map(|v| v.get_untracked());
        let Some((people_n, children_n, income_v, age_v)) = read_typed(&typed, errors, l) else {
            result.set(None);
            return;
        };
        let Some(params) = params.as_ref() else { return };
        let sample = Sample {
            gmina: gmina.get_untracked().map(|p| (p.name, p.code)),
            people: people_n.unwrap_or(1),
            children: children_n.unwrap_or(0),
            income: income_v,
            age: age_v,
            unemployed: unemployed.get_untracked(),
            revitalisation: revitalisation.get_untracked(),
            at_risk: ask_at_risk.then(|| at_risk.get_untracked().into_iter().collect()),
            art7: ask_art7.then(|| art7.get_untracked().into_iter().collect()),
        };
        result.set(Some(try_sample(&loaded, entry, &sample, params, today()).map_err(|issues| issues.len())));
        crate::ui::form::error::focus_by_id("try-result");
    };
    let size = has(CriterionCode::Income) || has(CriterionCode::TargetGroup);
    let at_risk_options = AtRiskCategory::ALL.into_iter().map(|c| (c, at_risk_label(c, l))).collect();
    let art7_options = Art7Ground::ALL.into_iter().map(|g| (g, art7_label(g, l))).collect();
    view! {
        <section aria-labelledby="try-it" class="try-it">
            <h2 id="try-it">{t::editor_try_title(l)}</h2>
            <p>{t::editor_try_intro(l)}</p>
            {if kinds.is_empty() { Some(view! { <p>{t::rules_none(l)}</p> }) } else { None }}
            {no_params.then(|| view! { <p class="error-box" role="alert">{t::results_no_parameters(l)}</p> })}
            <form class="editor-form" novalidate on:submit=on_submit>
                {has(CriterionCode::Residence).then(|| view! {
                    <GminaPicker id="try-gmina" label=t::editor_try_gmina(l) chosen=gmina typed error=Signal::derive(|| None::<String>) disabled=Signal::derive(|| false)/>
                })}
                {size.then(|| view! {
                    {text_box("try-people", t::editor_try_people(l), None, people, errors[0], false)}
                    {text_box("try-children", t::editor_try_children(l), None, children, errors[1], false)}
                })}
                {has(CriterionCode::Income).then(|| text_box("try-income", t::editor_try_income(l), Some(t::editor_try_income_hint(l)), income, errors[2], true))}
                {has(CriterionCode::Age).then(|| text_box("try-age", t::editor_try_age(l), None, age, errors[3], false))}
                {has(CriterionCode::RegisteredUnemployed).then(|| answer("try-unemployed", t::editor_try_unemployed(l), unemployed, l))}
                {has(CriterionCode::RevitalisationArea).then(|| answer("try-revitalisation", t::editor_try_revitalisation(l), revitalisation, l))}
                {ask_at_risk.then(|| applies("try-at-risk", t::editor_try_at_risk(l), at_risk_options, at_risk, l))}
                {ask_art7.then(|| applies("try-art7", t::editor_try_art7(l), art7_options, art7, l))}
                <p><button type="submit" class="button" prop:disabled=no_params>{t::editor_try_button(l)}</button></p>
            </form>
            <div aria-live="polite">{move || result.get().map(|r| outcome_view(r, l))}
            </div>
        </section>
    }
}
