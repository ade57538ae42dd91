//! The rule builder's edits of a project's `eligibility`, made on the file as it is written: a
//! condition or a group of conditions added to a group, a group switched between "all" and "any", a
//! rule of one condition made a group when a second is added, gminas added to a residence condition
//! (one, or every gmina of a powiat) with their TERYT codes kept in step. What was typed and does not
//! yet convert moves with its field. The conditions themselves are read by [`crate::rules::parse`],
//! the reader `wsparcie validate` uses, so the builder can never write a rule the app reads otherwise.

use super::draft::Draft;
use super::json::Json;
use crate::rules::parse::PathProblem;
use crate::rules::{CriterionCode, Eligibility};

/// Groups go this deep under the rule (the rule's own group is the first).
pub const MAX_DEPTH: usize = 3;

/// One part of a rule as the builder draws it, by its path in the file.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Group {
        path: String,
        all: bool,
        items: Vec<Node>,
    },
    /// A condition, with its kind (`None` for a name no kind has: the checks name it).
    Criterion {
        path: String,
        code: Option<CriterionCode>,
    },
    /// Neither a group nor a condition: the checks name what is wrong with it.
    Other {
        path: String,
    },
}

impl Node {
    pub fn path(&self) -> &str {
        match self {
            Node::Group { path, .. } | Node::Criterion { path, .. } | Node::Other { path } => path,
        }
    }
}

/// The list key of a group (`all` or `any`).
fn key(all: bool) -> &'static str {
    if all {
        "all"
    } else {
        "any"
    }
}

/// The rule at `path` (`projects[0].eligibility.rule`) as its parts; `None` when there is none.
pub fn shape(file: &Json, path: &str) -> Option<Node> {
    let v = file.get(path)?;
    for all in [true, false] {
        if let Some(Json::Array(items)) = v.field(key(all)) {
            let items = (0..items.len()).filter_map(|i| shape(file, &format!("{path}.{}[{i}]", key(all)))).collect();
            return Some(Node::Group { path: path.to_string(), all, items });
        }
    }
    match v.field("criterion").and_then(Json::as_str) {
        Some(code) => Some(Node::Criterion { path: path.to_string(), code: CriterionCode::from_code(code) }),
        None => Some(Node::Other { path: path.to_string() }),
    }
}

/// How many groups hold the part at `path`, the rule's own group counted.
pub fn depth(path: &str) -> usize {
    path.matches(".all[").count() + path.matches(".any[").count()
}

/// The word a new condition of this kind is named by, as the shipped files name theirs.
pub fn id_base(code: CriterionCode) -> &'static str {
    match code {
        CriterionCode::Residence => "zamieszkanie",
        CriterionCode::Income => "dochod",
        CriterionCode::Age => "wiek",
        CriterionCode::TargetGroup => "grupa",
        CriterionCode::AtRisk => "zagrozenie",
        CriterionCode::Art7Ground => "art7",
        CriterionCode::RegisteredUnemployed => "bezrobocie",
        CriterionCode::RevitalisationArea => "rewitalizacja",
        CriterionCode::DisabilityCertificate => "orzeczenie",
        CriterionCode::Carer => "opieka",
    }
}

/// Every condition's id in the value at `path`, priority ones too.
fn ids(v: &Json, out: &mut Vec<String>) {
    match v {
        Json::Object(fields) => {
            if v.field("criterion").is_some() {
                out.extend(v.field("id").and_then(Json::as_str).map(str::to_string));
            }
            fields.iter().for_each(|(_, f)| ids(f, out));
        }
        Json::Array(items) => items.iter().for_each(|i| ids(i, out)),
        _ => {}
    }
}

/// An id no other condition of the eligibility has: the base, then "-2", "-3"…
pub fn free_id(eligibility: Option<&Json>, base: &str) -> String {
    let mut taken = Vec::new();
    if let Some(e) = eligibility {
        ids(e, &mut taken);
    }
    std::iter::once(base.to_string())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .find(|id| !taken.contains(id))
        .unwrap_or_default()
}

/// A new condition of this kind: its id, its fields with what can be known (a residence condition
/// starts with the centre's own gmina, an income one names the income criterion), and an empty source
/// for the clerk to give.
pub fn new_criterion(code: CriterionCode, id: &str, home: Option<(&str, &str)>) -> Json {
    let mut fields = vec![("id".to_string(), Json::str(id)), ("criterion".to_string(), Json::str(code.code()))];
    match code {
        CriterionCode::Residence => {
            let (names, codes): (Vec<&str>, Vec<&str>) = home.into_iter().unzip();
            fields.push(("gminas".into(), Json::strings(&names)));
            fields.push(("teryt".into(), Json::strings(&codes)));
        }
        CriterionCode::Income => fields.push(("parameter".into(), Json::str(crate::parameters::KRYTERIUM_DOCHODOWE))),
        CriterionCode::TargetGroup => fields.push(("groups".into(), Json::Array(Vec::new()))),
        CriterionCode::DisabilityCertificate | CriterionCode::Carer => {
            fields.push(("certificates".into(), Json::Array(Vec::new())))
        }
        _ => {}
    }
    fields.push(("source".into(), Json::str("")));
    Json::Object(fields)
}

/// The eligibility at `path` read as the app reads it, for the conditions in residents' words.
pub fn read(file: &Json, path: &str) -> Option<Result<Eligibility, Vec<PathProblem>>> {
    let value: serde_json::Value = serde_json::from_str(&file.get(path)?.to_pretty()).ok()?;
    Some(crate::rules::parse_eligibility(&value, path))
}

/// The eligibility path of a rule path (`….eligibility.rule.all[0]` → `….eligibility`).
fn eligibility_of(path: &str) -> &str {
    path.find(".rule").map_or(path, |at| &path[..at])
}

impl Draft {
    /// Moves what was typed under `from` to `to` (a part of the file that moved).
    fn move_typed(&mut self, from: &str, to: &str) {
        let moved: Vec<String> = self
            .raw
            .keys()
            .filter(|p| p.strip_prefix(from).is_some_and(|r| r.starts_with('.') || r.starts_with('[')))
            .cloned()
            .collect();
        for path in moved {
            if let Some(typed) = self.raw.remove(&path) {
                self.raw.insert(format!("{to}{}", &path[from.len()..]), typed);
            }
        }
    }

    /// Conditions for a project that has none: the residents of the centre's gmina, to start from. A
    /// rule of one condition is that condition; a second one added makes it a group.
    pub fn start_rules(&mut self, project: &str) {
        let home = (self.file.text("centre.gmina"), self.file.text("centre.teryt"));
        let first =
            new_criterion(CriterionCode::Residence, id_base(CriterionCode::Residence), Some((&home.0, &home.1)));
        self.file.set(&format!("{project}.eligibility.rule"), first);
    }

    /// Adds a condition of kind `code` at the end of the project's priority conditions (those the
    /// source gives priority for; they exclude no one).
    pub fn add_priority(&mut self, project: &str, code: CriterionCode) {
        let at = format!("{project}.eligibility");
        let id = free_id(self.file.get(&at), id_base(code));
        let home = (self.file.text("centre.gmina"), self.file.text("centre.teryt"));
        let count = self.file.get(&format!("{at}.priority")).and_then(Json::as_array).map_or(0, Vec::len);
        self.file.set(&format!("{at}.priority[{count}]"), new_criterion(code, &id, Some((&home.0, &home.1))));
    }

    /// Adds a condition of kind `code` at the end of the group at `path`; with `as_group`, inside a new
    /// group of the other kind ("any" in an "all"). A rule of one condition becomes a group of all.
    pub fn add_condition(&mut self, path: &str, code: CriterionCode, as_group: bool) {
        let id = free_id(self.file.get(eligibility_of(path)), id_base(code));
        let home = (self.file.text("centre.gmina"), self.file.text("centre.teryt"));
        let mut item = new_criterion(code, &id, Some((&home.0, &home.1)));
        let all = match shape(&self.file, path) {
            Some(Node::Group { all, .. }) => all,
            Some(Node::Criterion { .. } | Node::Other { .. }) => {
                let one = self.file.remove(path).unwrap_or(Json::Null);
                self.file.set(path, Json::Object(vec![("all".into(), Json::Array(vec![one]))]));
                self.move_typed(path, &format!("{path}.all[0]"));
                true
            }
            None => return,
        };
        if as_group {
            item = Json::Object(vec![(key(!all).into(), Json::Array(vec![item]))]);
        }
        let count = self.file.get(&format!("{path}.{}", key(all))).and_then(Json::as_array).map_or(0, Vec::len);
        self.file.set(&format!("{path}.{}[{count}]", key(all)), item);
    }

    /// Makes the group at `path` one of all its conditions (`all`) or of any one (`any`).
    pub fn regroup(&mut self, path: &str, all: bool) {
        let (from, to) = (key(!all), key(all));
        let Some(Json::Object(fields)) = self.file.get_mut_or_insert(path) else { return };
        let Some(field) = fields.iter_mut().find(|(k, _)| k == from) else { return };
        field.0 = to.to_string();
        self.move_typed(&format!("{path}.{from}"), &format!("{path}.{to}"));
    }

    /// Adds gminas (name, TERYT code) to the list at `path` (a residence condition, or a project's
    /// `area`), each once. A gmina a residence condition takes in is one the project serves: one the
    /// project does not yet name (by the centre, a partner or its area) goes into its area too, so that
    /// its residents find the project on their gmina's page.
    pub fn add_gminas(&mut self, path: &str, gminas: &[(String, String)]) {
        let (mut names, mut codes) =
            (self.file.list(&format!("{path}.gminas")), self.file.list(&format!("{path}.teryt")));
        for (name, code) in gminas {
            if !codes.contains(code) {
                names.push(name.clone());
                codes.push(code.clone());
            }
        }
        self.file.set(&format!("{path}.gminas"), Json::strings(&names));
        self.file.set(&format!("{path}.teryt"), Json::strings(&codes));
        if let Some(project) = path.find(".eligibility").map(|at| path[..at].to_string()) {
            let mut served = vec![self.file.text("centre.teryt")];
            let partners = self.file.get(&format!("{project}.partners")).and_then(Json::as_array).map_or(0, Vec::len);
            served.extend((0..partners).map(|i| self.file.text(&format!("{project}.partners[{i}].teryt"))));
            let unserved: Vec<(String, String)> = gminas.iter().filter(|(_, c)| !served.contains(c)).cloned().collect();
            if !unserved.is_empty() {
                self.add_gminas(&format!("{project}.area"), &unserved);
            }
        }
    }

    /// Takes the `i`-th gmina out of the list at `path`, its code with it. Out of a residence
    /// condition, it leaves the project's area too when no other residence condition names it.
    pub fn remove_gmina(&mut self, path: &str, i: usize) {
        let code = self.file.list(&format!("{path}.teryt")).get(i).cloned();
        for list in ["gminas", "teryt"] {
            self.remove_item(&format!("{path}.{list}[{i}]"));
        }
        let (Some(code), Some(at)) = (code, path.find(".eligibility")) else { return };
        let project = &path[..at];
        let mut still = Vec::new();
        if let Some(e) = self.file.get(&format!("{project}.eligibility")) {
            residence_codes(e, &mut still);
        }
        let area = format!("{project}.area");
        if let Some(j) = self.file.list(&format!("{area}.teryt")).iter().position(|c| *c == code) {
            if !still.contains(&code) {
                self.remove_gmina(&area, j);
            }
        }
    }
}

/// Every TERYT code of the residence conditions in `v`.
fn residence_codes(v: &Json, out: &mut Vec<String>) {
    match v {
        Json::Object(fields) => {
            if v.field("criterion").and_then(Json::as_str) == Some(CriterionCode::Residence.code()) {
                out.extend(
                    v.field("teryt")
                        .and_then(Json::as_array)
                        .into_iter()
                        .flatten()
                        .filter_map(Json::as_str)
                        .map(str::to_string),
                );
            }
            fields.iter().for_each(|(_, f)| residence_codes(f, out));
        }
        Json::Array(items) => items.iter().for_each(|i| residence_codes(i, out)),
        _ => {}
    }
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;
