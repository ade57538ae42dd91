use leptos::prelude::*;

use crate::i18n::{t, Locale};
use crate::rules::explain::criterion_summary;
use crate::rules::{Criterion, Eligibility, Rule};
use crate::ui::context::polish_text;

/// "Źródło: …" with the catalogue's Polish source text marked as Polish inside the reader's language.
pub fn rule_source(source: &str, l: Locale) -> impl IntoView {
    let around = t::rules_source(l);
    crate::ui::context::with_polish(around, source.to_string(), l)
}

fn criterion_item(c: &Criterion, l: Locale) -> impl IntoView {
    view! {
        <li>
            <span>{criterion_summary(&c.kind, l)}</span>
            <span class="rule-source">{rule_source(&c.source, l)}</span>
        </li>
    }
}

fn rule_view(rule: &Rule, l: Locale) -> AnyView {
    match rule {
        Rule::Criterion(c) => view! { <ul class="rules">{criterion_item(c, l)}</ul> }.into_any(),
        Rule::All(children) | Rule::Any(children) => {
            let heading = if matches!(rule, Rule::All(_)) { t::rules_all(l) } else { t::rules_any(l) };
            let items = children
                .iter()
                .map(|child| match child {
                    Rule::Criterion(c) => criterion_item(c, l).into_any(),
                    nested => view! { <li>{rule_view(nested, l)}</li> }.into_any(),
                })
                .collect_view();
            view! { <p class="rules-heading">{heading}</p><ul class="rules">{items}</ul> }.into_any()
        }
    }
}

/// A project's conditions as the catalogue records them, with their sources and assumptions.
#[component]
pub fn RulesSummary(eligibility: Option<Eligibility>, locale: Locale) -> impl IntoView {
    let l = locale;
    let body = match eligibility {
        None => view! { <p>{t::rules_none(l)}</p> }.into_any(),
        Some(e) => {
            let priority = (!e.priority.is_empty()).then(|| {
                view! {
                    <p class="rules-heading">{t::rules_priority(l)}</p>
                    <ul class="rules">{e.priority.iter().map(|c| criterion_item(c, l)).collect_view()}</ul>
                }
            });
            let assumptions = (!e.assumptions.is_empty()).then(|| {
                view! {
                    <h3>{t::rules_assumptions(l)}</h3>
                    <ul lang=polish_text(l)>{e.assumptions.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()}</ul>
                }
            });
            view! {
                <p class="note">{t::rules_indicative(l)}</p>
                {rule_view(&e.rule, l)}
                {priority}
                {assumptions}
            }
            .into_any()
        }
    };
    view! {
        <section aria-labelledby="rules">
            <h2 id="rules">{t::rules_title(l)}</h2>
            {body}
        </section>
    }
}
