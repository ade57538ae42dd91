//! The rule builder on a project's page: the conditions of `eligibility.rule` as groups ("all of
//! them" or "any one") holding conditions and groups, each condition with its own fields, id and
//! source; the assumptions; and the conditions shown back in the words residents will read. The tree
//! is drawn again only when its shape changes (a part added, removed or regrouped); typing changes
//! values, never the shape.

use leptos::prelude::*;

use super::form::{group_options, own_error, Checks, PathField};
use super::gminas::gmina_list;
use super::state::{change, use_editing};
use crate::editor::draft::field_id;
use crate::editor::json::Json;
use crate::editor::rules::{depth, read, shape, Node, MAX_DEPTH};
use crate::household::{Art7Ground, Certificate};
use crate::i18n::{t, Locale};
use crate::rules::explain::{art7_label, criterion_name};
use crate::rules::{certificate_label, CriterionCode};
use crate::ui::components::rules_summary::RulesSummary;
use crate::ui::form::choices::{options_view, Choice, Control};
use crate::ui::form::error::FieldMessage;

fn name_of(code: Option<CriterionCode>, l: Locale) -> &'static str {
    code.map_or(t::editor_rule_unknown_kind(l), |c| criterion_name(c, l))
}

/// A condition's own fields, by its kind.
fn kind_fields(code: Option<CriterionCode>, path: &str, l: Locale) -> AnyView {
    use CriterionCode as C;
    match code {
        Some(C::Residence) => gmina_list(path.to_string(), t::editor_residence_gminas(l), l).into_any(),
        Some(C::Income) => view! {
            <PathField path=format!("{path}.percent") label=t::editor_income_percent(l) hint=t::editor_income_percent_hint(l)/>
        }
        .into_any(),
        Some(C::Age) => view! {
            <p class="hint">{t::editor_age_hint(l)}</p>
            <PathField path=format!("{path}.min") label=t::editor_age_min(l)/>
            <PathField path=format!("{path}.max") label=t::editor_age_max(l)/>
        }
        .into_any(),
        Some(C::TargetGroup) => view! {
            <Checks path=format!("{path}.groups") legend=t::editor_rule_groups(l) options=group_options(l) keep_empty=true/>
        }
        .into_any(),
        Some(C::Art7Ground) => {
            let options = Art7Ground::ALL.into_iter().map(|g| (g.code(), art7_label(g, l))).collect();
            view! { <Checks path=format!("{path}.grounds") legend=t::editor_grounds(l) hint=t::editor_grounds_hint(l) options/> }
                .into_any()
        }
        Some(C::DisabilityCertificate | C::Carer) => {
            let options = Certificate::ANSWERS
                .into_iter()
                .filter(|c| c.is_held())
                .map(|c| (c.code(), certificate_label(c, l)))
                .collect();
            view! {
                <Checks path=format!("{path}.certificates") legend=t::editor_certificates(l) options keep_empty=true/>
                <PathField path=format!("{path}.age_from") label=t::editor_age_from(l)/>
                <PathField path=format!("{path}.age_under") label=t::editor_age_under(l)/>
            }
            .into_any()
        }
        Some(C::AtRisk | C::RegisteredUnemployed | C::RevitalisationArea) => ().into_any(),
        None => view! { <p class="hint">{t::editor_rule_unknown_hint(l)}</p> }.into_any(),
    }
}

/// Every kind of condition as an option of a select, by its code.
fn kind_options(l: Locale) -> impl IntoView {
    CriterionCode::ALL
        .into_iter()
        .map(|code| view! { <option value=code.code()>{name_of(Some(code), l)}</option> })
        .collect_view()
}

/// The kind chosen in a select of [`kind_options`].
fn chosen_kind(ev: &leptos::ev::Event) -> CriterionCode {
    CriterionCode::from_code(&event_target_value(ev)).unwrap_or(CriterionCode::ALL[0])
}

fn remove_button(path: String, label: &'static str) -> impl IntoView {
    view! {
        <p><button type="button" class="button button-secondary" on:click=move |_| { let path = path.clone(); change(move |d| d.remove_item(&path)) }>{label}</button></p>
    }
}

fn criterion_view(path: String, code: Option<CriterionCode>, removable: bool, l: Locale) -> AnyView {
    let id = field_id(&path);
    let heading = format!("{id}-name");
    let error = own_error(vec![path.clone(), format!("{path}.criterion"), format!("{path}.parameter")]);
    let labelled = heading.clone();
    view! {
        <div class="rule-criterion" role="group" aria-labelledby=labelled id=id.clone()>
            <h4 id=heading>{name_of(code, l)}</h4>
            <FieldMessage id=format!("{id}-error") message=error/>
            {kind_fields(code, &path, l)}
            <PathField path=format!("{path}.source") label=t::editor_condition_source(l) hint=t::editor_condition_source_hint(l)/>
            <PathField path=format!("{path}.id") label=t::editor_condition_id(l) hint=t::editor_condition_id_hint(l)/>
            {removable.then(|| remove_button(path.clone(), t::editor_condition_remove(l)))}
        </div>
    }
    .into_any()
}

/// A kind to pick and the buttons that add a condition of it, or a group starting with it.
fn add_row(path: String, groups_allowed: bool, l: Locale) -> impl IntoView {
    let select_id = format!("{}-new", field_id(&path));
    let kind = RwSignal::new(CriterionCode::ALL[0]);
    let add = move |as_group: bool| {
        let path = path.clone();
        move |_| {
            let (path, code) = (path.clone(), kind.get_untracked());
            change(move |d| d.add_condition(&path, code, as_group));
        }
    };
    view! {
        <div class="rule-add">
            <label for=select_id.clone()>{t::editor_condition_kind(l)}</label>
            <select id=select_id on:change=move |ev| kind.set(chosen_kind(&ev))>
                {kind_options(l)}
            </select>
            " "<button type="button" class="button button-secondary" on:click=add(false)>{t::editor_condition_add(l)}</button>
            {groups_allowed.then(|| view! { " "<button type="button" class="button button-secondary" on:click=add(true)>{t::editor_group_add(l)}</button> })}
        </div>
    }
}

fn group_view(path: String, all: bool, items: Vec<Node>, l: Locale) -> AnyView {
    let id = field_id(&path);
    let top = depth(&path) == 0;
    let list = format!("{path}.{}", if all { "all" } else { "any" });
    let error = own_error(vec![path.clone(), list.clone()]);
    let how = |is_all: bool, label: &'static str| {
        let path = path.clone();
        let regroup = move |_| {
            let path = path.clone();
            change(move |d| d.regroup(&path, is_all))
        };
        Choice::new(label, Signal::derive(move || all == is_all), regroup)
    };
    let how = vec![how(true, t::editor_group_all(l)), how(false, t::editor_group_any(l))];
    let children = items.into_iter().map(|node| view! { <li>{node_view(node, true, l)}</li> }).collect_view();
    view! {
        <fieldset class="rule-group" id=id.clone()>
            <legend>{if top { t::editor_rules_top(l) } else { t::editor_group_legend(l) }}</legend>
            <FieldMessage id=format!("{id}-error") message=error/>
            {options_view(Control::Radio, &format!("{id}-how"), how)}
            <ol class="rule-items" id=field_id(&list)>{children}</ol>
            {add_row(path.clone(), depth(&path) + 1 < MAX_DEPTH, l)}
            {(!top).then(|| remove_button(path.clone(), t::editor_group_remove(l)))}
        </fieldset>
    }
    .into_any()
}

fn node_view(node: Node, removable: bool, l: Locale) -> AnyView {
    match node {
        Node::Group { path, all, items } => group_view(path, all, items, l),
        Node::Criterion { path, code } => criterion_view(path, code, removable, l),
        Node::Other { path } => criterion_view(path, None, removable, l),
    }
}

/// The conditions the source gives priority for (they exclude no one), each drawn as a rule's
/// condition, and a row to add one.
fn preference(p: String, l: Locale) -> impl IntoView {
    let editing = use_editing();
    let list = format!("{p}.eligibility.priority");
    let items = {
        let list = list.clone();
        Memo::new(move |_| {
            editing.draft.with(|d| {
                let Some(d) = d else { return Vec::new() };
                let count = d.file.get(&list).and_then(Json::as_array).map_or(0, Vec::len);
                (0..count)
                    .map(|i| {
                        let at = format!("{list}[{i}]");
                        let code = CriterionCode::from_code(&d.file.text(&format!("{at}.criterion")));
                        (at, code)
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let select_id = format!("{}-new", field_id(&list));
    let kind = RwSignal::new(CriterionCode::ALL[0]);
    let add = move |_| {
        let (p, code) = (p.clone(), kind.get_untracked());
        change(move |d| d.add_priority(&p, code));
    };
    view! {
        <fieldset class="rule-group" id=field_id(&list)>
            <legend>{t::editor_preference(l)}</legend>
            <p class="hint">{t::editor_preference_hint(l)}</p>
            {move || {
                let now = items.get();
                if now.is_empty() {
                    view! { <p>{t::editor_preference_none(l)}</p> }.into_any()
                } else {
                    view! {
                        <ol class="rule-items">
                            {now.into_iter().map(|(at, code)| view! { <li>{criterion_view(at, code, true, l)}</li> }).collect_view()}
                        </ol>
                    }
                    .into_any()
                }
            }}
            <div class="rule-add">
                <label for=select_id.clone()>{t::editor_condition_kind(l)}</label>
                <select id=select_id on:change=move |ev| kind.set(chosen_kind(&ev))>
                    {kind_options(l)}
                </select>
                " "<button type="button" class="button button-secondary" on:click=add>{t::editor_preference_add(l)}</button>
            </div>
        </fieldset>
    }
}

/// The conditions of the project at `p` (`projects[0]`), built and shown back.
#[component]
pub fn RuleBuilder(p: String, l: Locale) -> impl IntoView {
    let editing = use_editing();
    let at = format!("{p}.eligibility");
    let rule_path = format!("{at}.rule");
    let tree = {
        let rule_path = rule_path.clone();
        Memo::new(move |_| editing.draft.with(|d| d.as_ref().and_then(|d| shape(&d.file, &rule_path))))
    };
    let read_back = {
        let at = at.clone();
        Memo::new(move |_| editing.draft.with(|d| d.as_ref().and_then(|d| read(&d.file, &at)).and_then(Result::ok)))
    };
    let error = own_error(vec![at.clone(), rule_path.clone()]);
    let asking = RwSignal::new(false);
    let body = {
        let (p, at, rule_path) = (p.clone(), at.clone(), rule_path.clone());
        move || match tree.get() {
            None => {
                let p = p.clone();
                view! {
                    <p>{t::editor_rules_none(l)}</p>
                    <p><button type="button" class="button button-secondary" on:click=move |_| { let p = p.clone(); change(move |d| d.start_rules(&p)) }>{t::editor_rules_start(l)}</button></p>
                }
                .into_any()
            }
            Some(node) => {
                let single = !matches!(node, Node::Group { .. });
                let at = at.clone();
                view! {
                    {node_view(node, false, l)}
                    {single.then(|| add_row(rule_path.clone(), true, l))}
                    <PathField path=format!("{at}.assumptions") label=t::editor_assumptions(l) hint=t::editor_assumptions_hint(l)/>
                    {preference(p.clone(), l)}
                    {move || if asking.get() {
                        let at = at.clone();
                        view! {
                            <p class="confirm-remove" role="group" aria-label=t::editor_rules_remove_confirm(l)>
                                {t::editor_rules_remove_confirm(l)}" "
                                <button type="button" class="button warning" on:click=move |_| { let at = at.clone(); change(move |d| { d.file.remove(&at); }); asking.set(false) }>{t::editor_remove_yes(l)}</button>
                                " "<button type="button" class="button button-secondary" on:click=move |_| asking.set(false)>{t::editor_remove_no(l)}</button>
                            </p>
                        }.into_any()
                    } else {
                        view! { <p><button type="button" class="link-button" on:click=move |_| asking.set(true)>{t::editor_rules_remove_all(l)}</button></p> }.into_any()
                    }}
                }
                .into_any()
            }
        }
    };
    let id = field_id(&at);
    view! {
        <fieldset class="rules-builder" id=id.clone()>
            <legend>{t::editor_rules(l)}</legend>
            <p class="hint">{t::editor_rules_hint(l)}</p>
            <FieldMessage id=format!("{id}-error") message=error/>
            {body}
            <section class="rules-read-back" aria-labelledby="rules-read-back">
                <h3 id="rules-read-back">{t::editor_rules_read_back(l)}</h3>
                {move || match read_back.get() {
                    Some(e) => view! { <RulesSummary eligibility=Some(e) locale=l/> }.into_any(),
                    None if tree.read().is_none() => view! { <RulesSummary eligibility=None locale=l/> }.into_any(),
                    None => view! { <p>{t::editor_rules_read_back_waiting(l)}</p> }.into_any(),
                }}
            </section>
        </fieldset>
    }
}
