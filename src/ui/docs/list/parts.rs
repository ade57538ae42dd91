//! The parts of "Moje dokumenty" around the declarations: the question before removing or replacing,
//! the saved answers, values that could not be read, and moving declarations to another device.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::actions::{file_name, name_of, store_import, Actions, Pending, Said};
use crate::declaration::Declaration;
use crate::i18n::t;
use crate::route::Route;
use crate::transfer::{self, ImportError, MAX_IMPORT_BYTES};
use crate::ui::check::state::use_check;
use crate::ui::context::use_locale;
use crate::ui::docs::file::{download, read_chosen, ReadFile};
use crate::ui::docs::{delete_everything, use_docs};
use crate::ui::form::error::focus_by_id;
use crate::ui::nav::Link;
use crate::ui::storage;

/// "Are you sure?" for what waits in `actions.pending`, with the button that does it.
#[component]
pub(super) fn Confirm(actions: Actions) -> impl IntoView {
    let l = use_locale().get_untracked();
    let docs = use_docs();
    let check = use_check();
    let Actions { pending, said } = actions;
    move || {
        pending.get().map(|p| {
            let (question, yes) = match &p {
                Pending::Delete(id) | Pending::DeleteRequest(id) => {
                    (t::confirm_delete(l, name_of(docs, id, l)), t::documents_delete(l))
                }
                Pending::Replace(plan) => {
                    let names: Vec<String> = plan.replacing.iter().map(|id| name_of(docs, id, l)).collect();
                    (t::confirm_replace(l, names.join(", ")), t::import_replace(l))
                }
                Pending::Everything => (t::confirm_everything(l).to_string(), t::delete_everything(l)),
            };
            let on_yes = move |_| {
                match pending.get_untracked() {
                    Some(Pending::Delete(id)) => {
                        docs.delete::<Declaration>(&id);
                        actions.tell(Said::Done(t::documents_deleted(l).to_string()));
                    }
                    Some(Pending::DeleteRequest(id)) => {
                        docs.delete::<crate::request::Request>(&id);
                        actions.tell(Said::Done(t::documents_deleted(l).to_string()));
                    }
                    Some(Pending::Replace(plan)) => actions.tell(store_import(docs, plan, l)),
                    Some(Pending::Everything) => {
                        delete_everything(docs, check);
                        actions.tell(Said::Done(t::everything_deleted(l).to_string()));
                    }
                    None => {}
                }
                focus_by_id("documents-status");
            };
            let on_cancel = move |_| {
                pending.set(None);
                said.set(Said::Nothing);
            };
            view! {
                <div class="confirm" id="confirm" tabindex="-1" role="alertdialog" aria-labelledby="confirm-text">
                    <p id="confirm-text">{question}</p>
                    <div class="actions">
                        <button type="button" class="button warning" on:click=on_yes>{yes}</button>
                        <button type="button" class="button secondary" on:click=on_cancel>{t::cancel(l)}</button>
                    </div>
                </div>
            }
        })
    }
}

/// The answers kept on this device, when there are any, with the day they were saved.
#[component]
pub(super) fn SavedAnswers() -> impl IntoView {
    let l = use_locale().get_untracked();
    let check = use_check();
    move || {
        check.state.read().has_answers().then(|| {
            let when = check.saved_on.get().map(|d| t::documents_answers_saved(l, d.format_long(l)));
            view! {
                <section aria-labelledby="answers-title">
                    <h2 id="answers-title">{t::documents_answers_title(l)}</h2>
                    <p>{t::documents_answers_text(l)}" "{when}</p>
                    <p><a href=Route::Results.link()>{t::documents_answers_results(l)}</a></p>
                </section>
            }
        })
    }
}

/// Values that could not be read and were moved aside: each can be saved to a file or deleted.
#[component]
pub(super) fn MovedAside() -> impl IntoView {
    let l = use_locale().get_untracked();
    let docs = use_docs();
    let item = move |(key, ms): (String, u64)| {
        let when = chrono::DateTime::from_timestamp_millis(ms as i64)
            .map(|d| crate::dates::format_long(crate::dates::poland_local_time(d.naive_utc()).date(), l))
            .unwrap_or_default();
        let (for_file, for_delete) = (key.clone(), key);
        let on_save = move |_| {
            if let Some(text) = storage::raw_text(&for_file) {
                download("zapis-nieodczytany.txt", &text, "text/plain");
            }
        };
        view! {
            <li>
                {t::moved_item(l, when)}" "
                <button type="button" class="button secondary" on:click=on_save>{t::moved_export(l)}</button>
                " "
                <button type="button" class="button warning" on:click=move |_| docs.delete_moved(&for_delete)>{t::moved_delete(l)}</button>
            </li>
        }
    };
    move || {
        let list = docs.moved.get();
        (!list.is_empty()).then(|| {
            view! {
                <section aria-labelledby="odlozone" class="moved">
                    <h2 id="odlozone" tabindex="-1">{t::moved_title(l)}</h2>
                    <p>{t::moved_text(l)}</p>
                    <ul class="plain-list">{list.into_iter().map(item).collect_view()}</ul>
                </section>
            }
        })
    }
}

/// Saving every declaration to a file, and reading such a file back (asking before replacing).
#[component]
pub(super) fn Transfer(shared: bool, actions: Actions) -> impl IntoView {
    let l = use_locale().get_untracked();
    let docs = use_docs();
    let on_import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        spawn_local(async move {
            let read = read_chosen(&input, MAX_IMPORT_BYTES).await;
            input.set_value("");
            let bytes = match read {
                None => return,
                Some(ReadFile::TooLarge(n)) => {
                    return actions.tell(Said::Refused(ImportError::TooLarge { bytes: n }.describe(l)))
                }
                Some(ReadFile::Failed) => return actions.tell(Said::Refused(t::import_unreadable(l).to_string())),
                Some(ReadFile::Bytes(b)) => b,
            };
            let existing: Vec<String> =
                docs.declarations.list.with_untracked(|list| list.iter().map(|d| d.id.clone()).collect());
            match transfer::import(&bytes, &existing) {
                Err(e) => actions.tell(Said::Refused(e.describe(l))),
                Ok(plan) if !plan.replacing.is_empty() => actions.ask(Pending::Replace(plan)),
                Ok(plan) => actions.tell(store_import(docs, plan, l)),
            }
        });
    };
    let export_all = move |_| {
        let (declarations, requests) = (docs.declarations.list.get_untracked(), docs.requests.list.get_untracked());
        download(&file_name(None), &transfer::export(&declarations, &requests), "application/json");
        let ids = declarations.into_iter().map(|d| d.id).chain(requests.into_iter().map(|r| r.id));
        docs.saved_to_file(&ids.collect::<Vec<_>>());
    };
    view! {
        <section aria-labelledby="transfer-title">
            <h2 id="transfer-title">{t::transfer_title(l)}</h2>
            // A shared device keeps nothing of the person's, not even a file: print instead.
            {if shared {
                view! { <p class="note">{t::shared_no_export(l)}</p> }.into_any()
            } else {
                view! {
                    <p>{t::transfer_text(l)}</p>
                    <p>
                        <button type="button" class="button secondary" disabled=move || docs.is_empty()
                            on:click=export_all>{t::transfer_export_all(l)}</button>
                    </p>
                }.into_any()
            }}
            <div class="field">
                <label for="import-file">{t::transfer_import(l)}</label>
                <p class="hint" id=crate::hint_id!("import")>{t::transfer_import_hint(l)}</p>
                <input type="file" id="import-file" accept=".json,application/json" aria-describedby=crate::hint_id!("import") on:change=on_import/>
            </div>
        </section>
    }
}

/// Whether the declarations will stay on this device: what the browser promised when asked (on the
/// first declaration saved), and Safari's week. Shown once there is something to keep.
#[component]
pub(super) fn Keeping() -> impl IntoView {
    let l = use_locale().get_untracked();
    let docs = use_docs();
    let week = crate::ui::keeping::may_delete_after_a_week();
    let state = move || docs.kept.get().map(|kept| if kept { t::documents_kept(l) } else { t::documents_may_go(l) });
    move || {
        (!docs.is_empty()).then(|| {
            view! {
                <section aria-labelledby="keeping-title">
                    <h2 id="keeping-title">{t::documents_keeping(l)}</h2>
                    <p id="keeping-state">{state}</p>
                    {week.then(|| view! { <p id="keeping-week" class="error-box">{t::documents_week(l)}</p> })}
                </section>
            }
        })
    }
}
