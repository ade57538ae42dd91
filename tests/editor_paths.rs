//! Every path the staff editor binds a field to, every name its field order places, and every kind of
//! condition it offers is the catalogue's own: each is found in a sample centre file with every field
//! filled (`tests/data/full-centre.json`), which the catalogue's checks accept, which the model reads
//! and writes back unchanged, and whose conditions the rules' reader takes without a problem. A
//! renamed model field or a new kind of condition fails here rather than in a clerk's download.

use serde_json::Value;
use sprawdz_wsparcie::catalogue::validate::parse_centre_file;
use sprawdz_wsparcie::editor::{form, json};
use sprawdz_wsparcie::rules::{parse_eligibility, CriterionCode};

const SAMPLE: &str = include_str!("data/full-centre.json");

fn sample() -> Value {
    serde_json::from_str(SAMPLE).unwrap()
}

/// Whether `pattern` (`projects[].budget.parts[].amount`, a list's items as `[]`) leads to a value
/// in `v`, through any item of each list.
fn found(v: &Value, pattern: &str) -> bool {
    let (step, rest) = match pattern.split_once('.') {
        Some((step, rest)) => (step, Some(rest)),
        None => (pattern, None),
    };
    let (name, items) = match step.strip_suffix("[]") {
        Some(name) => (name, true),
        None => (step, false),
    };
    let Some(field) = v.get(name) else { return false };
    let next: Vec<&Value> = match (items, field) {
        (true, Value::Array(list)) => list.iter().collect(),
        (true, _) => return false,
        (false, field) => vec![field],
    };
    match rest {
        None => !next.is_empty(),
        Some(rest) => next.iter().any(|v| found(v, rest)),
    }
}

/// `v` without its `null`s, empty lists and empty texts.
fn without_empty(v: Value) -> Value {
    let empty = |v: &Value| match v {
        Value::Null => true,
        Value::Array(items) => items.is_empty(),
        Value::String(s) => s.is_empty(),
        _ => false,
    };
    match v {
        Value::Object(fields) => {
            Value::Object(fields.into_iter().filter(|(_, f)| !empty(f)).map(|(k, f)| (k, without_empty(f))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(without_empty).collect()),
        other => other,
    }
}

/// Every field name anywhere in `v`.
fn names(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(fields) => {
            for (k, f) in fields {
                out.push(k.clone());
                names(f, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| names(i, out)),
        _ => {}
    }
}

/// Every condition (an object with a `criterion`) anywhere in `v`.
fn conditions<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
    match v {
        Value::Object(fields) => {
            if fields.contains_key("criterion") {
                out.push(v);
            }
            fields.values().for_each(|f| conditions(f, out));
        }
        Value::Array(items) => items.iter().for_each(|i| conditions(i, out)),
        _ => {}
    }
}

#[test]
fn the_sample_is_a_whole_centre_file_the_model_reads_and_writes_back() {
    let file = parse_centre_file("full-centre.json", SAMPLE).unwrap_or_else(|issues| panic!("{issues:?}"));
    // Written back, every field of the sample is there under its name; the model also writes what a
    // file leaves out (`null`, empty lists and texts), set aside on both sides.
    let written = without_empty(serde_json::to_value(&file).unwrap());
    assert_eq!(written, without_empty(sample()), "the model writes the sample back as it is");
    for (i, project) in sample()["projects"].as_array().unwrap().iter().enumerate() {
        if let Some(eligibility) = project.get("eligibility") {
            let at = format!("projects[{i}].eligibility");
            parse_eligibility(eligibility, &at).unwrap_or_else(|problems| panic!("{problems:?}"));
        }
    }
}

#[test]
fn every_path_the_editor_binds_is_in_the_sample() {
    let sample = sample();
    let patterns = form::bound_patterns();
    assert!(patterns.len() > 80, "{}", patterns.len());
    let at_a_source = |p: &str| ["centre.", "projects[]."].iter().any(|at| found(&sample, &format!("{at}{p}")));
    let missing: Vec<&String> = patterns
        .iter()
        .filter(|p| if p.starts_with("source.") { !at_a_source(p) } else { !found(&sample, p) })
        .collect();
    assert!(missing.is_empty(), "bound by the editor, not in the sample: {missing:?}");
    // And the editor knows each of them as a field.
    let unknown: Vec<&String> =
        patterns.iter().filter(|p| form::kind_at(&p.replace("source.", "centre.source.")).is_none()).collect();
    assert!(unknown.is_empty(), "{unknown:?}");
}

#[test]
fn every_name_the_field_order_places_is_in_the_sample() {
    let mut all = Vec::new();
    names(&sample(), &mut all);
    let order = json::ordered_names();
    assert!(order.len() > 90, "{}", order.len());
    let missing: Vec<&str> = order.into_iter().filter(|n| !all.iter().any(|a| a == n)).collect();
    assert!(missing.is_empty(), "in the editor's field order, not in the sample: {missing:?}");
}

#[test]
fn every_kind_of_condition_is_in_the_sample_with_each_of_its_fields() {
    let sample = sample();
    let mut found = Vec::new();
    conditions(&sample, &mut found);
    for code in CriterionCode::ALL {
        let of_kind: Vec<&&Value> = found.iter().filter(|c| c["criterion"] == code.code()).collect();
        assert!(!of_kind.is_empty(), "no {} condition in the sample", code.code());
        assert_eq!(CriterionCode::from_code(code.code()), Some(code));
        for field in ["id", "criterion", "source"].iter().chain(form::condition_fields(code)) {
            assert!(of_kind.iter().any(|c| c.get(field).is_some()), "{}: no {field}", code.code());
            let path = format!("projects[0].eligibility.rule.all[0].{field}");
            assert!(form::kind_at(&path).is_some(), "no field edits {path}");
        }
    }
    assert_eq!(CriterionCode::from_code("wiek"), None);
}
