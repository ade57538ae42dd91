//! A centre file being edited: the file itself (kept in its own field order, [`Json`]), what a clerk
//! typed that does not yet convert (kept as typed, so nothing is lost while it is wrong), and a key for
//! each project that stays the same when projects are added or removed (addresses name the key, never
//! the position). Kept on the device as a versioned value ([`Stored`]).

use std::collections::BTreeMap;

use super::fields::Typed;
use super::json::Json;
use crate::catalogue::model::SCHEMA_VERSION;
use crate::catalogue::upgrade::upgrade_centre_file;
use crate::catalogue::validate::parse_centre_file;
use crate::catalogue::{Catalogue, ProgrammesFile};
use crate::i18n::Locale;
use crate::places::Places;
use crate::problem::Problem;

#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub file: Json,
    /// Text typed into a field that does not convert, by the field's path, with what is wrong.
    pub raw: BTreeMap<String, (String, Typed)>,
    /// One key per project, in the projects' order.
    pub project_keys: Vec<u32>,
    next_key: u32,
}

pub use super::field::{field_id, FieldError};

/// Why a file could not be opened in the editor.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenError {
    /// Not JSON: the parser's line and column.
    Syntax { line: usize, column: usize },
    /// JSON, but not a centre file (no `centre` object, or `projects` not a list).
    NotACentreFile,
}

impl Draft {
    /// A new centre file for a gmina, with the fields every centre must have, for the clerk to fill in
    /// (`checked_on` too, absent: the checks ask for it).
    pub fn for_gmina(gmina: &str, teryt: &str, voivodeship: &str) -> Draft {
        let centre = Json::Object(vec![
            ("id".into(), Json::str("")),
            ("name".into(), Json::str("")),
            ("short_name".into(), Json::str("")),
            ("gmina".into(), Json::str(gmina)),
            ("teryt".into(), Json::str(teryt)),
            ("voivodeship".into(), Json::str(voivodeship)),
            ("source".into(), Json::Object(vec![("title".into(), Json::str(""))])),
        ]);
        let file = Json::Object(vec![
            ("schema".into(), Json::Number(SCHEMA_VERSION.into())),
            ("centre".into(), centre),
            ("projects".into(), Json::Array(Vec::new())),
        ]);
        Draft::of(file)
    }

    /// A centre file's text opened for editing; a file of an earlier version is brought to the current
    /// one first (the checks then name what it cannot say).
    pub fn open(text: &str) -> Result<Draft, OpenError> {
        let file = Json::parse(&upgrade_centre_file(text))
            .map_err(|e| OpenError::Syntax { line: e.line(), column: e.column() })?;
        if !matches!(file.field("centre"), Some(Json::Object(_)))
            || !matches!(file.field("projects"), Some(Json::Array(_)) | None)
        {
            return Err(OpenError::NotACentreFile);
        }
        Ok(Draft::of(file))
    }

    /// A draft of a file with its projects' keys as they were kept; `next_key` is the next key to give.
    pub(super) fn with_keys(file: Json, project_keys: Vec<u32>, next_key: u32) -> Draft {
        Draft { file, raw: BTreeMap::new(), project_keys, next_key }
    }

    pub(super) fn next_key(&self) -> u32 {
        self.next_key
    }

    fn of(file: Json) -> Draft {
        let count = file.get("projects").and_then(Json::as_array).map_or(0, Vec::len) as u32;
        Draft { file, raw: BTreeMap::new(), project_keys: (1..=count).collect(), next_key: count + 1 }
    }

    /// The position of the project with this key.
    pub fn project_at(&self, key: u32) -> Option<usize> {
        self.project_keys.iter().position(|k| *k == key)
    }

    /// A new project at the end, with the fields every project must have; its key.
    pub fn add_project(&mut self, checked_on: &str) -> u32 {
        let project = Json::Object(vec![
            ("id".into(), Json::str("")),
            ("title".into(), Json::str("")),
            ("kind".into(), Json::str("eu_project")),
            ("checked_on".into(), Json::str(checked_on)),
            ("source".into(), Json::Object(vec![("title".into(), Json::str(""))])),
        ]);
        let at = self.project_keys.len();
        self.file.set(&format!("projects[{at}]"), project);
        let key = self.next_key;
        self.next_key += 1;
        self.project_keys.push(key);
        key
    }

    /// Removes the project with this key (and what was typed in its fields).
    pub fn remove_project(&mut self, key: u32) {
        let Some(at) = self.project_at(key) else { return };
        self.remove_item(&format!("projects[{at}]"));
        self.project_keys.remove(at);
    }

    /// Removes the list item at `path` (`projects[0].budget.parts[1]`) with what was typed in its
    /// fields; what was typed in the items after it moves up with them.
    pub fn remove_item(&mut self, path: &str) {
        let Some((list, index)) = path.strip_suffix(']').and_then(|p| p.rsplit_once('[')) else { return };
        let Ok(at) = index.parse::<usize>() else { return };
        if self.file.remove(path).is_none() {
            return;
        }
        let prefix = format!("{list}[");
        let moved: BTreeMap<String, (String, Typed)> = std::mem::take(&mut self.raw)
            .into_iter()
            .filter_map(|(path, typed)| {
                let Some(rest) = path.strip_prefix(&prefix) else { return Some((path, typed)) };
                let (index, after) = rest.split_once(']')?;
                let index: usize = index.parse().ok()?;
                match index.cmp(&at) {
                    std::cmp::Ordering::Less => Some((path, typed)),
                    std::cmp::Ordering::Equal => None,
                    std::cmp::Ordering::Greater => Some((format!("{prefix}{}]{after}", index - 1), typed)),
                }
            })
            .collect();
        self.raw = moved;
    }

    /// Removes the part of the file at `path` (an object, a field) with what was typed in its fields.
    pub fn remove_part(&mut self, path: &str) {
        self.file.remove(path);
        self.raw.retain(|p, _| {
            p != path && !p.strip_prefix(path).is_some_and(|r| r.starts_with('.') || r.starts_with('['))
        });
    }

    /// What a field typed into converts to: set (or, for an empty field, removed) in the file, or kept
    /// as typed with what is wrong.
    pub fn type_into(&mut self, path: &str, typed: &str, converted: Result<Option<Json>, Typed>) {
        match converted {
            Ok(Some(value)) => {
                self.raw.remove(path);
                self.file.set(path, value);
                super::groups::complete_address(&mut self.file, path, |p| self.raw.contains_key(p));
            }
            Ok(None) => {
                self.raw.remove(path);
                self.file.remove(path);
                super::groups::complete_address(&mut self.file, path, |p| self.raw.contains_key(p));
            }
            Err(wrong) => {
                self.raw.insert(path.to_string(), (typed.to_string(), wrong));
            }
        }
    }

    /// What the field shows: what was typed if it does not convert, else `shown` of the file's value.
    pub fn shown(&self, path: &str, shown: impl FnOnce(&Json) -> String) -> String {
        match self.raw.get(path) {
            Some((typed, _)) => typed.clone(),
            None => self.file.get(path).map(shown).unwrap_or_default(),
        }
    }

    /// The file as it would be downloaded.
    pub fn text(&self) -> String {
        self.file.to_pretty()
    }

    /// Every problem with the file, as `wsparcie validate` finds them in one centre file: what was
    /// typed and does not convert, the file's shape and facts, and each project's rules (against the
    /// programmes it may run), and with the register's places once they are read: every TERYT code a
    /// gmina of that name, every gmina a rule takes in one the project serves.
    pub fn check(
        &self,
        file_name: &str,
        programmes: &ProgrammesFile,
        places: Option<&Places>,
        l: Locale,
    ) -> Vec<FieldError> {
        let mut errors: Vec<FieldError> = self
            .raw
            .iter()
            .map(|(path, (_, wrong))| FieldError { path: path.clone(), message: wrong.describe(l) })
            .collect();
        // A part of the file without a field it needs is named at that field; the file's reader would
        // name it only by line and column.
        let missing: Vec<FieldError> = super::groups::missing(&self.file)
            .into_iter()
            .filter(|(path, _)| !self.raw.contains_key(path))
            .map(|(path, name)| FieldError { path, message: Problem::MissingField(name.into()).describe(l) })
            .collect();
        if !missing.is_empty() {
            errors.extend(missing);
            return errors;
        }
        let issues = match parse_centre_file(file_name, &self.text()) {
            Err(issues) => issues,
            Ok(parsed) => {
                let mut issues = Vec::new();
                let (catalogue, found) = Catalogue::from_files(vec![(file_name.to_string(), parsed)], programmes);
                issues.extend(found);
                issues.extend(crate::catalogue::programme::issues(&catalogue, programmes));
                issues.extend(crate::rules::rule_issues(&catalogue));
                issues.extend(places.map(|p| crate::folder::check_catalogue_places(&catalogue, p)).unwrap_or_default());
                issues
            }
        };
        for issue in issues {
            // A value that does not convert is named once, by what the clerk typed.
            if self.raw.contains_key(&issue.path) {
                continue;
            }
            errors.push(FieldError { path: issue.path.clone(), message: issue.problem.describe(l) });
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::fields;

    fn places() -> Places {
        Places::new(serde_json::from_str(include_str!("../../public/data/1/places.json")).unwrap())
    }

    fn programmes() -> ProgrammesFile {
        serde_json::from_str(include_str!("../../public/catalogue/programmes.json")).unwrap()
    }

    fn kamienica() -> Draft {
        let mut draft = Draft::for_gmina("Kamienica", "120705", "małopolskie");
        for (path, value) in [
            ("centre.id", "gops-kamienica"),
            ("centre.name", "Gminny Ośrodek Pomocy Społecznej w Kamienicy"),
            ("centre.short_name", "GOPS Kamienica"),
            ("centre.checked_on", "2026-12-03"),
            ("centre.source.title", "Informacja kierownika ośrodka"),
            ("centre.source.publisher", "GOPS Kamienica"),
            ("centre.source.published", "2026-12"),
        ] {
            draft.file.set(path, Json::str(value));
        }
        draft
    }

    fn paths(errors: &[FieldError]) -> Vec<&str> {
        errors.iter().map(|e| e.path.as_str()).collect()
    }

    #[test]
    fn a_new_centre_names_every_field_it_still_needs_and_then_passes() {
        let draft = Draft::for_gmina("Kamienica", "120705", "małopolskie");
        let errors = draft.check("gops-kamienica.json", &programmes(), Some(&places()), Locale::Pl);
        for path in ["centre.id", "centre.name", "centre.short_name", "centre.checked_on", "centre.source.title"] {
            assert!(paths(&errors).contains(&path), "{path} in {errors:?}");
        }
        let errors = kamienica().check("gops-kamienica.json", &programmes(), Some(&places()), Locale::Pl);
        assert_eq!(errors, []);
    }

    #[test]
    fn typed_text_that_does_not_convert_is_kept_named_at_its_field_and_replaced_once_right() {
        let mut draft = kamienica();
        let key = draft.add_project("2026-12-03");
        assert_eq!(draft.project_at(key), Some(0));
        draft.type_into("projects[0].budget.total", "12,345,6", fields::amount("12,345,6", Locale::Pl));
        let errors = draft.check("gops-kamienica.json", &programmes(), Some(&places()), Locale::Pl);
        let at: Vec<_> = errors.iter().filter(|e| e.path == "projects[0].budget.total").collect();
        assert_eq!(at.len(), 1, "{errors:?}");
        assert_eq!(draft.shown("projects[0].budget.total", |_| String::new()), "12,345,6");
        assert_eq!(at[0].field_id(), "f-projects-0-budget-total");
        draft.type_into("projects[0].budget.total", "12 345,60", fields::amount("12 345,60", Locale::Pl));
        assert_eq!(draft.file.text("projects[0].budget.total"), "12345.60");
        assert!(draft.raw.is_empty());
    }

    #[test]
    fn an_address_is_all_its_fields_or_none() {
        let mut draft = kamienica();
        draft.type_into("centre.address.street", "Kamienica 420", Ok(fields::text("Kamienica 420")));
        let errors = draft.check("gops-kamienica.json", &programmes(), Some(&places()), Locale::Pl);
        assert_eq!(paths(&errors), ["centre.address.town", "centre.address.postcode"]);
        draft.type_into("centre.address.street", "", Ok(None));
        assert_eq!(draft.file.get("centre.address"), None);
    }

    #[test]
    fn a_project_keeps_its_key_when_one_before_it_is_removed() {
        let mut draft = kamienica();
        let first = draft.add_project("2026-12-03");
        let second = draft.add_project("2026-12-03");
        draft.type_into("projects[1].budget.total", "x", fields::amount("x", Locale::Pl));
        draft.remove_project(first);
        assert_eq!(draft.project_at(second), Some(0));
        assert!(draft.raw.contains_key("projects[0].budget.total"));
        let third = draft.add_project("2026-12-03");
        assert_ne!(third, first, "a key is never given twice");
    }

    #[test]
    fn a_funding_split_that_does_not_add_up_is_named_at_the_budget() {
        let mut draft = kamienica();
        draft.add_project("2026-12-03");
        for (path, value) in [
            ("projects[0].id", "aktywni-w-kamienicy"),
            ("projects[0].title", "Aktywni w Kamienicy"),
            ("projects[0].source.title", "Regulamin rekrutacji"),
            ("projects[0].source.publisher", "GOPS Kamienica"),
            ("projects[0].source.published", "2026-11"),
            ("projects[0].target_groups_text", "Osoby zagrożone ubóstwem lub wykluczeniem społecznym"),
            ("projects[0].period.start", "2027-01"),
            ("projects[0].period.end", "2027-12"),
            ("projects[0].budget.total", "100000.00"),
            ("projects[0].budget.parts[0].source", "eu"),
            ("projects[0].budget.parts[0].amount", "85000.00"),
            ("projects[0].budget.parts[1].source", "own"),
            ("projects[0].budget.parts[1].amount", "10000.00"),
        ] {
            draft.file.set(path, Json::str(value));
        }
        draft.file.set("projects[0].target_groups", Json::strings(&["at_risk_of_exclusion"]));
        draft.file.set("projects[0].budget.split_complete", Json::Bool(true));
        let errors = draft.check("gops-kamienica.json", &programmes(), Some(&places()), Locale::Pl);
        assert_eq!(paths(&errors), ["projects[0].budget.parts"], "{errors:?}");
        draft.file.set("projects[0].budget.parts[1].amount", Json::str("15000.00"));
        let errors = draft.check("gops-kamienica.json", &programmes(), Some(&places()), Locale::Pl);
        assert_eq!(errors, [], "{}", draft.text());
    }

    #[test]
    fn an_unknown_gmina_code_is_named_where_it_is() {
        let mut draft = kamienica();
        draft.file.set("centre.teryt", Json::str("120799"));
        let errors = draft.check("gops-kamienica.json", &programmes(), Some(&places()), Locale::Pl);
        assert_eq!(paths(&errors), ["centre.teryt"]);
        // Not yet read: not named.
        assert_eq!(draft.check("gops-kamienica.json", &programmes(), None, Locale::Pl), []);
    }

    #[test]
    fn every_shipped_file_opens_and_checks_as_validate_does() {
        for entry in std::fs::read_dir("public/catalogue").unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            if ["index.json", "programmes.json", "parameters.json"].contains(&name.as_str()) {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let draft = Draft::open(&text).unwrap();
            assert_eq!(draft.text(), text, "{name}");
            assert_eq!(draft.check(&name, &programmes(), Some(&places()), Locale::Pl), [], "{name}");
        }
        assert!(matches!(Draft::open("{\"a\": 1}"), Err(OpenError::NotACentreFile)));
        assert!(matches!(Draft::open("{"), Err(OpenError::Syntax { .. })));
    }
}
