//! The household a resident describes: who lives together, their ages, their monthly net income by
//! kind (`income`), and the answers the rules need. "Nie wiem" is a first-class answer everywhere.
//! Amounts as people type them are read in `amount`.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::dates::PartialDate;

pub mod amount;
pub mod disability;
mod file;
pub mod income;
mod members;
mod residence;

pub use amount::{parse_amount_input, parse_sum_input, AmountError, MAX_MONTHLY};
pub use disability::Certificate;
pub use file::{check_on, parse_household, MAX_GMINA_NAME, MAX_MEMBERS};
pub use income::{Income, IncomeKind, IncomeSummary};
pub use members::{parse_age_input, NotAnAge};
pub use residence::{resolve_gmina, GminaByName};

/// Version of the stored / file format of a household.
/// Schema 2 added `gmina_code`: rules match the gmina on its TERYT code, never on its name. Schema 3
/// added each member's disability `certificate` and `situation.carer` (absent in older values, read as
/// "nie wiem"). Schema 4 added what the act's benefits ask: the applicant's `sex` (where it decides the
/// retirement age), `situation.random_event` and `situation.polish_citizen` ("nie wiem" when absent).
/// Schema 5 added the `district` of a city whose districts each have a centre (Warszawa).
pub const HOUSEHOLD_SCHEMA: u32 = 5;

/// A yes / no question that may be answered "nie wiem" (or not asked yet).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    #[default]
    Unknown,
}

impl Answer {
    pub fn is_unknown(&self) -> bool {
        *self == Answer::Unknown
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Household {
    pub schema: u32,
    /// The gmina the household lives in, by name as the resident picked it; `None` when not given.
    #[serde(default)]
    pub gmina: Option<String>,
    /// The same gmina's 6-digit TERYT code: what residence rules match on. A name without a code (from
    /// schema 1, or typed in a household file) is resolved with [`resolve_gmina`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gmina_code: Option<String>,
    /// In a gmina whose districts each have a centre (Warszawa), the district the household lives in:
    /// its 7-digit TERC code ("1465028"), which picks the centre to apply at; `None` when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    #[serde(default)]
    pub revitalisation_area: Answer,
    /// The first member is the person applying.
    pub members: Vec<Member>,
    #[serde(default)]
    pub situation: Situation,
    /// "At risk of poverty or social exclusion" categories that apply; `None` for "nie wiem".
    #[serde(default)]
    pub at_risk: Option<Vec<AtRiskCategory>>,
    /// Grounds for social assistance (art. 7) that apply; `None` for "nie wiem".
    #[serde(default)]
    pub art7: Option<Vec<Art7Ground>>,
}

/// Family situations that target groups depend on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    #[serde(default)]
    pub foster_family: Answer,
    /// An adult who grew up in foster care or a care institution.
    #[serde(default)]
    pub care_leaver: Answer,
    /// A child of the household lives in foster care.
    #[serde(default)]
    pub child_in_foster_care: Answer,
    /// Difficulties with care and upbringing (bezradność w sprawach opiekuńczo-wychowawczych).
    #[serde(default)]
    pub care_difficulties: Answer,
    /// The person filling in cares every day for a member of the household who has a disability
    /// certificate (opieka wytchnieniowa is for such carers).
    #[serde(default, skip_serializing_if = "Answer::is_unknown")]
    pub carer: Answer,
    /// A random event, a natural or ecological disaster struck the household (art. 40 of the act on
    /// social assistance: zasiłek celowy whatever the income).
    #[serde(default, skip_serializing_if = "Answer::is_unknown")]
    pub random_event: Answer,
    /// The person filling in is a Polish citizen; anyone else's right to the act's benefits depends on
    /// their title of residence (art. 5), which the centre judges.
    #[serde(default, skip_serializing_if = "Answer::is_unknown")]
    pub polish_citizen: Answer,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub role: Role,
    #[serde(default)]
    pub birth_date: Option<PartialDate>,
    /// Age in whole years, when the birth date is not given.
    #[serde(default)]
    pub age: Option<u32>,
    /// Monthly net income by kind; `None` for "nie wiem".
    #[serde(default)]
    pub incomes: Option<Vec<Income>>,
    #[serde(default)]
    pub registered_unemployed: Answer,
    #[serde(default)]
    pub disability: Answer,
    /// The member's disability certificate, if any ("nie wiem" when not asked).
    #[serde(default, skip_serializing_if = "Certificate::is_unknown")]
    pub certificate: Certificate,
    /// Asked of the person filling in only where it decides the retirement age (60 for women, 65 for
    /// men): from 60 to 64 without a birth date's certainty; `None` when not asked or not said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<crate::pesel::Sex>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    #[default]
    Applicant,
    /// Spouse or partner.
    Partner,
    Child,
    /// Another relative in the same household.
    Other,
}

/// EU 2014–2020 categories of persons "at risk of poverty or social exclusion" (DOMAIN §4; the letter
/// order and wording are UNVERIFIED).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AtRiskCategory {
    SocialAssistance,
    SocialEmployment,
    FosterCare,
    Juvenile,
    YouthCentre,
    Disability,
    CarerOfDisabled,
    DailyFunctioning,
    Homeless,
    LeavingPrison,
    FoodAid,
}

impl AtRiskCategory {
    pub const ALL: [AtRiskCategory; 11] = [
        AtRiskCategory::SocialAssistance,
        AtRiskCategory::SocialEmployment,
        AtRiskCategory::FosterCare,
        AtRiskCategory::Juvenile,
        AtRiskCategory::YouthCentre,
        AtRiskCategory::Disability,
        AtRiskCategory::CarerOfDisabled,
        AtRiskCategory::DailyFunctioning,
        AtRiskCategory::Homeless,
        AtRiskCategory::LeavingPrison,
        AtRiskCategory::FoodAid,
    ];

    /// The category's stable name, as stored in answers and declarations.
    pub fn code(self) -> &'static str {
        match self {
            AtRiskCategory::SocialAssistance => "social_assistance",
            AtRiskCategory::SocialEmployment => "social_employment",
            AtRiskCategory::FosterCare => "foster_care",
            AtRiskCategory::Juvenile => "juvenile",
            AtRiskCategory::YouthCentre => "youth_centre",
            AtRiskCategory::Disability => "disability",
            AtRiskCategory::CarerOfDisabled => "carer_of_disabled",
            AtRiskCategory::DailyFunctioning => "daily_functioning",
            AtRiskCategory::Homeless => "homeless",
            AtRiskCategory::LeavingPrison => "leaving_prison",
            AtRiskCategory::FoodAid => "food_aid",
        }
    }

    pub fn from_code(code: &str) -> Option<AtRiskCategory> {
        AtRiskCategory::ALL.into_iter().find(|c| c.code() == code)
    }
}

/// Grounds for social assistance, art. 7 of the act (version from 2024-01-01; point 10 repealed).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Art7Ground {
    Poverty,
    Orphanhood,
    Homelessness,
    Unemployment,
    Disability,
    LongIllness,
    DomesticViolence,
    TraffickingVictim,
    Maternity,
    CareHelplessness,
    ForeignerIntegration,
    AfterPrison,
    Addiction,
    RandomEvent,
    NaturalDisaster,
}

impl Art7Ground {
    pub const ALL: [Art7Ground; 15] = [
        Art7Ground::Poverty,
        Art7Ground::Orphanhood,
        Art7Ground::Homelessness,
        Art7Ground::Unemployment,
        Art7Ground::Disability,
        Art7Ground::LongIllness,
        Art7Ground::DomesticViolence,
        Art7Ground::TraffickingVictim,
        Art7Ground::Maternity,
        Art7Ground::CareHelplessness,
        Art7Ground::ForeignerIntegration,
        Art7Ground::AfterPrison,
        Art7Ground::Addiction,
        Art7Ground::RandomEvent,
        Art7Ground::NaturalDisaster,
    ];

    /// The ground's name as files and answers write it ("care_helplessness").
    pub fn code(self) -> &'static str {
        match self {
            Art7Ground::Poverty => "poverty",
            Art7Ground::Orphanhood => "orphanhood",
            Art7Ground::Homelessness => "homelessness",
            Art7Ground::Unemployment => "unemployment",
            Art7Ground::Disability => "disability",
            Art7Ground::LongIllness => "long_illness",
            Art7Ground::DomesticViolence => "domestic_violence",
            Art7Ground::TraffickingVictim => "trafficking_victim",
            Art7Ground::Maternity => "maternity",
            Art7Ground::CareHelplessness => "care_helplessness",
            Art7Ground::ForeignerIntegration => "foreigner_integration",
            Art7Ground::AfterPrison => "after_prison",
            Art7Ground::Addiction => "addiction",
            Art7Ground::RandomEvent => "random_event",
            Art7Ground::NaturalDisaster => "natural_disaster",
        }
    }

    /// The point of art. 7 as the law numbers it ("7a" for victims of trafficking).
    pub fn point(self) -> &'static str {
        match self {
            Art7Ground::Poverty => "1",
            Art7Ground::Orphanhood => "2",
            Art7Ground::Homelessness => "3",
            Art7Ground::Unemployment => "4",
            Art7Ground::Disability => "5",
            Art7Ground::LongIllness => "6",
            Art7Ground::DomesticViolence => "7",
            Art7Ground::TraffickingVictim => "7a",
            Art7Ground::Maternity => "8",
            Art7Ground::CareHelplessness => "9",
            Art7Ground::ForeignerIntegration => "11",
            Art7Ground::AfterPrison => "12",
            Art7Ground::Addiction => "13",
            Art7Ground::RandomEvent => "14",
            Art7Ground::NaturalDisaster => "15",
        }
    }
}

impl Household {
    pub fn new() -> Household {
        Household { schema: HOUSEHOLD_SCHEMA, members: vec![Member::default()], ..Household::default() }
    }

    pub fn applicant(&self) -> Option<&Member> {
        self.members.first()
    }

    /// A random event, a natural or ecological disaster: the answer to its question, or "yes" when one
    /// is named among the art. 7 grounds (zdarzenie losowe, klęska żywiołowa lub ekologiczna).
    pub fn random_event(&self) -> Answer {
        if self.art7_names_random_event() {
            Answer::Yes
        } else {
            self.situation.random_event
        }
    }

    /// Whether a random event or a disaster is among the art. 7 grounds answered.
    pub fn art7_names_random_event(&self) -> bool {
        let named = |g: &Art7Ground| matches!(g, Art7Ground::RandomEvent | Art7Ground::NaturalDisaster);
        self.art7.as_ref().is_some_and(|grounds| grounds.iter().any(named))
    }
}

impl Member {
    /// Age in whole years on `day`: from the birth date when given, else the age as stated.
    pub fn age_on(&self, day: NaiveDate) -> Option<u32> {
        match self.birth_date {
            Some(birth) => {
                let b = birth.first_day();
                if b > day {
                    return None;
                }
                let mut years = day.year() - b.year();
                if (day.month(), day.day()) < (b.month(), b.day()) {
                    years -= 1;
                }
                Some(years as u32)
            }
            None => self.age,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_from_birth_date_or_as_stated() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
        let m = |b: &str| Member { birth_date: Some(b.parse().unwrap()), ..Member::default() };
        assert_eq!(m("2000-03-10").age_on(day), Some(26));
        assert_eq!(m("2000-03-11").age_on(day), Some(25));
        assert_eq!(m("2030-01-01").age_on(day), None);
        assert_eq!(Member { age: Some(40), ..Member::default() }.age_on(day), Some(40));
        assert_eq!(Member::default().age_on(day), None);
    }
}
