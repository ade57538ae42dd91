//! Editing a shipped centre file for a validation test, and expecting a problem at a field.
#![allow(dead_code)]

use serde_json::Value;
use sprawdz_wsparcie::catalogue::validate::parse_centre_file;
use sprawdz_wsparcie::catalogue::*;
use sprawdz_wsparcie::problem::{Issue, Problem};
use sprawdz_wsparcie::rules::rule_issues;

pub fn good_file() -> Value {
    serde_json::from_str(&std::fs::read_to_string("public/catalogue/ops-jastrzebie-zdroj.json").unwrap()).unwrap()
}

pub fn szamotuly() -> Value {
    serde_json::from_str(&std::fs::read_to_string("public/catalogue/ops-szamotuly.json").unwrap()).unwrap()
}

/// Problems with a centre file: its facts, and then its rules (read apart, as the command does).
pub fn issues_of(value: &Value) -> Vec<Issue> {
    match parse_centre_file("test.json", &value.to_string()) {
        Err(issues) => issues,
        Ok(file) => rule_issues(&Catalogue::from_files(vec![("test.json".into(), file)], &Default::default()).0),
    }
}

/// Sets the value at `pointer`, adding the last key to its object if it is not there yet.
pub fn set(mut value: Value, pointer: &str, new: Value) -> Value {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = value.pointer_mut(parent).unwrap_or_else(|| panic!("no {parent}"));
    match parent {
        Value::Object(map) => {
            map.insert(key.to_string(), new);
        }
        Value::Array(items) => items[key.parse::<usize>().unwrap()] = new,
        _ => panic!("{pointer} is inside a scalar"),
    }
    value
}

pub fn remove(mut value: Value, pointer: &str) -> Value {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    value.pointer_mut(parent).unwrap().as_object_mut().unwrap().remove(key);
    value
}

#[track_caller]
pub fn refused(value: Value, path: &str, problem: fn(&Problem) -> bool) {
    let issues = issues_of(&value);
    assert!(
        issues.iter().any(|i| i.file == "test.json" && i.path == path && problem(&i.problem)),
        "expected a problem at {path}, got {issues:?}"
    );
    for issue in &issues {
        let text = issue.describe(Default::default());
        assert!(text.starts_with("test.json: "), "{text}");
    }
}
