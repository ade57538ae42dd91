//! The one module that touches the browser's storage. Every key the app writes is listed here; every
//! value is wrapped with a schema version. Storage that is blocked or full leaves the app usable; a
//! value that cannot be read is moved aside (never overwritten or dropped) and reported.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::{de::DeserializeOwned, Deserialize, Serialize};

/// Every key starts with this, so "delete all my data" can find them all.
pub const PREFIX: &str = "sprawdz-wsparcie.";
/// The questionnaire's answers and the projects being checked.
pub const ANSWERS: &str = "sprawdz-wsparcie.odpowiedzi";
/// Current schema of the answers value.
pub const ANSWERS_SCHEMA: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    schema: u32,
    data: T,
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

fn storage_available() -> bool {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).is_some()
}

/// Reads `key`. `Ok(None)`: nothing saved. A value of another schema or shape is moved aside.
pub fn load<T: DeserializeOwned>(key: &str, schema: u32) -> Result<Option<T>, LoadProblem> {
    if !storage_available() {
        return Err(LoadProblem::Unavailable);
    }
    let raw: String = match LocalStorage::raw().get_item(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Ok(None),
        Err(_) => return Err(LoadProblem::Unavailable),
    };
    match serde_json::from_str::<Envelope<T>>(&raw) {
        Ok(envelope) if envelope.schema == schema => Ok(Some(envelope.data)),
        _ => {
            let moved_to = format!("{key}.uszkodzone-{}", js_sys::Date::now() as u64);
            let _ = LocalStorage::raw().set_item(&moved_to, &raw);
            let _ = LocalStorage::raw().remove_item(key);
            Err(LoadProblem::Damaged { moved_to })
        }
    }
}

pub fn save<T: Serialize>(key: &str, schema: u32, data: &T) -> Result<(), SaveProblem> {
    if !storage_available() {
        return Err(SaveProblem::Unavailable);
    }
    match LocalStorage::set(key, Envelope { schema, data }) {
        Ok(()) => Ok(()),
        Err(StorageError::JsError(e)) if e.name == "QuotaExceededError" => Err(SaveProblem::Full),
        Err(_) => Err(SaveProblem::Unavailable),
    }
}

pub fn remove(key: &str) {
    if storage_available() {
        LocalStorage::delete(key);
    }
}
