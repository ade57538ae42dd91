//! Whether a household belongs to a target group, from its answers.

use chrono::NaiveDate;

use super::verdict::{Outcome, Reason};
use crate::catalogue::TargetGroup;
use crate::household::{Answer, AtRiskCategory, Certificate, Household, Role};

/// Category (a) is met by any art. 7 ground; (f) by a member with a disability.
pub(super) fn at_risk(h: &Household) -> (Outcome, Reason) {
    let via_art7 = h.art7.as_ref().is_some_and(|g| !g.is_empty());
    let via_disability = h.members.iter().any(|m| m.certified() == Answer::Yes);
    let named = h.at_risk.as_ref().is_some_and(|c| !c.is_empty());
    let outcome = if named || via_art7 || via_disability {
        Outcome::Met
    } else if h.at_risk.is_none() || h.art7.is_none() {
        Outcome::Unknown
    } else {
        Outcome::NotMet
    };
    (outcome, Reason::AtRisk { categories: h.at_risk.clone(), via_art7, via_disability })
}

pub(super) fn group_answer(group: TargetGroup, h: &Household, day: NaiveDate) -> Answer {
    let children: Vec<_> = h.members.iter().filter(|m| m.role == Role::Child).collect();
    let yes_no = |b: bool| if b { Answer::Yes } else { Answer::No };
    match group {
        TargetGroup::FamiliesWithChildren => yes_no(!children.is_empty()),
        TargetGroup::ChildrenAndYouth => {
            // "Dzieci i młodzież": we take anyone under 26, as EU youth measures commonly do.
            let ages: Vec<Option<u32>> = h.members.iter().map(|m| m.age_on(day)).collect();
            if ages.iter().any(|a| a.is_some_and(|a| a < 26)) {
                Answer::Yes
            } else if ages.iter().any(Option::is_none) {
                Answer::Unknown
            } else {
                Answer::No
            }
        }
        TargetGroup::FosterFamilies => h.situation.foster_family,
        TargetGroup::CareLeavers => h.situation.care_leaver,
        TargetGroup::ChildrenInFosterCare => h.situation.child_in_foster_care,
        TargetGroup::FamiliesWithCareDifficulties => match h.art7.as_deref() {
            Some(g) if g.contains(&crate::household::Art7Ground::CareHelplessness) => Answer::Yes,
            _ => h.situation.care_difficulties,
        },
        TargetGroup::FamiliesWithDisabledChildren => {
            if children.iter().any(|c| c.certified() == Answer::Yes) {
                Answer::Yes
            } else if children.iter().any(|c| c.certified() == Answer::Unknown) {
                Answer::Unknown
            } else {
                Answer::No
            }
        }
        TargetGroup::AtRiskOfExclusion => match at_risk(h).0 {
            Outcome::Met => Answer::Yes,
            Outcome::NotMet => Answer::No,
            Outcome::Unknown => Answer::Unknown,
        },
        TargetGroup::PersonsWithDisabilities => {
            let certificates = h.members.iter().map(|m| m.certificate);
            if h.members.iter().any(|m| m.disability == Answer::Yes) || certificates.clone().any(|c| c.is_held()) {
                Answer::Yes
            } else if certificates.clone().all(|c| c == Certificate::None) {
                Answer::No
            } else {
                Answer::Unknown
            }
        }
        TargetGroup::CarersOfPersonsWithDisabilities => {
            let other_holds = h.members.iter().skip(1).any(|m| m.certificate.is_held());
            match h.situation.carer {
                Answer::Yes if other_holds => Answer::Yes,
                Answer::No => Answer::No,
                _ if h.members.len() < 2 => Answer::No,
                _ => Answer::Unknown,
            }
        }
        // No source we have says from what age; a rule asks the age itself.
        TargetGroup::Seniors => Answer::Unknown,
        TargetGroup::SocialAssistanceClients => match h.at_risk.as_deref() {
            Some(c) if c.contains(&AtRiskCategory::SocialAssistance) => Answer::Yes,
            Some(_) => Answer::No,
            None => Answer::Unknown,
        },
    }
}
