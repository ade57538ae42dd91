//! "Moje dokumenty": every declaration on this device (open, print, duplicate, save to a file,
//! delete), the saved answers, values that could not be read, moving to another device, and
//! "Usuń wszystkie moje dane". Anything that removes or replaces asks first. One component per part:
//! a declaration's card (`card`), the confirmation, saved answers, values moved aside and the transfer
//! between devices (`parts`).

use leptos::prelude::*;

use super::{use_docs, DocsCtx};
use crate::declaration::Declaration;
use crate::i18n::{t, Locale};
use crate::route::Route;
use crate::transfer::ImportPlan;
use crate::ui::check::inputs::focus_by_id;
use crate::ui::check::with_data;
use crate::ui::components::title::use_page_title;
use crate::ui::context::{today, use_locale};
use crate::ui::nav::Link;
use crate::ui::storage::SaveProblem;

mod card;
mod parts;

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

/// The page's two pieces of state every part acts through: what waits for a yes, and what was said.
#[derive(Clone, Copy)]
struct Actions {
    pending: RwSignal<Option<Pending>>,
    said: RwSignal<Said>,
}

impl Actions {
    /// Asks before removing or replacing: the question takes focus.
    fn ask(self, p: Pending) {
        self.pending.set(Some(p));
        focus_by_id("confirm");
    }

    fn tell(self, s: Said) {
        self.said.set(s);
        self.pending.set(None);
    }
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

#[component]
pub fn DocumentsPage() -> impl IntoView {
    let locale = use_locale();
    let shared = crate::ui::mode::use_device().mode == crate::device::Mode::Shared;
    use_page_title(move || t::documents_title(locale.get()).to_string());
    with_data(move |data| {
        let l = locale.get();
        let docs = use_docs();
        let actions = Actions { pending: RwSignal::new(None), said: RwSignal::new(Said::Nothing) };
        let status = move || match actions.said.get() {
            Said::Nothing => None,
            Said::Done(text) => Some(view! { <p class="note">{text}</p> }.into_any()),
            Said::Refused(text) => Some(view! { <p class="error-box">{text}</p> }.into_any()),
        };
        let rows = move || {
            docs.list
                .get()
                .into_iter()
                .map(|d| {
                    let title = data.loaded.catalogue.project(&d.project_id).map(|e| e.project.title.clone());
                    view! { <card::DeclarationCard declaration=d project_title=title shared actions/> }
                })
                .collect_view()
        };
        view! {
            <h1>{t::documents_title(l)}</h1>
            <p class="lead">{t::documents_intro(l)}</p>
            <div id="documents-status" tabindex="-1" aria-live="polite">{status}</div>
            <parts::Confirm actions/>
            <section aria-labelledby="declarations-title">
                <h2 id="declarations-title">{t::documents_declarations(l)}</h2>
                <Show when=move || docs.list.with(Vec::is_empty)>
                    <p>{t::documents_none(l)}" "<a href=Route::CheckStart(None).link()>{t::documents_start_check(l)}</a></p>
                </Show>
                <ul class="documents">{rows}</ul>
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
        .into_any()
    })
}

fn store_import(docs: DocsCtx, plan: ImportPlan, l: Locale) -> Said {
    let count = plan.declarations.len();
    match docs.import(plan.declarations) {
        Ok(()) => Said::Done(t::import_done(l, count as i64)),
        Err(SaveProblem::Full) => Said::Refused(t::import_full(l).to_string()),
        Err(SaveProblem::Unavailable) => Said::Refused(t::storage_not_kept(l).to_string()),
        Err(SaveProblem::Changed) => Said::Refused(t::storage_changed_elsewhere(l).to_string()),
    }
}
