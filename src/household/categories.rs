//! The categories a household may say apply to it: the EU "at risk of poverty or social exclusion"
//! categories and the grounds of art. 7 of the social assistance act.

use serde::{Deserialize, Serialize};

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
