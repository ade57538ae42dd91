//! The one module that touches the browser's storage (through gloo-storage). Every key the app writes
//! is named here, and every value is an envelope with a schema version (see [`crate::saved`]).
//! Storage that is blocked or full leaves the app usable; a value that cannot be read is moved aside
//! under a new key (never overwritten or dropped) and reported, so the person can export it.

use gloo_storage::{LocalStorage, Storage};
use serde::{de::DeserializeOwned, Serialize};

use crate::saved::{self, Migrate, ReadError};

/// Every key starts with this, so "delete all my data" finds them all.
pub const PREFIX: &str = "sprawdz-wsparcie.";
/// The questionnaire's answers and the projects being checked.
pub const ANSWERS: &str = "sprawdz-wsparcie.odpowiedzi";
/// One key per declaration: this, then the declaration's id.
pub const DECLARATION_PREFIX: &str = "sprawdz-wsparcie.deklaracja.";
/// A value that could not be read is moved to its key, this, and the time in milliseconds.
const MOVED_ASIDE: &str = ".uszkodzone-";

pub fn declaration_key(id: &str) -> String {
    format!("{DECLARATION_PREFIX}{id}")
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
}

/// Whether the browser lets the page use its storage at all (reading `localStorage` throws when the
/// person or a policy blocked it).
pub fn available() -> bool {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some()
}

/// Moves the text of `key` aside and returns where it went.
fn move_aside(key: &str, raw: &str) -> String {
    let moved_to = format!("{key}{MOVED_ASIDE}{}", js_sys::Date::now() as u64);
    // If even this fails (storage full), the value stays where it is: still not lost.
    if LocalStorage::raw().set_item(&moved_to, raw).is_ok() {
        let _ = LocalStorage::raw().remove_item(key);
    }
    moved_to
}

/// Reads `key` as schema `schema`, migrating a value of an earlier schema and writing it back.
/// `Ok(None)`: nothing saved.
pub fn load<T: DeserializeOwned + Serialize>(key: &str, schema: u32, migrate: Migrate) -> Result<Option<T>, LoadProblem> {
    if !available() {
        return Err(LoadProblem::Unavailable);
    }
    let raw = match LocalStorage::raw().get_item(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Ok(None),
        Err(_) => return Err(LoadProblem::Unavailable),
    };
    match saved::read::<T>(&raw, schema, migrate) {
        Ok((value, migrated)) => {
            // Written back in the current schema; if that fails the old one stays readable.
            if migrated {
                let _ = save(key, schema, &value);
            }
            Ok(Some(value))
        }
        Err(ReadError::Unreadable(_) | ReadError::Newer(_)) => Err(LoadProblem::Damaged { moved_to: move_aside(key, &raw) }),
    }
}

pub fn save<T: Serialize>(key: &str, schema: u32, data: &T) -> Result<(), SaveProblem> {
    if !available() {
        return Err(SaveProblem::Unavailable);
    }
    save_raw(key, &saved::write(schema, data))
}

fn save_raw(key: &str, text: &str) -> Result<(), SaveProblem> {
    match LocalStorage::raw().set_item(key, text) {
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
        LocalStorage::delete(key);
    }
}

/// Every key the app wrote that starts with `prefix`, in the storage's order.
pub fn keys_with(prefix: &str) -> Vec<String> {
    if !available() {
        return Vec::new();
    }
    let raw = LocalStorage::raw();
    (0..raw.length().unwrap_or(0)).filter_map(|i| raw.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect()
}

/// The keys of declarations (not those moved aside).
pub fn declaration_keys() -> Vec<String> {
    keys_with(DECLARATION_PREFIX).into_iter().filter(|k| !k.contains(MOVED_ASIDE)).collect()
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
    available().then(|| LocalStorage::raw().get_item(key).ok().flatten()).flatten()
}

/// Writes several values at once; if one fails, the ones written are put back as they were, so the
/// storage is either all updated or unchanged.
pub fn save_all<T: Serialize>(items: &[(String, u32, &T)]) -> Result<(), SaveProblem> {
    if !available() {
        return Err(SaveProblem::Unavailable);
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
                    None => LocalStorage::delete(&key),
                }
            }
            return Err(problem);
        }
    }
    Ok(())
}

/// Removes every key the app wrote: answers, declarations, values moved aside. Returns how many.
pub fn remove_all() -> usize {
    let keys = keys_with(PREFIX);
    for k in &keys {
        LocalStorage::delete(k);
    }
    keys.len()
}
