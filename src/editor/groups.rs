//! Parts of a centre file that are there whole or not at all: an address has its street, postcode and
//! town; a budget its total; each part of it its source and amount; a period its start. In the browser
//! the file's reader names a missing field only by line and column, so the editor finds these itself
//! and names each at its field.

use super::json::Json;

/// The name an object has in the file (a list's items take the list's), and what it must hold.
const GROUPS: &[(&str, &[&str])] = &[
    ("address", &["street", "postcode", "town"]),
    ("period", &["start"]),
    ("programme", &["name"]),
    ("budget", &["total"]),
    ("parts", &["source", "amount"]),
    ("how_to_apply", &["text"]),
    ("participants", &["count", "basis"]),
];

/// Every field a part of the file lacks, by its path ("projects[0].budget.parts[1].amount"), with its
/// name.
pub fn missing(file: &Json) -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    walk(file, "", "", &mut out);
    out
}

fn walk(json: &Json, path: &str, name: &str, out: &mut Vec<(String, &'static str)>) {
    match json {
        Json::Object(fields) => {
            if let Some((_, required)) = GROUPS.iter().find(|(group, _)| *group == name) {
                for field in required.iter() {
                    let absent = match json.field(field) {
                        None | Some(Json::Null) => true,
                        Some(Json::String(s)) => {
                            s.trim().is_empty() && !matches!(*field, "street" | "postcode" | "town")
                        }
                        _ => false,
                    };
                    if absent {
                        out.push((join(path, field), *field));
                    }
                }
            }
            for (key, value) in fields {
                walk(value, &join(path, key), key, out);
            }
        }
        Json::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, &format!("{path}[{i}]"), name, out);
            }
        }
        _ => {}
    }
}

/// An address is all three of its fields or none: once one is typed (at `path`) the others are there
/// empty, so the checks name the one missing at its field; once all are empty (and none holds typed
/// text, `typed`) the address goes.
pub fn complete_address(file: &mut Json, path: &str, typed: impl Fn(&str) -> bool) {
    let Some((parent, _)) = path.rsplit_once('.') else { return };
    if !parent.ends_with("address") {
        return;
    }
    let fields = ["street", "postcode", "town"].map(|f| format!("{parent}.{f}"));
    if fields.iter().all(|f| file.text(f).trim().is_empty() && !typed(f)) {
        file.remove(parent);
        return;
    }
    for field in &fields {
        if file.get(field).is_none() {
            file.set(field, Json::str(""));
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_of_the_file_names_each_field_it_lacks() {
        let file = Json::parse(
            r#"{"centre": {"address": {"street": "Kamienica 420"}}, "projects": [{"period": {"end": "2027"}, "programme": {"measure": "8.2"},
            "budget": {"parts": [{"source": "eu"}, {"source": "own", "amount": "10.00"}]}}]}"#,
        )
        .unwrap();
        let found: Vec<String> = missing(&file).into_iter().map(|(path, _)| path).collect();
        assert_eq!(
            found,
            [
                "centre.address.postcode",
                "centre.address.town",
                "projects[0].period.start",
                "projects[0].programme.name",
                "projects[0].budget.total",
                "projects[0].budget.parts[0].amount"
            ]
        );
        assert_eq!(missing(&Json::parse(include_str!("../../public/catalogue/gops-dobra.json")).unwrap()), []);
    }
}
