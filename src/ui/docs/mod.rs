//! The resident's declarations: kept one per key on the device, listed in "Moje dokumenty", filled in
//! a form pre-filled from the answers, printed on A4 with a QR code, moved between devices in a file.

pub mod file;
pub mod form;
pub mod labels;
pub mod list;
pub mod print;

use leptos::prelude::*;

use crate::declaration::{migrate, Declaration};
use crate::saved::{no_migration, FileSaves, DECLARATION_SCHEMA, FILE_SAVES_SCHEMA};
use crate::ui::check::state::{clear_answers, CheckCtx};
use crate::ui::context::today;
use crate::ui::notice::NoticeCtx;
use crate::ui::storage::{self, declaration_key, LoadProblem, SaveProblem};

#[derive(Clone, Copy)]
pub struct DocsCtx {
    /// Every declaration on the device, oldest first.
    pub list: RwSignal<Vec<Declaration>>,
    /// Values that could not be read, moved aside: their keys and when (ms).
    pub moved: RwSignal<Vec<(String, u64)>>,
    /// The declaration last read again from the device (another tab changed it), for its form.
    pub reloaded: RwSignal<Option<String>>,
    /// When each declaration was last saved to a file on this device.
    pub files: RwSignal<FileSaves>,
    /// Whether the browser has promised to keep the storage (`None`: not known yet).
    pub kept: RwSignal<Option<bool>>,
    pub notices: NoticeCtx,
}

pub fn use_docs() -> DocsCtx {
    expect_context::<DocsCtx>()
}

/// Reads every declaration on the device; one that cannot be read is moved aside and reported.
pub fn provide_docs(notices: NoticeCtx) {
    let mut list: Vec<Declaration> = storage::declaration_keys().iter().filter_map(|key| read(key, notices)).collect();
    // Ids start with the time they were made, so this is oldest first.
    crate::order::sort_by(&mut list, |a, b| a.id.cmp(&b.id));
    let files = RwSignal::new(read_files(notices));
    let moved = storage::moved_aside();
    if let Some((key, _)) = moved.first() {
        notices.add(crate::ui::notice::StorageNote::MovedAside(key.clone()));
    }
    let kept = RwSignal::new(None);
    let docs = DocsCtx {
        list: RwSignal::new(list),
        moved: RwSignal::new(moved),
        reloaded: RwSignal::new(None),
        files,
        kept,
        notices,
    };
    // Nothing of a shared device's person is stored, so there is nothing for the browser to keep.
    if !storage::in_memory() {
        leptos::task::spawn_local(async move { kept.set(Some(crate::ui::keeping::persisted().await)) });
    }
    storage::on_change(move |key| {
        if let Some(id) = key.strip_prefix(storage::DECLARATION_PREFIX) {
            docs.reload(id);
        } else if key == storage::FILE_SAVES {
            files.set(read_files(notices));
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

/// The record of declarations saved to a file; one that cannot be read is moved aside and reported
/// (the declarations themselves are untouched), and the record starts again.
fn read_files(notices: NoticeCtx) -> FileSaves {
    let text = match storage::load::<String>(storage::FILE_SAVES, FILE_SAVES_SCHEMA, no_migration) {
        Ok(text) => text.unwrap_or_default(),
        Err(problem) => {
            notices.load_problem(problem);
            return FileSaves::default();
        }
    };
    FileSaves::from_text(&text).unwrap_or_else(|_| {
        if let Some(moved_to) = storage::set_aside(storage::FILE_SAVES) {
            notices.load_problem(LoadProblem::Damaged { moved_to });
        }
        FileSaves::default()
    })
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
        if result.is_ok() {
            self.ask_to_keep();
        }
        result
    }

    /// Once a declaration is stored, asks the browser to keep the storage (once a page: Firefox asks
    /// the person), and shows its answer.
    fn ask_to_keep(self) {
        if storage::in_memory() || self.kept.get_untracked() == Some(true) || !crate::ui::keeping::first_ask() {
            return;
        }
        let kept = self.kept;
        leptos::task::spawn_local(async move { kept.set(Some(crate::ui::keeping::persist().await)) });
    }

    /// Notes that these declarations were just saved to a file (read afresh first: another tab may
    /// have noted others). A record that cannot be stored only goes unshown on the next visit.
    pub fn saved_to_file(self, ids: &[String]) {
        self.change_files(|files| files.saved(ids, today()));
    }

    fn change_files(self, change: impl FnOnce(&mut FileSaves)) {
        let mut files = read_files(self.notices);
        change(&mut files);
        // No key is left behind once no declaration has a record (as none was before).
        if files.saves.is_empty() {
            storage::remove(storage::FILE_SAVES);
        } else {
            let _ = storage::save(storage::FILE_SAVES, FILE_SAVES_SCHEMA, &files.to_text());
        }
        self.files.set(files);
    }

    /// The declaration `id` as the device now has it (another tab changed or deleted it).
    pub fn reload(self, id: &str) {
        let found = read(&declaration_key(id), self.notices);
        self.list.update(|l| {
            l.retain(|d| d.id != id);
            l.extend(found);
            crate::order::sort_by(l, |a, b| a.id.cmp(&b.id));
        });
        self.reloaded.set(Some(id.to_string()));
    }

    pub fn delete(self, id: &str) {
        storage::remove(&declaration_key(id));
        self.list.update(|l| l.retain(|d| d.id != id));
        if self.files.with_untracked(|f| f.on(id).is_some()) {
            self.change_files(|files| files.forget(id));
        }
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
            crate::order::sort_by(l, |a, b| a.id.cmp(&b.id));
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
    docs.files.set(FileSaves::default());
    docs.notices.clear_moved();
}
