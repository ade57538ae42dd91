//! Every shipped centre file entered again through the editor's forms, as a clerk would: a new file for
//! the centre's gmina, each field typed as its field takes it (an amount the Polish way, a date in its
//! boxes, a list a line an item), each choice and box clicked, each list item, partner and condition
//! added with the button that adds it, each gmina picked from the register; the file that comes out is
//! the shipped file, to the character. A field of a shipped file that no page of the editor has fails
//! here by its path.
//!
//! The fields are the editor's own list (`editor::form`), the one its pages draw from; what each kind of
//! field turns typed text into is `editor::form::read`, the one the pages call. The end-to-end test
//! (`tests/e2e/editor.test.mjs`) checks that every path of every shipped file has its field on the
//! editor's pages.

use sprawdz_wsparcie::editor::draft::Draft;
use sprawdz_wsparcie::editor::form::{self, Kind};
use sprawdz_wsparcie::editor::json::Json;
use sprawdz_wsparcie::i18n::Locale;
use sprawdz_wsparcie::rules::CriterionCode;

const L: Locale = Locale::Pl;

fn shipped() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir("public/catalogue")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            !["index.json", "parameters.json", "programmes.json"].contains(&name.as_ref())
        })
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    files.sort();
    files
}

/// A clerk at the editor: the draft, and what was entered where (for the message when it goes wrong).
struct Clerk {
    draft: Draft,
    file: String,
}

impl Clerk {
    fn kind(&self, path: &str) -> Kind {
        form::kind_at(path).unwrap_or_else(|| panic!("{}: no field of the editor edits {path}", self.file))
    }

    /// Types the text a field of its kind shows for `value` into the field at `path`.
    fn type_value(&mut self, path: &str, value: &Json) {
        let kind = self.kind(path);
        assert!(kind.is_typed(), "{}: {path} is not typed", self.file);
        let text = form::shown(kind, value, L);
        let converted = form::read(kind, path, &text, L);
        assert!(converted.is_ok(), "{}: {path} typed as {text:?} is refused: {converted:?}", self.file);
        self.draft.type_into(path, &text, converted);
    }

    /// Clicks the option, box or checkboxes at `path` to give `value`.
    fn click(&mut self, path: &str, value: &Json) {
        self.draft.type_into(path, "", Ok(Some(value.clone())));
    }

    /// Enters a field (a list edited whole is one field) by its kind.
    fn enter(&mut self, path: &str, value: &Json) {
        match self.kind(path) {
            Kind::Given => {
                assert_eq!(self.draft.file.get(path), Some(value), "{}: {path} is not the one given", self.file);
            }
            Kind::Choice | Kind::Flag => self.click(path, value),
            Kind::Checks => self.check(path, value),
            Kind::Present => {
                self.click(path, &Json::object());
                self.enter_fields(path, value);
            }
            Kind::Gminas => {}
            Kind::Condition => {
                assert_eq!(
                    self.draft.file.get(path),
                    Some(value),
                    "{}: {path} is not what the builder wrote",
                    self.file
                );
            }
            _ => self.type_value(path, value),
        }
    }

    /// Ticks checkboxes: the component keeps them in the order it offers them, whatever the clicks'.
    fn check(&mut self, path: &str, value: &Json) {
        let items = value.as_array().unwrap_or_else(|| panic!("{}: {path} is not a list", self.file));
        for i in 0..items.len() {
            self.click(path, &Json::Array(items[..=i].to_vec()));
        }
    }

    /// Enters each field of the object at `path` in the order the file has them.
    fn enter_fields(&mut self, path: &str, value: &Json) {
        let Json::Object(fields) = value else { return self.enter(path, value) };
        for (key, field) in fields {
            let at = format!("{path}.{key}");
            let kind = form::kind_at(&at);
            match (field, kind) {
                (_, Some(kind)) if kind.is_list() || !matches!(field, Json::Object(_) | Json::Array(_)) => {
                    self.enter(&at, field)
                }
                (_, Some(Kind::Present)) => self.enter(&at, field),
                (Json::Object(_), _) => self.enter_fields(&at, field),
                (Json::Array(items), _) => {
                    for (i, item) in items.iter().enumerate() {
                        self.enter_item(&format!("{at}[{i}]"), item);
                    }
                }
                _ => panic!("{}: no field of the editor edits {at}", self.file),
            }
        }
    }

    /// An item of a list of parts (a budget's source, a partner): added with its button (which
    /// chooses a first option), then its fields entered.
    fn enter_item(&mut self, path: &str, item: &Json) {
        if path.contains(".budget.parts[") {
            self.click(&format!("{path}.source"), &Json::str("eu"));
        } else if path.contains(".partners[") {
            self.click(&format!("{path}.kind"), &Json::str("organisation"));
        } else {
            panic!("{}: no button adds {path}", self.file);
        }
        self.enter_fields(path, item);
    }

    /// The gminas of the list at `path` made `value`'s: those there taken out, then each picked in turn.
    fn pick_gminas(&mut self, path: &str, value: &Json) {
        while !self.draft.file.list(&format!("{path}.teryt")).is_empty() {
            self.draft.remove_gmina(path, 0);
        }
        let names = value.field("gminas").map(list_of).unwrap_or_default();
        let codes = value.field("teryt").map(list_of).unwrap_or_default();
        assert_eq!(names.len(), codes.len(), "{}: {path}", self.file);
        for (name, code) in names.into_iter().zip(codes) {
            self.draft.add_gminas(path, &[(name, code)]);
        }
    }

    /// A condition's own fields, the builder having added it.
    fn fill_condition(&mut self, path: &str, condition: &Json) {
        let Json::Object(fields) = condition else { panic!("{}: {path} is not a condition", self.file) };
        if fields.iter().any(|(k, _)| k == "gminas") {
            self.pick_gminas(path, condition);
        }
        for (key, value) in fields {
            if key != "gminas" && key != "teryt" {
                self.enter(&format!("{path}.{key}"), value);
            }
        }
    }

    fn code(condition: &Json) -> CriterionCode {
        let name = condition.field("criterion").and_then(Json::as_str).unwrap_or_default();
        CriterionCode::from_code(name).unwrap_or_else(|| panic!("a shipped condition of no kind: {name}"))
    }

    /// Builds the group at `path` (made already, with its first item) to hold `items`, filled in.
    fn build_group(&mut self, path: &str, all: bool, items: &[Json]) {
        let list = if all { "all" } else { "any" };
        for (i, item) in items.iter().enumerate() {
            let at = format!("{path}.{list}[{i}]");
            if i > 0 {
                self.add(path, item);
            }
            self.build_node(&at, item);
        }
    }

    /// Adds `item` (a condition, or a group starting with its first condition) to the group at `path`.
    fn add(&mut self, path: &str, item: &Json) {
        match group_of(item) {
            Some((_, items)) => self.draft.add_condition(path, Self::code(&first_condition(&items[0])), true),
            None => self.draft.add_condition(path, Self::code(item), false),
        }
    }

    /// Fills in a node the builder has added: a condition's fields, or a group (switched to the kind
    /// the file has) with its items.
    fn build_node(&mut self, path: &str, node: &Json) {
        match group_of(node) {
            Some((all, items)) => {
                let made_all = self.draft.file.get(&format!("{path}.all")).is_some();
                if made_all != all {
                    self.draft.regroup(path, all);
                }
                self.build_group(path, all, items);
            }
            None => self.fill_condition(path, node),
        }
    }

    /// A project's conditions, from "Dodaj warunki udziału" on: the builder starts with the residents of
    /// the centre's gmina, one condition; a second added makes the rule a group of all of them.
    fn build_rule(&mut self, project: &str, rule: &Json) {
        let path = format!("{project}.eligibility.rule");
        self.draft.start_rules(project);
        match group_of(rule) {
            None => {
                assert_eq!(
                    Self::code(rule),
                    CriterionCode::Residence,
                    "{}: a rule of one condition starts as residence",
                    self.file
                );
                self.fill_condition(&path, rule);
            }
            Some((all, items)) => {
                let starts_with_residence =
                    group_of(&items[0]).is_none() && Self::code(&items[0]) == CriterionCode::Residence;
                if items.len() < 2 {
                    panic!("{}: a group of one condition", self.file);
                } else if starts_with_residence {
                    self.draft.add_condition(&path, Self::code_or_group(&items[1]), group_of(&items[1]).is_some());
                } else {
                    // The residence the builder starts with is not the file's: the first item is added
                    // after it, and the residence taken out.
                    self.add_first(&path, &items[0]);
                    self.draft.remove_item(&format!("{path}.all[0]"));
                    if items.len() > 1 {
                        self.add(&path, &items[1]);
                    }
                }
                if !all {
                    self.draft.regroup(&path, false);
                }
                let list = if all { "all" } else { "any" };
                for (i, item) in items.iter().enumerate() {
                    let at = format!("{path}.{list}[{i}]");
                    if i > 1 {
                        self.add(&path, item);
                    }
                    self.build_node(&at, item);
                }
            }
        }
    }

    fn add_first(&mut self, path: &str, item: &Json) {
        self.draft.add_condition(path, Self::code_or_group(item), group_of(item).is_some());
    }

    fn code_or_group(item: &Json) -> CriterionCode {
        match group_of(item) {
            Some((_, items)) => Self::code(&first_condition(&items[0])),
            None => Self::code(item),
        }
    }

    /// A project: added with "Dodaj projekt", then its fields, its conditions with the builder, its
    /// priority conditions and the gminas of its area.
    fn enter_project(&mut self, at: usize, project: &Json) {
        self.draft.add_project("2026-12-06");
        let p = format!("projects[{at}]");
        let Json::Object(fields) = project else { panic!("{}: {p} is not an object", self.file) };
        for (key, value) in fields {
            let path = format!("{p}.{key}");
            match key.as_str() {
                "eligibility" => {
                    if let Some(rule) = value.field("rule") {
                        self.build_rule(&p, rule);
                    }
                    for (i, condition) in
                        value.field("priority").and_then(Json::as_array).into_iter().flatten().enumerate()
                    {
                        self.draft.add_priority(&p, Self::code(condition));
                        self.fill_condition(&format!("{path}.priority[{i}]"), condition);
                    }
                    if let Some(assumptions) = value.field("assumptions") {
                        self.enter(&format!("{path}.assumptions"), assumptions);
                    }
                }
                "area" => {}
                _ => match value {
                    Json::Object(_) if form::kind_at(&path) != Some(Kind::Present) => self.enter_fields(&path, value),
                    Json::Array(items) if !form::kind_at(&path).is_some_and(Kind::is_list) => {
                        for (i, item) in items.iter().enumerate() {
                            self.enter_item(&format!("{path}[{i}]"), item);
                        }
                    }
                    _ => self.enter(&path, value),
                },
            }
        }
        // The area last: the builder has put in it the gminas its conditions take in; the clerk makes
        // it the file's (the order of the gminas picked).
        match project.field("area") {
            Some(area) => {
                self.pick_gminas(&format!("{p}.area"), area);
                if let Some(flag) = area.field("revitalisation_area") {
                    self.enter(&format!("{p}.area.revitalisation_area"), flag);
                }
            }
            None => {
                assert_eq!(self.draft.file.get(&format!("{p}.area")), None, "{}: an area no one asked for", self.file)
            }
        }
    }
}

fn list_of(value: &Json) -> Vec<String> {
    value.as_array().into_iter().flatten().filter_map(Json::as_str).map(str::to_string).collect()
}

/// A group's kind (`all`) and items; `None` for a condition.
fn group_of(node: &Json) -> Option<(bool, &[Json])> {
    [("all", true), ("any", false)]
        .into_iter()
        .find_map(|(key, all)| node.field(key).and_then(Json::as_array).map(|items| (all, items.as_slice())))
}

fn first_condition(node: &Json) -> Json {
    match group_of(node) {
        Some((_, items)) => first_condition(&items[0]),
        None => node.clone(),
    }
}

/// Enters one shipped file through the forms; the text that comes out.
fn enter(name: &str, text: &str) -> String {
    let shipped = Json::parse(text).unwrap();
    let centre = shipped.field("centre").unwrap();
    let given = |f: &str| centre.field(f).and_then(Json::as_str).unwrap().to_string();
    let mut clerk =
        Clerk { draft: Draft::for_gmina(&given("gmina"), &given("teryt"), &given("voivodeship")), file: name.into() };
    clerk.enter("schema", shipped.field("schema").unwrap());
    clerk.enter_fields("centre", centre);
    for (i, project) in shipped.field("projects").and_then(Json::as_array).into_iter().flatten().enumerate() {
        clerk.enter_project(i, project);
    }
    assert!(clerk.draft.raw.is_empty(), "{name}: typed text left unconverted: {:?}", clerk.draft.raw);
    clerk.draft.text()
}

#[test]
fn every_shipped_entry_is_entered_through_the_editors_forms_as_its_file_has_it() {
    let files = shipped();
    let entries: usize = files
        .iter()
        .map(|(_, text)| Json::parse(text).unwrap().field("projects").and_then(Json::as_array).map_or(0, Vec::len))
        .sum();
    assert_eq!(entries, 22, "the 17 entries of 2026 and the five seed projects");
    let mut wrong = Vec::new();
    for (name, text) in &files {
        let entered = enter(name, text);
        if entered != *text {
            let first = entered.lines().zip(text.lines()).position(|(a, b)| a != b).unwrap_or(0);
            wrong.push(format!(
                "{name}, line {}:\n  entered: {}\n  shipped: {}",
                first + 1,
                entered.lines().nth(first).unwrap_or_default(),
                text.lines().nth(first).unwrap_or_default()
            ));
        }
    }
    assert!(wrong.is_empty(), "{} of {} files differ:\n{}", wrong.len(), files.len(), wrong.join("\n"));
}

#[test]
fn a_field_no_page_has_is_named_by_its_path() {
    let text = r#"{"schema": 2, "centre": {"id": "x", "name": "X", "short_name": "X", "gmina": "Dobra", "teryt": "120703", "voivodeship": "małopolskie", "colour": "zielony"}, "projects": []}"#;
    let entered = std::panic::catch_unwind(|| enter("x.json", text));
    let message = *entered.unwrap_err().downcast::<String>().unwrap();
    assert!(message.contains("no field of the editor edits centre.colour"), "{message}");
}
