//! One declaration in "Moje dokumenty": who it is for, the project, whether it is complete, and what can
//! be done with it.

use leptos::prelude::*;

use super::actions::{file_name, person_name, Actions, Pending};
use crate::declaration::prefill::duplicate;
use crate::declaration::{validate, Declaration};
use crate::i18n::{t, Locale};
use crate::route::Route;
use crate::transfer;
use crate::ui::context::{polish_text, today, use_locale};
use crate::ui::data::{catalogue_part, Part, Remote};
use crate::ui::docs::file::download;
use crate::ui::docs::{new_id, use_docs};
use crate::ui::nav::Link;

/// Which kind of document a card is, for its words (Polish "deklaracja" is feminine, "wniosek" not).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Declaration,
    Request,
}

/// A card's status: complete or not, when it was filled, and, except on a shared device (`saved`:
/// its id), when it was last saved to a file, a copy that outlasts the browser's storage.
fn status(kind: Kind, complete: bool, created: Option<String>, saved: Option<String>, l: Locale) -> impl IntoView {
    let docs = use_docs();
    let ready = match kind {
        Kind::Declaration => t::documents_complete(l),
        Kind::Request => t::request_complete(l),
    };
    let saved_to_file = saved.map(|id| {
        let text = move || match (docs.files.with(|f| f.on(&id)), kind) {
            (Some(day), Kind::Declaration) => t::documents_saved_to_file(l, crate::dates::format_long(day, l)),
            (Some(day), Kind::Request) => t::request_saved_to_file(l, crate::dates::format_long(day, l)),
            (None, Kind::Declaration) => t::documents_not_saved_to_file(l).to_string(),
            (None, Kind::Request) => t::request_not_saved_to_file(l).to_string(),
        };
        view! { " "<span class="saved-to-file">{text}</span> }
    });
    view! {
        <p class="card-status">
            <span class=if complete { "badge badge-ok" } else { "badge badge-todo" }>
                {if complete { ready } else { t::documents_incomplete(l) }}
            </span>
            " "{created}
            {saved_to_file}
        </p>
    }
}

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
    let on_duplicate = move |_| {
        let copy = duplicate(&for_dup, new_id('d'), today());
        let href = Route::Declaration(copy.id.clone()).link();
        let _ = docs.save(copy);
        crate::ui::nav::go(&href, false);
    };
    let hidden = move || view! { <span class="visually-hidden">{hidden_name.clone()}</span> };
    view! {
        <li class="document-card">
            <h3><a href=edit.clone()>{name.clone()}</a></h3>
            <p lang=polish_text(l)>{title}</p>
            {status(Kind::Declaration, complete, created, (!shared).then(|| d.id.clone()), l)}
            <div class="actions">
                <a class="button secondary" href=edit>{t::documents_open(l)}{hidden()}</a>
                <a class="button secondary" href=print>{t::documents_print(l)}{hidden()}</a>
                <button type="button" class="button secondary" on:click=on_duplicate>{t::documents_duplicate(l)}{hidden()}</button>
                {(!shared).then(|| view! {
                    <button type="button" class="button secondary" on:click=move |_| {
                        download(&file_name(Some(&for_file)), &transfer::export(std::slice::from_ref(&for_file), &[]), "application/json");
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

/// One request in "Moje dokumenty": whose, for which benefits, whether it is complete, and what can be
/// done with it (open, print, save to a file, delete).
#[component]
pub(super) fn RequestCard(request: crate::request::Request, shared: bool, actions: Actions) -> impl IntoView {
    let l = use_locale().get_untracked();
    let docs = use_docs();
    let r = request;
    let complete = crate::request::request_problems(&r).is_empty();
    let name = super::actions::name_of(docs, &r.id, l);
    let hidden_name = format!(" ({name})");
    let created = r.created.map(|c| t::request_created(l, c.format_long(l)));
    let benefits: Vec<&str> = r.benefits.iter().map(|b| b.name()).collect();
    let what = t::documents_request_for(l, benefits.join(", "));
    let (edit, print) = (Route::Request(r.id.clone()).link(), Route::RequestPrint(r.id.clone()).link());
    let (for_file, id) = (r.clone(), r.id.clone());
    let hidden = move || view! { <span class="visually-hidden">{hidden_name.clone()}</span> };
    view! {
        <li class="document-card request-card">
            <h3><a href=edit.clone()>{name.clone()}</a></h3>
            <p lang=polish_text(l)>{what}</p>
            {status(Kind::Request, complete, created, (!shared).then(|| r.id.clone()), l)}
            <div class="actions">
                <a class="button secondary" href=edit>{t::documents_open(l)}{hidden()}</a>
                <a class="button secondary" href=print>{t::documents_print(l)}{hidden()}</a>
                {(!shared).then(|| view! {
                    <button type="button" class="button secondary" on:click=move |_| {
                        let file = format!("wniosek-{}-{}.json", crate::text::fold(&for_file.person.surname).replace(' ', "-"), today());
                        download(&file, &transfer::export(&[], std::slice::from_ref(&for_file)), "application/json");
                        docs.saved_to_file(std::slice::from_ref(&for_file.id));
                    }>{t::documents_export_single(l)}{hidden()}</button>
                })}
                <button type="button" class="button warning" on:click=move |_| actions.ask(Pending::DeleteRequest(id.clone()))>
                    {t::documents_delete(l)}{hidden()}
                </button>
            </div>
        </li>
    }
}
