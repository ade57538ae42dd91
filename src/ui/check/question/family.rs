//! "Kto mieszka z Tobą?": the applicant's age, then each other person's role and age.

use leptos::prelude::*;

use super::submit::{Apply, OnSubmit};
use crate::household::{parse_age_input, Member, Role};
use crate::i18n::t;
use crate::ui::check::labels::role_label;
use crate::ui::check::state::CheckState;
use crate::ui::context::use_locale;
use crate::ui::form::error::{error_for, FieldError};
use crate::ui::form::field::{Field, InputAttrs};
use crate::ui::form::select::{on_select, select_options};

/// What a person besides the applicant can be, in the order the select shows them.
const OTHER_ROLES: [Role; 3] = [Role::Partner, Role::Child, Role::Other];

#[derive(Clone, Copy)]
struct MemberDraft {
    key: usize,
    role: RwSignal<Role>,
    age: RwSignal<String>,
}

#[component]
pub fn FamilyQuestion(state: CheckState, errors: ReadSignal<Vec<FieldError>>, on_submit: OnSubmit) -> impl IntoView {
    let l = use_locale().get_untracked();
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
    on_submit.set(move || {
        let mut problems = Vec::new();
        let applicant = parse_age_input(&applicant_age.get_untracked())
            .map_err(|_| problems.push(FieldError::new("age-0", t::error_age(l))));
        let others: Vec<(Role, Option<u32>)> = rows
            .get_untracked()
            .iter()
            .filter_map(|r| match parse_age_input(&r.age.get_untracked()) {
                Ok(age) => Some((r.role.get_untracked(), age)),
                Err(_) => {
                    problems.push(FieldError::new(format!("age-{}", r.key + 1), t::error_age(l)));
                    None
                }
            })
            .collect();
        if !problems.is_empty() {
            return Err(problems);
        }
        let applicant_age = applicant.unwrap_or(None);
        Ok(Box::new(move |s: &mut CheckState| s.household.rebuild_members(applicant_age, &others)) as Apply)
    });
    view! {
        <Field id="age-0" label=t::q_family_your_age(l) hint=Some(t::q_family_age_hint(l))
            error=Signal::derive(error_for(errors, "age-0"))
            input=move |a: InputAttrs| view! {
                <input type="text" inputmode="numeric" id=a.id class="short" autocomplete="off"
                    aria-describedby=a.described_by aria-invalid=a.invalid prop:value=move || applicant_age.get() on:input=move |ev| applicant_age.set(event_target_value(&ev))/>
            }/>
        <h2 class="subheading">{t::q_family_others(l)}</h2>
        <ul class="member-rows">
            <For each=move || rows.get() key=|r| r.key let:row>
                <MemberRow row rows errors/>
            </For>
        </ul>
        <button type="button" class="button secondary" on:click=add>{t::add_person(l)}</button>
    }
}

/// One other person: their role, their age, and a button to remove them.
#[component]
fn MemberRow(row: MemberDraft, rows: RwSignal<Vec<MemberDraft>>, errors: ReadSignal<Vec<FieldError>>) -> impl IntoView {
    let l = use_locale().get_untracked();
    let n = rows.get_untracked().iter().position(|r| r.key == row.key).unwrap_or(0) + 2;
    let role_id = format!("role-{}", row.key + 1);
    let age_id = format!("age-{}", row.key + 1);
    let roles = select_options(&OTHER_ROLES, move |r| role_label(r, l), row.role);
    view! {
        <li class="member-row">
            <p class="member-name">{t::person_n(l, n)}</p>
            <Field id=role_id label=t::q_family_role(l)
                input=move |a: InputAttrs| view! {
                    <select id=a.id aria-describedby=a.described_by on:change=on_select(&OTHER_ROLES, row.role)>{roles}</select>
                }/>
            <Field id=age_id.clone() label=t::q_family_age(l) error=Signal::derive(error_for(errors, age_id))
                input=move |a: InputAttrs| view! {
                    <input type="text" inputmode="numeric" id=a.id class="short" autocomplete="off"
                        aria-describedby=a.described_by aria-invalid=a.invalid prop:value=move || row.age.get() on:input=move |ev| row.age.set(event_target_value(&ev))/>
                }/>
            <button type="button" class="button secondary" on:click=move |_| rows.update(|r| r.retain(|x| x.key != row.key))>
                {t::remove_person(l)}
            </button>
        </li>
    }
}
