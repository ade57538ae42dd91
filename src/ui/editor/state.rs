//! The draft being edited, read from the device when a page names it and written back after every
//! change, and its problems, worked out again as it changes.

use leptos::prelude::*;

use crate::editor::draft::{Draft, FieldError};
use crate::editor::stored::{migrate_draft, Stored, Unreadable, DRAFT_SCHEMA};
use crate::editor::{fields, form};
use crate::i18n::Locale;
use crate::ui::context::{today, use_locale};
use crate::ui::data::{places, Remote};
use crate::ui::storage::{self, LoadProblem, SaveProblem};

/// What a page finds under a draft's key.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    Ready,
    /// No draft is kept under this key (deleted, or another device's link).
    Missing,
    /// The stored value could not be read: moved aside under this key, never overwritten.
    Damaged(String),
    Unavailable,
}

#[derive(Clone, Copy)]
pub struct Editing {
    pub key: RwSignal<String>,
    pub draft: RwSignal<Option<Draft>>,
    pub opened: RwSignal<Opened>,
    /// The last save's problem, said on the page.
    pub save_problem: RwSignal<Option<SaveProblem>>,
    /// Counts the times the open draft was read again (another tab changed it): the page is drawn
    /// again, its fields showing the newer text.
    pub reread: RwSignal<u32>,
}

pub fn provide_editing() {
    let editing = Editing {
        key: RwSignal::new(String::new()),
        draft: RwSignal::new(None),
        opened: RwSignal::new(Opened::Missing),
        save_problem: RwSignal::new(None),
        reread: RwSignal::new(0),
    };
    provide_context(editing);
    let locale = use_locale();
    provide_context(Problems(checked(editing, locale)));
    storage::on_change(move |key| {
        if key.strip_prefix(storage::DRAFT_PREFIX) == Some(editing.key.get_untracked().as_str()) {
            reread(editing, locale.get_untracked());
        }
    });
}

/// Reads the open draft again from the device and draws its page again.
fn reread(editing: Editing, l: Locale) {
    let key = editing.key.get_untracked();
    read_draft(editing, &key, l);
    editing.reread.update(|n| *n += 1);
}

pub fn use_editing() -> Editing {
    expect_context::<Editing>()
}

/// What was typed at `path`, read again as its field reads it (a stored draft keeps typed text): the
/// field's kind is the one the editor's list of fields gives the path.
fn retype(path: &str, typed: &str, l: Locale) -> Result<Option<crate::editor::json::Json>, fields::Typed> {
    let kind = form::kind_at(path).filter(|k| k.is_typed()).unwrap_or(form::Kind::Text);
    form::read(kind, path, typed, l)
}

/// Opens the draft under `key` unless it is the one open.
pub fn open(key: &str) {
    let editing = use_editing();
    if editing.key.get_untracked() == key && editing.draft.with_untracked(Option::is_some) {
        return;
    }
    read_draft(editing, key, use_locale().get_untracked());
}

fn read_draft(editing: Editing, key: &str, l: Locale) {
    let stored_key = storage::draft_key(key);
    let found = storage::load::<Stored>(&stored_key, DRAFT_SCHEMA, migrate_draft);
    editing.key.set(key.to_string());
    let (draft, opened) = match found {
        Ok(Some(stored)) => match stored.into_draft(|path, typed| retype(path, typed, l)) {
            Ok((draft, _)) => (Some(draft), Opened::Ready),
            Err(Unreadable::Damaged | Unreadable::Newer(_)) => {
                (None, Opened::Damaged(storage::set_aside(&stored_key).unwrap_or_default()))
            }
        },
        Ok(None) => (None, Opened::Missing),
        Err(LoadProblem::Damaged { moved_to }) => (None, Opened::Damaged(moved_to)),
        Err(LoadProblem::Unavailable) => (None, Opened::Unavailable),
    };
    editing.draft.set(draft);
    editing.opened.set(opened);
}

/// Keeps a new draft under a new key; the key, or why it could not be kept.
pub fn keep_new(draft: Draft, teryt: &str) -> Result<String, SaveProblem> {
    let mut n = js_sys::Date::now() as u64;
    // Never over another draft: a key already taken is passed by.
    while storage::raw_text(&storage::draft_key(&format!("{teryt}-{n}"))).is_some() {
        n += 1;
    }
    let key = format!("{teryt}-{n}");
    storage::save(&storage::draft_key(&key), DRAFT_SCHEMA, &draft.to_stored(&today().to_string()))?;
    Ok(key)
}

/// Changes the open draft and writes it back to the device.
pub fn change(edit: impl FnOnce(&mut Draft)) {
    let editing = use_editing();
    let mut saved = None;
    editing.draft.update(|d| {
        if let Some(d) = d {
            edit(d);
            saved = Some(d.to_stored(&today().to_string()));
        }
    });
    if let Some(stored) = saved {
        let key = storage::draft_key(&editing.key.get_untracked());
        let result = storage::save(&key, DRAFT_SCHEMA, &stored);
        // Another tab's newer draft wins: shown, and this change said to be lost.
        if result == Err(SaveProblem::Changed) {
            reread(editing, use_locale().get_untracked());
        }
        editing.save_problem.set(result.err());
    }
}

/// The draft's file name: the centre's id, as the catalogue names its files.
pub fn file_name(draft: &Draft) -> String {
    let id = draft.file.text("centre.id");
    format!("{}.json", if id.is_empty() { "osrodek" } else { &id })
}

/// The open draft's problems, worked out once per change for every field of the page.
#[derive(Clone, Copy)]
struct Problems(Memo<Vec<FieldError>>);

/// Every problem of the open draft, as the checks of `wsparcie validate` find them, worked out again
/// when it changes (with the register's places once they are read).
fn checked(editing: Editing, locale: Signal<Locale>) -> Memo<Vec<FieldError>> {
    Memo::new(move |_| {
        let l = locale.get();
        let known = match places() {
            Remote::Ready(places) => Some(places),
            _ => None,
        };
        let (programmes, _) = crate::ui::load::built_in_programmes();
        editing.draft.with(|d| match d {
            Some(d) => d.check(&file_name(d), &programmes, known.as_deref(), l),
            None => Vec::new(),
        })
    })
}

/// Every problem of the open draft: one reading shared by every field, summary and list of the page
/// (each field reading its own would check the whole file again for each field on every keystroke).
pub fn problems() -> Memo<Vec<FieldError>> {
    expect_context::<Problems>().0
}

/// The position of the open draft's project with key `project`, and its page's heading: `of` its title
/// as it is typed, `plain` while it has none; the page's title follows the heading.
pub fn titled_project(
    project: u32,
    plain: fn(Locale) -> &'static str,
    of: fn(Locale, &str) -> String,
) -> (Option<usize>, Signal<String>) {
    let l = use_locale().get_untracked();
    let editing = use_editing();
    let at = editing.draft.with_untracked(|d| d.as_ref().and_then(|d| d.project_at(project)));
    let path = at.map(|i| format!("projects[{i}].title")).unwrap_or_default();
    let heading = Signal::derive(move || {
        let title = editing.draft.with(|d| d.as_ref().map(|d| d.file.text(&path)).unwrap_or_default());
        if title.is_empty() {
            plain(l).to_string()
        } else {
            of(l, &title)
        }
    });
    crate::ui::components::title::use_page_title(move || heading.get());
    (at, heading)
}
