//! "Check your answers": every question asked, its answer in words, and a link to change it.

use leptos::prelude::*;

use super::data::{question_list, with_data};
use super::labels::{income_kind_label, member_label, question_title};
use super::state::{use_check, CheckState};
use crate::household::Answer;
use crate::i18n::{t, Locale};
use crate::money::format_pln;
use crate::questionnaire::yes_no_answer;
use crate::questionnaire::Question;
use crate::route::Route;
use crate::rules::explain::{art7_label, at_risk_label, certificate_label};
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;
use crate::ui::nav::Link;

fn answer_word(a: Answer, l: Locale) -> &'static str {
    match a {
        Answer::Yes => t::answer_yes(l),
        Answer::No => t::answer_no(l),
        Answer::Unknown => t::answer_unknown(l),
    }
}

fn listed<T: Copy>(items: &Option<Vec<T>>, label: fn(T, Locale) -> &'static str, l: Locale) -> String {
    match items {
        None => t::answer_unknown(l).to_string(),
        Some(v) if v.is_empty() => t::answer_none_of_these(l).to_string(),
        Some(v) => v.iter().map(|x| label(*x, l)).collect::<Vec<_>>().join("; "),
    }
}

/// The household's district by name, from its powiat's file (here once the gmina's part is).
fn district_name(h: &crate::household::Household) -> Option<String> {
    let code = h.district.as_deref()?;
    match crate::ui::data::powiat(crate::places::powiat_of(code)) {
        crate::ui::data::Remote::Ready(file) => file.districts.iter().find(|d| d.code == code).map(|d| d.name.clone()),
        _ => None,
    }
}

/// The answer to `q` in words.
pub fn answer_text(q: Question, s: &CheckState, l: Locale) -> String {
    let h = &s.household;
    match q {
        Question::Gmina => h.gmina.clone().unwrap_or_else(|| t::answer_unknown(l).to_string()),
        Question::District => district_name(h).unwrap_or_else(|| t::answer_unknown(l).to_string()),
        Question::Family => h
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| {
                if i == 0 {
                    match m.age {
                        Some(a) => format!("{} ({})", member_label(0, m, l), t::age_years(l, a as i64)),
                        None => member_label(0, m, l),
                    }
                } else {
                    member_label(i, m, l)
                }
            })
            .collect::<Vec<_>>()
            .join("; "),
        Question::Incomes => {
            if h.members.iter().any(|m| m.incomes.is_none()) {
                return t::answer_unknown(l).to_string();
            }
            h.members
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    let incomes = m.incomes.as_deref().unwrap_or_default();
                    let text = if incomes.is_empty() {
                        t::no_income(l).to_string()
                    } else {
                        incomes
                            .iter()
                            .map(|inc| format!("{} {}", income_kind_label(inc.kind, l), format_pln(inc.monthly, l)))
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    format!("{}: {text}", member_label(i, m, l))
                })
                .collect::<Vec<_>>()
                .join("; ")
        }
        Question::Certificates => h
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| format!("{}: {}", member_label(i, m, l), certificate_label(m.certificate, l)))
            .collect::<Vec<_>>()
            .join("; "),
        Question::Sex => match h.applicant().and_then(|m| m.sex) {
            Some(crate::pesel::Sex::Female) => t::sex_female(l),
            Some(crate::pesel::Sex::Male) => t::sex_male(l),
            None => t::sex_not_said(l),
        }
        .to_string(),
        Question::AtRisk => listed(&h.at_risk, at_risk_label, l),
        Question::Art7 => listed(&h.art7, art7_label, l),
        other => yes_no_answer(other, h).map(|a| answer_word(a, l).to_string()).unwrap_or_default(),
    }
}

#[component]
pub fn AnswersPage() -> impl IntoView {
    let locale = use_locale();
    let ctx = use_check();
    use_page_title(move || t::answers_title(locale.get()).to_string());
    with_data(move |d| {
        let l = locale.get();
        let state = ctx.state.get();
        let list = question_list(&d, &state);
        let rows = list.iter().map(|q| {
            let q = *q;
            let answered = state.is_answered(q);
            let text = if answered { answer_text(q, &state, l) } else { t::not_answered(l).to_string() };
            let href = Route::Question { question: q, changing: true }.link();
            let link = if answered { t::change(l) } else { t::answer_now(l) };
            view! {
                <div class="summary-row">
                    <dt>{question_title(q, l)}</dt>
                    <dd>{text}</dd>
                    <dd class="summary-action">
                        <a href=href>{link}<span class="visually-hidden">{format!(": {}", question_title(q, l))}</span></a>
                    </dd>
                </div>
            }
        }).collect_view();
        let back = list
            .last()
            .map(|&question| Route::Question { question, changing: false })
            .unwrap_or_else(|| super::state::start_route(&state))
            .link();
        view! {
            <p class="back"><a href=back>{"← "}{t::back(l)}</a></p>
            <h1>{t::answers_title(l)}</h1>
            <dl class="summary">{rows}</dl>
            <p><a href=Route::Results.link() class="button">{t::show_results(l)}</a></p>
        }
    })
}
