//! One declaration in "Moje dokumenty": who it is for, the project, whether it is complete, and what can
//! be done with it.

use leptos::prelude::*;

use super::actions::{file_name, person_name, Actions, Pending};
use crate::declaration::prefill::duplicate;
use crate::declaration::{validate, Declaration};
use crate::i18n::t;
use crate::route::Route;
use crate::transfer;
use crate::ui::context::{polish_text, today, use_locale};
use crate::ui::data::{catalogue_part, Part, Remote};
use crate::ui::docs::file::download;
use crate::ui::docs::{new_id, use_docs};
use crate::ui::nav::Link;

#[component]
pub(super) fn DeclarationCard(declaration: Declaration, shared: bool, actions: Actions) -> impl IntoView {
    let l = use_locale().get_untracked();
    let docs = use_docs();
    let d = declaration;
    let complete = validate(&d).is_empty();
    let name = person_name(&d, l);
    let hidden_name = format!(" ({name})");
    let created = d.created.map(|c| t::documents_created(l, c.format_long(l)));
    let (edit, print) = (Route::Declaration(d.id.clone()).link(), Route::Print(d.id.clone()).link());
    // The project's title from its part of the catalogue; its id until that is here, or when the
    // catalogue no longer has it.
    let project = d.project_id.clone();
    let title = move || {
        match catalogue_part(&Part::Project(project.clone())) {
            Remote::Ready(loaded) => loaded.catalogue.project(&project).map(|e| e.project.title.clone()),
            _ => None,
        }
        .unwrap_or_else(|| project.clone())
    };
    let (for_dup, for_file, id) = (d.clone(), d.clone(), d.id.clone());
    let for_saved = id.clone();
    // When it was last saved to a file: a copy that outlasts the browser's storage.
    let saved_to_file = move || {
        docs.files.with(|f| f.on(&for_saved)).map_or_else(
            || t::documents_not_saved_to_file(l).to_string(),
            |day| t::documents_saved_to_file(l, crate::dates::format_long(day, l)),
        )
    };
    let on_duplicate = move |_| {
        let copy = duplicate(&for_dup, new_id(), today());
        let href = Route::Declaration(copy.id.clone()).link();
        let _ = docs.save(copy);
        crate::ui::nav::go(&href, false);
    };
    let hidden = move || view! { <span class="visually-hidden">{hidden_name.clone()}</span> };
    view! {
        <li class="document-card">
            <h3><a href=edit.clone()>{name.clone()}</a></h3>
            <p lang=polish_text(l)>{title}</p>
            <p class="card-status">
                <span class=if complete { "badge badge-ok" } else { "badge badge-todo" }>
                    {if complete { t::documents_complete(l) } else { t::documents_incomplete(l) }}
                </span>
                " "{created}
                {(!shared).then(|| view! { " "<span class="saved-to-file">{saved_to_file}</span> })}
            </p>
            <div class="actions">
                <a class="button secondary" href=edit>{t::documents_open(l)}{hidden()}</a>
                <a class="button secondary" href=print>{t::documents_print(l)}{hidden()}</a>
                <button type="button" class="button secondary" on:click=on_duplicate>{t::documents_duplicate(l)}{hidden()}</button>
                {(!shared).then(|| view! {
                    <button type="button" class="button secondary" on:click=move |_| {
                        download(&file_name(Some(&for_file)), &transfer::export(std::slice::from_ref(&for_file)), "application/json");
                        docs.saved_to_file(std::slice::from_ref(&for_file.id));
                    }>{t::documents_export_single(l)}{hidden()}</button>
                })}
                <button type="button" class="button warning" on:click=move |_| actions.ask(Pending::Delete(id.clone()))>
                    {t::documents_delete(l)}{hidden()}
                </button>
            </div>
        </li>
    }
}
