//! One question per page. Each question keeps a draft while the person types; "Dalej" checks it,
//! shows problems at the fields and in a summary, or saves the answer and moves on.

use std::sync::Arc;

use leptos::prelude::*;

use super::inputs::{error_for, focus_error_summary, ErrorSummary, FieldError, FieldMessage, YesNoUnknown};
use super::state::{use_check, CheckState};
use super::{after, question_list, with_data, CheckData};
use crate::household::{
    parse_amount_input, AmountError, Answer, Art7Ground, AtRiskCategory, Income, IncomeKind, Member, Role,
};
use crate::i18n::{t, Locale};
use crate::money::format_number;
use crate::questionnaire::{previous, Question};
use crate::route::Route;
use crate::rules::explain::{art7_label, at_risk_label};
use crate::ui::check::labels::{income_kind_label, member_label, question_hint, question_title, role_label};
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;

type Apply = Box<dyn FnOnce(&mut CheckState)>;
type Submit = Box<dyn Fn() -> Result<Apply, Vec<FieldError>>>;

#[component]
pub fn QuestionPage(question: Question, changing: bool) -> impl IntoView {
    with_data(move |d| view! { <QuestionForm data=d question changing/> })
}

type Getter = fn(&CheckState) -> Answer;
type Setter = fn(&mut CheckState, Answer);

/// Where a yes / no / "nie wiem" question keeps its answer.
pub(super) fn yes_no_accessors(q: Question) -> Option<(Getter, Setter)> {
    Some(match q {
        Question::Revitalisation => (|s| s.household.revitalisation_area, |s, a| s.household.revitalisation_area = a),
        Question::FosterFamily => {
            (|s| s.household.situation.foster_family, |s, a| s.household.situation.foster_family = a)
        }
        Question::ChildInFosterCare => {
            (|s| s.household.situation.child_in_foster_care, |s, a| s.household.situation.child_in_foster_care = a)
        }
        Question::CareLeaver => (|s| s.household.situation.care_leaver, |s, a| s.household.situation.care_leaver = a),
        Question::CareDifficulties => {
            (|s| s.household.situation.care_difficulties, |s, a| s.household.situation.care_difficulties = a)
        }
        Question::Unemployed => (
            |s| s.household.members.first().map_or(Answer::Unknown, |m| m.registered_unemployed),
            |s, a| {
                if let Some(m) = s.household.members.first_mut() {
                    m.registered_unemployed = a;
                }
            },
        ),
        // A child with a disability: "yes" marks the first child, "no" and "nie wiem" all of them.
        Question::DisabledChild => (
            |s| {
                let kids: Vec<&Member> = s.household.members.iter().filter(|m| m.role == Role::Child).collect();
                if kids.iter().any(|m| m.disability == Answer::Yes) {
                    Answer::Yes
                } else if !kids.is_empty() && kids.iter().all(|m| m.disability == Answer::No) {
                    Answer::No
                } else {
                    Answer::Unknown
                }
            },
            |s, a| {
                let mut first = true;
                for m in s.household.members.iter_mut().filter(|m| m.role == Role::Child) {
                    m.disability = match a {
                        Answer::Yes if first => Answer::Yes,
                        Answer::Yes => m.disability,
                        other => other,
                    };
                    first = false;
                }
            },
        ),
        _ => return None,
    })
}

fn yes_no(q: Question, state: &CheckState, get: impl Fn(&CheckState) -> Answer) -> RwSignal<Option<Answer>> {
    RwSignal::new(state.is_answered(q).then(|| get(state)))
}

#[component]
fn QuestionForm(data: Arc<CheckData>, question: Question, changing: bool) -> impl IntoView {
    let ctx = use_check();
    let locale = use_locale();
    let l = locale.get_untracked();
    let (errors, set_errors) = signal(Vec::<FieldError>::new());
    let state = ctx.state.get_untracked();
    let list = question_list(&data, &state);
    let progress = list
        .iter()
        .position(|x| *x == question)
        .map(|p| t::check_progress(l, t::CheckProgress { current: &(p + 1), total: &list.len() }));
    let back = if changing {
        Route::Answers.href()
    } else {
        match previous(&list, question) {
            Some(question) => Route::Question { question, changing: false }.href(),
            None => super::start::start_route(&state).href(),
        }
    };
    use_page_title(move || {
        let title = question_title(question, l).to_string();
        if errors.get().is_empty() {
            title
        } else {
            t::error_title(l, title)
        }
    });

    let (body, submit): (AnyView, Submit) = match question {
        Question::Gmina => gmina(&data, &state, errors, l),
        Question::Family => family(&state, errors, l),
        Question::Incomes => incomes(&state, errors, l),
        Question::AtRisk => at_risk(&state, l),
        Question::Art7 => art7(&state, l),
        yes_no_question => {
            let (get, set) = yes_no_accessors(yes_no_question).expect("every other question is yes / no");
            let value = yes_no(question, &state, get);
            let body = view! {
                <YesNoUnknown name="answer" value=value error=Signal::derive(error_for(errors, "answer"))/>
            }
            .into_any();
            let submit: Submit = Box::new(move || match value.get_untracked() {
                Some(a) => Ok(Box::new(move |s: &mut CheckState| set(s, a)) as Apply),
                None => Err(vec![("answer".into(), t::error_choose(l).to_string())]),
            });
            (body, submit)
        }
    };

    let has_hint = question_hint(question, l).is_some();
    let hint = question_hint(question, l).map(|h| view! { <p class="hint" id="question-hint">{h}</p> });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match submit() {
            Err(found) => {
                set_errors.set(found);
                focus_error_summary();
            }
            Ok(apply) => {
                set_errors.set(Vec::new());
                let mut next_state = ctx.state.get_untracked();
                apply(&mut next_state);
                next_state.mark_answered(question);
                let target = if changing { Route::Answers.href() } else { after(&data, &next_state, question) };
                ctx.state.set(next_state);
                crate::ui::nav::go(&target, false);
            }
        }
    };

    view! {
        <p class="back"><a href=back>{"← "}{t::back(l)}</a></p>
        {progress.map(|p| view! { <p class="progress">{p}</p> })}
        <ErrorSummary errors=errors/>
        <form class="question" on:submit=on_submit novalidate>
            <fieldset aria-describedby=has_hint.then_some("question-hint")>
                <legend><h1>{question_title(question, l)}</h1></legend>
                {hint}
                {body}
            </fieldset>
            <button type="submit" class="button">{t::continue_button(l)}</button>
        </form>
    }
}

fn gmina(data: &CheckData, state: &CheckState, errors: ReadSignal<Vec<FieldError>>, l: Locale) -> (AnyView, Submit) {
    let text = RwSignal::new(state.household.gmina.clone().unwrap_or_default());
    let unknown = RwSignal::new(state.is_answered(Question::Gmina) && state.household.gmina.is_none());
    let options = data.loaded.catalogue.gminas().into_iter().map(|g| view! { <option value=g/> }).collect_view();
    let body = view! {
        <div class="field">
            <label for="gmina">{t::q_gmina_label(l)}</label>
            <FieldMessage id="gmina-error".into() message=Signal::derive(error_for(errors, "gmina"))/>
            <input type="text" id="gmina" name="gmina" list="gminy" autocomplete="address-level2"
                aria-describedby="gmina-error"
                prop:value=move || text.get() prop:disabled=move || unknown.get()
                on:input=move |ev| text.set(event_target_value(&ev))/>
            <datalist id="gminy">{options}</datalist>
        </div>
        <div class="checkbox unknown-choice">
            <input type="checkbox" id="gmina-unknown" prop:checked=move || unknown.get()
                on:change=move |ev| unknown.set(event_target_checked(&ev))/>
            <label for="gmina-unknown">{t::answer_unknown(l)}</label>
        </div>
    }
    .into_any();
    let submit: Submit = Box::new(move || {
        if unknown.get_untracked() {
            return Ok(Box::new(|s: &mut CheckState| s.household.gmina = None) as Apply);
        }
        let value = text.get_untracked().trim().to_string();
        if value.is_empty() {
            return Err(vec![("gmina".into(), t::error_gmina_empty(l).to_string())]);
        }
        Ok(Box::new(move |s: &mut CheckState| s.household.gmina = Some(value)) as Apply)
    });
    (body, submit)
}

#[derive(Clone, Copy)]
struct MemberDraft {
    key: usize,
    role: RwSignal<Role>,
    age: RwSignal<String>,
}

fn parse_age(text: &str) -> Result<Option<u32>, ()> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<u32>() {
        Ok(n) if n <= 130 => Ok(Some(n)),
        _ => Err(()),
    }
}

fn family(state: &CheckState, errors: ReadSignal<Vec<FieldError>>, l: Locale) -> (AnyView, Submit) {
    let members = &state.household.members;
    let age_text = |m: Option<&Member>| m.and_then(|m| m.age).map(|a| a.to_string()).unwrap_or_default();
    let applicant_age = RwSignal::new(age_text(members.first()));
    let others: Vec<MemberDraft> = members
        .iter()
        .skip(1)
        .enumerate()
        .map(|(i, m)| MemberDraft { key: i, role: RwSignal::new(m.role), age: RwSignal::new(age_text(Some(m))) })
        .collect();
    let next_key = RwSignal::new(others.len());
    let rows = RwSignal::new(others);
    let add = move |_| {
        let key = next_key.get_untracked();
        next_key.set(key + 1);
        rows.update(|r| {
            r.push(MemberDraft { key, role: RwSignal::new(Role::Child), age: RwSignal::new(String::new()) })
        });
    };
    let body = view! {
        <div class="field">
            <label for="age-0">{t::q_family_your_age(l)}</label>
            <p class="hint">{t::q_family_age_hint(l)}</p>
            <FieldMessage id="age-0-error".into() message=Signal::derive(error_for(errors, "age-0"))/>
            <input type="text" inputmode="numeric" id="age-0" class="short" autocomplete="off"
                prop:value=move || applicant_age.get() on:input=move |ev| applicant_age.set(event_target_value(&ev))/>
        </div>
        <h2 class="subheading">{t::q_family_others(l)}</h2>
        <ul class="member-rows">
            <For each=move || rows.get() key=|r| r.key let:row>
                {
                    let n = rows.get_untracked().iter().position(|r| r.key == row.key).unwrap_or(0) + 2;
                    let role_id = format!("role-{}", row.key + 1);
                    let age_id = format!("age-{}", row.key + 1);
                    view! {
                        <li class="member-row">
                            <p class="member-name">{t::person_n(l, n)}</p>
                            <div class="field">
                                <label for=role_id.clone()>{t::q_family_role(l)}</label>
                                <select id=role_id on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    row.role.set(match v.as_str() { "partner" => Role::Partner, "other" => Role::Other, _ => Role::Child });
                                }>
                                    {[Role::Partner, Role::Child, Role::Other].into_iter().map(|r| {
                                        let code = match r { Role::Partner => "partner", Role::Other => "other", _ => "child" };
                                        view! { <option value=code selected=move || row.role.get() == r>{role_label(r, l)}</option> }
                                    }).collect_view()}
                                </select>
                            </div>
                            <div class="field">
                                <label for=age_id.clone()>{t::q_family_age(l)}</label>
                                <FieldMessage id=format!("{age_id}-error") message=Signal::derive(error_for(errors, age_id.clone()))/>
                                <input type="text" inputmode="numeric" id=age_id class="short" autocomplete="off"
                                    prop:value=move || row.age.get() on:input=move |ev| row.age.set(event_target_value(&ev))/>
                            </div>
                            <button type="button" class="button secondary"
                                on:click=move |_| rows.update(|r| r.retain(|x| x.key != row.key))>
                                {t::remove_person(l)}
                            </button>
                        </li>
                    }
                }
            </For>
        </ul>
        <button type="button" class="button secondary" on:click=add>{t::add_person(l)}</button>
    }
    .into_any();
    let submit: Submit = Box::new(move || {
        let mut problems = Vec::new();
        let applicant = parse_age(&applicant_age.get_untracked())
            .map_err(|_| problems.push(("age-0".to_string(), t::error_age(l).to_string())));
        let others: Vec<(Role, Option<u32>)> = rows
            .get_untracked()
            .iter()
            .filter_map(|r| match parse_age(&r.age.get_untracked()) {
                Ok(age) => Some((r.role.get_untracked(), age)),
                Err(()) => {
                    problems.push((format!("age-{}", r.key + 1), t::error_age(l).to_string()));
                    None
                }
            })
            .collect();
        if !problems.is_empty() {
            return Err(problems);
        }
        let applicant_age = applicant.unwrap_or(None);
        Ok(Box::new(move |s: &mut CheckState| {
            let old = std::mem::take(&mut s.household.members);
            let keep = |i: usize| old.get(i).cloned().unwrap_or_default();
            let mut members = vec![Member { role: Role::Applicant, age: applicant_age, birth_date: None, ..keep(0) }];
            for (i, (role, age)) in others.into_iter().enumerate() {
                members.push(Member { role, age, birth_date: None, ..keep(i + 1) });
            }
            s.household.members = members;
        }) as Apply)
    });
    (body, submit)
}

#[derive(Clone, Copy)]
struct IncomeDraft {
    key: usize,
    kind: RwSignal<IncomeKind>,
    amount: RwSignal<String>,
}

fn amount_error(e: AmountError, l: Locale) -> String {
    match e {
        AmountError::Empty => t::error_amount_empty(l),
        AmountError::NotANumber => t::error_amount_not_number(l),
        AmountError::Negative => t::error_amount_negative(l),
        AmountError::TooLarge => t::error_amount_too_large(l),
        AmountError::TooManyDecimals => t::error_amount_decimals(l),
    }
    .to_string()
}

fn incomes(state: &CheckState, errors: ReadSignal<Vec<FieldError>>, l: Locale) -> (AnyView, Submit) {
    let members = state.household.members.clone();
    let unknown = RwSignal::new(state.is_answered(Question::Incomes) && members.iter().any(|m| m.incomes.is_none()));
    let next_key = RwSignal::new(1000usize);
    let per_member: Vec<RwSignal<Vec<IncomeDraft>>> = members
        .iter()
        .map(|m| {
            RwSignal::new(
                m.incomes
                    .iter()
                    .flatten()
                    .enumerate()
                    .map(|(k, inc)| IncomeDraft {
                        key: k,
                        kind: RwSignal::new(inc.kind),
                        amount: RwSignal::new(
                            format_number(inc.monthly, inc.monthly.scale().min(2), l).replace('\u{a0}', " "),
                        ),
                    })
                    .collect(),
            )
        })
        .collect();
    let sections = members
        .iter()
        .enumerate()
        .map(|(m, member)| {
            let rows = per_member[m];
            let heading = member_label(m, member, l);
            let label = heading.clone();
            let add = move |_| {
                let key = next_key.get_untracked();
                next_key.set(key + 1);
                rows.update(|r| r.push(IncomeDraft { key, kind: RwSignal::new(IncomeKind::Wages), amount: RwSignal::new(String::new()) }));
            };
            view! {
                <section class="member-incomes" aria-label=label>
                    <h2 class="subheading">{heading}</h2>
                    <ul class="income-rows">
                        <For each=move || rows.get() key=|r| r.key let:row>
                            {
                                let kind_id = format!("kind-{m}-{}", row.key);
                                let amount_id = format!("income-{m}-{}", row.key);
                                view! {
                                    <li class="income-row">
                                        <div class="field">
                                            <label for=kind_id.clone()>{t::q_income_kind(l)}</label>
                                            <select id=kind_id on:change=move |ev| {
                                                let v = event_target_value(&ev);
                                                if let Some(k) = IncomeKind::ALL.get(v.parse::<usize>().unwrap_or(0)) { row.kind.set(*k); }
                                            }>
                                                {IncomeKind::ALL.iter().enumerate().map(|(i, k)| {
                                                    let k = *k;
                                                    view! { <option value=i.to_string() selected=move || row.kind.get() == k>{income_kind_label(k, l)}</option> }
                                                }).collect_view()}
                                            </select>
                                        </div>
                                        <div class="field">
                                            <label for=amount_id.clone()>{t::q_income_amount(l)}</label>
                                            <FieldMessage id=format!("{amount_id}-error") message=Signal::derive(error_for(errors, amount_id.clone()))/>
                                            <input type="text" inputmode="decimal" id=amount_id class="short" autocomplete="off"
                                                prop:value=move || row.amount.get() on:input=move |ev| row.amount.set(event_target_value(&ev))/>
                                        </div>
                                        <button type="button" class="button secondary"
                                            on:click=move |_| rows.update(|r| r.retain(|x| x.key != row.key))>{t::remove_income(l)}</button>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                    <button type="button" class="button secondary" on:click=add prop:disabled=move || unknown.get()>{t::add_income(l)}</button>
                </section>
            }
        })
        .collect_view();
    let body = view! {
        {sections}
        <div class="checkbox unknown-choice">
            <input type="checkbox" id="incomes-unknown" prop:checked=move || unknown.get()
                on:change=move |ev| unknown.set(event_target_checked(&ev))/>
            <label for="incomes-unknown">{t::q_incomes_unknown(l)}</label>
        </div>
    }
    .into_any();
    let submit: Submit = Box::new(move || {
        if unknown.get_untracked() {
            return Ok(
                Box::new(|s: &mut CheckState| s.household.members.iter_mut().for_each(|m| m.incomes = None)) as Apply
            );
        }
        let mut problems = Vec::new();
        let mut all: Vec<Vec<Income>> = Vec::new();
        for (m, rows) in per_member.iter().enumerate() {
            let mut list = Vec::new();
            for row in rows.get_untracked() {
                match parse_amount_input(&row.amount.get_untracked(), l) {
                    Ok(monthly) => list.push(Income { kind: row.kind.get_untracked(), monthly }),
                    Err(e) => problems.push((format!("income-{m}-{}", row.key), amount_error(e, l))),
                }
            }
            all.push(list);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(Box::new(move |s: &mut CheckState| {
            for (member, list) in s.household.members.iter_mut().zip(all) {
                member.incomes = Some(list);
            }
        }) as Apply)
    });
    (body, submit)
}

/// A list of checkboxes for a set of categories, plus "nie wiem".
fn choices<T: Copy + PartialEq + Send + Sync + 'static>(
    all: &'static [T],
    chosen: Option<Vec<T>>,
    answered: bool,
    label: fn(T, Locale) -> &'static str,
    prefix: &'static str,
    l: Locale,
) -> (AnyView, RwSignal<Vec<T>>, RwSignal<bool>) {
    let selected = RwSignal::new(chosen.clone().unwrap_or_default());
    let unknown = RwSignal::new(answered && chosen.is_none());
    let boxes = all
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let item = *item;
            let id = format!("{prefix}-{i}");
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=id.clone() prop:checked=move || selected.get().contains(&item)
                        prop:disabled=move || unknown.get()
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            selected.update(|s| { s.retain(|x| *x != item); if on { s.push(item); } });
                        }/>
                    <label for=id>{label(item, l)}</label>
                </div>
            }
        })
        .collect_view();
    let unknown_id = format!("{prefix}-unknown");
    let view = view! {
        <div class="checkboxes">{boxes}</div>
        <p class="or">{t::or(l)}</p>
        <div class="checkbox">
            <input type="checkbox" id=unknown_id.clone() prop:checked=move || unknown.get()
                on:change=move |ev| unknown.set(event_target_checked(&ev))/>
            <label for=unknown_id>{t::answer_unknown(l)}</label>
        </div>
    }
    .into_any();
    (view, selected, unknown)
}

fn at_risk(state: &CheckState, l: Locale) -> (AnyView, Submit) {
    let (body, selected, unknown) = choices(
        &AtRiskCategory::ALL,
        state.household.at_risk.clone(),
        state.is_answered(Question::AtRisk),
        at_risk_label,
        "at-risk",
        l,
    );
    let submit: Submit = Box::new(move || {
        let value = (!unknown.get_untracked()).then(|| selected.get_untracked());
        Ok(Box::new(move |s: &mut CheckState| s.household.at_risk = value) as Apply)
    });
    (body, submit)
}

fn art7(state: &CheckState, l: Locale) -> (AnyView, Submit) {
    let (body, selected, unknown) = choices(
        &Art7Ground::ALL,
        state.household.art7.clone(),
        state.is_answered(Question::Art7),
        art7_label,
        "art7",
        l,
    );
    let submit: Submit = Box::new(move || {
        let value = (!unknown.get_untracked()).then(|| selected.get_untracked());
        Ok(Box::new(move |s: &mut CheckState| s.household.art7 = value) as Apply)
    });
    (body, submit)
}
