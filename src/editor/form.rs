//! Every field of a centre file the editor's pages edit, by its path, and what kind of field edits it:
//! the one list the pages draw their fields from (`src/ui/editor/`), a stored draft's typed text is
//! read again by, and the test that enters each shipped entry through the forms walks. A path the
//! list does not know is a field a clerk cannot enter.

use super::fields::{self, DateBoxes, Typed};
use super::json::Json;
use crate::i18n::Locale;
use crate::rules::CriterionCode;

/// How a field is edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    /// A longer text, in a box of several lines.
    LongText,
    /// A list: one item per line.
    Lines,
    Amount,
    /// A percentage ("150" or "84,99").
    Percent,
    /// A whole number (a count of participants, an age in years).
    Count,
    /// A day's office hours, one span per line.
    Hours,
    /// A date in three boxes; `whole_day` when the day must be given (the day facts were checked or a
    /// page read), else a month or a year alone is a date, as sources give them.
    Date {
        whole_day: bool,
    },
    /// One code of a few, as radio buttons or a list to pick from.
    Choice,
    /// Codes chosen with checkboxes, kept as a list in the order the boxes are offered.
    Checks,
    /// A yes kept as `true`; no is no field.
    Flag,
    /// An object that says something by being there, empty or not (a recruitment the page announces
    /// without its dates).
    Present,
    /// Gminas with their TERYT codes, picked from the register.
    Gminas,
    /// Written by the rule builder when a condition is added (its kind, the parameter it is measured
    /// against).
    Condition,
    /// Written when the file is started, from the gmina picked (and the file's version).
    Given,
}

impl Kind {
    /// Typed as text (a field that converts what is typed), rather than clicked.
    pub fn is_typed(self) -> bool {
        matches!(
            self,
            Kind::Text
                | Kind::LongText
                | Kind::Lines
                | Kind::Amount
                | Kind::Percent
                | Kind::Count
                | Kind::Hours
                | Kind::Date { .. }
        )
    }

    /// A list edited as one field (its items are not fields of their own).
    pub fn is_list(self) -> bool {
        matches!(self, Kind::Lines | Kind::Hours | Kind::Checks | Kind::Gminas)
    }
}

/// The days of office hours, as the file names them.
pub const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// The fields of a source (a centre's, a project's), after `source.`.
const SOURCE: &[(&str, Kind)] = &[
    ("title", Kind::Text),
    ("publisher", Kind::Text),
    ("url", Kind::Text),
    ("site", Kind::Text),
    ("published", Kind::Date { whole_day: false }),
    ("read_on", Kind::Date { whole_day: true }),
    ("cut_off", Kind::Flag),
    ("seed", Kind::Text),
    ("page", Kind::Text),
];

/// The centre's fields, after `centre.`.
const CENTRE: &[(&str, Kind)] = &[
    ("id", Kind::Text),
    ("name", Kind::Text),
    ("short_name", Kind::Text),
    ("gmina", Kind::Given),
    ("teryt", Kind::Given),
    ("voivodeship", Kind::Given),
    ("address.street", Kind::Text),
    ("address.postcode", Kind::Text),
    ("address.town", Kind::Text),
    ("phones", Kind::Lines),
    ("emails", Kind::Lines),
    ("website", Kind::Text),
    ("nip", Kind::Text),
    ("regon", Kind::Text),
    ("checked_on", Kind::Date { whole_day: true }),
];

/// A project's fields, after `projects[n].` (its conditions apart: [`condition_kind`]).
const PROJECT: &[(&str, Kind)] = &[
    ("id", Kind::Text),
    ("title", Kind::Text),
    ("kind", Kind::Choice),
    ("runs_programme", Kind::Choice),
    ("role", Kind::Choice),
    ("lead", Kind::Text),
    ("partners[].kind", Kind::Choice),
    ("partners[].name", Kind::Text),
    ("partners[].gmina", Kind::Text),
    ("partners[].teryt", Kind::Text),
    ("goal", Kind::LongText),
    ("programme.name", Kind::Text),
    ("programme.perspective", Kind::Choice),
    ("programme.fund", Kind::Text),
    ("programme.priority_axis", Kind::Text),
    ("programme.measure", Kind::Text),
    ("programme.sub_measure", Kind::Text),
    ("programme.territorial_instrument", Kind::Text),
    ("programme.call", Kind::Text),
    ("period.start", Kind::Date { whole_day: false }),
    ("period.end", Kind::Date { whole_day: false }),
    ("recruitment", Kind::Present),
    ("recruitment.from", Kind::Date { whole_day: false }),
    ("recruitment.until", Kind::Date { whole_day: false }),
    ("recruitment.end_not_stated", Kind::Flag),
    ("durability_until", Kind::Date { whole_day: false }),
    ("budget.total", Kind::Amount),
    ("budget.parts[].source", Kind::Choice),
    ("budget.parts[].amount", Kind::Amount),
    ("budget.parts[].percent", Kind::Percent),
    ("budget.split_complete", Kind::Flag),
    ("participants.count", Kind::Count),
    ("participants.basis", Kind::Choice),
    ("participants.unit", Kind::Choice),
    ("target_groups", Kind::Checks),
    ("target_groups_text", Kind::LongText),
    ("services", Kind::Lines),
    ("area.gminas", Kind::Gminas),
    ("area.teryt", Kind::Gminas),
    ("area.revitalisation_area", Kind::Flag),
    ("eligibility.assumptions", Kind::Lines),
    ("how_to_apply.text", Kind::LongText),
    ("how_to_apply.documents", Kind::Lines),
    ("phones", Kind::Lines),
    ("notes", Kind::Lines),
    ("checked_on", Kind::Date { whole_day: true }),
];

/// `projects[2].budget.parts[0].amount` as its pattern, `projects[].budget.parts[].amount`.
fn pattern(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => {
                in_index = true;
                out.push('[');
            }
            ']' => {
                in_index = false;
                out.push(']');
            }
            _ if in_index => {}
            _ => out.push(c),
        }
    }
    out
}

/// A field of a rule's condition or of a priority condition, by its name.
/// A condition's own fields by its kind, beside the `id`, `criterion` and `source` every one has.
pub fn condition_fields(code: CriterionCode) -> &'static [&'static str] {
    match code {
        CriterionCode::Residence => &["gminas", "teryt"],
        CriterionCode::Income => &["percent", "parameter"],
        CriterionCode::Age => &["min", "max"],
        CriterionCode::TargetGroup => &["groups"],
        CriterionCode::Art7Ground => &["grounds"],
        CriterionCode::DisabilityCertificate | CriterionCode::Carer => &["certificates", "age_from", "age_under"],
        CriterionCode::AtRisk | CriterionCode::RegisteredUnemployed | CriterionCode::RevitalisationArea => &[],
    }
}

fn condition_kind(name: &str) -> Option<Kind> {
    Some(match name {
        "id" => Kind::Text,
        "source" => Kind::LongText,
        "criterion" | "parameter" => Kind::Condition,
        "percent" => Kind::Percent,
        "min" | "max" | "age_from" | "age_under" => Kind::Count,
        "groups" | "grounds" | "certificates" => Kind::Checks,
        "gminas" | "teryt" => Kind::Gminas,
        _ => return None,
    })
}

fn source_or(rest: &str, fields: &[(&str, Kind)]) -> Option<Kind> {
    if let Some(field) = rest.strip_prefix("source.") {
        return SOURCE.iter().find(|(name, _)| *name == field).map(|(_, kind)| *kind);
    }
    fields.iter().find(|(name, _)| *name == rest).map(|(_, kind)| *kind)
}

/// Every path outside the conditions that a page binds a field to, a list's items as `[]`
/// (`projects[].budget.parts[].amount`), a source's fields as `source.…` (the centre's and each
/// project's): the catalogue's sample file has each (`tests/editor_paths.rs`).
pub fn bound_patterns() -> Vec<String> {
    let mut out = vec!["schema".to_string()];
    out.extend(CENTRE.iter().map(|(name, _)| format!("centre.{name}")));
    out.extend(PROJECT.iter().map(|(name, _)| format!("projects[].{name}")));
    // A source's fields are the same wherever the source is (a `seed` and a `page` never together).
    out.extend(SOURCE.iter().map(|(name, _)| format!("source.{name}")));
    for at in ["centre.office_hours", "projects[].how_to_apply.hours"] {
        out.extend(WEEKDAYS.iter().map(|day| format!("{at}.{day}")));
    }
    out
}

/// The kind of field that edits `path` (an item of a list edited whole answers for its list); `None`
/// for a path no page has a field for.
pub fn kind_at(path: &str) -> Option<Kind> {
    let pattern = pattern(path);
    if pattern == "schema" {
        return Some(Kind::Given);
    }
    if let Some(rest) = pattern.strip_prefix("centre.") {
        if let Some(day) = rest.strip_prefix("office_hours.") {
            return WEEKDAYS.contains(&day.trim_end_matches("[]")).then_some(Kind::Hours);
        }
        return source_or(rest, CENTRE).or_else(|| list_of(rest, CENTRE));
    }
    let rest = pattern.strip_prefix("projects[].")?;
    if let Some(day) = rest.strip_prefix("how_to_apply.hours.") {
        return WEEKDAYS.contains(&day.trim_end_matches("[]")).then_some(Kind::Hours);
    }
    if rest.starts_with("eligibility.rule") || rest.starts_with("eligibility.priority[]") {
        let name = rest.trim_end_matches("[]").rsplit('.').next().unwrap_or_default();
        return condition_kind(name).filter(|k| !rest.ends_with("[]") || k.is_list());
    }
    source_or(rest, PROJECT).or_else(|| list_of(rest, PROJECT))
}

/// An item of a list edited whole: the list's kind.
fn list_of(rest: &str, fields: &[(&str, Kind)]) -> Option<Kind> {
    let list = rest.strip_suffix("[]")?;
    source_or(list, fields).filter(|k| k.is_list())
}

/// What was typed in a field of `kind` at `path`, as the file writes it (`None`: the field goes).
pub fn read(kind: Kind, path: &str, typed: &str, l: Locale) -> Result<Option<Json>, Typed> {
    match kind {
        // A required field emptied stays in the file, empty: the checks name it where it is.
        Kind::Text | Kind::LongText => Ok(fields::text_at(path, typed)),
        Kind::Lines => Ok(fields::lines(typed)),
        Kind::Amount => fields::amount(typed, l),
        Kind::Percent => fields::percent(typed, l),
        Kind::Count => fields::count(typed),
        Kind::Hours => fields::hours(typed, l),
        Kind::Date { whole_day } => fields::date(&DateBoxes::split(typed), whole_day),
        // Clicked fields keep no typed text.
        _ => Ok(fields::text(typed)),
    }
}

/// What a field of `kind` shows of the file's value: an amount the Polish way, a list a line an item,
/// a date its boxes joined.
pub fn shown(kind: Kind, json: &Json, l: Locale) -> String {
    match (kind, json) {
        (Kind::Hours, Json::Array(spans)) => fields::hours_text(spans, l),
        (Kind::Lines, Json::Array(items)) => items.iter().filter_map(Json::as_str).collect::<Vec<_>>().join("\n"),
        (Kind::Amount | Kind::Percent, Json::String(s)) => fields::amount_text(s, l),
        (Kind::Date { .. }, Json::String(s)) => DateBoxes::of(s).joined(),
        (_, Json::String(s)) => s.clone(),
        (_, Json::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_has_its_kind_and_an_unknown_one_none() {
        assert_eq!(kind_at("projects[3].budget.parts[1].amount"), Some(Kind::Amount));
        assert_eq!(kind_at("projects[0].phones[2]"), Some(Kind::Lines));
        assert_eq!(kind_at("projects[0].source.read_on"), Some(Kind::Date { whole_day: true }));
        assert_eq!(kind_at("centre.office_hours.sat"), Some(Kind::Hours));
        assert_eq!(kind_at("centre.office_hours.holiday"), None);
        assert_eq!(kind_at("projects[0].how_to_apply.hours.fri[0]"), Some(Kind::Hours));
        assert_eq!(kind_at("projects[0].eligibility.rule.all[2].any[0].age_under"), Some(Kind::Count));
        assert_eq!(kind_at("projects[0].eligibility.rule.gminas[4]"), Some(Kind::Gminas));
        assert_eq!(kind_at("projects[0].eligibility.priority[1].parameter"), Some(Kind::Condition));
        assert_eq!(kind_at("projects[0].eligibility.rule.all[0].source[1]"), None);
        assert_eq!(kind_at("projects[0].title[0]"), None);
        assert_eq!(kind_at("projects[0].colour"), None);
        assert_eq!(kind_at("centre.source.seed"), Some(Kind::Text));
    }

    #[test]
    fn what_a_field_shows_reads_back_as_the_same_value() {
        let l = Locale::Pl;
        for (path, value) in [
            ("projects[0].budget.total", Json::str("1234567.89")),
            ("projects[0].participants.count", Json::Number(102.into())),
            ("projects[0].period.start", Json::str("2026-03")),
            ("projects[0].source.read_on", Json::str("2026-11-28")),
            ("projects[0].notes", Json::strings(&["Jedna.", "Druga."])),
            ("centre.office_hours.mon", Json::strings(&["07:30-15:30"])),
            ("centre.office_hours.sat", Json::Array(Vec::new())),
        ] {
            let kind = kind_at(path).unwrap();
            assert_eq!(read(kind, path, &shown(kind, &value, l), l), Ok(Some(value)), "{path}");
        }
    }
}
