use leptos::prelude::*;

use super::data::{question_list, with_data_of, CheckData};
use super::first_question::{FirstQuestion, StartAnswer};
use super::state::{clear_answers, use_check, CheckCtx};
use crate::catalogue::Entry;
use crate::dates::{format_long, parse_iso, PartialDate};
use crate::i18n::{t, Locale};
use crate::route::Route;
#[cfg(feature = "pages-checker")]
use crate::ui::components::gmina_picker::only_gmina_named;
use crate::ui::components::rules_summary::RulesSummary;
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;
use crate::ui::data::{catalogue_part, Part as CataloguePart, Remote};
use crate::ui::island::{handed_over, island, Handover, Part};
use crate::ui::nav::Link;
use crate::ui::pages::not_found::NotFound;

#[component]
pub fn StartPage(project: Option<String>) -> impl IntoView {
    let locale = use_locale();
    let ctx = use_check();
    // A page for one project names it in its title; the general checker has its own.
    let part = project.clone().map(CataloguePart::Project);
    let titled = project.clone();
    use_page_title(move || {
        let l = locale.get();
        let Some(id) = &titled else { return t::check_title(l).to_string() };
        match catalogue_part(&CataloguePart::Project(id.clone())) {
            Remote::Ready(loaded) => match loaded.catalogue.project(id) {
                Some(e) => t::check_title_project(l, &e.project.title),
                None => t::not_found_title(l).to_string(),
            },
            _ => t::check_title(l).to_string(),
        }
    });
    with_data_of(part, move |d| {
        let l = locale.get();
        let id = project.clone();
        let entry = match &id {
            Some(id) => match d.loaded.catalogue.project(id) {
                Some(e) => Some(e.clone()),
                None => {
                    return view! { <NotFound message=Signal::derive(move || t::not_found_project(locale.get()).to_string())/> }
                        .into_any()
                }
            },
            None => None,
        };
        let projects: Vec<String> = entry.iter().map(|e| e.project.id.clone()).collect();
        let intro = intro(entry.as_ref(), &d, l);
        let saved = move || ctx.state.get().has_answers();
        let start = start_control(ctx, d.clone(), projects, l);
        view! {
            <h1>{t::check_title(l)}</h1>
            {intro}
            <ul class="plain-list">
                <li>{t::check_point_questions(l)}</li>
                <li>{t::check_point_unknown(l)}</li>
                <li>{t::check_point_private(l)}</li>
            </ul>
            <StaffDate/>
            {start}
            <Show when=saved>{saved_answers(ctx, l)}</Show>
        }
        .into_any()
    })
}

/// How the check starts: a general check asks its first question, the gmina, on this page; a
/// project's starts with "Zacznij". Pressed on the page as written, before this app came to draw it
/// (`ui::islands`), it is handed over, with the answer when there is one, and taken here.
fn start_control(ctx: CheckCtx, data: std::sync::Arc<CheckData>, projects: Vec<String>, l: Locale) -> AnyView {
    let general = projects.is_empty();
    let begin = Callback::new(move |answer: StartAnswer| {
        ctx.state.update(|s| s.projects = projects.clone());
        let picked = match answer {
            StartAnswer::Nothing => {
                let target = match question_list(&data, &ctx.state.get_untracked()).first() {
                    Some(&question) => Route::Question { question, changing: false }.link(),
                    None => Route::Answers.link(),
                };
                return crate::ui::nav::go(&target, false);
            }
            StartAnswer::Unknown => None,
            StartAnswer::Gmina { code, name, district } => Some(super::first_question::picked(code, name, district)),
        };
        super::question::take_gmina(ctx, picked);
    });
    let given = StoredValue::new(
        handed_over(Handover::CheckGmina)
            .map(|text| StartAnswer::decode(&text))
            .or_else(|| handed_over(Handover::CheckStart).map(|_| StartAnswer::Nothing)),
    );
    Effect::new(move |_| {
        if let Some(answer) = given.get_value() {
            given.set_value(None);
            begin.run(answer);
        }
    });
    if general {
        return island(Part::CheckGmina, view! { <FirstQuestion on_start=begin given=given.get_value()/> });
    }
    let start = view! {
        <p><button type="button" class="button start" on:click=move |_| begin.run(StartAnswer::Nothing)>{t::check_start(l)}</button></p>
    };
    island(Part::CheckStart, start)
}

/// What the checker will check: the one project (its title, its page, its conditions), or every one.
fn intro(entry: Option<&Entry>, d: &CheckData, l: Locale) -> AnyView {
    match entry {
        Some(e) => view! {
            <p class="lead">{
                // The project's Polish title inside a sentence in the page's language.
                let around = t::check_intro_project(l);
                crate::ui::context::with_polish(around, e.project.title.clone(), l)
            }</p>
            <p><a href=Route::Project(e.project.id.clone()).link() rel="external">{t::check_project_link(l)}</a></p>
            <RulesSummary eligibility=d.rules_of(e).cloned() locale=l/>
        }
        .into_any(),
        None => view! { <p class="lead">{t::check_intro_all(l)}</p> }.into_any(),
    }
}

/// Answers kept on the device from before, and the way to clear them.
fn saved_answers(ctx: CheckCtx, l: Locale) -> impl IntoView {
    view! {
        <section class="saved" aria-labelledby="saved-title">
            <h2 id="saved-title">{t::check_saved_title(l)}</h2>
            <p>{t::check_saved_text(l)}</p>
            <button type="button" class="button secondary" on:click=move |_| clear_answers(ctx)>{t::check_clear(l)}</button>
        </section>
    }
}

/// For staff: check as of another day (the seed projects have all ended).
#[component]
fn StaffDate() -> impl IntoView {
    let ctx = use_check();
    let locale = use_locale();
    let l = locale.get_untracked();
    let draft = RwSignal::new(ctx.state.get_untracked().as_of.map(|d| d.to_string()).unwrap_or_default());
    let error = RwSignal::new(false);
    let apply_draft = move || match parse_iso(&draft.get_untracked()) {
        Some(day) => {
            error.set(false);
            ctx.state.update(|s| s.as_of = Some(PartialDate::Day(day)));
        }
        None => error.set(true),
    };
    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        apply_draft();
    };
    // A day typed on the page as written, before this app came to draw it (`ui::islands`).
    if let Some(typed) = handed_over(Handover::CheckAsOf) {
        draft.set(typed);
        apply_draft();
    }
    view! {
        {move || ctx.state.get().as_of.map(|d| view! {
            <div class="as-of-banner" role="status">
                <p>{t::check_as_of_banner(l, format_long(d.first_day(), l))}</p>
                <button type="button" class="button secondary" on:click=move |_| ctx.state.update(|s| s.as_of = None)>
                    {t::as_of_today(l)}
                </button>
            </div>
        })}
        {island(Part::CheckAsOf, view! {
        <details class="staff" open=move || error.get()>
            <summary>{t::check_as_of_hint(l)}</summary>
            <form class="as-of-form" on:submit=apply novalidate>
                <div class="field">
                    <label for="check-as-of">{t::as_of_label(l)}</label>
                    <Show when=move || error.get()>
                        <p class="field-error" id="check-as-of-error">{t::as_of_invalid(l)}</p>
                    </Show>
                    <input type="date" id="check-as-of" prop:value=move || draft.get()
                        aria-invalid=move || error.get().then_some("true")
                        on:input=move |ev| draft.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="button">{t::as_of_apply(l)}</button>
            </form>
        </details>
        })}
    }
}

/// "Zacznij" as written, brought to life by the islands bundle: pressed, it loads the checker app,
/// which starts the questions. The app's files come meanwhile ([`crate::ui::island::prepare_app`]).
#[cfg(feature = "pages-checker")]
pub fn check_start_alive(el: &web_sys::HtmlElement) {
    crate::ui::island::prepare_app();
    let Some(button) = crate::ui::island::find(el, "button") else { return };
    crate::ui::island::on(&button, "click", |_| crate::ui::island::hand_over_to_app(Handover::CheckStart, "yes"));
}

/// The general check's first question as written, brought to life by the islands bundle: the matches
/// of what is typed shown under it (the place search's own code), and the answer handed to the checker
/// app, whose files come while the resident answers (once the gmina index is here). Only given what to do, rather than drawn again
/// by [`super::first_question::FirstQuestion`], whose view code cost the bundle 7 KB gzip, measured.
#[cfg(feature = "pages-checker")]
pub fn first_question_alive(el: &web_sys::HtmlElement) {
    use crate::ui::components::place_search::{place_matches, Pick};
    use crate::ui::island::{find, on};
    use wasm_bindgen::JsCast;

    // The gmina index first, which this question needs, then the app, which the next one needs: on a
    // slow line the two side by side made the index arrive 0.5 s later (`make bench`).
    Effect::new(|_| {
        if !matches!(crate::ui::data::places(), crate::ui::data::Remote::Loading) {
            crate::ui::island::prepare_app();
        }
    });
    let (Some(form), Some(results)) = (find(el, "form"), find(el, "#place-results")) else { return };
    let typed = RwSignal::new(String::new());
    let started = RwSignal::new(false);
    let given = RwSignal::new(false);
    let l = crate::ui::context::use_locale().get_untracked();
    let field = |id: &str| document().get_element_by_id(id).map(JsCast::unchecked_into::<web_sys::HtmlInputElement>);
    // Said under the field, where the page says it (`FirstQuestion`'s status), the matches put away;
    // then handed over, once.
    let give = move |answer: StartAnswer| {
        if given.get_untracked() {
            return;
        }
        given.set(true);
        started.set(false);
        if let Some(status) = document().get_element_by_id("start-status") {
            status.set_text_content(Some(t::check_next_coming(l)));
            if answer != StartAnswer::Nothing {
                let _ = status.set_attribute("data-answer-taken", "");
            }
        }
        // What the app reads first for this answer: the gmina's powiat and the dated parameters.
        if let StartAnswer::Gmina { code, .. } = &answer {
            let powiat = crate::directory::powiat_file(crate::places::powiat_of(code));
            crate::ui::island::preload(&format!("{}{powiat}", crate::places::DATA_URL));
        }
        crate::ui::island::preload(&format!(
            "{}{}",
            crate::ui::load::CATALOGUE_URL,
            crate::parameters::PARAMETERS_FILE
        ));
        crate::ui::island::hand_over_to_app(Handover::CheckGmina, &answer.encode());
    };
    // The form's two fields read: the search's text, and "Nie wiem" (which turns it off).
    let read = move || {
        let (Some(search), Some(unknown)) = (field("gmina"), field("gmina-unknown")) else { return };
        search.set_disabled(unknown.checked());
        typed.set(search.value());
        started.set(true);
    };
    // What was typed or ticked in the page as written before the bundle came is searched at once.
    if field("gmina").is_some_and(|s| !s.value().is_empty()) || field("gmina-unknown").is_some_and(|u| u.checked()) {
        read();
    }
    on(&form, "input", move |_| read());
    on(&form, "submit", move |ev| {
        ev.prevent_default();
        give(match field("gmina-unknown").is_some_and(|u| u.checked()) {
            true => StartAnswer::Unknown,
            false => only_gmina_named(&typed.get_untracked()).map_or(StartAnswer::Nothing, StartAnswer::from),
        });
    });
    let pick = Callback::new(move |picked: crate::ui::components::place_search::Picked| give(picked.into()));
    leptos::mount::mount_to(results.unchecked_into(), move || place_matches(typed, started, Pick::Choose(pick)))
        .forget();
}

/// The staff's day on the start page as written: handed to the checker app when sent.
#[cfg(feature = "pages-checker")]
pub fn check_as_of_alive(el: &web_sys::HtmlElement) {
    crate::ui::island::hand_over_day(crate::ui::island::find(el, "form"), "check-as-of", Handover::CheckAsOf);
}
