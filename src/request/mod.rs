//! The request for social assistance a resident brings to the centre ("wniosek o przyznanie pomocy"):
//! in our own plain wording, a template the centre may replace with its own form (the act asks for no
//! form: a request may be made in writing or orally, art. 102). Pre-filled from the checker's answers:
//! the person, the household with each member's relation, age and counted income of the month before,
//! the benefits the check found the act may give, and the centre of the gmina (or of the district, in
//! Warszawa); the reason is the person's own words. Kept on the device, printed with a QR code
//! (`qr.rs`), exported and imported like a declaration.

mod checks;
pub mod qr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::benefits::check::Verdict;
use crate::benefits::Benefit;
use crate::dates::PartialDate;
use crate::household::{Household, Role};
use crate::rules::Outcome;

pub use checks::{request_problems, RequestField, RequestProblem, MAX_REASON};

/// 1: the first.
pub const REQUEST_SCHEMA: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Request {
    pub schema: u32,
    /// Local id, unique on the device (`w` + milliseconds + 4 random characters: they sort by age).
    pub id: String,
    /// The day the request was filled.
    pub created: Option<PartialDate>,
    /// The gmina the household lives in, by name, and its 6-digit TERYT code.
    pub gmina: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gmina_code: Option<String>,
    /// In Warszawa, the district's 7-digit TERC code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    /// The centre it goes to, as the directory names it; empty when no directory lists it.
    #[serde(default)]
    pub centre: String,
    pub person: Applicant,
    /// Everyone in the household, the person applying first.
    pub members: Vec<RequestMember>,
    /// The benefits asked for, in the act's order.
    pub benefits: Vec<Benefit>,
    /// Why, in the person's own words.
    #[serde(default)]
    pub reason: String,
}

/// The person applying, as a centre needs to find them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    pub first_name: String,
    pub surname: String,
    /// Empty for a person without PESEL, who gives the birth date instead.
    #[serde(default)]
    pub pesel: String,
    #[serde(default)]
    pub birth_date: Option<PartialDate>,
    pub street: String,
    pub house: String,
    #[serde(default)]
    pub flat: String,
    pub postcode: String,
    pub town: String,
    #[serde(default)]
    pub phone: String,
}

/// A member of the household: how they are related to the person applying, their age and their counted
/// net income of the month before (`None`: not known).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestMember {
    pub role: Role,
    #[serde(default)]
    pub age: Option<u32>,
    #[serde(default, with = "crate::money::as_string::option")]
    pub income: Option<Decimal>,
}

impl Request {
    /// A request pre-filled from the answers on `day`: the household, every benefit the check found
    /// the act may give (none when it found none: the person chooses), the gmina and the centre.
    pub fn prefill(h: &Household, verdicts: &[Verdict], centre: &str, day: NaiveDate) -> Request {
        let members = h
            .members
            .iter()
            .map(|m| RequestMember { role: m.role, age: m.age_on(day), income: m.counted_income() })
            .collect();
        let benefits = Benefit::ALL
            .into_iter()
            .filter(|b| verdicts.iter().any(|v| v.benefit == *b && v.outcome == Outcome::Met))
            .collect();
        let birth_date = h.applicant().and_then(|m| m.birth_date);
        Request {
            schema: REQUEST_SCHEMA,
            created: Some(PartialDate::Day(day)),
            gmina: h.gmina.clone().unwrap_or_default(),
            gmina_code: h.gmina_code.clone(),
            district: h.district.clone(),
            centre: centre.to_string(),
            person: Applicant { birth_date, ..Applicant::default() },
            members,
            benefits,
            ..Request::default()
        }
    }

    /// The person's name as a list names the request ("Jan Kowalski"), empty until given.
    pub fn person_name(&self) -> String {
        format!("{} {}", self.person.first_name.trim(), self.person.surname.trim()).trim().to_string()
    }

    /// The household's counted income of the month before, when every member's is known.
    pub fn total_income(&self) -> Option<Decimal> {
        self.members.iter().map(|m| m.income).sum()
    }
}

/// A stored request of an earlier schema turned into the next. None yet: schema 1 is the first.
pub fn migrate(from: u32, data: serde_json::Value) -> Result<serde_json::Value, String> {
    let _ = data;
    Err(format!("no migration from schema {from}"))
}

/// Reads a request of any schema this release knows (an import file's), migrating it.
pub fn from_value(value: serde_json::Value) -> Result<Request, crate::problem::Problem> {
    crate::problem::versioned(value, REQUEST_SCHEMA, migrate)
}

#[cfg(test)]
mod tests;
