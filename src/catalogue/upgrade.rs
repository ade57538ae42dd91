//! Centre files of an earlier format version, brought to [`SCHEMA_VERSION`]: what the staff editor does
//! with a file opened from a device. What the new version asks for and the old file cannot say (the
//! day a person confirmed the facts, the title of the centre's source) is left out, so the checks name
//! those fields for the clerk to fill in; nothing the old file says is dropped.

use serde_json::{json, Map, Value};

use super::model::SCHEMA_VERSION;

/// The file's text in the current version's shape; a file already current (or of no version this
/// knows) comes back unchanged, for the checks to judge.
pub fn upgrade_centre_file(text: &str) -> String {
    let Ok(mut file) = serde_json::from_str::<Value>(text) else { return text.to_string() };
    if file.get("schema").and_then(Value::as_u64) != Some(1) {
        return text.to_string();
    }
    if let Some(centre) = file.get_mut("centre").and_then(Value::as_object_mut) {
        from_1_centre(centre);
    }
    file["schema"] = json!(SCHEMA_VERSION);
    serde_json::to_string_pretty(&file).unwrap_or_else(|_| text.to_string())
}

/// Version 1 listed the centre's seed pages (`sources`); version 2 names one source as a project does.
fn from_1_centre(centre: &mut Map<String, Value>) {
    let Some(Value::Array(sources)) = centre.remove("sources") else { return };
    let mut source = Map::new();
    source.insert("title".into(), json!(""));
    if let Some(Value::String(first)) = sources.into_iter().next() {
        let key = if first.contains('/') { "page" } else { "seed" };
        source.insert(key.into(), json!(first));
    }
    centre.insert("source".into(), Value::Object(source));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::validate::parse_centre_file;
    use crate::problem::Problem;

    const VERSION_1: &str = r#"{"schema": 1, "centre": {"id": "ops-a", "name": "Ośrodek Pomocy Społecznej w A",
        "short_name": "OPS A", "gmina": "Kamienica", "teryt": "120705", "voivodeship": "małopolskie",
        "phones": ["18 33 23 005"], "sources": ["002_ccf00add7da43afc.txt"]}, "projects": []}"#;

    #[test]
    fn a_version_1_file_keeps_its_facts_and_asks_for_what_version_2_adds() {
        let text = upgrade_centre_file(VERSION_1);
        let file: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(file["schema"], json!(2));
        assert_eq!(file["centre"]["phones"], json!(["18 33 23 005"]));
        assert_eq!(file["centre"]["source"], json!({"title": "", "seed": "002_ccf00add7da43afc.txt"}));
        let issues = parse_centre_file("ops-a.json", &text).unwrap_err();
        let at: Vec<(&str, &Problem)> = issues.iter().map(|i| (i.path.as_str(), &i.problem)).collect();
        assert_eq!(
            at,
            [
                ("centre.checked_on", &Problem::MissingField("checked_on".into())),
                ("centre.source.title", &Problem::Empty)
            ]
        );
    }

    #[test]
    fn a_stored_page_stays_a_page_and_a_current_or_broken_file_is_left_as_it_is() {
        let page = VERSION_1.replace("002_ccf00add7da43afc.txt", "projects-2026/010_dobra-asystent-osobisty-2026.txt");
        let file: Value = serde_json::from_str(&upgrade_centre_file(&page)).unwrap();
        assert_eq!(file["centre"]["source"]["page"], json!("projects-2026/010_dobra-asystent-osobisty-2026.txt"));
        let current = VERSION_1.replace(r#""schema": 1"#, r#""schema": 2"#);
        assert_eq!(upgrade_centre_file(&current), current);
        assert_eq!(upgrade_centre_file("{ not json"), "{ not json");
    }
}
