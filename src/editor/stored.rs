//! A draft as kept on the device (`src/ui/storage.rs` owns the key): versioned, read back with what
//! was typed checked again, and refused (to be moved aside, never overwritten) when damaged or newer.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::draft::Draft;
use super::fields::Typed;
use super::json::Json;

/// Version of a stored draft. Version 1 is the first.
pub const DRAFT_SCHEMA: u32 = 1;

impl Draft {
    /// The draft as kept on the device (in an envelope of schema [`DRAFT_SCHEMA`], `crate::saved`).
    pub fn to_stored(&self, saved_on: &str) -> Stored {
        Stored {
            file: self.text(),
            raw: self.raw.iter().map(|(path, (typed, _))| (path.clone(), typed.clone())).collect(),
            project_keys: self.project_keys.clone(),
            next_key: self.next_key(),
            saved_on: saved_on.to_string(),
        }
    }
}

/// A draft as kept on the device. What was typed and did not convert is kept as text: it is checked
/// again when the draft is opened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stored {
    pub file: String,
    #[serde(default)]
    pub raw: BTreeMap<String, String>,
    pub project_keys: Vec<u32>,
    pub next_key: u32,
    /// The day it was last saved ("2026-12-03").
    pub saved_on: String,
}

/// Earlier schemas of a stored draft brought to [`DRAFT_SCHEMA`]: there is none yet, so a value of
/// another schema cannot be read and is moved aside.
pub fn migrate_draft(from: u32, data: serde_json::Value) -> Result<serde_json::Value, String> {
    crate::saved::no_migration(from, data)
}

/// Why a stored draft could not be read: it is moved aside, never overwritten.
#[derive(Clone, Debug, PartialEq)]
pub enum Unreadable {
    Damaged,
    Newer(u32),
}

impl Stored {
    /// The draft it keeps; `retype` converts again what was typed in the field at a path (the
    /// editor's own field readers). A file that is not JSON, or keys that do not fit its projects, is
    /// damaged.
    pub fn into_draft(
        self,
        retype: impl Fn(&str, &str) -> Result<Option<Json>, Typed>,
    ) -> Result<(Draft, String), Unreadable> {
        let file = Json::parse(&self.file).map_err(|_| Unreadable::Damaged)?;
        let count = file.get("projects").and_then(Json::as_array).map_or(0, Vec::len);
        let keys_fit = self.project_keys.len() == count && self.project_keys.iter().all(|k| *k < self.next_key);
        if !keys_fit {
            return Err(Unreadable::Damaged);
        }
        let mut draft = Draft::with_keys(file, self.project_keys, self.next_key);
        for (path, typed) in self.raw {
            if let Err(wrong) = retype(&path, &typed) {
                draft.raw.insert(path, (typed, wrong));
            }
        }
        Ok((draft, self.saved_on))
    }
}

/// A stored draft's text (its envelope) read back: what `storage::load` does in the browser.
pub fn read_stored(
    text: &str,
    retype: impl Fn(&str, &str) -> Result<Option<Json>, Typed>,
) -> Result<(Draft, String), Unreadable> {
    match crate::saved::read::<Stored>(text, DRAFT_SCHEMA, migrate_draft) {
        Ok((stored, _)) => stored.into_draft(retype),
        Err(crate::saved::ReadError::Newer(v)) => Err(Unreadable::Newer(v)),
        Err(crate::saved::ReadError::Unreadable(_)) => Err(Unreadable::Damaged),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::fields;
    use crate::i18n::Locale;

    #[test]
    fn a_stored_draft_reads_back_and_a_damaged_or_newer_one_is_refused() {
        let mut draft = Draft::for_gmina("Kamienica", "120705", "małopolskie");
        draft.add_project("2026-12-03");
        draft.type_into("projects[0].budget.total", "abc", fields::amount("abc", Locale::Pl));
        let stored = crate::saved::write(DRAFT_SCHEMA, &draft.to_stored("2026-12-03"));
        let retype = |_: &str, typed: &str| fields::amount(typed, Locale::Pl);
        let (back, saved_on) = read_stored(&stored, retype).unwrap();
        assert_eq!(back, draft);
        assert_eq!(saved_on, "2026-12-03");
        assert_eq!(read_stored("{\"schema\": 1, \"data\"", retype), Err(Unreadable::Damaged));
        assert_eq!(read_stored("{\"schema\": 1, \"data\": {\"file\": 3}}", retype), Err(Unreadable::Damaged));
        assert_eq!(read_stored(&stored.replace("\"schema\":1", "\"schema\":7"), retype), Err(Unreadable::Newer(7)));
        let wrong_keys = stored.replace("\"project_keys\":[1]", "\"project_keys\":[]");
        assert_eq!(read_stored(&wrong_keys, retype), Err(Unreadable::Damaged));
    }
}
