//! Which questions to ask: only those the chosen projects' rules need, in a fixed order, and only while
//! earlier answers leave them relevant (no children, no question about a child's disability).

use crate::catalogue::TargetGroup;
use crate::household::{Answer, Certificate, Household, Role};
use crate::rules::{CriterionKind, Eligibility};

/// One question page. The order of the variants is the order of the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Question {
    Gmina,
    Revitalisation,
    Family,
    Certificates,
    Carer,
    Incomes,
    DisabledChild,
    FosterFamily,
    ChildInFosterCare,
    CareLeaver,
    CareDifficulties,
    Unemployed,
    AtRisk,
    Art7,
}

impl Question {
    pub const ALL: [Question; 14] = [
        Question::Gmina,
        Question::Revitalisation,
        Question::Family,
        Question::Certificates,
        Question::Carer,
        Question::Incomes,
        Question::DisabledChild,
        Question::FosterFamily,
        Question::ChildInFosterCare,
        Question::CareLeaver,
        Question::CareDifficulties,
        Question::Unemployed,
        Question::AtRisk,
        Question::Art7,
    ];

    /// The question's part of the URL (`/sprawdz/pytanie/<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            Question::Gmina => "gmina",
            Question::Revitalisation => "rewitalizacja",
            Question::Family => "rodzina",
            Question::Certificates => "orzeczenia",
            Question::Carer => "opieka",
            Question::Incomes => "dochody",
            Question::DisabledChild => "niepelnosprawnosc-dziecka",
            Question::FosterFamily => "rodzina-zastepcza",
            Question::ChildInFosterCare => "dziecko-w-pieczy",
            Question::CareLeaver => "wychowanek-pieczy",
            Question::CareDifficulties => "trudnosci-wychowawcze",
            Question::Unemployed => "bezrobocie",
            Question::AtRisk => "zagrozenie",
            Question::Art7 => "powody-pomocy",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.slug() == slug)
    }
}

fn for_group(group: TargetGroup, out: &mut Vec<Question>) {
    match group {
        TargetGroup::FamiliesWithChildren | TargetGroup::ChildrenAndYouth => out.push(Question::Family),
        TargetGroup::FosterFamilies => out.push(Question::FosterFamily),
        TargetGroup::CareLeavers => out.push(Question::CareLeaver),
        TargetGroup::ChildrenInFosterCare => out.push(Question::ChildInFosterCare),
        TargetGroup::FamiliesWithCareDifficulties => out.push(Question::CareDifficulties),
        TargetGroup::FamiliesWithDisabledChildren => out.extend([Question::Family, Question::DisabledChild]),
        TargetGroup::AtRiskOfExclusion => out.extend([Question::Family, Question::AtRisk, Question::Art7]),
        TargetGroup::SocialAssistanceClients => out.push(Question::AtRisk),
        TargetGroup::PersonsWithDisabilities => out.extend([Question::Family, Question::Certificates]),
        TargetGroup::CarersOfPersonsWithDisabilities => {
            out.extend([Question::Family, Question::Certificates, Question::Carer])
        }
        // Who counts as a senior is not set by any source we have: the age criterion asks that.
        TargetGroup::Seniors => out.push(Question::Family),
    }
}

fn for_criterion(kind: &CriterionKind, out: &mut Vec<Question>) {
    match kind {
        CriterionKind::Residence { .. } => out.push(Question::Gmina),
        CriterionKind::TargetGroup { groups } => groups.iter().for_each(|g| for_group(*g, out)),
        // Disability (category f) is asked on the family page; art. 7 grounds meet category (a).
        CriterionKind::AtRisk => out.extend([Question::Family, Question::AtRisk, Question::Art7]),
        CriterionKind::Art7 { .. } => out.push(Question::Art7),
        CriterionKind::Income { .. } => out.extend([Question::Family, Question::Incomes]),
        CriterionKind::Age { .. } => out.push(Question::Family),
        CriterionKind::RegisteredUnemployed => out.push(Question::Unemployed),
        CriterionKind::RevitalisationArea => out.push(Question::Revitalisation),
        CriterionKind::DisabilityCertificate { .. } => out.extend([Question::Family, Question::Certificates]),
        CriterionKind::Carer { .. } => out.extend([Question::Family, Question::Certificates, Question::Carer]),
    }
}

/// The questions to ask, in order, for these projects' rules and the answers given so far.
pub fn questions<'a>(rules: impl IntoIterator<Item = &'a Eligibility>, answers: &Household) -> Vec<Question> {
    let criteria: Vec<&CriterionKind> = rules.into_iter().flat_map(|e| e.all_criteria()).map(|c| &c.kind).collect();
    let mut needed = Vec::new();
    for kind in &criteria {
        for_criterion(kind, &mut needed);
    }
    needed.sort();
    needed.dedup();
    let has_children = answers.members.iter().any(|m| m.role == Role::Child);
    // One cares for another member: asked only while someone else may have a certificate.
    let other_may_hold = answers.members.iter().skip(1).any(|m| m.certificate != Certificate::None);
    // Art. 7 grounds are asked for "at risk" too (they meet category a); once a category is named
    // they add nothing, unless a rule asks for art. 7 grounds themselves.
    let art7_itself = criteria.iter().any(|k| matches!(k, CriterionKind::Art7 { .. }));
    let at_risk_named = answers.at_risk.as_ref().is_some_and(|c| !c.is_empty());
    // The certificate question answers the yes / no one about a child's certificate for every child.
    let certificates_asked = needed.contains(&Question::Certificates);
    needed.retain(|q| match q {
        Question::DisabledChild => has_children && !certificates_asked,
        Question::ChildInFosterCare => has_children,
        Question::Art7 => art7_itself || !at_risk_named,
        Question::Carer => other_may_hold,
        _ => true,
    });
    needed
}

/// The question after `current`, or `None` when the next page is "check your answers".
pub fn next(list: &[Question], current: Question) -> Option<Question> {
    list.iter().copied().find(|q| *q > current)
}

/// The question before `current`, or `None` when the back link goes to the start page.
pub fn previous(list: &[Question], current: Question) -> Option<Question> {
    list.iter().rev().copied().find(|q| *q < current)
}

/// The answer to a yes / no / "nie wiem" question, or `None` for a question of another kind.
pub fn yes_no_answer(q: Question, h: &Household) -> Option<Answer> {
    Some(match q {
        Question::Revitalisation => h.revitalisation_area,
        Question::FosterFamily => h.situation.foster_family,
        Question::ChildInFosterCare => h.situation.child_in_foster_care,
        Question::CareLeaver => h.situation.care_leaver,
        Question::CareDifficulties => h.situation.care_difficulties,
        Question::Unemployed => h.members.first().map_or(Answer::Unknown, |m| m.registered_unemployed),
        Question::DisabledChild => h.child_disability(),
        Question::Carer => h.situation.carer,
        Question::Gmina
        | Question::Family
        | Question::Certificates
        | Question::Incomes
        | Question::AtRisk
        | Question::Art7 => return None,
    })
}

/// Keeps the answer to a yes / no / "nie wiem" question; `false` for a question of another kind.
pub fn set_yes_no_answer(q: Question, h: &mut Household, answer: Answer) -> bool {
    match q {
        Question::Revitalisation => h.revitalisation_area = answer,
        Question::FosterFamily => h.situation.foster_family = answer,
        Question::ChildInFosterCare => h.situation.child_in_foster_care = answer,
        Question::CareLeaver => h.situation.care_leaver = answer,
        Question::CareDifficulties => h.situation.care_difficulties = answer,
        Question::Unemployed => {
            if let Some(m) = h.members.first_mut() {
                m.registered_unemployed = answer;
            }
        }
        Question::DisabledChild => h.set_child_disability(answer),
        Question::Carer => h.situation.carer = answer,
        Question::Gmina
        | Question::Family
        | Question::Certificates
        | Question::Incomes
        | Question::AtRisk
        | Question::Art7 => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::household::{AtRiskCategory, Member};
    use crate::rules::parse_eligibility;

    fn rules(json: serde_json::Value) -> Eligibility {
        parse_eligibility(&json, "e").unwrap()
    }

    fn c(kind: &str, extra: serde_json::Value) -> serde_json::Value {
        let mut v = serde_json::json!({"id": kind, "criterion": kind, "source": "s"});
        v.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        v
    }

    #[test]
    fn asks_only_what_the_rules_need() {
        let r = rules(
            serde_json::json!({"rule": {"all": [c("residence", serde_json::json!({"gminas": ["A"], "teryt": ["999901"]}))]}}),
        );
        assert_eq!(questions([&r], &Household::new()), vec![Question::Gmina]);
        let r = rules(serde_json::json!({"rule": {"all": [
            c("income", serde_json::json!({"percent": "150", "parameter": "kryterium_dochodowe"})),
            c("registered_unemployed", serde_json::json!({}))]}}));
        assert_eq!(questions([&r], &Household::new()), vec![Question::Family, Question::Incomes, Question::Unemployed]);
    }

    #[test]
    fn answers_change_which_questions_follow() {
        let r = rules(serde_json::json!({"rule": {"any": [
            c("target_group", serde_json::json!({"groups": ["families_with_disabled_children"]})),
            c("at_risk", serde_json::json!({}))]}}));
        let mut h = Household::new();
        // No children yet: nothing to ask about a child's disability.
        assert_eq!(questions([&r], &h), vec![Question::Family, Question::AtRisk, Question::Art7]);
        h.members.push(Member { role: Role::Child, age: Some(4), ..Member::default() });
        assert_eq!(
            questions([&r], &h),
            vec![Question::Family, Question::DisabledChild, Question::AtRisk, Question::Art7]
        );
        // A named category settles "at risk": art. 7 grounds are no longer needed.
        h.at_risk = Some(vec![AtRiskCategory::Homeless]);
        assert_eq!(questions([&r], &h), vec![Question::Family, Question::DisabledChild, Question::AtRisk]);
    }

    #[test]
    fn the_carer_question_follows_only_while_someone_else_may_have_a_certificate() {
        let r = rules(serde_json::json!({"rule": {"all": [
            c("carer", serde_json::json!({"certificates": ["severe", "equivalent_severe"]}))]}}));
        let mut h = Household::new();
        // Alone: nobody else to care for.
        assert_eq!(questions([&r], &h), vec![Question::Family, Question::Certificates]);
        h.members.push(Member { role: Role::Other, age: Some(80), ..Member::default() });
        assert_eq!(questions([&r], &h), vec![Question::Family, Question::Certificates, Question::Carer]);
        h.members[1].certificate = Certificate::None;
        assert_eq!(questions([&r], &h), vec![Question::Family, Question::Certificates]);
        h.members[1].certificate = Certificate::Severe;
        assert_eq!(questions([&r], &h), vec![Question::Family, Question::Certificates, Question::Carer]);
        let r = rules(serde_json::json!({"rule": {"all": [
            c("disability_certificate", serde_json::json!({"certificates": ["child_with_7_8"], "age_from": 2, "age_under": 16}))]}}));
        assert_eq!(questions([&r], &h), vec![Question::Family, Question::Certificates]);
        // With the certificates asked, "does a child have a certificate" is not asked as well, and a
        // child's certificate answers it.
        let both = rules(serde_json::json!({"rule": {"any": [
            c("target_group", serde_json::json!({"groups": ["families_with_disabled_children"]})),
            c("disability_certificate", serde_json::json!({"certificates": ["severe"]}))]}}));
        h.members.push(Member {
            role: Role::Child,
            age: Some(6),
            certificate: Certificate::Child,
            ..Member::default()
        });
        assert_eq!(questions([&both], &h), vec![Question::Family, Question::Certificates]);
        assert_eq!(h.child_disability(), Answer::Yes);
        h.members[2].certificate = Certificate::None;
        assert_eq!(h.child_disability(), Answer::No);
    }

    #[test]
    fn navigation_follows_the_list() {
        let list = vec![Question::Gmina, Question::Family, Question::Unemployed];
        assert_eq!(next(&list, Question::Gmina), Some(Question::Family));
        assert_eq!(next(&list, Question::Unemployed), None);
        assert_eq!(previous(&list, Question::Family), Some(Question::Gmina));
        assert_eq!(previous(&list, Question::Gmina), None);
        // From a question no longer in the list (an answer removed it), carry on in order.
        assert_eq!(next(&list, Question::Incomes), Some(Question::Unemployed));
        for q in Question::ALL {
            assert_eq!(Question::from_slug(q.slug()), Some(q));
        }
    }

    #[test]
    fn yes_no_answers_are_kept_where_the_rules_read_them() {
        for q in Question::ALL {
            let mut h = Household::new();
            h.members.push(Member { role: Role::Child, age: Some(3), ..Member::default() });
            match yes_no_answer(q, &h) {
                None => assert!(!set_yes_no_answer(q, &mut h, Answer::Yes), "{q:?}"),
                Some(_) => {
                    for a in [Answer::Yes, Answer::No, Answer::Unknown] {
                        assert!(set_yes_no_answer(q, &mut h, a));
                        assert_eq!(yes_no_answer(q, &h), Some(a), "{q:?} {a:?}");
                    }
                }
            }
        }
    }
}
