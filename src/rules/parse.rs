//! Reading a project's `eligibility` from its JSON, with the field path of every problem.

use std::collections::HashSet;

use serde_json::Value;

use super::{AgeRange, Criterion, CriterionCode, CriterionKind, Eligibility, Rule, KNOWN_PARAMETERS};
use crate::catalogue::TargetGroup;
use crate::household::{Art7Ground, Certificate};
use crate::problem::{Kind, Problem};

/// A value of another kind than `expected` where the rules have one.
fn wrong_kind(expected: Kind, found: &Value) -> Problem {
    let (found, value) = Kind::of(found);
    Problem::WrongKind { expected, found, value }
}

/// A problem at a path inside the eligibility value (the caller adds the file).
pub type PathProblem = (String, Problem);

fn strings(v: &Value, path: &str, out: &mut Vec<PathProblem>) -> Vec<String> {
    match v.as_array() {
        Some(items) => items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| match item.as_str() {
                Some(s) if !s.trim().is_empty() => Some(s.to_string()),
                Some(_) => {
                    out.push((format!("{path}[{i}]"), Problem::Empty));
                    None
                }
                None => {
                    out.push((format!("{path}[{i}]"), wrong_kind(Kind::Text, item)));
                    None
                }
            })
            .collect(),
        None => {
            out.push((path.to_string(), wrong_kind(Kind::List, v)));
            Vec::new()
        }
    }
}

fn codes<T>(v: &Value, path: &str, out: &mut Vec<PathProblem>, from: impl Fn(&str) -> Option<T>) -> Vec<T> {
    strings(v, path, out)
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let found = from(s);
            if found.is_none() {
                out.push((format!("{path}[{i}]"), Problem::UnknownValue(s.clone())));
            }
            found
        })
        .collect()
}

fn allowed_fields(obj: &serde_json::Map<String, Value>, path: &str, allowed: &[&str], out: &mut Vec<PathProblem>) {
    for key in obj.keys() {
        if !allowed.contains(&key.as_str()) {
            out.push((format!("{path}.{key}"), Problem::UnknownField(key.clone())));
        }
    }
}

/// An age in whole years at `key`, if given.
fn age_bound(obj: &serde_json::Map<String, Value>, path: &str, key: &str, out: &mut Vec<PathProblem>) -> Option<u32> {
    let v = obj.get(key)?;
    match v.as_u64().filter(|n| *n <= 130) {
        Some(n) => Some(n as u32),
        None => {
            out.push((format!("{path}.{key}"), Problem::InvalidValue(v.to_string())));
            None
        }
    }
}

fn criterion(obj: &serde_json::Map<String, Value>, path: &str, out: &mut Vec<PathProblem>) -> Option<Criterion> {
    let name = obj["criterion"].as_str().unwrap_or_default();
    let id = match obj.get("id").and_then(Value::as_str) {
        Some(id) if !id.trim().is_empty() => id.to_string(),
        _ => {
            out.push((format!("{path}.id"), Problem::MissingField("id".into())));
            String::new()
        }
    };
    let source = match obj.get("source").and_then(Value::as_str) {
        Some(s) if !s.trim().is_empty() => s.to_string(),
        _ => {
            out.push((format!("{path}.source"), Problem::MissingField("source".into())));
            String::new()
        }
    };
    let common = ["criterion", "id", "source"];
    let with = |extra: &[&'static str]| -> Vec<&'static str> { common.iter().chain(extra).copied().collect() };
    let Some(code) = CriterionCode::from_code(name) else {
        out.push((format!("{path}.criterion"), Problem::UnknownCriterion(name.to_string())));
        return None;
    };
    let kind = match code {
        CriterionCode::Residence => {
            allowed_fields(obj, path, &with(&["gminas", "teryt"]), out);
            let gminas = strings(obj.get("gminas").unwrap_or(&Value::Null), &format!("{path}.gminas"), out);
            if gminas.is_empty() {
                out.push((format!("{path}.gminas"), Problem::Empty));
            }
            let teryt = strings(obj.get("teryt").unwrap_or(&Value::Null), &format!("{path}.teryt"), out);
            for (i, code) in teryt.iter().enumerate() {
                if !crate::places::is_gmina_code(code) {
                    out.push((format!("{path}.teryt[{i}]"), Problem::UnknownGmina(code.clone())));
                }
            }
            if teryt.len() != gminas.len() {
                let counts = format!("{} ≠ {}", teryt.len(), gminas.len());
                out.push((format!("{path}.teryt"), Problem::InvalidValue(counts)));
            }
            CriterionKind::Residence { gminas, teryt }
        }
        CriterionCode::TargetGroup => {
            allowed_fields(obj, path, &with(&["groups"]), out);
            let groups = codes(
                obj.get("groups").unwrap_or(&Value::Null),
                &format!("{path}.groups"),
                out,
                TargetGroup::from_code,
            );
            if groups.is_empty() {
                out.push((format!("{path}.groups"), Problem::Empty));
            }
            CriterionKind::TargetGroup { groups }
        }
        CriterionCode::AtRisk => {
            allowed_fields(obj, path, &with(&[]), out);
            CriterionKind::AtRisk
        }
        CriterionCode::Art7Ground => {
            allowed_fields(obj, path, &with(&["grounds"]), out);
            let grounds = match obj.get("grounds") {
                Some(v) => codes(v, &format!("{path}.grounds"), out, |s| {
                    serde_json::from_value::<Art7Ground>(Value::String(s.to_string())).ok()
                }),
                None => Vec::new(),
            };
            CriterionKind::Art7 { grounds }
        }
        CriterionCode::Income => {
            allowed_fields(obj, path, &with(&["percent", "parameter"]), out);
            let percent = match obj.get("percent").and_then(Value::as_str).map(crate::money::parse_plain_decimal) {
                Some(Ok(p)) if p > rust_decimal::Decimal::ZERO => p,
                Some(Ok(p)) => {
                    out.push((format!("{path}.percent"), Problem::NegativeAmount(p.to_string())));
                    p
                }
                Some(Err(e)) => {
                    out.push((format!("{path}.percent"), e.into()));
                    rust_decimal::Decimal::ZERO
                }
                None => {
                    out.push((format!("{path}.percent"), Problem::MissingField("percent".into())));
                    rust_decimal::Decimal::ZERO
                }
            };
            let parameter = obj.get("parameter").and_then(Value::as_str).unwrap_or_default().to_string();
            if !KNOWN_PARAMETERS.contains(&parameter.as_str()) {
                out.push((format!("{path}.parameter"), Problem::UnknownParameter(parameter.clone())));
            }
            CriterionKind::Income { percent, parameter }
        }
        CriterionCode::Age => {
            allowed_fields(obj, path, &with(&["min", "max"]), out);
            let (min, max) = (age_bound(obj, path, "min", out), age_bound(obj, path, "max", out));
            if min.is_none() && max.is_none() {
                out.push((path.to_string(), Problem::MissingField("min / max".into())));
            }
            if let (Some(a), Some(b)) = (min, max) {
                if b < a {
                    out.push((
                        format!("{path}.max"),
                        Problem::EndBeforeStart { start: a.to_string(), end: b.to_string() },
                    ));
                }
            }
            CriterionKind::Age { min, max }
        }
        CriterionCode::DisabilityCertificate | CriterionCode::Carer => {
            allowed_fields(obj, path, &with(&["certificates", "age_from", "age_under"]), out);
            let certificates =
                codes(obj.get("certificates").unwrap_or(&Value::Null), &format!("{path}.certificates"), out, |s| {
                    Certificate::from_code(s).filter(|c| c.is_held())
                });
            if certificates.is_empty() {
                out.push((format!("{path}.certificates"), Problem::Empty));
            }
            let ages =
                AgeRange { from: age_bound(obj, path, "age_from", out), under: age_bound(obj, path, "age_under", out) };
            if let (Some(a), Some(b)) = (ages.from, ages.under) {
                if b <= a {
                    out.push((
                        format!("{path}.age_under"),
                        Problem::EndBeforeStart { start: a.to_string(), end: b.to_string() },
                    ));
                }
            }
            if code == CriterionCode::Carer {
                CriterionKind::Carer { certificates, ages }
            } else {
                CriterionKind::DisabilityCertificate { certificates, ages }
            }
        }
        CriterionCode::RegisteredUnemployed => {
            allowed_fields(obj, path, &with(&[]), out);
            CriterionKind::RegisteredUnemployed
        }
        CriterionCode::RevitalisationArea => {
            allowed_fields(obj, path, &with(&[]), out);
            CriterionKind::RevitalisationArea
        }
    };
    Some(Criterion { id, kind, source })
}

fn rule(v: &Value, path: &str, out: &mut Vec<PathProblem>) -> Option<Rule> {
    let Some(obj) = v.as_object() else {
        out.push((path.to_string(), wrong_kind(Kind::Object, v)));
        return None;
    };
    for (key, is_all) in [("all", true), ("any", false)] {
        if let Some(list) = obj.get(key) {
            allowed_fields(obj, path, &[key], out);
            let Some(items) = list.as_array() else {
                out.push((format!("{path}.{key}"), wrong_kind(Kind::List, list)));
                return None;
            };
            if items.is_empty() {
                out.push((format!("{path}.{key}"), Problem::Empty));
            }
            let children: Vec<Rule> = items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| rule(item, &format!("{path}.{key}[{i}]"), out))
                .collect();
            return Some(if is_all { Rule::All(children) } else { Rule::Any(children) });
        }
    }
    if obj.contains_key("criterion") {
        return criterion(obj, path, out).map(|c| Rule::Criterion(std::sync::Arc::new(c)));
    }
    out.push((path.to_string(), Problem::MissingField("all / any / criterion".into())));
    None
}

/// Reads an `eligibility` value. `path` is where it sits in its file ("projects[0].eligibility").
pub fn parse_eligibility(v: &Value, path: &str) -> Result<Eligibility, Vec<PathProblem>> {
    let mut out = Vec::new();
    let Some(obj) = v.as_object() else {
        return Err(vec![(path.to_string(), wrong_kind(Kind::Object, v))]);
    };
    allowed_fields(obj, path, &["rule", "priority", "assumptions"], &mut out);
    let parsed_rule = match obj.get("rule") {
        Some(r) => rule(r, &format!("{path}.rule"), &mut out),
        None => {
            out.push((format!("{path}.rule"), Problem::MissingField("rule".into())));
            None
        }
    };
    let mut priority = Vec::new();
    if let Some(list) = obj.get("priority") {
        match list.as_array() {
            Some(items) => {
                for (i, item) in items.iter().enumerate() {
                    let at = format!("{path}.priority[{i}]");
                    match item.as_object() {
                        Some(o) if o.contains_key("criterion") => {
                            priority.extend(criterion(o, &at, &mut out).map(std::sync::Arc::new))
                        }
                        _ => out.push((at, Problem::MissingField("criterion".into()))),
                    }
                }
            }
            None => out.push((format!("{path}.priority"), wrong_kind(Kind::List, list))),
        }
    }
    let assumptions = match obj.get("assumptions") {
        Some(v) => strings(v, &format!("{path}.assumptions"), &mut out),
        None => Vec::new(),
    };
    let eligibility = parsed_rule.map(|rule| Eligibility { rule, priority, assumptions });
    if let Some(e) = &eligibility {
        let mut seen = HashSet::new();
        for c in e.all_criteria() {
            if !c.id.is_empty() && !seen.insert(c.id.as_str()) {
                out.push((path.to_string(), Problem::DuplicateId(c.id.clone())));
            }
        }
    }
    match eligibility {
        Some(e) if out.is_empty() => Ok(e),
        _ => Err(out),
    }
}

/// Where the criterion `id` sits in an `eligibility` value whose path is `at`
/// (`projects[0].eligibility.rule.all[1]`), for a problem found after reading.
pub fn criterion_path(v: &Value, at: &str, id: &str) -> Option<String> {
    fn find(v: &Value, at: String, id: &str) -> Option<String> {
        let obj = v.as_object()?;
        if obj.contains_key("criterion") {
            return (obj.get("id").and_then(Value::as_str) == Some(id)).then_some(at);
        }
        ["all", "any"].iter().find_map(|key| {
            let items = obj.get(*key)?.as_array()?;
            items.iter().enumerate().find_map(|(i, item)| find(item, format!("{at}.{key}[{i}]"), id))
        })
    }
    let obj = v.as_object()?;
    find(obj.get("rule")?, format!("{at}.rule"), id).or_else(|| {
        let priority = obj.get("priority")?.as_array()?;
        priority.iter().enumerate().find_map(|(i, c)| find(c, format!("{at}.priority[{i}]"), id))
    })
}
