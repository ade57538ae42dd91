//! "Jakie macie dochody?": for each member, income by kind and monthly amount, or "nie wiem".

use leptos::prelude::*;

use super::submit::{Apply, OnSubmit};
use crate::household::{parse_amount_input, AmountError, Income, IncomeKind};
use crate::i18n::{t, Locale};
use crate::money::format_number;
use crate::questionnaire::Question;
use crate::ui::check::labels::{income_kind_label, member_label};
use crate::ui::check::state::CheckState;
use crate::ui::context::use_locale;
use crate::ui::form::error::{error_for, FieldError};
use crate::ui::form::field::{Field, InputAttrs};
use crate::ui::form::select::{on_select, select_options};

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

#[component]
pub fn IncomesQuestion(state: CheckState, errors: ReadSignal<Vec<FieldError>>, on_submit: OnSubmit) -> impl IntoView {
    let l = use_locale().get_untracked();
    let members = state.household.members.clone();
    let unknown = RwSignal::new(state.is_answered(Question::Incomes) && members.iter().any(|m| m.incomes.is_none()));
    // Each row's key, for its ids (`income-{member}-{key}`): the saved incomes are keyed by their
    // place, and a new row takes the next key no saved row of any member has.
    let next_key = RwSignal::new(members.iter().map(|m| m.incomes.as_ref().map_or(0, Vec::len)).max().unwrap_or(0));
    let per_member: Vec<RwSignal<Vec<IncomeDraft>>> = members
        .iter()
        .map(|m| {
            let drafts = m.incomes.iter().flatten().enumerate().map(|(key, inc)| IncomeDraft {
                key,
                kind: RwSignal::new(inc.kind),
                amount: RwSignal::new(format_number(inc.monthly, inc.monthly.scale().min(2), l).replace('\u{a0}', " ")),
            });
            RwSignal::new(drafts.collect())
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
                let draft =
                    IncomeDraft { key, kind: RwSignal::new(IncomeKind::Wages), amount: RwSignal::new(String::new()) };
                rows.update(|r| r.push(draft));
            };
            view! {
                <section class="member-incomes" aria-label=label>
                    <h2 class="subheading">{heading}</h2>
                    <ul class="income-rows">
                        <For each=move || rows.get() key=|r| r.key let:row>
                            <IncomeRow member=m row rows errors/>
                        </For>
                    </ul>
                    <button type="button" class="button secondary" on:click=add prop:disabled=move || unknown.get()>
                        {t::add_income(l)}
                    </button>
                </section>
            }
        })
        .collect_view();
    on_submit.set(move || {
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
                    Err(e) => problems.push(FieldError::new(format!("income-{m}-{}", row.key), amount_error(e, l))),
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
    view! {
        {sections}
        <div class="checkbox unknown-choice">
            <input type="checkbox" id="incomes-unknown" prop:checked=move || unknown.get() on:change=move |ev| unknown.set(event_target_checked(&ev))/>
            <label for="incomes-unknown">{t::q_incomes_unknown(l)}</label>
        </div>
    }
}

/// One income: its kind, the monthly amount, and a button to remove it.
#[component]
fn IncomeRow(
    member: usize,
    row: IncomeDraft,
    rows: RwSignal<Vec<IncomeDraft>>,
    errors: ReadSignal<Vec<FieldError>>,
) -> impl IntoView {
    let l = use_locale().get_untracked();
    let kind_id = format!("kind-{member}-{}", row.key);
    let amount_id = format!("income-{member}-{}", row.key);
    let kinds = select_options(&IncomeKind::ALL, move |k| income_kind_label(k, l), row.kind);
    view! {
        <li class="income-row">
            <Field id=kind_id label=t::q_income_kind(l)
                input=move |a: InputAttrs| view! {
                    <select id=a.id aria-describedby=a.described_by on:change=on_select(&IncomeKind::ALL, row.kind)>{kinds}</select>
                }/>
            <Field id=amount_id.clone() label=t::q_income_amount(l) error=Signal::derive(error_for(errors, amount_id))
                input=move |a: InputAttrs| view! {
                    <input type="text" inputmode="decimal" id=a.id class="short" autocomplete="off"
                        aria-describedby=a.described_by aria-invalid=a.invalid prop:value=move || row.amount.get() on:input=move |ev| row.amount.set(event_target_value(&ev))/>
                }/>
            <button type="button" class="button secondary" on:click=move |_| rows.update(|r| r.retain(|x| x.key != row.key))>
                {t::remove_income(l)}
            </button>
        </li>
    }
}
