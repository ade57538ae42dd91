//! One project of a draft: what it is, its dates, its budget with the sum of its parts worked out as
//! it is typed, its programme, who it is for, how to apply, its contacts, the day a person checked it
//! and its source. The project is named by its key in the draft, so its address holds when another
//! project is removed.

use leptos::prelude::*;

use super::centre::{not_open, ProblemSummary};
use super::form::{options, week_hours, Checks, Choice, DateField, Flag, PathField, Present, SourceFields};
use super::state::{change, open, titled_project, use_editing};
use crate::catalogue::labels::{funding_label, kind_label};
use crate::catalogue::{FundingSource, OfferKind};
use crate::editor::draft::field_id;
use crate::editor::fields;
use crate::editor::json::Json;
use crate::i18n::{t, Locale};
use crate::route::Route;
use crate::ui::context::use_locale;
use crate::ui::nav::Link;

/// The sources of money a part of a budget may name, as the file writes them.
const FUNDING: [(&str, FundingSource); 4] = [
    ("eu", FundingSource::Eu),
    ("state_budget", FundingSource::StateBudget),
    ("own", FundingSource::Own),
    ("cofinancing", FundingSource::Cofinancing),
];

/// The budget: its total, its parts (each a source and an amount), the sum of the parts against the
/// total as it is typed, and whether the parts are the whole of it.
#[component]
fn BudgetFields(at: String, l: Locale) -> impl IntoView {
    let editing = use_editing();
    let parts_path = format!("{at}.budget.parts");
    let count = count_of(parts_path.clone());
    let sums = {
        let at = at.clone();
        Memo::new(move |_| {
            editing.draft.with(|d| {
                let Some(d) = d else { return (String::new(), String::new()) };
                let amounts: Vec<String> =
                    (0..count.get()).map(|i| d.file.text(&format!("{at}.budget.parts[{i}].amount"))).collect();
                let sum = fields::sum(amounts.iter().map(String::as_str));
                let total = crate::money::parse_plain_decimal(&d.file.text(&format!("{at}.budget.total"))).ok();
                let share = total.and_then(|t| crate::money::percent_of(sum, t, 2));
                (
                    crate::money::format_pln(sum, l),
                    share.map(|s| crate::money::format_number(s, 2, l)).unwrap_or_default(),
                )
            })
        })
    };
    let add = {
        let parts_path = parts_path.clone();
        move |_| {
            let at = format!("{parts_path}[{}]", count.get_untracked());
            change(move |d| {
                d.file.set(&format!("{at}.source"), Json::str("eu"));
            });
        }
    };
    let at_parts = at.clone();
    view! {
        <fieldset>
            <legend>{t::editor_budget(l)}</legend>
            <PathField path=format!("{at}.budget.total") label=t::editor_budget_total(l) hint=t::editor_amount_hint(l)/>
            {move || (0..count.get()).map(|i| {
                let part = format!("{at_parts}.budget.parts[{i}]");
                let options = options(FUNDING.iter().map(|(code, s)| (*code, funding_label(*s, l))));
                let remove = {
                    let part = part.clone();
                    move |_| { let part = part.clone(); change(move |d| d.remove_item(&part)) }
                };
                view! {
                    <div class="budget-part">
                        <Choice path=format!("{part}.source") legend=t::editor_part_source(l, i + 1) options/>
                        <PathField path=format!("{part}.amount") label=t::editor_part_amount(l)/>
                        <PathField path=format!("{part}.percent") label=t::editor_part_percent(l)/>
                        <button type="button" class="button button-secondary" on:click=remove>{t::editor_part_remove(l)}</button>
                    </div>
                }
            }).collect_view()}
            <p><button type="button" class="button button-secondary" on:click=add>{t::editor_part_add(l)}</button></p>
            <p class="budget-sum" role="status" id=field_id(&parts_path)>
                {move || { let (sum, share) = sums.get(); if share.is_empty() { t::editor_parts_sum(l, &sum) } else { t::editor_parts_sum_share(l, t::EditorPartsSumShare { sum: &sum, share: &share }) } }}
            </p>
            <Flag path=format!("{at}.budget.split_complete") label=t::editor_split_complete(l)/>
        </fieldset>
    }
}

/// The gminas the project serves besides the centre's own, and whether it names a revitalisation area.
#[component]
fn AreaFields(p: String, l: Locale) -> impl IntoView {
    view! {
        <fieldset>
            <legend>{t::editor_area(l)}</legend>
            <p class="hint">{t::editor_area_hint(l)}</p>
            {super::gminas::gmina_list(format!("{p}.area"), t::editor_area_gminas(l), l)}
            <Flag path=format!("{p}.area.revitalisation_area") label=t::editor_area_revitalisation(l)/>
        </fieldset>
    }
}

/// How many items the list at `path` has, as it changes.
fn count_of(path: String) -> Memo<usize> {
    let editing = use_editing();
    Memo::new(move |_| {
        editing.draft.with(|d| d.as_ref().and_then(|d| d.file.get(&path)?.as_array().map(Vec::len)).unwrap_or(0))
    })
}

/// The project's partners: each a centre (with its gmina and the gmina's TERYT code, so that its
/// residents find the project) or another organisation, by its name.
#[component]
fn PartnerFields(p: String, l: Locale) -> impl IntoView {
    let list = format!("{p}.partners");
    let count = count_of(list.clone());
    let add = {
        let list = list.clone();
        move |_| {
            let at = format!("{list}[{}].kind", count.get_untracked());
            change(move |d| d.type_into(&at, "", Ok(Some(Json::str("organisation")))));
        }
    };
    let id = field_id(&list);
    view! {
        <fieldset id=id>
            <legend>{t::editor_partners(l)}</legend>
            <p class="hint">{t::editor_partners_hint(l)}</p>
            {move || (0..count.get()).map(|i| {
                let at = format!("{list}[{i}]");
                let kinds = options([("centre", t::editor_partner_centre(l)), ("organisation", t::editor_partner_organisation(l))]);
                let remove = {
                    let at = at.clone();
                    move |_| { let at = at.clone(); change(move |d| d.remove_item(&at)) }
                };
                view! {
                    <div class="budget-part">
                        <Choice path=format!("{at}.kind") legend=t::editor_partner_kind(l, i + 1) options=kinds/>
                        <PathField path=format!("{at}.name") label=t::editor_partner_name(l)/>
                        <PathField path=format!("{at}.gmina") label=t::editor_partner_gmina(l)/>
                        <PathField path=format!("{at}.teryt") label=t::editor_partner_teryt(l) hint=t::editor_partner_teryt_hint(l)/>
                        <button type="button" class="button button-secondary" on:click=remove>{t::editor_partner_remove(l)}</button>
                    </div>
                }
            }).collect_view()}
            <p><button type="button" class="button button-secondary" on:click=add>{t::editor_partner_add(l)}</button></p>
        </fieldset>
    }
}

#[component]
pub fn ProjectPage(draft: String, project: u32) -> impl IntoView {
    let l = use_locale().get_untracked();
    open(&draft);
    let editing = use_editing();
    let (at, _) = titled_project(project, t::editor_project_title, |l, title| t::editor_project_title_of(l, title));
    let Some(i) = at else {
        return not_open(editing.opened.get_untracked(), l);
    };
    let p = format!("projects[{i}]");
    super::gminas::provide_adding();
    let centre = Route::EditorCentre(draft.clone());
    view! {
        <p><a href=centre.link() class="back-link">{t::editor_back_to_centre(l)}</a></p>
        <h1>{t::editor_project_heading(l)}</h1>
        <ProblemSummary only=Some(p.clone())/>
        <form class="editor-form" on:submit=|ev| ev.prevent_default()>
            {what_fields(&p, l)}
            <PartnerFields p=p.clone() l/>
            {dates_fields(&p, l)}
            <BudgetFields at=p.clone() l/>
            {programme_fields(&p, l)}
            <fieldset>
                <legend>{t::editor_for_whom(l)}</legend>
                <Checks path=format!("{p}.target_groups") legend=t::editor_target_groups(l) hint=t::editor_target_groups_hint(l) options=super::form::group_options(l)/>
                <PathField path=format!("{p}.target_groups_text") label=t::editor_target_groups_text(l) hint=t::editor_target_groups_text_hint(l)/>
                <PathField path=format!("{p}.services") label=t::editor_services(l) hint=t::editor_one_per_line(l)/>
            </fieldset>
            {participants_fields(&p, l)}
            <AreaFields p=p.clone() l/>
            <super::rules::RuleBuilder p=p.clone() l/>
            {apply_fields(&p, l)}
            <SourceFields at=format!("{p}.source")/>
            <DateField path=format!("{p}.checked_on") legend=t::editor_checked_on(l)/>
        </form>
        <div class="button-group">
            <a class="button" href=Route::EditorPreview { draft: draft.clone(), project }.link()>{t::editor_preview_link(l)}</a>
            <a class="button button-secondary" href=centre.link()>{t::editor_back_to_centre(l)}</a>
        </div>
    }
    .into_any()
}

/// What the project is: its name, id, kind, the programme it runs, the centre's role, lead and goal.
fn what_fields(p: &str, l: Locale) -> impl IntoView {
    let kinds = options(OfferKind::ALL.iter().map(|k| (k.code(), kind_label(*k, l))));
    // The last, "not stated", leaves the field out: a role is said only where the source states it.
    let roles = options([
        ("lead", t::editor_role_lead(l)),
        ("partner", t::editor_role_partner(l)),
        ("refers", t::editor_role_refers(l)),
        ("", t::editor_not_stated(l)),
    ]);
    // The programmes the app knows, by their names as their documents write them.
    let (programmes, _) = crate::ui::load::built_in_programmes();
    let mut runs: Vec<(String, String)> =
        programmes.programmes.iter().map(|d| (d.id.clone(), d.name.clone())).collect();
    runs.push((String::new(), t::editor_runs_programme_none(l).to_string()));
    view! {
    <fieldset>
        <legend>{t::editor_project_what(l)}</legend>
        <PathField path=format!("{p}.title") label=t::editor_project_name(l)/>
        <PathField path=format!("{p}.id") label=t::editor_project_id(l) hint=t::editor_project_id_hint(l)/>
        <Choice path=format!("{p}.kind") legend=t::editor_project_kind(l) options=kinds/>
        <Choice path=format!("{p}.runs_programme") legend=t::editor_runs_programme(l) hint=t::editor_runs_programme_hint(l) options=runs polish=true/>
        <Choice path=format!("{p}.role") legend=t::editor_project_role(l) options=roles/>
        <PathField path=format!("{p}.lead") label=t::editor_project_lead(l) hint=t::editor_project_lead_hint(l)/>
        <PathField path=format!("{p}.goal") label=t::editor_project_goal(l)/>
    </fieldset>
    }
}

/// The project's dates: its period, its recruitment (announced or not) and its durability.
fn dates_fields(p: &str, l: Locale) -> impl IntoView {
    view! {
    <fieldset>
        <legend>{t::editor_dates(l)}</legend>
        <DateField path=format!("{p}.period.start") legend=t::editor_period_start(l)/>
        <DateField path=format!("{p}.period.end") legend=t::editor_period_end(l)/>
        {
            let p = p.to_string();
            view! {
                <Present path=format!("{p}.recruitment") label=t::editor_recruitment_announced(l) hint=t::editor_recruitment_announced_hint(l)>
                    <DateField path=format!("{p}.recruitment.from") legend=t::editor_recruitment_from(l)/>
                    <DateField path=format!("{p}.recruitment.until") legend=t::editor_recruitment_until(l)/>
                    <Flag path=format!("{p}.recruitment.end_not_stated") label=t::editor_recruitment_end_not_stated(l)/>
                </Present>
            }
        }
        <DateField path=format!("{p}.durability_until") legend=t::editor_durability(l)/>
    </fieldset>
    }
}

/// The programme that funds the project, down to its call.
fn programme_fields(p: &str, l: Locale) -> impl IntoView {
    let perspectives = options([("2014-2020", "2014-2020"), ("2021-2027", "2021-2027"), ("", t::editor_not_stated(l))]);
    view! {
    <fieldset>
        <legend>{t::editor_programme(l)}</legend>
        <PathField path=format!("{p}.programme.name") label=t::editor_programme_name(l)/>
        <Choice path=format!("{p}.programme.perspective") legend=t::editor_perspective(l) options=perspectives/>
        <PathField path=format!("{p}.programme.fund") label=t::editor_fund(l)/>
        <PathField path=format!("{p}.programme.priority_axis") label=t::editor_priority(l)/>
        <PathField path=format!("{p}.programme.measure") label=t::editor_measure(l)/>
        <PathField path=format!("{p}.programme.sub_measure") label=t::editor_sub_measure(l)/>
        <PathField path=format!("{p}.programme.territorial_instrument") label=t::editor_territorial_instrument(l)/>
        <PathField path=format!("{p}.programme.call") label=t::editor_call(l)/>
    </fieldset>
    }
}

/// How many people or families the project is for, and on what basis.
fn participants_fields(p: &str, l: Locale) -> impl IntoView {
    let bases = options([
        ("planned", t::editor_basis_planned(l)),
        ("planned_at_least", t::editor_basis_planned_at_least(l)),
        ("approximate", t::editor_basis_approximate(l)),
        ("actual", t::editor_basis_actual(l)),
    ]);
    let units = options([("", t::editor_unit_persons(l)), ("families", t::editor_unit_families(l))]);
    view! {
    <fieldset>
        <legend>{t::editor_participants(l)}</legend>
        <PathField path=format!("{p}.participants.count") label=t::editor_participants_count(l)/>
        <Choice path=format!("{p}.participants.basis") legend=t::editor_participants_basis(l) options=bases/>
        <Choice path=format!("{p}.participants.unit") legend=t::editor_participants_unit(l) options=units/>
    </fieldset>
    }
}

/// How to apply: the words, documents, phones, hours and notes.
fn apply_fields(p: &str, l: Locale) -> impl IntoView {
    view! {
    <fieldset>
        <legend>{t::editor_how_to_apply(l)}</legend>
        <PathField path=format!("{p}.how_to_apply.text") label=t::editor_how_to_apply_text(l)/>
        <PathField path=format!("{p}.how_to_apply.documents") label=t::editor_documents(l) hint=t::editor_one_per_line(l)/>
        <PathField path=format!("{p}.phones") label=t::editor_project_phones(l) hint=t::editor_project_phones_hint(l)/>
        <fieldset>
            <legend>{t::editor_apply_hours(l)}</legend>
            <p class="hint">{t::editor_office_hours_hint(l)}</p>
            {week_hours(&format!("{p}.how_to_apply.hours"), l)}
        </fieldset>
        <PathField path=format!("{p}.notes") label=t::editor_notes(l) hint=t::editor_one_per_line(l)/>
    </fieldset>
    }
}
