//! Results: each project with its verdict, best matches first, and for every criterion the reason, the
//! source and, when unknown, what to bring to the centre.

use leptos::prelude::*;

use super::benefits::benefit_results;
use super::contact::contact_view;
use super::data::{use_verdicts, with_benefits, with_data};
use super::state::{clear_answers, use_check};

use crate::catalogue::labels::status_detail;
use crate::catalogue::Centre;
use crate::declaration::category::categories_met;
use crate::declaration::prefill::prefill;

use crate::i18n::{t, Locale};
use crate::places::powiat_of;
use crate::questionnaire::Question;
use crate::route::Route;
use crate::rules::explain::{criterion_name, outcome_label, reason_text, verdict_headline, what_to_bring};
use crate::rules::{CriterionResult, Outcome};
use crate::ui::components::rules_summary::rule_source;
use crate::ui::components::status_badge::StatusBadge;
use crate::ui::components::title::use_page_title;
use crate::ui::context::{polish_text, today, use_locale};
use crate::ui::data::{powiat, Remote};
use crate::ui::docs::{docs_to_add, new_id};
use crate::ui::nav::Link;

pub(crate) fn criterion_view(r: &CriterionResult, l: Locale) -> impl IntoView {
    let bring = (r.outcome == Outcome::Unknown)
        .then(|| view! { <p class="bring"><strong>{t::bring_label(l)}</strong>" "{what_to_bring(r.kind(), l)}</p> });
    view! {
        <li class=format!("criterion outcome-{}", r.outcome.code())>
            <p class="criterion-head">
                <span class=format!("outcome-badge outcome-{}", r.outcome.code())>{outcome_label(r.outcome, l)}</span>
                " "
                <strong>{criterion_name(r.kind().code(), l)}</strong>
            </p>
            <p>{reason_text(r, l)}</p>
            {bring}
            <p class="rule-source">{rule_source(r.source(), l)}</p>
        </li>
    }
}

#[component]
pub fn ResultsPage() -> impl IntoView {
    let locale = use_locale();
    let ctx = use_check();
    let docs = docs_to_add();
    use_page_title(move || t::results_title(locale.get()).to_string());
    // A result is what the visit came for: now the service worker may keep the app for offline.
    Effect::new(|_| crate::ui::pwa::keep_offline_now());
    with_data(move |d| {
        let l = locale.get();
        let state = ctx.state.get();
        if d.params.is_none() {
            return view! { <h1>{t::results_title(l)}</h1><p class="error-box" role="alert">{t::results_no_parameters(l)}</p> }.into_any();
        }
        let day = state.as_of.map(|p| p.first_day()).unwrap_or_else(today);
        let verdicts = use_verdicts().get().0;
        // A general check without a gmina reads no projects (each is for some gminas' residents).
        let no_gmina = with_benefits(&state) && state.household.gmina_code.is_none();
        let cards = verdicts.iter().map(|v| {
            let entry = d.loaded.catalogue.project(&v.project_id).expect("verdicts come from the catalogue");
            let deciding: Vec<&CriterionResult> = v.rule.as_ref().map(|r| r.results()).unwrap_or_default();
            let priority = (!v.priority.is_empty()).then(|| view! {
                <h3>{t::rules_priority(l)}</h3>
                <ul class="criteria">{v.priority.iter().map(|r| criterion_view(r, l)).collect_view()}</ul>
            });
            let assumptions = (!v.assumptions.is_empty()).then(|| view! {
                <details class="assumptions">
                    <summary>{t::rules_assumptions(l)}</summary>
                    <ul lang=polish_text(l)>{v.assumptions.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ul>
                </details>
            });
            let outcome = v.outcome.map_or("none", Outcome::code);
            let contact = centre_contact(d.loaded.catalogue.centre_of(entry).clone(), entry.project.phones.clone(), l);
            let declare = v.can_declare().then(|| {
                let categories: Vec<String> = categories_met(v, &state.household).iter().map(|c| c.code()).collect();
                let (project_id, household) = (v.project_id.clone(), state.household.clone());
                let on_declare = move |_| {
                    let category = (categories.len() == 1).then(|| categories[0].clone());
                    let d = prefill(new_id('d'), &project_id, today(), &household, category);
                    let href = Route::Declaration(d.id.clone()).link();
                    let _ = docs.save(d);
                    crate::ui::nav::go(&href, false);
                };
                view! {
                    <p><button type="button" class="button" on:click=on_declare>
                        {t::declare_button(l)}<span class="visually-hidden">{format!(" ({})", entry.project.title)}</span>
                    </button></p>
                }
            });
            view! {
                <li class=format!("verdict verdict-{outcome}")>
                    <h2 lang=polish_text(l)><a href=Route::Project(entry.project.id.clone()).link() rel="external">{entry.project.title.clone()}</a></h2>
                    <p class="verdict-headline">{verdict_headline(v, l)}</p>
                    <p class="card-status"><StatusBadge kind=v.status.kind()/>" "{status_detail(&entry.project, v.status, l)}</p>
                    <ul class="criteria">{deciding.into_iter().map(|r| criterion_view(r, l)).collect_view()}</ul>
                    {priority}
                    {assumptions}
                    {contact}
                    {declare}
                </li>
            }
        }).collect_view();
        view! {
            <h1>{t::results_title(l)}</h1>
            <p class="lead">{t::results_intro(l, crate::dates::format_long(day, l))}</p>
            {no_gmina.then(|| view! {
                <p class="note">{t::check_no_gmina(l)}" "
                    <a href=Route::Question { question: Question::Gmina, changing: true }.link()>{t::check_no_gmina_link(l)}</a></p>
            })}
            <ol class="verdicts">{cards}</ol>
            {with_benefits(&state).then(|| d.params.as_ref().map(|p| benefit_results(&state.household, p, day, l)))}
            <div class="actions">
                <a href=Route::Answers.link() class="button secondary">{t::change_answers(l)}</a>
                <button type="button" class="button secondary" on:click=move |_| clear_answers(ctx)>{t::check_clear(l)}</button>
            </div>
        }
        .into_any()
    })
}

/// How to reach the centre about a project, from the same place its page takes it: the centre as the
/// directory lists it (its phones, office hours and source) when one does, else as the catalogue has it;
/// the project's own phones first when its page gives them.
fn centre_contact(centre: Centre, project_phones: Vec<String>, l: Locale) -> impl IntoView {
    move || {
        let listed = match powiat(powiat_of(&centre.teryt)) {
            Remote::Ready(file) => file.centre_of(&centre.teryt).cloned(),
            _ => None,
        };
        // The project's phones, else the directory's, else the centre file's; the directory's hours where
        // its words state days and times, else the centre file's.
        let listed_phones = listed.as_ref().map(|c| c.phones.clone()).unwrap_or_default();
        let phones = [&project_phones, &listed_phones, &centre.phones]
            .into_iter()
            .find(|p| !p.is_empty())
            .cloned()
            .unwrap_or_default();
        let hours = listed.as_ref().and_then(|c| c.hours.clone()).or_else(|| centre.office_hours.clone());
        let source = listed.map(|c| c.source);
        contact_view(centre.short_name.clone(), phones, hours, source, l)
    }
}
