//! The kinds of offer, who pays, and the groups an offer is for: the codes the catalogue, the filters
//! and the rules share.

use serde::{Deserialize, Serialize};

/// What an edition took from its programme's definition when the catalogue was assembled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FromProgramme {
    pub period: bool,
    pub target_groups: bool,
    pub target_groups_text: bool,
    /// Not a fact taken but one known: the programme runs in yearly editions, so an ended edition
    /// says which year's ended and that the centre knows whether it runs the next.
    pub yearly: bool,
}

/// The three kinds of offer residents meet, told apart because they work differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfferKind {
    /// A project co-financed by the EU (its fund, programme, priority and measure in `programme`).
    EuProject,
    /// A centre's edition of a programme that recurs (a year's edition, or an EU food-aid subprogramme),
    /// defined once in `programmes.json`.
    ProgrammeEdition,
    /// A benefit the centre grants all year to whoever meets the conditions: no recruitment window.
    Benefit,
}

impl OfferKind {
    pub const ALL: [OfferKind; 3] = [OfferKind::EuProject, OfferKind::ProgrammeEdition, OfferKind::Benefit];

    /// The JSON code, also used in the filter's URL.
    pub fn code(self) -> &'static str {
        match self {
            OfferKind::EuProject => "eu_project",
            OfferKind::ProgrammeEdition => "programme_edition",
            OfferKind::Benefit => "benefit",
        }
    }

    pub fn from_code(code: &str) -> Option<OfferKind> {
        OfferKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Who pays, as far as a resident needs to know: EU funds, or national money (a state fund, the state
/// budget, the gmina). Never guessed: an EU project is EU-funded, a programme says which it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Funding {
    Eu,
    National,
}

/// Groups a project is for, as codes the filters and (later) the rules use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetGroup {
    AtRiskOfExclusion,
    FamiliesWithChildren,
    FamiliesWithCareDifficulties,
    FosterFamilies,
    ChildrenInFosterCare,
    CareLeavers,
    ChildrenAndYouth,
    FamiliesWithDisabledChildren,
    SocialAssistanceClients,
    PersonsWithDisabilities,
    /// Members of a household who care for a person with a disability in it.
    CarersOfPersonsWithDisabilities,
    Seniors,
}

impl TargetGroup {
    pub const ALL: [TargetGroup; 12] = [
        TargetGroup::AtRiskOfExclusion,
        TargetGroup::FamiliesWithChildren,
        TargetGroup::FamiliesWithCareDifficulties,
        TargetGroup::FosterFamilies,
        TargetGroup::ChildrenInFosterCare,
        TargetGroup::CareLeavers,
        TargetGroup::ChildrenAndYouth,
        TargetGroup::FamiliesWithDisabledChildren,
        TargetGroup::SocialAssistanceClients,
        TargetGroup::PersonsWithDisabilities,
        TargetGroup::CarersOfPersonsWithDisabilities,
        TargetGroup::Seniors,
    ];

    /// The JSON code, also used in the filter's URL.
    pub fn code(self) -> &'static str {
        match self {
            TargetGroup::AtRiskOfExclusion => "at_risk_of_exclusion",
            TargetGroup::FamiliesWithChildren => "families_with_children",
            TargetGroup::FamiliesWithCareDifficulties => "families_with_care_difficulties",
            TargetGroup::FosterFamilies => "foster_families",
            TargetGroup::ChildrenInFosterCare => "children_in_foster_care",
            TargetGroup::CareLeavers => "care_leavers",
            TargetGroup::ChildrenAndYouth => "children_and_youth",
            TargetGroup::FamiliesWithDisabledChildren => "families_with_disabled_children",
            TargetGroup::SocialAssistanceClients => "social_assistance_clients",
            TargetGroup::PersonsWithDisabilities => "persons_with_disabilities",
            TargetGroup::CarersOfPersonsWithDisabilities => "carers_of_persons_with_disabilities",
            TargetGroup::Seniors => "seniors",
        }
    }

    pub fn from_code(code: &str) -> Option<TargetGroup> {
        TargetGroup::ALL.into_iter().find(|g| g.code() == code)
    }
}
