//! A JSON value that keeps the order of an object's fields, with reading and writing at a field path
//! (`projects[0].budget.parts[1].amount`, the paths the checks name). The editor keeps a centre file
//! as one of these: a field the forms do not show stays as it was, and a file opened and saved again
//! is the same text, so a maintainer's diff shows only what the clerk changed. (`serde_json::Value`
//! sorts fields by name; its `preserve_order` feature would change that for every reader of JSON in a
//! build, and the catalogue's readers would then see one order in the browser and another in the native
//! tests.) serde reads and writes it: only the paths are this module's own.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Where a new field goes among the fields already there: before the first that comes later in this
/// list, the order of the shipped files (`docs/DATA-FORMATS.md`). A name not listed goes last.
const FIELD_ORDER: &str = "\
    schema centre id criterion name short_name title kind runs_programme role lead partners \
    programme perspective fund priority_axis measure sub_measure territorial_instrument call gmina \
    gminas teryt voivodeship address street postcode town period start end durability_until \
    recruitment from until end_not_stated budget total parts amount percent parameter split_complete \
    participants count basis target_groups target_groups_text goal services how_to_apply text hours \
    documents phones emails website nip regon office_hours mon tue wed thu fri sat sun area \
    revitalisation_area groups grounds certificates age_from age_under min max notes eligibility rule all any priority assumptions \
    checked_on source publisher seed page url read_on site published cut_off projects";

/// Where the order of an object's fields is its own, by the object's name (a list's items take the
/// list's): a source's fields, and a budget's part (its source before its amount, as in the files).
const OWN_ORDER: &[(&str, &str)] =
    &[("source", "title publisher seed page url read_on site cut_off published"), ("parts", "source amount percent")];

/// Every name the field order places, its own orders' too.
pub fn ordered_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = FIELD_ORDER.split_whitespace().collect();
    names.extend(OWN_ORDER.iter().flat_map(|(_, order)| order.split_whitespace()));
    names.sort_unstable();
    names.dedup();
    names
}

fn rank(parent: &str, key: &str) -> usize {
    let order = OWN_ORDER.iter().find(|(name, _)| *name == parent).map_or(FIELD_ORDER, |(_, order)| order);
    order.split_whitespace().position(|k| k == key).unwrap_or(usize::MAX)
}

/// One step of a path: a field of an object or an item of a list.
#[derive(Clone, Debug, PartialEq)]
enum Step<'a> {
    Field(&'a str),
    Item(usize),
}

/// `projects[0].budget.total` as its steps; `None` for a path that is not one.
fn steps(path: &str) -> Option<Vec<Step<'_>>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (name, mut rest) = part.split_once('[').map_or((part, ""), |(n, r)| (n, r));
        if !name.is_empty() {
            out.push(Step::Field(name));
        }
        while !rest.is_empty() {
            let (index, after) = rest.split_once(']')?;
            out.push(Step::Item(index.parse().ok()?));
            rest = after.strip_prefix('[').unwrap_or(after);
            if !after.is_empty() && !after.starts_with('[') {
                return None;
            }
        }
    }
    Some(out)
}

impl Json {
    pub fn str(s: impl Into<String>) -> Json {
        Json::String(s.into())
    }

    pub fn object() -> Json {
        Json::Object(Vec::new())
    }

    /// A list of strings.
    pub fn strings<S: AsRef<str>>(items: &[S]) -> Json {
        Json::Array(items.iter().map(|s| Json::str(s.as_ref())).collect())
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Json>> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The value of an object's field.
    pub fn field(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The value at `path`, if there is one.
    pub fn get(&self, path: &str) -> Option<&Json> {
        steps(path)?.into_iter().try_fold(self, |at, step| match (step, at) {
            (Step::Field(key), _) => at.field(key),
            (Step::Item(i), Json::Array(items)) => items.get(i),
            _ => None,
        })
    }

    /// The text at `path`; empty when there is none.
    pub fn text(&self, path: &str) -> String {
        self.get(path).and_then(Json::as_str).unwrap_or_default().to_string()
    }

    /// The strings of the list at `path`.
    pub fn list(&self, path: &str) -> Vec<String> {
        self.get(path)
            .and_then(Json::as_array)
            .map(|items| items.iter().filter_map(|i| i.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    }

    /// The value at `path`, made (objects along the way, a list item only if it is the next one) when
    /// absent. `None` when the path crosses a value that is not an object or a list.
    pub fn get_mut_or_insert(&mut self, path: &str) -> Option<&mut Json> {
        let mut at = self;
        let mut parent = "";
        for step in steps(path)? {
            if matches!(at, Json::Null) {
                *at = match step {
                    Step::Field(_) => Json::object(),
                    Step::Item(_) => Json::Array(Vec::new()),
                };
            }
            at = match (step, at) {
                (Step::Field(key), Json::Object(fields)) => {
                    let i = match fields.iter().position(|(k, _)| k == key) {
                        Some(i) => i,
                        None => {
                            let place = fields
                                .iter()
                                .position(|(k, _)| rank(parent, k) > rank(parent, key))
                                .unwrap_or(fields.len());
                            fields.insert(place, (key.to_string(), Json::Null));
                            place
                        }
                    };
                    parent = key;
                    &mut fields[i].1
                }
                (Step::Item(i), Json::Array(items)) if i <= items.len() => {
                    if i == items.len() {
                        items.push(Json::Null);
                    }
                    &mut items[i]
                }
                _ => return None,
            };
        }
        Some(at)
    }

    /// Puts `value` at `path`; false when the path cannot be made.
    pub fn set(&mut self, path: &str, value: Json) -> bool {
        match self.get_mut_or_insert(path) {
            Some(at) => {
                *at = value;
                true
            }
            None => false,
        }
    }

    /// Takes away the field or list item at `path`, then every object the removal left empty on the
    /// way up (an empty `budget` is no budget), and gives back what was there.
    pub fn remove(&mut self, path: &str) -> Option<Json> {
        let all = steps(path)?;
        let (last, parents) = all.split_last()?;
        let removed = {
            let parent = Self::walk_mut(self, parents)?;
            match (last, parent) {
                (Step::Field(key), Json::Object(fields)) => {
                    let i = fields.iter().position(|(k, _)| k == key)?;
                    Some(fields.remove(i).1)
                }
                (Step::Item(i), Json::Array(items)) if *i < items.len() => Some(items.remove(*i)),
                _ => None,
            }
        };
        // Objects left empty, from the innermost up; lists stay (an empty list is a choice made), and so does
        // an object whose being there says something.
        for depth in (1..=parents.len()).rev() {
            let empty = matches!(Self::walk_mut(self, &parents[..depth]), Some(Json::Object(f)) if f.is_empty());
            if !empty || !matches!(parents[depth - 1], Step::Field(_)) {
                break;
            }
            let key_path = &parents[..depth];
            let (Step::Field(key), up) = key_path.split_last()? else { break };
            // A recruitment says something empty: the page announces it, without its dates.
            if *key == "recruitment" {
                break;
            }
            if let Some(Json::Object(fields)) = Self::walk_mut(self, up) {
                fields.retain(|(k, _)| k != key);
            }
        }
        removed
    }

    fn walk_mut<'s>(mut at: &'s mut Json, path: &[Step<'_>]) -> Option<&'s mut Json> {
        for step in path {
            at = match (step, at) {
                (Step::Field(key), Json::Object(fields)) => &mut fields.iter_mut().find(|(k, _)| k == key)?.1,
                (Step::Item(i), Json::Array(items)) => items.get_mut(*i)?,
                _ => return None,
            };
        }
        Some(at)
    }

    /// The text of a file: as serde_json's pretty writer writes it (two spaces, `": "`), with the fields
    /// in their order, and a line end at the end as the shipped files have.
    pub fn to_pretty(&self) -> String {
        // Writing to a string fails only for a map key that is not a string, which `Json` cannot hold.
        serde_json::to_string_pretty(self).unwrap_or_default() + "\n"
    }

    /// Reads JSON text, keeping the order of fields; the parser's message (with line and column) when
    /// it is not JSON.
    pub fn parse(text: &str) -> Result<Json, serde_json::Error> {
        serde_json::from_str(text)
    }
}

/// Written by serde, so any of its writers (serde_json's pretty one for a file) writes the fields in
/// their order.
impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => serializer.serialize_unit(),
            Json::Bool(b) => serializer.serialize_bool(*b),
            Json::Number(n) => n.serialize(serializer),
            Json::String(s) => serializer.serialize_str(s),
            Json::Array(items) => serializer.collect_seq(items),
            Json::Object(fields) => {
                let mut map = serializer.serialize_map(Some(fields.len()))?;
                for (key, value) in fields {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("JSON")
    }
    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Number(v.into()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Json, E> {
        serde_json::Number::from_f64(v).map(Json::Number).ok_or_else(|| E::custom("not a finite number"))
    }
    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::str(v))
    }
    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut fields: Vec<(String, Json)> = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Json>()? {
            // A field given twice: the last one counts, as in every JSON reader the app uses.
            fields.retain(|(k, _)| *k != key);
            fields.push((key, value));
        }
        Ok(Json::Object(fields))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_centre_file_reads_and_writes_as_the_same_text() {
        let mut seen = 0;
        for entry in std::fs::read_dir("public/catalogue").unwrap() {
            let path = entry.unwrap().path();
            // The index and the parameters file are written by hand, an entry to a line: the editor
            // opens centre files only.
            if path.ends_with("parameters.json") || path.ends_with("index.json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let json = Json::parse(&text).unwrap();
            assert_eq!(json.to_pretty(), text, "{}", path.display());
            seen += 1;
        }
        assert!(seen > 20);
    }

    #[test]
    fn the_text_is_what_serde_json_writes_for_the_same_value() {
        // serde_json's own value, whose fields are in name order as they are here.
        let text = r#"{"a": [1, -2.5, true, null, "ż\"\n"], "b": {}, "c": [], "d": {"e": "€ 😀"}}"#;
        let ours = Json::parse(text).unwrap().to_pretty();
        let theirs = serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(text).unwrap()).unwrap();
        assert_eq!(ours, theirs + "\n");
    }

    #[test]
    fn paths_read_set_and_remove_keeping_the_order_of_fields() {
        let mut json = Json::parse(r#"{"id": "p", "title": "T", "source": {"title": "S"}}"#).unwrap();
        assert_eq!(json.text("source.title"), "S");
        assert!(json.set("budget.parts[0].amount", Json::str("10.00")));
        assert!(json.set("budget.total", Json::str("10.00")));
        assert!(json.set("checked_on", Json::str("2026-03-12")));
        let keys: Vec<&str> = match &json {
            Json::Object(f) => f.iter().map(|(k, _)| k.as_str()).collect(),
            _ => unreachable!(),
        };
        assert_eq!(keys, ["id", "title", "budget", "checked_on", "source"]);
        assert_eq!(json.get("budget").unwrap().to_pretty().lines().nth(1), Some(r#"  "total": "10.00","#));
        // A list item past the next one, or a field of a string, cannot be made.
        assert!(!json.set("budget.parts[5].amount", Json::Null));
        assert!(!json.set("title.x", Json::Null));
        // Removing the last field of an object removes the object.
        assert_eq!(json.remove("budget.parts[0]"), Some(Json::Object(vec![("amount".into(), Json::str("10.00"))])));
        assert_eq!(json.list("budget.parts"), Vec::<String>::new());
        json.remove("budget.parts");
        json.remove("budget.total");
        assert_eq!(json.get("budget"), None);
        assert_eq!(json.remove("nothing.here"), None);
        assert_eq!(json.get("a[x]"), None);
    }
}
