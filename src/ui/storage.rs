//! The one module that touches the browser's storage (through gloo-storage). Every key the app writes
//! is named here, and every value is an envelope with a schema version (see [`crate::saved`]).
//! Storage that is blocked or full leaves the app usable; a value that cannot be read is moved aside
//! under a new key (never overwritten or dropped) and reported, so the person can export it.
//!
//! On a shared device ([`use_memory`]) the person's answers and declarations go to a map in this
//! page's memory instead: nothing of theirs is ever written to `localStorage`, and a reload or
//! "Zakończ" forgets it all. Only the device settings ([`DEVICE`]) are always stored.
//!
//! Two tabs of the app share `localStorage`. Each tab remembers the text of every key as it last read
//! or wrote it; a save over text another tab wrote since is refused ([`SaveProblem::Changed`]), so an
//! older tab never silently overwrites a newer value, and [`on_change`] tells a tab when another one
//! changed a key (the browser's `storage` event), for it to show the newer value.

use std::cell::RefCell;

use gloo_storage::{LocalStorage, Storage};
use serde::{de::DeserializeOwned, Serialize};

use crate::device::{read_settings, write_settings, DeviceSettings};
use crate::saved::{self, Migrate, ReadError};

/// Every key starts with this, so "delete all my data" finds them all.
pub const PREFIX: &str = "sprawdz-wsparcie.";
/// The questionnaire's answers and the projects being checked.
pub const ANSWERS: &str = "sprawdz-wsparcie.odpowiedzi";
/// One key per declaration: this, then the declaration's id.
pub const DECLARATION_PREFIX: &str = "sprawdz-wsparcie.deklaracja.";
/// One key per request to bring to the centre: this, then the request's id.
pub const REQUEST_PREFIX: &str = "sprawdz-wsparcie.wniosek.";
/// When each declaration or request was last saved to a file ([`crate::saved::FileSaves`]).
pub const FILE_SAVES: &str = "sprawdz-wsparcie.zapisane-do-pliku";
/// How this device is used (mode, idle minutes, the counter's centre). Not a person's data: "delete
/// all my data" and "Następna osoba" keep it.
pub const DEVICE: &str = "sprawdz-wsparcie.urzadzenie";
/// The language chosen with the switch ("pl", "uk" or "en"). A preference, not a person's data:
/// "delete all my data" keeps it. On a shared device it lives in the tab's session storage (so it
/// follows the person from the catalogue to the check) and "Zakończ" or "Następna osoba" forgets it.
pub const LANGUAGE: &str = "sprawdz-wsparcie.jezyk";
/// One key per draft of the staff editor: this, then the draft's key. A centre's work, not a
/// resident's data: "delete all my data" keeps it. The editor never keeps values in memory only (it
/// does not take up a shared device's mode), so a draft is always in `localStorage`.
pub const DRAFT_PREFIX: &str = "sprawdz-wsparcie.szkic.";
/// A value that could not be read is moved to its key, this, and the time in milliseconds.
const MOVED_ASIDE: &str = ".uszkodzone-";

/// The key of the document `id` of the kind kept under `prefix`.
pub fn document_key(prefix: &str, id: &str) -> String {
    format!("{prefix}{id}")
}

pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

/// Moves the value at `key` aside (a draft whose contents do not fit together): kept, never dropped.
pub fn set_aside(key: &str) -> Option<String> {
    let raw = raw_text(key)?;
    Some(move_aside(key, &raw))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadProblem {
    /// The browser gives no storage (private mode, disabled): nothing will be kept.
    Unavailable,
    /// A value was there but could not be read; it now lives under `moved_to`.
    Damaged { moved_to: String },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveProblem {
    Unavailable,
    Full,
    /// Another tab changed the value since this one read it: nothing was written.
    Changed,
}

thread_local! {
    /// `Some` on a shared device: the person's values, in the order written, in memory only.
    static MEMORY: RefCell<Option<Vec<(String, String)>>> = const { RefCell::new(None) };
    /// Each key's text as this tab last read, wrote or heard of it (`None`: there was none). A list:
    /// a tab touches a few keys, and a `HashMap` (its hasher seeded at random) made the checker's
    /// wasm 2 KB bigger, measured with `make size`.
    static SEEN: RefCell<Vec<(String, Option<String>)>> = const { RefCell::new(Vec::new()) };
}

fn seen(key: &str, text: Option<String>) {
    SEEN.with(|s| {
        let mut s = s.borrow_mut();
        match s.iter_mut().find(|(k, _)| k == key) {
            Some((_, t)) => *t = text,
            None => s.push((key.to_string(), text)),
        }
    });
}

/// Whether another tab wrote `key` since this one last read or wrote it.
fn changed_elsewhere(key: &str) -> bool {
    let Some(last) = SEEN.with(|s| s.borrow().iter().find(|(k, _)| k == key).map(|(_, t)| t.clone())) else {
        return false;
    };
    get_item(key).ok().flatten() != last
}

/// Forgets what this tab saw under every key, as a page opened afresh knows nothing yet (for tests that
/// change the storage behind the app's back, as another tab would).
pub fn forget_seen() {
    SEEN.with(|s| s.borrow_mut().clear());
}

/// Calls `f` with each of the app's keys another tab (or window) changes, once this tab knows the new
/// text: the page then reads the value again. For the life of the page.
pub fn on_change(f: impl Fn(&str) + 'static) {
    if cfg!(feature = "ssr") || in_memory() {
        return;
    }
    let listener = leptos::prelude::window_event_listener(leptos::ev::storage, move |e: web_sys::StorageEvent| {
        let Some(key) = e.key().filter(|k| k.starts_with(PREFIX)) else { return };
        seen(&key, e.new_value());
        f(&key);
    });
    std::mem::forget(listener);
}

/// From now on, keeps the person's values in memory only (a shared device). Called once at start,
/// before anything is read.
pub fn use_memory() {
    MEMORY.with(|m| *m.borrow_mut() = Some(Vec::new()));
}

pub fn in_memory() -> bool {
    MEMORY.with(|m| m.borrow().is_some())
}

/// Whether the browser lets the page use its storage at all (reading `localStorage` throws when the
/// person or a policy blocked it). Memory is always available.
pub fn available() -> bool {
    in_memory() || local_available()
}

fn local_available() -> bool {
    // Pages written at build time read no one's storage.
    !cfg!(feature = "ssr") && web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some()
}

// The four primitives every function below goes through: memory on a shared device, else localStorage.

fn get_item(key: &str) -> Result<Option<String>, ()> {
    if let Some(found) =
        MEMORY.with(|m| m.borrow().as_ref().map(|m| m.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())))
    {
        return Ok(found);
    }
    LocalStorage::raw().get_item(key).map_err(|_| ())
}

fn set_item(key: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    let stored = MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        let m = m.as_mut()?;
        match m.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => *v = text.to_string(),
            None => m.push((key.to_string(), text.to_string())),
        }
        Some(())
    });
    match stored {
        Some(()) => Ok(()),
        None => LocalStorage::raw().set_item(key, text),
    }
}

fn remove_item(key: &str) {
    let in_memory = MEMORY.with(|m| m.borrow_mut().as_mut().map(|m| m.retain(|(k, _)| k != key)).is_some());
    if !in_memory {
        LocalStorage::delete(key);
    }
}

fn all_keys() -> Vec<String> {
    if let Some(keys) = MEMORY.with(|m| m.borrow().as_ref().map(|m| m.iter().map(|(k, _)| k.clone()).collect())) {
        return keys;
    }
    if !local_available() {
        return Vec::new();
    }
    let raw = LocalStorage::raw();
    (0..raw.length().unwrap_or(0)).filter_map(|i| raw.key(i).ok().flatten()).collect()
}

fn language_store() -> Option<web_sys::Storage> {
    if cfg!(feature = "ssr") {
        return None;
    }
    let window = web_sys::window()?;
    if in_memory() { window.session_storage() } else { window.local_storage() }.ok().flatten()
}

/// The language chosen earlier on this device, if any (an unknown code counts as none).
pub fn language() -> Option<String> {
    language_store()?.get_item(LANGUAGE).ok().flatten()
}

/// Keeps the language chosen; a blocked or full storage only means it is asked again next time.
pub fn save_language(code: &str) {
    if let Some(store) = language_store() {
        let _ = store.set_item(LANGUAGE, code);
    }
}

pub fn forget_language() {
    if let Some(store) = language_store() {
        let _ = store.remove_item(LANGUAGE);
    }
}

/// The device settings; defaults when none are stored, storage is blocked, or the value cannot be
/// read (then it is moved aside like any other, so staff can see it was reset).
pub fn device_settings() -> DeviceSettings {
    if !local_available() {
        return DeviceSettings::default();
    }
    let Ok(Some(raw)) = LocalStorage::raw().get_item(DEVICE) else { return DeviceSettings::default() };
    match read_settings(&raw) {
        Ok(settings) => settings.sanitized(),
        Err(_) => {
            let moved_to = format!("{DEVICE}{MOVED_ASIDE}{}", js_sys::Date::now() as u64);
            if LocalStorage::raw().set_item(&moved_to, &raw).is_ok() {
                LocalStorage::delete(DEVICE);
            }
            DeviceSettings::default()
        }
    }
}

/// Stores the device settings, always in `localStorage` (never a person's data).
pub fn save_device_settings(settings: &DeviceSettings) -> Result<(), SaveProblem> {
    if !local_available() {
        return Err(SaveProblem::Unavailable);
    }
    quota_problem(LocalStorage::raw().set_item(DEVICE, &write_settings(settings)))
}

/// Moves the text of `key` aside and returns where it went.
fn move_aside(key: &str, raw: &str) -> String {
    let moved_to = format!("{key}{MOVED_ASIDE}{}", js_sys::Date::now() as u64);
    // If even this fails (storage full), the value stays where it is: still not lost.
    if set_item(&moved_to, raw).is_ok() {
        remove_item(key);
    }
    moved_to
}

/// Reads `key` as schema `schema`, migrating a value of an earlier schema and writing it back.
/// `Ok(None)`: nothing saved.
pub fn load<T: DeserializeOwned + Serialize>(
    key: &str,
    schema: u32,
    migrate: Migrate,
) -> Result<Option<T>, LoadProblem> {
    let Some(raw) = read_text(key)? else { return Ok(None) };
    match saved::read::<T>(&raw, schema, migrate) {
        Ok((value, migrated)) => {
            // Written back in the current schema; if that fails the old one stays readable.
            if migrated {
                let _ = save(key, schema, &value);
            }
            Ok(Some(value))
        }
        Err(ReadError::Unreadable(_) | ReadError::Newer(_)) => {
            Err(LoadProblem::Damaged { moved_to: move_aside(key, &raw) })
        }
    }
}

/// The text under `key`, noted as what this tab saw there. Apart from the generic [`load`] and
/// [`save`], so that it is in the wasm once rather than once per type stored.
#[inline(never)]
fn read_text(key: &str) -> Result<Option<String>, LoadProblem> {
    if !available() {
        return Err(LoadProblem::Unavailable);
    }
    let raw = get_item(key).map_err(|_| LoadProblem::Unavailable)?;
    seen(key, raw.clone());
    Ok(raw)
}

/// Writes `data` under `key`, unless another tab wrote the key since this one read it.
pub fn save<T: Serialize>(key: &str, schema: u32, data: &T) -> Result<(), SaveProblem> {
    if !available() {
        return Err(SaveProblem::Unavailable);
    }
    write_text(key, saved::write(schema, data))
}

#[inline(never)]
fn write_text(key: &str, text: String) -> Result<(), SaveProblem> {
    if changed_elsewhere(key) {
        return Err(SaveProblem::Changed);
    }
    save_raw(key, &text)?;
    seen(key, Some(text));
    Ok(())
}

fn save_raw(key: &str, text: &str) -> Result<(), SaveProblem> {
    quota_problem(set_item(key, text))
}

fn quota_problem(result: Result<(), wasm_bindgen::JsValue>) -> Result<(), SaveProblem> {
    match result {
        Ok(()) => Ok(()),
        // A DOMException named QuotaExceededError when the origin's storage is full.
        Err(e) => match js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()) {
            Some(name) if name == "QuotaExceededError" => Err(SaveProblem::Full),
            _ => Err(SaveProblem::Unavailable),
        },
    }
}

pub fn remove(key: &str) {
    if available() {
        remove_item(key);
        seen(key, None);
    }
}

/// Every key the app wrote that starts with `prefix`, in the storage's order.
pub fn keys_with(prefix: &str) -> Vec<String> {
    all_keys().into_iter().filter(|k| k.starts_with(prefix)).collect()
}

/// The keys of one kind of document (declarations, requests, the editor's drafts), by its prefix, not
/// those moved aside.
pub fn document_keys(prefix: &str) -> Vec<String> {
    keys_with(prefix).into_iter().filter(|k| !k.contains(MOVED_ASIDE)).collect()
}

/// Values moved aside because they could not be read, with the time they were moved (ms).
pub fn moved_aside() -> Vec<(String, u64)> {
    keys_with(PREFIX)
        .into_iter()
        .filter_map(|k| {
            let (_, ms) = k.rsplit_once(MOVED_ASIDE)?;
            let ms = ms.parse().ok()?;
            Some((k, ms))
        })
        .collect()
}

/// The stored text as it is, to export a value that could not be read.
pub fn raw_text(key: &str) -> Option<String> {
    available().then(|| get_item(key).ok().flatten()).flatten()
}

/// Writes several values at once; if one fails, the ones written are put back as they were, so the
/// storage is either all updated or unchanged.
pub fn save_all<T: Serialize>(items: &[(String, u32, &T)]) -> Result<(), SaveProblem> {
    if !available() {
        return Err(SaveProblem::Unavailable);
    }
    if items.iter().any(|(key, _, _)| changed_elsewhere(key)) {
        return Err(SaveProblem::Changed);
    }
    let mut before: Vec<(String, Option<String>)> = Vec::new();
    for (key, schema, data) in items {
        before.push((key.clone(), raw_text(key)));
        if let Err(problem) = save_raw(key, &saved::write(*schema, data)) {
            for (key, old) in before.into_iter().rev() {
                match old {
                    Some(text) => {
                        let _ = save_raw(&key, &text);
                    }
                    None => remove_item(&key),
                }
            }
            return Err(problem);
        }
    }
    for (key, schema, data) in items {
        seen(key, Some(saved::write(*schema, data)));
    }
    Ok(())
}

/// Removes every key of a person's data the app wrote: answers, declarations, values moved aside
/// (the device settings and the language stay). Returns how many. On a shared device this empties
/// the memory.
pub fn remove_all() -> usize {
    let keys: Vec<String> = keys_with(PREFIX)
        .into_iter()
        .filter(|k| k != DEVICE && k != LANGUAGE && !k.starts_with(DRAFT_PREFIX))
        .collect();
    for k in &keys {
        remove_item(k);
        seen(k, None);
    }
    keys.len()
}
