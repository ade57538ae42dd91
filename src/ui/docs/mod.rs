//! The resident's documents, declarations and requests to bring: kept one per key on the device,
//! listed in "Moje dokumenty", filled in a form pre-filled from the answers, printed on A4 with a QR
//! code, moved between devices in a file.

pub mod file;
pub mod form;
pub mod labels;
pub mod list;
pub mod print;
pub mod request;

use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;

use crate::declaration::Declaration;
use crate::request::Request;
use crate::saved::{no_migration, FileSaves, FILE_SAVES_SCHEMA};
use crate::ui::check::state::{clear_answers, CheckCtx};
use crate::ui::context::today;
use crate::ui::notice::NoticeCtx;
use crate::ui::storage::{self, document_key, LoadProblem, SaveProblem};

/// A document a resident keeps on the device, one per key: a declaration or a request to bring.
pub trait Document: Clone + Serialize + DeserializeOwned + Send + Sync + 'static {
    /// Each is kept under this and its id ([`crate::ui::storage`]).
    const PREFIX: &'static str;
    const SCHEMA: u32;
    fn migrate(from: u32, data: Value) -> Result<Value, String>;
    fn id(&self) -> &str;
    /// Where the app keeps those of this kind.
    fn shelf(docs: DocsCtx) -> Shelf<Self>;
}

impl Document for Declaration {
    const PREFIX: &'static str = storage::DECLARATION_PREFIX;
    const SCHEMA: u32 = crate::saved::DECLARATION_SCHEMA;
    fn migrate(from: u32, data: Value) -> Result<Value, String> {
        crate::declaration::migrate(from, data)
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn shelf(docs: DocsCtx) -> Shelf<Self> {
        docs.declarations
    }
}

impl Document for Request {
    const PREFIX: &'static str = storage::REQUEST_PREFIX;
    const SCHEMA: u32 = crate::request::REQUEST_SCHEMA;
    fn migrate(from: u32, data: Value) -> Result<Value, String> {
        crate::request::migrate(from, data)
    }
    fn id(&self) -> &str {
        &self.id
    }
    fn shelf(docs: DocsCtx) -> Shelf<Self> {
        docs.requests
    }
}

/// The documents of one kind on the device, oldest first (ids start with the time they were made).
pub struct Shelf<T: Document> {
    pub list: RwSignal<Vec<T>>,
    /// The document last read again from the device (another tab changed it), for its form.
    pub reloaded: RwSignal<Option<String>>,
}

impl<T: Document> Clone for Shelf<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Document> Copy for Shelf<T> {}

impl<T: Document> Shelf<T> {
    fn empty() -> Shelf<T> {
        Shelf { list: RwSignal::new(Vec::new()), reloaded: RwSignal::new(None) }
    }

    /// Every document of this kind on the device, put beside those already in the list.
    fn read_stored(self, notices: NoticeCtx) {
        self.put(storage::document_keys(T::PREFIX).iter().filter_map(|key| read(key, notices)).collect());
    }

    /// Puts `incoming` in the list in place of those of the same id.
    fn put(self, incoming: Vec<T>) {
        self.list.update(|l| {
            for d in incoming {
                match l.iter_mut().find(|x| x.id() == d.id()) {
                    Some(x) => *x = d,
                    None => l.push(d),
                }
            }
            crate::order::sort_by(l, |a, b| a.id().cmp(b.id()));
        });
    }
}

#[derive(Clone, Copy)]
pub struct DocsCtx {
    pub declarations: Shelf<Declaration>,
    pub requests: Shelf<Request>,
    /// Values that could not be read, moved aside: their keys and when (ms).
    pub moved: RwSignal<Vec<(String, u64)>>,
    /// When each document was last saved to a file on this device.
    pub files: RwSignal<FileSaves>,
    /// Whether the browser has promised to keep the storage (`None`: not known yet).
    pub kept: RwSignal<Option<bool>>,
    pub notices: NoticeCtx,
    /// Once the documents are read ([`use_docs`]): takes a stored key another tab (or a refused save)
    /// changed, and reads that document again. `None` before.
    follow: StoredValue<Option<Callback<String>>>,
}

/// The documents on the device, read the first time a page that shows them asks: "Moje dokumenty", a
/// declaration, a request and their prints, each a part of the checker's wasm loaded when opened
/// (`ui::check::app`). Reading them, with every format's reader and migration, is their code, not
/// the code that reaches a result: read at the app's start, it was 16.7 KB gzip of the wasm loaded
/// before the first question (measured).
pub fn use_docs() -> DocsCtx {
    let docs = expect_context::<DocsCtx>();
    docs.read_documents();
    docs
}

/// The documents' place, to add one without reading those already on the device: the declaration
/// made from a result, the request made from the benefits. A page that lists or shows documents
/// uses [`use_docs`].
pub fn docs_to_add() -> DocsCtx {
    expect_context::<DocsCtx>()
}

/// The documents' place, empty until a page reads them ([`use_docs`]), and the values moved aside
/// earlier, reported.
pub fn provide_docs(notices: NoticeCtx) {
    let files = RwSignal::new(read_files(notices));
    let moved = storage::moved_aside();
    if let Some((key, _)) = moved.first() {
        notices.add(crate::ui::notice::StorageNote::MovedAside(key.clone()));
    }
    let kept = RwSignal::new(None);
    let (declarations, requests) = (Shelf::empty(), Shelf::empty());
    let follow = StoredValue::new(None);
    let docs = DocsCtx { declarations, requests, moved: RwSignal::new(moved), files, kept, notices, follow };
    // Nothing of a shared device's person is stored, so there is nothing for the browser to keep.
    if !storage::in_memory() {
        leptos::task::spawn_local(async move { kept.set(Some(crate::ui::keeping::persisted().await)) });
    }
    storage::on_change(move |key| {
        if key == storage::FILE_SAVES {
            files.set(read_files(notices));
        } else {
            docs.follow_change(key);
        }
    });
    provide_context(docs);
}

/// The document under `key`; one that cannot be read is moved aside and reported. The one place
/// that reads a document, so that the reading is in the wasm once for each kind.
fn read<T: Document>(key: &str, notices: NoticeCtx) -> Option<T> {
    match storage::load::<T>(key, T::SCHEMA, T::migrate) {
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

/// A new id: its kind's letter (`d` a declaration, `w` a request), the time in milliseconds (so ids
/// sort by age) and a random tail.
pub fn new_id(kind: char) -> String {
    let ms = js_sys::Date::now() as u64;
    let tail: String =
        (0..4).map(|_| std::char::from_digit((js_sys::Math::random() * 36.0) as u32 % 36, 36).unwrap_or('0')).collect();
    format!("{kind}{ms:013}-{tail}")
}

impl DocsCtx {
    /// Reads every document on the device, once; one that cannot be read is moved aside and
    /// reported. Those this visit added before (a declaration made from a result) stay beside them.
    /// From then on the lists follow the device's changes.
    fn read_documents(self) {
        if self.follow.with_value(Option::is_some) {
            return;
        }
        self.declarations.read_stored(self.notices);
        self.requests.read_stored(self.notices);
        self.moved.set(storage::moved_aside());
        self.follow.set_value(Some(Callback::new(move |key: String| {
            if let Some(id) = key.strip_prefix(storage::DECLARATION_PREFIX) {
                self.reload::<Declaration>(id);
            } else if let Some(id) = key.strip_prefix(storage::REQUEST_PREFIX) {
                self.reload::<Request>(id);
            }
        })));
    }

    /// A stored key changed elsewhere: its document is read again, if the documents are read.
    fn follow_change(self, key: &str) {
        if let Some(follow) = self.follow.get_value() {
            follow.run(key.to_string());
        }
    }

    /// No declaration and no request on the device (tracked).
    pub fn is_empty(self) -> bool {
        self.declarations.list.with(Vec::is_empty) && self.requests.list.with(Vec::is_empty)
    }

    pub fn get<T: Document>(self, id: &str) -> Option<T> {
        T::shelf(self).list.with_untracked(|l| l.iter().find(|d| d.id() == id).cloned())
    }

    /// Keeps `d` in its list, and on the device when it can; a storage problem is told, the list
    /// (and so the app) keeps working.
    pub fn save<T: Document>(self, d: T) -> Result<(), SaveProblem> {
        let result = storage::save(&document_key(T::PREFIX, d.id()), T::SCHEMA, &d);
        if let Err(problem) = result {
            self.notices.save_problem(problem);
        }
        // Another tab's newer document wins: shown, this change not kept.
        if result == Err(SaveProblem::Changed) {
            self.follow_change(&document_key(T::PREFIX, d.id()));
            return result;
        }
        T::shelf(self).put(vec![d]);
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

    /// The document `id` as the device now has it (another tab changed or deleted it).
    pub fn reload<T: Document>(self, id: &str) {
        let found: Option<T> = read(&document_key(T::PREFIX, id), self.notices);
        let shelf = T::shelf(self);
        shelf.list.update(|l| l.retain(|d| d.id() != id));
        shelf.put(found.into_iter().collect());
        shelf.reloaded.set(Some(id.to_string()));
    }

    pub fn delete<T: Document>(self, id: &str) {
        storage::remove(&document_key(T::PREFIX, id));
        T::shelf(self).list.update(|l| l.retain(|d| d.id() != id));
        if self.files.with_untracked(|f| f.on(id).is_some()) {
            self.change_files(|files| files.forget(id));
        }
    }

    /// Stores every document of an import, all or none.
    pub fn import(self, declarations: Vec<Declaration>, requests: Vec<Request>) -> Result<(), SaveProblem> {
        fn items<T: Document>(list: &[T]) -> impl Iterator<Item = (String, u32, Value)> + '_ {
            list.iter()
                .map(|d| (document_key(T::PREFIX, d.id()), T::SCHEMA, serde_json::to_value(d).unwrap_or_default()))
        }
        let items: Vec<(String, u32, Value)> = items(&declarations).chain(items(&requests)).collect();
        let items: Vec<(String, u32, &Value)> = items.iter().map(|(k, s, v)| (k.clone(), *s, v)).collect();
        match storage::save_all(&items) {
            Ok(()) => {}
            // Nothing can be kept anyway: the import still works for this visit.
            Err(SaveProblem::Unavailable) => self.notices.save_problem(SaveProblem::Unavailable),
            Err(problem) => return Err(problem),
        }
        self.declarations.put(declarations);
        self.requests.put(requests);
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
    docs.declarations.list.set(Vec::new());
    docs.requests.list.set(Vec::new());
    docs.moved.set(Vec::new());
    docs.files.set(FileSaves::default());
    docs.notices.clear_moved();
}
