//! A draft's centre: its name, address, contacts, office hours per weekday, the day a person checked
//! them and their source; the projects of the file; every problem in a summary that links to its
//! field.

use leptos::prelude::*;

use crate::ui::storage::SaveProblem;

use super::form::{week_hours, DateField, PathField, SourceFields};
use super::state::{change, open, problems, use_editing, Opened};
use crate::editor::draft::FieldError;
use crate::i18n::{t, Locale};
use crate::route::Route;
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;
use crate::ui::nav::Link;

/// The summary of every problem, each a link to its field (GOV.UK's error summary), or a line saying
/// the file passes the checks.
#[component]
pub fn ProblemSummary(#[prop(into)] only: Option<String>) -> impl IntoView {
    let l = use_locale().get_untracked();
    let all = problems();
    move || {
        let list: Vec<FieldError> =
            all.get().into_iter().filter(|e| only.as_deref().is_none_or(|prefix| e.path.starts_with(prefix))).collect();
        if list.is_empty() {
            return view! { <p class="success-box" role="status">{t::editor_no_problems(l)}</p> }.into_any();
        }
        view! {
            <div class="error-summary" aria-labelledby="problems-title">
                <h2 id="problems-title">{t::editor_problems(l, list.len() as i64)}</h2>
                <ul>
                    {list.into_iter().map(|e| view! { <li><a href=format!("#{}", e.field_id())>{e.message.clone()}</a></li> }).collect_view()}
                </ul>
            </div>
        }
        .into_any()
    }
}

/// What a page shows when its draft is not there.
pub fn not_open(opened: Opened, l: Locale) -> AnyView {
    let message = match opened {
        Opened::Damaged(moved_to) => t::editor_draft_damaged(l, &moved_to),
        Opened::Unavailable => t::editor_storage_unavailable(l).to_string(),
        _ => t::editor_draft_missing(l).to_string(),
    };
    view! {
        <h1>{t::editor_draft_not_found_title(l)}</h1>
        <p class="error-box" role="alert">{message}</p>
        <p><a href=Route::EditorStart.link()>{t::editor_back_to_start(l)}</a></p>
    }
    .into_any()
}

/// The file's projects, each a link to its page with its problems counted, a way to remove it (asked
/// again first), and a new one.
fn project_list(draft: String, l: Locale) -> impl IntoView {
    let editing = use_editing();
    let all = problems();
    let asking = RwSignal::new(None::<u32>);
    let rows = Memo::new(move |_| {
        editing.draft.with(|d| {
            d.as_ref()
                .map(|d| {
                    d.project_keys
                        .iter()
                        .enumerate()
                        .map(|(i, key)| (*key, d.file.text(&format!("projects[{i}].title")), i))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let add = {
        let draft = draft.clone();
        move |_| {
            let mut key = 0;
            change(|d| key = d.add_project(&crate::ui::context::today().to_string()));
            crate::ui::nav::go(&Route::EditorProject { draft: draft.clone(), project: key }.link(), false);
        }
    };
    view! {
        <section aria-labelledby="projects-title">
            <h2 id="projects-title">{t::editor_projects(l)}</h2>
            {move || rows.with(Vec::is_empty).then(|| view! { <p>{t::editor_no_projects(l)}</p> })}
            <ul class="draft-list">
                {move || rows.get().into_iter().map(|(key, title, i)| {
                    let prefix = format!("projects[{i}].");
                    let count = all.with(|e| e.iter().filter(|e| e.path.starts_with(&prefix)).count());
                    let name = if title.is_empty() { t::editor_untitled_project(l).to_string() } else { title };
                    let href = Route::EditorProject { draft: draft.clone(), project: key }.link();
                    view! {
                        <li>
                            <a href=href lang="pl">{name}</a>
                            " "
                            <span class="hint">{if count == 0 { t::editor_project_ok(l).to_string() } else { t::editor_project_problems(l, count as i64) }}</span>
                            " "
                            {move || if asking.get() == Some(key) {
                                view! {
                                    <span class="confirm-remove" role="group" aria-label=t::editor_remove_confirm(l)>
                                        {t::editor_remove_confirm(l)} " "
                                        <button type="button" class="button warning" on:click=move |_| { change(|d| d.remove_project(key)); asking.set(None); }>{t::editor_remove_yes(l)}</button>
                                        " "
                                        <button type="button" class="button button-secondary" on:click=move |_| asking.set(None)>{t::editor_remove_no(l)}</button>
                                    </span>
                                }.into_any()
                            } else {
                                view! { <button type="button" class="link-button" on:click=move |_| asking.set(Some(key))>{t::editor_remove_project(l)}</button> }.into_any()
                            }}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p><button type="button" class="button button-secondary" on:click=add>{t::editor_add_project(l)}</button></p>
        </section>
    }
}

#[component]
pub fn CentrePage(draft: String) -> impl IntoView {
    let l = use_locale().get_untracked();
    open(&draft);
    let editing = use_editing();
    let name = move || editing.draft.with(|d| d.as_ref().map(|d| d.file.text("centre.name")).unwrap_or_default());
    use_page_title(move || {
        let name = name();
        if name.is_empty() {
            t::editor_centre_title(l).to_string()
        } else {
            t::editor_centre_title_of(l, &name)
        }
    });
    if editing.draft.with_untracked(Option::is_none) {
        return not_open(editing.opened.get_untracked(), l);
    }
    let gmina = editing.draft.with_untracked(|d| d.as_ref().map(|d| d.file.text("centre.gmina")).unwrap_or_default());
    let hours = week_hours("centre.office_hours", l);
    let file = Route::EditorFile(draft.clone());
    let projects = project_list(draft.clone(), l);
    view! {
        <p><a href=Route::EditorStart.link() class="back-link">{t::editor_back_to_start(l)}</a></p>
        <h1>{t::editor_centre_heading(l)} " " <span lang="pl">{gmina}</span></h1>
        <ProblemSummary only=None/>
        {move || editing.save_problem.get().map(|p| {
            let said = if p == SaveProblem::Changed { t::editor_changed_elsewhere(l) } else { t::editor_not_saved(l) };
            view! { <p class="error-box" role="alert">{said}</p> }
        })}
        <form class="editor-form" on:submit=|ev| ev.prevent_default()>
            <fieldset>
                <legend>{t::editor_centre_names(l)}</legend>
                <PathField path="centre.name" label=t::editor_centre_name(l) hint=t::editor_centre_name_hint(l)/>
                <PathField path="centre.short_name" label=t::editor_short_name(l) hint=t::editor_short_name_hint(l)/>
                <PathField path="centre.id" label=t::editor_centre_id(l) hint=t::editor_centre_id_hint(l)/>
            </fieldset>
            <fieldset>
                <legend>{t::editor_address(l)}</legend>
                <PathField path="centre.address.street" label=t::editor_street(l) autocomplete="off"/>
                <PathField path="centre.address.postcode" label=t::editor_postcode(l) hint=t::editor_postcode_hint(l)/>
                <PathField path="centre.address.town" label=t::editor_town(l)/>
            </fieldset>
            <fieldset>
                <legend>{t::editor_contacts(l)}</legend>
                <PathField path="centre.phones" label=t::editor_phones(l) hint=t::editor_one_per_line(l)/>
                <PathField path="centre.emails" label=t::editor_emails(l) hint=t::editor_one_per_line(l)/>
                <PathField path="centre.website" label=t::editor_website(l) input_type="url" hint=t::editor_website_hint(l)/>
                <PathField path="centre.nip" label=t::editor_nip(l)/>
                <PathField path="centre.regon" label=t::editor_regon(l)/>
            </fieldset>
            <fieldset>
                <legend>{t::editor_office_hours(l)}</legend>
                <p class="hint">{t::editor_office_hours_hint(l)}</p>
                {hours}
            </fieldset>
            <SourceFields at="centre.source"/>
            <DateField path="centre.checked_on" legend=t::editor_checked_on(l)/>
        </form>
        {projects}
        <p><a class="button" href=file.link()>{t::editor_to_file(l)}</a></p>
    }
    .into_any()
}
