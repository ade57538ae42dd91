//! "Moje dokumenty": every declaration on this device (open, print, duplicate, save to a file,
//! delete), the saved answers, values that could not be read, moving to another device, and
//! "Usuń wszystkie moje dane". Anything that removes or replaces asks first.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::file::{download, read_chosen, ReadFile};
use super::{delete_everything, new_id, use_docs, DocsCtx};
use crate::declaration::prefill::duplicate;
use crate::declaration::{validate, Declaration};
use crate::i18n::{t, Locale};
use crate::route::Route;
use crate::transfer::{self, ImportError, ImportPlan, MAX_IMPORT_BYTES};
use crate::ui::check::inputs::focus_by_id;
use crate::ui::check::state::use_check;
use crate::ui::check::with_data;
use crate::ui::components::title::use_page_title;
use crate::ui::context::{polish_text, today, use_locale};
use crate::ui::storage::{self, SaveProblem};

/// What waits for the person's yes.
#[derive(Clone)]
enum Pending {
    Delete(String),
    Replace(ImportPlan),
    Everything,
}

/// The outcome of the last action, said in a live region.
#[derive(Clone)]
enum Said {
    Nothing,
    Done(String),
    Refused(String),
}

fn person_name(d: &Declaration, l: Locale) -> String {
    let name = format!("{} {}", d.person.first_name.trim(), d.person.surname.trim());
    if name.trim().is_empty() {
        t::documents_no_name(l).to_string()
    } else {
        name.trim().to_string()
    }
}

fn file_name(d: Option<&Declaration>) -> String {
    let day = today();
    match d {
        Some(d) => format!("deklaracja-{}-{day}.json", crate::text::fold(&d.person.surname).replace(' ', "-")),
        None => format!("deklaracje-{day}.json"),
    }
}

fn import_error_text(e: &ImportError, l: Locale) -> String {
    match e {
        ImportError::TooLarge { bytes } => {
            t::import_too_large(l, crate::money::format_number((*bytes as i64).into(), 0, l))
        }
        ImportError::Empty => t::import_empty(l).to_string(),
        ImportError::Damaged { line, column } => {
            t::import_damaged(l, t::ImportDamaged { column: &*column, line: &*line })
        }
        ImportError::Foreign => t::import_foreign(l).to_string(),
        ImportError::NewerVersion(_) => t::import_newer(l).to_string(),
        ImportError::BadDeclaration { index, detail } => {
            t::import_bad_declaration(l, t::ImportBadDeclaration { detail: &detail, number: &(index + 1) })
        }
    }
}

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let locale = use_locale();
    let shared = crate::ui::mode::use_device().mode == crate::device::Mode::Shared;
    use_page_title(move || t::documents_title(locale.get()).to_string());
    with_data(move |data| {
        let l = locale.get();
        let docs = use_docs();
        let check = use_check();
        let pending = RwSignal::new(None::<Pending>);
        let said = RwSignal::new(Said::Nothing);
        let ask = move |p: Pending| {
            pending.set(Some(p));
            focus_by_id("confirm");
        };
        let tell = move |s: Said| {
            said.set(s);
            pending.set(None);
        };
        let data_for_rows = data.clone();
        let project_title = move |id: &str| {
            data_for_rows
                .loaded
                .catalogue
                .project(id)
                .map(|e| e.project.title.clone())
                .unwrap_or_else(|| id.to_string())
        };

        let rows = move || {
            docs.list.get().into_iter().map(|d| {
                let complete = validate(&d).is_empty();
                let name = person_name(&d, l);
                let created = d.created.map(|c| t::documents_created(l, c.format_long(l)));
                let (edit, print) = (Route::Declaration(d.id.clone()).href(), Route::Print(d.id.clone()).href());
                let (for_dup, for_file, id) = (d.clone(), d.clone(), d.id.clone());
                view! {
                    <li class="document-card">
                        <h3><a href=edit.clone()>{name.clone()}</a></h3>
                        <p lang=polish_text(l)>{project_title(&d.project_id)}</p>
                        <p class="card-status">
                            <span class=if complete { "badge badge-ok" } else { "badge badge-todo" }>
                                {if complete { t::documents_complete(l) } else { t::documents_incomplete(l) }}
                            </span>
                            " "{created}
                        </p>
                        <div class="actions">
                            <a class="button secondary" href=edit>{t::documents_open(l)}<span class="visually-hidden">{format!(" ({name})")}</span></a>
                            <a class="button secondary" href=print>{t::documents_print(l)}<span class="visually-hidden">{format!(" ({name})")}</span></a>
                            <button type="button" class="button secondary" on:click=move |_| {
                                let copy = duplicate(&for_dup, new_id(), today());
                                let href = Route::Declaration(copy.id.clone()).href();
                                let _ = docs.save(copy);
                                crate::ui::nav::go(&href, false);
                            }>{t::documents_duplicate(l)}<span class="visually-hidden">{format!(" ({name})")}</span></button>
                            {(!shared).then(|| view! {
                                <button type="button" class="button secondary" on:click=move |_| {
                                    download(&file_name(Some(&for_file)), &transfer::export(std::slice::from_ref(&for_file)), "application/json");
                                }>{t::documents_export_single(l)}<span class="visually-hidden">{format!(" ({name})")}</span></button>
                            })}
                            <button type="button" class="button warning" on:click=move |_| ask(Pending::Delete(id.clone()))>
                                {t::documents_delete(l)}<span class="visually-hidden">{format!(" ({name})")}</span>
                            </button>
                        </div>
                    </li>
                }
            }).collect_view()
        };

        let on_import = move |ev: leptos::ev::Event| {
            let input: web_sys::HtmlInputElement = event_target(&ev);
            spawn_local(async move {
                let read = read_chosen(&input, MAX_IMPORT_BYTES).await;
                input.set_value("");
                let bytes = match read {
                    None => return,
                    Some(ReadFile::TooLarge(n)) => {
                        return tell(Said::Refused(import_error_text(&ImportError::TooLarge { bytes: n }, l)))
                    }
                    Some(ReadFile::Failed) => return tell(Said::Refused(t::import_unreadable(l).to_string())),
                    Some(ReadFile::Bytes(b)) => b,
                };
                let existing: Vec<String> =
                    docs.list.with_untracked(|list| list.iter().map(|d| d.id.clone()).collect());
                match transfer::import(&bytes, &existing) {
                    Err(e) => tell(Said::Refused(import_error_text(&e, l))),
                    Ok(plan) if !plan.replacing.is_empty() => ask(Pending::Replace(plan)),
                    Ok(plan) => tell(store_import(docs, plan, l)),
                }
            });
        };

        let confirm = move || {
            pending.get().map(|p| {
                let (question, yes) = match &p {
                    Pending::Delete(id) => {
                        let name = docs.get(id).map(|d| person_name(&d, l)).unwrap_or_default();
                        (t::confirm_delete(l, name), t::documents_delete(l))
                    }
                    Pending::Replace(plan) => {
                        let names: Vec<String> = plan.replacing.iter().filter_map(|id| docs.get(id)).map(|d| person_name(&d, l)).collect();
                        (t::confirm_replace(l, names.join(", ")), t::import_replace(l))
                    }
                    Pending::Everything => (t::confirm_everything(l).to_string(), t::delete_everything(l)),
                };
                let on_yes = move |_| {
                    match pending.get_untracked() {
                        Some(Pending::Delete(id)) => {
                            docs.delete(&id);
                            tell(Said::Done(t::documents_deleted(l).to_string()));
                        }
                        Some(Pending::Replace(plan)) => tell(store_import(docs, plan, l)),
                        Some(Pending::Everything) => {
                            delete_everything(docs, check);
                            tell(Said::Done(t::everything_deleted(l).to_string()));
                        }
                        None => {}
                    }
                    focus_by_id("documents-status");
                };
                view! {
                    <div class="confirm" id="confirm" tabindex="-1" role="alertdialog" aria-labelledby="confirm-text">
                        <p id="confirm-text">{question}</p>
                        <div class="actions">
                            <button type="button" class="button warning" on:click=on_yes>{yes}</button>
                            <button type="button" class="button secondary" on:click=move |_| { pending.set(None); said.set(Said::Nothing); }>{t::cancel(l)}</button>
                        </div>
                    </div>
                }
            })
        };

        let status = move || match said.get() {
            Said::Nothing => None,
            Said::Done(text) => Some(view! { <p class="note">{text}</p> }.into_any()),
            Said::Refused(text) => Some(view! { <p class="error-box">{text}</p> }.into_any()),
        };

        let answers = move || {
            let state = check.state.get();
            (!state.answered.is_empty()).then(|| {
                let when = check.saved_on.get().map(|d| t::documents_answers_saved(l, d.format_long(l)));
                view! {
                    <section aria-labelledby="answers-title">
                        <h2 id="answers-title">{t::documents_answers_title(l)}</h2>
                        <p>{t::documents_answers_text(l)}" "{when}</p>
                        <p><a href=Route::Results.href()>{t::documents_answers_results(l)}</a></p>
                    </section>
                }
            })
        };

        let moved = move || {
            let list = docs.moved.get();
            (!list.is_empty()).then(|| view! {
                <section aria-labelledby="odlozone" class="moved">
                    <h2 id="odlozone" tabindex="-1">{t::moved_title(l)}</h2>
                    <p>{t::moved_text(l)}</p>
                    <ul class="plain-list">
                        {list.into_iter().map(|(key, ms)| {
                            let when = chrono::DateTime::from_timestamp_millis(ms as i64)
                                .map(|d| crate::dates::format_long(crate::dates::poland_local_time(d.naive_utc()).date(), l))
                                .unwrap_or_default();
                            let (for_file, for_delete) = (key.clone(), key.clone());
                            view! {
                                <li>
                                    {t::moved_item(l, when)}" "
                                    <button type="button" class="button secondary" on:click=move |_| {
                                        if let Some(text) = storage::raw_text(&for_file) {
                                            download("zapis-nieodczytany.txt", &text, "text/plain");
                                        }
                                    }>{t::moved_export(l)}</button>
                                    " "
                                    <button type="button" class="button warning" on:click=move |_| docs.delete_moved(&for_delete)>{t::moved_delete(l)}</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })
        };

        view! {
            <h1>{t::documents_title(l)}</h1>
            <p class="lead">{t::documents_intro(l)}</p>
            <div id="documents-status" tabindex="-1" aria-live="polite">{status}</div>
            {confirm}
            <section aria-labelledby="declarations-title">
                <h2 id="declarations-title">{t::documents_declarations(l)}</h2>
                <Show when=move || docs.list.with(Vec::is_empty)>
                    <p>{t::documents_none(l)}" "<a href=Route::CheckStart(None).href()>{t::documents_start_check(l)}</a></p>
                </Show>
                <ul class="documents">{rows}</ul>
            </section>
            {answers}
            {moved}
            <section aria-labelledby="transfer-title">
                <h2 id="transfer-title">{t::transfer_title(l)}</h2>
                // A shared device keeps nothing of the person's, not even a file: print instead.
                {if shared {
                    view! { <p class="note">{t::shared_no_export(l)}</p> }.into_any()
                } else {
                    view! {
                        <p>{t::transfer_text(l)}</p>
                        <p>
                            <button type="button" class="button secondary" disabled=move || docs.list.with(Vec::is_empty)
                                on:click=move |_| download(&file_name(None), &transfer::export(&docs.list.get_untracked()), "application/json")>
                                {t::transfer_export_all(l)}
                            </button>
                        </p>
                    }.into_any()
                }}
                <div class="field">
                    <label for="import-file">{t::transfer_import(l)}</label>
                    <p class="hint" id="import-hint">{t::transfer_import_hint(l)}</p>
                    <input type="file" id="import-file" accept=".json,application/json" aria-describedby="import-hint" on:change=on_import/>
                </div>
            </section>
            <section aria-labelledby="everything-title" class="danger-zone">
                <h2 id="everything-title">{t::delete_everything(l)}</h2>
                <p>{t::delete_everything_text(l)}</p>
                <button type="button" class="button warning" on:click=move |_| ask(Pending::Everything)>{t::delete_everything(l)}</button>
            </section>
        }
        .into_any()
    })
}

fn store_import(docs: DocsCtx, plan: ImportPlan, l: Locale) -> Said {
    let count = plan.declarations.len();
    match docs.import(plan.declarations) {
        Ok(()) => Said::Done(t::import_done(l, count as i64)),
        Err(SaveProblem::Full) => Said::Refused(t::import_full(l).to_string()),
        Err(SaveProblem::Unavailable) => Said::Refused(t::storage_not_kept(l).to_string()),
    }
}
