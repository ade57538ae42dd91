//! "Moje dokumenty": every declaration on this device (open, print, duplicate, save to a file,
//! delete) and every request to bring to a centre (open, print, save to a file, delete), the saved answers, values that could not be read, moving to another device, and
//! "Usuń wszystkie moje dane". Anything that removes or replaces asks first. One component per part:
//! a declaration's card (`card`), the confirmation, saved answers, values moved aside and the transfer
//! between devices (`parts`).

use leptos::prelude::*;

use super::use_docs;
use crate::i18n::t;
use crate::route::Route;
use crate::ui::components::title::use_page_title;
use crate::ui::context::use_locale;
use crate::ui::nav::Link;

mod actions;
mod card;
mod parts;

use crate::ui::check::data::with_data_of;
use actions::{Actions, Pending, Said};

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let locale = use_locale();
    let shared = crate::ui::mode::use_device().mode == crate::device::Mode::Shared;
    use_page_title(move || t::documents_title(locale.get()).to_string());
    // Drawn once the checker's data is here, as every page of the checker is: at build time it is
    // written as it first shows (its storage is the browser's).
    with_data_of(None, move |_| {
        let l = locale.get_untracked();
        let docs = use_docs();
        let actions = Actions { pending: RwSignal::new(None), said: RwSignal::new(Said::Nothing) };
        let status = move || match actions.said.get() {
            Said::Nothing => None,
            Said::Done(text) => Some(view! { <p class="note">{text}</p> }.into_any()),
            Said::Refused(text) => Some(view! { <p class="error-box">{text}</p> }.into_any()),
        };
        let rows = move || {
            docs.declarations
                .list
                .get()
                .into_iter()
                .map(|d| {
                    view! { <card::DeclarationCard declaration=d shared actions/> }
                })
                .collect_view()
        };
        let requests = move || {
            let list = docs.requests.list.get();
            list.into_iter().map(|r| view! { <card::RequestCard request=r shared actions/> }).collect_view()
        };
        view! {
            <h1>{t::documents_title(l)}</h1>
            <p class="lead">{t::documents_intro(l)}</p>
            <div id="documents-status" tabindex="-1" aria-live="polite">{status}</div>
            <parts::Confirm actions/>
            <section aria-labelledby="declarations-title">
                <h2 id="declarations-title">{t::documents_declarations(l)}</h2>
                <Show when=move || docs.declarations.list.with(Vec::is_empty)>
                    <p>{t::documents_none(l)}" "<a href=Route::CheckStart(None).link()>{t::documents_start_check(l)}</a></p>
                </Show>
                <ul class="documents">{rows}</ul>
            </section>
            <section aria-labelledby="requests-title">
                <h2 id="requests-title">{t::documents_requests(l)}</h2>
                <Show when=move || docs.requests.list.with(Vec::is_empty)>
                    <p>{t::documents_no_requests(l)}</p>
                </Show>
                <ul class="documents">{requests}</ul>
            </section>
            {(!shared).then(|| view! { <parts::Keeping/> })}
            <parts::SavedAnswers/>
            <parts::MovedAside/>
            <parts::Transfer shared actions/>
            <section aria-labelledby="everything-title" class="danger-zone">
                <h2 id="everything-title">{t::delete_everything(l)}</h2>
                <p>{t::delete_everything_text(l)}</p>
                <button type="button" class="button warning" on:click=move |_| actions.ask(Pending::Everything)>{t::delete_everything(l)}</button>
            </section>
        }
    })
}
