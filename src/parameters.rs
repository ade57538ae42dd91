//! Values that change with the law on a date, such as the income criterion (kryterium dochodowe).
//! Each value carries the day it came into force and its source; the engine always reads the value in
//! force on the day of the check, and says so when that day is outside what we know.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::dates::PartialDate;
use crate::problem::{Issue, Problem};

pub const PARAMETERS_FILE: &str = "parameters.json";

/// The version of the parameters file's format.
pub const PARAMETERS_SCHEMA: u32 = 1;

/// The income criterion's id, as rules name it.
pub const KRYTERIUM_DOCHODOWE: &str = "kryterium_dochodowe";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParametersFile {
    pub schema: u32,
    pub parameters: BTreeMap<String, IncomeCriterion>,
}

/// The income criterion for a person living alone and per person in a family (art. 8 ust. 1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncomeCriterion {
    pub name: String,
    pub legal_basis: String,
    /// The day someone last checked these values against the law.
    pub checked: PartialDate,
    /// The last day the newest value is known to hold (the next scheduled review is the day after).
    pub known_until: PartialDate,
    #[serde(default)]
    pub known_until_note: Option<String>,
    pub values: Vec<CriterionValue>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CriterionValue {
    pub from: PartialDate,
    /// For a person living alone (osoba samotnie gospodarująca).
    #[serde(with = "crate::money::as_string")]
    pub single: Decimal,
    /// Per person in a family (osoba w rodzinie).
    #[serde(with = "crate::money::as_string")]
    pub per_person: Decimal,
    /// The regulation that set the value, where known.
    #[serde(default)]
    pub act: Option<String>,
    /// Where the value was read.
    pub source: String,
}

/// Why no value applies on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutOfRange {
    /// Before the first value we have.
    Before { first: NaiveDate },
    /// After the newest value is known to hold.
    After { known_until: NaiveDate },
}

impl IncomeCriterion {
    /// The value in force on `day`.
    pub fn on(&self, day: NaiveDate) -> Result<&CriterionValue, OutOfRange> {
        let first = self.values.first().map(|v| v.from.first_day()).unwrap_or(day);
        if day < first {
            return Err(OutOfRange::Before { first });
        }
        if day > self.known_until.last_day() {
            return Err(OutOfRange::After { known_until: self.known_until.last_day() });
        }
        self.values.iter().rev().find(|v| v.from.first_day() <= day).ok_or(OutOfRange::Before { first })
    }
}

/// Reads and checks the parameters file: values in date order, positive amounts with at most two decimals.
pub fn parse_parameters(file: &str, text: &str) -> Result<ParametersFile, Vec<Issue>> {
    let parsed: ParametersFile = crate::problem::parse_json(file, text).map_err(|i| vec![i])?;
    let mut issues = Vec::new();
    if parsed.schema != PARAMETERS_SCHEMA {
        issues.push(Issue::new(
            file,
            "schema",
            Problem::WrongSchema { found: parsed.schema, expected: PARAMETERS_SCHEMA },
        ));
    }
    for (id, p) in &parsed.parameters {
        let at = format!("parameters.{id}");
        if p.values.is_empty() {
            issues.push(Issue::new(file, format!("{at}.values"), Problem::Empty));
        }
        for (i, v) in p.values.iter().enumerate() {
            for (field, amount) in [("single", v.single), ("per_person", v.per_person)] {
                let path = format!("{at}.values[{i}].{field}");
                if amount <= Decimal::ZERO {
                    issues.push(Issue::new(file, path.clone(), Problem::NegativeAmount(amount.to_string())));
                }
                if amount.scale() > 2 {
                    issues.push(Issue::new(file, path, Problem::TooManyDecimals(amount.to_string())));
                }
            }
            if i > 0 && v.from.first_day() <= p.values[i - 1].from.first_day() {
                issues.push(Issue::new(
                    file,
                    format!("{at}.values[{i}].from"),
                    Problem::EndBeforeStart { start: p.values[i - 1].from.to_string(), end: v.from.to_string() },
                ));
            }
        }
        if let Some(last) = p.values.last() {
            if p.known_until.last_day() < last.from.first_day() {
                issues.push(Issue::new(
                    file,
                    format!("{at}.known_until"),
                    Problem::EndBeforeStart { start: last.from.to_string(), end: p.known_until.to_string() },
                ));
            }
        }
    }
    if issues.is_empty() {
        Ok(parsed)
    } else {
        Err(issues)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> ParametersFile {
        parse_parameters(PARAMETERS_FILE, include_str!("../public/catalogue/parameters.json")).unwrap()
    }

    fn on(text: &str) -> NaiveDate {
        match text.parse::<PartialDate>().unwrap() {
            PartialDate::Day(d) => d,
            _ => unreachable!(),
        }
    }

    #[test]
    fn value_in_force_on_each_side_of_every_change() {
        let params = shipped();
        let k = &params.parameters[KRYTERIUM_DOCHODOWE];
        let single = |d: &str| k.on(on(d)).map(|v| v.single.to_string());
        let per_person = |d: &str| k.on(on(d)).map(|v| v.per_person.to_string());
        assert_eq!(single("2012-10-01").as_deref(), Ok("542"));
        assert_eq!(single("2015-09-30").as_deref(), Ok("542"));
        assert_eq!(single("2015-10-01").as_deref(), Ok("634"));
        assert_eq!(single("2018-09-30").as_deref(), Ok("634"));
        assert_eq!(single("2018-10-01").as_deref(), Ok("701"));
        assert_eq!(per_person("2021-12-31").as_deref(), Ok("528"));
        assert_eq!(per_person("2022-01-01").as_deref(), Ok("600"));
        assert_eq!(per_person("2024-12-31").as_deref(), Ok("600"));
        assert_eq!(per_person("2025-01-01").as_deref(), Ok("823"));
        assert_eq!(single("2027-12-31").as_deref(), Ok("1010"));
    }

    #[test]
    fn outside_the_known_range_says_so() {
        let params = shipped();
        let k = &params.parameters[KRYTERIUM_DOCHODOWE];
        assert_eq!(k.on(on("2012-09-30")), Err(OutOfRange::Before { first: on("2012-10-01") }));
        assert_eq!(k.on(on("2028-01-01")), Err(OutOfRange::After { known_until: on("2027-12-31") }));
    }

    #[test]
    fn refuses_values_out_of_order_and_bad_amounts() {
        let text = include_str!("../public/catalogue/parameters.json").replacen("\"2015-10-01\"", "\"2011-10-01\"", 1);
        let issues = parse_parameters("p.json", &text).unwrap_err();
        assert_eq!(issues[0].path, "parameters.kryterium_dochodowe.values[1].from");
        let text = include_str!("../public/catalogue/parameters.json").replacen("\"542\"", "\"-542\"", 1);
        let issues = parse_parameters("p.json", &text).unwrap_err();
        assert_eq!(issues[0].path, "parameters.kryterium_dochodowe.values[0].single");
    }
}
