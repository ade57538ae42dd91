//! The resident's declarations: kept one per key on the device, listed in "Moje dokumenty", filled in
//! a form pre-filled from the answers, printed on A4 with a QR code, moved between devices in a file.

pub mod file;
pub mod form;
pub mod labels;
pub mod list;
pub mod print;

use leptos::prelude::*;

use crate::declaration::{migrate, Declaration};
use crate::saved::DECLARATION_SCHEMA;
use crate::ui::check::state::{clear_answers, CheckCtx};
use crate::ui::notice::NoticeCtx;
use crate::ui::storage::{self, declaration_key, SaveProblem};

#[derive(Clone, Copy)]
pub struct DocsCtx {
    /// Every declaration on the device, oldest first.
    pub list: RwSignal<Vec<Declaration>>,
    /// Values that could not be read, moved aside: their keys and when (ms).
    pub moved: RwSignal<Vec<(String, u64)>>,
    /// The declaration last read again from the device (another tab changed it), for its form.
    pub reloaded: RwSignal<Option<String>>,
    pub notices: NoticeCtx,
}

pub fn use_docs() -> DocsCtx {
    expect_context::<DocsCtx>()
}

/// Reads every declaration on the device; one that cannot be read is moved aside and reported.
pub fn provide_docs(notices: NoticeCtx) {
    let mut list: Vec<Declaration> = storage::declaration_keys().iter().filter_map(|key| read(key, notices)).collect();
    // Ids start with the time they were made, so this is oldest first.
    list.sort_by(|a, b| a.id.cmp(&b.id));
    let moved = storage::moved_aside();
    if let Some((key, _)) = moved.first() {
        notices.add(crate::ui::notice::StorageNote::MovedAside(key.clone()));
    }
    let docs =
        DocsCtx { list: RwSignal::new(list), moved: RwSignal::new(moved), reloaded: RwSignal::new(None), notices };
    storage::on_change(move |key| {
        if let Some(id) = key.strip_prefix(storage::DECLARATION_PREFIX) {
            docs.reload(id);
        }
    });
    provide_context(docs);
}

/// The declaration under `key`; one that cannot be read is moved aside and reported. The one place
/// that reads a declaration, so that the reading is in the wasm once.
fn read(key: &str, notices: NoticeCtx) -> Option<Declaration> {
    match storage::load::<Declaration>(key, DECLARATION_SCHEMA, migrate) {
        Ok(found) => found,
        Err(problem) => {
            notices.load_problem(problem);
            None
        }
    }
}

/// A new id: the time in milliseconds (so ids sort by age) and a random tail.
pub fn new_id() -> String {
    let ms = js_sys::Date::now() as u64;
    let tail: String =
        (0..4).map(|_| std::char::from_digit((js_sys::Math::random() * 36.0) as u32 % 36, 36).unwrap_or('0')).collect();
    format!("d{ms:013}-{tail}")
}

impl DocsCtx {
    pub fn get(self, id: &str) -> Option<Declaration> {
        self.list.with_untracked(|l| l.iter().find(|d| d.id == id).cloned())
    }

    /// Keeps `d` in the list, and on the device when it can; a storage problem is told, the list
    /// (and so the app) keeps working.
    pub fn save(self, d: Declaration) -> Result<(), SaveProblem> {
        let result = storage::save(&declaration_key(&d.id), DECLARATION_SCHEMA, &d);
        if let Err(problem) = result {
            self.notices.save_problem(problem);
        }
        // Another tab's newer declaration wins: shown, this change not kept.
        if result == Err(SaveProblem::Changed) {
            self.reload(&d.id);
            return result;
        }
        self.list.update(|l| match l.iter_mut().find(|x| x.id == d.id) {
            Some(x) => *x = d,
            None => l.push(d),
        });
        result
    }

    /// The declaration `id` as the device now has it (another tab changed or deleted it).
    pub fn reload(self, id: &str) {
        let found = read(&declaration_key(id), self.notices);
        self.list.update(|l| {
            l.retain(|d| d.id != id);
            l.extend(found);
            l.sort_by(|a, b| a.id.cmp(&b.id));
        });
        self.reloaded.set(Some(id.to_string()));
    }

    pub fn delete(self, id: &str) {
        storage::remove(&declaration_key(id));
        self.list.update(|l| l.retain(|d| d.id != id));
    }

    /// Stores every declaration of an import, all or none.
    pub fn import(self, incoming: Vec<Declaration>) -> Result<(), SaveProblem> {
        let items: Vec<(String, u32, &Declaration)> =
            incoming.iter().map(|d| (declaration_key(&d.id), DECLARATION_SCHEMA, d)).collect();
        match storage::save_all(&items) {
            Ok(()) => {}
            // Nothing can be kept anyway: the import still works for this visit.
            Err(SaveProblem::Unavailable) => self.notices.save_problem(SaveProblem::Unavailable),
            Err(problem) => return Err(problem),
        }
        self.list.update(|l| {
            for d in incoming {
                match l.iter_mut().find(|x| x.id == d.id) {
                    Some(x) => *x = d,
                    None => l.push(d),
                }
            }
            l.sort_by(|a, b| a.id.cmp(&b.id));
        });
        Ok(())
    }

    pub fn delete_moved(self, key: &str) {
        storage::remove(key);
        self.moved.update(|m| m.retain(|(k, _)| k != key));
        if self.moved.with_untracked(Vec::is_empty) {
            self.notices.clear_moved();
        }
    }
}

/// "Usuń wszystkie moje dane": every key the app wrote, and everything held in memory.
pub fn delete_everything(docs: DocsCtx, check: CheckCtx) {
    storage::remove_all();
    clear_answers(check);
    docs.list.set(Vec::new());
    docs.moved.set(Vec::new());
    docs.notices.clear_moved();
}
