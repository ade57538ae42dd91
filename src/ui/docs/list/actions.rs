//! What the documents page's parts act through: what waits for the person's yes, what was said, and
//! the names a declaration is shown and saved under.

use leptos::prelude::*;

use crate::declaration::Declaration;
use crate::i18n::{t, Locale};
use crate::transfer::ImportPlan;
use crate::ui::context::today;
use crate::ui::docs::DocsCtx;
use crate::ui::form::error::focus_by_id;
use crate::ui::storage::SaveProblem;

/// What waits for the person's yes.
#[derive(Clone)]
pub(super) enum Pending {
    Delete(String),
    DeleteRequest(String),
    Replace(ImportPlan),
    Everything,
}

/// The outcome of the last action, said in a live region.
#[derive(Clone)]
pub(super) enum Said {
    Nothing,
    Done(String),
    Refused(String),
}

/// The page's two pieces of state every part acts through: what waits for a yes, and what was said.
#[derive(Clone, Copy)]
pub(super) struct Actions {
    pub(super) pending: RwSignal<Option<Pending>>,
    pub(super) said: RwSignal<Said>,
}

impl Actions {
    /// Asks before removing or replacing: the question takes focus.
    pub(super) fn ask(self, p: Pending) {
        self.pending.set(Some(p));
        focus_by_id("confirm");
    }

    pub(super) fn tell(self, s: Said) {
        self.said.set(s);
        self.pending.set(None);
    }
}

/// Whose document `id` is, declaration or request, as a list names it.
pub(super) fn name_of(docs: crate::ui::docs::DocsCtx, id: &str, l: Locale) -> String {
    match docs.get::<Declaration>(id) {
        Some(d) => person_name(&d, l),
        None => docs.get::<crate::request::Request>(id).map(|r| named(r.person_name(), l)).unwrap_or_default(),
    }
}

fn named(name: String, l: Locale) -> String {
    if name.is_empty() {
        t::documents_no_name(l).to_string()
    } else {
        name
    }
}

pub(super) fn person_name(d: &Declaration, l: Locale) -> String {
    let name = format!("{} {}", d.person.first_name.trim(), d.person.surname.trim());
    if name.trim().is_empty() {
        t::documents_no_name(l).to_string()
    } else {
        name.trim().to_string()
    }
}

pub(super) fn file_name(d: Option<&Declaration>) -> String {
    let day = today();
    match d {
        Some(d) => format!("deklaracja-{}-{day}.json", crate::text::fold(&d.person.surname).replace(' ', "-")),
        None => format!("deklaracje-{day}.json"),
    }
}

pub(super) fn store_import(docs: DocsCtx, plan: ImportPlan, l: Locale) -> Said {
    let count = plan.declarations.len() + plan.requests.len();
    match docs.import(plan.declarations, plan.requests) {
        Ok(()) => Said::Done(t::import_done(l, count as i64)),
        Err(SaveProblem::Full) => Said::Refused(t::import_full(l).to_string()),
        Err(SaveProblem::Unavailable) => Said::Refused(t::storage_not_kept(l).to_string()),
        Err(SaveProblem::Changed) => Said::Refused(t::storage_changed_elsewhere(l).to_string()),
    }
}
