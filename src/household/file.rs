//! A household file (the `wsparcie check` input, a scenario): read, and checked for what the types
//! cannot say.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Household, Role, HOUSEHOLD_SCHEMA, MAX_MONTHLY};

/// The most people a household may have: more than any household the centres' sources describe, so
/// that a mistyped file (a hundred members) is named rather than checked.
pub const MAX_MEMBERS: usize = 20;
/// The longest gmina name taken: the register's longest is far shorter.
pub const MAX_GMINA_NAME: usize = 100;

/// What a household file says that cannot hold on the day of the check: a birth date after it.
pub fn check_on(h: &Household, file: &str, day: NaiveDate) -> Vec<crate::problem::Issue> {
    use crate::problem::{Issue, Problem};
    h.members
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let born = m.birth_date?;
            (born.first_day() > day).then(|| {
                let path = format!("members[{i}].birth_date");
                Issue::new(file, path, Problem::BornAfter { born: born.to_string(), day: day.to_string() })
            })
        })
        .collect()
}

/// Reads a household file (the `wsparcie check` input) and checks what the types cannot: at least
/// one member, ages and amounts in range, a gmina code of six digits. Problems name the field. A gmina
/// given by name only is left for [`resolve_gmina`], which needs the gmina index.
pub fn parse_household(file: &str, text: &str) -> Result<Household, Vec<crate::problem::Issue>> {
    use crate::problem::{Issue, Problem};
    let mut h: Household = crate::problem::parse_json(file, text).map_err(|i| vec![i])?;
    let mut issues = Vec::new();
    // Schema 1 had no `gmina_code` (the name is resolved by the caller, `resolve_gmina`), schema 2 no
    // certificates or carer, schema 3 no sex, random event or citizenship, schema 4 no district: the
    // same fields otherwise, the missing ones read as "nie wiem".
    match h.schema {
        1..=4 => h.schema = HOUSEHOLD_SCHEMA,
        HOUSEHOLD_SCHEMA => {}
        found => issues.push(Issue::new(file, "schema", Problem::WrongSchema { found, expected: HOUSEHOLD_SCHEMA })),
    }
    if let Some(code) = h.gmina_code.as_ref().filter(|c| !crate::places::is_gmina_code(c)) {
        issues.push(Issue::new(file, "gmina_code", Problem::UnknownGmina(code.clone())));
    }
    // A district is seven digits, in the gmina's powiat (Bemowo, 1465028, in Warszawa, 146501).
    if let Some(district) = &h.district {
        let digits = district.len() == 7 && district.bytes().all(|b| b.is_ascii_digit());
        let in_gmina = h.gmina_code.as_deref().is_some_and(|g| district.get(..4) == g.get(..4));
        if !digits || !in_gmina {
            issues.push(Issue::new(file, "district", Problem::InvalidValue(district.clone())));
        }
    }
    if h.members.is_empty() {
        issues.push(Issue::new(file, "members", Problem::Empty));
    }
    if h.members.len() > MAX_MEMBERS {
        issues.push(Issue::new(file, "members", Problem::TooMany { count: h.members.len(), max: MAX_MEMBERS }));
    }
    match h.gmina.as_deref() {
        Some(g) if g.trim().is_empty() => issues.push(Issue::new(file, "gmina", Problem::Empty)),
        Some(g) if g.chars().count() > MAX_GMINA_NAME => {
            issues.push(Issue::new(file, "gmina", Problem::TooLong { length: g.chars().count(), max: MAX_GMINA_NAME }))
        }
        _ => {}
    }
    for (i, m) in h.members.iter().enumerate() {
        let at = |field: &str| format!("members[{i}].{field}");
        match (i, m.role) {
            (0, Role::Applicant) | (1.., Role::Partner | Role::Child | Role::Other) => {}
            (0, _) => issues.push(Issue::new(file, at("role"), Problem::NotApplicant)),
            (_, Role::Applicant) => issues.push(Issue::new(file, at("role"), Problem::SecondApplicant)),
        }
        if m.age.is_some() && m.birth_date.is_some() {
            issues.push(Issue::new(file, at("birth_date"), Problem::AgeAndBirthDate));
        }
        if m.age.is_some_and(|a| a > 130) {
            issues.push(Issue::new(
                file,
                format!("members[{i}].age"),
                Problem::InvalidValue(m.age.unwrap_or(0).to_string()),
            ));
        }
        for (j, income) in m.incomes.iter().flatten().enumerate() {
            let path = format!("members[{i}].incomes[{j}].monthly");
            if income.monthly.is_sign_negative() && !income.monthly.is_zero() {
                issues.push(Issue::new(file, path.clone(), Problem::NegativeAmount(income.monthly.to_string())));
            }
            if income.monthly.scale() > 2 {
                issues.push(Issue::new(file, path.clone(), Problem::TooManyDecimals(income.monthly.to_string())));
            }
            if income.monthly > Decimal::from(MAX_MONTHLY) {
                issues.push(Issue::new(file, path, Problem::InvalidValue(income.monthly.to_string())));
            }
        }
    }
    if issues.is_empty() {
        Ok(h)
    } else {
        Err(issues)
    }
}
