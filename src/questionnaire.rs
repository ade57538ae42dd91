//! Which questions to ask: only those the chosen projects' rules need, in a fixed order, and only while
//! earlier answers leave them relevant (no children, no question about a child's disability). A check
//! of the act's benefits asks what their conditions read (`for_benefits`), and no more.

use crate::benefits::check::{of_retirement_age, ADULT, RETIREMENT_AGE_MEN, RETIREMENT_AGE_WOMEN};
use crate::catalogue::TargetGroup;
use crate::household::{Answer, Certificate, Household, Role};
use crate::rules::{CriterionKind, Eligibility, Outcome};

/// One question page. The order of the variants is the order of the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Question {
    Gmina,
    Revitalisation,
    Family,
    Sex,
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
    RandomEvent,
    Citizenship,
}

impl Question {
    pub const ALL: [Question; 17] = [
        Question::Gmina,
        Question::Revitalisation,
        Question::Family,
        Question::Sex,
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
        Question::RandomEvent,
        Question::Citizenship,
    ];

    /// The question's part of the URL (`/sprawdz/pytanie/<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            Question::Gmina => "gmina",
            Question::Revitalisation => "rewitalizacja",
            Question::Family => "rodzina",
            Question::Sex => "plec",
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
            Question::RandomEvent => "zdarzenie-losowe",
            Question::Citizenship => "obywatelstwo",
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

/// What the act's benefits read (`benefits::check::Facts::of`): the gmina for its centre, the household
/// and its income, a random event, citizenship; the sex only where the age leaves the retirement age
/// open, and certificates only while the person may be under it.
fn for_benefits(h: &Household, out: &mut Vec<Question>) {
    out.extend([Question::Gmina, Question::Family, Question::Incomes, Question::RandomEvent, Question::Citizenship]);
    let me = h.applicant();
    let age = me.and_then(|m| m.age);
    let retired = of_retirement_age(age, me.and_then(|m| m.sex)) == Outcome::Met;
    if age.is_some_and(|a| (RETIREMENT_AGE_WOMEN..RETIREMENT_AGE_MEN).contains(&a)) {
        out.push(Question::Sex);
    }
    if !retired && age.is_none_or(|a| a >= ADULT) {
        out.push(Question::Certificates);
    }
    // A disaster named among the art. 7 grounds already answers it.
    if h.art7_names_random_event() {
        out.retain(|q| *q != Question::RandomEvent);
    }
}

/// The questions to ask, in order, for these projects' rules and the answers given so far.
pub fn questions<'a>(rules: impl IntoIterator<Item = &'a Eligibility>, answers: &Household) -> Vec<Question> {
    ask(rules.into_iter().collect(), false, answers)
}

/// The same with the act's benefits checked too (the general checker).
pub fn questions_with_benefits<'a>(
    rules: impl IntoIterator<Item = &'a Eligibility>,
    answers: &Household,
) -> Vec<Question> {
    ask(rules.into_iter().collect(), true, answers)
}

fn ask(rules: Vec<&Eligibility>, benefits: bool, answers: &Household) -> Vec<Question> {
    let criteria: Vec<&CriterionKind> = rules.into_iter().flat_map(|e| e.all_criteria()).map(|c| &c.kind).collect();
    let mut needed = Vec::new();
    for kind in &criteria {
        for_criterion(kind, &mut needed);
    }
    if benefits {
        for_benefits(answers, &mut needed);
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
        Question::RandomEvent => h.situation.random_event,
        Question::Citizenship => h.situation.polish_citizen,
        Question::Gmina
        | Question::Sex
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
        Question::RandomEvent => h.situation.random_event = answer,
        Question::Citizenship => h.situation.polish_citizen = answer,
        Question::Gmina
        | Question::Sex
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
    fn the_act_s_benefits_ask_the_sex_only_where_it_decides_and_certificates_only_under_retirement_age() {
        use Question::*;
        let mut h = Household::new();
        let asked = |h: &Household| questions_with_benefits([], h);
        assert_eq!(asked(&h), [Gmina, Family, Certificates, Incomes, RandomEvent, Citizenship]);
        h.members[0].age = Some(59);
        assert_eq!(asked(&h), [Gmina, Family, Certificates, Incomes, RandomEvent, Citizenship]);
        for age in [60, 64] {
            h.members[0] = Member { age: Some(age), ..Member::default() };
            assert_eq!(asked(&h), [Gmina, Family, Sex, Certificates, Incomes, RandomEvent, Citizenship], "{age}");
            h.members[0].sex = Some(crate::pesel::Sex::Female);
            assert_eq!(asked(&h), [Gmina, Family, Sex, Incomes, RandomEvent, Citizenship], "{age}: of retirement age");
            h.members[0].sex = Some(crate::pesel::Sex::Male);
            assert_eq!(asked(&h), [Gmina, Family, Sex, Certificates, Incomes, RandomEvent, Citizenship], "{age}");
        }
        h.members[0] = Member { age: Some(65), ..Member::default() };
        assert_eq!(asked(&h), [Gmina, Family, Incomes, RandomEvent, Citizenship]);
        h.members[0].age = Some(17);
        assert_eq!(asked(&h), [Gmina, Family, Incomes, RandomEvent, Citizenship], "zasiłek stały is for adults");
        // A disaster named among the art. 7 grounds answers the random event.
        h.art7 = Some(vec![crate::household::Art7Ground::NaturalDisaster]);
        assert_eq!(asked(&h), [Gmina, Family, Incomes, Citizenship]);
        // A check started from a project asks only what its rules need.
        assert_eq!(questions([], &h), []);
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
