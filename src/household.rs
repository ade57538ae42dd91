//! The household a resident describes: who lives together, their ages, their monthly net income by
//! kind, and the answers the rules need. "Nie wiem" is a first-class answer everywhere.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::dates::PartialDate;
use crate::i18n::Locale;

/// Version of the stored / file format of a household.
pub const HOUSEHOLD_SCHEMA: u32 = 1;

/// A yes / no question that may be answered "nie wiem" (or not asked yet).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    #[default]
    Unknown,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Household {
    pub schema: u32,
    /// The gmina the household lives in; `None` when not given.
    #[serde(default)]
    pub gmina: Option<String>,
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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Income {
    pub kind: IncomeKind,
    #[serde(with = "crate::money::as_string")]
    pub monthly: Decimal,
}

/// Kinds of income. The law leaves some out of the income test (art. 8 ust. 4 and other acts).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IncomeKind {
    Wages,
    Pension,
    UnemploymentBenefit,
    FamilyBenefits,
    AlimonyReceived,
    Business,
    OtherCounted,
    /// Alimony the member pays to someone outside the household: deducted.
    AlimonyPaid,
    /// Świadczenie wychowawcze (800+): not counted.
    #[serde(rename = "child_benefit_800")]
    ChildBenefit800,
    /// Zasiłek celowy: not counted.
    PurposeAllowance,
    /// Pomoc materialna dla uczniów: not counted.
    SchoolAid,
    /// Pay for socially useful work (prace społecznie użyteczne): not counted.
    SociallyUsefulWork,
    /// Jednorazowe świadczenie socjalne: not counted.
    OneOffSocialPayment,
    /// Świadczenie w naturze: not counted.
    BenefitInKind,
    /// Trzynasta emerytura: not counted.
    ThirteenthPension,
}

impl IncomeKind {
    pub const ALL: [IncomeKind; 15] = [
        IncomeKind::Wages,
        IncomeKind::Pension,
        IncomeKind::UnemploymentBenefit,
        IncomeKind::FamilyBenefits,
        IncomeKind::AlimonyReceived,
        IncomeKind::Business,
        IncomeKind::OtherCounted,
        IncomeKind::AlimonyPaid,
        IncomeKind::ChildBenefit800,
        IncomeKind::PurposeAllowance,
        IncomeKind::SchoolAid,
        IncomeKind::SociallyUsefulWork,
        IncomeKind::OneOffSocialPayment,
        IncomeKind::BenefitInKind,
        IncomeKind::ThirteenthPension,
    ];

    /// How the kind enters the income test: counted (+1), deducted (−1) or left out (0).
    pub fn sign(self) -> i8 {
        match self {
            IncomeKind::Wages
            | IncomeKind::Pension
            | IncomeKind::UnemploymentBenefit
            | IncomeKind::FamilyBenefits
            | IncomeKind::AlimonyReceived
            | IncomeKind::Business
            | IncomeKind::OtherCounted => 1,
            IncomeKind::AlimonyPaid => -1,
            IncomeKind::ChildBenefit800
            | IncomeKind::PurposeAllowance
            | IncomeKind::SchoolAid
            | IncomeKind::SociallyUsefulWork
            | IncomeKind::OneOffSocialPayment
            | IncomeKind::BenefitInKind
            | IncomeKind::ThirteenthPension => 0,
        }
    }
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

/// The household's income for the income test.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncomeSummary {
    pub members: u32,
    /// Counted income less alimony paid, never below zero.
    pub counted: Decimal,
    /// Income the law leaves out (800+, zasiłek celowy…), shown so the resident sees it was not forgotten.
    pub left_out: Decimal,
}

impl IncomeSummary {
    /// Per person, rounded to the grosz, for display. Comparisons use [`IncomeSummary::within`].
    pub fn per_person(&self) -> Decimal {
        if self.members == 0 {
            return Decimal::ZERO;
        }
        (self.counted / Decimal::from(self.members)).round_dp(2)
    }

    /// Whether income per person is at most `limit`, exactly: counted ≤ limit × members, with no
    /// rounding on the way (equal counts as within).
    pub fn within(&self, limit: Decimal) -> bool {
        self.counted <= limit * Decimal::from(self.members)
    }
}

impl Household {
    pub fn new() -> Household {
        Household { schema: HOUSEHOLD_SCHEMA, members: vec![Member::default()], ..Household::default() }
    }

    pub fn applicant(&self) -> Option<&Member> {
        self.members.first()
    }

    /// Sums income over members; `None` when any member's income is "nie wiem".
    pub fn income(&self) -> Option<IncomeSummary> {
        let mut counted = Decimal::ZERO;
        let mut left_out = Decimal::ZERO;
        for member in &self.members {
            for income in member.incomes.as_ref()? {
                match income.kind.sign() {
                    1 => counted += income.monthly,
                    -1 => counted -= income.monthly,
                    _ => left_out += income.monthly,
                }
            }
        }
        Some(IncomeSummary { members: self.members.len() as u32, counted: counted.max(Decimal::ZERO), left_out })
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

/// Reads a household file (the `wsparcie check` input) and checks what the types cannot: at least
/// one member, ages and amounts in range. Problems name the field.
pub fn parse_household(file: &str, text: &str) -> Result<Household, Vec<crate::problem::Issue>> {
    use crate::problem::{Issue, Problem};
    let h: Household = crate::problem::parse_json(file, text).map_err(|i| vec![i])?;
    let mut issues = Vec::new();
    if h.schema != HOUSEHOLD_SCHEMA {
        issues.push(Issue::new(file, "schema", Problem::WrongSchema { found: h.schema, expected: HOUSEHOLD_SCHEMA }));
    }
    if h.members.is_empty() {
        issues.push(Issue::new(file, "members", Problem::Empty));
    }
    for (i, m) in h.members.iter().enumerate() {
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

/// What is wrong with an amount typed in a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    Empty,
    NotANumber,
    Negative,
    TooLarge,
    TooManyDecimals,
}

/// The most a household member's monthly income can be before we suspect a typo.
pub const MAX_MONTHLY: i64 = 1_000_000;

/// Reads an amount the way people type it: "1 234,56", "1234.56", "1 234 zł", "1.234,56", "PLN 1,234".
/// A lone comma is the decimal point, except in English, where "1,234" is one thousand two hundred
/// and thirty-four (the way the English screens write amounts).
pub fn parse_amount_input(text: &str, locale: Locale) -> Result<Decimal, AmountError> {
    let mut t: String = text.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}').collect();
    let lower = t.to_ascii_lowercase();
    for suffix in ["zł", "zl", "pln"] {
        if lower.ends_with(suffix) {
            t.truncate(t.len() - suffix.len());
            break;
        }
    }
    if t.to_ascii_lowercase().starts_with("pln") {
        t.drain(..3);
    }
    let english_grouping = locale == Locale::En && t.split_once(',').is_some_and(|(_, after)| after.len() == 3);
    if t.is_empty() {
        return Err(AmountError::Empty);
    }
    let negative = t.starts_with('-') || t.starts_with('−');
    let t = t.trim_start_matches(['-', '−']);
    let (commas, dots) = (t.matches(',').count(), t.matches('.').count());
    let normalised = match (commas, dots) {
        (0, 0) => t.to_string(),
        (1, 0) if english_grouping => t.replace(',', ""),
        (1, 0) => t.replace(',', "."),
        (0, 1) => t.to_string(),
        (0, _) => t.replace('.', ""),
        (1, _) if t.rfind(',') > t.rfind('.') => t.replace('.', "").replace(',', "."),
        (_, 1) if t.rfind('.') > t.rfind(',') => t.replace(',', ""),
        _ => return Err(AmountError::NotANumber),
    };
    let value = crate::money::parse_plain_decimal(&normalised).map_err(|_| AmountError::NotANumber)?;
    if negative && !value.is_zero() {
        return Err(AmountError::Negative);
    }
    if value.scale() > 2 {
        return Err(AmountError::TooManyDecimals);
    }
    if value > Decimal::from(MAX_MONTHLY) {
        return Err(AmountError::TooLarge);
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn amounts_typed_the_polish_way() {
        for (typed, value) in [
            ("1 234,56", "1234.56"),
            ("1234.56", "1234.56"),
            ("1 234 zł", "1234"),
            ("1\u{a0}234,5", "1234.5"),
            ("1.234,56", "1234.56"),
            ("1,234.56", "1234.56"),
            ("0", "0"),
            ("823", "823"),
            ("1 000 000", "1000000"),
            ("999.999,99", "999999.99"),
            ("12,5 PLN", "12.5"),
            ("  99,99zł ", "99.99"),
        ] {
            assert_eq!(parse_amount_input(typed, Locale::Pl), Ok(d(value)), "{typed:?}");
            assert_eq!(parse_amount_input(typed, Locale::Uk), Ok(d(value)), "{typed:?}");
        }
        for (typed, error) in [
            ("", AmountError::Empty),
            ("  zł", AmountError::Empty),
            ("abc", AmountError::NotANumber),
            ("12a", AmountError::NotANumber),
            ("1,2,3", AmountError::NotANumber),
            ("-5", AmountError::Negative),
            ("1 000 000,01", AmountError::TooLarge),
            ("12,345", AmountError::TooManyDecimals),
            ("1e5", AmountError::NotANumber),
            ("1.234.567", AmountError::TooLarge),
        ] {
            assert_eq!(parse_amount_input(typed, Locale::Pl), Err(error), "{typed:?}");
        }
    }

    #[test]
    fn amounts_typed_the_english_way() {
        for (typed, value) in
            [("1,234", "1234"), ("1,234.56", "1234.56"), ("PLN 1,234.56", "1234.56"), ("12,5", "12.5"), ("823", "823")]
        {
            assert_eq!(parse_amount_input(typed, Locale::En), Ok(d(value)), "{typed:?}");
        }
        assert_eq!(parse_amount_input("1,234", Locale::Pl), Err(AmountError::TooManyDecimals));
        assert_eq!(parse_amount_input("1,000,000.01", Locale::En), Err(AmountError::TooLarge));
    }

    #[test]
    fn income_leaves_out_what_the_law_leaves_out() {
        let mut h = Household::new();
        h.members[0].incomes = Some(vec![
            Income { kind: IncomeKind::Wages, monthly: d("2000") },
            Income { kind: IncomeKind::ChildBenefit800, monthly: d("800") },
            Income { kind: IncomeKind::AlimonyPaid, monthly: d("300") },
        ]);
        h.members.push(Member { role: Role::Child, age: Some(5), incomes: Some(vec![]), ..Member::default() });
        let s = h.income().unwrap();
        assert_eq!((s.members, s.counted, s.left_out), (2, d("1700"), d("800")));
        assert_eq!(s.per_person(), d("850"));
        assert!(s.within(d("850")));
        assert!(!s.within(d("849.99")));
        h.members[1].incomes = None;
        assert_eq!(h.income(), None);
    }

    #[test]
    fn exact_comparison_without_rounding() {
        // 1000 zł for 3 people is 333.333… per person: within 333.34, not within 333.33.
        let s = IncomeSummary { members: 3, counted: d("1000"), left_out: Decimal::ZERO };
        assert!(s.within(d("333.34")));
        assert!(!s.within(d("333.33")));
        assert_eq!(s.per_person(), d("333.33"));
    }

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
