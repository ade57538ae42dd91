//! The act's benefits among the results of a general check: each with what the act says of the
//! person's situation, every finding with the amounts it compared, the estimate with its calculation,
//! and the centre of the person's gmina, where the request goes.

use leptos::prelude::*;

use super::contact::contact_view;
use crate::benefits::check::{check_all, Estimate, Facts, Finding, Verdict};
use crate::benefits::explain::{estimate_steps, finding_name, finding_text, headline};
use crate::benefits::Benefit;
use crate::dates::format_long;
use crate::household::Household;
use crate::i18n::{t, Locale};
use crate::parameters::{ParametersFile, KRYTERIUM_DOCHODOWE};
use crate::places::powiat_of;
use crate::route::Route;
use crate::rules::explain::outcome_label;
use crate::ui::components::districts::district_anchor;
use crate::ui::context::polish_text;
use crate::ui::data::{powiat, Remote};
use crate::ui::nav::Link;

/// A finding with its outcome; where the benefit is met another way (zasiłek celowy by its income, not
/// a random event), a condition not met is not needed, and says so instead of "Niespełnione".
fn finding_view(f: &Finding, met_another_way: bool, l: Locale) -> impl IntoView {
    let spare = met_another_way && f.outcome() == crate::rules::Outcome::NotMet;
    let (code, label) = match spare {
        true => ("spare", t::benefit_condition_spare(l)),
        false => (f.outcome().code(), outcome_label(f.outcome(), l)),
    };
    view! {
        <li class=format!("criterion outcome-{code}")>
            <p class="criterion-head">
                <span class=format!("outcome-badge outcome-{code}")>{label}</span>
                " "<strong>{finding_name(f, l)}</strong>
            </p>
            <p>{finding_text(f, l)}</p>
        </li>
    }
}

fn estimate_view(e: &Estimate, day: chrono::NaiveDate, l: Locale) -> impl IntoView {
    let (steps, result) = estimate_steps(e, day, l);
    let unverified = matches!(e, Estimate::Staly(s) if s.unverified)
        .then(|| view! { " "<strong class="unverified">{t::benefit_unverified_mark(l)}</strong> });
    let steps = (!steps.is_empty()).then(|| {
        let items = steps
            .into_iter()
            .map(|s| view! { <li>{s.text}{s.source.map(|src| view! { " "<span class="rule-source">"("{src}")"</span> })}</li> })
            .collect_view();
        view! { <ol class="estimate-steps">{items}</ol> }
    });
    view! {
        <div class="estimate">
            <h4>{t::benefit_estimate_title(l)}</h4>
            {steps}
            <p class="estimate-result"><strong>{result}</strong>{unverified}</p>
            <p>{t::benefit_estimate_centre(l)}</p>
        </div>
    }
}

fn verdict_view(v: &Verdict, day: chrono::NaiveDate, l: Locale) -> impl IntoView {
    let source = t::benefit_rule_source(l, v.benefit.article());
    // Zasiłek celowy: the income, or a random event whatever the income (art. 39–40).
    let either = v.benefit == Benefit::ZasilekCelowy;
    let met = v.outcome == crate::rules::Outcome::Met;
    view! {
        <li class=format!("verdict verdict-{}", v.outcome.code())>
            <h3 lang="pl"><a href=Route::Benefit(v.benefit).link() rel="external">{v.benefit.name()}</a></h3>
            <p class="verdict-headline">{headline(v, l)}</p>
            {either.then(|| view! { <p>{t::benefit_either(l)}</p> })}
            <ul class="criteria">{v.findings.iter().map(|f| finding_view(f, either && met, l)).collect_view()}</ul>
            <p class="rule-source" lang=polish_text(l)>{source}</p>
            {v.estimate.as_ref().map(|e| estimate_view(e, day, l))}
        </li>
    }
}

/// The gmina's centre as the directory lists it, once its powiat's file has arrived. In a gmina whose
/// districts each have a centre (Warszawa), the district's centre by name, as a link to it on the
/// gmina's page, where its contacts are with the page each comes from; without a district, a link to
/// the districts' centres.
fn gmina_centre(gmina_code: Option<String>, district: Option<String>, l: Locale) -> impl IntoView {
    move || {
        let code = gmina_code.clone()?;
        let Remote::Ready(file) = powiat(powiat_of(&code)) else { return None };
        if file.districts_of(&code).next().is_none() {
            let c = file.centre_of(&code)?.clone();
            return contact_view(c.name, c.phones, c.hours, Some(c.source), l).map(|v| v.into_any());
        }
        let page = Route::Gmina { code: code.clone(), via: None }.link();
        let (name, href, lang) = match district.as_deref().and_then(|d| file.centre_of_district(d)) {
            Some(c) => (
                c.name.clone(),
                format!("{page}#{}", district_anchor(c.district.as_deref().unwrap_or_default())),
                polish_text(l),
            ),
            None => (t::check_district_centres(l).to_string(), page, None),
        };
        Some(
            view! { <p class="verdict-contact">{t::verdict_contact(l)}" "<a href=href rel="external" lang=lang>{name}</a></p> }
                .into_any(),
        )
    }
}

/// "Przygotuj wniosek": a request made from these answers and verdicts, to the gmina's centre.
fn request_start(h: Household, verdicts: Vec<Verdict>, day: chrono::NaiveDate, l: Locale) -> impl IntoView {
    let on_click = move |_| {
        let centre = centre_name(h.gmina_code.as_deref(), h.district.as_deref());
        crate::ui::docs::request::start_request(&h, &verdicts, &centre, day);
    };
    view! {
        <div class="request-start">
            <p><button type="button" class="button" on:click=on_click>{t::request_button(l)}</button></p>
            <p class="hint">{t::request_button_hint(l)}</p>
        </div>
    }
}

/// The name of the centre a request goes to: the district's in a city of district centres, else
/// the gmina's; empty when the directory has none (or its file has not arrived).
fn centre_name(code: Option<&str>, district: Option<&str>) -> String {
    let Some(code) = code else { return String::new() };
    let Remote::Ready(file) = powiat(powiat_of(code)) else { return String::new() };
    match district.and_then(|d| file.centre_of_district(d)) {
        Some(c) => c.name.clone(),
        None => file.centre_of(code).map(|c| c.name.clone()).unwrap_or_default(),
    }
}

/// The act's four benefits for the household on `day`, with the criterion in force that day.
pub fn benefit_results(h: &Household, params: &ParametersFile, day: chrono::NaiveDate, l: Locale) -> impl IntoView {
    let criterion = params.parameters.get(KRYTERIUM_DOCHODOWE).and_then(|c| c.on(day).ok());
    let verdicts = criterion.map(|c| check_all(&Facts::of(h, day), c.into(), day));
    let body = match verdicts {
        Some(verdicts) => view! {
            <ol class="verdicts">{verdicts.iter().map(|v| verdict_view(v, day, l)).collect_view()}</ol>
            {request_start(h.clone(), verdicts, day, l)}
        }
        .into_any(),
        None => view! { <p class="error-box">{t::check_benefits_no_criterion(l)}</p> }.into_any(),
    };
    view! {
        <section class="benefit-results" aria-labelledby="benefit-results">
            <h2 id="benefit-results">{t::benefits_title(l)}</h2>
            <p>{t::check_benefits_intro(l, format_long(day, l))}</p>
            <p>{t::check_benefits_centre(l)}</p>
            {gmina_centre(h.gmina_code.clone(), h.district.clone(), l)}
            {body}
        </section>
    }
}
