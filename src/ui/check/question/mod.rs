//! One question per page. Each kind of question is a component of its own beside this file; it keeps a
//! draft while the person types, and "Dalej" checks it, shows problems at the fields and in a summary,
//! or saves the answer and moves on.

use std::sync::Arc;

use leptos::prelude::*;

use super::data::{after, check_data, question_list, with_data, CheckData, DataState};
use super::state::{use_check, CheckCtx, CheckState};
use crate::i18n::t;
use crate::questionnaire::{previous, Question};
use crate::route::Route;
use crate::ui::check::labels::{question_hint, question_title};
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;
use crate::ui::form::choices::fieldset_described_by;
use crate::ui::form::error::{focus_error_summary, ErrorSummary, FieldError};
use crate::ui::nav::Link;

mod certificates;
mod choices;
mod district;
mod family;
mod gmina;
mod incomes;
mod sex;
mod submit;
mod yes_no;

use submit::OnSubmit;

#[component]
pub fn QuestionPage(question: Question, changing: bool) -> impl IntoView {
    with_data(move |d| view! { <QuestionForm data=d question changing/> })
}

/// The question's own component, with what it reads of the data (the gmina's districts).
fn question_body(
    question: Question,
    data: &CheckData,
    state: &CheckState,
    errors: ReadSignal<Vec<FieldError>>,
    on_submit: &OnSubmit,
) -> AnyView {
    match question {
        Question::Gmina => {
            view! { <gmina::GminaQuestion state=state.clone() errors on_submit=on_submit.clone()/> }.into_any()
        }
        Question::Family => view! { <family::FamilyQuestion state=state.clone() errors on_submit=on_submit.clone()/> }.into_any(),
        Question::District => {
            let gmina = state.household.gmina_code.clone().unwrap_or_default();
            let districts: Vec<_> = data.districts.iter().filter(|d| d.gmina == gmina).cloned().collect();
            view! { <district::DistrictQuestion state=state.clone() districts errors on_submit=on_submit.clone()/> }
                .into_any()
        }
        Question::Sex => view! { <sex::SexQuestion state=state.clone() errors on_submit=on_submit.clone()/> }.into_any(),
        Question::Incomes => view! { <incomes::IncomesQuestion state=state.clone() errors on_submit=on_submit.clone()/> }.into_any(),
        Question::Certificates => {
            view! { <certificates::CertificatesQuestion state=state.clone() errors on_submit=on_submit.clone()/> }.into_any()
        }
        Question::AtRisk | Question::Art7 => {
            view! { <choices::ChoicesQuestion question state=state.clone() on_submit=on_submit.clone()/> }.into_any()
        }
        yes_no_question => {
            view! { <yes_no::YesNoQuestion question=yes_no_question state=state.clone() errors on_submit=on_submit.clone()/> }.into_any()
        }
    }
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
    let back = back_link(&list, &state, question, changing);
    use_page_title(move || {
        let title = question_title(question, l).to_string();
        if errors.get().is_empty() {
            title
        } else {
            t::error_title(l, title)
        }
    });

    let on_submit = OnSubmit::new();
    let body = question_body(question, &data, &state, errors, &on_submit);

    let has_hint = question_hint(question, l).is_some();
    // A yes / no question's error is the fieldset's own (its radios have no field of their own).
    let described_by = move || {
        let error = errors.read().iter().any(|e| e.id == "answer");
        fieldset_described_by(has_hint.then_some("question-hint"), error.then_some("answer-error"))
    };
    let hint = question_hint(question, l).map(|h| view! { <p class="hint" id="question-hint">{h}</p> });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match on_submit.run() {
            Err(found) => {
                set_errors.set(found);
                focus_error_summary();
            }
            Ok(apply) => {
                set_errors.set(Vec::new());
                let mut next_state = ctx.state.get_untracked();
                apply(&mut next_state);
                next_state.mark_answered(question);
                ctx.state.set(next_state);
                if changing {
                    crate::ui::nav::go(&Route::Answers.link(), false);
                } else {
                    expect_context::<Answered>().0.set(Some(question));
                }
            }
        }
    };

    view! {
        <p class="back"><a href=back>{"← "}{t::back(l)}</a></p>
        {progress.map(|p| view! { <p class="progress">{p}</p> })}
        <ErrorSummary errors=errors/>
        <form class="question" on:submit=on_submit novalidate>
            <fieldset aria-describedby=described_by>
                <legend><h1>{question_title(question, l)}</h1></legend>
                {hint}
                {body}
            </fieldset>
            <button type="submit" class="button">{t::continue_button(l)}</button>
        </form>
    }
}

/// The question just answered, until the page after it is known: an answer that changes what the
/// check reads (the gmina: its powiat's projects) waits for that part, whose rules decide what is asked
/// next.
#[derive(Clone, Copy)]
struct Answered(RwSignal<Option<Question>>);

/// Goes on from each answered question once the data of the check under way is here.
pub fn go_on_when_ready(check: CheckCtx) {
    let answered = RwSignal::new(None::<Question>);
    provide_context(Answered(answered));
    Effect::new(move |_| {
        let Some(question) = answered.get() else { return };
        let DataState::Ready(d) = check_data() else { return };
        answered.set(None);
        crate::ui::nav::go(&after(&d, &check.state.get_untracked(), question), false);
    });
}

/// The gmina's answer taken on the start page ([`super::first_question`]; `None`: "Nie wiem"), saved as
/// its question's "Dalej" saves it; the check goes on once the gmina's projects are here.
pub fn take_gmina(check: CheckCtx, picked: Option<crate::ui::components::place_search::Picked>) {
    let mut next = check.state.get_untracked();
    match picked {
        Some(picked) => gmina::apply(picked)(&mut next),
        None => gmina::unknown_gmina()(&mut next),
    }
    next.mark_answered(Question::Gmina);
    check.state.set(next);
    expect_context::<Answered>().0.set(Some(Question::Gmina));
}

/// Where "Wstecz" leads: the answers when changing one, else the question before, or the start.
fn back_link(list: &[Question], state: &CheckState, question: Question, changing: bool) -> String {
    if changing {
        return Route::Answers.link();
    }
    match previous(list, question) {
        Some(question) => Route::Question { question, changing: false }.link(),
        None => super::state::start_route(state).link(),
    }
}
